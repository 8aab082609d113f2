package timex

import (
	"sync"
	"testing"
)

// TestConcurrent: Tag is safe to call from many goroutines (the batch runner
// does).
func TestConcurrent(t *testing.T) {
	want := Tag(sample, "2013-06-04")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := Tag(sample, "2013-06-04"); len(got) != len(want) {
				t.Errorf("got %d expressions, want %d", len(got), len(want))
			}
		}()
	}
	wg.Wait()
}
