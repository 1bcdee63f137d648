package redact

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestCasesHandsetsAndMeters: a US immigration case's receipt number anywhere; Lithuania's and
// Estonia's personal codes under their check; a handset's IMEI
// after its word when its check fails, and an eSIM's EID under its check; a bill's meter with a
// '#'; a drug test's form and donor, a student's SEVIS number, an employee's "Emp", a fraud
// system's device fingerprint, an SSN's last four after a verifier's shorthand, and a health
// plan's group after its label (stop 47). A word in another sense, or a number that fails, is
// none.
func TestCasesHandsetsAndMeters(t *testing.T) {
	tests := []keptCase{
		{"Re: I-485, receipt EAC2190012345, priority date", []string{"ID_NUMBER EAC2190012345"}},
		{"Cases LIN2290123456 and WAC2190123456 were moved", []string{"ID_NUMBER LIN2290123456", "ID_NUMBER WAC2190123456"}},
		{"see /cases/IOE0912345678 now", []string{"ID_NUMBER IOE0912345678"}},
		{"build ABC2190012345 and EAC219001234 and EAC21900123456 and x-EAC2190012345", nil},
		{"SIM swap: IMEI 353918106543214, IMSI", []string{"IMEI 353918106543214"}},
		{"IMEI: 353918106543210", []string{"DEVICE_ID 353918106543210"}},
		{"Device IMEI 35-391810-654321-0 reported stolen", []string{"DEVICE_ID 35-391810-654321-0"}},
		{"IMEI 1234", nil},
		{"EID 89049032004008882600012345678956", []string{"DEVICE_ID 89049032004008882600012345678956"}},
		{"EID 89049032004008882600012345678943", nil}, // not 1 modulo 97
		{"Water meter #A87234411 was replaced", []string{"DEVICE_ID A87234411"}},
		{"CCF 1234567 collected 11/02. Donor ID: 88123461.", []string{"ID_NUMBER 1234567", "ID_NUMBER 88123461"}},
		{"Her SEVIS number N0012345678.", []string{"ID_NUMBER N0012345678"}},
		{"Witness: Ana Ferreira (Emp 30877).", []string{"ID_NUMBER 30877"}},
		{"SELECT * FROM emp WHERE id = 7788;", nil},
		{"login from device fingerprint a81f3c9e0b4d, IP", []string{"DEVICE_ID a81f3c9e0b4d"}},
		{"verified last4 SSN 8841 and addr", []string{"ID_NUMBER 8841"}},
		{"Ms. Giedrė Kazlauskienė (personal code 48705140012) asked", []string{"ID_NUMBER 48705140012"}},
		{"isikukood 37605030299", []string{"ID_NUMBER 37605030299"}},
		{"personal code 48705140013", nil},                                             // the check fails
		{"姓名：王芳，身份证号 110101199003071234，住址", []string{"ID_NUMBER 110101199003071234"}}, // its check fails: still a person's after its words
		{"身份证号 110101199013071234", nil},                                               // month 13
		{"my account (UID 5f3a9c21-7e4b-4d2a-9c1f-0a8e5b6d7c3e) is locked", []string{"ID_NUMBER 5f3a9c21-7e4b-4d2a-9c1f-0a8e5b6d7c3e"}},
		{"request id 5f3a9c21-7e4b-4d2a-9c1f-0a8e5b6d7c3e failed", nil},
		{"Member ID: W284719306  Group: 0074412", []string{"HEALTH_PLAN_NUMBER W284719306", "HEALTH_PLAN_NUMBER 0074412"}},
		{"a charge at Mazzi Group on 2019-03-02; contact Piovani Group on 3280193736", nil},
		{"Lead: Mads Spaan | Verboom Group | 06-12345678", nil},
	}
	checkKept(t, []string{IDNumber, IMEI, DeviceID, HealthPlan}, tests)
}

// TestAddressOverANumber: an address the model read over a record's number keeps nothing once no
// digit is left to it, the number and a date cut out ("CCF 1234567 collected 11/02"); one with a
// house number of its own keeps its pieces (stop 47).
func TestAddressOverANumber(t *testing.T) {
	text := "check for Priya, CCF 1234567 collected 11/02/2026."
	checkReconciled(t, text, []Finding{
		{Type: StreetAddress, Start: 17, End: 41, Score: 0.66, Source: SourceModel},
		{Type: IDNumber, Start: 21, End: 28, Score: 0.7, Source: SourceCue},
		{Type: DateTime, Start: 39, End: 49, Score: 0.85, Source: SourcePattern},
	}, "ID_NUMBER:1234567", "DATE_TIME:11/02/2026")
	text = "12 Elm St, acct 88123461, Dayton"
	checkReconciled(t, text, []Finding{
		{Type: StreetAddress, Start: 0, End: 32, Score: 0.66, Source: SourceModel},
		{Type: IDNumber, Start: 16, End: 24, Score: 0.7, Source: SourceCue},
	}, "STREET_ADDRESS:12 Elm St, acct", "ID_NUMBER:88123461", "STREET_ADDRESS:, Dayton")
}

// TestParkAndMarinaUnits: USPS's other secondary unit designators keep an address whole past
// its street (stop 47: "2215 Pecan Dr, Lot 14, Killeen TX 76543" had stopped at the street).
func TestParkAndMarinaUnits(t *testing.T) {
	checkTyped(t, StreetAddress, []struct{ text, want string }{
		{"resides at 2215 Pecan Dr, Lot 14, Killeen TX 76543.", "2215 Pecan Dr, Lot 14, Killeen TX 76543"},
		{"moored at 40 Harbor Way, Slip 22, Sausalito CA 94965.", "40 Harbor Way, Slip 22, Sausalito CA 94965"},
	})
}

// TestBengaluruAndLowerCaseStreets: Bengaluru's "#42, 3rd Cross, 5th Main" with its PIN, a PIN
// after a spaced dash, a flat and a sector's number; a labelled house on a numbered street with
// its areas and town (the Gulf's villas, Bangladesh's houses and roads, East Africa's plots), a
// residential area's "R/A"; a Mexican state abbreviated with its period before the postcode and
// Mexico's "Blvd." leading a street; and a Spanish or Portuguese leader in a line
// typed in lower case, its number closing the clause (stop 47).
func TestBengaluruAndLowerCaseStreets(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Delivery for Siddharth Rao, #42, 3rd Cross, 5th Main, Indiranagar, Bengaluru 560038.", "#42, 3rd Cross, 5th Main, Indiranagar, Bengaluru 560038"},
		{"Address: No. 17, 2nd Main Road, Jayanagar 4th Block, Bangalore - 560011", "No. 17, 2nd Main Road, Jayanagar 4th Block, Bangalore - 560011"},
		{"Ship to: Flat 12B, Sai Residency, Sector 21, Gurgaon, Haryana 122016", "Flat 12B, Sai Residency, Sector 21, Gurgaon, Haryana 122016"},
		{"Ship to: Villa 17, Street 32, Al Nahyan, Abu Dhabi", "Villa 17, Street 32, Al Nahyan, Abu Dhabi"},
		{"House 12, Road 5, Dhanmondi R/A, Dhaka 1205. Mobile", "House 12, Road 5, Dhanmondi R/A, Dhaka 1205"},
		{"Plot 24, Kampala Road, Kampala, Uganda. Tel", "Plot 24, Kampala Road, Kampala, Uganda"},
		{"the House 12, Road 5 votes. Then we left", ""},
		{"Av. Vallarta 1234, Guadalajara, Jal. 44100", "Av. Vallarta 1234, Guadalajara, Jal. 44100"},
		{"Blvd. López Mateos 2000, León, Gto. 37000, México", "Blvd. López Mateos 2000, León, Gto. 37000"},
		{"hes at av. insurgentes sur 1602, col. crédito constructor, cdmx", "av. insurgentes sur 1602"},
		{"vivo en calle durango 123, col. roma norte", "calle durango 123"},
		{"la calle tiene 5 casas", ""},
		{"send it via email 5 times", ""},
		{"I live at av. insurgentes sur 1602", ""}, // a capital on the line: no chat typed in lower case
		// a capital farther than the line's reach does not count (the look is bounded, so that a long line stays linear)
		{"I wrote this. " + strings.Repeat("ok ", 80) + "hes at av. insurgentes sur 1602, cdmx", "av. insurgentes sur 1602"},
	}
	checkTyped(t, StreetAddress, tests)
}

// TestDiagnosisCodes: an ICD-10 code after a chart's word for a diagnosis, and a disorder's name,
// are health data (stop 47); a year or a measure after the word is none.
func TestDiagnosisCodes(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Dx: F32.1 major depressive disorder", "F32.1|major depressive disorder"},
		{"Diagnosis code S72.001A, ICD: E11.9", "S72.001A|E11.9"},
		{"the diagnosis 2024 was late; DX 100 mm", ""},
	}
	checkTyped(t, HealthTerm, tests)
}

// TestUPIAddresses: a UPI address whose handle is a payment provider's is an account's name where
// no payment word announces it (stop 47); an email's domain, a package's scope and a payment
// link's payee (its reader's) are not read so.
func TestUPIAddresses(t *testing.T) {
	tests := []struct{ text, want string }{
		{"UPI txn 412345678901 to priya.menon@okhdfcbank failed", "priya.menon@okhdfcbank"},
		{"pay rahul@ybl now", "rahul@ybl"},
		{"mail me at rahul@sbi.co.in", ""},
		{"npm i @fam/core", ""},
	}
	checkTyped(t, Username, tests)
}

// found runs the catalogue over text and returns its findings of the types kept, as "TYPE value".
func found(t *testing.T, det *Detector, text string, keep ...string) []string {
	t.Helper()
	fs, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		if slices.Contains(keep, f.Type) {
			got = append(got, f.Type+" "+text[f.Start:f.End])
		}
	}
	return got
}

// keptCase is a text and the findings of the kept types it must give, as "TYPE value".
type keptCase struct {
	text string
	want []string
}

// checkKept compares each test's findings of the types kept, as "TYPE value", with its want.
func checkKept(t *testing.T, keep []string, tests []keptCase) {
	t.Helper()
	det := NewDetector(Patterns{})
	for _, tt := range tests {
		if got := found(t, det, tt.text, keep...); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// checkTyped checks each text's findings of typ, their values joined by "|", against want.
func checkTyped(t *testing.T, typ string, tests []struct{ text, want string }) {
	t.Helper()
	det := NewDetector(Patterns{})
	for _, tt := range tests {
		got := found(t, det, tt.text, typ)
		for i := range got {
			got[i] = strings.TrimPrefix(got[i], typ+" ")
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: %s %q, want %q", tt.text, typ, got, tt.want)
		}
	}
}
