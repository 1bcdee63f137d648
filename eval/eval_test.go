package eval

import (
	"context"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veil-gateway/veil/redact"
)

func TestLoadPresidioCodePoints(t *testing.T) {
	s, err := Load("testdata/presidio.json")
	if err != nil {
		t.Fatal(err)
	}
	text := s[0].Text
	if got := text[s[0].Spans[0].Start:s[0].Spans[0].End]; got != "Jürgen" {
		t.Errorf("PERSON span is %q", got)
	}
	if got := text[s[0].Spans[1].Start:s[0].Spans[1].End]; got != "jürgen@beispiel.de" {
		t.Errorf("EMAIL span is %q", got)
	}
	want := []Span{{Type: "", Start: 0, End: 3}, {Type: "LOCATION", Start: 19, End: 24}}
	if diff := cmp.Diff(want, s[1].Spans); diff != "" {
		t.Errorf("type mapping (-want +got):\n%s", diff)
	}
}

func TestEvaluate(t *testing.T) {
	s, err := Load("testdata/spans.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	p, _ := Load("testdata/presidio.json")
	s = append(s, p...)
	rep, err := Evaluate(context.Background(), redact.NewDetector(redact.Patterns{}), s, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Counts{
		"PHONE_NUMBER":  {Gold: 1, TP: 1},
		"CREDIT_CARD":   {Gold: 1, TP: 1},
		"EMAIL_ADDRESS": {Gold: 1, TP: 1},
		"PERSON":        {Gold: 1, FN: 1},
		"LOCATION":      {Gold: 1, FN: 1},
	}
	got := map[string]Counts{}
	for k, v := range rep.PerType {
		got[k] = *v
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	// Jürgen (6) and Paris (5) are unmasked of 14+19+6+18+5 = 62 characters
	if rep.PIIChars != 62 || rep.UnmaskedChars != 11 {
		t.Errorf("PII chars %d, unmasked %d", rep.PIIChars, rep.UnmaskedChars)
	}
}

func TestMatchingRules(t *testing.T) {
	gold := []Span{{Type: "A", Start: 0, End: 10}, {Type: "A", Start: 20, End: 30}}
	preds := []redact.Finding{{Type: "A", Start: 0, End: 9}, {Type: "A", Start: 20, End: 24}, {Type: "B", Start: 0, End: 10}}
	c := map[string]*Counts{}
	matchSpans(gold, preds, func(t string) *Counts {
		if c[t] == nil {
			c[t] = &Counts{}
		}
		return c[t]
	})
	// [20,24) covers 4/10 of its gold span: below half, a miss and a false positive
	if *c["A"] != (Counts{TP: 1, FP: 1, FN: 1}) || *c["B"] != (Counts{FP: 1}) {
		t.Errorf("A %+v B %+v", *c["A"], *c["B"])
	}
	f2 := Counts{TP: 8, FP: 2, FN: 2}.F(2)
	if math.Abs(f2-0.8) > 1e-9 {
		t.Errorf("F2 = %v", f2)
	}
}
