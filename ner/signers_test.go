package ner

import (
	"context"
	"testing"
)

// TestSignersAndContacts (stop 42): a family name in capitals after one initial in a line of mixed
// case is a person where the lists know it or a signer's words stand before it, and the model's
// doubt over the same words is raised to the rule's score; a section's letter and heading is
// none. A given name with a phone number after its comma, filling a bracket, is a person, an
// English word too; a weekday or a word before a number is none. A jail's, a pawnshop's and a
// county's roles put a person after them as a patient's does.
func TestSignersAndContacts(t *testing.T) {
	text := "Delivered 03/12 2:14pm, signed by S. SMITH. Received by: K. OYELARAN\nA. INTRODUCTION\n" +
		"Wife at bedside (Misty, 723-285-4736x97656). (Monday, 555-0134) (Total, 12345678)\nInmate: TODD, RONALD  Booking # 2025-016400"
	spans := typedSpans(t, text, "PERSON", "S. SMITH")
	spans[0].Score = 0.4
	checkRuled(t, text, spans, "PERSON S. SMITH", "PERSON K. OYELARAN", "PERSON Misty", "PERSON TODD, RONALD")
	fs, err := NewRecognizer(spanBackend{spans}, Options{}).Recognize(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) == 0 || fs[0].Score < 0.5 {
		t.Errorf("the signer's doubted name stays under the threshold: %+v", fs)
	}
	// a family name found alone, as a repeat of a name found before finds it, takes the initial before it
	text = "Now linked to Michael Bartlett.\n\nDelivered 02/11 2:14pm, signed by T. BARTLETT. Tracking 1Z9409749930972896"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Michael Bartlett"), "PERSON Michael Bartlett", "PERSON T. BARTLETT")
}

// TestFamiliesInThePlural (stop 42): a family named in the plural after "the" is a person where
// the lists know the name and it is no word; a team, a band or a word in the plural is none.
func TestFamiliesInThePlural(t *testing.T) {
	text := "Carpool: Mon – the Nguyens; we had dinner with the Joneses and the Kowalskis. The Browns won, the Giants lost, the Beatles played, in the Settings. Bands: \"The Jacksons\", “The Monkees”."
	checkRuled(t, text, nil, "PERSON Nguyens", "PERSON Joneses", "PERSON Kowalskis")
}

// TestUndottedInitials (stop 42): a given name, a middle initial without its period and a family
// name of the lists are a person, in mixed case or in capitals at a field's end, the family name
// a word too ("Mercer"); an article or a pronoun before a word is no initial, and capitals
// that no list gives as names are none.
func TestUndottedInitials(t *testing.T) {
	text := "Member: ROSALIND K MERCER  Member ID: XYZ884172993\nPatient: Rosalind K Mercer was seen.\nTell Story A Story. CLASS A NOTES. Plan B Option C."
	checkRuled(t, text, nil, "PERSON ROSALIND K MERCER", "PERSON Rosalind K Mercer")
	// the model's person that stops at the initial vouches for the name: a family name no list
	// holds joins it when it is no word or label (stop 47)
	text = "Member: DOROTHY A KEMPF  Member ID: W284719306\nMember: Dorothy A Kempf  ID: 4471\nPatient John B Negative for strep. Call Sarah K Tomorrow."
	checkRuled(t, text, personSpans(t, text, []string{"DOROTHY A", "Dorothy A", "John B", "Sarah K"}),
		"PERSON DOROTHY A KEMPF", "PERSON Dorothy A Kempf", "PERSON John B", "PERSON Sarah K")
}

// TestFormsOfAddressAlone: a form of address that opens a message is no person, as a title is
// not; the name after it stays one (stop 47: "Hi Doc," and "Dear Madam," had been persons).
func TestFormsOfAddressAlone(t *testing.T) {
	text := "Hi Doc, this is Kenji. Dear Madam, I write to you. Signed by Madam Omosalewa Adebisi."
	checkRuled(t, text, personSpans(t, text, []string{"Doc", "Kenji", "Madam", "Madam Omosalewa Adebisi"}),
		"PERSON Kenji", "PERSON Omosalewa Adebisi")
}
