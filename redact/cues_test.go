package redact

import (
	"context"
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
		{"aba bad checksum", "routing number 021000022", []span{}},
		{"npi", "Dr. Ames, NPI 1234567893", []span{{NPI, "1234567893"}}},
		{"nhs", "NHS number 943 476 5919", []span{{UKNHS, "943 476 5919"}}},
		{"bsn", "BSN: 111222333", []span{{NLBSN, "111222333"}}},
		{"steuer-id", "Steuer-ID 86095742719", []span{{DETaxID, "86095742719"}}},
		{"nir", "numéro de sécurité sociale 1 85 05 78 006 084 91", []span{{FRNIR, "1 85 05 78 006 084 91"}}},
		{"imei", "IMEI 490154203237518", []span{{IMEI, "490154203237518"}}},
		{"swift", "SWIFT/BIC: DEUTDEFF500", []span{{SWIFT, "DEUTDEFF500"}}},
		{"vat", "VAT number DE123456789", []span{{EUVAT, "DE123456789"}}},
		{"health plan", "member ID WXY123456789", []span{{HealthPlan, "WXY123456789"}}},
		{"device", "pacemaker serial number SN-4471-2219-B", []span{{DeviceID, "SN-4471-2219-B"}}},
		{"plate", "license plate 7ABC123", []span{{LicensePlate, "7ABC123"}}},
		{"cvv and expiry", "card 4111 1111 1111 1111 exp 09/27 CVV 123", []span{{CreditCard, "4111 1111 1111 1111"}, {CardExpiry, "09/27"}, {CVV, "123"}}},
		{"dob numeric", "DOB: 03/14/1931", []span{{DateOfBirth, "03/14/1931"}}},
		{"dob words", "born on March 14, 1931 in Ulm", []span{{DateOfBirth, "March 14, 1931"}}},
		{"dob european", "date of birth 14.03.1931", []span{{DateOfBirth, "14.03.1931"}}},
		{"aws secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", []span{{APIKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}},
		{"password", `password: "Tr0ub4dor&3xyz"`, []span{{Secret, "Tr0ub4dor&3xyz"}}},
		{"password weak value", "password: password", []span{}},
		{"age over 89", "a 93-year-old woman, aged 91", []span{{Age, "93"}, {Age, "91"}}},
		{"age under 90", "a 45-year-old man, aged 52, 7 years old, 30 years of age", []span{{Age, "45"}, {Age, "52"}, {Age, "7"}, {Age, "30"}}},
		{"not ages", "v1.5 years old, 2,000 years old, 4000-year-old, aged 3.5.1", []span{}},
		{"admission date", "admitted 03/14/2024, discharged 03/20/2024", []span{{DateTime, "03/14/2024"}, {DateTime, "03/20/2024"}}},
		{"no cue", "the account was closed on Tuesday", []span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, err := det.Detect(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			got := []span{}
			for _, f := range fs {
				if f.Score >= 0.4 {
					got = append(got, span{f.Type, tt.text[f.Start:f.End]})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestAddresses(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, want string }{
		{"ship to 221B Baker Street, London please", "221B Baker Street"},
		{"HQ: 1600 Pennsylvania Ave NW, Suite 400, Washington, DC 20500.", "1600 Pennsylvania Ave NW, Suite 400, Washington, DC 20500"},
		{"lives at 42 Oak Ridge Dr. Apt 4B Springfield IL 62704 now", "42 Oak Ridge Dr. Apt 4B Springfield IL 62704"},
		{"at 350 5th Avenue today", "350 5th Avenue"},
		{"Adresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"},
		{"au 12 rue de la Paix à Paris", "12 rue de la Paix"},
		{"en Calle Mayor 5, Madrid", "Calle Mayor 5"},
		{"zip code 90210-1234", "90210-1234"},
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
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, text := range []string{"we shipped 3 boxes to the street", "version 2 road map", "10 Downing"} {
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
