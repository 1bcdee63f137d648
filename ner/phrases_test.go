package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestPhraseScannerAsIndex: the scanner finds what strings.Index finds phrase by phrase, over the
// employer cues and texts that hold them at the edges, twice in a row, in two cases and inside
// words.
func TestPhraseScannerAsIndex(t *testing.T) {
	texts := []string{
		"I work at Rossi & Bianchi and she works at Jones, Edwards and Shaw; work at",
		"work atwork at  x. Employer: Acme Employer name: Beta. LANDLORD: on behalf of On behalf of",
		"merchantmerchant creditor, the invoice from Taylor-Norris, invoices from",
		"", "w", "wo", "ñ work for über-firm an agent for Morgan-Allen",
	}
	type hit struct{ at, cue int }
	for _, text := range texts {
		var want, got []hit
		for c, cue := range employerCues {
			for k := range occurrences(text, cue) {
				want = append(want, hit{k, c})
			}
		}
		for k, c := range employerScanner.all(text) {
			got = append(got, hit{k, c})
		}
		cmp := func(a, b hit) int {
			if a.at != b.at {
				return a.at - b.at
			}
			return a.cue - b.cue
		}
		slices.SortFunc(want, cmp)
		if !slices.IsSortedFunc(got, cmp) || !slices.Equal(want, got) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// TestClauseStart: a clause starts after its sentence's or line's mark, at the text's start, or is
// unknown (-1) when no mark stands within clauseWindow bytes before it.
func TestClauseStart(t *testing.T) {
	text := "Hello. Jones, Ray and Lee is here"
	if got, want := clauseStart(text, len("Hello. Jones, Ray and Lee")), len("Hello. "); got != want {
		t.Errorf("clauseStart = %d, want %d", got, want)
	}
	if got := clauseStart("Ray and Lee is", len("Ray and Lee")); got != 0 {
		t.Errorf("clauseStart at the text's start = %d, want 0", got)
	}
	long := strings.Repeat("x", clauseWindow+10) + " Ray and Lee is"
	if got := clauseStart(long, len(long)-len(" is")); got != -1 {
		t.Errorf("clauseStart with no mark within the window = %d, want -1", got)
	}
}
