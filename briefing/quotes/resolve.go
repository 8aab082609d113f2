package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// attribution is who spoke, as resolved at one place in the text.
type attribution struct {
	speaker, role, cue string
	kind               kind
	tok                int // token index of the cue or quote
	para               int32
	direct             bool // read from the quote's own sentence
	at                 int  // token index where attribute met it: events are in its order
}

// entity is a named person with the fullest name and role the text gives.
type entity struct {
	name    []string
	role    string
	tok     int  // token index of a mention
	subject bool // the mention opens its sentence
	next    int  // the next entity with the same last word, or -1
}

// doc holds one text's tokens and what attribution has found so far;
// the slices that grow with the text are in bufs, reused across texts.
type doc struct {
	*bufs
	text  string
	src   *source // the text, for phrases to be read from
	spans []span
	qtok  []int // token index of each quote
	// byLast finds a chain of entities by the last word of the name,
	// lower-cased (see chainOf), when there are many.
	byLast  map[string]int
	groups  [][]nameGroup // by chain, built when first needed
	named   bool          // places and midCaps are made (when first needed)
	scratch []byte        // for lower-casing a word to look it up
}

// chain is the first and the last entity of a list linked by entity.next.
type chain struct {
	first, last int
	last1       string // the last word of the names, lower-cased
}

// bounds finds for each token where its sentence starts and ends: after
// and at a full stop, a quote, or a paragraph change. The end of a full
// stop or a quote is the end of the sentence after it.
// On the way it lists the heads and the spots.
func (d *doc) bounds() {
	toks := d.toks
	n := len(toks)
	starts, ends := grow(d.sentStart, n), grow(d.sentEnd, n)
	d.sentStart, d.sentEnd = starts, ends
	heads, spots := d.heads[:0], d.spots[:0]
	start, pend, para := int32(0), 0, int32(-1) // toks[pend:i] wait for their end
	for i := range toks {
		t := &toks[i]
		if t.Cap || t.is(cTitle|cRoleNoun) {
			heads = append(heads, int32(i))
		}
		if t.Quote >= 0 || t.is(cCueLike) {
			spots = append(spots, int32(i))
		}
		if t.Para != para && i > 0 {
			start = int32(i)
			fill(ends[pend:i], int32(i))
			pend = i
		}
		starts[i], para = start, t.Para
		if t.stop || t.Quote >= 0 {
			start = int32(i + 1)
			fill(ends[pend:i], int32(i))
			pend = i
		}
	}
	fill(ends[pend:], int32(n))
	d.heads, d.spots = heads, spots
}

func fill(s []int32, v int32) {
	for k := range s {
		s[k] = v
	}
}

func newDoc(text string, spans []span) *doc {
	d := &doc{bufs: getBufs(), text: text, src: &source{text: text}, spans: spans, qtok: make([]int, len(spans))}
	d.toks = tokenize(text, spans, d.qtok, d.toks, &d.lowText)
	d.bounds()
	d.attr = grow(d.attr, len(spans)) // zero: see bufs
	d.collectEntities()
	return d
}

// collectEntities records every personal name outside the quotes, with its
// role from pre-modifying titles or apposition.
func (d *doc) collectEntities() {
	headings := titleLines(d.toks)
	for _, i := range d.heads { // capitals and office words: press secretary Karoline Leavitt
		i := int(i)
		t := &d.toks[i]
		if (i > 0 && inRun(&d.toks[i-1]) && d.toks[i-1].Para == t.Para) || headings[t.Line] {
			continue
		}
		end := d.sentenceEnd(i)
		p := phraseAfter(d.src, d.toks, i, end)
		if p.Kind == kindOrg && len(p.Name) > 0 {
			d.orgs = append(d.orgs, entity{name: p.Name, tok: i})
			continue
		}
		if p.Kind != kindPerson || len(p.Name) == 1 && nonNames[string(d.lower(p.Name[0]))] {
			continue
		}
		s := d.sentenceStart(i)
		subject := i == s || i == skipIntro(d.toks, s, end)
		if len(p.Name) == 0 {
			continue
		}
		last := d.lower(p.Name[len(p.Name)-1])
		n := len(d.entities)
		if k, ok := d.chainOf(last); ok {
			d.entities[d.chains[k].last].next = n
			d.chains[k].last = n
		} else {
			d.addChain(string(last), n)
		}
		d.entities = append(d.entities, entity{name: p.Name, role: p.Role, tok: i, subject: subject, next: -1})
	}
}

// writer stands for the author of the text, who says "I": an answer that
// follows the writer's question is not the writer's.
const writer = "the author"

// maxLookback bounds how many earlier speakers a pronoun or description
// is compared with.
const maxLookback = 300

// maxSentence bounds the tokens of one sentence, so that text without
// full stops costs linear time.
const maxSentence = 200

// sentenceEnd returns the index of the token that ends the sentence of
// toks[i] (a full stop, a quote or a paragraph change), or len(toks).
func (d *doc) sentenceEnd(i int) int {
	return min(int(d.sentEnd[i]), len(d.toks), i+maxSentence)
}

// sentenceStart returns the index of the first token of the sentence of
// toks[i], stopping after a quote.
func (d *doc) sentenceStart(i int) int {
	return max(int(d.sentStart[i]), i-maxSentence)
}

// fullName finds the fullest form of a name and its role: the longest
// name in the text ending with the same words, the nearest one before tok
// on a tie.
//
// It reads the mentions with the same last word a name at a time (see
// nameGroup), so that a name mentioned a thousand times costs a binary
// search, not a walk over all its mentions, for each of its quotes.
func (d *doc) fullName(name []string, tok int) ([]string, string) {
	best, role, bestTok := name, "", -1
	if len(name) == 0 {
		return best, role
	}
	gs := d.nameGroups(name[len(name)-1])
	// Two people may share a surname (Alan and Dena Grayson): the fuller
	// name last given before tok wins; else the longest in the text.
	for _, g := range gs {
		if len(g.name) > len(name) && endsWith(g.name, name) {
			if t := lastAtOrBefore(g.toks, tok); t > bestTok {
				best, bestTok = g.name, t
			}
		}
	}
	if bestTok < 0 {
		best = longestGiven(gs, name, tok)
	}
	roleTok := -1
	for _, g := range gs {
		if g.role != "" && endsWith(best, g.name) && endsWith(g.name, name) && (roleTok < 0 || g.roleTok < roleTok) {
			role, roleTok = g.role, g.roleTok
		}
	}
	return best, role
}

// longestGiven is the longest name in gs that ends with name: of those
// as long, the last given at or before tok, else the first given.
// (name itself if none is longer and none as long comes before tok.)
func longestGiven(gs []nameGroup, name []string, tok int) []string {
	longest := -1
	for _, g := range gs {
		if len(g.name) > longest && endsWith(g.name, name) {
			longest = len(g.name)
		}
	}
	best, bestTok, first, firstTok := name, -1, name, -1
	for _, g := range gs {
		if len(g.name) != longest || !endsWith(g.name, name) {
			continue
		}
		if t := lastAtOrBefore(g.toks, tok); t > bestTok {
			best, bestTok = g.name, t
		}
		if firstTok < 0 || g.toks[0] < firstTok {
			first, firstTok = g.name, g.toks[0]
		}
	}
	if bestTok < 0 && longest > len(name) {
		return first
	}
	return best
}

// nameGroup is one name (word for word, as written) among the entities
// with the same last word: where it is mentioned, in text order, and the
// role of its first mention that gives one.
type nameGroup struct {
	name    []string
	toks    []int
	role    string
	roleTok int
}

// nameGroups groups the entities whose name ends with the word w, any
// case, by name, in order of first mention; built once for each last word.
func (d *doc) nameGroups(w string) []nameGroup {
	k, ok := d.chainOf(d.lower(w))
	if !ok {
		return nil
	}
	if d.groups == nil {
		d.groups = make([][]nameGroup, len(d.chains))
	}
	if d.groups[k] != nil {
		return d.groups[k]
	}
	var gs []nameGroup
	for e := d.chains[k].first; e >= 0; e = d.entities[e].next {
		ent := &d.entities[e]
		g := groupOf(gs, ent.name)
		if g < 0 {
			g = len(gs)
			gs = append(gs, nameGroup{name: ent.name})
		}
		gs[g].toks = append(gs[g].toks, ent.tok)
		if ent.role != "" && gs[g].role == "" {
			gs[g].role, gs[g].roleTok = ent.role, ent.tok
		}
	}
	d.groups[k] = gs
	return gs
}

func groupOf(gs []nameGroup, name []string) int {
	for i := range gs {
		if slices.Equal(gs[i].name, name) {
			return i
		}
	}
	return -1
}

// lastAtOrBefore returns the last of the ascending toks that is at most
// tok, or -1.
func lastAtOrBefore(toks []int, tok int) int {
	i := sort.SearchInts(toks, tok+1)
	if i == 0 {
		return -1
	}
	return toks[i-1]
}

// lower returns w lower-cased in d's scratch buffer, which the next call
// overwrites: for map look-ups without a new string.
func (d *doc) lower(w string) []byte {
	b := append(d.scratch[:0], w...)
	d.scratch = b
	for i, c := range b {
		if c >= utf8.RuneSelf {
			d.scratch = append(b[:0], strings.ToLower(w)...)
			return d.scratch
		}
		b[i] = lowerByte(c)
	}
	return b
}

func endsWith(full, part []string) bool {
	if len(part) == 0 || len(part) > len(full) {
		return false
	}
	off := len(full) - len(part)
	for i, w := range part {
		if !strings.EqualFold(full[off+i], w) {
			return false
		}
	}
	return true
}

// resolve turns a phrase at token tok into a speaker.
func (d *doc) resolve(p phrase, tok int) (attribution, bool) {
	a := attribution{kind: p.Kind, tok: tok, para: d.toks[tok].Para, role: p.Role}
	switch p.Kind {
	case kindPerson, kindDocument:
		if !d.named {
			nameSets(d.toks, d.heads, &d.midCaps, &d.places)
			d.named = true
		}
		if len(p.Name) == 1 && !d.midCaps.has(d.toks, d.lower(p.Name[0])) && !d.beforeCue(p.Start) {
			return a, false // Support continues to roll in: a capital only at the sentence start
		}
		if p.Kind == kindPerson && len(p.Name) == 1 && d.places.has(d.toks, d.lower(p.Name[0])) {
			a.kind = kindOrg // Ukraine calls them "fortress cities"
		}
		name, role := d.fullName(p.Name, tok)
		a.speaker = strings.Join(name, " ")
		if a.role == "" {
			a.role = role
		}
	case kindOrg:
		a.speaker = strings.Join(p.Name, " ")
	case kindPronoun:
		return d.antecedent(p.Text, tok)
	case kindDescription:
		return d.describe(p, tok), true
	default:
		return a, false
	}
	return a, a.speaker != ""
}

// antecedent resolves a pronoun to the last speaker it can stand for:
// a person for he or she, an organisation or a document for it.
func (d *doc) antecedent(pron string, tok int) (attribution, bool) {
	want := func(k kind) bool { return k == kindPerson }
	switch pron {
	case "i":
		// Outside quotes, "I" is the writer (I laughed and said, "...").
		return attribution{speaker: writer, kind: kindDescription, tok: tok, para: d.toks[tok].Para}, true
	case "it":
		want = func(k kind) bool { return k == kindOrg || k == kindDocument }
	case "they", "we":
		want = func(k kind) bool { return k != kindPronoun }
	}
	for i := len(d.events) - 1; i >= 0 && i >= len(d.events)-maxLookback; i-- {
		if e := d.events[i]; want(e.kind) && e.speaker != "" {
			e.tok, e.para, e.direct = tok, d.toks[tok].Para, false
			return e, true
		}
	}
	if pron == "it" {
		// No organisation has spoken yet: the last one named.
		for i := len(d.orgs) - 1; i >= 0 && i >= len(d.orgs)-maxLookback; i-- {
			if e := d.orgs[i]; e.tok < tok {
				return attribution{speaker: strings.Join(e.name, " "), kind: kindOrg, tok: tok, para: d.toks[tok].Para}, true
			}
		}
		return attribution{}, false
	}
	// No speaker yet: the last person who opened a sentence.
	for _, subjectOnly := range []bool{true, false} {
		for i := len(d.entities) - 1; i >= 0; i-- {
			if e := d.entities[i]; e.tok < tok && (e.subject || !subjectOnly) {
				name, role := d.fullName(e.name, e.tok)
				return attribution{speaker: strings.Join(name, " "), role: role, kind: kindPerson, tok: tok, para: d.toks[tok].Para}, true
			}
		}
	}
	return attribution{}, false
}

// describe resolves "the official", "the ministry" to the last speaker
// whose role or name has the same head word, else keeps the description.
func (d *doc) describe(p phrase, tok int) attribution {
	f := strings.Fields(strings.ToLower(p.Text))
	head := strings.TrimSuffix(f[len(f)-1], "s")
	for i := len(d.events) - 1; i >= 0 && i >= len(d.events)-maxLookback; i-- {
		e := d.events[i]
		if e.speaker != "" && (containsLower(e.role, head) || containsLower(e.speaker, head)) {
			e.tok, e.para = tok, d.toks[tok].Para
			return e
		}
	}
	// the ministry: the last organisation named with that word.
	for i := len(d.orgs) - 1; i >= 0 && i >= len(d.orgs)-maxLookback; i-- {
		if e := d.orgs[i]; e.tok < tok {
			for _, w := range e.name {
				if strings.EqualFold(w, head) || strings.EqualFold(w, head+"s") {
					return attribution{speaker: strings.Join(e.name, " "), kind: kindOrg, tok: tok, para: d.toks[tok].Para}
				}
			}
		}
	}
	return attribution{speaker: p.Text, kind: kindDescription, tok: tok, para: d.toks[tok].Para}
}

// titleLines finds the lines set in title case (Trump Meets Zelensky in
// Geneva): their capitalised words are not names.
// The result is indexed by line number.
func titleLines(toks []token) []bool {
	if len(toks) == 0 {
		return nil
	}
	out := make([]bool, toks[len(toks)-1].Line+1) // lines only grow
	for i := 0; i < len(toks); {
		line := toks[i].Line
		j := i + 1
		for j < len(toks) && toks[j].Line == line {
			j++
		}
		out[line] = titleLine(toks[i:j])
		i = j
	}
	return out
}

// titleLine reports whether the tokens of a line set it in title case:
// of its words (save joiners), at least three and four in five
// capitalised, and no full stop at the end; or five or more all
// capitalised (Christie Calls Clinton A Liar.). It stops at the first
// lower-case word after which too few tokens are left for that.
func titleLine(line []token) bool {
	words, caps := 0, 0
	for k := range line {
		t := &line[k]
		if !t.Word || t.is(cJoiner|cTitleJoiner) {
			continue
		}
		words++
		if t.Cap {
			caps++
		} else if 4*(words-caps) > caps+len(line)-k-1 {
			return false // even if every token left were a capitalised word
		}
	}
	ended := line[len(line)-1].isSentenceEnd()
	return words >= 3 && caps*10 >= words*8 && !ended || words >= 5 && caps == words
}

// beforeCue reports whether a cue verb follows token i (Berg said).
func (d *doc) beforeCue(i int) bool {
	for j := i + 1; j < len(d.toks) && j <= i+3; j++ {
		if isCue(d.toks, j) {
			return true
		}
		if !d.toks[j].Word || !(d.toks[j].is(cBetween) || isAdverb(&d.toks[j])) {
			return false
		}
	}
	return false
}

// containsLower reports whether s lower-cased contains sub, as
// strings.Contains(strings.ToLower(s), sub) does, without building the
// lower case when s is ASCII.
func containsLower(s, sub string) bool {
	if !isASCII(s) {
		return strings.Contains(strings.ToLower(s), sub)
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && lowerByte(s[i+k]) == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

// chainOf returns the index of the chain of the entities whose names end
// with the word w, lower-cased. A text names few people, so the chains are
// scanned, until they are many enough for a map to pay.
func (d *doc) chainOf(w []byte) (int, bool) {
	if len(d.chains) > maxScanned {
		if d.byLast == nil {
			d.byLast = make(map[string]int, 2*len(d.chains))
			for k := range d.chains {
				d.byLast[d.chains[k].last1] = k
			}
		}
		k, ok := d.byLast[string(w)]
		return k, ok
	}
	for k := range d.chains {
		if d.chains[k].last1 == string(w) {
			return k, true
		}
	}
	return 0, false
}

// addChain starts the chain of the names ending with the word w
// (lower-cased) with entity n.
func (d *doc) addChain(w string, n int) {
	d.chains = append(d.chains, chain{first: n, last: n, last1: w})
	if d.byLast != nil {
		d.byLast[w] = len(d.chains) - 1
	}
}
