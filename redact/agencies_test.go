package redact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAgencyChecks: each scheme's check routine against numbers its agency, python-stdnum or a
// published validator gives as valid, and the same numbers with a digit changed.
func TestAgencyChecks(t *testing.T) {
	tests := []struct {
		name  string
		valid func(string) bool
		good  []string
		bad   []string
	}{
		{"medicare", medicareValid, []string{"2123456701", "21234567012", "3269484621"}, []string{"2123456711", "1123456701", "7123456701", "21234567010", "212345670"}},
		{"ihi", ihiValid, []string{"8003608666701594", "8003601670933501"}, []string{"8003608666701595", "8003618666701594", "800360866670159"}},
		{"hpi-i", hpiiValid, []string{"8003610057370849"}, []string{"8003600057370849", "8003610057370848"}},
		{"abn", abnValid, []string{"51824753556", "53004085616", "83914571673"}, []string{"51824753557", "61824753556", "5182475355"}},
		{"acn", acnValid, []string{"004085616", "010499966", "000000019"}, []string{"004085617", "010499967", "00408561"}},
		{"nhi", nhiValid, []string{"ZAC5361", "WLD9413", "ZBN77VL", "ZSC21TN", "zsc21tn", "ZVB97XQ"}, []string{"ZZZ0044", "ZZZ00AA", "ZAC5362", "IAC5361", "ZBN77VK", "ZAC536"}},
		{"ird", irdValid, []string{"49091850", "049091850", "136410132", "35901981"}, []string{"136410133", "9125568", "150000001", "49091851"}},
		{"ohip", ohipValid, []string{"1234567897", "1234567897AB", "1234567897a"}, []string{"1234567898", "0234567894", "1234567897ABC", "123456789"}},
		{"phn", phnValid, []string{"9698658215"}, []string{"9698658216", "8698658215", "969865821"}},
		{"ramq", ramqValid, []string{"TREJ85051219", "LECM47571406"}, []string{"TREJ85131219", "TREJ85050019", "TRE185051219", "TREJ8505121"}},
		{"utr", utrValid, []string{"1955839661", "1955839661K"}, []string{"2955839661", "195583966", "1955839661X"}},
		{"chi", chiValid, []string{"0101011237"}, []string{"0101011238", "3201011234", "0113011232"}},
		{"epic", epicValid, []string{"WKH1186253", "ABC1234566"}, []string{"WKH1186254", "WK11186253", "ABC123456"}},
		{"gstin", gstinValid, []string{"27AAPFU0939F1ZV", "29AAGCB7383J1Z4"}, []string{"27AAPFU0939F1Z1", "27AAPFU0939F1YV", "40AAPFU0939F1ZV", "27AAPFU0939F0ZV"}},
		{"hicn", hicnValid, []string{"123456789A", "123456789B1", "483736147A"}, []string{"000456789A", "123456789", "1234567891", "666456789A"}},
		{"za id", zaIDValid, []string{"8001015009087", "8605065397083"}, []string{"8001015009088", "8013015009086", "8001015009387", "800101500908"}},
		{"mykad", myNRICValid, []string{"800101145567", "891014710869"}, []string{"801301145567", "800101655567", "800101005567", "80010114556"}},
		{"il id", ilIDValid, []string{"123456782", "231740705", "12345674", "039337423"}, []string{"123456783", "000000000", "1234", "1234567890"}},
		{"provider", providerValid, []string{"2426621B", "242445EX", "2429591L"}, []string{"2426621A", "242662IB", "2426621", "24266210B"}},
		{"kra pin", kraPINValid, []string{"A123456789Z", "P051234567B"}, []string{"B123456789Z", "A12345678Z", "A1234567890"}},
		{"umid", umidValid, []string{"011123456789", "CRN011123456789"}, []string{"01112345678", "XYZ011123456789"}},
		{"geohash", geohashValid, []string{"u4pruydqqvj", "r65wqkcww"}, []string{"u4pru", "abcdefgh1", "u4pruydqqvju4"}},
	}
	for _, tt := range tests {
		for _, v := range tt.good {
			if !tt.valid(v) {
				t.Errorf("%s: %q is valid", tt.name, v)
			}
		}
		for _, v := range tt.bad {
			if tt.valid(v) {
				t.Errorf("%s: %q is not valid", tt.name, v)
			}
		}
	}
}

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
		{"a W-2's street after its ZIP code's words", "f Employee's address and ZIP code 68566 ROBERSON WALK\n", []span{{StreetAddress, "68566 ROBERSON WALK"}}},
		{"not agencies' numbers", "ABN 51 824 753 557; the IRD office; GMC Sierra 2500; gmc 7123456; Medicare 1234567890; NHI ZZZ0044; UTR 2955839661; CHI 3201011234; " +
			"EPIC No. WKH1186254; GST 18%; 27AAPFU0939F1Z1; C++ and a+b; 2C4F+22 rows; file:///etc/hosts; file:///a.b.c; v1.2.3; see docs///api.v1.json; geohash abc",
			// a number that fails its agency's check is still what else it may be
			[]span{{Phone, "51 824 753 557"}, {Phone, "1234567890"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpans(t, det, tt.text, tt.want) })
	}
}

// TestCueLabels: the model's reading of an agency's abbreviation before the value its cue
// announced is dropped; an organisation that is no cue word, or one not in capitals ("Epic", the
// EPIC voter card's word and a company), stays.
func TestCueLabels(t *testing.T) {
	text := "my CRN is 099 260 462D; NMC PIN 17T3876L; ACME 12345678; IBM said GSTIN no. 27AAPFU0939F1ZV; Epic: 8003608666701594"
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	mk := func(typ, src, s string) Finding {
		a, b := at(s)
		return Finding{Type: typ, Start: a, End: b, Score: 0.9, Source: src}
	}
	cued := []Finding{mk(IDNumber, SourceCue, "099 260 462D"), mk(MedicalLicense, SourceCue, "17T3876L"), mk(INGSTIN, SourceCue, "27AAPFU0939F1ZV"),
		mk(AUIHI, SourceCue, "8003608666701594")}
	fs := []Finding{mk(Organization, SourceModel, "CRN"), mk(Organization, SourceModel, "NMC"), mk(Organization, SourceModel, "ACME"),
		mk(Organization, SourceModel, "IBM"), mk(Person, SourceModel, "GSTIN"), mk(Organization, SourceModel, "Epic")}
	got := []string{}
	for _, f := range cueLabels(text, append(fs, cued...), cued, newCues().index) {
		got = append(got, text[f.Start:f.End])
	}
	want := []string{"ACME", "IBM", "Epic", "099 260 462D", "17T3876L", "27AAPFU0939F1ZV", "8003608666701594"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
