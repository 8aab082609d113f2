package briefing

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/briefing/actors"
	"brief/briefing/quotes"
	"brief/briefing/timex"
	"brief/summarize"
)

// Options tune Build.
type Options struct {
	Source    string // the input's name, as shown to the user
	Points    int    // number of key points
	Published string // ISO date or date-time that overrides the detected one
}

// maxQuotes bounds the key quotes of one briefing.
const maxQuotes = 8

// minQuoteWords keeps one- to three-word fragments (scare quotes, titles)
// out of the key quotes.
const minQuoteWords = 4

// extractiveMethod names the extractive pipeline in Briefing.Method.
const extractiveMethod = "clean+split+rank (TextRank centrality, word frequency, length, position, title, salience; MMR selection)"

// Build makes the extractive briefing of an article. input is the text the
// article was cleaned from; every offset in the result points into it.
func Build(input string, art summarize.Article, opt Options) Briefing {
	b := Briefing{
		Source: opt.Source, Title: art.Title, Outlet: art.Outlet, Agency: art.Agency,
		Published: art.Published, Dateline: art.Dateline,
		Method:   Method{Extractive: extractiveMethod},
		Warnings: append([]string(nil), art.Warnings...),
	}
	if opt.Published != "" {
		b.Published = opt.Published
	}
	sentences := summarize.Split(art.Body)
	scored := summarize.Rank(sentences, summarize.RankOptions{Title: art.Title})
	if lead, ok := summarize.BLUF(scored); ok {
		b.BLUF = Fold(lead.Text)
	}
	for _, s := range summarize.Select(scored, opt.Points) {
		b.KeyPoints = append(b.KeyPoints, KeyPoint{
			Text: Fold(s.Text), Start: art.InputOffset(s.Start), End: art.InputOffset(s.End), Score: s.Score,
		})
	}
	found := quotes.Extract(art.Body)
	b.Quotes = keyQuotes(&art, found, scored)
	b.Timeline = timeline(&art, timex.Tag(art.Body, b.Published), sentences)
	b.Actors, b.Topics = actors.Analyze(art.Title+"\n\n"+art.Body, speakers(found))
	return b
}

// keyQuotes keeps quotes of at least minQuoteWords words, ranked by the score
// of the sentence they stand in (then by length, then by position).
func keyQuotes(art *summarize.Article, found []quotes.Quote, scored []summarize.Scored) []Quote {
	type ranked struct {
		q     quotes.Quote
		score float64
	}
	var rs []ranked
	for _, q := range found {
		if !hasWords(q.Text, minQuoteWords) {
			continue
		}
		rs = append(rs, ranked{q, sentenceScore(scored, q.Start)})
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].score != rs[j].score {
			return rs[i].score > rs[j].score
		}
		return rs[i].q.Start < rs[j].q.Start
	})
	if len(rs) > maxQuotes {
		rs = rs[:maxQuotes]
	}
	out := make([]Quote, len(rs))
	for i, r := range rs {
		// The comma before a closing mark ("...solidarity," he said) belongs
		// to the reporting sentence, not to the words quoted.
		text := strings.TrimRight(r.q.Text, ", ")
		out[i] = Quote{
			Text: text, Speaker: r.q.Speaker, Role: r.q.Role, Cue: r.q.Cue,
			Start: art.InputOffset(r.q.Start), End: art.InputOffset(r.q.Start + len(text)),
		}
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }

// hasWords tells whether s holds at least n words (as strings.FieldsFunc
// with notWordRune cuts them), counting no further than n.
func hasWords(s string, n int) bool {
	inWord := false
	for _, r := range s {
		if notWordRune(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			if n--; n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

// sentenceScore is the score of the sentence holding body offset off.
func sentenceScore(scored []summarize.Scored, off int) float64 {
	i := sort.Search(len(scored), func(i int) bool { return scored[i].End > off })
	if i < len(scored) && scored[i].Start <= off {
		return scored[i].Score
	}
	return 0
}

func speakers(found []quotes.Quote) []string {
	var out []string
	for _, q := range found {
		if q.Speaker != "" {
			out = append(out, q.Speaker)
		}
	}
	return out
}

// Fold collapses runs of white space into single spaces and trims the ends.
func Fold(s string) string {
	if isFolded(s) {
		return s // most sentences: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// isFolded tells whether Fold would return s unchanged: no leading or
// trailing space and no space but single ASCII spaces between words.
func isFolded(s string) bool {
	afterSpace := true // a space at the start would be leading
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch c {
			case ' ':
				if afterSpace {
					return false
				}
				afterSpace = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				afterSpace = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		afterSpace = false
		i += n
	}
	return !afterSpace || s == ""
}
