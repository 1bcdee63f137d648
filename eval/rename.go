package eval

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names that no word list holds are most of what a gateway meets that its lists and a model
// trained on them have not seen. RenamePersons measures that: it gives every person of a set of
// samples an invented name, so that only the context and the shape of a name are left to find it
// by. The invented words are made of syllables of no one language ("Tasol Gandor", "Moek
// Solzem"), unlike any list of the project and unlike what the NER training uses, so the set
// stays a measurement.

// renameSyllables are the pieces invented names are made of.
var renameSyllables = strings.Fields("ka lo mi ren dor vas tel shi nu bre gan sol ith wen zar qui mo ta ek os ba du fen gor hal ji kun lia mar nad pe ro sa tov ul vin ya zem chi dra")

// keptNameWords stay as written in a renamed person: titles, particles and suffixes.
var keptNameWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "ii": true, "iii": true,
	"de": true, "del": true, "der": true, "van": true, "von": true, "da": true, "di": true, "du": true, "la": true, "le": true, "al": true, "el": true, "bin": true}

// RenamePersons returns copies of samples in which each word of three or more letters of every
// PERSON span (titles and particles aside) is an invented word of two or three syllables, in the
// case it was written in (Title, lower or ALL CAPS); one word gets one invention within a sample.
// Every span moves to its new offsets. Samples whose spans overlap are copied as they are.
func RenamePersons(samples []Sample, seed uint64) []Sample {
	rng := rand.New(rand.NewPCG(seed, seed^0x72656e))
	out := make([]Sample, len(samples))
	for n, s := range samples {
		spans := slices.Clone(s.Spans)
		slices.SortStableFunc(spans, func(a, b Span) int { return a.Start - b.Start })
		overlap := false
		for k := 1; k < len(spans); k++ {
			overlap = overlap || spans[k].Start < spans[k-1].End
		}
		if overlap {
			out[n] = Sample{Text: s.Text, Spans: slices.Clone(s.Spans)}
			continue
		}
		invented := map[string]string{}
		var b strings.Builder
		last := 0
		for k, sp := range spans {
			b.WriteString(s.Text[last:sp.Start])
			start := b.Len()
			value := s.Text[sp.Start:sp.End]
			if sp.Type == "PERSON" {
				value = replaceWords(value, func(w string) string {
					lw := strings.ToLower(w)
					if utf8.RuneCountInString(w) < 3 || keptNameWords[lw] {
						return w
					}
					if invented[lw] == "" {
						var iw strings.Builder
						for range 2 + rng.IntN(2) {
							iw.WriteString(renameSyllables[rng.IntN(len(renameSyllables))])
						}
						invented[lw] = iw.String()
					}
					return inCaseOf(invented[lw], w)
				})
			}
			b.WriteString(value)
			spans[k] = Span{Type: sp.Type, Start: start, End: b.Len()}
			last = sp.End
		}
		b.WriteString(s.Text[last:])
		out[n] = Sample{Text: b.String(), Spans: spans}
	}
	return out
}

// inCaseOf writes w (lower case) in the case of like: ALL CAPS, lower case, or capitalised.
func inCaseOf(w, like string) string {
	switch {
	case strings.ToUpper(like) == like && strings.ToLower(like) != like:
		return strings.ToUpper(w)
	case strings.ToLower(like) == like:
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// replaceWords returns s with each maximal run of letters replaced by f's answer for it.
func replaceWords(s string, f func(string) string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		if j == i {
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		b.WriteString(f(s[i:j]))
		i = j
	}
	return b.String()
}
