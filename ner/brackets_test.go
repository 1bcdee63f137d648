package ner

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFullNameInBrackets: a person right before a bracket vouches for the full name in it, a
// given name no list knows among it ("her husband Jun-Jun (Rodelio Santos)"); a firm in the
// bracket stays the model's (stop 47).
func TestFullNameInBrackets(t *testing.T) {
	text := "her husband Jun-Jun (Rodelio Santos) in Riyadh. I met Smith (Acme Holdings) today."
	checkRuled(t, text, personSpans(t, text, []string{"Jun-Jun", "Smith"}), "PERSON Jun-Jun", "PERSON Rodelio Santos", "LOCATION Riyadh", "PERSON Smith", "ORGANIZATION Acme Holdings")
}

// TestCapitalisedParticles: the Philippines' "Dela" and Māori's "Te", capitalised, are
// particles the model may stop at; the family name after them joins the name (stop 47).
func TestCapitalisedParticles(t *testing.T) {
	text := "Spoke with Ma. Cristina Dela Cruz-Santos re: her husband. Emergency contact: Aroha Te Whare (sister)."
	checkRuled(t, text, personSpans(t, text, []string{"Cristina Dela", "Aroha Te"}), "PERSON Cristina Dela Cruz-Santos", "PERSON Aroha Te Whare")
}

// TestNameInItsScript: a name in its own script in brackets after the same name in Latin letters
// is a person, no word the sentence talks about; a word in brackets elsewhere stays one (stop
// 47: "Zhang Wei (张伟)" had sent the characters upstream).
func TestNameInItsScript(t *testing.T) {
	checkPersons(t, "Call log: 14:02 inbound from Zhang Wei (张伟) re: refund. Witness Ivan Petrov (Иван Петров) signed. The word for thanks (谢谢) is common.",
		"PERSON Zhang Wei", "PERSON 张伟", "PERSON Ivan Petrov", "PERSON Иван Петров")
}

// TestLowerTitledNames: a lower-case word after a title typed in lower case with its period is a
// name where it may be one, a family name of the lists after it too; a noun the title abbreviates
// "doctor" before is none (stop 47).
func TestLowerTitledNames(t *testing.T) {
	text := "i told my therapist dr. hollander about it. call dr. anika patel tomorrow. my dr. appointment is at 3, the dr. office called."
	checkRuled(t, text, nil, "PERSON hollander", "PERSON anika patel")
}

// TestInitialAfterAgentOrClock: one initial and a family name no list holds after an agent's "by"
// or a log line's time are a person (stop 47); a word of English after them is none.
func TestInitialAfterAgentOrClock(t *testing.T) {
	text := "Visitor log: 09:14 H. Nakashima (Badge V-0921) escorted by R. Delacroix; 9:40 courier. written by J. Crew today"
	checkRuled(t, text, nil, "PERSON H. Nakashima", "PERSON R. Delacroix")
}

// TestLowerFullNameInBrackets: a given name and a family name in lower case in brackets after a
// relation are a person, an Irish prefix's apostrophe among them (stop 47).
func TestLowerFullNameInBrackets(t *testing.T) {
	text := "msg from mum: pick up nana (margaret o'leary) from school, and my sister (the tall one) too; my ex (jamal) keeps calling; catch ex (e)"
	checkRuled(t, text, nil, "PERSON margaret o'leary", "PERSON jamal")
}

// TestNamesBeforeRelations: one to three names before a relation in brackets are a person, a
// given name no list holds before a family's relation too (stop 47: "SO: Tamsin (girlfriend)").
func TestNamesBeforeRelations(t *testing.T) {
	text := "SO: Tamsin (girlfriend). Call Maria Lopez (daughter). The Big Apple (friend) said."
	checkRuled(t, text, nil, "PERSON Tamsin", "PERSON Maria Lopez")
}

// TestGivenCellsBeforeFamilies: a quoted cell of one capitalised word before a quoted cell the
// model found a person in is the given name (stop 47); an English word or a key is none.
func TestGivenCellsBeforeFamilies(t *testing.T) {
	text := `INSERT INTO contacts VALUES (1042, 'Thandiwe', 'Mokoena', '+27 82 555 0147'); ('Error', 'Smith'); {"a": "Hello", "b": "Jones"}`
	checkRuled(t, text, personSpans(t, text, []string{"Mokoena", "Smith", "Jones"}), "PERSON Thandiwe", "PERSON Mokoena", "PERSON Smith", "PERSON Jones")
}

// TestBeforeFieldGap: a person's span ends at two blanks before the next field's label (stop 47:
// "Dr. P. Venkataraman  Rx# 1847726"); two blanks inside a name before a name stay in it.
func TestBeforeFieldGap(t *testing.T) {
	text := "Amoxicillin 400mg  Dr. P. Venkataraman  Rx# 1847726  Refills: 0. John  Smith called."
	checkRuled(t, text, personSpans(t, text, []string{"Venkataraman  Rx", "John  Smith"}), "PERSON P. Venkataraman", "PERSON John  Smith")
}

// TestVietnameseThiWithoutDiacritics: a Vietnamese family name written without its diacritics,
// an English word too, opens a name before "Thi" (stop 47: "co-applicant Le Thi Hoa"); before
// "Van" it does not ("the Le Van Luong street" may be French or Dutch).
func TestVietnameseThiWithoutDiacritics(t *testing.T) {
	text := "applicant Tran Van Hung, co-applicant Le Thi Hoa, income. The Le Van Luong street."
	checkRuled(t, text, personSpans(t, text, []string{"Tran Van Hung", "Thi Hoa"}), "PERSON Tran Van Hung", "PERSON Le Thi Hoa")
}

// TestKanaReadings: a name's reading in kana in brackets right after it is the person's too (stop
// 47); a word's reading after a word that is no name stays unread.
func TestKanaReadings(t *testing.T) {
	checkPersons(t, "患者：山田太郎（やまだ たろう）、生年月日 1975年3月12日。お茶（おちゃ）を飲む。", "PERSON 山田太郎", "PERSON やまだ たろう")
}

// TestRecordNamesInCapitals: in a record's capitals, Spanish's "DE LOS" the model stopped after
// takes the word after it, and a Vietnamese name it stopped at "THI" takes the given name (stop
// 47: "MARIA DE LOS ANGELES", "NGUYEN THI LAN", whose last words had gone upstream).
func TestRecordNamesInCapitals(t *testing.T) {
	text := "PATIENT NAME: GARCIA LOPEZ, MARIA DE LOS ANGELES  DOB: 03/14/1962\nEMERGENCY CONTACT: NGUYEN THI LAN (DAUGHTER) 408-555-0162"
	checkRuled(t, text, personSpans(t, text, []string{"MARIA DE LOS", "NGUYEN THI"}), "PERSON GARCIA LOPEZ, MARIA DE LOS ANGELES", "PERSON NGUYEN THI LAN")
}

// checkPersons checks the persons the embedded detector finds in text against want.
func checkPersons(t *testing.T, text string, want ...string) {
	t.Helper()
	if diff := cmp.Diff(want, typedFindings(t, embeddedDetector(t), text, "PERSON")); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}
