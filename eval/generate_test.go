package eval

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veil-gateway/veil/redact"
)

func TestGeneratorReproducibleAndRoundTrips(t *testing.T) {
	a, b := NewGenerator(7), NewGenerator(7)
	var samples []Sample
	for range 200 {
		s := a.Sample()
		if diff := cmp.Diff(s, b.Sample()); diff != "" {
			t.Fatalf("the same seed gave different samples:\n%s", diff)
		}
		for _, sp := range s.Spans {
			if sp.Start < 0 || sp.End > len(s.Text) || sp.Start >= sp.End {
				t.Fatalf("span %+v outside %q", sp, s.Text)
			}
		}
		samples = append(samples, s)
	}
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, samples); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "gen.jsonl")
	os.WriteFile(path, buf.Bytes(), 0o600)
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(samples, back); diff != "" {
		t.Fatalf("JSONL round trip:\n%s", diff)
	}
}

// TestGeneratedStructuredTypesAreFound: every structured value the generator writes (valid
// checksums, real formats) is found by the pattern recognizer.
func TestGeneratedStructuredTypesAreFound(t *testing.T) {
	samples := NewGenerator(1).Samples(3000)
	rep, err := Evaluate(context.Background(), redact.NewDetector(redact.Patterns{}), samples, func(f redact.Finding) bool { return f.Score >= 0.4 })
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range []string{"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "URL", "STREET_ADDRESS", "MEDICAL_RECORD_NUMBER", "UK_NHS", "UK_NINO", "ES_NIF", "ES_NIE", "NL_BSN"} {
		c := rep.PerType[typ]
		if c == nil || c.Gold < 15 {
			t.Fatalf("%s: too few generated (%v)", typ, c)
		}
		if c.Recall() < 1 || c.Precision() < 1 {
			t.Errorf("%s: %+v, precision %.3f recall %.3f", typ, *c, c.Precision(), c.Recall())
		}
	}
}
