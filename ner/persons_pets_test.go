package ner

import "testing"

// TestPetsNotPersons: a pet's name after a word for the pet, or after "answers to" where a pet
// is spoken of, is no person; a person who answers to someone stays one (stop 30).
func TestPetsNotPersons(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Lost dog near the park! Answers to Max. Call Umberto on 555 0100", []string{"PERSON:Umberto"}, []string{"PERSON:Max"}},
		{"Our dog Max and my cat Luna say hi.", nil, []string{"PERSON:Max", "PERSON:Luna"}},
		{"He answers to Maria. Please call Max tomorrow.", []string{"PERSON:Maria", "PERSON:Max"}, nil},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
