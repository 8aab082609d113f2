// Package actors finds the people, organisations, countries and places a
// text talks about, and the defense-policy topics it covers. Countries and
// international organisations come from embedded gazetteers (see
// data/LICENSES.md); people from titles, attribution patterns and quote
// speakers; other organisations from name patterns and acronyms.
package actors

import (
	"sort"
	"strings"
	"sync"
)

// Actor is one person, organisation, country or place named in a text.
type Actor struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"` // person, organization, country or place
	Mentions int    `json:"mentions"`
}

// The kinds of actor.
const (
	Person       = "person"
	Organization = "organization"
	Country      = "country"
	Place        = "place"
)

// maxActors bounds the list: a briefing names the main actors, not every name.
const maxActors = 15

// Find returns the actors of text, most mentioned first (then by first
// appearance). speakers are names that quote attribution already found.
func Find(text string, speakers []string) []Actor {
	d := getDoc(text)
	defer putDoc(d)
	return findIn(d, speakers)
}

// Analyze is Find and Topics, with text tokenized once.
func Analyze(text string, speakers []string) ([]Actor, []string) {
	d := getDoc(text)
	defer putDoc(d)
	return findIn(d, speakers), topicsOf(d)
}

// docPool keeps docs for reuse: their tokens are the bulk of what Analyze
// allocates, and none outlive it.
var docPool sync.Pool

// getDoc returns the doc of text, tokenized.
func getDoc(text string) *doc {
	d, ok := docPool.Get().(*doc)
	if !ok {
		d = new(doc)
	}
	d.text = text
	d.toks = appendTokens(d.toks[:0], text)
	d.names, d.topical = d.names[:0], d.topical[:0]
	return d
}

// maxPooled bounds the token slices kept (a few megabytes), so one huge
// text does not keep its tokens' memory.
const maxPooled = 1 << 18

func putDoc(d *doc) {
	if cap(d.toks) <= maxPooled {
		d.text = "" // keep no text alive; tokens hold no pointer
		docPool.Put(d)
	}
}

// findIn finds the actors of d.
func findIn(d *doc, speakers []string) []Actor {
	g := loadGazetteer()
	g.annotate(d)
	c := newCounter()
	matchGazetteer(g, d, c)
	findPeople(g, d, speakers, c)
	findOrganizations(g, d, c)
	return c.top(maxActors)
}

// counter accumulates mentions per actor, remembering first appearance.
type counter struct {
	byName map[string]*tally
}

type tally struct {
	Actor
	first int
}

func newCounter() *counter { return &counter{byName: map[string]*tally{}} }

func (c *counter) add(name, kind string, at int) {
	t, ok := c.byName[name]
	if !ok {
		t = &tally{Actor: Actor{Name: name, Kind: kind}, first: at}
		c.byName[name] = t
	}
	t.Mentions++
	if at < t.first {
		t.first = at
	}
}

func (c *counter) top(n int) []Actor {
	all := make([]*tally, 0, len(c.byName))
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
	out := make([]Actor, len(all))
	for i, t := range all {
		out[i] = t.Actor
	}
	return out
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}
