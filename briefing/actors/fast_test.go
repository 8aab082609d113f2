package actors

import (
	"strings"
	"testing"
)

// TestWordIndex: the word index says of each word what the lists say.
func TestWordIndex(t *testing.T) {
	g := loadGazetteer()
	words := map[string]bool{"Zzyzx": true, "the": true, "said": true, "spokesman": true}
	for w := range g.byFirst {
		words[w] = true
	}
	for _, m := range []map[string]bool{titleWords, cueWords, orgHeads, notName} {
		for w := range m {
			words[w] = true
		}
	}
	for w := range words {
		toks := []token{{text: w}}
		g.annotate(toks)
		info := toks[0].info
		if info.title != titleWords[w] || info.cue != cueWords[w] || info.orgHead != orgHeads[w] ||
			info.notName != notName[w] || info.entity != g.isEntity(w) || len(info.phrases) != len(g.byFirst[w]) {
			t.Errorf("annotate(%q) = %+v, not what the lists say", w, *info)
		}
	}
}

// TestSignalStarts: every word that may open a topic signal passes the
// start filter.
func TestSignalStarts(t *testing.T) {
	starts := signalStarts()
	for _, topic := range topicSignals {
		for _, p := range topic.phrases {
			w, stem := p, false
			for k, r := range p {
				if r == ' ' || r == '*' {
					w, stem = p[:k], r == '*'
					break
				}
			}
			forms := []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)}
			if stem {
				forms = append(forms, w+"s", w+"-led")
			}
			for _, form := range forms {
				if !starts.may(form) {
					t.Errorf("the start filter drops %q, which may open %q", form, p)
				}
			}
		}
	}
}
