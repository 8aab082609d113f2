package summarize

// Article is the cleaned form of one input: its metadata and its body.
// Empty strings mean "not found"; nothing is guessed.
type Article struct {
	Title     string
	Outlet    string // the site or paper, e.g. "China Daily"
	Agency    string // the wire agency, e.g. "Xinhua", "Reuters"
	Byline    string
	Published string // ISO 8601 date or date-time as found, e.g. "2013-06-04T19:15"
	Dateline  string // e.g. "BRUSSELS"

	// Body is the article text, paragraphs separated by a blank line.
	Body string
	// Pieces map byte ranges of Body back to the input, in Body order.
	Pieces []Piece

	// Warnings are problems the cleaner noticed but worked around
	// (for instance text decoded from Windows-1252).
	Warnings []string
}

// Piece records that Body[Body:Body+Len] was copied from input[Input:Input+Len]
// (with at most same-length changes such as a line break turned into a space).
type Piece struct {
	Body, Input, Len int
}

// InputOffset maps a byte offset in a.Body to the byte offset in the input it
// came from. An offset between pieces (say inside a paragraph separator that
// was added) maps to the end of the previous piece.
func (a *Article) InputOffset(bodyOff int) int {
	if len(a.Pieces) == 0 {
		return bodyOff
	}
	last := a.Pieces[0].Input
	for _, p := range a.Pieces {
		if bodyOff < p.Body {
			return last
		}
		if bodyOff <= p.Body+p.Len {
			return p.Input + bodyOff - p.Body
		}
		last = p.Input + p.Len
	}
	return last
}

// RawArticle is the Article for text taken as it is (--raw): the whole input
// is the body, with no metadata.
func RawArticle(text string) Article {
	return Article{Body: text, Pieces: []Piece{{Body: 0, Input: 0, Len: len(text)}}}
}
