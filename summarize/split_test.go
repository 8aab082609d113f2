package summarize

import (
	"os"
	"strings"
	"testing"
)

// texts returns the sentence texts of Split.
func texts(text string) []string {
	var out []string
	for _, s := range Split(text) {
		out = append(out, s.Text)
	}
	return out
}

func checkSplit(t *testing.T, name, text string, want []string) {
	t.Helper()
	got := texts(text)
	if strings.Join(got, "\n|") != strings.Join(want, "\n|") {
		t.Errorf("%s: Split(%q)\n got: %q\nwant: %q", name, text, got, want)
	}
}

type splitCase struct {
	name string
	text string
	want []string
}

func runCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		checkSplit(t, c.name, c.text, c.want)
	}
}

func TestSplitTitlesAndRanks(t *testing.T) {
	runCases(t, []splitCase{
		{"ranks", "Lt. Gen. Mark Reed and Maj. Gen. Ann Cole briefed Adm. Tom Hale. Col. Sam Ortiz and Sgt. Lee Park stayed behind.",
			[]string{"Lt. Gen. Mark Reed and Maj. Gen. Ann Cole briefed Adm. Tom Hale.", "Col. Sam Ortiz and Sgt. Lee Park stayed behind."}},
		{"politicians", "Sen. Jane Ward and Rep. Carl Diaz met Gov. Ruth Lam. Dr. Omar Hill and Mr. Ian Frost joined later.",
			[]string{"Sen. Jane Ward and Rep. Carl Diaz met Gov. Ruth Lam.", "Dr. Omar Hill and Mr. Ian Frost joined later."}},
		{"title at sentence end", "The board promoted him to Lt. Gen. He starts in May.",
			[]string{"The board promoted him to Lt. Gen.", "He starts in May."}},
		{"all caps title", "GEN. MARK REED ARRIVES IN KYIV", []string{"GEN. MARK REED ARRIVES IN KYIV"}},
		{"more ranks", "Brig. Gen. Ann Cole, Rear Adm. Tom Hale and Staff Sgt. Lee Park met Lt.Gen. Ivan Petrov (Ret.) in Ft. Bragg.",
			[]string{"Brig. Gen. Ann Cole, Rear Adm. Tom Hale and Staff Sgt. Lee Park met Lt.Gen. Ivan Petrov (Ret.) in Ft. Bragg."}},
		{"units", "The 2nd Bn. Marines left. Asst. Secretary Jo Kim stayed.", []string{"The 2nd Bn. Marines left.", "Asst. Secretary Jo Kim stayed."}},
		{"saint and mount", "St. George's Church stands below Mt. Olympus.", []string{"St. George's Church stands below Mt. Olympus."}},
	})
}

func TestSplitCountryAbbreviations(t *testing.T) {
	runCases(t, []splitCase{
		{"U.S. inside", "The U.S. Army and U.K. Royal Navy drilled with U.N. observers.",
			[]string{"The U.S. Army and U.K. Royal Navy drilled with U.N. observers."}},
		{"U.S. at end", "The talks moved to the U.S. The allies agreed.",
			[]string{"The talks moved to the U.S.", "The allies agreed."}},
		{"E.U. at end before pronoun", "Ministers met in the E.U. They left without a deal.",
			[]string{"Ministers met in the E.U.", "They left without a deal."}},
		{"U.K. before lower case", "Exports to the U.K. fell by a third.", []string{"Exports to the U.K. fell by a third."}},
		{"U.N. at text end", "The resolution went to the U.N.", []string{"The resolution went to the U.N."}},
		{"D.C. then starter", "The summit was held in Washington D.C. On Friday the leaders flew home.",
			[]string{"The summit was held in Washington D.C.", "On Friday the leaders flew home."}},
		{"invisible character", "On Monday the \u200bU.S. Office of Foreign Assets Control acted.",
			[]string{"On Monday the \u200bU.S. Office of Foreign Assets Control acted."}},
	})
}

func TestSplitInitialsAndNumbers(t *testing.T) {
	runCases(t, []splitCase{
		{"initials", "J.G. Wentworth settled. John F. Kennedy Airport reopened.",
			[]string{"J.G. Wentworth settled.", "John F. Kennedy Airport reopened."}},
		{"pronoun I", "The plan suited both of us, you and I. Did it work?",
			[]string{"The plan suited both of us, you and I.", "Did it work?"}},
		{"decimals", "Spending rose 1.5 percent to $4.2 billion. Version 2.0.1 shipped.",
			[]string{"Spending rose 1.5 percent to $4.2 billion.", "Version 2.0.1 shipped."}},
		{"No. and p.", "The No. 3 official cited p. 12 of the report.",
			[]string{"The No. 3 official cited p. 12 of the report."}},
		{"year then number", "The base closed in 2019. 2020 brought new plans.",
			[]string{"The base closed in 2019.", "2020 brought new plans."}},
		{"company", "Lockheed Martin Corp. won the bid. Pitt & Co. It was close.",
			[]string{"Lockheed Martin Corp. won the bid.", "Pitt & Co.", "It was close."}},
		{"time", "At 5 a.m. Gen. Reed left. The convoy arrived at 9 p.m. Monday. It was late.",
			[]string{"At 5 a.m. Gen. Reed left.", "The convoy arrived at 9 p.m. Monday.", "It was late."}},
		{"e.g.", "Some allies, e.g. Norway, sent ships.", []string{"Some allies, e.g. Norway, sent ships."}},
		{"no space", "The drill ended.Troops went home.", []string{"The drill ended.", "Troops went home."}},
		{"web and mail", "Write to press.office@example.org. See www.example.gov/news.html for more.",
			[]string{"Write to press.office@example.org.", "See www.example.gov/news.html for more."}},
	})
}

func TestSplitEllipses(t *testing.T) {
	runCases(t, []splitCase{
		{"no space after", "\"We discussed cyber defense...I believe we can do more,\" he said.",
			[]string{"\"We discussed cyber defense...I believe we can do more,\" he said."}},
		{"space and capital", "The talks went slowly... And then they stopped.",
			[]string{"The talks went slowly...", "And then they stopped."}},
		{"lower case", "It was... well, odd.", []string{"It was... well, odd."}},
		{"unicode ellipsis", "They waited… Nothing came.", []string{"They waited…", "Nothing came."}},
		{"spaced omission", "The treaty . . . remains in force.", []string{"The treaty . . . remains in force."}},
		{"bracketed omission", "\"The force [...] was ready\" (Smith 2019).", []string{"\"The force [...] was ready\" (Smith 2019)."}},
	})
}

func TestSplitQuotesAndBrackets(t *testing.T) {
	runCases(t, []splitCase{
		{"quote then pronoun", "He said, \"We are ready.\" She agreed.",
			[]string{"He said, \"We are ready.\"", "She agreed."}},
		{"quote then attribution", "\"We are ready,\" Gen. Reed said. \"We are ready.\" he added.",
			[]string{"\"We are ready,\" Gen. Reed said.", "\"We are ready.\" he added."}},
		{"curly quotes", "“It was a mistake.” Officials denied it.",
			[]string{"“It was a mistake.”", "Officials denied it."}},
		{"quote ends paragraph", "He said the systems were \"so far protected.\"\n\nNext came the vote.",
			[]string{"He said the systems were \"so far protected.\"", "Next came the vote."}},
		{"question in quote", "\"Who pays?\" asked the minister.", []string{"\"Who pays?\" asked the minister."}},
		{"parenthesis inside", "The unit (formed in 2001.) stayed home.", []string{"The unit (formed in 2001.) stayed home."}},
		{"parenthesis after", "It failed. (The cause is unknown.) Talks resume Monday.",
			[]string{"It failed.", "(The cause is unknown.)", "Talks resume Monday."}},
		{"citation", "It was sunk in 1942.[3] The wreck was found later.",
			[]string{"It was sunk in 1942.[3]", "The wreck was found later."}},
		{"exclamation", "Yahoo! in the news. Stop! Go now.", []string{"Yahoo! in the news.", "Stop!", "Go now."}},
		{"double punctuation", "Really?! Yes.", []string{"Really?!", "Yes."}},
	})
}

func TestSplitLists(t *testing.T) {
	runCases(t, []splitCase{
		{"numbered no stop", "1) Secure the port 2) Hold the bridge", []string{"1) Secure the port", "2) Hold the bridge"}},
		{"numbered with stop", "1. Secure the port. 2. Hold the bridge.", []string{"1. Secure the port.", "2. Hold the bridge."}},
		{"letters", "a. Air b. Land c. Sea", []string{"a. Air", "b. Land", "c. Sea"}},
		{"roman", "(i) Air (ii) Land", []string{"(i) Air", "(ii) Land"}},
		{"bullets inline", "• Air power • Sea power", []string{"• Air power", "• Sea power"}},
		{"bullet lines", "Priorities:\n- Air defense\n- Cyber defense\n* Logistics",
			[]string{"Priorities:", "- Air defense", "- Cyber defense", "* Logistics"}},
		{"numbered lines", "Steps\n1. Train crews\n2. Buy spares", []string{"Steps", "1. Train crews", "2. Buy spares"}},
		{"list after sentence", "The plan has parts. a) ships b) jets", []string{"The plan has parts.", "a) ships", "b) jets"}},
		{"list then wrapped prose", "Orders follow. a. hold b. wait c. move on\nThey left at dawn.",
			[]string{"Orders follow.", "a. hold", "b. wait", "c. move on", "They left at dawn."}},
		{"list from the middle", "The rest follows. x) ships y) jets", []string{"The rest follows.", "x) ships", "y) jets"}},
		{"not a list", "Pay for 1. above and for 2. above only.", []string{"Pay for 1. above and for 2. above only."}},
		// A number after an abbreviation that takes one is the number, not an item.
		{"date before a sentence", "Mattis moved the date to Jan. 1. In August, Trump gave orders.",
			[]string{"Mattis moved the date to Jan. 1.", "In August, Trump gave orders."}},
		{"number sign", "The unit ranked No. 1. Officials agreed.", []string{"The unit ranked No. 1.", "Officials agreed."}},
	})
}

func TestSplitHTMLFragments(t *testing.T) {
	runCases(t, []splitCase{
		{"block tags", "<p>9:30 p.m.</p> <p>Troops left at 9 p.m.</p><p>The talks ended.<br>Next came <em>votes</em>. <a href=\"/x\">More</a> follows.",
			[]string{"<p>9:30 p.m.</p>", "<p>Troops left at 9 p.m.</p>", "<p>The talks ended.<br>", "Next came <em>votes</em>.", "<a href=\"/x\">More</a> follows."}},
		{"not tags", "Keep a < b and c > d. Then stop.", []string{"Keep a < b and c > d.", "Then stop."}},
	})
}

func TestSplitHeadlinesAndLines(t *testing.T) {
	runCases(t, []splitCase{
		{"headline and byline", "NATO ministers meet on cyber threats\nBy Jane Doe\nBRUSSELS - Ministers met on Tuesday. They agreed.",
			[]string{"NATO ministers meet on cyber threats", "By Jane Doe", "BRUSSELS - Ministers met on Tuesday.", "They agreed."}},
		{"blank line ends sentence", "The vote was close\n\nthe result stands.", []string{"The vote was close", "the result stands."}},
		{"blank line with spaces", "First part.\n   \t\nSecond part.", []string{"First part.", "Second part."}},
		{"menu lines", "home\nworld news\nsports, weather\n", []string{"home", "world news", "sports, weather"}},
		{"broken sentence", "The ministers agreed\nto meet again in June.", []string{"The ministers agreed\nto meet again in June."}},
		{"line per paragraph", "Talks ended without a deal on Friday.\nBoth sides blamed the other for the collapse.\n",
			[]string{"Talks ended without a deal on Friday.", "Both sides blamed the other for the collapse."}},
		{"CRLF", "Headline here\r\n\r\nBody text. More text.\r\n", []string{"Headline here", "Body text.", "More text."}},
		{"photo credit", "Troops at the border Photo: Reuters.", []string{"Troops at the border", "Photo: Reuters."}},
		{"glued sentence", "Users are logging on at high speed They spend twice as long online.",
			[]string{"Users are logging on at high speed", "They spend twice as long online."}},
		{"glued after a name", "Jane Roe of the Civic Party In the eastern district turnout rose.",
			[]string{"Jane Roe of the Civic Party", "In the eastern district turnout rose."}},
		{"speaker label", "Q    On the nuclear deal, what next?", []string{"Q    On the nuclear deal, what next?"}},
		{"title is no glue", "The award went to a film called On the Waterfront.", []string{"The award went to a film called On the Waterfront."}},
		{"glued dateline", "Thursday, May 7, 2015 On Tuesday the cabinet met.\n\n7 May 2015 The vote. May 7, 2015 was a Thursday.",
			[]string{"Thursday, May 7, 2015", "On Tuesday the cabinet met.", "7 May 2015", "The vote.", "May 7, 2015 was a Thursday."}},
		{"pull quote", "\"We will win. It is a long game.\" Jane Doe, analyst\n\n\"Yes.\" He left.",
			[]string{"\"We will win. It is a long game.\" Jane Doe, analyst", "\"Yes.\"", "He left."}},
		{"pull quote attribution", "\"It is a long game.\" - Jane Doe\n\nNext.", []string{"\"It is a long game.\" - Jane Doe", "Next."}},
	})
}

// wrap hard-wraps text at width columns, greedily, as mail and editors do.
func hardWrap(text string, width int) string {
	var b strings.Builder
	col := 0
	for _, w := range strings.Fields(text) {
		switch {
		case col == 0:
		case col+1+len(w) > width:
			b.WriteByte('\n')
			col = 0
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

const wirePara = `BRUSSELS - NATO defense ministers met on Tuesday to weigh cyber defense as a collective issue. ` +
	`Lt. Gen. Mark Reed told reporters the U.S. Army would send a team to Tallinn. "We will have our first ` +
	`discussion dedicated to cyber defense...I believe we can do more," NATO Secretary General Anna Berg said at ` +
	`her arrival. Rep. Carl Diaz and Sen. Jane Ward, who visited the U.K. last week, said the plan costs $1.5 ` +
	`billion. The alliance approved a revised policy in 2011. It now wants more from members such as J.G. ` +
	`Wentworth Co. and the E.U. "So far we have protected our systems."`

func TestSplitHardWrapped(t *testing.T) {
	want := texts(wirePara)
	if len(want) != 7 {
		t.Fatalf("unwrapped paragraph: %d sentences, want 7: %q", len(want), want)
	}
	for _, width := range []int{60, 66, 72, 76, 80} {
		text := hardWrap(wirePara, width) + "\n\n" + hardWrap(wirePara, width)
		var got []string
		for _, s := range Split(text) {
			got = append(got, strings.Join(strings.Fields(s.Text), " "))
		}
		if strings.Join(got, "|") != strings.Join(append(want, want...), "|") {
			t.Errorf("width %d:\n got: %q\nwant: %q", width, got, want)
		}
	}
}

func TestSplitParagraphsAndOffsets(t *testing.T) {
	text := "Headline\n\n  Café owners met. They agreed — “all of them.”  \n\n\n\nLast one"
	got := Split(text)
	want := []struct {
		text string
		para int
	}{{"Headline", 0}, {"Café owners met.", 1}, {"They agreed — “all of them.”", 1}, {"Last one", 2}}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences: %+v", len(got), got)
	}
	for i, s := range got {
		if s.Index != i || s.Text != want[i].text || s.Paragraph != want[i].para || text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d = %+v, want text %q paragraph %d", i, s, want[i].text, want[i].para)
		}
	}
}

func TestSplitSampleArticle(t *testing.T) {
	b, err := os.ReadFile("../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		t.Skip(err)
	}
	got := texts(string(b))
	has := func(prefix, suffix string) {
		t.Helper()
		for _, s := range got {
			if strings.HasPrefix(s, prefix) && strings.HasSuffix(s, suffix) {
				return
			}
		}
		t.Errorf("no sentence %q ... %q in %q", prefix, suffix, got)
	}
	has(`"We will have our first ministerial discussion dedicated to cyber defense...I believe`, `if they come under attack.`)
	has(`That would show NATO solidarity," NATO Secretary General`, `at his arrival of the two-day meeting.`)
	has(`Rasmussen said earlier this year`, `"so far we have successfully protected our systems."`)
	has(`NATO defense ministers focus on cyber security`, `security`)
}

func TestSplitEmpty(t *testing.T) {
	for _, text := range []string{"", " ", "\n\n\n", " \t\r\n "} {
		if got := Split(text); len(got) != 0 {
			t.Errorf("Split(%q) = %+v, want none", text, got)
		}
	}
}

// TestSplitTokenisedLowerCase: lower-cased, tokenised text (one sentence a
// line, stops set off by spaces) splits at every stop although no capital
// follows it.
func TestSplitTokenisedLowerCase(t *testing.T) {
	text := "nato defence ministers met in brussels on tuesday .\nthey agreed to boost cyber defence .\nwas it enough ? few said so .\n"
	want := []string{"nato defence ministers met in brussels on tuesday .", "they agreed to boost cyber defence .", "was it enough ?", "few said so ."}
	var got []string
	for _, s := range Split(text) {
		got = append(got, s.Text)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Split = %q, want %q", got, want)
	}
}
