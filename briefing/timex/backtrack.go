package timex

import (
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// backtracker finds a rule's match at the start of its input with the
// submatches regexp's FindStringSubmatchIndex gives for the rule's anchored
// pattern (tests compare the two). It is regexp's bounded backtracker
// (regexp/backtrack.go: depth-first in priority order, each instruction
// tried once per position) run on the DFA's numbered instructions: their
// ASCII masks test a rune without case folding at run time, and the
// scratch is kept from call to call. The regexp package takes its slower
// NFA for programs as large as the rules' (month names, number words), and
// that cost most of Tag's time on text it had not seen.
type backtracker struct {
	jobs     []job
	visited  []uint32
	cap      []int
	matchcap []int
	in       string
	base     uint32 // the rule's first instruction number
}

type job struct {
	pc  uint32
	arg bool
	pos int
}

// match returns the submatch offsets of rule ri at the start of in, or nil.
func (b *backtracker) match(d *dfa, ri int, in string) []int {
	base, n := d.base[ri], int(d.base[ri+1]-d.base[ri])
	b.in, b.base = in, base
	words := (n*(len(in)+1) + 31) / 32
	b.visited = slices.Grow(b.visited[:0], words)[:words]
	clear(b.visited)
	ncap := rules[ri].prog.NumCap
	b.cap = fill(b.cap, ncap)
	b.matchcap = fill(b.matchcap, ncap)
	b.cap[0] = 0
	if !b.try(d, base+uint32(rules[ri].prog.Start)) {
		return nil
	}
	loc := make([]int, 2*(1+rules[ri].anchored.NumSubexp()))
	for i := range loc {
		loc[i] = -1
	}
	copy(loc, b.matchcap)
	return loc
}

func fill(s []int, n int) []int {
	s = slices.Grow(s[:0], n)[:n]
	for i := range s {
		s[i] = -1
	}
	return s
}

// visit marks instruction pc at pos and reports whether it was unmarked.
func (b *backtracker) visit(pc uint32, pos int) bool {
	k := uint(pc-b.base)*uint(len(b.in)+1) + uint(pos)
	if b.visited[k/32]&(1<<(k&31)) != 0 {
		return false
	}
	b.visited[k/32] |= 1 << (k & 31)
	return true
}

func (b *backtracker) push(d *dfa, pc uint32, pos int, arg bool) {
	if d.insts[pc].op != syntax.InstFail && (arg || b.visit(pc, pos)) {
		b.jobs = append(b.jobs, job{pc: pc, arg: arg, pos: pos})
	}
}

// try is regexp's tryBacktrack for a first (not longest) match.
func (b *backtracker) try(d *dfa, pc uint32) bool {
	b.jobs = b.jobs[:0]
	b.push(d, pc, 0, false)
	for len(b.jobs) > 0 {
		l := len(b.jobs) - 1
		pc, pos, arg := b.jobs[l].pc, b.jobs[l].pos, b.jobs[l].arg
		b.jobs = b.jobs[:l]
		goto Skip
	CheckAndLoop:
		if !b.visit(pc, pos) {
			continue
		}
	Skip:
		in := &d.insts[pc]
		switch in.op {
		case syntax.InstFail:
			continue
		case syntax.InstAlt:
			if arg { // finished in.out; try in.arg
				arg = false
				pc = in.arg
				goto CheckAndLoop
			}
			// A branch that cannot take the next byte fails: skip it
			// (the result is the same, only sooner).
			if pos < len(b.in) && b.in[pos] < utf8.RuneSelf {
				c := b.in[pos]
				out, alt := d.insts[in.out].mayStart(c), d.insts[in.arg].mayStart(c)
				switch {
				case !out && !alt:
					continue
				case !out:
					pc = in.arg
					goto CheckAndLoop
				case !alt:
					pc = in.out
					goto CheckAndLoop
				}
			}
			b.push(d, pc, pos, true)
			pc = in.out
			goto CheckAndLoop
		case syntax.InstAltMatch:
			switch d.insts[in.out].op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				b.push(d, in.arg, pos, false)
				pc = in.arg
				pos = len(b.in)
				goto CheckAndLoop
			}
			b.push(d, in.out, len(b.in), false)
			pc = in.out
			goto CheckAndLoop
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			w := b.consumes(in, pos)
			if w == 0 {
				continue
			}
			pos += w
			pc = in.out
			goto CheckAndLoop
		case syntax.InstCapture:
			if arg { // finished in.out; restore the old value
				b.cap[in.in.Arg] = pos
				continue
			}
			if k := in.in.Arg; int(k) < len(b.cap) {
				b.push(d, pc, b.cap[k], true) // come back when done
				b.cap[k] = pos
			}
			pc = in.out
			goto CheckAndLoop
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.in.Arg)&^b.context(pos) != 0 {
				continue
			}
			pc = in.out
			goto CheckAndLoop
		case syntax.InstNop:
			pc = in.out
			goto CheckAndLoop
		case syntax.InstMatch:
			if len(b.cap) > 1 {
				b.cap[1] = pos
			}
			copy(b.matchcap, b.cap)
			return true
		}
	}
	return false
}

// consumes is the width of the rune at pos if rune instruction in takes it,
// else 0.
func (b *backtracker) consumes(in *inst, pos int) int {
	if pos >= len(b.in) {
		return 0
	}
	r, w := rune(b.in[pos]), 1
	if r >= utf8.RuneSelf {
		r, w = utf8.DecodeRuneInString(b.in[pos:])
	}
	switch in.op {
	case syntax.InstRuneAny:
		return w
	case syntax.InstRuneAnyNotNL:
		if r == '\n' {
			return 0
		}
		return w
	}
	if in.matches(r) {
		return w
	}
	return 0
}

// context is the empty-width conditions that hold at pos, as regexp's
// input.context gives them.
func (b *backtracker) context(pos int) syntax.EmptyOp {
	r1, r2 := rune(-1), rune(-1)
	if pos > 0 {
		r1, _ = utf8.DecodeLastRuneInString(b.in[:pos])
	}
	if pos < len(b.in) {
		r2, _ = utf8.DecodeRuneInString(b.in[pos:])
	}
	return syntax.EmptyOpContext(r1, r2)
}
