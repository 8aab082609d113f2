// The reference that same_test.go checks Find, Analyze, Topics and the
// tokenizer against: the code the speed work after commit 4248ab1
// rewrote, as it was then, in its plain form. Tokens are strings, words
// are looked up in the word lists and gazetteer maps as written, and every
// token is compared with every phrase that may start there: the old code's
// filters and indexes in front of those comparisons (a word's length and
// first letter, a name's first byte, a signal's first word or letters)
// only passed over comparisons that fail.
//
// What the speed work left as it was (the word lists, the gazetteer's
// data, the counter, the helpers not rewritten) is called, not copied: a
// second copy would check nothing and would have to be kept in step. The
// gazetteer's phrases are split by the package's tokenizer, which
// checkTokens compares with refTokenize.

package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// refToken is a word of a text, possessive 's removed. afterPunct: a mark
// that is not a space, or a line break, stands between the previous token
// (or the start of the text) and this one.
type refToken struct {
	start      int
	text       string
	afterPunct bool
}

func refFind(text string, speakers []string) []Actor { return refFindIn(refTokenize(text), speakers) }

func refAnalyze(text string, speakers []string) ([]Actor, []string) {
	toks := refTokenize(text)
	return refFindIn(toks, speakers), refTopicsOf(toks)
}

func refTopics(text string) []string { return refTopicsOf(refTokenize(text)) }

func refFindIn(toks []refToken, speakers []string) []Actor {
	g, c := loadGazetteer(), newCounter()
	refMatchGazetteer(g, toks, c)
	refFindPeople(g, toks, speakers, c)
	refFindOrganizations(g, toks, c)
	return c.top(maxActors)
}

// refTokenize splits text into words: letters and digits, with inner
// periods (U.S.), hyphens (Ki-moon) and apostrophes (O'Brien) kept.
func refTokenize(text string) []refToken {
	var toks []refToken
	sep := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			// The old code's sentence breaks (. ! ? \n " “ : •) are all
			// marks but \n.
			sep = sep || !unicode.IsSpace(r) || r == '\n'
			i += size
			continue
		}
		end := refWordEnd(text, i)
		w := strings.TrimSuffix(text[i:end], "'s")
		w = strings.TrimSuffix(w, "’s")
		toks = append(toks, refToken{start: i, text: w, afterPunct: sep})
		sep, i = false, end
	}
	return toks
}

// refTexts returns the words of toks.
func refTexts(toks []refToken) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.text)
	}
	return out
}

// refWordEnd finds the end of the word starting at i.
func refWordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if r == '.' || r == '-' || r == '\'' || r == '’' {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if isWordRune(next) && (r != '.' || isInitials(text[i:j])) {
				j += size
				continue
			}
			// "U.S." keeps its final period.
			if r == '.' && isInitials(text[i:j]) && strings.Contains(text[i:j], ".") {
				return j + size
			}
		}
		break
	}
	return j
}

// refMatchGazetteer counts every gazetteer name in toks, longest first.
func refMatchGazetteer(g *gazetteer, toks []refToken, c *counter) {
	for i := 0; i < len(toks); {
		if p, n := refLongest(g, toks, i); n > 0 {
			c.add(p.name, p.kind, toks[i].start)
			i += n
			continue
		}
		if w := toks[i].text; len(w) >= minUndoubledLen && isCapitalized(w) {
			if p, ok := g.byUndoubled[undouble(w)]; ok {
				c.add(p.name, p.kind, toks[i].start)
			}
		}
		i++
	}
}

// refLongest returns the longest gazetteer phrase at toks[i] and its length
// in words: byFirst lists them longest first.
func refLongest(g *gazetteer, toks []refToken, i int) (phrase, int) {
	for _, p := range g.byFirst[toks[i].text] {
		if refWordsAt(toks, i, p.words) {
			return p, len(p.words)
		}
	}
	return phrase{}, 0
}

func refWordsAt(toks []refToken, i int, w []string) bool {
	if i+len(w) > len(toks) {
		return false
	}
	for k, x := range w {
		if toks[i+k].text != x {
			return false
		}
	}
	return true
}

// refFindOrganizations counts acronyms and capitalised names ending in an
// organisation word that the gazetteer lacks.
func refFindOrganizations(g *gazetteer, toks []refToken, c *counter) {
	for i, t := range toks {
		w := t.text
		if isAcronym(w) && len(w) >= 3 && !notAcronym[w] && !g.isEntity(w) &&
			!g.isEntity(titleCase(w)) && !refCapsRun(toks, i) {
			c.add(w, Organization, t.start)
			continue
		}
		if orgHeads[w] && i > 0 {
			if name, n := refOrgNameEndingAt(toks, i); n >= 2 && !g.isEntity(name) {
				c.add(name, Organization, toks[i-n+1].start)
			}
		}
	}
}

// refOrgNameEndingAt reads the capitalised words (and inner connectors)
// before the head word at toks[end]: the name and its length in words.
func refOrgNameEndingAt(toks []refToken, end int) (string, int) {
	i := end
	for i > 0 && end-i < 6 {
		w := toks[i-1].text
		if !(isCapitalized(w) || connectors[w]) || notName[w] && w != "Defense" && w != "Defence" && w != "Foreign" ||
			toks[i].afterPunct {
			break
		}
		i--
	}
	for i < end && connectors[toks[i].text] {
		i++
	}
	return strings.Join(refTexts(toks[i:end+1]), " "), end + 1 - i
}

// refCapsRun reports whether toks[i] stands among other all-capital words.
func refCapsRun(toks []refToken, i int) bool {
	return i > 0 && isAllCaps(toks[i-1].text) || i+1 < len(toks) && isAllCaps(toks[i+1].text)
}

// refFindPeople counts quote speakers, names after titles and names before
// cue verbs: each its full-name mentions and its surname alone.
func refFindPeople(g *gazetteer, toks []refToken, speakers []string, c *counter) {
	var names [][]string
	for _, s := range speakers {
		if w := refTexts(refTokenize(s)); refLooksLikeName(g, w) {
			names = append(names, w)
		}
	}
	for i, t := range toks {
		if titleWords[t.text] {
			if w := refNameAt(g, toks, i+1); len(w) >= 2 {
				names = append(names, w)
			}
		}
		if cueWords[t.text] {
			if w := refNameBefore(g, toks, i); len(w) >= 2 {
				names = append(names, w)
			}
		}
	}
	for _, w := range longestForms(names) {
		refCountPerson(toks, w, canonicalName(g, w), c)
	}
}

// refNameWord: capitalised, not a title, an organisation word or a known
// entity, and more than a letter unless a middle initial.
func refNameWord(g *gazetteer, w string, middle bool) bool {
	if !isCapitalized(w) || isAllCaps(w) || notName[w] || titleWords[w] || orgHeads[w] || g.isEntity(w) {
		return false
	}
	return len(w) > 1 || middle
}

// refNameAt reads up to four name words from toks[i].
func refNameAt(g *gazetteer, toks []refToken, i int) []string {
	var w []string
	for ; i < len(toks) && len(w) < 4; i++ {
		t := toks[i]
		if !refNameWord(g, t.text, len(w) > 0) || len(w) > 0 && t.afterPunct && len(w[len(w)-1]) != 1 {
			break
		}
		w = append(w, t.text)
	}
	for len(w) > 0 && len(w[len(w)-1]) == 1 {
		w = w[:len(w)-1]
	}
	return w
}

// refNameBefore reads the name words just before the cue at toks[cue].
func refNameBefore(g *gazetteer, toks []refToken, cue int) []string {
	i := cue
	for i > 0 && cue-i < 4 {
		if !refNameWord(g, toks[i-1].text, i != cue) {
			break
		}
		i--
		if toks[i].afterPunct && (i == 0 || len(toks[i-1].text) != 1) {
			break
		}
	}
	for i < cue && len(toks[i].text) == 1 {
		i++
	}
	return refTexts(toks[i:cue])
}

func refLooksLikeName(g *gazetteer, w []string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for k, x := range w {
		if !refNameWord(g, x, k > 0 && k < len(w)-1) {
			return false
		}
	}
	return true
}

// refCountPerson counts the full name as written and the surname alone.
func refCountPerson(toks []refToken, w []string, name string, c *counter) {
	for i := 0; i < len(toks); i++ {
		if refWordsAt(toks, i, w) {
			c.add(name, Person, toks[i].start)
			i += len(w) - 1
		} else if toks[i].text == w[len(w)-1] {
			c.add(name, Person, toks[i].start)
		}
	}
}

// refTopicsOf counts the signals at each token.
func refTopicsOf(toks []refToken) []string {
	var signals []signal
	for k, topic := range topicSignals {
		for _, p := range topic.phrases {
			signals = append(signals, signal{topic: k, words: strings.Fields(p)})
		}
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.text)
	}
	hits := make([]int, len(topicSignals))
	for i := range words {
		for _, s := range signals {
			if refSignalAt(words, i, s.words) {
				hits[s.topic]++
			}
		}
	}
	return topTopics(hits)
}

// refSignalAt reports whether the lower-case words from words[i] match
// the phrase p.
func refSignalAt(words []string, i int, p []string) bool {
	if i+len(p) > len(words) {
		return false
	}
	for k, pw := range p {
		w := words[i+k]
		if stem, ok := strings.CutSuffix(pw, "*"); ok {
			if !strings.HasPrefix(w, stem) {
				return false
			}
		} else if w != pw {
			return false
		}
	}
	return true
}
