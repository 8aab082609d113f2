package summarize

import "strings"

// salient are the stems of words that mark defense-policy content: who
// decided what (decision verbs), forces, weapons, budgets, alliances.
var salient = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`
		announc approv decid decis agre agreement sign order deploy launch vote pledg unveil reject
		warn sanction ban impos authoriz authoris adopt endors propos plan budget spend billion
		million fund cut increas troop forc soldier militari armi navi naval air missil weapon nuclear
		drone aircraft warship submarin tank artilleri ammunit defens defenc secur alli allianc nato
		treati pact summit minist govern presid parliament congress pentagon war attack strike
		ceasefir invas border cyber intellig threat`) {
		salient[w] = true
	}
}

// salience is the share of salient words and dates, saturating at 0..1.
func (t *wordTable) salience(ws []int32) float64 {
	hits := 0
	for _, w := range ws {
		if t.flags[w]&isSalient != 0 {
			hits++
		}
	}
	return min(1, float64(hits)/4)
}

// stemPrefix matches a lexicon entry that starts the word (the lexicon
// holds Porter-like stems).
func stemPrefix(w string) string {
	for n := min(len(w), 9); n >= 3; n-- {
		if salient[w[:n]] {
			return w[:n]
		}
	}
	return ""
}

var dateWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "yesterday": true, "today": true,
}

// isDateWord: a weekday, a month or a year such as 2013.
func isDateWord(w string) bool {
	if dateWords[w] {
		return true
	}
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		strings.Trim(w, "0123456789") == ""
}
