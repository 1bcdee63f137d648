package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAAMVA(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"the barcode's text as a scanner gives it", "@\n\x1e\rANSI 636014040002DL00410278ZC03190008DLDAQD1234562\nDCSDOE\nDACJANE\nDADMARIE\n" +
			"DBD03142020\nDBB03141985\nDBA03142028\nDBC2\nDAYBRO\nDAU066 IN\nDAG123 MAIN ST\nDAISACRAMENTO\nDAJCA\nDAK958140000  \n" +
			"DCF83D9BN217QO983B1\nDCGUSA\nDDEN\nDDFN\nDDGN\nDDH03142003\nDCKNONE\r",
			[]typed{{DriverLicense, "D1234562"}, {Person, "DOE"}, {Person, "JANE"}, {Person, "MARIE"}, {DateTime, "03142020"},
				{DateOfBirth, "03141985"}, {DateTime, "03142028"}, {StreetAddress, "123 MAIN ST"}, {Location, "SACRAMENTO"},
				{ZIPCode, "958140000"}, {IDNumber, "83D9BN217QO983B1"}, {DateTime, "03142003"}}},
		{"flattened by a log into one line", "scanned: DAQT64235789 DCSSMITH DDEN DACJOHN DDFN DADQUINCY DCUJR DBD08242015 DBB01311970 " +
			"DBA01312035 DBC1 DAU069 in DAYGRN DAG789 E OAK ST DAIANYTOWN DAJCA DAK902230000",
			[]typed{{DriverLicense, "T64235789"}, {Person, "SMITH"}, {Person, "JOHN"}, {Person, "QUINCY"}, {DateTime, "08242015"},
				{DateOfBirth, "01311970"}, {DateTime, "01312035"}, {StreetAddress, "789 E OAK ST"}, {Location, "ANYTOWN"},
				{ZIPCode, "902230000"}}},
		{"escaped line breaks and version 1's full name", `DAQ12345678\nDAADOE,JANE,M\nDBB19850314\nDAL55 ELM RD\nDANSPRINGFIELD`,
			[]typed{{DriverLicense, "12345678"}, {Person, "DOE"}, {Person, "JANE"}, {Person, "M"}, {DateOfBirth, "19850314"},
				{StreetAddress, "55 ELM RD"}, {Location, "SPRINGFIELD"}}},
		{"a city whose second word opens with an element's code, on lines of their own", "DAQD1234562\nDCSDOE\nDACJANE\nDAISOUTH DANIELLETON\nDAJCA",
			[]typed{{DriverLicense, "D1234562"}, {Person, "DOE"}, {Person, "JANE"}, {Location, "SOUTH DANIELLETON"}}},
		{"a flattened copy among other lines (stop 41)", "Hi,\nparse failed for: DAQL4862225 DCSDAVIS DDEN DACRICHARD DDFN DBB06071996 DAK358310000\n\nthanks",
			[]typed{{DriverLicense, "L4862225"}, {Person, "DAVIS"}, {Person, "RICHARD"}, {DateOfBirth, "06071996"}, {ZIPCode, "358310000"}}},
		{"codes in prose are none", "Ask the DBA team; the DCS vendor and the DAC board DAQ-driven", nil},
		{"two codes are not enough", "DAQD1234562\nDCSDOE", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, aamvaElements, tc.text, tc.want) })
	}
}

func TestBoardingPass(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"one leg", "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100", []typed{{Person, "DESMARAIS/LUC"}, {IDNumber, "ABC123"}}},
		{"a title after the given name, and the conditional items", "scan: M1OKONKWO/CHIAMAKA MS E7KQ2MX LHRJFKBA 0117 045Y034K0112 148>5180  4045BBA 2A12345678901230",
			[]typed{{Person, "OKONKWO/CHIAMAKA"}, {IDNumber, "7KQ2MX"}}},
		{"two legs, a name with a hyphen", "M2LOPEZ-GARCIA/ANA M  EXY7Q2KPMADLHRIB 3166 098Y012C0042 147",
			[]typed{{Person, "LOPEZ-GARCIA/ANA M"}, {IDNumber, "XY7Q2KP"}}},
		{"no slash in the name", "M1DESMARAIS LUC       EABC123 YULFRAAC 0834 326J001A0025 100", nil},
		{"a day of the year out of range", "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 400J001A0025 100", nil},
		{"inside a word", "XM1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, boardingPasses, tc.text, tc.want) })
	}
}

func TestUKLicence(t *testing.T) {
	for w, ok := range map[string]bool{
		"MORGA753116SM9IJ": true, "WILLI904220SJ9AB": true, "LEE99710238HA3DX": true, "JONES762238H99DX": true,
		"LEE9A710238HA3DX": false, // a letter after the padding
		"MORGA713116SM9IJ": false, // month 13
		"MORGA763116SM9IJ": false, // month 63, a woman's 13
		"MORGA753316SM9IJ": true,  // day 31
		"MORGA753006SM9IJ": false, // day 0
		"morga753116sm9ij": false,
		"MORGA7531169M9IJ": false, // the first initial a 9
	} {
		if got := ukLicenceValid(w); got != ok {
			t.Errorf("ukLicenceValid(%q) = %v, want %v", w, got, ok)
		}
	}
}

// TestIdentityDocumentsThroughDetector: the whole catalogue masks a licence's barcode data
// without the model's readings of its codes, and a boarding pass's name and locator.
func TestIdentityDocumentsThroughDetector(t *testing.T) {
	text := "Why does my parser fail on this?\nDAQD1234562\nDCSDOE\nDACJANE\nDBB03141985\n\nand this: M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100"
	got := detected(t, text)
	want := []typed{{DriverLicense, "D1234562"}, {Person, "DOE"}, {Person, "JANE"}, {DateOfBirth, "03141985"},
		{Person, "DESMARAIS/LUC"}, {IDNumber, "ABC123"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	at := strings.Index(text, "DCSDOE")
	daq := strings.Index(text, "D1234562")
	model := []Finding{{Type: DriverLicense, Start: daq, End: daq + 8, Score: aamvaScore, Source: SourcePattern},
		{Type: Location, Start: at, End: at + len("DCSDOE\nDACJANE"), Score: 0.8, Source: SourceModel}}
	if got := aamvaModelCodes(text, model); len(got) != 1 {
		t.Errorf("a model's place over the codes survived: %v", got)
	}
}

// TestIdentityDocumentFaces: what the recognizers read on a document's face: a passport's dates
// with the month in two languages, a licence's numbered address field, Great Britain's licence
// number.
func TestIdentityDocumentFaces(t *testing.T) {
	checkMasked(t, []maskCase{
		{"Date of birth 14 FEB /FEV 85", []string{"DATE_OF_BIRTH 14 FEB /FEV 85"}},
		{"DOB: 03 AUG/AOÛT 1990", []string{"DATE_OF_BIRTH 03 AUG/AOÛT 1990"}},
		{"8 123 MAIN STREET\nHARRISBURG, PA 17101-0000", []string{"STREET_ADDRESS 123 MAIN STREET\nHARRISBURG, PA 17101-0000"}},
		{"5. MORGA753116SM9IJ 35", []string{"US_DRIVER_LICENSE MORGA753116SM9IJ"}},
		// none: a month and a slash before a word in lower case, a count before a number
		{"Feb /next 85 were sold", nil},
		{"12 34 people came", nil},
	})
}

// detected returns what the recognizers find in text, typed.
func detected(t *testing.T, text string) []typed {
	t.Helper()
	fs, err := NewDetector(Patterns{}).Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []typed
	for _, f := range fs {
		got = append(got, typed{f.Type, text[f.Start:f.End]})
	}
	return got
}

// TestDottedIDCues: "I.D." is a cue as "ID" is, beside a number's or a member's word.
func TestDottedIDCues(t *testing.T) {
	checkMasked(t, []maskCase{
		{"1a. INSURED'S I.D. NUMBER  XJH482910337", []string{"HEALTH_PLAN_NUMBER XJH482910337"}},
		{"member I.D. XJH482910337; bring your I.D. tomorrow", []string{"HEALTH_PLAN_NUMBER XJH482910337"}},
	})
}
