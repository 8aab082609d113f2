package summarize

import (
	"strings"

	"brief/internal/ascii"
)

// HTML fragments in pasted pages ("...unacceptable.</p> <p>The ..."): tags
// are invisible to the rules, and block-level tags break sentences.

// maxTag bounds how far a tag is looked for.
const maxTag = 128

// tagAt returns the end of an HTML tag that starts at text[i] ('<' then a
// letter or '/'), its lower-cased name, and whether it closes ("</p>"), or
// end 0.
func tagAt(text string, i, end int) (int, string, bool) {
	if i+2 >= end || text[i] != '<' {
		return 0, "", false
	}
	j := i + 1
	closing := text[j] == '/'
	if closing {
		j++
	}
	n := j
	for n < end && n-j < 12 && ascii.IsAlnum(text[n]) {
		n++
	}
	if n == j || !isASCIILetter(text[j]) {
		return 0, "", false
	}
	gt := strings.IndexByte(text[n:min(end, i+maxTag)], '>')
	if gt < 0 || (n < end && text[n] != '>' && text[n] != ' ' && text[n] != '/') {
		return 0, "", false
	}
	return n + gt + 1, strings.ToLower(text[j:n]), closing
}

// blockTags end a paragraph in HTML.
var blockTags = wordSet(`p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote
	section article header footer title figcaption figure hr dd dt`)

// htmlBreak handles a tag at i in the scan: after a closing block tag (or
// <br>, <hr>) a sentence starts; before an opening one too. It returns where
// scanning goes on, or i when no tag starts there.
func (s *scanner) htmlBreak(i int) int {
	e, name, closing := tagAt(s.text, i, s.end)
	switch {
	case e == 0:
		return i
	case !blockTags[name]:
		return e
	case closing || name == "br" || name == "hr":
		if e < s.end {
			s.cut(e)
		}
	case i > s.first:
		s.cut(i)
	}
	return e
}
