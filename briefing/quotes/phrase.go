package quotes

import (
	"strings"
	"unicode"
)

// kind says what a speaker phrase names.
type kind int

const (
	kindNone        kind = iota
	kindPerson           // Ander Fogh Rasmussen
	kindOrg              // NATO, the State Department
	kindPronoun          // he, it
	kindDescription      // the official, a senior aide
	kindDocument         // Rasmussen's article: speaks for its author
)

// phrase is a speaker as the text words it, before resolution.
type phrase struct {
	Kind  kind
	Name  []string // the name's words, honorifics dropped
	Text  string   // the description or pronoun as written
	Role  string
	Start int // token index where the phrase starts
}

func (t token) isComma() bool { return !t.Word && t.Text == "," }

// isSentenceEnd reports whether a punctuation token ends a sentence.
func (t token) isSentenceEnd() bool {
	return !t.Word && t.Quote < 0 && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ";")
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// inRun reports whether token t may belong to a speaker phrase: a
// capitalised word, a joiner, or a lower-case office word.
func inRun(t token) bool {
	if !t.Word {
		return false
	}
	l := t.lower()
	return t.Cap || joiners[l] || titleWords[l] || roleNouns[l] || strings.HasSuffix(l, "-elect")
}

// runBack collects the speaker phrase ending at token j (inclusive), not
// going below lo. It returns the index of the first token.
func runBack(toks []token, j, lo int) int {
	i := j
	for i > lo && inRun(toks[i-1]) && !toks[i-1].isSentenceEnd() {
		if toks[i-1].Line != toks[j].Line {
			break
		}
		i--
	}
	// A determiner before lower-case words opens a description.
	if i > lo && toks[i-1].Word && determiners[toks[i-1].lower()] && !toks[i].Cap {
		i--
	}
	return i
}

// runForward collects the speaker phrase starting at token i, below hi.
// It returns the index past the last token.
func runForward(toks []token, i, hi int) int {
	j := i
	if j < hi && toks[j].Word && determiners[toks[j].lower()] {
		j++
	}
	for j < hi && inRun(toks[j]) && toks[j].Line == toks[i].Line {
		j++
	}
	for j > i && toks[j-1].Word && joiners[toks[j-1].lower()] {
		j--
	}
	return j
}

// parsePhrase classifies toks[i:j] as a name (with its role), an
// organisation, a description, a document or a pronoun.
func parsePhrase(text string, toks []token, i, j int) phrase {
	if i >= j {
		return phrase{}
	}
	if j-i == 1 && pronouns[toks[i].lower()] {
		return phrase{Kind: kindPronoun, Text: strings.ToLower(toks[i].Text), Start: i}
	}
	i0 := i
	// Drop sentence openers and determiners before a capitalised word.
	for i < j-1 && toks[i].Word && nonNames[toks[i].lower()] && (toks[i].Cap || determiners[toks[i].lower()]) {
		i++
	}
	for k := i; k < j-1; k++ {
		if toks[k].Cap && toks[k].possessive() && documents[toks[k+1].lower()] {
			p := splitName(toks, i, k+1)
			p.Kind, p.Start = kindDocument, i
			if len(p.Name) == 0 {
				p.Name = []string{trimPossessive(toks[k].Text)}
			}
			return p
		}
	}
	last := toks[j-1]
	if !last.Cap {
		if roleNouns[last.lower()] || titleWords[last.lower()] {
			if determiners[toks[i0].lower()] {
				i = i0 // the official, a senior aide
			}
			d := span2text(text, toks, i, j)
			if toks[i].Cap && determiners[toks[i].lower()] {
				d = strings.ToLower(d[:1]) + d[1:] // The general said
			}
			return phrase{Kind: kindDescription, Text: d, Start: i}
		}
		return phrase{}
	}
	p := splitName(toks, i, j)
	p.Start = i
	return p
}

func span2text(text string, toks []token, i, j int) string {
	return text[toks[i].Start:toks[j-1].End]
}

func trimPossessive(w string) string {
	for _, s := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, s)
	}
	return w
}

// splitName splits a run of words into a role and a name: the name is
// the last stretch of capitalised words that are not offices
// (NATO Secretary General | Ander Fogh Rasmussen).
func splitName(toks []token, i, j int) phrase {
	k := j
	for k > i && toks[k-1].Cap && !titleWords[toks[k-1].lower()] && !honorifics[toks[k-1].lower()] &&
		!(isAcronym(toks[k-1].Text) && k < j) && !(toks[k-1].possessive() && k < j) {
		k--
	}
	// Rep. Elijah Cummings of Maryland: the place is not the name.
	if k > i+1 && toks[k-1].lower() == "of" && k == j-1 {
		m := k - 1
		for m > i && toks[m-1].Cap && !titleWords[toks[m-1].lower()] && !honorifics[toks[m-1].lower()] {
			m--
		}
		if m < k-1 && !hasOrgWord(toks, m, j) {
			k, j = m, k-1
		}
	}
	if k == j || hasOrgWord(toks, k, j) || k == i && isAcronym(toks[i].Text) {
		// No personal name: an organisation, or people described by office.
		if !toks[j-1].Cap {
			return phrase{Kind: kindDescription, Text: joinWords(toks, i, j)}
		}
		return phrase{Kind: kindOrg, Name: words(toks, i, j)}
	}
	return phrase{Kind: kindPerson, Name: words(toks, k, j), Role: roleText(toks, i, k)}
}

func hasOrgWord(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Cap && orgWords[toks[k].lower()] {
			return true
		}
	}
	return false
}

func words(toks []token, i, j int) []string {
	var out []string
	for k := i; k < j; k++ {
		if k == i && toks[k].lower() == "the" {
			continue
		}
		out = append(out, trimPossessive(toks[k].Text))
	}
	return out
}

func joinWords(toks []token, i, j int) string {
	var b []string
	for k := i; k < j; k++ {
		b = append(b, toks[k].Text)
	}
	return strings.Join(b, " ")
}

// roleText is the office words before a name, without a bare honorific
// (Mr., Ms.) or a leading article.
func roleText(toks []token, i, k int) string {
	for i < k && (determiners[toks[i].lower()] || honorifics[toks[i].lower()]) {
		i++
	}
	for k > i && honorifics[toks[k-1].lower()] {
		k--
	}
	if i >= k {
		return ""
	}
	return joinWords(toks, i, k)
}
