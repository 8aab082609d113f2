package summarize

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// cueLists are the word lists the cleaner looks for with cleanCues.
var cueLists = []struct {
	list  cleanCueList
	words []string
}{
	{cleanCueCaption, captionWords}, {cleanCueStrong, strongFurniture}, {cleanCueFurniture, furnitureWords},
	{cleanCueCredit, creditWords}, {cleanCueComment, commentWords}, {cleanCueSection, sectionWords}, {cleanCueRole, roleWords},
}

var cueSamples = []string{
	"Subscribe to our newsletter", "the offer was oversubscribed", "SUBSCRIBERS ONLY",
	"Photo: Jane Doe/Reuters", "© 2024 Example Media", "Kommentare (12)", "КОММЕНТАРИИ",
	"Leia TAMBÉM", "ÄHNLICHE Artikel", "Читайте также", "a \u212aookie banner", "İstock image",
	"x\xffsubscribe", "\xe2\x80subscribe", "The minister, left, said", " pictured here", "",
	"nothing at all here", "Getty Images", "reporting from Kyiv", "Staff Writer", "rEAD mORE",
	"5subscribe", "é©", "Related: more from the editor", "Tags: politics",
}

// checkCues compares cleanCues, one list and all lists at once, with
// hasAny on the lower-cased text.
func checkCues(t *testing.T, s string) {
	t.Helper()
	var all, wantAll cleanCueList
	for _, l := range cueLists {
		all |= l.list
		want := hasAny(strings.ToLower(s), l.words)
		if want {
			wantAll |= l.list
		}
		if got := cleanCues(s, l.list) != 0; got != want {
			t.Fatalf("cleanCues(%q, %q...) = %v, hasAny = %v", s, l.words[0], got, want)
		}
	}
	if got := cleanCues(s, all); got != wantAll {
		t.Fatalf("cleanCues(%q, all) = %b, want %b", s, got, wantAll)
	}
}

func TestCleanCues(t *testing.T) {
	for _, s := range cueSamples {
		checkCues(t, s)
	}
}

func FuzzCleanCues(f *testing.F) {
	for _, s := range cueSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCues(t, s)
		for _, w := range strings.Fields(s) {
			if got, want := cleanIsStop(w), stopWords[strings.ToLower(w)]; got != want {
				t.Fatalf("cleanIsStop(%q) = %v, want %v", w, got, want)
			}
		}
	})
}

func TestCleanIsStop(t *testing.T) {
	for _, w := range []string{"The", "THE", "said", "Said", "Während", "ЭТО", "это", "Government", "don't", "İt", "averyveryverylongword"} {
		if got, want := cleanIsStop(w), stopWords[strings.ToLower(w)]; got != want {
			t.Errorf("cleanIsStop(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzFoldEqual(f *testing.F) {
	f.Add("NATO chiefs meet", "nato CHIEFS meet!")
	f.Add("Ä\xffb", "äb")
	f.Add("\u212a-9", "k9")
	f.Fuzz(func(t *testing.T, s, other string) {
		for _, key := range []string{foldText(s), foldText(other), other} {
			if got, want := cleanFoldEqual(s, key), foldText(s) == key; got != want {
				t.Fatalf("cleanFoldEqual(%q, %q) = %v, want %v", s, key, got, want)
			}
		}
	})
}

// looksHTMLLower is looksHTML as it was written first, on a lower-cased copy.
func looksHTMLLower(s string) bool {
	head := strings.ToLower(s[:min(len(s), 4096)])
	if strings.Contains(head, "<!doctype html") || strings.Contains(head, "<html") {
		return true
	}
	n := 0
	for _, t := range []string{"<p>", "<p ", "</p>", "<div"} {
		n += strings.Count(head, t)
	}
	return n >= 3
}

func FuzzCleanShortcuts(f *testing.F) {
	for _, s := range []string{
		"Headline here - BBC News", "A | B | C", "x :: y", "one » two", "a\t–\nb", "year-earlier results",
		"<P>One</P><p>Two</p>", "<!DOCTYPE HTML>", "<dİv><DIV><div class=x>", "<HTML", "大西洋 の 海 です。 Great",
		"The minister said that the plan would work, and the allies agreed.",
		"By Jane Doe, Reuters", "WRITTEN BY Ann Lee", "10:45 am EST", "(Reuters) -", "Source: Xinhua", "— AP",
		"BRUSSELS - NATO", "WASHINGTON (Reuters) - The", "St. LOUIS — x", "ÉVORA, Portugal - y", "Posted on May 1",
		"ſource: AFP", "Source: Reuters", "VIA AFP", "From: AP", "Agency: Xinhua", "(AFP)", "- AP", "— Reuters", "By Reuters", "Don't STOP the Government's 2024 plans-today", "averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword", "WORDſ BY Ann Lee", "Posted 3 SEPT 2019", "3 ſept 2019", "Jan. 5, 2020 at 10:00 a.m.", "2019-03-04 10:00", "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x1f\x20\x7f\x80\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanHasTitleSep(s), titleSep.MatchString(s); got != want {
			t.Fatalf("cleanHasTitleSep(%q) = %v, want %v", s, got, want)
		}
		if got, want := looksHTML(s), looksHTMLLower(s); got != want {
			t.Fatalf("looksHTML(%q) = %v, want %v", s, got, want)
		}
		checkRegexpFilters(t, s)
		var got []string
		eachContentWord(s, func(w []byte) bool { got = append(got, string(w)); return true })
		if want := contentWords(s); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("eachContentWord(%q) = %q, want %q", s, got, want)
		}
		if s != "" {
			if got, want := controlShare([]byte(s)), float64(countControl([]byte(s)))/float64(len(s)); got != want {
				t.Fatalf("controlShare(%q) = %v, want %v", s, got, want)
			}
		}
		u := measure(s).units()
		for _, limit := range []int{0, 3, 6, 40} {
			if got := cleanUnits(s, limit); got != u && !(u > limit && got > limit) {
				t.Fatalf("cleanUnits(%q, %d) = %d, units %d", s, limit, got, u)
			}
		}
	})
}

// checkRegexpFilters: the first-byte tests never turn away a match.
func checkRegexpFilters(t *testing.T, s string) {
	t.Helper()
	if got, want := cleanIsByline(s), bylineRe.MatchString(s); got != want {
		t.Fatalf("cleanIsByline(%q) = %v, want %v", s, got, want)
	}
	if got, want := cleanIsTimeOnly(s), timeOnly.MatchString(s); got != want {
		t.Fatalf("cleanIsTimeOnly(%q) = %v, want %v", s, got, want)
	}
	if got, want := agencyLine(s), agencyLineRef(s); got != want {
		t.Fatalf("agencyLine(%q) = %q, want %q", s, got, want)
	}
	if !cleanMayStart(s, "(") && agencyOnly.MatchString(s) || !cleanMayDateline(s) && datelineRe.MatchString(s) {
		t.Fatalf("dateline %q turned away", s)
	}
	if !cleanHasMonth(s) && (mdyDate.MatchString(s) || dmyDate.MatchString(s)) {
		t.Fatalf("date %q turned away", s)
	}
	if !cleanMayStart(s, "pumlPUML") && postedLine.MatchString(s) {
		t.Fatalf("posted line %q turned away", s)
	}
}

// measureRef is measure as it was first written: lower-cased copies, a map
// look-up per word and one search per cue word.
func measureRef(t string) blockFeatures {
	var f blockFeatures
	inWord := false
	wordStart := 0
	count := func(w string) {
		f.words++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			f.capWords++
		}
		if stopWords[strings.ToLower(w)] {
			f.stops++
		}
	}
	for i, r := range t {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		if letter && isCJK(r) {
			f.cjk++
			letter = false
		}
		if isPunct(r) {
			f.punct++
		}
		switch {
		case letter && !inWord:
			inWord, wordStart = true, i
		case !letter && inWord:
			inWord = false
			count(t[wordStart:i])
		}
	}
	if inWord {
		count(t[wordStart:])
	}
	f.sentence = endsLikeSentence(t)
	low := strings.ToLower(t)
	f.caption = len(t) <= 400 && (hasAny(low, captionWords) || creditTail(t))
	f.furniture = f.units() < 25 && hasAny(low, strongFurniture) ||
		(f.units() <= 6 || !f.proseLike()) && hasAny(low, furnitureWords)
	return f
}

func FuzzMeasure(f *testing.F) {
	for _, s := range append(cueSamples, para1, para2, para3, para4, "Ünïcödé Wörds, and THE end.", "大西洋の海です。", "it’s O’Neill’s ©") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := measure(s), measureRef(s); got != want {
			t.Fatalf("measure(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// agencyLineRef is agencyLine with every regexp tried.
func agencyLineRef(t string) string {
	for _, re := range []*regexp.Regexp{parenAgency, labelAgency, tailAgency} {
		if m := re.FindStringSubmatch(t); m != nil {
			if a := agencyName(m[1]); a != "" {
				return a
			}
		}
	}
	return ""
}
