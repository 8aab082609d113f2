package main

import (
	"brief/internal/bbc"
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"brief/internal/rouge"
)

// python is Debian's interpreter, which sees python3-nltk.
const python = "/usr/bin/python3"

// crossCheck scores every document's Lead-3 with shared/eval/summ/rouge.py
// and with internal/rouge, and fails on any per-document P, R or F1 that
// differs by more than 1e-6 (rouge.py prints 6 decimals). It returns 1
// when all agree, or -1 (no figure) when Python with NLTK is missing.
func crossCheck(w io.Writer, evalDir string, docs []bbc.Doc, leads [][]string) (float64, error) {
	if err := exec.Command(python, "-c", "import nltk.stem.porter").Run(); err != nil {
		fmt.Fprintf(w, "ROUGE cross-check skipped: %s with nltk not found (apt-get install -y python3-nltk)\n", python)
		return -1, nil
	}
	tmp, err := os.MkdirTemp("", "brief-summ-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	want := map[string]rouge.Scores{}
	var pairs strings.Builder
	for i, d := range docs {
		cand := filepath.Join(tmp, strings.ReplaceAll(d.ID, "/", "_")+".txt")
		text := bbc.Lead(leads[i], 3)
		if err := os.WriteFile(cand, []byte(text), 0o644); err != nil {
			return 0, err
		}
		want[cand] = rouge.Compute(d.Reference, text)
		fmt.Fprintf(&pairs, "%s\t%s\n", d.RefPath, cand)
	}
	pairsFile, perDoc := filepath.Join(tmp, "pairs.tsv"), filepath.Join(tmp, "perdoc.tsv")
	if err := os.WriteFile(pairsFile, []byte(pairs.String()), 0o644); err != nil {
		return 0, err
	}
	script := filepath.Join(evalDir, "summ", "rouge.py")
	out, err := exec.Command(python, script, "--pairs-file", pairsFile, "--per-doc", perDoc).CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("rouge.py: %v: %s", err, out)
	}
	return compareRouge(w, perDoc, want)
}

// compareRouge reads rouge.py's per-document table and compares.
func compareRouge(w io.Writer, perDoc string, want map[string]rouge.Scores) (float64, error) {
	f, err := os.Open(perDoc)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	n, worst := 0, 0.0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		s, ok := want[cols[0]]
		if !ok || len(cols) != 13 {
			return 0, fmt.Errorf("rouge.py per-doc: unexpected line %q", sc.Text())
		}
		ours := []float64{s.R1.Precision, s.R1.Recall, s.R1.F1, s.R2.Precision, s.R2.Recall, s.R2.F1,
			s.RL.Precision, s.RL.Recall, s.RL.F1, s.RLsum.Precision, s.RLsum.Recall, s.RLsum.F1}
		for k, c := range cols[1:] {
			v, err := strconv.ParseFloat(c, 64)
			if err != nil {
				return 0, err
			}
			worst = math.Max(worst, math.Abs(v-ours[k]))
		}
		n++
	}
	fmt.Fprintf(w, "ROUGE cross-check with rouge.py on Lead-3: %d documents, largest difference %.2g\n", n, worst)
	if n != len(want) {
		return 0, fmt.Errorf("rouge.py scored %d documents, want %d", n, len(want))
	}
	if worst > 1e-6 {
		return 0, fmt.Errorf("our ROUGE differs from rouge.py by %.3g (> 1e-6)", worst)
	}
	return 1, nil
}
