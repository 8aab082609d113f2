// The package as it was at commit 4248ab1, before the speed work of issue
// #10, with every package-level name prefixed by "ref": the reference the
// fast paths are checked against (same_test.go). Do not edit.

package actors

import (
	"brief/internal/wordtab"
	"bufio"
	"embed"
	"encoding/json"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Actor is one person, organisation, country or place named in a text.
type refActor struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"` // person, organization, country or place
	Mentions int    `json:"mentions"`
}

// The kinds of actor.
const (
	refPerson       = "person"
	refOrganization = "organization"
	refCountry      = "country"
	refPlace        = "place"
)

// maxActors bounds the list: a briefing names the main actors, not every name.
const refMaxActors = 15

// Find returns the actors of text, most mentioned first (then by first
// appearance). speakers are names that quote attribution already found.
func refFind(text string, speakers []string) []refActor {
	buf := refGetTokens()
	defer refPutTokens(buf)
	*buf = refAppendTokens((*buf)[:0], text)
	return refFindIn(*buf, speakers)
}

// Analyze is Find and Topics in one pass over the words of text.
func refAnalyze(text string, speakers []string) ([]refActor, []string) {
	buf := refGetTokens()
	defer refPutTokens(buf)
	*buf = refAppendTokens((*buf)[:0], text)
	return refFindIn(*buf, speakers), refTopicsOf(*buf)
}

// tokenPool keeps token slices for reuse: tokens are the bulk of what
// Analyze allocates, and none outlive it.
var refTokenPool sync.Pool

func refGetTokens() *[]refToken {
	if buf, ok := refTokenPool.Get().(*[]refToken); ok {
		return buf
	}
	return new([]refToken)
}

// maxPooled bounds the token slices kept (a few megabytes), so one huge
// text does not keep its tokens' memory.
const refMaxPooled = 1 << 18

func refPutTokens(buf *[]refToken) {
	if cap(*buf) > refMaxPooled {
		return
	}
	clear(*buf)
	refTokenPool.Put(buf)
}

func refFindIn(toks []refToken, speakers []string) []refActor {
	refLoadGazetteer().annotate(toks)
	c := refNewCounter()
	refMatchGazetteer(toks, c)
	refFindPeople(toks, speakers, c)
	refFindOrganizations(toks, c)
	return c.top(refMaxActors)
}

// counter accumulates mentions per actor, remembering first appearance.
type refCounter struct {
	byName map[string]*refTally
}

type refTally struct {
	refActor
	first int
}

func refNewCounter() *refCounter { return &refCounter{byName: map[string]*refTally{}} }

func (c *refCounter) add(name, kind string, at int) {
	t, ok := c.byName[name]
	if !ok {
		t = &refTally{refActor: refActor{Name: name, Kind: kind}, first: at}
		c.byName[name] = t
	}
	t.Mentions++
	if at < t.first {
		t.first = at
	}
}

func (c *refCounter) top(n int) []refActor {
	all := make([]*refTally, 0, len(c.byName))
	for _, t := range c.byName {
		all = append(all, t)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Mentions != all[j].Mentions {
			return all[i].Mentions > all[j].Mentions
		}
		if all[i].first != all[j].first {
			return all[i].first < all[j].first
		}
		return all[i].Name < all[j].Name
	})
	if len(all) > n {
		all = all[:n]
	}
	out := make([]refActor, len(all))
	for i, t := range all {
		out[i] = t.refActor
	}
	return out
}

// isCapitalized reports whether w starts with an upper-case letter.
func refIsCapitalized(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

//go:embed data/*.jsonl data/*.txt
var refDataFS embed.FS

// phrase is one name form in the gazetteer.
type refPhrase struct {
	words []string
	name  string // the display name of the actor it names
	kind  string
}

// gazetteer indexes name forms by their first word, longest form first.
type refGazetteer struct {
	byFirst map[string][]refPhrase
	// byUndoubled finds long place names written with a doubled letter
	// dropped or added ("Tallin" for Tallinn), a common misspelling.
	byUndoubled map[string]refPhrase
	// people are notable people's full names, by surname.
	people map[string][]string
	// words says what the lists say of each word as written, so that each
	// word of a text is looked up once.
	words *wordtab.Table[*refWordInfo]
	// lowerLens has bit n of lowerLens[c-'a'] set when a word of n bytes
	// that starts with the lower-case letter c is in words: most words of
	// a text start so, and few are there.
	lowerLens [26]uint64
}

// wordInfo is what the gazetteer and the word lists say of one word.
type refWordInfo struct {
	phrases []refPhrase // byFirst: forms that start with the word, longest first
	entity  bool        // the word alone names an entity: see isEntity
	title   bool        // titleWords
	cue     bool        // cueWords
	orgHead bool        // orgHeads
	notName bool        // notName
}

// indexWords fills g.words from byFirst and the word lists.
func (g *refGazetteer) indexWords() {
	words := map[string]*refWordInfo{}
	defer func() {
		g.words = wordtab.New(words)
		for w := range words {
			if c := w[0]; 'a' <= c && c <= 'z' && len(w) < 64 {
				g.lowerLens[c-'a'] |= 1 << len(w)
			}
		}
	}()
	at := func(w string) *refWordInfo {
		if words[w] == nil {
			words[w] = &refWordInfo{}
		}
		return words[w]
	}
	for w, ps := range g.byFirst {
		at(w).phrases, at(w).entity = ps, g.isEntity(w)
	}
	for w := range refTitleWords {
		at(w).title = true
	}
	for w := range refCueWords {
		at(w).cue = true
	}
	for w := range refOrgHeads {
		at(w).orgHead = true
	}
	for w := range refNotName {
		at(w).notName = true
	}
}

// annotate points each token to what the lists say of its word.
func (g *refGazetteer) annotate(toks []refToken) {
	for i := range toks {
		toks[i].info = &refNoInfo
		w := toks[i].text
		if c := w[0]; 'a' <= c && c <= 'z' && len(w) < 64 && g.lowerLens[c-'a']&(1<<len(w)) == 0 {
			continue
		}
		if info := g.words.Get(w); info != nil {
			toks[i].info = info
		}
	}
}

// noInfo is the info of words no list has.
var refNoInfo refWordInfo

var refLoadGazetteer = sync.OnceValue(refBuildGazetteer)

func refBuildGazetteer() *refGazetteer {
	g := &refGazetteer{byFirst: map[string][]refPhrase{}, byUndoubled: map[string]refPhrase{}, people: map[string][]string{}}
	refAddCountries(g)
	refAddOrganizations(g)
	for _, line := range refDataLines("data/orgs_extra.txt") {
		forms := strings.Split(line, "|")
		for _, f := range forms {
			g.add(f, forms[0], refOrganization)
		}
	}
	for _, name := range refDataLines("data/people.txt") {
		w := strings.Fields(name)
		g.people[w[len(w)-1]] = append(g.people[w[len(w)-1]], name)
	}
	for k := range g.byFirst {
		ps := g.byFirst[k]
		refSortLongestFirst(ps)
	}
	g.indexWords()
	return g
}

// countryRecord is one line of countries_en_mledoze.jsonl.
type refCountryRecord struct {
	Name     string   `json:"name"`
	Official string   `json:"official"`
	Alt      []string `json:"alt"`
	DemonymM string   `json:"demonym_m"`
	DemonymF string   `json:"demonym_f"`
	Capital  []string `json:"capital"`
}

// countryAliases are everyday English forms the list lacks.
var refCountryAliases = map[string][]string{
	"United States":  {"U.S.", "US", "U.S.A.", "America"},
	"United Kingdom": {"U.K.", "UK", "Britain"},
	"Russia":         {"Russian Federation"},
	"South Korea":    {"S. Korea"},
	"North Korea":    {"N. Korea"},
	"Czechia":        {"Czech Republic"},
	"Turkey":         {"Türkiye", "Turkiye"},
	"Ukraine":        {"the Ukraine"},
}

func refAddCountries(g *refGazetteer) {
	for _, line := range refDataLines("data/countries_en_mledoze.jsonl") {
		var c refCountryRecord
		if json.Unmarshal([]byte(line), &c) != nil {
			continue
		}
		forms := append([]string{c.Name, c.Official, c.DemonymM, c.DemonymF}, c.Alt...)
		forms = append(forms, refCountryAliases[c.Name]...)
		for _, f := range forms {
			g.add(f, c.Name, refCountry)
		}
		for _, capital := range c.Capital {
			g.add(capital, capital, refPlace)
			g.addUndoubled(capital, refPlace)
		}
		g.addUndoubled(c.Name, refCountry)
	}
}

// orgRecord covers the fields used from both organisation lists.
type refOrgRecord struct {
	Name    string   `json:"name_en"`
	Abbrev  string   `json:"abbrev_en"`
	Other   []string `json:"other_en"`
	ID      string   `json:"id"`
	CIAName string   `json:"name"`
}

func refAddOrganizations(g *refGazetteer) {
	for _, file := range []string{"data/intl_orgs_supraverden.jsonl", "data/intl_orgs_ciafactbook_dieghernan.jsonl"} {
		for _, line := range refDataLines(file) {
			var o refOrgRecord
			if json.Unmarshal([]byte(line), &o) != nil {
				continue
			}
			name, abbrev := o.Name, o.Abbrev
			if name == "" {
				name, abbrev = o.CIAName, o.ID
			}
			if !refIsAcronym(abbrev) {
				abbrev = ""
			}
			display := name
			if abbrev != "" {
				display = abbrev
			}
			for _, f := range append([]string{name, abbrev}, o.Other...) {
				if f != "" && !g.known(f) {
					g.add(f, display, refOrganization)
				}
			}
		}
	}
}

// isAcronym: two to six capitals, the form lists give as abbreviations.
func refIsAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func (g *refGazetteer) add(form, name, kind string) {
	words := refTokenWords(form)
	if len(words) == 0 || !refIsCapitalized(words[0]) {
		return
	}
	g.byFirst[words[0]] = append(g.byFirst[words[0]], refPhrase{words: words, name: name, kind: kind})
}

// known reports whether form is already in the gazetteer (first entry wins).
func (g *refGazetteer) known(form string) bool {
	words := refTokenWords(form)
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
const refMinUndoubledLen = 6

func (g *refGazetteer) addUndoubled(name, kind string) {
	if len(name) < refMinUndoubledLen || strings.Contains(name, " ") {
		return
	}
	g.byUndoubled[refUndouble(name)] = refPhrase{words: []string{name}, name: name, kind: kind}
}

// undouble collapses doubled letters: "Tallinn" and "Tallin" both give "Talin".
func refUndouble(s string) string { return string(refAppendUndoubled(nil, s)) }

func refAppendUndoubled(b []byte, s string) []byte {
	var last rune
	for _, r := range s {
		if r != last {
			b = utf8.AppendRune(b, r)
		}
		last = r
	}
	return b
}

func refTokenWords(s string) []string {
	var out []string
	for _, t := range refTokenize(s) {
		out = append(out, t.text)
	}
	return out
}

func refSortLongestFirst(ps []refPhrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// dataLines returns the non-empty, non-comment lines of an embedded file.
func refDataLines(name string) []string {
	f, err := refDataFS.Open(name)
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
func refMatchGazetteer(toks []refToken, c *refCounter) {
	g := refLoadGazetteer()
	var buf [64]byte
	for i := 0; i < len(toks); {
		if p, n := g.longest(toks, i); n > 0 {
			c.add(p.name, p.kind, int(toks[i].start))
			i += n
			continue
		}
		if w := toks[i].text; len(w) >= refMinUndoubledLen && refIsCapitalized(w) {
			if p, ok := g.byUndoubled[string(refAppendUndoubled(buf[:0], w))]; ok {
				c.add(p.name, p.kind, int(toks[i].start))
			}
		}
		i++
	}
}

// longest returns the longest gazetteer phrase at toks[i] and its length in words.
func (g *refGazetteer) longest(toks []refToken, i int) (refPhrase, int) {
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
	return refPhrase{}, 0
}

// orgHeads end organisation names ("Federal Security Service", "The Wall
// Street Journal").
var refOrgHeads = map[string]bool{
	"Ministry": true, "Department": true, "Agency": true, "Council": true, "Command": true, "Forces": true,
	"Army": true, "Navy": true, "Corps": true, "Committee": true, "Organization": true, "Organisation": true,
	"Alliance": true, "Party": true, "Institute": true, "Journal": true, "Times": true, "Post": true,
	"Guard": true, "Office": true, "Parliament": true, "Assembly": true, "Commission": true, "Court": true,
	"Service": true, "Bureau": true, "Brigade": true, "Division": true, "Battalion": true, "Regiment": true,
	"Fleet": true, "Group": true, "Company": true, "Corporation": true, "University": true, "Centre": true,
	"Center": true, "Circuit": true, "Foundation": true, "Association": true, "Union": true, "Front": true, "Movement": true,
}

// connectors may stand inside organisation names.
var refConnectors = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true}

// notAcronym are capitalised abbreviations that name no actor.
var refNotAcronym = map[string]bool{
	"CEO": true, "GDP": true, "USD": true, "EUR": true, "GMT": true, "UTC": true, "EST": true, "EDT": true,
	"PDF": true, "URL": true, "HTML": true, "FAQ": true, "COVID": true, "TV": true, "PM": true, "AM": true,
	"II": true, "III": true, "IV": true, "VI": true, "VII": true, "AND": true, "THE": true, "FOR": true,
	"NEW": true, "USS": true, "USNS": true, "HMS": true, "HMCS": true, "HMAS": true, "BREAKING": true, "UPDATE": true, "VIDEO": true, "PHOTO": true, "ET": true, "PT": true,
}

// findOrganizations counts organisations the gazetteer lacks: acronyms and
// capitalised names ending in an organisation word.
func refFindOrganizations(toks []refToken, c *refCounter) {
	g := refLoadGazetteer()
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if refIsAcronym(t.text) && len(t.text) >= 3 && !refNotAcronym[t.text] && !g.isEntity(t.text) &&
			!g.isEntity(refTitleCase(t.text)) && !refCapsRun(toks, i) {
			c.add(t.text, refOrganization, int(t.start))
			continue
		}
		if t.info.orgHead && i > 0 {
			if name, n := refOrgNameEndingAt(g, toks, i); n >= 2 && !g.isEntity(name) {
				c.add(name, refOrganization, int(toks[i-n+1].start))
			}
		}
	}
}

// orgNameEndingAt reads the capitalised words (and inner connectors) before
// the head word at toks[end]; it returns the name and its length in words.
func refOrgNameEndingAt(g *refGazetteer, toks []refToken, end int) (string, int) {
	i := end
	for i > 0 && end-i < 6 {
		t := toks[i-1]
		if !(refIsCapitalized(t.text) || refConnectors[t.text]) || refNotName[t.text] && t.text != "Defense" && t.text != "Defence" && t.text != "Foreign" {
			break
		}
		if toks[i].afterPunct {
			break
		}
		i--
	}
	for i < end && refConnectors[toks[i].text] {
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
func refCapsRun(toks []refToken, i int) bool {
	return i > 0 && refIsAllCaps(toks[i-1].text) && len(toks[i-1].text) > 1 ||
		i+1 < len(toks) && refIsAllCaps(toks[i+1].text) && len(toks[i+1].text) > 1
}

func refTitleCase(w string) string {
	if w == "" {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// titleWords open a person's name ("Secretary General Anders Fogh Rasmussen",
// "Gen. Mark Milley"); lower-case forms count after an organisation name too.
var refTitleWords = map[string]bool{
	"President": true, "Minister": true, "Secretary": true, "General": true, "Gen": true, "Gen.": true,
	"Chancellor": true, "Premier": true, "Admiral": true, "Adm": true, "Adm.": true, "Colonel": true, "Col": true,
	"Col.": true, "Lt": true, "Lt.": true, "Maj": true, "Maj.": true, "Capt": true, "Capt.": true, "Sgt": true,
	"Sgt.": true, "Sen": true, "Sen.": true, "Senator": true, "Rep": true, "Rep.": true, "Gov": true, "Gov.": true,
	"Governor": true, "Ambassador": true, "Commander": true, "Chief": true, "Spokesman": true, "Spokeswoman": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "Dr": true, "Dr.": true, "Mr": true, "Mr.": true,
	"Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "King": true, "Queen": true, "Prince": true, "Director": true,
	"Envoy": true, "envoy": true, "Leader": true, "leader": true, "Lieutenant": true, "Major": true, "Captain": true,
	"Sergeant": true, "Private": true, "Officer": true, "Speaker": true, "Judge": true, "Justice": true,
}

// cueWords follow a speaker's name ("Rasmussen said").
var refCueWords = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "stated": true, "wrote": true, "warned": true,
	"announced": true, "noted": true, "explained": true, "argued": true, "insisted": true, "stressed": true,
}

// notName are capitalised words that open sentences or headlines, not names.
var refNotName = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true, "But": true,
	"And": true, "However": true, "In": true, "On": true, "At": true, "It": true, "He": true, "She": true,
	"They": true, "We": true, "I": true, "Officials": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "January": true, "February": true,
	"March": true, "April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Defense": true, "Defence": true, "Foreign": true,
	"Prime": true, "Vice": true, "Deputy": true, "Acting": true, "Former": true, "Chairman": true, "Mission": true,
}

// findPeople counts the people named in toks: quote speakers, names after
// titles, and names before cue verbs. Each counts its full-name mentions and
// its surname alone.
func refFindPeople(toks []refToken, speakers []string, c *refCounter) {
	g := refLoadGazetteer()
	var names [][]string
	for _, s := range speakers {
		if w := refTokenWords(s); refLooksLikeName(g, w) {
			names = append(names, w)
		}
	}
	for i := range toks {
		if toks[i].info.title {
			if w := refNameAt(g, toks, i+1); len(w) >= 2 {
				names = append(names, w)
			}
		}
		if toks[i].info.cue {
			if w := refNameBefore(g, toks, i); len(w) >= 2 {
				names = append(names, w)
			}
		}
	}
	for _, w := range refLongestForms(names) {
		refCountPerson(toks, w, refCanonicalName(g, w), c)
	}
}

// nameWord reports whether toks[i] can be part of a person's name: capitalised,
// not a title, an organisation word or a known entity, and more than a
// letter unless it is a middle initial.
func refNameWord(g *refGazetteer, t string, middle bool) bool {
	if !refIsCapitalized(t) || refIsAllCaps(t) {
		return false
	}
	if info := g.words.Get(t); info != nil && (info.notName || info.title || info.orgHead || info.entity) {
		return false
	}
	return len(t) > 1 || middle
}

// nameAt reads up to four capitalised, non-gazetteer words from toks[i].
func refNameAt(g *refGazetteer, toks []refToken, i int) []string {
	var w []string
	for ; i < len(toks) && len(w) < 4; i++ {
		t := toks[i].text
		if !refNameWord(g, t, len(w) > 0) || len(w) > 0 && toks[i].afterPunct && !refIsInitial(w[len(w)-1]) {
			break
		}
		w = append(w, t)
	}
	for len(w) > 0 && len(w[len(w)-1]) == 1 {
		w = w[:len(w)-1]
	}
	return w
}

// nameBefore reads the capitalised words just before the cue at toks[cue].
func refNameBefore(g *refGazetteer, toks []refToken, cue int) []string {
	i := cue
	for i > 0 && cue-i < 4 {
		if !refNameWord(g, toks[i-1].text, i != cue) {
			break
		}
		i--
		if toks[i].afterPunct && (i == 0 || !refIsInitial(toks[i-1].text)) {
			break
		}
	}
	for i < cue && len(toks[i].text) == 1 {
		i++
	}
	out := make([]string, 0, cue-i)
	for _, t := range toks[i:cue] {
		out = append(out, t.text)
	}
	return out
}

// isInitial: a one-letter word, which a period may follow inside a name.
func refIsInitial(w string) bool { return len(w) == 1 }

func refLooksLikeName(g *refGazetteer, w []string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for k, x := range w {
		if !refNameWord(g, x, k > 0 && k < len(w)-1) {
			return false
		}
	}
	return true
}

// isEntity reports whether word alone names a country, place or organisation.
func (g *refGazetteer) isEntity(word string) bool {
	for _, p := range g.byFirst[word] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

func refIsAllCaps(w string) bool {
	if len(w) <= 1 {
		return false
	}
	if !refIsASCII(w) {
		return strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// longestForms drops names that are a shorter form (same surname, fewer
// words) of another name, and duplicates, keeping first-seen order.
func refLongestForms(names [][]string) [][]string {
	var out [][]string
	for _, n := range names {
		merged := false
		for k, o := range out {
			if n[len(n)-1] != o[len(o)-1] {
				continue
			}
			if len(n) > len(o) {
				out[k] = n
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, n)
		}
	}
	return out
}

// canonicalName is the notable person's full name when w is one written with
// a given name one letter off ("Ander Fogh Rasmussen"), else w itself.
func refCanonicalName(g *refGazetteer, w []string) string {
	written := strings.Join(w, " ")
	for _, full := range g.people[w[len(w)-1]] {
		fw := strings.Fields(full)
		if len(fw) == len(w) && refEditDistanceAtMost1(strings.Join(fw[:len(fw)-1], " "), strings.Join(w[:len(w)-1], " ")) {
			return full
		}
	}
	return written
}

// countPerson counts the full name as written and the surname alone.
func refCountPerson(toks []refToken, w []string, name string, c *refCounter) {
	surname := w[len(w)-1]
	if w[0] == "" || surname == "" {
		return
	}
	first, last := w[0][0], surname[0]
	for i := 0; i < len(toks); i++ {
		if b := toks[i].text[0]; b != first && b != last {
			continue
		}
		if refMatchesAt(toks, i, w) {
			c.add(name, refPerson, int(toks[i].start))
			i += len(w) - 1
			continue
		}
		if toks[i].text == surname {
			c.add(name, refPerson, int(toks[i].start))
		}
	}
}

func refMatchesAt(toks []refToken, i int, w []string) bool {
	if i+len(w) > len(toks) {
		return false
	}
	for k, x := range w {
		if toks[i+k].text != x {
			return false
		}
	}
	return true
}

// editDistanceAtMost1 reports whether a becomes b by at most one insertion,
// deletion or substitution of a byte.
func refEditDistanceAtMost1(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+min(1, len(a)-i):] == b[i+min(1, len(b)-i):]
	}
	return a[i+1:] == b[i:]
}

// token is one word of the text with its byte offset.
// It is kept to 32 bytes: a text's tokens are written and read several
// times over.
type refToken struct {
	// start is int32: texts are far below 2 GB (the CLI's --max-bytes); an
	// offset there only orders actors first seen.
	start int32
	// sentenceStart: the token opens a sentence or a line, where a capital
	// letter says nothing about names.
	sentenceStart bool
	// afterPunct: punctuation stands between the previous token and this one,
	// so the two cannot belong to one name.
	afterPunct bool
	text       string       // possessive 's removed
	info       *refWordInfo // what the word lists say of text; nil if nothing
}

// tokenize splits text into words: letters and digits, with inner periods
// (U.S.), hyphens (Ki-moon) and apostrophes (O'Brien) kept.
func refTokenize(text string) []refToken { return refAppendTokens(nil, text) }

// appendTokens appends the words of text to toks.
func refAppendTokens(toks []refToken, text string) []refToken {
	if n := len(toks) + len(text)/6 + 1; cap(toks) < n {
		toks = append(make([]refToken, 0, n), toks...)
	}
	boundary, punct := true, false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r == ' ' {
			i++
			continue
		}
		word := refIsAlnumASCII[r]
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			word = refIsWordRune(r)
		}
		if !word {
			if !unicode.IsSpace(r) {
				punct = true
			}
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == '"' || r == '“' || r == ':' || r == '•' {
				boundary = true
			}
			i += size
			continue
		}
		end := refWordEnd(text, i)
		w := text[i:end]
		w = strings.TrimSuffix(w, "'s")
		w = strings.TrimSuffix(w, "’s")
		toks = append(toks, refToken{start: int32(i), text: w, sentenceStart: boundary, afterPunct: punct || boundary})
		boundary, punct = false, false
		i = end
	}
	return toks
}

func refIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return refIsAlnumASCII[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isAlnumASCII marks the ASCII letters and digits.
var refIsAlnumASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordEnd finds the end of the word starting at i.
func refWordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		for j < len(text) && refIsAlnumASCII[text[j]] {
			j++
		}
		if j == len(text) {
			break
		}
		if c := text[j]; c < utf8.RuneSelf && c != '.' && c != '-' && c != '\'' {
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if refIsWordRune(r) {
			j += size
			continue
		}
		if r == '.' || r == '-' || r == '\'' || r == '’' {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if refIsWordRune(next) && (r != '.' || refIsInitials(text[i:j])) {
				j += size
				continue
			}

			if r == '.' && refIsInitials(text[i:j]) && strings.Contains(text[i:j], ".") {
				return j + size
			}
		}
		break
	}
	return j
}

// isInitials reports whether w is a run of single capitals and periods (U, U.S).
func refIsInitials(w string) bool {
	if w == "" {
		return false
	}
	for k, r := range w {
		if k%2 == 0 && !(r >= 'A' && r <= 'Z') || k%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}

// topicSignals lists each defense-policy topic with the phrases that signal
// it: lower-case words, a trailing * matching any ending. Matching runs on
// words, not regular expressions, to stay linear and fast on long inputs.
var refTopicSignals = []struct {
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
const refMinTopicHits = 2

// maxTopics bounds the list.
const refMaxTopics = 6

// signal is one phrase of a topic, split into words.
type refSignal struct {
	topic int
	words []string
}

// signalsByFirst indexes signals by their first word, or, for a first word
// with a trailing *, by its first prefixLen letters.
var refSignalsByFirst = sync.OnceValues(func() (map[string][]refSignal, map[string][]refSignal) {
	exact, prefixed := map[string][]refSignal{}, map[string][]refSignal{}
	for i, t := range refTopicSignals {
		for _, p := range t.phrases {
			s := refSignal{topic: i, words: strings.Fields(p)}
			if stem, ok := strings.CutSuffix(s.words[0], "*"); ok {
				prefixed[stem[:refPrefixLen]] = append(prefixed[stem[:refPrefixLen]], s)
			} else {
				exact[s.words[0]] = append(exact[s.words[0]], s)
			}
		}
	}
	return exact, prefixed
})

// prefixLen is the shortest stem before a * in topicSignals.
const refPrefixLen = 3

// Topics returns the defense-policy topics of text, most signalled first.
func refTopics(text string) []string { return refTopicsOf(refTokenize(text)) }

func refTopicsOf(toks []refToken) []string {
	exact, prefixed := refSignalsByFirst()
	starts := refSignalStarts()
	hits := make([]int, len(refTopicSignals))
	var buf [32]byte
	for i, t := range toks {
		if !starts.may(t.text) {
			continue
		}
		w, ok := refLowerInto(buf[:0], t.text)
		if !ok {
			w = []byte(strings.ToLower(t.text))
		}
		for _, s := range exact[string(w)] {
			if refSignalAt(toks, i, s.words) {
				hits[s.topic]++
			}
		}
		if len(w) < refPrefixLen {
			continue
		}
		for _, s := range prefixed[string(w[:refPrefixLen])] {
			if refSignalAt(toks, i, s.words) {
				hits[s.topic]++
			}
		}
	}
	return refTopTopics(hits)
}

// signalAt reports whether the words from toks[i] match the phrase p.
func refSignalAt(toks []refToken, i int, p []string) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, pw := range p {
		w := toks[i+k].text
		if stem, ok := strings.CutSuffix(pw, "*"); ok {
			if !refHasLowerPrefix(w, stem) {
				return false
			}
		} else if !refIsLower(w, pw) {
			return false
		}
	}
	return true
}

// isLower reports whether strings.ToLower(w) == low, without the new
// string when w is ASCII.
func refIsLower(w, low string) bool {
	if !refIsASCII(w) {
		return strings.ToLower(w) == low
	}
	if len(w) != len(low) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if refLowerByte(w[i]) != low[i] {
			return false
		}
	}
	return true
}

// hasLowerPrefix reports whether strings.ToLower(w) starts with stem.
func refHasLowerPrefix(w, stem string) bool {
	if !refIsASCII(w) {
		return strings.HasPrefix(strings.ToLower(w), stem)
	}
	return len(w) >= len(stem) && refIsLower(w[:len(stem)], stem)
}

// lowerInto appends w lower-cased to b; ok is false when w is not ASCII
// or does not fit.
func refLowerInto(b []byte, w string) (out []byte, ok bool) {
	if len(w) > cap(b)-len(b) || !refIsASCII(w) {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		b = append(b, refLowerByte(w[i]))
	}
	return b, true
}

func refLowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func refIsASCII(s string) bool {
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
type refStartSet [27 * 26 * 26]bool

// startIndex is the index of w's start in a startSet; ok is false when w
// is shorter than two bytes or does not start with ASCII letters.
func refStartIndex(w string) (i int, ok bool) {
	if len(w) < 2 {
		return 0, false
	}
	a, b, c := refLowerByte(w[0])-'a', refLowerByte(w[1])-'a', byte(26)
	if len(w) > 2 {
		if c = refLowerByte(w[2]) - 'a'; c >= 26 {
			return 0, false
		}
	}
	if a >= 26 || b >= 26 {
		return 0, false
	}
	return (int(a)*26+int(b))*27 + int(c), true
}

func (s *refStartSet) may(w string) bool {
	i, ok := refStartIndex(w)
	return !ok || s[i]
}

var refSignalStarts = sync.OnceValue(func() *refStartSet {
	s := new(refStartSet)
	for _, t := range refTopicSignals {
		for _, p := range t.phrases {
			w := p[:strings.IndexAny(p+" ", " *")]
			if len(w) < refPrefixLen && strings.HasPrefix(p[len(w):], "*") {
				panic("actors: topic signal stem shorter than prefixLen: " + p)
			}

			if i, ok := refStartIndex(w); ok {
				s[i] = true
			}
		}
	}
	return s
})

func refTopTopics(hits []int) []string {
	order := make([]int, 0, len(hits))
	for i, n := range hits {
		if n >= refMinTopicHits {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return hits[order[a]] > hits[order[b]] })
	if len(order) > refMaxTopics {
		order = order[:refMaxTopics]
	}
	var out []string
	for _, k := range order {
		out = append(out, refTopicSignals[k].name)
	}
	return out
}
