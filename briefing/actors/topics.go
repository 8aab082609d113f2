package actors

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// topicSignals lists each defense-policy topic with the phrases that signal
// it: lower-case words, a trailing * matching any ending. Matching runs on
// words, not regular expressions, to stay linear and fast on long inputs.
var topicSignals = []struct {
	name    string
	phrases []string
}{
	{"cyber defense", []string{"cyber security", "cyber defense", "cyber defence", "cyber attack*", "cyberattack*", "cybersecurity", "cyber warfare", "cyber threat*", "cyberspace", "cyber crime", "hacker*", "hacking", "malware", "ransomware", "firewall"}},
	{"Afghanistan mission", []string{"afghanistan", "afghan", "isaf", "resolute support", "taliban"}},
	{"war in Ukraine", []string{"ukraine", "ukrainian", "kyiv", "kiev", "donbas", "crimea", "zelensk*"}},
	{"NATO and alliances", []string{"nato", "alliance", "allies", "article 5", "collective defense", "collective defence"}},
	{"defense budgets and spending", []string{"defense budget*", "defence budget*", "military budget*", "defense spending", "defence spending", "military spending", "of gdp", "appropriation*", "ndaa"}},
	{"arms procurement and industry", []string{"procurement", "arms sale*", "arms deal*", "arms export*", "defense contract*", "defence contract*", "defense industry", "defence industry", "weapons production", "ammunition"}},
	{"nuclear weapons and arms control", []string{"nuclear", "arms control", "warhead*", "non-proliferation", "nonproliferation", "enrichment", "uranium"}},
	{"missile defense", []string{"missile defense", "missile defence", "ballistic missile*", "cruise missile*", "hypersonic", "air defense", "air defence", "patriot", "interceptor*", "iron dome"}},
	{"terrorism and counter-terrorism", []string{"terror*", "islamic state", "isis", "isil", "al-qaeda", "al qaeda", "jihadist*", "extremis*"}},
	{"Middle East security", []string{"israel", "gaza", "hamas", "hezbollah", "iran", "yemen", "houthi*", "lebanon", "syria", "iraq"}},
	{"Indo-Pacific security", []string{"china", "chinese", "beijing", "taiwan", "south china sea", "indo-pacific", "korean peninsula", "north korea", "pyongyang"}},
	{"military aid", []string{"military aid", "military assistance", "security assistance", "weapons deliveries", "aid package*", "lend-lease"}},
	{"sanctions", []string{"sanction*", "embargo*", "export control*"}},
	{"maritime security", []string{"navy", "naval", "warship*", "frigate*", "destroyer*", "submarine*", "strait", "shipping lane*", "maritime"}},
	{"military exercises and deployments", []string{"exercise*", "drill*", "manoeuvres", "maneuvers", "deploy*", "troop*", "battalion*", "brigade*"}},
	{"drones and unmanned systems", []string{"drone*", "unmanned", "uav*"}},
	{"space and satellites", []string{"space force", "space command", "satellite*", "anti-satellite"}},
	{"intelligence", []string{"intelligence", "espionage", "spies", "spying", "surveillance"}},
	{"diplomacy and talks", []string{"peace talks", "negotiation*", "ceasefire", "cease-fire", "truce", "summit*", "diplomat*"}},
	{"chemical and biological weapons", []string{"chemical weapon*", "biological weapon*", "bioweapon*", "sarin", "nerve agent*", "novichok"}},
}

// minTopicHits: a topic needs this many signals to count, so a passing
// mention does not make a topic.
const minTopicHits = 2

// maxTopics bounds the list.
const maxTopics = 6

// signal is one phrase of a topic, split into words.
type signal struct {
	topic int
	words []string
}

// signalsByFirst indexes signals by their first word, or, for a first word
// with a trailing *, by its first prefixLen letters.
var signalsByFirst = sync.OnceValues(func() (map[string][]signal, map[string][]signal) {
	exact, prefixed := map[string][]signal{}, map[string][]signal{}
	for i, t := range topicSignals {
		for _, p := range t.phrases {
			s := signal{topic: i, words: strings.Fields(p)}
			if stem, ok := strings.CutSuffix(s.words[0], "*"); ok {
				prefixed[stem[:prefixLen]] = append(prefixed[stem[:prefixLen]], s)
			} else {
				exact[s.words[0]] = append(exact[s.words[0]], s)
			}
		}
	}
	return exact, prefixed
})

// prefixLen is the shortest stem before a * in topicSignals.
const prefixLen = 3

// Topics returns the defense-policy topics of text, most signalled first.
func Topics(text string) []string { return topicsOf(tokenize(text)) }

func topicsOf(toks []token) []string {
	exact, prefixed := signalsByFirst()
	starts := signalStarts()
	hits := make([]int, len(topicSignals))
	var buf [32]byte
	for i, t := range toks {
		if !starts.may(t.text) {
			continue
		}
		w, ok := lowerInto(buf[:0], t.text)
		if !ok {
			w = []byte(strings.ToLower(t.text))
		}
		for _, s := range exact[string(w)] {
			if signalAt(toks, i, s.words) {
				hits[s.topic]++
			}
		}
		if len(w) < prefixLen {
			continue
		}
		for _, s := range prefixed[string(w[:prefixLen])] {
			if signalAt(toks, i, s.words) {
				hits[s.topic]++
			}
		}
	}
	return topTopics(hits)
}

// signalAt reports whether the words from toks[i] match the phrase p.
func signalAt(toks []token, i int, p []string) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, pw := range p {
		w := toks[i+k].text
		if stem, ok := strings.CutSuffix(pw, "*"); ok {
			if !hasLowerPrefix(w, stem) {
				return false
			}
		} else if !isLower(w, pw) {
			return false
		}
	}
	return true
}

// isLower reports whether strings.ToLower(w) == low, without the new
// string when w is ASCII.
func isLower(w, low string) bool {
	if !isASCII(w) {
		return strings.ToLower(w) == low
	}
	if len(w) != len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != low[i] {
			return false
		}
	}
	return true
}

// hasLowerPrefix reports whether strings.ToLower(w) starts with stem.
func hasLowerPrefix(w, stem string) bool {
	if !isASCII(w) {
		return strings.HasPrefix(strings.ToLower(w), stem)
	}
	return len(w) >= len(stem) && isLower(w[:len(stem)], stem)
}

// lowerInto appends w lower-cased to b; ok is false when w is not ASCII
// or does not fit.
func lowerInto(b []byte, w string) (out []byte, ok bool) {
	if len(w) > cap(b)-len(b) || !isASCII(w) {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		b = append(b, lowerByte(w[i]))
	}
	return b, true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// startSet holds the first three letters, lower-cased, of the first word
// of every signal (two for a two-letter word): most words of a text start
// otherwise, and are passed over without lower-casing them or looking them
// up.
type startSet [27 * 26 * 26]bool

// startIndex is the index of w's start in a startSet; ok is false when w
// is shorter than two bytes or does not start with ASCII letters.
func startIndex(w string) (i int, ok bool) {
	if len(w) < 2 {
		return 0, false
	}
	a, b, c := lowerByte(w[0])-'a', lowerByte(w[1])-'a', byte(26) // 26: the word ends
	if len(w) > 2 {
		if c = lowerByte(w[2]) - 'a'; c >= 26 {
			return 0, false
		}
	}
	if a >= 26 || b >= 26 {
		return 0, false
	}
	return (int(a)*26+int(b))*27 + int(c), true
}

func (s *startSet) may(w string) bool {
	i, ok := startIndex(w)
	return !ok || s[i] // short or not ASCII letters: look it up
}

var signalStarts = sync.OnceValue(func() *startSet {
	s := new(startSet)
	for _, t := range topicSignals {
		for _, p := range t.phrases {
			w := p[:strings.IndexAny(p+" ", " *")] // the first word or stem
			if len(w) < prefixLen && strings.HasPrefix(p[len(w):], "*") {
				panic("actors: topic signal stem shorter than prefixLen: " + p)
			}
			// A word that has no index (al-qaeda) is matched by words
			// that have none either, which may always passes.
			if i, ok := startIndex(w); ok {
				s[i] = true
			}
		}
	}
	return s
})

func topTopics(hits []int) []string {
	order := make([]int, 0, len(hits))
	for i, n := range hits {
		if n >= minTopicHits {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return hits[order[a]] > hits[order[b]] })
	if len(order) > maxTopics {
		order = order[:maxTopics]
	}
	var out []string
	for _, k := range order {
		out = append(out, topicSignals[k].name)
	}
	return out
}
