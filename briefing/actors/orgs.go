package actors

import "strings"

// orgHeads end organisation names ("Federal Security Service", "The Wall
// Street Journal").
var orgHeads = map[string]bool{
	"Ministry": true, "Department": true, "Agency": true, "Council": true, "Command": true, "Forces": true,
	"Army": true, "Navy": true, "Corps": true, "Committee": true, "Organization": true, "Organisation": true,
	"Alliance": true, "Party": true, "Institute": true, "Journal": true, "Times": true, "Post": true,
	"Guard": true, "Office": true, "Parliament": true, "Assembly": true, "Commission": true, "Court": true,
	"Service": true, "Bureau": true, "Brigade": true, "Division": true, "Battalion": true, "Regiment": true,
	"Fleet": true, "Group": true, "Company": true, "Corporation": true, "University": true, "Centre": true,
	"Center": true, "Circuit": true, "Foundation": true, "Association": true, "Union": true, "Front": true, "Movement": true,
}

// connectors may stand inside organisation names.
var connectors = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true}

// notAcronym are capitalised abbreviations that name no actor.
var notAcronym = map[string]bool{
	"CEO": true, "GDP": true, "USD": true, "EUR": true, "GMT": true, "UTC": true, "EST": true, "EDT": true,
	"PDF": true, "URL": true, "HTML": true, "FAQ": true, "COVID": true, "TV": true, "PM": true, "AM": true,
	"II": true, "III": true, "IV": true, "VI": true, "VII": true, "AND": true, "THE": true, "FOR": true,
	"NEW": true, "USS": true, "USNS": true, "HMS": true, "HMCS": true, "HMAS": true, "BREAKING": true, "UPDATE": true, "VIDEO": true, "PHOTO": true, "ET": true, "PT": true,
}

// findOrganizations counts organisations the gazetteer lacks: acronyms and
// capitalised names ending in an organisation word.
func findOrganizations(toks []token, c *counter) {
	g := loadGazetteer()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isAcronym(t.text) && len(t.text) >= 3 && !notAcronym[t.text] && !g.isEntity(t.text) &&
			!g.isEntity(titleCase(t.text)) && !capsRun(toks, i) {
			c.add(t.text, Organization, t.start)
			continue
		}
		if t.info.orgHead && i > 0 {
			if name, n := orgNameEndingAt(g, toks, i); n >= 2 && !g.isEntity(name) {
				c.add(name, Organization, toks[i-n+1].start)
			}
		}
	}
}

// orgNameEndingAt reads the capitalised words (and inner connectors) before
// the head word at toks[end]; it returns the name and its length in words.
func orgNameEndingAt(g *gazetteer, toks []token, end int) (string, int) {
	i := end
	for i > 0 && end-i < 6 {
		t := toks[i-1]
		if !(isCapitalized(t.text) || connectors[t.text]) || notName[t.text] && t.text != "Defense" && t.text != "Defence" && t.text != "Foreign" {
			break
		}
		if toks[i].afterPunct {
			break
		}
		i--
	}
	for i < end && connectors[toks[i].text] {
		i++
	}
	words := make([]string, 0, end-i+1)
	for _, t := range toks[i : end+1] {
		words = append(words, t.text)
	}
	return strings.Join(words, " "), len(words)
}

// capsRun reports whether toks[i] stands among other all-capital words, as in
// a shouted headline or a dateline, where capitals say nothing.
func capsRun(toks []token, i int) bool {
	return i > 0 && isAllCaps(toks[i-1].text) && len(toks[i-1].text) > 1 ||
		i+1 < len(toks) && isAllCaps(toks[i+1].text) && len(toks[i+1].text) > 1
}

func titleCase(w string) string {
	if w == "" {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}
