package redact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQRPayloads(t *testing.T) {
	swiss := "SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n1949.75\nCHF\n" +
		"K\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse 28\n9400 Rorschach\n\n\nCH\nQRR\n210000000003139471430009017\nOrder of 15 June 2020\nEPD"
	for _, tc := range []struct {
		name string
		read func(string, []Finding) []Finding
		text string
		want []typed
	}{
		{"an EPC transfer's payee", epcTransfers, "scan: BCD\n002\n1\nSCT\nCOBADEFFXXX\nJohannes Krause\nDE89370400440532013000\nEUR125.00\n\n\nMiete",
			[]typed{{Person, "Johannes Krause"}, {IBAN, "DE89370400440532013000"}}},
		{"an EPC transfer, escaped, indented, a business", epcTransfers, `  BCD\n  001\n  1\n  INST\n\n  Krause Bau GmbH\n  DE89370400440532013000`,
			[]typed{{Organization, "Krause Bau GmbH"}, {IBAN, "DE89370400440532013000"}}},
		{"not an EPC payload", epcTransfers, "BCD\n003\n1\nSCT\nX\nJohannes Krause\nDE89", nil},
		{"a Swiss QR-bill's creditor (structured) and debtor (combined)", swissBills, swiss,
			[]typed{{IBAN, "CH4431999123000889012"}, {Person, "Robert Schneider"}, {StreetAddress, "Rue du Lac"}, {StreetAddress, "1268"}, {ZIPCode, "2501"}, {Location, "Biel"},
				{Person, "Pia-Maria Rutschmann-Schnyder"}, {StreetAddress, "Grosse Marktgasse 28"}, {ZIPCode, "9400"}, {Location, "Rorschach"}}},
		{"a MECARD", mecards, "MECARD:N:Okafor,Chidi;SOUND:okafo;TEL:+2348031234567;ADR:12 Marina Rd,Lagos;BDAY:19850317;NOTE:a\\;b;;",
			[]typed{{Person, "Okafor,Chidi"}, {Person, "okafo"}, {StreetAddress, "12 Marina Rd,Lagos"}, {DateOfBirth, "19850317"}}},
		{"a UPI link", upiLinks, `<a href="upi://pay?pa=rahul.sharma@okaxis&pn=Rahul%20Sharma&am=450.00&cu=INR">pay</a>`,
			[]typed{{Username, "rahul.sharma@okaxis"}, {Person, "Rahul%20Sharma"}}},
		{"a UPI link without a query", upiLinks, "upi://pay and upi://", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, tc.read, tc.text, tc.want) })
	}
}

// TestZPLFields: a label's fields read as the lines they print, an address across two fields one
// finding over the commands between them.
func TestZPLFields(t *testing.T) {
	text := "^XA\n^FO40,80^FDTo: Jane Whitfield^FS\n^FO40,120^FD1600 Pennsylvania Ave NW^FS\n^FO40,160^FDWashington, DC 20500^FS\n^XZ"
	n := zplFields(text)
	if want := "^XA\nTo: Jane Whitfield\n1600 Pennsylvania Ave NW\nWashington, DC 20500\n^XZ"; n.text != want {
		t.Errorf("copy %q, want %q", n.text, want)
	}
	got := detected(t, text)
	want := []typed{{StreetAddress, "1600 Pennsylvania Ave NW^FS\n^FO40,160^FDWashington, DC 20500"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// a label on one line, after prose; what stands between two labels stays on the copy
	text = "Why blank? ^XA^FO5,5^FDJo Ann^FS^FO5,9^FD1 Rd^FS^XZ\nMy card B4111111111111111^DOE/JOHN^2512101 failed.\n^XA\n^FO1,1^FDAl Bo^FS\n^XZ"
	if want := "Why blank? \nJo Ann\n1 Rd^FS^XZ\nMy card B4111111111111111^DOE/JOHN^2512101 failed.\n^XA\nAl Bo\n^XZ"; zplFields(text).text != want {
		t.Errorf("copy %q, want %q", zplFields(text).text, want)
	}
	if n := zplFields("no label ^FS here"); n.edits != nil {
		t.Errorf("a text without ^FD changed: %q", n.text)
	}
}

// TestMarkedReadersLongAndShort: a marked reader runs on a short text holding its mark and on
// a long text, whose bytes are not looked over first.
func TestMarkedReadersLongAndShort(t *testing.T) {
	link := "upi://pay?pa=rahul.sharma@okaxis&pn=Rahul%20Sharma"
	for _, text := range []string{link, strings.Repeat("filler words here. ", 80) + link} {
		got := detected(t, text)
		if len(got) != 2 || got[0] != (typed{Username, "rahul.sharma@okaxis"}) {
			t.Errorf("%d bytes: %v", len(text), got)
		}
	}
	if markBits[':'] == 0 || markBits['x'] != 0 {
		t.Errorf("markBits: ':' %b, 'x' %b", markBits[':'], markBits['x'])
	}
}
