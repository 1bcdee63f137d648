package ner

import "slices"

// BIOLabels are the token-classification labels for types, in id order: O, then B- and I- of
// each type. Exported models carry them as config.json's id2label.
func BIOLabels(types []string) []string {
	out := []string{"O"}
	for _, t := range types {
		out = append(out, "B-"+t, "I-"+t)
	}
	return out
}

// Sequence is one training sequence for a token classifier: piece ids, without [CLS] and [SEP],
// and a label id per piece (BIOLabels order). A word's pieces share its label, B- only on the
// first piece of an entity's first word.
type Sequence struct {
	IDs    []int32 `json:"ids"`
	Labels []int32 `json:"labels"`
}

// Sequences encodes a labelled example for training, split at word boundaries into sequences of
// at most maxLen pieces. Spans of types not in types are labelled O.
func Sequences(w *WordPiece, ex Example, types []string, maxLen int) []Sequence {
	pieces := w.Encode(ex.Text, nil)
	labels := make([]int32, len(pieces))
	for i, p := range pieces {
		for _, sp := range ex.Spans {
			ti := slices.Index(types, sp.Type)
			if ti < 0 || p.Start >= sp.End || p.End <= sp.Start {
				continue
			}
			labels[i] = int32(2 + 2*ti) // I-
			// B- on the pieces of the span's first word
			first := true
			for j := i - 1; j >= 0 && pieces[j].End > sp.Start; j-- {
				if pieces[j].Word != p.Word {
					first = false
					break
				}
			}
			if first {
				labels[i] = int32(1 + 2*ti)
			}
			break
		}
	}
	var out []Sequence
	for lo := 0; lo < len(pieces); {
		hi := min(lo+maxLen, len(pieces))
		if hi < len(pieces) { // back off to a word boundary
			for k := hi; k > lo+1; k-- {
				if pieces[k].First {
					hi = k
					break
				}
			}
		}
		s := Sequence{IDs: make([]int32, 0, hi-lo), Labels: labels[lo:hi]}
		for _, p := range pieces[lo:hi] {
			s.IDs = append(s.IDs, p.ID)
		}
		out = append(out, s)
		lo = hi
	}
	return out
}
