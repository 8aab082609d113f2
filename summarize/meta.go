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
	ti := p.findTitle(from, titleLine, site)
	if site == "" {
		// The <title> line may sit elsewhere in the copy: a line
		// "Headline - Site" whose headline is printed above the body.
		if i, s := p.titledHeadline(from); i >= 0 {
			ti, site = i, s
		}
	}
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

// titledHeadline finds a headline-like block above the body that another
// line of the page repeats with a site name, and returns it and the site.
func (p *page) titledHeadline(from int) (int, string) {
	titled := map[string]string{}
	for i, b := range p.blocks {
		if p.feats[i].units() > 40 || !cleanHasTitleSep(b.text) {
			continue
		}
		if head, site := splitTitle(b.text); site != "" {
			titled[foldText(head)] = site
		}
	}
	if len(titled) == 0 {
		return -1, ""
	}
	for i := p.first - 1; i >= from; i-- {
		if site, ok := titled[foldText(p.blocks[i].text)]; ok && p.headlineLike(i) {
			return i, site
		}
	}
	return -1, ""
}

// inBody: block i is kept in the body.
func (p *page) inBody(i int) bool { return i >= p.first && i < p.last && p.keep(i) }

// timeOnly: a line that is a time of day, as transcripts print it.
var timeOnly = regexp.MustCompile(`(?i)^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}$`)

// roleWords mark a byline's second line ("International editor", "Reporting
// from Kyiv").
var roleWords = []string{"editor", "correspondent", "reporter", "reporting from", "staff writer", "columnist", "contributor"}

// danglingWords cannot end an English headline: a line ending in one was
// broken mid-phrase.
var danglingWords = wordSet("the a an of to from for with and or in on at by as that")

// postedLine: "Posted on ...", "Updated ...": date lines in any date format.
var postedLine = regexp.MustCompile(`(?i)^(?:posted|published|updated|last updated|modified)\b`)

// cleanHasTitleSep is titleSep.MatchString(t) without the regexp engine: it
// runs on every short block of a page.
func cleanHasTitleSep(t string) bool {
	for _, sep := range cleanTitleSeps {
		// Each place the separator's first byte occurs (a fast search).
		for from := 1; from < len(t); {
			i := strings.IndexByte(t[from:], sep[0])
			if i < 0 {
				break
			}
			i += from
			if cleanTitleSpace(t[i-1]) && strings.HasPrefix(t[i:], sep) && i+len(sep) < len(t) && cleanTitleSpace(t[i+len(sep)]) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

var cleanTitleSeps = [...]string{"|", "–", "—", "-", "::", "»"}

// cleanNextTitleSep finds the next match of titleSep in t[at:] as the
// regexp finds them one after another (FindAllStringIndex): a run of
// spaces, a separator, a run of spaces, each run taken whole. It returns
// the match's bounds, or -1, -1.
func cleanNextTitleSep(t string, at int) (int, int) {
	for i := at; i < len(t); {
		if !cleanTitleSpace(t[i]) {
			i++
			continue
		}
		a := i
		for i < len(t) && cleanTitleSpace(t[i]) {
			i++
		}
		j := i + cleanTitleSepAt(t[i:])
		if j == i || j >= len(t) || !cleanTitleSpace(t[j]) {
			continue
		}
		for j < len(t) && cleanTitleSpace(t[j]) {
			j++
		}
		return a, j
	}
	return -1, -1
}

// cleanTitleSepAt: the length of the separator t starts with, or 0.
func cleanTitleSepAt(t string) int {
	for _, sep := range cleanTitleSeps {
		if strings.HasPrefix(t, sep) {
			return len(sep)
		}
	}
	return 0
}

// cleanTitleSpace: \s in a Go regexp.
func cleanTitleSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// pageTitle reads the page's <title> line, which html-text puts first (some
// copies carry it last): "Headline - Outlet" or "Headline | Section |
// Outlet". It returns the headline and the site name. A first line with no
// site name counts as a headline only when a blank line follows it, as in
// "Title\n\nBody" notes.
func pageTitle(input string) (string, string) {
	firstLine := input[:indexOr(input, "\n", len(input))]
	if head, site := splitTitle(firstLine); site != "" {
		return head, site
	}
	trimmed := strings.TrimRight(input, " \n\t")
	if head, site := splitTitle(trimmed[strings.LastIndexByte(trimmed, '\n')+1:]); site != "" {
		return head, site
	}
	t := strings.TrimSpace(firstLine)
	f := measure(t)
	if f.units() < 3 || f.units() > 30 || f.sentence && !strings.HasSuffix(t, "?") || f.furniture || cleanIsTimeOnly(t) ||
		!strings.HasPrefix(strings.TrimLeft(input[len(firstLine):], " \t"), "\n\n") {
		return "", ""
	}
	return t, ""
}

// splitTitle splits "Headline - Site" (or with | – — :: »); site is empty
// when no part after the first is a name. The headline is the longest part
// ("Opinion | Headline - Site").
func splitTitle(t string) (head, site string) {
	t = strings.TrimSpace(t)
	if u := cleanUnits(t, 40); u < 3 || u > 40 {
		return "", ""
	}
	if !cleanHasTitleSep(t) {
		return t, ""
	}
	var parts []string
	from := 0
	for at := 0; ; {
		a, b := cleanNextTitleSep(t, at)
		if a < 0 {
			break
		}
		parts = append(parts, strings.TrimSpace(t[from:a]))
		from, at = b, b
	}
	parts = append(parts, strings.TrimSpace(t[from:]))
	for i := len(parts) - 1; i > 0 && site == ""; i-- {
		if nameLike(parts[i]) {
			site = parts[i]
		}
	}
	if site == "" {
		return t, ""
	}
	for _, p := range parts {
		if len(p) > len(head) && p != site {
			head = p
		}
	}
	return head, site
}

// nameLike: a short name such as "The Wall Street Journal", "BBC News",
// "OilPrice.com": every word capitalised but for joining words.
func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '#' && !joinWords[w] {
			return false
		}
	}
	return true
}

var joinWords = map[string]bool{"of": true, "the": true, "and": true, "&": true, "for": true, "on": true, "de": true, "la": true, "le": true, "du": true}

func indexOr(s, sub string, def int) int {
	if i := strings.Index(s, sub); i >= 0 {
		return i
	}
	return def
}

// findTitle looks above the body for the headline: first a block repeating
// the page's <title> headline, then a markdown heading, then the nearest
// headline-like block.
func (p *page) findTitle(from int, titleLine, site string) int {
	start := p.first
	if p.short || start < len(p.blocks) && p.blocks[start].lines[0].heading {
		start = min(p.first+1, len(p.blocks))
	}
	if titleLine != "" {
		want := foldText(titleLine)
		for i := start - 1; i > 0; i-- {
			if cleanFoldEqual(p.blocks[i].text, want) {
				return i
			}
		}
		if site != "" {
			// The on-page headline often rewords the <title> one: take a
			// headline above the body that shares its words, else none
			// (the <title> headline itself beats a guess).
			for i, n := start-1, 0; i >= from && n < 8; i-- {
				if p.metaLine(i) {
					continue
				}
				n++
				if p.headlineLike(i) && overlap(p.blocks[i].text, titleLine) >= 0.4 {
					return i
				}
			}
			return -1
		}
	}
	for i := from; i < start; i++ {
		if p.blocks[i].lines[0].heading && p.headlineLike(i) {
			return i
		}
	}
	// The first line of a copied page is usually its <title>: a headline
	// above the body with mostly its words is the title.
	if len(p.blocks) > 0 && p.feats[0].units() <= 40 {
		for i := start - 1; i > 0 && i >= from; i-- {
			if p.headlineLike(i) && overlap(p.blocks[i].text, p.blocks[0].text) >= 0.6 {
				return i
			}
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
	if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) || strings.HasSuffix(t, ":") || cleanIsTimeOnly(t) {
		return false
	}
	if w := strings.Fields(t); len(w) > 0 && danglingWords[strings.ToLower(w[len(w)-1])] {
		return false // "Key Takeaways from the": a line broken mid-phrase
	}
	return !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "...")
}

// metaLine: a line of the article head that is not the title (a byline,
// date, agency, credit or section label), skipped when looking for the title.
func (p *page) metaLine(i int) bool {
	t := p.blocks[i].text
	f := p.feats[i]
	if f.caption || f.units() <= 10 && dateIn(t) != "" || cleanMayStart(t, "pumlPUML") && postedLine.MatchString(t) || cleanIsByline(t) || agencyLine(t) != "" || cleanIsTimeOnly(t) ||
		f.units() <= 8 && cleanCues(t, cleanCueRole) != 0 {
		return true
	}
	return f.units() <= 2
}

// foldText lower-cases and keeps letters and digits, for comparing titles.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	if cleanIsASCII(s) {
		for i := 0; i < len(s); i++ {
			if c := s[i] | cleanLowerBit[s[i]]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				b.WriteByte(c)
			}
		}
		return b.String()
	}
	for _, r := range strings.ToLower(s) {
		if isWordRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanFoldEqual reports foldText(s) == key without building foldText(s): the
// cleaner compares every body block with the title.
func cleanFoldEqual(s, key string) bool {
	k := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if !isWordRune(r) {
			continue
		}
		if r < utf8.RuneSelf {
			if k >= len(key) || key[k] != byte(r) {
				return false
			}
			k++
			continue
		}
		kr, n := utf8.DecodeRuneInString(key[k:])
		if kr != r || n != utf8.RuneLen(r) {
			return false
		}
		k += n
	}
	return k == len(key)
}

func cleanIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isSpace(r) && !isPunct(r) && !strings.ContainsRune("“”‘’–—…«»•·", r)
}

// overlap: the share of the shorter text's content words found in the other.
func overlap(a, b string) float64 {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range wb {
		in[w] = true
	}
	n := 0
	for _, w := range wa {
		if in[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}
