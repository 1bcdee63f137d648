package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progressBar draws bytes read, lines per second and the time left on one terminal line.
type progressBar struct {
	w     io.Writer
	total int64 // bytes, 0 when unknown (a pipe)
	start time.Time
	last  time.Time
}

func newProgressBar(w io.Writer, total int64) *progressBar {
	now := time.Now()
	return &progressBar{w: w, total: total, start: now}
}

func (p *progressBar) update(bytes, lines int64) {
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	p.draw(bytes, lines, now)
}

func (p *progressBar) draw(bytes, lines int64, now time.Time) {
	secs := max(now.Sub(p.start).Seconds(), 1e-3)
	rate := float64(bytes) / secs
	line := fmt.Sprintf("%s  %s lines  %.0f lines/s  %s/s", size(bytes), grouped(lines), float64(lines)/secs, size(int64(rate)))
	if p.total > 0 {
		frac := min(float64(bytes)/float64(p.total), 1)
		const width = 24
		filled := int(frac * width)
		eta := "?"
		if rate > 0 {
			eta = (time.Duration(float64(p.total-bytes)/rate) * time.Second / time.Second).Round(time.Second).String()
		}
		line = fmt.Sprintf("[%s%s] %3.0f%%  %s of %s  %s lines/s  ETA %s", strings.Repeat("=", filled), strings.Repeat(" ", width-filled),
			frac*100, size(bytes), size(p.total), grouped(int64(float64(lines)/secs)), eta)
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
}

func (p *progressBar) finish() { fmt.Fprint(p.w, "\r\x1b[K") }

func size(b int64) string {
	switch {
	case b >= 1<<30:
		return fmt.Sprintf("%.2f GB", float64(b)/(1<<30))
	case b >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(b)/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(b)/(1<<10))
	}
	return fmt.Sprintf("%d B", b)
}

func grouped(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// isTerminal reports whether w is a character device (a terminal), not a pipe or a file.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// inputSize is the size of a regular input file, 0 for pipes.
func inputSize(r io.Reader) int64 {
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return st.Size()
		}
	}
	return 0
}
