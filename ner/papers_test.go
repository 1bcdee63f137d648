package ner

import "testing"

// TestHostsAreNoAccounts: a mail server's or a mirror's name after "from" or "by" is a host, no
// account, and the mail protocols' acronyms are no persons; a handle after "by" still is one
// (stop 48: "Received: from mail-pf1-f170.google.com … with ESMTPS" had made two user names and a
// person).
func TestHostsAreNoAccounts(t *testing.T) {
	text := "Received: from mail-pf1-f170.google.com by mx.corp.example with ESMTPS id abc123. Great post by jdoe92 today."
	checkRuled(t, text, personSpans(t, text, []string{"ESMTPS"}), "USERNAME jdoe92")
}

// TestDepositionAnswer: a transcript's answer mark opening a line is no initial of the name the
// answer gives (stop 48); an initial in a text without questions' marks stays.
func TestDepositionAnswer(t *testing.T) {
	text := "Q. Please state your name for the record.\nA. Reginald Thaddeus Ogunbanjo.\nQ. And where do you reside?"
	checkRuled(t, text, personSpans(t, text, []string{"A. Reginald Thaddeus Ogunbanjo"}), "PERSON Reginald Thaddeus Ogunbanjo")
	text = "Signed:\nA. Reginald Ogunbanjo"
	checkRuled(t, text, personSpans(t, text, []string{"A. Reginald Ogunbanjo"}), "PERSON A. Reginald Ogunbanjo")
}

// TestPartiesOfPapers: a caption's parties in the plural and a deed's grantor and grantee are
// roles, no place or person, and a relation's word before a form's next field across its blanks
// names nobody (stop 48: "husband and wife  Grantee: Vikram Subramanian").
func TestPartiesOfPapers(t *testing.T) {
	text := "Acme and DARNELL KIRBY, Defendants.\nGrantor: LOIS J. PEMBERTON, husband and wife  Grantee: Vikram Subramanian"
	spans := typedSpans(t, text, "PERSON", "DARNELL KIRBY", "LOCATION", "Defendants", "PERSON", "LOIS J. PEMBERTON", "PERSON", "Vikram Subramanian")
	checkRuled(t, text, spans, "PERSON DARNELL KIRBY", "PERSON LOIS J. PEMBERTON", "PERSON Vikram Subramanian")
	checkRuled(t, "her daughter Siobhan Keane and my wife Grantee: x", nil, "PERSON Siobhan Keane")
}

// TestSpeakerInBrackets: a transcript's role with the speaker's name in brackets before the colon
// names a person (stop 48: "Agent (Tyrell):"); a word in the brackets is no name.
func TestSpeakerInBrackets(t *testing.T) {
	checkRuled(t, "Agent (Tyrell): Sorry about that!\nAgent (Support): one moment please", nil, "PERSON Tyrell")
}

// TestCityInCapitals: a claim form's CITY label in capitals holds a town, up to the next field's
// label on its line (stop 48: "CITY: YONKERS STATE: NY" had sent the town upstream).
func TestCityInCapitals(t *testing.T) {
	checkRuled(t, "CITY: YONKERS STATE: NY ZIP: 10701", nil, "LOCATION YONKERS")
}

// TestLabelTails: an identifier's acronym or the next field's word the model ran into after a
// name is cut off (stop 48); a citation's initials are the name's.
func TestLabelTails(t *testing.T) {
	text := "Prescriber: Dr. L. Fairweather DEA BF1234563; Dr. Lena Fairweather NPI 1234567893"
	checkRuled(t, text, personSpans(t, text, []string{"L. Fairweather DEA BF", "Lena Fairweather NPI"}), "PERSON L. Fairweather", "PERSON Lena Fairweather")
	text = "Surname: ABDULLAHI Given names: MUSA IBRAHIM Date of birth: 12 FEB 1990"
	checkRuled(t, text, personSpans(t, text, []string{"ABDULLAHI", "MUSA IBRAHIM Date"}), "PERSON ABDULLAHI", "PERSON MUSA IBRAHIM")
	text = "Brokerage acct held by Ingrid & Olav Brekke JTWROS since 2019"
	checkRuled(t, text, personSpans(t, text, []string{"Ingrid", "Olav Brekke JTWROS"}), "PERSON Ingrid", "PERSON Olav Brekke")
	text = "Allen T, Wolf ER. Outcomes of early surgery."
	checkRuled(t, text, personSpans(t, text, []string{"Allen T", "Wolf ER"}), "PERSON Allen T", "PERSON Wolf ER")
}

// TestFormBoxes: a claim form's numbered box is no post office's, and an initial alone no
// address (stop 48: "STANISLAW J⏎Box 3 DOB"); a PO box stays one.
func TestFormBoxes(t *testing.T) {
	text := "Box 2 PATIENT'S NAME: KOWALSKI, STANISLAW J\nBox 3 DOB 04 17 1949. Send it to PO Box 3."
	spans := typedSpans(t, text, "PERSON", "KOWALSKI, STANISLAW", "STREET_ADDRESS", "J\nBox 3", "STREET_ADDRESS", "PO Box 3")
	checkRuled(t, text, spans, "PERSON KOWALSKI, STANISLAW J", "STREET_ADDRESS PO Box 3")
}

// TestSelfIntroductions: another language's "I am" in lower case before the name is no part of
// it (stop 48); the capitalised given name "Ben" is.
func TestSelfIntroductions(t *testing.T) {
	text := "Ciao, sono Giulia Ferraro. Merhaba, ben Elif Yıldız. Hola, soy Valentina Restrepo. Ben Smith wrote."
	checkRuled(t, text, personSpans(t, text, []string{"sono Giulia Ferraro", "ben Elif Yıldız", "soy Valentina Restrepo", "Ben Smith"}),
		"PERSON Giulia Ferraro", "PERSON Elif Yıldız", "PERSON Valentina Restrepo", "PERSON Ben Smith")
}

// TestNamesAfterRecordNumbers: a name written family name first in brackets right after a
// record's number is a person, an initial after it too (stop 48: "MRN 00447812 (Abdi, Fadumo)"
// had gone upstream); places, software and a bracket after a word are none, and a cardiology
// note's abbreviations are no persons.
func TestNamesAfterRecordNumbers(t *testing.T) {
	text := "Dialysis for MRN 00447812 (Abdi, Fadumo): Mon/Wed/Fri. Acct 4417 (SMITH, JOHN A) overdue. Case 20231187 (Paris, France). build 1.2.3456 (Linux, Windows). Note (Zorblat, Quennix)."
	checkRuled(t, text, nil, "PERSON Abdi, Fadumo", "PERSON SMITH, JOHN A")
	text = "67M admitted with NSTEMI, PCI to LAD on 11/03"
	checkRuled(t, text, personSpans(t, text, []string{"NSTEMI"}))
}

// TestVoterAndRosterNames: a name written family name first in capitals with a comma is a person
// where the model found nothing, an initial after it too, and so is a title-case given name with
// its initial after a family name in capitals; a citation's initials, a list of full names, a
// firm's partners and places are none; a voter file's party is a political opinion (stop 48).
func TestVoterAndRosterNames(t *testing.T) {
	checkRuled(t, "Voter record: HOLLOWAY, GRETCHEN A, DOB 1961, Precinct 0412, Party: DEM", nil, "PERSON HOLLOWAY, GRETCHEN A", "POLITICAL_OPINION DEM")
	checkRuled(t, "Inmate ID 88213-054, Name: BRIGGS, Tyrone L., Facility: FCI", nil, "PERSON BRIGGS, Tyrone L")
	checkRuled(t, "PARIS, FRANCE. Party: Saturday 8pm. STEJSKAL, DOMINIKA LLP. Allen T, Wolf ER, Kerr K. Outcomes", nil, "ORGANIZATION DOMINIKA LLP")
}

// TestGreetingsAndIntroductions: a greeting of Central and Eastern Europe alone is no person, and
// the name after another language's "I am" opening its clause is one, where the model read it as
// an address or found nothing (stop 48).
func TestGreetingsAndIntroductions(t *testing.T) {
	text := "Dobrý deň, volám sa Marek. Bună ziua, sunt Andreea Popescu, CNP 2850101123453. Zdravo, ja sam Ivana Horvat."
	spans := typedSpans(t, text, "PERSON", "Dobrý", "PERSON", "Bună", "STREET_ADDRESS", "sunt Andreea Popescu", "PERSON", "ja", "PERSON", "sam Ivana Horvat")
	checkRuled(t, text, spans, "PERSON Andreea Popescu", "PERSON Ivana Horvat")
	checkRuled(t, "Bună ziua, sunt Andreea Popescu, CNP 2850101123453.", nil, "PERSON Andreea Popescu")
}

// TestLatinArabicParticles: "El", "Al", "Ben" and the like before a family name the model left
// out join the name (stop 48); a word of English after them does not (the capitalised particle
// alone joins by an older rule, as before the stop).
func TestLatinArabicParticles(t *testing.T) {
	text := "Name: Fatima Zahra El Amrani | Age: 91. Then Karim Ben Salah came. Maria Al Mare went."
	checkRuled(t, text, personSpans(t, text, []string{"Fatima Zahra", "Karim", "Maria"}), "PERSON Fatima Zahra El Amrani", "PERSON Karim Ben Salah", "PERSON Maria Al")
}

// TestNicknameAfterRelation: a nickname in quotes right after a relation's word is a person's
// (stop 48: `mother's partner "Dazza" (Darren Pike)` had sent the nickname upstream); a phrase in
// quotes is none.
func TestNicknameAfterRelation(t *testing.T) {
	checkRuled(t, `mother's partner "Dazza" (Darren Pike), and her son "the kid" is fine`, nil, "PERSON Dazza", "PERSON Darren Pike")
}
