package notes

import (
	"fmt"
	"strings"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
	"github.com/isnad/isnad/tui/common"
)

// indent is where a note's claim and text start, under its verdict.
const indent = 7

// rows are a note's lines on the notes screen: its head (id, verdict,
// where it sits now, when, who), the claim's text as the note quotes it,
// and the note's text on one line. Everything read from the store goes
// through the text engine, like any content.
func rows(ctx *common.Context, n model.Note) []string {
	st, eng, w := ctx.Styles, ctx.Engine, ctx.Width
	where := n.Target
	switch n.Anchor {
	case model.AnchorMoved:
		where = n.Sentence + " (moved from " + n.Target + ")"
	case model.AnchorOrphaned:
		where = n.Target + " (orphaned)"
	}
	who := n.Analyst
	if n.Rev > 1 {
		if n.EditedBy != "" && n.EditedBy != n.Analyst {
			who += ", edited by " + n.EditedBy
		} else {
			who += ", edited"
		}
	}
	head := common.PadRight(fmt.Sprintf(" #%d", n.ID), indent-1) + " " +
		st.VerdictStyle(n.Verdict)(common.Inline(eng, string(n.Verdict), 20)) + "  " +
		common.Inline(eng, where, 40) + "  " + st.Muted.Render(n.Updated.Local().Format("2006-01-02 15:04")) + "  "
	head = common.Fit(head+common.Inline(eng, who, max(w-text.Width(head)-1, 1)), w-1)

	out := []string{head, line(ctx, n.Quote, n.Anchor == model.AnchorOrphaned)}
	if t := strings.Join(strings.Fields(strings.ReplaceAll(n.Text, "\n", " / ")), " "); t != "" {
		out = append(out, line(ctx, t, false))
	}
	return out
}

// line is content on one indented line, in its own direction: a
// right-to-left line ends at the right edge.
func line(ctx *common.Context, s string, muted bool) string {
	w := max(ctx.Width-indent-1, 1)
	ln := ctx.Engine.Fit(s, w, text.Auto)
	body := ln.Text
	if ln.RTL {
		body = strings.Repeat(" ", max(w-ln.Width, 0)) + body
	}
	if muted {
		body = ctx.Styles.Muted.Render(body)
	}
	return strings.Repeat(" ", indent) + body
}
