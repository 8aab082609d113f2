package summarize

// stopword lists English function words (and reporting verbs' commonest
// forms), which carry no topic.
var stopword = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
		"are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
		"but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
		"for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
		"herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
		"itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
		"off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
		"same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
		"them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
		"too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
		"while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
		"s", "t", "n", "ll", "re", "ve", "d", "m", "said", "says", "say", "told", "mr", "mrs", "ms",
		"one", "two", "may", "might", "must", "shall", "upon", "yet", "however", "although", "though",
		"many", "much", "us", "via", "per", "cent", "percent", "according", "like", "get", "got",
		"new", "year", "years", "time", "last", "first", "next", "well", "back", "even", "still",
	} {
		m[w] = true
	}
	return m
}()
