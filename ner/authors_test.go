package ner

import "testing"

// TestAuthorLists: the authors of Nature's, ACS's and Harvard's lists, "Family, I." apart by
// commas, semicolons, "&" or "and", and of a BibTeX author field are one person each, the title's
// first word left out; one "Family, I." alone, places and an English word are not read so
// (stop 31).
func TestAuthorLists(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Okafor, J., Lindqvist, A. & Teixeira, B. Sparse attention for clinical notes. Nature 3, 1-10 (2020).",
			[]string{"PERSON:Okafor, J.", "PERSON:Lindqvist, A.", "PERSON:Teixeira, B."}, []string{"PERSON:B. Sparse"}},
		{"Okafor, J.; Lindqvist, A.-M.; Teixeira, B. C. Sparse Attention. J. Am. Chem. Soc. 2020, 3, 1-10.",
			[]string{"PERSON:Okafor, J.", "PERSON:Lindqvist, A.-M.", "PERSON:Teixeira, B. C."}, nil},
		{"author = {Okafor, Jonah and Lindqvist, Astrid and Teixeira, Bruno},",
			[]string{"PERSON:Okafor, Jonah", "PERSON:Lindqvist, Astrid", "PERSON:Teixeira, Bruno"}, nil},
		{"Paris, France, and Berlin, Germany.", nil, []string{"PERSON:Paris, France"}},
		{"Table, A. Chair, B.", nil, []string{"PERSON:Table, A."}},
		// a family name's particles (stop 35)
		{"2. van der Heijden, P. & Lindqvist, A. (2021). Mobility after surgery.", []string{"PERSON:van der Heijden, P.", "PERSON:Lindqvist, A."}, nil},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
