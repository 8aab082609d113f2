package rouge

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// testdata/known.json: sentence pairs written for this test, scored by the
// team's rouge.py (rouge-score semantics) as [P, R, F] per variant.
type known struct {
	Ref, Cand                         string
	Rouge1, Rouge2, RougeL, RougeLsum []float64
}

func TestComputeKnownValues(t *testing.T) {
	b, err := os.ReadFile("testdata/known.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []known
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		got := Compute(c.Ref, c.Cand)
		for _, v := range []struct {
			name string
			got  Score
			want []float64
		}{{"R1", got.R1, c.Rouge1}, {"R2", got.R2, c.Rouge2}, {"RL", got.RL, c.RougeL}, {"RLsum", got.RLsum, c.RougeLsum}} {
			g := []float64{v.got.Precision, v.got.Recall, v.got.F1}
			for i := range g {
				if math.Abs(g[i]-v.want[i]) > 1e-12 {
					t.Errorf("%q vs %q: %s = %v, want %v", c.Ref, c.Cand, v.name, g, v.want)
					break
				}
			}
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The ministers' £600m plan", []string{"the", "minist", "600m", "plan"}},
		{"U.S.-led forces, 2005", []string{"u", "s", "led", "forc", "2005"}},
		{"İzmir", []string{"i", "zmir"}},
		{"", nil},
		{"café crème", []string{"caf", "cr", "me"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIdentical(t *testing.T) {
	s := Compute("Troops left the base.\nThe base closed.", "Troops left the base.\nThe base closed.")
	for _, v := range []Score{s.R1, s.R2, s.RL, s.RLsum} {
		if v != (Score{1, 1, 1}) {
			t.Errorf("identical texts scored %+v", v)
		}
	}
}

func FuzzCompute(f *testing.F) {
	f.Add("a b c\nd e", "c d\ne a b")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, ref, cand string) {
		if !utf8.ValidString(ref) || !utf8.ValidString(cand) || len(ref)+len(cand) > 2000 {
			return
		}
		s := Compute(ref, cand)
		for _, v := range []Score{s.R1, s.R2, s.RL, s.RLsum} {
			for _, x := range []float64{v.Precision, v.Recall, v.F1} {
				if x < 0 || x > 1 || math.IsNaN(x) {
					t.Fatalf("score out of range: %+v for %q / %q", s, ref, cand)
				}
			}
		}
		if strings.TrimSpace(ref) == strings.TrimSpace(cand) && len(Tokens(ref)) > 0 && s.R1.F1 != 1 {
			t.Fatalf("identical token texts: R1 %v", s.R1)
		}
	})
}

func BenchmarkCompute(b *testing.B) {
	ref := strings.Repeat("NATO defence ministers agreed to raise spending on cyber defence.\n", 8)
	cand := strings.Repeat("Ministers met in Brussels to discuss cyber attacks on allies.\n", 3)
	for b.Loop() {
		Compute(ref, cand)
	}
}
