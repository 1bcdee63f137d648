package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCues(t *testing.T) {
	det := NewDetector(Patterns{})
	tests := []struct {
		name, text string
		want       []span
	}{
		{"mrn", "Patient MRN: 00482913, seen today", []span{{MRN, "00482913"}}},
		{"medical record", "medical record number is A-7731902", []span{{MRN, "A-7731902"}}},
		{"passport us", "Passport no. 123456789 expires soon", []span{{USPassport, "123456789"}}},
		{"passport other", "passport: X12345678AB", []span{{Passport, "X12345678AB"}}},
		{"driver license", "My driver's license number is 425700624", []span{{DriverLicense, "425700624"}}},
		{"bank account", "checking account 000123456789", []span{{BankAccount, "000123456789"}}},
		{"aba", "routing number 021000021, account 9876543210", []span{{ABARouting, "021000021"}, {BankAccount, "9876543210"}}},
		{"the Nordic languages' 'reached at', Finnish 'tel.', Hungarian 'phone number' (stop 27)", "kan kontaktes på 14183902; kan nås på 95106506; puh. 0401234567; telefonszáma 06301234567",
			[]span{{Phone, "14183902"}, {Phone, "95106506"}, {Phone, "0401234567"}, {Phone, "06301234567"}}},
		{"'contact' in Arabic, Hebrew, Hindi, Persian and Thai; a date before Arabic's comma (stop 28)",
			"جهة الاتصال: سهيل المشاولة (5516550926)؛ איש קשר: שרה (0576166076); संपर्क: परवीन (3380256047); تماس: 5646857901; ติดต่อ 0240518291; تاريخ الميلاد 06/03/1944، مكان",
			[]span{{Phone, "5516550926"}, {Phone, "0576166076"}, {Phone, "3380256047"}, {Phone, "5646857901"}, {Phone, "0240518291"}, {DateOfBirth, "06/03/1944"}}},
		{"a voicemail left at a number (stop 28)", "Left VM for Manan at 0515631361 re: renewal. left a voicemail: 4237817268",
			[]span{{Phone, "0515631361"}, {Phone, "4237817268"}}},
		{"a contact person's phone in Chinese, in full-width brackets", "联系人：曾芳（18740345651）", []span{{Phone, "18740345651"}}},
		{"'born' in Swedish, Czech and Hungarian, and dates with a period and a space", "född 1985-02-02; narozen 08. 12. 1977; született 1985. 03. 14., hely",
			[]span{{DateOfBirth, "1985-02-02"}, {DateOfBirth, "08. 12. 1977"}, {DateOfBirth, "1985. 03. 14"}}},
		{"a new number said to be one's own, not a count", "my new number is 00566167604; the new number of cases is 1234567",
			[]span{{Phone, "00566167604"}}},
		{"'my number' in other languages, and fillers with accents", "il mio numero è 3471234567; mon numéro est le 0612345678; mi número es 650123456; o meu número é 912345678",
			[]span{{Phone, "3471234567"}, {Phone, "0612345678"}, {Phone, "650123456"}, {Phone, "912345678"}}},
		{"a branch's code: sort codes, BSBs, IFSCs", "sort code 20-00-00, account 12345678; BSB: 062-000; IFSC: SBIN0001234; the sort code is 20 00 00; IFSC ABCD1234567; sort code 20-00",
			[]span{{BankAccount, "20-00-00"}, {BankAccount, "12345678"}, {BankAccount, "062-000"}, {BankAccount, "SBIN0001234"}, {BankAccount, "20 00 00"}}},
		{"a hospital's visit, specimen and prescription numbers", "Accession # S26-004512; Encounter 2026030312345; Visit # V0098123; Rx #7712345; a visit to 12 places",
			[]span{{IDNumber, "S26-004512"}, {IDNumber, "2026030312345"}, {IDNumber, "V0098123"}, {IDNumber, "7712345"}}},
		{"car registrations in British English and other languages", "my car reg is AB12 CDE; reg no. YX68 ZTP parked outside; Kennzeichen B-AB 1234; matrícula 1234 BCD; immatriculation AB-123-CD; the regex",
			[]span{{LicensePlate, "AB12 CDE"}, {LicensePlate, "YX68 ZTP"}, {LicensePlate, "B-AB 1234"}, {LicensePlate, "1234 BCD"}, {LicensePlate, "AB-123-CD"}}},
		{"an SSN's last four digits", "the last four of my social are 6789; SSN ending in 1234; there are 2024 rows",
			[]span{{IDNumber, "6789"}, {IDNumber, "1234"}}},
		{"a cue word written with its abbreviation's period", "Patientin: Anna Schmidt, geb. 14.03.1985; R.F.C. GODE561231GR8",
			[]span{{DateOfBirth, "14.03.1985"}, {MXRFC, "GODE561231GR8"}}},
		{"health insurance numbers in other languages", "Versichertennummer A123456780; tarjeta sanitaria BBBB123456789012; NUSS 281234567840",
			[]span{{HealthPlan, "A123456780"}, {HealthPlan, "BBBB123456789012"}, {HealthPlan, "281234567840"}}},
		{"a health plan's member number after member alone", "Aetna member W123456789; a member of staff; member 2024", []span{{HealthPlan, "W123456789"}}},
		{"a booking's locator and a licence", "PNR X7YQ2K, booking ref ABC123, booking reference please; licence B1234567, Apache License 2.0, license MIT-0",
			[]span{{IDNumber, "X7YQ2K"}, {IDNumber, "ABC123"}, {DriverLicense, "B1234567"}}},
		{"account abbreviated", "BSB 062-000 Acc 12345678; acc no. 55779911; the acc += 1", []span{{BankAccount, "062-000"}, {BankAccount, "12345678"}, {BankAccount, "55779911"}}},
		{"aba bad checksum", "routing number 021000022", []span{}},
		{"npi", "Dr. Ames, NPI 1234567893", []span{{NPI, "1234567893"}}},
		{"nhs", "NHS number 943 476 5919", []span{{UKNHS, "943 476 5919"}}},
		{"bsn", "BSN: 111222333", []span{{NLBSN, "111222333"}}},
		// eight digits after a word for a person's event; the weaker dates after the same words keep
		// their context
		{"compact date of an event", "She was admitted on 19920627, discharged 19920703; order 20240115", []span{{DateTime, "19920627"}, {DateTime, "19920703"}}},
		{"compact date of an appointment", "Appointment 19920627 confirmed; appt on 20240115, scheduled for 20240302", []span{{DateTime, "19920627"}, {DateTime, "20240115"}, {DateTime, "20240302"}}},
		// after an SSN's words: nine digits the SSA never issued, or another country's number
		{"ssn never issued", "ssn: 956-22-4626", []span{{SSN, "956-22-4626"}}},
		{"national number under ssn", "SSN 90030418652 on file", []span{{IDNumber, "90030418652"}}},
		{"ppsn", "My PPS number is 1234567T; PPSN: 1234567FA", []span{{IEPPSN, "1234567T"}, {IEPPSN, "1234567FA"}}},
		{"ppsn bad check letter", "PPS no. 1234567TA, pps 12345678", []span{}},
		{"steuer-id", "Steuer-ID 86095742719", []span{{DETaxID, "86095742719"}}},
		{"nir", "numéro de sécurité sociale 1 85 05 78 006 084 91", []span{{FRNIR, "1 85 05 78 006 084 91"}}},
		{"imei", "IMEI 490154203237518", []span{{IMEI, "490154203237518"}}},
		{"swift", "SWIFT/BIC: DEUTDEFF500", []span{{SWIFT, "DEUTDEFF500"}}},
		{"vat", "VAT number DE123456789", []span{{EUVAT, "DE123456789"}}},
		{"health plan", "member ID WXY123456789", []span{{HealthPlan, "WXY123456789"}}},
		{"device", "pacemaker serial number SN-4471-2219-B", []span{{HealthTerm, "pacemaker"}, {DeviceID, "SN-4471-2219-B"}}},
		{"plate", "license plate 7ABC123", []span{{LicensePlate, "7ABC123"}}},
		{"plates in other scripts", "License plate 9093РУ 88; car reg: Н9754 44; plate 湘W-19093; License plate 8 ฏฃ 2462; plate 43L•231",
			[]span{{LicensePlate, "9093РУ 88"}, {LicensePlate, "Н9754 44"}, {LicensePlate, "湘W-19093"}, {LicensePlate, "8 ฏฃ 2462"}, {LicensePlate, "43L•231"}}},
		{"no plate in words", "plate 2 of 3; the plate 2 of 3 was broken", []span{}},
		{"a passport's series and number", "Passport number: 7491 186252; passport X12345678 expires 2030", []span{{Passport, "7491 186252"}, {USPassport, "X12345678"}}},
		{"cvv and expiry", "card 4111 1111 1111 1111 exp 09/27 CVV 123", []span{{CreditCard, "4111 1111 1111 1111"}, {CardExpiry, "09/27"}, {CVV, "123"}}},
		{"a document's whole date after 'expires' is no card's expiry (stop 28), but the holder's date (stop 29)", "Passport No. H64782339, expires 11/09/2034; card expires 11/29",
			[]span{{USPassport, "H64782339"}, {DateTime, "11/09/2034"}, {CardExpiry, "11/29"}}},
		{"an expiry its word vouches for: no separator, a month's name, said (stop 29)",
			"exp 0426; Expiry: April 2026; expiry date 122031; agent: and the expiry date? caller: oh four twenty six; it expires zero nine slash two seven",
			[]span{{CardExpiry, "0426"}, {CardExpiry, "April 2026"}, {CardExpiry, "122031"}, {CardExpiry, "oh four twenty six"}, {CardExpiry, "zero nine slash two seven"}}},
		{"no expiry: a year, a month past 12, a call's argument, a time, a longer number",
			"the offer expires 2026; exp 1326; y = np.exp(1012); expires 12:30; expiry 0426-5521; expires 042", []span{}},
		{"handles on more platforms (stop 29)", "follow me on insta: jane.doe88; IG: bella_rossi_ and snap: kyle.b2004",
			[]span{{Username, "jane.doe88"}, {Username, "bella_rossi_"}, {Username, "kyle.b2004"}}},
		{"no handle: prose about a platform, a configuration's word", "twitter: the best app; newkey = insta.priv.pem; ref = $insta::ref", []span{}},
		{"dob numeric", "DOB: 03/14/1931", []span{{DateOfBirth, "03/14/1931"}}},
		// a bare number alone on its line in a letter's signature block, a sign-off above it
		{"a signature's number", "Kind regards,\nAnthony Decker\nAnalyst, Ross Inc\n7087349390", []span{{Phone, "7087349390"}}},
		{"a number alone elsewhere", "Totals for the week\nAnalyst team\n7087349390", []span{}},
		// a chart's events and callbacks raise a two-digit year's date and a bare number
		{"a chart's events", "Labs drawn 5/23/22 at the lab; results called to the son at 5962422220; build 5/23/22",
			[]span{{DateTime, "5/23/22"}, {Phone, "5962422220"}}},
		{"dob words", "born on March 14, 1931 in Ulm", []span{{DateOfBirth, "March 14, 1931"}}},
		{"dob european", "date of birth 14.03.1931", []span{{DateOfBirth, "14.03.1931"}}},
		{"dob in other languages", "Geboren am 3. März 1985. Né le 14 juillet 1979. Nacido el 5 de mayo de 1990. Nato il 2 giugno 1946. Geboren op 12 januari 1988. Nascida em 12 de julho de 1983.",
			[]span{{DateOfBirth, "3. März 1985"}, {DateOfBirth, "14 juillet 1979"}, {DateOfBirth, "5 de mayo de 1990"}, {DateOfBirth, "2 giugno 1946"}, {DateOfBirth, "12 januari 1988"}, {DateOfBirth, "12 de julho de 1983"}}},
		{"aws secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", []span{{APIKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}},
		{"azure account keys", "AccountName=acct;AccountKey=q8Fz1kP0a9XyZ2bC3dE4fG5hI6jK7lM8nO9pQ0rS1tU=;EndpointSuffix=core", []span{{Secret, "q8Fz1kP0a9XyZ2bC3dE4fG5hI6jK7lM8nO9pQ0rS1tU="}}},
		{"password", `password: "Tr0ub4dor&3xyz"`, []span{{Secret, "Tr0ub4dor&3xyz"}}},
		{"passwords people choose", "password: hunter2hunter2; my password is Summer2024!", []span{{Secret, "hunter2hunter2"}, {Secret, "Summer2024!"}}},
		{"what a password is, not what it says", "the password is wrong. Your password is invalid! The password is case-sensitive; passphrase: correct-horse-battery-staple",
			[]span{{Secret, "correct-horse-battery-staple"}}},
		{"no password", `password: required, password = os.getenv("PW"), password: ${DB_PASSWORD}, pwd=abc12, password: string`, []span{}},
		{"password weak value", "password: password", []span{}},
		// a password may begin with a mark or a variable's sign; a variable or template may not be one
		{"password with a leading mark", "password: #C+(w6To)uLS; pwd=$UMVMkar6nza; my password is %u8pyTp5)WhX", []span{{Secret, "#C+(w6To)uLS"}, {Secret, "$UMVMkar6nza"}, {Secret, "%u8pyTp5)WhX"}}},
		// "pass" is a verb and a statement; a generated password after it is one all the same
		{"pass and a generated password", "login with user admin / pass 6N3WlPn5!FV#; pw Tr0ub4dor&3", []span{{Secret, "6N3WlPn5!FV#"}, {Secret, "Tr0ub4dor&3"}}},
		{"pass and no password", "you pass the test; pass --from-file=X9y; we pass req.Header.Get(X1) to it; pass ctx.Value(Key1); pass 12345678; pass Summer2024.", []span{}},
		{"variables are no passwords", "password = $DB_PASSWORD, password: $userPassword1, pwd = %(pw)s, secret = $insta::secret", []span{}},
		{"age over 89", "a 93-year-old woman, aged 91", []span{{Age, "93"}, {Age, "91"}}},
		{"a year's letter run into the age", "age 93y; Age: 94Y F; age 91yo; age 93yx; aged 90 days", []span{{Age, "93"}, {Age, "94"}, {Age, "91"}}},
		{"age under 90", "a 45-year-old man, aged 52, 7 years old, 30 years of age, 61 y.o. woman", []span{{Age, "45"}, {Age, "52"}, {Age, "7"}, {Age, "30"}, {Age, "61"}}},
		{"not ages", "v1.5 years old, 2,000 years old, 4000-year-old, aged 3.5.1", []span{}},
		{"years of birth", "She was born in 1987. Year of birth: 1962; born in 2150 or in Boston in 1990, born in June 1970", []span{{DateOfBirth, "1987"}, {DateOfBirth, "1962"}, {DateOfBirth, "June 1970"}}},
		{"ages stated", "I am 45 and she's 91. He turned 30, I'm 12 now, you are 7", []span{{Age, "45"}, {Age, "91"}, {Age, "30"}, {Age, "12"}, {Age, "7"}}},
		{"age at a clause", "At 45, she moved; at 91, he retired", []span{{Age, "45"}, {Age, "91"}}},
		{"age run into its marker", "S: 67yo M, a 92y/o woman, 45yrs", []span{{Age, "67"}, {Age, "92"}, {Age, "45"}}},
		{"age with a bare y in its brackets or before a sex", "DOB: 04/17/1931 (93y); pt 91y male; 93y F with CHF; the 10y yield; a 30y mortgage; (5y)",
			[]span{{DateOfBirth, "04/17/1931"}, {Age, "93"}, {Age, "91"}, {Age, "93"}}},
		{"not an age run into a marker", "v2yo3, abc67yo, 1234yo, 67yore", []span{}},
		{"age after a word for a person", "The patient, 91, was admitted; a woman (45) and the donor, 7.", []span{{Age, "91"}, {Age, "45"}, {Age, "7"}}},
		{"age after a court's or a report's word for a person (stop 29)", "The defendant, 34, of Springfield; the victim, 81, and the driver (45).", []span{{Age, "34"}, {Age, "81"}, {Age, "45"}}},
		{"not an age after a word for a person", "the patient, 45 Main Street; a woman (2 beds)", []span{{StreetAddress, "45 Main Street"}}},
		{"age before a birthday's day (stop 35)", "she turns 90 on sunday; the knob turns 3 on the left", []span{{Age, "90"}}},
		{"age in words", "She is ninety-three years old; he just turned ninety-one. A hundred and two years old, one hundred years old", []span{{Age, "ninety-three"}, {Age, "ninety-one"}, {Age, "A hundred and two"}, {Age, "one hundred"}}},
		{"not an age in words", "I am one of them, bread and five years old", []span{{Age, "five"}}},
		{"not an age at a clause", "meet at 10, then at 12, the bus; at 450, she; at 10, we leave", []span{}},
		{"not ages stated", "I am 5 minutes away, she is 2 for 2, he is 3.5 km out, I am 450, it is 45. Time 45", []span{}},
		{"relatives' ages and forum ages", "My son is 7 and my daughter is 12. Grandma is ninety-two. Me (28F) and my husband [34 M]", []span{{Age, "7"}, {Age, "12"}, {Age, "ninety-two"}, {Age, "28"}, {Age, "34"}}},
		{"not relatives' ages nor forum ages", "my wife is 5 minutes away, my son is 1 of 3; it reads 28F (28F is cold) (8F) (28X)", []span{}},
		{"students' and courts' numbers", "Student number 20231456, docket no. 22-1045; Case #2024-CV-01893 filed", []span{{IDNumber, "20231456"}, {IDNumber, "22-1045"}, {IDNumber, "2024-CV-01893"}}},
		{"a notary's commission and a lawyer's bar number", "Notary Public, Commission No. 4417208; State Bar No. 287731; Ruth Okonjo (SBN 298114)", []span{{IDNumber, "4417208"}, {IDNumber, "287731"}, {IDNumber, "298114"}}},
		{"the bar associations' own numbers (stop 44)", "counsel Sarah Kim, WSBA #48213; BBO #654321, ARDC No. 6301234; Attorney Registration No. 4412345",
			[]span{{IDNumber, "48213"}, {IDNumber, "654321"}, {IDNumber, "6301234"}, {IDNumber, "4412345"}}},
		{"Brazil's identity card, not a release's date after RG nor a coaxial cable (stop 44)", "RG 12.345.678-9; rg nº 23.456.789-1; the RG 2023.10.01 notes; RG-58 coax, RG 6 quad",
			[]span{{IDNumber, "12.345.678-9"}, {IDNumber, "23.456.789-1"}, {DateTime, "2023.10.01"}}},
		{"Italy's partita IVA without its country's letters, under Luhn (stop 44)", "P.IVA 12345678903; Partita IVA: 12345678903; p.iva 12345678904",
			[]span{{EUVAT, "12345678903"}, {EUVAT, "12345678903"}}},
		{"a record's key for an SSN's last four (stop 44)", `{"ssn_last4": "4821", "ssnLast4": "4822", "ssn4": "4823"}; ssn_last_four: 9921`,
			[]span{{IDNumber, "4821"}, {IDNumber, "4822"}, {IDNumber, "4823"}, {IDNumber, "9921"}}},
		{"a cue of words written with a period between them, which the word walk had never matched (stop 44)",
			"Empl. No. 44812; N. tessera 12345678; employee. No one came",
			[]span{{IDNumber, "44812"}, {IDNumber, "12345678"}}},
		{"Portugal's NIF, Poland's NIP and identity card, Spain's social security number, each under its check where it has one (stop 44)",
			"o seu NIF 123456789; NIF 123456780; NIP 123-456-32-18; NIP 123-456-32-19; numer dowodu ABA300000; número de la Seguridad Social 28/12345678/40; seguridad social 28/12345678/99",
			[]span{{IDNumber, "123456789"}, {IDNumber, "123-456-32-18"}, {Phone, "123-456-32-19"}, {IDNumber, "ABA300000"}, {IDNumber, "28/12345678/40"}}}, // a NIP that fails its check is ten digits, as a phone's are
		{"New York Medicaid's CIN, Morocco's identity card, a housing voucher (stop 44)",
			"NY CIN AB12345C; CIN: BE123456; the CIN 12345678; Section 8 voucher 0047-1122; voucher code SAVE20",
			[]span{{IDNumber, "AB12345C"}, {IDNumber, "BE123456"}, {IDNumber, "0047-1122"}}},
		{"a pet's chip after the bare word: fifteen digits only (stop 44)", "chip 985112004567321; chip 12345678; chipped 985112004567322",
			[]span{{DeviceID, "985112004567321"}, {DeviceID, "985112004567322"}}},
		{"not bar numbers", "the bar no longer serves food; commission no one", []span{}},
		{"UK postcodes by their shape", "Riverside Business Park, Leeds LS10 1AB; London SW1A 1AA; Manchester M4 5HT today", []span{{StreetAddress, "Riverside Business Park, Leeds LS10 1AB"}, {ZIPCode, "SW1A 1AA"}, {ZIPCode, "M4 5HT"}}}, // (a park and its town before the postcode are one address since stop 49: houseNameAddresses)
		{"not UK postcodes", "model AB12 3CD chip; QX10 1AB; LS10-1AB; LS10 1ABC", []span{}},
		// Ireland's Eircodes: by their shape with a routing key of the list and an identifier of
		// letters and digits, or any of that shape after a word that names one
		{"Eircodes", "Co. Mayo F26 Y2K7; My Eircode is D02 X285. Eircode: A65F4E2", []span{{ZIPCode, "F26 Y2K7"}, {ZIPCode, "D02 X285"}, {ZIPCode, "A65F4E2"}}},
		// Australia's unit and number vouch for a street of any kind (a fraction, 3/4, does not: unitSlashNumber)
		{"australian units", "Send it to 1/33 Flores Cutting, please. We moved from 5/53 Carolyn Circus.", []span{{StreetAddress, "1/33 Flores Cutting"}, {StreetAddress, "5/53 Carolyn Circus"}}},
		{"not Eircodes", "part D02 1234 in stock; the A41 road; B12 X285; D02 X2B5", []span{}},
		{"postcodes after a province or a state", "Paultown, QC J8J 7B7 and North Carolyn, NT G7V3G3; Robertfort, SA, 8212 or Sydney NSW 2000.",
			[]span{{ZIPCode, "J8J 7B7"}, {ZIPCode, "G7V3G3"}, {ZIPCode, "8212"}, {ZIPCode, "2000"}}},
		{"not postcodes after a province or a state", "the ACT 2023 rules; Paultown, QC D8J 7B7; Robertfort, SA, 82123; build WA 2000.5", []span{}},
		{"federal court cases", "Case No. 3:24-cv-00871, filed; see 1:21-CR-123-ABC today", []span{{IDNumber, "3:24-cv-00871"}, {IDNumber, "1:21-CR-123-ABC"}}},
		{"not federal cases", "at 3:24 we met; ratio 1:10-cv; time 10:24-cv-00871; 3:24-xx-00871", []span{}},
		{"not cases", "test case 12345 fails; in case v2 breaks; use case ABC123; case RFC3339:", []span{}},
		{"insurance policies after the bare word", "bill my HMO, policy AXA-5521-889. Policy #: 88213409; insurance policy XK-88213", []span{{HealthPlan, "AXA-5521-889"}, {HealthPlan, "88213409"}, {HealthPlan, "XK-88213"}}},
		{"an account its label names, over a phone's reading", "Wire to acct 004512338790 today; account number 004512338790", []span{{BankAccount, "004512338790"}, {BankAccount, "004512338790"}}},
		{"members after their insurer", "Insurance: BCBS #XQP8823341. Aetna W123456789", []span{{HealthPlan, "XQP8823341"}, {HealthPlan, "W123456789"}}},
		{"not members after their insurer", "Cigna 2024 annual report; Kaiser Permanente 2023-01-15; Humana 12345", []span{{DateTime, "2023-01-15"}}},
		{"not insurance policies", "IAM policy 2023-01 for prod, privacy policy v2.3.1, retention policy 30d, policy 12345, policy 20230115", []span{}},
		{"ages now, at death, in notes and of relatives", "Born in 1931, she is now 93. Pt 90F with hx of CHF. He died at 99. The 91-yr-old left. A woman aged ninety-one fell. Grandpa, 97, still drives.",
			[]span{{DateOfBirth, "1931"}, {Age, "93"}, {Age, "90"}, {Age, "99"}, {Age, "91"}, {Age, "ninety-one"}, {Age, "97"}}},
		{"no ages", "The total is now 93 dollars. Temp 98F at 9. He died at 3 am. Pt 5 mg daily. Aged cheese, aged ninety days.", []span{}},
		{"ages together, and sex beside age", "we are both 30 and live here; our twins are 3 now. (F, 41) and (52, M); m/32/london, 25/f/nyc", []span{{Age, "30"}, {Age, "3"}, {Age, "41"}, {Age, "52"}, {Age, "32"}, {Age, "25"}}},
		{"not ages together, nor sex beside age", "we are both 5 minutes away; the kids are 2 for 2. (F, 8) (41, X) (M, 410) /m/32/x x/m/32/y 12/m/ m/32 32/f", []span{}},
		{"birthdays, decades and an age opening a sentence", "her 80th birthday; he is in his late 40s. She's in her early twenties. At 35 I quit. Meet at 15 he said; at 35 Main St", []span{{Age, "80"}, {Age, "late 40s"}, {Age, "early twenties"}, {Age, "35"}, {StreetAddress, "35 Main St"}}},
		{"admission date", "admitted 03/14/2024, discharged 03/20/2024", []span{{DateTime, "03/14/2024"}, {DateTime, "03/20/2024"}}},
		{"claims and loans", "Claim #CLM-2024-88123 filed; loan LN-4482-2291 closed; the claim was denied; loan 12 months", []span{{IDNumber, "CLM-2024-88123"}, {IDNumber, "LN-4482-2291"}}},
		// one whose check fails after the long words that name only it is still a person's number (stop 48)
		{"australian tfns", "TFN 123 456 782, tax file number 123456789; TFN 123456788", []span{{AUTFN, "123 456 782"}, {IDNumber, "123456789"}}},
		{"mexican curps", "CURP: HEGG560427MVZRRL04, curp BADD110313HCMLNS09", []span{{MXCURP, "HEGG560427MVZRRL04"}, {IDNumber, "BADD110313HCMLNS09"}}}, // the second's check digit fails: still a person's (stop 48)
		{"curps by their shape", "mi numero es HEGG560427MVZRRL04; ref BADD110313HCMLNS09", []span{{MXCURP, "HEGG560427MVZRRL04"}}},
		{"brazilian cnpjs", "CNPJ 11.222.333/0001-81, CNPJ: 11222333000181; CNPJ 11.222.333/0001-82", []span{{BRCNPJ, "11.222.333/0001-81"}, {BRCNPJ, "11222333000181"}}},
		// one whose check fails after its Chinese words is still a person's number, not a resident ID (stop 47)
		{"chinese resident ids", "身份证号码：11010519491231002X；resident ID 440304199001011233; 身份证 110105194912310021; resident ID 440304199001011234",
			[]span{{CNResidentID, "11010519491231002X"}, {CNResidentID, "440304199001011233"}, {IDNumber, "110105194912310021"}}},
		{"brazilian and canadian identifiers", "CPF 529.982.247-25, CPF: 111.444.777-35; SIN 130 692 544, social insurance number 193-456-787; CPF 529.982.247-26; SIN 8 ball", []span{{BRCPF, "529.982.247-25"}, {BRCPF, "111.444.777-35"}, {CASIN, "130 692 544"}, {CASIN, "193-456-787"}, {IDNumber, "529.982.247-26"}}},
		{"indian identifiers", "Aadhaar 2345 6789 0124, my aadhaar number is 4991 1866 5246, PAN ABCPE1234F; aadhaar 2345 6789 0123; PAN 4111 1111", []span{{INAadhaar, "2345 6789 0124"}, {INAadhaar, "4991 1866 5246"}, {INPAN, "ABCPE1234F"}, {IDNumber, "2345 6789 0123"}}},
		{"a phone before a bracket that opens no group", "My Number 1234 5678 9018 (Japan), tel 555-0199 (cell)", []span{{Phone, "1234 5678 9018"}, {Phone, "555-0199"}}},
		{"korean and japanese identity numbers", "주민등록번호: 850314-1234567, マイナンバー 1234 5678 9018; マイナンバー: 123456789017, my number is 91 98765 43210, RRN 851314-1234567", []span{{KRRRN, "850314-1234567"}, {JPMyNumber, "1234 5678 9018"}, {Phone, "91 98765 43210"}}},
		{"an RRN's month or day of 00 after its word (test data, a typo)", "주민등록번호는 960006-2230798 입니다; RRN 620005-1101749", []span{{KRRRN, "960006-2230798"}, {KRRRN, "620005-1101749"}}},
		// (a Hong Kong card's number one digit off after its label is still a person's number, typed
		// ID_NUMBER, since stop 48)
		{"latin american, turkish and hong kong numbers, checked; one digit off each is none",
			"RUT: 12.345.678-5, mi RUN es 7654321-6, CUIL 20-12345678-6, RFC: GODE561231GR8, TC Kimlik No: 10000000146, HKID A123456(3), hkid AB9876543, DNI 30.123.456, cédula de ciudadanía 1.020.345.678, IMSI 310150123456789; " +
				"RUT 12.345.678-4, CUIT 20-12345678-5, RFC GODE561231GR9, TCKN 10000000147, HKID A123456(4), I run 11.111.111-1 miles",
			[]span{{CLRUT, "12.345.678-5"}, {CLRUT, "7654321-6"}, {ARCUIT, "20-12345678-6"}, {MXRFC, "GODE561231GR8"}, {TRTCKN, "10000000146"}, {HKHKID, "A123456(3)"}, {HKHKID, "AB9876543"},
				{IDNumber, "30.123.456"}, {IDNumber, "1.020.345.678"}, {DeviceID, "310150123456789"}, {IDNumber, "A123456(4)"}}},
		{"polish, nordic and belgian identity numbers, checked", "PESEL: 44051401359, Personnummer 811218-9876, fødselsnummer 01018012371, CPR-nummer: 010203-1234, Henkilötunnus 131052-308T, rijksregisternummer 85.07.30-033.28; PESEL 44051401358, hetu 131052-308A",
			[]span{{PLPESEL, "44051401359"}, {SEPersonnummer, "811218-9876"}, {NOFodselsnummer, "01018012371"}, {DKCPR, "010203-1234"}, {FIHETU, "131052-308T"}, {BENationalNumber, "85.07.30-033.28"}, {IDNumber, "44051401358"}}},
		{"identifiers after the words for them in their own languages", "Meine Steuer-ID lautet 65929970489. Mon numéro de sécurité sociale est 1 85 05 78 006 084 91.",
			[]span{{DETaxID, "65929970489"}, {FRNIR, "1 85 05 78 006 084 91"}}},
		{"ages in words hyphenated into their marker", "a seven-year-old boy and the ninety-three-year-old resident; a well-year-old", []span{{Age, "seven"}, {Age, "ninety-three"}}},
		// an expiry right after its card's number needs no word for it
		{"expiry after the card", "card 4111 1111 1111 1111 09/28; 5555555555554444, 05/2032; 4111111111111111 13/28; 4111111111111111 09/28x",
			[]span{{CreditCard, "4111 1111 1111 1111"}, {CardExpiry, "09/28"}, {CreditCard, "5555555555554444"}, {CardExpiry, "05/2032"}, {CreditCard, "4111111111111111"}, {CreditCard, "4111111111111111"}}},
		{"platform handles", "my discord is jdoe#1234, snapchat: jane_doe22, skype id: live:jane.doe_1, my steam is xX_slayer_Xx", []span{{Username, "jdoe#1234"}, {Username, "jane_doe22"}, {Username, "live:jane.doe_1"}, {Username, "xX_slayer_Xx"}}},
		{"not platform handles", "the steam engine was loud; xbox series x; I play minecraft every day; steam: true; cash app fees", []span{}},
		{"a cashtag", "send it to my cashapp $janedoe or Cash App: $jd_22", []span{{Username, "janedoe"}, {Username, "jd_22"}}},
		{"platforms' account numbers (stop 43)", "Steam ID 76561198012345678; my discord id 987654321098765432; Epic Games account ID 4f3e2d1c0b9a88776655443322110000; Google account ID 104567891234567891234; WeChat ID: kevin_b88; LINE ID: kevb88; Riot ID: Kev#NA1",
			[]span{{IDNumber, "76561198012345678"}, {IDNumber, "987654321098765432"}, {IDNumber, "4f3e2d1c0b9a88776655443322110000"}, {IDNumber, "104567891234567891234"}, {Username, "kevin_b88"}, {Username, "kevb88"}, {Username, "Kev#NA1"}}},
		{"a gamer's handle of words run together, after a platform's word only (stop 44)",
			"Discord: gamer tag xXShadowHunterXx#4821; my gamertag is DarkKnightRises; my twitch is xQcOW; username: xXShadowHunterXx; handle: EventHandler; snapchat: McDonald",
			[]span{{Username, "xXShadowHunterXx#4821"}, {Username, "DarkKnightRises"}, {Username, "xQcOW"}}},
		{"not platforms' account numbers", "the player id column; steam id 42; discord id: none", []span{}},
		{"one-time codes", "your verification code is 839201; OTP: 482913, 2FA code 8392; the otp expired after 30 seconds; error code 404", []span{{PIN, "839201"}, {PIN, "482913"}, {PIN, "8392"}}},
		{"a PIN and the code on a card's back", "my PIN is 4921, passcode: 73 91 02; the code on the back is 123; GPIO pin 17",
			[]span{{PIN, "4921"}, {PIN, "73 91 02"}, {CVV, "123"}}},
		{"british numbers spelled out, oh and double", "call me on oh seven seven double oh nine double oh one two three; oh one more thing; double check",
			[]span{{Phone, "oh seven seven double oh nine double oh one two three"}}},
		{"numbers spelled out a digit at a time", "call five five five, one two three, four five six seven; ssn five three six - two two - four one eight seven; count one two three four five six seven; two or three, one in five",
			[]span{{Phone, "five five five, one two three, four five six seven"}, {SSN, "five three six - two two - four one eight seven"}}},
		{"numbers spelled out in part", "text me at five five five 0147 ok; ssn five three six 22 4187; I have two 3 year olds; one 2 three 4567; room five 201",
			[]span{{Phone, "five five five 0147"}, {SSN, "five three six 22 4187"}}},
		{"a mexican bank account, checked, and a serial after SN", "CLABE 002010077777777771, clabe 002010077777777772; serial SN 4B7-22819-X", []span{{BankAccount, "002010077777777771"}, {DeviceID, "4B7-22819-X"}}},
		{"employer and taxpayer ids", "EIN 12-3456789, Tax ID: 98-7654321, TIN: 912781234", []span{{IDNumber, "12-3456789"}, {IDNumber, "98-7654321"}, {IDNumber, "912781234"}}},
		{"device advertising ids and immigration numbers", "device ID 7f3a2c1b-9d4e-4f6a-8b2c-1d3e5f7a9b0c, IDFA 6D92078A-8246-4BA4-AE5B-76104861E7DC; A-number A123456789, employee #48213, badge 0042187",
			[]span{{DeviceID, "7f3a2c1b-9d4e-4f6a-8b2c-1d3e5f7a9b0c"}, {DeviceID, "6D92078A-8246-4BA4-AE5B-76104861E7DC"}, {IDNumber, "A123456789"}, {IDNumber, "48213"}, {IDNumber, "0042187"}}},
		// a number its label calls a phone, in any country's plan or none; a card or an SSN keeps its type
		{"labelled phones", "phone: 042483378; tel +47818885416, Call me at 4075.5438 tomorrow; fax: (004) 5360502", []span{{Phone, "042483378"}, {Phone, "+47818885416"}, {Phone, "4075.5438"}, {Phone, "(004) 5360502"}}},
		{"phones after more words for one", "His cell is 377730840; dial 094238762, option 2. Leave a message at 12014239. My number is 1151.9297. The hotline 036405383 is open.",
			[]span{{Phone, "377730840"}, {Phone, "094238762"}, {Phone, "12014239"}, {Phone, "1151.9297"}, {Phone, "036405383"}}},
		{"not phones", "Cell 12 of row 4; my account number is 12014239; dial 911 now", []span{{BankAccount, "12014239"}}},
		{"labelled non-phones", "phone 2 of 3; fax 12345; mobile app v2.3.1; phone: 4111 1111 1111 1111; telephone 555-0147x", []span{{CreditCard, "4111 1111 1111 1111"}}},
		{"a directory's account names", "dn: uid=mgarcia,ou=people\nuid: mgarcia\nSamAccountName    : rthornton\nmailNickname: kwame.mensah",
			[]span{{Username, "mgarcia"}, {Username, "mgarcia"}, {Username, "rthornton"}, {Username, "kwame.mensah"}}},
		{"a CRM's and a messaging platform's postcode keys", "From=%2B14155550123&FromZip=94107&ToZip=10001; MailingPostalCode: T12 X2Y3",
			[]span{{Phone, "%2B14155550123"}, {ZIPCode, "94107"}, {ZIPCode, "10001"}, {ZIPCode, "T12 X2Y3"}}},
		{"the IRS's e-file elements", "<PrimarySSN>531427789</PrimarySSN><PhoneNum>3095550147</PhoneNum><ZIPCd>61614</ZIPCd>",
			[]span{{SSN, "531427789"}, {Phone, "3095550147"}, {ZIPCode, "61614"}}},
		{"a POSIX uid, a declaration's type, a system's account", "uid=1000(ubuntu) gid=1000(ubuntu)\n\tUid uint32\ndef f(uid: int):\nBindDN: uid=admin,dc=x\nchown(int fd, uid_t uid, gid_t gid)", []span{}},
		{"signing in as someone", "Log in as amy41 to continue; sign in as jdoe_42; log in as the admin", []span{{Username, "amy41"}, {Username, "jdoe_42"}}},
		{"payment handles and Amex's CID", "UPI id rahul.sharma@okaxis; vpa: 9876543210@ybl; upi a@example.com; Amex CID 1234, the cid 5678", []span{{Username, "rahul.sharma@okaxis"}, {Username, "9876543210@ybl"}, {Email, "a@example.com"}, {CVV, "1234"}}},
		{"a date of birth without separators", "pt DOB 01021980; DOB 19800102; DOB 13131980; account 01021980", []span{{DateOfBirth, "01021980"}, {DateOfBirth, "19800102"}, {BankAccount, "01021980"}}},
		{"a licence and a plate after the issuing state", "Driver's license: NJ F1234 56789 01234; plate NJ ABC-1234, plate 7ABC123", []span{{DriverLicense, "F1234 56789 01234"}, {LicensePlate, "ABC-1234"}, {LicensePlate, "7ABC123"}}},
		// a plate's own capitals, no state's nor "No": Denmark's, Norway's, Slovakia's (stop 36)
		{"a plate's letters that look like a state or a number's mark", "plate IN 79 469; plate NO 11 958; reg. NR123YV; plate no. 1234", []span{{LicensePlate, "IN 79 469"}, {LicensePlate, "NO 11 958"}, {LicensePlate, "NR123YV"}, {LicensePlate, "1234"}}},
		{"a number after ID alone, not Idaho's ZIP code", "Employee Ana Ruiz (ID 44812) resigned; ID: 7731-AX02; Boise, ID 83702; ID 12", []span{{IDNumber, "44812"}, {IDNumber, "7731-AX02"}, {ZIPCode, "83702"}}},
		{"customer numbers in other languages", "Kundennummer 4711-2034, numéro client 88123456", []span{{IDNumber, "4711-2034"}, {IDNumber, "88123456"}}},
		{"uk and canadian postcodes", "postcode SW1A 1AA; her postcode is M1 1AE. Postal code: H3Z 2Y7, post code EC1A 1BB", []span{{ZIPCode, "SW1A 1AA"}, {ZIPCode, "M1 1AE"}, {ZIPCode, "H3Z 2Y7"}, {ZIPCode, "EC1A 1BB"}}},
		{"a longer cue hides no shorter one", "my postcode is 90210; user id: jsmith42", []span{{ZIPCode, "90210"}, {Username, "jsmith42"}}},
		{"a label's value on the line below", "Member ID:\nW123456789\nchecking account:\r\n  16495888862159\nInstagram:\njdoe_42\nthe old password was Summer2024!",
			[]span{{HealthPlan, "W123456789"}, {BankAccount, "16495888862159"}, {Username, "jdoe_42"}, {Secret, "Summer2024!"}}},
		{"no value two lines below a label, nor below one without its colon", "account:\n\n16495888862159 and account number\n26495888862159; Password:\nEnter the new one", []span{}},
		{"a cue with a word processor's apostrophe", "Her driver’s license is D1234567", []span{{DriverLicense, "D1234567"}}},
		{"a record's keys and markup around a value", `{"member_id": "XGH123456789", "routingNumber": "021000021"} <mrn>A4492013</mrn> | MRN | A4493013 | <field name="policy_number" value="PLC-88213344"/> --license-number=D1234567 MEMBER_ID=XGH123456780`,
			[]span{{HealthPlan, "XGH123456789"}, {ABARouting, "021000021"}, {MRN, "A4492013"}, {MRN, "A4493013"}, {HealthPlan, "PLC-88213344"}, {DriverLicense, "D1234567"}, {HealthPlan, "XGH123456780"}}},
		{"a case number after '#', an SSN's last four after 'ssn last four'", "Case #DSP-2024-118833 opened; in case #1 fails; SSN last four 1234",
			[]span{{IDNumber, "DSP-2024-118833"}, {IDNumber, "1234"}}},
		{"a date of birth a program builds", `User(name="x", dob=date(1985, 3, 14)); birth_date: LocalDate.of(1985, 3, 14), DateOfBirth = new DateTime(1985, 3, 14, 0, 0, 0); dob = date(2024); dob=date(1985, 13, 1)`,
			[]span{{DateOfBirth, "date(1985, 3, 14)"}, {DateOfBirth, "LocalDate.of(1985, 3, 14)"}, {DateOfBirth, "new DateTime(1985, 3, 14, 0, 0, 0)"}}},
		{"a VIN after its word, its check digit not computed", "VIN: WVWZZZ1JZXW000001, Fahrgestellnummer WVWZZZ1JZXW000002; vin of 17 chars: ABCDEFGHIJKLMNOPQ", []span{{VIN, "WVWZZZ1JZXW000001"}, {VIN, "WVWZZZ1JZXW000002"}}},
		{"a police report's number", "INCIDENT REPORT #2024-0031877  Officer; Police report no. 24-118733 was filed; see report number 3 of 5", []span{{IDNumber, "2024-0031877"}, {IDNumber, "24-118733"}}},
		{"an immigration receipt and a traveller's numbers", "H-1B receipt number WAC2190123456, frequent flyer AI 123456789, KTN: 98765432, SkyMiles 2345678901; receipt number 12 for your coffee",
			[]span{{IDNumber, "WAC2190123456"}, {IDNumber, "AI 123456789"}, {IDNumber, "98765432"}, {IDNumber, "2345678901"}}},
		{"a traveller's number after its short label, and a hospital's number", "FF no. BA 12345678; my ff no is LH 992 001 234; hospital no RX1234567, hosp no. 00482913; ff no issue; FQTV BA 44182290",
			[]span{{IDNumber, "BA 12345678"}, {IDNumber, "LH 992 001 234"}, {MRN, "RX1234567"}, {MRN, "00482913"}, {IDNumber, "BA 44182290"}}},
		{"an account's number after other languages' words, and Brazil's plate", "konto 1234 56 78903; kontonummer 1234.56.78903; numer konta 61 1090 1014 0000 0712 1981 2874; número de cuenta 0049 1500 05 1234567890; placa ABC1D23; mein Konto 2024 gekündigt",
			[]span{{BankAccount, "1234 56 78903"}, {BankAccount, "1234.56.78903"}, {BankAccount, "61 1090 1014 0000 0712 1981 2874"}, {BankAccount, "0049 1500 05 1234567890"}, {LicensePlate, "ABC1D23"}}},
		{"a chart's shorthand for an admission and a discharge", "adm 11/02 w/ SOB; d/c'd 11/05 to SNF; Adm: 3/14; d/c summary; sudo adm 3",
			[]span{{DateTime, "11/02"}, {DateTime, "11/05"}, {DateTime, "3/14"}}},
		{"Sweden's pnr is a personnummer, no booking's code", "pnr: 790312-1239; <pnr>19790312-1239</pnr>; pnr: 790312-1234; PNR: XK7P2Q",
			[]span{{SEPersonnummer, "790312-1239"}, {SEPersonnummer, "19790312-1239"}, {IDNumber, "XK7P2Q"}}},
		{"an insurance policy's number in other languages", "su número de póliza es 55-8812-3; Policennummer: 7712-44-901; numéro de police AX-778812; la póliza cubre 2024 gastos",
			[]span{{IDNumber, "55-8812-3"}, {IDNumber, "7712-44-901"}, {IDNumber, "AX-778812"}}},
		{"an employer's group under a health plan", "member ID XQH884412007, grp 00412; group no. 77120; user ID 1000, group ID 1000; the grp policy is 2024",
			[]span{{HealthPlan, "XQH884412007"}, {HealthPlan, "00412"}, {HealthPlan, "77120"}}},
		{"a customer's number after its short label", "(customer no. 00448120); cust no 00448120; customer ref: AB-77120",
			[]span{{IDNumber, "00448120"}, {IDNumber, "00448120"}, {IDNumber, "AB-77120"}}},
		{"an employee's number on a P60 and a German payslip, a German eTIN, a mortgage's MERS MIN, Portugal's utente, Norway's fnr (stop 46)",
			"works/payroll number 004417; Personalnummer 88213; Personal-Nr.: 0088213; eTIN BRNDMTTH84K12; MERS MIN: 1000157-0004829931-4; the works no longer; n.º utente 123456789; fnr 01018012371",
			[]span{{IDNumber, "004417"}, {IDNumber, "88213"}, {IDNumber, "0088213"}, {IDNumber, "BRNDMTTH84K12"}, {IDNumber, "1000157-0004829931-4"}, {IDNumber, "123456789"}, {NOFodselsnummer, "01018012371"}}},
		{"Turkey's identity number after TC in capitals, a German mobile of twelve digits (stop 46)", "TC 10000000146; TC 180 mg/dL; Kontakt 0176 12345678; ref 0123 45678901",
			[]span{{TRTCKN, "10000000146"}, {Phone, "0176 12345678"}}},
		{"Spain's health card code in capitals, a French mutual's member (stop 46)", "Tarjeta sanitaria CIP: BBBB123456789012; mutuelle MGEN adhérent 04471223; the CIP code 11.0701; cip 1234567890; n.º de abonado 77120034",
			[]span{{HealthPlan, "BBBB123456789012"}, {IDNumber, "04471223"}, {IDNumber, "77120034"}}},
		{"Brazil's branch and account", "agência 1234-5, conta 56789-0; pagar a conta 12345 hoje",
			[]span{{BankAccount, "1234-5"}, {BankAccount, "56789-0"}}},
		{"a device's label in capitals", "pacemaker (Medtronic Azure XT, SN PZK123456H); SN2 reaction; sn 12345 rows; the SN ratio 45.3",
			[]span{{HealthTerm, "pacemaker"}, {DeviceID, "PZK123456H"}}},
		{"markup between a label and its value", `<tr><td>MRN</td><td>A4492013</td></tr> <dt>Member ID</dt><dd>XGH123456789</dd> <span class="label">Policy #:</span> <span>PLC-88213344</span>; if mrn <= 5 { x }`,
			[]span{{MRN, "A4492013"}, {HealthPlan, "XGH123456789"}, {HealthPlan, "PLC-88213344"}}},
		{"a key whose last words are a cue", `{"patient_mrn": "A4492013", "device_serial": "SN-4471-2219-B"} insurance_policy_number=PLC-88213344 PRIMARY_MEMBER_ID: XGH123456789 home_zip=90210`,
			[]span{{MRN, "A4492013"}, {DeviceID, "SN-4471-2219-B"}, {HealthPlan, "PLC-88213344"}, {HealthPlan, "XGH123456789"}, {ZIPCode, "90210"}}},
		{"a key whose last words are a cue, assigned or compared in code", `patient_mrn = "A4492013"; assert patient_mrn == "A4492014"; PATIENT_SSN := "536221234"`,
			[]span{{MRN, "A4492013"}, {MRN, "A4492014"}, {SSN, "536221234"}}},
		{"a key whose last word is a program's", `request_id=12345678 build_number: 4471 "aws_account": "123456789012" max_age=93 test_case=44712`, []span{}},
		{"spanish codes", "CP 28014 Madrid, código postal 08001; the cp 12345 rows", []span{{ZIPCode, "28014"}, {ZIPCode, "08001"}}},
		{"no postcode", "postcode lookup failed; zip SW1A1AAB; postal code 1AB 2CD", []span{}},
		// a record's postal code field holds any country's shape (stop 26)
		{"postcodes of any country under a record's key", `{"postalCode": "42-155", "zip":"7746HS"} postal_code=17284-049 post_code: 560448 "zip": "4759 RR" PLZ: 80331`,
			[]span{{ZIPCode, "42-155"}, {ZIPCode, "7746HS"}, {ZIPCode, "17284-049"}, {ZIPCode, "560448"}, {ZIPCode, "4759 RR"}, {ZIPCode, "80331"}}},
		{"a serial number's label, not an Iberian address's no-number", "S/N: AB123456; device s/n 12345678", []span{{DeviceID, "AB123456"}, {DeviceID, "12345678"}}},
		{"no postcode without a key's sign, nor a date or a version under one", "zip 1234 files; zip: 2024-01-01; postcode: 1.2.3; zip: 12", []span{{DateTime, "2024-01-01"}}},
		{"zip where someone lives", "She moved to 60614 last spring; he lives in the 02139 area, based in 94110-1234.", []span{{ZIPCode, "60614"}, {ZIPCode, "02139"}, {ZIPCode, "94110-1234"}}},
		{"not a zip where someone lives", "we moved to 20000 users, traffic moved to 45123 requests, it lives in 123456, based in 2019, moved to 62408 Lockville Road", []span{{StreetAddress, "62408 Lockville Road"}}},
		{"no cue", "the account was closed on Tuesday", []span{}},
		{"birthdays without a year", "My birthday is 4/12. bday: march 3rd lol; her b-day is july 4, DOB is 04/12; we ate 3/4 of the cake on his birthday",
			[]span{{DateOfBirth, "4/12"}, {DateOfBirth, "march 3rd"}, {DateOfBirth, "july 4"}, {DateOfBirth, "04/12"}}},
		{"birthdays spelled out", "Her date of birth is the fourth of July, 1976. His birthday is March twenty-first; bday July the 4th; the fourth of July parade",
			[]span{{DateOfBirth, "fourth of July, 1976"}, {DateOfBirth, "March twenty-first"}, {DateOfBirth, "July the 4th"}}},
		{"birthdays in other languages", "Mein Geburtstag ist am 3. März. Mon anniversaire est le 3 mars. Mijn verjaardag is op 3 maart. Mi cumpleaños es el 5 de mayo.",
			[]span{{DateOfBirth, "3. März"}, {DateOfBirth, "3 mars"}, {DateOfBirth, "3 maart"}, {DateOfBirth, "5 de mayo"}}},
		{"a date filler is no password's first letters", "password: Le(GJuDdny79; pwd: el1t3Hax0r!", []span{{Secret, "Le(GJuDdny79"}, {Secret, "el1t3Hax0r!"}}},
		{"a phrase between the cue and its verb", "The MRN for this patient is 00482913. The SSN of the patient is 078051120. The member ID on her card: XJH123456789. The NPI for Dr. Lee is 1234567893.",
			[]span{{MRN, "00482913"}, {SSN, "078051120"}, {HealthPlan, "XJH123456789"}, {NPI, "1234567893"}}},
		{"CJK cue words inside a word", "患者身份证320700197712043741，已登记。주민번호 830910-2796051입니다. 주민등록번호는 830910-2796051입니다",
			[]span{{CNResidentID, "320700197712043741"}, {KRRRN, "830910-2796051"}, {KRRRN, "830910-2796051"}}},
		{"a case note's age and sex", "92M with dementia. Pt: 67F presents with SOB; 45M c/o chest pain; 80F s/p fall. Revenue hit 92M with margins; raised $92M with investors; it was 45F outside",
			[]span{{Age, "92"}, {HealthTerm, "dementia"}, {Age, "67"}, {Age, "45"}, {Age, "80"}}},
		{"a pregnancy's and an injury's dates", "LMP 2/20, EDC 11/27; DOI 3/1", []span{{DateTime, "2/20"}, {DateTime, "11/27"}, {DateTime, "3/1"}}},
		{"other countries' numbers under an SSN's words", "ssn 175091730037964; ssn 451424198708048258; ssn 131141-642J; ssn 317 280 675",
			[]span{{FRNIR, "175091730037964"}, {CNResidentID, "451424198708048258"}, {FIHETU, "131141-642J"}, {SSN, "317 280 675"}}},
		{"labels in capitalised Cyrillic, and Russian phones under their word", "Дата рождения: 22.11.1938; Телефон: 8 916 123-45-67",
			[]span{{DateOfBirth, "22.11.1938"}, {Phone, "8 916 123-45-67"}}},
		{"no verb, no value", "the MRN for this patient 00482913; the account for three days 12345678; the MRN for this patient is unknown", []span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpans(t, det, tt.text, tt.want) })
	}
}

// checkSpans compares what det finds in text at 0.4 or more with want.
func checkSpans(t *testing.T, det *Detector, text string, want []span) {
	t.Helper()
	fs, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	got := []span{}
	for _, f := range fs {
		if f.Score >= 0.4 {
			got = append(got, span{f.Type, text[f.Start:f.End]})
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}

func TestAddresses(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, want string }{
		{"ship to 221B Baker Street, London please", "221B Baker Street"},
		// Brazil's city and state after the CEP, Hungary's lettered postcode whatever follows it,
		// Mexico's state before the postcode, a British town and postcode on lines of their own
		{"Rua Augusta 12, Centro, 21742-180 das Neves Paulista / RN", "Rua Augusta 12, Centro, 21742-180 das Neves Paulista / RN"},
		// the neighbourhood, city and state after dashes (stop 28)
		{"Rua Barão de Jaguara, 100 - Centro - Campinas / SP", "Rua Barão de Jaguara, 100 - Centro - Campinas / SP"},
		{"Petőfi utca 2., H-2746 mezőberény\n", "Petőfi utca 2., H-2746"},
		{"Petőfi utca 2., H-2746 now", "Petőfi utca 2., H-2746"},
		{"I live at 12 Main Street, Nueva Santa Lucía, TAMPS 94032-6991 now", "12 Main Street, Nueva Santa Lucía, TAMPS 94032-6991"},
		{"12 Main Street, Lake Andrew, BC A3T 1G2", "12 Main Street, Lake Andrew, BC A3T 1G2"},                               // BC is Canada's too
		{"I live at 12 Main Street, Nueva Santa Lucía, Q. ROO 67929 now", "12 Main Street, Nueva Santa Lucía, Q. ROO 67929"}, // Quintana Roo, written with its period
		{"8 Peter Road\nAndreaborough\nDD22 0SL\n", "8 Peter Road\nAndreaborough\nDD22 0SL"},
		{"HQ: 1600 Pennsylvania Ave NW, Suite 400, Washington, DC 20500.", "1600 Pennsylvania Ave NW, Suite 400, Washington, DC 20500"},
		{"lives at 42 Oak Ridge Dr. Apt 4B Springfield IL 62704 now", "42 Oak Ridge Dr. Apt 4B Springfield IL 62704"},
		{"at 350 5th Avenue today", "350 5th Avenue"},
		{"Adresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"},
		{"au 12 rue de la Paix à Paris", "12 rue de la Paix"},
		{"en Calle Mayor 5, Madrid", "Calle Mayor 5"},
		{"zip code 90210-1234", "90210-1234"},
		{"Apt 4, 221 W 57th St, New York, NY 10019", "Apt 4, 221 W 57th St, New York, NY 10019"}, // the unit before the street is part of it
		{"Flat 4, 12 Marine Parade, Brighton BN2 1TL", "Flat 4, 12 Marine Parade, Brighton BN2 1TL"},
		{"ship to Apt. 5B, 77 Massachusetts Ave please", "Apt. 5B, 77 Massachusetts Ave"},
		// Spain's "C/" for calle, and the floor and door after the number with the postcode and town after them (stop 44)
		{"domicilio: C/ Mayor 12, 3º B, 28013 Madrid.", "C/ Mayor 12, 3º B, 28013 Madrid"},
		{"Avda. de América 10, bajo, 28028 Madrid", "Avda. de América 10, bajo, 28028 Madrid"},
		{"Calle de Toledo 88, 1.º dcha, 28005 Madrid", "Calle de Toledo 88, 1.º dcha, 28005 Madrid"},
		{"vivo en C/ San Bernardo 23 desde 2019", "C/ San Bernardo 23"},
		{"3rd Floor, 25 Old Broad Street, London EC2N 1HQ", "3rd Floor, 25 Old Broad Street, London EC2N 1HQ"},
		{"Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"}, // a bairro before the city
		{"Via Roma 15, 00184 Roma RM", "Via Roma 15, 00184 Roma RM"},                                                                 // the province after the city
		{"meet at 300 E 42nd Street tomorrow", "300 E 42nd Street"},
		{"send it to 12/45 Smith St, Fitzroy VIC 3065 today", "12/45 Smith St, Fitzroy VIC 3065"},
		{"Ship to 45-120 Kamehameha Hwy, Kaneohe, HI 96744", "45-120 Kamehameha Hwy, Kaneohe, HI 96744"}, // Hawaii's and Queens' dashed numbers
		{"Karl Johans gate 12, 0154 Oslo", "Karl Johans gate 12, 0154 Oslo"},                             // a Nordic street in words of its own, with its postcode
		{"Olav Kyrres plass 3, 5014 Bergen", "Olav Kyrres plass 3, 5014 Bergen"},
		{"at 123-45 Queens Blvd, Forest Hills, NY 11375 now", "123-45 Queens Blvd, Forest Hills, NY 11375"},
		{"9 Hay St, Perth WA 6000", "9 Hay St, Perth WA 6000"},
		{"345 Marvin View, Wilsonberg, ACT, 2172 now", "345 Marvin View, Wilsonberg, ACT, 2172"},
		{"I live at Av Moreira, 28, 4150-123 Loures now", "Av Moreira, 28, 4150-123 Loures"}, // "Av" without its period
		{"Ship to: Fazenda Teixeira, 31", "Fazenda Teixeira, 31"},                            // Brazil's other kinds of street
		{"Morro de Aragão, 71, Centro", "Morro de Aragão, 71"},
		{"Pasadizo de Soto 776, Toledo, 45145", "Pasadizo de Soto 776, Toledo, 45145"},                          // Spain's other kinds of street
		{"Calle Mayor 8 Piso 9, Ceuta, 30146", "Calle Mayor 8 Piso 9, Ceuta, 30146"},                            // and its floor
		{"Avenida San Luis N° 236 Oficina 41, Salta 4400 ok", "Avenida San Luis N° 236 Oficina 41, Salta 4400"}, // Argentina's office
		{"Borgo Russo 5, Enna", "Borgo Russo 5"},
		{"I live at Ulica talcev 7a, 9383 Murska Sobota now.", "Ulica talcev 7a, 9383 Murska Sobota"}, // Slovenia's, its words in lower case
		{"Cesta v hrib 0b, 6792 Trbovlje", "Cesta v hrib 0b, 6792 Trbovlje"},
		{"admitted via ED 3a; sent via UPS 2b", ""},
		{"I live at 93 William Pocket, Davisburgh, ACT, 8096 now.", "93 William Pocket, Davisburgh, ACT, 8096"}, // Australia's kinds of street
		{"13 Gaskin Cutting, Hewittberg 5599", "13 Gaskin Cutting, Hewittberg 5599"},
		{"Meet me at 7 Felicia Lower, Andrewstad, ACT, 2960 at noon.", "7 Felicia Lower, Andrewstad, ACT, 2960"}, // Australia's street types that are plain words (stop 32)
		{"Bill to: 421 Brent Reach, Lindamouth, TAS, 2226", "421 Brent Reach, Lindamouth, TAS, 2226"},
		{"We moved from 3 Marvin Firetrail in March.", "3 Marvin Firetrail"},
		{"We have 3 Little kids and 2 Upper rooms.", ""}, // a plain word alone, with nothing after it, is weak
		{"walk 3 blocks to the top end", ""},
		{"14 O'Shea Street N64 YYRR Ennis is my address", "14 O'Shea Street N64 YYRR Ennis"}, // Ireland's Eircode, then the town
		{"Return address: 34 McCadam Street Y83RC3Y Kane", "34 McCadam Street Y83RC3Y Kane"},
		{"Send it to 10 Main Street N, Boston", "10 Main Street N"},                                                 // a compass point still
		{"Send it to Flat 11, Mark Wall, Port Mollyview, LE11 7AZ", "Flat 11, Mark Wall, Port Mollyview, LE11 7AZ"}, // a unit before a street without a number
		{"I live at Studio 9\nTaylor Villages.", "Studio 9\nTaylor Villages"},
		{"Bill to: Flat 55\nSharon keys", "Flat 55\nSharon keys"},
		{"Is Studio 19a, Dobson plain, Lake Leah, BA2 7LA in your area?", "Studio 19a, Dobson plain, Lake Leah, BA2 7LA"},
		{"Room 4, Green Park", ""}, // a room is no dwelling's unit
		{"Level 5 25 Regina Riverway, Matthewton, TAS, 2074 is new", "Level 5 25 Regina Riverway, Matthewton, TAS, 2074"}, // a unit and the number without a comma
		{"Suite 400 1600 Pennsylvania Ave NW, Washington, DC 20500", "Suite 400 1600 Pennsylvania Ave NW, Washington, DC 20500"},
		{"Level 3, Data Center", ""}, // a floor before no number
		{"We are on level 3 of the building", ""},
		{"Loss location: Livpad 828, 6169JO, Erichem. Date", "Livpad 828, 6169JO, Erichem"}, // the Dutch letters without their space, a comma after
		{"version 3, 2024AB, Release", ""},
		{"186 Mark Squares, Whitehorse, YT Y1A1A1. Date", "186 Mark Squares, Whitehorse, YT Y1A1A1"}, // a Canadian postcode without its space after a province
		{"at Alameda Lunna Leão, 454, Paulo Vi, 36118304 da Costa / SE.", "Alameda Lunna Leão, 454, Paulo Vi, 36118304 da Costa / SE"}, // the bairro, then the CEP without its hyphen
		{"at Estação de Alves, 97, Minas Brasil, 64648-228 Duarte / MG.", "Estação de Alves, 97, Minas Brasil, 64648-228 Duarte / MG"},
		{"at Rua Andrade, 7, Vila Nova Dos Milionarios, 71501-639 Aragão / PB", "Rua Andrade, 7, Vila Nova Dos Milionarios, 71501-639 Aragão / PB"},
		{"Flat 4, Sharon said", ""},
		{"I live at 12 High Street, Port Toby, WA3 9PZ now", "12 High Street, Port Toby, WA3 9PZ"}, // a UK postcode whose area is a US state's letters
		{"we made 3 Chase payments; in 2020 Outlook crashed", ""},
		{"a canale 5 minutes away; the barrio 12 guys", ""},
		{"12 Smith Street, Rototipurangi 7383", "12 Smith Street, Rototipurangi 7383"},              // New Zealand's town and postcode
		{"44 Kent Road, RD 9, Port Edwardsport 2380.", "44 Kent Road, RD 9, Port Edwardsport 2380"}, // and its rural delivery
		{"5 Main St, Springfield 1500 people", "5 Main St"},                                         // a comma after the state, and a state of three letters
		{"12 Gum St, Fitzroy, VIC, 3065.", "12 Gum St, Fitzroy, VIC, 3065"},
		{"10 George St, Sydney NSW 2000", "10 George St, Sydney NSW 2000"},
		{"landlord at 56 Ashgrove Court, Dublin 8 won't", "56 Ashgrove Court, Dublin 8"},
		{"3 Pearse Street, Dublin 2, D02 X285 today", "3 Pearse Street, Dublin 2, D02 X285"},
		{"12 Main Street, Galway H91 E2K3", "12 Main Street, Galway H91 E2K3"},
		{"I live at 4 Laugavegur, 101 Reykjavík", "4 Laugavegur"},
		{"Dirección: Av. Insurgentes Sur 1602, Col. Roma", "Av. Insurgentes Sur 1602, Col. Roma"}, // an abbreviated leader, with its period, and the colonia after it (stop 46)
		{"Avda. de la Constitución 3, Sevilla", "Avda. de la Constitución 3"},
		{"Rua Augusta 1500, São Paulo - SP, 01304-001 ok", "Rua Augusta 1500, São Paulo - SP, 01304-001"}, // Brazil's state and CEP
		{"12 Main Street, Tokyo 150-0002 ok", "12 Main Street, Tokyo 150-0002"},
		{"Rua Augusta 1500, São Paulo - SP now", "Rua Augusta 1500, São Paulo - SP"}, // the state whole, no CEP after it                           // Japan's postcode after the city          // a street word joined to the name, the number first
		{"Hringbraut 12, Reykjavík", "Hringbraut 12"},
		{"Adresse: Unter den Linden 77, 10117 Berlin.", "Unter den Linden 77, 10117 Berlin"}, // no street word: the postcode and city say it
		{"Laugavegur 4, 1015 Reykjavík", "Laugavegur 4, 1015 Reykjavík"},
		// postcodes of other shapes, and cities of several words
		{"I live at Pod Kesnerkou 89, 879 21 Dubá now.", "Pod Kesnerkou 89, 879 21 Dubá"},
		{"Veľké Štepnice 89, 879 21 Dolná Mičiná", "Veľké Štepnice 89, 879 21 Dolná Mičiná"},
		{"ul. Gdańska 932, 79-217 Chełm", "ul. Gdańska 932, 79-217 Chełm"}, // Poland's ulica with its period (stop 32)
		{"Smith et al. 12 patients; the pl. 5 form", ""},
		{"BILL TO\nGABRIEL POTIER\nrue Klein\n21305 Saint Alain-la-Forêt", "rue Klein\n21305 Saint Alain-la-Forêt"}, // a street without a number, its postcode and town after it
		{"delivered to chemin Duval, 37675 Lévy-sur-Lopes. Please call", "chemin Duval, 37675 Lévy-sur-Lopes"},
		{"Send it via email, 12345 Users", ""},                                                                                      // no capitalised name after the leader
		{"I live at 440, avenue Marion, 82690 Saint-Étienne-du-Rouvray now.", "440, avenue Marion, 82690 Saint-Étienne-du-Rouvray"}, // a town's hyphened words
		{"I live at 440, avenue Marion, 82690 Saint William-sur-Mer now.", "440, avenue Marion, 82690 Saint William-sur-Mer"},
		{"Hauptstraße 5, 10115 Berlin Monday", "Hauptstraße 5, 10115 Berlin"},
		{"Address:\nVišnjica 9c/3\n87921 Knin\n", "Višnjica 9c/3\n87921 Knin"}, // the postcode and town on the next line
		{"I live at Písnická 754, 111 39 Benátky nad Jizerou now.", "Písnická 754, 111 39 Benátky nad Jizerou"},
		{"Page 3\n12345 Results", ""},
		{"Ship to: Charlottepad 9, 2908, Bihain", "Charlottepad 9, 2908, Bihain"}, // four digits and a comma before the town
		{"Windows 10, 2019, Microsoft said", ""},
		{"I live at al. Diamentowa 32/87, 81-629 Siedlce now.", "al. Diamentowa 32/87, 81-629 Siedlce"},
		{"Smith et al. Nature 2019, 12345 Users", ""}, // a citation's "et al." and a year
		{"Funeral at St Mary's, Quinto Al Mare on April 5.", ""},
		{"plac Kolejowa 91/59\n51-938 Śrem", "plac Kolejowa 91/59\n51-938 Śrem"},
		{"1 BIRT\n2 PLAC Bamberg, Kroatien", ""}, // a genealogy record's place tag, no Polish square
		{"deliver to Trecho Diego Freitas, 93, Vila Madre Gertrudes 4ª Seção, 64908-507 da Rosa de Goiás / SP on Thursday", "Trecho Diego Freitas, 93, Vila Madre Gertrudes 4ª Seção, 64908-507 da Rosa de Goiás / SP"}, // Brazil's bairro, CEP, city and state
		{"Viaduto Caleb Martins, 53\nVila Santo Antônio Barroquinha\n50271-013 das Neves / MA\nPhone", "Viaduto Caleb Martins, 53\nVila Santo Antônio Barroquinha\n50271-013 das Neves / MA"},
		{"from Jardim Mendonça, Vila Cemig, 06400917 Alves de Sales / PE to", "Jardim Mendonça, Vila Cemig, 06400917 Alves de Sales / PE"},
		// the town after a postcode and a comma, Italy's province after it, or on the next line
		// alone; a flat after the house number (stop 26)
		{"Piazza Carfagna, 9, 89035, Bova Marina (RC)", "Piazza Carfagna, 9, 89035, Bova Marina (RC)"},
		{"Ecrinhof 3, 5208 DV, Prinsenbeek", "Ecrinhof 3, 5208 DV, Prinsenbeek"},
		{"Jortsingel 495\n6830 KE\nHerveld", "Jortsingel 495\n6830 KE\nHerveld"},
		{"aleja Nadrzeczna 14/97, 03-212 Gdynia", "aleja Nadrzeczna 14/97, 03-212 Gdynia"},
		{"Send it to Hauptstraße 5, 10115, Berlin on Monday", "Hauptstraße 5, 10115, Berlin"},
		{"Er wohnt in der Kargestr. 297, 26239 Riesa und ist erreichbar.", "Kargestr. 297, 26239 Riesa"}, // "Straße" abbreviated
		// a street without a house number, as Spain and Portugal write it: no serial number's label
		{"Praça Edgar Cardoso, S/N, 7204-888 Santarém", "Praça Edgar Cardoso, S/N, 7204-888 Santarém"},
		{"Calle Mayor s/n, 28013 Madrid", "Calle Mayor s/n, 28013 Madrid"},
		{"Vodovodna cesta 8, 3287 Škofja Loka", "Vodovodna cesta 8, 3287 Škofja Loka"},
		{"Kossuth Lajos utca 12, H-1055 Budapest", "Kossuth Lajos utca 12, H-1055 Budapest"},
		{"Hauptstraße 5, 6810 Tulln an der Donau", "Hauptstraße 5, 6810 Tulln an der Donau"},
		{"Sportowa 79/29, 81-003 Wągrowiec", "Sportowa 79/29, 81-003 Wągrowiec"},          // a building's two numbers
		{"J'habite au 95, rue de Rivoli, 75001 Paris.", "95, rue de Rivoli, 75001 Paris"}, // France's comma after the number
		{"pages 95, rue is a word", ""},
		{"R. de Lourenço, 92, 9217-421 Vale de Cambra", "R. de Lourenço, 92, 9217-421 Vale de Cambra"}, // Portugal's Rua, abbreviated
		{"in der Konrad-Adenauer-Straße 12, 53113 Bonn.", "Konrad-Adenauer-Straße 12, 53113 Bonn"},     // named after someone, hyphens between
		{"Jean-Jaurès-Straße 3", "Jean-Jaurès-Straße 3"},
		{"Jalan Merdeka No. 12, Parepare, Gorontalo 21809 today", "Jalan Merdeka No. 12, Parepare, Gorontalo 21809"}, // a region and a postcode after the city
		{"Calle Mayor 5, Getafe, Madrid 28901 hoy", "Calle Mayor 5, Getafe, Madrid 28901"},
		{"Calle Mayor 5, 28901 ok", "Calle Mayor 5, 28901"}, // a postcode alone after the street; not a year
		{"Ship to 12 Main Street, 2024 was a good year", "12 Main Street"},
		{"Rua Augusta 1500, 01304-001 ok", "Rua Augusta 1500, 01304-001"}, // Brazil's CEP whole
		{"R. de Souza, 42 years old", ""},
		{"J. R. R. de Souza wrote 3 books", ""},
		{"Hauptstraße 12/2, 10115 Berlin", "Hauptstraße 12/2, 10115 Berlin"},
		{"Damstraat 5, 1012JS Amsterdam", "Damstraat 5, 1012JS Amsterdam"}, // Dutch letters without their space
		{"Hauptstraße 12/2/2024", "Hauptstraße 12"},                        // a date after the number is not its door
		// the postcode and city on the next line, as an address block writes them; not a year
		{"Drottninggatan 5\n111 51 Stockholm", "Drottninggatan 5\n111 51 Stockholm"},
		{"Musterweg 12a\n10115 Berlin", "Musterweg 12a\n10115 Berlin"},
		{"Hauptstraße 5\n2024 Plans", "Hauptstraße 5"},
		{"Chapter Two 12, then 1984 pages", ""},
		{"kirim ke Jalan Sultan 8, Kuala Lumpur", "Jalan Sultan 8"}, // Malay and Indonesian streets
		{"Jl. Sudirman 5, Jakarta", "Jl. Sudirman 5"},
		{"Jalan Merdeka No. 12, Bandung 40111", "Jalan Merdeka No. 12, Bandung 40111"}, // the number after its mark
		{"Gang Mawar No. 5, Jakarta", "Gang Mawar No. 5"},
		{"Jalan S. Parman No. 2, Bandung 40111", "Jalan S. Parman No. 2, Bandung 40111"}, // an initial and an abbreviation in the name (stop 27)
		{"alamat Gg. Moch. Ramdan No. 1, Magelang", "Gg. Moch. Ramdan No. 1"},
		{"Via Roma nº 12", "Via Roma nº 12"},
		{"the gang no 5 member", ""},
		{"Av. Paulista, 1578 - Bela Vista", "Av. Paulista, 1578"}, // Brazil's comma before the number
		{"12 Marine Parade, Brighton BN2 1TL", "12 Marine Parade, Brighton BN2 1TL"},
		{"RR 2 Box 152, Harmony, ME 04942", "RR 2 Box 152, Harmony, ME 04942"},                                  // US rural routes
		{"Ship to 2-11-3 Meguro, Meguro-ku, Tokyo 153-0063 please", "2-11-3 Meguro, Meguro-ku, Tokyo 153-0063"}, // a Japanese block address
		{"the score was 2-1 Arsenal, then 3-0", ""},
		{"mail to Rural Route 3, Box 17 now", "Rural Route 3, Box 17"},
		{"the RR 2 box score", ""},
		{"my address is 14 elm street springfield il 62704", "14 elm street springfield il 62704"},
		{"meet me at 221b baker street london nw1 6xe", "221b baker street london nw1 6xe"},
		{"at 14 elm street tomorrow please", "14 elm street"},
	} {
		fs, err := det.Detect(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.Type == StreetAddress || f.Type == ZIPCode {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if tc.want == "" && len(got) == 0 {
			continue
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, text := range []string{"we shipped 3 boxes to the street", "version 2 road map", "10 Downing", "the 5 W 3rd thing",
		"Team 10 Engineering won, buy 3 Colgate tubes, 2 Brigade"} { // English words that end as streets do
		fs, _ := det.Detect(context.Background(), text)
		for _, f := range fs {
			if f.Type == StreetAddress {
				t.Errorf("%q: found an address %q", text, text[f.Start:f.End])
			}
		}
	}
}

func TestLowerCaseAddresses(t *testing.T) {
	det := NewDetector(Patterns{})
	for text, want := range map[string]bool{"ship it to 42 oak ridge dr please": true, "8 because it's way": false, "keyring 2023": false, "considering 01": false} {
		fs, _ := det.Detect(context.Background(), text)
		found := false
		for _, f := range fs {
			found = found || f.Type == StreetAddress
		}
		if found != want {
			t.Errorf("%q: address found %t, want %t", text, found, want)
		}
	}
}

// TestNegativeContext: a weak number just after a word that names it something else (an order,
// a tracking number, a version) scores lower; a context word of its own type raises it, and the
// nearest word before it decides between them.
func TestNegativeContext(t *testing.T) {
	det := NewDetector(Patterns{})
	score := func(text, typ string) float64 {
		fs, err := det.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Type == typ {
				return f.Score
			}
		}
		return -1
	}
	for _, tc := range []struct {
		lower, plain, raised, typ string
	}{
		{"order 2125550147 shipped", "see 2125550147 shipped", "call 2125550147 shipped", Phone},
		{"tracking number 7851234567", "see 7851234567", "phone number 7851234567", Phone},
		{"invoice 536221234", "see 536221234", "ssn 536221234", SSN},
		{"version 2024-01-31 notes", "see 2024-01-31 notes", "admitted 2024-01-31 notes", DateTime},
	} {
		lo, mid, hi := score(tc.lower, tc.typ), score(tc.plain, tc.typ), score(tc.raised, tc.typ)
		if !(lo < mid && mid < hi) {
			t.Errorf("%s: %q %.2f, %q %.2f, %q %.2f: want rising scores", tc.typ, tc.lower, lo, tc.plain, mid, tc.raised, hi)
		}
	}
	// far away, or after the number, a negative word does not lower it
	if s := score("order shipped yesterday evening to the usual place; 2125550147", Phone); s != score("see 2125550147", Phone) {
		t.Errorf("a distant negative word changed the score to %.2f", s)
	}
	// a strong finding needs no context and loses none
	if s := score("order 212-555-0147", Phone); s < 0.7 {
		t.Errorf("a formatted phone after \"order\" scored %.2f", s)
	}
}

// TestContextKeys: a record's key in snake_case or camelCase is a context word as its words
// are: a Luhn-valid number outside the issuers' ranges is a card under "card_number=" as under
// "card number", and stays weak alone (stop 26).
func TestContextKeys(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, text := range []string{"card_number=3500585239978728", `{"cardNumber": "3500585239978728"}`, "CC_NUMBER: 3500585239978728"} {
		if got, score := lastFinding(t, det, text, CreditCard, 0); got != "3500585239978728" || score < 0.5 {
			t.Errorf("%q: card %q %.2f, want 3500585239978728 at 0.5 or more", text, got, score)
		}
	}
	if _, score := lastFinding(t, det, "see 3500585239978728", CreditCard, 0); score >= 0.5 {
		t.Errorf("a bare number outside the issuers' ranges scored %.2f", score)
	}
}

// TestContactNumbers: a weak phone that is an item of a contact line holding an email address is
// raised, a weak nine digits there is a phone; a number between other separators, or on a line
// with no email address, stays as it was (stop 26).
func TestContactNumbers(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text, want string
	}{
		{"jane@example.com | 3505933058 | Almería", "3505933058"},
		{"Gudivada, India · 058334582 · a@example.in", "058334582"},
		{"Mobile: 532 988 665 · asia@example.pl", "532 988 665"},
	} {
		if got, score := lastFinding(t, det, tc.text, Phone, 0.5); got != tc.want {
			t.Errorf("%q: phone %q (%.2f), want %q", tc.text, got, score, tc.want)
		}
	}
	for _, text := range []string{"order 3505933058 | total 12", "build 3505933058 · jane", "ref 058334582, see jane@example.com"} {
		if got, score := lastFinding(t, det, text, Phone, 0.5); got != "" {
			t.Errorf("%q: phone %q (%.2f), want none", text, got, score)
		}
	}
}

// personsModel stands in for the NER model: each of its names, where the text holds it, is a
// PERSON.
type personsModel []string

func (m personsModel) Recognize(_ context.Context, s string, dst []Finding) ([]Finding, error) {
	for _, name := range m {
		if k := strings.Index(s, name); k >= 0 {
			dst = append(dst, Finding{Type: Person, Start: k, End: k + len(name), Score: 0.9, Source: SourceModel})
		}
	}
	return dst, nil
}

// placesAndPersons is a model that finds the given words as the given types.
type placesAndPersons map[string]string

func (m placesAndPersons) Recognize(_ context.Context, s string, dst []Finding) ([]Finding, error) {
	for name, typ := range m {
		if k := strings.Index(s, name); k >= 0 {
			dst = append(dst, Finding{Type: typ, Start: k, End: k + len(name), Score: 0.9, Source: SourceModel})
		}
	}
	return dst, nil
}

// TestPhonesAfterNames: a weak phone right after a person's name and a comma, in brackets after
// it, or as the next item of a contact line after a person or a place, is raised, and so are
// nine digits after a 0 that were a weak SSN; after anything else, or in Brazil's CEP shape, it
// stays as it was.
func TestPhonesAfterNames(t *testing.T) {
	det := NewDetector(Patterns{}, placesAndPersons{"Anaïs Fernandez": Person, "Bruno Nunes": Person, "Paige Herring": Person,
		"Vito Puglisi": Person, "Italy": Location, "Lyon": Location, "Alderano Serao": Person})
	for _, tc := range []struct{ text, want string }{
		{"Previous landlord: Anaïs Fernandez, 0651462222", "0651462222"},
		{"From: Paige Herring (7639393832)\nSent: 30/04/2025 13:40", "7639393832"},
		{"Recipient: Vito Puglisi | 0153600901 | Piazza Carfagna, 9", "0153600901"},
		{"Viguzzolo, Italy · 09414775931", "09414775931"},
		{"Previous landlord: Alderano Serao, 016528660", "016528660"},
	} {
		if got, score := lastFinding(t, det, tc.text, Phone, 0.5); got != tc.want {
			t.Errorf("%q: phone %q (%.2f), want %q", tc.text, got, score, tc.want)
		}
	}
	for _, text := range []string{"Invoice 12, 0651462222", "Bruno Nunes, 61132-937 Marques", "Shipment to Lyon (0153600901) delayed",
		"Order 12 · 785 824 054", "Paige Herring (7639393832 and more)", "Ref Vito Puglisi | 0153600901 items"} {
		if got, score := lastFinding(t, det, text, Phone, 0.5); got != "" {
			t.Errorf("%q: phone %q (%.2f), want none", text, got, score)
		}
	}
	// a list's dash, a row's quoted values, an email's bracket and comma before the phone
	det2 := NewDetector(Patterns{}, placesAndPersons{"Meera Bava": Person, "Anthony Henderson": Person, "Stephanie Smith": Person})
	for _, tc := range []struct{ text, want string }{
		{"Meera Bava - 9158077159", "9158077159"},
		{"INSERT INTO contacts VALUES ('Anthony Henderson', '8326987157');", "8326987157"},
		{"Stephanie Smith <julie.rodriguez@example.com>, 6498111422", "6498111422"},
	} {
		if got, score := lastFinding(t, det2, tc.text, Phone, 0.5); got != tc.want {
			t.Errorf("%q: phone %q (%.2f), want %q", tc.text, got, score, tc.want)
		}
	}
	// nine digits after a name that are no trunk's stay what they were
	if got, _ := lastFinding(t, det, "Previous landlord: Alderano Serao, 316528660", Phone, 0.5); got != "" {
		t.Errorf("nine digits without a 0 after a name read as a phone %q", got)
	}
}

// TestLabelledPhones: a weak phone after a signature's or a contact card's label, at its line's
// start or after a contact line's separator, is raised; the same letters elsewhere are not a label.
func TestLabelledPhones(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, want string }{
		{"Jane Doe\nM 0766645791", "0766645791"},
		{"m: 6274210240", "6274210240"},
		{"T: 3073408125", "3073408125"},
		{"dir: 9132528737", "9132528737"},
		{"Tel/Fax: 790 2951", "790 2951"},
		{"o: 1137048734 | m: +910968000932", "1137048734"},
		{"Mob. 0766645791", "0766645791"},
		{"Reachable on 8638397475 after 6pm.", "8638397475"},
		{"Direct line 6679609657", "6679609657"},
	} {
		fs, err := det.Detect(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range fs {
			found = found || f.Type == Phone && f.Score > 0.5 && tc.text[f.Start:f.End] == tc.want
		}
		if !found {
			t.Errorf("%q: no phone %q over 0.5 in %+v", tc.text, tc.want, fs)
		}
	}
	// a key whose words name a phone, in code, logs and records; a row's cell after an email
	for _, tc := range []struct{ text, want string }{
		{`phone_number: "6498111422"`, "6498111422"},
		{"customer_phone=6498111422 order=1234", "6498111422"},
		{`{"customerPhone": "6498111422"}`, "6498111422"},
		{`contact.tel = "6498111422"`, "6498111422"},
		{"Jane Doe;jane@example.com;6498111422", "6498111422"},
	} {
		if got, score := lastFinding(t, det, tc.text, Phone, 0.5); got != tc.want {
			t.Errorf("%q: phone %q (%.2f), want %q", tc.text, got, score, tc.want)
		}
	}
	for _, text := range []string{"Room 12 m 6274210240", "the dim 6274210240 value", "Item: 5 T 3073408125 kg",
		`order_number: "6498111422"`, "telemetry_id=6498111422", "shipment;6498111422"} {
		if got, score := lastFinding(t, det, text, Phone, 0.5); got != "" {
			t.Errorf("%q: phone %q (%.2f), want none", text, got, score)
		}
	}
}

// TestPhoneWordsOfOtherLanguages: "reach" and "call back" in other languages raise a weak phone,
// and nine bare digits after such a word and no SSN's are the phone (stop 26).
func TestPhoneWordsOfOtherLanguages(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text, want string
	}{
		{"Monsieur Coste habite au 3 rue Verte et on peut le joindre au 0454440794.", "0454440794"},
		{"Herr Weber ist unter 01476716021 erreichbar.", "01476716021"},
		{"Richiamare il signor Asmundo al 371380794 o scrivere.", "371380794"},
		{"Pan Tofil jest dostępny pod numerem 695 238 938.", "695 238 938"},
		{"O Sr. Leite mora em Évora e o telefone é 937943324.", "937943324"},
		{"Mit telefonnummer er 90089806.", "90089806"},
		{"Ring meg på 97080200 i morgen.", "97080200"},
		{"Hi, this is Kayla from Bush Ltd. Please call me back on 6732.3782.", "6732.3782"},
		{"Phone (home): (008) 5387823", "(008) 5387823"},
		{"Мій номер: 123-45-67", "123-45-67"},
		{"Chiamami al 351692174 domani.", "351692174"},
		{"Appelez-moi au 0590938347 demain.", "0590938347"},
		{"Ruf mich unter 0619345145 an.", "0619345145"},
		{"Zadzwoń do mnie pod 693 907 579 jutro.", "693 907 579"},
		{"Cześć, mój numer to 517 666 193.", "517 666 193"},
		{"Πάρε με στο 2830470174 αύριο.", "2830470174"},
		{"Hej, mit nummer er 87789328.", "87789328"},
		{"Merhaba, numaram 193 4 514.", "193 4 514"},
		{"Telefoon: (008) 1723910", "(008) 1723910"},
		{"Beni 07899143301 numarasından ara.", "07899143301"},
		{"Ring til Ulla på 90089806 eller skriv.", "90089806"}, // eight bare digits, as Denmark and Norway dial
		{"Hallo Jürgen, du erreichst mich unter 0532694846.", "0532694846"},
		{"Scrivimi al 3755630126!", "3755630126"},
		{"Écris-moi au 0155075221 !", "0155075221"},
		{"Napisz do mnie na 605 249 901.", "605 249 901"},
		{"FOR SALE: stroller. Text 27872134", "27872134"},
		{"Καλέστε στο 2310 123456 αύριο.", "2310 123456"},
	} {
		if got, score := lastFinding(t, det, tc.text, Phone, 0.5); got != tc.want {
			t.Errorf("%q: phone %q (%.2f), want %q", tc.text, got, score, tc.want)
		}
	}
	// Brazil's CEP before its town is no phone, after a name's comma or a phone word or not
	for _, text := range []string{"Invoice address: Trevo de Sá, 81, Álvaro Camargos, 46462448 Vasconcelos Alegre / RJ",
		"call about Mariano De Abreu, 69680988 da Mota / DF", "Ring 67111373 Pastor Paulista"} {
		if got, score := lastFinding(t, det, text, Phone, 0.5); got != "" {
			t.Errorf("%q: phone %q (%.2f), want none", text, got, score)
		}
	}
	// an order's or an invoice's number in other languages is no phone, "number" or not
	for _, text := range []string{"Номер заказа 123-45-67", "Numer zamówienia 123-45-67", "Bestellnummer 123-45-67"} {
		if got, score := lastFinding(t, det, text, Phone, 0.5); got != "" {
			t.Errorf("%q: phone %q (%.2f), want none", text, got, score)
		}
	}
	// an SSN's word keeps nine digits an SSN, a phone's word before it or not
	if got, _ := lastFinding(t, det, "Call me; my ssn is 371380794", SSN, 0.5); got != "371380794" {
		t.Errorf("an SSN after its word read as %q", got)
	}
}

// lastFinding returns the text and score of the last finding of type typ scoring above floor.
func lastFinding(t *testing.T, det *Detector, text, typ string, floor float64) (string, float64) {
	t.Helper()
	fs, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	got, score := "", 0.0
	for _, f := range fs {
		if f.Type == typ && f.Score > floor {
			got, score = text[f.Start:f.End], f.Score
		}
	}
	return got, score
}

// TestPartialDates: a date without its year or its day is found, masked by the default
// threshold when it names its month or beside a context word; "May" and "March" as words, a street named March, and
// syslog's timestamps are not dates of a person.
func TestPartialDates(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text, want string
		masked     bool
	}{
		{"admitted on March 3 for chest pain", "March 3", true},
		{"Progress note March 8: doing well", "March 8", true},
		{"Progress note 7 April 2022: doing well", "7 April 2022", true},
		{"Consent signed on 6-16-20; witnessed", "6-16-20", true},
		{"discharged 5 March", "5 March", true},
		{"appointment on Jan 15th at noon", "Jan 15th", true},
		{"admitted in June 1970", "June 1970", true},
		{"see you March 3", "March 3", true},
		{"see you March 3a", "", false}, // a word that goes on at the text's end is no day
		{"ref March 3:15", "", false},
		{"charged twice on Dec 3.", "Dec 3", true},
		{"the 14th of March works", "14th of March", true},
		{"SO ORDERED this 3rd day of March, 2025.", "3rd day of March, 2025", true}, // a court's and a deed's (stop 29)
		{"The defendant was arrested on Friday night.", "Friday", true},             // a report's and a career's events (stop 29)
		{"Strong will succeed Paige Fitzgerald as chair on Saturday.", "Saturday", true},
		{"See you on Monday!", "Monday", false},
		{"Passport No. H64782339 issued at Avadi on 13/09/2024, expires 11/09/2034", "11/09/2034", true}, // a document's expiry is its holder's (stop 29)
		{"The TLS certificate expires 2034-09-17", "", false},
		{"signed on the 14th day of January", "14th day of January", true},
		{"the 1st day of the trial", "", false},
		{"Termin am 3. März 2024", "3. März 2024", true},
		{"Chapter 3. May the force be with you", "", false}, // the dotted day needs its year
		{"consulta el 5 de marzo de 2024", "5 de marzo de 2024", true},
		{"We have 5 de los 10 items", "", false},
		{"visita il 2 giugno 2024", "2 giugno 2024", true},
		{"you may 5 times", "", false},
		{"march 3 miles", "", false},
		{"in may 2024", "", false},
		{"Jan  2 15:04:05 host sshd[1]: accepted", "", false},
		{"Jan 2 15:04:05 host sshd[1]: accepted", "", false},
		{"Monday, March 3 works", "Monday, March 3", true},
		{"admitted in March, 2021", "March, 2021", true},
		{"discharged 04/2021.", "04/2021", true},
		{"it is 3/2000 of the total", "3/2000", false},
		{"v1/2021-x and page 12/2021/3", "", false},
		{"seen Wednesday the 4th of March", "Wednesday the 4th of March", true},
		{"follow-up on 11/20 at 2:15pm", "11/20 at 2:15pm", true},
		{"see you on 3/7", "3/7", false},
		{"admitted on 3/7", "3/7", true},
		{"scored 11/20 on the test, 1/2 of them, pages 3/7-3/9", "", false},
		{"discharged 6/3 home", "6/3", true},
		{"admitted 03/12 via ED, d/c 03/15", "03/15", true},
		{"seen 10/14, d/c'd 10/16 to home", "10/16", true},
		{"seen 10/14, d/c’d 10/16 to home", "10/16", true},
		{"DOS: 3/7; seen 06/03", "06/03", true},
		{"ratio 6/3 seen", "", false},
		{"admitted in March of 2019", "March of 2019", true},
		{"surgery scheduled for Jan '24.", "Jan '24", true},
		{"died on March the 5th, 2020", "March the 5th, 2020", true},
		{"May the force be with you", "", false},
		{"We buried him on 12.IV.2019.", "12.IV.2019", true},
		{"admitted 3 XI 1985 in Kraków", "3 XI 1985", true},
		{"see chapter 12.IV.20 and 3 X 10", "", false},
		{"admitted on March 3 and discharged on the 14th.", "14th", true},
		{"born at 10:42 pm on the 3rd and home by noon", "3rd", true},
		{"seen on the 2nd floor; the party on the 3rd.", "", false},
		// a month named with its day or its year is a date in prose; not the first or the last
		// day of a year, a table's row, or after a release or a copyright
		{"I moved here in March 2019 with my family", "March 2019", true},
		{"the rule takes effect January 1", "January 1", false},
		{"until Dec 31.", "Dec 31", false},
		{"#     31 Dec -400        -_DI400Y", "31 Dec", false},
		{"Released in March 2019", "", false},
		{"Copyright (c) June 1998", "", false},
		{"the March of the Penguins", "", false},
		{"March 3 at 4:30 PM works", "March 3 at 4:30 PM", true}, // a day with its time is a date
		{"seen on Thursday at 10am", "Thursday at 10am", true},
		{"appointment moved to friday", "friday", true},
		{"see you on Thursday", "Thursday", false},
		{"Mondays are slow", "", false},
		{"the sun sat on the wed", "", false},
		// a run of dates takes the score of its strongest ("on" vouches for both)
		{"seen on 3 May and again 17 June", "17 June", true},
		{"met on 3 May; 17 June", "17 June", true},
		{"appointment moved to friday or 17 June", "17 June", true},
		// a machine timestamp: only a word for a person's event right before it raises it
		{"admitted 2021-05-03T10:00:00Z", "2021-05-03T10:00:00Z", true},
		{`{"admitted_at": "2021-05-03T10:00:00Z"}`, "2021-05-03T10:00:00Z", true},
		{`{"dischargeDate": "2021-05-09T10:00:00.250+02:00"}`, "2021-05-09T10:00:00.250+02:00", true},
		// "on" makes a timestamp, a two-digit year and a C library's date prose's
		{"The MRI was done on 1933-06-24T22:05:39 and showed no change.", "1933-06-24T22:05:39", true},
		{"We spoke on 11/12/31 about the refund.", "11/12/31", true},
		{"We spoke 11/12/31 about the refund.", "11/12/31", false},
		{"seen on Wed Jan  5 14:32:11 2003 in clinic", "Wed Jan  5 14:32:11 2003", true},
		{"Wed Jan  5 14:32:11 2003 kernel: eth0 up", "", false},
		{"Jan  5 14:32:11 host kernel: eth0 up", "", false},
		// a weekday and the day of this month
		{"Can we meet Thursday the 14th?", "Thursday the 14th", true},
		{"Saturday the 3rd at 10am works", "Saturday the 3rd at 10am", true},
		{"she finished 14th on Thursday", "Thursday", false},
		// a dose or a clinic's booking is a person's date; "due" alone says nothing either way
		{"Next dose due 09.05.1981", "09.05.1981", true},
		{"Booked her in for 17/12/37 - bring the referral.", "17/12/37", true},
		// more ways to write a day: an apostrophe's year, a month's dashes, a stay of days, an
		// abbreviation's period, an ordinal's month in lower case, a weekday's month and day
		{"Admitted Feb 14th '19 after a fall.", "Feb 14th '19", true},
		{"Visit Mar-03-2019.", "Mar-03-2019", true},
		{"Version Mar-03-2019-rc1", "", false},
		{"In hospital March 4-6, 2019.", "March 4-6, 2019", true},
		{"Seen on 4 Mar. 2019", "4 Mar. 2019", true},
		{"admitted 3rd of march", "3rd of march", true},
		{"he came 3rd of many", "", false},
		{"appointment on Mon 3/4", "Mon 3/4", true},
		{"2021-05-03T10:00:00Z INFO server started", "", false},
		{"admitted, then the log said 2021-05-03T10:00:00Z", "", false},
		{"updated 2021-05-03T10:00:00Z", "", false},
	} {
		got, score := lastFinding(t, det, tc.text, DateTime, timestampScore)
		if masked := score >= 0.5; got != tc.want || masked != tc.masked {
			t.Errorf("%q: got %q (masked %v), want %q (masked %v)", tc.text, got, masked, tc.want, tc.masked)
		}
	}
	// a time of day written with a date of birth belongs to it
	for text, want := range map[string]string{
		"Amber Garner (born March 27 at 8:04 PM) lives alone.": "March 27 at 8:04 PM",
		"DOB: 3/23/1940 14:56":                                 "3/23/1940 14:56",
		"born 1990-02-03T04:05:06Z":                            "1990-02-03T04:05:06Z",
	} {
		if got, _ := lastFinding(t, det, text, DateOfBirth, 0.5); got != want {
			t.Errorf("%q: date of birth %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{"lives at 12 March Road, Leeds", `{"line1":"14 Jan Smuts Ave","city":"Johannesburg"}`} {
		fs, _ := det.Detect(context.Background(), text)
		street := false
		for _, f := range fs {
			if f.Type == DateTime {
				t.Errorf("%q: a street named for a month or a person read as a date: %+v", text, f)
			}
			street = street || f.Type == StreetAddress
		}
		if !street {
			t.Errorf("%q: no street", text)
		}
	}
	// a date before a name that no street suffix follows stays one (stop 35)
	if got, _ := lastFinding(t, det, "on 14 Jan Smith said", DateTime, 0.4); got != "14 Jan" {
		t.Errorf("on 14 Jan Smith said: date %q", got)
	}
}

// TestUSPSSuffixesAndMilitary: streets ending in any USPS suffix are found, those that are also
// common words ("5 Green Mountains") only weakly unless a city follows or a context word is near;
// military post addresses take their ship or unit line.
func TestUSPSSuffixesAndMilitary(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text, want string
		masked     bool
	}{
		{"ship to 771 Lewis Station Apt. 042", "771 Lewis Station Apt. 042", true},
		{"26 Sally Ports Suite 551, East Ryan, UT 95230", "26 Sally Ports Suite 551, East Ryan, UT 95230", true},
		{"Chapter 3 Mill Creek, Springfield, IL 62704", "3 Mill Creek, Springfield, IL 62704", true},
		{"I live at 5 Green Mountains", "5 Green Mountains", true},
		{"we sold 5 Green Mountains coffees", "5 Green Mountains", false},
		{"USNS Holt\nFPO AE 50474", "USNS Holt\nFPO AE 50474", true},
		{"USNS Holt\r\nFPO AE 50474", "USNS Holt\r\nFPO AE 50474", true},
		{"write to:\n  PSC 3465, Box 2764\n  APO AA 16213", "PSC 3465, Box 2764\n  APO AA 16213", true},
		{"send it to FPO AP 12345 today", "FPO AP 12345", true},
		{"ship to USNS Cummings, FPO AA 69289", "USNS Cummings, FPO AA 69289", true},
		// post-office boxes and bags, with the town after them
		{"The property at PO Box 46, Whakatahi 8156 was sold", "PO Box 46, Whakatahi 8156", true},
		{"Mail to P.O. Box 4421, Springfield, IL 62704", "P.O. Box 4421, Springfield, IL 62704", true},
		{"Post Office Box 12", "Post Office Box 12", true},
		{"Locked Bag 5, Parramatta NSW 2124", "Locked Bag 5, Parramatta NSW 2124", true},
		{"the po box is full; a private bag of chips; Box 12", "", false},
		// the USPS's suffixes that are common words too, weak alone, whole with a unit after
		{"446 Amanda Run Apt. 598", "446 Amanda Run Apt. 598", true},
		{"We sold 0415 Ramirez Key", "0415 Ramirez Key", false},
		{"We moved from 764 Nancy Cove in March.", "764 Nancy Cove", true},
		{"Bill to: 139 Dawn Station", "139 Dawn Station", true},
		// and the plain words among them (stop 30), the same way
		{"Send it to 399 Joyce Wall, South Margaret, QC C2L 1G5 please.", "399 Joyce Wall, South Margaret, QC C2L 1G5", true},
		{"Home address: 868 Johnson Fall Suite 446, New Amy, NY 60056.", "868 Johnson Fall Suite 446, New Amy, NY 60056", true},
		{"We moved from 322 Robert Rue Suite 963 in March.", "322 Robert Rue Suite 963", true},
		{"We fixed 3 Great Wall issues", "3 Great Wall", false},
		{"The 2 Well Known tricks", "", false},
	} {
		got, score := lastFinding(t, det, tc.text, StreetAddress, 0)
		if masked := score >= 0.5; got != tc.want || masked != tc.masked {
			t.Errorf("%q: got %q (masked %v), want %q (masked %v)", tc.text, got, masked, tc.want, tc.masked)
		}
	}
}

// TestYearIsNoHouseNumber: a year after "in", "since" and the like opens no street, nor an
// amount, where the same number elsewhere does.
func TestYearIsNoHouseNumber(t *testing.T) {
	det := NewDetector(Patterns{})
	for text, want := range map[string]string{"In 2019 Grace Park won the title.": "", "Since 1998 Oak Street has flooded.": "", "I paid $20 Jane Park": "", "It cost €12 Oak Street": "",
		"He lives at 2019 Grace Park now.": "2019 Grace Park", "Send it to 1998 Oak Street.": "1998 Oak Street"} {
		if got, _ := lastFinding(t, det, text, StreetAddress, 0); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// TestCutKeepsNoSpace: a model finding cut around a validated one loses the white space at its ends.
func TestCutKeepsNoSpace(t *testing.T) {
	text := "Dear Ann\nFPO AE 50474"
	fs := reconcile(text, []Finding{
		{Type: "PERSON", Start: 5, End: 12, Score: 0.8, Source: SourceModel},
		{Type: StreetAddress, Start: 9, End: 21, Score: 0.85, Source: SourcePattern},
	})
	for _, f := range fs {
		if f.Type == "PERSON" && text[f.Start:f.End] != "Ann" {
			t.Errorf("cut person is %q", text[f.Start:f.End])
		}
	}
}

// TestMentionOfAPerson: a mention of a given name that the model read as a whole person does not
// cut the person; the person, scoring higher, is kept and the '@' stays in the clear. A mention
// of anyone else stays a user name.
func TestMentionOfAPerson(t *testing.T) {
	text := "@Olafur Arnalds can you check? @jennyk too"
	checkReconciled(t, text, []Finding{
		{Type: Username, Start: 0, End: 7, Score: 0.6, Source: SourcePattern},
		{Type: Person, Start: 1, End: 15, Score: 0.7, Source: SourceModel},
		{Type: Username, Start: 31, End: 38, Score: 0.6, Source: SourcePattern},
	}, "PERSON:Olafur Arnalds", "USERNAME:@jennyk")
}

// checkReconciled checks what Resolve keeps of fs, reconciled with the model's findings, in text
// against want ("TYPE:text" each).
func checkReconciled(t *testing.T, text string, fs []Finding, want ...string) {
	t.Helper()
	var got []string
	for _, f := range Resolve(reconcile(text, fs)) {
		got = append(got, f.Type+":"+text[f.Start:f.End])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}

// TestModelExtensionKeepsOutValidated: where the model extends a pattern address over a phone
// number, the phone keeps its characters and the address keeps the pattern's part.
func TestModelExtensionKeepsOutValidated(t *testing.T) {
	text := "office 44 Mill Creek Suite 200, tel 202 555 0175"
	checkReconciled(t, text, []Finding{
		{Type: StreetAddress, Start: 7, End: 30, Score: 0.7, Source: SourcePattern},
		{Type: StreetAddress, Start: 7, End: 43, Score: 0.88, Source: SourceModel},
		{Type: Phone, Start: 36, End: 48, Score: 0.75, Source: SourcePattern},
	}, "STREET_ADDRESS:44 Mill Creek Suite 200, tel", "PHONE_NUMBER:202 555 0175")
}

// TestModelCutLeavesNoJoiner: what is left of the model's span before a date cut out of it does
// not end in the word that joined them ("flight to Lake Carloston on August 1"); a span of the
// recognizers' keeps its words.
func TestModelCutLeavesNoJoiner(t *testing.T) {
	text := "the flight to Lake Carloston on August 1, 2025"
	checkReconciled(t, text, []Finding{
		{Type: StreetAddress, Start: 14, End: 40, Score: 0.86, Source: SourceModel},
		{Type: DateTime, Start: 32, End: 46, Score: 0.9, Source: SourcePattern},
	}, "STREET_ADDRESS:Lake Carloston", "DATE_TIME:August 1, 2025")
}

// TestModelAddressTakesBrazilianState: a model's street over a Brazilian CEP without its hyphen
// and the city takes the state after them (stop 28).
func TestModelAddressTakesBrazilianState(t *testing.T) {
	text := "Invoice address: Esplanada da Costa, 9, Vila Sumaré, 63022275 Macedo / RJ"
	model := fixedModel{{Type: StreetAddress, Start: 17, End: 69, Score: 0.88, Source: SourceModel}}
	fs, err := NewDetector(Patterns{}, model).Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Type+":"+text[f.Start:f.End])
	}
	if diff := cmp.Diff([]string{"STREET_ADDRESS:Esplanada da Costa, 9, Vila Sumaré, 63022275 Macedo / RJ"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// fixedModel stands in for the NER model with the findings it is given.
type fixedModel []Finding

func (m fixedModel) Recognize(_ context.Context, _ string, dst []Finding) ([]Finding, error) {
	return append(dst, m...), nil
}

// TestModelAddressOverPhone: an address the model read over a phone number, with no number of
// its own outside it, is no address ("il mio numero è 099933720"); one with its own number keeps
// its part, and so does one over another validated finding (an SSN).
func TestModelAddressOverPhone(t *testing.T) {
	text := "Ciao Teresa, il mio numero è 099933720."
	checkReconciled(t, text, []Finding{
		{Type: StreetAddress, Start: 13, End: 39, Score: 0.71, Source: SourceModel},
		{Type: Phone, Start: 30, End: 39, Score: 0.75, Source: SourceCue},
	}, "PHONE_NUMBER:099933720")
	text = "Suite 680 36 4022 Oakridge Lane Dallas TX"
	checkReconciled(t, text, []Finding{
		{Type: StreetAddress, Start: 0, End: 41, Score: 0.9, Source: SourceModel},
		{Type: SSN, Start: 6, End: 17, Score: 0.5, Source: SourcePattern},
	}, "STREET_ADDRESS:Suite", "US_SSN:680 36 4022", "STREET_ADDRESS:Oakridge Lane Dallas TX")
}

// TestTermsDoNotCutNames: a special-category term inside a name the model found ("Christian
// Weber") does not cut the name; a validated finding does.
func TestTermsDoNotCutNames(t *testing.T) {
	text := "Christian Weber called"
	fs := Resolve(reconcile(text, []Finding{
		{Type: "PERSON", Start: 0, End: 15, Score: 0.9, Source: SourceModel},
		{Type: ReligionTerm, Start: 0, End: 9, Score: 0.6, Source: SourceTerms},
	}))
	if len(fs) != 1 || fs[0].Type != "PERSON" || text[fs[0].Start:fs[0].End] != "Christian Weber" {
		t.Errorf("got %+v", fs)
	}
}

// TestTableColumns: a table's header names what its cells hold: a cue word's value fills its
// cell, a context word raises a weak number under it; "ID", a row's, reads nothing, and neither
// does a cell the value does not fill.
func TestTableColumns(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Name\tDOB\tMRN\nRuth\t04/12/1950\t449201\nKwabena\t11/30/1962\t449202",
			[]string{"DATE_OF_BIRTH 04/12/1950", "MEDICAL_RECORD_NUMBER 449201", "DATE_OF_BIRTH 11/30/1962", "MEDICAL_RECORD_NUMBER 449202"}},
		{"| npi | Passport | member_id |\n|---|---|---|\n| 1234567893 | X1234567 | XQJ48291 |",
			[]string{"NPI 1234567893", "PASSPORT X1234567", "HEALTH_PLAN_NUMBER XQJ48291"}},
		{"id;ssn\n1;078051121", []string{"US_SSN 078051121"}},
		{"ID,MRN,Price\n1001,4471 extra,9.99\n1002,,3.50", nil},
		// SQL's inserts: the column list names the values, rows after rows; NULL is none
		{"INSERT INTO members (id, mrn, `ssn`, member_id) VALUES (1, 'A449201', '078051121', 'XQJ48291'),\n  (2, NULL, '219-09-9999', 'B7730192');",
			[]string{"MEDICAL_RECORD_NUMBER A449201", "US_SSN 078051121", "HEALTH_PLAN_NUMBER XQJ48291", "US_SSN 219-09-9999", "HEALTH_PLAN_NUMBER B7730192"}}, // an SSN never issued, in its column
		{"insert into t values ('A449201', '078051121');", nil},
	} {
		if diff := cmp.Diff(tc.want, masked(t, det, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestSignOff: a sign-off alone on its line, in any case and with or without its comma, in the
// languages the list holds; not a longer line that opens with one.
func TestSignOff(t *testing.T) {
	for line, want := range map[string]bool{
		"Kind regards,": true, "  THANKS!  ": true, "Best": true, "Mit freundlichen Grüßen,": true, "VIELE GRÜßE": true,
		"Regards from the whole team,": false, "Best price in town": false, "": false,
	} {
		if got := SignOff(line); got != want {
			t.Errorf("SignOff(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestHesitations: a speaker's "uh" or "um" between a cue and its value, with commas around it,
// keeps the value the cue's (stop 30); without the cue the same words are nothing.
func TestHesitations(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text, typ, want string
	}{
		{"date of birth, uh, july ninth, nineteen ninety", DateOfBirth, "july ninth, nineteen ninety"},
		{"my date of birth is um july ninth nineteen ninety", DateOfBirth, "july ninth nineteen ninety"},
		{"zip code, uh, nine zero two one zero", ZIPCode, "nine zero two one zero"},
		{"my zip is, um, 90210", ZIPCode, "90210"},
		{"uh, nine zero two one zero", ZIPCode, ""},
		{"my zip code, it's 90210", ZIPCode, "90210"},
		{"the zip there would be nine oh two one oh", ZIPCode, "nine oh two one oh"},
		{"my date of birth, that's march third nineteen eighty", DateOfBirth, "march third nineteen eighty"},
		// labels spelled letter by letter
		{"M R N four four two nine one seven", MRN, "four four two nine one seven"},
		{"s s n is one two three four five six seven eight nine", SSN, "one two three four five six seven eight nine"},
	} {
		if got, _ := lastFinding(t, det, tc.text, tc.typ, 0); got != tc.want {
			t.Errorf("%q: %s %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

// TestHandlesBesideNames: a user name written beside its owner's name in brackets, made of the
// name, either way round; not a word that is no such handle (stop 30).
func TestHandlesBesideNames(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, want string }{
		{"Ticket #48213 opened by jlaurent (Jean Laurent) re: invoice", "jlaurent"},
		{"commit 4f2a by Jürgen Weißmüller (jweissmuller)", "jweissmuller"},
		{"assigned to mary.o.connor (Mary O'Connor)", "mary.o.connor"},
		{"merged by ana-lima2 (Ana Lima)", "ana-lima2"},
		{"reviewed by Ana Maria Lima (amlima)", "amlima"},
		{"opened by admin (Jean Laurent)", ""},
		{"See foo (Bar Baz) and x (Ana Lima)", ""},
		{"call f(x) (Ana Lima)", ""},
	} {
		if got, _ := lastFinding(t, det, tc.text, Username, 0); got != tc.want {
			t.Errorf("%q: username %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCompactMonthDates: a day, a month's abbreviation in capitals or title case and a year
// written together, as military and hospital systems write them (stop 30); not in small letters,
// nor with more after them.
func TestCompactMonthDates(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, typ, want string }{
		{"Admit date 14MAR2026", DateTime, "14MAR2026"},
		{"DOB: 03Jan58", DateOfBirth, "03Jan58"},
		{"room 3sep12", DateTime, ""},
		{"order 14MAR2026X", DateTime, ""},
		{"code 45MAR2026", DateTime, ""},
	} {
		if got, _ := lastFinding(t, det, tc.text, tc.typ, 0); got != tc.want {
			t.Errorf("%q: %s %q, want %q", tc.text, tc.typ, got, tc.want)
		}
	}
}

// TestNounNumbers: a number after a noun that names what it is of and "number", "no.", "nr" or
// '#' is an identifying number (stop 57), where no cue of its own read it: "participant number
// 448120931" had been a weak phone and "Tenant #TN-99812" nothing. A thing's, a program's or a
// document's number is none ("line number 12345", "order no. 5512-38", "See #26462"), nor a tag
// ("#Boston2024"), nor a number after a word that only points ("the number 12345").
func TestNounNumbers(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, want string }{
		{"Jury summons participant number 448120931", "448120931"},
		{"Timeshare contract no. 7700-19382 (week 32)", "7700-19382"},
		{"Tenant #TN-99812 moved out", "TN-99812"},
		{"Ticket #TK-99812 assigned to Ana", ""}, // a support desk's, as an order's number is
		{"Locker rental #L-7720 expires", "L-7720"},
		{"pass # 00921-774", "00921-774"},
		{"Daycare enrollment number EN-77312", "EN-77312"},
		{"Warranty registration No: WR-5521-9904", "WR-5521-9904"},
		{"line number 12345 of the file", ""},
		{"order no. 5512-38 shipped", ""},
		{"See #26462 and #25907 for the workaround", ""},
		{"It works around #52605 for now", ""},
		{"the number 12345 is prime", ""},
		{"there is no 12345 limit", ""},
		{"Proud of #Boston2024 and #CES2015", ""},
		{"max_number 12345", ""},
	} {
		fs, err := det.Detect(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == IDNumber && f.Score >= 0.5 {
				got = tc.text[f.Start:f.End]
			}
		}
		if got != tc.want {
			t.Errorf("%q: ID_NUMBER %q, want %q", tc.text, got, tc.want)
		}
	}
}
