package ner

import "testing"

// TestPlacesInContactLines: a town among a contact line's items, or after a CV's job and
// employer, is a place whatever the model made of it; an employer written as partners' names
// there is an organisation; words, names and lines without contact items are left (stop 26).
func TestPlacesInContactLines(t *testing.T) {
	for _, tc := range []struct {
		text  string
		model []string // type, words pairs the model found
		want  []string
	}{
		{"jane@example.com | (555) 123-4567 | Almería", nil, []string{"LOCATION Almería"}},
		{"Ellisonfort | ana@example.org", []string{"ORGANIZATION", "Ellisonfort"}, []string{"LOCATION Ellisonfort"}},
		{"+91 4784579038 · North Jenniferberg", []string{"LOCATION", "North Jenniferberg"}, []string{"LOCATION North Jenniferberg"}},
		// the model reads the normalised copy, whose dashes are '-'
		{"Experience\nActor, Preston, Norris and Williams - Lake Brendanton\n2019 - present",
			[]string{"PERSON", "Preston", "PERSON", "Norris", "PERSON", "Williams"}, []string{"ORGANIZATION Preston, Norris and Williams", "LOCATION Lake Brendanton"}},
		{"Analyst, Rossi SpA - Viguzzolo (2019-2022)", []string{"ORGANIZATION", "Rossi SpA"}, []string{"ORGANIZATION Rossi SpA", "LOCATION Viguzzolo"}},
		// no contact item, no year, words, a name the lists know, a sure person
		{"Hello, World - Foo", nil, nil},
		{"ERROR | timeout | Retry", nil, nil},
		{"ana@example.org | Timeout | Senior Engineer", nil, nil},
		{"ana@example.org | Maria Garcia", nil, []string{"PERSON Maria Garcia"}},
		{" 167958 | Michèle Lefebvre | zleroux@example.net", []string{"PERSON", "Michèle Lefebvre"}, []string{"PERSON Michèle Lefebvre"}},
		{"ana@example.org | Zorbal", []string{"PERSON", "Zorbal"}, []string{"LOCATION Zorbal"}},
	} {
		checkRuled(t, tc.text, scoredSpans(t, tc.text, 0.75, tc.model...), tc.want...) // doubted: a sure finding stays
	}
}

// scoredSpans is typedSpans with each span scored score, and no spans for no pairs: a model's
// findings that a rule may doubt (under 0.9) or must keep.
func scoredSpans(t *testing.T, text string, score float64, pairs ...string) []Span {
	t.Helper()
	if len(pairs) == 0 {
		return nil
	}
	spans := typedSpans(t, text, pairs...)
	for i := range spans {
		spans[i].Score = score
	}
	return spans
}

// TestTownCountry: a model's digitless address that is a town and a country, a job's title run
// into it from the line above, is the two places; an address with a street or a number stays.
func TestTownCountry(t *testing.T) {
	for _, tc := range []struct {
		text, address string
		want          []string
	}{
		{"Ivo Sansoni, Mudlogger\nViguzzolo, Italy · 09414775931", "Mudlogger\nViguzzolo, Italy", []string{"PERSON Ivo Sansoni", "LOCATION Viguzzolo", "LOCATION Italy"}},
		{"Lake Elizabethfurt, United States", "Lake Elizabethfurt, United States", []string{"LOCATION Lake Elizabethfurt", "LOCATION United States"}},
		{"Baker Street, London", "Baker Street, London", []string{"STREET_ADDRESS Baker Street, London"}},
		{"12 Rue Verte, France", "12 Rue Verte, France", []string{"STREET_ADDRESS 12 Rue Verte, France"}},
	} {
		checkRuled(t, tc.text, typedSpans(t, tc.text, "STREET_ADDRESS", tc.address), tc.want...)
	}
}

// TestRolePhrases: a salutation's role of English words is no person; a name of the lists in it
// keeps it one.
func TestRolePhrases(t *testing.T) {
	for _, tc := range []struct {
		text, person string
		want         []string
	}{
		{"Dear Hiring Manager,", "Hiring Manager", nil},
		{"Dear Admissions Committee,", "Admissions Committee", nil},
		{"Dear Rose Manager,", "Rose Manager", []string{"PERSON Rose Manager"}},
	} {
		checkRuled(t, tc.text, typedSpans(t, tc.text, "PERSON", tc.person), tc.want...)
	}
}

// TestNamesOverContactLines: the line right above a contact line is its person's name, in
// capitals too, particles in either case; teams, sign-offs and longer lines are not.
func TestNamesOverContactLines(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"MARIANO ORLANDO\nm.orlando@example.it | +39 331 234 5678", []string{"PERSON MARIANO ORLANDO"}},
		{"TOBIAS VAN NOORDELOOS\nt.vn@example.nl", []string{"PERSON TOBIAS VAN NOORDELOOS"}},
		{"Qushi Sachdev\n+91 98450 12345 · qs@example.in", []string{"PERSON Qushi Sachdev"}},
		{"Sales Team\nsales@acme.com | +1 555 123 4567", nil},
		{"Kind Regards\nana@example.org", nil},
		{"Please write to us at\nana@example.org", nil},
		{"ZORBAL QUINTAVIC\nsee the attached notes", nil},
	} {
		checkRuled(t, tc.text, nil, tc.want...)
	}
}

// TestSignOffsAndHeadings: a sign-off the model ran into the writer's name is cut off, an
// invoice's "Bill to" heading is no person, nor is a thing before an acronym, and a street's name
// before its kind is the street (stop 26).
func TestSignOffsAndHeadings(t *testing.T) {
	for _, tc := range []struct {
		text   string
		person string
		want   []string
	}{
		{"Happy birthday! Love, David", "Love, David", []string{"PERSON David"}},
		{"BILL TO\nMARIA LOPEZ", "BILL", []string{"PERSON MARIA LOPEZ"}}, // the name under it is a rule's
		{"Bill to: Acme Rentals", "Bill", nil},
		{"Bill told me", "Bill", []string{"PERSON Bill"}},
		// a thing named with its identifier's acronym; a street's name the model read as a person
		{"Device MAC 00:1A:2B:3C:4D:5E was registered.", "Device", nil},
		{"Grace MAC arrived", "Grace", []string{"PERSON Grace"}},
		{"Baker Street, London", "Baker", []string{"STREET_ADDRESS Baker Street"}},
		{"Rodney Hill transferred", "Rodney", []string{"PERSON Rodney Hill"}}, // a given name: the person goes on
		// Dutch's article before its form of address; a short given name stays
		{"De heer Hak woont hier.", "De", []string{"PERSON Hak"}},
		{"if only Del will make a return", "Del", []string{"PERSON Del"}},
	} {
		checkRuled(t, tc.text, typedSpans(t, tc.text, "PERSON", tc.person), tc.want...)
	}
}

// TestBirthplaces: the town after a date of birth is a place in eight languages, where the model
// found nothing or doubted it; a word of English alone or a given name is none.
func TestBirthplaces(t *testing.T) {
	for _, tc := range []struct {
		text  string
		model []string
		want  []string
	}{
		{"Bruno Rossi, nato il 12/03/1985 a Bova Marina, è cliente.", []string{"PERSON", "Bova Marina"}, []string{"PERSON Bruno Rossi", "LOCATION Bova Marina"}},
		{"né le 02/01/1974 à Erkelenz", nil, []string{"LOCATION Erkelenz"}},
		{"geboren am 02.01.1974 in Ellisonfort", nil, []string{"LOCATION Ellisonfort"}},
		{"nacido el 3 de marzo de 1980 en Villaviciosa de Odón", nil, []string{"LOCATION Villaviciosa de Odón"}},
		{"born on 3 March 1990 in New Account", nil, nil},
		{"born 1990 in Maria", nil, nil},
		// the person the line opens with before the birth
		{"Orlando Tanzini, nato il 03/10/1965 a Arese, è cliente dal 2019.", nil, []string{"PERSON Orlando Tanzini", "LOCATION Arese"}},
		{"Laurent de la Bouvet, né le 27/06/1964 à Lyon.", nil, []string{"PERSON Laurent de la Bouvet", "LOCATION Lyon"}},
		// Swedish, Danish and Romanian (stop 27)
		{"Ingemar Norman, född 1985-02-02 i Varberg, är kund sedan 2019.", []string{"PERSON", "Ingemar Norman"}, []string{"PERSON Ingemar Norman", "LOCATION Varberg"}},
		{"født 02-02-1985 i Vejle", nil, []string{"LOCATION Vejle"}},
		{"născut la 12.03.1980 în Sibiu", nil, []string{"LOCATION Sibiu"}},
		{"Pasien Ismail Wasita, lahir 07/09/1946 di Payakumbuh, alamat", []string{"PERSON", "Ismail Wasita"}, []string{"PERSON Ismail Wasita", "LOCATION Payakumbuh"}},
	} {
		checkRuled(t, tc.text, scoredSpans(t, tc.text, 0.7, tc.model...), tc.want...)
	}
}

// TestNamesBeforeAddresses: a recipient's name before a comma and an address's first line is a
// person in any language; greetings, dates, clauses and English words are not (stop 26).
func TestNamesBeforeAddresses(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Inviare i documenti a Ignazio Tomasini, Via Roma 5, 00184 Roma.", []string{"PERSON Ignazio Tomasini"}},
		{"Enviar la documentación a Remigio Mercader Fabra, Calle Mayor 5.", []string{"PERSON Remigio Mercader Fabra"}},
		{"Zorbal Quintavic, 12 rue Verte", []string{"PERSON Zorbal Quintavic"}},
		{"Hallo Susana, meine Nummer ist 01729258153", []string{"PERSON Susana"}}, // a greeting's name, not "Hallo"
		{"Deceased Sun, 01 Nov 1970 09:17:41 +0000.", nil},
		{"Welcome to Main Street, Building 5 is closed", []string{"STREET_ADDRESS Main Street"}}, // no person
	} {
		checkRuled(t, tc.text, nil, tc.want...)
	}
}

// TestStreetLineAt: an address's first line after a recipient's comma holds a house number and a
// capitalised or street's word, the number after a comma too; a clause, a date or a phone is none.
func TestStreetLineAt(t *testing.T) {
	for text, want := range map[string]bool{
		"Via Roma 5, 00184 Roma":                 true,
		"12 rue de la Paix":                      true,
		"ul. Długa 21/02, 67-342 Płock":          true,
		"Incrocio Palmisano, 40, 44012, Bondeno": true,
		"meine Nummer ist 01729258153":           false,
		"01 Nov 1970 09:17:41 +0000.":            false,
		"Building Five is closed":                false,
		"call 01729258153 later":                 false,
	} {
		if got := streetLineAt(text, 0); got != want {
			t.Errorf("streetLineAt(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCompaniesBySpacedForms: a company's name before a legal form written in several words is an
// organisation, the form and a partnership's tail included, whatever the model made of the name.
func TestCompaniesBySpacedForms(t *testing.T) {
	for _, tc := range []struct {
		text  string
		model []string
		want  []string
	}{
		{"I work at Borysewicz Sp. z o.o. in Kraków.", []string{"LOCATION", "Borysewicz Sp"}, []string{"ORGANIZATION Borysewicz Sp. z o.o.", "LOCATION Kraków"}},
		{"Umowa z firmą Zybura-Wyrostek Sp. z o.o. Sp.k. podpisana.", nil, []string{"ORGANIZATION Zybura-Wyrostek Sp. z o.o. Sp.k."}},
		{"Faktura: PPUH Bek sp. z o.o.", nil, []string{"ORGANIZATION PPUH Bek sp. z o.o."}},
		{"the form sp. z o.o. is common", nil, nil},
	} {
		checkRuled(t, tc.text, scoredSpans(t, tc.text, 0.9, tc.model...), tc.want...)
	}
}
