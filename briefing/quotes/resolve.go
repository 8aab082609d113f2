package quotes

import "strings"

// attribution is who spoke, as resolved at one place in the text.
type attribution struct {
	speaker, role, cue string
	kind               kind
	tok                int // token index of the cue or quote
	para               int
	direct             bool // read from the quote's own sentence
}

// entity is a named person with the fullest name and role the text gives.
type entity struct {
	name    []string
	role    string
	tok     int  // token index of a mention
	subject bool // the mention opens its sentence
}

// doc holds one text's tokens and what attribution has found so far.
type doc struct {
	text     string
	spans    []span
	toks     []token
	qtok     []int // token index of each quote
	entities []entity
	events   []attribution // speakers in text order, from cues and quotes
	attr     []attribution // one per quote
}

func newDoc(text string, spans []span) *doc {
	d := &doc{text: text, spans: spans, toks: tokenize(text, spans)}
	d.qtok = make([]int, len(spans))
	for i, t := range d.toks {
		if t.Quote >= 0 {
			d.qtok[t.Quote] = i
		}
	}
	d.attr = make([]attribution, len(spans))
	d.collectEntities()
	return d
}

// collectEntities records every personal name outside the quotes, with its
// role from pre-modifying titles or apposition.
func (d *doc) collectEntities() {
	for i, t := range d.toks {
		if !t.Cap || (i > 0 && inRun(d.toks[i-1]) && d.toks[i-1].Para == t.Para) {
			continue
		}
		end := d.sentenceEnd(i)
		p := phraseAfter(d.text, d.toks, i, end)
		if p.Kind != kindPerson || len(p.Name) == 1 && nonNames[strings.ToLower(p.Name[0])] {
			continue
		}
		s := d.sentenceStart(i)
		subject := i == s || i == skipIntro(d.toks, s, end)
		d.entities = append(d.entities, entity{name: p.Name, role: p.Role, tok: i, subject: subject})
	}
}

// maxSentence bounds the tokens of one sentence, so that text without
// full stops costs linear time.
const maxSentence = 200

// sentenceEnd returns the index of the token that ends the sentence of
// toks[i] (a full stop, a quote or a paragraph change), or len(toks).
func (d *doc) sentenceEnd(i int) int {
	for j := i + 1; j < len(d.toks) && j < i+maxSentence; j++ {
		if d.toks[j].isSentenceEnd() || d.toks[j].Quote >= 0 || d.toks[j].Para != d.toks[i].Para {
			return j
		}
	}
	return min(len(d.toks), i+maxSentence)
}

// sentenceStart returns the index of the first token of the sentence of
// toks[i], stopping after a quote.
func (d *doc) sentenceStart(i int) int {
	j := i
	for j > 0 && j > i-maxSentence && !d.toks[j-1].isSentenceEnd() && d.toks[j-1].Quote < 0 && d.toks[j-1].Para == d.toks[i].Para {
		j--
	}
	return j
}

// fullName finds the fullest form of a name and its role: the longest
// name in the text ending with the same words, the nearest one before tok
// on a tie.
func (d *doc) fullName(name []string, tok int) ([]string, string) {
	best, role, bestTok := name, "", -1
	for _, e := range d.entities {
		if !endsWith(e.name, name) {
			continue
		}
		better := len(e.name) > len(best) ||
			len(e.name) == len(best) && e.tok <= tok && (bestTok < 0 || bestTok > tok || e.tok > bestTok)
		if better {
			best, bestTok = e.name, e.tok
		}
	}
	for _, e := range d.entities {
		if e.role != "" && endsWith(best, e.name) && endsWith(e.name, name) {
			role = e.role
			break
		}
	}
	return best, role
}

func endsWith(full, part []string) bool {
	if len(part) == 0 || len(part) > len(full) {
		return false
	}
	off := len(full) - len(part)
	for i, w := range part {
		if !strings.EqualFold(full[off+i], w) {
			return false
		}
	}
	return true
}

// resolve turns a phrase at token tok into a speaker.
func (d *doc) resolve(p phrase, tok int) (attribution, bool) {
	a := attribution{kind: p.Kind, tok: tok, para: d.toks[tok].Para, role: p.Role}
	switch p.Kind {
	case kindPerson, kindDocument:
		name, role := d.fullName(p.Name, tok)
		a.speaker = strings.Join(name, " ")
		if a.role == "" {
			a.role = role
		}
	case kindOrg:
		a.speaker = strings.Join(p.Name, " ")
	case kindPronoun:
		return d.antecedent(p.Text, tok)
	case kindDescription:
		return d.describe(p, tok), true
	default:
		return a, false
	}
	return a, a.speaker != ""
}

// antecedent resolves a pronoun to the last speaker it can stand for:
// a person for he or she, an organisation or a document for it.
func (d *doc) antecedent(pron string, tok int) (attribution, bool) {
	want := func(k kind) bool { return k == kindPerson }
	switch pron {
	case "it":
		want = func(k kind) bool { return k == kindOrg || k == kindDocument }
	case "they", "we":
		want = func(k kind) bool { return k != kindPronoun }
	}
	for i := len(d.events) - 1; i >= 0; i-- {
		if e := d.events[i]; want(e.kind) && e.speaker != "" {
			e.tok, e.direct = tok, false
			return e, true
		}
	}
	if pron == "it" {
		return attribution{}, false
	}
	// No speaker yet: the last person who opened a sentence.
	for _, subjectOnly := range []bool{true, false} {
		for i := len(d.entities) - 1; i >= 0; i-- {
			if e := d.entities[i]; e.tok < tok && (e.subject || !subjectOnly) {
				name, role := d.fullName(e.name, e.tok)
				return attribution{speaker: strings.Join(name, " "), role: role, kind: kindPerson, tok: tok}, true
			}
		}
	}
	return attribution{}, false
}

// describe resolves "the official", "the ministry" to the last speaker
// whose role or name has the same head word, else keeps the description.
func (d *doc) describe(p phrase, tok int) attribution {
	f := strings.Fields(strings.ToLower(p.Text))
	head := strings.TrimSuffix(f[len(f)-1], "s")
	for i := len(d.events) - 1; i >= 0; i-- {
		e := d.events[i]
		if e.speaker != "" && (strings.Contains(strings.ToLower(e.role), head) ||
			strings.Contains(strings.ToLower(e.speaker), head)) {
			e.tok = tok
			return e
		}
	}
	return attribution{speaker: p.Text, kind: kindDescription, tok: tok}
}
