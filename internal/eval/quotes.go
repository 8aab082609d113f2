package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// The quotes task runs the team's scorer (quotes/score_quotes.py) on the
// PolNeAR train and dev splits with a freshly built brief binary.
//
// The scorer counts a gold speaker as a proper name when its words are
// capitalised, so a sentence-initial pronoun ("He", "She") is scored as a
// name that a resolved speaker can never match; so are golds whose last
// word is not the person's (an apposition: "Sen. Tom Carper of Delaware",
// "X, president of NARAL", "Rubio’s"). With speakers resolved to names as
// DESIGN.md asks, these cap speaker accuracy at about 0.92 on train and
// 0.87 on dev. The task also prints speaker accuracy with pronoun golds
// lower-cased, which the scorer then treats as lenient, as its docstring
// intends for pronouns (printed, not gated), and with golds "Name of Place"
// read as the name (gated): the scorer checks a gold's last word, so for
// "Representative Charles B. Rangel of New York" it takes "New York" as the
// speaker and "Charles B. Rangel" as wrong. Reading the person out of "X of
// Y" (2026-11-30) moved dev speaker accuracy from 0.846 to 0.833 as the
// scorer counts it, and from 0.833 to 0.846 read this way; the four dev
// quotes that moved are all of that kind, and so is the fall of dev
// end-to-end F1 from 0.895 to 0.889 (those same quotes).
func init() {
	register(task{
		name:  "quotes",
		about: "direct quotes and speakers on PolNeAR train and dev (score_quotes.py)",
		run:   runQuotes,
		floors: map[string]float64{
			"train_quote_f1": 0.968, "train_speaker_acc": 0.88, "train_e2e_f1": 0.907,
			"dev_quote_f1": 0.973, "dev_speaker_acc": 0.832, "dev_e2e_f1": 0.888,
			"train_speaker_acc_name_of": 0.882, "dev_speaker_acc_name_of": 0.845,
		},
	})
}

var (
	quoteLine   = regexp.MustCompile(`^quotes: .* F1 ([0-9.]+)$`)
	speakerLine = regexp.MustCompile(`^speaker accuracy on (\d+) .*: ([0-9.]+)$`)
	e2eLine     = regexp.MustCompile(`^end-to-end .* F1 ([0-9.]+)$`)
)

func runQuotes(evalDir string, w io.Writer) (map[string]float64, error) {
	tmp, err := os.MkdirTemp("", "brief-eval-quotes-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "brief")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build: %v: %s", err, out)
	}
	scorer := filepath.Join(evalDir, "quotes", "score_quotes.py")
	got := map[string]float64{}
	for _, split := range []string{"train", "dev"} {
		gold := filepath.Join(evalDir, "quotes", "polnear_"+split+".jsonl")
		figs, err := scoreQuotes(scorer, gold, bin, w)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", split, err)
		}
		for k, v := range figs {
			got[split+"_"+k] = v
		}
		for _, v := range []struct {
			key, about string
			rewrite    func(string) string
		}{
			{"pronouns_lenient", "capitalised pronoun golds lenient", lowerPronoun},
			{"name_of", `golds "Name of Place" read as the name`, nameBeforeOf},
		} {
			variant := filepath.Join(tmp, "polnear_"+split+"_"+v.key+".jsonl")
			if err := rewriteSpeakers(gold, variant, v.rewrite); err != nil {
				return nil, err
			}
			figs, err = scoreQuotes(scorer, variant, bin, io.Discard)
			if err != nil {
				return nil, fmt.Errorf("%s (%s): %w", split, v.about, err)
			}
			got[split+"_speaker_acc_"+v.key] = figs["speaker_acc"]
			fmt.Fprintf(w, "%s: speaker accuracy with %s: %.3f on %v matches\n",
				split, v.about, figs["speaker_acc"], figs["speaker_n"])
		}
	}
	return got, nil
}

// nameOf matches a gold speaker that names a person and then where they
// are from or work ("Representative Charles B. Rangel of New York", "Mr.
// Morgan of the Sierra Club"): the scorer checks the last word, the place's.
var nameOf = regexp.MustCompile(`^(.*\p{Lu}[\p{L}.'’-]*) of (?:the )?\p{Lu}`)

// nameBeforeOf reads such a gold as the name before "of".
func nameBeforeOf(s string) string {
	if m := nameOf.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// lowerPronoun writes a pronoun gold in lower case, which the scorer then
// treats as lenient.
func lowerPronoun(s string) string {
	if isPronoun(s) {
		return strings.ToLower(s)
	}
	return s
}

// scoreQuotes runs the scorer, copies its report to w and reads its figures.
func scoreQuotes(scorer, gold, bin string, w io.Writer) (map[string]float64, error) {
	var out bytes.Buffer
	cmd := exec.Command("python3", scorer, gold, bin)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("score_quotes.py: %v: %s", err, out.Bytes())
	}
	figs := map[string]float64{}
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		line := sc.Text()
		fmt.Fprintf(w, "%s: %s\n", filepath.Base(gold), line)
		if m := quoteLine.FindStringSubmatch(line); m != nil {
			figs["quote_f1"], _ = strconv.ParseFloat(m[1], 64)
		}
		if m := speakerLine.FindStringSubmatch(line); m != nil {
			figs["speaker_n"], _ = strconv.ParseFloat(m[1], 64)
			figs["speaker_acc"], _ = strconv.ParseFloat(m[2], 64)
		}
		if m := e2eLine.FindStringSubmatch(line); m != nil {
			figs["e2e_f1"], _ = strconv.ParseFloat(m[1], 64)
		}
	}
	if len(figs) != 4 {
		return nil, fmt.Errorf("unexpected scorer output: %s", out.Bytes())
	}
	return figs, nil
}

// rewriteSpeakers writes a copy of the gold file with each speaker passed
// through rewrite. The copy lives in a temporary folder only.
func rewriteSpeakers(src, dst string, rewrite func(string) string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var doc map[string]any
		if err := json.Unmarshal(line, &doc); err != nil {
			return fmt.Errorf("%s: %w", src, err)
		}
		qs, _ := doc["quotes"].([]any)
		for _, q := range qs {
			m, _ := q.(map[string]any)
			if s, ok := m["speaker"].(string); ok {
				m["speaker"] = rewrite(s)
			}
		}
		enc, err := json.Marshal(doc)
		if err != nil {
			return err
		}
		b.Write(enc)
		b.WriteByte('\n')
	}
	return os.WriteFile(dst, b.Bytes(), 0o644)
}

func isPronoun(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "he", "she", "it", "they", "we", "i", "you":
		return true
	}
	return false
}
