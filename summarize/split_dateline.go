package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// leadingDate returns the end of a full date that opens text[i:end] and is
// followed by a space and a capitalised word, else 0: a dateline glued to
// the first sentence when a page lost its line breaks ("Thursday, May 7,
// 2015 On Tuesday, the government ..."). Forms: [Weekday, ]Month D, YYYY
// and [Weekday, ]D Month YYYY.
func leadingDate(text string, i, end int) int {
	j := i
	if w := wordAt(text, j, end); inSet(weekdays, w) && strings.HasPrefix(text[j+len(w):end], ", ") {
		j += len(w) + 2
	}
	if w := wordAt(text, j, end); inSet(months, w) {
		j = dayComma(text, skipSpace(text, j+len(w), end), end)
	} else {
		j = dayMonth(text, j, end)
	}
	if j < 0 {
		return 0
	}
	y := skipDigits(text, j, end, 4)
	if y-j != 4 || y+1 >= end || text[y] != ' ' {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[y+1 : end])
	if !unicode.IsUpper(r) {
		return 0
	}
	return y
}

// dayMonth reads "7 May " at text[j:] and returns the offset after it, or -1.
func dayMonth(text string, j, end int) int {
	d := skipDigits(text, j, end, 2)
	if d == j || d >= end || text[d] != ' ' {
		return -1
	}
	w := wordAt(text, d+1, end)
	if !inSet(months, w) || d+1+len(w) >= end || text[d+1+len(w)] != ' ' {
		return -1
	}
	return d + 1 + len(w) + 1
}

// dayComma reads "7, " at text[j:] and returns the offset after it, or -1.
func dayComma(text string, j, end int) int {
	d := skipDigits(text, j, end, 2)
	if d == j || !strings.HasPrefix(text[d:end], ", ") {
		return -1
	}
	return d + 2
}

// skipDigits skips up to n ASCII digits at text[j:].
func skipDigits(text string, j, end, n int) int {
	k := j
	for k < end && k-j < n && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	return k
}

var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

var months = wordSet(`january february march april may june july august september october november december`)
