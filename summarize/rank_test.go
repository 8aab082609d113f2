package summarize

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// sample is a news-like article written for these tests.
const sample = `Defense ministers of the alliance agreed on Tuesday to raise military spending to two percent of national output by 2028, officials said after a two-day meeting in Brussels.

The decision, which several allies had resisted for years, commits the members to buy more air defense systems, long-range missiles and ammunition.

Why now?

The secretary general said the threat from missile attacks had grown faster than the alliance had expected, and that the spending pledge would be reviewed every year.

Photo: ministers at the meeting

Germany and France backed the plan, while two smaller members asked for more time to meet the target because of their budget rules.

The ministers also discussed cyber defense and the training mission in Iraq, which will end in 2026.

Ministers agreed on Tuesday to raise military spending to two percent of output by 2028, officials said.`

func rankSample(t *testing.T, text, title string) []Scored {
	t.Helper()
	sc := Rank(Split(text), RankOptions{Title: title})
	if len(sc) == 0 {
		t.Fatal("no sentences")
	}
	return sc
}

func TestRankShape(t *testing.T) {
	sents := Split(sample)
	sc := Rank(sents, RankOptions{})
	if len(sc) != len(sents) {
		t.Fatalf("got %d scores for %d sentences", len(sc), len(sents))
	}
	for i, s := range sc {
		if s.Sentence != sents[i] {
			t.Errorf("score %d is for %q, not in document order", i, s.Text)
		}
		if math.IsNaN(s.Score) || s.Score < 0 {
			t.Errorf("bad score %v for %q", s.Score, s.Text)
		}
	}
	if !reflect.DeepEqual(sc, Rank(sents, RankOptions{})) {
		t.Error("Rank is not deterministic")
	}
	if got := Rank(nil, RankOptions{}); len(got) != 0 {
		t.Errorf("Rank(nil) = %v", got)
	}
}

func TestPenalties(t *testing.T) {
	sc := rankSample(t, sample, "")
	score := func(prefix string) float64 {
		for _, s := range sc {
			if strings.HasPrefix(s.Text, prefix) {
				return s.Score
			}
		}
		t.Fatalf("no sentence %q", prefix)
		return 0
	}
	full := score("The ministers also discussed")
	for _, p := range []string{"Why now?", "Photo: ministers"} {
		if s := score(p); s >= full/2 {
			t.Errorf("%q scores %v, not well below a full sentence (%v)", p, s, full)
		}
	}
}

func TestSelect(t *testing.T) {
	sc := rankSample(t, sample, "Allies agree to raise defense spending")
	for _, n := range []int{0, 1, 3, 50} {
		got := Select(sc, n)
		if want := min(n, len(sc)); len(got) != want {
			t.Errorf("Select(%d) gave %d points, want %d", n, len(got), want)
		}
		for i := 1; i < len(got); i++ {
			if got[i].Index <= got[i-1].Index {
				t.Errorf("Select(%d) not in document order: %v", n, got)
			}
		}
	}
	// The last sentence repeats the first: MMR keeps only one of them.
	got := Select(sc, 3)
	first, last := false, false
	for _, s := range got {
		first = first || s.Index == 0
		last = last || s.Index == len(sc)-1
	}
	if first && last {
		t.Errorf("Select picked both near-duplicates: %v", got)
	}
}

func TestBLUF(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"lead", sample, "Defense ministers of the alliance agreed"},
		{"question first", "Will the navy get new ships?\n\n" + sample, "Defense ministers of the alliance agreed"},
		{"lower-cased", strings.ToLower(sample), "defense ministers of the alliance agreed"},
		{"furniture first", "Click\nhere\nto see our interactive map of the front line.\n\n" + sample, "Defense ministers of the alliance agreed"},
		{"dangling first", "However, the talks went on into the night without any agreement on the text.\n\n" + sample, "Defense ministers of the alliance agreed"},
	}
	for _, tt := range tests {
		b, ok := BLUF(rankSample(t, tt.text, ""))
		if !ok || !strings.HasPrefix(b.Text, tt.want) {
			t.Errorf("%s: BLUF = %q, %v", tt.name, b.Text, ok)
		}
	}
	if _, ok := BLUF(nil); ok {
		t.Error("BLUF(nil) found a sentence")
	}
	if b, ok := BLUF(rankSample(t, "Why?", "")); !ok || b.Text != "Why?" {
		t.Errorf("BLUF of a lone question = %q, %v", b.Text, ok)
	}
}

// Lower-cased text ranks as its original does: no feature leans on capitals.
func TestRankIgnoresCase(t *testing.T) {
	a := Rank(Split(sample), RankOptions{})
	b := Rank(Split(strings.ToLower(sample)), RankOptions{})
	if len(a) != len(b) {
		t.Fatalf("lower-casing changed the split: %d vs %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Score != b[i].Score {
			t.Errorf("sentence %d: %v vs %v lower-cased", i, a[i].Score, b[i].Score)
		}
	}
}

func TestWeightsSwitchFeaturesOff(t *testing.T) {
	sents := Split(sample)
	off := Rank(sents, RankOptions{Weights: &Weights{}})
	for _, s := range off {
		if s.Score != 0 {
			t.Fatalf("all features off: score %v for %q", s.Score, s.Text)
		}
	}
	w := Weights{Position: 1}
	pos := Rank(sents, RankOptions{Weights: &w})
	for i := 1; i < len(pos); i++ {
		if pos[i].Score > pos[i-1].Score {
			t.Errorf("position only: sentence %d outranks %d", i, i-1)
		}
	}
}

func TestGraphIsSparse(t *testing.T) {
	sents := syntheticSentences(3000)
	vecs, nterms := tfidfVectors(sents)
	edges := 0
	for _, es := range simGraph(vecs, nterms, &rankScratch{}) {
		edges += len(es)
	}
	if limit := 2 * maxNeighbours * len(sents); edges > limit {
		t.Errorf("%d edges for %d sentences, more than %d", edges, len(sents), limit)
	}
}

func FuzzRank(f *testing.F) {
	f.Add(sample, "Allies agree")
	f.Add("a. b? c!\n\n\"d\"", "")
	f.Fuzz(func(t *testing.T, text, title string) {
		sents := Split(text)
		sc := Rank(sents, RankOptions{Title: title})
		if len(sc) != len(sents) {
			t.Fatalf("%d scores for %d sentences", len(sc), len(sents))
		}
		for i, s := range sc {
			if s.Index != sents[i].Index || math.IsNaN(s.Score) || math.IsInf(s.Score, 0) {
				t.Fatalf("bad score %d: %+v", i, s)
			}
		}
		sel := Select(sc, 3)
		for i := 1; i < len(sel); i++ {
			if sel[i].Index <= sel[i-1].Index {
				t.Fatalf("Select out of order: %+v", sel)
			}
		}
		if b, ok := BLUF(sc); ok != (len(sc) > 0) || ok && text[b.Start:b.End] != b.Text {
			t.Fatalf("BLUF %+v, %v", b, ok)
		}
	})
}

// TestLeadsAsRanked: the fit-to-lead flag Rank caches (by word ids) is
// what leads works out from the words when a Scored was not ranked.
func TestLeadsAsRanked(t *testing.T) {
	text := sample + "\n\nHowever, critics in several capitals disagreed with the plan at once. " +
		"Click here to subscribe to our newsletter for the latest defence news. Why would ministers wait so long now?\n\n" +
		"But the plan stands, the ministers said after the meeting in Brussels. " +
		"The ministers said they would meet again in the autumn to review it"
	for _, s := range Rank(Split(text), RankOptions{Title: "Allies agree"}) {
		if got, want := s.leads, leads(Scored{Sentence: s.Sentence}); got != want {
			t.Errorf("%q: Rank says leads %v, the words say %v", s.Text, got, want)
		}
	}
}

// TestTitleWordsAbsentFromBody: a headline word no sentence holds must not
// switch the title feature off; the sentence that echoes the rest of the
// headline still scores highest on it.
func TestTitleWordsAbsentFromBody(t *testing.T) {
	sents := Split("Parliament approved the budget on Monday. " +
		"Drones struck an oil refinery near the border overnight, officials said. " +
		"The weather stayed cold across the region.")
	for _, title := range []string{
		"Drones strike border refinery",
		"Drones strike border refinery as Zyxwvut reels",
	} {
		f := rankFeatures(sents, title)
		if f.title[1] <= 0 || f.title[1] <= f.title[0] || f.title[1] <= f.title[2] {
			t.Errorf("title %q: title feature %v, want sentence 1 highest and above 0", title, f.title)
		}
	}
}
