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
	// Things and terms, not actors: media, diseases, devices, weapons.
	// (Three letters or more: findOrganizations takes no shorter acronym.)
	"CDS": true, "DVD": true, "DVDS": true, "HIV": true, "AIDS": true, "DNA": true, "PCS": true,
	"SMS": true, "GPS": true, "USB": true, "LCD": true, "CCTV": true, "VAT": true,
	"MPS": true, "MEP": true, "MEPS": true, "IED": true, "IEDS": true, "UAV": true, "UAVS": true, "UAS": true,
	"RPG": true, "ICBM": true, "ICBMS": true,
}

// findOrganizations counts organisations the gazetteer lacks: acronyms and
// capitalised names ending in an organisation word.
func findOrganizations(g *gazetteer, d *doc, c *counter) {
	toks := d.toks
	for _, k := range d.names {
		i, t := int(k), toks[k]
		if n := t.end - t.start; n >= 3 && n <= 6 && t.flags&capital != 0 && t.flags&(notAcro|entity|upperEntity) == 0 {
			if w := d.wordOf(t); isAcronym(w) && !capsRun(d, i) {
				c.add(w, Organization, int(t.start))
				continue
			}
		}
		if t.flags&orgHead != 0 && i > 0 {
			if name, n := orgNameEndingAt(d, i); n >= 2 && !g.isEntity(name) {
				c.add(name, Organization, int(toks[i-n+1].start))
			}
		}
	}
}

// orgNameEndingAt reads the capitalised words (and inner connectors) before
// the head word at d.toks[end]; it returns the name and its length in words.
func orgNameEndingAt(d *doc, end int) (string, int) {
	toks := d.toks
	i := end
	for i > 0 && end-i < 6 {
		t := toks[i-1]
		if t.flags&(capital|connector) == 0 || t.flags&notNameW != 0 && !isNamePart(d.wordOf(t)) {
			break
		}
		if toks[i].flags&afterPunct != 0 {
			break
		}
		i--
	}
	for i < end && toks[i].flags&connector != 0 {
		i++
	}
	words := make([]string, 0, end-i+1)
	for k := i; k <= end; k++ {
		words = append(words, d.word(k))
	}
	return strings.Join(words, " "), len(words)
}

// isNamePart: words of notName that may stand in an organisation's name.
func isNamePart(w string) bool { return w == "Defense" || w == "Defence" || w == "Foreign" }

// capsRun reports whether d.toks[i] stands among other all-capital words, as
// in a shouted headline or a dateline, where capitals say nothing.
func capsRun(d *doc, i int) bool {
	return i > 0 && isAllCaps(d.word(i-1)) ||
		i+1 < len(d.toks) && isAllCaps(d.word(i+1))
}

func titleCase(w string) string {
	if w == "" {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}
