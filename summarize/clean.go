package summarize

import "strings"

// Clean finds the article in pasted page text (or HTML, or markdown): its
// metadata and its body without page furniture. Body bytes map back to the
// input through Pieces. Whatever is not found stays empty.
func Clean(input string) Article {
	if looksHTML(input) {
		if a, ok := cleanHTML(input); ok {
			return a
		}
		a := cleanText(input)
		a.Warnings = append(a.Warnings, "input looks like HTML but no article was found in it; cleaned as text")
		return a
	}
	return cleanText(input)
}

// page is the input cut into blocks, with each block's class.
type page struct {
	input   string
	blocks  []block
	feats   []blockFeatures
	classes []class
	// body: the run of blocks holding the article, [first, last).
	first, last int
	// short: no run of prose was found (a note of a few lines): every block
	// but furniture is kept.
	short bool
}

func analyse(input string) *page {
	lines := splitLines(input)
	for i := range lines {
		parseLine(input, &lines[i])
	}
	markSetext(input, lines)
	p := &page{input: input, blocks: buildBlocks(input, lines, wrapWidth(lines))}
	ws := make([]float64, len(p.blocks))
	p.feats = make([]blockFeatures, 0, len(p.blocks))
	p.classes = make([]class, 0, len(p.blocks))
	for i, b := range p.blocks {
		f := measure(b.text)
		c := classifyBlock(f)
		p.feats = append(p.feats, f)
		p.classes = append(p.classes, c)
		ws[i] = weight(c, f)
	}
	p.markCaptions(ws)
	p.first, p.last = p.bodyRun(ws)
	if p.first == p.last {
		p.first, p.last = 0, len(p.blocks)
		p.short = true
	}
	p.trimTail()
	// A lede paragraph right above the run (one short or unpunctuated
	// sentence, as wire and BBC copy open) belongs to the article.
	if p.first > 0 && p.opening(p.first-1) {
		p.first--
	}
	p.startAtDateline()
	// The run stops at its last prose block; short sentences right after it
	// ("Authorities say the cases are unrelated.") still close the article.
	for p.last < len(p.blocks) && p.closing(p.last) {
		p.last++
	}
	return p
}

// bodyRun finds the body: the maximum-weight run of blocks, split at section
// headings and ended by the first comments heading that follows enough prose.
func (p *page) bodyRun(ws []float64) (int, int) {
	var comments []int
	for i, b := range p.blocks {
		switch markerOf(b.text, p.feats[i]) {
		case sectionMarker:
			ws[i] = -15 // mild: "Read more" boxes also sit inside articles
		case commentsMarker:
			ws[i] = -30
			comments = append(comments, i)
		}
	}
	i, j := bestRun(ws)
	total := runWeight(ws, i, j)
	for _, m := range comments {
		if m <= i {
			continue
		}
		ci, cj := bestRun(ws[:m])
		if w := runWeight(ws, ci, cj); w >= 80 && w >= total/4 {
			return ci, cj
		}
		break
	}
	return i, j
}

func runWeight(ws []float64, i, j int) float64 {
	s := 0.0
	for _, w := range ws[i:j] {
		s += w
	}
	return s
}

func cleanText(input string) Article {
	p := analyse(input)
	var a Article
	title := p.findMeta(&a)
	titleKey := foldText(a.Title)
	bb := &bodyBuilder{input: input}
	bb.grow(p.blocks[p.first:p.last])
	for i := p.first; i < p.last; i++ {
		if i == title || !p.keep(i) || titleKey != "" && cleanFoldEqual(p.blocks[i].text, titleKey) {
			continue // the headline, printed again, is not body text
		}
		lines := p.blocks[i].lines
		if bb.b.Len() == 0 {
			lines = p.takeDateline(&a, lines)
		}
		bb.paragraph(lines)
	}
	bb.article(&a)
	return a
}

// takeDateline moves a dateline ("BRUSSELS - ") from the start of the first
// paragraph into a.Dateline (and its agency into a.Agency) and returns the
// paragraph's lines without it.
func (p *page) takeDateline(a *Article, lines []pageLine) []pageLine {
	ln := lines[0]
	d := dateline(ln.text)
	n := d.n
	if n == 0 || n >= len(ln.text) {
		return lines
	}
	d.fill(a)
	ln.segs = dropPrefix(ln.segs, n)
	ln.text = ln.text[n:]
	out := append([]pageLine{ln}, lines[1:]...)
	return out
}

// dropPrefix removes the first n bytes of the stretches.
func dropPrefix(segs []seg, n int) []seg {
	var out []seg
	for _, s := range segs {
		l := s.end - s.start
		if n >= l {
			n -= l
			continue
		}
		out = append(out, seg{s.start + n, s.end})
		n = 0
	}
	return out
}

// keep tells whether a block inside the body run belongs to the article.
func (p *page) keep(i int) bool {
	switch p.classes[i] {
	case classGood, classNear:
		return true
	case classBad:
		return false
	}
	f := p.feats[i]
	if p.short || embedCredit(p.blocks[i].text) {
		return true
	}
	return f.sentence && f.stops > 0 || p.subheading(i)
}

// subheading: a short line, or a short list, between two prose paragraphs
// of the body, as jusText keeps short blocks between good ones. A section
// heading or furniture in the stretch disqualifies it (a related-links box).
func (p *page) subheading(i int) bool {
	prose := func(j int) bool { return p.classes[j] == classGood || p.classes[j] == classNear }
	a, b := i, i
	for a > p.first && !prose(a-1) && i-a < maxInset {
		a--
	}
	for b+1 < p.last && !prose(b+1) && b-i < maxInset {
		b++
	}
	if a <= p.first || b+1 >= p.last || !prose(a-1) || !prose(b+1) {
		return false
	}
	for j := a; j <= b; j++ {
		if p.classes[j] == classBad || p.feats[j].units() > 15 || markerOf(p.blocks[j].text, p.feats[j]) != noMarker {
			return false
		}
	}
	return true
}

// maxInset: the most short blocks a list or heading between paragraphs has.
const maxInset = 6

// markSetext turns "Title\n=====" into a heading line (the underline itself
// parses to nothing).
func markSetext(input string, lines []pageLine) {
	for i := 1; i < len(lines); i++ {
		t := input[lines[i].start:lines[i].end]
		if len(t) >= 3 && (t[0] == '=' || t[0] == '-') && isRule(t) && len(lines[i-1].segs) > 0 {
			lines[i-1].heading = true
		}
	}
}

// embedCredit: the signature line of an embedded post, part of the article
// as quoted: "— Jane Doe (@janedoe) November 18, 2019".
func embedCredit(t string) bool {
	return (strings.HasPrefix(t, "—") || strings.HasPrefix(t, "- ")) && strings.Contains(t, "(@")
}

// markCaptions: a line printed right above a photo credit ("Sakib
// Ali/Hindustan Times/Getty Images") is the photo's caption.
func (p *page) markCaptions(ws []float64) {
	for i := 1; i < len(p.blocks); i++ {
		if p.blocks[i].gapBefore == 0 && p.feats[i-1].units() < 60 && creditLine(p.blocks[i].text, p.feats[i]) {
			p.classes[i-1] = classBad
			ws[i-1] = weight(classBad, p.feats[i-1])
		}
	}
}

// closing: block i can end the article: a short sentence or an embedded
// post's signature, not furniture.
func (p *page) closing(i int) bool {
	if embedCredit(p.blocks[i].text) {
		return true
	}
	f := p.feats[i]
	return p.classes[i] == classShort && f.sentence && f.stops > 0 && f.stopShare() >= 0.2 &&
		markerOf(p.blocks[i].text, f) == noMarker
}

// opening: block i, just above the body run, can open the article: a prose
// sentence of some length, not furniture, a heading or a marker.
func (p *page) opening(i int) bool {
	f := p.feats[i]
	b := p.blocks[i]
	return p.classes[i] != classBad && f.units() >= minLedeWords && f.stops >= 2 && f.stopShare() >= 0.1 &&
		markerOf(b.text, f) == noMarker && !(len(b.lines) > 0 && b.lines[0].heading) && !cleanIsByline(b.text)
}

// minLedeWords: shorter blocks above the body are taglines and kickers.
const minLedeWords = 8

// startAtDateline: a dateline ("DUBAI, United Arab Emirates — ") opens the
// article, and a byline closes the head, so prose just above either in the
// run (a summary box, a standfirst, a caption) is the page head.
func (p *page) startAtDateline() {
	for i := p.first + 1; i < p.last && i <= p.first+6; i++ {
		if d := dateline(p.blocks[i].text); d.n > 0 && d.place != "" {
			p.first = i
			return
		}
		if cleanIsByline(p.blocks[i].text) && i+1 < p.last {
			p.first = i + 1 // "By Jane Doe" ends the head: the standfirst is above it
		}
	}
}
