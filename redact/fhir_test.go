package redact

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

func TestFHIRIdentifiers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []Finding
	}{
		{"a patient's identifiers", `{"resourceType": "Patient", "identifier": [
  {"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"},
  {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "536-22-1234"},
  {"type": {"coding": [{"code": "MB"}]}, "value": "XGH12"},
  {"system": "urn:oid:2.16.840.1.113883.4.3.25", "value": "S99912345", "period": {"start": "2020-01-01"}}]}`,
			[]Finding{{Type: MRN}, {Type: SSN}, {Type: HealthPlan}, {Type: IDNumber}}},
		{"a reference's identifier, the text cut off", `{"resourceType":"Encounter","subject":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}},"identifier":[{"value":"V-88`,
			[]Finding{{Type: NPI}, {Type: IDNumber}}},
		{"not a resource", `{"identifier": [{"value": "12345"}]}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fhirIdentifiers(tt.text, nil)
			for i := range got {
				if got[i].Score != fhirScore || !hasAlnum(tt.text[got[i].Start:got[i].End]) {
					t.Errorf("%+v", got[i])
				}
				got[i] = Finding{Type: got[i].Type}
			}
			if diff := gocmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	fs := fhirIdentifiers(`{"resourceType":"Patient","identifier":[{"value":"A4492013"}]}`, nil)
	if len(fs) != 1 || fs[0].Start != 50 || fs[0].End != 58 {
		t.Errorf("offsets %+v", fs)
	}
}
