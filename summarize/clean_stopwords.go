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

// cleanStops holds the ASCII stop words in an open-addressing table, each
// packed into a key: its bytes (lower case) and its length in the top byte.
// An ASCII word is packed while it is read, with no string built: measure
// looks up every word of every block.
var cleanStops = func() (tab [cleanStopSlots]uint64) {
	for w := range stopWords {
		key, ok := cleanPackASCII(w)
		if !ok {
			continue // not ASCII: looked up in stopWords itself
		}
		if len(w) > cleanStopMaxLen {
			panic("stop word too long to pack: " + w)
		}
		h := cleanStopSlot(key)
		for tab[h] != 0 {
			h = (h + 1) & (cleanStopSlots - 1)
		}
		tab[h] = key
	}
	return tab
}()

// cleanStopSlots: a power of two, about three times the ASCII stop words.
const (
	cleanStopBits  = 10
	cleanStopSlots = 1 << cleanStopBits
)

// cleanStopMaxLen: the longest ASCII stop word; its key has room for seven
// bytes and the length.
const cleanStopMaxLen = 7

func cleanStopSlot(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> (64 - cleanStopBits) }

// cleanStopKey: the packed key is a stop word's.
func cleanStopKey(key uint64) bool {
	for h := cleanStopSlot(key); ; h = (h + 1) & (cleanStopSlots - 1) {
		switch cleanStops[h] {
		case key:
			return true
		case 0:
			return false
		}
	}
}

// cleanPackASCII packs the ASCII word w, lower-cased, into a key (false when
// w is not ASCII; the key is only meaningful up to cleanStopMaxLen bytes).
func cleanPackASCII(w string) (uint64, bool) {
	key := uint64(0)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		key = key<<8 | uint64(c|cleanLowerBit[c])
	}
	return key | uint64(len(w))<<56, true
}

// cleanLowerBit: the bit that lower-cases an ASCII letter, 0 for other bytes.
var cleanLowerBit = func() (b [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		b[c] = 'a' - 'A'
	}
	return b
}()

// cleanIsStop is stopWords[strings.ToLower(w)].
func cleanIsStop(w string) bool {
	key, ascii := cleanPackASCII(w)
	if !ascii {
		return stopWords[strings.ToLower(w)]
	}
	return len(w) <= cleanStopMaxLen && cleanStopKey(key)
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
