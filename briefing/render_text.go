package briefing

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"
)

// palette holds the text format's colours; all plain when colour is off.
type palette struct {
	title, head, dim, value *color.Color
}

func newPalette(on bool) palette {
	p := palette{
		title: color.New(color.Bold, color.FgHiWhite),
		head:  color.New(color.Bold, color.FgCyan),
		dim:   color.New(color.FgHiBlack),
		value: color.New(color.FgYellow),
	}
	for _, c := range []*color.Color{p.title, p.head, p.dim, p.value} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

func renderText(w io.Writer, b Briefing, colored bool) error {
	p := newPalette(colored)
	var sb strings.Builder
	title := b.Title
	if title == "" {
		title = b.Source
	}
	sb.WriteString(p.title.Sprint(title) + "\n")
	if h := headerLine(b); h != "" {
		sb.WriteString(p.dim.Sprint(h) + "\n")
	}
	if b.BLUF != "" {
		fmt.Fprintf(&sb, "\n%s\n  %s\n", p.head.Sprint("BLUF"), b.BLUF)
	}
	textSection(&sb, p, "KEY POINTS", len(b.KeyPoints), func(i int) string { return "• " + b.KeyPoints[i].Text })
	textSection(&sb, p, "KEY QUOTES", len(b.Quotes), func(i int) string {
		q := b.Quotes[i]
		return fmt.Sprintf("“%s”\n    %s", q.Text, p.dim.Sprint("— "+attribution(q)))
	})
	textSection(&sb, p, "TIMELINE", len(b.Timeline), func(i int) string {
		e := b.Timeline[i]
		return fmt.Sprintf("%s  %s", p.value.Sprintf("%-10s", e.Value), e.Event)
	})
	textSection(&sb, p, "ACTORS", len(b.Actors), func(i int) string {
		a := b.Actors[i]
		return fmt.Sprintf("%s %s", a.Name, p.dim.Sprintf("(%s, %d)", a.Kind, a.Mentions))
	})
	if len(b.Topics) > 0 {
		fmt.Fprintf(&sb, "\n%s\n  %s\n", p.head.Sprint("TOPICS"), strings.Join(b.Topics, ", "))
	}
	for _, wn := range b.Warnings {
		fmt.Fprintf(&sb, "\n%s %s\n", p.value.Sprint("warning:"), wn)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func textSection(sb *strings.Builder, p palette, name string, n int, item func(int) string) {
	if n == 0 {
		return
	}
	fmt.Fprintf(sb, "\n%s\n", p.head.Sprint(name))
	for i := 0; i < n; i++ {
		sb.WriteString("  " + item(i) + "\n")
	}
}
