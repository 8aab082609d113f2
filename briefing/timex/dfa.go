package timex

import (
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// The prefilter runs every rule's program at once as a lazily built DFA over
// the text at a word start, with empty-width assertions (\b, $) taken as
// true: a superset of what the rules match. It tells which rules could match
// there and the furthest end each could reach, so the regexp engine (slow:
// per-call setup in proportion to program and input size) runs only for the
// few rules that may match, on the shortest input that decides the match.
// Go's regexp has no multi-pattern or DFA-only API, hence this by hand.

// progs are the rules' programs, compiled as the rules are (case-insensitive).
var progs = sync.OnceValue(func() []*syntax.Prog {
	out := make([]*syntax.Prog, len(rules))
	for i, r := range rules {
		out[i] = r.prog
	}
	return out
})

// dstate is a set of NFA positions, each a rule index and an instruction
// (rule<<16 | pc), holding only instructions that consume a rune or match.
type dstate struct {
	pcs   []uint32
	match []uint16 // rules that have matched on reaching this state
	next  [128]atomic.Pointer[dstate]
}

// dfa interns states; transitions on ASCII bytes are cached in the states.
type dfa struct {
	// live2 has a bit set for each pair of ASCII bytes after which the DFA
	// is still alive (or has matched) from the start: most words die in
	// their first two bytes, and this 2 KB table tells so without walking.
	live2 [128 * 128 / 64]uint64

	mu     sync.Mutex
	states map[string]*dstate
	start  *dstate
	dead   *dstate
	// wide caches transitions on non-ASCII runes (£, curly quotes, dashes).
	wide  sync.Map // wideKey -> *dstate
	nwide atomic.Int64
}

type wideKey struct {
	s *dstate
	c rune
}

// maxStates bounds the cache; past it new states are built but not kept.
const maxStates = 20000

var theDFA = sync.OnceValue(func() *dfa {
	d := &dfa{states: map[string]*dstate{}}
	d.dead = &dstate{}
	var start []uint32
	for ri, p := range progs() {
		start = closure(start, ri, uint32(p.Start))
	}
	d.start = d.intern(start)
	for c1 := range rune(128) {
		s1 := d.step(d.start, c1)
		for c2 := range rune(128) {
			if len(d.start.match) > 0 || len(s1.match) > 0 || s1 != d.dead && d.step(s1, c2) != d.dead {
				k := c1<<7 | c2
				d.live2[k>>6] |= 1 << (k & 63)
			}
		}
	}
	return d
})

// dies2 reports whether no rule can match text[at:end] because its first
// two bytes already rule every one out.
func (d *dfa) dies2(text string, at, end int) bool {
	if end-at < 2 {
		return false
	}
	c1, c2 := text[at], text[at+1]
	if c1 >= utf8.RuneSelf || c2 >= utf8.RuneSelf {
		return false
	}
	k := int(c1)<<7 | int(c2)
	return d.live2[k>>6]&(1<<(k&63)) == 0
}

// closure adds to set the rune-consuming and match instructions reachable
// from pc without consuming input.
func closure(set []uint32, ri int, pc uint32) []uint32 {
	p := progs()[ri]
	stack := []uint32{pc}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		id := uint32(ri)<<16 | pc
		in := &p.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.Arg, in.Out)
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
			stack = append(stack, in.Out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL, syntax.InstMatch:
			if !slices.Contains(set, id) {
				set = append(set, id)
			}
		}
	}
	return set
}

// intern returns the state for a set of positions (sorted in place).
func (d *dfa) intern(pcs []uint32) *dstate {
	if len(pcs) == 0 {
		return d.dead
	}
	slices.Sort(pcs)
	key := make([]byte, 0, 4*len(pcs))
	for _, id := range pcs {
		key = append(key, byte(id>>24), byte(id>>16), byte(id>>8), byte(id))
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.states[string(key)]; ok {
		return s
	}
	s := &dstate{pcs: pcs}
	for _, id := range pcs {
		if progs()[id>>16].Inst[id&0xffff].Op == syntax.InstMatch {
			s.match = append(s.match, uint16(id>>16))
		}
	}
	if len(d.states) < maxStates {
		d.states[string(key)] = s
	}
	return s
}

// step is the state after consuming rune c.
func (d *dfa) step(s *dstate, c rune) *dstate {
	if c < utf8.RuneSelf {
		if n := s.next[c].Load(); n != nil {
			return n
		}
	} else if n, ok := d.wide.Load(wideKey{s, c}); ok {
		return n.(*dstate)
	}
	var next []uint32
	for _, id := range s.pcs {
		ri := int(id >> 16)
		in := &progs()[ri].Inst[id&0xffff]
		if in.Op != syntax.InstMatch && in.MatchRune(c) {
			next = closure(next, ri, in.Out)
		}
	}
	n := d.intern(next)
	if c < utf8.RuneSelf {
		s.next[c].Store(n)
	} else if d.nwide.Add(1) < maxStates {
		d.wide.Store(wideKey{s, c}, n)
	}
	return n
}

// reach is a rule that may match at a place, and the furthest byte offset
// its match could end at.
type reach struct {
	rule int
	end  int
}

// maybe appends to out the rules that may match text[at:end], in rule order.
func (d *dfa) maybe(out []reach, text string, at, end int) []reach {
	out = out[:0]
	s := d.start
	note := func(s *dstate, i int) {
		for _, ri := range s.match {
			if k := slices.IndexFunc(out, func(r reach) bool { return r.rule == int(ri) }); k >= 0 {
				out[k].end = i
			} else {
				out = append(out, reach{int(ri), i})
			}
		}
	}
	if len(s.match) > 0 {
		note(s, at)
	}
	for i := at; i < end; {
		var n *dstate
		if c := text[i]; c < utf8.RuneSelf {
			i++
			if n = s.next[c].Load(); n == nil { // the cached transition, inline
				n = d.step(s, rune(c))
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:end])
			i += size
			n = d.step(s, r)
		}
		if s = n; s == d.dead {
			break
		}
		if len(s.match) > 0 {
			note(s, i)
		}
	}
	if s != d.dead { // still alive at the window's end: it may match up to there
		for _, id := range s.pcs {
			out = append(out, reach{int(id >> 16), end})
		}
	}
	if len(out) < 2 {
		return out
	}
	// in rule order, each rule once with its furthest end
	slices.SortFunc(out, func(a, b reach) int {
		if a.rule != b.rule {
			return a.rule - b.rule
		}
		return b.end - a.end
	})
	return slices.CompactFunc(out, func(a, b reach) bool { return a.rule == b.rule })
}
