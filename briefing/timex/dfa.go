package timex

import (
	"regexp/syntax"
	"slices"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// The prefilter runs every rule's program at once as a lazily built DFA over
// the text at a word start, with empty-width assertions (\b, $) taken as
// true: a superset of what the rules match. It tells which rules could match
// there and the furthest end each could reach, so the backtracker that finds
// submatches (backtrack.go) runs only for the few rules that may match, on
// the shortest input that decides the match. Most words rule every rule out
// in their first three bytes; a table of such byte triples, filled in as
// walks find them, spares those words a walk. Go's regexp has no
// multi-pattern or DFA-only API, hence this by hand.

// inst is one instruction of the rules' programs, numbered across all the
// rules so that a DFA state is a set of small integers.
type inst struct {
	op       syntax.InstOp
	rule     uint16
	out, arg uint32    // instruction numbers
	ascii    [2]uint64 // rune instructions: the ASCII runes matched
	// first is the ASCII runes that some path from here can consume first
	// (all of them when a path reaches the match without consuming).
	first [2]uint64
	in    *syntax.Inst
}

// matches reports whether rune instruction in consumes c.
func (in *inst) matches(c rune) bool {
	if c < utf8.RuneSelf {
		return in.ascii[c>>6]&(1<<(c&63)) != 0
	}
	return in.in.MatchRune(c)
}

// dstate is a set of NFA positions (instruction numbers), holding only
// instructions that consume a rune or match.
type dstate struct {
	id    uint32 // row in dfa.next; 0 for a state past maxStates, never cached
	stop  bool   // dead, or some rule has matched: the walk looks
	pcs   []uint32
	match []uint16 // rules that have matched on reaching this state
}

// dfa interns states; transitions on ASCII bytes are cached in one flat
// table of rows, one per state, one entry per byte class. Building a
// transition takes mu; taking a cached one takes no lock.
type dfa struct {
	insts []inst
	base  []uint32 // rule i's instructions are insts[base[i]:base[i+1]]
	// class numbers the ASCII bytes no instruction tells apart (the walk
	// takes every empty-width assertion as true, so the rules' rune sets
	// alone decide): rows are nclass entries, not 128.
	class  [utf8.RuneSelf]uint8
	nclass int
	// The transition table: (*next)[s.id*nclass+class] is 0 while the
	// transition is unbuilt, else the next state's id<<1 | stop, so the
	// walk's inner loop reads one entry per byte and nothing else. It
	// doubles as states are kept (under mu, copied, then published); a
	// walk holding an older table finds 0 where it lacks an entry and
	// builds the transition the slow way.
	next atomic.Pointer[[]atomic.Uint32]
	byID []*dstate // states by id, written before they are published in next
	nid  int       // ids given
	// deadStarts has a bit set for each triple of ASCII bytes within which
	// the DFA is known to die with nothing matched (see knownDead).
	deadStarts [noTriple / 64]atomic.Uint64

	mu     sync.Mutex
	seen   []uint32 // closure marks: seen[pc] == gen when pc is in the set
	gen    uint32
	stack  []uint32
	buf    []uint32
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
	var starts []uint32
	for ri, r := range rules {
		d.base = append(d.base, uint32(len(d.insts)))
		starts = append(starts, uint32(len(d.insts)+r.prog.Start))
		d.insts = appendInsts(d.insts, r.prog, ri)
	}
	d.base = append(d.base, uint32(len(d.insts)))
	setFirst(d.insts)
	d.class, d.nclass = byteClasses(d.insts)
	// Id 0 means "not kept", 1 is the dead state.
	table := make([]atomic.Uint32, initialRows*d.nclass)
	d.next.Store(&table)
	d.byID, d.nid = make([]*dstate, maxStates+2), 1
	d.dead = &dstate{stop: true}
	d.keep(d.dead)
	d.seen = make([]uint32, len(d.insts))
	d.gen++
	var start []uint32
	for _, pc := range starts {
		start = d.closure(start, pc)
	}
	d.start = d.intern(start)
	return d
})

// byteClasses numbers the ASCII bytes so that two bytes share a class when
// every rune instruction consumes both or neither.
func byteClasses(insts []inst) (class [utf8.RuneSelf]uint8, n int) {
	var sets [][2]uint64 // the distinct rune sets
	have := map[[2]uint64]bool{}
	for _, in := range insts {
		if in.op != syntax.InstMatch && in.ascii != [2]uint64{} && !have[in.ascii] {
			have[in.ascii] = true
			sets = append(sets, in.ascii)
		}
	}
	ids := map[string]uint8{}
	sig := make([]byte, len(sets))
	for c := range utf8.RuneSelf {
		for k, set := range sets {
			sig[k] = byte(set[c>>6] >> (c & 63) & 1)
		}
		id, ok := ids[string(sig)]
		if !ok {
			id = uint8(len(ids))
			ids[string(sig)] = id
		}
		class[c] = id
	}
	return class, len(ids)
}

// keep gives s the next id, when the table has room. d.mu is held (or
// the DFA is being built).
func (d *dfa) keep(s *dstate) {
	if d.nid == len(d.byID) {
		return
	}
	if old := *d.next.Load(); (d.nid+1)*d.nclass > len(old) {
		table := make([]atomic.Uint32, 2*len(old))
		for k := range old {
			table[k].Store(old[k].Load())
		}
		d.next.Store(&table)
	}
	s.id = uint32(d.nid)
	d.byID[d.nid] = s
	d.nid++
}

// initialRows is the transition table's first size in states; news text
// builds a few thousand.
const initialRows = 1024

// appendInsts appends the instructions of rule ri's program, renumbered.
func appendInsts(out []inst, p *syntax.Prog, ri int) []inst {
	base := uint32(len(out))
	for pc := range p.Inst {
		in := &p.Inst[pc]
		out = append(out, inst{op: in.Op, rule: uint16(ri), out: base + in.Out, arg: base + in.Arg, ascii: asciiOf(in), in: in})
	}
	return out
}

// setFirst fills in the instructions' first sets.
func setFirst(insts []inst) {
	const (
		unset = iota
		busy
		done
	)
	state := make([]uint8, len(insts))
	var visit func(pc uint32) [2]uint64
	visit = func(pc uint32) [2]uint64 {
		in := &insts[pc]
		switch state[pc] {
		case busy: // a loop that consumes nothing: assume anything
			return [2]uint64{^uint64(0), ^uint64(0)}
		case done:
			return in.first
		}
		state[pc] = busy
		var f [2]uint64
		switch in.op {
		case syntax.InstAlt, syntax.InstAltMatch:
			a, b := visit(in.out), visit(in.arg)
			f = [2]uint64{a[0] | b[0], a[1] | b[1]}
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
			f = visit(in.out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			f = in.ascii
		case syntax.InstMatch:
			f = [2]uint64{^uint64(0), ^uint64(0)}
		}
		in.first, state[pc] = f, done
		return f
	}
	for pc := range insts {
		visit(uint32(pc))
	}
}

// mayStart reports whether some path from in can consume c first, or
// match: a branch that cannot needs no trying.
func (in *inst) mayStart(c byte) bool {
	return in.first[c>>6&1]&(1<<(c&63)) != 0
}

// asciiOf is the set of ASCII runes a rune instruction consumes, as
// syntax.Inst.MatchRune decides it.
func asciiOf(in *syntax.Inst) (m [2]uint64) {
	set := func(lo, hi rune) {
		for c := lo; c <= min(hi, utf8.RuneSelf-1); c++ {
			m[c>>6] |= 1 << (c & 63)
		}
	}
	switch in.Op {
	case syntax.InstRuneAny:
		set(0, utf8.RuneSelf-1)
	case syntax.InstRuneAnyNotNL:
		set(0, '\n'-1)
		set('\n'+1, utf8.RuneSelf-1)
	case syntax.InstRune1, syntax.InstRune:
		if len(in.Rune) == 1 {
			r0 := in.Rune[0]
			set(r0, r0)
			if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
					set(r, r)
				}
			}
			break
		}
		for i := 0; i+1 < len(in.Rune); i += 2 {
			set(in.Rune[i], in.Rune[i+1])
		}
	}
	return m
}

// closure adds to set the rune-consuming and match instructions reachable
// from pc without consuming input. d.mu is held; d.gen marks this set.
func (d *dfa) closure(set []uint32, pc uint32) []uint32 {
	stack := append(d.stack[:0], pc)
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if d.seen[pc] == d.gen {
			continue
		}
		d.seen[pc] = d.gen
		in := &d.insts[pc]
		switch in.op {
		case syntax.InstAlt, syntax.InstAltMatch:
			stack = append(stack, in.arg, in.out)
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
			stack = append(stack, in.out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL, syntax.InstMatch:
			set = append(set, pc)
		}
	}
	d.stack = stack
	return set
}

// intern returns the state for a set of positions (sorted in place, then
// copied). d.mu is held.
func (d *dfa) intern(pcs []uint32) *dstate {
	if len(pcs) == 0 {
		return d.dead
	}
	slices.Sort(pcs)
	key := make([]byte, 0, 4*len(pcs))
	for _, pc := range pcs {
		key = append(key, byte(pc>>24), byte(pc>>16), byte(pc>>8), byte(pc))
	}
	if s, ok := d.states[string(key)]; ok {
		return s
	}
	s := &dstate{pcs: slices.Clone(pcs)}
	for _, pc := range pcs {
		if d.insts[pc].op == syntax.InstMatch {
			s.match = append(s.match, d.insts[pc].rule)
		}
	}
	s.stop = len(s.match) > 0
	if len(d.states) < maxStates {
		d.states[string(key)] = s
		d.keep(s)
	}
	return s
}

// step is the state after consuming rune c, built and cached on first use.
func (d *dfa) step(s *dstate, c rune) *dstate {
	if c >= utf8.RuneSelf {
		if n, ok := d.wide.Load(wideKey{s, c}); ok {
			return n.(*dstate)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if c < utf8.RuneSelf && s.id != 0 {
		if v := (*d.next.Load())[int(s.id)*d.nclass+int(d.class[c])].Load(); v != 0 {
			return d.byID[v>>1] // built meanwhile by another goroutine
		}
	}
	d.gen++
	next := d.buf[:0]
	for _, pc := range s.pcs {
		if in := &d.insts[pc]; in.op != syntax.InstMatch && in.matches(c) {
			next = d.closure(next, in.out)
		}
	}
	d.buf = next
	n := d.intern(next)
	if c < utf8.RuneSelf {
		if s.id != 0 && n.id != 0 {
			(*d.next.Load())[int(s.id)*d.nclass+int(d.class[c])].Store(n.id<<1 | b2u(n.stop))
		}
	} else if d.nwide.Add(1) < maxStates {
		d.wide.Store(wideKey{s, c}, n)
	}
	return n
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// reach is a rule that may match at a place, and the furthest byte offset
// its match could end at.
type reach struct {
	rule int
	end  int
}

// walk runs the DFA over text[at:end] and returns in rs the rules that may
// match text[at:], in rule order, each with its furthest end.
//
// A rule the DFA is still inside at end but never saw match cannot match:
// the DFA takes every path the regexp could take.
func (d *dfa) walk(rs []reach, text string, at, end int) []reach {
	rs = rs[:0]
	s := d.start
	if s.stop {
		rs = note(rs, s, at)
	}
	text = text[:end]
	next, class, nclass := *d.next.Load(), &d.class, d.nclass
	for i := at; ; {
		// Cached ASCII transitions to states that need no look: one table
		// entry per byte, in registers, without calls.
		if s.id != 0 {
			id := s.id
			for i < len(text) {
				c := text[i]
				if c >= utf8.RuneSelf {
					break
				}
				v := next[int(id)*nclass+int(class[c])].Load()
				if v == 0 || v&1 != 0 {
					break
				}
				id = v >> 1
				i++
			}
			s = d.byID[id]
		}
		if i >= len(text) {
			return rs
		}
		var n *dstate
		if c := text[i]; c < utf8.RuneSelf {
			i++
			if v := next[int(s.id)*nclass+int(class[c])].Load(); v != 0 {
				n = d.byID[v>>1]
			} else {
				n = d.step(s, rune(c))
				next = *d.next.Load() // one that holds n's row
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			i += size
			n = d.step(s, r)
			next = *d.next.Load()
		}
		if s = n; s == d.dead {
			if len(rs) == 0 && i-at <= 3 {
				d.died(text, at)
			}
			return rs
		}
		if s.stop {
			rs = note(rs, s, i)
		}
	}
}

// note records that the rules matching in state s may end at i. Rules come
// in order within a state and the walk goes forward, so rs stays in rule
// order when each new rule is inserted in place.
func note(rs []reach, s *dstate, i int) []reach {
	for _, ri := range s.match {
		k, found := slices.BinarySearchFunc(rs, int(ri), func(r reach, ri int) int { return r.rule - ri })
		if found {
			rs[k].end = i
		} else {
			rs = slices.Insert(rs, k, reach{int(ri), i})
		}
	}
	return rs
}

// died records that the walk from text[at:] died within its first three
// bytes with nothing matched.
func (d *dfa) died(text string, at int) {
	if k := triple(text[at:]); k < noTriple {
		d.deadStarts[k>>6].Or(1 << (k & 63))
	}
}

// knownDead reports whether the walk from text[at:] is known to die within
// its first three bytes with nothing matched: no rule can match there.
func (d *dfa) knownDead(text string, at int) bool {
	k := triple(text[at:])
	return k < noTriple && d.deadStarts[k>>6].Load()&(1<<(k&63)) != 0
}

// triple numbers the first three bytes of s below noTriple when they are
// ASCII; when s is shorter or one has its high bit set (which the last term
// moves onto noTriple's bit) the number is noTriple or more.
func triple(s string) uint {
	if len(s) < 3 {
		return noTriple
	}
	return uint(s[0])<<14 | uint(s[1])<<7 | uint(s[2]) | uint((s[0]|s[1]|s[2])&0x80)<<14
}

const noTriple = 1 << 21
