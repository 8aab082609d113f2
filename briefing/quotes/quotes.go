// Package quotes finds direct quotes in news text and attributes each to its
// speaker, with the speaker's role and the cue verb.
package quotes

// Quote is one direct quote. Start and End are byte offsets into the text
// given to Extract, covering the quoted words without the quote marks;
// Text is exactly text[Start:End].
type Quote struct {
	Start, End int
	Text       string
	Speaker    string // the fullest name the text gives; "" when unknown
	Role       string // e.g. "NATO Secretary General"; "" when unknown
	Cue        string // the attribution verb, e.g. "said"; "" when none
}

// Extract returns the direct quotes of text in text order.
// Placeholder: finds nothing.
func Extract(text string) []Quote {
	return nil
}
