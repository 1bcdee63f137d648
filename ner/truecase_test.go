package ner

import (
	"context"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// TestTrueCase: a line in one case reaches the model as it would have been written; lines in
// both cases, short lines and letters whose other case has another length stay as they are.
func TestTrueCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"do you know if jadwiga kowalczyk is still working at the bank?", "do you know if Jadwiga Kowalczyk is still working at the bank?"},
		{"ask mark about the will, i think", "ask mark about the will, I think"}, // names that are words stay words
		{"PATIENT CLAIRE PRESENTED WITH CHEST PAIN AND CHF", "Patient Claire presented with chest pain and CHF"},
		{"ZARƏNGIZ RƏHIMLI CALLED ABOUT THE REFUND", "Zarəngiz Rəhimli called about the refund"},
		{"HAVE YOU BEEN TO NICE? IT IS NICE", "Have you been to nice? It is nice"}, // a town that is a word stays a word
		{"Ana Lima called about the refund", "Ana Lima called about the refund"},   // both cases
		{"OK THANKS", "OK THANKS"}, // too short
		{"first line in lower case with gustaw\nSecond Line Mixed", "first line in lower case with Gustaw\nSecond Line Mixed"},
		{"            elif arg in self._option_string_actions:", "            elif arg in self._option_string_actions:"},           // code
		{"# holger brandstätter wrote this part", "# holger brandstätter wrote this part"},                                         // a comment
		{"do you know if matouš holub is still working", "do you know if Matouš Holub is still working"},                           // the other half of a name
		{"İSTANBUL'DA BIR TOPLANTI VAR BUGÜN", "İSTANBUL'DA BIR TOPLANTI VAR BUGÜN"},                                               // capitals in another language
		{"CALL İSMAIL ABOUT THE INVOICE TODAY", "Call İsmail about the invoice today"},                                             // İ keeps its two bytes
		{"emails from jean-baptiste and marie-claire were forwarded", "emails from Jean-Baptiste and Marie-Claire were forwarded"}, // compound given names (stop 45)
		{"the well-known mark-up was re-done by the follow-up team", "the well-known mark-up was re-done by the follow-up team"},   // words joined
	}
	for _, tt := range tests {
		got := trueCase(tt.in)
		if len(got) != len(tt.in) {
			t.Errorf("%q: length %d became %d", tt.in, len(tt.in), len(got))
		}
		if got != tt.want {
			t.Errorf("trueCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// capitalsBackend marks each run of capitalised words (a capital, then lower-case letters) as a
// person, as a model that leans on capitals would.
type capitalsBackend struct{}

func (capitalsBackend) Tag(_ context.Context, texts []string) ([][]Span, error) {
	out := make([][]Span, len(texts))
	for i, text := range texts {
		var open *Span
		for _, tok := range Tokenize(text, nil) {
			w := text[tok.Start:tok.End]
			r, size := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) && len(w) > size && !capitals(w) && tok.Start > 0 {
				if open != nil && open.End+1 == tok.Start {
					open.End = tok.End
					continue
				}
				out[i] = append(out[i], Span{Type: redact.Person, Start: tok.Start, End: tok.End, Score: 0.9})
				open = &out[i][len(out[i])-1]
				continue
			}
			open = nil
		}
	}
	return out, nil
}

// TestTrueCaseModel: the model reads a line in one case as written, and its spans land on the
// line as it is.
func TestTrueCaseModel(t *testing.T) {
	for text, want := range map[string]string{
		"do you know if jadwiga kowalczyk is still working at the bank?": "PERSON jadwiga kowalczyk",
		"PATIENT CLAIRE PRESENTED WITH CHEST PAIN":                       "PERSON CLAIRE",
		"emails from jean-baptiste were forwarded today":                 "PERSON jean-baptiste",
	} {
		fs, err := NewRecognizer(capitalsBackend{}, Options{}).Recognize(context.Background(), text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Type+" "+text[fs[0].Start:fs[0].End] != want {
			var got []string
			for _, f := range fs {
				got = append(got, f.Type+" "+text[f.Start:f.End])
			}
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// TestLineCase: a line in lower case may hold a month's, a weekday's and "I"'s capitals, which
// chat in lower case writes too; another capital makes it a line of both cases.
func TestLineCase(t *testing.T) {
	for line, want := range map[string]byte{
		"draft a reply to rhonda miranda saying i can't make it on April 21": 'l',
		"I think jadwiga kowalczyk moved on Monday":                          'l',
		"draft a reply to Rhonda saying i can't make it":                     0,
		"PATIENT CLAIRE PRESENTED WITH CHEST PAIN":                           'u',
		"I LOVE YOU ALL SO MUCH":                                             'u',
		"an April day":                                                       0, // too few letters
	} {
		if got := lineCase(line); got != want {
			t.Errorf("lineCase(%q) = %q, want %q", line, got, want)
		}
	}
}
