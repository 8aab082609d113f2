package summarize

import (
	"strings"
	"unicode/utf8"
)

// Word lists for the sentence splitter. Keys are lower case, without the
// final period.

// titles come before a name: a capitalised title followed by a full stop
// does not end a sentence ("Lt. Gen. Smith", "Sen. Warren", "Mt. Fuji").
var titles = wordSet(`
	mr mrs ms mx messrs mmes mme mlle dr prof rev hon pres gov sen sens rep reps
	gen gens lt col maj capt cpt cmdr cdr adm brig sgt ssgt msgt sfc cpl pvt pfc
	spc ens cwo supt insp det atty amb msgr fr st mt ft sr
	asst dep rt
`)

// monthAbbrevs and numberedAbbrevs are abbreviations a number follows:
// months, "No.", "p.", "Art.", "Fig.", "Vol.".
const (
	monthAbbrevs    = `jan feb mar apr jun jul aug sep sept oct nov dec`
	numberedAbbrevs = `no nos vol vols fig figs p pp ch art sec`
)

// numberAbbrevs take a number after them, so a number there is no list
// item ("Jan. 1. In August" is a date, then a sentence).
var numberAbbrevs = wordSet(monthAbbrevs, numberedAbbrevs, `arts para`)

// abbrevs are other abbreviations that usually sit inside a sentence but
// may end one ("Pitt, Briggs & Co. It closed"): after them a sentence
// breaks only before a word that typically starts one (see starters).
var abbrevs = wordSet(monthAbbrevs, numberedAbbrevs, `
	inc co corp ltd jr bros plc llc lp assn univ intl natl govt dept div mfg
	etc al approx est misc ave blvd rd ste apt
	ref tel ext min max avg yr yrs hr hrs mo mos
	mon tue tues wed thu thur thurs fri sat sun
	ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich
	minn miss mo mont neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc
	wyo n.y n.j n.h n.m n.c n.d s.c s.d r.i w.va d.c
	med btw dist mt op ops st rs ret sq pt inst acad ctr comm cty
	bn regt bde sqdn sqn
`)

// inner abbreviations never end a sentence ("e.g. Mr. Smith").
var inner = wordSet(`e.g i.e cf viz vs v ca incl esp resp approx`)

// timeAbbrevs are a.m. and p.m., which end sentences more often than other
// multi-period abbreviations ("He left at 6 P.M. Mr. Smith then ...").
var timeAbbrevs = wordSet(`a.m p.m`)

// notAfterTime are words that continue a time ("5 p.m. Monday", "9 a.m. GMT").
var notAfterTime = wordSet(`
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october
	november december today tomorrow yesterday tonight local
	eastern central pacific mountain atlantic
	et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest
`)

// starters are words that begin sentences far more often than they continue
// a name: after an abbreviation (U.S., Co., D.C.) or an initial, a
// capitalised starter means a new sentence ("in the U.S. The ...") where a
// capitalised name does not ("the U.S. Army").
var starters = wordSet(`
	the a an this that these those there here it its he she his her hers him
	they them their we our us you your i my me one some many most all both
	each every any several few such another other no none nothing
	but and or so yet however meanwhile also still then thus therefore hence
	moreover furthermore instead indeed nevertheless nonetheless although
	though while when whenever where what why how who whom whose which
	whether if as after before since because once until unless earlier later
	last next now today yesterday tomorrow tonight first second finally
	in on at for from with without by during under over among amid despite
	following about against between to of into through throughout within
	is are was were did do does can could would should might must
	has have had let please not never according officials police
	millions thousands hundreds dozens
`)

// creditLabels, followed by a colon, start a photo credit or a source line.
var creditLabels = wordSet(`Image Images Photo Photos Photograph Picture Video Credit Graphic Illustration Source`)

// gluedStarters begin a sentence even after a lower-case word with no
// punctuation between (scraped text that lost a full stop): a narrow set,
// since "Next" or "Some" can be names.
var gluedStarters = wordSet(`
	the this these those there it he she they we his her their its our but
	however meanwhile although while when according during after in on at
`)

// gluedStartersShape rules out at a glance most words that are not
// gluedStarters (Split asks of every capitalised word).
var gluedStartersShape = setShapeOf(gluedStarters)

// setShape is the lengths and first letters of the words of a set, any
// case: a word of another length or first letter is not in the set.
type setShape struct {
	maxLen int
	first  [256]bool
}

func setShapeOf(set map[string]bool) setShape {
	var sh setShape
	for w := range set {
		sh.maxLen = max(sh.maxLen, len(w))
		sh.first[w[0]] = true
		sh.first[strings.ToUpper(w[:1])[0]] = true
	}
	return sh
}

// may tells whether w may be in the set (as inSet looks it up). A word
// with a non-ASCII letter always may: lower-casing can change its length.
func (sh *setShape) may(w string) bool {
	if w != "" && len(w) <= sh.maxLen && sh.first[w[0]] {
		return true
	}
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// gluedPrepositions start a glued sentence after any word when a
// determiner follows ("... of FTU In the Kowloon East constituency").
var gluedPrepositions = wordSet(`in on at`)

var determiners = wordSet(`the a an his her their its this these those`)

// bangNames end in an exclamation mark that ends no sentence.
var bangNames = wordSet(`yahoo jeopardy`)

// inSet looks w up in set, lower-cased, without allocating for short ASCII
// words (the compiler does not copy for m[string(bytes)]).
func inSet(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= utf8.RuneSelf:
			return set[strings.ToLower(w)]
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return set[string(buf[:len(w)])]
}
