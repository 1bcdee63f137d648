package redact

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCardTracks(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"ISO 8583's field 45, without sentinels", "DE045: B4111111111111111^DOE/JOHN Q^25121011234567890",
			[]typed{{TrackData, "B4111111111111111^DOE/JOHN Q^25121011234567890"}}},
		{"a start sentinel without its end", "%B4111111111111111^DOE/JOHN^2512101123456789 and", []typed{{TrackData, "B4111111111111111^DOE/JOHN^2512101123456789"}}},
		{"a number failing Luhn, a month 13, no format code, a word before it",
			"B4111111111111112^DOE/JOHN^2512101 B4111111111111111^DOE/JOHN^2513101 4111111111111111^DOE/JOHN^2512101 XB4111111111111111^DOE/JOHN^2512101", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, cardTracks, tc.text, tc.want) })
	}
}

// TestBareTrack2: the scan reads track 2 without sentinels and the chip's track 2 equivalent
// where a digit run of a card's length ends at '=' or 'D'.
func TestBareTrack2(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"ISO 8583's field 35", "DE035: 4111111111111111=25121011234567890", []typed{{TrackData, "4111111111111111=25121011234567890"}}},
		{"the chip's track 2 equivalent, its padding", "57 13 4761739001010010D25122011143804400000F 9F02",
			[]typed{{TrackData, "4761739001010010D25122011143804400000F"}}},
		{"a start sentinel without its end", ";4111111111111111=2512101123", []typed{{TrackData, "4111111111111111=2512101123"}}},
		{"a number failing Luhn, a month 13, no service code, a key's value",
			"4111111111111112=25121011234567890 4111111111111111=25131011234567890 4111111111111111=2512 x=25121011", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []typed
			fs, _ := scan(tc.text, nil)
			for _, f := range fs {
				if f.Type == TrackData {
					got = append(got, typed{f.Type, tc.text[f.Start:f.End]})
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestEMVTags(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"a dump's tags, lengths and values", "5A 08 4761739001010010 5F24 03 251231 5F20 0A DOE/JOHN Q 57 13 4761739001010010D2512201",
			[]typed{{CardExpiry, "251231"}, {Person, "DOE/JOHN Q"}}},
		{"labelled tags", "[5F20] Cardholder Name: SMITH/ANNA MARIE\n[5F24] Application Expiration Date: 261130",
			[]typed{{Person, "SMITH/ANNA MARIE"}, {CardExpiry, "261130"}}},
		{"the name in hexadecimal", "5F20: 444F452F4A4F484E\n5F20: 48454C4C4F", []typed{{Person, "444F452F4A4F484E"}}},
		{"other tags and numbers", "A5F20 X; 5F2A 02 0840; 5F20 0A lower/case; 5F24 03 251399", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, emvTags, tc.text, tc.want) })
	}
}

func TestISO8583Fields(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"labels of every kind", "MTI: 0100\nDE002: 4111111111111111\nDE014: 2512\nField 14 (Expiry): 2711\nF14=2601\nDE 52: 1A2B3C4D5E6F7081\nP-102: 1234-567890",
			[]typed{{CardExpiry, "2512"}, {CardExpiry, "2711"}, {CardExpiry, "2601"}, {PIN, "1A2B3C4D5E6F7081"}, {BankAccount, "1234-567890"}}},
		{"a card not after field 2's label", "card 4111111111111111\nDE014: 2512\nField 102: 1234567890", nil},
		{"other fields and months", "DE002: 4111111111111111\nDE004: 2512\nDE014: 2513\nFIELD 14 (Expiry): 25121\nFree 14: 2512", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, "4111111111111111")
			dst := []Finding{{Type: CreditCard, Start: i, End: i + 16}} // as the scan finds it
			var got []typed
			for _, f := range iso8583Fields(tc.text, dst)[len(dst):] {
				got = append(got, typed{f.Type, tc.text[f.Start:f.End]})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestCardRecordsThroughDetector: a whole track outlasts the card's number found inside it,
// and a switch's log keeps neither the expiry nor the cardholder's name.
func TestCardRecordsThroughDetector(t *testing.T) {
	text := "MTI 0100\nDE002: 4111111111111111\nDE014: 2512\nDE035: 4111111111111111=2512101123\nDE045: B4111111111111111^DOE/JOHN^2512101\n" +
		"EMV: 5F20 0A DOE/JOHN 5F24 03 251231"
	got := detected(t, text)
	want := []typed{{CreditCard, "4111111111111111"}, {CardExpiry, "2512"}, {TrackData, "4111111111111111=2512101123"},
		{TrackData, "B4111111111111111^DOE/JOHN^2512101"}, {Person, "DOE/JOHN"}, {CardExpiry, "251231"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadersShortTexts: every reader of stop 39 takes texts shorter than its marks.
func TestReadersShortTexts(t *testing.T) {
	for _, read := range []func(string, []Finding) []Finding{mtFields, isoParties, achEntries, micrLines, cardTracks, emvTags, pnrNames, amadeusLocators,
		ssrElements, paxlstSegments, epcTransfers, swissBills, mecards, upiLinks, namedValues, e7Coordinates, nmeaSentences, exifDegrees, coordinateArrays, ofxAccounts, qifPayees, ncpdpFields} {
		for _, s := range []string{"", "5", "F", "5F", "5F2", "5F20", ":5", ":50K:", ":86:", "6", "^", "⑆", "RP/", "SR", "SSR ", "NAD+", "1./", "A/B", "<Nm>", "=", "ame=", "T", "birthTime", ":", "upi://", "BCD", "SPC", "MECARD:", "E7\"", "$", "$GPGGA,", " deg ", "coordinates", "coordinates\":", "coordinates>", "ID>", "<ACCTID>", "!Type:", "!Type:\nP", "AM0", "AM01", "AM01|", "AM01|C"} {
			read(s, nil)
		}
	}
	iso8583Fields("DE", []Finding{{Type: CreditCard}})
}
