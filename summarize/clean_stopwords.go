package summarize

import (
	"strings"
	"unicode/utf8"
)

// stopWords are the commonest function words of English and of the other
// languages news pages come in most often. Prose is dense in them; menus,
// headlines and credits are not (jusText's main signal).
var stopWords = wordSet(
	// English
	`a about above after again against all also am an and any are as at be because been before
	being below between both but by can could did do does doing down during each few for from
	further had has have having he her here hers herself him himself his how i if in into is it
	its itself just me more most my no nor not now of off on once only or other our ours out over
	own same she should so some such than that the their theirs them then there these they this
	those through to too under until up very was we were what when where which while who whom why
	will with would you your yours said says told would been also who its it's he's she's that's
	there's i'm we're they're don't didn't doesn't won't can't isn't wasn't`,
	// Spanish, Portuguese, Italian
	`el la los las un una unos unas de del al y o que en es por para con no se su sus lo como más
	pero le ya fue ha son entre cuando muy sin sobre también me hasta hay donde desde todo nos
	durante este esta o os um uma do da dos das em no na nos nas ao à às pelo pela é foi são com
	não mais mas ele ela seu sua il lo gli le di da in con su per tra fra che è sono non ma anche
	come del della dei delle nel nella`,
	// French, German, Dutch
	`le la les un une des du de et à en est que qui dans pour pas sur au aux ce cette il elle ne se
	par plus avec son sa ses ont été der die das den dem des ein eine einer und oder in im ist sind
	war nicht mit von zu auf für sich auch es er sie wir ich bei aus nach wie het een en van is
	niet op te dat voor met zijn`,
	// Indonesian, Malay
	`yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga atau oleh karena
	sudah bisa ada saya kami mereka kita kamu ia dia bahwa tetapi jika maka saat telah lebih
	sangat hanya harus jangan tidak para pun`,
	// Russian
	`и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
	было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до
	вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы
	это`,
)

// wordSet builds a set of the space-separated words of lists (the
// package's one helper for word lists).
func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// cleanStops holds stopWords in an open-addressing table hashed on the
// bytes (FNV-1a), so an ASCII word is looked up while it is lower-cased, with
// no string built: measure looks up every word of every block.
var cleanStops = func() (tab [cleanStopSlots]string) {
	for w := range stopWords {
		h := cleanHashStart
		for i := 0; i < len(w); i++ {
			h = cleanHash(h, w[i])
		}
		for tab[h&(cleanStopSlots-1)] != "" {
			h++
		}
		tab[h&(cleanStopSlots-1)] = w
	}
	return tab
}()

// cleanStopSlots: a power of two, five times the stop words.
const cleanStopSlots = 1 << 11

const cleanHashStart = uint32(2166136261)

func cleanHash(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// cleanLowerBit: the bit that lower-cases an ASCII letter, 0 for other bytes.
var cleanLowerBit = func() (b [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		b[c] = 'a' - 'A'
	}
	return b
}()

// cleanIsStop is stopWords[strings.ToLower(w)].
func cleanIsStop(w string) bool {
	h := cleanHashStart
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return stopWords[strings.ToLower(w)]
		}
		h = cleanHash(h, c|cleanLowerBit[c])
	}
	return cleanStopHashed(w, h)
}

// cleanStopHashed: the ASCII word w, whose lower-case form hashes to h, is a
// stop word.
func cleanStopHashed(w string, h uint32) bool {
	for ; ; h++ {
		k := cleanStops[h&(cleanStopSlots-1)]
		if k == "" {
			return false
		}
		if len(k) == len(w) && cleanASCIIFold(k, w) {
			return true
		}
	}
}

// cleanASCIIFold: the ASCII string w lower-cased equals the lower-case k.
func cleanASCIIFold(k, w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c|cleanLowerBit[c&0x7f] != k[i] {
			return false
		}
	}
	return true
}
