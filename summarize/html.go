package summarize

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML input goes to a maintained extractor (see html_extract.go), which sees
// the DOM: link density, element classes, structure. Its article node is
// walked here into paragraphs.

// looksHTML: the input is an HTML page or fragment rather than text.
func looksHTML(s string) bool {
	head := s[:min(len(s), 4096)]
	// A fragment: paragraphs in tags. A few <br> or <span> in markdown do
	// not make it HTML. Tags are compared case-insensitively in place.
	n := 0
	for i := strings.IndexByte(head, '<'); i >= 0; i = cleanNextByte(head, '<', i+1) {
		if cleanCueRestAt(head, i+1, "!doctype html") || cleanCueRestAt(head, i+1, "html") {
			return true
		}
		for _, t := range [...]string{"p>", "p ", "/p>", "div"} {
			if cleanCueRestAt(head, i+1, t) {
				n++
			}
		}
	}
	return n >= 3
}

// cleanNextByte: the index of c in s at or after from, or -1.
func cleanNextByte(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// cleanHTML extracts the article from HTML; ok is false when the extractor
// finds nothing (the caller then cleans the input as text).
func cleanHTML(input string) (Article, bool) {
	x, ok := extractHTML(input)
	if !ok {
		return Article{}, false
	}
	a := Article{Title: x.title, Outlet: x.site, Byline: x.byline, Published: x.published}
	if head, site := splitTitle(a.Title); site != "" {
		a.Title = head // "Headline - Site" from <title>
		a.Outlet = first(a.Outlet, site)
	}
	bb := &bodyBuilder{input: input}
	m := &mapper{input: input}
	for i, para := range paragraphs(x.node) {
		if i == 0 && a.Title != "" && foldText(para.text()) == foldText(a.Title) {
			continue
		}
		if f := measure(para.text()); f.furniture || menuLike(f) {
			continue // a share line, footer or menu the extractor kept
		}
		if bb.b.Len() == 0 {
			para = takeHTMLDateline(&a, para)
		}
		m.paragraph(bb, para)
	}
	bb.article(&a)
	if a.Body == "" {
		return Article{}, false
	}
	return a, true
}

// extracted is what an HTML extractor returns.
type extracted struct {
	node                           *html.Node
	title, site, byline, published string
}

// htmlPara is one paragraph of extracted HTML: its text nodes in order.
type htmlPara []string

func (p htmlPara) text() string { return strings.Join(strings.Fields(strings.Join(p, " ")), " ") }

// paragraphs walks the article node: each block element with text (p, h2,
// li, blockquote, ...) is a paragraph; inline elements and <br> stay inside.
func paragraphs(n *html.Node) []htmlPara {
	var out []htmlPara
	var cur htmlPara
	flush := func() {
		if len(strings.TrimSpace(strings.Join(cur, ""))) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur = append(cur, n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Figure, atom.Figcaption, atom.Img:
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li,
		atom.Blockquote, atom.Pre, atom.Tr, atom.Table, atom.Ul, atom.Ol, atom.Section,
		atom.Article, atom.Header, atom.Footer, atom.Dd, atom.Dt, atom.Hr, atom.Main:
		return true
	}
	return false
}

// takeHTMLDateline moves a leading dateline into the article's metadata.
func takeHTMLDateline(a *Article, p htmlPara) htmlPara {
	for i, t := range p {
		s := strings.TrimLeft(t, " \t\n\u00a0")
		if s == "" {
			continue
		}
		if d := placeNode(s); d.place != "" && i+1 < len(p) {
			// The place in an element of its own: <span>PAJU, South Korea</span> North Korea said...
			d.fill(a)
			return append(append(htmlPara{}, p[:i]...), p[i+1:]...)
		}
		d := dateline(s)
		n := d.n
		if n == 0 || n >= len(s) {
			return p
		}
		d.fill(a)
		out := append(htmlPara{}, p...)
		out[i] = s[n:]
		return out
	}
	return p
}

// Search windows: how far ahead of the last mapped text a text node, or a
// single word, is looked for; they keep pages whose text cannot be found
// linear.
const (
	nodeWindow = 1 << 12
	wordWindow = 1 << 10
)

// mapper finds extracted text in the HTML source, moving forward.
type mapper struct {
	input  string
	cursor int
}

// find looks for s within window bytes after the cursor and moves past it.
func (m *mapper) find(s string, window int) int {
	end := min(len(m.input), m.cursor+window+len(s))
	i := strings.Index(m.input[m.cursor:end], s)
	if i < 0 {
		return -1
	}
	at := m.cursor + i
	m.cursor = at + len(s)
	return at
}

// paragraph writes one paragraph, whitespace folded. A text node found in
// the source as it is maps byte for byte; otherwise each word is looked for on its own. A word that cannot be
// found (it held another entity, such as &rsquo;) is written unmapped, so its
// offsets map to the end of the previous mapped word.
func (m *mapper) paragraph(bb *bodyBuilder, p htmlPara) {
	if bb.b.Len() > 0 {
		bb.b.WriteString("\n\n")
	}
	prevEnd, wrote, pendingSpace := -1, false, false
	for _, t := range p {
		if strings.TrimSpace(t) == "" {
			pendingSpace = pendingSpace || t != ""
			continue
		}
		at := m.find(t, nodeWindow)
		lead := t != strings.TrimLeft(t, " \t\n\r\u00a0")
		for j, w := range wordSpans(t) {
			word := t[w.start:w.end]
			src := -1
			if at >= 0 {
				src = at + w.start
			} else {
				src = m.find(word, wordWindow)
			}
			if wrote && (j > 0 || lead || pendingSpace) {
				if src >= 0 && prevEnd >= 0 {
					bb.space(prevEnd, src)
				} else {
					bb.b.WriteByte(' ')
				}
			}
			if src >= 0 {
				bb.copy(seg{src, src + len(word)})
				prevEnd = src + len(word)
			} else {
				bb.b.WriteString(word)
				prevEnd = -1
			}
			wrote = true
		}
		pendingSpace = t != strings.TrimRight(t, " \t\n\r\u00a0")
	}
}

// wordSpans: the runs of non-space bytes of t.
func wordSpans(t string) []seg {
	var out []seg
	start := -1
	for i, r := range t {
		if isSpace(r) {
			if start >= 0 {
				out = append(out, seg{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, seg{start, len(t)})
	}
	return out
}

// placeNode: a text node that is only a dateline place ("PAJU, South Korea").
func placeNode(s string) datelineInfo {
	s = strings.TrimSpace(s)
	d := dateline(s + " - x")
	if d.n == len(s)+3 && d.place == s {
		return d
	}
	return datelineInfo{}
}

// menuLike: a run of capitalised words with no punctuation, as navigation
// menus flatten to ("Home News Sports Business Real Estate").
func menuLike(f blockFeatures) bool {
	return f.words >= 12 && f.punct == 0 && !f.sentence && f.capWords*10 >= f.words*8
}
