package ner

import "testing"

// TestCaptionParties: a caption's party written as a name is, before its role, is a person; a
// company there is none of this rule's.
func TestCaptionParties(t *testing.T) {
	text := "TONICHA MACALOON, Plaintiff,\nv.\nHUSSEY-DERMOTT LTD, Defendant.\nCase No. 4:21-cv-54388"
	checkRuled(t, text, nil, "PERSON TONICHA MACALOON", "ORGANIZATION HUSSEY-DERMOTT LTD")
}

// TestCaseNames: the sides of a case's name are persons where they are family names or names; a
// sovereign's side, a firm of partners or a company is none.
func TestCaseNames(t *testing.T) {
	text := "In Phillips v. Webb (2004), the court held. State v. Bakhshi Gopal, No. 2. People v. Ana Lima decided it. Lee v. Jones, Hart and Pryce, 2019."
	spans := typedSpans(t, text, "LOCATION", "Phillips", "ORGANIZATION", "Bakhshi")
	spans[0].Score, spans[1].Score = 0.6, 0.67
	checkRuled(t, text, spans, "PERSON Phillips", "PERSON Webb", "PERSON Bakhshi Gopal", "PERSON Ana Lima", "PERSON Lee")
}

// TestOrdersAndTranscripts: an order's "/s/" signature and a witness's answer to the question of
// her name are persons, the answer to where she lives a place; an answer to another question is
// none.
func TestOrdersAndTranscripts(t *testing.T) {
	text := "SO ORDERED.\n/s/ Dhriti Bala\nQ. Please state your name for the record.\nA. Jasmine Dean.\nQ. Where do you live?\nA. Gracefort.\nQ. What did you see?\nA. Nothing Much."
	checkRuled(t, text, nil, "PERSON Dhriti Bala", "PERSON Jasmine Dean", "LOCATION Gracefort")
}
