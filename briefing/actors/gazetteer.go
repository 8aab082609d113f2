package actors

import (
	"bufio"
	"embed"
	"encoding/json"
	"strings"
	"sync"
	"unicode/utf8"

	"brief/internal/wordtab"
)

//go:embed data/*.jsonl data/*.txt
var dataFS embed.FS

// phrase is one name form in the gazetteer.
type phrase struct {
	words []string
	name  string // the display name of the actor it names
	kind  string
}

// gazetteer indexes name forms by their first word, longest form first.
type gazetteer struct {
	byFirst map[string][]phrase
	// byUndoubled finds long place names written with a doubled letter
	// dropped or added ("Tallin" for Tallinn), a common misspelling.
	byUndoubled map[string]phrase
	// people are notable people's full names, by surname.
	people map[string][]string
	// words says what the lists say of each word as written, so that each
	// word of a text is looked up once.
	words *wordtab.Table[*wordInfo]
	// lowerLens has bit n of lowerLens[c-'a'] set when a word of n bytes
	// that starts with the lower-case letter c is in words: most words of
	// a text start so, and few are there.
	lowerLens [26]uint64
}

// wordInfo is what the gazetteer and the word lists say of one word.
type wordInfo struct {
	phrases []phrase // byFirst: forms that start with the word, longest first
	entity  bool     // the word alone names an entity: see isEntity
	title   bool     // titleWords
	cue     bool     // cueWords
	orgHead bool     // orgHeads
	notName bool     // notName
}

// indexWords fills g.words from byFirst and the word lists.
func (g *gazetteer) indexWords() {
	words := map[string]*wordInfo{}
	defer func() {
		g.words = wordtab.New(words)
		for w := range words {
			if c := w[0]; 'a' <= c && c <= 'z' && len(w) < 64 {
				g.lowerLens[c-'a'] |= 1 << len(w)
			}
		}
	}()
	at := func(w string) *wordInfo {
		if words[w] == nil {
			words[w] = &wordInfo{}
		}
		return words[w]
	}
	for w, ps := range g.byFirst {
		at(w).phrases, at(w).entity = ps, g.isEntity(w)
	}
	for w := range titleWords {
		at(w).title = true
	}
	for w := range cueWords {
		at(w).cue = true
	}
	for w := range orgHeads {
		at(w).orgHead = true
	}
	for w := range notName {
		at(w).notName = true
	}
}

// annotate points each token to what the lists say of its word.
func (g *gazetteer) annotate(toks []token) {
	for i := range toks {
		toks[i].info = &noInfo
		w := toks[i].text
		if c := w[0]; 'a' <= c && c <= 'z' && len(w) < 64 && g.lowerLens[c-'a']&(1<<len(w)) == 0 {
			continue // no word of the lists starts so
		}
		if info := g.words.Get(w); info != nil {
			toks[i].info = info
		}
	}
}

// noInfo is the info of words no list has.
var noInfo wordInfo

var loadGazetteer = sync.OnceValue(buildGazetteer)

func buildGazetteer() *gazetteer {
	g := &gazetteer{byFirst: map[string][]phrase{}, byUndoubled: map[string]phrase{}, people: map[string][]string{}}
	addCountries(g)
	addOrganizations(g)
	for _, line := range dataLines("data/orgs_extra.txt") {
		forms := strings.Split(line, "|")
		for _, f := range forms {
			g.add(f, forms[0], Organization)
		}
	}
	for _, name := range dataLines("data/people.txt") {
		w := strings.Fields(name)
		g.people[w[len(w)-1]] = append(g.people[w[len(w)-1]], name)
	}
	for k := range g.byFirst {
		ps := g.byFirst[k]
		sortLongestFirst(ps)
	}
	g.indexWords()
	return g
}

// countryRecord is one line of countries_en_mledoze.jsonl.
type countryRecord struct {
	Name     string   `json:"name"`
	Official string   `json:"official"`
	Alt      []string `json:"alt"`
	DemonymM string   `json:"demonym_m"`
	DemonymF string   `json:"demonym_f"`
	Capital  []string `json:"capital"`
}

// countryAliases are everyday English forms the list lacks.
var countryAliases = map[string][]string{
	"United States":  {"U.S.", "US", "U.S.A.", "America"},
	"United Kingdom": {"U.K.", "UK", "Britain"},
	"Russia":         {"Russian Federation"},
	"South Korea":    {"S. Korea"},
	"North Korea":    {"N. Korea"},
	"Czechia":        {"Czech Republic"},
	"Turkey":         {"Türkiye", "Turkiye"},
	"Ukraine":        {"the Ukraine"},
}

func addCountries(g *gazetteer) {
	for _, line := range dataLines("data/countries_en_mledoze.jsonl") {
		var c countryRecord
		if json.Unmarshal([]byte(line), &c) != nil {
			continue
		}
		forms := append([]string{c.Name, c.Official, c.DemonymM, c.DemonymF}, c.Alt...)
		forms = append(forms, countryAliases[c.Name]...)
		for _, f := range forms {
			g.add(f, c.Name, Country)
		}
		for _, capital := range c.Capital {
			g.add(capital, capital, Place)
			g.addUndoubled(capital, Place)
		}
		g.addUndoubled(c.Name, Country)
	}
}

// orgRecord covers the fields used from both organisation lists.
type orgRecord struct {
	Name    string   `json:"name_en"`
	Abbrev  string   `json:"abbrev_en"`
	Other   []string `json:"other_en"`
	ID      string   `json:"id"`
	CIAName string   `json:"name"`
}

func addOrganizations(g *gazetteer) {
	for _, file := range []string{"data/intl_orgs_supraverden.jsonl", "data/intl_orgs_ciafactbook_dieghernan.jsonl"} {
		for _, line := range dataLines(file) {
			var o orgRecord
			if json.Unmarshal([]byte(line), &o) != nil {
				continue
			}
			name, abbrev := o.Name, o.Abbrev
			if name == "" {
				name, abbrev = o.CIAName, o.ID
			}
			if !isAcronym(abbrev) {
				abbrev = ""
			}
			display := name
			if abbrev != "" {
				display = abbrev
			}
			for _, f := range append([]string{name, abbrev}, o.Other...) {
				if f != "" && !g.known(f) {
					g.add(f, display, Organization)
				}
			}
		}
	}
}

// isAcronym: two to six capitals, the form lists give as abbreviations.
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ { // bytes: any byte of a wider rune fails too
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (g *gazetteer) add(form, name, kind string) {
	words := tokenWords(form)
	if len(words) == 0 || !isCapitalized(words[0]) {
		return
	}
	g.byFirst[words[0]] = append(g.byFirst[words[0]], phrase{words: words, name: name, kind: kind})
}

// known reports whether form is already in the gazetteer (first entry wins).
func (g *gazetteer) known(form string) bool {
	words := tokenWords(form)
	if len(words) == 0 {
		return false
	}
	for _, p := range g.byFirst[words[0]] {
		if strings.Join(p.words, " ") == strings.Join(words, " ") {
			return true
		}
	}
	return false
}

// minUndoubledLen keeps short names, where one letter makes another word,
// out of the misspelling index.
const minUndoubledLen = 6

func (g *gazetteer) addUndoubled(name, kind string) {
	if len(name) < minUndoubledLen || strings.Contains(name, " ") {
		return
	}
	g.byUndoubled[undouble(name)] = phrase{words: []string{name}, name: name, kind: kind}
}

// undouble collapses doubled letters: "Tallinn" and "Tallin" both give "Talin".
func undouble(s string) string { return string(appendUndoubled(nil, s)) }

func appendUndoubled(b []byte, s string) []byte {
	var last rune
	for _, r := range s {
		if r != last {
			b = utf8.AppendRune(b, r)
		}
		last = r
	}
	return b
}

func tokenWords(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		out = append(out, t.text)
	}
	return out
}

func sortLongestFirst(ps []phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// dataLines returns the non-empty, non-comment lines of an embedded file.
func dataLines(name string) []string {
	f, err := dataFS.Open(name)
	if err != nil {
		panic("actors: embedded " + name + " missing: " + err.Error())
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// matchGazetteer counts every gazetteer name in toks, longest match first.
func matchGazetteer(toks []token, c *counter) {
	g := loadGazetteer()
	var buf [64]byte
	for i := 0; i < len(toks); {
		if p, n := g.longest(toks, i); n > 0 {
			c.add(p.name, p.kind, int(toks[i].start))
			i += n
			continue
		}
		if w := toks[i].text; len(w) >= minUndoubledLen && isCapitalized(w) {
			if p, ok := g.byUndoubled[string(appendUndoubled(buf[:0], w))]; ok {
				c.add(p.name, p.kind, int(toks[i].start))
			}
		}
		i++
	}
}

// longest returns the longest gazetteer phrase at toks[i] and its length in words.
func (g *gazetteer) longest(toks []token, i int) (phrase, int) {
	for _, p := range toks[i].info.phrases {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p.words {
			if toks[i+k].text != w {
				ok = false
				break
			}
		}
		if ok {
			return p, len(p.words)
		}
	}
	return phrase{}, 0
}
