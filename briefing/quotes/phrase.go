package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

func (t *token) isComma() bool { return !t.Word && t.Text == "," }

// isSentenceEnd reports whether a punctuation token ends a sentence.
func (t *token) isSentenceEnd() bool { return t.stop }

func isAcronym(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ { // ASCII bytes here, other runes below
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return isAcronymRunes(w[i:], n)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// isAcronymRunes goes on with isAcronym from its first rune beyond ASCII,
// with n letters counted before it.
func isAcronymRunes(w string, n int) bool {
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
func inRun(t *token) bool {
	if !t.Word {
		return false
	}
	l := t.lower()
	return t.Cap || t.is(cJoiner|cTitle|cRoleNoun) || strings.HasSuffix(l, "-elect")
}

// nameGlue: toks[x] is "for" or "the" inside a capitalised name ("Court
// of Appeals for the Ninth Circuit", "Office of the President"): a
// capitalised word or "of"/"for" before it, a capitalised word or "the"
// after it.
func nameGlue(toks []token, x int) bool {
	t := &toks[x]
	if !t.Word || t.Cap || x == 0 || x+1 >= len(toks) {
		return false
	}
	prev, next := &toks[x-1], &toks[x+1]
	switch t.lower() {
	case "the":
		return (prev.lower() == "of" || prev.lower() == "for") && next.Cap && next.Word
	case "for":
		return prev.Cap && prev.Word && (next.Cap && next.Word || next.lower() == "the")
	}
	return false
}

// runBack collects the speaker phrase ending at token j (inclusive), not
// going below lo. It returns the index of the first token.
func runBack(toks []token, j, lo int) int {
	i := j
	for i > lo && (inRun(&toks[i-1]) || i-1 > lo && nameGlue(toks, i-1)) && !toks[i-1].isSentenceEnd() {
		if toks[i-1].Line != toks[j].Line {
			break
		}
		i--
	}
	// A determiner before lower-case words opens a description
	// (the former cabinet secretary).
	if !toks[i].Cap && !toks[j].is(cClause) && !toks[j].is(cBetween) {
		if i > lo && toks[i-1].Word && toks[i-1].is(cDeterminer) {
			return i - 1 // one user, the official
		}
		for k := i - 1; k >= lo && k >= i-4 && toks[k].Word && toks[k].Line == toks[j].Line; k-- {
			if toks[k].is(cArticle) {
				return k // The former cabinet secretary
			}
			if !isPlainWord(&toks[k]) {
				break
			}
			if toks[k].is(cCue) || toks[k].is(cJoiner) || toks[k].is(cIntro) || toks[k].is(cClause) {
				break
			}
		}
	}
	return i
}

// runForward collects the speaker phrase starting at token i, below hi.
// It returns the index past the last token. Unlike runBack it takes no
// "for"/"the" (nameGlue): after a cue ("..., said Lloyd Austin of the
// Pentagon") the phrase ends at the name, which is what is wanted there.
func runForward(toks []token, i, hi int) int {
	j := i
	if j < hi && toks[j].Word && toks[j].is(cDeterminer) {
		j++
		// the base chief, a longtime GOP data expert: plain words before
		// an office or role noun.
		for k := j; k < hi && k < j+4 && toks[k].Word && !toks[k].Cap && !toks[k].is(cCue); k++ {
			if toks[k].is(cRoleNoun) || toks[k].is(cTitle) {
				j = k
				break
			}
		}
	}
	for j < hi && inRun(&toks[j]) && toks[j].Line == toks[i].Line {
		j++
	}
	for j > i && toks[j-1].Word && toks[j-1].is(cJoiner) {
		j--
	}
	return j
}

// parsePhrase classifies toks[i:j] as a name (with its role), an
// organisation, a description, a document or a pronoun.
func parsePhrase(src *source, toks []token, i, j int) phrase {
	if i >= j {
		return phrase{}
	}
	if j-i == 1 && toks[i].is(cPronoun) {
		return phrase{Kind: kindPronoun, Text: strings.ToLower(toks[i].Text), Start: i}
	}
	i0 := i
	// Drop sentence openers and determiners before a capitalised word.
	for i < j-1 && toks[i].Word && toks[i].is(cNonName) && (toks[i].Cap || toks[i].is(cDeterminer)) {
		i++
	}
	for k := i; k < j-1; k++ {
		if toks[k].Cap && toks[k].possessive() && toks[k+1].is(cDocument) {
			p := splitName(src, toks, i, k+1)
			p.Kind, p.Start = kindDocument, i
			if len(p.Name) == 0 {
				p.Name = []string{trimPossessive(toks[k].Text)}
			}
			return p
		}
	}
	if j-i == 1 && toks[i].is(cNonName) && (!(i > 0 && toks[i-1].Quote >= 0 && toks[i-1].Para == toks[i].Para) ||
		strings.ContainsAny(toks[i].Text, "'’")) {
		return phrase{} // After, Though, Yesterday; but "...," From said (never "...," I'd said)
	}
	last := &toks[j-1]
	if last.is(cPronoun) && i0 < j-1 {
		return phrase{Kind: kindPronoun, Text: last.low, Start: j - 1} // an investment he
	}
	if !last.Cap {
		if last.is(cRoleNoun) || last.is(cTitle) ||
			toks[i0].is(cDeterminer) && j-i0 <= 4 && plainDescription(toks, i0+1, j) {
			if toks[i0].is(cDeterminer) {
				i = i0 // the official, a senior aide
			}
			d := span2text(src, toks, i, j)
			if toks[i].Cap && toks[i].is(cDeterminer) {
				d = strings.ToLower(d[:1]) + d[1:] // The general said
			}
			return phrase{Kind: kindDescription, Text: d, Start: i}
		}
		return phrase{}
	}
	p := splitName(src, toks, i, j)
	p.Start = i
	return p
}

func span2text(src *source, toks []token, i, j int) string {
	return src.text[toks[i].Start:toks[j-1].End]
}

func trimPossessive(w string) string {
	if w == "" {
		return w
	}
	if c := w[len(w)-1]; c != 's' && c != '\'' && c != "’"[2] {
		return w // the usual case: no ending to remove
	}
	for _, s := range []string{"'s", "’s", "'", "’"} {
		w = strings.TrimSuffix(w, s)
	}
	return w
}

// splitName splits a run of words into a role and a name: the name is
// the last stretch of capitalised words that are not offices
// (NATO Secretary General | Ander Fogh Rasmussen).
func splitName(src *source, toks []token, i, j int) phrase {
	// Ministry of Defence of Ukraine, the Court of Appeals for the Ninth
	// Circuit: an organisation named across "of" and "for".
	k := j
	if c := orgChainStart(toks, i, j); c < j {
		// William Corr of the Campaign for Tobacco-Free Kids: a person of
		// the organisation.
		if m, of, ok := firstPersonOf(toks, i, c+1); ok {
			k, j = m, of
		} else {
			return phrase{Kind: kindOrg, Name: src.words(toks, c, j)}
		}
	} else if m, of, ok := firstPersonOf(toks, i, j); ok {
		// Rep. Elijah Cummings of Maryland, Lloyd Austin of the Pentagon,
		// Aris Shirvanian of the Armenian Patriarchate of Jerusalem: the
		// place or body is not the name.
		k, j = m, of
	} else {
		for k > i && toks[k-1].Cap && !isOffice(&toks[k-1]) && !toks[k-1].is(cHonorific) &&
			!(isAcronym(toks[k-1].Text) && k < j) && !(toks[k-1].possessive() && k < j) {
			k--
		}
		// Skeens of Brownsville: one untitled word before "of" a one-word
		// place (two words or a title firstPersonOf has taken already).
		if of := k - 1; of > i && toks[of].lower() == "of" && k == j-1 {
			if m := nameBefore(toks, i, of); m < of && !hasOrgWord(toks, m, j) {
				k, j = m, of
			}
		}
	}
	if k == j || hasOrgWord(toks, k, j) || k == i && isAcronym(toks[i].Text) {
		// No personal name: an organisation, or people described by office.
		if !toks[j-1].Cap {
			return phrase{Kind: kindDescription, Text: src.joinWords(toks, i, j)}
		}
		if j-i > maxOrgWords {
			return phrase{} // a headline: Federal Judge Gave Her The Worst News
		}
		return phrase{Kind: kindOrg, Name: src.words(toks, i, j)}
	}
	name := src.words(toks, k, j)
	if len(name) == 0 {
		return phrase{} // a lone "The"
	}
	if isPlace(toks, k, j) {
		return phrase{Kind: kindOrg, Name: name}
	}
	if len(name) > maxNameWords {
		return phrase{} // a headline in title case
	}
	return phrase{Kind: kindPerson, Name: name, Role: roleText(src, toks, i, k)}
}

// maxNameWords is the most words a personal name has (Martin Luther King
// Jr. of Atlanta); a longer run of capitals is a headline or a title.
const maxNameWords = 6

// chainJoiner: t joins the capitalised parts of an organisation's name
// (of, for, the: the joiners a speaker phrase can hold, see inRun and
// nameGlue).
func chainJoiner(t *token) bool {
	if t.Cap {
		return false
	}
	switch t.lower() {
	case "of", "for", "the":
		return true
	}
	return false
}

// orgChainStart walks back from j over capitalised parts joined by "of",
// "for" or "the" and returns where the leftmost part before a
// joiner that holds an organisation word starts ("Ministry of Defence of
// Ukraine", "Court of Appeals for the Ninth Circuit"), or j when none does:
// "Lloyd Austin of the Pentagon" is a person of an organisation. The walk
// stops at a part that is an office and a name ("Head of the Office of the
// President Andriy Yermak", "Senate Minority Whip Richard J. Durbin of
// Illinois"), and no possessive may stand inside ("Bank of America's chief
// Brian Moynihan").
func orgChainStart(toks []token, i, j int) int {
	start := j
	for m, last := j, true; ; last = false {
		q := m
		for q > i && toks[q-1].Cap && !toks[q-1].is(cHonorific) {
			q-- // offices too: the Ministry of Foreign Affairs
		}
		if q == m || officeThenName(toks, q, m) {
			break // Senate Minority Whip Richard J. Durbin of Illinois: a person
		}
		if !last && hasOrgWord(toks, q, m) {
			start = q
		}
		p := q
		for p > i && chainJoiner(&toks[p-1]) {
			p--
		}
		if p == q {
			break
		}
		m = p
	}
	if start == j || j-start > maxChainWords {
		return j
	}
	for x := start; x < j-1; x++ {
		if toks[x].possessive() {
			return j
		}
	}
	return start
}

// firstPersonOf finds a person named before the first "of" of toks[i:j]
// that follows a name ("Elijah Cummings of Maryland", "Sen. Durbin of
// Illinois"): the person's words are toks[m:of], capitalised, without an
// office or an organisation word, two or more of them or one after an
// office or honorific; a capitalised word follows "of" or "of the".
// "Secretary of State Antony Blinken" and "Bank of America" have none.
func firstPersonOf(toks []token, i, j int) (m, of int, ok bool) {
	for of = i + 1; of < j-1; of++ {
		if toks[of].Cap || toks[of].lower() != "of" {
			continue
		}
		b := of + 1
		if toks[b].lower() == "the" && b+1 < j {
			b++
		}
		if !toks[b].Cap {
			continue
		}
		m = nameBefore(toks, i, of)
		titled := m > i && (isOffice(&toks[m-1]) || toks[m-1].is(cHonorific))
		if m < of && !hasOrgWord(toks, m, of) && (of-m >= 2 || titled) {
			return m, of, true
		}
	}
	return 0, 0, false
}

// nameBefore is where the capitalised words before toks[at] that are
// neither offices nor honorifics begin, not below i: the personal name in
// "Rep. Elijah Cummings of".
func nameBefore(toks []token, i, at int) int {
	m := at
	for m > i && toks[m-1].Cap && !isOffice(&toks[m-1]) && !toks[m-1].is(cHonorific) {
		m--
	}
	return m
}

// officeThenName: toks[i:j] hold an office followed by two or more other
// capitalised words, a title and a personal name (President Andriy Yermak).
func officeThenName(toks []token, i, j int) bool {
	for x := i; x < j-2; x++ {
		if isOffice(&toks[x]) && !isOffice(&toks[x+1]) && !isOffice(&toks[x+2]) && !hasOrgWord(toks, x+1, j) {
			return true
		}
	}
	return false
}

// maxChainWords bounds an organisation named across joiners (the U.S.
// Court of Appeals for the District of Columbia Circuit).
const maxChainWords = 12

// maxOrgWords is the most words an organisation's name has (the Planned
// Parenthood Federation of America).
const maxOrgWords = 8

// isPlace reports whether a name is a place: it starts or ends with a
// word such as New, San, City or States.
func isPlace(toks []token, k, j int) bool {
	return toks[k].is(cPlace) || j-k > 1 && toks[j-1].is(cPlace)
}

func hasOrgWord(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Cap && toks[k].is(cOrg) {
			return true
		}
	}
	return false
}

func (src *source) words(toks []token, i, j int) []string {
	out := src.name(j - i)
	for k := i; k < j; k++ {
		if k == i && toks[k].lower() == "the" {
			continue
		}
		w := toks[k].Text
		if k == j-1 {
			w = trimPossessive(w) // Rasmussen's article; but Russia's Defence Ministry
		}
		out = append(out, w)
	}
	return out
}

// joinWords joins the tokens' texts with single spaces: the text itself
// when that is how they are written there.
func (src *source) joinWords(toks []token, i, j int) string {
	if i < j && toks[i].Quote < 0 {
		k := i
		for k+1 < j && toks[k+1].Quote < 0 && toks[k+1].Start == toks[k].End+1 && src.text[toks[k].End] == ' ' {
			k++
		}
		if k == j-1 {
			return src.text[toks[i].Start:toks[j-1].End]
		}
	}
	return joinWords(toks, i, j)
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
func roleText(src *source, toks []token, i, k int) string {
	for i < k && (toks[i].is(cDeterminer) || toks[i].is(cHonorific)) {
		i++
	}
	for k > i && toks[k-1].is(cHonorific) {
		k--
	}
	if i >= k {
		return ""
	}
	return src.joinWords(toks, i, k)
}

// isPlainWord reports whether t is a lower-case word of letters.
func isPlainWord(t *token) bool {
	if !t.Word || t.Cap {
		return false
	}
	for _, r := range t.Text {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// plainDescription reports whether toks[i:j] can be the words of a
// description after its determiner: no verbs in -ed or function words.
func plainDescription(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		l := toks[k].low
		if toks[k].is(cClause|cBetween) || strings.HasSuffix(l, "ed") || l == "enough" {
			return false
		}
	}
	return i < j
}

// weakRole reports whether a role is missing or only abbreviated ranks
// (Rep., Lt. Gen.), so that an apposition may say more.
func weakRole(r string) bool {
	for _, w := range strings.Fields(r) {
		if !strings.HasSuffix(w, ".") {
			return false
		}
	}
	return true
}

// isOffice reports whether a capitalised word names an office
// (Secretary, Ambassador-designate, Vice-Chair).
func isOffice(t *token) bool {
	l := t.low
	return t.is(cTitle) || strings.HasSuffix(l, "-designate") || strings.HasSuffix(l, "-elect") ||
		strings.HasPrefix(l, "vice-") || strings.HasPrefix(l, "ex-")
}
