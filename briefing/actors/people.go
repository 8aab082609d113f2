package actors

import (
	"strings"
)

// titleWords open a person's name ("Secretary General Anders Fogh Rasmussen",
// "Gen. Mark Milley"); lower-case forms count after an organisation name too.
var titleWords = map[string]bool{
	"President": true, "Minister": true, "Secretary": true, "General": true, "Gen": true, "Gen.": true,
	"Chancellor": true, "Premier": true, "Admiral": true, "Adm": true, "Adm.": true, "Colonel": true, "Col": true,
	"Col.": true, "Lt": true, "Lt.": true, "Maj": true, "Maj.": true, "Capt": true, "Capt.": true, "Sgt": true,
	"Sgt.": true, "Sen": true, "Sen.": true, "Senator": true, "Rep": true, "Rep.": true, "Gov": true, "Gov.": true,
	"Governor": true, "Ambassador": true, "Commander": true, "Chief": true, "Spokesman": true, "Spokeswoman": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "Dr": true, "Dr.": true, "Mr": true, "Mr.": true,
	"Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "King": true, "Queen": true, "Prince": true, "Director": true,
	"Envoy": true, "envoy": true, "Leader": true, "leader": true, "Lieutenant": true, "Major": true, "Captain": true,
	"Sergeant": true, "Private": true, "Officer": true, "Speaker": true, "Judge": true, "Justice": true,
}

// cueWords follow a speaker's name ("Rasmussen said").
var cueWords = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stated": true, "wrote": true, "warned": true,
	"announced": true, "noted": true, "explained": true, "argued": true, "insisted": true, "stressed": true,
}

// notName are capitalised words that open sentences or headlines, not names.
var notName = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true, "But": true,
	"And": true, "However": true, "In": true, "On": true, "At": true, "It": true, "He": true, "She": true,
	"They": true, "We": true, "I": true, "Officials": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "January": true, "February": true,
	"March": true, "April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Defense": true, "Defence": true, "Foreign": true,
	"Prime": true, "Vice": true, "Deputy": true, "Acting": true, "Former": true, "Chairman": true, "Mission": true,
}

// findPeople counts the people named in toks: quote speakers, names after
// titles, and names before cue verbs. Each counts its full-name mentions and
// its surname alone.
func findPeople(toks []token, speakers []string, c *counter) {
	g := loadGazetteer()
	var names [][]string
	for _, s := range speakers {
		if w := tokenWords(s); looksLikeName(g, w) {
			names = append(names, w)
		}
	}
	for i := range toks {
		if toks[i].info.title {
			if w := nameAt(g, toks, i+1); len(w) >= 2 {
				names = append(names, w)
			}
		}
		if toks[i].info.cue {
			if w := nameBefore(g, toks, i); len(w) >= 2 {
				names = append(names, w)
			}
		}
	}
	for _, w := range longestForms(names) {
		countPerson(toks, w, canonicalName(g, w), c)
	}
}

// nameWord reports whether toks[i] can be part of a person's name: capitalised,
// not a title, an organisation word or a known entity, and more than a
// letter unless it is a middle initial.
func nameWord(g *gazetteer, t string, middle bool) bool {
	if !isCapitalized(t) || isAllCaps(t) {
		return false
	}
	if info := g.words.Get(t); info != nil && (info.notName || info.title || info.orgHead || info.entity) {
		return false
	}
	return len(t) > 1 || middle
}

// nameAt reads up to four capitalised, non-gazetteer words from toks[i].
func nameAt(g *gazetteer, toks []token, i int) []string {
	var w []string
	for ; i < len(toks) && len(w) < 4; i++ {
		t := toks[i].text
		if !nameWord(g, t, len(w) > 0) || len(w) > 0 && toks[i].afterPunct && !isInitial(w[len(w)-1]) {
			break
		}
		w = append(w, t)
	}
	for len(w) > 0 && len(w[len(w)-1]) == 1 {
		w = w[:len(w)-1]
	}
	return w
}

// nameBefore reads the capitalised words just before the cue at toks[cue].
func nameBefore(g *gazetteer, toks []token, cue int) []string {
	i := cue
	for i > 0 && cue-i < 4 {
		if !nameWord(g, toks[i-1].text, i != cue) {
			break
		}
		i--
		if toks[i].afterPunct && (i == 0 || !isInitial(toks[i-1].text)) {
			break
		}
	}
	for i < cue && len(toks[i].text) == 1 {
		i++
	}
	out := make([]string, 0, cue-i)
	for _, t := range toks[i:cue] {
		out = append(out, t.text)
	}
	return out
}

// isInitial: a one-letter word, which a period may follow inside a name.
func isInitial(w string) bool { return len(w) == 1 }

func looksLikeName(g *gazetteer, w []string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for k, x := range w {
		if !nameWord(g, x, k > 0 && k < len(w)-1) {
			return false
		}
	}
	return true
}

// isEntity reports whether word alone names a country, place or organisation.
func (g *gazetteer) isEntity(word string) bool {
	for _, p := range g.byFirst[word] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

func isAllCaps(w string) bool {
	if len(w) <= 1 {
		return false
	}
	if !isASCII(w) {
		return strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	upper := false // ASCII: no lower-case letter, and a capital
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// longestForms drops names that are a shorter form (same surname, fewer
// words) of another name, and duplicates, keeping first-seen order.
func longestForms(names [][]string) [][]string {
	var out [][]string
	for _, n := range names {
		merged := false
		for k, o := range out {
			if n[len(n)-1] != o[len(o)-1] {
				continue
			}
			if len(n) > len(o) {
				out[k] = n
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, n)
		}
	}
	return out
}

// canonicalName is the notable person's full name when w is one written with
// a given name one letter off ("Ander Fogh Rasmussen"), else w itself.
func canonicalName(g *gazetteer, w []string) string {
	written := strings.Join(w, " ")
	for _, full := range g.people[w[len(w)-1]] {
		fw := strings.Fields(full)
		if len(fw) == len(w) && editDistanceAtMost1(strings.Join(fw[:len(fw)-1], " "), strings.Join(w[:len(w)-1], " ")) {
			return full
		}
	}
	return written
}

// countPerson counts the full name as written and the surname alone.
func countPerson(toks []token, w []string, name string, c *counter) {
	surname := w[len(w)-1]
	if w[0] == "" || surname == "" {
		return // no words come from the tokenizer so
	}
	first, last := w[0][0], surname[0]
	for i := 0; i < len(toks); i++ {
		if b := toks[i].text[0]; b != first && b != last {
			continue // neither the name nor the surname starts here
		}
		if matchesAt(toks, i, w) {
			c.add(name, Person, int(toks[i].start))
			i += len(w) - 1
			continue
		}
		if toks[i].text == surname {
			c.add(name, Person, int(toks[i].start))
		}
	}
}

func matchesAt(toks []token, i int, w []string) bool {
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

// editDistanceAtMost1 reports whether a becomes b by at most one insertion,
// deletion or substitution of a byte.
func editDistanceAtMost1(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i+1:] == b[i:]
}
