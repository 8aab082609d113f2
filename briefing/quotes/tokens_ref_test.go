package quotes

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"brief/internal/bbc"
)

// tokenizeDiff returns how the fast tokenizer's tokens of text differ from
// the reference's, or "".
func tokenizeDiff(text string) string {
	spans := findSpans(text)
	var lb, rb []byte
	qtok := make([]int, len(spans))
	got := tokenize(text, spans, qtok, nil, &lb)
	want := refTokenize(text, spans, nil, &rb)
	if len(got) != len(want) {
		return "token count " + strconv.Itoa(len(got)) + ", want " + strconv.Itoa(len(want))
	}
	for k := range got {
		g, w := &got[k], &want[k]
		if w.Quote >= 0 && qtok[w.Quote] != k {
			return "quote " + strconv.Itoa(int(w.Quote)) + " at token " + strconv.Itoa(qtok[w.Quote]) + ", want " + strconv.Itoa(k)
		}
		same := int(g.Start) == w.Start && int(g.End) == w.End && g.Text == w.Text && g.Word == w.Word &&
			g.Cap == w.Cap && g.Para == w.Para && g.Line == w.Line && g.Quote == w.Quote &&
			g.low == w.low && g.cls == w.cls && g.stop == w.stop
		if !same {
			return "token " + strconv.Itoa(k) + " " + strings.ReplaceAll(g.Text, "\n", `\n`) + ": differs"
		}
	}
	return ""
}

// TestTokenizeAgrees: the fast tokenizer gives the reference's tokens on
// random text of tricky pieces, on the test articles and on the BBC set
// when ../shared/eval is there.
func TestTokenizeAgrees(t *testing.T) {
	pieces := []string{"a", "Said", "the", " ", " ", "  ", ".", ",", "\n", "\n\n", `"`, "'", "“", "”", "’", "‘",
		"é", "Élan", "ÉCOLE", "Z", "US", "U.S.", "Sen.", "R-Fla.)", "(", ")", "-", "—", "&", "'s", "’s", "s'",
		"states'", "abcdefghijk", "ABCDEFGHIJ", "nato-led", "Mr.", "no.", "x''", "\t", "\r", "\u00a0", "\u2028",
		"9", "2025", "ß", "İ", "\xff", "according", "to", ":", ";", "!", "?", "vice-president", "Jr.", "McConnell"}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(60); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if d := tokenizeDiff(b.String()); d != "" {
			t.Fatalf("%q: %s", b.String(), d)
		}
	}
	files, _ := filepath.Glob("../../testdata/articles/*")
	arts, _ := filepath.Glob("../../../shared/eval/articles/*")
	files = append(files, arts...)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if d := tokenizeDiff(string(data)); d != "" {
			t.Errorf("%s: %s", f, d)
		}
	}
	docs, err := bbc.Load("../../../shared/eval")
	if err != nil {
		t.Log("no BBC set:", err)
		return
	}
	for _, doc := range docs {
		if d := tokenizeDiff(doc.Body); d != "" {
			t.Errorf("%s: %s", doc.ID, d)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	f.Add(`"We will act," Sen. Jane Doe (R-Fla.) said. U.S. officials’ “plans”.`)
	f.Add("ÉCOLE d'été\n\nThe states' Mr. O'Neill")
	f.Fuzz(func(t *testing.T, text string) {
		if d := tokenizeDiff(text); d != "" {
			t.Fatalf("%q: %s", text, d)
		}
	})
}

// refBounds is bounds as it was, in two passes: the reference.
func refBounds(toks []token) (starts, ends []int32) {
	n := len(toks)
	starts, ends = make([]int32, n), make([]int32, n)
	start, para := int32(0), int32(-1)
	for i := range toks {
		t := &toks[i]
		if t.Para != para && i > 0 {
			start = int32(i)
		}
		starts[i], para = start, t.Para
		if t.stop || t.Quote >= 0 {
			start = int32(i + 1)
		}
	}
	next, para := int32(n), int32(-1)
	for i := n - 1; i >= 0; i-- {
		t := &toks[i]
		if t.Para != para && para >= 0 {
			next = int32(i + 1) // toks[i+1] opened a paragraph
		}
		ends[i], para = next, t.Para
		if t.stop || t.Quote >= 0 {
			next = int32(i)
		}
	}
	return starts, ends
}

// TestBoundsAgrees: bounds, in one pass, finds the sentences refBounds
// finds.
func TestBoundsAgrees(t *testing.T) {
	pieces := []string{"a ", "B ", ". ", "; ", "\n", "\n\n", `"We will go on with this," `, "“It is done and over.” ", ", ", "? "}
	r := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.IntN(40); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		d := newDoc(text, findSpans(text))
		starts, ends := refBounds(d.toks)
		if !slices.Equal(starts, d.sentStart) || !slices.Equal(ends, d.sentEnd) {
			t.Fatalf("%q: bounds %v %v, want %v %v", text, d.sentStart, d.sentEnd, starts, ends)
		}
		d.bufs.put()
	}
}
