package quotes

import "strings"

// isCue reports whether token c introduces speech: a cue verb, or
// "according to".
func isCue(toks []token, c int) bool {
	// The class first, inlined where isCue is called: most words are no
	// cue, and only words have classes.
	return toks[c].is(cCueLike) && cueAt(toks, c)
}

// cueAt is isCue for a word of the class cCueLike.
func cueAt(toks []token, c int) bool {
	t := &toks[c]
	if !t.Word || t.Quote >= 0 {
		return false
	}
	l := t.low
	if t.Cap && c > 0 && !toks[c-1].isSentenceEnd() && toks[c-1].Quote < 0 && l != "according" {
		return false // United States, Reads
	}
	if l == "according" {
		return c+1 < len(toks) && strings.EqualFold(toks[c+1].Text, "to")
	}
	if l == "put" || l == "puts" { // as Dana Milbank puts it
		return c+1 < len(toks) && toks[c+1].low == "it"
	}
	if l == "call" || l == "calls" {
		// A verb takes its object (critics call it, calls Trump "..."); a
		// noun does not (a fundraising call following the remarks).
		return c+1 < len(toks) && (toks[c+1].Quote >= 0 || toks[c+1].Word &&
			(toks[c+1].Cap || toks[c+1].is(cObject) || toks[c+1].is(cDeterminer)))
	}
	if c > 0 && toks[c-1].Word && (toks[c-1].possessive() || toks[c-1].is(cDeterminer) || toks[c-1].is(cPreposition)) {
		return false // a noun: Ginsburg's comments, the claims
	}
	if c > 0 && toks[c-1].Word && toks[c-1].is(cPassive) {
		return false // when asked, was told
	}
	return t.is(cCue)
}

// speakerOf finds the speaker phrase of the cue at c, looking no further
// than lo..hi: the subject before the cue (Rasmussen said, he said,
// Rasmussen, the alliance's chief, said), else the words after it
// (said Rasmussen, according to Rasmussen's article).
func speakerOf(src *source, toks []token, c, lo, hi int) phrase {
	if strings.EqualFold(toks[c].Text, "according") {
		return phraseAfter(src, toks, c+2, hi)
	}
	if c > lo && toks[c-1].Word && (toks[c-1].low == "and" || toks[c-1].low == "but" || toks[c-1].low == "then") {
		return subjectOf(src, toks, lo, c) // Sanders thanked them and called ...
	}
	if strings.HasSuffix(toks[c].low, "ing") {
		return participleSpeaker(src, toks, c, lo)
	}
	if p := phraseBefore(src, toks, c, lo); p.Kind != kindNone {
		return p
	}
	if toks[c].is(cAddressCue) {
		return phrase{}
	}
	return phraseAfter(src, toks, c+1, hi)
}

// phraseBefore reads the subject that ends just before the cue at c.
func phraseBefore(src *source, toks []token, c, lo int) phrase {
	j := c - 1
	for j >= lo && toks[j].Word && (toks[j].is(cBetween) || isAdverb(&toks[j])) {
		j--
	}
	if j < lo {
		return phrase{}
	}
	if toks[j].Text == ")" { // Sen. Tim Kaine (D-Va.) said
		for j > lo && toks[j].Text != "(" {
			j--
		}
		j--
	}
	if j < lo {
		return phrase{}
	}
	if toks[j].isComma() {
		// Clinton, exasperated, responded; Ted Nordhaus, co-founder of ..., welcomed
		if p := subjectOf(src, toks, lo, c+1); p.Kind == kindPerson || p.Kind == kindOrg {
			if a := appositionBefore(src, toks, j, lo); a.Kind == kindPerson && endsWith(a.Name, p.Name) {
				return a
			}
			return p
		}
		return appositionBefore(src, toks, j, lo)
	}
	if !toks[j].Word {
		return phrase{}
	}
	return parsePhrase(src, toks, runBack(toks, j, lo), j+1)
}

// appositionBefore reads "NAME, ROLE," or "ROLE, NAME," ending at the
// comma toks[j] before a cue.
func appositionBefore(src *source, toks []token, j, lo int) phrase {
	k := j - 1
	for k >= lo && k > j-16 && !toks[k].isComma() && !toks[k].isSentenceEnd() && toks[k].Quote < 0 {
		k--
	}
	if k < lo || !toks[k].isComma() || k == j-1 {
		return phrase{}
	}
	inner := parsePhrase(src, toks, k+1, j)
	if inner.Kind == kindPerson && runBack(toks, k+1, k+1) == k+1 && allRun(toks, k+1, j) {
		// the party's nominee, Donald Trump, said
		if k-1 >= lo && toks[k-1].Word {
			if outer := parsePhrase(src, toks, runBack(toks, k-1, lo), k); outer.Kind == kindDescription && inner.Role == "" {
				inner.Role = outer.Text
			}
		}
		return inner
	}
	if k-1 < lo || !toks[k-1].Word {
		return phrase{}
	}
	p := parsePhrase(src, toks, runBack(toks, k-1, lo), k)
	if p.Kind == kindPerson && weakRole(p.Role) {
		if w := strings.ToLower(toks[k+1].Text); w != "who" && w != "which" && w != "whose" {
			p.Role = appositionRole(src, toks, k+1, j)
		}
	}
	return p
}

// appositionRole turns "the alliance's secretary general" into a role.
func appositionRole(src *source, toks []token, i, j int) string {
	if i < j && (strings.EqualFold(toks[i].Text, "the") || strings.EqualFold(toks[i].Text, "a") || strings.EqualFold(toks[i].Text, "an")) {
		i++
	}
	if i >= j {
		return ""
	}
	return src.text[toks[i].Start:toks[j-1].End]
}

func allRun(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if !inRun(&toks[k]) {
			return false
		}
	}
	return true
}

func isAdverb(t *token) bool {
	return !t.Cap && len(t.Text) > 4 && strings.HasSuffix(t.Text, "ly")
}

// phraseAfter reads the speaker that starts at toks[i] (said Rasmussen,
// said the official, said Jason Miller, a spokesman for the campaign).
func phraseAfter(src *source, toks []token, i, hi int) phrase {
	for i < hi && toks[i].isComma() {
		i++
	}
	if i >= hi || !toks[i].Word {
		return phrase{}
	}
	j := runForward(toks, i, hi)
	p := parsePhrase(src, toks, i, j)
	if p.Kind == kindNone && toks[i].is(cArticle) {
		// said the ruling.; said one voter, ...
		k := i + 1
		for k < hi && k < i+4 && (isPlainWord(&toks[k]) || isAge(toks[k].Text)) {
			k++
		}
		if k > i+1 && (k == hi || toks[k].isComma() || toks[k].isSentenceEnd()) && plainDescription(toks, i+1, k) {
			return phrase{Kind: kindDescription, Text: src.text[toks[i].Start:toks[k-1].End], Start: i}
		}
	}
	if p.Kind == kindDescription && j+1 < hi && toks[j].isComma() && toks[j+1].Cap {
		// said the campaign's spokesman, Jason Miller
		k := runForward(toks, j+1, hi)
		if q := parsePhrase(src, toks, j+1, k); q.Kind == kindPerson {
			if q.Role == "" {
				q.Role = p.Text
			}
			return q
		}
	}
	if p.Kind == kindPerson && weakRole(p.Role) && j+1 < hi && toks[j].isComma() && toks[j+1].Word && !toks[j+1].Cap && (toks[j+1].is(cDeterminer) || toks[j+1].is(cTitle) || toks[j+1].is(cRoleNoun)) {
		k := j + 1
		for k < hi && !toks[k].isComma() && !toks[k].isSentenceEnd() && toks[k].Quote < 0 {
			k++
		}
		p.Role = appositionRole(src, toks, j+1, k)
	}
	return p
}

// isAge reports whether w is an age used as a noun (the 46-year-old).
func isAge(w string) bool {
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-years-old")
}

var objectWords = set(`it him her them us me this that these those`)

var listenerPreps = set(`to on for at in via`)

// participleSpeaker finds who speaks in a participle clause: a person
// right before it (footage of Trump saying), the speaker of an earlier
// cue (Fiorina said, adding that), else the subject of the sentence
// (Sanders compared himself to Clinton, saying).
func participleSpeaker(src *source, toks []token, c, lo int) phrase {
	if c > lo && toks[c-1].Word {
		// but not the listener or the medium: a statement to Wired
		// explaining, a question on Facebook writing.
		if p := phraseBefore(src, toks, c, lo); (p.Kind == kindPerson || p.Kind == kindPronoun) &&
			!(p.Start > lo && toks[p.Start-1].Word && toks[p.Start-1].is(cListenerPrep)) {
			return p
		}
	}
	for k := c - 1; k >= lo; k-- {
		if isCue(toks, k) && !strings.HasSuffix(toks[k].low, "ing") {
			return speakerOf(src, toks, k, lo, c)
		}
	}
	return subjectOf(src, toks, lo, c)
}
