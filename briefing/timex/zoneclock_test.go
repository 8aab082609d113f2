package timex

import "testing"

// TestZoneClock: wire and military copy write 24-hour times without a
// colon; with a zone or "at ... hours" they are times, not years or counts.
// A bracketed conversion of the clock time before it is the same moment.
func TestZoneClock(t *testing.T) {
	const dct = "2026-02-27" // a Friday
	check(t, "Shops were to close at 1900 GMT.", dct, want{"1900 GMT", Time, "2026-02-27T19:00"})
	check(t, "The strike came at 2330 local time on Tuesday.", dct, want{"2330 local time on Tuesday", Time, "2026-02-24T23:30"})
	check(t, "The patrol left at 0600 hours.", dct, want{"0600 hours", Time, "2026-02-27T06:00"})
	check(t, "The camera from 1900 sold well.", dct, want{"1900", Date, "1900"})
	check(t, "Pilots logged 2000 hours of flight time.", dct)
	check(t, "The blast came at 10:35 a.m. (0735 GMT) on Friday.", dct,
		want{"10:35 a.m.", Time, "2026-02-27T10:35"}, want{"Friday", Date, "2026-02-27"})
	check(t, "The talks (1500 GMT) ended.", dct, want{"1500 GMT", Time, "2026-02-27T15:00"})
	check(t, "The truce began at midnight local time (2100 GMT).", dct, want{"midnight", Time, "2026-02-27T24:00"})
}
