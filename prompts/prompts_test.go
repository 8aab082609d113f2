package prompts_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"brief/briefing"
	"brief/prompts"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// data is rendered by every template; it uses the type the LLM pass uses.
var data = map[string]briefing.PromptData{
	"full": {
		Title: "NATO ministers agree cyber plan", Outlet: "Example News", Agency: "Reuters",
		Published: "2013-06-04", Dateline: "BRUSSELS", Points: 5,
		Quotes:  []briefing.PromptQuote{{Text: "We must be prepared", Speaker: "Anna Berg"}, {Text: "Nobody is safe"}},
		Dates:   []briefing.PromptDate{{Text: "June 2014", Value: "2014-06"}},
		Excerpt: true, Article: "Ministers met on Tuesday.\n\n[...]", Delim: "0123456789ab",
	},
	"bare": {Points: 3, Article: "Ministers met.", Delim: "ba5eba11cafe"},
}

func TestGolden(t *testing.T) {
	for _, tmpl := range []string{"system", "user"} {
		for name, d := range data {
			t.Run(tmpl+"-"+name, func(t *testing.T) {
				got, err := prompts.Render(tmpl, d)
				if err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", tmpl+"-"+name+".golden")
				if *update {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatal(err)
				}
				if got != string(want) {
					t.Errorf("%s differs from %s (run go test -update):\n%s", tmpl, golden, got)
				}
			})
		}
	}
}

func TestMissingKey(t *testing.T) {
	if _, err := prompts.Render("user", map[string]any{"Title": "x"}); err == nil {
		t.Error("a missing key rendered")
	}
	if _, err := prompts.Render("nope", nil); err == nil {
		t.Error("an unknown template rendered")
	}
}

func TestParseOverrides(t *testing.T) {
	set, err := prompts.Parse(fstest.MapFS{"system.tmpl": {Data: []byte("Be brief. Points: {{.Points}}")}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := set.Render("system", briefing.PromptData{Points: 2})
	if err != nil || got != "Be brief. Points: 2" {
		t.Errorf("override = %q, %v", got, err)
	}
	user, err := set.Render("user", data["bare"])
	if err != nil || !strings.Contains(user, "Ministers met.") {
		t.Errorf("user template not kept from the embedded set: %q, %v", user, err)
	}
	if _, err := prompts.Parse(fstest.MapFS{"user.tmpl": {Data: []byte("{{.Nope")}}); err == nil {
		t.Error("a broken template parsed")
	}
	if _, err := set.Render("system", map[string]any{}); err == nil {
		t.Error("an override rendered with a missing key")
	}
}
