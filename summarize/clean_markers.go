package summarize

// Section headings that open what follows an article: comments, related
// stories, tag lists, share bars. In HTML they sit in their own elements; in
// text they are short lines with telling words.

type marker int

const (
	noMarker marker = iota
	sectionMarker
	commentsMarker
)

// markerOf tells whether a short block heads a section of page furniture.
func markerOf(t string, f blockFeatures) marker {
	if f.units() > 8 || f.units() == 0 {
		return noMarker
	}
	want := cleanCueComment
	if f.units() <= 6 {
		want |= cleanCueSection
	}
	found := cleanCues(t, want)
	if found&cleanCueComment != 0 {
		return commentsMarker
	}
	if found&cleanCueSection != 0 {
		return sectionMarker
	}
	return noMarker
}

var commentWords = []string{
	"comment", "responses", "replies", "leave a reply", "join the discussion", "discussion",
	"comentário", "comentario", "commenti", "kommentar", "commentaire", "komentar", "tanggapan",
	"комментари", "reacties",
}

var sectionWords = []string{
	"related", "more in ", "more from", "more on ", "more on:", "more stories", "more news", "recommended",
	"you may also like", "you might also like", "you may like", "read more", "read next",
	"most popular", "most read", "most viewed", "trending", "tags", "tag:", "filed under",
	"share this", "about the author", "newsletter", "sign up", "top stories", "editors' picks",
	"editor's picks", "what to read next", "around the web", "from the web", "sponsored",
	"promoted", "latest news", "latest stories", "popular", "further reading", "see also",
	"leia também", "leia mais", "veja também", "lee también", "lire aussi", "baca juga",
	"artikel terkait", "terkait", "mehr zum thema", "ähnliche", "читайте также",
}
