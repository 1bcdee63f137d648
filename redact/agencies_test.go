package redact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAgencyNumbers: the agencies' numbers after their words, the ones that tell themselves
// anywhere, and places written as codes; not the same words before other numbers.
func TestAgencyNumbers(t *testing.T) {
	det := NewDetector(Patterns{})
	tests := []struct {
		name, text string
		want       []span
	}{
		{"australia", "Medicare: 2123 45670 1  IRN 2\nIHI: 8003 6086 6670 1594\nABN 51 824 753 556, ACN 004 085 616; my CRN is 204 123 456K; DVA file no. NX901533",
			[]span{{AUMedicare, "2123 45670 1"}, {AUIHI, "8003 6086 6670 1594"}, {AUABN, "51 824 753 556"}, {AUACN, "004 085 616"}, {IDNumber, "204 123 456K"}, {IDNumber, "NX901533"}}},
		{"an IHI alone, an HPI-I", "8003608666701594 and HPI-I 8003 6100 5737 0849", []span{{AUIHI, "8003608666701594"}, {MedicalLicense, "8003 6100 5737 0849"}}},
		{"new zealand", "NHI: ZAC5361, nhi zbn77vl; IRD number 049-091-850", []span{{NZNHI, "ZAC5361"}, {NZNHI, "zbn77vl"}, {NZIRD, "049-091-850"}}},
		{"canada", "Health Card #: 1234-567-897-AB (ON); PHN: 9698 658 215; Numéro d'assurance maladie : TREJ 8505 1219; my Ontario health card number is 1234567897",
			[]span{{CAHealthNumber, "1234-567-897-AB"}, {CAHealthNumber, "9698 658 215"}, {CAHealthNumber, "TREJ 8505 1219"}, {CAHealthNumber, "1234567897"}}},
		{"the uk", "UTR: 19558 39661; Unique Taxpayer Reference 1955839661K; CHI 0101011237; GMC 7123456, NMC PIN 12A3456E",
			[]span{{UKUTR, "19558 39661"}, {UKUTR, "1955839661K"}, {UKNHS, "0101011237"}, {MedicalLicense, "7123456"}, {MedicalLicense, "12A3456E"}}},
		{"india", "EPIC No.: WKH1186253, GSTIN 27AAPFU0939F1ZV, ABHA Number: 91-1234-5678-9012, ABHA address: rahul.sharma@abdm; supplier 29AAGCB7383J1Z4",
			[]span{{INVoter, "WKH1186253"}, {INGSTIN, "27AAPFU0939F1ZV"}, {INABHA, "91-1234-5678-9012"}, {INABHA, "rahul.sharma@abdm"}, {INGSTIN, "29AAGCB7383J1Z4"}}},
		{"an old medicare number", "Medicare claim number 483-73-6147A on file; HICN: 123456789B1; Medicare # 123-45-6789A", []span{{HealthPlan, "483-73-6147A"}, {HealthPlan, "123456789B1"}, {HealthPlan, "123-45-6789A"}}},
		{"places as codes", "meet at 87G8Q2PF+6W or Q2PF+6W Sydney; plus code 6FF8+79; ///filled.count.soap; what3words index.home.raft; geohash u4pruydqqvj",
			[]span{{GeoCoordinates, "87G8Q2PF+6W"}, {GeoCoordinates, "Q2PF+6W"}, {GeoCoordinates, "6FF8+79"}, {GeoCoordinates, "filled.count.soap"}, {GeoCoordinates, "index.home.raft"}, {GeoCoordinates, "u4pruydqqvj"}}},
		{"more countries", "SA ID: 800101 5009 087; my id number is 8605065397083; No. MyKad: 800101-14-5567 and 891014-71-0869; Teudat Zehut 231740705; " +
			"SSS No.: 34-1234567-8; PhilHealth No.: 12-050123456-7; UMID CRN-0111-2345678-9; NIN 12345678901; BVN 22123456789; KRA PIN: A123456789Z; " +
			"NHIF No: 41127501; GHA-378383104-8; UAN: 100123456789; VA file number: 12345678; Provider No. 2426621B; Alberta Health Care number: 35536-5140; MSP 9698658215",
			[]span{{ZAID, "800101 5009 087"}, {ZAID, "8605065397083"}, {MYNRIC, "800101-14-5567"}, {MYNRIC, "891014-71-0869"}, {ILID, "231740705"},
				{IDNumber, "34-1234567-8"}, {HealthPlan, "12-050123456-7"}, {IDNumber, "0111-2345678-9"}, {IDNumber, "12345678901"}, {IDNumber, "22123456789"},
				{IDNumber, "A123456789Z"}, {HealthPlan, "41127501"}, {IDNumber, "GHA-378383104-8"}, {IDNumber, "100123456789"}, {IDNumber, "12345678"},
				{MedicalLicense, "2426621B"}, {CAHealthNumber, "35536-5140"}, {CAHealthNumber, "9698658215"}}},
		{"a device's UDI and certificates' numbers (HIPAA's device and certificate identifiers)", "Implant UDI: (01)00643169007222(17)160128(21)BLC200461H; " +
			"UDI 0100643169007222171601282110BLC200461H; Birth certificate number: 2019-045-123456; Death certificate no. 114-2023-009876; Marriage certificate #MC-88213",
			[]span{{DeviceID, "(01)00643169007222(17)160128(21)BLC200461H"}, {DeviceID, "0100643169007222171601282110BLC200461H"}, {IDNumber, "2019-045-123456"},
				{IDNumber, "114-2023-009876"}, {IDNumber, "MC-88213"}}},
		{"no UDI without a valid GTIN and a production identifier", "(01)00643169007221(21)X; (01)00643169007222 alone; cost (01) 12 items (02)",
			[]span{{Phone, "00643169007221"}, {Phone, "00643169007222"}}}, // fourteen digits alone read as they were
		{"the census's and elections' subdivisions", "census tract 4312.02, block group 3; Voting precinct 1204; the 75th precinct", []span{{Location, "4312.02"}, {Location, "3"}, {Location, "1204"}}},
		{"a household's utility and travel numbers", "MPAN 1234567890126; Supply number: S 01 801 100 12 3456 7890 126; MPRN 7402938107; ESI ID 10443720004562312; " +
			"EAN-code: 871687140000000019; Meter serial number: E11BG12345; E-ZPass tag 0123456789; my oyster card number is 0123 4567 8901; library card 21234001234567",
			[]span{{IDNumber, "1234567890126"}, {IDNumber, "01 801 100 12 3456 7890 126"}, {IDNumber, "7402938107"}, {IDNumber, "10443720004562312"},
				{IDNumber, "871687140000000019"}, {DeviceID, "E11BG12345"}, {IDNumber, "0123456789"}, {IDNumber, "0123 4567 8901"}, {IDNumber, "21234001234567"}}},
		{"not a household's numbers", "MPAN 1234567890123; EAN 4006381333931 (a product's); transponder code 7700", []span{}},
		{"payments' aliases and branches", "Chave Pix: 123e4567-e89b-12d3-a456-426614174000; transit number 01234; Branch code 250655; pay me at PayPal.Me/mariasilva, " +
			"revolut.me/marias22, cash.app/$jdoe22 or venmo.com/u/Maria-Silva-22",
			[]span{{Username, "123e4567-e89b-12d3-a456-426614174000"}, {BankAccount, "01234"}, {BankAccount, "250655"}, {URL, "PayPal.Me/mariasilva"},
				{URL, "revolut.me/marias22"}, {URL, "cash.app/$jdoe22"}, {URL, "venmo.com/u/Maria-Silva-22"}}},
		{"not payments' aliases", "pix 12345; in transit 12345 units; see paypal.me/ and cash.app/help/x; request id 123e4567-e89b-12d3-a456-426614174000", []span{}},
		{"ABHA addresses anywhere", "link rahul.sharma@abdm or priya_88@sbx. Not @abdm alone, ab@abdm, x@abdm.gov.in or me@abdmx", []span{{INABHA, "rahul.sharma@abdm"}, {INABHA, "priya_88@sbx"}, {Username, "@abdm"} /* a mention's reading */, {Email, "x@abdm.gov.in"}}},
		{"a W-2's street after its ZIP code's words", "f Employee's address and ZIP code 68566 ROBERSON WALK\n", []span{{StreetAddress, "68566 ROBERSON WALK"}}},
		{"not agencies' numbers", "ABN 51 824 753 557; the IRD office; GMC Sierra 2500; gmc 7123456; Medicare 1234567890; NHI ZZZ0044; UTR 2955839661; CHI 3201011234; " +
			"EPIC No. WKH1186254; GST 18%; 27AAPFU0939F1Z1; C++ and a+b; 2C4F+22 rows; float32 %.1e 9983778p+25, 22222222+22, 87g8q2pf+6w; file:///etc/hosts; file:///a.b.c; v1.2.3; see docs///api.v1.json; geohash abc",
			// a number that fails its agency's check is still what else it may be
			[]span{{Phone, "51 824 753 557"}, {Phone, "1234567890"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpans(t, det, tt.text, tt.want) })
	}
}

// TestCueLabels: the model's reading of an agency's abbreviation before the value its cue
// announced is dropped, in capitals or in lower case, or written as a name inside a longer cue
// phrase ("Alberta Health" of "Alberta Health Care number"); an organisation that is no cue
// word, or one written as a name alone ("Epic", the EPIC voter card's word and a company), stays.
func TestCueLabels(t *testing.T) {
	text := "my CRN is 099 260 462D; NMC PIN 17T3876L; ACME 12345678; IBM said GSTIN no. 27AAPFU0939F1ZV; Epic: 8003608666701594; ESI ID 10443720004562312; gstin 29AAGCB7383J1Z4; Alberta Health Care number: 35536-5140"
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	mk := func(typ, src, s string) Finding {
		a, b := at(s)
		return Finding{Type: typ, Start: a, End: b, Score: 0.9, Source: src}
	}
	cued := []Finding{mk(IDNumber, SourceCue, "099 260 462D"), mk(MedicalLicense, SourceCue, "17T3876L"), mk(INGSTIN, SourceCue, "27AAPFU0939F1ZV"),
		mk(AUIHI, SourceCue, "8003608666701594"), mk(IDNumber, SourceCue, "10443720004562312"), mk(INGSTIN, SourceCue, "29AAGCB7383J1Z4"), mk(CAHealthNumber, SourceCue, "35536-5140")}
	fs := []Finding{mk(Organization, SourceModel, "CRN"), mk(Organization, SourceModel, "NMC"), mk(Organization, SourceModel, "ACME"),
		mk(Organization, SourceModel, "IBM"), mk(Person, SourceModel, "GSTIN"), mk(Organization, SourceModel, "Epic"), mk(Person, SourceModel, "ESI"), mk(Person, SourceModel, "gstin"), mk(Organization, SourceModel, "Alberta Health")}
	got := []string{}
	for _, f := range cueLabels(text, append(fs, cued...), cued, newCues().index) {
		got = append(got, text[f.Start:f.End])
	}
	want := []string{"ACME", "IBM", "Epic", "099 260 462D", "17T3876L", "27AAPFU0939F1ZV", "8003608666701594", "10443720004562312", "29AAGCB7383J1Z4", "35536-5140"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
