package redact

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

func TestVCardProperties(t *testing.T) {
	tests := []struct {
		name, text string
		want       []span
	}{
		{"a contact card", "BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Maria;Ada;Dr.;\nFN:Maria Okafor\nitem1.ADR;TYPE=home:;Apt 4B;123 Main St;Springfield;IL;62704;USA\n" +
			"ADR;TYPE=work:;;1 Infinite Loop\\; Bldg 2;Cupertino;CA;95014;\nBDAY:1985-03-14\nNICKNAME:Mimi\nEND:VCARD",
			[]span{{Person, "Okafor"}, {Person, "Maria"}, {Person, "Ada"}, {Person, "Maria Okafor"}, {StreetAddress, "Apt 4B"}, {StreetAddress, "123 Main St"},
				{Location, "Springfield"}, {ZIPCode, "62704"}, {StreetAddress, "1 Infinite Loop\\; Bldg 2"}, {Location, "Cupertino"}, {ZIPCode, "95014"},
				{DateOfBirth, "1985-03-14"}, {Person, "Mimi"}}},
		{"an invitation", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20240314T100000Z\r\nDTEND;TZID=America/New_York:20240314T110000\r\n" +
			"ORGANIZER;CN=\"Reyes, Alan\":mailto:areyes@clinic.example\r\nATTENDEE;RSVP=TRUE;CN=Maria Okafor:mailto:maria.okafor@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR",
			[]span{{DateTime, "20240314T100000Z"}, {DateTime, "20240314T110000"}, {Person, "Reyes, Alan"}, {Email, "areyes@clinic.example"},
				{Person, "Maria Okafor"}, {Email, "maria.okafor@example.com"}}},
		{"no card, no calendar", "ADR:;;123 Main St;Springfield;IL;62704;USA\nN:Okafor;Maria\nDTSTART:20240314T100000Z", []span{{StreetAddress, "123 Main St"}}},
		{"no date", "BEGIN:VEVENT\nDTSTART:tomorrow\nDUE:20241314\nEND:VEVENT", []span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := gocmp.Diff(tt.want, spans(t, tt.text)); diff != "" {
				t.Errorf("spans(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
