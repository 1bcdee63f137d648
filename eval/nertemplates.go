package eval

import (
	"strings"

	"github.com/brianvoe/gofakeit/v7/data"
)

// nerTemplates are our own sentences for training the NER model: names, places, organisations
// and groups in many positions, and code and log lines that hold none. A slot is {KIND}; kinds
// map to entity types in nerSlot.
var nerTemplates = []string{
	"{PERSON} called about the invoice.",
	"Thanks {FIRST}, I'll send it over tomorrow.",
	"Hi {FIRST},\n\nThe results from {ORGANIZATION} came back negative.\n\nBest,\n{PERSON}",
	"Dear {TITLED}, your appointment in {CITY} is confirmed.",
	"Patient {PERSON}, 54, was referred by Dr. {LAST} for follow-up.",
	"{PERSON} and {PERSON} will join the {ORGANIZATION} call from {CITY}.",
	"Can you ask {FIRST} whether {FIRST} got the keys?",
	"My name is {PERSON} and I live in {CITY}, {STATE}.",
	"I'm {FIRST} from {COUNTRY}; my colleague {WORLD} is in {CITY}.",
	"Ms. {LAST} moved from {COUNTRY} to {COUNTRY} last year.",
	"According to {LAST}, the {NRP} delegation arrived late.",
	"The {NRP} community centre on Elm Road hosts {ORGANIZATION} workshops.",
	"She is {NRP} and works for {ORGANIZATION} in {CITY}.",
	"{WORLD} flew to {CITY} to meet {WORLD} at {ORGANIZATION}.",
	"Contact: {WORLD}\nCompany: {ORGANIZATION}\nCity: {CITY}",
	"Reviewer: {PERSON} ({ORGANIZATION})",
	"Signed, {PERSON}, {CITY}",
	"- {PERSON}: approved\n- {PERSON}: pending",
	"{LAST}, {FIRST} - admitted 03/02, discharged 03/09.",
	"Forwarded message from {PERSON} <noreply@example.com>",
	"Ship to {PERSON}, {STREET_ADDRESS}.",
	"We are {ORGANIZATION}, a supplier based in {COUNTRY}.",
	"{ORGANIZATION} acquired {ORGANIZATION} for $2 billion.",
	"The {NRP} and {NRP} members of the council voted against it.",
	"is {FIRST} still at {ORGANIZATION}? heard they moved to {CITY}",
	"ok so {FIRST} said {FIRST} can't make it, lol",
	"Mother: {PERSON}. Father: {PERSON}. Both born in {COUNTRY}.",
	"Born in {CITY}, {COUNTRY}, {PERSON} studied at {ORGANIZATION}.",
	"The meeting with {TITLED} was moved to Friday.",
	"{PERSON} <{FIRST_LOWER}@example.org> wrote:",
	"Visiting {STATE} and {CITY} with {FIRST} in June.",
	"Case {LAST} v. {ORGANIZATION} was settled.",
	"Mr and Mrs {LAST} of {CITY} send their regards.",
	"I told {WORLD} that {ORGANIZATION} needs the form by May.",
	// text with no entities: code, logs, prose with capitalised common words
	"func (s *Server) HandleUser(w http.ResponseWriter, r *http.Request) { userID := r.URL.Query().Get(\"id\") }",
	"user_name = get_user_name(request.user_id)  # TODO: cache",
	"ERROR 2026-01-04 12:00:01 worker-3 NullPointerException at com.example.Order.process(Order.java:42)",
	"SELECT first_name, last_name FROM customers WHERE city = $1 ORDER BY created_at DESC;",
	"const MaxRetries = 5; let homeDir = process.env.HOME;",
	"The Project Manager will review the Quarterly Report on Monday.",
	"Please Read The Terms And Conditions Before You Continue.",
	"Build #4821 failed: TestPaymentGateway timed out after 30s.",
	"Version 2.4.1 adds Dark Mode, Export To PDF and faster Search.",
	"kubectl get pods -n billing | grep CrashLoopBackOff",
}

// nerSlot returns a value and its entity type for a template slot.
func (g *Generator) nerSlot(kind string) (string, string) {
	f := g.f
	pick := func(xs []string) string { return xs[g.rng.IntN(len(xs))] }
	switch kind {
	case "PERSON":
		switch g.rng.IntN(6) {
		case 0:
			return f.FirstName() + " " + pick(data.Person["middle"]) + " " + f.LastName(), "PERSON"
		case 1:
			return g.worldName(), "PERSON"
		case 2:
			return f.FirstName() + " " + f.LastName() + "-" + f.LastName(), "PERSON"
		}
		return f.FirstName() + " " + f.LastName(), "PERSON"
	case "FIRST":
		return f.FirstName(), "PERSON"
	case "FIRST_LOWER":
		return strings.ToLower(f.FirstName()), ""
	case "LAST":
		return f.LastName(), "PERSON"
	case "TITLED":
		return pick([]string{"Mr.", "Mrs.", "Ms.", "Dr.", "Prof."}) + " " + f.LastName(), "PERSON"
	case "WORLD":
		return g.worldName(), "PERSON"
	case "CITY":
		return f.City(), "LOCATION"
	case "STATE":
		return f.State(), "LOCATION"
	case "COUNTRY":
		return f.Country(), "LOCATION"
	case "ORGANIZATION":
		switch g.rng.IntN(6) {
		case 0, 1:
			return f.LastName() + " " + pick([]string{"Inc.", "LLC", "Ltd", "GmbH", "& Sons", "Group", "Partners", "S.A."}), "ORGANIZATION"
		case 2: // a partnership, as law and accounting firms are named
			return f.LastName() + ", " + f.LastName() + " and " + f.LastName(), "ORGANIZATION"
		}
		return f.Company(), "ORGANIZATION"
	case "NRP":
		return pick(data.Person["ethnicity"]), "NRP"
	case "STREET_ADDRESS":
		v := g.value("STREET_ADDRESS")
		return v, "STREET_ADDRESS"
	}
	panic("generator: no NER slot " + kind)
}

// worldName is a given and family name from a short list that spans many languages. (Drawing
// them from the full lists of package ner/names instead measured worse on WNUT 2017 and about
// the same on the development data, so the training data keeps this list, and the full lists
// serve the gazetteers.)
func (g *Generator) worldName() string {
	given := []string{"Wei", "Mei", "Haruto", "Yuki", "Minjun", "Thanh", "Aarav", "Priya", "Imran", "Fatima", "Omar", "Layla", "Mehmet", "Chinedu", "Ngozi", "Kwame",
		"Tendai", "Dmitri", "Olga", "Agnieszka", "Zoltán", "José", "Lucía", "João", "Giulia", "Élodie", "Jürgen", "Björn", "Siobhán", "Yael", "Ximena", "Moana"}
	family := []string{"Wang", "Chen", "Sato", "Tanaka", "Kim", "Nguyen", "Sharma", "Patel", "Khan", "Haddad", "Yilmaz", "Okafor", "Mensah", "Dlamini", "Ivanov",
		"Kowalski", "Nagy", "García", "Oliveira", "Rossi", "Dubois", "Müller", "Johansson", "O'Brien", "Cohen", "Hernández", "Ngata"}
	return given[g.rng.IntN(len(given))] + " " + family[g.rng.IntN(len(family))]
}

// NERSample makes the next sample from the NER templates.
func (g *Generator) NERSample() Sample {
	return fill(nerTemplates[g.rng.IntN(len(nerTemplates))], g.nerSlot)
}
