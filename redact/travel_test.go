package redact

import "testing"

func TestPNRNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"Sabre's display, titles run in", "1.1OKONKWO/CHINEDUMR 2.1OKONKWO/ADAEZEMRS\n 1 BA 117Y 12DEC LHRJFK HK2",
			[]typed{{Person, "OKONKWO/CHINEDU"}, {Person, "OKONKWO/ADAEZE"}}},
		{"Amadeus's display, titles apart, a family name of words", "RP/LONL12345/\n  1.SMITH/JOHN MR   2.VAN DEN BERG/ANNA MARIE MS\n  3  BA 117 Y 12DEC",
			[]typed{{Person, "SMITH/JOHN"}, {Person, "VAN DEN BERG/ANNA MARIE"}}},
		{"an entry and Amadeus's NM", "-WILLIAMS/ROSE MS\nNM1GARCIA/LUIS MR", []typed{{Person, "WILLIAMS/ROSE"}, {Person, "GARCIA/LUIS"}}},
		{"a run-in MS is the name's", "1.1WILLIAMS/JAMS", []typed{{Person, "WILLIAMS/JAMS"}}},
		{"a request's association with its passenger", "SSR FOID AA HK1/PP563829104-1.1PATEL/PRIYA", []typed{{Person, "PATEL/PRIYA"}}},
		{"no number before the name", "TCP/IP and AC/DC, 1. TCP/IP, v1.2AB/CD, a1.1SMITH/JOHN", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, pnrNames, tc.text, tc.want) })
	}
}

func TestAmadeusLocators(t *testing.T) {
	checkReader(t, amadeusLocators, "RP/NYC1S2100/NYC1S2100            AA/SU  12NOV24/1453Z   QWERTY\n  1.PATEL/PRIYA MS", []typed{{IDNumber, "QWERTY"}})
	checkReader(t, amadeusLocators, "RP/NYC1S2100/NYC1S2100            AA/SU  12NOV24/1453Z", nil)
	checkReader(t, amadeusLocators, "see RP/NYC1S2100 12NOV24/1453Z QWERTY", nil)
}

func TestSSRElements(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"Sabre's travel document and the passenger it belongs to", "SSR DOCS BA HK1/P/GBR/533401927/GBR/14MAR79/M/12DEC29/OKONKWO/CHINEDU/EMEKA-1.1OKONKWO/CHINEDU",
			[]typed{{Passport, "533401927"}, {DateOfBirth, "14MAR79"}, {DateTime, "12DEC29"}, {Person, "OKONKWO/CHINEDU/EMEKA"}}},
		{"Amadeus's display, an identity card and the holder's mark", "  5 SRDOCS BA HK1-I-FRA-X4RTBPFW4-FRA-02JAN90-F-01JAN31-DUBOIS-CAMILLE-H/P1",
			[]typed{{IDNumber, "X4RTBPFW4"}, {DateOfBirth, "02JAN90"}, {DateTime, "01JAN31"}, {Person, "DUBOIS-CAMILLE"}}},
		{"empty fields before Sabre's association", "SSR DOCS AA HK1/P/USA/563829104/USA/04JUL88/F/03MAR31/PATEL/PRIYA/-1.1PATEL/PRIYA",
			[]typed{{Passport, "563829104"}, {DateOfBirth, "04JUL88"}, {DateTime, "03MAR31"}, {Person, "PATEL/PRIYA"}}},
		{"secure flight's data without a document", "SSR DOCS UA HK1/////14MAR79/M//OKONKWO/CHINEDU",
			[]typed{{DateOfBirth, "14MAR79"}, {Person, "OKONKWO/CHINEDU"}}},
		{"an address, a visa, contacts and a form of identification",
			"SSR DOCA BA HK1/R/USA/88 ALDER WAY/OAKLAND/CA/94611\nSSR DOCO BA HK1/LAGOS NGA/V/K2345678/LONDON/10JAN23/USA\n" +
				"SSR CTCE BA HK1/CHINEDU.OKONKWO//EXAMPLE.COM/EN\nSSR CTCM BA HK1/447700900123/EN\nSSR FOID BA HK1/PP533401927",
			[]typed{{StreetAddress, "88 ALDER WAY"}, {Location, "OAKLAND"}, {ZIPCode, "94611"},
				{Location, "LAGOS NGA"}, {IDNumber, "K2345678"}, {DateTime, "10JAN23"},
				{Email, "CHINEDU.OKONKWO//EXAMPLE.COM"}, {Phone, "447700900123"}, {Passport, "533401927"}}},
		{"other requests and words", "SSR VGML BA HK1\nSSR WCHR BA NN1\nclassrooms DOCS, the USSR DOCS archive", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, ssrElements, tc.text, tc.want) })
	}
}

func TestPAXLST(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"a passenger's segments", "UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'NAD+FL+++HAMMOND:ELIZABETH:GRACE+12 HIGH ST+LONDON++SW1A 1AA+GBR'ATT+2++F'" +
			"DTM+329:790304'LOC+178+LHR'LOC+179+JFK'LOC+180+GBR:::BRISTOL'NAT+2+GBR'RFF+AVF:K7XQ2M'DOC+P:110:111+534761208'DTM+36:290611'LOC+91+GBR'",
			[]typed{{Person, "HAMMOND:ELIZABETH:GRACE"}, {StreetAddress, "12 HIGH ST"}, {Location, "LONDON"}, {ZIPCode, "SW1A 1AA"},
				{DateOfBirth, "790304"}, {Location, "GBR:::BRISTOL"}, {IDNumber, "K7XQ2M"}, {Passport, "534761208"}, {DateTime, "290611"}}},
		{"segments on lines, a released apostrophe, a crew member's card", "NAD+FM+++O?'BRIEN:SEAN'\nDOC+I:110:111+ID7788123'\nDTM+182:150101'",
			[]typed{{Person, "O?'BRIEN:SEAN"}, {IDNumber, "ID7788123"}, {DateTime, "150101"}}},
		{"PNRGOV's traveller and a request's free text", "TIF+OKONKWO+CHINEDU MR:A'SSR+DOCS:HK:1:BA:::::/P/GBR/533401927/GBR/14MAR79/M/12DEC29/OKONKWO/CHINEDU'",
			[]typed{{Person, "OKONKWO"}, {Person, "CHINEDU"}, {Passport, "533401927"}, {DateOfBirth, "14MAR79"}, {DateTime, "12DEC29"}, {Person, "OKONKWO/CHINEDU"}}},
		{"a message after a text", "what is wrong here?\n\nTIF+KOCH II+VLADO MR:A'", []typed{{Person, "KOCH II"}, {Person, "VLADO"}}},
		{"prose with pluses and apostrophes", "Use NAD+ DOC+ if you like; it's C++'s DTM+329 thing", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, paxlstSegments, tc.text, tc.want) })
	}
}
