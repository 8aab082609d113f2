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
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"brief/briefing/timex"
)

// timexSets are the TempEval-3 training sets, each a folder of <doc>.txt,
// <doc>.dct and gold.tsv.
var timexSets = []string{"timebank", "aquaint"}

func init() {
	register(task{
		name:  "timex",
		about: "temporal expressions: TempEval-3 value/relaxed/strict F1 and type accuracy (timex/score.py)",
		run:   runTimex,
		floors: map[string]float64{
			"timebank_value_f1": 85.0, "timebank_relaxed_f1": 94.5,
			"timebank_strict_f1": 90.8, "timebank_type_accuracy": 97.4,
			"aquaint_value_f1": 81.6, "aquaint_relaxed_f1": 94.8,
			"aquaint_strict_f1": 85.8, "aquaint_type_accuracy": 95.5,
			"gum_value_accuracy": 90.1,
		},
	})
}

// runTimex tags every document of each set in-process, writes the system TSV
// (code-point offsets) to a temporary folder and scores it with the shared
// scorer. BRIEF_EVAL_KEEP=1 keeps the TSVs and prints where they are, for
// `score.py GOLD TSV --errors`; BRIEF_EVAL_ERRORS=1 lists every error
// (score.py's MISS, SPUR and PAIR lines, each led by its set) on stderr.
func runTimex(evalDir string, w io.Writer) (map[string]float64, error) {
	tmp, err := os.MkdirTemp("", "brief-timex-")
	if err != nil {
		return nil, err
	}
	if os.Getenv("BRIEF_EVAL_KEEP") == "" {
		defer os.RemoveAll(tmp)
	}
	got := map[string]float64{}
	for _, set := range timexSets {
		gold := filepath.Join(evalDir, "timex", set)
		tsv := filepath.Join(tmp, set+".tsv")
		if err := writeTimexTSV(gold, tsv); err != nil {
			return nil, err
		}
		args := []string{filepath.Join(evalDir, "timex", "score.py"), gold, tsv}
		listErrors := os.Getenv("BRIEF_EVAL_ERRORS") != ""
		if listErrors {
			args = append(args, "--errors")
		}
		out, err := exec.Command("python3", args...).CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("score.py %s: %v\n%s", set, err, out)
		}
		if listErrors {
			printTimexErrors(os.Stderr, set, out)
		}
		figs, err := parseTimexScores(out)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", set, err)
		}
		fmt.Fprintf(w, "%-9s value F1 %6.2f  relaxed F1 %6.2f  strict F1 %6.2f  type accuracy %6.2f\n",
			set, figs["value"], figs["relaxed"], figs["strict"], figs["type_acc"])
		for k, v := range figs {
			got[set+"_"+k+"_f1"] = v
		}
		got[set+"_type_accuracy"] = figs["type_acc"]
		if os.Getenv("BRIEF_EVAL_KEEP") != "" {
			fmt.Fprintf(w, "          system TSV kept: %s\n", tsv)
		}
	}
	acc, n, err := gumDates(filepath.Join(evalDir, "sbd", "gum_news_24docs.jsonl"))
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "gum-news  value accuracy %6.2f on %d dated expressions (Wikinews, 2004-2018; a second opinion)\n", acc, n)
	got["gum_value_accuracy"] = acc
	return got, nil
}

// printTimexErrors copies score.py's error lines (after "# errors") to w,
// each led by the set's name, then tallies the wrong values that are only
// a convention of the gold (see conventionOnly) and those whose gold
// contradicts itself (see goldContradicts).
func printTimexErrors(w io.Writer, set string, out []byte) {
	head, errs, ok := bytes.Cut(out, []byte("# errors"))
	if !ok {
		return
	}
	wrong, convention, contradicted := 0, 0, 0
	sc := bufio.NewScanner(bytes.NewReader(errs))
	sc.Scan() // the rest of the heading line
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		fmt.Fprintf(w, "%s\t%s\n", set, line)
		g, sy, ok := parsePair(line)
		if !ok || g.value == sy.value {
			continue
		}
		wrong++
		switch {
		case conventionOnly(g.value, sy.value):
			convention++
		case goldContradicts(g) != "":
			contradicted++
		}
	}
	gold, system, correct := timexCounts(head)
	fmt.Fprintf(w, "%s\t%d wrong values; %d of them a gold convention (X digits, unpadded week) for a value given in full; counted right, value F1 %.2f\n",
		set, wrong, convention, 200*float64(correct+convention)/float64(gold+system))
	fmt.Fprintf(w, "%s\t%d more a gold value that contradicts its own text or type (a weekday on another day, a duration dated); left out as well, value F1 %.2f\n",
		set, contradicted, 200*float64(correct+convention)/float64(gold+system-2*contradicted))
}

// pairSide is one side of a PAIR error line: the text as score.py wrote
// it (a Python repr, quotes removed), its TIMEX3 type and value.
type pairSide struct{ text, typ, value string }

// parsePair reads a PAIR error line:
// "PAIR  gold 'text' TYPE VALUE | sys 'text' TYPE VALUE".
func parsePair(line string) (gold, sys pairSide, ok bool) {
	_, rest, ok := strings.Cut(line, "PAIR\tgold ")
	if !ok {
		return gold, sys, false
	}
	g, s, ok := strings.Cut(rest, " | sys ")
	if !ok {
		return gold, sys, false
	}
	gold, okG := readSide(g)
	sys, okS := readSide(s)
	return gold, sys, okG && okS
}

// readSide reads "'text' TYPE VALUE"; the text may hold spaces and quotes.
func readSide(s string) (pairSide, bool) {
	if len(s) < 2 {
		return pairSide{}, false
	}
	q := strings.LastIndexByte(s, s[0])
	if q <= 0 {
		return pairSide{}, false
	}
	f := strings.Fields(s[q+1:])
	if len(f) != 2 {
		return pairSide{}, false
	}
	return pairSide{s[1:q], f[0], f[1]}, true
}

// unpaddedWeek matches a week number written without its leading zero
// ("2000-W7"; ISO 8601 and TimeBank write "2000-W07").
var unpaddedWeek = regexp.MustCompile(`-W(\d)$`)

// conventionOnly reports a gold value that writes the system's value in a
// less specific notation: X digits ("1968-XX" or "1968-XX-XX" for "1968",
// "198X" for "198", "1989-WXX" for "1989-W43") or an unpadded week
// ("2000-W7" for "2000-W07").
func conventionOnly(gold, sys string) bool {
	if strings.Contains(sys, "X") {
		return false
	}
	gold = unpaddedWeek.ReplaceAllString(gold, "-W0$1")
	if gold == sys {
		return true
	}
	if strings.TrimRight(gold, "X-") == sys { // 1968-XX, 198X (gold != sys by now)
		return true
	}
	if len(gold) != len(sys) || !strings.Contains(gold, "X") {
		return false
	}
	for i := range len(gold) {
		if gold[i] != sys[i] && (gold[i] != 'X' || sys[i] < '0' || sys[i] > '9') {
			return false
		}
	}
	return true
}

var (
	// weekdayWord finds a weekday named in a gold text.
	weekdayWord = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	// relativeDay marks a text that names a weekday only to count from it
	// ("the day before last Tuesday").
	relativeDay = regexp.MustCompile(`(?i)\b(before|after|day|week)\b`)
	// calendarDay is the full date at the start of a value.
	calendarDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
)

// goldContradicts names how a gold contradicts itself, or returns "": a
// text that names one weekday with a full date on another day, a DURATION
// whose value is a date, or a DATE or TIME whose value is a length ("P1W").
// Such golds cannot be matched by any rule.
func goldContradicts(g pairSide) string {
	text, typ, value := g.text, g.typ, g.value
	isLength := strings.HasPrefix(value, "P") && !strings.HasSuffix(value, "_REF")
	if (typ == "DURATION" && !isLength) || ((typ == "DATE" || typ == "TIME") && isLength) {
		return "type"
	}
	days := weekdayWord.FindAllString(text, -1)
	day := calendarDay.FindString(value)
	if len(days) != 1 || day == "" || relativeDay.MatchString(text) {
		return ""
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil || strings.EqualFold(t.Weekday().String(), days[0]) {
		return ""
	}
	return "weekday"
}

// timexCounts reads score.py's "gold TIMEX3 N | system TIMEX3 N | ... |
// value-correct N" line.
func timexCounts(head []byte) (gold, system, valueCorrect int) {
	for _, part := range strings.Split(string(head), "|") {
		f := strings.Fields(part)
		if len(f) < 2 {
			continue
		}
		n, err := strconv.Atoi(f[len(f)-1])
		if err != nil {
			continue
		}
		switch strings.Join(f[:len(f)-1], " ") {
		case "gold TIMEX3":
			gold = n
		case "system TIMEX3":
			system = n
		case "value-correct":
			valueCorrect = n
		}
	}
	return gold, system, valueCorrect
}

// gumDatedDoc is the part of a GUM news document the date check reads.
type gumDatedDoc struct {
	Text        string `json:"text"`
	DateCreated string `json:"dateCreated"`
	Dates       []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		When  string `json:"when"`
	} `json:"dates"`
}

// gumDates tags the GUM news documents and returns the share (x100) of their
// annotated point dates ("when") that a tagged expression overlaps with the
// same value. Offsets there are code points.
func gumDates(path string) (float64, int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	right, total := 0, 0
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var d gumDatedDoc
		if err := json.Unmarshal(line, &d); err != nil {
			return 0, 0, fmt.Errorf("%s: %w", path, err)
		}
		found := timex.Tag(d.Text, d.DateCreated)
		for _, g := range d.Dates {
			if g.When == "" {
				continue
			}
			total++
			got := "(none)"
			for _, t := range found {
				s := utf8.RuneCountInString(d.Text[:t.Start])
				e := s + utf8.RuneCountInString(t.Text)
				if s < g.End && g.Start < e {
					got = t.Text + " " + t.Value
					if t.Value == g.When {
						right++
					}
					break
				}
			}
			if os.Getenv("BRIEF_EVAL_ERRORS") != "" && !strings.HasSuffix(got, " "+g.When) {
				fmt.Fprintf(os.Stderr, "gum %s want %s got %s\n", d.DateCreated, g.When, got)
			}
		}
	}
	if total == 0 {
		return 0, 0, fmt.Errorf("%s: no dated expressions", path)
	}
	return 100 * float64(right) / float64(total), total, nil
}

// writeTimexTSV tags each <doc>.txt of dir with its <doc>.dct.
func writeTimexTSV(dir, tsv string) error {
	docs, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return fmt.Errorf("no documents in %s", dir)
	}
	sort.Strings(docs)
	var b bytes.Buffer
	for _, doc := range docs {
		text, err := os.ReadFile(doc)
		if err != nil {
			return err
		}
		dct, _ := os.ReadFile(strings.TrimSuffix(doc, ".txt") + ".dct")
		name := strings.TrimSuffix(filepath.Base(doc), ".txt")
		s := string(text)
		for _, t := range timex.Tag(s, strings.TrimSpace(string(dct))) {
			start := utf8.RuneCountInString(s[:t.Start])
			end := start + utf8.RuneCountInString(t.Text)
			text := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(t.Text)
			fmt.Fprintf(&b, "%s\t%d\t%d\t%s\t%s\t%s\n", name, start, end, t.Type, t.Value, text)
		}
	}
	return os.WriteFile(tsv, b.Bytes(), 0o644)
}

// parseTimexScores reads score.py's "strict F1", "relaxed F1", "value F1" and
// "type F1 ... (accuracy on relaxed matches X)" lines.
func parseTimexScores(out []byte) (map[string]float64, error) {
	figs := map[string]float64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || f[1] != "F1" {
			continue
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		switch f[0] {
		case "strict", "relaxed", "value", "type":
			figs[f[0]] = v
		}
		if f[0] == "type" && len(f) > 0 {
			acc, err := strconv.ParseFloat(strings.TrimSuffix(f[len(f)-1], ")"), 64)
			if err == nil {
				figs["type_acc"] = acc
			}
		}
	}
	for _, k := range []string{"strict", "relaxed", "value", "type", "type_acc"} {
		if _, ok := figs[k]; !ok {
			return nil, fmt.Errorf("score.py printed no %s figure", k)
		}
	}
	return figs, nil
}
