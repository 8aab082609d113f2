package actors

import (
	"sort"
	"strings"
	"sync"
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
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.text)
	}
	exact, prefixed := signalsByFirst()
	hits := make([]int, len(topicSignals))
	for i, w := range words {
		for _, s := range exact[w] {
			if signalAt(words, i, s.words) {
				hits[s.topic]++
			}
		}
		if len(w) < prefixLen {
			continue
		}
		for _, s := range prefixed[w[:prefixLen]] {
			if signalAt(words, i, s.words) {
				hits[s.topic]++
			}
		}
	}
	return topTopics(hits)
}

// signalAt reports whether words from i match the phrase p.
func signalAt(words []string, i int, p []string) bool {
	if i+len(p) > len(words) {
		return false
	}
	for k, pw := range p {
		w := words[i+k]
		if stem, ok := strings.CutSuffix(pw, "*"); ok {
			if !strings.HasPrefix(w, stem) {
				return false
			}
		} else if w != pw {
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
