package ner

import "testing"

// TestNamesWithAsides: a lone given name of the lists before a phone, a list item's age or a
// carer's role in brackets, inside brackets after a relation, and under a rota's labels, is a
// person; a province's letters, a score, or one label alone vouch for nothing (stop 37).
func TestNamesWithAsides(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Babysitter: Roise (07700 900456)\nParents back at 11", []string{"PERSON:Roise"}, nil},
		{"Handover: Martyn (RN) to Bethan (RN) at 19:00", []string{"PERSON:Martyn", "PERSON:Bethan"}, nil},
		{"Bed 4 admitted. Family (Derek) visiting.", []string{"PERSON:Derek"}, nil},
		{"Rota – early: Mairtin; late: Billie-Jo; night: Zac", []string{"PERSON:Mairtin", "PERSON:Billie-Jo", "PERSON:Zac"}, nil},
		{"Piazza Telemaco, 2\n09131, Cagliari (CA)", nil, []string{"PERSON:Cagliari"}},
		{"Mon: Python\nTue: Rust", nil, []string{"PERSON:Python", "PERSON:Rust"}}, // no given names
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// TestChartShorthand: a given name in brackets after a chart's relation, after "d/w", and a
// family name after a form of address and initials without their periods (stop 37).
func TestChartShorthand(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	checkHolds(t, r, "Pt seen w/ dtr (Bethany) at bedside. D/w Tiare from pharmacy re: dose. Message left for GP (Dr J MacDonald).",
		[]string{"PERSON:Bethany", "PERSON:Tiare", "PERSON:J MacDonald"}, nil)
	checkHolds(t, r, "Dr. J. R. Hartley wrote. Dr A and Dr B agreed.", []string{"PERSON:J. R. Hartley"}, []string{"PERSON:A", "PERSON:B"})
}
