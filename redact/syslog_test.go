package redact

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestSyslogUsers: the accounts that sudo, PAM, su, cron, passwd and last write in
// their own forms are found (stop 51: each had gone upstream from a pasted auth.log); the
// machines' accounts and PAM's "by (uid=0)" are none.
func TestSyslogUsers(t *testing.T) {
	tests := []keptCase{
		{"Oct 10 13:56:01 web01 sudo:   mbrennan : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls", []string{"USERNAME mbrennan"}},
		{"sudo: pam_unix(sudo:session): session opened for user root by mbrennan(uid=1001)", []string{"USERNAME mbrennan"}},
		{"sshd[1]: pam_unix(sshd:session): session opened for user root by (uid=0)", nil},
		{"Oct 10 13:57:12 web01 su[2211]: (to postgres) tnakamura on pts/1", []string{"USERNAME tnakamura"}},
		{"su[2211]: (to akowalski) tnakamura on pts/1", []string{"USERNAME akowalski", "USERNAME tnakamura"}},
		{"CRON[5120]: (akimura) CMD (/usr/local/bin/backup.sh)", []string{"USERNAME akimura"}},
		{"CRON[5120]: (root) CMD (run-parts /etc/cron.hourly)", nil},
		{"passwd[3002]: pam_unix(passwd:chpasswd): password changed for lfournier", []string{"USERNAME lfournier"}},
		{"jsoto    pts/0        10.0.4.17        Thu Oct 10 09:12   still logged in\nroot     tty1                          Wed Oct  9 17:12 - down", []string{"USERNAME jsoto"}},
		{"see tty1 and pts/2 for details", nil},
	}
	checkKept(t, []string{Username, Secret}, tests)
}

// TestCodeAccounts: a key of accounts in code whose value is a keyword, the key's own name passed
// on, a name assigned in turn or an empty string's neighbour is no account, and a PAM service's
// module is no password (stop 51: "if not uid: continue", "handle=handle", "userid = passwd =
// acct", `username="", domain=""` and "pam_unix(passwd:chpasswd):" had been findings); a
// value assigned so in a configuration still is one.
func TestCodeAccounts(t *testing.T) {
	tests := []keptCase{
		{"            if not uid: continue", nil},
		{"functools.partial(self._done, fd, handle=handle))", nil},
		{"    userid = passwd = acct = ''", nil},
		{"def __init__(self, display_name='', username='', domain=''):", nil},
		{"pam_unix(passwd:chpasswd): session opened", nil},
		{"uid: mgarcia", []string{"USERNAME mgarcia"}},
		{"user = jdoe42", []string{"USERNAME jdoe42"}},
	}
	checkKept(t, []string{Username, Secret}, tests)
}

// TestDateFormatHints: a form's hint of the date's format between a date of birth's label and its
// value keeps the label's type (stop 51: "DATE OF BIRTH (YYYYMMDD) 19870322" had gone upstream,
// and "Date of birth (dd/mm/yyyy): 22/03/1987" had been a date of no one's birth).
func TestDateFormatHints(t *testing.T) {
	tests := []keptCase{
		{"5. DATE OF BIRTH (YYYYMMDD) 19870322", []string{"DATE_OF_BIRTH 19870322"}},
		{"Date of birth (dd/mm/yyyy): 22/03/1987", []string{"DATE_OF_BIRTH 22/03/1987"}},
		{"Geburtsdatum (TT.MM.JJJJ): 22.03.1987", []string{"DATE_OF_BIRTH 22.03.1987"}},
		{"DOB (see note 4) 19870322", nil},
	}
	checkKept(t, []string{DateOfBirth}, tests)
}

// words is a recognizer that finds nothing and knows the words listed: a Lexicon.
type words map[string]bool

func (words) Recognize(_ context.Context, _ string, dst []Finding) ([]Finding, error) {
	return dst, nil
}

func (w words) Word(s string) bool { return w[s] }

// TestPlainAccountsAgain: an account's name written as a plain word is masked wherever the text
// repeats it, when a Lexicon knows it as no word (stop 51: "user mbrennan logged in; later
// mbrennan logged out" had sent the second upstream); a word read as an account by mistake is
// not carried, nor is one joined to a name of code or a path, nor any without a Lexicon.
func TestPlainAccountsAgain(t *testing.T) {
	lex := NewDetector(Patterns{}, words{"support": true})
	tests := []struct {
		det  *Detector
		text string
		want []string
	}{
		{lex, "sshd[1]: Accepted password for mbrennan from 10.0.0.1 port 22\nasked mbrennan about it", []string{"USERNAME mbrennan", "USERNAME mbrennan"}},
		{lex, "login: support\nthe support team", []string{"USERNAME support"}},
		{lex, "Accepted password for iscsi from 10.0.0.1 port 22; iscsi.Read(x) and iscsi-images", []string{"USERNAME iscsi"}},
		{NewDetector(Patterns{}), "Accepted password for mbrennan from 10.0.0.1 port 22; asked mbrennan", []string{"USERNAME mbrennan"}},
	}
	for _, tt := range tests {
		if got := found(t, tt.det, tt.text, Username); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNumbersAfterNames: the number a roster or a jail's list writes after a person's name and '#'
// is an identifier (stop 51: "Inmate: WASHINGTON, TERRELL #A-554120" had sent the number
// upstream beside the masked name); a tag or a jersey's number after a name is none.
func TestNumbersAfterNames(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       []string
	}{
		{"Inmate: WASHINGTON, TERRELL #A-554120 at FCI", "WASHINGTON, TERRELL", []string{"ID_NUMBER A-554120"}},
		{"Roster: Dana Whitaker (#00481237)", "Dana Whitaker", []string{"ID_NUMBER 00481237"}},
		{"assigned to Priya Natarajan #frontend-team", "Priya Natarajan", nil},
		{"Maisie Okafor #4 scored", "Maisie Okafor", nil},
	} {
		k := strings.Index(tt.text, tt.name)
		det := NewDetector(Patterns{}, fixedModel{{Type: Person, Start: k, End: k + len(tt.name), Score: 0.9, Source: SourceModel}})
		if got := found(t, det, tt.text, IDNumber); !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestViaNotStreet: English's "via" before a payment's or a carrier's name and a number is no
// Italian street (stop 51: "pledge $500 via Amex ending 1009" and "shipped via UPS Ground 12 days"
// had been streets); Italian's own, and a line in lower case, still are.
func TestViaNotStreet(t *testing.T) {
	tests := []keptCase{
		{"pledge $500 via Amex ending 1009", nil},
		{"shipped via UPS Ground 12 days", nil},
		{"shipped via FedEx Ground 12 days", nil},
		{"lives at via Roma 12, Milano", []string{"STREET_ADDRESS via Roma 12"}},
		{"Indirizzo: via Giuseppe Garibaldi 14 int 3", []string{"STREET_ADDRESS via Giuseppe Garibaldi 14 int 3"}},
		{"abito in via roma 12 a torino", []string{"STREET_ADDRESS via roma 12"}},
	}
	checkKept(t, []string{StreetAddress}, tests)
}

// TestVoterNumbers: a US voter file's number after its label is an identifier (stop 51: Texas's
// "VUID 1122334455" had been a weak phone no policy masks).
func TestVoterNumbers(t *testing.T) {
	tests := []keptCase{
		{"Voter record: VUID 1122334455, ELLSWORTH", []string{"ID_NUMBER 1122334455"}},
		{"voter registration id 004412871", []string{"ID_NUMBER 004412871"}},
	}
	checkKept(t, []string{IDNumber}, tests)
}
