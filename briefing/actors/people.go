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

// findPeople counts the people named in d: quote speakers, names after
// titles, and names before cue verbs. Each counts its full-name mentions and
// its surname alone.
func findPeople(g *gazetteer, d *doc, speakers []string, c *counter) {
	var names [][]string
	var buf [8]token
	for k, s := range speakers {
		if repeated(speakers, k) {
			continue // the same words again: longestForms would drop them
		}
		sd := doc{text: s, toks: appendTokens(buf[:0], s)}
		for k := range sd.toks {
			g.lookup(s, &sd.toks[k])
		}
		if looksLikeName(&sd) {
			names = append(names, wordsOf(s, sd.toks))
		}
	}
	for _, k := range d.names {
		i, t := int(k), d.toks[k]
		if t.flags&title != 0 {
			if from, to := nameAt(d, i+1); to-from >= 2 {
				names = append(names, d.words(from, to))
			}
		}
		if t.flags&cue != 0 {
			if from := nameBefore(d, i); i-from >= 2 {
				names = append(names, d.words(from, i))
			}
		}
	}
	for _, w := range longestForms(names) {
		countPerson(d, w, canonicalName(g, w), c)
	}
}

// repeated reports whether speakers[k] is one of speakers[:k].
func repeated(speakers []string, k int) bool {
	for _, s := range speakers[:k] {
		if s == speakers[k] {
			return true
		}
	}
	return false
}

// words returns the words of d.toks[from:to].
func (d *doc) words(from, to int) []string { return wordsOf(d.text, d.toks[from:to]) }

// wordsOf returns the words of toks, tokens of text.
func wordsOf(text string, toks []token) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		out[k] = text[t.start:t.end]
	}
	return out
}

// nameWord reports whether t can be part of a person's name: capitalised,
// not a title, an organisation word or a known entity, and more than a
// letter unless it is a middle initial.
func nameWord(d *doc, t token, middle bool) bool {
	if t.flags&capital == 0 || t.flags&(notNameW|title|orgHead|entity) != 0 || isAllCaps(d.wordOf(t)) {
		return false
	}
	return t.end-t.start > 1 || middle
}

// nameAt reads up to four capitalised, non-gazetteer words from d.toks[i];
// the name is d.toks[from:to].
func nameAt(d *doc, i int) (from, to int) {
	from, to = i, i
	for ; to < len(d.toks) && to-from < 4; to++ {
		t := d.toks[to]
		if !nameWord(d, t, to > from) || to > from && t.flags&afterPunct != 0 && !isInitialTok(d.toks[to-1]) {
			break
		}
	}
	for to > from && isInitialTok(d.toks[to-1]) {
		to--
	}
	return from, to
}

// nameBefore reads the capitalised words just before the cue at d.toks[cue];
// the name is d.toks[from:cue].
func nameBefore(d *doc, cue int) (from int) {
	i := cue
	for i > 0 && cue-i < 4 {
		if !nameWord(d, d.toks[i-1], i != cue) {
			break
		}
		i--
		if d.toks[i].flags&afterPunct != 0 && (i == 0 || !isInitialTok(d.toks[i-1])) {
			break
		}
	}
	for i < cue && isInitialTok(d.toks[i]) {
		i++
	}
	return i
}

// isInitialTok: a one-letter word, which a period may follow inside a name.
func isInitialTok(t token) bool { return t.end-t.start == 1 }

func looksLikeName(d *doc) bool {
	n := len(d.toks)
	if n < 2 || n > 4 {
		return false
	}
	for k, t := range d.toks {
		if !nameWord(d, t, k > 0 && k < n-1) {
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
func countPerson(d *doc, w []string, name string, c *counter) {
	surname := w[len(w)-1]
	hFirst, hLast := hashString(w[0]), hashString(surname)
	next := 0                   // tokens before next belong to a mention counted
	for _, k := range d.names { // the words of a name are capitalised
		i, t := int(k), d.toks[k]
		if t.hash != hFirst && t.hash != hLast || i < next {
			continue // neither the name nor the surname starts here
		}
		if matchesAt(d, i, w) {
			c.add(name, Person, int(t.start))
			next = i + len(w)
			continue
		}
		if d.wordOf(t) == surname {
			c.add(name, Person, int(t.start))
		}
	}
}

func matchesAt(d *doc, i int, w []string) bool {
	if i+len(w) > len(d.toks) {
		return false
	}
	for k, x := range w {
		if d.word(i+k) != x {
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
