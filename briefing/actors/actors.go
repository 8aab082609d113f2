// Package actors finds the people, organisations and countries a text talks
// about, and the defense-policy topics it covers.
package actors

// Actor is one person, organisation or country named in a text.
type Actor struct {
	Name     string `json:"name"`
	Kind     string `json:"kind"` // person, organization or country
	Mentions int    `json:"mentions"`
}

// Find returns the actors of text, most mentioned first.
// Placeholder: finds nothing.
func Find(text string, speakers []string) []Actor { return nil }

// Topics returns the defense-policy topics of text, most salient first.
// Placeholder: finds nothing.
func Topics(text string) []string { return nil }
