package redact

import "strings"

// NCPDP's Telecommunication Standard (D.0) carries US pharmacy claims: after a fixed header,
// segments open with "AM" and two digits, and each field with a two-character identifier,
// separated by control characters (a field separator 0x1C, a segment separator 0x1E, a group
// separator 0x1D), which a pharmacy system's developer pastes raw, as a log writes them ("<FS>",
// "{FS}", "[FS]", "␜", "\x1c") or with '|' for a field's separator and a line break for a
// segment's. What identifies the patient stands in the patient segment (AM01: first and last
// name, date of birth, street, city, ZIP code, phone, patient ID), the insurance segment (AM04:
// cardholder ID, first and last name), the prescriber segment (AM03: NPI, names, address, phone)
// and the claim segment (AM07: the prescription's number). ncpdpFields reads those fields by
// their identifiers; the header, the pharmacy's segment and the product's codes stay.

// ncpdpScore is the score of a field its identifier names.
const ncpdpScore = 0.95

// ncpdpFieldTypes type the fields of the segments that identify someone, by identifier.
var ncpdpFieldTypes = map[string]map[string]string{
	"01": {"CA": Person, "CB": Person, "C4": DateOfBirth, "CM": StreetAddress, "CN": Location, "CP": ZIPCode, "CQ": Phone, "CY": IDNumber, "HN": Email},
	"04": {"C2": HealthPlan, "CC": Person, "CD": Person, "C1": HealthPlan},
	"03": {"DB": NPI, "DR": Person, "2J": Person, "2K": StreetAddress, "2M": Location, "2P": ZIPCode, "PM": Phone},
	"07": {"D2": IDNumber},
}

// ncpdpSeparators are the ways a field's separator is written.
var ncpdpSeparators = []string{"\x1c", "<FS>", "{FS}", "[FS]", "␜", `\x1c`, `\u001c`, "|"}

// ncpdpFields appends the findings of NCPDP segments in s to dst.
func ncpdpFields(s string, dst []Finding) []Finding {
	for q := 0; ; {
		k := strings.Index(s[q:], "AM0")
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 3
		if p+5 > len(s) || p > 0 && isAlnum(s[p-1]) {
			continue
		}
		types := ncpdpFieldTypes[s[p+2:p+4]]
		if types == nil {
			continue
		}
		sep := ""
		for _, x := range ncpdpSeparators {
			if strings.HasPrefix(s[p+4:], x) {
				sep = x
				break
			}
		}
		if sep == "" {
			continue
		}
		// the segment's fields, each after the separator, to the next segment or the line's end:
		// fifty at most (a segment has fewer), so that a text of markers alone is read once
		for a, n := p+4+len(sep), 0; a+2 <= len(s) && n < 50; n++ {
			if s[a] == 'A' && s[a+1] == 'M' && a+4 <= len(s) && allOf(s[a+2:a+4], isDigit) {
				break // the next segment, on the same line
			}
			b := a
			for b < len(s) && b-a < 256 && !strings.HasPrefix(s[b:], sep) && !ncpdpSegmentEnd(s, b) {
				b++
			}
			if typ := types[s[a:a+2]]; typ != "" && b > a+2 {
				if f, ok := ncpdpFinding(s, typ, a+2, b); ok {
					dst = append(dst, f)
				}
			}
			if b >= len(s) || !strings.HasPrefix(s[b:], sep) {
				break
			}
			a = b + len(sep)
		}
		q = p + 4
	}
}

// ncpdpSegmentEnd reports the end of a segment at s[b]: a segment or group separator, however
// written, or a line's end.
func ncpdpSegmentEnd(s string, b int) bool {
	switch c := s[b]; {
	case c == 0x1e || c == 0x1d || c == '\n' || c == '\r':
		return true
	case c == '<' || c == '{' || c == '[':
		return strings.HasPrefix(s[b+1:], "RS") || strings.HasPrefix(s[b+1:], "GS")
	case c == '\\':
		return strings.HasPrefix(s[b:], `\x1e`) || strings.HasPrefix(s[b:], `\x1d`) || strings.HasPrefix(s[b:], `\u001e`) || strings.HasPrefix(s[b:], `\n`)
	}
	return strings.HasPrefix(s[b:], "␞") || strings.HasPrefix(s[b:], "␝")
}

// ncpdpFinding is the finding of a field's value at s[a:b] of the type, trimmed; a prescriber's
// NPI must have its check digit (otherwise it is an ID_NUMBER).
func ncpdpFinding(s, typ string, a, b int) (Finding, bool) {
	a, b = trimBlanks(s, a, b)
	if a >= b || !hasAlnum(s[a:b]) {
		return Finding{}, false
	}
	if typ == NPI && !(b-a == 10 && allOf(s[a:b], isDigit) && npiValid(s[a:b])) {
		typ = IDNumber
	}
	return Finding{Type: typ, Start: a, End: b, Score: ncpdpScore, Source: SourcePattern}, true
}
