package rouge

import "strings"

// This file ports NLTK's PorterStemmer in its default NLTK_EXTENSIONS mode,
// the stemmer Google's rouge-score uses. It is written by hand because the
// Go Porter packages follow the original paper or Porter2, whose stems
// differ (e.g. "dying", "fly", "generously"), and ROUGE must agree with the
// Python scorer to the last digit. Words are lower-case ASCII.

// irregular are NLTK's irregular forms, looked up before any rule.
var irregular = map[string]string{
	"sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
	"news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
	"outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
	"proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
}

// Stem returns the NLTK Porter stem of a lower-case word.
func Stem(word string) string {
	if s, ok := irregular[word]; ok {
		return s
	}
	if len(word) <= 2 {
		return word
	}
	w := step1a(word)
	w = step1b(w)
	w = step1c(w)
	w = step2(w)
	w = step3(w)
	w = step4(w)
	w = step5a(w)
	return step5b(w)
}

func isConsonant(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !isConsonant(w, i-1)
	}
	return true
}

// measure is m in [C](VC){m}[V].
func measure(w string) int {
	m := 0
	for i := 1; i < len(w); i++ {
		if isConsonant(w, i) && !isConsonant(w, i-1) {
			m++
		}
	}
	return m
}

func positive(stem string) bool { return measure(stem) > 0 }
func above1(stem string) bool   { return measure(stem) > 1 }

func containsVowel(w string) bool {
	for i := range len(w) {
		if !isConsonant(w, i) {
			return true
		}
	}
	return false
}

func endsDouble(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && isConsonant(w, n-1)
}

// endsCVC is condition *o, with NLTK's extension to two-letter stems.
func endsCVC(w string) bool {
	n := len(w)
	if n >= 3 && isConsonant(w, n-3) && !isConsonant(w, n-2) && isConsonant(w, n-1) &&
		w[n-1] != 'w' && w[n-1] != 'x' && w[n-1] != 'y' {
		return true
	}
	return n == 2 && !isConsonant(w, 0) && isConsonant(w, 1)
}

// rule replaces suffix by repl when cond (nil: always) holds for the stem.
// suffix "*d" stands for a double consonant.
type rule struct {
	suffix, repl string
	cond         func(stem string) bool
}

// applyRules applies the first rule whose suffix matches; if its condition
// fails the word is returned unchanged (no later rule is tried).
func applyRules(w string, rules []rule) string {
	for _, r := range rules {
		if r.suffix == "*d" {
			if endsDouble(w) {
				stem := w[:len(w)-2]
				if r.cond == nil || r.cond(stem) {
					return stem + r.repl
				}
				return w
			}
			continue
		}
		if strings.HasSuffix(w, r.suffix) {
			stem := w[:len(w)-len(r.suffix)]
			if r.cond == nil || r.cond(stem) {
				return stem + r.repl
			}
			return w
		}
	}
	return w
}

var step1aRules = []rule{{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil}}

func step1a(w string) string {
	if len(w) == 4 && strings.HasSuffix(w, "ies") {
		return w[:1] + "ie"
	}
	return applyRules(w, step1aRules)
}

func step1b(w string) string {
	if strings.HasSuffix(w, "ied") {
		if len(w) == 4 {
			return w[:1] + "ie"
		}
		return w[:len(w)-3] + "i"
	}
	if strings.HasSuffix(w, "eed") {
		if stem := w[:len(w)-3]; measure(stem) > 0 {
			return stem + "ee"
		}
		return w
	}
	var stem string
	ok := false
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(w, suf) {
			stem = w[:len(w)-len(suf)]
			if containsVowel(stem) {
				ok = true
				break
			}
		}
	}
	if !ok {
		return w
	}
	last := stem[len(stem)-1]
	return applyRules(stem, []rule{
		{"at", "ate", nil},
		{"bl", "ble", nil},
		{"iz", "ize", nil},
		{"*d", string(last), func(string) bool { return last != 'l' && last != 's' && last != 'z' }},
		{"", "e", func(s string) bool { return measure(s) == 1 && endsCVC(s) }},
	})
}

func step1c(w string) string {
	return applyRules(w, []rule{{"y", "i", func(s string) bool {
		return len(s) > 1 && isConsonant(s, len(s)-1)
	}}})
}

var step2Rules = []rule{
	{"ational", "ate", positive}, {"tional", "tion", positive}, {"enci", "ence", positive},
	{"anci", "ance", positive}, {"izer", "ize", positive}, {"bli", "ble", positive},
	{"alli", "al", positive}, {"entli", "ent", positive}, {"eli", "e", positive},
	{"ousli", "ous", positive}, {"ization", "ize", positive}, {"ation", "ate", positive},
	{"ator", "ate", positive}, {"alism", "al", positive}, {"iveness", "ive", positive},
	{"fulness", "ful", positive}, {"ousness", "ous", positive}, {"aliti", "al", positive},
	{"iviti", "ive", positive}, {"biliti", "ble", positive}, {"fulli", "ful", positive},
	// NLTK keeps the 'l' of "logi" with the stem when testing the measure.
	{"logi", "log", func(s string) bool { return positive(s + "l") }},
}

func step2(w string) string {
	// NLTK applies ALLI -> AL first and then step 2 again.
	if strings.HasSuffix(w, "alli") && positive(w[:len(w)-4]) {
		return step2(w[:len(w)-4] + "al")
	}
	return applyRules(w, step2Rules)
}

var step3Rules = []rule{
	{"icate", "ic", positive}, {"ative", "", positive}, {"alize", "al", positive},
	{"iciti", "ic", positive}, {"ical", "ic", positive}, {"ful", "", positive}, {"ness", "", positive},
}

func step3(w string) string { return applyRules(w, step3Rules) }

var step4Rules = []rule{
	{"al", "", above1}, {"ance", "", above1}, {"ence", "", above1}, {"er", "", above1},
	{"ic", "", above1}, {"able", "", above1}, {"ible", "", above1}, {"ant", "", above1},
	{"ement", "", above1}, {"ment", "", above1}, {"ent", "", above1},
	{"ion", "", func(s string) bool { return above1(s) && (s[len(s)-1] == 's' || s[len(s)-1] == 't') }},
	{"ou", "", above1}, {"ism", "", above1}, {"ate", "", above1}, {"iti", "", above1},
	{"ous", "", above1}, {"ive", "", above1}, {"ize", "", above1},
}

func step4(w string) string { return applyRules(w, step4Rules) }

func step5a(w string) string {
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		m := measure(stem)
		if m > 1 || (m == 1 && !endsCVC(stem)) {
			return stem
		}
	}
	return w
}

func step5b(w string) string {
	if strings.HasSuffix(w, "ll") && above1(w[:len(w)-1]) {
		return w[:len(w)-1]
	}
	return w
}
