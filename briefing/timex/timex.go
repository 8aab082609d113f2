// Package timex finds temporal expressions in text and normalises them to
// TimeML TIMEX3 types and values, resolving relative ones against a
// publication date.
//
// The design follows HeidelTime: word-class resources (lexicon.go), rules
// that pair a pattern with a normalisation (rules_*.go: explicit dates,
// periods, relative and narrative-anchored dates, times, durations, sets),
// and one pass in text order (timex.go) that picks the longest leftmost match
// at each place and anchors relative expressions to the publication date or
// to the date the narrative last named. Underspecified dates take their
// direction from the tense of the sentence (tense.go). Matching tries, at
// each word, only the rules a DFA of all the rules (dfa.go) says may match
// there, each anchored on a short window (match.go, backtrack.go), so the
// pass is linear in the text.
//
// Without a publication date relative expressions keep underspecified values
// (XXXX-XX-XX forms): nothing is invented. Extents follow the TimeBank
// conventions: no leading prepositions ("on Tuesday" tags "Tuesday").
package timex

// Timex is one temporal expression. Start and End are byte offsets into the
// text given to Tag; Text is exactly text[Start:End].
type Timex struct {
	Start, End int
	Text       string
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value, e.g. 2013-06-04, P3Y, PRESENT_REF
}

// TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Tag returns the temporal expressions of text in text order. published is
// the publication date as an ISO date or date-time ("" when unknown).
func Tag(text, published string) []Timex {
	dct, ok := ParseAnchor(published)
	t := tagger{r: resolver{text: text, hasDCT: ok}, d: theDFA(), end: -1}
	if ok {
		t.r.dct = point{day(dct.Year(), dct.Month(), dct.Day()), granDay, ""}
	}
	for _, p := range paragraphs(text) {
		t.paragraph(p[0], p[1])
	}
	t.take(len(text) + 1)
	return t.out
}

// tagger is one pass over a text. Candidates are taken leftmost first,
// longest first, earlier rule first (pick), the first that normalises at
// each place. A candidate never starts before the word it was found at, so
// those that start before the current word are final: they are taken
// before the word's own candidates are found (so that words inside a taken
// expression need few rules tried), and at the end.
type tagger struct {
	r       resolver
	d       *dfa
	out     []Timex
	end     int // end of the last expression taken
	pending []cand
	rs      []reach
	bt      backtracker
	m       match // one, reused: the rules' functions take a *match
	locs    []int // submatch offsets, see matchAt
}

// paragraph visits the word starts of text[p0:p1] (and apostrophes before
// two digits: '98).
func (t *tagger) paragraph(p0, p1 int) {
	text, wb, d := t.r.text[:p1], &wordByte, t.d
	for at := p0; at < len(text); at++ {
		c := text[at]
		if !wb[c] {
			if c == '\'' && yearQuote(t.r.text, at) {
				t.word(at, p1)
			}
			continue
		}
		// Most words are known to rule every rule out in their first
		// bytes: no walk for them.
		if !d.knownDead(text, at) {
			t.word(at, p1)
		}
		for at++; at < len(text) && wb[text[at]]; at++ {
		}
		// text[at] follows a word: no start; the loop steps over it
	}
}

// word finds the candidates that start at text[at:], in a window that ends
// within its paragraph (at pend); when there are some, it first takes those
// that start before.
func (t *tagger) word(at, pend int) {
	end := min(pend, at+window)
	rs := t.d.walk(t.rs, t.r.text, at, end)
	t.rs = rs
	if len(rs) == 0 {
		return
	}
	if len(t.pending) > 0 {
		t.take(at)
	}
	t.pending = t.cands(t.pending, rs, at, end, at < t.end)
}

// take normalises the pending candidates that start before upto.
func (t *tagger) take(upto int) {
	pick(t.pending)
	n := 0
	for ; n < len(t.pending) && t.pending[n].start < upto; n++ {
		c := t.pending[n]
		if c.start < t.end {
			continue
		}
		t.m = match{cand: c, r: &t.r}
		typ, val := t.r.resolve(&t.m)
		if typ == "" {
			continue // a shorter candidate at the same place may still fit
		}
		t.end = t.m.end
		t.out = append(t.out, Timex{Start: t.m.start, End: t.m.end, Text: t.r.text[t.m.start:t.m.end], Type: typ, Value: val})
	}
	t.pending = append(t.pending[:0], t.pending[n:]...)
}

// resolver carries what normalisation needs across one text: the anchor and
// the date the narrative last named.
type resolver struct {
	text   string
	dct    point
	hasDCT bool
	ref    point
	hasRef bool
	// byGran is the last date named at each granularity, and where:
	// "later that month" looks back to a month or a day, not to a year.
	byGran [granDay + 1]struct {
		p  point
		at int
		ok bool
	}
	// res is what the results-report convention remembers (results.go).
	res results
}

// refFor is the date the narrative last named at granularity g or finer,
// else the last date it named at all.
func (r *resolver) refFor(g gran) (point, bool) {
	best, at := r.ref, -1
	for gg := g; gg <= granDay; gg++ {
		if b := r.byGran[gg]; b.ok && b.at > at {
			best, at = b.p, b.at
		}
	}
	return best, r.hasRef
}

// resolve normalises one candidate and remembers calendar dates as the
// reference for later narrative-relative expressions.
func (r *resolver) resolve(m *match) (string, string) {
	typ, val := m.rule.norm(m)
	if typ == Duration {
		r.noteSpan(val, m.start)
	}
	if typ == Date || typ == Time {
		if p, ok := parsePoint(val); ok && !m.rule.anaphoric { // parsePoint refuses XXXX-… values
			r.ref, r.hasRef = p, true
			r.byGran[p.g].p, r.byGran[p.g].at, r.byGran[p.g].ok = p, m.start, true
			r.noteQuarter(p, m.start)
		}
	}
	return typ, val
}
