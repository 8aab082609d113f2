package quotes

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// attribute walks the text in order, resolving every cue's speaker (so
// pronouns find their antecedents) and each quote's own attribution, then
// gives quotes with none the speaker of their neighbours.
func (d *doc) attribute() {
	for _, i := range d.spots { // the quotes and the words that may be cues
		i := int(i)
		t := &d.toks[i]
		switch {
		case t.Quote >= 0:
			if a, ok := d.direct(int(t.Quote)); ok {
				d.attr[t.Quote] = a
				a.at = i
				d.events = append(d.events, a)
			}
		case isCue(d.toks, i):
			lo, hi := d.sentenceStart(i), d.sentenceEnd(i)
			if a, ok := d.resolve(speakerOf(d.src, d.toks, i, lo, hi), i); ok {
				a.cue, a.at = cueText(d.toks, i), i
				d.events = append(d.events, a)
			}
		}
	}
	for q := range d.spans {
		if !d.attr[q].direct {
			d.attr[q] = d.fallback(q)
		}
	}
}

func cueText(toks []token, c int) string {
	if strings.EqualFold(toks[c].Text, "according") {
		return "according to"
	}
	return strings.ToLower(toks[c].Text)
}

// direct reads the attribution in the quote's own sentence: a cue after
// the quote ("...," X said) or before it (X said, "..."; X said that "...").
func (d *doc) direct(q int) (attribution, bool) {
	p := d.qtok[q]
	afterEnd := d.sentenceEnd(p)
	before := d.sentenceStart(p)
	tryAfter := func() (attribution, bool) {
		for c := p + 1; c < afterEnd; c++ {
			if isCue(d.toks, c) {
				return d.cueAttribution(c, p+1, afterEnd)
			}
		}
		return attribution{}, false
	}
	tryBefore := func() (attribution, bool) {
		for c := p - 1; c >= before; c-- {
			if isCue(d.toks, c) {
				if a, ok := d.cueAttribution(c, before, p); ok {
					return a, true
				}
			}
		}
		return attribution{}, false
	}
	first, second := tryBefore, tryAfter
	introduced := p > 0 && (d.toks[p-1].isComma() || d.toks[p-1].Text == ":")
	leads := d.leadsIntoCue(q)
	if !introduced && leads {
		first, second = tryAfter, tryBefore
	}
	if r, _ := utf8.DecodeLastRuneInString(d.text[d.spans[q].Start:d.spans[q].End]); r == '.' && !leads {
		// The quote ends its sentence: a cue after it belongs to the next
		// one (Sanders shot back: "...." He bemoaned ...).
		second = func() (attribution, bool) { return attribution{}, false }
	}
	if a, ok := first(); ok {
		return a, true
	}
	if a, ok := second(); ok {
		return a, true
	}
	if a, ok := d.colonParagraph(p); ok {
		return a, true
	}
	if a, ok := d.signed(p); ok {
		return a, true
	}
	// No cue: the subject of the sentence speaks (Hannity interjected: "...").
	if before < p {
		if a, ok := d.resolve(subjectOf(d.src, d.toks, before, p), p); ok {
			a.direct = true
			return a, true
		}
	}
	// "...," Trump went on.
	if r, _ := utf8.DecodeLastRuneInString(d.text[d.spans[q].Start:d.spans[q].End]); r == ',' || r == '?' || r == '!' {
		if ph := subjectAt(d.src, d.toks, p+1, afterEnd); ph.Kind == kindPerson || ph.Kind == kindPronoun {
			if a, ok := d.resolve(ph, p); ok {
				a.direct = true
				return a, true
			}
		}
	}
	return attribution{}, false
}

// colonParagraph reads the cue of a paragraph that ends with a colon and
// introduces the quote opening the next one (The Times reports: / "...").
func (d *doc) colonParagraph(p int) (attribution, bool) {
	if p < 2 || d.toks[p-1].Text != ":" || d.toks[p-1].Para == d.toks[p].Para {
		return attribution{}, false
	}
	lo := d.sentenceStart(p - 1)
	for c := p - 2; c >= lo; c-- {
		if isCue(d.toks, c) {
			if a, ok := d.cueAttribution(c, lo, p-1); ok {
				return a, true
			}
		}
	}
	return attribution{}, false
}

// signed reads a speaker named just before a colon that introduces the
// quote (PENCE: "..."; Michael Jones: "...") or after a dash that follows
// it ("..." - Sanders).
func (d *doc) signed(p int) (attribution, bool) {
	toks := d.toks
	if j := colonName(toks, p); j >= 0 {
		lo := runBack(toks, j, 0)
		if a, ok := d.resolve(parsePhrase(d.src, toks, lo, j+1), p); ok && (a.kind == kindPerson || a.kind == kindOrg) {
			a.direct = true
			return a, true
		}
	}
	if p+2 < len(toks) && isDash(toks[p+1].Text) && toks[p+2].Cap {
		hi := runForward(toks, p+2, len(toks))
		if a, ok := d.resolve(parsePhrase(d.src, toks, p+2, hi), p); ok && a.kind == kindPerson {
			a.direct = true
			return a, true
		}
	}
	return attribution{}, false
}

func isDash(s string) bool { return s == "-" || s == "—" || s == "―" || s == "–" }

// leadsIntoCue reports whether the quote is followed by its attribution:
// it ends on a comma, question or exclamation mark, or a comma follows it.
func (d *doc) leadsIntoCue(q int) bool {
	s := d.spans[q]
	r, _ := utf8.DecodeLastRuneInString(d.text[s.Start:s.End])
	if r == ',' || r == '?' || r == '!' || r == '—' || r == '-' {
		return true
	}
	p := d.qtok[q]
	if p+1 < len(d.toks) && d.toks[p+1].isComma() {
		return true
	}
	// "...." Rasmussen said: a name or pronoun, then the cue.
	c := p + 1
	if c < len(d.toks) && d.toks[c].Word && !isCue(d.toks, c) {
		if d.toks[c].is(cPronoun) {
			c++
		} else {
			c = runForward(d.toks, c, len(d.toks))
		}
	}
	for c < len(d.toks) && d.toks[c].Word && (d.toks[c].is(cBetween) || isAdverb(&d.toks[c])) {
		c++
	}
	if c >= len(d.toks) || !isCue(d.toks, c) {
		return false
	}
	if r != '.' {
		return true
	}
	// After a full stop a new sentence may begin: "...." Kasich said he
	// would have fired him. The cue belongs to the quote only when its
	// sentence ends soon after it ("...." Rasmussen said on Tuesday.).
	for k := c + 1; k < len(d.toks) && k <= c+6; k++ {
		if d.toks[k].isSentenceEnd() || d.toks[k].Para != d.toks[c].Para {
			return true
		}
		if !d.toks[k].Word {
			return false
		}
	}
	return false
}

func (d *doc) cueAttribution(c, lo, hi int) (attribution, bool) {
	a, ok := d.resolve(speakerOf(d.src, d.toks, c, lo, hi), c)
	if !ok {
		return attribution{}, false
	}
	a.cue, a.direct = cueText(d.toks, c), true
	return a, true
}

// fallback gives a quote without its own attribution the speaker of the
// quote it continues, of a quote beside it in the paragraph, or the last
// speaker of the paragraphs just before.
func (d *doc) fallback(q int) attribution {
	para := d.toks[d.qtok[q]].Para
	if d.spans[q].Cont && q > 0 && d.attr[q-1].speaker != "" {
		return d.attr[q-1]
	}
	for r := q - 1; r >= 0 && d.toks[d.qtok[r]].Para == para; r-- {
		if d.attr[r].speaker != "" {
			return d.attr[r]
		}
	}
	for r := q + 1; r < len(d.spans) && d.toks[d.qtok[r]].Para == para; r++ {
		if d.attr[r].direct {
			return d.attr[r]
		}
	}
	// A person who spoke just before is likeliest to go on.
	if a, ok := d.lastEvent(q, true); ok {
		return a
	}
	// An interview: answers in quotes, questions between them. The last
	// quote's speaker goes on answering.
	if d.opensParagraph(q) {
		for r := q - 1; r >= 0 && d.toks[d.qtok[r]].Para >= para-answerGap; r-- {
			if d.attr[r].speaker != "" && d.attr[r].speaker != writer && d.opensParagraph(r) {
				a := d.attr[r]
				a.direct = false
				return a
			}
		}
	}
	a, _ := d.lastEvent(q, false)
	return a
}

// lastEvent returns the last speaker before quote q within two
// paragraphs, a person when personOnly, never the writer. Events are in
// text order: the search starts from the last one before the quote.
func (d *doc) lastEvent(q int, personOnly bool) (attribution, bool) {
	p := d.qtok[q]
	para := d.toks[p].Para
	last := sort.Search(len(d.events), func(i int) bool { return d.events[i].at >= p })
	for i := last - 1; i >= 0 && i >= last-maxLookback; i-- {
		e := d.events[i]
		if e.para < para-2 {
			break
		}
		if e.tok < p && e.speaker != "" && e.speaker != writer && (e.kind == kindPerson || !personOnly) {
			e.direct = false
			return e, true
		}
	}
	return attribution{}, false
}

// answerGap is how many paragraphs of questions may sit between answers.
const answerGap = 4

// opensParagraph reports whether quote q starts its paragraph.
func (d *doc) opensParagraph(q int) bool {
	p := d.qtok[q]
	return p == 0 || d.toks[p-1].Para != d.toks[p].Para
}

// colonName returns the index of the last word of a name that a colon
// sets before the quote at p (Jones: "..."), through Markdown emphasis
// and links ([**Speaker Mike Johnson**](https://...)**:** "..."), or -1.
func colonName(toks []token, p int) int {
	j := skipMarkup(toks, p-1)
	if j < 0 || toks[j].Text != ":" {
		return -1
	}
	j = skipMarkup(toks, j-1)
	if j >= 0 && toks[j].Text == ")" { // a link target, or (R-S.C.)
		for j >= 0 && toks[j].Text != "(" {
			j--
		}
		if j < 1 {
			return -1
		}
		if toks[j-1].Text == "]" {
			j = skipMarkup(toks, j-2)
		} else {
			j--
		}
	}
	if j < 0 || !toks[j].Word || !toks[j].Cap {
		return -1
	}
	return j
}

// skipMarkup steps back over Markdown emphasis marks from toks[j].
func skipMarkup(toks []token, j int) int {
	for j >= 0 && (toks[j].Text == "*" || toks[j].Text == "_") {
		j--
	}
	return j
}
