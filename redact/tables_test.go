package redact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAddressCells: an address the recognizers read over a CSV row's cells is one per cell, so
// that the row keeps its columns once tokenized; one written with a comma and a space stays one.
func TestAddressCells(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Eleanor,617-555-0192,12 Beacon St,Boston,MA,02108",
			[]string{"PHONE_NUMBER 617-555-0192", "STREET_ADDRESS 12 Beacon St", "STREET_ADDRESS Boston", "STREET_ADDRESS MA"}},
		{"ship to 12 Beacon St, Boston, MA 02108 today", []string{"STREET_ADDRESS 12 Beacon St, Boston, MA 02108"}},
	} {
		if diff := cmp.Diff(tc.want, masked(t, det, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestAlignedTables: a table laid out in columns of blanks, values aligned left under their
// names as a report writes them or right as a data frame does, gives its cells their columns'
// cues; prose with two blanks after a full stop is no table.
func TestAlignedTables(t *testing.T) {
	checkMasked(t, []maskCase{
		{"NAME                DOB         MRN       ROOM\nSMITH, JOHN         01/02/1960  4482913   412B\nOKAFOR, CHIDI       11/23/1972  4482977   415A",
			[]string{"DATE_OF_BIRTH 01/02/1960", "MEDICAL_RECORD_NUMBER 4482913", "DATE_OF_BIRTH 11/23/1972", "MEDICAL_RECORD_NUMBER 4482977"}},
		{"   first_name  last_name                 email      mrn\n0       Maria      Lopez     maria@example.com  4482913\n1      Tyrese    Coleman  tcoleman@example.com  4482977",
			[]string{"EMAIL_ADDRESS maria@example.com", "MEDICAL_RECORD_NUMBER 4482913", "EMAIL_ADDRESS tcoleman@example.com", "MEDICAL_RECORD_NUMBER 4482977"}},
		{"Name  and  number.  Two spaces after a period.\nthe  4482913  parcels  went  home", nil},
	})
	var got []string
	AlignedCells("LAST NAME    FIRST NAME   MI\nOKAFOR       CHINEDU      E\n\nnext", func(keys []string) []string {
		return []string{keys[0], "", ""}
	}, func(key string, start, end int) { got = append(got, key) })
	if diff := cmp.Diff([]string{"last_name", "", ""}, got); diff != "" {
		t.Errorf("AlignedCells (-want +got):\n%s", diff)
	}
}

// TestURLPieces: a link keeps what the findings inside it that outscore it leave of it masked.
func TestURLPieces(t *testing.T) {
	checkMasked(t, []maskCase{
		{"https://shop.example.com/checkout?name=Maria%20Lopez&email=maria.lopez%40gmail.com&zip=94107",
			[]string{"URL https://shop.example.com/checkout?name=Maria%20Lopez&email=maria.lopez%40gmail.com&zip=", "ZIP_CODE 94107"}},
		{"https://x.example.com/a?ssn=078-05-1120&name=Tyrese%20Coleman",
			[]string{"URL https://x.example.com/a?ssn=", "US_SSN 078-05-1120", "URL &name=Tyrese%20Coleman"}},
		{"https://shop.example.com/checkout?zip=94107&phone=4155550132",
			[]string{"URL https://shop.example.com/checkout?zip=", "ZIP_CODE 94107", "PHONE_NUMBER 4155550132"}},
		{"see https://example.com/docs/page?id=7 now", []string{"URL https://example.com/docs/page?id=7"}},
	})
}

// TestCookiePairs: a cookie's pair alone has its percent escapes decoded on the copy, not its
// '+'.
func TestCookiePairs(t *testing.T) {
	for in, want := range map[string]string{
		"Cookie: session=abc123; display_name=Jane%20Doe; theme=dark":    "Cookie: session=abc123; display_name=Jane Doe; theme=dark",
		"aws_secret_access_key=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY": "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
		"see https://x.io/?a=b%20c and note=50%25":                       "see https://x.io/?a=b%20c and note=50%",
	} {
		if got := queryStrings(in).text; got != want {
			t.Errorf("queryStrings(%q) = %q, want %q", in, got, want)
		}
	}
}
