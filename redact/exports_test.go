package redact

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestNumberBeforeStreet: a listing's or an order's number before a street's house number is no
// phone with it (stop 49: "MLS# 22-418873  1187 Sycamore Bend Rd" had joined the two into a phone
// and left the street in the clear); a phone's own groups before a street stay one phone.
func TestNumberBeforeStreet(t *testing.T) {
	tests := []keptCase{
		{"MLS# 22-418873  1187 Sycamore Bend Rd, Asheville, NC 28803", []string{"PHONE_NUMBER 22-418873", "STREET_ADDRESS 1187 Sycamore Bend Rd, Asheville, NC 28803"}},
		{"Order 4471  1187 Sycamore Bend Rd, Asheville, NC 28803", []string{"STREET_ADDRESS 1187 Sycamore Bend Rd, Asheville, NC 28803"}},
		{"Ref 22-418873 1187 Sycamore Bend Rd, Asheville, NC 28803", []string{"PHONE_NUMBER 22-418873", "STREET_ADDRESS 1187 Sycamore Bend Rd, Asheville, NC 28803"}},
		{"call 212 555 0134 Main St office", []string{"PHONE_NUMBER 212 555 0134"}},
		{"call (212) 555-0134  now", []string{"PHONE_NUMBER (212) 555-0134"}},
	}
	checkKept(t, []string{StreetAddress, Phone}, tests)
}

// TestURLPasswordMarks: a URL's password holding a mark that no mailbox's local part holds is
// still the password, and its end no mailbox (stop 49: "postgres://admin:Tr0ub4dor&3@db" had
// made "3@db.internal" an email that outscored the password; a '#' had split it too).
func TestURLPasswordMarks(t *testing.T) {
	tests := []keptCase{
		{"DATABASE_URL=postgres://hwang_admin:Tr0ub4dor&3@db.internal:5432/patients", []string{"SECRET Tr0ub4dor&3"}},
		{"DATABASE_URL=postgres://hwang_admin:Tr0ub4dor#3@db.internal:5432/patients", []string{"SECRET Tr0ub4dor#3"}},
		{"write to a&b@example.com or x!jane@ex.com", []string{"EMAIL_ADDRESS b@example.com", "EMAIL_ADDRESS jane@ex.com"}},
	}
	checkKept(t, []string{Secret, Email}, tests)
}

// TestHouseNamedAddresses: a British address that names its house and has no number, its street
// and localities between commas and its postcode at the end, is one address (stop 49); a greeting
// before a street is no part of it, and parts without a street's word are none.
func TestHouseNamedAddresses(t *testing.T) {
	tests := []keptCase{
		{"address for thank-you card: Rose Cottage, Church Lane, Little Snoring, Norfolk NR21 0AA", []string{"STREET_ADDRESS Rose Cottage, Church Lane, Little Snoring, Norfolk NR21 0AA"}},
		{"Please send it to The Old Rectory, Mill Road, Great Shelford, Cambridge CB22 5AA.", []string{"STREET_ADDRESS The Old Rectory, Mill Road, Great Shelford, Cambridge CB22 5AA"}},
		{"We met at Hillside, Back Lane, Ashby, Leics LE65 2AA on Monday", []string{"STREET_ADDRESS Hillside, Back Lane, Ashby, Leics LE65 2AA"}},
		{"Thanks John, Church Lane, Leeds LS1 1AA", []string{"STREET_ADDRESS Church Lane, Leeds LS1 1AA"}},
		{"Church Lane, Stratford-upon-Avon CV37 6BA", []string{"STREET_ADDRESS Church Lane, Stratford-upon-Avon CV37 6BA"}},
		{"Dear John, Leeds LS1 1AA", []string{"ZIP_CODE LS1 1AA"}},
		{"Rose Cottage, Little Snoring, Norfolk NR21 0AA", []string{"ZIP_CODE NR21 0AA"}},
	}
	checkKept(t, []string{StreetAddress, ZIPCode}, tests)
}

// TestDiscordAuthors: a Discord copy's author line, a handle, a dash and when they wrote, names an
// account (stop 49); a display name in capitals and a sentence with a dash are left.
func TestDiscordAuthors(t *testing.T) {
	tests := []keptCase{
		{"yo\nmoonpetal_ — Today at 4:13 PM\ndon't dox yourself", []string{"USERNAME moonpetal_"}},
		{"kev.99 — 11/03/2024 4:12 PM\nhey", []string{"USERNAME kev.99"}},
		{"quietfox — Yesterday at 9:02 AM\nmorning", []string{"USERNAME quietfox"}},
		{"The deadline — Today at 5 we ship", nil},
		{"Kevin — Today at 4:13 PM\nhey", nil},
	}
	checkKept(t, []string{Username}, tests)
}

// TestTreatmentStepDates: a month and day after a treatment's step is the patient's date (stop
// 49: "egg retrieval 11/29, embryo transfer planned 12/04" had gone upstream); a fraction after
// "planned" without such a word around it stays under the policies' threshold.
func TestTreatmentStepDates(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tt := range []struct {
		text, date string
		masked     bool
	}{
		{"egg retrieval 11/29, all well", "11/29", true},
		{"embryo transfer planned 12/04.", "12/04", true},
		{"biopsy 3/14 showed DCIS", "3/14", true},
		{"the ratio was planned 3/4 of the budget", "3/4", false},
	} {
		got, score := lastFinding(t, det, tt.text, DateTime, 0)
		if got != tt.date && tt.masked || tt.masked != (got == tt.date && score >= 0.5) {
			t.Errorf("%q: %s at %.2f, want %s masked %v", tt.text, got, score, tt.date, tt.masked)
		}
	}
}

// TestGhanaDigitalAddresses: a GhanaPost GPS digital address in a postcode's field is a postcode
// (stop 49: a shop's order had sent "zip": "GA-183-8164" upstream).
func TestGhanaDigitalAddresses(t *testing.T) {
	tests := []keptCase{
		{`{"city":"Accra","zip":"GA-183-8164","phone":"+233 24 412 3456"}`, []string{"ZIP_CODE GA-183-8164"}},
		{"postcode: AK-4849-3210", []string{"ZIP_CODE AK-4849-3210"}},
		{"zip=GA-18-8164", nil},
		{"ticket GA-183-8164 closed", nil},
	}
	checkKept(t, []string{ZIPCode}, tests)
}

// TestCapitalisedIDCardAddress: an Indonesian identity card's address in capitals, "JL." and its
// number after "NO.", is one address (stop 49: it had been read as two persons and the rest left).
func TestCapitalisedIDCardAddress(t *testing.T) {
	tests := []keptCase{
		{"Alamat: JL. KEBON JERUK RAYA NO. 27, RT 004/RW 007", []string{"STREET_ADDRESS JL. KEBON JERUK RAYA NO. 27, RT 004/RW 007"}},
		{"Alamat: Jl. Kebon Jeruk Raya No. 27, RT 004/RW 007", []string{"STREET_ADDRESS Jl. Kebon Jeruk Raya No. 27, RT 004/RW 007"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestSickNoteInsuranceNumber: a German health insurance number after the sick note's
// abbreviations of its word (stop 49).
func TestSickNoteInsuranceNumber(t *testing.T) {
	tests := []keptCase{
		{"Versichertennr. A123456789", []string{"HEALTH_PLAN_NUMBER A123456789"}},
		{"Versicherten-Nr.: A123456789", []string{"HEALTH_PLAN_NUMBER A123456789"}},
	}
	checkKept(t, []string{HealthPlan}, tests)
}

// TestLowerCaseDistrictAndTown: an address written in lower case reads over a district and its
// town to the postcode (stop 49: "…, clapham, london sw11 1pl" had left "1pl").
func TestLowerCaseDistrictAndTown(t *testing.T) {
	tests := []keptCase{
		{"pls update my address to flat 3, 22 st johns road, clapham, london sw11 1pl thx", []string{"STREET_ADDRESS flat 3, 22 st johns road, clapham, london sw11 1pl"}},
		{"send to 22 church road, leeds ls1 1aa", []string{"STREET_ADDRESS 22 church road, leeds ls1 1aa"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestReportLicencesAndIRD: a licence after a report's "Lic." and New Zealand's IRD number after
// its words are a person's numbers (stop 49); India's insurer "LIC" is no licence's word.
func TestReportLicencesAndIRD(t *testing.T) {
	tests := []keptCase{
		{"Inspected by: T. Okonjo-Iweala (Lic. #HI-20418), client", []string{"ID_NUMBER HI-20418"}},
		{"Lic. no. 4471902 expires 2026", []string{"ID_NUMBER 4471902"}},
		{"my IRD number is 123-456-788.", []string{"ID_NUMBER 123-456-788"}},
		{"the LIC policy 12345678", nil},
	}
	checkKept(t, []string{IDNumber}, tests)
}

// TestAddressesSpelledAbroad: an email address spelled out with other languages' words for its
// marks is the address (stop 49); English's "at a point" and "point" beside an English "at" are
// none.
func TestAddressesSpelledAbroad(t *testing.T) {
	tests := []keptCase{
		{"mi correo es lucia punto fernandez arroba gmail punto com", []string{"EMAIL_ADDRESS lucia punto fernandez arroba gmail punto com"}},
		{"mon adresse mail c'est jean.dupont arobase orange point fr", []string{"EMAIL_ADDRESS jean.dupont arobase orange point fr"}},
		{"scrivimi a marco punto rossi chiocciola libero punto it", []string{"EMAIL_ADDRESS marco punto rossi chiocciola libero punto it"}},
		{"If the iterator is positioned at a point key `g`, there are two", nil},
		{"we stopped at some point to write doc comments", nil},
	}
	checkKept(t, []string{Email}, tests)
}

// TestScannedPages: a word a page's width cut with a hyphen is read joined, and a scan's B, S and
// Z misread for 8, 5 and 2 inside a number's groups are read as those digits (stop 49); a check
// letter ending an identifier, and codes such as "B12", stay as written.
func TestScannedPages(t *testing.T) {
	tests := []keptCase{
		{"S5N: 412-67-B934 on file", []string{"US_SSN 412-67-B934"}},
		{"DNI 12345678Z", nil},
		{"my CRN is 215 683 779Z and", nil},
		{"vitamin B12 and S3 bucket, model Z80, B2B", nil},
	}
	checkKept(t, []string{SSN, Phone}, tests)
	det := NewDetector(Patterns{})
	text := "ring 212-555-\n0134 or\nmail the Jo-\nhn"
	if got := found(t, det, text, Phone); len(got) != 1 || got[0] != "PHONE_NUMBER 212-555-\n0134" {
		t.Errorf("%q: %q", text, got)
	}
	if n := normalize("Patient Name: Marga-\nret Holloway"); n.text != "Patient Name: Margaret Holloway" {
		t.Errorf("joined: %q", n.text)
	}
	if n := normalize("the Page -\nnext and 3-\nx"); n.text != "the Page -\nnext and 3-\nx" {
		t.Errorf("joined: %q", n.text)
	}
}

// TestMistypedIBANAfterItsWord: an IBAN of its country's length after its word is the holder's
// account whose check digits fail too (stop 49: "IBAN: DE89 3704 0044 0532 0130 02" had gone
// upstream, in part as a phone); a number after the word without an IBAN's shape is none.
func TestMistypedIBANAfterItsWord(t *testing.T) {
	tests := []keptCase{
		{"IBAN: DE89 3704 0044 0532 0130 02", []string{"IBAN_CODE DE89 3704 0044 0532 0130 02"}},
		{"IBAN LT60 1010 0123 4567 8910, ref: deposit", []string{"IBAN_CODE LT60 1010 0123 4567 8910"}},
		{"IBAN: DE89 3704 0044 0532 0130 00", []string{"IBAN_CODE DE89 3704 0044 0532 0130 00"}},
		{"my iban is GB82 WEST 1234 5698 7654 33 Thanks", []string{"IBAN_CODE GB82 WEST 1234 5698 7654 33"}},
		{"IBAN: DE89 3704 0044 0532 0130 02 Danke", []string{"IBAN_CODE DE89 3704 0044 0532 0130 02"}},
		{"the IBAN field is empty, ticket 12345678901234567", nil},
	}
	checkKept(t, []string{IBAN}, tests)
}

// TestDecimalNotPhone: a run of digits that is a number's whole part before its decimals is no
// phone (stop 50: Slack's "ts":"1733155200.001200" had been one, masked where "phone" stood near);
// a phone before a sentence's full stop still is.
func TestDecimalNotPhone(t *testing.T) {
	tests := []keptCase{
		{`{"text":"her phone is on file","ts":"1733155200.001200"}`, nil},
		{"created 1733155200.123 by job", nil},
		{"call me at 4155550188.", []string{"PHONE_NUMBER 4155550188"}},
		{"Tel.: 0221.4567890", []string{"PHONE_NUMBER 0221.4567890"}},
	}
	checkKept(t, []string{Phone}, tests)
}

// TestJapaneseAddressByPrefecture: a Japanese block address in Latin letters ends at its
// prefecture and postcode where no ward or city is marked (stop 50: "2-14-7 Kichijoji Honcho,
// Musashino, Tokyo 180-0004" had gone upstream but for the city).
func TestJapaneseAddressByPrefecture(t *testing.T) {
	tests := []keptCase{
		{"shipping to 2-14-7 Kichijoji Honcho, Musashino, Tokyo 180-0004.", []string{"STREET_ADDRESS 2-14-7 Kichijoji Honcho, Musashino, Tokyo 180-0004"}},
		{"ship to 3-5 Nishiki, Naka Ward, Nagoya, Aichi 460-0003", []string{"STREET_ADDRESS 3-5 Nishiki, Naka Ward, Nagoya, Aichi 460-0003"}},
		{"Address: 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002", []string{"STREET_ADDRESS 1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestWelshStreets: Wales's words for road, way, street and crescent lead a street's name
// (stop 50: "9 Heol y Nant, Cardiff CF14 6JH" had left the street upstream).
func TestWelshStreets(t *testing.T) {
	tests := []keptCase{
		{"forwarding address 9 Heol y Nant, Cardiff CF14 6JH.", []string{"STREET_ADDRESS 9 Heol y Nant, Cardiff CF14 6JH"}},
		{"She moved to 4 Stryd Fawr, Caernarfon", []string{"STREET_ADDRESS 4 Stryd Fawr"}},
		{"14 Cilgant y Gorllewin, Wrecsam LL11 2AB", []string{"STREET_ADDRESS 14 Cilgant y Gorllewin, Wrecsam LL11 2AB"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestIrishStreetsAndFrenchCards: Ireland's streets in Irish, their article among the name's
// words, and France's identity card after "CNI" are found (stop 50); another leader's "an" joins
// nothing ("via an API 5 times").
func TestIrishStreetsAndFrenchCards(t *testing.T) {
	tests := []keptCase{
		{"she fell at home, 22 Bóthar na Trá, Galway H91 X2Y3.", []string{"STREET_ADDRESS 22 Bóthar na Trá, Galway H91 X2Y3"}},
		{"Sráid an Mhuilinn 4, Corcaigh", []string{"STREET_ADDRESS Sráid an Mhuilinn 4"}},
		{"via an API 5 times", nil},
		{"Pièce : CNI n° 180293102345.", []string{"ID_NUMBER 180293102345"}},
		{"Acc#: RA-2026-118844", []string{"ID_NUMBER RA-2026-118844"}},
	}
	checkKept(t, []string{StreetAddress, IDNumber}, tests)
}

// TestCredentialPairs: a user name and a password written as a pair with a slash after a word
// for credentials are both found (stop 50: "username/password: jsmith / Winter2024!" had gone
// upstream whole); paths, fractions and a password file's path are none.
func TestCredentialPairs(t *testing.T) {
	tests := []keptCase{
		{"username/password: jsmith / Winter2024!", []string{"USERNAME jsmith", "SECRET Winter2024!"}},
		{"U/P: jsmith/Winter2024!", []string{"USERNAME jsmith", "SECRET Winter2024!"}},
		{`log in as test user "marco.bellini"/"Pa55word!" and open /patients/44821`, []string{"USERNAME marco.bellini", "SECRET Pa55word!"}},
		{"creds are admin / Tr0ub4dor&3.", []string{"USERNAME admin", "SECRET Tr0ub4dor&3"}},
		{"see /usr/local/bin and src/main.go; the pass/fail rate is 3/4", nil},
		{"basic_auth:\n  password_file: testdata/basic-auth-password", nil},
		{"unable to read credentials file missing/bearer.token: open failed", nil},
	}
	checkKept(t, []string{Username, Secret}, tests)
}

// TestMappingKeyOwnsNoValue: a key whose colon ends its line opens a mapping or a block, and the
// next line's key is no secret of it (stop 50: "basic_auth:⏎  password_file: …" and Python's
// "if user_passwd:⏎" had made the next line's first word a secret).
func TestMappingKeyOwnsNoValue(t *testing.T) {
	tests := []keptCase{
		{"basic_auth:\n  password_file: testdata/x", nil},
		{"        if user_passwd:\n            user_passwd = unquote(user_passwd)", nil},
		{"password:\n  Hunter2Secret!", []string{"SECRET Hunter2Secret!"}},
	}
	checkKept(t, []string{Secret}, tests)
}

// TestClinicalRecordsAbroad: what a clinical record abroad writes is found (stop 50): a UK
// postcode in lower case right after the street, a Spanish clinical record's number after "HC"
// or "historia clínica", Brazil's national health card (CNS, under its check) and CEP after its
// word, Poland's flat after "m." with the postcode after it, and Peru's jirón after "domicilio".
func TestClinicalRecordsAbroad(t *testing.T) {
	tests := []keptCase{
		{"i'm at flat 3b 22 kingsland rd e2 8da", []string{"STREET_ADDRESS flat 3b 22 kingsland rd e2 8da"}},
		{"i live at 14 elm st sw11 1pl", []string{"STREET_ADDRESS 14 elm st sw11 1pl"}},
		{"la paciente (HC 0099812) ingresó; número de historia clínica 0099813", []string{"MEDICAL_RECORD_NUMBER 0099812", "MEDICAL_RECORD_NUMBER 0099813"}},
		{"the hc 12345 value", nil},
		{"CNS 830 7848 5319 4130, CEP 90010-150", []string{"HEALTH_PLAN_NUMBER 830 7848 5319 4130", "ZIP_CODE 90010-150"}},
		{"CNS 898 0012 3456 7890", nil},
		{"zam. ul. Mickiewicza 15 m. 4, 31-120 Kraków.", []string{"STREET_ADDRESS ul. Mickiewicza 15 m. 4, 31-120 Kraków"}},
		{"domicilio Jr. Los Olivos 345, Lima", []string{"STREET_ADDRESS Jr. Los Olivos 345"}},
		{"Sammy Davis Jr. 45 years", nil},
	}
	checkKept(t, []string{StreetAddress, MRN, HealthPlan, ZIPCode}, tests)
}

// TestAsianForms: Japan's postcode after its mark is a ZIP code, not a phone (stop 50:
// "〒150-0002" had been a phone too weak to mask), and a Hindi or Arabic address whose house
// number a comma follows after the script's word for an address is one address (stop 50: "पता:
// 12, एमजी रोड, बेंगलुरु 560001" had left the street and PIN upstream); a count after a comma in
// a sentence is none.
func TestAsianForms(t *testing.T) {
	tests := []keptCase{
		{"住所：〒150-0002 東京都渋谷区渋谷2-21-1", []string{"ZIP_CODE 150-0002", "STREET_ADDRESS 東京都渋谷区渋谷2-21-1"}},
		{"〒1500002 東京", []string{"ZIP_CODE 1500002"}},
		{"पता: 12, एमजी रोड, बेंगलुरु 560001", []string{"STREET_ADDRESS 12, एमजी रोड, बेंगलुरु 560001"}},
		{"العنوان: 12، شارع الملك فهد، الرياض 12211", []string{"STREET_ADDRESS 12، شارع الملك فهد، الرياض 12211"}},
		{"मेरे पास 3, किताबें हैं", nil},
	}
	checkKept(t, []string{ZIPCode, StreetAddress, Phone}, tests)
}

// TestCustomerKeys: a customer's number after the shortened key a prompt or a query writes is
// found (stop 50: "find customer 'Olamide Bankole' (cust_id 558812)" had sent the number upstream).
func TestCustomerKeys(t *testing.T) {
	tests := []keptCase{
		{"orders for cust_id 558812", []string{"ID_NUMBER 558812"}},
		{`{"cust_id": 558812}`, []string{"ID_NUMBER 558812"}},
		{"custID=558812", []string{"ID_NUMBER 558812"}},
		{"SELECT * FROM orders WHERE cust_id = 42", nil},
	}
	checkKept(t, []string{IDNumber}, tests)
}

// TestLetterheadSeparators: a letterhead's middle dot or bar between a street and its postcode and
// town joins them (stop 50: "Industriestr. 44 · 70565 Stuttgart" had left the postcode upstream);
// a table's next cells after a street are none of it.
func TestLetterheadSeparators(t *testing.T) {
	tests := []keptCase{
		{"Industriestr. 44 · 70565 Stuttgart · Tel", []string{"STREET_ADDRESS Industriestr. 44 · 70565 Stuttgart"}},
		{"12 rue de la Paix · 75002 Paris", []string{"STREET_ADDRESS 12 rue de la Paix · 75002 Paris"}},
		{"| 12 Main St | 2024 | 5 |", []string{"STREET_ADDRESS 12 Main St"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestLowerStreetsAfterResidence: a street in lower case after another language's "I live in"
// is one whatever follows its number, a German, Dutch or Nordic one written as one word too (stop
// 50: "vivo en calle durango 123 col roma norte", "abito in via roma 12 a torino", "ich wohne in
// der gartenstraße 7" had gone upstream); a street's word in a sentence without it still needs
// the number to close its clause, and a compound in lower case is no street.
func TestLowerStreetsAfterResidence(t *testing.T) {
	tests := []keptCase{
		{"y vivo en calle durango 123 col roma norte cdmx", []string{"STREET_ADDRESS calle durango 123"}},
		{"abito in via roma 12 a torino", []string{"STREET_ADDRESS via roma 12"}},
		{"la calle tiene 5 casas", nil},
		{"via email 5 times", nil},
		{"ich wohne in der gartenstraße 7 in köln", []string{"STREET_ADDRESS gartenstraße 7"}},
		{"jag bor på storgatan 12 i uppsala", []string{"STREET_ADDRESS storgatan 12"}},
		{"the keizersgracht 5 times", nil},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestNIRWithoutKey: a NIR's shape after "NIR" or "INSEE" whose key fails or that is written
// without it is an identifier (stop 51: "NIR 2920975115042" had gone upstream, and "NIR 2 92 09
// 75 115 042 37" but for a weak phone in it); a valid one stays FR_NIR.
func TestNIRWithoutKey(t *testing.T) {
	tests := []keptCase{
		{"NIR 2 92 09 75 115 042 37", []string{"ID_NUMBER 2 92 09 75 115 042 37"}},
		{"NIR 2920975115042", []string{"ID_NUMBER 2920975115042"}},
		{"n° INSEE : 1 85 05 78 006 084", []string{"ID_NUMBER 1 85 05 78 006 084"}},
		{"NIR 2 92 09 75 115 042 10", []string{"FR_NIR 2 92 09 75 115 042 10"}},
		{"NIR 9920975115042", nil},
	}
	checkKept(t, []string{IDNumber, FRNIR}, tests)
}

// TestNordicAndTurkishTails: a Finnish road after its genitive's n, a flat's staircase and number
// after a Nordic house number, and a Turkish district and province joined by a slash end the
// address (stop 51: "Mannerheimintie 10 A 5, 00100 Helsinki" and "Kadıköy/İstanbul" had gone
// upstream); "Auntie 2" and a slash pair after an English street are none.
func TestNordicAndTurkishTails(t *testing.T) {
	tests := []keptCase{
		{"osoite Mannerheimintie 10 A 5, 00100 Helsinki", []string{"STREET_ADDRESS Mannerheimintie 10 A 5, 00100 Helsinki"}},
		{"Storgatan 4 B 1102, 411 38 Göteborg", []string{"STREET_ADDRESS Storgatan 4 B 1102, 411 38 Göteborg"}},
		{"my Auntie 2 said hi", nil},
		{"Bağdat Cad. No:12 D:4, Kadıköy/İstanbul", []string{"STREET_ADDRESS Bağdat Cad. No:12 D:4, Kadıköy/İstanbul"}},
		{"12 Main St, Ankara/Istanbul", []string{"STREET_ADDRESS 12 Main St"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestEscapedJSONValues: a cue's value inside JSON that is itself a string, its quotes escaped
// once or more, is read (stop 51: a HAR's postData, {\"password\":\"Sommar2024!\"}, had sent the
// password upstream), without the escape's backslash; and a log's channel and level where a chat
// log's speaker would stand is no account (Laravel's "[…] local.ERROR:").
func TestEscapedJSONValues(t *testing.T) {
	tests := []keptCase{
		{`{\"email\":\"tova@acme.io\",\"password\":\"Sommar2024!\"}`, []string{"SECRET Sommar2024!"}},
		{`{\\\"password\\\":\\\"Sommar2024!\\\"}`, []string{"SECRET Sommar2024!"}},
		{`{\"username\":\"jdoe42\"}`, []string{"USERNAME jdoe42"}},
		{"[2024-10-10 12:00:02] local.ERROR: SQLSTATE[23000]", nil},
		{"[14:03] dmitri.v: sure", []string{"USERNAME dmitri.v"}},
	}
	checkKept(t, []string{Secret, Username}, tests)
}

// TestHealthCardsAbroad: Russia's OMS policy, a member's number after a French mutual's or an
// Argentine obra social's name and a US insurer's with its groups joined, and Brazil's SUS card
// whose check fails are health plan numbers (stop 51: each had gone upstream); a range of years
// after an insurer's name is none.
func TestHealthCardsAbroad(t *testing.T) {
	tests := []keptCase{
		{"полис ОМС 6650890812345678", []string{"HEALTH_PLAN_NUMBER 6650890812345678"}},
		{"mutuelle MGEN n° 123456789", []string{"HEALTH_PLAN_NUMBER 123456789"}},
		{"OSDE 61-234567-8/01", []string{"HEALTH_PLAN_NUMBER 61-234567-8/01"}},
		{"Insurance: BCBS #XQP-882-3341", []string{"HEALTH_PLAN_NUMBER XQP-882-3341"}},
		{"Cartão SUS 898 0012 3456 7890", []string{"HEALTH_PLAN_NUMBER 898 0012 3456 7890"}},
		{"Cigna 2024-2025 plan year", nil},
		{`"mnt": {"mnt", 4026531840}`, nil},
	}
	checkKept(t, []string{HealthPlan}, tests)
}

// TestHouseNumbersAbroad: a Dutch house number with "bis" run into it, a Turkish door after a
// slash and the postcode, district and province after a comma, and an Indonesian road's kilometre
// before the house's number end the address where they end (stop 51: "Oudegracht 231bis, 3511 NS
// Utrecht" had gone upstream whole, the rest in part).
func TestHouseNumbersAbroad(t *testing.T) {
	tests := []keptCase{
		{"Oudegracht 231bis, 3511 NS Utrecht", []string{"STREET_ADDRESS Oudegracht 231bis, 3511 NS Utrecht"}},
		{"adres: Cumhuriyet Mah. Atatürk Cad. No: 45/3, 06420 Çankaya/Ankara, tel", []string{"STREET_ADDRESS Cumhuriyet Mah. Atatürk Cad. No: 45/3, 06420 Çankaya/Ankara"}},
		{"alamat Jl. Kaliurang KM 5 No. 12, Sleman, Yogyakarta 55281", []string{"STREET_ADDRESS Jl. Kaliurang KM 5 No. 12, Sleman, Yogyakarta 55281"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestKeypadsAndSafes: a keypad's, a safe's, a lockbox's and a voicemail's codes are PINs (stop 51:
// "garage keypad 1946", "safe combination is 32-18-7" and "CBS code 5533" had gone upstream); a
// keypad's firmware and a combination in prose are none, and an amount's thousands group opens no
// street ("pays $2,150 via ACH" had been one).
func TestKeypadsAndSafes(t *testing.T) {
	tests := []keptCase{
		{"gate code #2580*, garage keypad 1946", []string{"PIN 2580", "PIN 1946"}},
		{"The safe combination is 32-18-7 and", []string{"PIN 32-18-7"}},
		{"The Supra lockbox, CBS code 5533.", []string{"PIN 5533"}},
		{"Voicemail PIN 8841.", []string{"PIN 8841"}},
		{"keypad firmware 2.1.4", nil},
		{"a combination of 2024 data", nil},
		{"Tenant pays $2,150 via ACH from acct", nil},
	}
	checkKept(t, []string{PIN, StreetAddress}, tests)
}

// TestMistypedCards: a card's number whose Luhn check fails after the words for a card is an
// identifier, a typo that shows all but one digit (stop 51: "his card 4024 0071 5336 2841 exp
// 09/27" had gone upstream whole); a valid one stays CREDIT_CARD, and a number no issuer's first
// digit opens is none.
func TestMistypedCards(t *testing.T) {
	tests := []keptCase{
		{"his card 4024 0071 5336 2841 exp 09/27 was declined", []string{"ID_NUMBER 4024 0071 5336 2841"}},
		{"Visa: 4024-0071-5336-2841", []string{"ID_NUMBER 4024-0071-5336-2841"}},
		{"card 4024 0071 5336 2842", []string{"CREDIT_CARD 4024 0071 5336 2842"}},
		{"card 1234567890123456", nil},
	}
	checkKept(t, []string{IDNumber, CreditCard}, tests)
}

// TestLowerLocalitiesAbroad: an address in lower case, as chat writes it, ends at Australia's
// state and postcode and at Canada's province and postcode, and Canada's unit before the house
// number opens it (stop 51: "bondi nsw 2026" and "1204-55 queen st e, toronto on m5c 1r6" had
// gone upstream); a range of years before a street opens none.
func TestLowerLocalitiesAbroad(t *testing.T) {
	tests := []keptCase{
		{"mate i'm at unit 5/22 beach rd, bondi nsw 2026 if ur dropping off", []string{"STREET_ADDRESS 5/22 beach rd, bondi nsw 2026"}},
		{"eh can you ship to 1204-55 queen st e, toronto on m5c 1r6 thx", []string{"STREET_ADDRESS 1204-55 queen st e, toronto on m5c 1r6"}},
		{"Ship to 1204-55 Queen St E, Toronto, ON M5C 1R6", []string{"STREET_ADDRESS 1204-55 Queen St E, Toronto, ON M5C 1R6"}},
		{"from 2019-2023 main street", nil},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestLowerIndianAddresses: an Indian address typed all in lower case, its parts joined by commas
// and a town and its PIN last, is one address (stop 51: "h no 221, sector 15, gurgaon 122001" and
// "#12, 3rd cross, 5th main, indiranagar, bangalore 560038" had gone upstream); a town and a PIN
// after prose, and numbers in prose, are none.
func TestLowerIndianAddresses(t *testing.T) {
	tests := []keptCase{
		{"pls deliver to h no 221, sector 15, gurgaon 122001, call me", []string{"STREET_ADDRESS h no 221, sector 15, gurgaon 122001"}},
		{"#12, 3rd cross, 5th main, indiranagar, bangalore 560038", []string{"STREET_ADDRESS #12, 3rd cross, 5th main, indiranagar, bangalore 560038"}},
		{"my address: 45, mg road, pune 411001", []string{"STREET_ADDRESS 45, mg road, pune 411001"}},
		{"see you soon, pune 411001", nil},
		{"i paid 221, then 15, then 122001 more", nil},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestDeathDates: a death's date after the words letters and genealogies write for it, its month
// and year too, is a person's date (stop 51: "his late wife Birgitta (d. 03/2024)" had left the
// month and year upstream, too weak to mask); a variable of one letter assigned a date in code is
// none.
func TestDeathDates(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tt := range []struct {
		text, want string
	}{
		{"his late wife Birgitta (d. 03/2024) still gets statements", "03/2024"},
		{"she passed away 3/2024", "3/2024"},
		{"d = datetime.datetime(2010, 7, 4, 12, 15, 58)", ""},
	} {
		fs, err := det.Detect(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == DateTime && f.Score >= 0.5 {
				got = tt.text[f.Start:f.End]
			}
		}
		if got != tt.want {
			t.Errorf("%q: masked date %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPayslipsAbroad: a German payslip's social insurance number, a French, Dutch and Italian
// payslip's employee number, a NIR after "n° SS" and New Zealand's bank account after a bare
// "Bank" are found (stop 51: each had gone upstream whole or in part); a bank holiday's year is
// none.
func TestPayslipsAbroad(t *testing.T) {
	tests := []keptCase{
		{"SV-Nr. 65 170839 J 003, Steuer", []string{"ID_NUMBER 65 170839 J 003"}},
		{"SV-Nr.: 65170839J003", []string{"ID_NUMBER 65170839J003"}},
		{"matricule 88123, n° SS 2 85 07 75 056 048 17, emploi", []string{"ID_NUMBER 88123", "ID_NUMBER 2 85 07 75 056 048 17"}},
		{"personeelsnummer 10442", []string{"ID_NUMBER 10442"}},
		{"KiwiSaver 3%, Bank 12-3140-0123456-00", []string{"US_BANK_NUMBER 12-3140-0123456-00"}},
		{"the bank holiday 2024", nil},
	}
	checkKept(t, []string{IDNumber, BankAccount}, tests)
}

// TestSecurityAnswers: a security question's answer after its words is a secret (stop 51: "first
// pet Biscuit, first car Corolla" had gone upstream); prose about a first car or pet is none.
func TestSecurityAnswers(t *testing.T) {
	tests := []keptCase{
		{"mother's maiden name Szymanski, first pet Biscuit, first car Corolla.", []string{"SECRET Biscuit", "SECRET Corolla"}},
		{"memorable word: giraffe42", []string{"SECRET giraffe42"}},
		{"first pet: Mr Whiskers", []string{"SECRET Mr Whiskers"}},
		{"the first car in the lot, then", nil},
		{"our first pet is a dog.", nil},
		{"my first car was a 1998 Honda Civic and I loved it", nil},
	}
	checkKept(t, []string{Secret}, tests)
}

// TestLowerLeaderStreets: a French, Spanish or Portuguese street after its number in a line typed
// all in lower case takes its lower-case name (stop 51: "5 rue des lilas apt 3 montreal qc h2j
// 2k1" had been cut at "rue des", leaving the rest upstream); English's "route" and "via", and a
// chat's "tomorrow", stay out.
func TestLowerLeaderStreets(t *testing.T) {
	tests := []keptCase{
		{"send to 5 rue des lilas apt 3 montreal qc h2j 2k1", []string{"STREET_ADDRESS 5 rue des lilas apt 3 montreal qc h2j 2k1"}},
		{"see 5 calle mayor tomorrow", []string{"STREET_ADDRESS 5 calle mayor"}},
		{"take 12 route to the airport", nil},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestACHRoutingCues: an ACH return's RDFI and ODFI are routing numbers (stop 52: "RDFI
// 021000021" had been a weak phone).
func TestACHRoutingCues(t *testing.T) {
	tests := []keptCase{
		{"DFI Acct 4471992018, RDFI 021000021", []string{"ABA_ROUTING_NUMBER 021000021"}},
		{"ODFI: 011000015", []string{"ABA_ROUTING_NUMBER 011000015"}},
		{"RDFI 021000022", nil},
	}
	checkKept(t, []string{ABARouting}, tests)
}

// TestPractitionersAndLowerStreets: a French practitioner's RPPS number whose key holds (stop 52);
// a street typed in lower case ends at its last common suffix before a town whose words hold
// another suffix's ("1600 oak pkwy mountain view ca 94043" had been none, "view" no common
// suffix).
func TestPractitionersAndLowerStreets(t *testing.T) {
	checkKept(t, []string{MedicalLicense}, []keptCase{
		{"Dr Pierre Lemaire, RPPS 10003456786", []string{"MEDICAL_LICENSE 10003456786"}},
		{"RPPS 10003456789", nil},
	})
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"i'm at 1600 oak pkwy mountain view ca 94043", []string{"STREET_ADDRESS 1600 oak pkwy mountain view ca 94043"}},
		{"i'm at 1600 amphitheatre pkwy mountain view right now", []string{"STREET_ADDRESS 1600 amphitheatre pkwy"}},
		{"42 elm street park view", []string{"STREET_ADDRESS 42 elm street"}},
	})
}

// TestLettersOpeningValues: a letter run into a value's digits opens it, though the letter alone
// is a filler word of another language (stop 52: "DL# O123-4567-8901" and "Passport No.
// O34328123" had left the O, Portuguese's article, out of the value); and a ticket's accounts
// after "assigned to", "reviewed by" and the like, not a version or a count.
func TestLettersOpeningValues(t *testing.T) {
	checkKept(t, []string{DriverLicense, Username}, []keptCase{
		{"DL# O123-4567-8901 (MD)", []string{"US_DRIVER_LICENSE O123-4567-8901"}},
		{"Assigned to: dwayne.p / merged by bors-ng", []string{"USERNAME dwayne.p", "USERNAME bors-ng"}},
		{"reported by v1.2.3 of the tool, approved by 2 reviewers", nil},
		{"Reported by Rolf-Dieter Wulf on 2025-04-16; ACCOUNT OPENED BY JAN-PETER SCHLEICH", nil},
	})
}

// TestPrisonNumbers: a state's and the federal prisons' numbers after their words (stop 52:
// "CDCR #BK4471" had gone upstream); a company's trade register is none.
func TestPrisonNumbers(t *testing.T) {
	checkKept(t, []string{IDNumber}, []keptCase{
		{"inmate Reginald Okoro-Banks, CDCR #BK4471, hearing", []string{"ID_NUMBER BK4471"}},
		{"BOP Register Number 12345-678", []string{"ID_NUMBER 12345-678"}},
		{"TDCJ# 02345678", []string{"ID_NUMBER 02345678"}},
		{"the trade register number HRB 12345", nil},
	})
}

// TestPossessivesBeforeValues: "his" and "her" of other languages between a cue and its value
// (stop 52: "o CPF dela é 390.533.447-05" had gone upstream).
func TestPossessivesBeforeValues(t *testing.T) {
	checkKept(t, []string{BRCPF}, []keptCase{
		{"o CPF dela é 390.533.447-05, ela mora", []string{"BR_CPF 390.533.447-05"}},
		{"o CPF dela é 390.533.447-04", nil},
	})
}

// TestBareAccountLetters: a brokerage's account of letters and digits right after a bare
// "Account" (stop 52: "Account 5YT-44712 | Owner: …" had gone upstream); a date or a word after
// it is none.
func TestBareAccountLetters(t *testing.T) {
	checkKept(t, []string{BankAccount}, []keptCase{
		{"Brokerage statement: Account 5YT-44712 | Owner: Hiroshi", []string{"US_BANK_NUMBER 5YT-44712"}},
		{"Account Settings v2 12345", nil},
	})
}

// TestLanesAndCityPostcodes: a house's number and its lane before a street in a Chinese address
// written in English, a Thai house number and its village, and six digits after one of India's or
// China's big cities that open with the city's own digits (stop 52: "No. 8 Lane", "99/9 Moo 4",
// "Shanghai 200031" and "Pune 411001" had gone upstream); another city's digits, and a lane's
// name without a house number before it, are none.
func TestLanesAndCityPostcodes(t *testing.T) {
	checkKept(t, []string{StreetAddress, ZIPCode, Location}, []keptCase{
		{"ZHANG WEI, No. 8 Lane 200 Huaihai Rd, Xuhui", []string{"STREET_ADDRESS No. 8 Lane 200 Huaihai Rd", "LOCATION Xuhui"}},
		{"We met at Memory Lane 200 Main St", []string{"STREET_ADDRESS 200 Main St"}},
		{"Beijing 100020, China; Pune 411001; New Delhi 110001", []string{"LOCATION Beijing", "ZIP_CODE 100020", "LOCATION Pune", "ZIP_CODE 411001", "LOCATION New Delhi", "ZIP_CODE 110001"}},
		{"Shanghai 100020 and Mumbai 110001 units", nil},
	})
	// asked at every six digits after a word, the city's lookup allocates nothing
	if n := testing.AllocsPerRun(100, func() { cityPostcode("in Beijing 100020 now", 11) }); n != 0 {
		t.Errorf("cityPostcode allocated %v times", n)
	}
	// a Thai house and its village before a street the model found
	for text, want := range map[string]string{"99/9 Moo 4, Sukhumvit Rd": "99/9 Moo 4, ", "No. 8 Lane 200 Huaihai Rd": "No. 8 Lane ", "Memory Lane 200 Main St": ""} {
		start := len(want)
		if want == "" {
			start = strings.Index(text, "200")
		}
		if got := laneBefore(text, start); got != 0 && want != "" || want == "" && got != start {
			t.Errorf("laneBefore(%q, %d) = %d", text, start, got)
		}
	}
}

// TestCitizenshipNumbers: Nepal's citizenship certificate number after its words (stop 52: it
// had been a weak phone); "citizenship no later than" is none.
func TestCitizenshipNumbers(t *testing.T) {
	checkKept(t, []string{IDNumber}, []keptCase{
		{"Nepal citizenship no. 12-01-75-01234, Ram Bahadur Thapa", []string{"ID_NUMBER 12-01-75-01234"}},
		{"proof of citizenship no later than 2024", nil},
	})
}

// TestPhilippineAddresses: an address around a barangay's word, from its house or block and lot
// to its city, province or postcode, and one that opens with a block and a lot and ends at its
// city or province, are one address each (stop 53: "Brgy. San Antonio, Makati City 1203" after
// the street, "Blk 5 Lot 12, Phase 2, …, Cavite 4102" and "B5 L12 Mahogany St., …, Pasig City"
// had gone upstream); the barangay alone is an address, weaker; a block and a lot whose parts
// reach no town, and words in prose before a part, are none of it.
func TestPhilippineAddresses(t *testing.T) {
	checkKept(t, []string{StreetAddress, ZIPCode}, []keptCase{
		{"Address: 12 Mabini St, Brgy. San Antonio, Makati City 1203", []string{"STREET_ADDRESS 12 Mabini St, Brgy. San Antonio, Makati City 1203"}},
		{"Blk 5 Lot 12, Phase 2, Brgy. Molino III, Bacoor, Cavite 4102", []string{"STREET_ADDRESS Blk 5 Lot 12, Phase 2, Brgy. Molino III, Bacoor, Cavite 4102"}},
		{"Ship to Lot 3 Blk 7 Camella Homes, Brgy. Talon Dos, Las Pinas City", []string{"STREET_ADDRESS Lot 3 Blk 7 Camella Homes, Brgy. Talon Dos, Las Pinas City"}},
		{"I live in Brgy. Pulo, Cabuyao, Laguna.", []string{"STREET_ADDRESS Brgy. Pulo, Cabuyao, Laguna"}},
		{"Blk 5 Lot 12, Phase 2, Camella Homes, Bacoor, Cavite 4102", []string{"STREET_ADDRESS Blk 5 Lot 12, Phase 2, Camella Homes, Bacoor, Cavite 4102"}},
		{"B5 L12 Mahogany St., Greenwoods Exec Village, Pasig City", []string{"STREET_ADDRESS B5 L12 Mahogany St., Greenwoods Exec Village, Pasig City"}},
		{"He scored Lot 5 Blk 2 tickets, and left.", nil},
	})
	fs, _ := Patterns{}.recognize("the captain of Brgy. Poblacion said so", nil)
	if len(fs) != 1 || fs[0].Score >= 0.85 {
		t.Errorf("a barangay alone: %v", fs)
	}
}

// TestSpecimenNumbers: a specimen's number after its word alone is an identifier (stop 53:
// "Specimen S26-18832" had gone upstream); a specimen's count or its kind is none.
func TestSpecimenNumbers(t *testing.T) {
	checkKept(t, []string{IDNumber}, []keptCase{
		{"Specimen S26-18832 received; Specimen #: S26-18833", []string{"ID_NUMBER S26-18832", "ID_NUMBER S26-18833"}},
		{"Specimen 2 of 3; Specimen: blood, 5 mL", nil},
	})
}

// TestNeighbourhoodsAndTowns: a neighbourhood and its city after a street's comma, the last
// ending the clause, join the street whatever the model made of them, as Latin America writes
// an address (stop 53: "Av. Providencia 1234, Providencia, Santiago" had left the neighbourhood,
// a person the model doubted, upstream); a full name the model is sure of after a town is the
// addressee, and a clause that goes on is none.
func TestNeighbourhoodsAndTowns(t *testing.T) {
	checkPass(t, joinAddressBlocks, []passCase{
		{"neighbourhood and city", "domicilio Av. Providencia 1234, Providencia, Santiago.", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "Av. Providencia 1234", 0.9), func() Finding { f := at(s, Person, ", Providencia", 0.4); f.Start += 2; return f }(), at(s, Person, "Santiago", 0.9)}
		}, []out{{StreetAddress, "Av. Providencia 1234, Providencia, Santiago"}}},
		{"and country", "Av. Corrientes 1234, Balvanera, Buenos Aires, Argentina", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "Av. Corrientes 1234", 0.9), at(s, Location, "Balvanera", 0.7), at(s, Location, "Buenos Aires", 0.9)}
		}, []out{{StreetAddress, "Av. Corrientes 1234, Balvanera, Buenos Aires, Argentina"}}},
		{"article", "Calle 10 #5-20, La Candelaria, Bogotá", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "Calle 10 #5-20", 0.9), at(s, Location, "Bogotá", 0.9)}
		}, []out{{StreetAddress, "Calle 10 #5-20, La Candelaria, Bogotá"}}},
		{"postcode", "Next of kin: 15 Karaka St, Ōtāhuhu, Auckland 1062", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "15 Karaka St", 0.9), at(s, Organization, "Ōtāhuhu", 0.4), at(s, Location, "Auckland", 0.9)}
		}, []out{{StreetAddress, "15 Karaka St, Ōtāhuhu, Auckland 1062"}}},
		{"town taken", "his fibre at 12 Kloof St, Gardens, Cape Town 8001 is down", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "12 Kloof St, Gardens, Cape Town", 0.9)}
		}, []out{{StreetAddress, "12 Kloof St, Gardens, Cape Town 8001"}}},
		{"a year", "we met at 12 Kloof St, Cape Town 2019 was fun", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "12 Kloof St, Cape Town", 0.9)}
		}, []out{{StreetAddress, "12 Kloof St, Cape Town"}}},
		{"addressee", "Deliver to 4 Elm St, Boston, Mary Jones.", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "4 Elm St", 0.9), at(s, Location, "Boston", 0.9), at(s, Person, "Mary Jones", 0.95)}
		}, []out{{StreetAddress, "4 Elm St"}, {Location, "Boston"}, {Person, "Mary Jones"}}},
		{"clause goes on", "We met at 4 Elm St, Boston, Mary said", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "4 Elm St", 0.9), at(s, Location, "Boston", 0.9), at(s, Person, "Mary", 0.9)}
		}, []out{{StreetAddress, "4 Elm St"}, {Location, "Boston"}, {Person, "Mary"}}},
	})
}

// TestKennitala: Iceland's kennitala after its word, under its check digit (stop 53: it had been
// a weak phone); one whose check fails is none.
func TestKennitala(t *testing.T) {
	checkKept(t, []string{IDNumber}, []keptCase{
		{"Kennitala: 120174-3399", []string{"ID_NUMBER 120174-3399"}},
		{"kennitala 1201743389", nil},
	})
}

// TestItalianArticulatedParticles: a street's name may hold Italian's articulated prepositions
// (stop 53: "Via dei Coronari 45, 00186 Roma" had left "Via dei" upstream).
func TestItalianArticulatedParticles(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Via dei Coronari 45, 00186 Roma", []string{"STREET_ADDRESS Via dei Coronari 45, 00186 Roma"}},
		{"Piazza delle Erbe 3, Verona", []string{"STREET_ADDRESS Piazza delle Erbe 3"}},
	})
}

// TestAccountsAfterHelpDeskWords: an account after a help desk's "password for" or "account for"
// (stop 53: "please reset the password for thandiwe.m" had gone upstream); a name, a version and a
// system's account are none.
func TestAccountsAfterHelpDeskWords(t *testing.T) {
	checkKept(t, []string{Username}, []keptCase{
		{"please reset the password for thandiwe.m and notify her", []string{"USERNAME thandiwe.m"}},
		{"create an account for jsmith_42", []string{"USERNAME jsmith_42"}},
		{"the password for v1.2.3; password for root", nil},
	})
}

// TestBalkanBalticAndHungarianIDs: the former Yugoslavia's master citizen number (JMBG, EMŠO),
// Latvia's personal code, Hungary's TAJ and tax numbers, Ukraine's taxpayer number and a Russian
// passport's series and number after their words, each under its check where it has one (stop
// 54: all had gone upstream or been weak phones); a failing check, and "the Taj" in English, are
// none.
func TestBalkanBalticAndHungarianIDs(t *testing.T) {
	checkKept(t, []string{IDNumber, Passport}, []keptCase{
		{"JMBG 0101990710008, Beograd", []string{"ID_NUMBER 0101990710008"}},
		{"EMŠO: 0101006500006", []string{"ID_NUMBER 0101006500006"}},
		{"JMBG 0101990710006", nil},
		{"Personas kods 121282-11228", []string{"ID_NUMBER 121282-11228"}},
		{"personas kods 121282-11221", nil},
		{"TAJ szám: 123 456 788", []string{"ID_NUMBER 123 456 788"}},
		{"TAJ: 123456788", []string{"ID_NUMBER 123456788"}},
		{"the Taj 123456788 hotel", nil},
		{"Adóazonosító jel: 8123456786", []string{"ID_NUMBER 8123456786"}},
		{"РНОКПП 3012345670", []string{"ID_NUMBER 3012345670"}},
		{"РНОКПП 3012345678", nil},
		{"паспорт 45 08 123456, выдан", []string{"PASSPORT 45 08 123456"}},
	})
}

// TestRomanianBalticAndRussianAddresses: Romania's abbreviated leaders and its block, stair,
// floor, flat and sector; a Baltic flat after a hyphen, Estonia's and Lithuania's street words,
// a country's letters before the postcode after the town; Russia's postcode before the town
// (stop 54: each had left the street or its parts upstream).
func TestRomanianBalticAndRussianAddresses(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Adresa: Bd. Unirii nr. 15, bl. 7A, sc. 2, et. 3, ap. 45, sector 3, București.", []string{"STREET_ADDRESS Bd. Unirii nr. 15, bl. 7A, sc. 2, et. 3, ap. 45, sector 3"}},
		{"Adresa: Aleea Teiului nr. 5, ap. 10, Iași.", []string{"STREET_ADDRESS Aleea Teiului nr. 5, ap. 10"}},
		{"see str. 12 of the report", nil},
		{"Adrese: Brīvības iela 21-5, Rīga, LV-1010.", []string{"STREET_ADDRESS Brīvības iela 21-5, Rīga, LV-1010"}},
		{"Adresas: Laisvės al. 53-4, Kaunas LT-44309.", []string{"STREET_ADDRESS Laisvės al. 53-4, Kaunas LT-44309"}},
		{"Aadress: Narva mnt 5-12, 10117 Tallinn.", []string{"STREET_ADDRESS Narva mnt 5-12, 10117 Tallinn"}},
		{"Адрес: 603000, г. Нижний Новгород, ул. Большая Покровская, д. 15, кв. 7.", []string{"STREET_ADDRESS 603000, г. Нижний Новгород, ул. Большая Покровская, д. 15, кв. 7"}},
	})
}

// TestAfricanSouthAsianAndGulfAddresses: a house's "No." opening the address's part, a labelled
// plot's parts stopping before a post-office box's initials, Islamabad's sectors and Pakistan's
// five-digit postcode after a labelled house, and the Gulf's and Ghana's national address codes
// after their words (stop 54: "Plot 45, Kampala Road, P" had been an address and ".O" a place;
// the rest had gone upstream).
func TestAfricanSouthAsianAndGulfAddresses(t *testing.T) {
	checkKept(t, []string{StreetAddress, GeoCoordinates}, []keptCase{
		{"Deliver to: Obi, No. 12 Adeola Odeku Street", []string{"STREET_ADDRESS No. 12 Adeola Odeku Street"}},
		{"Invoice No. 12 Main Street", []string{"STREET_ADDRESS 12 Main Street"}},
		{"Plot 45, Kampala Road, P.O. Box 7062, Kampala, Uganda", []string{"STREET_ADDRESS Plot 45, Kampala Road, P.O. Box 7062, Kampala, Uganda"}},
		{"Address: House No. 12, Street 5, F-7/2, Islamabad 44000.", []string{"STREET_ADDRESS House No. 12, Street 5, F-7/2, Islamabad 44000"}},
		{"Ghana Post GPS: GA-183-8164", []string{"GEO_COORDINATES GA-183-8164"}},
		{"my gps is AK-0039-5028", []string{"GEO_COORDINATES AK-0039-5028"}},
		{"turn on GPS 12345678 times", nil},
		{"short address RRRD2929", []string{"GEO_COORDINATES RRRD2929"}},
		{"Makani 2581995140", []string{"GEO_COORDINATES 2581995140"}},
	})
	// a town's postcode of five or six digits after a neighbourhood, ending the clause
	checkPass(t, joinAddressBlocks, []passCase{
		{"six digits", "to No. 12 Adeola Odeku Street, Victoria Island, Lagos 101241.", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "No. 12 Adeola Odeku Street", 0.9), at(s, Location, "Victoria Island", 0.8), at(s, Location, "Lagos", 0.9)}
		}, []out{{StreetAddress, "No. 12 Adeola Odeku Street, Victoria Island, Lagos 101241"}}},
		{"a count", "at 12 Main Street, Victoria Island, Lagos 100000 people live", func(s string) []Finding {
			return []Finding{at(s, StreetAddress, "12 Main Street", 0.9), at(s, Location, "Victoria Island", 0.8), at(s, Location, "Lagos", 0.9)}
		}, []out{{StreetAddress, "12 Main Street"}, {Location, "Victoria Island"}, {Location, "Lagos"}}},
	})
}

// TestAltcoinsAndBankCodes: TRON's, Litecoin's, Dogecoin's and the XRP Ledger's addresses under
// base58check with their own version bytes, Argentina's CBU under its two checks, Nigeria's NUBAN
// after its word and a PIX key that is a CPF (stop 54: all had gone upstream or been weak phones);
// a checksum that fails, or Bitcoin's version byte in TRON's letter, is none.
func TestAltcoinsAndBankCodes(t *testing.T) {
	checkKept(t, []string{Crypto, BankAccount, BRCPF}, []keptCase{
		{"Send USDT (TRC20) to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t today", []string{"CRYPTO TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"}},
		{"to TJYeasTPa6gpEEfYWLLUSC2Ft2oLAmsMHn today", nil},
		{"LTC: LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz", []string{"CRYPTO LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz"}},
		{"doge DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L thanks", []string{"CRYPTO DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L"}},
		{"XRP: rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh destination tag", []string{"CRYPTO rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"}},
		{"Depositar en CBU 2850590940090418135201, titular", []string{"US_BANK_NUMBER 2850590940090418135201"}},
		{"CBU 2850590940090418135202", nil},
		{"NUBAN 0123456789 (GTBank)", []string{"US_BANK_NUMBER 0123456789"}},
		{"Chave PIX: 123.456.789-09, favorecido", []string{"BR_CPF 123.456.789-09"}},
	})
}

// TestTicketHandOffAccounts: an account after a ticket's hand-off (stop 54: "escalated to
// t.nguyen" had gone upstream); a version is none.
func TestTicketHandOffAccounts(t *testing.T) {
	checkKept(t, []string{Username}, []keptCase{
		{"escalated to t.nguyen", []string{"USERNAME t.nguyen"}},
		{"Reassigned to: dwayne.p", []string{"USERNAME dwayne.p"}},
		{"transferred to v2.1.3 yesterday", nil},
	})
}

// TestAddresseesAndPostcodesAbroad: a Malay or Arabic name's "binti" before the parts a Malaysian
// address is read back over keeps the addressee out of it (stop 54: "Siti Nurhaliza binti
// Tarudin, No. 12, Jalan SS 2/24, 47300 Petaling Jaya" had taken "Tarudin" into the address), and
// Israel's seven-digit postcode after the town ("Tel Aviv-Yafo 6520112" had gone upstream).
func TestAddresseesAndPostcodesAbroad(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Recipient: Siti Nurhaliza binti Tarudin, No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor", []string{"STREET_ADDRESS No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor"}},
		{"Ship to: Noa Levi, 12 Herzl St, Apt 4, Tel Aviv-Yafo 6520112, Israel", []string{"STREET_ADDRESS 12 Herzl St, Apt 4, Tel Aviv-Yafo 6520112"}},
	})
}

// TestCommercialDriversLicence: a commercial driver's licence after "CDL" (stop 54: "CDL
// #D1234-56789-01234 (IL)" had gone upstream); the licence's class and a year are none.
func TestCommercialDriversLicence(t *testing.T) {
	checkKept(t, []string{DriverLicense}, []keptCase{
		{"Driver: Ezekiel Mbatha, CDL #D1234-56789-01234 (IL), DOT# 3344556", []string{"US_DRIVER_LICENSE D1234-56789-01234"}},
		{"holds a CDL since 2019; CDL Class A, 12 years", nil},
	})
}

// TestSlashedSexAndAge: an age joined to a sex's capital by a slash as a case note opens (stop
// 54: "F/95 s/p fall", "95/F with hip fx" had gone upstream); a garment's size is none.
func TestSlashedSexAndAge(t *testing.T) {
	checkKept(t, []string{Age}, []keptCase{
		{"F/95 s/p fall", []string{"AGE 95"}},
		{"95/F with hip fx", []string{"AGE 95"}},
		{"size 14/M with logo; rated 4/95 with care", nil},
	})
}

// TestUniversityIDs: a US university's identification number after "UIN" (stop 54: "UIN
// 674829103" had been a weak SSN).
func TestUniversityIDs(t *testing.T) {
	checkKept(t, []string{IDNumber, SSN}, []keptCase{
		{"Scholarship recipient, Class of 2025, UIN 674829103", []string{"ID_NUMBER 674829103"}},
	})
}

// TestRegionsBeforeLetterPostcodes: a province, a county or a state written out between a
// street's town and a British or Canadian postcode or an Eircode, a street's compass point
// written out, and "D.C." before its ZIP (stop 55: the streets had been masked alone, "M5V 3G5",
// "OX14 4RA" and "20220" left to other readers or upstream); a compass word that opens a town
// stays out.
func TestRegionsBeforeLetterPostcodes(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"update my address to 210 Queen Street West, Unit 1502, Toronto, Ontario M5V 3G5.", []string{"STREET_ADDRESS 210 Queen Street West, Unit 1502, Toronto, Ontario M5V 3G5"}},
		{"a cottage at 5 Church Lane, Little Wittenham, Oxfordshire OX14 4RA.", []string{"STREET_ADDRESS 5 Church Lane, Little Wittenham, Oxfordshire OX14 4RA"}},
		{"I grew up at 3 Ashgrove Terrace, Ballincollig, Co. Cork, P31 X2Y7.", []string{"STREET_ADDRESS 3 Ashgrove Terrace, Ballincollig, Co. Cork, P31 X2Y7"}},
		{"Witness resides at 1500 Pennsylvania Ave NW, Washington, D.C. 20220.", []string{"STREET_ADDRESS 1500 Pennsylvania Ave NW, Washington, D.C. 20220"}},
		{"the store at 12 Main Street East Hartford opened", []string{"STREET_ADDRESS 12 Main Street"}},
	})
}

// TestStudentIDsAndPlannedDays: a student's number after "SID" in capitals (stop 55: "Class of
// 2011, SID 20110456" had been a weak phone; a session's "sid=" and a Windows security
// identifier are none), and a month and day without a year after the words of a plan ("set for
// 10/14", "her last day is 12/15", which had gone upstream), weak as after "on"; a score is none.
func TestStudentIDsAndPlannedDays(t *testing.T) {
	checkKept(t, []string{IDNumber, Phone}, []keptCase{
		{"Transcript requested by Hannah Greenberg, Class of 2011, SID 20110456.", []string{"ID_NUMBER 20110456"}},
		{"sid=1234567 expired; SID: S-1-5-21-3623811015-3361044348-30300820-1013", nil},
	})
	checkKept(t, []string{DateTime}, []keptCase{
		{"The IEP meeting is set for 10/14 with Ms. Kowalski.", []string{"DATE_TIME 10/14"}},
		{"her last day is 12/15; rent due 11/1", []string{"DATE_TIME 12/15", "DATE_TIME 11/1"}},
		{"she scored 10/14 on the quiz", nil},
	})
}

// TestSexCommaAgeAndPharmacyDays: a case note's sex, a comma and an age before a presentation or
// an obstetric code (stop 55: "Pt M, 92, presents with" had left the age over 89 upstream), and a
// pharmacy's refill and dispensing days ("Rx refilled 11/02"); a section's letter and a garment's
// size are none.
func TestSexCommaAgeAndPharmacyDays(t *testing.T) {
	checkKept(t, []string{Age}, []keptCase{
		{"Pt M, 92, presents with chest pain.", []string{"AGE 92"}},
		{"F, 34, G2P1, presents for prenatal visit.", []string{"AGE 34"}},
		{"Section M, 12, covers fees; size M, 32, blue", nil},
	})
	checkKept(t, []string{DateTime}, []keptCase{
		{"Rx refilled 11/02 at CVS; dispensed 11/03.", []string{"DATE_TIME 11/02", "DATE_TIME 11/03"}},
	})
}

// TestModelAddressCutBeforeTown: a model's address cut around a town a recognizer found keeps no
// comma at its end (stop 55: "14 Chandni Chowk," before "Delhi 110006").
func TestModelAddressCutBeforeTown(t *testing.T) {
	text := "Consignee: 14 Chandni Chowk, Delhi 110006"
	fs := reconcile(text, []Finding{
		at(text, StreetAddress, "14 Chandni Chowk, Delhi 110006", 0.9),
		{Type: Location, Start: strings.Index(text, "Delhi"), End: strings.Index(text, "Delhi") + 5, Score: 0.7, Source: SourcePattern},
	})
	var got []string
	for _, f := range fs {
		got = append(got, f.Type+" "+text[f.Start:f.End])
	}
	if want := []string{"STREET_ADDRESS 14 Chandni Chowk", "LOCATION Delhi", "STREET_ADDRESS 110006"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestClubNumbers: a club's number after its name and "#" is an identifier (stop 56: "Sam's Club
// # 101-3267736-0" had gone upstream), and the cards listed beside the club's words still are.
func TestClubNumbers(t *testing.T) {
	checkKept(t, []string{IDNumber}, []keptCase{
		{"Sam's Club # 101-3267736-0 for Jacob Sullivan.", []string{"ID_NUMBER 101-3267736-0"}},
		{"CVS ExtraCare card #18104736408 | Kroger Plus card 426446393535", []string{"ID_NUMBER 18104736408", "ID_NUMBER 426446393535"}},
		{"He joined the Club 18-30 tour.", nil},
	})
}

// TestFollowUpDays: a follow-up's month and day ("f/u 05/04", "followup 3/7") is read as a day
// after "on" is, weakly (stop 56).
func TestFollowUpDays(t *testing.T) {
	checkKept(t, []string{DateTime}, []keptCase{
		{"interested in a pilot, f/u 05/04", []string{"DATE_TIME 05/04"}},
		{"followup 3/7 with Dr. Lee", []string{"DATE_TIME 3/7"}},
		{"use 3/7 of the budget", nil},
	})
}

// TestDayBeforeMonth: a day that can be no month before a month, as most of the world writes a
// date without its year, is read where a month and day would be ("on 14/05", "seen on 23/11";
// stop 56); a score or a ratio is none.
func TestDayBeforeMonth(t *testing.T) {
	checkKept(t, []string{DateTime}, []keptCase{
		{"The appointment is on 14/05.", []string{"DATE_TIME 14/05"}},
		{"seen on 23/11 for review", []string{"DATE_TIME 23/11"}},
		{"scored 14/20 on the test; a 16/9 screen; on 14/13", nil},
	})
}

// TestAgesOfElders: the age after "turns" before "in" and a month, and after the names a family
// calls its elders ("my nan is 96"); an engine's turns and a dial's are none (stop 56).
func TestAgesOfElders(t *testing.T) {
	checkKept(t, []string{Age}, []keptCase{
		{"Visited Grandma Rose in Tulsa, she turns 94 in May.", []string{"AGE 94"}},
		{"my nan is 96", []string{"AGE 96"}},
		{"the engine turns 94 times; it turns 90 in degrees", nil},
	})
}

// TestGyIndex: each "gy" and "GY" of a text in turn, in order, as the barangays' reader walks
// them (stop 56: it remembers where the next of each is instead of looking for both again).
func TestGyIndex(t *testing.T) {
	s := "Biology GY Technology, Brgy. 5, gY energy GYM"
	g := newGyIndex()
	var got []int
	for at := 0; ; {
		p := g.next(s, at)
		if p < 0 {
			break
		}
		got = append(got, p)
		at = p + 2
	}
	var want []int
	for i := 0; i+1 < len(s); i++ {
		if s[i:i+2] == "gy" || s[i:i+2] == "GY" {
			want = append(want, i)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestSenderPhones: a phone before a colon is a message's sender where a space or the line's end
// follows and it opens with '+' or follows "from" (stop 57: "SMS from +447700900123: Hi" had
// gone upstream); a time's colon keeps a number no phone.
func TestSenderPhones(t *testing.T) {
	checkKept(t, []string{Phone}, []keptCase{
		{"Twilio SMS from +447700900123: Hi it's Dave", []string{"PHONE_NUMBER +447700900123"}},
		{"from +1 415-555-0193: running late", []string{"PHONE_NUMBER +1 415-555-0193"}},
		{"logged 2024-01-31 21:58:07 and 1699999999: event", nil},
	})
}

// TestSaidHouseNumber: a house number said in one word before a street's name and suffix is read
// as digits (stop 57: "it's ten downing street" had gone upstream, no second number word beside
// "ten" marking the text for it); "the one way street" and "two dogs on our street" stay.
func TestSaidHouseNumber(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"caller: yes it is ten downing street", []string{"STREET_ADDRESS ten downing street"}},
		{"turn left onto the one way street", nil},
		{"we have two dogs on our street", nil},
	})
}

// TestHouseNumberMarks: a German street's house number after "Nr." and an Italian street's after
// "n." are read (stop 57: "in der Hauptstraße Nr. 5" and "Via Roma n. 12" had gone upstream, the
// latter's "Roma" masked as an ethnic origin); "Newton No. 5" is none.
func TestHouseNumberMarks(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Er wohnt in der Hauptstraße Nr. 5 in Berlin.", []string{"STREET_ADDRESS Hauptstraße Nr. 5"}},
		{"Musterweg Nr. 12a, 10115 Berlin", []string{"STREET_ADDRESS Musterweg Nr. 12a, 10115 Berlin"}},
		{"Via Roma n. 12, Milano", []string{"STREET_ADDRESS Via Roma n. 12"}},
		{"Newton No. 5 symphony", nil},
	})
}

// TestCalledPhones: "called" in Spanish, French, Italian, Portuguese, German, Dutch and Polish
// raises a weak phone near it above the threshold, as English "called" does (stop 57: "José
// Manuel Ruiz llamó desde el 612 345 678" had stayed at 0.3); "vino" (came) does not.
func TestCalledPhones(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text   string
		strong bool
	}{
		{"El señor José Manuel Ruiz llamó desde el 612 345 678 para cambiar su cita.", true},
		{"El señor José Manuel Ruiz vino desde el 612 345 678.", false},
	} {
		fs, err := det.Detect(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		strong := slices.ContainsFunc(fs, func(f Finding) bool { return f.Type == Phone && f.Score >= 0.5 })
		if strong != tc.strong {
			t.Errorf("%q: a phone at 0.5 or more %v, want %v (%v)", tc.text, strong, tc.strong, fs)
		}
	}
}

// TestTownsFullStopAndIndianStreets: a town's whole word before a full stop ends the address, so
// the next sentence's phone is no postcode of it (stop 58: "…, West Keithberg. Callback
// 0419-482-199" had masked "Callback 0419" as the address's and sent "482-199" upstream), while
// an abbreviation's stays inside ("St. Paul"); India's street words end a street after a house
// number alone, any street word after a flat's slashed number, and any one name after India's
// own label of a house's number.
func TestTownsFullStopAndIndianStreets(t *testing.T) {
	checkKept(t, []string{StreetAddress, Phone}, []keptCase{
		{"Owner: 909 Main Street, West Keithberg. Callback 0419-482-199.", []string{"STREET_ADDRESS 909 Main Street", "PHONE_NUMBER 0419-482-199"}},
		{"12 Main St, St. Paul, MN 55101", []string{"STREET_ADDRESS 12 Main St, St. Paul, MN 55101"}},
		{"Flowers can be sent to 52/80, Misra Circle.", []string{"STREET_ADDRESS 52/80, Misra Circle"}},
		{"i lived at 13\nSamra Zila for 2 years", []string{"STREET_ADDRESS 13\nSamra Zila"}},
		{"a ride from H.No. 83, Nanda to the clinic", []string{"STREET_ADDRESS H.No. 83, Nanda"}},
		{"owner of H.No. 913\nBhatia, Dhanbad.", []string{"STREET_ADDRESS H.No. 913\nBhatia, Dhanbad"}},
		{"Seats 12, Main Circle", nil},
		{"can you text her at 7598.9834?", []string{"PHONE_NUMBER 7598.9834"}},
	})
}

// TestBoxesLettersAndMalaysianTails (stop 58): a post-office box's town and four digits that look
// like a year (New South Wales's postcodes); a building's letter apart from its number before a
// street, as the Philippines writes it; a Malaysian address that another reader had read up to
// its postcode and town, whole to its state, and the federal territories after Wilayah
// Persekutuan's letters; a Philippine or Malaysian address's parts read back over a unit's letter
// and to a bracket's opening.
func TestBoxesLettersAndMalaysianTails(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Tenant at PO Box 179, Campbell Flats 2060 reports a leak", []string{"STREET_ADDRESS PO Box 179, Campbell Flats 2060"}},
		{"PO Box 12, Opened In 2019", []string{"STREET_ADDRESS PO Box 12"}},
		{"send to 3153 A Makiling Drive Extension, Kalingalan Caluang, 5248 Ilocos Sur instead", []string{"STREET_ADDRESS 3153 A Makiling Drive Extension, Kalingalan Caluang, 5248 Ilocos Sur"}},
		{"I bought 5 A Grade Apples", nil},
		{"Parcel left at 36, Jalan Kedah 9/34, Seksyen 33, 72077 Sri Kiara, Negeri Sembilan Darul Khusus.", []string{"STREET_ADDRESS 36, Jalan Kedah 9/34, Seksyen 33, 72077 Sri Kiara, Negeri Sembilan Darul Khusus"}},
		{"at 9, Jln 1/5d, Taman Baru, 58034 Taman Kinrara, WP Kuala Lumpur at 9pm.", []string{"STREET_ADDRESS 9, Jln 1/5d, Taman Baru, 58034 Taman Kinrara, WP Kuala Lumpur"}},
		{"Andrew Jackson (7740 Unit A Malinao Drive, Mahatao, 7448 Dinagat Islands) called.", []string{"STREET_ADDRESS 7740 Unit A Malinao Drive, Mahatao, 7448 Dinagat Islands"}},
		{"Jared Willis (4, Jalan 2/3, PJS7, 87028 Taman Kerinchi, Labuan) called.", []string{"STREET_ADDRESS 4, Jalan 2/3, PJS7, 87028 Taman Kerinchi, Labuan"}},
	})
}

// TestIdentityLabels (stop 58): an aside in brackets between a label and its value, "ID card" and
// "identity card" before a number (a Chinese resident's by its check character), and a National
// Insurance number after its words whatever its letters.
func TestIdentityLabels(t *testing.T) {
	checkKept(t, []string{PLPESEL, KRRRN, CNResidentID, IDNumber, UKNINO}, []keptCase{
		{"PESEL (copy attached): 90121012406", []string{"PL_PESEL 90121012406"}},
		{"RRN (copy attached): 410728-1949596", []string{"KR_RRN 410728-1949596"}},
		{"hi, my ID card is 411722199109086544, can you update my file?", []string{"CN_RESIDENT_ID 411722199109086544"}},
		{"my ID card is 12345678", []string{"ID_NUMBER 12345678"}},
		{"I lost my ID card yesterday", nil},
		{"For verification: NI number ZZ 107371 T.", []string{"UK_NINO ZZ 107371 T"}},
		{"hi, my NI number is ZZ544796T, can you update my file?", []string{"UK_NINO ZZ544796T"}},
		{"NI number (copy attached): ZZ 44 29 93 T", []string{"UK_NINO ZZ 44 29 93 T"}},
	})
}

// TestMembershipsNamedByNouns (stop 58): a registration, a licence or a permit a noun names, a
// ham's call sign after "ham call sign is", no driver's licence in a licence's year, and no phone
// inside a labelled account's number (phonesInsideCues).
func TestMembershipsNamedByNouns(t *testing.T) {
	checkKept(t, []string{IDNumber, DriverLicense}, []keptCase{
		{"Randy Murray lost their card - bike registration CUL452305 - please reissue.", []string{"ID_NUMBER CUL452305"}},
		{"fishing license #AK-4471230", []string{"ID_NUMBER AK-4471230"}},
		{"the company registration 12345678", nil},
		{"Hi, Ashley Conley here, my ham call sign is HW1KHE.", []string{"ID_NUMBER HW1KHE"}},
		{"Licensed under the MIT license 2024 edition", nil},
		{"driver license D1234567", []string{"US_DRIVER_LICENSE D1234567"}},
	})
	// a phone inside a labelled number of another type gives way to it
	checkKept(t, []string{BankAccount, Phone}, []keptCase{
		{"Verified Rebecca Winters with cable account number 7775 87 438 6204188 over the phone.", []string{"US_BANK_NUMBER 7775 87 438 6204188"}},
	})
}

// TestLineBrokenNumbersAndTownPostcodes (stop 59): a house number that ends its line after "at",
// "of", an address's word or a comma, the street on the next; a comma after the number after
// "at", and a flat's slashed number after a comma; a Canadian postcode or an Eircode straight
// after the town, with its space or without; a probate notice's "late of" before a street in
// lower case.
func TestLineBrokenNumbersAndTownPostcodes(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Notice to quit served at 84\nSani Street on Monday.", []string{"STREET_ADDRESS 84\nSani Street"}},
		{"I appoint Girik Madan of 10/497\nRaju Road as my attorney.", []string{"STREET_ADDRESS 10/497\nRaju Road"}},
		{"Guarantor: Ojasvi Parmer, 212\nKata Street, Ahmedabad.", []string{"STREET_ADDRESS 212\nKata Street, Ahmedabad"}},
		{"Total 212\nKata Street", nil},
		{"The deceased left the house at 21, Ben Path to her nephew.", []string{"STREET_ADDRESS 21, Ben Path"}},
		{"Hotel: Grand Plaza, 15/90, Kala Circle, Chandigarh.", []string{"STREET_ADDRESS 15/90, Kala Circle, Chandigarh"}},
		{"see pages 12/34, Table Path", nil},
		{"premises at 163 Small Mews, Christopherfurt R3C3H1; tenant", []string{"STREET_ADDRESS 163 Small Mews, Christopherfurt R3C3H1"}},
		{"premises at 163 Small Mews, Winnipeg R3C 3H1; tenant", []string{"STREET_ADDRESS 163 Small Mews, Winnipeg R3C 3H1"}},
		{"sent to 54 Fitzmaurice Street, Jamie-Lee Ville D805D7P on Monday", []string{"STREET_ADDRESS 54 Fitzmaurice Street, Jamie-Lee Ville D805D7P"}},
		{"the estate of Kim Harvey, deceased, late of 909 Parker forges, New Aaronport.", []string{"STREET_ADDRESS 909 Parker forges"}},
	})
}

// TestUnitLinesAndRuralDelivery (stop 59): a unit on the line above the street and New Zealand's
// rural delivery on the line after it are the address's; "of" after a name before a house number
// and its comma, not a count's.
func TestUnitLinesAndRuralDelivery(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"I live at 2 Ryan Cutting\nRD 2.", []string{"STREET_ADDRESS 2 Ryan Cutting\nRD 2"}},
		{"Her address is Flat 96\n389 Stratford Pass, and she is home after 6.", []string{"STREET_ADDRESS Flat 96\n389 Stratford Pass"}},
		{"The PTA meeting will be chaired at Level 6\n85 Horowakakowhai Road.", []string{"STREET_ADDRESS Level 6\n85 Horowakakowhai Road"}},
		{"The guarantor, David Halder of 721, Ben Path, signed the loan agreement.", []string{"STREET_ADDRESS 721, Ben Path"}},
		{"Page 2 of 3, Park Road", nil},
	})
}

// TestRecordCellsAfterStreets (stop 59): a record's town and postcode in the cells after its
// street's, cut by semicolons or quoted and cut by commas, are the address's, each quoted cell
// without its quotes; a JSON object's next key is no cell, and a weekday no town.
func TestRecordCellsAfterStreets(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Monica Roberts;86252 Fisher Skyway;Port Angelamouth;45081;001-659-979-7114x710", []string{"STREET_ADDRESS 86252 Fisher Skyway;Port Angelamouth;45081"}},
		{`"Mary Singh","866 Long Orchard Suite 031","South Francis","45072"`, []string{"STREET_ADDRESS 866 Long Orchard Suite 031", "STREET_ADDRESS South Francis", "STREET_ADDRESS 45072"}},
		{`"Fedde Simonis","Sennaring 1 ","Giesbeek","3684 BJ"`, []string{"STREET_ADDRESS Sennaring 1", "STREET_ADDRESS Giesbeek", "STREET_ADDRESS 3684 BJ"}},
		{`{"MailingStreet":"7 Foster Road","MailingCity":"Stuartland"}`, []string{"STREET_ADDRESS 7 Foster Road"}},
		{"A;12 Main Street;Monday;2024", []string{"STREET_ADDRESS 12 Main Street"}},
	})
}

// TestPolishFlatBeforeFullStop (stop 59): a Polish flat's number after the house's, the
// sentence's full stop after it, is the address's; a decimal after the slash is not.
func TestPolishFlatBeforeFullStop(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Odziedziczyła dom przy ulica Pocztowa 30/79.", []string{"STREET_ADDRESS ulica Pocztowa 30/79"}},
		{"see ul. Pocztowa 30/79.5 kg", []string{"STREET_ADDRESS ul. Pocztowa 30"}},
	})
}

// TestSentencePostcodesAndCallersNumbers (stop 59): a postcode of any country's shape after a
// postcode's word and "is", not after "zip"; a caller's number after the name's comma and
// before a voicemail's colon, not a date's digits; New Zealand's rural delivery number after a
// street that took "RD" and left it.
func TestSentencePostcodesAndCallersNumbers(t *testing.T) {
	checkKept(t, []string{ZIPCode, Phone}, []keptCase{
		{"my account is under Lauren Bryant, the postcode is 2447.", []string{"ZIP_CODE 2447"}},
		{"the postcode is 527601.", []string{"ZIP_CODE 527601"}},
		{"the zip is 1234 files", nil},
		{`Voicemail from Olivia Lee, 0833875004: "Hi, it's Thomas"`, []string{"PHONE_NUMBER 0833875004"}},
		{`Voicemail from Daniel Moody, 022-980-8414: "Hi"`, []string{"PHONE_NUMBER 022-980-8414"}},
		{"Build, 20240131: ok", nil},
	})
	text := "I live at 57 Campbell Street\nRD 3."
	if got, want := ruralDelivery(text, strings.Index(text, "\nRD")+3), strings.Index(text, "3."); got != want+1 {
		t.Errorf("ruralDelivery after RD: %d, want %d", got, want+1)
	}
}

// TestBlockTownPostcodesAfterCommas (stop 60): the postcode after a comma after an address block's
// town line, as an invoice's or a label's block writes it: Canada's, Ireland's, India's six digits
// and New Zealand's four; not a year.
func TestBlockTownPostcodesAfterCommas(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Invoice to: Gould-Foster\nAttn: Roberto Davis\n301 Barnes Garden\nNew Rogershire, K1B 4R1", []string{"STREET_ADDRESS 301 Barnes Garden\nNew Rogershire, K1B 4R1"}},
		{"Attn: Harini Ben\nH.No. 928, Patla Zila\nMadurai, 962459", []string{"STREET_ADDRESS H.No. 928, Patla Zila\nMadurai, 962459"}},
		{"Attn: Archie Wood\n645 Kawakawahanga Street\nRD 8\nMokokowhai, 3154", []string{"STREET_ADDRESS 645 Kawakawahanga Street\nRD 8\nMokokowhai, 3154"}},
		{"Ship to: 78 Ruane Street\nJustine Ville, X72EWYT", []string{"STREET_ADDRESS 78 Ruane Street\nJustine Ville, X72EWYT"}},
	})
}

// TestUnspacedPostcodesAfterLabels (stop 60): a Canadian postcode or an Eircode written without its
// space after a postcode's label, as forms take them.
func TestUnspacedPostcodesAfterLabels(t *testing.T) {
	checkKept(t, []string{ZIPCode}, []keptCase{
		{"Postcode: P3M4K2", []string{"ZIP_CODE P3M4K2"}},
		{"postal code: K1A0B1", []string{"ZIP_CODE K1A0B1"}},
		{"Postcode: D805D7P", []string{"ZIP_CODE D805D7P"}},
		{"Postcode: PXMXKX", nil},
	})
}

// TestRomanianPostcodeFirstAndCzechSquares (stop 60): a Romanian address whose postcode comes
// after the street's comma and before the town, and Czech's abbreviated square; not an amount's
// six digits.
func TestRomanianPostcodeFirstAndCzechSquares(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Adresa: Intrarea Tinca Suciu Nr. 297 Bl. 54 Sc. 87 Ap. 510, 750752 Remetea", []string{"STREET_ADDRESS Intrarea Tinca Suciu Nr. 297 Bl. 54 Sc. 87 Ap. 510, 750752 Remetea"}},
		{"Adresa: Soseaua Diaconescu, 690830 Podu Iloaiei", []string{"STREET_ADDRESS Soseaua Diaconescu, 690830 Podu Iloaiei"}},
		{"Adresa: Nám. Republiky 724, 281 94 Chyše", []string{"STREET_ADDRESS Nám. Republiky 724, 281 94 Chyše"}},
		{"Invoice total, 690830 Lei", nil},
	})
}

// TestCalleeNumbers (stop 60): a bare local number of seven or eight digits after "on" where a
// word of calling or notifying and the callee stand before it in the clause; not a count nor a
// reference with a letter.
func TestCalleeNumbers(t *testing.T) {
	checkKept(t, []string{Phone}, []keptCase{
		{"For urgent matters contact Angela Gibbs on 8366712.", []string{"PHONE_NUMBER 8366712"}},
		{"Owner Matthew Terry notified on 1227918.", []string{"PHONE_NUMBER 1227918"}},
		{"Call Tom on 9093.7865 tomorrow", []string{"PHONE_NUMBER 9093.7865"}},
		{"I worked on 1234567 tickets", nil},
		{"Please contact the desk on 1234567-A", nil},
	})
}

// TestLeaderYearsSlavicWordsAndPostcodes (stop 61): a year after a word of the sentence is no
// street's number ("avenue Victor Hugo depuis 2010"); Croatia's and Slovenia's street words in
// lower case before the number and the postcode; a postcode of four, six or seven digits after
// a postcode's word, not a count.
func TestLeaderYearsSlavicWordsAndPostcodes(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Nous habitons avenue Victor Hugo depuis 2010.", nil},
		{"Calle Mayor 1998, Madrid", []string{"STREET_ADDRESS Calle Mayor 1998"}},
		{"Ulica talcev 7a", []string{"STREET_ADDRESS Ulica talcev 7a"}},
		{"Adresa: Rokov perivoj 830, 66131 Buzet", []string{"STREET_ADDRESS Rokov perivoj 830, 66131 Buzet"}},
		{"Adresa: Zeleni dol 8, 88072 Split", []string{"STREET_ADDRESS Zeleni dol 8, 88072 Split"}},
	})
	checkKept(t, []string{ZIPCode}, []keptCase{
		{"Caller gave name as Melissa, postcode 8757. ID passed.", []string{"ZIP_CODE 8757"}},
		{"Domicilio: Transversal 1G, Santa Rosa, C.P. 139139", []string{"ZIP_CODE 139139"}},
		{"Domicilio: Calle Antonio Varas 2609, Santa Cruz, C.P. 9099600", []string{"ZIP_CODE 9099600"}},
		{"PLZ 8010 Graz", []string{"ZIP_CODE 8010"}},
		{"PLZ 80331 München", []string{"ZIP_CODE 80331"}}, // (the word after read whole: not "M", a metre)
		{"postcode 2000 rows were updated", nil},
		{"postcode 12345678", nil},
	})
}

// TestClocksBeforeDatesAndZones (stop 62): a time of day and "on" before a date, and a time
// zone's offset or name after a date's time, are part of the date; a version's number is no
// time.
func TestClocksBeforeDatesAndZones(t *testing.T) {
	checkKept(t, []string{DateTime, DateOfBirth}, []keptCase{
		{"Born 14:11 on 4 April 1971 in a small village.", []string{"DATE_TIME 14:11 on 4 April 1971"}},
		{"Admitted at 8am on Saturday, Jan 3 after the fall.", []string{"DATE_TIME 8am on Saturday, Jan 3"}},
		{"Admitted on Tue, 12 Mar 1974 22:30:08 +0000 after the fall.", []string{"DATE_TIME Tue, 12 Mar 1974 22:30:08 +0000"}},
		{"Seen on 12 Mar 1974 10:12 UTC by the nurse.", []string{"DATE_TIME 12 Mar 1974 10:12 UTC"}},
		{"Her date of birth is 23 Feb 1931 00:39:48 +0000.", []string{"DATE_OF_BIRTH 23 Feb 1931 00:39:48 +0000"}},
		{"Release 2.0 on 4 April 1971.", []string{"DATE_TIME 4 April 1971"}},
		{"Invoice 4 April 1971 +0000 total", []string{"DATE_TIME 4 April 1971"}},
	})
}

// TestAnswersOnTheNextLine (stop 62): an agent's question for a postcode, "please" after its cue,
// and the caller's answer on the next line.
func TestAnswersOnTheNextLine(t *testing.T) {
	checkKept(t, []string{ZIPCode, DateOfBirth}, []keptCase{
		{"Agent: And the postcode, please?\nCaller: 09995.", []string{"ZIP_CODE 09995"}},
		{"Agent: And the postcode, please?\nCaller: Y1E 9P4.", []string{"ZIP_CODE Y1E 9P4"}},
		{"Agent: And your date of birth?\nCaller: March 3, 1980.", []string{"DATE_OF_BIRTH March 3, 1980"}},
		{"Agent: And the postcode, please?\nCaller: I don't know it.", nil},
	})
}

// TestDanishAndSwedishStreets (stop 63): Denmark's lane and square and Sweden's path, hill and
// way end a street written as one word.
func TestDanishAndSwedishStreets(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Rykker: huslejen for Vesterhavsstræde 89 er ikke betalt.", []string{"STREET_ADDRESS Vesterhavsstræde 89"}},
		{"Vi mødes på Amagertorv 6 i morgen.", []string{"STREET_ADDRESS Amagertorv 6"}},
		{"Upphämtning på Trädgårdsstigen 54 klockan tre.", []string{"STREET_ADDRESS Trädgårdsstigen 54"}},
		{"The stigen 5 is none.", nil},
	})
}

// TestNumberedStreetsOverPersons (stop 63): a weak address of a house number, a name and a
// street's kind that is a common word, after a preposition, keeps its name where the model read
// it as a person.
func TestNumberedStreetsOverPersons(t *testing.T) {
	text := "Pickup at 5116 Timothy Fall."
	fs := []Finding{
		{Type: StreetAddress, Start: 10, End: 27, Score: 0.45, Source: "pattern"},
		{Type: Person, Start: 15, End: 27, Score: 0.66, Source: SourceModel},
	}
	got := Resolve(reconcile(text, fs))
	if len(got) != 1 || got[0].Type != StreetAddress || text[got[0].Start:got[0].End] != "5116 Timothy Fall" {
		t.Errorf("%q: got %v, want the street 5116 Timothy Fall alone", text, got)
	}
	text = "Table 5116 Timothy Fall."
	fs = []Finding{
		{Type: StreetAddress, Start: 6, End: 23, Score: 0.45, Source: "pattern"},
		{Type: Person, Start: 11, End: 23, Score: 0.66, Source: SourceModel},
	}
	if got := Resolve(reconcile(text, fs)); len(got) != 1 || got[0].Type != Person {
		t.Errorf("%q: got %v, want the person alone", text, got)
	}
}

// TestSlavicStreets (stop 63): a street named by an adjective alone in Czech, Slovak and Croatian,
// its number and a comma before its town; not a word so ending elsewhere.
func TestSlavicStreets(t *testing.T) {
	checkKept(t, []string{StreetAddress}, []keptCase{
		{"Vyzdvihnutie: Platanová 38, Švedlár.", []string{"STREET_ADDRESS Platanová 38"}},
		{"Preuzimanje: Nemetova 2a/8, Otok.", []string{"STREET_ADDRESS Nemetova 2a/8"}},
		{"Vyzvednutí: Dejvická 5, Chyše.", []string{"STREET_ADDRESS Dejvická 5"}},
		{"Casanova 12 was great.", nil},
		{"Věk 12, Praha", nil},
	})
}
