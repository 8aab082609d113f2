package rouge

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// testdata/porter.tsv holds words written for this test with the stems
// NLTK 3.8's PorterStemmer (NLTK_EXTENSIONS) gave for them.
func TestStemMatchesNLTK(t *testing.T) {
	f, err := os.Open("testdata/porter.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		word, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		n++
		if got := Stem(word); got != want {
			t.Errorf("Stem(%q) = %q, NLTK gives %q", word, got, want)
		}
	}
	if n < 500 {
		t.Fatalf("only %d words read", n)
	}
}

func FuzzStem(f *testing.F) {
	for _, w := range []string{"generously", "yyyy", "ied", "alli", "logi"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r
			}
			return -1
		}, s)
		if got := Stem(w); len(got) > len(w)+1 {
			t.Errorf("Stem(%q) = %q grew", w, got)
		}
	})
}
