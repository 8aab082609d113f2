package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestBatchOrderAndWindow: outputs come in input order whatever order the
// workers finish in, and no more than jobs inputs are in hand at once.
func TestBatchOrderAndWindow(t *testing.T) {
	const n, jobs = 200, 4
	var inputs []input
	for i := 0; i < n; i++ {
		inputs = append(inputs, input{name: fmt.Sprint(i), data: []byte(fmt.Sprint(i)), hasData: true})
	}
	var inHand, maxInHand atomic.Int64
	process := func(in input, data []byte) ([]byte, error) {
		k := inHand.Add(1)
		for {
			m := maxInHand.Load()
			if k <= m || maxInHand.CompareAndSwap(m, k) {
				break
			}
		}
		time.Sleep(time.Duration((n-len(in.name)*37)%5) * 100 * time.Microsecond)
		return data, nil
	}
	var got []string
	env := &environment{stderr: &bytes.Buffer{}}
	batch(env, slices.Values(inputs), jobs, 1<<20, process, func(in input, r result) {
		got = append(got, string(r.out))
		inHand.Add(-1) // released when emitted: the window
	})
	for i, g := range got {
		if g != fmt.Sprint(i) {
			t.Fatalf("output %d = %q, want %d (order lost)", i, g, i)
		}
	}
	if len(got) != n {
		t.Fatalf("got %d outputs, want %d", len(got), n)
	}
	if m := maxInHand.Load(); m > jobs {
		t.Errorf("%d inputs in hand at once, want at most %d", m, jobs)
	}
}

// TestBatchPanicIsolated: a panic in one input is that input's error; the
// others complete.
func TestBatchPanicIsolated(t *testing.T) {
	inputs := []input{
		{name: "a", data: []byte("a"), hasData: true},
		{name: "boom", data: []byte("boom"), hasData: true},
		{name: "c", data: []byte("c"), hasData: true},
	}
	process := func(in input, data []byte) ([]byte, error) {
		if in.name == "boom" {
			panic("kaboom")
		}
		return data, nil
	}
	var stdout, stderr bytes.Buffer
	env := &environment{stdout: &stdout, stderr: &stderr}
	batch(env, slices.Values(inputs), 2, 1<<20, process, emitter(env, "", ".json"))
	if stdout.String() != "ac" {
		t.Errorf("stdout = %q, want the good outputs %q", stdout.String(), "ac")
	}
	if !strings.Contains(stderr.String(), "brief: boom: internal error: kaboom") {
		t.Errorf("stderr = %q, want the panic reported for its input", stderr.String())
	}
	if !errors.Is(env.finish(), errSomeFailed) {
		t.Error("a panicking input did not fail the run")
	}
}

// TestJSONLStream feeds 10,000 records (about 40 MB) through the real
// command from a stream and checks that every briefing comes back in order,
// that a bad record fails alone, and that memory stays far below the size of
// the stream: records are read only as the window has room.
func TestJSONLStream(t *testing.T) {
	const n = 10000
	// Records carry a large field brief ignores, as records in a data
	// pipeline do: the stream is large, the work per record small.
	filler := strings.Repeat("x", 4000)
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < n; i++ {
			if i == 5000 {
				io.WriteString(pw, "not json\n")
				continue
			}
			fmt.Fprintf(pw, `{"id":"doc-%d","meta":"%s","text":"NATO ministers met in Brussels on Tuesday. Estonia asked for help, number %d."}`+"\n", i, filler, i)
		}
		pw.Close()
	}()
	out := &orderChecker{t: t, skip: 5000}
	var stderr bytes.Buffer
	stop := make(chan struct{})
	peak := make(chan uint64)
	go samplePeakHeap(stop, peak)
	code := run([]string{"brief", "--input-format", "jsonl", "--format", "json", "--points", "1"}, pr, out, &stderr)
	close(stop)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one bad record)", code)
	}
	if !strings.Contains(stderr.String(), "brief: line 5001: not a JSON object") {
		t.Errorf("stderr = %q, want the bad line named", stderr.String())
	}
	if out.next != n {
		t.Errorf("got briefings up to %d, want all %d", out.next, n)
	}
	const limit = 32 << 20
	p := <-peak
	t.Logf("peak heap in use: %d MB for a stream of about %d MB", p>>20, n*len(filler)>>20)
	if p > limit {
		t.Errorf("peak heap %d MB while streaming, want under %d MB", p>>20, limit>>20)
	}
}

// orderChecker is a stdout that checks each briefing line names the next id.
type orderChecker struct {
	t    *testing.T
	buf  []byte
	next int
	skip int
}

func (o *orderChecker) Write(p []byte) (int, error) {
	o.buf = append(o.buf, p...)
	for {
		i := bytes.IndexByte(o.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		if o.next == o.skip {
			o.next++
		}
		want := fmt.Sprintf(`{"source":"doc-%d",`, o.next)
		if !bytes.HasPrefix(o.buf, []byte(want)) {
			o.t.Fatalf("briefing starts %.40q, want %q", o.buf, want)
		}
		o.next++
		o.buf = o.buf[i+1:]
	}
}

// samplePeakHeap reports the largest heap in use seen until stop closes.
func samplePeakHeap(stop <-chan struct{}, peak chan<- uint64) {
	var max uint64
	var ms runtime.MemStats
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > max {
			max = ms.HeapInuse
		}
		select {
		case <-stop:
			peak <- max
			return
		case <-tick.C:
		}
	}
}
