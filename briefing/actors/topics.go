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
var topicSignals = [...]struct {
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

// signalIndex finds the signals a word may open. exact and prefixed index
// them by their first word, or, for a first word with a trailing *, by its
// first prefixLen letters: non-ASCII words are looked up there, as their
// lower-case form may differ in length. ASCII words are looked up by their
// first three bytes in byStart, those the tokenizer's startSet passes.
type signalIndex struct {
	exact, prefixed map[string][]signal
	byStart         [26 * 26 * 28]uint16 // by startKey; 0: no signal may start so
	starts          [][]start            // starts[byStart[k]]
	starts3         startSet
}

// startSet is a filter the tokenizer runs every ASCII word through: it has
// a bit for the low five bits of the first three bytes of every signal's
// first word or stem, hashed. Bytes of another case have the same low
// bits, so every word that may open a signal passes; few others do. The
// third byte of a word of two is whatever follows it, so a first word of
// two sets the bits of every third byte.
type startSet [1 << 15 / 64]uint64

// startBits gives the bit in a startSet of the first three bytes of a
// word, the low bytes of x.
func startBits(x uint64) uint32 {
	return uint32(x) & 0x1F1F1F * 0x9E3779B1 >> 17
}

func (s *startSet) add(w string) {
	var x uint64
	for k := min(len(w), 3) - 1; k >= 0; k-- {
		x = x<<8 | uint64(w[k])
	}
	var thirds uint64 = 1 // the third bytes to set
	if len(w) == 2 {
		thirds = 32
	}
	for c := range thirds {
		b := startBits(x | c<<16)
		s[b/64] |= 1 << (b % 64)
	}
}

// has is 1 when the word whose first bytes are the low bytes of x may
// open a signal, else 0.
func (s *startSet) has(x uint64) flags {
	b := startBits(x)
	return flags(s[b/64] >> (b % 64) & 1)
}

// start is a signal group that words with one startKey may open: exact
// ones when the word is word, lower-cased; else a stem's.
type start struct {
	word    string // "" for a stem
	signals []signal
}

var loadSignals = sync.OnceValue(func() *signalIndex {
	x := &signalIndex{exact: map[string][]signal{}, prefixed: map[string][]signal{}}
	for i, t := range topicSignals {
		for _, p := range t.phrases {
			s := signal{topic: i, words: strings.Fields(p)}
			if stem, ok := strings.CutSuffix(s.words[0], "*"); ok {
				if len(stem) < prefixLen {
					panic("actors: topic signal stem shorter than prefixLen: " + p)
				}
				x.prefixed[stem[:prefixLen]] = append(x.prefixed[stem[:prefixLen]], s)
			} else {
				x.exact[s.words[0]] = append(x.exact[s.words[0]], s)
			}
		}
	}
	x.starts = [][]start{nil}
	for _, w := range sortedKeys(x.exact) {
		x.addStart(w, start{word: w, signals: x.exact[w]})
		x.starts3.add(w)
	}
	for _, stem := range sortedKeys(x.prefixed) {
		x.addStart(stem, start{signals: x.prefixed[stem]})
		x.starts3.add(stem)
	}
	return x
})

// addStart adds st to the starts of words that start as w.
func (x *signalIndex) addStart(w string, st start) {
	k, ok := startKey(w)
	if !ok {
		panic("actors: topic signal word not indexed by its start: " + w)
	}
	if x.byStart[k] == 0 {
		x.byStart[k] = uint16(len(x.starts))
		x.starts = append(x.starts, nil)
	}
	x.starts[x.byStart[k]] = append(x.starts[x.byStart[k]], st)
}

func sortedKeys(m map[string][]signal) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// prefixLen is the shortest stem before a * in topicSignals.
const prefixLen = 3

// startKey indexes the ASCII word w by its first three bytes, lower-cased:
// two letters, then a letter, the end of the word (26) or another byte
// (27). ok is false when w has fewer than two letters there: no signal
// starts so.
func startKey(w string) (k int, ok bool) {
	if len(w) < 2 {
		return 0, false
	}
	a, b := w[0]|0x20-'a', w[1]|0x20-'a' // lower case for every byte of an ASCII word
	if a >= 26 || b >= 26 {
		return 0, false
	}
	c := byte(26)
	if len(w) > 2 {
		if c = w[2] | 0x20 - 'a'; c >= 26 {
			c = 27
		}
	}
	return (int(a)*26+int(b))*28 + int(c), true
}

// Topics returns the defense-policy topics of text, most signalled first.
func Topics(text string) []string {
	return topicsOf(&doc{text: text, toks: tokenize(text)})
}

// topicsOf counts the topic signals at the tokens the tokenizer marked
// topical, and returns the topics most signalled.
func topicsOf(d *doc) []string {
	d.topical = flagged(d.topical, d.toks, topical)
	x := loadSignals()
	var hits [len(topicSignals)]int
	for _, k := range d.topical {
		i, t := int(k), d.toks[k]
		if t.flags&plainASCII == 0 {
			x.countSlow(d, i, hits[:])
			continue
		}
		w := d.wordOf(t)
		k, ok := startKey(w)
		if !ok {
			continue // passed the tokenizer's filter, but no signal starts so
		}
		for _, st := range x.starts[x.byStart[k]] {
			if st.word == "" || asciiIsLower(w, st.word) {
				x.count(d, i, st.signals, hits[:])
			}
		}
	}
	return topTopics(hits[:])
}

// count adds a hit for each of signals found at d.toks[i].
func (x *signalIndex) count(d *doc, i int, signals []signal, hits []int) {
	for _, s := range signals {
		if signalAt(d, i, s.words) {
			hits[s.topic]++
		}
	}
}

// countSlow counts the signals at d.toks[i], a word that is not ASCII.
func (x *signalIndex) countSlow(d *doc, i int, hits []int) {
	w := strings.ToLower(d.word(i))
	x.count(d, i, x.exact[w], hits)
	if len(w) >= prefixLen {
		x.count(d, i, x.prefixed[w[:prefixLen]], hits)
	}
}

// signalAt reports whether the words from d.toks[i] match the phrase p.
func signalAt(d *doc, i int, p []string) bool {
	if i+len(p) > len(d.toks) {
		return false
	}
	for k, pw := range p {
		w := d.word(i + k)
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
	return asciiIsLower(w, low)
}

// asciiIsLower is isLower of an ASCII word w.
func asciiIsLower(w, low string) bool {
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
