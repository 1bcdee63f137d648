package ner

import "testing"

// TestListedPairs: a given and a family name of the lists, in either order, inside another
// language's prose where the model read nothing, and a Hungarian family name before its title,
// are persons; a greeting, a title or a town's first word before a name, a street named after
// someone and English prose are not read so (stop 31).
func TestListedPairs(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Kérjük, küldje a dokumentumokat Hajdu Zsolt részére.", []string{"PERSON:Hajdu Zsolt"}, nil},
		{"Dudás úr lemondta az időpontját.", []string{"PERSON:Dudás"}, []string{"PERSON:Dudás úr"}},
		{"Salut Catherine, mon adresse e-mail est nolivier@example.net. Maryse Cousin", []string{"PERSON:Maryse Cousin"}, nil},
		{"Beste Bibi, mijn e-mailadres is sven56@example.net.", nil, []string{"PERSON:Beste Bibi"}},
		{"Sabine Neveu, né le 20/02/1952 à Saint Roger, est client depuis 2019.", nil, []string{"PERSON:Saint Roger"}},
		{"Kiss Áron a Petőfi Sándor utca 85., H-2878 Békéscsaba címen lakik.", []string{"PERSON:Kiss Áron"}, []string{"PERSON:Petőfi Sándor"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
