package ner

import "testing"

// TestSignatureBlocks: the name under the line a deed is signed on, and the name above the office
// its signer holds, are persons; a heading or a word there is none.
func TestSignatureBlocks(t *testing.T) {
	text := "IN WITNESS WHEREOF the parties have signed.\n\n______________________\nRushil Loke\nDate: 12/02/2024"
	checkRuled(t, text, nil, "PERSON Rushil Loke")
	text = "Sworn before me at Nadiad on July 10, 2024.\nWarhi Kunda\nNotary Public"
	checkRuled(t, text, nil, "LOCATION Nadiad", "PERSON Warhi Kunda") // a town of the lists (townlist.go)
	text = "Signature: ____________\nTerms and Conditions\n\nPlease sign below.\n..........\nSee Annex\nNotary Public"
	checkRuled(t, text, nil)
}

// TestTownsOfParties: the town a deed gives a person as of, after the name and a comma, is a place
// over the model's doubt; "of" after anything else, or before no town, is none.
func TestTownsOfParties(t *testing.T) {
	text := "I, Hélène Cousin, of Chauveaunec, being of sound mind. The Seller, Ali Kleibrink, of Koekange, agrees. The city, of course, agrees."
	spans := typedSpans(t, text, "PERSON", "Hélène Cousin", "ORGANIZATION", "Chauveaunec", "PERSON", "Ali Kleibrink")
	spans[1].Score = 0.33
	checkRuled(t, text, spans, "PERSON Hélène Cousin", "LOCATION Chauveaunec", "PERSON Ali Kleibrink", "LOCATION Koekange")
}

// TestTownsOfSigners: the town a review signs with after the writer's name and a dash is a place
// over the model's doubt; a job or a company after the name, or a line that goes on, is none.
func TestTownsOfSigners(t *testing.T) {
	text := "Great stay! – Ian Campos, Casa Grande\nLovely staff. - Traudl Junck, Pritzwalk.\n– Ana Lima, Senior Engineer at Acme\n– Bo Chen, Berlin and Rome"
	spans := typedSpans(t, text, "PERSON", "Ian Campos", "PERSON", "Casa Grande", "PERSON", "Traudl Junck", "PERSON", "Ana Lima", "PERSON", "Bo Chen")
	spans[1].Score = 0.64
	checkRuled(t, text, spans, "PERSON Ian Campos", "LOCATION Casa Grande", "PERSON Traudl Junck", "LOCATION Pritzwalk", "PERSON Ana Lima", "PERSON Bo Chen")
}

// TestPlacesAfterPlaceLabels: a form's town after its label is a place over the model's doubt, in
// capitals too and with a town's small words; a value with a number, a list or a sentence is none.
func TestPlacesAfterPlaceLabels(t *testing.T) {
	text := "Place of birth: La Coruña\nGeburtsort: Brilon  Nationality: German\nPLACE OF BIRTH: KRIMPEN AAN DEN IJSSEL\n" +
		"City: 12 Main St\nTown: see the attached letter for details"
	spans := typedSpans(t, text, "ORGANIZATION", "Brilon")
	spans[0].Score = 0.56
	checkRuled(t, text, spans, "LOCATION La Coruña", "LOCATION Brilon", "NRP German", "LOCATION KRIMPEN AAN DEN IJSSEL") // the nationality after the gap since stop 38
	// an item after a comma, in the labels of Czech, Hungarian and Finnish (stop 27); not a label
	// inside a sentence's words
	text = "Jan Novák, narozen 1. 2. 1980, místo narození: Kolín\nKovács Anna, született 1980. 02. 01., születési hely: Pécs\nthe place of birth: Leeds"
	spans = typedSpans(t, text, "PERSON", "Jan Novák", "PERSON", "Kovács Anna")
	checkRuled(t, text, spans, "PERSON Jan Novák", "LOCATION Kolín", "PERSON Kovács Anna", "LOCATION Pécs")
	// a script without capitals: a town in letters after Arabic's comma, the full stop left out;
	// a value with a number or more than four words is none
	text = "تاريخ الميلاد 04/06/1949، مكان الميلاد: بيلسانmouth.\nמקום לידה: בית 12\nजन्म स्थान: मेरा जन्म एक छोटे गाँव में हुआ"
	checkRuled(t, text, nil, "LOCATION بيلسانmouth")
}
