package quotes

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

type want struct{ text, speaker, role, cue string }

func TestExtractPatterns(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"quote then name said",
			`"We will defend every inch of allied territory," Jens Stoltenberg said on Monday.`,
			[]want{{"We will defend every inch of allied territory,", "Jens Stoltenberg", "", "said"}}},
		{"quote then said name",
			`“The budget is not enough for what we are asked to do,” said Admiral Mary Collins.`,
			[]want{{"The budget is not enough for what we are asked to do,", "Mary Collins", "Admiral", "said"}}},
		{"name said comma quote",
			`Defence Minister Pablo Ruiz said, "Our troops will stay until the job is done."`,
			[]want{{"Our troops will stay until the job is done.", "Pablo Ruiz", "Defence Minister", "said"}}},
		{"name said colon quote",
			`The general said: "There is no military solution to this conflict at all."`,
			[]want{{"There is no military solution to this conflict at all.", "the general", "", "said"}}},
		{"according to",
			`According to Maria Lopez, "the talks have stalled over the question of inspections."`,
			[]want{{"the talks have stalled over the question of inspections.", "Maria Lopez", "", "according to"}}},
		{"told reporters",
			`"We expect a decision by the end of the month," Lopez told reporters.`,
			[]want{{"We expect a decision by the end of the month,", "Lopez", "", "told"}}},
		{"wrote in an article",
			`Senator Jane Hall wrote in an article for the Herald: "We cannot afford another decade of neglect."`,
			[]want{{"We cannot afford another decade of neglect.", "Jane Hall", "Senator", "wrote"}}},
		// A contraction of a pronoun is never a name, even in the place
		// after a quote where a one-word surname may stand ("...," From said).
		{"contraction is no speaker",
			`"The plan is ready for a vote in the assembly," I’d said.`,
			[]want{{"The plan is ready for a vote in the assembly,", "", "", ""}}},
		{"one-word surname after a quote",
			`"The plan is ready for a vote in the assembly," From said.`,
			[]want{{"The plan is ready for a vote in the assembly,", "From", "", ""}}},
		// Names with "of" and "for": an organisation, or a person of one.
		{"organisation across of",
			`The Ministry of Defence of Ukraine said, "Our forces repelled twelve attacks near the city."`,
			[]want{{"Our forces repelled twelve attacks near the city.", "Ministry of Defence of Ukraine", "", "said"}}},
		{"organisation across for the",
			`The U.S. Court of Appeals for the Ninth Circuit said, "The order cannot stand as written."`,
			[]want{{"The order cannot stand as written.", "U.S. Court of Appeals for the Ninth Circuit", "", "said"}}},
		{"person of the body",
			`Lloyd Austin of the Pentagon said, "We will keep supplying air defence to our partners."`,
			[]want{{"We will keep supplying air defence to our partners.", "Lloyd Austin", "", "said"}}},
		{"person of a long body",
			`Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem said, "We have suffered the same fate."`,
			[]want{{"We have suffered the same fate.", "Aris Shirvanian", "Archbishop", "said"}}},
		{"office and name of a place",
			`Senate Minority Whip Richard J. Durbin of Illinois said, "The inquiry must go ahead without delay."`,
			[]want{{"The inquiry must go ahead without delay.", "Richard J. Durbin", "Senate Minority Whip", "said"}}},
		{"office of a place then a name",
			`Secretary of State Antony Blinken said, "The alliance has never been more united than now."`,
			[]want{{"The alliance has never been more united than now.", "Antony Blinken", "Secretary of State", "said"}}},
		{"apposition role",
			`"Deterrence works only if it is credible," Stoltenberg, the alliance's secretary general, said.`,
			[]want{{"Deterrence works only if it is credible,", "Stoltenberg", "alliance's secretary general", "said"}}},
		{"pronoun resolves to the last speaker",
			"Foreign Minister Anna Berg arrived in Kyiv on Tuesday.\n\n" +
				`"We stand with our partners for as long as it takes," she said.`,
			[]want{{"We stand with our partners for as long as it takes,", "Anna Berg", "Foreign Minister", "said"}}},
		{"short name resolves to the fullest form",
			"Prime Minister Kwame Mensah Owusu opened the summit.\n\n" +
				`"Our region needs more trade and fewer walls," Owusu said.`,
			[]want{{"Our region needs more trade and fewer walls,", "Kwame Mensah Owusu", "Prime Minister", "said"}}},
		{"organisation speaks",
			`"The strike hit only military targets," the Defense Ministry said in a statement.`,
			[]want{{"The strike hit only military targets,", "Defense Ministry", "", "said"}}},
		{"description resolves to a role",
			"A senior defense official briefed reporters.\n\n" +
				`"The drones were launched from the coast," the official said.`,
			[]want{{"The drones were launched from the coast,", "the official", "", "said"}}},
		{"description resolves to an organisation",
			"Russia's Defence Ministry reported heavy fighting near Kupiansk.\n\n" +
				`"Our units repelled four attacks overnight," the ministry said.`,
			[]want{{"Our units repelled four attacks overnight,", "Russia's Defence Ministry", "", "said"}}},
		{"partial quote in reported speech",
			`Berg said the sanctions had "already cut the flow of money to the regime."`,
			[]want{{"already cut the flow of money to the regime.", "Berg", "", "said"}}},
		{"split quote",
			`"We are ready," the minister said. "We have been ready for a long time now."`,
			[]want{{"We have been ready for a long time now.", "the minister", "", "said"}}},
		{"quote over two paragraphs",
			"\"The first phase is complete and the second will begin in spring,\" said Colonel Ian Ross.\n\n" +
				"\"We will need more engineers than we have today.\n\n" +
				"\"And we will need them soon, before the ground thaws.\"",
			[]want{
				{"The first phase is complete and the second will begin in spring,", "Ian Ross", "Colonel", "said"},
				{"We will need more engineers than we have today.\n\n\"And we will need them soon, before the ground thaws.", "Ian Ross", "Colonel", "said"},
			}},
		{"hard-wrapped lines",
			"The navy moved two frigates and a supply ship to the port of\n" +
				"Varna on Sunday, ahead of the exercise. \"The ships will sail in\n" +
				"convoy through the strait next week,\" Rear Admiral Tomas\n" +
				"Novak said at the harbour.",
			[]want{{"The ships will sail in\nconvoy through the strait next week,", "Tomas Novak", "Rear Admiral", "said"}}},
		{"british single quotes",
			`‘We have no plans to send ground troops,’ the Prime Minister said.`,
			[]want{{"We have no plans to send ground troops,", "Prime Minister", "", "said"}}},
		{"participle clause",
			`General Ana Silva visited the base on Friday, saying the new radars "will close the gap in the north."`,
			[]want{{"will close the gap in the north.", "Ana Silva", "General", "saying"}}},
		{"as X put it",
			`As the analyst Omar Haddad put it, "the ceasefire holds only because both sides are exhausted."`,
			[]want{{"the ceasefire holds only because both sides are exhausted.", "Omar Haddad", "analyst", "put"}}},
		{"speaker before a colon",
			`MORNING BRIEF - Lena Fischer: "Procurement reform has stalled again this year."`,
			[]want{{"Procurement reform has stalled again this year.", "Lena Fischer", "", ""}}},
		{"markdown link before a colon",
			"[**Deputy Chief of Staff Jane\nOkafor**](https://example.org/status/1)**:**\n“We will keep every commitment we made to our allies.”",
			[]want{{"We will keep every commitment we made to our allies.", "Jane Okafor", "Deputy Chief of Staff", ""}}},
		{"dateline before the subject",
			`KYIV (Reuters) - Defence Minister Oleh Marchenko on Monday welcomed the package, calling it "a lifeline for our air defence."`,
			[]want{{"a lifeline for our air defence.", "Oleh Marchenko", "Defence Minister", "calling"}}},
		{"passive cue is not a speaker",
			"Colonel Ian Ross led the briefing.\n\n" +
				`When asked about the delays, he replied: "The parts are simply not there yet."`,
			[]want{{"The parts are simply not there yet.", "Ian Ross", "Colonel", "replied"}}},
		{"title before a byline is not a quote",
			`Read "Why the alliance needs more ammunition now," by Carla Menon, in Sunday's paper.`,
			nil},
		{"scare quotes and titles are not quotes",
			`The ministry called the drills "routine" and pointed to "The Art of War" as required reading.`,
			nil},
		{"curly quote nested in straight quotes",
			`"The base is not a “temporary facility” any more, and it never was," the commander said.`,
			[]want{{"The base is not a “temporary facility” any more, and it never was,", "the commander", "", "said"}}},
		{"a mark that never closes is no quote",
			"The minister said the \"plan would take years to finish and more money.\n\nParliament votes on Friday.",
			nil},
		{"a paragraph ending in a colon introduces the quote",
			"As Colonel Ian Ross wrote after the exercise in Lower Saxony:\n\n" +
				`"The brigade moved faster than any of us had planned for."`,
			[]want{{"The brigade moved faster than any of us had planned for.", "Ian Ross", "Colonel", "wrote"}}},
		{"party and state label before the cue",
			`"We will fund the shipyard this year, not next year," Sen. Ana Ruiz (D-Fla.) said on Tuesday.`,
			[]want{{"We will fund the shipyard this year, not next year,", "Ana Ruiz", "Sen.", "said"}}},
		{"transcript name with a party label before a colon",
			`Rep. Tom Hale (R-S.C.): "Who told you that the system was secure at the time?"`,
			[]want{{"Who told you that the system was secure at the time?", "Tom Hale", "Rep.", ""}}},
		{"an age as the speaker",
			`"I served two tours and I would go back tomorrow," said the 46-year-old.`,
			[]want{{"I served two tours and I would go back tomorrow,", "the 46-year-old", "", "said"}}},
		{"a cue in the next sentence is not the quote's",
			"Colonel Ian Ross and Maria Lopez met on Monday.\n\n" +
				`Lopez delivered a sharp reply: "Nobody is leaving the alliance." Ross said later that talks would go on.`,
			[]want{{"Nobody is leaving the alliance.", "Maria Lopez", "", ""}}},
		{"a first name ending in -ed with a long apposition",
			`Ted Moreno, director of the Baltic Security Institute and a former adviser to three defence ministers, welcomed "a budget that finally matches the threat we face in the east."`,
			[]want{{"a budget that finally matches the threat we face in the east.", "Ted Moreno", "director of the Baltic Security Institute and a former adviser to three defence ministers", "welcomed"}}},
		{"a call that is a noun is no cue",
			`Senator Jane Hall sent out a fundraising call after the vote, asking supporters to "give five dollars to stop this reckless budget now."`,
			[]want{{"give five dollars to stop this reckless budget now.", "Jane Hall", "Senator", "asking"}}},
		{"a shared surname goes to the fuller name given last",
			"Defence Minister Karl Lindqvist Berg and his cousin Anna Berg both attended.\n\n" +
				"Anna Berg spoke first.\n\n" +
				`"We will keep the garrison open all winter," Berg said.`,
			[]want{{"We will keep the garrison open all winter,", "Anna Berg", "", "said"}}},
		{"a headline in title case with a full stop names no one",
			"Minister Slams Rival Maria Lopez Over Budget Delay.\n\n" +
				"Defence Minister Maria Lopez answered her critics on Monday.\n\n" +
				`"The money will be there before the winter," Lopez said.`,
			[]want{{"The money will be there before the winter,", "Maria Lopez", "Defence Minister", "said"}}},
		{"apostrophes are not quotes",
			`The alliance's plan doesn't change the country's 'fundamental' position on the treaty's terms.`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text || g.Speaker != w.speaker || g.Role != w.role || g.Cue != w.cue {
					t.Errorf("quote %d:\n got %q %q %q %q\nwant %q %q %q %q", i,
						g.Text, g.Speaker, g.Role, g.Cue, w.text, w.speaker, w.role, w.cue)
				}
			}
		})
	}
}

// The sample of issue 2: six quotes, all Rasmussen's, whether introduced by
// his name, "he said", "told reporters" or "it said" (his article).
func TestExtractNATOSample(t *testing.T) {
	data, err := os.ReadFile("../../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := Extract(string(data))
	if len(got) != 6 {
		t.Fatalf("got %d quotes, want 6: %+v", len(got), got)
	}
	for _, q := range got {
		if q.Speaker != "Ander Fogh Rasmussen" || q.Role != "NATO Secretary General" {
			t.Errorf("%q: speaker %q role %q", q.Text, q.Speaker, q.Role)
		}
		if strings.Contains(q.Text, "regular") && len(q.Text) < 10 {
			t.Errorf("scare quote taken as a quote: %q", q.Text)
		}
	}
	if got[4].Text != "so far we have successfully protected our systems." {
		t.Errorf("partial quote: %q", got[4].Text)
	}
}

func checkInvariants(t *testing.T, text string, qs []Quote) {
	t.Helper()
	prev := 0
	for _, q := range qs {
		if q.Start < prev || q.Start > q.End || q.End > len(text) {
			t.Fatalf("bad offsets %d-%d (prev %d, len %d)", q.Start, q.End, prev, len(text))
		}
		// Rune boundaries are defined for valid UTF-8 only (the CLI decodes
		// its input to UTF-8 before extraction).
		if utf8.ValidString(text) && (!utf8.RuneStart(text[q.Start]) || q.End < len(text) && !utf8.RuneStart(text[q.End])) {
			t.Fatalf("offsets %d-%d split a rune", q.Start, q.End)
		}
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("Text %q is not text[%d:%d]", q.Text, q.Start, q.End)
		}
		prev = q.End
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(`"We will win," he said.`)
	f.Add("“Open\n\n“continued” said X")
	f.Add(`‘a b c d’ '' "" " ' ’ ‘`)
	f.Add("Rasmussen, the chief, said: \"one two three four\" and \"five six seven eight")
	f.Add("The \"one two three four,\" The said. \"five six seven eight\" he added.")
	f.Fuzz(func(t *testing.T, text string) {
		checkInvariants(t, text, Extract(text))
	})
}

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("../../testdata/articles/nato-cyber-2013.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n\n", 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text)
	}
}
