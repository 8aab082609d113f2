package timex

import (
	"strings"
	"testing"
)

// sample is news-like text with many kinds of expression.
const sample = `BRUSSELS - NATO defense ministers convened on Tuesday to examine cyber security at the start of a two-day meeting.
In 2007, Estonia's networks came under attack, which prompted the alliance to set up a cyber defense centre one year later. In 2011, the alliance approved a revised policy.

According to an article published on Sunday, the mission will change after 2014. Rasmussen said earlier this year that systems are under "regular" attack, and that the plan for fiscal 2015 would be ready by March 12, 2014, or in the third quarter at the latest. Ministers meet every year; they last met 18 months ago, at 10:30 a.m. on a Monday.

`

func BenchmarkTagSample(b *testing.B) {
	b.SetBytes(int64(len(sample)))
	for b.Loop() {
		Tag(sample, "2013-06-04T19:15")
	}
}

// BenchmarkTagSampleCold is the sample with the match cache emptied before
// each run: the cost of text whose expressions were never seen before.
func BenchmarkTagSampleCold(b *testing.B) {
	b.SetBytes(int64(len(sample)))
	for b.Loop() {
		b.StopTimer()
		clear(matchMemo.m)
		b.StartTimer()
		Tag(sample, "2013-06-04T19:15")
	}
}

// BenchmarkTagLarge shows the pass is linear: bytes/s stay about the same as
// for the short sample (its expressions repeat, so the match cache serves
// them, as it does across a batch of news articles).
func BenchmarkTagLarge(b *testing.B) {
	text := strings.Repeat(sample, 400) // about 400 KB
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tag(text, "2013-06-04T19:15")
	}
}
