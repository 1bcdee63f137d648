package redact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMembershipNumbers: the numbers of a person's memberships, bookings, permits and
// possessions after their words (stop 42); not the same words before prose, a house number or
// a code's values.
func TestMembershipNumbers(t *testing.T) {
	det := NewDetector(Patterns{})
	tests := []struct {
		name, text string
		want       []span
	}{
		{"memberships and rewards", "Costco membership #186 3794 0265 4; Membership no: 173178108 01; Your Hilton Honors # 6183473829; Emerald Club #852553419; Aeroplan 123456789",
			[]span{{IDNumber, "186 3794 0265 4"}, {IDNumber, "173178108 01"}, {IDNumber, "6183473829"}, {IDNumber, "852553419"}, {IDNumber, "123456789"}}},
		{"gift cards, passes and stays", "Gift card number 6351 1615 5940 7816, PIN 1849; Season pass 1983 9301 0310; Room 152  Arr 05/12/27 Dep 05/14/27  Folio 53321819; Rental Agreement 203413164",
			[]span{{IDNumber, "6351 1615 5940 7816"}, {PIN, "1849"}, {IDNumber, "1983 9301 0310"}, {DateTime, "05/12/27"}, {DateTime, "05/14/27"}, {IDNumber, "53321819"}, {IDNumber, "203413164"}}},
		{"the police's and the courts' numbers", "Incident #24-949696. Officer Young (Badge 6328); Booking # 2025-503056  SO# 513953; CITATION NO. U7672423; warrant no. 12-WR-55102",
			[]span{{IDNumber, "24-949696"}, {IDNumber, "6328"}, {IDNumber, "2025-503056"}, {IDNumber, "513953"}, {IDNumber, "U7672423"}, {IDNumber, "12-WR-55102"}}},
		{"permits, licences and call signs", "FOID card # 81012269; CCL permit no. 2669-7848; Parking permit 24-PK-10651; TWIC card 2606-4746-8723; CSLB #2656670; Ham radio: KE0XIQ; call sign 2E0ABC; Boat registration WI 4387 EN",
			[]span{{IDNumber, "81012269"}, {IDNumber, "2669-7848"}, {IDNumber, "24-PK-10651"}, {IDNumber, "2606-4746-8723"}, {IDNumber, "2656670"}, {IDNumber, "KE0XIQ"}, {IDNumber, "2E0ABC"}, {LicensePlate, "4387 EN"}}},
		{"pets, parcels, boxes and pawn tickets", "Microchip 985112004417362; Parcel 14-22-301-017-0000; Safe deposit box #4417; Pawn ticket #88172; rabies tag 120442",
			[]span{{DeviceID, "985112004417362"}, {IDNumber, "14-22-301-017-0000"}, {IDNumber, "4417"}, {IDNumber, "88172"}, {IDNumber, "120442"}}},
		{"an agency's and an employer's other numbers", "admission number 123456789A1, visa foil number 12345678; service number 12345678, EDIPI 1234567890; payroll number 004417; Escrow No. 44-17229-JW; title number 77129384; NPN 17722934",
			[]span{{IDNumber, "123456789A1"}, {IDNumber, "12345678"}, {IDNumber, "12345678"}, {IDNumber, "1234567890"}, {IDNumber, "004417"}, {IDNumber, "44-17229-JW"}, {IDNumber, "77129384"}, {IDNumber, "17722934"}}},
		{"an insurer's approvals, a dental plan's member, a masked SSN", "Prior authorization request #PA-7741229; referral number R-20250314-77; ins: Delta Dental 112233445; SSN ***-**-4417, ssn: XXX-XX-4418",
			[]span{{IDNumber, "PA-7741229"}, {IDNumber, "R-20250314-77"}, {HealthPlan, "112233445"}, {IDNumber, "***-**-4417"}, {IDNumber, "XXX-XX-4418"}}},
		{"a door's, a gate's and an alarm's codes", "gate code 4417#; the keypad code is 2580; alarm code: 9911; lockbox code 0427",
			[]span{{PIN, "4417"}, {PIN, "2580"}, {PIN, "9911"}, {PIN, "0427"}}},
		{"not their numbers", "Send the parcel for 1200 Elm Street, Dallas TX 75201. the incident 2024 report; permit 0644 files; Booking: for 2 nights; ham radio 101 class, amateur radio 2024 field day; so 12345 more; SSN ***-**-****; SSN ***-**-12345",
			[]span{{StreetAddress, "1200 Elm Street, Dallas TX 75201"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpans(t, det, tt.text, tt.want) })
	}
}

// TestEuropeanNumbers (stop 42): bookings, memberships, loyalty cards, files, tax numbers and
// driving licences after their words in German, French, Spanish, Italian, Dutch and Portuguese,
// with the number's sign (nº, n°, n.º) between; a stay's dates after their words. A date after a
// file's word is a date.
func TestEuropeanNumbers(t *testing.T) {
	det := NewDetector(Patterns{})
	tests := []struct {
		name, text string
		want       []span
	}{
		{"bookings and memberships", "Ihre Buchungsnummer lautet 48217733, Anreise 12.03.2026; Numéro d'adhérent : 44172290; localizador KDAPXN; tessera fedeltà 2044172290; klantnummer 88123; cartão de sócio 4417229",
			[]span{{IDNumber, "48217733"}, {DateTime, "12.03.2026"}, {IDNumber, "44172290"}, {IDNumber, "KDAPXN"}, {IDNumber, "2044172290"}, {IDNumber, "88123"}, {IDNumber, "4417229"}}},
		{"files, tax numbers and licences", "Aktenzeichen 27 C 235/23; Az. VI ZR 12/23; Steuernummer 50/265/42351; Expediente número 8327/2021; Tarjeta de fidelización nº 916560494519; Führerscheinnummer B072RRE2I55; Patente n. BG5213568B",
			[]span{{IDNumber, "27 C 235/23"}, {IDNumber, "VI ZR 12/23"}, {IDNumber, "50/265/42351"}, {IDNumber, "8327/2021"}, {IDNumber, "916560494519"}, {DriverLicense, "B072RRE2I55"}, {DriverLicense, "BG5213568B"}}},
		{"ten more languages", "Ditt bokningsnummer är 48217733; kundenummer 882133; asiakasnumero 882134; numer klienta 882135; zákaznické číslo 882136; müşteri numarası 882137; номер клиента 882138; ügyfélszám 882139; cod client 882140",
			[]span{{IDNumber, "48217733"}, {IDNumber, "882133"}, {IDNumber, "882134"}, {IDNumber, "882135"}, {IDNumber, "882136"}, {IDNumber, "882137"}, {IDNumber, "882138"}, {IDNumber, "882139"}, {IDNumber, "882140"}}},
		{"asian and middle eastern languages", "予約番号：48217733、会員番号：4417229; 예약번호: 48217734; Nomor pemesanan 48217735; رقم الحجز 48217736؛ מספר לקוח 48217737; बुकिंग नंबर 48217738",
			[]span{{IDNumber, "48217733"}, {IDNumber, "4417229"}, {IDNumber, "48217734"}, {IDNumber, "48217735"}, {IDNumber, "48217736"}, {IDNumber, "48217737"}, {IDNumber, "48217738"}}},
		{"licences, passports and identity cards in other languages", "Körkortsnummer 19850314-1234; Numer prawa jazdy 01234/12/1234; Номер водительского удостоверения 77 12 345678; Jogosítvány száma AB123456; Reisepassnummer C01X00T47; paspoortnummer NW1234567; Personalausweisnummer T22000129",
			[]span{{DriverLicense, "19850314-1234"}, {DriverLicense, "01234/12/1234"}, {DriverLicense, "77 12 345678"}, {DriverLicense, "AB123456"}, {Passport, "C01X00T47"}, {Passport, "NW1234567"}, {IDNumber, "T22000129"}}},
		{"not their numbers", "Numero di pratica 12/05/2025 aperta; permis de conducere 12/03/2020 eliberat; az 12 C; die Pratica 12 Tage", []span{{DateTime, "12/05/2025"}, {DateTime, "12/03/2020"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpans(t, det, tt.text, tt.want) })
	}
}

// TestCueWordsAndValues (stop 42): the model's street over a date's labels and the dates the cue
// recognizer found after them is dropped; a street with a word of its own stays.
func TestCueWordsAndValues(t *testing.T) {
	text := "Gast: Frau Böhm, Anreise 12.03.2026, Abreise 15.03.2026. Hauptstraße 12.03.2026"
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	mk := func(typ, src, s string) Finding {
		a, b := at(s)
		return Finding{Type: typ, Start: a, End: b, Score: 0.9, Source: src}
	}
	cued := []Finding{mk(DateTime, SourceCue, "12.03.2026"), mk(DateTime, SourceCue, "15.03.2026")}
	fs := []Finding{mk(StreetAddress, SourceModel, "Anreise 12.03.2026, Abreise 15.03.2026"), mk(StreetAddress, SourceModel, "Hauptstraße 12")}
	got := []string{}
	for _, f := range cueLabels(text, fs, cued, newCues().index) {
		got = append(got, text[f.Start:f.End])
	}
	if diff := cmp.Diff([]string{"Hauptstraße 12"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
