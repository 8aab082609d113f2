package timex

import (
	"testing"
	"time"
)

func TestStart(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse("2006-01-02T15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		value string
		want  time.Time
		ok    bool
	}{
		{"2017", at("2017-01-01T00:00"), true},
		{"199", at("1990-01-01T00:00"), true},
		{"19", at("1900-01-01T00:00"), true},
		{"2017-10", at("2017-10-01T00:00"), true},
		{"2017-W42", at("2017-10-16T00:00"), true},
		{"2025-W09-WE", at("2025-03-01T00:00"), true},
		{"2024-SU", at("2024-06-01T00:00"), true},
		{"2024-Q3", at("2024-07-01T00:00"), true},
		{"2025-H2", at("2025-07-01T00:00"), true},
		{"2017-10-21", at("2017-10-21T00:00"), true},
		{"2016-02-15T13:05", at("2016-02-15T13:05"), true},
		{"2021-02-25TNI", at("2021-02-25T21:00"), true},
		{"1989-10-27T24", at("1989-10-28T00:00"), true},
		{"PRESENT_REF", time.Time{}, false},
		{"XXXX-09", time.Time{}, false},
		{"P3Y", time.Time{}, false},
		{"2024-11-XX", at("2024-11-01T00:00"), true},
		{"199X", at("1990-01-01T00:00"), true},
		{"1989-WXX", at("1989-01-01T00:00"), true},
		{"1998-10-XXTNI", at("1998-10-01T00:00"), true},
	} {
		got, ok := Start(tc.value)
		if ok != tc.ok || !got.Equal(tc.want) {
			t.Errorf("Start(%q) = %v, %v; want %v, %v", tc.value, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzStart(f *testing.F) {
	for _, s := range []string{"2017", "199", "2017-W42-WE", "2016-02-15T13:05", "2021-02-25TNI", "T", "-WE", "9T99:9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		Start(v) // must not panic
	})
}
