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
