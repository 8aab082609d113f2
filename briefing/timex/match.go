package timex

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// rule pairs a pattern with the normalisation of what it matches.
type rule struct {
	name string
	// anchored matches only at the start of its input.
	anchored *regexp.Regexp
	prog     *syntax.Prog // for the prefilter (dfa.go)
	span     int          // index of the group that is the extent; 0 = the whole match
	norm     func(m *match) (typ, value string)
	names    map[string]int
	// anaphoric rules resolve against the date the narrative last named and
	// do not become that date themselves ("a year earlier" twice in a row
	// means the same year).
	anaphoric bool
}

// newRule compiles a case-insensitive pattern. A group named "x" marks the
// extent when the pattern needs context that is not part of the expression.
func newRule(name, pattern string, norm func(m *match) (string, string)) *rule {
	re := regexp.MustCompile(`^(?i:` + pattern + `)`)
	r := &rule{name: name, anchored: re, prog: compile(pattern), norm: norm, names: map[string]int{}}
	for i, n := range re.SubexpNames() {
		if n != "" {
			r.names[n] = i
		}
	}
	if i, ok := r.names["x"]; ok {
		r.span = i
	}
	return r
}

// cand is one match of one rule, with byte offsets into the whole text.
type cand struct {
	start, end int
	rule       *rule
	idx        []int // submatch offsets into the whole text
	prio       int
}

// match is a candidate under normalisation.
type match struct {
	cand
	r *resolver
}

// s returns the text of the named group, "" when it did not take part.
func (m *match) s(name string) string {
	i, ok := m.rule.names[name]
	if !ok || m.idx[2*i] < 0 {
		return ""
	}
	return m.r.text[m.idx[2*i]:m.idx[2*i+1]]
}

// has reports whether the named group took part.
func (m *match) has(name string) bool {
	i, ok := m.rule.names[name]
	return ok && m.idx[2*i] >= 0
}

// text is the extent's text.
func (m *match) text() string { return m.r.text[m.start:m.end] }

// matchAt runs rule ri anchored on text[at:end] and returns its submatch
// offsets in text. News repeats its expressions ("last year", "on Monday"),
// so results are cached by rule and input, up to a bound: a match costs a
// microsecond or so, a map lookup tens of nanoseconds.
func (t *tagger) matchAt(ri int, at, end int) []int {
	k := memoKey{ri, t.r.text[at:end]}
	matchMemo.RLock()
	rel, ok := matchMemo.m[k]
	matchMemo.RUnlock()
	if !ok {
		rel = t.bt.match(t.d, ri, k.in)
		matchMemo.Lock()
		if len(matchMemo.m) < matchMemoCap {
			k.in = strings.Clone(k.in) // do not pin the caller's text
			matchMemo.m[k] = rel
		}
		matchMemo.Unlock()
	}
	if rel == nil {
		return nil
	}
	// Offsets of all the candidates of a text share one growing array:
	// a slice handed out keeps the array it was cut from.
	n := len(t.locs)
	for _, o := range rel {
		if o >= 0 {
			o += at
		}
		t.locs = append(t.locs, o)
	}
	return t.locs[n:len(t.locs):len(t.locs)]
}

type memoKey struct {
	rule int
	in   string
}

// matchMemo holds the submatches of rules on inputs (nil: no match).
var matchMemo = struct {
	sync.RWMutex
	m map[memoKey][]int
}{m: map[memoKey][]int{}}

const matchMemoCap = 1 << 16

// wordByte holds the bytes isWordByte accepts.
var wordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

// cands appends to out the candidates of the rules in rs at text[at:end].
// Inside an expression already taken, only rules whose extent is a group
// (which may start later) can still yield a candidate Tag would keep.
func (t *tagger) cands(out []cand, rs []reach, at, end int, inside bool) []cand {
	text := t.r.text
	for _, m := range rs {
		r := rules[m.rule]
		if inside && r.span == 0 {
			continue
		}
		// One byte past the furthest end decides \b and $ as the whole
		// window would.
		loc := t.matchAt(m.rule, at, min(end, m.end+1))
		if loc == nil {
			continue
		}
		s, e := loc[2*r.span], loc[2*r.span+1]
		if s < 0 || s == e || !bounded(text, s, e) {
			continue
		}
		out = append(out, cand{start: s, end: e, rule: r, idx: loc, prio: m.rule})
	}
	return out
}

// window bounds how far one expression may reach.
const window = 120

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// yearQuote reports an apostrophe before two digits ('98, '90s).
func yearQuote(text string, at int) bool {
	return text[at] == '\'' && at+1 < len(text) && isDigit(text[at+1])
}

// compile is the program of a pattern as newRule compiles it.
func compile(pattern string) *syntax.Prog {
	re, err := syntax.Parse(`(?i:`+pattern+`)`, syntax.Perl)
	if err != nil {
		panic(err)
	}
	p, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	return p
}

// pick sorts candidates leftmost first, longest first, earlier rule first:
// Tag takes the first that normalises at each place.
func pick(all []cand) []cand {
	slices.SortFunc(all, func(a, b cand) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end
		}
		return a.prio - b.prio
	})
	return all
}

// bounded reports whether text[s:e] neither starts nor ends inside a word.
func bounded(text string, s, e int) bool {
	first, _ := utf8.DecodeRuneInString(text[s:])
	last, _ := utf8.DecodeLastRuneInString(text[:e])
	if isWord(first) && s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); isWord(r) {
			return false
		}
	}
	if isWord(last) && e < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[e:]); isWord(r) {
			return false
		}
	}
	return true
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// paragraphs splits text at blank lines into [start, end) ranges; very long
// paragraphs are cut at line ends so no regular expression sees a huge input.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		for end-start > maxChunk {
			cut := strings.LastIndexByte(text[start:start+maxChunk], '\n')
			if cut <= 0 {
				cut = strings.LastIndexByte(text[start:start+maxChunk], ' ')
			}
			if cut <= 0 {
				cut = maxChunk
			}
			out = append(out, [2]int{start, start + cut})
			start += cut
		}
		out = append(out, [2]int{start, end})
		start = end + 2
	}
	return out
}

const maxChunk = 4096
