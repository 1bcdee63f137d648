package ner

import (
	"iter"
	"strings"
)

// phraseScanner finds where any of a few dozen phrases occurs in a text in one pass, where a
// search per phrase would read the text once for each (partnerships' employer cues had cost a
// twentieth of the model's whole time on a 2 KB message, stop 28). A bit per pair of bytes tells
// at once the places where no phrase can start; at the others, the phrases that open with that
// byte are compared. The phrases are case-sensitive and two bytes long at least; phrases that
// share a common first byte (a space) are compared at nearly every word, so leave it out of
// them and test the byte before the place found instead.
type phraseScanner struct {
	pairs   [1 << 16 / 64]uint64 // the first two bytes of a phrase
	byFirst [256][]int           // the phrases by their first byte, as indexes
	phrases []string
}

func newPhraseScanner(phrases []string) *phraseScanner {
	s := &phraseScanner{phrases: phrases}
	for i, p := range phrases {
		if len(p) < 2 {
			panic("ner: a scanned phrase needs two bytes: " + p)
		}
		pair := uint16(p[0])<<8 | uint16(p[1])
		s.pairs[pair/64] |= 1 << (pair % 64)
		s.byFirst[p[0]] = append(s.byFirst[p[0]], i)
	}
	return s
}

// all yields each place in text where a phrase occurs and the phrase's index, in the order of the
// places (phrases that occur at one place in their order). A phrase's occurrences are those
// strings.Index finds one after the other, for phrases that cannot overlap themselves.
func (s *phraseScanner) all(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i+1 < len(text); i++ {
			pair := uint16(text[i])<<8 | uint16(text[i+1])
			if s.pairs[pair/64]&(1<<(pair%64)) == 0 {
				continue
			}
			for _, p := range s.byFirst[text[i]] {
				if strings.HasPrefix(text[i:], s.phrases[p]) && !yield(i, p) {
					return
				}
			}
		}
	}
}
