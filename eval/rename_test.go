package eval

import (
	"regexp"
	"strings"
	"testing"
)

// TestRenamePersons: every person gets invented words in the case it was written in, titles and
// particles kept, one word one invention within a sample; every other span still holds its text
// at its new offsets, and the same seed gives the same set.
func TestRenamePersons(t *testing.T) {
	in := []Sample{
		{Text: "Dr. Ana de la Cruz (ana@x.io) met ANA DE LA CRUZ and ana at 5 Main St.", Spans: []Span{
			{"PERSON", 0, 18}, {"EMAIL_ADDRESS", 20, 28}, {"PERSON", 34, 48}, {"PERSON", 53, 56}, {"STREET_ADDRESS", 60, 69}}},
		{Text: "no people here, call 555-0100", Spans: []Span{{"PHONE_NUMBER", 21, 29}}},
	}
	out := RenamePersons(in, 7)
	s := out[0]
	person := func(k int) string { return s.Text[s.Spans[k].Start:s.Spans[k].End] }
	if s.Text[s.Spans[1].Start:s.Spans[1].End] != "ana@x.io" || s.Text[s.Spans[4].Start:s.Spans[4].End] != "5 Main St" {
		t.Errorf("other spans moved off their text: %q %+v", s.Text, s.Spans)
	}
	if !regexp.MustCompile(`^Dr\. [A-Z][a-z]+ de la [A-Z][a-z]+$`).MatchString(person(0)) || strings.Contains(person(0), "Ana") {
		t.Errorf("first person %q", person(0))
	}
	first := strings.Fields(person(0))[1]
	if person(2) != strings.ToUpper(first)+" DE LA "+strings.ToUpper(strings.Fields(person(0))[4]) || person(3) != strings.ToLower(first) {
		t.Errorf("one word, one invention, in its case: %q %q %q", person(0), person(2), person(3))
	}
	if out[1].Text != in[1].Text {
		t.Errorf("a sample without persons changed: %q", out[1].Text)
	}
	if again := RenamePersons(in, 7); again[0].Text != s.Text {
		t.Error("the same seed gave another set")
	}
	if other := RenamePersons(in, 8); other[0].Text == s.Text {
		t.Error("another seed gave the same set")
	}
}
