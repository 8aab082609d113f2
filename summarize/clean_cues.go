package summarize

import (
	"unicode"
	"unicode/utf8"
)

// The cleaner looks for cue words (furniture, caption, marker words) in
// every block of every page. cleanCues finds the cues of several lists in
// one pass, case-insensitively, without lower-casing the text first. For
// each list it answers exactly as hasAny(strings.ToLower(t), list) does (a
// cue that starts with a letter matches only at the start of a word), but it
// looks at each rune once instead of once per cue, skips the inside of
// words, and allocates nothing.

// cleanCueList is a bit for each list of cue words.
type cleanCueList uint8

const (
	cleanCueCaption cleanCueList = 1 << iota
	cleanCueStrong
	cleanCueFurniture
	cleanCueCredit
	cleanCueComment
	cleanCueSection
	cleanCueRole
)

// cleanCue is one cue word split at its first rune (lower case).
type cleanCue struct {
	first  rune
	rest   string
	letter bool // first is a letter: the cue must start a word
	lists  cleanCueList
}

// cleanCueIndex holds every cue by its first byte (ASCII) or in one short
// list (cues starting with another rune).
var cleanCueIndex = func() (ix struct {
	ascii [utf8.RuneSelf][]cleanCue
	other []cleanCue
}) {
	add := func(list cleanCueList, words []string) {
		for _, w := range words {
			r, n := utf8.DecodeRuneInString(w)
			bucket := &ix.other
			if r < utf8.RuneSelf {
				bucket = &ix.ascii[r]
			}
			if k := cleanCueFind(*bucket, w); k >= 0 {
				(*bucket)[k].lists |= list
				continue
			}
			*bucket = append(*bucket, cleanCue{first: r, rest: w[n:], letter: unicode.IsLetter(r), lists: list})
		}
	}
	add(cleanCueCaption, captionWords)
	add(cleanCueStrong, strongFurniture)
	add(cleanCueFurniture, furnitureWords)
	add(cleanCueCredit, creditWords)
	add(cleanCueComment, commentWords)
	add(cleanCueSection, sectionWords)
	add(cleanCueRole, roleWords)
	return ix
}()

// cleanCuePairs: for an ASCII byte and the byte after it, both lower-cased
// (the second is utf8.RuneSelf when it is not ASCII or there is none), the
// lists with a cue that can start so. Most word starts have none.
var cleanCuePairs = func() (p [utf8.RuneSelf][utf8.RuneSelf + 1]cleanCueList) {
	for c, cues := range cleanCueIndex.ascii {
		for _, cue := range cues {
			if cue.rest != "" && cue.rest[0] < utf8.RuneSelf {
				p[c][cue.rest[0]] |= cue.lists
				p[c][utf8.RuneSelf] |= cue.lists // a sign may lower-case to it
				continue
			}
			for next := range p[c] {
				p[c][next] |= cue.lists
			}
		}
	}
	return p
}()

// cleanCueFirst: for an ASCII byte (lower-cased), the lists with a cue that
// can start with it.
var cleanCueFirst = func() (f [utf8.RuneSelf]cleanCueList) {
	for c := range cleanCuePairs {
		for _, l := range cleanCuePairs[c] {
			f[c] |= l
		}
	}
	return f
}()

func cleanCueFind(cues []cleanCue, w string) int {
	for k, c := range cues {
		if string(c.first)+c.rest == w {
			return k
		}
	}
	return -1
}

// cleanCues reports which of the wanted lists have a cue in t.
func cleanCues(t string, want cleanCueList) cleanCueList {
	var found cleanCueList
	prevLetter := false // the rune before i is a letter
	for i := 0; i < len(t) && found != want; {
		c := t[i]
		if c < utf8.RuneSelf {
			pending := want &^ found
			c |= cleanLowerBit[c]
			letter := 'a' <= c && c <= 'z'
			// Inside a word only cues starting with a non-letter can
			// begin; most bytes start no wanted cue at all.
			if !(letter && prevLetter) && cleanCueFirst[c]&pending != 0 {
				next := byte(utf8.RuneSelf)
				if i+1 < len(t) && t[i+1] < utf8.RuneSelf {
					next = t[i+1] | cleanLowerBit[t[i+1]]
				}
				if cleanCuePairs[c][next]&pending != 0 {
					found |= cleanCueMatch(cleanCueIndex.ascii[c], t, i+1, rune(c), prevLetter, pending)
				}
			}
			i++
			if letter { // the rest of the word's ASCII letters
				for i < len(t) && 'a' <= t[i]|0x20 && t[i]|0x20 <= 'z' {
					i++
				}
			}
			prevLetter = letter
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		r = unicode.ToLower(r)
		cues := cleanCueIndex.other
		if r < utf8.RuneSelf {
			cues = cleanCueIndex.ascii[r] // a sign that lower-cases to ASCII (K, İ)
		}
		found |= cleanCueMatch(cues, t, i+size, r, prevLetter, want&^found)
		prevLetter = cleanIsLetter(r)
		i += size
	}
	return found
}

// cleanCueMatch: the lists of those cues starting with r whose rest follows at
// t[j:], with prevLetter telling whether a letter comes before r.
func cleanCueMatch(cues []cleanCue, t string, j int, r rune, prevLetter bool, want cleanCueList) cleanCueList {
	var found cleanCueList
	for k := range cues {
		c := &cues[k]
		if c.lists&want == 0 || c.first != r || c.letter && prevLetter {
			continue
		}
		if cleanCueRestAt(t, j, c.rest) {
			found |= c.lists & want
		}
	}
	return found
}

func cleanIsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// cleanCueRestAt: t[j:] starts with w once lower-cased rune by rune.
func cleanCueRestAt(t string, j int, w string) bool {
	for k := 0; k < len(w); {
		if j >= len(t) {
			return false
		}
		wb, tb := w[k], t[j]
		if wb < utf8.RuneSelf && tb < utf8.RuneSelf {
			if 'A' <= tb && tb <= 'Z' {
				tb += 'a' - 'A'
			}
			if tb != wb {
				return false
			}
			j++
			k++
			continue
		}
		tr, tn := utf8.DecodeRuneInString(t[j:])
		wr, wn := utf8.DecodeRuneInString(w[k:])
		if unicode.ToLower(tr) != wr {
			return false
		}
		j += tn
		k += wn
	}
	return true
}
