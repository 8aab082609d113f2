// Package bbc reads the BBC News Summary set of shared/eval and builds its
// Lead-N baselines, for the summ evaluation task and the peer harness.
package bbc

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Doc is one BBC News Summary pair.
type Doc struct {
	ID        string // category/NNN
	Text      string // the article file as it is
	Title     string // line 1
	Body      string // the text after line 1, as in the file
	Reference string // one sentence per line
	RefPath   string
}

// Load reads every pair under dir/summ/bbc in sorted order.
func Load(evalDir string) ([]Doc, error) {
	root := filepath.Join(evalDir, "summ", "bbc")
	arts, err := filepath.Glob(filepath.Join(root, "*", "*.article.txt"))
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no BBC articles under %s", root)
	}
	sort.Strings(arts)
	docs := make([]Doc, 0, len(arts))
	for _, a := range arts {
		d, err := read(root, a)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func read(root, artPath string) (Doc, error) {
	art, err := os.ReadFile(artPath)
	if err != nil {
		return Doc{}, err
	}
	refPath := strings.TrimSuffix(artPath, ".article.txt") + ".summary.sents.txt"
	ref, err := os.ReadFile(refPath)
	if err != nil {
		return Doc{}, err
	}
	rel, _ := filepath.Rel(root, strings.TrimSuffix(artPath, ".article.txt"))
	title, body, _ := strings.Cut(string(art), "\n")
	return Doc{ID: filepath.ToSlash(rel), Text: string(art), Title: strings.TrimSpace(title), Body: body,
		Reference: string(ref), RefPath: refPath}, nil
}

// RefSentences counts the reference's non-empty lines (k of Lead-k).
func RefSentences(ref string) int {
	n := 0
	for _, l := range strings.Split(ref, "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// LeadSentences splits a body as shared/eval/README.md's Lead-3 recipe
// does: at line breaks, and after . ! ? (optionally followed by a straight
// quote) plus white space.
func LeadSentences(body string) []string {
	var out []string
	for _, para := range strings.Split(body, "\n") {
		para = strings.TrimSpace(para)
		start := 0
		for i := 0; i < len(para); i++ {
			if !isSpace(para[i]) || i == 0 || !afterStop(para[:i]) {
				continue
			}
			j := i
			for j < len(para) && isSpace(para[j]) {
				j++
			}
			if s := strings.TrimSpace(para[start:i]); s != "" {
				out = append(out, s)
			}
			start, i = j, j-1
		}
		if s := strings.TrimSpace(para[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// afterStop: s ends with . ! ? or with one of them and a straight quote.
func afterStop(s string) bool {
	n := len(s)
	stop := func(c byte) bool { return c == '.' || c == '!' || c == '?' }
	if stop(s[n-1]) {
		return true
	}
	return n >= 2 && (s[n-1] == '"' || s[n-1] == '\'') && stop(s[n-2])
}

// isSpace is Python's \s on ASCII text (BBC's only non-ASCII is '£').
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// lead is the first n sentences, one per line.
func Lead(sents []string, n int) string {
	if n > len(sents) {
		n = len(sents)
	}
	return strings.Join(sents[:n], "\n") + "\n"
}

// NewsroomStyle rewrites a body the way preprocessed news sets come:
// lower-cased, punctuation split off as tokens, one sentence per
// paragraph, no title. It tests that the ranker leans neither on
// capitals nor on a title.
func NewsroomStyle(sents []string) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = tokenise(strings.ToLower(s))
	}
	return out
}

// tokenise separates punctuation from words, Penn Treebank style
// ("do n't", "$ 5", "end .").
func tokenise(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '\'' && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && i > 0 && unicode.IsLetter(rs[i-1]):
			if rs[i-1] == 'n' && i+1 < len(rs) && rs[i+1] == 't' {
				str := b.String()
				b.Reset()
				b.WriteString(str[:len(str)-1] + " n'")
				continue
			}
			b.WriteString(" '")
		case unicode.IsPunct(r) && r != '-' && !(r == '.' || r == ',') || (r == '.' || r == ',') && !digitsAround(rs, i):
			b.WriteString(" " + string(r) + " ")
		case r == '$' || r == '£':
			b.WriteString(string(r) + " ")
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func digitsAround(rs []rune, i int) bool {
	return i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])
}
