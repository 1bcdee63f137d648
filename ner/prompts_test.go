package ner

import (
	"context"
	"strings"
	"testing"

	"github.com/veil-gateway/veil/redact"
)

// ruledFindings is ruled's findings themselves, with their scores.
func ruledFindings(t *testing.T, text string, spans []Span) []redact.Finding {
	t.Helper()
	fs, err := NewRecognizer(spanBackend{spans}, Options{}).Recognize(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// TestPromptsProfileFields: a system prompt's key=value profile ends a field's value at the
// sentence's end, and a place field's value is a place over the person the model read in it.
func TestPromptsProfileFields(t *testing.T) {
	text := "Customer profile: name=Sharon Hope; city=Lake Edward. Answer their question. city=Perleberg. Reply briefly."
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Edward"), "PERSON Sharon Hope", "LOCATION Lake Edward", "LOCATION Perleberg")
	// an abbreviation's period is no sentence's end
	text = "city=Ste. Marie; city=Mt. Vernon. Thanks"
	checkRuled(t, text, nil, "LOCATION Ste. Marie", "LOCATION Mt. Vernon")
}

// TestPromptsBusinesses: partners' names after an agent's "for", a caller's "this is … from" and
// "joined … as head of" are a business; a business's name elsewhere is left to the model.
func TestPromptsBusinesses(t *testing.T) {
	text := "You are a helpful support agent for Morgan-Allen. Hi, this is Tina from Williams, Knight and Carter. Paula Bender joined Savage-May as head of sales."
	spans := typedSpans(t, text, "PERSON", "Morgan-Allen", "PERSON", "Tina", "PERSON", "Williams", "PERSON", "Carter", "PERSON", "Paula Bender")
	checkRuled(t, text, spans, "ORGANIZATION Morgan-Allen", "PERSON Tina", "ORGANIZATION Williams, Knight and Carter", "PERSON Paula Bender",
		"ORGANIZATION Savage-May")
	text = "Hi, this is Tina from Leeds."
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Tina", "LOCATION", "Leeds"), "PERSON Tina", "LOCATION Leeds")
}

// TestPropagatedOverDoubt: a person's family name found again alone is the person's where the
// model read it as a place it doubted, or as a person below the line it reports at; a place it is
// sure of stays.
func TestPropagatedOverDoubt(t *testing.T) {
	text := "[2] Marie Nelson reports to Nelson.\n[3] Garry Bell reports to Bell.\n[4] Jordan Reyes flew to Jordan."
	spans := typedSpans(t, text, "PERSON", "Marie Nelson", "PERSON", "Garry Bell", "PERSON", "Jordan Reyes")
	alone := func(typ, w string, score float64) Span { // the word after the name: "to Nelson"
		k := strings.Index(text, "to "+w) + 3
		return Span{Type: typ, Start: k, End: k + len(w), Score: score}
	}
	spans = []Span{spans[0], alone("LOCATION", "Nelson", 0.54), spans[1], alone("PERSON", "Bell", 0.46), spans[2], alone("LOCATION", "Jordan", 0.95)}
	checkRuled(t, text, spans, "PERSON Marie Nelson", "PERSON Nelson", "PERSON Garry Bell", "PERSON Bell", "PERSON Jordan Reyes", "LOCATION Jordan")
	for _, f := range ruledFindings(t, text, spans) {
		if f.Type == "PERSON" && f.Score < 0.5 {
			t.Errorf("%q: a person below the line: %+v", text, f)
		}
	}
}

// TestLowerCaseKinAndHomes: a request typed in lower case names a relation's given name after
// "my sister" (over the place the model read), and the town after "lives in" or "moved to", one
// word or a lead and a word; not a dictionary word, an article's noun, or a place "in" a relation.
func TestLowerCaseKinAndHomes(t *testing.T) {
	text := "write a birthday message for my sister aurora who lives in bikaner"
	checkRuled(t, text, typedSpans(t, text, "LOCATION", "aurora"), "PERSON aurora", "LOCATION bikaner")
	text = "lol my cousin darnell just got his license" // an adverb after the name (stop 46)
	checkRuled(t, text, nil, "PERSON darnell")
	text = "my brother jordan said his friend moved to new rachelmouth with him"
	checkRuled(t, text, nil, "PERSON jordan", "LOCATION new rachelmouth")
	text = "she lives in fear, my brother in law moved to the city, and my sister guy is here"
	checkRuled(t, text, nil)
	text = "she flew back from soltau on sunday, then back from dave's"
	checkRuled(t, text, nil, "LOCATION soltau")
}

// TestLowerPairsOverDoubt: a given and a family name in lower case are a person over a part the
// model doubted below the line it reports at; a part it was sure of stays.
func TestLowerPairsOverDoubt(t *testing.T) {
	text := "draft a reply to silvia cocci saying i can't make it"
	spans := typedSpans(t, text, "PERSON", "silvia")
	spans[0].Score = 0.27
	checkRuled(t, text, spans, "PERSON silvia cocci")
	text = "ask silvia cocci"
	checkRuled(t, text, typedSpans(t, text, "LOCATION", "cocci"), "PERSON silvia", "LOCATION cocci")
}

// TestBookedForAndEscapedFields: who a table or a room is booked for; and the fields of JSON
// written inside a JSON string, as a tool call's arguments are.
func TestBookedForAndEscapedFields(t *testing.T) {
	text := "Book a table for Hipólito Carbajo at 7pm tonight"
	checkRuled(t, text, nil, "PERSON Hipólito Carbajo")
	text = `{"name": "send_email", "arguments": "{\"to\": \"a@example.org\", \"name\": \"Gary Black\", \"city\": \"Springfield\"}"}`
	checkRuled(t, text, nil, "PERSON Gary Black", "LOCATION Springfield")
	text = `{"arguments": "{\"name\": \"Gary Black` // unclosed
	checkRuled(t, text, nil)
}

// TestGivenNameAfterQuote: a family name the model found alone right after an opening quote, a
// bracket or a line's start takes the given name before it, one of the lists' or, after a quote
// or a bracket, a word no list or dictionary holds; not a greeting before a given name, nor an
// unknown word opening a line.
func TestGivenNameAfterQuote(t *testing.T) {
	text := `Rewrite this: "Clive Smith, you owe me." (Suzana Godinić, and me)` + "\nMitzy Arguello transferred."
	spans := typedSpans(t, text, "PERSON", "Smith", "PERSON", "Godinić", "PERSON", "Arguello")
	checkRuled(t, text, spans, "PERSON Clive Smith", "PERSON Suzana Godinić", "PERSON Mitzy Arguello")
	text = "Hallo Susana, meine Nummer\nAwwwww Didga so cute"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Susana", "PERSON", "Didga"), "PERSON Susana", "PERSON Didga")
}

// TestGivenNameBeforeParticles: a given name of the lists before a family name's particles and the
// family name the model found alone; not a month's name or a verb's.
func TestGivenNameBeforeParticles(t *testing.T) {
	text := "Traveller Berend van den Velden requested a meal. Name Patryk Kawula. Arrived in May Smith said."
	spans := typedSpans(t, text, "PERSON", "Velden", "PERSON", "Kawula", "PERSON", "Smith")
	checkRuled(t, text, spans, "PERSON Berend van den Velden", "PERSON Patryk Kawula", "PERSON Smith")
}

// TestGivenNamesReadAsPlaces: a given name that names a place too, read by the model as a place,
// is a person with the family name of the lists after it or inside the place; a place before a
// state or a saint's town stays.
func TestGivenNamesReadAsPlaces(t *testing.T) {
	text := "Dispute opened by Chad Nunez for a charge. Your account manager is Madison Payne. Flights to Aurora Colorado and Santa Clara."
	spans := typedSpans(t, text, "LOCATION", "Chad", "LOCATION", "Madison Payne", "LOCATION", "Aurora", "LOCATION", "Colorado", "LOCATION", "Santa Clara")
	checkRuled(t, text, spans, "PERSON Chad Nunez", "PERSON Madison Payne", "LOCATION Aurora", "LOCATION Colorado", "LOCATION Santa Clara")
}

// TestSpansEndNoJoiner: a span of the model's does not end in the sentence's "and", "on" or "to"
// after it; a partnership the model stopped at "and" takes its last partner; a span in lower case
// throughout keeps its words.
func TestSpansEndNoJoiner(t *testing.T) {
	text := "Your order has shipped to Clarkebury and should arrive. Ask someone at Fresh, Kerr and Linskey. rock and"
	spans := typedSpans(t, text, "STREET_ADDRESS", "Clarkebury and", "ORGANIZATION", "Fresh, Kerr and", "ORGANIZATION", "rock and")
	checkRuled(t, text, spans, "LOCATION Clarkebury", "ORGANIZATION Fresh, Kerr and Linskey", "ORGANIZATION rock and")
}

// TestJobLineOverTown: a CV's job line over its town and country, which the model read as one
// address, is the town and the country, when the job holds a street's word in lower case ("trade
// union") or the town opens with Italian's hamlet ("Borgo").
func TestJobLineOverTown(t *testing.T) {
	text := "Research officer, trade union\nBadajoz, Spain\nCabin crew\nBorgo Santa Maria, Italy"
	spans := typedSpans(t, text, "STREET_ADDRESS", "union\nBadajoz, Spain", "STREET_ADDRESS", "crew\nBorgo Santa Maria, Italy")
	checkRuled(t, text, spans, "LOCATION Badajoz", "LOCATION Spain", "LOCATION Borgo Santa Maria", "LOCATION Italy")
}

// TestPoliteOpenings: a request's first words in other languages ("please", "send", "hello"),
// and the lower-case words after them, are no person; a name after them is.
func TestPoliteOpenings(t *testing.T) {
	text := "Kérjük, küldje el. Trimiteți documentele către Lazăr Marin. Witam Anna"
	spans := typedSpans(t, text, "PERSON", "Kérjük", "PERSON", "Trimiteți documentele", "PERSON", "Lazăr Marin", "PERSON", "Witam", "PERSON", "Anna")
	checkRuled(t, text, spans, "PERSON Lazăr Marin", "PERSON Anna")
}

// TestJobAfterName: a job of one dictionary word after a person and a comma, as a CV or a
// reference writes it, is no business; a business's name there is.
func TestJobAfterName(t *testing.T) {
	text := "Daniele Gianetti, Engineer, materials at Fischetti\nJagvi Soni, Accountant\nAna Lima, Acme Corp, Lisbon"
	spans := typedSpans(t, text, "PERSON", "Daniele Gianetti", "ORGANIZATION", "Engineer", "PERSON", "Jagvi Soni", "ORGANIZATION", "Accountant",
		"PERSON", "Ana Lima", "ORGANIZATION", "Acme Corp", "LOCATION", "Lisbon")
	checkRuled(t, text, spans, "PERSON Daniele Gianetti", "PERSON Jagvi Soni", "PERSON Ana Lima", "ORGANIZATION Acme Corp", "LOCATION Lisbon")
}

// TestLodgings: a hotel, an inn or suites named for a family or a town is a business, over the
// place the model read.
func TestLodgings(t *testing.T) {
	text := "Hays Hotel confirmed your stay in Port Nancy. Hill Suites confirmed it too."
	spans := typedSpans(t, text, "LOCATION", "Hays Hotel", "LOCATION", "Port Nancy", "LOCATION", "Hill Suites")
	checkRuled(t, text, spans, "ORGANIZATION Hays Hotel", "LOCATION Port Nancy", "ORGANIZATION Hill Suites")
}

// TestNotesShorthand: a job's company after an at-sign between spaces is a business; partners'
// names a singular verb follows are a firm, a plural one leaves them people; notes' "w/" reads as
// a preposition to the model (the text it is given is checked in TestWithoutShorthand).
func TestNotesShorthand(t *testing.T) {
	text := "Call w/ Louise Blake (Director of Procurement @ Bishop-Evans). Johnson, Johnson and Evans is evaluating us. Smith, Jones and Brown are late."
	spans := typedSpans(t, text, "PERSON", "Louise Blake", "PERSON", "Johnson", "PERSON", "Johnson", "PERSON", "Evans", "PERSON", "Smith", "PERSON", "Jones", "PERSON", "Brown")
	checkRuled(t, text, spans, "PERSON Louise Blake", "ORGANIZATION Bishop-Evans", "ORGANIZATION Johnson, Johnson and Evans",
		"PERSON Smith", "PERSON Jones", "PERSON Brown")
}

// TestWithoutShorthand: "w/" opening a word reads as "by", at the same offsets; inside a word it
// stays.
func TestWithoutShorthand(t *testing.T) {
	for in, want := range map[string]string{
		"Call w/ Tammy Evans":    "Call by Tammy Evans",
		"w/ Ana (w/ Bo) saw/ no": "by Ana (by Bo) saw/ no",
		"nothing here":           "nothing here",
	} {
		if got := withoutShorthand(in); got != want {
			t.Errorf("withoutShorthand(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPartnersAtAFirm: partners' names after "at" are a firm, over the places and persons the model
// read them as; a given name there is no firm.
func TestPartnersAtAFirm(t *testing.T) {
	text := "Sarah mentioned you might know someone at Hardin, Mcneil and Burke. I spoke with Joseph at Hudson-Howard. Meet me at Jean-Luc."
	spans := typedSpans(t, text, "PERSON", "Sarah", "LOCATION", "Hardin", "LOCATION", "Mcneil", "PERSON", "Burke", "PERSON", "Joseph", "PERSON", "Hudson-Howard", "PERSON", "Jean-Luc")
	checkRuled(t, text, spans, "PERSON Sarah", "ORGANIZATION Hardin, Mcneil and Burke", "PERSON Joseph", "ORGANIZATION Hudson-Howard", "PERSON Jean-Luc")
	// a country partners' shape can take stays a place
	text = "a conference at Guinea-Bissau"
	checkRuled(t, text, typedSpans(t, text, "LOCATION", "Guinea-Bissau"), "LOCATION Guinea-Bissau")
}

// TestStoreTowns: the town between a business's possessive, or "our" or "the", and a site's
// word is a place, the business ending before its possessive; after "the", a word that may be no
// town stays as it was.
func TestStoreTowns(t *testing.T) {
	text := "It happened at Moore-Drake's Lake Sherryborough store. Contact Vo at the Da Nang branch. Visit the Acme store."
	spans := typedSpans(t, text, "ORGANIZATION", "Moore-Drake's Lake Sherryborough", "LOCATION", "Da Nang branch")
	checkRuled(t, text, spans, "ORGANIZATION Moore-Drake", "LOCATION Lake Sherryborough", "PERSON Vo", "LOCATION Da Nang")
}

// TestTripTownsAndCyrillicPlaces: a town before "trip" in a group's quoted name or after "our";
// a Cyrillic place of birth with its settlement's kind in lower case.
func TestTripTownsAndCyrillicPlaces(t *testing.T) {
	text := `Sophia created group "Hubbardborough trip"; a "Summer trip" idea`
	checkRuled(t, text, nil, "LOCATION Hubbardborough")
	text = "Лесь Лупій, дата народження 05.02.1997, місце народження: місто Тростянець."
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Лесь Лупій"), "PERSON Лесь Лупій", "LOCATION місто Тростянець")
}

// TestPlaceOfNouns: a town after "the mayor of", "parish of", "a resident of" is a place.
func TestPlaceOfNouns(t *testing.T) {
	text := "Enzo Cavalcanti, the mayor of Moraes. A resident of Kalamata since 2001. The author of Smith"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Enzo Cavalcanti"), "PERSON Enzo Cavalcanti", "LOCATION Moraes", "LOCATION Kalamata")
}

// TestHappyBirthday: the person a birthday or an anniversary is wished to; not "To You".
func TestHappyBirthday(t *testing.T) {
	text := "Gift message: Happy birthday Pero! Happy Birthday To You"
	checkRuled(t, text, nil, "PERSON Pero")
}

// TestPropagateClaimed: a name that only a person rule found (here a display name before its
// address, the model having found nothing) is found again alone later in the text, as a name the
// model found is; a word the rules did not find as a name is not carried.
func TestPropagateClaimed(t *testing.T) {
	text := "Customer admin (Renée Castonguay, rcastonguay@brightwaterhealth.org) reports a loop. Asked Renée to update it; Castonguay agreed."
	checkRuled(t, text, nil, "PERSON Renée Castonguay", "PERSON Renée", "PERSON Castonguay")
	text = "Customer admin (Renée, admin@brightwaterhealth.org) reports a loop. See Renée to update it."
	checkRuled(t, text, nil, "PERSON Renée")
}

// TestPropagateOtherCase: a name the model found in capitals is found again in mixed case, its
// family name alone too, and a name in mixed case again in capitals; a word in capitals that no
// name holds is not carried.
func TestPropagateOtherCase(t *testing.T) {
	text := "QUANTREX INC.; MARCUS VELLACOTT; and HOLLIS BRANTLEY-NWOSU. Defendant Vellacott's demurrer; Brantley-Nwosu appeared. DEBUG on."
	spans := typedSpans(t, text, "PERSON", "MARCUS VELLACOTT", "PERSON", "HOLLIS BRANTLEY-NWOSU")
	checkRuled(t, text, spans, "ORGANIZATION QUANTREX INC.", "PERSON MARCUS VELLACOTT", "PERSON HOLLIS BRANTLEY-NWOSU", "PERSON Vellacott", "PERSON Brantley-Nwosu")
	text = "HOST (Bex Taraldsen): Welcome back.\nBEX: So you grew up in Kumasi?"
	checkRuled(t, text, typedSpans(t, text, "PERSON", "Bex Taraldsen"), "PERSON Bex Taraldsen", "PERSON BEX", "LOCATION Kumasi")
}
