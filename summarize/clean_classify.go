package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The body is found as jusText and trafilatura find it, with what survives in
// text: each block is classed by its length, stop-word share, sentence
// punctuation and page-furniture vocabulary, and the body is the stretch of
// blocks with the most article text net of furniture (a maximum-sum run).
// Link density, the best HTML signal, cannot be seen in text; short-line runs
// stand in for it.

// class of a block.
type class int

const (
	classBad   class = iota // furniture: menus, credits, share and cookie text
	classShort              // too short to judge
	classNear               // some prose
	classGood               // article prose
)

// features of a block's text.
type blockFeatures struct {
	words, stops int
	sentence     bool // ends like a sentence
	cjk          int  // Han, Hangul, kana letters: words are not spaced
	caption      bool
	furniture    bool
	capWords     int // words starting with a capital letter
	punct        int // commas and sentence stops: prose has them, tag lists do not
}

func measure(t string) blockFeatures {
	var f blockFeatures
	f.countWords(t)
	f.sentence = endsLikeSentence(t)
	// Only the cue lists that can change a feature are looked for: long
	// prose needs none.
	u := f.units()
	var want cleanCueList
	if len(t) <= cleanMaxCaption {
		want |= cleanCueCaption
	}
	if u < 25 {
		want |= cleanCueStrong
	}
	looseFurniture := u <= 6 || !f.proseLike()
	if looseFurniture {
		want |= cleanCueFurniture
	}
	found := cleanCues(t, want)
	f.caption = len(t) <= cleanMaxCaption && (found&cleanCueCaption != 0 || creditTail(t))
	f.furniture = found&cleanCueStrong != 0 || looseFurniture && found&cleanCueFurniture != 0
	return f
}

// countWords counts the words of t and their kinds, and CJK letters and
// punctuation. An ASCII word is packed into a stop-word key as it is read
// (its bytes lower-cased), so each byte is looked at once and the look-up is
// one multiply and a compare.
func (f *blockFeatures) countWords(t string) {
	for i := 0; i < len(t); {
		c := t[i]
		var k uint8
		size := 1
		if c < utf8.RuneSelf {
			if k = cleanASCIIKinds[c]; k&cleanKindWord == 0 {
				f.punct += int(k >> 1) // ASCII: 0 or cleanKindPunct, never CJK
				i++
				continue
			}
		} else if k, size = cleanRuneKind(t, i); k&cleanKindWord == 0 {
			if k&cleanKindPunct != 0 {
				f.punct++
			}
			if k&cleanKindCJK != 0 {
				f.cjk++
			}
			i += size
			continue
		}
		// A word starts at i: its ASCII bytes first, packed as they go.
		start, key := i, uint64(0)
		for ; i < len(t); i++ {
			b := cleanWordFold[t[i]]
			if b == 0 {
				break
			}
			key = key<<8 | uint64(b)
		}
		if i < len(t) && t[i] >= utf8.RuneSelf {
			if e := cleanWordEnd(t, i); e > i {
				i = e
				f.countWord(t[start:i])
				continue
			}
		}
		// The common case, an ASCII word (c is ASCII: a word starting
		// with another letter went on past it), counted here.
		f.words++
		if 'A' <= c && c <= 'Z' {
			f.capWords++
		}
		if n := i - start; n <= cleanStopMaxLen && cleanStopKey(key|uint64(n)<<56) {
			f.stops++
		}
		if i < len(t) && t[i] == ' ' {
			i++ // the space after a word, the commonest byte between words
		}
	}
}

// cleanWordEnd returns the end of the word that goes on at t[i:].
func cleanWordEnd(t string, i int) int {
	for i < len(t) {
		if c := t[i]; c < utf8.RuneSelf {
			if cleanASCIIKinds[c]&cleanKindWord == 0 {
				return i
			}
			i++
			continue
		}
		k, size := cleanRuneKind(t, i)
		if k&cleanKindWord == 0 {
			return i
		}
		i += size
	}
	return i
}

// countWord counts the word w, which holds a letter that is not ASCII.
func (f *blockFeatures) countWord(w string) {
	f.words++
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		f.capWords++
	}
	if stopWords[strings.ToLower(w)] {
		f.stops++
	}
}

// Kinds of runes for measure: letters, digits and apostrophes make words,
// but CJK letters count on their own; isPunct's marks count as punctuation.
const (
	cleanKindWord = 1 << iota
	cleanKindPunct
	cleanKindCJK
)

var cleanASCIIKinds = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		k[c], _ = cleanRuneKind(string(rune(c)), 0)
	}
	return k
}()

// cleanWordFold: for the ASCII bytes that make words, the byte lower-cased;
// 0 for all others.
var cleanWordFold = func() (w [256]byte) {
	for c, k := range cleanASCIIKinds {
		if k&cleanKindWord != 0 {
			w[c] = byte(c) | cleanLowerBit[c]
		}
	}
	return w
}()

// cleanRuneKind classes the rune at t[i] and returns its size.
func cleanRuneKind(t string, i int) (uint8, int) {
	r, size := utf8.DecodeRuneInString(t[i:])
	var k uint8
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
		k = cleanKindWord
		if isCJK(r) {
			k = cleanKindCJK
		}
	}
	if isPunct(r) {
		k |= cleanKindPunct
	}
	return k, size
}

// cleanUnits is measure(t).units(), or any number above limit once the
// count passes it (titles are looked for in lines that may be paragraphs).
func cleanUnits(t string, limit int) int {
	words, cjk := 0, 0
	for i := 0; i < len(t) && words+cjk/2 <= limit; {
		size := 1
		if c := t[i]; c < utf8.RuneSelf {
			if cleanWordFold[c] == 0 {
				i++
				continue
			}
		} else if k, n := cleanRuneKind(t, i); k&cleanKindWord == 0 {
			if k&cleanKindCJK != 0 {
				cjk++
			}
			i += n
			continue
		} else {
			size = n
		}
		// A word: its ASCII bytes in a tight loop, then any other letters.
		words++
		for i += size; i < len(t) && cleanWordFold[t[i]] != 0; i++ {
		}
		if i < len(t) && t[i] >= utf8.RuneSelf {
			i = cleanWordEnd(t, i)
		}
	}
	return words + cjk/2
}

func isPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '。', '，', '、', '！', '？', '،', '؛':
		return true
	}
	return false
}

func isCJK(r rune) bool {
	return r >= 0x0e00 && unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

// units: words, counting two CJK characters as one word.
func (f blockFeatures) units() int { return f.words + f.cjk/2 }

// endsSentence: the text ends with sentence punctuation, maybe inside quotes
// or brackets.
func endsLikeSentence(t string) bool {
	t = strings.TrimRight(t, " \"'”’»)]*_")
	if strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
		return false // a teaser's blurb cut short
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '?', '…', ':', ';', '。', '！', '？', '؟', '।':
		return true
	}
	return false
}

// hasAny reports whether s holds one of words at the start of a word
// ("subscribe", "subscribers", not "oversubscribed").
func hasAny(s string, words []string) bool {
	for _, w := range words {
		for from := 0; ; {
			i := strings.Index(s[from:], w)
			if i < 0 {
				break
			}
			i += from
			if wordStart(s, i, w) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// wordStart: w found at s[i:] does not continue a word on its left (checked
// only when w begins with a letter).
func wordStart(s string, i int, w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	return !(unicode.IsLetter(first) && i > 0 && unicode.IsLetter(before))
}

// classify a block by its features, as jusText's context-free step does,
// with thresholds in words rather than characters so short-word and
// long-word languages fare alike.
func classifyBlock(f blockFeatures) class {
	u := f.units()
	switch {
	case f.caption || f.furniture:
		return classBad
	case u >= 25 && (f.sentence || u >= 40) && (f.stopShare() >= 0.2 || f.cjk > 0 || u >= 40 && f.sentence || u >= 60) && f.punct*30 >= u:
		return classGood
	case u >= 12 && f.sentence && (f.stopShare() >= 0.15 || f.cjk > 0):
		return classNear
	case u >= 20 && f.stopShare() >= 0.3:
		return classNear
	}
	return classShort
}

// proseLike: a sentence of some length, dense in function words; furniture
// words in it ("on Twitter", "subscribe") are part of the story.
func (f blockFeatures) proseLike() bool {
	return f.sentence && f.units() >= 8 && (f.stopShare() >= 0.2 || f.cjk > 0)
}

func (f blockFeatures) stopShare() float64 {
	if f.words == 0 {
		return 0
	}
	return float64(f.stops) / float64(f.words)
}

// weight is a block's contribution to the body run: positive for prose,
// negative for furniture and for the short lines of menus and lists.
func weight(c class, f blockFeatures) float64 {
	u := float64(f.units())
	switch c {
	case classGood:
		return u
	case classNear:
		return u / 2
	case classBad:
		return -8
	}
	if f.sentence && f.stops > 0 {
		return -1
	}
	return -4
}

// bestRun returns the blocks [i, j) with the largest sum of weights.
func bestRun(ws []float64) (int, int) {
	bi, bj, best := 0, 0, 0.0
	cur, ci := 0.0, 0
	for k, w := range ws {
		if cur <= 0 {
			cur, ci = 0, k
		}
		cur += w
		if cur > best {
			best, bi, bj = cur, ci, k+1
		}
	}
	return bi, bj
}

// cleanMaxCaption: the longest caption, in bytes.
const cleanMaxCaption = 400

// creditTail: a caption ending with a bracketed photo credit,
// "... in Kyiv [Gleb Garanich/Reuters]".
func creditTail(t string) bool {
	if !strings.HasSuffix(t, "]") && !strings.HasSuffix(t, ")") {
		return false
	}
	i := strings.LastIndexAny(t, "[(")
	return i >= 0 && strings.Contains(t[i:], "/") && !strings.Contains(t[i:], "://") && len(t)-i < 60
}

var captionWords = []string{
	"credit...", "credit:", "photo:", "photograph:", "image:", "(photo", "photo by", "photo credit",
	"getty images", "ap photo", "image copyright", "image caption", "media caption", "file photo",
	"/reuters", "/afp", "/getty", "/ap ", "illustration:", "caption:", "photos:", "(image",
	", left,", ", right,", ", center,", ", centre,", "(left)", "(right)", "(center)", " pictured ",
}

// strongFurniture words mark furniture in any block short of a paragraph.
var strongFurniture = []string{
	"cookie", "all rights reserved", "©", "advertisement", "terms of use", "privacy policy",
}

// furnitureWords mark furniture in a short block that is not prose.
var furnitureWords = []string{
	"cookie", "subscribe", "subscription", "sign in", "sign up", "log in", "login", "newsletter",
	"advertisement", "advertising", "all rights reserved", "©", "copyright", "privacy",
	"terms of use", "terms of service", "terms & conditions", "share this", "share on",
	"follow us", "read more", "related", "more stories", "recommended", "most popular",
	"most read", "trending", "click here", "skip to", "comments", "comment", "print this",
	"email this", "continue reading", "story continues", "sponsored", "you may also like",
	"also read", "read also", "listen to this article", "min read", "whatsapp", "facebook",
	"twitter", "linkedin", "pinterest", "reddit", "instagram", "youtube", "javascript",
	"your browser", "download the app", "back to top", "more from", "see also", "watch:",
	"on google", "read next", "up next", "join the conversation", "report an error", "contact us",
	"editor's picks", "top stories", "latest news", "breaking news", "get the latest",
}

// creditLine: a short photo credit: "Name/Agency", "Getty Images",
// "Shutterstock", "AP Photo/Name".
func creditLine(t string, f blockFeatures) bool {
	if f.units() > 8 || f.sentence {
		return false
	}
	if cleanCues(t, cleanCueCredit) != 0 {
		return true
	}
	i := strings.IndexByte(t, '/')
	if i <= 0 || i+1 >= len(t) || strings.Contains(t, "://") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i+1:])
	l, _ := utf8.DecodeLastRuneInString(t[:i])
	return unicode.IsUpper(r) && unicode.IsLetter(l)
}

var creditWords = []string{"getty images", "shutterstock", "ap photo", "istock", "courtesy of", "epa-efe", "photo credit"}
