package summarize

import (
	"unicode/utf8"
)

// Split segments text into sentences. Offsets are byte offsets into text, on
// rune boundaries, in order and never overlapping; each sentence is trimmed
// of white space at both ends, and Text is text[Start:End].
//
// Paragraphs: a blank line (one holding only white space) ends a sentence
// and a paragraph. A single line break is a space in hard-wrapped text, but
// it ends a sentence and a paragraph after a headline, a byline, a list item
// or a line of prose that is not wrapped; split_lines.go gives the rule,
// which reads the shape of the lines. So a page pasted with one paragraph
// per line gets one Paragraph number per line, and a headline its own.
//
// Inside a paragraph a sentence ends at . ! ? … (with any closing quotes,
// brackets and citation marks after them) when a space and a word that does
// not start in lower case follow, except after titles ("Lt. Gen. Smith"),
// initials ("J.G. Wentworth"), abbreviations ("Co.", "U.S.", "a.m.") that
// are not followed by a word that usually starts a sentence ("in the U.S.
// The ..." breaks, "the U.S. Army" does not), before numbers after "No." or
// "p.", and at an ellipsis that marks an omission ("cyber defense...I
// believe"). Sentences inside quotations are sentences too.
//
// Scraped text often lost its punctuation, so a sentence also ends before
// the next item of a list ("1) The first item 2) The second item") or a
// bullet, before a photo credit ("Image: Reuters."), after a glued dateline
// ("Thursday, May 7, 2015 On Tuesday ...") and at a glued sentence ("at
// high speed They spend"); and a short attribution without punctuation
// stays with the quote before it ("\"... a long game.\" - Jane Doe").
//
// Hand-written: the Go segmenters available (prose, neurosnap/sentences,
// gosbd, uax29) give no offsets or break wire copy at "U.S." and "Gen.";
// see split_words.go for the word lists. Splitting is one pass over the
// text with bounded look-around, so it runs in linear time.
func Split(text string) []Sentence {
	// Room for sentences of news length (about 120 bytes), so the list
	// seldom grows by copying.
	sp := splitter{text: text, out: make([]Sentence, 0, len(text)/128+1)}
	var para []textLine
	forLines(text, func(l textLine) {
		if l.first == l.end {
			sp.paragraph(para)
			para = para[:0]
			return
		}
		para = append(para, l)
	})
	sp.paragraph(para)
	return sp.out
}

// splitter collects sentences; para counts the paragraphs emitted so far.
type splitter struct {
	text string
	out  []Sentence
	para int
	cuts []int
}

// paragraph splits a run of non-blank lines into blocks at hard line breaks
// and each block into sentences.
func (sp *splitter) paragraph(lines []textLine) {
	if len(lines) == 0 {
		return
	}
	sh := shapeOf(sp.text, lines)
	start := lines[0].first
	for k := 0; k+1 < len(lines); k++ {
		if hardBreak(sp.text, lines[k], lines[k+1], sh) {
			sp.block(start, lines[k].end)
			start = lines[k+1].first
		}
	}
	sp.block(start, lines[len(lines)-1].end)
}

// block emits the sentences of text[start:end] as one paragraph.
func (sp *splitter) block(start, end int) {
	sp.cuts = cutBlock(sp.text, start, end, append(sp.cuts[:0], start))
	sp.cuts = append(sp.cuts, end)
	emitted := false
	for k := 0; k+1 < len(sp.cuts); k++ {
		s, e := sp.cuts[k], trimRight(sp.text, sp.cuts[k], sp.cuts[k+1])
		s = skipSpace(sp.text, s, e)
		if s == e {
			continue
		}
		sp.out = append(sp.out, Sentence{Index: len(sp.out), Paragraph: sp.para,
			Start: s, End: e, Text: sp.text[s:e]})
		emitted = true
	}
	if emitted {
		sp.para++
	}
}

// skipSpace returns the first non-space byte of text[i:end], or end.
func skipSpace(text string, i, end int) int {
	for i < end {
		if c := text[i]; c < utf8.RuneSelf { // ASCII: no decoding
			if !isSpaceRune(rune(c)) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	return i
}

// trimRight returns the end of text[start:end] without trailing space.
func trimRight(text string, start, end int) int {
	for end > start {
		if c := text[end-1]; c < utf8.RuneSelf { // ASCII: no decoding
			if !isSpaceRune(rune(c)) {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return end
}
