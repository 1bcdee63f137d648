package redact

import "testing"

// TestPoliceReportPlacesAndPlates: a police report's hundred block is the street's address
// ("the 400 block of Elm Street", "1200 blk of W. Maple St."), and a vehicle's number after
// India's and a report's labels is a plate, ten characters too (stop 48: "Vehicle No: KA 05 MN
// 4521" had gone upstream); a block of anything else, or a plate's word in another sense, is none.
func TestPoliceReportPlacesAndPlates(t *testing.T) {
	tests := []keptCase{
		{"Officers responded to the 400 block of Elm Street for a disturbance.", []string{"STREET_ADDRESS 400 block of Elm Street"}},
		{"fled on foot toward 1200 blk of W. Maple St. at 2210 hrs", []string{"STREET_ADDRESS 1200 blk of W. Maple St."}},
		{"in the 1200 block of North Clark Street, Chicago, IL 60610", []string{"STREET_ADDRESS 1200 block of North Clark Street, Chicago, IL 60610"}},
		{"the 400 block of data was lost", nil},
		{"Vehicle No: KA 05 MN 4521 parked outside", []string{"LICENSE_PLATE KA 05 MN 4521"}},
		{"Plate: KA 05 MN 4521", []string{"LICENSE_PLATE KA 05 MN 4521"}},
		{"vehicle number MH12AB1234", []string{"LICENSE_PLATE MH12AB1234"}},
		{"TAG NUMBER: ABC1234", []string{"LICENSE_PLATE ABC1234"}},
		{"plate 2 of 3 was dented", nil},
	}
	checkKept(t, []string{StreetAddress, LicensePlate}, tests)
}

// TestNationalNumbersThatFail: a national number after the long words that name only it is a
// person's number whose check fails too (a typo, a form's sample), typed ID_NUMBER; one that
// passes keeps its country's type (stop 48).
func TestNationalNumbersThatFail(t *testing.T) {
	tests := []keptCase{
		{"Ciao, sono Giulia, codice fiscale FRRGLI85M41H501Z, abito", []string{"ID_NUMBER FRRGLI85M41H501Z"}},
		{"codice fiscale FRRGLI85M41H501S", []string{"IT_FISCAL_CODE FRRGLI85M41H501S"}},
		{"Jag heter Elsa, personnummer 19850412-1234, och bor", []string{"ID_NUMBER 19850412-1234"}},
		{"personnummer 19850412-1230", []string{"SE_PERSONNUMMER 19850412-1230"}},
		{"nazywam się Krzysztof, PESEL 85041212345, mieszkam", []string{"ID_NUMBER 85041212345"}},
		{"numéro de sécu 1 92 04 69 123 456 78", []string{"ID_NUMBER 1 92 04 69 123 456 78"}},
		{"numéro de sécu 1 92 04 69 123 456 70", []string{"FR_NIR 1 92 04 69 123 456 70"}},
		{"मेरा आधार 2345 6789 0123 है", []string{"ID_NUMBER 2345 6789 0123"}},
		{"codice fiscale richiesto, 1234567890123456 righe", nil},
	}
	checkKept(t, []string{IDNumber, "IT_FISCAL_CODE", "SE_PERSONNUMMER", "PL_PESEL", "FR_NIR", Phone}, tests)
}

// TestColombianAndTurkishAddresses: a Colombian plate with its quadrant between the numbers
// ("Cra 43A #1 Sur-50"), and a Turkish address from the neighbourhood's "Mah." over "Sok." to the
// district and city joined by a slash, a postcode before them or not (stop 48).
func TestColombianAndTurkishAddresses(t *testing.T) {
	tests := []keptCase{
		{"vivo en la Cra 43A #1 Sur-50, Medellín", []string{"STREET_ADDRESS Cra 43A #1 Sur-50"}},
		{"adresim Bağdat Cad. No: 45 Kadıköy/İstanbul", []string{"STREET_ADDRESS Bağdat Cad. No: 45 Kadıköy/İstanbul"}},
		{"Atatürk Mah. Cumhuriyet Sok. No: 12 D: 4 34750 Ataşehir/İstanbul", []string{"STREET_ADDRESS Atatürk Mah. Cumhuriyet Sok. No: 12 D: 4 34750 Ataşehir/İstanbul"}},
		{"Cumhuriyet Mahallesi Gazi Sokak No: 7 Çankaya/Ankara", []string{"STREET_ADDRESS Cumhuriyet Mahallesi Gazi Sokak No: 7 Çankaya/Ankara"}},
		{"Bağdat Cad. No: 45 and/or more", []string{"STREET_ADDRESS Bağdat Cad. No: 45"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestLogAndChatAccounts: a structured log's "user=" among its other pairs is an account, and so
// are Slack's mention markup's member id and the name after its bar, and a chat log's speaker
// after the line's bracketed time, an IRC nick or a handle before a colon (stop 48); an
// assignment alone, a call's argument, a system's account or a plain word are none.
func TestLogAndChatAccounts(t *testing.T) {
	tests := []keptCase{
		{"2026-03-11T08:30:12Z INFO user=akowalczyk ip=203.0.113.45 action=login", []string{"USERNAME akowalczyk"}},
		{"level=info user=lchen msg=ok", []string{"USERNAME lchen"}},
		{"set user=jdoe", nil},
		{"user=root action=login", nil},
		{"Our Slack: <@U024BE7LH> asked <@U0G9QF9C6|yasmin.farouk> to review", []string{"USERNAME @U024BE7LH", "USERNAME @U0G9QF9C6", "USERNAME yasmin.farouk"}},
		{"foo<@bar> and x<@U1> and <@here>", nil},
		{"[2026-03-11 14:02:11] <kateryna_b> hey\n[14:03] dmitri.v: sure, it is sent\n[14:03] Note: the build\n[14:05] <root> reboot",
			[]string{"USERNAME kateryna_b", "USERNAME dmitri.v"}},
		{"[1.2.3] <b> x; [v2] foo.bar: baz", nil},
	}
	checkKept(t, []string{Username}, tests)
}

// TestIdentifierLabelLeftOfItsValue: a model's person cut around the identifier it ran over keeps
// nothing of the identifier's label before it (stop 48: "SWIFT MELIIRTH" left "SWIFT" a person);
// a name before a number stays.
func TestIdentifierLabelLeftOfItsValue(t *testing.T) {
	text := "Bank Melli, SWIFT MELIIRTH, Ref"
	checkReconciled(t, text, []Finding{
		{Type: Person, Start: 12, End: 26, Score: 0.66, Source: SourceModel},
		{Type: SWIFT, Start: 18, End: 26, Score: 0.9, Source: SourceCue},
	}, "SWIFT_CODE:MELIIRTH")
	text = "Payee SMITH 4111111111111111"
	checkReconciled(t, text, []Finding{
		{Type: Person, Start: 6, End: 28, Score: 0.66, Source: SourceModel},
		{Type: CreditCard, Start: 12, End: 28, Score: 0.9, Source: SourcePattern},
	}, "PERSON:SMITH", "CREDIT_CARD:4111111111111111")
}

// TestSpacedDashes: an SSN whose groups a dash with blanks about it separates is one, as a phone
// or a card so written already was (stop 48: "SSN: 123 - 45 - 6789" had gone upstream); a dash
// alone scores as before.
func TestSpacedDashes(t *testing.T) {
	tests := []keptCase{
		{"SSN: 123 - 45 - 6789", []string{"US_SSN 123 - 45 - 6789"}},
		{"SSN: 123 -45- 6789", []string{"US_SSN 123 -45- 6789"}},
		{"social 123 - 45-6789", []string{"US_SSN 123 - 45-6789"}},
		{"SSN 123-45-6789", []string{"US_SSN 123-45-6789"}},
		{"SSN 000 - 45 - 6789", nil},
	}
	checkKept(t, []string{SSN}, tests)
}

// TestMonthDayRuns: a month and day without a year that "on" vouches for vouches for the ones
// joined to it by "and", "or" or a comma (stop 48: "absent on 3/12 and 3/13" had left the second
// day in the clear); a run nothing vouches for is a run of fractions or scores.
func TestMonthDayRuns(t *testing.T) {
	tests := []keptCase{
		{"Tunde was absent on 3/12 and 3/13.", []string{"DATE_TIME 3/12", "DATE_TIME 3/13"}},
		{"seen on 3/12, 3/13 and 3/14", []string{"DATE_TIME 3/12", "DATE_TIME 3/13", "DATE_TIME 3/14"}},
		{"scored 3/12 and 5/13 on the tests", nil},
		{"on 3/12 we sold 5/13 of the stock", []string{"DATE_TIME 3/12"}},
	}
	checkKept(t, []string{DateTime}, tests)
}

// TestLettersInTheirLanguages: Finland's personal code after the word's inflected forms, a Hong
// Kong identity card's number after its Chinese words whose check fails, Russia's taxpayer (ИНН)
// and pension insurance (СНИЛС) numbers under their checks, in capitals too, and a Greek street
// with its town before the postcode (stop 48).
func TestLettersInTheirLanguages(t *testing.T) {
	tests := []keptCase{
		{"Hyvä Matti, henkilötunnuksesi 131052-308T on vahvistettu.", []string{"FI_HETU 131052-308T"}},
		{"您的身份證號碼是A123456(7)，地址", []string{"ID_NUMBER A123456(7)"}},
		{"您的身份證號碼是A123456(3)", []string{"HK_HKID A123456(3)"}},
		{"ваш СНИЛС 112-233-445 95, ИНН 500100732259.", []string{"ID_NUMBER 112-233-445 95", "ID_NUMBER 500100732259"}},
		{"инн 7707083893; ИНН 500100732258", []string{"ID_NUMBER 7707083893"}},
		{"η διεύθυνσή σας Ερμού 25, Αθήνα 10563.", []string{"STREET_ADDRESS Ερμού 25, Αθήνα 10563"}},
		{"Λεωφ. Κηφισίας 12, Νέα Σμύρνη 171 21", []string{"STREET_ADDRESS Λεωφ. Κηφισίας 12, Νέα Σμύρνη 171 21"}},
		{"Σελίδα 12, 10000 λέξεις", nil},
	}
	checkKept(t, []string{"FI_HETU", IDNumber, "HK_HKID", StreetAddress, Phone}, tests)
}

// TestBrokerageAccounts: an account's number with letters among its digits after "acct" or a
// brokerage's words is an account (stop 48: "Brokerage acct #5KT-44172-19" had gone upstream);
// a word after "acct", or digits too few, are none.
func TestBrokerageAccounts(t *testing.T) {
	tests := []keptCase{
		{"Brokerage acct #5KT-44172-19 held by Ingrid", []string{"US_BANK_NUMBER 5KT-44172-19"}},
		{"investment account A1B2C3D4E5 closed", []string{"US_BANK_NUMBER A1B2C3D4E5"}},
		{"acct 12345 was closed; my account ABC; acct XK-12 open", nil},
	}
	checkKept(t, []string{BankAccount}, tests)
}

// TestSchoolNumbers: an English school's unique pupil number after "UPN" and a Vietnamese
// student's after "MSSV" (stop 48); a number of another length is none.
func TestSchoolNumbers(t *testing.T) {
	tests := []keptCase{
		{"your child's UPN is A123456789012.", []string{"ID_NUMBER A123456789012"}},
		{"UPN 12345", nil},
		{"Student record: Nguyễn Thị Mai Anh, MSSV 20194512, lớp CNTT-K64", []string{"ID_NUMBER 20194512"}},
	}
	checkKept(t, []string{IDNumber}, tests)
}

// TestBalkanAndBalticNumbers: Romania's CNP, Croatia's OIB and Bulgaria's ЕГН after their labels
// under their checks, a Latvian street by its word, in the locative too, and a Lithuanian one by
// "g." or "pr." after a name in the genitive (stop 48).
func TestBalkanAndBalticNumbers(t *testing.T) {
	tests := []keptCase{
		{"sunt Andreea Popescu, CNP 2850101123453, locuiesc", []string{"ID_NUMBER 2850101123453"}},
		{"OIB 12345678903, adresa", []string{"ID_NUMBER 12345678903"}},
		{"аз съм Георги, ЕГН 8501011234, живея", []string{"ID_NUMBER 8501011234"}},
		{"CNP 2850101123456; OIB 12345678904; ЕГН 8501011235", nil},
		{"dzīvoju Brīvības ielā 30, Rīgā.", []string{"STREET_ADDRESS Brīvības ielā 30"}},
		{"Gedimino pr. 9, LT-01103 Vilnius", []string{"STREET_ADDRESS Gedimino pr. 9, LT-01103 Vilnius"}},
		{"Vilniaus g. 22, Vilnius", []string{"STREET_ADDRESS Vilniaus g. 22"}},
		{"Add Sugar g. 5 then stir; Dr. Smith pr. 9", nil},
	}
	checkKept(t, []string{IDNumber, StreetAddress}, tests)
}

// TestHealthCards: a Canadian province's health card number whose check fails after its label is
// still a plan's number, its version code joined by a dash too (stop 48); a valid one stays
// CA_HEALTH_NUMBER (TestAgencyNumbers); the words alone are none.
func TestHealthCards(t *testing.T) {
	tests := []keptCase{
		{"Address: 221 Lakeshore Rd E. OHIP 1234-567-890-AB", []string{"HEALTH_PLAN_NUMBER 1234-567-890-AB"}},
		{"PHN 9123 456 789", []string{"HEALTH_PLAN_NUMBER 9123 456 789"}},
		{"my health card is in my wallet", nil},
	}
	checkKept(t, []string{HealthPlan}, tests)
}

// TestFrenchRepeatedNumbersAndFailedCURPs: France's "bis" and "ter" after the house number keep
// the address whole, and a CURP whose check digit fails after its word is still a person's number
// (stop 48).
func TestFrenchRepeatedNumbersAndFailedCURPs(t *testing.T) {
	tests := []keptCase{
		{"demeurant 8 bis rue des Lilas, 33000 Bordeaux, tél", []string{"STREET_ADDRESS 8 bis rue des Lilas, 33000 Bordeaux"}},
		{"mi CURP HEGJ850101HDFRMS09 y", []string{"ID_NUMBER HEGJ850101HDFRMS09"}},
		{"CURP: HEGG560427MVZRRL04", []string{"MX_CURP HEGG560427MVZRRL04"}},
	}
	checkKept(t, []string{StreetAddress, IDNumber, "MX_CURP"}, tests)
}
