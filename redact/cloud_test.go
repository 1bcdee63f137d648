package redact

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestCloudIdentities: a person in the identifiers that cloud consoles, errors and version
// control print (stop 43): an IAM user's name and an assumed role's session in an ARN, a
// repository's SSH remote (a link, masked whole, not the mailbox "git@github.com"), and an
// address in a storage path after its bucket; a role's ARN, a port after a host and an address in
// a URL's user information stay as they were.
func TestCloudIdentities(t *testing.T) {
	det := NewDetector(Patterns{})
	for text, want := range map[string][]string{
		"User: arn:aws:iam::123456789012:user/jane.doe is not authorized":        {"USERNAME jane.doe"},
		"arn:aws:iam::123456789012:user/division/jane.doe.":                      {"USERNAME jane.doe"},
		"role arn:aws:sts::123456789012:assumed-role/Admin/maria.lopez@acme.com": {"EMAIL_ADDRESS maria.lopez@acme.com"},
		"arn:aws:iam::123456789012:role/Admin":                                   nil,
		"git remote: git@github.com:janedoe/payroll-tool.git":                    {"URL git@github.com:janedoe/payroll-tool.git"},
		"clone ssh://git@github.com/janedoe/x.git now":                           {"URL ssh://git@github.com/janedoe/x.git"},
		"s3://acme-exports/users/jane.doe@acme.com/2024/statement.pdf":           {"EMAIL_ADDRESS jane.doe@acme.com"},
		"postgres://admin:S3cr3t@db.internal:5432/app":                           {"SECRET S3cr3t"},
	} {
		fs, err := det.Detect(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.Score >= 0.5 {
				got = append(got, f.Type+" "+text[f.Start:f.End])
			}
		}
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", text, diff)
		}
	}
}
