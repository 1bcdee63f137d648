package redact

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpokenNumbers checks the copy the recognizers read of numbers as a caller says them.
func TestSpokenNumbers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"zip is nine oh two one oh", "zip is 90210"},
		{"call five five five, one two three, four five six seven", "call 555-123-4567"},
		{"call five five five ... one two three ... four five six seven", "call 555-123-4567"},
		{"ssn five three six - two two - four one eight seven", "ssn 536-22-4187"},
		{"it's six six two seven five three four eight oh eight", "it's 662-753-4808"}, // ten digits, no pause: a phone's groups
		{"one eight hundred five five five oh one four seven", "18005550147"},
		{"eight hundred five", "805"},
		{"five five five oh one four seven", "555-0147"},
		{"four one one one one one one one one one one one one one one one", "4111 1111 1111 1111"}, // passes Luhn
		{"forty one eleven eleven eleven eleven eleven eleven eleven", "4111111111111111"},
		{"account eight three one four four nine two seven six", "account 831449276"}, // nine digits: the words decide
		{"born nineteen eighty five", "born 1985"},
		{"in two thousand and one and twenty oh three and twenty twenty", "in 2001 and 2003 and 2020"},
		{"nineteen hundred and five", "1905"},
		{"i live at one twenty three main street apartment four b", "i live at 123 main street apartment 4 b"},
		{"forty five elm street", "45 elm street"},
		{"twelve thirty-four oak avenue", "1234 oak avenue"},
		{"a hundred and twenty years old", "120 years old"},
		{"double oh seven", "007"},
		{"zip: nine-oh-two-one-oh, call five-five-five-one-two-three-four", "zip: 90210, call 555-1234"},
		{"twenty-twenty", "2020"},
		{"my zip is nine oh two one oh dash one two three four", "my zip is 90210-1234"},
		{"a dash of salt, two dash three", "a dash of salt, two dash three"},
		{"oh four fourteen two thousand one", "04142001"},
		{"five five five 0147 and five three six 22 4187", "555-0147 and 536-22-4187"},
		{"twenty-five-year-old", "25-year-old"},
		// "slash" said between a date's or an expiry's numbers; a month's day before a year
		{"dob three slash fourteen slash eighty five, exp oh nine slash twenty seven", "dob 3/14/85, exp 09/27"},
		{"one slash two of the team", "1/2 of the team"}, // a copy for the readers: no date is read in it
		{"born march fourteen nineteen eighty five, march twenty one eighty five", "born march 14 1985, march 21 85"},
		{"the third of august nineteen seventy six, in march nineteen eighty five", "the third of august 1976, in march 1985"},
		// other languages' digits, a run in one language
		{"mi número es seis cinco cero uno dos tres cuatro cinco seis", "mi número es 650123456"},
		{"meine Nummer ist null eins sieben eins zwei drei vier fünf sechs sieben acht", "meine Nummer ist 01712345678"},
		{"mon numéro est zéro six un deux trois quatre cinq six sept huit", "mon numéro est 0612345678"},
		{"il mio numero è tre quattro sette uno due tre quattro cinque sei sette", "il mio numero è 347-123-4567"},
		{"mijn nummer is nul zes een twee drie vier vijf zes zeven acht", "mijn nummer is 0612345678"},
		{"payment due tre; Otto due; five cinco; null null; cinco seis siete", "payment due tre; Otto due; five cinco; null null; 567"},
		// French pairs, as France says a phone number, and Belgium's and Switzerland's tens
		{"mon numéro est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "mon numéro est 06-12-34-56-78"},
		{"zéro six douze trente quatre cinquante six soixante dix huit", "0612345678"},
		{"quatre-vingt-dix-neuf quatre-vingts vingt et un soixante et onze quatre-vingt-onze", "9980217191"},
		{"zéro un quarante-deux nonante-sept septante", "01429770"},
		{"il a vingt ans, dix-sept ans; quatre-vingts", "il a vingt ans, dix-sept ans; quatre-vingts"},
		// and the other languages' pairs
		{"mi número es seis cincuenta y dos, cuarenta y cinco, doce, treinta y cuatro", "mi número es 652-45-12-34"},
		{"il mio numero è tre quarantasette, ventitré, quarantacinque, sessantasette", "il mio numero è 347-23-45-67"},
		{"meine Nummer ist null eins siebzig, zweiundzwanzig, vierunddreißig, sechsundfünfzig", "meine Nummer ist 0170-22-34-56"},
		{"mijn nummer is nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig", "mijn nummer is 06-12-34-56-78"},
		{"o meu número é nove um dois, trinta e quatro, cinquenta e seis", "o meu número é 912-34-56"},
		{"once upon a time; treinta y tres años; ventotto giorni", "once upon a time; treinta y tres años; ventotto giorni"},
		// days spoken as ordinals stay for the date readers
		{"march twenty eighth nineteen sixty-eight", "march twenty eighth 1968"},
		{"the thirty-first of may", "the thirty-first of may"},
		// words that are no number
		{"one of the two", "one of the two"},
		{"room five, three of us", "room 5, three of us"},
		{"oh no, oh well", "oh no, oh well"},
		{"two or three, one in five", "two or three, one in five"},
		{"William ten Pas", "William ten Pas"},
		{"Four Seasons", "Four Seasons"},
		{"someone, ones, tens, fiftyish, twentysomething", "someone, ones, tens, fiftyish, twentysomething"},
		{"a hundred", "100"},
		{"one two three four five six seven", "1234567"}, // counting: no phone's groups
	} {
		if got := normalize(tc.in).text; got != tc.want {
			t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSpokenTranscripts reads a call's transcript as speech-to-text writes it: each value is
// found, and its finding covers the words that say it.
func TestSpokenTranscripts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []span
	}{
		{"rep: what's the zip code there caller: nine zero six eight six", []span{{ZIPCode, "nine zero six eight six"}}},
		{"caller: my date of birth is march third nineteen eighty five", []span{{DateOfBirth, "march third nineteen eighty five"}}},
		{"agent: can you confirm your date of birth caller: oh three fourteen nineteen eighty five", []span{{DateOfBirth, "oh three fourteen nineteen eighty five"}}},
		{"agent: and the date of birth for her caller: 3 14 85", []span{{DateOfBirth, "3 14 85"}}},
		{"caller: d o b march fourteen nineteen eighty five", []span{{DateOfBirth, "march fourteen nineteen eighty five"}}},
		{"caller: my zip's six two seven oh one and her dob's march third nineteen eighty", []span{{ZIPCode, "six two seven oh one"}, {DateOfBirth, "march third nineteen eighty"}}},
		{"caller: her dob is three slash fourteen slash eighty five", []span{{DateOfBirth, "three slash fourteen slash eighty five"}}},
		{"agent: can you confirm your date of birth caller: the twenty first of january nineteen fifty six",
			[]span{{DateOfBirth, "twenty first of january nineteen fifty six"}}},
		// a question's mark before the next speaker's label (stop 46)
		{"Agent: And your date of birth? Caller: March third, nineteen seventy-eight.", []span{{DateOfBirth, "March third, nineteen seventy-eight"}}},
		{"Agent: Can you confirm the last four of your social? Caller: six two one nine.", []span{{IDNumber, "six two one nine"}}},
		{"Agent: what is your passport number? Customer: G4471902 thanks", []span{{Passport, "G4471902"}}},
		{"What is your SSN? I will not say it. 123", []span{}},
		{"caller: the account number is seven seven three zero six six four oh zero", []span{{BankAccount, "seven seven three zero six six four oh zero"}}},
		{"customer: my social is five zero seven, one nine, five double two one", []span{{SSN, "five zero seven, one nine, five double two one"}}},
		{"caller: my member id is c six two double three eight eight three three zero", []span{{HealthPlan, "c six two double three eight eight three three zero"}}},
		{"agent: and the phone number on the account caller: it's six six two seven five three four eight oh eight",
			[]span{{Phone, "six six two seven five three four eight oh eight"}}}, // the phone's, not the account's
		{"caller: i live at one twenty three main street apartment four b springfield", []span{{StreetAddress, "one twenty three main street apartment four b"}}},
		{"agent: can you read me the card number caller: sure it's sixty five oh eight five three oh three eight one two four three two double one",
			[]span{{CreditCard, "sixty five oh eight five three oh three eight one two four three two double one"}}},
		// a street in lower case of any kind after words that announce an address; without them, a
		// common kind only
		{"caller: i live at three four one nine teresa garden", []span{{StreetAddress, "three four one nine teresa garden"}}},
		{"agent: i have your address as 1077 lisa park is that correct", []span{{StreetAddress, "1077 lisa park"}}},
		{"we saw 300 robert shoals from the boat", []span{}},
		// a dictation's dates of care, the day said as an ordinal or the month in lower case
		{"patient admitted on june fifth two thousand twenty four, discharged on march 3", []span{{DateTime, "june fifth two thousand twenty four"}, {DateTime, "march 3"}}},
		{"she was seen on the twenty first of may; the appointment is at noon", []span{{DateTime, "twenty first of may"}}},
		{"my zip is nine oh two one oh dash one two three four", []span{{ZIPCode, "nine oh two one oh dash one two three four"}}},
		{"mon numéro est zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", []span{{Phone, "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"}}},
		// a question whose answer is no value, and a label without a question
		{"agent: did you update the phone number caller: yes thanks", []span{}},
		{"the zip code there is lovely, nine of us went", []span{}},
	} {
		if diff := cmp.Diff(tc.want, spans(t, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestShortBirthDates reads a date of birth in five to seven digits or in spaced groups, after
// a birth cue only, and only where a month, a day and a year can be read.
func TestShortBirthDates(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int // the date's length, 0 for none
	}{
		{"121584", 6}, {"31485", 5}, {"3141985", 7}, {"3 14 85", 7}, {"02 25 1936 and", 10}, {"12 6 66", 7},
		{"99999", 0}, {"1 2 3", 0}, {"3 14 85mg", 0}, {"13 32 85", 0}, {"12345678", 0}, {"3 14", 0}, {"3 14 885", 0}, {"121584/2", 0},
	} {
		if got := shortBirthDate(tc.s, 0); got != tc.want {
			t.Errorf("shortBirthDate(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestNumbersSaid: a detection writes numbers said as digits only where its cue words find two
// number words side by side, or joined by a hyphen; a lone one, or none, costs no second pass.
func TestNumbersSaid(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text string
		said bool
	}{
		{"zip code is nine oh two one oh", true},
		{"born nineteen seventy-one", true},
		{"zip: nine-oh-two-one-oh", true},
		{"mi número es seis cinco cero uno dos tres", true},
		{"cincuenta y dos, cuarenta y cinco", true},
		{"in two weeks; one of them; ten-fold; follow-up on 2024-01-31", false},
		{"i live at thirty amy bypass", false},
		{"", false},
	} {
		_, _, r := det.cues.scan(tc.text, nil, nil)
		said := r.said
		if said != tc.said {
			t.Errorf("%q: said %v, want %v", tc.text, said, tc.said)
		}
	}
	// found through the second pass, with offsets in the original
	if got := spans(t, "zip: nine-oh-two-one-oh"); len(got) != 1 || got[0] != (span{ZIPCode, "nine-oh-two-one-oh"}) {
		t.Errorf("got %v", got)
	}
}

// countingRecognizer counts its calls and the texts it was given.
type countingRecognizer struct{ texts []string }

func (c *countingRecognizer) Recognize(_ context.Context, text string, dst []Finding) ([]Finding, error) {
	c.texts = append(c.texts, text)
	return dst, nil
}

// TestNumbersSaidOnce: a text that says a number is read again with its digits written, but its
// recognizers (a NER model among them) run once, on the copy with the digits.
func TestNumbersSaidOnce(t *testing.T) {
	c := &countingRecognizer{}
	det := NewDetector(Patterns{}, c)
	fs, err := det.Detect(context.Background(), "zip code is nine oh two one oh")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.texts) != 1 || c.texts[0] != "zip code is 90210" {
		t.Errorf("the recognizer read %q, want once %q", c.texts, "zip code is 90210")
	}
	if len(fs) != 1 || fs[0].Type != ZIPCode || fs[0].Start != 12 || fs[0].End != 30 {
		t.Errorf("got %+v", fs)
	}
}
