package redact

import (
	"strings"
	"testing"
)

func TestDICOM(t *testing.T) {
	check := func(t *testing.T, text string, want []typed) {
		t.Helper()
		checkReader(t, dicomAttributes, text, want)
	}
	// dcmtk's dcmdump
	check(t, strings.Join([]string{
		"(0008,0020) DA [20260301]                               #   8, 1 StudyDate",
		"(0008,0050) SH [ACC20260303]                            #  12, 1 AccessionNumber",
		"(0008,0080) LO [RIVERSIDE CLINIC]                       #  16, 1 InstitutionName",
		"(0008,0090) PN [HOUSE^GREGORY]                          #  14, 1 ReferringPhysicianName",
		"(0010,0010) PN [OKAFOR^CHIDI^E]                         #  16, 1 PatientName",
		"(0010,0020) LO [MRN00482913]                            #  12, 1 PatientID",
		"(0010,0030) DA [19780214]                               #   8, 1 PatientBirthDate",
		"(0010,0040) CS [M]                                      #   2, 1 PatientSex",
	}, "\n"), []typed{{DateTime, "20260301"}, {IDNumber, "ACC20260303"}, {Person, "HOUSE"}, {Person, "GREGORY"},
		{Person, "OKAFOR"}, {Person, "CHIDI"}, {Person, "E"}, {MRN, "MRN00482913"}, {DateOfBirth, "19780214"}})
	// pydicom
	check(t, "(0010, 0010) Patient's Name                      PN: 'Delacroix^Amélie'\n"+
		"(0010, 1040) Patient's Address                   LO: '17 Rue Oberkampf^^Paris^^75011'",
		[]typed{{Person, "Delacroix"}, {Person, "Amélie"}, {StreetAddress, "17 Rue Oberkampf^^Paris^^75011"}})
	// DICOM JSON
	check(t, `{"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^John", "Ideographic": "ドウ^ジョン"}]}, "00100020": {"vr": "LO", "Value": ["12345"]}, "00080060": {"vr": "CS", "Value": ["MR"]}}`,
		[]typed{{Person, "Doe"}, {Person, "John"}, {Person, "ドウ"}, {Person, "ジョン"}, {MRN, "12345"}})
	// keywords
	check(t, "PatientName: DOE^JANE, PatientID: 7730192 (old), OtherPatientIDs=A-17; StudyDate: 20260301",
		[]typed{{Person, "DOE"}, {Person, "JANE"}, {MRN, "7730192"}, {MRN, "A-17"}, {DateTime, "20260301"}})
	// not DICOM: a tuple, a hex key of another kind, keywords without a patient's
	for _, text := range []string{"point (0010,0010) and (00,10)", `{"00100010": 5}`, "StudyDate: 20260301 AccessionNumber: X1"} {
		check(t, text, nil)
	}
}
