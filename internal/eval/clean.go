package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode"

	"brief/summarize"
)

// The clean task: body F1 on the AEB dev pages (from page text and from
// HTML) with the set's own scorer, and title and date accuracy on the
// messy real articles.
func init() {
	register(task{
		name:  "clean",
		about: "page cleaning: AEB body F1 (text, HTML); article titles and dates",
		run:   runClean,
		floors: map[string]float64{
			"aeb_text_f1":      0.935,
			"aeb_html_f1":      0.965,
			"title_acc":        0.95,
			"date_printed_acc": 0.65,
		},
	})
}

func runClean(dir string, w io.Writer) (map[string]float64, error) {
	got := map[string]float64{}
	for _, kind := range []string{"text", "html"} {
		s, err := aebScore(dir, kind)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(w, "aeb %-4s (%d pages): bench P=%.3f R=%.3f F1=%.3f; bow F1=%.3f\n",
			kind, int(s["pages"]), s["bench_P"], s["bench_R"], s["bench_F1"], s["bow_F1"])
		got["aeb_"+kind+"_f1"] = s["bench_F1"]
	}
	t, err := articleMeta(dir, w)
	if err != nil {
		return nil, err
	}
	for k, v := range t {
		got[k] = v
	}
	return got, nil
}

// aebScore cleans every AEB page (<id>.page.txt, or <id>.html for kind
// "html") into a temporary folder and scores it with clean/score_clean.py.
// CLEAN_OUT=DIR keeps the outputs there for inspection.
func aebScore(dir, kind string) (map[string]float64, error) {
	gold := filepath.Join(dir, "clean", "aeb")
	suffix := ".page.txt"
	if kind == "html" {
		suffix = ".html"
	}
	pages, err := filepath.Glob(filepath.Join(gold, "*"+suffix))
	if err != nil || len(pages) == 0 {
		return nil, fmt.Errorf("no %s pages in %s", suffix, gold)
	}
	out := os.Getenv("CLEAN_OUT")
	if out == "" {
		if out, err = os.MkdirTemp("", "brief-clean-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(out)
	}
	out = filepath.Join(out, kind)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	for _, p := range pages {
		id := strings.TrimSuffix(filepath.Base(p), suffix)
		if err := cleanOne(p, filepath.Join(out, id+".out.txt")); err != nil {
			return nil, err
		}
	}
	cmd := exec.Command("python3", filepath.Join(gold, "..", "score_clean.py"), gold, out, "--json")
	cmd.Stderr = os.Stderr
	res, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("score_clean.py: %w", err)
	}
	var s map[string]float64
	if err := json.Unmarshal(res, &s); err != nil {
		return nil, fmt.Errorf("score_clean.py output: %w", err)
	}
	return s, nil
}

func cleanOne(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	text, _, err := summarize.Decode(data)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	a := summarize.Clean(text)
	return os.WriteFile(out, []byte(a.Body), 0o644)
}

// articleMeta checks titles (where index.tsv's title appears in the text)
// and publication dates (where index.tsv has one) on articles/.
func articleMeta(dir string, w io.Writer) (map[string]float64, error) {
	idx, err := os.ReadFile(filepath.Join(dir, "articles", "index.tsv"))
	if err != nil {
		return nil, err
	}
	var tN, tOK, dN, dOK, dFound, pN, pOK int
	verbose := os.Getenv("CLEAN_VERBOSE") != ""
	for i, row := range strings.Split(strings.TrimSpace(string(idx)), "\n") {
		f := strings.Split(row, "\t")
		if i == 0 || len(f) < 5 {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, "articles", f[0]))
		if err != nil {
			return nil, err
		}
		text, _, err := summarize.Decode(data)
		if err != nil {
			continue
		}
		a := summarize.Clean(text)
		if title := unescapeEntities(f[4]); strings.Contains(fold(text), fold(title)) {
			tN++
			ok := sameTitle(a.Title, title)
			if ok {
				tOK++
			} else if verbose {
				fmt.Fprintf(w, "  title %s: got %q want %q\n", f[0], a.Title, title)
			}
		}
		if f[2] != "" {
			dN++
			if a.Published != "" {
				dFound++
			}
			ok := strings.HasPrefix(a.Published, f[2])
			if ok {
				dOK++
			}
			if printed(text, f[2]) {
				pN++
				if ok {
					pOK++
				}
			}
			if !ok && verbose {
				fmt.Fprintf(w, "  date %s: got %q want %q (%s)\n", f[0], a.Published, f[2], f[3])
			}
		}
	}
	fmt.Fprintf(w, "titles: %d/%d right (where the title appears in the text)\n", tOK, tN)
	fmt.Fprintf(w, "dates: %d/%d right where the text prints the index date; %d/%d right, %d given, where index.tsv has one (many are crawl or repost dates the text never prints)\n",
		pOK, pN, dOK, dN, dFound)
	return map[string]float64{
		"title_acc":        ratio(tOK, tN),
		"date_acc":         ratio(dOK, dN),
		"date_printed_acc": ratio(pOK, pN),
	}, nil
}

// printed: the text prints the ISO date d in one of the common forms.
func printed(text, d string) bool {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return false
	}
	for _, layout := range []string{"2006-01-02", "2 Jan 2006", "Jan 2, 2006", "January 2, 2006", "2 January 2006", "Jan. 2, 2006"} {
		if strings.Contains(text, t.Format(layout)) {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// sameTitle compares titles ignoring case and punctuation. The index takes
// titles from the HTML <title>, which often adds " | Site" or " - Site":
// a title equal to the part before such a suffix counts as right.
func sameTitle(got, want string) bool {
	g, w := fold(got), fold(want)
	if g == "" {
		return false
	}
	if g == w {
		return true
	}
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.Index(want, sep); i > 0 && fold(want[:i]) == g {
			return true
		}
	}
	return false
}

var entity = regexp.MustCompile(`&#0*(\d+);`)

func unescapeEntities(s string) string {
	return entity.ReplaceAllStringFunc(s, func(m string) string {
		var n int
		fmt.Sscanf(entity.FindStringSubmatch(m)[1], "%d", &n)
		return string(rune(n))
	})
}

// fold lower-cases and keeps only letters and digits, single-spaced.
func fold(s string) string {
	var b bytes.Buffer
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}
