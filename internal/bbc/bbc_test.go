package bbc

import (
	"reflect"
	"testing"
)

// The README's Lead-3 recipe splits at line breaks and after . ! ? with an
// optional straight quote, then white space; these cases were checked
// against that Python recipe.
func TestLeadSentences(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		{"\nTroops left. The base closed!  Why?\n\nA new line", []string{"Troops left.", "The base closed!", "Why?", "A new line"}},
		{`He said "it is over." Then he left.`, []string{`He said "it is over."`, "Then he left."}},
		{"Mr. Smith met U.S. officials.", []string{"Mr.", "Smith met U.S.", "officials."}},
		{"A 2.5% rise...in March", []string{"A 2.5% rise...in March"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := LeadSentences(tt.body); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("LeadSentences(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestLead(t *testing.T) {
	s := []string{"a.", "b.", "c.", "d."}
	if got := Lead(s, 3); got != "a.\nb.\nc.\n" {
		t.Errorf("Lead 3 = %q", got)
	}
	if got := Lead(s[:2], 3); got != "a.\nb.\n" {
		t.Errorf("Lead of 2 = %q", got)
	}
}
