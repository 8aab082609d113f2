package briefing

import (
	"fmt"
	"io"
	"strings"
)

func renderMarkdown(w io.Writer, b Briefing) error {
	var sb strings.Builder
	title := b.Title
	if title == "" {
		title = "Briefing: " + b.Source
	}
	fmt.Fprintf(&sb, "# %s\n\n", mdEscape(title))
	if h := headerLine(b); h != "" {
		fmt.Fprintf(&sb, "%s\n\n", mdEscape(h))
	}
	if b.BLUF != "" {
		fmt.Fprintf(&sb, "**BLUF:** %s\n\n", mdEscape(b.BLUF))
	}
	section(&sb, "Key points", len(b.KeyPoints), func(i int) string { return "- " + mdEscape(b.KeyPoints[i].Text) })
	section(&sb, "Key quotes", len(b.Quotes), func(i int) string {
		q := b.Quotes[i]
		return fmt.Sprintf("> “%s”\n> — %s", mdEscape(q.Text), mdEscape(attribution(q)))
	})
	section(&sb, "Timeline", len(b.Timeline), func(i int) string {
		e := b.Timeline[i]
		return fmt.Sprintf("- **%s** (%s): %s", e.Value, mdEscape(e.Text), mdEscape(e.Event))
	})
	section(&sb, "Actors", len(b.Actors), func(i int) string {
		a := b.Actors[i]
		return fmt.Sprintf("- %s (%s, %d)", mdEscape(a.Name), a.Kind, a.Mentions)
	})
	if len(b.Topics) > 0 {
		fmt.Fprintf(&sb, "## Topics\n\n%s\n\n", mdEscape(strings.Join(b.Topics, ", ")))
	}
	for _, wn := range b.Warnings {
		fmt.Fprintf(&sb, "> **Warning:** %s\n\n", mdEscape(wn))
	}
	_, err := io.WriteString(w, strings.TrimRight(sb.String(), "\n")+"\n")
	return err
}

// section writes a "## name" section of n items, a blank line between quotes.
func section(sb *strings.Builder, name string, n int, item func(int) string) {
	if n == 0 {
		return
	}
	fmt.Fprintf(sb, "## %s\n\n", name)
	sep := "\n"
	if name == "Key quotes" {
		sep = "\n\n"
	}
	for i := 0; i < n; i++ {
		sb.WriteString(item(i) + sep)
	}
	if sep == "\n" {
		sb.WriteString("\n")
	}
}

// headerLine is "outlet · agency · published · dateline", skipping unknowns.
func headerLine(b Briefing) string {
	var parts []string
	for _, p := range []string{b.Outlet, b.Agency, b.Published, b.Dateline} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " · ")
}

// attribution is "Speaker, Role (cue)" with unknown parts left out.
func attribution(q Quote) string {
	who := q.Speaker
	if who == "" {
		who = "unknown speaker"
	}
	if q.Role != "" {
		who += ", " + q.Role
	}
	return who
}

// mdEscape keeps article text from being read as markdown markup.
var mdReplacer = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`)

func mdEscape(s string) string { return mdReplacer.Replace(s) }
