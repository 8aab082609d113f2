// Package quotes finds direct quotes in news text and attributes each to its
// speaker, with the speaker's role and the cue verb.
//
// Quote marks are paired by their neighbours (straight marks carry no
// direction); a quote left open at a paragraph end goes on when the next
// paragraph opens with a mark, and is one quote up to its closing mark; a
// quote whose mark never closes is dropped. Stretches of fewer than four words and
// titles in quote marks are scare quotes, not quotes. Each quote's speaker
// is read from its sentence (the subject of a cue verb, before or after
// the quote), else taken from the quotes around it; pronouns and
// descriptions are resolved to the last speaker or mention they fit, and
// names to their fullest form in the text.
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
func Extract(text string) []Quote {
	spans := findSpans(text)
	if len(spans) == 0 {
		return nil
	}
	d := newDoc(text, spans)
	defer d.bufs.put()
	d.attribute()
	out := make([]Quote, len(spans))
	for i, s := range spans {
		a := d.attr[i]
		out[i] = Quote{Start: s.Start, End: s.End, Text: text[s.Start:s.End], Speaker: a.speaker, Role: a.role, Cue: a.cue}
	}
	return out
}
