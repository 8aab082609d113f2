package actors

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"brief/internal/ascii"
)

// token is one word of a text: its bytes, possessive 's removed, are
// text[start:end]. It holds no pointer, so a text's tokens are written
// without write barriers and a pooled slice keeps no text alive; what the
// later passes ask of a word is worked out once, here and in annotate.
type token struct {
	// start and end are int32: texts are far below 2 GB (the CLI's
	// --max-bytes); an offset there only orders actors first seen.
	start, end int32
	hash       uint32 // hashWord of the word
	info       uint16 // the word's index in gazetteer.infos; 0 if no list has it
	flags      flags
}

// flags say what is known of a token's word.
type flags uint16

const (
	// afterPunct: punctuation or a sentence or line break stands between
	// the previous token and this one, so the two cannot belong to one name.
	afterPunct flags = 1 << iota
	capital          // the word starts with an upper-case letter: isCapitalized
	plainASCII       // every byte of the word is ASCII
	topical          // the word may open a topic signal: see startSet

	// What the word lists say of the word (gazetteer.annotate).
	hasPhrases  // byFirst has forms that start with the word
	entity      // the word alone names an entity: see isEntity
	title       // titleWords
	cue         // cueWords
	orgHead     // orgHeads
	notNameW    // notName
	connector   // connectors
	notAcro     // notAcronym
	upperEntity // titleCase of the word is an entity: see indexWords
)

// doc is a text and its tokens, with the lists of the tokens that later
// passes look at (names, which annotate fills, and topical, which
// topicsOf fills): most words are lower-case and no list has them, so
// each pass reads a fraction of the tokens.
type doc struct {
	text string
	toks []token
	// names are the tokens that may name or introduce an actor (nameFlags).
	names []int32
	// topical are the tokens that may open a topic signal.
	topical []int32
	listed  []int32 // scratch for annotate
}

// nameFlags mark the tokens of doc.names: every token the gazetteer, the
// person and the organisation finders act on, or count, has one.
const nameFlags = capital | title | cue | orgHead | hasPhrases

// flagged returns the indices of the tokens that have one of flags f, in
// the memory of buf. It stores every index and counts only those kept:
// which are is all but random, and a branch on it mispredicts. It reads
// toks[i] in place: a copy of each token costs a store and a load.
func flagged(buf []int32, toks []token, f flags) []int32 {
	out := grow(buf, len(toks))
	n := 0
	for i := range toks {
		out[n] = int32(i)
		if toks[i].flags&f != 0 {
			n++
		}
	}
	return out[:n]
}

// word is the text of toks[i].
func (d *doc) word(i int) string { return d.text[d.toks[i].start:d.toks[i].end] }

func (d *doc) wordOf(t token) string { return d.text[t.start:t.end] }

// tokenize splits text into words: letters and digits, with inner periods
// (U.S.), hyphens (Ki-moon) and apostrophes (O'Brien) kept.
func tokenize(text string) []token { return appendTokens(nil, text) }

// asciiClass says of each ASCII byte what it does between words.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case ascii.Alnum[c]:
			t[c] = classWord
		case !unicode.IsSpace(rune(c)) || c == '\n':
			t[c] = classSep
		}
	}
	return t
}()

const (
	classWord = 1 << iota // a letter or digit: a word starts here
	// classSep: punctuation (neither a word byte nor a space), or a
	// sentence or line break or an opening quote, stands before the next
	// word, which gets afterPunct.
	classSep
)

// classSep shifted right by one is afterPunct.
var _ = [1]int{}[classSep>>1^int(afterPunct)]

// capitalByte is capital for the ASCII capitals, else 0.
var capitalByte = func() (t [256]flags) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = capital
	}
	return t
}()

// stopsWord marks the bytes that end a word wherever they stand: ASCII
// that is neither a letter, a digit nor one of . - ' (which join words).
var stopsWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !ascii.Alnum[c] && c != '.' && c != '-' && c != '\''
	}
	return t
}()

// appendTokens appends the words of text to toks. scanFast reads most of
// text; what it leaves, words and marks that are not plain ASCII, is read
// here.
func appendTokens(toks []token, text string) []token {
	starts := &loadSignals().starts3
	n := len(toks)
	toks = toks[:cap(toks)]
	sep := afterPunct // for the next token: punctuation or a break before it
	for i := 0; ; {
		n, i, sep = scanFast(toks, n, text, i, sep, starts)
		if i >= len(text) {
			break
		}
		if n == len(toks) {
			toks = append(toks[:n], make([]token, n/2+len(text)/6+8)...)
			toks = toks[:cap(toks)]
			continue
		}
		if c := text[i]; c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
				if !unicode.IsSpace(r) {
					sep = afterPunct
				}
				i += size
				continue
			}
		}
		var end int
		toks[n], end = slowToken(text, i, starts)
		toks[n].flags |= sep
		n, sep, i = n+1, 0, end
	}
	return toks[:n]
}

// scanFast reads text from i, writing tokens to toks from n, until it
// meets a byte that is not ASCII, a word it cannot read, the end of text or
// of toks; it returns where it stopped. It makes no call, so that the
// compiler keeps its state in registers.
//
// The words it reads are ASCII letters and digits, eight bytes at a time,
// hashed as hashWord does, ended by a byte that ends every word or by a
// period that does not follow an initial.
func scanFast(toks []token, n int, text string, i int, sep flags, starts *startSet) (int, int, flags) {
	for i < len(text) && n < len(toks) {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		if k := asciiClass[c]; k&classWord == 0 {
			sep |= flags(k >> 1) // afterPunct after a classSep byte
			i++
			continue
		}
		if i+8 > len(text) {
			break
		}
		x := ascii.Load8(text, i)
		m := ascii.NotAlnum(x)
		// No branch on capitals or topics: either is all but random.
		f := sep | plainASCII | capitalByte[c]
		f |= topical * starts.has(x)
		j, acc := i, uint64(0)
		for m == 0 && j+16 <= len(text) {
			acc = (acc ^ x) * hashMul
			j += 8
			x = ascii.Load8(text, j)
			m = ascii.NotAlnum(x)
		}
		if m == 0 {
			break
		}
		e := j + bits.TrailingZeros64(m)>>3
		b := text[e]
		if !stopsWord[b] && (b != '.' || e-i == 1 && f&capital != 0) {
			break
		}
		if e > j {
			acc = (acc ^ x&lowBytes[e-j]) * hashMul
		}
		toks[n] = token{start: int32(i), end: int32(e), hash: finish(acc), flags: f}
		n, sep, i = n+1, 0, e
		if b == ' ' {
			i++ // the space after a word
		}
	}
	return n, i, sep
}

// slowToken reads the word at text[i:]: it returns its token, without
// afterPunct, and where the word ends, possessive included.
func slowToken(text string, i int, topicStarts *startSet) (token, int) {
	end := wordEnd(text, i)
	wEnd := trimPossessive(text, i, end)
	h, isASCII := hashWord(text, i, wEnd)
	return token{start: int32(i), end: int32(wEnd), hash: h, flags: wordFlags(text, i, wEnd, isASCII, topicStarts)}, end
}

// trimPossessive is the end of text[i:end] with 's and then ’s removed.
func trimPossessive(text string, i, end int) int {
	if end-i >= 2 && text[end-1] == 's' {
		if text[end-2] == '\'' {
			end -= 2
		}
		if end-i >= 4 && text[end-1] == 's' && text[end-4:end-1] == "’" {
			end -= 4
		}
	}
	return end
}

// wordFlags are the flags of the word text[start:end] the tokenizer sets.
func wordFlags(text string, start, end int, isASCII bool, topicStarts *startSet) flags {
	f := topical // a word that is not ASCII is looked up the slow way
	if isASCII {
		f = plainASCII | topical
		var x uint64 // the first three bytes
		for k := min(end, start+3) - 1; k >= start; k-- {
			x = x<<8 | uint64(text[k])
		}
		if topicStarts.has(x) == 0 {
			f &^= topical
		}
	}
	if c := text[start]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && isCapitalized(text[start:end]) {
		f |= capital
	}
	return f
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii.Alnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd finds the end of the word starting at i.
func wordEnd(text string, i int) int {
	j := ascii.AlnumEnd(text, i)
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && c != '.' && c != '-' && c != '\'' {
			break // a space or a mark that never joins words
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j = ascii.AlnumEnd(text, j+size)
			continue
		}
		if r == '.' || r == '-' || r == '\'' || r == '’' {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if isWordRune(next) && (r != '.' || isInitials(text[i:j])) {
				j = ascii.AlnumEnd(text, j+size)
				continue
			}
			// "U.S." keeps its final period.
			if r == '.' && isInitials(text[i:j]) && hasPeriod(text[i:j]) {
				return j + size
			}
		}
		break
	}
	return j
}

func hasPeriod(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

// isInitials reports whether w is a run of single capitals and periods (U, U.S).
func isInitials(w string) bool {
	if w == "" {
		return false
	}
	for k, r := range w {
		if k%2 == 0 && !(r >= 'A' && r <= 'Z') || k%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}
