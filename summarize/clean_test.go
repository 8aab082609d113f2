package summarize

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkPieces asserts the offset contract: pieces in order, in range, and
// every mapped body byte equal to its input byte (a line break may have
// become a space).
func checkPieces(t testing.TB, input string, a Article) {
	t.Helper()
	if !utf8.ValidString(a.Body) && utf8.ValidString(input) {
		t.Fatalf("body is not valid UTF-8")
	}
	prevBody, prevIn := 0, 0
	for _, p := range a.Pieces {
		if p.Len <= 0 || p.Body < prevBody || p.Input < prevIn || p.Body+p.Len > len(a.Body) || p.Input+p.Len > len(input) {
			t.Fatalf("bad piece %+v (body %d, input %d bytes)", p, len(a.Body), len(input))
		}
		for k := 0; k < p.Len; k++ {
			b, in := a.Body[p.Body+k], input[p.Input+k]
			if b != in && !(b == ' ' && isASCIISpace(in)) {
				t.Fatalf("piece %+v: body byte %q != input byte %q at %d", p, b, in, k)
			}
		}
		prevBody, prevIn = p.Body+p.Len, p.Input+p.Len
	}
}

func TestCleanSample(t *testing.T) {
	data, err := os.ReadFile("../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		t.Fatal(err)
	}
	text, _, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	a := Clean(text)
	checkPieces(t, text, a)
	want := Article{Title: "NATO defense ministers focus on cyber security", Outlet: "China Daily",
		Agency: "Xinhua", Published: "2013-06-04T19:15", Dateline: "BRUSSELS"}
	got := Article{Title: a.Title, Outlet: a.Outlet, Agency: a.Agency, Published: a.Published, Dateline: a.Dateline}
	if got.Title != want.Title || got.Outlet != want.Outlet || got.Agency != want.Agency ||
		got.Published != want.Published || got.Dateline != want.Dateline {
		t.Errorf("metadata = %+v, want %+v", got, want)
	}
	if !strings.HasPrefix(a.Body, "NATO defense ministers convened on Tuesday") {
		t.Errorf("body starts %q", a.Body[:min(60, len(a.Body))])
	}
	for _, bad := range []string{"left corner", "China Daily Website", "Group a building block", "Durban"} {
		if strings.Contains(a.Body, bad) {
			t.Errorf("body contains %q", bad)
		}
	}
	if off := a.InputOffset(0); !strings.HasPrefix(text[off:], "NATO defense ministers convened") {
		t.Errorf("InputOffset(0) = %d, at %q", off, text[off:off+20])
	}
}

// para is a paragraph of article prose for building test pages.
const (
	para1 = "Defense ministers from the alliance met on Thursday to discuss how they would share the cost of new air defense systems, officials said after the talks ended."
	para2 = "The ministers agreed that each country would pay for its own radars, but they did not settle who would fund the joint command center that the plan requires."
	para3 = "\"We have made progress, but there is still work to do before the summit in July,\" the secretary general told reporters at the end of the two-day meeting."
	para4 = "Several members have said they want the question of funding to be settled before any new missions are approved by the council later this year."
)

func article(ps ...string) string { return strings.Join(ps, "\n\n") }

// TestCleanFurniture: each class of page furniture seen on pasted pages is
// left out of the body, and the article paragraphs are kept.
func TestCleanFurniture(t *testing.T) {
	body := article(para1, para2, para3, para4)
	tests := []struct {
		name, page string
		absent     []string
	}{
		{"menus", "Home\nWorld\nBusiness\nPolitics\nSport\nVideo\nSubscribe Sign In\n\n" + body + "\n\nAbout Us\nContact\nCareers\nAdvertise\nSite Map",
			[]string{"Home", "Careers", "Subscribe"}},
		{"cookie notice", "We use cookies to improve your experience. By continuing you accept our cookie policy.\nAccept\n\n" + body,
			[]string{"cookie", "Accept"}},
		{"advertisement and share bar", article(para1, "Advertisement", para2, "Share this article", "Facebook", "Twitter", para3, para4),
			[]string{"Advertisement", "Share", "Facebook"}},
		{"photo credits", article(para1, "Soldiers stand guard outside the ministry on Thursday. Photo: John Smith/Reuters", para2, "Credit... Jane Doe/The Daily Planet", para3, para4),
			[]string{"Photo:", "Credit", "Soldiers stand guard"}},
		{"bracketed credit", article(para1, "Troops train near the border in March [Ivan Petrov/AFP]", para2, para3, para4),
			[]string{"Troops train"}},
		{"related teasers", article(para1, para2, para3, para4, "Related Stories", "Navy tests new drone over the Pacific", "Army orders more trucks for its units", "Budget talks stall in Congress again"),
			[]string{"Navy tests", "Budget talks"}},
		{"comments", article(para1, para2, para3, para4, "12 Comments",
			"jsmith\n2 days ago\nI think the ministers should have agreed on the funding much sooner, because the threat has been obvious for years and nothing has been done about it.",
			"Reply"),
			[]string{"jsmith", "I think the ministers", "Reply"}},
		{"footer", body + "\n\n© 2024 Example Media Group. All rights reserved.\nPrivacy Policy\nTerms of Use\nCookie Settings",
			[]string{"©", "Privacy", "Terms"}},
		{"summary box above the dateline", "Key Points\n\nThe alliance has agreed on a new funding formula for air defense, officials said on Thursday after long talks.\n\nMembers will pay for their own radars, while the command center question remains open for now.\n\nLONDON — " + body,
			[]string{"Key Points", "funding formula", "remains open"}},
		{"tag cloud", "Afghanistan Army Budget China Congress Cyber Defense Drones Europe Iran Israel Japan Korea Missiles Navy NATO Nuclear Pentagon Russia Satellites Space Syria Taiwan Ukraine Veterans Weapons Yemen Zelensky Air Force Marines Coast Guard\n\n" + body,
			[]string{"Afghanistan Army"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(tt.page)
			checkPieces(t, tt.page, a)
			for _, p := range []string{para1, para2, para3, para4} {
				if !strings.Contains(a.Body, p) {
					t.Errorf("body lost %q\nbody:\n%s", p[:40], a.Body)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(a.Body, s) {
					t.Errorf("body keeps %q\nbody:\n%s", s, a.Body)
				}
			}
		})
	}
}

func TestCleanMetadata(t *testing.T) {
	tests := []struct {
		name, head, first string
		want              Article
	}{
		{"reuters dateline", "Allies agree on air defense funding - Reuters\n\nAllies agree on air defense funding\n\nBy Jane Doe\n\nNovember 18, 2019 11:03 PM\n", "WASHINGTON (Reuters) - ",
			Article{Title: "Allies agree on air defense funding", Outlet: "Reuters", Agency: "Reuters", Byline: "Jane Doe", Published: "2019-11-18T23:03", Dateline: "WASHINGTON"}},
		{"ap dash", "Allies agree on air defense funding | Daily Planet\n\nAllies agree on air defense funding\n\nPublished 3 hours ago\n", "KYIV, Ukraine (AP) — ",
			Article{Title: "Allies agree on air defense funding", Outlet: "Daily Planet", Agency: "AP", Dateline: "KYIV, Ukraine"}},
		{"xinhua line", "Herald Online\n\nAllies agree on air defense funding\n\nUpdated: 2013-06-04 19:15\n( Xinhua)\n", "BRUSSELS - ",
			Article{Title: "Allies agree on air defense funding", Outlet: "Herald", Agency: "Xinhua", Published: "2013-06-04T19:15", Dateline: "BRUSSELS"}},
		{"markdown heading", "# Allies agree on air defense funding\n\n*By* **Jane Doe**, 27 Feb 2026\n", "",
			Article{Title: "Allies agree on air defense funding", Published: "2026-02-27"}},
		{"nothing printed", "", "",
			Article{}},
		{"agency without place", "", "(Reuters) - ",
			Article{Agency: "Reuters"}},
		{"place and day", "", "WASHINGTON, Feb 26 (Reuters) – ",
			Article{Agency: "Reuters", Dateline: "WASHINGTON"}},
		{"dated dateline", "Carrier group sails south\n\n", "SOUTH CHINA SEA (July 13, 2022) ",
			Article{Title: "Carrier group sails south", Published: "2022-07-13", Dateline: "SOUTH CHINA SEA"}},
		{"dashed date", "", "REDSTONE ARSENAL, Ala. — April 10, 2026 — ",
			Article{Published: "2026-04-10", Dateline: "REDSTONE ARSENAL, Ala."}},
		{"title line at the end", "Menu\nNews\nAllies agree on air defense funding\nJane Doe\n", "",
			Article{Title: "Allies agree on air defense funding", Outlet: "The Daily Planet"}},
		{"transcript time is no title", "11:26 A.M. CST\n\n", "",
			Article{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := tt.head + "\n" + article(tt.first+para1, para2, para3, para4)
			if strings.Contains(tt.name, "at the end") {
				page += "\n\nAbout\nAllies agree on air defense funding - The Daily Planet\n"
			}
			a := Clean(page)
			checkPieces(t, page, a)
			got := Article{Title: a.Title, Outlet: a.Outlet, Agency: a.Agency, Byline: a.Byline, Published: a.Published, Dateline: a.Dateline}
			if got.Title != tt.want.Title || got.Outlet != tt.want.Outlet || got.Agency != tt.want.Agency ||
				got.Byline != tt.want.Byline || got.Published != tt.want.Published || got.Dateline != tt.want.Dateline {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if !strings.HasPrefix(a.Body, para1[:30]) {
				t.Errorf("body starts %q", a.Body[:min(50, len(a.Body))])
			}
		})
	}
}

func TestCleanMarkdown(t *testing.T) {
	page := "# Allies agree\n\nDefense ministers from the [alliance](https://example.org/nato) met on **Thursday** to discuss how they would share the cost of new air defense systems, officials said.\n\n![A radar](https://example.org/radar.jpg)\n\n" +
		"The ministers agreed that each country would pay for its own radars, but they did not settle who would fund the joint command center that the plan requires.\n"
	a := Clean(page)
	checkPieces(t, page, a)
	want := "Defense ministers from the alliance met on Thursday to discuss how they would share the cost of new air defense systems, officials said.\n\nThe ministers agreed"
	if !strings.HasPrefix(a.Body, want) {
		t.Errorf("body:\n%s\nwant prefix:\n%s", a.Body, want)
	}
	if a.Title != "Allies agree" {
		t.Errorf("title %q", a.Title)
	}
	if strings.Contains(a.Body, "radar.jpg") || strings.Contains(a.Body, "A radar") {
		t.Errorf("image kept: %s", a.Body)
	}
}

func TestCleanReflow(t *testing.T) {
	var b strings.Builder
	for _, p := range []string{para1 + " " + para2, para3 + " " + para4, para2 + " " + para1} {
		b.WriteString(wrap(p, 72))
		b.WriteString("\n\n")
	}
	page := b.String()
	a := Clean(page)
	checkPieces(t, page, a)
	paras := strings.Split(a.Body, "\n\n")
	if len(paras) != 3 || paras[0] != para1+" "+para2 {
		t.Errorf("reflowed into %d paragraphs:\n%s", len(paras), a.Body)
	}
	if len(a.Pieces) != 3 {
		t.Errorf("%d pieces, want one per paragraph", len(a.Pieces))
	}
}

func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

func TestCleanWindows1252(t *testing.T) {
	raw := []byte("Allies agree\n\n" + article(para1, para2, para3, para4) + "\n\nThe minister\x92s aides said the caf\xe9 talks went well, and they expect a deal before the summit in July.")
	text, warnings, err := Decode(raw)
	if err != nil || len(warnings) == 0 {
		t.Fatalf("Decode: %v %v", warnings, err)
	}
	a := Clean(text)
	checkPieces(t, text, a)
	if !strings.Contains(a.Body, "minister’s") || !strings.Contains(a.Body, "café") {
		t.Errorf("body lost the decoded text:\n%s", a.Body)
	}
}

func TestCleanHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Allies agree - Daily Planet</title>
<meta property="article:published_time" content="2019-11-20T06:39:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Allies agree</h1>
<p>` + para1 + `</p><p>` + para2 + `</p><p>Officials &amp; diplomats said ` + para3 + `</p><p>` + para4 + `</p></article>
<footer>© 2019 Daily Planet. <a href="/privacy">Privacy</a></footer></body></html>`
	a := Clean(page)
	checkPieces(t, page, a)
	for _, p := range []string{para1, para2, para4, "Officials & diplomats said"} {
		if !strings.Contains(a.Body, p) {
			t.Errorf("body lost %q:\n%s", p[:20], a.Body)
		}
	}
	if strings.Contains(a.Body, "Privacy") || strings.Contains(a.Body, "Sport") {
		t.Errorf("body keeps furniture:\n%s", a.Body)
	}
	if i := strings.Index(a.Body, para2); a.InputOffset(i) != strings.Index(page, para2) {
		t.Errorf("paragraph 2 maps to %d, want %d", a.InputOffset(i), strings.Index(page, para2))
	}
	if a.Published != "2019-11-20T06:39" {
		t.Errorf("published %q", a.Published)
	}
}

func TestCleanShortNote(t *testing.T) {
	for _, in := range []string{"NATO met. It agreed.", "Estonia asked NATO for help. The alliance agreed.\n", "x"} {
		a := Clean(in)
		checkPieces(t, in, a)
		if strings.TrimSpace(a.Body) == "" {
			t.Errorf("Clean(%q) has no body", in)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("Title\n\nBRUSSELS - " + para1 + "\n\n" + para2)
	f.Add("# Head\n\n[link](http://x) ![img](y) **b** `c` <br> text\n* item\n---\n")
	f.Add("<html><body><p>" + para1 + "</p></body></html>")
	f.Add("Updated: 2013-06-04 19:15\n( Xinhua)\nBy Jane Doe\n\u00a0\n" + para3)
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		a := Clean(in)
		checkPieces(t, in, a)
		for _, off := range []int{0, len(a.Body) / 2, len(a.Body)} {
			if o := a.InputOffset(off); o < 0 || o > len(in) {
				t.Fatalf("InputOffset(%d) = %d out of range", off, o)
			}
		}
	})
}

func BenchmarkCleanSample(b *testing.B) {
	data, err := os.ReadFile("../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Clean(text)
	}
}

// BenchmarkCleanLargePage: a 1 MB page of menus, teasers and prose.
func BenchmarkCleanLargePage(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("Home\nWorld\nPolitics\nSubscribe\n\nNavy tests new drone over the Pacific\n\n")
		sb.WriteString(article(para1, para2, "Advertisement", para3, para4))
		sb.WriteString("\n\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Clean(text)
	}
}

// TestCleanPathological: inputs that would be slow for a careless parser
// (long runs of brackets, unfindable HTML text, many lines) still clean,
// with valid offsets. BenchmarkCleanLargePage measures the speed.
func TestCleanPathological(t *testing.T) {
	for name, in := range map[string]string{
		"brackets": strings.Repeat("[", 50000),
		"links":    strings.Repeat("[a](", 20000),
		"tags":     strings.Repeat("<a", 20000),
		"entities": "<html><body>" + strings.Repeat("<p>a &amp; b&rsquo;s</p>", 5000) + "</body></html>",
		"lines":    strings.Repeat("Home\n", 20000),
		"one line": strings.Repeat("The minister said that the plan would work, and the allies agreed. ", 2000),
		"dates":    strings.Repeat("November 18, 2019 11:03 PM\n", 5000),
	} {
		t.Run(name, func(t *testing.T) {
			checkPieces(t, in, Clean(in))
		})
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html><body><p>x</p></body></html>", true},
		{"<br><div id=\"a\"><p>One.</p> <p>Two.</p></div>", true},
		{"# Title\n\nA line<br>another <span>word</span><br> and more<br>text<br>.", false},
		{para1, false},
	}
	for _, tt := range tests {
		if got := looksHTML(tt.in); got != tt.want {
			t.Errorf("looksHTML(%.30q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestCleanKeepsLede: a one-sentence lede paragraph between the headline and
// the body is the article's first paragraph, not a standfirst to drop, even
// when a furniture word hides inside one of its words ("oversubscribed").
func TestCleanKeepsLede(t *testing.T) {
	body := "Over 85% of the bids were at the higher end of the price range, and the airline sold a fifth of its equity in a bid to raise up to $443m. " +
		"The price at which its shares will begin trading will be agreed over the weekend, bankers said, and trading is expected to start next week in Mumbai."
	for _, lede := range []string{
		"Indian airline Jet Airways' initial public offering was oversubscribed 16.2 times, bankers said on Friday.",
		"Indonesian, Indian and Hong Kong stock markets reached record highs after the quake, traders in Jakarta said.",
	} {
		page := "Huge rush for airline shares\n\n" + lede + "\n\n" + body + "\n\n" + body + "\n"
		a := Clean(page)
		if !strings.HasPrefix(a.Body, lede) {
			t.Errorf("body starts %.60q, want the lede %.60q", a.Body, lede)
		}
	}
}

func TestHasAnyAtWordStart(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"subscribe to our newsletter", true},
		{"subscribers only", true},
		{"the offer was oversubscribed", false},
		{"no match here", false},
	}
	for _, tt := range tests {
		if got := hasAny(tt.s, []string{"subscribe"}); got != tt.want {
			t.Errorf("hasAny(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// BenchmarkDecodeSample: the checks and conversion every input goes through.
func BenchmarkDecodeSample(b *testing.B) {
	data, err := os.ReadFile("../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Decode(data)
	}
}

// BenchmarkCleanHTML: a news page in HTML, which goes to the extractor.
func BenchmarkCleanHTML(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<!DOCTYPE html><html><head><title>Allies agree on air defense - Daily Planet</title>
<meta property="article:published_time" content="2019-11-20T06:39:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Allies agree on air defense</h1><p class="byline">By Jane Doe</p>`)
	for i := 0; i < 4; i++ {
		for _, p := range []string{para1, para2, para3, para4} {
			sb.WriteString("<p>" + p + "</p>\n")
		}
		sb.WriteString(`<figure><img src="x.jpg"><figcaption>Ministers arrive. Photo: Agency</figcaption></figure>`)
	}
	sb.WriteString(`</article><aside><h2>Most read</h2><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Markets fall</a></li></ul></aside>
<footer>© 2019 Daily Planet. <a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a></footer></body></html>`)
	page := sb.String()
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		Clean(page)
	}
}

// TestCleanHTMLKeepsUTF8: a UTF-8 page with a single curly apostrophe is
// read as UTF-8 (a charset detector once took it for Windows-1252 and
// garbled the apostrophe).
func TestCleanHTMLKeepsUTF8(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Allies agree - Daily Planet</title></head><body><article><h1>Allies agree</h1>
<p>` + para1 + `</p><p>` + para2 + `</p><p>The minister’s plan, officials said, would work. ` + para3 + `</p><p>` + para4 + `</p></article></body></html>`
	a := Clean(page)
	checkPieces(t, page, a)
	if !strings.Contains(a.Body, "The minister’s plan") {
		t.Errorf("body lost the apostrophe:\n%s", a.Body)
	}
}
