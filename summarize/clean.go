package summarize

// Clean finds the article in pasted page text.
// Placeholder: takes the whole input as the body.
func Clean(input string) Article {
	return RawArticle(input)
}
