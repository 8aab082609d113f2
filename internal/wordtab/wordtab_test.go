package wordtab

import (
	"fmt"
	"testing"
)

// TestGetAgreesWithMap: every key gives its value, and words that are not
// keys (including near misses of the same length and ends) give zero.
func TestGetAgreesWithMap(t *testing.T) {
	m := map[string]int{}
	for i := range 500 {
		m[fmt.Sprintf("w%03dx", i)] = i + 1
	}
	m["said"], m["told"], m["a"] = 1000, 1001, 1002
	tab := New(m)
	for w, v := range m {
		if got := tab.Get(w); got != v {
			t.Errorf("Get(%q) = %d, want %d", w, got, v)
		}
	}
	for _, w := range []string{"", "sad", "saad", "w000y", "w5000x", "b", "Said"} {
		if got := tab.Get(w); got != 0 {
			t.Errorf("Get(%q) = %d, want 0", w, got)
		}
	}
}

func TestEmptyKeyPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("New with an empty key did not panic")
		}
	}()
	New(map[string]int{"": 1})
}
