package redact

import "strings"

// A boarding pass's barcode holds the IATA Bar Coded Boarding Pass (Resolution 792) string, a
// line of fixed-width fields that a developer of a travel app, or a traveller asking a model to
// read a scan, pastes whole:
//
//	M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100
//
// The passenger's name and the booking's locator (PNR) have no word before them, and the name
// is run into the format code, so the model and the scan left both. boardingPasses reads the
// mandatory items of the first leg by position: the format code M and the number of legs (1 to
// 4), the name (20 characters, SURNAME/GIVEN and a title), the electronic ticket's indicator,
// the locator (7), the airports of departure and arrival (three letters each), the carrier, the
// flight's number, the day of the year (001 to 366), the cabin, the seat and the check-in
// sequence. All of them must have their shapes; then the name, less its title, is a PERSON and
// the locator an ID_NUMBER (as after "PNR"), at 0.95. The airports, the flight and the seat stay.

// bcbpLen is the length of a boarding pass's mandatory items before their variable part.
const bcbpLen = 58

// boardingPasses appends the findings of the boarding-pass strings in s to dst.
func boardingPasses(s string, dst []Finding) []Finding {
	for q := 0; q+bcbpLen <= len(s); {
		k := strings.IndexByte(s[q:len(s)-bcbpLen+1], 'M')
		if k < 0 {
			break
		}
		p := q + k
		q = p + 1
		if s[p+1] < '1' || s[p+1] > '4' || p > 0 && (isAlnum(s[p-1]) || s[p-1] == '_') || !bcbpShape(s[p:p+bcbpLen]) {
			continue
		}
		a, b := trimBlanks(s, p+2, p+22)
		if slash := strings.IndexByte(s[a:b], '/'); slash >= 0 { // "OKONKWO/CHIAMAKA MS": the title is no name
			b = pnrTitleCut(s, a+slash+1, b)
		}
		dst = append(dst, Finding{Type: Person, Start: a, End: b, Score: 0.95, Source: SourcePattern})
		if x, y := trimBlanks(s, p+23, p+30); x < y {
			dst = append(dst, Finding{Type: IDNumber, Start: x, End: y, Score: 0.95, Source: SourcePattern})
		}
		q = p + bcbpLen
	}
	return dst
}

// bcbpShape reports whether b, bcbpLen bytes from a format code, has a boarding pass's items.
func bcbpShape(b string) bool {
	name := strings.TrimRight(b[2:22], " ")
	slash := strings.IndexByte(name, '/')
	if slash < 2 || !isUpper(name[0]) {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !isUpper(c) && c != '/' && c != ' ' && c != '-' && c != '\'' && c != '.' {
			return false
		}
	}
	if b[22] != 'E' && b[22] != ' ' {
		return false
	}
	pnr := strings.TrimRight(b[23:30], " ")
	if len(pnr) < 5 || !allOf(pnr, func(c byte) bool { return isUpper(c) || isDigit(c) }) {
		return false
	}
	if !allOf(b[30:36], isUpper) || !allOf(b[36:38], func(c byte) bool { return isUpper(c) || isDigit(c) }) || b[38] != ' ' && !isUpper(b[38]) {
		return false
	}
	if !allOf(b[39:43], isDigit) || !allOf(b[44:47], isDigit) || !isUpper(b[47]) {
		return false
	}
	if day := atoi(b[44:47]); day < 1 || day > 366 {
		return false
	}
	seat := strings.TrimRight(b[48:52], " ")
	if len(seat) < 2 || !allOf(seat, func(c byte) bool { return isUpper(c) || isDigit(c) }) {
		return false
	}
	return allOf(strings.TrimRight(b[52:57], " "), func(c byte) bool { return isDigit(c) || isUpper(c) })
}

// allOf reports whether every byte of s is ok, and s is not empty.
func allOf(s string, ok func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}
