package briefing

import (
	"math"
	"strconv"
	"unicode/utf8"

	"brief/briefing/actors"
)

// appendBriefingJSON appends j as one line of JSON, byte for byte what
// WriteJSONLine (encoding/json without HTML escaping) writes for it. By
// hand because reflection made rendering a briefing cost as much as
// finding its dates' expressions in batches; FuzzBriefingJSON holds it to
// encoding/json.
func appendBriefingJSON(b []byte, j *jsonBriefing) []byte {
	b = append(b, `{"source":`...)
	b = appendJSONString(b, j.Source)
	b = appendJSONField(b, "title", j.Title)
	b = appendJSONField(b, "outlet", j.Outlet)
	b = appendJSONField(b, "agency", j.Agency)
	b = appendJSONField(b, "published", j.Published)
	b = appendJSONField(b, "dateline", j.Dateline)
	b = appendJSONField(b, "bluf", j.BLUF)
	b = append(b, `,"key_points":`...)
	b = appendJSONList(b, j.KeyPoints, func(b []byte, p jsonPoint) []byte {
		b = append(b, `{"text":`...)
		b = appendJSONString(b, p.Text)
		b = appendJSONSpan(b, p.Start, p.End)
		b = append(b, `,"score":`...)
		return append(appendJSONFloat(b, p.Score), '}')
	})
	b = append(b, `,"quotes":`...)
	b = appendJSONList(b, j.Quotes, func(b []byte, q jsonQuote) []byte {
		b = append(b, `{"text":`...)
		b = appendJSONString(b, q.Text)
		b = appendJSONField(b, "speaker", q.Speaker)
		b = appendJSONField(b, "role", q.Role)
		b = appendJSONField(b, "cue", q.Cue)
		return append(appendJSONSpan(b, q.Start, q.End), '}')
	})
	b = append(b, `,"timeline":`...)
	b = appendJSONList(b, j.Timeline, func(b []byte, e jsonEvent) []byte {
		b = append(b, `{"value":`...)
		b = appendJSONString(b, e.Value)
		b = append(b, `,"type":`...)
		b = appendJSONString(b, e.Type)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, e.Text)
		b = appendJSONField(b, "event", e.Event)
		return append(appendJSONSpan(b, e.Start, e.End), '}')
	})
	b = append(b, `,"actors":`...)
	b = appendJSONList(b, j.Actors, func(b []byte, a actors.Actor) []byte {
		b = append(b, `{"name":`...)
		b = appendJSONString(b, a.Name)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, a.Kind)
		b = append(b, `,"mentions":`...)
		return append(strconv.AppendInt(b, int64(a.Mentions), 10), '}')
	})
	b = append(b, `,"topics":`...)
	b = appendJSONList(b, j.Topics, appendJSONString)
	b = append(b, `,"method":{"extractive":`...)
	b = appendJSONString(b, j.Method.Extractive)
	b = appendJSONField(b, "llm", j.Method.LLM)
	b = append(b, `},"warnings":`...)
	b = appendJSONList(b, j.Warnings, appendJSONString)
	return append(b, "}\n"...)
}

// appendJSONList appends a list as encoding/json does a non-nil slice
// (nil slices are never written: the contract has [] for none).
func appendJSONList[T any](b []byte, list []T, each func([]byte, T) []byte) []byte {
	b = append(b, '[')
	for i, v := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, v)
	}
	return append(b, ']')
}

// appendJSONField appends `,"name":` and a string or null.
func appendJSONField(b []byte, name string, s *string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}

func appendJSONSpan(b []byte, start, end int) []byte {
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(end), 10)
}

// appendJSONFloat formats f as encoding/json does (finite values only:
// scores are rounded ratios).
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	if abs == 0 || abs >= 1e-6 && abs < 1e21 {
		return strconv.AppendFloat(b, f, 'f', -1, 64)
	}
	b = strconv.AppendFloat(b, f, 'e', -1, 64)
	// clean up e-09 to e-9, as encoding/json does
	if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b
}

// appendJSONString appends s quoted as encoding/json does with HTML
// escaping off: invalid UTF-8 becomes U+FFFD, U+2028 and U+2029 are
// escaped for JavaScript. Runs of plain ASCII are copied whole.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendJSONEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', "89"[r&1])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlain holds the ASCII bytes a string copies as they are.
var jsonPlain = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 0x20 && c != '"' && c != '\\'
	}
	return t
}()

// appendJSONEscape appends the escape of an ASCII control, quote or
// backslash.
func appendJSONEscape(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
}
