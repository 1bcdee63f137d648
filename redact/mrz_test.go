package redact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The zones below are ICAO Doc 9303's specimens (Utopia's Anna Maria Eriksson) and zones made
// for these tests with their check digits computed.
const (
	td3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
	td3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
)

func TestMRZ(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"passport (TD3)", td3Line1 + "\n" + td3Line2, []typed{{Person, "ERIKSSON<<ANNA<MARIA"}, {Passport, "L898902C36"},
			{DateOfBirth, "7408122"}, {DateTime, "1204159"}, {IDNumber, "ZE184226B<<<<<10"}}},
		{"passport with a personal number, in a sentence", "Scan: P<GBROKAFOR<<CHINEDU<EMEKA<<<<<<<<<<<<<<<<<<\r\n5333800068GBR8502142M3105098AB1234567<<<<<16 — please check",
			[]typed{{Person, "OKAFOR<<CHINEDU<EMEKA"}, {Passport, "5333800068"}, {DateOfBirth, "8502142"}, {DateTime, "3105098"},
				{IDNumber, "AB1234567<<<<<16"}}},
		{"on one line, as a chat pastes it", "MRZ " + td3Line1 + " " + td3Line2 + ".", []typed{{Person, "ERIKSSON<<ANNA<MARIA"},
			{Passport, "L898902C36"}, {DateOfBirth, "7408122"}, {DateTime, "1204159"}, {IDNumber, "ZE184226B<<<<<10"}}},
		{"escaped line breaks, as a JSON dump writes them", td3Line1 + `\n` + td3Line2, []typed{{Person, "ERIKSSON<<ANNA<MARIA"},
			{Passport, "L898902C36"}, {DateOfBirth, "7408122"}, {DateTime, "1204159"}, {IDNumber, "ZE184226B<<<<<10"}}},
		{"identity card (TD1)", "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
			[]typed{{IDNumber, "D231458907"}, {DateOfBirth, "7408122"}, {DateTime, "1204159"}, {Person, "ERIKSSON<<ANNA<MARIA"}}},
		{"a card's number of more than nine characters", "I<NLDD23145890<73492<<<<<<<<<<\n7408122F1204159NLD<<<<<<<<<<<6\nDE<BRUIJN<<ANNA<<<<<<<<<<<<<<<",
			[]typed{{IDNumber, "D23145890<73492"}, {DateOfBirth, "7408122"}, {DateTime, "1204159"}, {Person, "DE<BRUIJN<<ANNA"}}},
		{"identity card (TD2)", "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6",
			[]typed{{Person, "ERIKSSON<<ANNA<MARIA"}, {IDNumber, "D231458907"}, {DateOfBirth, "7408122"}, {DateTime, "1204159"}}},
		{"visa (MRV-A)", "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<",
			[]typed{{Person, "ERIKSSON<<ANNA<MARIA"}, {IDNumber, "L8988901C4"}, {DateOfBirth, "4009078"}, {DateTime, "9612109"},
				{IDNumber, "6ZE184226B"}}},
		{"French identity card", "IDFRADUPONT<<<<<<<<<<<<<<<<<<<750013\n8806923102858JEAN<<PIERRE<<6507132M2",
			[]typed{{Person, "DUPONT"}, {IDNumber, "8806923102858"}, {Person, "JEAN<<PIERRE"}, {DateOfBirth, "6507132"}}},
		{"a data line alone, its check digits holding", "line 2: " + td3Line2, []typed{{IDNumber, "L898902C36"},
			{DateOfBirth, "7408122"}, {DateTime, "1204159"}, {IDNumber, "ZE184226B<<<<<10"}}},
		{"a name line alone", td3Line1, []typed{{Person, "ERIKSSON<<ANNA<MARIA"}}},
		{"a name line an OCR step gave a filler too few", strings.TrimSuffix(td3Line1, "<<") + "\n" + td3Line2, []typed{{Person, "ERIKSSON<<ANNA<MARIA"},
			{Passport, "L898902C36"}, {DateOfBirth, "7408122"}, {DateTime, "1204159"}, {IDNumber, "ZE184226B<<<<<10"}}},
		{"a data line alone whose check digits fail", "L898902C35UTO7408121F1204150ZE184226B<<<<<10", nil},
		{"code's shifts and here-documents", "std::cout << x << std::endl; cat <<EOF\nVALUE<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n<<<<<<< HEAD", nil},
		{"a run of capitals and fillers that is no zone", "XX<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, mrzZones, tc.text, tc.want) })
	}
}

// TestMRZScores: the check digits decide a zone's score; a name line with a data line whose
// check digits fail, as an OCR slip leaves them, is still read, lower.
func TestMRZScores(t *testing.T) {
	slip := strings.Replace(td3Line2, "7408122", "7408124", 1) // the birth date's check digit misread
	for _, tc := range []struct {
		text string
		want float64
	}{
		{td3Line1 + "\n" + td3Line2, mrzVerified},
		{td3Line1 + "\n" + slip, mrzShaped},
		{td3Line1, mrzNameOnly},
		{td3Line2, mrzVerified},
	} {
		for _, f := range mrzZones(tc.text, nil) {
			if f.Score != tc.want {
				t.Errorf("%q: %s %q scored %.2f, want %.2f", tc.text, f.Type, tc.text[f.Start:f.End], f.Score, tc.want)
			}
		}
	}
	if fs := mrzZones(slip, nil); len(fs) != 4 {
		t.Errorf("a data line alone with two check digits holding of three: %v", fs)
	}
	if bad := strings.Replace(slip, "C36", "C35", 1); len(mrzZones(bad, nil)) != 0 {
		t.Errorf("a data line alone with one check digit holding of three: %v", mrzZones(bad, nil))
	}
}

// TestMRZThroughDetector: the whole catalogue masks a zone's names, numbers and dates, and the
// model's reading of a name inside it gives way to the zone's.
func TestMRZThroughDetector(t *testing.T) {
	text := "Can you check this passport? " + td3Line1 + "\n" + td3Line2
	got := detected(t, text)
	want := []typed{{Person, "ERIKSSON<<ANNA<MARIA"}, {Passport, "L898902C36"}, {DateOfBirth, "7408122"}, {DateTime, "1204159"},
		{IDNumber, "ZE184226B<<<<<10"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestMRZCheckDigit(t *testing.T) {
	for _, tc := range []struct {
		field string
		c     byte
		ok    bool
	}{
		{"L898902C3", '6', true}, {"740812", '2', true}, {"120415", '9', true}, {"ZE184226B<<<<<", '1', true},
		{"L898902C3", '5', false}, {"<<<<<<<<<", '<', true}, {"<<<<<<<<<", '0', true}, {"L898902C3", '<', false},
		{"l898902c3", '6', false},
	} {
		if got := mrzCheck(tc.field, tc.c); got != tc.ok {
			t.Errorf("mrzCheck(%q, %q) = %v, want %v", tc.field, tc.c, got, tc.ok)
		}
	}
}
