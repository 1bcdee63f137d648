package ner

import (
	"strings"
	"testing"
)

// TestCompletePersons: a person that a rule or the model found by its given name reads on over
// its particle-joined and known family names, taking in what the model made of their pieces; it
// stops at an English word, a place word, a number, the name again and a street address.
func TestCompletePersons(t *testing.T) {
	text := "My landlord Fabiënne van den Brink still hasn't fixed it. From: Twan van Amstel\nAsk Kyara Goyaerts van Waderle."
	spans := typedSpans(t, text, "PERSON", "Fabiënne", "PERSON", "Brink", "PERSON", "Twan", "LOCATION", "Amstel", "PERSON", "Kyara")
	checkRuled(t, text, spans, "PERSON Fabiënne van den Brink", "PERSON Twan van Amstel", "PERSON Kyara Goyaerts van Waderle")

	// in lower case: particles and a family name of the lists, a possessive left out
	text = "patient kevin da luz presented with pain"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "kevin", "PERSON", "luz"), "PERSON kevin da luz")
	text = "diane laurent's flight lands at 6"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "diane"), "PERSON diane laurent")
	text = "ask amy about it"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "amy"), "PERSON amy")

	// the given name the model left out before a name of several words, or after markdown's
	// emphasis (stop 32); not a greeting that is a given name too, nor a saint's place
	text = "We hired Laure De Sousa. **Farida Haidari** will lead. Beste Giel, hoi. Born in Santa Cruz de Tenerife."
	checkRuled(t, text, typedSpans(t, text, "PERSON", "De Sousa", "PERSON", "Haidari", "PERSON", "Giel", "PERSON", "Cruz de Tenerife"),
		"PERSON Laure De Sousa", "PERSON Farida Haidari", "PERSON Giel", "LOCATION Santa Cruz de Tenerife") // a saint's town after "in" since stop 60 (saintTowns)
	// a family name of the lists that is a word of English, before a word in lower case or the
	// clause's end (stop 32); not a greeting's word, nor in a title's capitals
	for text, want := range map[string]string{
		"My name is Viktória Kiss and I called.":   "Viktória Kiss",
		"The chart was seen by Nancy Snow, PA-C.":  "Nancy Snow",
		"thanks a lot Anna Good job on the slides": "Anna",
	} {
		given, _, _ := strings.Cut(want, " ")
		checkRuled(t, text, typedSpans(t, text, "PERSON", given), "PERSON "+want)
	}
	// a given name in capitals after a label, and one before a family name's particles (stop 32)
	text = "Subject: HERIBERTO MARQUEZ, male\nWitness Noud van der Steen (DOB 1981)"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "MARQUEZ", "PERSON", "Steen"), "PERSON HERIBERTO MARQUEZ", "PERSON Noud van der Steen")
	text = "Gustavo Henrique and Amanda were partnered."
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Henrique", "PERSON", "Amanda"), "PERSON Gustavo Henrique", "PERSON Amanda")

	// given names joined by a hyphen are a person, whatever the model made of them
	text = "Last week Egil-Markus Madsen sent me the slides."
	checkRuled(t, text, typedSpans(t, text, "ORGANIZATION", "Egil-Markus"), "PERSON Egil-Markus Madsen")

	// after Faker's English given names: a family name, not a given name that opens the next person
	text = "Name: Bethan Finnerty. Beyonce Chris Brown sang."
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Bethan", "PERSON", "Beyonce", "PERSON", "Chris Brown"), "PERSON Bethan Finnerty", "PERSON Beyonce", "PERSON Chris Brown")

	// what does not complete a name
	text = "Thanks Agathe Street. Diah Diah! Agathe Coffee is here. Ana X1 came. Ana 12 Elm Street."
	spans = typedSpans(t, text, "PERSON", "Agathe", "PERSON", "Diah", "PERSON", "Agathe", "PERSON", "Ana", "PERSON", "Ana", "STREET_ADDRESS", "12 Elm Street")
	checkRuled(t, text, spans, "PERSON Agathe", "PERSON Diah", "PERSON Agathe", "PERSON Ana", "PERSON Ana", "STREET_ADDRESS 12 Elm Street")
}

// TestSpansInsideCharacters: a backend's span that starts or ends inside a character (a remote
// server's bad offsets, or a model reading stand-ins) is left out, never masked in part.
func TestSpansInsideCharacters(t *testing.T) {
	text := "позвоните андрію сьогодні"
	spans := []Span{{Type: "PERSON", Start: 20, End: 31, Score: 0.9}, {Type: "PERSON", Start: 19, End: 30, Score: 0.9}}
	checkRuled(t, text, spans)
	checkRuled(t, text, []Span{{Type: "PERSON", Start: 19, End: 31, Score: 0.9}}, "PERSON андрію")
}

// TestCopiedNames: the words before a copied recipient's mark are a person; a team or a word
// for a function is not.
func TestCopiedNames(t *testing.T) {
	text := "Else Lassen (cc'd) will handle it. Lauretta (cc) knows. Support (cc'd) will reply. The Sales Team (cc) knows."
	checkRuled(t, text, nil, "PERSON Else Lassen", "PERSON Lauretta")
	// lines all in capitals or all in lower case: words of no English or dictionary word
	text = "ZORVEX TOVLAN (CC'D) WILL HANDLE IT.\nSUPPORT TEAM (CC'D) WILL REPLY.\nkrists (cc'd) will handle it.\nsupport (cc'd) will reply."
	checkRuled(t, text, nil, "PERSON ZORVEX TOVLAN", "PERSON krists")
	// the mark itself, which the model may read as an organisation, is nothing
	text = "ZORVEX TOVLAN (CC'D) WILL HANDLE IT."
	checkRuled(t, text, typedSpans(t, text, "ORGANIZATION", "CC'D"), "PERSON ZORVEX TOVLAN")
}

// TestUnitWordsOnly: a model's address of lower-case words whose only address word names a unit
// addresses nothing; a street's word, a number or a capital keeps it.
func TestUnitWordsOnly(t *testing.T) {
	text := "the unit suffix is set; we live on main street; see Suite 400"
	spans := typedSpans(t, text, "STREET_ADDRESS", "unit suffix", "STREET_ADDRESS", "main street", "STREET_ADDRESS", "Suite 400")
	checkRuled(t, text, spans, "STREET_ADDRESS main street", "STREET_ADDRESS Suite 400")
	// nor one English word saying what the address is; a street's word alone stays
	text = "the address is unchanged; the address is below; turn onto boulevard"
	spans = typedSpans(t, text, "STREET_ADDRESS", "unchanged", "STREET_ADDRESS", "below", "STREET_ADDRESS", "boulevard")
	checkRuled(t, text, spans, "STREET_ADDRESS boulevard")
}

// TestOneNameAndI: one capitalised word opening a sentence before "and I" is a person when no
// list knows it as anything but a name; a word, a company or a place is not.
func TestOneNameAndI(t *testing.T) {
	text := "Kavorin and I met at school. Work and I do not get along. Google and me are done. London and I are over."
	checkRuled(t, text, nil, "PERSON Kavorin")
}
