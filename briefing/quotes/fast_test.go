package quotes

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestStopFinder: stopFinder stops where a byte-by-byte scan for the
// three bytes stops, asked at offsets that only grow.
func TestStopFinder(t *testing.T) {
	alphabet := []string{"a", "b", " ", ".", "\n", `"`, "'", "“", "’", "é", "Z", "\xe2"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := r.IntN(40); k > 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := b.String()
		for _, q := range []byte{'"', '\''} {
			f := stopFinder{text: text, bytes: [3]byte{'\n', q, 0xE2}, next: [3]int{-1, -1, -1}}
			for i := 0; i <= len(text); i += r.IntN(3) {
				want := i
				for want < len(text) && text[want] != '\n' && text[want] != q && text[want] != 0xE2 {
					want++
				}
				if got := f.from(i); got != want {
					t.Fatalf("from(%d) in %q = %d, want %d", i, text, got, want)
				}
				if i == len(text) {
					break
				}
			}
		}
	}
}

// TestClassOf: the class table gives each listed word its lists, and
// other words none.
func TestClassOf(t *testing.T) {
	want := buildClasses()
	for w, c := range want {
		if got := classOf(w); got != c {
			t.Errorf("classOf(%q) = %b, want %b", w, got, c)
		}
	}
	for _, w := range []string{"", "x", "zzz", "saidx", "Said", "government's", "nato-led", "thé"} {
		if got := classOf(w); got != want[w] {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want[w])
		}
	}
	// Each class bit stands for its own list, and for no word outside it
	// (a pairing swapped in buildClasses would pass the loop above).
	for _, l := range []struct {
		name string
		c    class
		list map[string]bool
	}{
		{"cues", cCue, cues}, {"addressCues", cAddressCue, addressCues}, {"betweenWords", cBetween, betweenWords},
		{"pronouns", cPronoun, pronouns}, {"determiners", cDeterminer, determiners}, {"joiners", cJoiner, joiners},
		{"honorifics", cHonorific, honorifics}, {"titleWords", cTitle, titleWords}, {"roleNouns", cRoleNoun, roleNouns},
		{"documents", cDocument, documents}, {"orgWords", cOrg, orgWords}, {"nonNames", cNonName, nonNames},
		{"placeWords", cPlace, placeWords}, {"passiveWords", cPassive, passiveWords}, {"articles", cArticle, articles},
		{"clauseWords", cClause, clauseWords}, {"introWords", cIntro, introWords}, {"prepositions", cPreposition, prepositions},
		{"objectWords", cObject, objectWords}, {"listenerPreps", cListenerPrep, listenerPreps}, {"titleJoiners", cTitleJoiner, titleJoiners},
	} {
		for w := range want {
			if got := classOf(w)&l.c != 0; got != l.list[w] {
				t.Errorf("classOf(%q) has the %s bit: %v, in %s: %v", w, l.name, got, l.name, l.list[w])
			}
		}
	}
}

// TestTrimLow: trimLow removes a possessive ending as the strings
// functions do.
func TestTrimLow(t *testing.T) {
	slow := func(s string) string {
		s = strings.TrimSuffix(s, "'s")
		s = strings.TrimSuffix(s, "’s")
		return strings.TrimRight(s, "'’")
	}
	for _, w := range []string{"", "s", "'", "’", "nato's", "states'", "jones’s", "its", "boss''", "x’’", "a's's", "’s"} {
		if got := trimLow(w); got != slow(w) {
			t.Errorf("trimLow(%q) = %q, want %q", w, got, slow(w))
		}
	}
}

// countWords, the reference for hasWords, counts words as the evaluation
// does, rune by rune: runs of letters, digits, underscores, apostrophes
// (' and ’) and hyphens.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' || r < utf8.RuneSelf && strings.ContainsRune("_'-", r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// TestHasWords: hasWords agrees with counting every word.
func TestHasWords(t *testing.T) {
	alphabet := []string{"a", "B", " ", ".", "-", "'", "’", "é", "_", "9", "\n", "—", "\xff"}
	r := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.IntN(30); k > 0; k-- {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		for want := 0; want <= 6; want++ {
			if got := hasWords(s, want); got != (countWords(s) >= want) {
				t.Fatalf("hasWords(%q, %d) = %v, countWords = %d", s, want, got, countWords(s))
			}
		}
	}
}

// TestIsTitle: isTitle agrees with its first, plain form (words cut by
// strings.FieldsSeq and trimmed by unicode classes).
func TestIsTitle(t *testing.T) {
	slow := func(q string) bool {
		if strings.Contains(q, ". ") || strings.Contains(q, "? ") {
			return false
		}
		caps, n := 0, 0
		for w := range strings.FieldsSeq(q) {
			if n++; n > 10 {
				return false
			}
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsUpper(r) || unicode.IsDigit(r):
				caps++
			case !titleJoiners[strings.ToLower(w)]:
				return false
			}
		}
		return caps >= 2
	}
	for _, q := range []string{"The Steve Harvey Morning Show", "The Donald. Big Daddy.", "Is It? Yes It Is",
		"we will go", "A Tale of Two Cities", "One Two Three Four Five Six Seven Eight Nine Ten Eleven", "",
		"“The Art of the Deal”", "Über Alles Now", "\"Fox & Friends\"", "1984 and Animal Farm", "War and peace"} {
		if got := isTitle(q); got != slow(q) {
			t.Errorf("isTitle(%q) = %v, want %v", q, got, slow(q))
		}
	}
}

// TestLowerNotKept: no quote Extract returns holds a string of the pooled
// buffer the tokenizer lowers text in, which later calls overwrite.
func TestLowerNotKept(t *testing.T) {
	texts := []string{
		`"We Will Defend Every Inch Of It," NATO Secretary General Jens STOLTENBERG Said. "THE ALLIANCE STANDS TOGETHER," He Added.`,
		`According To The Ministry, "OUR UNITS REPELLED FOUR ATTACKS OVERNIGHT." The Official Told Reporters: "WE ARE READY FOR MORE."`,
		`"Nothing has changed in the plan at all," SHE SAID. IT SAID: "The talks are over for the year now."`,
	}
	first := make([][]Quote, len(texts))
	for i, s := range texts {
		first[i] = Extract(s)
	}
	for range 20 {
		for _, s := range texts {
			Extract(strings.Repeat("zzzz ", len(s)/5) + s)
		}
	}
	for i, s := range texts {
		if again := Extract(s); !reflect.DeepEqual(first[i], again) {
			t.Errorf("quotes of %q changed after other calls:\n%+v\nnow\n%+v", s, first[i], again)
		}
	}
}

// TestWordFastPaths: the functions given a fast path for the usual word
// agree with what they were before it.
func TestWordFastPaths(t *testing.T) {
	oldAcronym := func(w string) bool {
		n := 0
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				n++
			}
		}
		return n >= 2
	}
	oldTrim := func(w string) string {
		for _, s := range []string{"'s", "’s", "'", "’"} {
			w = strings.TrimSuffix(w, s)
		}
		return w
	}
	oldPossessive := func(w string) bool {
		return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
			strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
	}
	pieces := []string{"a", "S", "s", "'", "’", "É", "é", "ß", "US", "9", "-", ".", "x", "Mr", "sen", "Gov", "İ", "\xff"}
	r := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(6); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		w := b.String()
		if got, want := isAcronym(w), oldAcronym(w); got != want {
			t.Fatalf("isAcronym(%q) = %v, want %v", w, got, want)
		}
		if got, want := trimPossessive(w), oldTrim(w); got != want {
			t.Fatalf("trimPossessive(%q) = %q, want %q", w, got, want)
		}
		if w != "" {
			tk := token{Text: w}
			if got, want := tk.possessive(), oldPossessive(w); got != want {
				t.Fatalf("possessive(%q) = %v, want %v", w, got, want)
			}
		}
		if got, want := keepsDot(w), refKeepsDot(w); got != want {
			t.Fatalf("keepsDot(%q) = %v, want %v", w, got, want)
		}
		for _, rest := range []string{w, " " + w, "  ," + w, "   "} {
			if got, want := abbrevFollows(rest), refAbbrevFollows(rest); got != want {
				t.Fatalf("abbrevFollows(%q) = %v, want %v", rest, got, want)
			}
		}
		for _, sub := range []string{"", "s", "us", "é", "mr", "x9", w} {
			if got, want := containsLower(w, sub), strings.Contains(strings.ToLower(w), sub); got != want {
				t.Fatalf("containsLower(%q, %q) = %v, want %v", w, sub, got, want)
			}
		}
	}
}

// TestSourceNames: names cut from the chunks hold their words apart,
// also when one is appended to past its room.
func TestSourceNames(t *testing.T) {
	src := &source{}
	var names [][]string
	for n := 0; n < 3000; n++ {
		k := n%7 + 1
		if n%500 == 0 {
			k = 2000 // longer than a chunk (maxChunk)
		}
		s := src.name(k)
		if len(s) != 0 || cap(s) != k {
			t.Fatalf("name(%d): len %d cap %d", k, len(s), cap(s))
		}
		for w := range k {
			s = append(s, fmt.Sprint(n, ".", w))
		}
		if n%3 == 0 {
			s = append(s, "extra")
		}
		names = append(names, s)
	}
	for n, s := range names {
		for w := range len(s) {
			if want := fmt.Sprint(n, ".", w); w < n%7+1 && n%500 != 0 && s[w] != want {
				t.Fatalf("name %d word %d = %q, want %q", n, w, s[w], want)
			}
		}
	}
}

// TestJoinWords: the text itself stands for the joined words only when it
// is what joining gives.
func TestJoinWords(t *testing.T) {
	pieces := []string{"Vice ", "President", " ", "  ", "\n", ",", "-", "Mr.", `"No more of it, ever, now,"`, "x"}
	r := rand.New(rand.NewPCG(15, 16))
	var lb []byte
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		toks := tokenize(text, findSpans(text), nil, nil, &lb)
		src := &source{text: text}
		for i := 0; i < len(toks); i++ {
			for j := i + 1; j <= len(toks); j++ {
				if got, want := src.joinWords(toks, i, j), joinWords(toks, i, j); got != want {
					t.Fatalf("%q: joinWords(%d, %d) = %q, want %q", text, i, j, got, want)
				}
			}
		}
	}
}

// TestDocLower: lower gives strings.ToLower, ASCII or not.
func TestDocLower(t *testing.T) {
	d := &doc{}
	for _, w := range []string{"", "Rasmussen", "NATO", "already", "Éric", "ZÜRICH", "İstanbul", "x\xffY", "O'Neill's"} {
		if got := string(d.lower(w)); got != strings.ToLower(w) {
			t.Errorf("lower(%q) = %q, want %q", w, got, strings.ToLower(w))
		}
	}
}
