package tokenize

import (
	"strconv"
	"strings"
)

// restrictedZIP3 are the three-digit ZIP areas with 20,000 people or fewer (2010 census), whose
// prefix Safe Harbor replaces with 000 (HHS de-identification guidance).
var restrictedZIP3 = map[string]bool{"036": true, "059": true, "063": true, "102": true, "203": true, "556": true, "692": true,
	"790": true, "821": true, "823": true, "830": true, "831": true, "878": true, "879": true, "884": true, "890": true, "893": true}

// Generalize returns what HIPAA Safe Harbor (45 CFR 164.514(b)(2)) lets stay of a value: a ZIP
// code's first three digits (000 where the area is sparsely populated), a date's year, "90+" for
// an age over 89 (a younger age stays). For other types it is the redaction marker.
func Generalize(typ, value string) string {
	switch typ {
	case "ZIP_CODE":
		if !usZIP(strings.TrimSpace(value)) {
			return RedactedMarker(typ) // another country's postcode (D02 X285, SW1A 1AA, 00-590): no US area to keep
		}
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, value)
		if restrictedZIP3[digits[:3]] {
			return "000XX"
		}
		return digits[:3] + "XX"
	case "DATE_TIME", "DATE_OF_BIRTH":
		if y := year(value); y != "" {
			return y
		}
	case "AGE":
		if n, err := strconv.Atoi(strings.TrimSpace(value)); err == nil && n < 90 {
			return value // Safe Harbor lets ages up to 89 stay
		}
		return "90+"
	}
	return RedactedMarker(typ)
}

// usZIP reports a US ZIP code as written: five digits, or ZIP+4 with its hyphen or space.
func usZIP(v string) bool {
	if len(v) != 5 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i == 5 {
			if v[i] != '-' && v[i] != ' ' {
				return false // ten digits are another country's: Iran's postcodes
			}
		} else if !isDigitByte(v[i]) {
			return false
		}
	}
	return true
}

// year finds a four-digit year (1850-2100) in a written date.
func year(s string) string {
	for i := 0; i+4 <= len(s); i++ {
		w := s[i : i+4]
		if (i > 0 && isDigitByte(s[i-1])) || (i+4 < len(s) && isDigitByte(s[i+4])) {
			continue
		}
		if w >= "1850" && w <= "2100" && isDigitByte(w[0]) && isDigitByte(w[1]) && isDigitByte(w[2]) && isDigitByte(w[3]) {
			return w
		}
	}
	return ""
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
