package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Who published the article: outlet, wire agency, byline, date, dateline.

// agencies maps the ways wire agencies are printed to one name each.
var agencies = map[string]string{
	"xinhua": "Xinhua", "reuters": "Reuters", "ap": "AP", "associated press": "AP",
	"the associated press": "AP", "afp": "AFP", "agence france-presse": "AFP",
	"agence france presse": "AFP", "upi": "UPI", "dpa": "dpa", "ani": "ANI", "pti": "PTI",
	"ians": "IANS", "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap",
	"tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax", "anadolu": "Anadolu",
	"anadolu agency": "Anadolu", "efe": "EFE", "ansa": "ANSA", "ukrinform": "Ukrinform",
	"bloomberg": "Bloomberg", "kcna": "KCNA", "irna": "IRNA", "bernama": "Bernama",
	"antara": "Antara", "pa": "PA", "press association": "PA", "cna": "CNA",
	"xinhua news agency": "Xinhua", "aap": "AAP", "cp": "The Canadian Press",
	"the canadian press": "The Canadian Press", "sputnik": "Sputnik",
}

func agencyName(s string) string {
	return agencies[strings.ToLower(strings.Trim(strings.TrimSpace(s), ".:"))]
}

var (
	// "( Xinhua)", "(Reuters) -", "Source: Xinhua", "— AP", "By Reuters".
	parenAgency = regexp.MustCompile(`^\(\s*([^()]{2,30}?)\s*\)\s*[-–—:]?$`)
	labelAgency = regexp.MustCompile(`(?i)^(?:source|by|from|via|agency)\s*[:|]?\s*([A-Za-z .\-]{2,30}?)\.?$`)
	tailAgency  = regexp.MustCompile(`^[-–—]\s*([A-Za-z .\-]{2,30}?)\.?$`)
	bylineRe    = regexp.MustCompile(`^(?i:by|written by|author:|words by)\s+([\p{Lu}][\p{L}.'’\-]*(?:[\s,]+(?:and\s+|&\s+)?[\p{Lu}][\p{L}.'’\-]*){0,7})\s*(?:[,|/–—-]\s*(.{2,40}))?$`)
	datelineRe  = regexp.MustCompile(`^((?:\p{Lu}[\p{Lu}.'’\-]+)(?:\s+\p{Lu}[\p{Lu}.'’\-]+){0,3}(?:,\s+\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,2})??)(?:,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\(([^()]{2,30})\)\s*)?(?:[-–—]{1,2}\s*(\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})\s*)?([-–—]{1,2}|:)?[\s\x{a0}]+`)
	agencyOnly  = regexp.MustCompile(`^\(([^()]{2,30})\)[\s\x{a0}]*[-–—]{1,2}[\s\x{a0}]+`)
)

// agencyLine: the agency a line names, if the line is only that.
func agencyLine(t string) string {
	if t == "" {
		return ""
	}
	// Each regexp only where its first bytes can be.
	var res [3]*regexp.Regexp
	if t[0] == '(' {
		res[0] = parenAgency
	}
	if t[0] >= utf8.RuneSelf || cleanPrefixFold(t, "source") || cleanPrefixFold(t, "by") ||
		cleanPrefixFold(t, "from") || cleanPrefixFold(t, "via") || cleanPrefixFold(t, "agency") {
		res[1] = labelAgency
	}
	if t[0] == '-' || t[0] >= utf8.RuneSelf {
		res[2] = tailAgency
	}
	for _, re := range res {
		if re == nil {
			continue
		}
		if m := re.FindStringSubmatch(t); m != nil {
			if a := agencyName(m[1]); a != "" {
				return a
			}
		}
	}
	return ""
}

// findByline looks above the body for "By Name" (or "By" then a name line)
// and for an agency line; a byline naming an agency gives it too.
func (p *page) findByline(from int) (byline, agency string) {
	for i := from; i < p.first; i++ {
		t := p.blocks[i].text
		if a := agencyLine(t); a != "" && agency == "" {
			agency = a
			continue
		}
		if byline != "" {
			continue
		}
		if strings.EqualFold(t, "by") && i+1 < len(p.blocks) {
			t = "By " + p.blocks[i+1].text
		}
		if !cleanMayByline(t) {
			continue
		}
		if m := bylineRe.FindStringSubmatch(t); m != nil {
			byline = strings.TrimRight(m[1], " ,")
			if a := agencyName(m[2]); a != "" && agency == "" {
				agency = a
			}
			if a := agencyName(byline); a != "" {
				byline, agency = "", a
			}
		}
	}
	if agency == "" && p.first < p.last {
		agency = p.tailAgency()
	}
	return byline, agency
}

// tailAgency: an agency credited at the end of the body ("— AP", "(AFP)").
func (p *page) tailAgency() string {
	for i := p.last - 1; i >= p.first && i >= p.last-2; i-- {
		t := p.blocks[i].text
		if a := agencyLine(t); a != "" {
			return a
		}
		// An opening mark in the last 29 bytes (the tail alone is searched:
		// paragraphs are long).
		from := max(0, len(t)-29)
		if j := strings.LastIndexAny(t[from:], "(—–"); j >= 0 {
			if a := agencyLine(strings.TrimSpace(t[from+j:])); a != "" {
				return a
			}
		}
	}
	return ""
}

// dateline finds "BRUSSELS - ", "WASHINGTON (Reuters) - ",
// "SOUTH CHINA SEA (July 13, 2022) " or "REDSTONE ARSENAL, Ala. — April 10,
// 2026 — " at the start of the body's first paragraph: the place, the agency
// and date if given, and the length of the prefix to leave out of the body.
func dateline(t string) (d datelineInfo) {
	if cleanMayStart(t, "(") {
		if m := agencyOnly.FindStringSubmatchIndex(t); m != nil {
			if a := agencyName(t[m[2]:m[3]]); a != "" {
				return datelineInfo{agency: a, n: m[1]}
			}
		}
	}
	if !cleanMayDateline(t) {
		return datelineInfo{}
	}
	m := datelineRe.FindStringSubmatchIndex(t)
	if m == nil {
		return datelineInfo{}
	}
	place := t[m[2]:m[3]]
	if len(strings.TrimFunc(place, func(r rune) bool { return r < 'A' || r > 'Z' })) < 2 {
		return datelineInfo{}
	}
	d = datelineInfo{place: place, n: m[1]}
	if m[4] >= 0 {
		paren := t[m[4]:m[5]]
		d.agency, d.date = agencyName(paren), dateIn(paren)
		if d.agency == "" && d.date == "" {
			return datelineInfo{}
		}
	}
	if m[6] >= 0 {
		d.date = dateIn(t[m[6]:m[7]])
		if d.date == "" {
			return datelineInfo{}
		}
	}
	if m[8] < 0 && d.date == "" {
		return datelineInfo{} // "NATO defense..." is no dateline
	}
	return d
}

// datelineInfo is what a dateline gives; n is its length.
type datelineInfo struct {
	place, agency, date string
	n                   int
}

// fill puts the dateline's facts into a; a date found above the body wins.
func (d datelineInfo) fill(a *Article) {
	if d.place != "" {
		a.Dateline = d.place
	}
	if d.agency != "" {
		a.Agency = d.agency
	}
	if a.Published == "" {
		a.Published = d.date
	}
}

var (
	siteSuffix = regexp.MustCompile(`^(.{2,40}?)\s+(?:Website|Online|\.com|News Online)$`)
	copyright  = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?,?\s*(.{2,60})`)
	corpTail   = regexp.MustCompile(`(?i)[,.]?\s*(?:all rights reserved.*|inc\.?|company|corporation|corp\.?|llc|ltd\.?|limited|plc|group|co\.|media services.*|\d{4})$`)
)

// findOutlet: the site name from the page title, a site-name line above the
// body ("China Daily Website"), or a copyright line.
func (p *page) findOutlet(site string, from int) string {
	if site != "" {
		return site
	}
	for i := from; i < p.first; i++ {
		t := p.blocks[i].text
		if p.feats[i].units() > 6 || !strings.HasSuffix(t, "Website") && !strings.HasSuffix(t, "Online") && !strings.HasSuffix(t, ".com") {
			continue // the suffixes siteSuffix needs
		}
		if m := siteSuffix.FindStringSubmatch(t); m != nil {
			return m[1]
		}
	}
	for i := len(p.blocks) - 1; i >= p.last && i >= len(p.blocks)-40; i-- {
		if p.feats[i].units() > 15 {
			continue
		}
		if t := p.blocks[i].text; !cleanMayCopyright(t) {
			continue // the unanchored regexp would read the whole block to fail
		}
		if m := copyright.FindStringSubmatch(p.blocks[i].text); m != nil {
			if o := cleanCorp(m[1]); o != "" && nameLike(o) {
				return o
			}
		}
	}
	return ""
}

func cleanCorp(s string) string {
	for {
		t := strings.TrimSpace(corpTail.ReplaceAllString(s, ""))
		if t == s {
			break
		}
		s = t
	}
	s = strings.Trim(s, " .,")
	if len(s) < 2 || cleanUnits(s, 6) > 6 {
		return ""
	}
	return s
}

var dateLabel = regexp.MustCompile(`(?i)\b(published|posted|updated|last updated|date|on)\b`)

// findDate: a labelled date above the body ("Published ...", also a label on
// its own line before the date), else the date nearest above the body, else
// a labelled date just after it.
func (p *page) findDate(from int) string {
	var nearest, published, updated string
	var all []string
	for i := from; i < p.first; i++ {
		t := p.blocks[i].text
		if p.feats[i].units() > 25 {
			continue
		}
		d := dateIn(t)
		label := t
		if d == "" || i > 0 && p.feats[i-1].units() <= 3 && dateLabel.MatchString(p.blocks[i-1].text) {
			if i > 0 && d != "" {
				label = p.blocks[i-1].text + " " + t
			}
		}
		if d == "" {
			continue
		}
		all = append(all, d)
		low := strings.ToLower(label)
		switch {
		case strings.Contains(low, "updated") || strings.Contains(low, "modified"):
			updated = first(updated, d)
			continue
		case dateLabel.MatchString(low):
			published = first(published, d)
		}
		nearest = d
	}
	if d := first(published, first(nearest, updated)); d != "" {
		// The same day printed again with its time ("February 26, 2026" and
		// "February 26, 2026 at 4:55 p.m. EST") gives the time.
		for _, x := range all {
			if strings.HasPrefix(x, d+"T") {
				return x
			}
		}
		return d
	}
	for i := p.last; i < len(p.blocks) && i < p.last+3; i++ {
		if t := p.blocks[i].text; p.feats[i].units() <= 12 && dateLabel.MatchString(t) {
			if d := dateIn(t); d != "" {
				return d
			}
		}
	}
	return ""
}

func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// The cleaner runs anchored regexps on every block near the article head,
// most of them paragraphs that fail at the first byte; the backtracker still
// sets up state in the length of the text. These tests of the first bytes
// each regexp needs come first.

// cleanMayStart: t starts with a byte of set or a non-ASCII byte.
func cleanMayStart(t, set string) bool {
	return t != "" && (t[0] >= utf8.RuneSelf || strings.IndexByte(set, t[0]) >= 0)
}

// cleanMayByline: t starts with a byline's label, but for case (in "word"
// the regexp's (?i) also takes a long s).
func cleanMayByline(t string) bool {
	return cleanPrefixFold(t, "by") || cleanPrefixFold(t, "written by") || cleanPrefixFold(t, "author:") || cleanPrefixFold(t, "word")
}

// cleanPrefixFold: t starts with the lower-case ASCII prefix, but for case.
func cleanPrefixFold(t, prefix string) bool {
	return len(t) >= len(prefix) && cleanASCIIFold(prefix, t[:len(prefix)])
}

func cleanIsByline(t string) bool { return cleanMayByline(t) && bylineRe.MatchString(t) }

func cleanIsTimeOnly(t string) bool { return cleanMayStart(t, "0123456789") && timeOnly.MatchString(t) }

// cleanMayDateline: the first two runes datelineRe needs, an upper-case letter and
// another or a mark.
func cleanMayDateline(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return false
	}
	r, _ = utf8.DecodeRuneInString(t[n:])
	return unicode.IsUpper(r) || strings.ContainsRune(".'’-", r)
}

// cleanMayCopyright: t holds what the copyright regexp starts with: ©,
// "(c)" or "copyright" in any case (no letter of either folds to a sign
// outside ASCII).
func cleanMayCopyright(t string) bool {
	if strings.Contains(t, "©") {
		return true
	}
	for i := 0; i < len(t); i++ {
		if t[i]|0x20 != 'c' {
			continue
		}
		if i > 0 && t[i-1] == '(' && i+1 < len(t) && t[i+1] == ')' ||
			len(t)-i >= len("copyright") && cleanASCIIFold("copyright", t[i:i+len("copyright")]) {
			return true
		}
	}
	return false
}
