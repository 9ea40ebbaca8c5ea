package main

import (
	"errors"
	"fmt"
	goio "io"
	"io/fs"
	"strconv"

	"github.com/isnad/isnad/model"
	"github.com/isnad/isnad/text"
)

// Nothing read from a corpus may drive the terminal, on any channel: text
// output goes through display (the text engine to a terminal, text.Sanitize
// to a pipe), JSON through jsonWriter, problems through problemLine, error
// messages through text.Sanitize (main.go) with file names quoted.

// jsonWriter escapes in the JSON written through it what encoding/json
// leaves raw and a terminal would act on: DEL, C1 controls, bidi controls.
// Each Encode is one Write, so no character is split between two.
func jsonWriter(w goio.Writer) goio.Writer { return escapedJSON{w} }

type escapedJSON struct{ w goio.Writer }

func (e escapedJSON) Write(p []byte) (int, error) {
	if _, err := e.w.Write(text.EscapeJSON(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// problemLine is one problem as stderr shows it: the file quoted, the
// detail sanitised.
func problemLine(p model.Problem) string {
	where := text.Quote(p.Path)
	if p.Line > 0 {
		where += ":" + strconv.Itoa(p.Line)
	}
	line := fmt.Sprintf("%s: %s: %s", where, p.Kind, text.Sanitize(p.Detail))
	if p.Article != "" {
		line += " (article " + text.Sanitize(p.Article) + ")"
	}
	return line
}

// fileError names the file of err once, quoted, after what was done:
// open "/x": no such file or directory.
func fileError(op, name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s %s: %w", op, quote(name), err)
}
