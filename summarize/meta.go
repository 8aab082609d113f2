package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Metadata sits in the page head, the lines just above the body: the title,
// the byline, the date, the agency. Only what is printed is taken; a field
// with no evidence stays empty.

// headSpan is how many blocks above the body are searched for metadata.
const headSpan = 30

// findMeta fills a's metadata from the page and returns the index of the
// title block (-1 if the title came from elsewhere or was not found).
func (p *page) findMeta(a *Article) int {
	from := max(0, p.first-headSpan)
	titleLine, site := pageTitle(p.input)
	ti := p.findTitle(from, titleLine)
	switch {
	case ti >= 0:
		a.Title = p.blocks[ti].text
	case titleLine != "" && !p.inBody(0):
		a.Title = titleLine
	}
	a.Outlet = p.findOutlet(site, from)
	a.Byline, a.Agency = p.findByline(from)
	a.Published = p.findDate(from)
	return ti
}

// inBody: block i is kept in the body.
func (p *page) inBody(i int) bool { return i >= p.first && i < p.last && p.keep(i) }

var titleSep = regexp.MustCompile(`\s+(?:[|–—-]|::|»)\s+`)

// pageTitle reads the first line of a pasted page, which is often the HTML
// <title>: "Headline - Outlet" or "Headline | Section | Outlet". It returns
// the headline and the site name (empty when there is no separator).
func pageTitle(input string) (string, string) {
	t := strings.TrimSpace(input[:indexOr(input, "\n", len(input))])
	f := measure(t)
	if f.units() < 3 || f.units() > 40 || (f.sentence && !strings.HasSuffix(t, "?")) {
		return "", ""
	}
	seps := titleSep.FindAllStringIndex(t, -1)
	if len(seps) == 0 {
		return t, ""
	}
	last := seps[len(seps)-1]
	site := strings.TrimSpace(t[last[1]:])
	if measure(site).units() > 6 {
		return t, ""
	}
	// The headline is the longest part before the site name
	// ("Opinion | Headline - Site").
	head, from := "", 0
	for _, sp := range seps {
		if part := strings.TrimSpace(t[from:sp[0]]); len(part) > len(head) {
			head = part
		}
		from = sp[1]
	}
	return head, site
}

func indexOr(s, sub string, def int) int {
	if i := strings.Index(s, sub); i >= 0 {
		return i
	}
	return def
}

// findTitle looks above the body for the headline: first a block repeating
// the page's <title> headline, then a markdown heading, then the nearest
// headline-like block.
func (p *page) findTitle(from int, titleLine string) int {
	start := p.first
	if p.short || start < len(p.blocks) && p.blocks[start].lines[0].heading {
		start = min(p.first+1, len(p.blocks))
	}
	if titleLine != "" {
		want := foldText(titleLine)
		for i := start - 1; i > 0; i-- {
			if foldText(p.blocks[i].text) == want {
				return i
			}
		}
	}
	for i := from; i < start; i++ {
		if p.blocks[i].lines[0].heading && p.headlineLike(i) {
			return i
		}
	}
	for i, n := start-1, 0; i >= from && n < 8; i-- {
		if p.metaLine(i) {
			continue
		}
		n++
		if p.headlineLike(i) {
			return i
		}
	}
	return -1
}

// headlineLike: a short line of words that is not furniture, a date, a
// byline or a caption.
func (p *page) headlineLike(i int) bool {
	f, t := p.feats[i], p.blocks[i].text
	if f.caption || f.furniture || markerOf(t, f) != noMarker {
		return false
	}
	if f.units() < 3 && !p.blocks[i].lines[0].heading || f.units() > 30 || f.words > 0 && f.capWords == f.words && f.words < 4 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) {
		return false
	}
	return !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "...")
}

// metaLine: a line of the article head that is not the title (a byline,
// date, agency, credit or section label), skipped when looking for the title.
func (p *page) metaLine(i int) bool {
	t := p.blocks[i].text
	f := p.feats[i]
	if f.caption || dateIn(t) != "" || bylineRe.MatchString(t) || agencyLine(t) != "" {
		return true
	}
	return f.units() <= 2
}

// foldText lower-cases and keeps letters and digits, for comparing titles.
func foldText(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isSpace(r) && !isPunct(r) && !strings.ContainsRune("“”‘’–—…«»•·", r)
}
