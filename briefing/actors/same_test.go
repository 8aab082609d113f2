package actors

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"brief/briefing/quotes"
	"brief/internal/bbc"
)

// The fast paths must not change a single output: these tests run Analyze,
// Find, Topics and the tokenizer against the plain code they replaced,
// kept in ref_test.go.

func checkSame(t *testing.T, text string, speakers []string) {
	t.Helper()
	checkTokens(t, text)
	gotA, gotT := Analyze(text, speakers)
	want, refT := refAnalyze(text, speakers)
	if len(gotA) == 0 && len(want) == 0 {
		gotA, want = nil, nil
	}
	if !reflect.DeepEqual(gotA, want) {
		t.Fatalf("Analyze(%q, %q) actors =\n%+v\nwant\n%+v", clip(text), speakers, gotA, want)
	}
	if !reflect.DeepEqual(gotT, refT) {
		t.Fatalf("Analyze(%q) topics = %q, want %q", clip(text), gotT, refT)
	}
	gotF, wantF := Find(text, speakers), refFind(text, speakers)
	if len(gotF) == 0 && len(wantF) == 0 {
		gotF, wantF = nil, nil
	}
	if !reflect.DeepEqual(gotF, wantF) {
		t.Fatalf("Find(%q, %q) =\n%+v\nwant\n%+v", clip(text), speakers, gotF, wantF)
	}
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

// sameSeeds are texts with the cases the fast paths treat apart: non-ASCII
// words, possessives, initials, capitals runs, misspelt capitals, signals
// of several words and stems.
var sameSeeds = []string{
	"NATO Secretary General Ander Fogh Rasmussen said, \"We act.\" U.S. troops left Kabul.",
	"A. B. C. D.E.F. 's ’s -- ... U.S.A. O'Brien Ki-moon",
	"Russia's forces near Ukraine’s border; the U.K.'s envoy spoke. Tallin, Tallinnn and Washingtom.",
	"KYIV - ISAF handed over to Afghan forces. The USS Ford sailed. ISAF said so. NATO NATO Nato nato.",
	"Cyber attacks and cyber-attacks, cyberattacks; CYBER ATTACKS. Defence budgets, defense spending of GDP.",
	"Türkiye and Turkiye; Zelenskyy and ZELENSKY; İstanbul, ÉMIRATS, \u212Aiev, ǅemal, Straße STRASSE.",
	"Defense Secretary Jane Hollister visited the base. Omar Castell said the talks failed. Hollister told them.",
	"According to The Wall Street Journal, the Federal Security Service and the Ministry of Defence of Ukraine met.",
	"The spokesman John A. Smith said. Smith added: J. R. R. Tolkien wrote. Mr. Brown Jr. said.",
	"Lt. Gen. Mark Milley, Adm. Jones and Rep. Smith; PM May, CEO Jones; II III IV; BREAKING NEWS: UPDATE.",
	"\u00a0NATO\u2028Russia\u00a0said\tUkraine\r\n• Syria: Iran “quoted” Hezbollah! Houthis? Houthi-led drones, UAVs.",
	"North Korea and South Korea; S. Korea and N. Korea; the Ukraine; Russian Federation; United States of America.",
	// Words that are not ASCII opening signals, by stem and exactly.
	"Droneś and DRONEŚ over \u212Aiev; \u212AIEV's terrorïsts, Terrorïsm, Sanctionś and sanctionś; Cyber Attacké.",
}

func TestSameAsReference(t *testing.T) {
	for _, s := range sameSeeds {
		checkSame(t, s, nil)
		checkSame(t, s, []string{s, "Jane Hollister", "Ander Fogh Rasmussen"})
		if got, want := Topics(s), refTopics(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Topics(%q) = %q, want %q", s, got, want)
		}
	}
	data, err := os.ReadFile("../../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkSame(t, string(data), []string{"Anders Fogh Rasmussen"})
}

// TestSameAsReferenceBBC runs every BBC article, with its quote speakers,
// when ../shared/eval is there.
func TestSameAsReferenceBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, err := bbc.Load("../../../shared/eval")
	if err != nil {
		t.Skip("no BBC set:", err)
	}
	for _, d := range docs {
		var speakers []string
		for _, q := range quotes.Extract(d.Body) {
			if q.Speaker != "" {
				speakers = append(speakers, q.Speaker)
			}
		}
		checkSame(t, d.Title+"\n\n"+d.Body, speakers)
		checkSame(t, strings.ToUpper(d.Title)+"\n\n"+d.Body[:len(d.Body)/2], nil)
	}
}

func FuzzSameAsReference(f *testing.F) {
	for _, s := range sameSeeds {
		f.Add(s, "Jane Hollister")
	}
	f.Fuzz(func(t *testing.T, text, speaker string) {
		checkSame(t, text, []string{speaker, text})
		if got, want := Topics(text), refTopics(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("Topics(%q) = %q, want %q", text, got, want)
		}
	})
}

// checkTokens: the tokenizer's words, offsets and flags are those of the
// reference, its hashes those of the words alone.
func checkTokens(t *testing.T, text string) {
	t.Helper()
	got, want := tokenize(text), refTokenize(text)
	if len(got) != len(want) {
		t.Fatalf("tokenize(%q): %d tokens, want %d", clip(text), len(got), len(want))
	}
	for k, r := range want {
		g := got[k]
		w := text[g.start:g.end]
		if int(g.start) != r.start || w != r.text || g.flags&afterPunct != 0 != r.afterPunct ||
			g.flags&capital != 0 != isCapitalized(w) || g.flags&plainASCII != 0 != isASCII(w) || g.hash != hashString(w) {
			t.Fatalf("tokenize(%q): token %d is %q %+v, want %+v", clip(text), k, w, g, r)
		}
	}
}
