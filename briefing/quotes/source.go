package quotes

// source is the text that speaker phrases are read from, with the memory
// their names' words are cut from: a phrase's name is a few words, and
// thousands of them each made on their own cost as much as the rest of the
// phrase reading.
type source struct {
	text  string
	names []string // free room for names; a name holds on to its chunk
}

// maxChunk is the most words a chunk of names holds.
const maxChunk = 256

// name returns an empty slice with room for n words, cut from the chunk.
// Its capacity is n: appending more moves it, never into another name.
func (src *source) name(n int) []string {
	if cap(src.names)-len(src.names) < n {
		size := min(max(2*cap(src.names), 16), maxChunk)
		if size < n {
			return make([]string, 0, n)
		}
		src.names = make([]string, 0, size)
	}
	k := len(src.names)
	src.names = src.names[:k+n]
	return src.names[k : k : k+n]
}
