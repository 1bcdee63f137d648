package eval

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Detector finds personal data in a text.
type Detector interface {
	Detect(ctx context.Context, text string) ([]redact.Finding, error)
}

// Counts are entity-level outcomes.
type Counts struct {
	Gold, TP, FP, FN int
}

// Precision is TP / (TP + FP); 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN); 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F returns the F-beta score: F1 weighs precision and recall alike, F2 weighs recall twice.
func (c Counts) F(beta float64) float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	b2 := beta * beta
	return (1 + b2) * p * r / (b2*p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Report is the outcome of an evaluation.
type Report struct {
	Samples       int
	Bytes         int
	PerType       map[string]*Counts
	Overall       Counts
	PIIChars      int            // characters inside gold spans
	UnmaskedChars int            // of those, characters no prediction covers
	Unscored      map[string]int // predictions of types the dataset never labels
	Elapsed       time.Duration
}

// UnmaskedShare is the share of personal-data characters left unmasked.
func (r *Report) UnmaskedShare() float64 {
	if r.PIIChars == 0 {
		return 0
	}
	return float64(r.UnmaskedChars) / float64(r.PIIChars)
}

// Keep decides whether a finding counts as masked (a policy's action is not allow).
type Keep func(f redact.Finding) bool

// Evaluate runs det over samples and scores it. A prediction matches a gold span of the same
// type when their intersection covers at least half of their union; each gold span and each
// prediction is matched at most once, greedily by overlap. Predictions of types that no gold
// span in the dataset has are not scored (the dataset cannot say whether they are right) and are
// counted in Unscored.
func Evaluate(ctx context.Context, det Detector, samples []Sample, keep Keep) (*Report, error) {
	labelled := map[string]bool{}
	for _, s := range samples {
		for _, g := range s.Spans {
			if g.Type != "" {
				labelled[g.Type] = true
			}
		}
	}
	r := &Report{Samples: len(samples), PerType: map[string]*Counts{}, Unscored: map[string]int{}}
	counts := func(t string) *Counts {
		c, ok := r.PerType[t]
		if !ok {
			c = &Counts{}
			r.PerType[t] = c
		}
		return c
	}
	start := time.Now()
	for _, s := range samples {
		r.Bytes += len(s.Text)
		fs, err := det.Detect(ctx, s.Text)
		if err != nil {
			return nil, err
		}
		var preds []redact.Finding
		for _, f := range fs {
			if keep != nil && !keep(f) {
				continue
			}
			if !labelled[f.Type] {
				r.Unscored[f.Type]++
				continue
			}
			preds = append(preds, f)
		}
		var gold []Span
		for _, g := range s.Spans {
			if g.Type != "" {
				gold = append(gold, g)
				counts(g.Type).Gold++
				r.PIIChars += utf8.RuneCountInString(s.Text[g.Start:g.End])
				r.UnmaskedChars += uncovered(s.Text, g, fs)
			}
		}
		matchSpans(gold, preds, counts)
	}
	r.Elapsed = time.Since(start)
	for _, c := range r.PerType {
		r.Overall.Gold += c.Gold
		r.Overall.TP += c.TP
		r.Overall.FP += c.FP
		r.Overall.FN += c.FN
	}
	return r, nil
}

// uncovered counts the characters of gold span g that no finding (of any type, kept or not
// scored) covers: what would reach the model.
func uncovered(text string, g Span, fs []redact.Finding) int {
	n := 0
	for i := g.Start; i < g.End; {
		_, size := utf8.DecodeRuneInString(text[i:])
		covered := false
		for _, f := range fs {
			if f.Start <= i && i < f.End {
				covered = true
				break
			}
		}
		if !covered && !isSpace(text[i]) {
			n++
		}
		i += size
	}
	return n
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func matchSpans(gold []Span, preds []redact.Finding, counts func(string) *Counts) {
	type pair struct {
		g, p int
		iou  float64
	}
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range preds {
			if p.Type != g.Type {
				continue
			}
			inter := min(g.End, p.End) - max(g.Start, p.Start)
			if inter <= 0 {
				continue
			}
			union := max(g.End, p.End) - min(g.Start, p.Start)
			if iou := float64(inter) / float64(union); iou >= 0.5 {
				pairs = append(pairs, pair{gi, pi, iou})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		switch {
		case a.iou > b.iou:
			return -1
		case a.iou < b.iou:
			return 1
		}
		return 0
	})
	gDone, pDone := make([]bool, len(gold)), make([]bool, len(preds))
	for _, pr := range pairs {
		if gDone[pr.g] || pDone[pr.p] {
			continue
		}
		gDone[pr.g], pDone[pr.p] = true, true
		counts(gold[pr.g].Type).TP++
	}
	for gi, done := range gDone {
		if !done {
			counts(gold[gi].Type).FN++
		}
	}
	for pi, done := range pDone {
		if !done {
			counts(preds[pi].Type).FP++
		}
	}
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer, name string) {
	fmt.Fprintf(w, "%s: %d samples, %.1f KB, %.2fs (%.1f MB/s)\n", name, r.Samples, float64(r.Bytes)/1024, r.Elapsed.Seconds(),
		float64(r.Bytes)/1e6/max(r.Elapsed.Seconds(), 1e-9))
	fmt.Fprintf(w, "%-22s %6s %6s %6s %6s %9s %7s %7s %7s\n", "type", "gold", "tp", "fp", "fn", "precision", "recall", "f1", "f2")
	types := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		types = append(types, t)
	}
	slices.Sort(types)
	row := func(t string, c Counts) {
		fmt.Fprintf(w, "%-22s %6d %6d %6d %6d %9.3f %7.3f %7.3f %7.3f\n", t, c.Gold, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F(1), c.F(2))
	}
	for _, t := range types {
		row(t, *r.PerType[t])
	}
	row("OVERALL", r.Overall)
	fmt.Fprintf(w, "personal-data characters left unmasked: %.1f%% (%d of %d)\n", 100*r.UnmaskedShare(), r.UnmaskedChars, r.PIIChars)
	if len(r.Unscored) > 0 {
		fmt.Fprintf(w, "unscored predictions (types the dataset does not label): %v\n", r.Unscored)
	}
}
