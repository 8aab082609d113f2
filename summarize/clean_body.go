package summarize

import "strings"

// bodyBuilder writes the body and records where each byte came from.
type bodyBuilder struct {
	input  string
	b      strings.Builder
	pieces []Piece
	// piecesHint: the pieces to make room for at the first (about one a
	// paragraph).
	piecesHint int
}

// grow makes room for a body made of the blocks: at most their input span
// (lines are joined by one space where the input had a line break or more).
func (bb *bodyBuilder) grow(blocks []block) {
	n := 0
	for _, b := range blocks {
		n += b.end - b.start + 2
	}
	bb.b.Grow(n)
	bb.piecesHint = len(blocks)
}

// copy appends input[s.start:s.end].
func (bb *bodyBuilder) copy(s seg) {
	if s.end <= s.start {
		return
	}
	bb.record(s.start, s.end-s.start)
	bb.b.WriteString(bb.input[s.start:s.end])
}

// record notes that the next n body bytes come from input[at:at+n], extending
// the last piece when both sides are contiguous.
func (bb *bodyBuilder) record(at, n int) {
	body := bb.b.Len()
	if k := len(bb.pieces) - 1; k >= 0 {
		p := &bb.pieces[k]
		if p.Body+p.Len == body && p.Input+p.Len == at {
			p.Len += n
			return
		}
	}
	if bb.pieces == nil && bb.piecesHint > 0 {
		bb.pieces = make([]Piece, 0, bb.piecesHint)
	}
	bb.pieces = append(bb.pieces, Piece{Body: body, Input: at, Len: n})
}

// space joins two lines of one paragraph. The line break between them, when
// it is one byte of white space in the input, becomes the space (a change of
// the same length), so the piece runs on.
func (bb *bodyBuilder) space(prevEnd, nextStart int) {
	if nextStart == prevEnd+1 && isASCIISpace(bb.input[prevEnd]) {
		bb.record(prevEnd, 1)
	}
	bb.b.WriteByte(' ')
}

func isASCIISpace(c byte) bool { return c == '\n' || c == ' ' || c == '\t' || c == '\f' }

// paragraph appends one block: its lines joined by spaces.
func (bb *bodyBuilder) paragraph(lines []pageLine) {
	if bb.b.Len() > 0 {
		bb.b.WriteString("\n\n")
	}
	prevEnd := -1
	for _, ln := range lines {
		if len(ln.segs) == 0 {
			continue
		}
		if prevEnd >= 0 {
			bb.space(prevEnd, ln.segs[0].start)
		}
		for _, s := range ln.segs {
			bb.copy(s)
		}
		prevEnd = ln.segs[len(ln.segs)-1].end
	}
}

func (bb *bodyBuilder) article(a *Article) {
	a.Body = bb.b.String()
	a.Pieces = bb.pieces
}
