package redact

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDisplayNames(t *testing.T) {
	type out struct{ Type, Text string }
	tests := []struct {
		name string
		text string
		fs   func(string) []Finding // what the model found, besides the addresses
		want []out
	}{
		{"a quoted family name first: the part the model missed joins",
			`From: "Li, Wei" <wei.li@contoso.com>`,
			func(s string) []Finding { return []Finding{at(s, Person, "Wei", 0.9)} },
			[]out{{Person, "Li, Wei"}, {Email, "wei.li@contoso.com"}}},
		{"a part read as an organisation becomes the person, each name its own",
			`To: "Schmidt, Anna" <anna.schmidt@contoso.com>, "Ng, Tuan" <tuan.ng@contoso.com>`,
			func(s string) []Finding {
				return []Finding{at(s, Organization, "Schmidt", 0.6), at(s, Person, "Anna", 0.9), at(s, Person, "Tuan", 0.9)}
			},
			[]out{{Person, "Schmidt, Anna"}, {Email, "anna.schmidt@contoso.com"}, {Person, "Ng, Tuan"}, {Email, "tuan.ng@contoso.com"}}},
		{"a name in lower case the model did not find; the label stays",
			"Author: bo chen <bo@chen.dev>",
			func(string) []Finding { return nil },
			[]out{{Person, "bo chen"}, {Email, "bo@chen.dev"}}},
		{"a title stays out",
			`Reply-To: "Dr. Kavya Iyer" <kiyer@aiims.edu>`,
			func(string) []Finding { return nil },
			[]out{{Person, "Kavya Iyer"}, {Email, "kiyer@aiims.edu"}}},
		{"roles, services and companies are left as they were",
			`From: GitHub <noreply@github.com>; "Acme Billing" <billing@acme.com>; Jira Notifications <jira@acme.com>`,
			func(s string) []Finding { return []Finding{at(s, Organization, "GitHub", 0.7)} },
			[]out{{Organization, "GitHub"}, {Email, "noreply@github.com"}, {Email, "billing@acme.com"}, {Email, "jira@acme.com"}}},
		{"an organisation covering the name whole stays one",
			"From: Northwind Traders <orders@northwind.example>",
			func(s string) []Finding { return []Finding{at(s, Organization, "Northwind Traders", 0.8)} },
			[]out{{Organization, "Northwind Traders"}, {Email, "orders@northwind.example"}}},
		{"no name: digits, an unquoted comma list, an address without brackets",
			"ticket 4471 <a@b.io>, see x@y.com and Ana, Bo <ab@c.io>",
			func(string) []Finding { return nil },
			[]out{{Email, "a@b.io"}, {Email, "x@y.com"}, {Person, "Bo"}, {Email, "ab@c.io"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			det := NewDetector(Patterns{}, fixed(tt.fs(tt.text)))
			res, err := det.Detect(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []out
			for _, f := range res {
				got = append(got, out{f.Type, tt.text[f.Start:f.End]})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// fixed is a recognizer that reports the same findings for any text, as a model might.
type fixed []Finding

func (f fixed) Recognize(_ context.Context, _ string, dst []Finding) ([]Finding, error) {
	return append(dst, f...), nil
}

func TestPercentEncodedEmail(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Cookie: session_id=7f3a9c21; user_email=oliver.grant%40gmail.com; theme=dark", "oliver.grant%40gmail.com"},
		{"GET /signup?email=ana%2Btest%40example.org&ref=x", "ana%2Btest%40example.org"},
		{"discount 10%40 off, 100%40x", ""},
	} {
		res, err := NewDetector(Patterns{}).Detect(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range res {
			if f.Type == Email {
				got = tt.text[f.Start:f.End]
			}
		}
		if got != tt.want {
			t.Errorf("%q: email %q, want %q (findings %v)", tt.text, got, tt.want, res)
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
		res, err := NewDetector(Patterns{}).Detect(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range res {
			if f.Type == Username {
				got = tt.text[f.Start:f.End]
			}
		}
		if got != tt.want {
			t.Errorf("%q: user %q, want %q", tt.text, got, tt.want)
		}
	}
}
