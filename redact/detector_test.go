package redact

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// bugRecognizer panics as a recognizer with an index bug does.
type bugRecognizer struct{}

func (bugRecognizer) Recognize(_ context.Context, text string, dst []Finding) ([]Finding, error) {
	words := strings.Fields(text[len(text):])
	return append(dst, Finding{Type: Person, End: len(words[0])}), nil
}

// TestRecognizerPanic: a recognizer's panic is an error wrapping ErrInternal, so that a gateway
// refuses the request and `veil redact` names the line; the process goes on and the detector
// still detects the next text.
func TestRecognizerPanic(t *testing.T) {
	d := NewDetector(Patterns{}, bugRecognizer{})
	if _, err := d.Detect(context.Background(), "mail jane@example.com"); !errors.Is(err, ErrInternal) {
		t.Fatalf("Detect: error %v; want ErrInternal", err)
	}
	if _, err := d.Detect(context.Background(), "not valid \xff"); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("Detect of invalid UTF-8: error %v; want ErrInvalidInput", err)
	}
	got, err := NewDetector(Patterns{}).Detect(context.Background(), "mail jane@example.com")
	if err != nil || len(got) != 1 || got[0].Type != Email {
		t.Errorf("a detector without the bug: %v, %v", got, err)
	}
}
