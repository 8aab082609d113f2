package actors

import (
	"strings"
	"testing"
)

// TestWordIndex: the word index says of each word what the lists say.
func TestWordIndex(t *testing.T) {
	g := loadGazetteer()
	words := map[string]bool{"Zzyzx": true, "the": true, "said": true, "spokesman": true, "IRAN": true, "USA": true}
	for w := range g.byFirst {
		words[w] = true
		words[strings.ToUpper(w)] = true
	}
	for _, m := range []map[string]bool{titleWords, cueWords, orgHeads, notName, connectors, notAcronym} {
		for w := range m {
			words[w] = true
		}
	}
	is := func(f flags, b bool) bool { return (f != 0) == b }
	for w := range words {
		d := &doc{text: w, toks: []token{{end: int32(len(w)), hash: hashString(w)}}}
		g.annotate(d)
		f := d.toks[0].flags
		upper := isAcronym(w) && g.isEntity(titleCase(w))
		if !is(f&title, titleWords[w]) || !is(f&cue, cueWords[w]) || !is(f&orgHead, orgHeads[w]) ||
			!is(f&notNameW, notName[w]) || !is(f&entity, g.isEntity(w)) || !is(f&connector, connectors[w]) ||
			!is(f&notAcro, notAcronym[w]) || !is(f&upperEntity, upper) || !is(f&hasPhrases, len(g.byFirst[w]) > 0) ||
			len(g.infos[d.toks[0].info].phrases) != len(g.byFirst[w]) {
			t.Errorf("annotate(%q) = %b, not what the lists say", w, f)
		}
	}
}

// TestHashWord: the hash of a word inside a text is that of the word
// alone, wherever the text ends.
func TestHashWord(t *testing.T) {
	text := "A Bb CCC dddd Eeeee FFFFFF Ggggggg HHHHHHHH Iiiiiiiii JJJJJJJJJJJJJJJJJ U.S. Ki-moon O'Brien Zoë " +
		"x Straße \u212Aiev NATO's cyber-attacks A"
	for end := len(text) - 20; end <= len(text); end++ {
		for _, tok := range tokenize(text[:end]) {
			w := text[tok.start:tok.end]
			h, a := hashWord(w, 0, len(w))
			if tok.hash != h || a != isASCII(w) || a == (tok.flags&plainASCII == 0) {
				t.Errorf("hash of %q differs in the text and alone", w)
			}
		}
	}
	if hashString("Ab") == hashString("AB") || hashString("abcdefgh") == hashString("abcdefghi") {
		t.Error("different words, equal hashes")
	}
}

// TestStartSet: every word that may open a topic signal passes the
// tokenizer's filter, in any case, alone or in a text.
func TestStartSet(t *testing.T) {
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
				forms = append(forms, w+"s", w+"-led", w+"inglongerthaneightbytes")
			}
			for _, form := range forms {
				for _, text := range []string{form, "the " + form + ", and", form + ".\n"} {
					toks := tokenize(text)
					if !hasWord(text, toks, form, topical) {
						t.Errorf("the start filter drops %q in %q, which may open %q", form, text, p)
					}
				}
			}
		}
	}
}

func hasWord(text string, toks []token, w string, f flags) bool {
	for _, tok := range toks {
		if text[tok.start:tok.end] == w && tok.flags&f != 0 {
			return true
		}
	}
	return false
}
