package redact

import (
	"context"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestUsernames: @mentions and the user name after a user-name word are found; decorators,
// annotations, doc tags, at-rules, scoped packages, addresses and plain words in prose are not.
func TestUsernames(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"@jennyk thanks for the ride!! cc @tommy_b", []string{"@jennyk", "@tommy_b"}},
		{"(@ana.lima) said hi", []string{"@ana.lima"}},
		// a stand-up's speakers opening their lines, dotted too (stop 35); a decorator is none
		{"@marisol.ibanez: finished the webhook\n@kwame: reviewing\n@app.route:\n@pytest.mark.slow\n", []string{"@marisol.ibanez", "@kwame"}},
		{"User kwame.owusu logged in from the VPN; username: jdoe; logged in as ops_bot7", []string{"kwame.owusu", "jdoe", "ops_bot7"}},
		{"@property\ndef name(self):\n    @app.route('/x')\n@Override\npublic void run()", nil},
		{"/**\n * @param name the name\n * @return it\n */", nil},
		{"@login_required\ndef view():\n    @functools.wraps(f)\n    @retry(3)", nil},
		{"@media screen and (max-width: 600px) { }\nimport x from '@types/node'", nil},
		{"mail ana@example.org or a@b; x = a @ b", []string{"ana@example.org"}},
		{"the user clicks the button; username is required; User: Christine Matković", nil},
		{"user _group = group; @2x images", nil},
		// Reddit's users (stop 29); not code's division
		{"reddit user u/throwaway_4521 posted it, then /u/spez replied.", []string{"u/throwaway_4521", "u/spez"}},
		{"return append(b, utod(u/1e1)); x = u/rate; the u/v ratio; (u/1e3)", nil},
	} {
		res, err := det.Run(context.Background(), tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range res.Findings {
			if f.Type == Username || f.Type == Email {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if diff := gocmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestHomeUser(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{`  File "/home/dsokolova/projects/etl/run.py", line 12`, "dsokolova"},
		{`C:\Users\amelia.k\AppData\Local\Temp\x.log`, "amelia.k"},
		{`path = "C:\\Users\\jmorales\\Desktop\\a.txt"`, "jmorales"},
		{"/var/home/olu.adeyemi/docs", "olu.adeyemi"},
		{"/Users/runner/work/app/main.go:12", ""},
		{"/home/ubuntu/.bashrc", ""},
		{"cd /home/$USER/src && ls /Users/{name}/x", ""},
		{"home/alice/x and /homes/bob/", ""},
	} {
		got, _ := lastFinding(t, NewDetector(Patterns{}), tt.text, Username, -1)
		if got != tt.want {
			t.Errorf("%q: user %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLogAccounts: the account of an SSH, PAM or sudo log line is a user name; a machine's
// account and prose after "for user" are not.
func TestLogAccounts(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"sshd[2211]: Accepted publickey for dkowalski from 198.51.100.77 port 52113 ssh2", "dkowalski"},
		{"sshd[2211]: Failed password for invalid user olu.adeyemi from 198.51.100.77", "olu.adeyemi"},
		{"pam_unix(sshd:session): session opened for user jmorales(uid=1001) by (uid=0)", "jmorales"},
		{"sshd[2211]: Failed password for invalid user admin from 198.51.100.77", ""},
		{"we design for user experience first", ""},
	} {
		got, _ := lastFinding(t, NewDetector(Patterns{}), tt.text, Username, -1)
		if got != tt.want {
			t.Errorf("%q: user %q, want %q", tt.text, got, tt.want)
		}
	}
}
