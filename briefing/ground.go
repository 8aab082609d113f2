package briefing

// Grounding: what an LLM returns is kept only where the article supports it.
//   - A quote must be a verbatim stretch of the article, of at least
//     minQuoteWords words, after folding white space and quote-mark styles;
//     it must not cut a word and must stand inside quote marks (or inside a
//     quote the extractor found), so narration cannot pass for a quote. Its
//     offsets are those of the stretch; the speaker is the extractor's, else
//     the model's if the article names that person, else none.
//   - A timeline value must be the value of a date expression of the
//     article; offsets and type come from that expression, the event text
//     from the model if the article supports it (as a key point), else from
//     the article.
//   - A key point or BLUF must share enough content words with the article
//     (see facts.supports); it is anchored at its best-matching sentence.
// What fails is dropped and counted in the briefing's warnings.

import (
	"fmt"
	"sort"
	"strings"

	"brief/briefing/quotes"
	"brief/summarize"
)

// Bounds on what is taken from a reply.
const (
	maxTimeline    = 20
	maxPointRunes  = 400
	maxReplyQuotes = maxQuotes
)

// grounder checks a reply against one article.
type grounder struct {
	src      *source
	body     folded
	facts    *facts
	extQuote []quotes.Quote // extracted quotes, body offsets
	ext      Briefing       // the extractive briefing
	points   int
}

func newGrounder(src *source, ext Briefing, points int) *grounder {
	return &grounder{
		src:      src,
		body:     fold(src.art.Body),
		facts:    newFacts(src.art.Title, src.art.Body),
		extQuote: quotes.Extract(src.art.Body),
		ext:      ext,
		points:   points,
	}
}

// Ground merges what survives of reply r into the extractive briefing ext
// and counts what was dropped in its warnings. ok is false when nothing of
// the reply survived, in which case the caller keeps ext.
func Ground(input string, art summarize.Article, ext Briefing, r Reply, points int) (b Briefing, ok bool) {
	src := newSource(input, &art, ext)
	return newGrounder(src, ext, points).ground(r)
}

func (g *grounder) ground(r Reply) (Briefing, bool) {
	b := g.ext
	b.Warnings = append([]string(nil), g.ext.Warnings...)
	kept := false
	if bluf := Fold(r.BLUF); bluf != "" && g.facts.supports(bluf) && len([]rune(bluf)) <= 2*maxPointRunes {
		b.BLUF, kept = bluf, true
	} else if bluf != "" {
		b.Warnings = append(b.Warnings, "llm: kept the extractive BLUF (too few of the rewrite's words are in the article)")
	}
	points, dropped := g.keyPoints(r.KeyPoints)
	b.Warnings = appendDropped(b.Warnings, dropped, len(r.KeyPoints), "key point", "key points", "too few of their words are in the article")
	if len(points) > 0 {
		b.KeyPoints, kept = points, true
	}
	qs, dropped := g.quotes(r.Quotes)
	b.Warnings = appendDropped(b.Warnings, dropped, len(r.Quotes), "quote", "quotes", "not a verbatim quote in the article")
	if len(qs) > 0 {
		b.Quotes, kept = qs, true
	}
	events, dropped := g.timeline(r.Timeline)
	b.Warnings = appendDropped(b.Warnings, dropped, len(r.Timeline), "timeline entry", "timeline entries", "no date expression in the article has that value")
	if len(events) > 0 {
		b.Timeline, kept = events, true
	}
	return b, kept
}

func appendDropped(warnings []string, dropped, of int, one, many, why string) []string {
	if dropped == 0 {
		return warnings
	}
	noun := many
	if of == 1 {
		noun = one
	}
	return append(warnings, fmt.Sprintf("llm: dropped %d of %d %s (%s)", dropped, of, noun, why))
}

// keyPoints keeps the rewritten points whose content the article supports.
// A rewrite has no verbatim span: it takes the offsets and score of the
// sentence it shares most content words with.
func (g *grounder) keyPoints(in []string) ([]KeyPoint, int) {
	var out []KeyPoint
	dropped := 0
	seen := map[string]bool{}
	for _, p := range in {
		p = Fold(p)
		if p == "" || seen[p] {
			continue
		}
		seen[p] = true
		if len(out) == g.points {
			continue // more than asked for: not an error, just not used
		}
		if len([]rune(p)) > maxPointRunes || !g.facts.supports(p) {
			dropped++
			continue
		}
		out = append(out, g.anchor(p))
	}
	return out, dropped
}

// anchor is the key point p placed at its best-matching source sentence.
func (g *grounder) anchor(p string) KeyPoint {
	kp := KeyPoint{Text: p, Start: -1, End: -1}
	words := contentWords(p)
	best := 0
	for _, s := range g.src.scored {
		n := overlap(words, newVocabulary(s.Text))
		if n > best || (n == best && n > 0 && s.Score > kp.Score) {
			best = n
			kp.Start, kp.End = g.src.art.InputOffset(s.Start), g.src.art.InputOffset(s.End)
			kp.Score = s.Score
		}
	}
	return kp
}

// quotes keeps the quotes that are verbatim stretches of quoted text in the
// article, with offsets, and a speaker the article supports.
func (g *grounder) quotes(in []ReplyQuote) ([]Quote, int) {
	var out []Quote
	dropped := 0
	seen := map[int]bool{}
	for _, rq := range in {
		q, ok := g.findQuote(rq)
		if !ok {
			dropped++
			continue
		}
		if seen[q.Start] || len(out) == maxReplyQuotes {
			continue
		}
		seen[q.Start] = true
		out = append(out, q)
	}
	return out, dropped
}

func (g *grounder) findQuote(rq ReplyQuote) (Quote, bool) {
	query := foldQuery(rq.Text)
	if len(strings.FieldsFunc(query, notWordRune)) < minQuoteWords {
		return Quote{}, false
	}
	// A quote may run over paragraphs; a paragraph break folds to one
	// byte, as a space does, so offsets stay the same.
	text := strings.ReplaceAll(g.body.text, "\n", " ")
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], query)
		if k < 0 {
			break
		}
		i, j := from+k, from+k+len(query)
		from = i + 1
		if !wordEdges(text, i, j) {
			continue
		}
		bs, be := g.body.span(i, j)
		ext, inExt := g.extractedAround(bs, be)
		if !inExt && !insideQuoteMarks(text, i, j) {
			continue
		}
		return g.quoteAt(bs, be, rq.Speaker, ext), true
	}
	return Quote{}, false
}

// quoteAt builds the quote at body[bs:be]. The extractor's attribution wins;
// else the model's speaker is kept only if the article names them.
func (g *grounder) quoteAt(bs, be int, speaker string, ext quotes.Quote) Quote {
	art := g.src.art
	q := Quote{Text: art.Body[bs:be], Start: art.InputOffset(bs), End: art.InputOffset(be)}
	switch {
	case ext.Speaker != "":
		q.Speaker, q.Role, q.Cue = ext.Speaker, ext.Role, ext.Cue
	case g.namedInArticle(speaker):
		q.Speaker, q.Cue = Fold(speaker), ext.Cue
	}
	return q
}

// extractedAround returns the extracted quote holding body[bs:be].
func (g *grounder) extractedAround(bs, be int) (quotes.Quote, bool) {
	for _, q := range g.extQuote {
		if q.Start <= bs && be <= q.End {
			return q, true
		}
	}
	return quotes.Quote{}, false
}

// insideQuoteMarks reports whether text[i:j] lies between an opening and a
// closing double quote mark of one paragraph (quote marks already plain).
func insideQuoteMarks(text string, i, j int) bool {
	if strings.ContainsRune(text[i:j], '"') {
		return false
	}
	para := strings.LastIndexByte(text[:i], '\n') + 1
	// An odd count means a quote is open; it may run on into the next
	// paragraph without a closing mark, as news style allows.
	return strings.Count(text[para:i], `"`)%2 == 1
}

// namedInArticle reports whether name occurs in the article as whole words.
func (g *grounder) namedInArticle(name string) bool {
	name = foldQuery(name)
	if name == "" {
		return false
	}
	text := g.body.text
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], name)
		if k < 0 {
			return false
		}
		if wordEdges(text, from+k, from+k+len(name)) {
			return true
		}
		from += k + 1
	}
	return false
}

// timeline keeps entries whose value a date expression of the article has.
// The offsets and type come from that expression; the event text from the
// model when the article supports it, else from the article.
func (g *grounder) timeline(in []ReplyEvent) ([]Event, int) {
	var out []Event
	dropped := 0
	seen := map[string]bool{}
	for _, re := range in {
		e, ok := g.findDate(re)
		if !ok {
			dropped++
			continue
		}
		key := e.Value + "\x00" + e.Event
		if seen[key] || len(out) == maxTimeline {
			continue
		}
		seen[key] = true
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Value != out[j].Value {
			return out[i].Value < out[j].Value
		}
		return out[i].Start < out[j].Start
	})
	return out, dropped
}

func (g *grounder) findDate(re ReplyEvent) (Event, bool) {
	value := strings.TrimSpace(re.Value)
	words := contentWords(re.Event)
	var best Event
	bestN, found := -1, false
	for _, c := range g.src.dates {
		if c.Value != value {
			continue
		}
		if n := overlap(words, newVocabulary(c.Event)); n > bestN {
			best, bestN, found = c, n, true
		}
	}
	if !found {
		return Event{}, false
	}
	if ev := Fold(re.Event); ev != "" && len([]rune(ev)) <= maxPointRunes && g.facts.supports(ev) {
		best.Event = ev
	}
	return best, true
}

// Checker applies the LLM pass's checks to claims about one article, one
// claim at a time (the evaluation measures the checks with it).
type Checker struct{ g *grounder }

// NewChecker prepares the checks against art.
func NewChecker(art summarize.Article) *Checker {
	return &Checker{&grounder{
		src:      &source{art: &art},
		body:     fold(art.Body),
		facts:    newFacts(art.Title, art.Body),
		extQuote: quotes.Extract(art.Body),
	}}
}

// KeyPoint reports whether a rewritten key point (or BLUF) would be kept.
func (c *Checker) KeyPoint(s string) bool { return c.g.facts.supports(Fold(s)) }

// Quote reports whether a quote would be kept.
func (c *Checker) Quote(s string) bool {
	_, ok := c.g.findQuote(ReplyQuote{Text: s})
	return ok
}
