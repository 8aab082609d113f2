package actors

import (
	"regexp"
	"sort"
)

// topic is a defense-policy topic and the patterns that signal it.
type topic struct {
	name     string
	patterns []*regexp.Regexp
}

// minTopicHits: a topic needs this many signals to count, so a passing
// mention does not make a topic.
const minTopicHits = 2

// maxTopics bounds the list.
const maxTopics = 6

func re(s string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + s) }

// topics are checked in this order; ties keep it.
var topics = []topic{
	{"cyber defense", []*regexp.Regexp{re(`\bcyber[- ]?(?:security|defen[cs]e|attacks?|warfare|threats?|space|crime)\b`), re(`\bcyberattacks?\b`), re(`\b(?:hack(?:ers?|ing|ed)|malware|ransomware|firewall)\b`)}},
	{"Afghanistan mission", []*regexp.Regexp{re(`\bAfghan(?:istan)?\b`), re(`\bISAF\b`), re(`\bResolute Support\b`), re(`\bTaliban\b`)}},
	{"war in Ukraine", []*regexp.Regexp{re(`\bUkrain(?:e|ian)\b`), re(`\bKyiv\b|\bKiev\b`), re(`\bDonbas\b|\bCrimea\b|\bZelensk`)}},
	{"NATO and alliances", []*regexp.Regexp{re(`\bNATO\b`), re(`\balliance\b`), re(`\ballies\b`), re(`\bArticle 5\b|\bcollective defen[cs]e\b`)}},
	{"defense budgets and spending", []*regexp.Regexp{re(`\b(?:defen[cs]e|military) (?:budgets?|spending)\b`), re(`\b\d+(?:\.\d+)? ?(?:%|per ?cent) of (?:GDP|gross domestic product)\b`), re(`\bappropriations?\b|\bNDAA\b`)}},
	{"arms procurement and industry", []*regexp.Regexp{re(`\bprocurement\b`), re(`\barms (?:sales?|deals?|exports?)\b`), re(`\b(?:defen[cs]e|weapons?) (?:contracts?|industry|manufactur\w+|production)\b`), re(`\bammunition\b`)}},
	{"nuclear weapons and arms control", []*regexp.Regexp{re(`\bnuclear\b`), re(`\barms control\b`), re(`\b(?:warheads?|non-?proliferation|enrichment|uranium)\b`)}},
	{"missile defense", []*regexp.Regexp{re(`\bmissile defen[cs]e\b`), re(`\b(?:ballistic|cruise|hypersonic) missiles?\b`), re(`\b(?:air defen[cs]e|Patriot|interceptors?|Iron Dome)\b`)}},
	{"terrorism and counter-terrorism", []*regexp.Regexp{re(`\bterror(?:ism|ist|ists)?\b`), re(`\b(?:Islamic State|ISIS|ISIL|al[- ]Qaeda|jihadists?)\b`), re(`\bextremis(?:m|ts?)\b`)}},
	{"Middle East security", []*regexp.Regexp{re(`\b(?:Israel|Gaza|Hamas|Hezbollah|Iran|Yemen|Houthis?|Lebanon)\b`), re(`\bSyria\b`), re(`\bIraq\b`)}},
	{"Indo-Pacific security", []*regexp.Regexp{re(`\b(?:China|Chinese|Beijing)\b`), re(`\bTaiwan\b`), re(`\b(?:South China Sea|Indo-Pacific|Korean Peninsula|North Korea|Pyongyang)\b`)}},
	{"military aid", []*regexp.Regexp{re(`\bmilitary (?:aid|assistance|support)\b`), re(`\b(?:security assistance|weapons deliveries|aid package)\b`), re(`\b(?:arms|weapons) (?:to|for) \w+`)}},
	{"sanctions", []*regexp.Regexp{re(`\bsanctions?\b`), re(`\bembargo(?:es)?\b`), re(`\bexport controls?\b`)}},
	{"maritime security", []*regexp.Regexp{re(`\b(?:navy|naval|warships?|frigates?|destroyers?|submarines?)\b`), re(`\b(?:strait|shipping lanes?|maritime)\b`)}},
	{"military exercises and deployments", []*regexp.Regexp{re(`\b(?:exercises?|drills?|manoeuvres|maneuvers)\b`), re(`\b(?:deploy(?:ed|ment|ments|s)?|troops?|battalions?|brigades?)\b`)}},
	{"drones and unmanned systems", []*regexp.Regexp{re(`\bdrones?\b`), re(`\bunmanned\b|\bUAVs?\b`)}},
	{"space and satellites", []*regexp.Regexp{re(`\bspace (?:force|command|domain|defen[cs]e)\b`), re(`\bsatellites?\b`), re(`\banti-satellite\b`)}},
	{"intelligence", []*regexp.Regexp{re(`\bintelligence\b`), re(`\b(?:espionage|spies|spying|surveillance)\b`)}},
	{"diplomacy and talks", []*regexp.Regexp{re(`\b(?:peace talks|negotiations?|ceasefire|cease-fire|truce)\b`), re(`\b(?:summit|diplomat(?:s|ic)?)\b`)}},
	{"chemical and biological weapons", []*regexp.Regexp{re(`\bchemical weapons?\b`), re(`\bbiological weapons?\b|\bbioweapons?\b`), re(`\b(?:sarin|nerve agent|Novichok)\b`)}},
}

// Topics returns the defense-policy topics of text, most signalled first.
// A topic counts when its patterns match at least minTopicHits times.
func Topics(text string) []string {
	type hit struct {
		name  string
		n, at int
	}
	var hits []hit
	for i, t := range topics {
		n := 0
		for _, p := range t.patterns {
			n += len(p.FindAllStringIndex(text, -1))
		}
		if n >= minTopicHits {
			hits = append(hits, hit{t.name, n, i})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].n != hits[j].n {
			return hits[i].n > hits[j].n
		}
		return hits[i].at < hits[j].at
	})
	var out []string
	for i, h := range hits {
		if i == maxTopics {
			break
		}
		out = append(out, h.name)
	}
	return out
}
