package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// FPReport counts findings on text that holds no personal data: every one is a false positive.
type FPReport struct {
	Bytes    int
	PerType  map[string]int
	PerFile  map[string]int
	Examples map[string][]string // a few per type, to see what was mistaken
}

// Per100KB is the false-positive rate of the given types (all when none are given).
func (r *FPReport) Per100KB(types ...string) float64 {
	n := 0
	for t, c := range r.PerType {
		if len(types) == 0 || slices.Contains(types, t) {
			n += c
		}
	}
	return float64(n) / (float64(r.Bytes) / 100_000)
}

// FalsePositives runs det over every .txt file in dir, in chunks of lines of about 4 KB (the size
// of a chat message), and counts what keep counts as masked.
func FalsePositives(ctx context.Context, det Detector, dir string, keep Keep) (*FPReport, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .txt files in %s", dir)
	}
	r := &FPReport{PerType: map[string]int{}, PerFile: map[string]int{}, Examples: map[string][]string{}}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		r.Bytes += len(b)
		for _, chunk := range chunks(string(b), 4096) {
			fs, err := det.Detect(ctx, chunk)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			for _, fd := range fs {
				if keep != nil && !keep(fd) {
					continue
				}
				r.PerType[fd.Type]++
				r.PerFile[filepath.Base(f)]++
				if len(r.Examples[fd.Type]) < 5 {
					r.Examples[fd.Type] = append(r.Examples[fd.Type], chunk[fd.Start:fd.End])
				}
			}
		}
	}
	return r, nil
}

// chunks splits s at line ends into pieces of about size bytes.
func chunks(s string, size int) []string {
	var out []string
	for len(s) > size {
		cut := strings.LastIndexByte(s[:size], '\n')
		if cut <= 0 {
			cut = size
			for cut < len(s) && s[cut]&0xC0 == 0x80 {
				cut++
			}
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
	return append(out, s)
}

// Print writes the report.
func (r *FPReport) Print(w io.Writer, dir string) {
	fmt.Fprintf(w, "negative corpus %s: %.1f KB of technical text with no personal data\n", dir, float64(r.Bytes)/1024)
	types := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		fmt.Fprintf(w, "  %-20s %5d false positives, %.2f per 100 KB  e.g. %q\n", t, r.PerType[t], float64(r.PerType[t])/(float64(r.Bytes)/100_000), r.Examples[t])
	}
	fmt.Fprintf(w, "  all types: %.2f false positives per 100 KB\n", r.Per100KB())
}
