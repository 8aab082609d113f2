package quotes

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestFullNameGroups: fullName, reading mentions a name at a time, gives
// what walking every mention gives.
func TestFullNameGroups(t *testing.T) {
	firsts := []string{"Anders", "Dena", "Alan", "ANDERS", "Mark", ""}
	lasts := []string{"Rasmussen", "Grayson", "Milley", "RASMUSSEN"}
	roles := []string{"", "Secretary General ", "Rep. ", "the spokesman "}
	r := rand.New(rand.NewPCG(3, 4))
	nontrivial := 0
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := r.IntN(30) + 1; k > 0; k-- {
			name := strings.TrimSpace(firsts[r.IntN(len(firsts))] + " " + lasts[r.IntN(len(lasts))])
			switch r.IntN(4) {
			case 0:
				fmt.Fprintf(&b, "\"We will act on this today,\" %s%s said. ", roles[r.IntN(len(roles))], name)
			case 1:
				fmt.Fprintf(&b, "%s%s told reporters the plan would work. ", roles[r.IntN(len(roles))], name)
			case 2:
				fmt.Fprintf(&b, "%s, %s, met officials.\n\n", name, strings.TrimSpace(roles[r.IntN(len(roles))]))
			default:
				fmt.Fprintf(&b, "Later %s said: \"The talks went well for all of us.\" ", name)
			}
		}
		text := b.String()
		d := newDoc(text, findSpans(text))
		var queries [][]string
		for _, e := range d.entities {
			for k := range e.name {
				queries = append(queries, e.name[k:])
			}
		}
		queries = append(queries, []string{"rasmussen"}, []string{"Nobody"})
		for _, q := range queries {
			for _, tok := range []int{0, r.IntN(len(d.toks) + 1), len(d.toks)} {
				gotName, gotRole := d.fullName(q, tok)
				wantName, wantRole := d.fullNameWalk(q, tok)
				if len(gotName) != len(q) || gotRole != "" {
					nontrivial++
				}
				if !slices.Equal(gotName, wantName) || gotRole != wantRole {
					t.Fatalf("text %q\nfullName(%q, %d) = %q, %q; walking gives %q, %q", text, q, tok, gotName, gotRole, wantName, wantRole)
				}
			}
		}
		d.bufs.put()
	}
	if nontrivial < 1000 {
		t.Errorf("only %d queries found a fuller name or a role", nontrivial)
	}
}

// fullNameWalk is fullName as it was, walking every mention: it finds the fullest form of a name and its role: the longest
// name in the text ending with the same words, the nearest one before tok
// on a tie.
func (d *doc) fullNameWalk(name []string, tok int) ([]string, string) {
	best, role, bestTok := name, "", -1
	if len(name) == 0 {
		return best, role
	}
	first := d.sameLast(name[len(name)-1])
	// Two people may share a surname (Alan and Dena Grayson): the fuller
	// name last given before tok wins; else the longest in the text.
	for k := first; k >= 0; k = d.entities[k].next {
		e := &d.entities[k]
		if e.tok <= tok && len(e.name) > len(name) && endsWith(e.name, name) && e.tok > bestTok {
			best, bestTok = e.name, e.tok
		}
	}
	if bestTok >= 0 {
		first = -1
	}
	for k := first; k >= 0; k = d.entities[k].next {
		e := &d.entities[k]
		if !endsWith(e.name, name) {
			continue
		}
		better := len(e.name) > len(best) ||
			len(e.name) == len(best) && e.tok <= tok && (bestTok < 0 || bestTok > tok || e.tok > bestTok)
		if better {
			best, bestTok = e.name, e.tok
		}
	}
	for k := d.sameLast(name[len(name)-1]); k >= 0; k = d.entities[k].next {
		if e := &d.entities[k]; e.role != "" && endsWith(best, e.name) && endsWith(e.name, name) {
			role = e.role
			break
		}
	}
	return best, role
}

// sameLast returns the first of the entities whose name ends with the word
// w, any case (entity.next leads to the others), or -1.
func (d *doc) sameLast(w string) int {
	if k, ok := d.chainOf(d.lower(w)); ok {
		return d.chains[k].first
	}
	return -1
}

// TestChains: each entity is in the chain of its last word, which holds
// no other word, with few names (scanned) and many (a map).
func TestChains(t *testing.T) {
	for _, people := range []int{3, 40, 200} {
		var b strings.Builder
		for k := range people {
			fmt.Fprintf(&b, "Minister Anna Name%c%c told reporters the plan would work. ", 'A'+k%26, 'a'+k/26)
			fmt.Fprintf(&b, "\"We will act on this today,\" Name%c%c said. ", 'A'+k%26, 'a'+k/26)
		}
		text := b.String()
		d := newDoc(text, findSpans(text))
		if len(d.entities) < people {
			t.Fatalf("%d people: %d entities", people, len(d.entities))
		}
		for e := range d.entities {
			name := d.entities[e].name
			last := strings.ToLower(name[len(name)-1])
			k, ok := d.chainOf([]byte(last))
			if !ok {
				t.Fatalf("%d people: no chain for %q", people, last)
			}
			found := false
			for c := d.chains[k].first; c >= 0; c = d.entities[c].next {
				n := d.entities[c].name
				if strings.ToLower(n[len(n)-1]) != last {
					t.Fatalf("chain of %q holds %q", last, n)
				}
				found = found || c == e
			}
			if !found {
				t.Fatalf("entity %d (%q) not in its chain", e, name)
			}
		}
		if _, ok := d.chainOf([]byte("nobody")); ok {
			t.Errorf("%d people: a chain for nobody", people)
		}
		d.bufs.put()
	}
}
