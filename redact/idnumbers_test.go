package redact

import (
	"context"
	"testing"
)

// TestSouthAsianAndEuropeanIDs: Pakistan's CNIC, Sri Lanka's NIC, Greece's AMKA (after its word
// in capitals of Greek too), the Czech and Slovak birth number, Indonesia's NIK, Saudi Arabia's
// iqama, Vietnam's CCCD, Thailand's ID, the Philippines' PhilSys number, the UK's biometric
// residence permit and Kenya's ID after
// their words, each under its check or its date; a number that fails them, or a word in another
// sense, is none (stop 46).
func TestSouthAsianAndEuropeanIDs(t *testing.T) {
	det := NewDetector(Patterns{})
	tests := []struct {
		text string
		want []string
	}{
		{"CNIC 35202-1234567-1, Muhammad Usman", []string{"35202-1234567-1"}},
		{"CNIC: 3520212345671", []string{"3520212345671"}},
		{"CNIC 95202-1234567-1", nil}, // no province's digit 9
		{"NIC 199012345678, Mr. Perera", []string{"199012345678"}},
		{"NIC No: 901234567V", []string{"901234567V"}},
		{"NIC No: 909991234V", nil}, // day 999 - 500: no such day
		{"AMKA 01018012342 -", []string{"01018012342"}},
		{"ΑΜΚΑ: 01018012342", []string{"01018012342"}},
		{"Α.Μ.Κ.Α. 01018012342", []string{"01018012342"}},
		{"AMKA 01018012343", nil}, // Luhn's check fails
		{"r.č. 790312/0005, bytem", []string{"790312/0005"}},
		{"rodné číslo 790312/0005", []string{"790312/0005"}},
		{"RČ: 7903120005", []string{"7903120005"}},
		{"r.č. 790312/1234", nil}, // not a multiple of 11
		{"r.č. 791312/0005", nil}, // month 13
		{"rodné číslo 5512101234", nil},
		// Indonesia's, Saudi Arabia's, Vietnam's, Thailand's, the Philippines' and Kenya's
		{"NIK: 3174012505900003, Nama", []string{"3174012505900003"}},
		{"NIK: 3174013505900003", nil}, // month 50
		{"Iqama No. 2123456788, Sponsor", []string{"2123456788"}},
		{"Iqama No. 2123456789", nil}, // Luhn's check fails
		{"CCCD số 001090012345, Họ tên", []string{"001090012345"}},
		{"Số CCCD: 991090012345", nil}, // no province 991
		{"เลขบัตรประชาชน 1-1004-01234-56-5 นาย", []string{"1-1004-01234-56-5"}},
		{"เลขบัตรประชาชน 1-1004-01234-56-7", nil},
		{"PhilSys No. 1234-5678-9012-3456, Juan", []string{"1234-5678-9012-3456"}},
		{"Kenyan ID No. 23456789, KRA PIN", []string{"23456789"}},
		{"the id no longer works 1234567", nil},
		{"passport FN123456 (Zimbabwe), BRP ZX1234567", []string{"ZX1234567"}},
		{"BRP 1234567ZX", nil},
	}
	for _, tt := range tests {
		fs, err := det.Detect(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.Type == IDNumber {
				got = append(got, tt.text[f.Start:f.End])
			}
		}
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
