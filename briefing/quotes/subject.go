package quotes

import "strings"

// introWords open a phrase that comes before a sentence's subject
// (At Sunday's debate, Sanders ...; Earlier this week, Clinton ...).
var introWords = set(`in on at after during while when although though earlier later last
meanwhile instead now immediately as for with without despite before since until because if
speaking asked according following amid among under over from by in an of since this
yesterday today tonight overnight again still yet also then separately elsewhere
nonetheless nevertheless moreover indeed however but and so`)

// subjectOf reads the subject of the clause toks[lo:hi]: past any opening
// phrase set off by a comma, the first name, pronoun or description that
// is followed by a verb (Sanders compared himself to Clinton, saying ...).
func subjectOf(src *source, toks []token, lo, hi int) phrase {
	starts := []int{skipIntro(toks, lo, hi)}
	if lo < hi && isAcronym(toks[lo].Text) && len(toks[lo].Text) > 2 {
		// A dateline: PALM BEACH, FLORIDA (Reuters) - U.S. President ...
		for k := lo; k < hi && k < lo+12; k++ {
			if isDash(toks[k].Text) {
				starts = []int{k + 1}
				break
			}
		}
	}
	for k := lo; k < hi && k < lo+30; k++ {
		if toks[k].isComma() || isDash(toks[k].Text) {
			starts = append(starts, k+1) // PHILADELPHIA (UPI) — ...; Reached by POLITICO, ...
		}
	}
	for _, i := range starts {
		if p := subjectAt(src, toks, i, hi); p.Kind != kindNone {
			return p
		}
	}
	return phrase{}
}

// subjectAt reads a subject starting at toks[i], followed by a verb.
func subjectAt(src *source, toks []token, i, hi int) phrase {
	if i < hi && toks[i].Cap && (strings.HasSuffix(toks[i].Text, "ed") || strings.HasSuffix(toks[i].Text, "ing")) &&
		!(i+1 < hi && toks[i+1].Cap) {
		return phrase{} // Preceded by ..., Speaking to ...; but Ted Nordhaus
	}
	for i < hi && toks[i].Word && (strings.EqualFold(toks[i].Text, "but") || strings.EqualFold(toks[i].Text, "and")) {
		i++
	}
	if i >= hi || !toks[i].Word {
		return phrase{}
	}
	var j int
	if toks[i].is(cPronoun) {
		j = i + 1
	} else {
		j = runForward(toks, i, hi)
	}
	p := parsePhrase(src, toks, i, j)
	if p.Kind == kindNone || j-i == 1 && j < hi && toks[j].is(cPreposition) {
		return phrase{} // Ahead of the talks, ...
	}
	k := j
	if k < hi && toks[k].isComma() { // Ted Nordhaus, co-founder of ..., welcomed
		k++
		for k < hi && !toks[k].isComma() && toks[k].Quote < 0 {
			k++
		}
		if p.Kind == kindPerson && weakRole(p.Role) && k < hi {
			p.Role = appositionRole(src, toks, j+1, k)
		}
		k++
		// Clinton, at a town hall in Columbus, Ohio, said: the state
		// after the town is part of the phrase set off by commas.
		for n := 0; n < 2 && k+1 < hi && toks[k].Cap && toks[k+1].isComma(); n++ {
			k += 2
		}
	}
	for k < hi && toks[k].Word && (toks[k].is(cBetween) || isAdverb(&toks[k])) {
		k++
	}
	if k >= hi || !toks[k].Word || toks[k].Cap {
		return phrase{}
	}
	return p
}

// skipIntro returns the index past an opening phrase that ends in a comma.
func skipIntro(toks []token, lo, hi int) int {
	i := lo
	for n := 0; n < 3 && i < hi && toks[i].Word && toks[i].is(cIntro); n++ {
		k := i
		for k < hi && !toks[k].isComma() && toks[k].Quote < 0 && k < i+24 {
			k++
		}
		if k >= hi || !toks[k].isComma() {
			break
		}
		i = k + 1
	}
	return i
}

var prepositions = set(`of in on at for to from with by about into over under after before`)
