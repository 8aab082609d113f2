package summarize

// Sentence is one sentence of a text. Start and End are byte offsets into the
// text given to Split (End exclusive) and Text is exactly text[Start:End].
type Sentence struct {
	Index      int // position in the text, from 0
	Paragraph  int // paragraph number, from 0; a blank line or a hard line break (see Split) starts a new one
	Start, End int
	Text       string
}

// Scored is a sentence with its rank score (higher is more central).
type Scored struct {
	Sentence
	Score float64

	// vec is the sentence's TF-IDF vector as Rank computed it, so Select
	// need not compute it again; hasVec tells an empty vector from none.
	vec    termVec
	hasVec bool
	// leads is whether Rank found the sentence fit to lead (see leads);
	// it holds only where hasVec does.
	leads bool
}
