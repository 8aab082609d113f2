package timex

import (
	"strings"
	"unicode/utf8"
)

// tense is the grammatical tense of the clause around an expression, which
// decides the direction of underspecified dates ("on Friday", "in October").
type tense int

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
)

// tenseWindow bounds the text looked at on each side of an expression.
const tenseWindow = 240

// tenseAt guesses the tense of the sentence around text[start:end] from the
// closest tense marker before it (else after it) in the same sentence, as
// HeidelTime does with the closest verb; without a tagger, markers are
// modals, auxiliaries, reporting verbs and past-tense forms.
func tenseAt(text string, start, end int) tense {
	var buf [64]string // the words of a clause, without allocating
	words := fields(buf[:0], sentenceBefore(text, start))
	for i := len(words) - 1; i >= 0; i-- {
		t := wordTense(words, i)
		if t != tenseNone {
			return t
		}
	}
	after := fields(buf[:0], sentenceAfter(text, end))
	for i := range after {
		if t := wordTense(after, i); t != tenseNone {
			return t
		}
	}
	return tenseNone
}

// fields appends the space-separated words of s to out, as strings.Fields
// cuts them, into a caller's buffer: by hand for ASCII text, by
// strings.Fields where Unicode spaces (no-break space, U+0085) may stand.
func fields(out []string, s string) []string {
	n0, start := len(out), -1
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return append(out[:n0], strings.Fields(s)...) // one pass until a non-ASCII byte
		} else if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func sentenceBefore(text string, start int) string {
	lo := max(0, start-tenseWindow)
	s := text[lo:start]
	if i := lastClauseBreak(s); i >= 0 {
		s = s[i:]
	}
	if i := strings.LastIndex(s, ". "); i >= 0 && !abbrevBefore(s[:i]) {
		s = s[i+2:]
	}
	return s
}

func sentenceAfter(text string, end int) string {
	hi := min(len(text), end+tenseWindow)
	s := text[end:hi]
	if i := firstClauseBreak(s); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ". "); i >= 0 && !abbrevBefore(s[:i]) {
		s = s[:i]
	}
	return s
}

// clauseBreak reports whether s[i] is one byte of ! ? ; a line break, a
// straight quote or a curly double quote (E2 80 9C/9D), and how long it is.
func clauseBreak(s string, i int) (int, bool) {
	switch s[i] {
	case '!', '?', '\n', '"', ';':
		return 1, true
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
			return 3, true
		}
	}
	return 0, false
}

// lastClauseBreak is the offset just past the last clause break in s, or -1
// (a byte scan: strings.LastIndexAny is slow with non-ASCII in its set).
func lastClauseBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if n, ok := clauseBreak(s, i); ok {
			return i + n
		}
	}
	return -1
}

// firstClauseBreak is the offset of the first clause break in s, or -1.
func firstClauseBreak(s string) int {
	for i := 0; i < len(s); i++ {
		if _, ok := clauseBreak(s, i); ok {
			return i
		}
	}
	return -1
}

// abbrevBefore reports whether s ends with a short capitalised word, as an
// abbreviation before a full stop does (Oct, Gen, U.S), or is "vs".
func abbrevBefore(s string) bool {
	i := strings.LastIndexAny(s, " \t") + 1
	w := s[i:]
	return len(w) > 0 && len(w) <= 4 && w[0] >= 'A' && w[0] <= 'Z' || w == "vs" || w == "v"
}

// wordTense classifies words[i]; words[i-1] disambiguates passives.
func wordTense(words []string, i int) tense {
	w := strings.ToLower(strings.Trim(words[i], ",.:()'`’\"“”-"))
	if f, ok := futureWords[w]; ok && f {
		if pluperfect(words, i) {
			return tensePast // "had been due to expire Friday": a plan overtaken
		}
		return tenseFuture
	}
	if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
		return tenseFuture
	}
	if w == "to" && i > 0 && i+1 < len(words) && futureTo[strings.ToLower(words[i-1])] && infinitive(words[i+1]) {
		if pluperfect(words, i-1) {
			return tensePast
		}
		return tenseFuture // "set to resume Monday", "plans to visit on Friday"
	}
	if (w == "plans" || w == "plan") && i > 0 && subjectLike(words[i-1]) {
		return tenseFuture // "NATO plans a vote on Friday", not "vacation plans"
	}
	if w == "planned" && i > 0 && subjectLike(words[i-1]) && i+1 < len(words) && (words[i+1] == "a" || words[i+1] == "an") {
		return tenseFuture // "Rebels planned a march on Saturday": an event still ahead
	}
	if presentWords[w] {
		return tensePresent
	}
	if pastWords[w] || isPastForm(w) {
		if i > 0 {
			prev := strings.ToLower(strings.Trim(words[i-1], ",."))
			if prev == "be" || prev == "been" || prev == "to" || prev == "being" {
				return tenseNone // passive or infinitive: look further
			}
			if prev == "is" || prev == "are" || prev == "has" || prev == "have" {
				return tensePresent
			}
		}
		return tensePast
	}
	return tenseNone
}

// pluperfect reports "had" or "had been" just before words[i]: a future
// seen from the past ("had been scheduled to", "had expected").
func pluperfect(words []string, i int) bool {
	prev := func(k int) string {
		if i-k < 0 {
			return ""
		}
		return strings.ToLower(strings.Trim(words[i-k], ",.:;"))
	}
	return prev(1) == "had" || prev(1) == "been" && prev(2) == "had"
}

// subjectLike reports a word that can be the subject of a verb right after
// it: a pronoun or a capitalised name.
func subjectLike(w string) bool {
	w = strings.Trim(w, ",.:;\"“”")
	switch strings.ToLower(w) {
	case "he", "she", "it", "we", "they", "i", "you", "who", "also", "now":
		return true
	}
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// infinitive reports whether w, after "to", looks like a verb: lower-case
// and not a determiner, pronoun, number or -ing form.
func infinitive(w string) bool {
	w = strings.Trim(w, ",.:;")
	if w == "" || w[0] < 'a' || w[0] > 'z' || strings.HasSuffix(w, "ing") || notVerb[w] {
		return false
	}
	return true
}

// futureTo are the words before "to VERB" that make it future.
var futureTo = map[string]bool{
	"set": true, "is": true, "are": true, "due": true, "scheduled": true, "expected": true, "plans": true,
	"plan": true, "planning": true, "planned": true, "going": true, "hopes": true, "hope": true, "wants": true, "want": true,
	"intends": true, "intend": true, "likely": true, "ready": true, "prepared": true, "poised": true,
	"about": true, "decided": true, "agreed": true, "promised": true, "vowed": true, "pledged": true,
}

var notVerb = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "that": true, "these": true, "those": true, "some": true,
	"him": true, "them": true, "us": true, "me": true, "it": true, "all": true, "both": true,
	"date": true, "power": true, "court": true, "war": true, "office": true, "work": true, "school": true,
	"death": true, "prison": true, "jail": true, "talks": true, "one": true, "two": true, "three": true,
	"about": true, "what": true, "which": true, "whom": true, "where": true, "home": true, "each": true,
	"other": true, "another": true, "many": true, "more": true, "less": true, "over": true, "no": true,
}

// isPastForm reports a regular past-tense form (-ed), minus common words that
// only look like one.
func isPastForm(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || notPast[w] {
		return false
	}
	return true
}

var futureWords = map[string]bool{
	"will": true, "shall": true, "won't": true, "wo": true, "would": true, "going": true,
	"scheduled": true, "expected": true, "expects": true, "intends": true, "soon": true, "planning": true,
	"upcoming": true, "due": true, "tomorrow": true, "intend": true,
	"starts": true, "begins": true, "opens": true, "expires": true, "resumes": true, "convenes": true, "ends": true,
}

var presentWords = map[string]bool{
	"is": true, "are": true, "am": true, "has": true, "have": true, "says": true, "does": true,
}

var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "ago": true,
	"came": true, "went": true, "met": true, "took": true, "made": true, "gave": true, "began": true,
	"fell": true, "rose": true, "saw": true, "held": true, "left": true, "won": true, "lost": true,
	"sold": true, "bought": true, "paid": true, "got": true, "led": true, "ran": true, "struck": true,
	"spoke": true, "wrote": true, "became": true, "brought": true, "thought": true, "found": true,
	"knew": true, "grew": true, "drew": true, "threw": true, "flew": true, "broke": true, "chose": true,
	"felt": true, "kept": true, "meant": true, "sent": true, "spent": true, "stood": true, "taught": true,
	"understood": true, "wore": true, "rang": true, "sang": true, "swore": true, "sought": true,
	"fought": true, "caught": true, "last": true, "yesterday": true, "earlier": true, "ended": true,
	"withdrew": true, "withheld": true, "upheld": true, "overthrew": true, "oversaw": true, "overtook": true,
	"undertook": true, "fled": true, "drove": true, "shook": true, "stole": true, "froze": true, "hid": true,
	"built": true, "dealt": true, "lent": true, "swept": true, "sank": true, "forgave": true, "forgot": true,
	"arose": true, "tore": true, "sprang": true, "shrank": true, "bore": true,
}

var notPast = map[string]bool{
	"need": true, "needed": false, "speed": true, "feed": true, "hundred": true, "indeed": true,
	"united": true, "based": true, "limited": true, "related": true, "proceed": true, "succeed": true,
	"exceed": true, "breed": true, "greed": true, "seed": true, "bleed": true, "creed": true,
	"concerned": true, "interested": true, "supposed": true, "used": true, "detailed": true,
	"advanced": true, "armed": true, "alleged": true, "embed": true, "biased": true, "red": true,
	"shed": true, "wed": true, "fled": false, "unprecedented": true, "sacred": true, "wicked": true,
	"naked": true, "rugged": true, "ragged": true, "aged": true, "beloved": true, "learned": false,
	"skilled": true, "qualified": true, "talented": true, "expected": true, "scheduled": true,
	"proposed": true, "elected": true, "appointed": true, "unnamed": true,
	"unidentified": true, "undisclosed": true, "continued": true, "increased": true, "reduced": true,
	"combined": true, "unexpected": true, "troubled": true, "embattled": true, "unspecified": true,
}
