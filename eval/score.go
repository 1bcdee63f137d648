package eval

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/veil-gateway/veil/ner"
	"github.com/veil-gateway/veil/redact"
)

// Detector finds personal data in a text.
type Detector interface {
	Detect(ctx context.Context, text string) ([]redact.Finding, error)
}

// Counts are entity-level outcomes, and the characters of the gold spans that no finding covers.
type Counts struct {
	Gold, TP, FP, FN int
	Chars            int // characters inside gold spans of the type
	Unmasked         int // of those, characters no finding of any type covers
}

// UnmaskedShare is the share of the type's characters that no finding covers: what would reach
// the model whatever the entity-level verdict (a span found in two pieces is a miss there, but
// leaks nothing).
func (c Counts) UnmaskedShare() float64 {
	if c.Chars == 0 {
		return 0
	}
	return float64(c.Unmasked) / float64(c.Chars)
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
	Errors        []Error // every missed gold span and every spurious prediction, in sample order
}

// Error is one entity-level mistake: a gold span no prediction matched (Missed), or a prediction
// that matched no gold span. It carries the text, so it is for development data only: never
// print it for data that is really personal.
type Error struct {
	Sample int    `json:"sample"` // index of the sample
	Type   string `json:"type"`   // the gold type (missed) or the predicted type (spurious)
	Missed bool   `json:"missed"`
	Text   string `json:"text"` // the span's text
	// Instead describes what the detector found over a missed span ("LOCATION \"Paris\"") or
	// which gold span a spurious prediction overlaps; empty when nothing overlaps.
	Instead string `json:"instead,omitempty"`
}

// UnmaskedShare is the share of personal-data characters left unmasked.
func (r *Report) UnmaskedShare() float64 {
	if r.PIIChars == 0 {
		return 0
	}
	return float64(r.UnmaskedChars) / float64(r.PIIChars)
}

// parentTypes maps Veil's finer types to the broader type a dataset may label instead: a
// prediction of a finer type that the dataset never labels is scored as its parent. Presidio's
// DATE_TIME covers dates of birth, which Veil tells apart; its NRP ("a person's nationality,
// religious or political group") covers the special-category terms for religion, politics and
// ethnic origin; a dataset's PASSPORT covers the US passport numbers Veil tells apart.
var parentTypes = map[string]string{
	"DATE_OF_BIRTH":     "DATE_TIME",
	"RELIGION":          "NRP",
	"POLITICAL_OPINION": "NRP",
	"ETHNIC_ORIGIN":     "NRP",
	"US_PASSPORT":       "PASSPORT",
}

// Keep decides whether a finding counts as masked (a policy's action is not allow).
type Keep func(f redact.Finding) bool

// Evaluate runs det over samples and scores it. A prediction matches a gold span of the same
// type when their intersection covers at least half of their union; each gold span and each
// prediction is matched at most once, greedily by overlap. Predictions of types that no gold
// span in the dataset has are not scored (the dataset cannot say whether they are right) and are
// counted in Unscored, unless parentTypes names a broader type the dataset labels.
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
	for si, s := range samples {
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
				if p, ok := parentTypes[f.Type]; ok && labelled[p] {
					f.Type = p
				} else {
					r.Unscored[f.Type]++
					continue
				}
			}
			preds = append(preds, f)
		}
		var gold []Span
		for _, g := range s.Spans {
			if g.Type == "PERSON" {
				g = withoutTitles(s.Text, g)
			}
			if g.Type != "" {
				gold = append(gold, g)
				c := counts(g.Type)
				c.Gold++
				chars, unmasked := utf8.RuneCountInString(s.Text[g.Start:g.End]), uncovered(s.Text, g, fs)
				c.Chars += chars
				c.Unmasked += unmasked
				r.PIIChars += chars
				r.UnmaskedChars += unmasked
			}
		}
		missed, spurious := matchSpans(gold, preds, counts)
		for _, gi := range missed {
			g := gold[gi]
			r.Errors = append(r.Errors, Error{Sample: si, Type: g.Type, Missed: true, Text: s.Text[g.Start:g.End],
				Instead: overlapping(s.Text, g.Start, g.End, fs)})
		}
		for _, pi := range spurious {
			p := preds[pi]
			var instead string
			for _, g := range gold {
				if g.Start < p.End && p.Start < g.End {
					instead = fmt.Sprintf("gold %s %q", g.Type, s.Text[g.Start:g.End])
					break
				}
			}
			r.Errors = append(r.Errors, Error{Sample: si, Type: p.Type, Text: s.Text[p.Start:p.End], Instead: instead})
		}
	}
	r.Elapsed = time.Since(start)
	for _, c := range r.PerType {
		r.Overall.Gold += c.Gold
		r.Overall.TP += c.TP
		r.Overall.FP += c.FP
		r.Overall.FN += c.FN
		r.Overall.Chars += c.Chars
		r.Overall.Unmasked += c.Unmasked
	}
	return r, nil
}

// withoutTitles leaves the titles that open a person's gold span out of it ("Dr. Bo Li" is
// scored as "Bo Li"), and a span that is only a title out of scoring: a title is no personal
// data, as the PREFIX and TITLE types that map to "" say, and Veil leaves it in the clear so that
// "Dr. Li" and "Li" have one token. Datasets differ here: Presidio's label "Mr." a PERSON of its
// own in some templates and PREFIX in others.
func withoutTitles(text string, g Span) Span {
	g.Start = ner.AfterTitles(text, g.Start, g.End)
	if ner.IsTitle(text[g.Start:g.End]) {
		g.Type = ""
	}
	return g
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

// overlapping describes the findings over text[start:end], kept by the policy or not.
func overlapping(text string, start, end int, fs []redact.Finding) string {
	var parts []string
	for _, f := range fs {
		if f.Start < end && start < f.End {
			parts = append(parts, fmt.Sprintf("%s %q (%.2f)", f.Type, text[f.Start:f.End], f.Score))
		}
	}
	return strings.Join(parts, ", ")
}

// matchSpans counts matches and returns the indices of the unmatched gold spans and predictions.
func matchSpans(gold []Span, preds []redact.Finding, counts func(string) *Counts) (missed, spurious []int) {
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
			missed = append(missed, gi)
		}
	}
	for pi, done := range pDone {
		if !done {
			counts(preds[pi].Type).FP++
			spurious = append(spurious, pi)
		}
	}
	return missed, spurious
}

// ErrorsPerType returns up to n missed and n spurious spans per type, in sample order.
func (r *Report) ErrorsPerType(n int) []Error {
	seen := map[errorKey]int{}
	out := []Error{}
	for _, e := range r.Errors {
		k := errorKey{e.Type, e.Missed}
		if seen[k] < n {
			out = append(out, e)
		}
		seen[k]++
	}
	return out
}

type errorKey struct {
	typ    string
	missed bool
}

// PrintErrors writes up to n missed and n spurious spans per type, with what was found instead.
func (r *Report) PrintErrors(w io.Writer, n int) {
	byKey := map[errorKey][]Error{}
	for _, e := range r.Errors {
		k := errorKey{e.Type, e.Missed}
		byKey[k] = append(byKey[k], e)
	}
	keys := slices.Collect(maps.Keys(byKey))
	slices.SortFunc(keys, func(a, b errorKey) int {
		if c := strings.Compare(a.typ, b.typ); c != 0 {
			return c
		}
		if a.missed == b.missed {
			return 0
		}
		if a.missed {
			return -1
		}
		return 1
	})
	for _, k := range keys {
		es := byKey[k]
		kind := "spurious"
		if k.missed {
			kind = "missed"
		}
		fmt.Fprintf(w, "%s %s (%d):\n", k.typ, kind, len(es))
		for _, e := range es[:min(n, len(es))] {
			line := fmt.Sprintf("  #%d %q", e.Sample, e.Text)
			if e.Instead != "" {
				line += "  <- " + e.Instead
			}
			fmt.Fprintln(w, line)
		}
	}
}

// Print writes the report as a table.
func (r *Report) Print(w io.Writer, name string) {
	fmt.Fprintf(w, "%s: %d samples, %.1f KB, %.2fs (%.1f MB/s)\n", name, r.Samples, float64(r.Bytes)/1024, r.Elapsed.Seconds(),
		float64(r.Bytes)/1e6/max(r.Elapsed.Seconds(), 1e-9))
	fmt.Fprintf(w, "%-22s %6s %6s %6s %6s %9s %7s %7s %7s %9s\n", "type", "gold", "tp", "fp", "fn", "precision", "recall", "f1", "f2", "unmasked")
	types := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		types = append(types, t)
	}
	slices.Sort(types)
	row := func(t string, c Counts) {
		fmt.Fprintf(w, "%-22s %6d %6d %6d %6d %9.3f %7.3f %7.3f %7.3f %8.1f%%\n", t, c.Gold, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F(1), c.F(2), 100*c.UnmaskedShare())
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
