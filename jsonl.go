package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
)

// jsonlRecord is one line of --input-format jsonl.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
}

// jsonlInputs streams the records of JSON Lines input, one input per line,
// reading a line only when the batch has room for it, so memory stays
// constant however long the stream. A bad line becomes an input that fails
// with the reason, in its place.
func jsonlInputs(r io.Reader, limit int64) iter.Seq[input] {
	return func(yield func(input) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for n := 1; ; n++ {
			line, tooLong, err := readLine(br, limit)
			name := "line " + strconv.Itoa(n)
			switch {
			case err != nil && !errors.Is(err, io.EOF):
				yield(input{name: name, err: err})
				return
			case tooLong:
				if !yield(input{name: name, err: errTooLarge(limit)}) {
					return
				}
			case len(bytes.TrimSpace(line)) > 0:
				if !yield(jsonlInput(name, line)) {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}
}

// readLine reads one line without its newline. A line longer than limit
// bytes is read to its end but not kept.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong && int64(len(line)+len(chunk)) > limit+1 {
			tooLong, line = true, nil
		}
		if !tooLong {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimSuffix(line, []byte("\n")), tooLong, err
	}
}

func jsonlInput(name string, line []byte) input {
	in := input{name: name}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		in.err = fmt.Errorf("not a JSON object: %v", err)
		return in
	}
	if id := recordID(rec.ID); id != "" {
		in.name = id
	}
	if rec.Text == nil {
		in.err = errors.New(`record has no "text"`)
		return in
	}
	published, err := normalizePublished(rec.Published)
	if err != nil {
		in.err = fmt.Errorf(`bad "published": %q is not an ISO date or date-time`, rec.Published)
		return in
	}
	in.data, in.hasData, in.published = []byte(*rec.Text), true, published
	return in
}

// recordID accepts a string or a number as the record's id.
func recordID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}
