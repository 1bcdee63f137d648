package ner

import "testing"

// TestIntersections: two streets joined by "&" or "and" after a word that puts a place there,
// one of them an ordinal or a street with its kind, are a street address (stop 34); not an
// ordinal before a noun, a weekday, or two words with no street among them.
func TestIntersections(t *testing.T) {
	text := "My job is on Elm & 5th in Dayton. I live near Oak and 2nd."
	checkRuled(t, text, nil, "STREET_ADDRESS Elm & 5th", "STREET_ADDRESS Oak and 2nd")
	text = "He finished on Elm and 5th place overall. We met on Tuesday and 2nd time. Research & Development at 3rd quarter. Salt and Pepper on top."
	checkRuled(t, text, nil)
	// an ordinal before a mark, which wordAt reads as an empty word: this had panicked
	text = "he asked who will finish in top four as 3rd and 4th .. he said LFC"
	checkRuled(t, text, nil)
}
