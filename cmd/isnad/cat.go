package main

import (
	"bufio"
	"errors"
	"fmt"
	goio "io"
	"os"
	"runtime"
	"strconv"
	"unicode/utf8"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/isnad/isnad/text"
)

// isnad cat is a drop-in for the fribidi command on UTF-8: each input line
// is a paragraph, printed in visual order, shaped, mirrored, and wrapped or
// padded to the width. It runs the text engine's pipeline (text.Stream)
// without its cache, on all cores: input is cut into chunks of whole lines,
// laid out in parallel and printed in order.

// Chunking. A line longer than maxPara is laid out in pieces of maxPara
// bytes, each its own paragraph: that bounds the memory one line can take.
const (
	catChunk = 256 << 10
	maxPara  = 1 << 20
)

func newCatCmd(io stdio) *cobra.Command {
	var (
		o        text.Options
		width    int
		ltr, rtl bool
	)
	cmd := &cobra.Command{
		Use:   "cat [FILE...]",
		Short: "Lay out text for a terminal, like fribidi (visual order, shaped, wrapped)",
		Long: `Lays out each line of the FILEs (standard input without FILE, or for "-") for a
terminal that does not reorder right-to-left text, like the fribidi command:
each line is a paragraph, printed in visual order, shaped, mirrored, and
wrapped or padded to the width.`,
		RunE: func(_ *cobra.Command, files []string) error {
			dir := text.Auto
			switch {
			case ltr && rtl:
				return usageErrorf("--ltr and --rtl exclude each other")
			case ltr:
				dir = text.LTR
			case rtl:
				dir = text.RTL
			}
			if width <= 0 {
				width = defaultWidth(io.out)
			}
			return catFiles(o, width, dir, files, io)
		},
	}
	f := cmd.Flags()
	f.IntVar(&width, "width", 0, "screen width in COLUMNS (default: the terminal's, else $COLUMNS, else 80)")
	f.BoolVar(&o.NoBreak, "nobreak", false, "do not break long lines")
	f.BoolVar(&o.NoPad, "nopad", false, "do not right-align right-to-left lines")
	f.BoolVar(&ltr, "ltr", false, "force the paragraph direction to left-to-right")
	f.BoolVar(&rtl, "rtl", false, "force the paragraph direction to right-to-left")
	f.BoolVar(&o.NoMirror, "nomirror", false, "do not mirror brackets in right-to-left runs")
	f.BoolVar(&o.NoShape, "noshape", false, "do not join Arabic letters")
	f.BoolVar(&o.NoNSM, "nonsm", false, "leave combining marks where reordering puts them")
	f.BoolVar(&o.ShowControls, "show-controls", false, "show bidi controls and other invisible characters as visible marks")
	f.IntVar(&o.TabWidth, "tab", 1, "print a TAB as N spaces")
	return cmd
}

// catFiles lays the files out in order; an unreadable file is reported and the
// others still printed (status 1).
func catFiles(o text.Options, width int, dir text.Direction, files []string, io stdio) error {
	c := newCatter(o, width, dir, io.out)
	failed := false
	c.start()
	if len(files) == 0 {
		files = []string{"-"}
	}
	for i, name := range files {
		if err := c.catFile(name, io.in, i == len(files)-1); err != nil {
			fmt.Fprintf(io.err, "isnad cat: %s\n", text.Sanitize(err.Error()))
			failed = true
		}
	}
	if err := c.finish(); err != nil {
		return inputError(err)
	}
	if failed {
		return silent(exitInput)
	}
	return nil
}

// defaultWidth is the terminal's width when out is one, else $COLUMNS, else 80.
func defaultWidth(out goio.Writer) int {
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 80
}

// catJob is a chunk of whole lines and, once laid out, its output.
type catJob struct {
	in   []byte
	ends []int32 // end of each paragraph in in (its newline included)
	open bool    // the last paragraph is a file's last line, without newline
	out  []byte
	done chan struct{}
}

// catter runs the pipeline: the caller reads (catFile), workers lay out,
// one goroutine writes the jobs in the order they were read. A fixed set of
// jobs circulates, so memory stays bounded and the steady state allocates
// nothing.
type catter struct {
	o     text.Options
	width int
	dir   text.Direction
	w     goio.Writer

	br    *bufio.Reader
	job   *catJob
	free  chan *catJob
	work  chan *catJob
	order chan *catJob
	wrote chan error
}

func newCatter(o text.Options, width int, dir text.Direction, w goio.Writer) *catter {
	n := runtime.GOMAXPROCS(0)
	c := &catter{
		o: o, width: width, dir: dir, w: w,
		br:    bufio.NewReaderSize(nil, catChunk),
		free:  make(chan *catJob, 2*n+2),
		work:  make(chan *catJob, 2*n+2),
		order: make(chan *catJob, 2*n+2),
		wrote: make(chan error, 1),
	}
	for range cap(c.free) {
		// Sized for a full chunk and its output (Arabic letters take three
		// bytes once shaped, two before), so that they rarely grow.
		c.free <- &catJob{
			in:   make([]byte, 0, catChunk+catChunk/8),
			out:  make([]byte, 0, 2*catChunk),
			done: make(chan struct{}, 1),
		}
	}
	for range n {
		go c.layout()
	}
	return c
}

func (c *catter) start() {
	go c.write()
	c.job = <-c.free
}

// finish sends what is left, waits for the writer and stops the workers.
func (c *catter) finish() error {
	c.send()
	close(c.order)
	close(c.work)
	return <-c.wrote
}

// catFile reads one file ("-": in) into jobs. A file's last line needs no
// newline: it is a paragraph all the same, and ends its row unless it is
// the last line of the last file, which is left without one, as fribidi
// leaves it.
func (c *catter) catFile(name string, in goio.Reader, last bool) error {
	r := in
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fileError("open", name, err)
		}
		defer f.Close()
		r = f
	}
	c.br.Reset(r)
	defer c.br.Reset(nil)
	start := len(c.job.in) // of the paragraph being read
	for {
		frag, err := c.br.ReadSlice('\n')
		c.job.in = append(c.job.in, frag...)
		switch {
		case err == nil:
			c.job.ends = append(c.job.ends, int32(len(c.job.in)))
			start = len(c.job.in)
			// Send full chunks, and whatever is there when the input pauses
			// (a pipe, a person typing).
			if len(c.job.in) >= catChunk || c.br.Buffered() == 0 {
				c.send()
				start = 0
			}
		case errors.Is(err, bufio.ErrBufferFull):
			if len(c.job.in)-start >= maxPara {
				cut := runeCut(c.job.in, start+maxPara)
				c.job.ends = append(c.job.ends, int32(cut))
				start = cut
			}
		default:
			if len(c.job.in) > start {
				c.job.ends = append(c.job.ends, int32(len(c.job.in)))
				c.job.open = last
			}
			c.send()
			if errors.Is(err, goio.EOF) {
				return nil
			}
			if name == "-" {
				return fmt.Errorf("read standard input: %w", err)
			}
			return fileError("read", name, err)
		}
	}
}

// runeCut returns i, or less when b[:i] would end inside a UTF-8
// sequence (whose last bytes may not even be read yet).
func runeCut(b []byte, i int) int {
	j := i - 1
	for j > 0 && j > i-utf8.UTFMax && !utf8.RuneStart(b[j]) {
		j--
	}
	if j >= 0 && !utf8.FullRune(b[j:i]) {
		return j
	}
	return i
}

// send hands the current job to the workers and the writer, and takes a
// free one.
func (c *catter) send() {
	if len(c.job.ends) == 0 {
		return
	}
	c.order <- c.job
	c.work <- c.job
	c.job = <-c.free
}

// layout is a worker: it lays out the paragraphs of each job it gets.
func (c *catter) layout() {
	s := text.NewStream(c.o)
	for job := range c.work {
		out, from := job.out[:0], 0
		for _, end := range job.ends {
			p := job.in[from:end]
			from = int(end)
			if n := len(p); n > 0 && p[n-1] == '\n' {
				p = p[:n-1]
				if n := len(p); n > 0 && p[n-1] == '\r' {
					p = p[:n-1]
				}
			}
			out = s.Append(out, p, c.width, c.dir)
		}
		if job.open {
			out = out[:len(out)-1]
		}
		job.out = out
		job.done <- struct{}{}
	}
}

// write prints the jobs in order and recycles them. After a write error
// it keeps draining, so that the reader never blocks.
func (c *catter) write() {
	var werr error
	for job := range c.order {
		<-job.done
		if werr == nil {
			if _, err := c.w.Write(job.out); err != nil {
				werr = fmt.Errorf("write: %w", err)
			}
		}
		job.in, job.ends, job.out, job.open = job.in[:0], job.ends[:0], job.out[:0], false
		c.free <- job
	}
	c.wrote <- werr
}
