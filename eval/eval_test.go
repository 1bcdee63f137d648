package eval

import (
	"context"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

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
		"PHONE_NUMBER":  {Gold: 1, TP: 1, Chars: 14},
		"CREDIT_CARD":   {Gold: 1, TP: 1, Chars: 19},
		"EMAIL_ADDRESS": {Gold: 1, TP: 1, Chars: 18},
		"PERSON":        {Gold: 1, FN: 1, Chars: 6, Unmasked: 6},
		"LOCATION":      {Gold: 1, FN: 1, Chars: 5, Unmasked: 5},
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

// fixed is a detector that returns the same findings for every text.
type fixed []redact.Finding

func (f fixed) Detect(context.Context, string) ([]redact.Finding, error) {
	return append([]redact.Finding(nil), f...), nil
}

func TestErrorsAndParentTypes(t *testing.T) {
	text := "born 3/23/1940, lives in Paris, calls Ann"
	samples := []Sample{{Text: text, Spans: []Span{
		{Type: "DATE_TIME", Start: 5, End: 14},
		{Type: "LOCATION", Start: 25, End: 30},
		{Type: "PERSON", Start: 38, End: 41},
	}}}
	det := fixed{
		{Type: "DATE_OF_BIRTH", Start: 5, End: 14, Score: 0.9}, // scored as DATE_TIME: the data labels no DATE_OF_BIRTH
		{Type: "PERSON", Start: 25, End: 30, Score: 0.7},       // wrong type over the place
		{Type: "ZIP_CODE", Start: 32, End: 37, Score: 0.9},     // unlabelled type, no parent: unscored
	}
	rep, err := Evaluate(context.Background(), det, samples, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := *rep.PerType["DATE_TIME"]; got != (Counts{Gold: 1, TP: 1, Chars: 9}) {
		t.Errorf("DATE_TIME %+v", got)
	}
	if rep.Unscored["ZIP_CODE"] != 1 || rep.Unscored["DATE_OF_BIRTH"] != 0 {
		t.Errorf("unscored %v", rep.Unscored)
	}
	want := []Error{
		{Sample: 0, Type: "LOCATION", Missed: true, Text: "Paris", Instead: `PERSON "Paris" (0.70)`},
		{Sample: 0, Type: "PERSON", Missed: true, Text: "Ann"},
		{Sample: 0, Type: "PERSON", Text: "Paris", Instead: `gold LOCATION "Paris"`},
	}
	if diff := cmp.Diff(want, rep.Errors); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	var b strings.Builder
	rep.PrintErrors(&b, 1)
	wantOut := "LOCATION missed (1):\n  #0 \"Paris\"  <- PERSON \"Paris\" (0.70)\n" +
		"PERSON missed (1):\n  #0 \"Ann\"\nPERSON spurious (1):\n  #0 \"Paris\"  <- gold LOCATION \"Paris\"\n"
	if b.String() != wantOut {
		t.Errorf("PrintErrors:\n%s\nwant:\n%s", b.String(), wantOut)
	}
}

func TestLoadCoNLLByExtension(t *testing.T) {
	path := t.TempDir() + "/test.annotated"
	if err := os.WriteFile(path, []byte("Ann\tB-person\nin\tO\nOslo\tB-location\n\nok\tO\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Sample{{Text: "Ann in Oslo", Spans: []Span{{Type: "PERSON", Start: 0, End: 3}, {Type: "LOCATION", Start: 7, End: 11}}}, {Text: "ok", Spans: []Span{}}}
	if diff := cmp.Diff(want, s, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestErrorsPerType(t *testing.T) {
	r := &Report{Errors: []Error{
		{Sample: 0, Type: "PERSON", Missed: true, Text: "a"},
		{Sample: 1, Type: "PERSON", Missed: true, Text: "b"},
		{Sample: 1, Type: "PERSON", Text: "c"},
		{Sample: 2, Type: "LOCATION", Missed: true, Text: "d"},
	}}
	want := []Error{r.Errors[0], r.Errors[2], r.Errors[3]}
	if diff := cmp.Diff(want, r.ErrorsPerType(1)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := (&Report{}).ErrorsPerType(3); got == nil || len(got) != 0 {
		t.Errorf("no errors: got %#v, want an empty list", got)
	}
}

func TestSpecialCategoriesScoreAsNRP(t *testing.T) {
	samples := []Sample{{Text: "He is Muslim.", Spans: []Span{{Type: "NRP", Start: 6, End: 12}}}}
	rep, err := Evaluate(context.Background(), fixed{{Type: "RELIGION", Start: 6, End: 12, Score: 0.6}}, samples, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := *rep.PerType["NRP"]; got != (Counts{Gold: 1, TP: 1, Chars: 6}) {
		t.Errorf("NRP %+v", got)
	}
}

// TestUSPassportScoresAsPassport: a US passport number is scored as a dataset's PASSPORT.
func TestUSPassportScoresAsPassport(t *testing.T) {
	samples := []Sample{{Text: "passport A12345678", Spans: []Span{{Type: "PASSPORT", Start: 9, End: 18}}}}
	rep, err := Evaluate(context.Background(), fixed{{Type: "US_PASSPORT", Start: 9, End: 18, Score: 0.85}}, samples, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := *rep.PerType["PASSPORT"]; got != (Counts{Gold: 1, TP: 1, Chars: 9}) {
		t.Errorf("PASSPORT %+v", got)
	}
}

// TestTitlesLeftOut: titles are no personal data, whether a dataset labels them inside a
// person's span or as a person of their own; the name after them is scored.
func TestTitlesLeftOut(t *testing.T) {
	text := "Mr. Ford met Dr. Bo Li and Prof. Dr. Anna Weber; Drake too, and Mr and Mrs Oyelaran."
	span := func(s string) Span {
		k := strings.Index(text, s)
		return Span{Type: "PERSON", Start: k, End: k + len(s)}
	}
	var got []string
	for _, g := range []Span{span("Mr."), span("Ford"), span("Dr. Bo Li"), span("Prof. Dr. Anna Weber"), span("Drake"), span("Mr and Mrs Oyelaran")} {
		if g = withoutTitles(text, g); g.Type != "" {
			got = append(got, text[g.Start:g.End])
		}
	}
	if diff := cmp.Diff([]string{"Ford", "Bo Li", "Anna Weber", "Drake", "Oyelaran"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
