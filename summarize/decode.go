package summarize

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Errors Decode reports for input that is not an article.
var (
	ErrEmpty  = errors.New("empty input")
	ErrBinary = errors.New("binary data, not text")
)

// Decode turns input bytes into text for the pipeline. Offsets stay valid:
// a UTF-8 byte-order mark and each carriage return become spaces of the same
// length, so CRLF text briefs like LF text. Text that is not UTF-8 is decoded
// as Windows-1252 with a warning (offsets then point into the decoded text).
func Decode(b []byte) (text string, warnings []string, err error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", nil, ErrEmpty
	}
	if bytes.IndexByte(b, 0) >= 0 || controlShare(b) > 0.1 {
		return "", nil, ErrBinary
	}
	if !utf8.Valid(b) {
		d, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return "", nil, ErrBinary
		}
		b = d
		warnings = append(warnings, "input is not UTF-8; decoded as Windows-1252")
	}
	s := string(b)
	if strings.HasPrefix(s, "\uFEFF") {
		s = "   " + s[3:]
	}
	return strings.ReplaceAll(s, "\r", " "), warnings, nil
}

// controlShare is the share of bytes that are control characters other than
// tab, line feed, carriage return and form feed: high in binary files.
func controlShare(b []byte) float64 {
	n, i := 0, 0
	// Sixteen, then eight bytes at a time: a word with no byte below 0x20
	// (most of text) needs no look at its bytes.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+16 <= len(b); i += 16 {
		x, y := binary.LittleEndian.Uint64(b[i:i+8]), binary.LittleEndian.Uint64(b[i+8:i+16])
		if ((x-0x20*ones)&^x|(y-0x20*ones)&^y)&highs != 0 {
			n += countControl(b[i : i+16])
		}
	}
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if (x-0x20*ones)&^x&highs != 0 {
			n += countControl(b[i : i+8])
		}
	}
	n += countControl(b[i:])
	return float64(n) / float64(len(b))
}

func countControl(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			n++
		}
	}
	return n
}
