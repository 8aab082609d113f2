package actors

import (
	"bufio"
	"embed"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"brief/internal/wordtab"
)

//go:embed data/*.jsonl data/*.txt
var dataFS embed.FS

// phrase is one name form in the gazetteer.
type phrase struct {
	words  []string
	hashes []uint32 // hashString of each word
	name   string   // the display name of the actor it names
	kind   string
}

// gazetteer indexes name forms by their first word, longest form first.
type gazetteer struct {
	byFirst map[string][]phrase
	// byUndoubled finds long place names written with a doubled letter
	// dropped or added ("Tallin" for Tallinn), a common misspelling.
	byUndoubled map[string]phrase
	// people are notable people's full names, by surname.
	people map[string][]string
	// words finds what the lists say of each word as written, so that each
	// word of a text is looked up once: infos[words.Get(word)].
	words *wordtab.Table[int32]
	infos []wordInfo // infos[0] is the info of words no list has
	// filter has bit hash%len of every word of words set: most words of a
	// text are not there, and are passed over with one test.
	filter [1 << 16 / 64]uint64
}

// wordInfo is what the gazetteer and the word lists say of one word.
type wordInfo struct {
	phrases []phrase // byFirst: forms that start with the word, longest first
	heads   []head   // heads[k] of phrases[k], read first
	flags   flags    // the flags from hasPhrases on
}

// head is what longest checks of a phrase before reading it.
type head struct {
	n      int32  // the phrase's words
	second uint32 // the hash of its second word, if any
}

// indexWords fills g.words and g.infos from byFirst and the word lists.
func (g *gazetteer) indexWords() {
	byWord := map[string]flags{}
	for w := range g.byFirst {
		byWord[w] |= hasPhrases
		if g.isEntity(w) {
			byWord[w] |= entity
			// An acronym whose title-case form is this entity (IRAN for
			// Iran) is no organisation: see findOrganizations.
			if u := strings.ToUpper(w); isAcronym(u) && titleCase(u) == w {
				byWord[u] |= upperEntity
			}
		}
	}
	for _, l := range []struct {
		words map[string]bool
		f     flags
	}{{titleWords, title}, {cueWords, cue}, {orgHeads, orgHead}, {notName, notNameW}, {connectors, connector}, {notAcronym, notAcro}} {
		for w := range l.words {
			byWord[w] |= l.f
		}
	}
	words := make([]string, 0, len(byWord))
	for w := range byWord {
		words = append(words, w)
	}
	sort.Strings(words) // a deterministic table
	keys, hashes := []string{""}, []uint32{0}
	g.infos = []wordInfo{{}}
	for _, w := range words {
		keys, hashes = append(keys, w), append(hashes, hashString(w))
		info := wordInfo{phrases: g.byFirst[w], flags: byWord[w]}
		for _, p := range info.phrases {
			h := head{n: int32(len(p.words))}
			if len(p.words) > 1 {
				h.second = p.hashes[1]
			}
			info.heads = append(info.heads, h)
		}
		g.infos = append(g.infos, info)
	}
	if len(keys) > 1<<16 {
		panic("actors: too many words for token.info")
	}
	ids := make(map[string]int32, len(keys))
	for v, w := range keys[1:] {
		ids[w] = int32(v + 1)
	}
	g.words = wordtab.New(ids)
	for _, h := range hashes[1:] {
		g.filter[h/64%uint32(len(g.filter))] |= 1 << (h % 64)
	}
}

// annotate sets on each token what the lists say of its word, and lists
// in d.names the tokens that may name or introduce an actor. Its loops
// over all tokens make no call, so that the compiler keeps their state in
// registers.
func (g *gazetteer) annotate(d *doc) {
	toks := d.toks
	listed := grow(d.listed, len(toks))
	n := 0
	for i := range toks { // the words that may be in g.words
		h := toks[i].hash
		listed[n] = int32(i)
		n += int(g.filter[h/64%uint32(len(g.filter))] >> (h % 64) & 1)
	}
	for _, i := range listed[:n] {
		g.lookup(d.text, &toks[i])
	}
	d.listed = listed
	d.names = flagged(d.names, toks, nameFlags)
}

// grow returns s, resliced or reallocated, with length n.
func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// lookup sets t.info and the flags of the lists from g.words.
func (g *gazetteer) lookup(text string, t *token) {
	if v := g.words.Get(text[t.start:t.end]); v != 0 {
		t.info = uint16(v)
		t.flags |= g.infos[v].flags
	}
}

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
	// Independent tells a state from a territory: "French" is France's
	// demonym, not the French Southern and Antarctic Lands'.
	Independent bool `json:"independent"`
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
	var records []countryRecord
	for _, line := range dataLines("data/countries_en_mledoze.jsonl") {
		var c countryRecord
		if json.Unmarshal([]byte(line), &c) == nil {
			records = append(records, c)
		}
	}
	owner := demonymOwners(records)
	for _, c := range records {
		forms := []string{c.Name, c.Official}
		for _, d := range []string{c.DemonymM, c.DemonymF} {
			if owner[d] == c.Name {
				forms = append(forms, d)
			}
		}
		forms = append(forms, c.Alt...)
		forms = append(forms, countryAliases[c.Name]...)
		for _, f := range forms {
			g.add(f, c.Name, Country)
		}
		for _, capital := range c.Capital {
			if nameLikeCapitals[capital] {
				continue
			}
			g.add(capital, capital, Place)
			g.addUndoubled(capital, Place)
		}
		g.addUndoubled(c.Name, Country)
	}
}

// nameLikeCapitals are capitals news names far more often as people
// (Douglas Alexander, Victoria Beckham, Lewis Hamilton) than as the towns
// of Man, Seychelles, Bermuda or the Falklands.
var nameLikeCapitals = map[string]bool{"Douglas": true, "Stanley": true, "Hamilton": true, "Victoria": true}

// demonymOwners maps each demonym to the one country it names: the only
// independent state that uses it ("American" is the United States', not
// the Northern Mariana Islands'), else the only territory that does. A
// demonym two states share ("Congolese", "Dominican") names neither.
func demonymOwners(records []countryRecord) map[string]string {
	states, territories := map[string][]string{}, map[string][]string{}
	for _, c := range records {
		for _, d := range []string{c.DemonymM, c.DemonymF} {
			if d == "" {
				continue
			}
			m := territories
			if c.Independent {
				m = states
			}
			if !slices.Contains(m[d], c.Name) {
				m[d] = append(m[d], c.Name)
			}
		}
	}
	owner := map[string]string{}
	for d, ts := range territories {
		if len(ts) == 1 && len(states[d]) == 0 {
			owner[d] = ts[0]
		}
	}
	for d, ss := range states {
		if len(ss) == 1 {
			owner[d] = ss[0]
		}
	}
	return owner
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
	hashes := make([]uint32, len(words))
	for k, w := range words {
		hashes[k] = hashString(w)
	}
	g.byFirst[words[0]] = append(g.byFirst[words[0]], phrase{words: words, hashes: hashes, name: name, kind: kind})
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
		out = append(out, s[t.start:t.end])
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

// matchGazetteer counts every gazetteer name in d, longest match first.
func matchGazetteer(g *gazetteer, d *doc, c *counter) {
	next := 0 // tokens before next belong to a name counted
	for _, k := range d.names {
		i := int(k)
		if i < next {
			continue
		}
		t := d.toks[i]
		if t.flags&hasPhrases != 0 {
			if p, n := g.longest(d, i); n > 0 {
				c.add(p.name, p.kind, int(t.start))
				next = i + n
				continue
			}
		}
		if t.flags&capital != 0 && t.end-t.start >= minUndoubledLen {
			if p, ok := g.undoubled(d.wordOf(t)); ok {
				c.add(p.name, p.kind, int(t.start))
			}
		}
	}
}

// undoubled finds the place the misspelt word w names: see byUndoubled.
func (g *gazetteer) undoubled(w string) (phrase, bool) {
	var buf [64]byte
	p, ok := g.byUndoubled[string(appendUndoubled(buf[:0], w))]
	return p, ok
}

// longest returns the longest gazetteer phrase at d.toks[i] and its length
// in words. The phrases of the token's info all start with its word.
func (g *gazetteer) longest(d *doc, i int) (phrase, int) {
	toks := d.toks
	info := &g.infos[toks[i].info]
	for k, h := range info.heads {
		n := int(h.n)
		if i+n > len(toks) || n > 1 && toks[i+1].hash != h.second {
			continue
		}
		p := &info.phrases[k]
		ok := true
		for k := 1; k < n; k++ {
			if toks[i+k].hash != p.hashes[k] || d.word(i+k) != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return *p, n
		}
	}
	return phrase{}, 0
}
