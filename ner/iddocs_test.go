package ner

import (
	"context"
	"slices"
	"testing"

	"github.com/veil-gateway/veil/redact"
)

// TestIdentityDocumentFields: the faces of passports, identity cards and driving licences as an
// OCR step reads them: bilingual labels with the value below or after them, a licence's
// numbered fields, AAMVA's LN and FN; a place of birth's value a place.
func TestIdentityDocumentFields(t *testing.T) {
	text := "Surname/Nom\nOKAFOR\nGiven names/Prénoms\nCHINEDU EMEKA\nNationality/Nationalité\nBRITISH CITIZEN"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "CHINEDU EMEKA"), "PERSON OKAFOR", "PERSON CHINEDU EMEKA")
	text = "Name/Surname MUSTERMANN\nVornamen/Given names ERIKA\nGeburtsort/Place of birth BERLIN"
	checkRuled(t, text, nil, "PERSON MUSTERMANN", "PERSON ERIKA", "LOCATION BERLIN")
	// a language's label the phrases do not hold before a known one; the model's person that
	// runs on from a value into the next line ends there
	text = "Sloinne/Surname\nMURPHY\nRéamhainm/Forename\nSEÁN\nDáta breithe/Date of birth"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "SEÁN\nDáta"), "PERSON MURPHY", "PERSON SEÁN")
	text = "Apellidos / Surname: GARCÍA LÓPEZ\nLugar de nacimiento/Place of birth\nSEVILLA"
	checkRuled(t, text, nil, "PERSON GARCÍA LÓPEZ", "LOCATION SEVILLA")
	// a licence's numbered fields, where its fields 4a, 4b or 4d say it is one
	text = "1. WILLIAMS\n2. SARAH JANE\n3. 22.04.1990 UNITED KINGDOM\n4a. 15.06.2019 4b. 14.06.2029"
	checkRuled(t, text, nil, "PERSON WILLIAMS", "PERSON SARAH JANE")
	text = "4d DLN I1234568\n1 MORALES\n2 ANDREW JASON"
	checkRuled(t, text, nil, "PERSON MORALES", "PERSON ANDREW JASON")
	text = "LN DOE\nFN JANE MARIE\nDOB 03/14/1985"
	checkRuled(t, text, nil, "PERSON DOE", "PERSON JANE MARIE")
	// the label outweighs the model's weak guess of another type
	text = "LN WATSON\nFN ANGELICA\nDOB 09/16/2005"
	spans := scoredSpans(t, text, 0.42, "STREET_ADDRESS", "ANGELICA")
	checkRuled(t, text, spans, "PERSON WATSON", "PERSON ANGELICA", "STREET_ADDRESS ANGELICA")
	// none: a numbered list that is no licence, an empty field before the next label, a
	// placeholder, a label of one language, a slash that joins no labels
	for _, text := range []string{
		"1. INTRODUCTION\n2. METHODS",
		"Surname/Nom\nGiven names/Prénoms\nCHINEDU",
		"Surname/Nom\nSAMPLE",
		"Surname\nMUSTERMANN and more words follow here in prose",
		"Input/Output ERRORS",
		"LN 2 of the log\nFN call",
	} {
		want := []string(nil)
		if text == "Surname/Nom\nGiven names/Prénoms\nCHINEDU" {
			want = []string{"PERSON CHINEDU"}
		}
		checkRuled(t, text, nil, want...)
	}
}

// TestSpacedLettersThroughModel: a name written a letter at a time reaches the model as words
// (redact's spacedLetters, run where the cue words' pass saw four one-letter words in a row),
// and its person covers the spaced letters of the original.
func TestSpacedLettersThroughModel(t *testing.T) {
	text := "Please update the record of J o h n  S m i t h before Friday."
	if got := typedFindings(t, embeddedDetector(t), text); !slices.Contains(got, "PERSON J o h n  S m i t h") {
		t.Errorf("%q: %v", text, got)
	}
}

// TestFileNames: a file named after someone makes a person of the given and family names side by
// side among its name's parts, either way round, in any case; names of code and two dictionary
// words stay.
func TestFileNames(t *testing.T) {
	for text, want := range map[string][]string{
		"Attached: Resume_Amelia_Kowalski.pdf":                         {"PERSON Amelia_Kowalski"},
		"ls: Harold-Finch-lab-results.pdf":                             {"PERSON Harold-Finch"},
		"uploaded s3://bucket/claims/2024/OKAFOR_CHINEDU_passport.jpg": {"PERSON OKAFOR_CHINEDU"},
		"see amelia.kowalski.notes.txt":                                {"PERSON amelia.kowalski"},
		"import mark_price.py; invoice_john_smith.xlsx":                nil,
		"open(config_rose_hill.json) in Amelia_Kowalski.go":            nil,
	} {
		checkRuled(t, text, nil, want...)
	}
}

// TestMaidenNamesOfLanguages: the family name after née in capitals, geb., z domu and their like
// is a person; "born" and "formerly" only inside brackets, and a date or a place is none.
func TestMaidenNamesOfLanguages(t *testing.T) {
	text := "Mother: MARY SMITH (née JONES); Anna Schmidt geb. Müller; Ruth Baker (formerly Ruth Osei)"
	spans := typedSpans(t, text, "PERSON", "MARY SMITH", "PERSON", "Anna Schmidt", "PERSON", "Ruth Baker")
	checkRuled(t, text, spans, "PERSON MARY SMITH", "PERSON JONES", "PERSON Anna Schmidt", "PERSON Müller", "PERSON Ruth Baker", "PERSON Ruth Osei")
	text = "Mary Smith (born in Leeds) and Ann Lee née March 1950"
	spans = typedSpans(t, text, "PERSON", "Mary Smith", "PERSON", "Ann Lee")
	checkRuled(t, text, spans, "PERSON Mary Smith", "LOCATION Leeds", "PERSON Ann Lee") // the place of birth's rule
}

// TestHyphenedGivenNames: a given name of two Chinese or Korean syllables joined by a hyphen is a
// person alone; words made of such syllables are none.
func TestHyphenedGivenNames(t *testing.T) {
	checkRuled(t, "quick heads-up: Mei-Ling is out sick; ping Xiao-Ming and Seo-yeon", nil, "PERSON Mei-Ling", "PERSON Xiao-Ming", "PERSON Seo-yeon")
	checkRuled(t, "Ping-Pong and Tai-Chi at the Xi-An club; Yu-Gi-Oh cards; x := a-b", nil)
}

// TestGroupFieldsInForms: a group's label after a form's gap reads its value up to the next gap,
// and the model's span over the value and the next field's label becomes the group.
func TestGroupFieldsInForms(t *testing.T) {
	text := "Given names: Khalid Ahmed  Nationality: Omani  Passport No: A12345678"
	spans := typedSpans(t, text, "PERSON", "Khalid Ahmed", "STREET_ADDRESS", "Omani  Passport")
	checkRuled(t, text, spans, "PERSON Khalid Ahmed", "NRP Omani")
}

// TestTitlesBeforeEmployers: a job's title that opens the model's street before a comma is left
// out, and the employer without a number is an organisation; a name among the title's words
// keeps the span whole.
func TestTitlesBeforeEmployers(t *testing.T) {
	text := "Dr Fiona McAllister, Senior Lecturer, University of Glasgow. Tom Baker, Manager Ngozi Okafor, Acme Road 5"
	spans := typedSpans(t, text, "PERSON", "Fiona McAllister", "STREET_ADDRESS", "Senior Lecturer, University of Glasgow", "PERSON", "Tom Baker",
		"STREET_ADDRESS", "Manager Ngozi Okafor, Acme Road 5")
	checkRuled(t, text, spans, "PERSON Fiona McAllister", "ORGANIZATION University of Glasgow", "PERSON Tom Baker", "STREET_ADDRESS Manager Ngozi Okafor, Acme Road 5")
}

// TestSpelledInCapitals: a word in capitals right after a word about spelling is a person, as
// the normalisation writes a name spelled a letter at a time; an abbreviation of the common
// words is none.
func TestSpelledInCapitals(t *testing.T) {
	checkRuled(t, "that is spelled OKAFOR, ok? and spelled IT", nil, "PERSON OKAFOR")
}

// TestGivenAndInitialInBrackets: a given name of the lists and an initial filling a bracket, an
// age after them or not, are a person; a caption's letter is none.
func TestGivenAndInitialInBrackets(t *testing.T) {
	checkRuled(t, "Client (Dana K.) reported; Resident (Tom B., 84) fell; see (Figure A.)", nil, "PERSON Dana K.", "PERSON Tom B.")
}

// TestFamilyTailsInCapitals: a family name in capitals right after a person in capitals, where
// the name ends, joins it.
func TestFamilyTailsInCapitals(t *testing.T) {
	text := "Defendant ROBERT LEE HOLLOWAY a/k/a Bobby"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "ROBERT LEE", "PERSON", "Bobby"), "PERSON ROBERT LEE HOLLOWAY", "PERSON Bobby")
}

// TestAliasNames: the name after "aka", "a/k/a", "f/k/a" or "also known as" right after a person
// is a person; after anything else it is left.
func TestAliasNames(t *testing.T) {
	text := "Emily Chen (aka Em Chen) joined; the tool, aka Swiss knife"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Emily Chen", "PERSON", "Chen"), "PERSON Emily Chen", "PERSON Em Chen")
}

// TestNameOrderHints: a claim form's label line that says in brackets in which order to write a
// name makes a person of the next line, as does a W-2's label naming both parts.
func TestNameOrderHints(t *testing.T) {
	text := "4. INSURED'S NAME (Last Name, First Name, Middle Initial)\nOKAFOR, CHIDI\n5. PATIENT'S ADDRESS (No., Street)\nMAIN OFFICE"
	checkRuled(t, text, nil, "PERSON OKAFOR, CHIDI")
	// a W-2's box label of its own, naming both parts (stop 39); a request in prose names none
	text = "e Employee's first name and initial Last name\nLATOYA M JEFFERSON\nPlease type your first name and last name here\nthanks a lot"
	checkRuled(t, text, nil, "PERSON LATOYA M JEFFERSON")
}

// TestGapFields: a form's label and its value side by side, two blanks apart, without a colon;
// a table's header of such labels is none.
func TestGapFields(t *testing.T) {
	checkRuled(t, "CITY  SPRINGFIELD  STATE IL\nPATIENT NAME  DOE, JANE  DOB 03/14/1985\nNAME  DOB  MRN", nil,
		"LOCATION SPRINGFIELD", "PERSON DOE, JANE")
}

// TestRouteCodes: an airport's code at one end of a route is no person; the same letters
// elsewhere keep the model's person.
func TestRouteCodes(t *testing.T) {
	text := "From LHR to JFK on BA117; JFK → LAX; JFK was president"
	spans := typedSpans(t, text, "PERSON", "JFK", "PERSON", "JFK", "PERSON", "JFK")
	checkRuled(t, text, spans, "PERSON JFK")
}

// TestDisguisedNamesThroughModel: a name styled so that a scanner of plain text reads it in
// pieces (stop 43) is found whole: inline HTML tags inside it or around its words, struck through
// or underlined, with bidirectional marks between its letters.
func TestDisguisedNamesThroughModel(t *testing.T) {
	det := embeddedDetector(t)
	for text, want := range map[string]string{
		"the patient <b>John</b> <i>Smith</i> was admitted":                                               "John</b> <i>Smith",
		"the patient Jo<span>hn</span> Sm<b>ith</b> was admitted":                                         "Jo<span>hn</span> Sm<b>ith",
		"the patient J\u0336o\u0336h\u0336n\u0336 \u0336S\u0336m\u0336i\u0336t\u0336h\u0336 was admitted": "J\u0336o\u0336h\u0336n\u0336 \u0336S\u0336m\u0336i\u0336t\u0336h",
		"the patient J\u200eo\u200eh\u200en S\u200em\u200ei\u200et\u200eh was admitted":                   "J\u200eo\u200eh\u200en S\u200em\u200ei\u200et\u200eh",
	} {
		if got := typedFindings(t, det, text); !slices.Contains(got, "PERSON "+want) {
			t.Errorf("%q: %q, want PERSON %q", text, got, want)
		}
	}
}

// TestBrandsNotPersons: a card's brand before its digits or its mask, and a platform's name
// opening a notification's line, are no persons (stop 43); the names after them are, and so is
// such a word after a title.
func TestBrandsNotPersons(t *testing.T) {
	det := embeddedDetector(t)
	for text, want := range map[string][]string{
		"Paid with Visa •••• 4242":           nil,
		"Visa: 4111111111111111":             {"CREDIT_CARD 4111111111111111"},
		"Mastercard **** 5454 was charged":   nil,
		"Steam: Friend request from Kevin":   {"PERSON Kevin"},
		"Signal: Anna Berg sent a message":   {"PERSON Anna Berg"},
		"Mr. Steam called about the invoice": {"PERSON Steam"},
	} {
		if got := typedFindings(t, det, text, redact.Person, redact.CreditCard); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// TestNamesBetweenLabels: a form's line of fields a single space apart makes a person of each
// name field's value up to the next label (stop 43); a value that is a placeholder or words of
// English alone, and the fields of a line that is no form's, stay.
func TestNamesBetweenLabels(t *testing.T) {
	for text, want := range map[string][]string{
		"Surname: OKAFOR Given Names: CHIDI EMEKA Sex: M":                   {"OKAFOR", "CHIDI EMEKA"},
		"Last Name: Nguyen First Name: Thi MI: T Date of birth: 04/12/1968": {"Nguyen", "Thi"},
		"LAST: SMITH FIRST: JOHN MIDDLE: ROBERT":                            {"SMITH", "JOHN", "ROBERT"},
		"Nom : DUPONT Prénom : Jean-Luc":                                    {"DUPONT", "Jean-Luc"},
		"First Name: N/A Last Name: Unknown":                                nil,
		"Name: Release Notes Date: 2024-01-02":                              nil,
		"status: ok name: build version: 2":                                 nil,
		"Kindly remit to: Acct name: Chukwudi Nwankwo, Acct no: 0123456789": nil, // a bank's labels, not a name's value (stop 46)
	} {
		var got []string
		for _, f := range namesBetweenLabels(text, nil) {
			got = append(got, text[f.Start:f.End])
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// embeddedDetector is a detector with the embedded model, as veil serve builds it by default.
func embeddedDetector(t *testing.T) *redact.Detector {
	t.Helper()
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return redact.NewDetector(redact.Patterns{}, NewRecognizer(Local(m), Options{}))
}

// typedFindings returns det's findings in text as "TYPE text", of the types given (all when none).
func typedFindings(t *testing.T, det *redact.Detector, text string, types ...string) []string {
	t.Helper()
	fs, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		if len(types) == 0 || slices.Contains(types, f.Type) {
			got = append(got, f.Type+" "+text[f.Start:f.End])
		}
	}
	return got
}

// TestPersonEndsAtNextLabel: a person the model ran on into a form's next label ends with the
// name field's value (namesBetweenLabels).
func TestPersonEndsAtNextLabel(t *testing.T) {
	text := "Surname: Okafor Given Names: Chidi"
	if got, want := typedFindings(t, embeddedDetector(t), text, redact.Person), []string{"PERSON Okafor", "PERSON Chidi"}; !slices.Equal(got, want) {
		t.Errorf("%q: %q, want %q", text, got, want)
	}
}
