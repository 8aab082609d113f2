package actors

import (
	"reflect"
	"testing"
)

func TestFind(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		speakers []string
		want     []Actor // must be present, with these counts
		absent   []string
	}{
		{
			name: "countries, demonyms and aliases",
			text: "Russian troops massed near Ukraine. The U.S. and Britain warned Russia. Washington said Ukraine must decide.",
			want: []Actor{{"Russia", Country, 2}, {"Ukraine", Country, 2}, {"United States", Country, 1}, {"United Kingdom", Country, 1}},
		},
		{
			// A demonym a territory shares names the state; one two states
			// share names neither.
			name:   "demonyms shared with territories",
			text:   "French officials met Dutch and American envoys. Congolese delegates spoke.",
			want:   []Actor{{"France", Country, 1}, {"Netherlands", Country, 1}, {"United States", Country, 1}},
			absent: []string{"French Southern and Antarctic Lands", "Caribbean Netherlands", "Northern Mariana Islands", "Congo", "DR Congo"},
		},
		{
			name:   "terms in capitals and capitals that are names",
			text:   "The DVD sold well. HIV rates fell, and an MEP spoke. Douglas Alexander met Victoria Beckham in London.",
			want:   []Actor{{"London", Place, 1}},
			absent: []string{"DVD", "HIV", "MEP", "Douglas", "Victoria"},
		},
		{
			name: "organisation by abbreviation and full name",
			text: "The North Atlantic Treaty Organisation met. NATO ministers agreed.",
			want: []Actor{{"NATO", Organization, 2}},
		},
		{
			name: "misspelt capital with a dropped double letter",
			text: "The alliance set up a cyber defense centre in Tallin, the Estonian capital.",
			want: []Actor{{"Tallinn", Place, 1}, {"Estonia", Country, 1}},
		},
		{
			name:     "speaker restored to the notable full name, surname mentions counted",
			text:     "NATO Secretary General Ander Fogh Rasmussen arrived. Rasmussen told reporters the mission would change.",
			speakers: []string{"Ander Fogh Rasmussen"},
			want:     []Actor{{"Anders Fogh Rasmussen", Person, 2}},
		},
		{
			name: "person after a title and before a cue verb",
			text: "Defense Secretary Jane Hollister visited the base. Omar Castell said the talks failed.",
			want: []Actor{{"Jane Hollister", Person, 1}, {"Omar Castell", Person, 1}},
		},
		{
			name:   "acronym organisation, but not ship prefixes or shouted datelines",
			text:   "KYIV - ISAF handed over to Afghan forces. The USS Ford sailed. ISAF said so.",
			want:   []Actor{{"ISAF", Organization, 2}},
			absent: []string{"USS", "KYIV"},
		},
		{
			name: "organisation by its head word",
			text: "According to The Wall Street Journal, the Federal Security Service made arrests.",
			want: []Actor{{"Wall Street Journal", Organization, 1}, {"Federal Security Service", Organization, 1}},
		},
		{
			name: "nothing in plain prose",
			text: "it was a quiet day and nothing happened at all.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, tt.speakers)
			byName := map[string]Actor{}
			for _, a := range got {
				byName[a.Name] = a
			}
			for _, w := range tt.want {
				if a, ok := byName[w.Name]; !ok || !reflect.DeepEqual(a, w) {
					t.Errorf("actor %q = %+v, want %+v (all: %+v)", w.Name, a, w, got)
				}
			}
			for _, n := range tt.absent {
				if _, ok := byName[n]; ok {
					t.Errorf("%q should not be an actor (all: %+v)", n, got)
				}
			}
			if tt.want == nil && len(got) != 0 {
				t.Errorf("Find = %+v, want none", got)
			}
		})
	}
}

func TestFindOrder(t *testing.T) {
	got := Find("Syria and Iran met. Iran spoke. Iran left. Syria stayed.", nil)
	want := []Actor{{"Iran", Country, 3}, {"Syria", Country, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Find = %+v, want %+v", got, want)
	}
}

func TestTopics(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"NATO ministers discussed cyber defense after cyber attacks on Estonia.", []string{"cyber defense"}},
		{"ISAF will hand over to Afghan forces; the Resolute Support mission follows in Afghanistan.", []string{"Afghanistan mission"}},
		{"Spending rose to 2% of GDP as defense budgets grew.", []string{"defense budgets and spending"}},
		{"The weather was fine.", nil},
	}
	for _, tt := range tests {
		if got := Topics(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Topics(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestEditDistanceAtMost1(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Ander", "Anders", true}, {"Anders", "Ander", true}, {"Jens", "Jans", true}, {"Jens", "Jens", true},
		{"Anders", "Andrew", false}, {"Jo", "Joan", false}, {"", "A", true}, {"ab", "ba", false},
	}
	for _, tt := range tests {
		if got := editDistanceAtMost1(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistanceAtMost1(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("NATO Secretary General Ander Fogh Rasmussen said, \"We act.\" U.S. troops left Kabul.")
	f.Add("A. B. C. D.E.F. 's ’s -- ...")
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range Find(text, []string{text}) {
			if a.Name == "" || a.Mentions < 1 {
				t.Fatalf("bad actor %+v", a)
			}
		}
		Topics(text)
	})
}

func BenchmarkFind(b *testing.B) {
	text := ""
	for i := 0; i < 200; i++ {
		text += "NATO Secretary General Jens Stoltenberg said Russian forces near Ukraine threaten the alliance. "
	}
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Find(text, nil)
		Topics(text)
	}
}
