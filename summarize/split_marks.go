package summarize

import (
	"unicode/utf8"

	"brief/internal/ascii"
)

// listMark is a list marker at the start of an item: "1.", "2)", "3.)",
// "(4)", "a.", "b)", "(c)", "iv.", "(v)". The next item of the same list
// starts a new sentence even without final punctuation before it
// ("1) The first item 2) The second item").
type listMark struct {
	label string // "1", "b", "iv"
	style string // "x.", "x)", "x.)" or "(x)"
	end   int    // byte offset after the marker's punctuation
}

// parseMark reads a list marker at text[i:end]; a space must follow it.
func parseMark(text string, i, end int) (listMark, bool) {
	j := i
	open := j < end && text[j] == '('
	if open {
		j++
	}
	k := j
	for k < end && k-j < 4 && ascii.IsAlnum(text[k]) {
		k++
	}
	label := text[j:k]
	if k >= end || text[k] != '.' && text[k] != ')' {
		return listMark{}, false // no mark ends here: the label need not be read
	}
	if !validLabel(label) {
		return listMark{}, false
	}
	var style string
	switch {
	case open && text[k] == ')':
		style, k = "(x)", k+1
	case open:
		return listMark{}, false
	case k+1 < end && text[k] == '.' && text[k+1] == ')':
		style, k = "x.)", k+2
	default: // text[k] is '.' or ')', as checked above
		style, k = "x"+text[k:k+1], k+1
	}
	if k >= end || (text[k] != ' ' && text[k] != '\t' && text[k] != '\n' && text[k] != '\r') {
		return listMark{}, false
	}
	return listMark{label: label, style: style, end: k}, true
}

// validLabel: 1-3 digits, one letter, or a roman numeral in one case.
func validLabel(s string) bool {
	switch {
	case s == "":
		return false
	case allDigits(s):
		return len(s) <= 3
	case len(s) == 1:
		return isASCIILetter(s[0])
	}
	return roman(s) > 0
}

// follows: m is the item after prev in the same list.
func (m listMark) follows(prev listMark) bool {
	if m.style != prev.style || prev.label == "" {
		return false
	}
	a, b := prev.label, m.label
	switch {
	case allDigits(a) && allDigits(b):
		return digitsValue(b) == digitsValue(a)+1
	case len(a) == 1 && len(b) == 1 && isASCIILetter(a[0]) && b[0] == a[0]+1 && isLowerASCII(a[0]) == isLowerASCII(b[0]):
		return true
	}
	ra, rb := roman(a), roman(b)
	return ra > 0 && rb == ra+1 && isLowerASCII(a[0]) == isLowerASCII(b[0])
}

// first: the label opens a list (1, a, A, i, I).
func (m listMark) first() bool {
	switch m.label {
	case "1", "a", "A", "i", "I":
		return true
	}
	return false
}

// restarts: m opens a new list of the same style as prev.
func (m listMark) restarts(prev listMark) bool {
	return m.style == prev.style && m.first()
}

// roman is the value of a roman numeral up to 39 in one case, else 0.
func roman(s string) int {
	if s == "" || len(s) > 6 {
		return 0
	}
	lower := isLowerASCII(s[0])
	total, prev := 0, 0
	for k := len(s) - 1; k >= 0; k-- {
		c := s[k]
		if isLowerASCII(c) != lower {
			return 0
		}
		v := romanDigit(c | 0x20)
		if v == 0 {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	if total <= 0 || toRoman(total, lower) != s {
		return 0
	}
	return total
}

func romanDigit(c byte) int {
	switch c {
	case 'i':
		return 1
	case 'v':
		return 5
	case 'x':
		return 10
	}
	return 0
}

// toRoman writes n (1-39) as a roman numeral, to check canonical forms.
func toRoman(n int, lower bool) string {
	units := []string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	s := ""
	for ; n >= 10; n -= 10 {
		s += "x"
	}
	s += units[n]
	if !lower {
		b := []byte(s)
		for k := range b {
			b[k] -= 0x20
		}
		s = string(b)
	}
	return s
}

// isBullet: runes that start an item of a list.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '■', '□', '●', '○', '‣', '⁃', '►', '▶', '➢', '➤',
		'❖', '◆', '◇', '✓', '✔', '☐', '☑':
		return true
	}
	return false
}

// skipBullets skips bullets and spaces at text[i:], at most lookAhead bytes
// (a run of bullets must not be rescanned at every cut).
func skipBullets(text string, i, end int) int {
	for start := i; i < end && i-start < lookAhead; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isBullet(r) && !isSpaceRune(r) {
			break
		}
		i += n
	}
	return i
}

func allDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}

func digitsValue(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		n = n*10 + int(s[k]-'0')
	}
	return n
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isLowerASCII(c byte) bool  { return c >= 'a' && c <= 'z' }
