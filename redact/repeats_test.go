package redact

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRepeats: a value a cue word vouched for once is masked wherever it stands again as a word
// of its own, with the cue's type and score; inside a longer word or number it is not; a weak
// SSN the same as a vouched one is raised.
func TestRepeats(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"MRN: 00482913. Later, 00482913 was transferred; ref X00482913 and 004829134 stay.",
			[]string{"MEDICAL_RECORD_NUMBER 00482913", "MEDICAL_RECORD_NUMBER 00482913"}},
		{"user kwame.owusu logged in; kwame.owusu then changed it",
			[]string{"USERNAME kwame.owusu", "USERNAME kwame.owusu"}},
		{"SSN 078051121 on file; please confirm 078051121.",
			[]string{"US_SSN 078051121", "US_SSN 078051121"}},
		{"Member ID XQJ48291 … the claim for XQJ48291 was denied", []string{"HEALTH_PLAN_NUMBER XQJ48291", "HEALTH_PLAN_NUMBER XQJ48291"}},
		// an account's mention, and the same account written without its at-sign (stop 34); not a
		// decorator's name in code
		{"[09:14] @dev-ravi can you check?\n[09:15] dev-ravi: looking", []string{"USERNAME @dev-ravi", "USERNAME dev-ravi"}},
		{"@pytest.mark.parametrize('x', [1])\n# uses pytest.mark", nil},
	} {
		if diff := cmp.Diff(tc.want, masked(t, det, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}

	// many values, looked for together: a table's column, then the notes that name them
	var b strings.Builder
	b.WriteString("name,mrn\n")
	for i := range 12 {
		fmt.Fprintf(&b, "p%d,A%06d\n", i, 449200+i)
	}
	b.WriteString("\nnotes: A449203 moved; A449211 discharged; A4492031 is another\n")
	text := b.String()
	res, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range res {
		if f.Type == MRN && strings.Index(text, "notes:") < f.Start {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d record numbers masked in the notes, want 2 (A449203, A449211)", n)
	}
}

// masked returns what det finds in text that the default threshold masks, as "TYPE text".
func masked(t *testing.T, det *Detector, text string) []string {
	t.Helper()
	res, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res {
		if f.Score >= 0.5 {
			got = append(got, f.Type+" "+text[f.Start:f.End])
		}
	}
	return got
}
