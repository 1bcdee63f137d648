package policies

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPresetsLoad(t *testing.T) {
	for _, name := range []string{"strict", "hipaa", "gdpr", "pci"} {
		p, err := Load(name)
		if err != nil {
			t.Fatalf("preset %s: %v", name, err)
		}
		if p.Name != name || !strings.HasPrefix(p.Version(), name+"@") || p.Rehydrate != ScopeRequest || p.FailMode != FailClosed {
			t.Errorf("preset %s = %+v", name, p)
		}
	}
}

func TestDecide(t *testing.T) {
	p, err := Parse("t.yaml", []byte(`name: t
default: {action: tokenize, min_score: 0.6}
entities:
  API_KEY: {action: block}
  URL: {action: allow}
  US_SSN: {action: redact, min_score: 0.2}
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		typ   string
		score float64
		want  Action
	}{
		{"EMAIL_ADDRESS", 0.9, Tokenize}, {"EMAIL_ADDRESS", 0.5, Allow}, {"API_KEY", 0.95, Block}, {"API_KEY", 0.55, Allow},
		{"URL", 1, Allow}, {"US_SSN", 0.3, Redact}, {"US_SSN", 0.1, Allow},
	} {
		if got := p.Decide(tc.typ, tc.score); got != tc.want {
			t.Errorf("Decide(%s, %v) = %s, want %s", tc.typ, tc.score, got, tc.want)
		}
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	_, err := Parse("bad.yaml", []byte(`name: bad
rehydrate: everyone
fail_mode: maybe
colour: blue
entities:
  EMAIL_ADDRESS: {action: shred}
  SHOE_SIZE: {action: tokenize}
  PHONE_NUMBER: {action: tokenize, min_score: 2}
  URL: {min_score: 0.5}
date_shift: patient
`))
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{
		"line 4: field colour not found",
		"bad.yaml:2: rehydrate \"everyone\"",
		"bad.yaml:3: fail_mode \"maybe\"",
		"bad.yaml:6: entities.EMAIL_ADDRESS.action \"shred\"",
		"bad.yaml:7: unknown entity type \"SHOE_SIZE\"",
		"bad.yaml:8: entities.PHONE_NUMBER.min_score 2",
		"bad.yaml:9: entities.URL needs an action",
		"bad.yaml:10: date_shift \"patient\" must be tenant or person",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

func TestLoadUnknown(t *testing.T) {
	if _, err := Load("nope"); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "strict") {
		t.Errorf("err = %v", err)
	}
}

func TestTermLists(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "customers.txt"), []byte("# customers\nAda Lovelace\nGrace Hopper\n"), 0o600)
	path := filepath.Join(dir, "p.yaml")
	os.WriteFile(path, []byte("name: t\nterms:\n  allow: [\"help@acme.example\"]\n  deny:\n    CUSTOM: [\"Project Falcon\"]\n  deny_files:\n    PERSON: customers.txt\n"), 0o600)
	p, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.Terms() == nil || p.Terms().Len() != 3 || !p.Terms().Allowed("HELP@acme.example") {
		t.Errorf("terms = %+v", p.Terms())
	}
	os.WriteFile(path, []byte("name: t\nterms:\n  deny:\n    SHOES: [x]\n  deny_files:\n    PERSON: missing.txt\n"), 0o600)
	_, err = Load(path)
	if err == nil || !strings.Contains(err.Error(), `p.yaml:4: terms.deny: unknown entity type "SHOES"`) || !strings.Contains(err.Error(), "p.yaml:6: terms.deny_files.PERSON") {
		t.Errorf("err = %v", err)
	}
}

// TestPresetsMaskNationalIDs: every preset but pci masks every country's identity numbers: under
// HIPAA they are "any other unique identifying number" of a patient.
func TestPresetsMaskNationalIDs(t *testing.T) {
	ids := []string{"US_SSN", "UK_NHS", "UK_NINO", "IE_PPSN", "DE_TAX_ID", "FR_NIR", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "NL_BSN",
		"BE_NATIONAL_NUMBER", "PL_PESEL", "SE_PERSONNUMMER", "NO_FODSELSNUMMER", "DK_CPR", "FI_HETU", "IN_AADHAAR", "IN_PAN", "BR_CPF",
		"CA_SIN", "CN_RESIDENT_ID", "MX_CURP", "AU_TFN", "SG_NRIC_FIN", "KR_RRN", "JP_MY_NUMBER",
		"AU_MEDICARE", "AU_IHI", "AU_ABN", "AU_ACN", "NZ_NHI", "NZ_IRD", "CA_HEALTH_NUMBER", "UK_UTR", "IN_VOTER", "IN_GSTIN", "IN_ABHA", "ZA_ID", "MY_NRIC", "IL_ID"}
	for _, name := range []string{"strict", "hipaa", "gdpr"} {
		p, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			if a := p.Decide(id, 0.9); a == Allow {
				t.Errorf("%s allows %s", name, id)
			}
		}
	}
}
