package redact

import "strings"

// DateTime is the type of dates of events in a person's life (admission, discharge, death,
// appointments); dates of birth are DateOfBirth.
const DateTime = "DATE_TIME"

// timestampScore marks a date with a time of day, as logs write it: no context word raises it.
const timestampScore = 0.25

// dateFinding scores a date found at s[i:end]: month names read as a date in prose (0.55), bare
// numeric dates less (0.4), and a date followed by a time of day, as logs write it, least (0.3).
// Context words ("admitted", "discharged", "died", "appointment") raise them.
func dateFinding(s string, i, end int, named bool) Finding {
	score := 0.4
	if named {
		score = 0.55
	}
	if end < len(s) && (s[end] == 'T' || s[end] == ' ' || s[end] == '_') && end+3 < len(s) && isDigit(s[end+1]) && isDigit(s[end+2]) && s[end+3] == ':' {
		score = timestampScore
	}
	return Finding{Type: DateTime, Start: i, End: end, Score: score, Source: SourcePattern}
}

// months maps month names and abbreviations (English, French, German, Spanish) to numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

// date reads a date beginning at s[i] and returns where it ends, or 0. It reads numeric dates
// (2024-01-31, 01/31/2024, 31.01.2024, 1/31/24) and dates with a month name (January 31, 2024;
// 31 January 2024; 31-Jan-2024; Jan 31 2024).
func date(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if isDigit(s[i]) {
		if end := numericDate(s, i); end > 0 {
			return end
		}
		// 31 January 2024, 31st of January 2024, 31-Jan-2024
		j := i
		for j < len(s) && isDigit(s[j]) && j-i < 2 {
			j++
		}
		day := atoi(s[i:j])
		for _, suffix := range []string{"st", "nd", "rd", "th"} {
			if hasPrefixFold(s[j:], suffix) {
				j += 2
				break
			}
		}
		if strings.HasPrefix(s[j:], " of ") {
			j += 3
		}
		if j < len(s) && (s[j] == ' ' || s[j] == '-') {
			if end, ok := monthThenYear(s, j+1); ok && day >= 1 && day <= 31 {
				return end
			}
		}
		return 0
	}
	// January 31, 2024 / Jan 31 2024
	m, j := monthName(s, i)
	if m == 0 || j >= len(s) || s[j] != ' ' && s[j] != '.' {
		return 0
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '.') {
		j++
	}
	d := j
	for j < len(s) && isDigit(s[j]) && j-d < 2 {
		j++
	}
	if j == d || atoi(s[d:j]) < 1 || atoi(s[d:j]) > 31 {
		return 0
	}
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if hasPrefixFold(s[j:], suffix) {
			j += 2
			break
		}
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	if j < len(s) && s[j] == ' ' {
		if y := year(s, j+1); y > 0 {
			return y
		}
	}
	return 0
}

// monthThenYear reads "January 2024" or "Jan-2024" at s[i].
func monthThenYear(s string, i int) (int, bool) {
	m, j := monthName(s, i)
	if m == 0 || j >= len(s) || (s[j] != ' ' && s[j] != '-' && s[j] != ',') {
		return 0, false
	}
	j++
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if y := year(s, j); y > 0 {
		return y, true
	}
	return 0, false
}

// monthName reads a month name at s[i] and returns its number and end.
func monthName(s string, i int) (int, int) {
	j := i
	for j < len(s) && (isLetter(s[j]) || s[j] >= 0x80) && j-i < 12 {
		j++
	}
	return foldInt(months, s[i:j]), j
}

// year reads a two- or four-digit year at s[i] and returns its end.
func year(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 4 {
		j++
	}
	if (j-i != 4 && j-i != 2) || j < len(s) && (isAlnum(s[j]) || s[j] == ':') { // 15:04 is a time
		return 0
	}
	if j-i == 4 && (atoi(s[i:j]) < 1850 || atoi(s[i:j]) > 2100) {
		return 0
	}
	return j
}

// numericDate reads YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY and
// two-digit-year forms at s[i].
func numericDate(s string, i int) int {
	var parts [3][2]int
	j := i
	var sep byte
	for k := range 3 {
		a := j
		for j < len(s) && isDigit(s[j]) && j-a < 4 {
			j++
		}
		if j == a {
			return 0
		}
		parts[k] = [2]int{a, j}
		if k < 2 {
			if j >= len(s) || (s[j] != '/' && s[j] != '-' && s[j] != '.') || sep != 0 && s[j] != sep {
				return 0
			}
			sep = s[j]
			j++
		}
	}
	if j < len(s) && (isAlnum(s[j]) || (s[j] == '.' || s[j] == '/' || s[j] == '-') && j+1 < len(s) && isDigit(s[j+1])) {
		return 0
	}
	n := func(k int) (int, int) { return atoi(s[parts[k][0]:parts[k][1]]), parts[k][1] - parts[k][0] }
	a, la := n(0)
	b, lb := n(1)
	c, lc := n(2)
	switch {
	case la == 4 && lb <= 2 && lc <= 2: // year first
		return ifDate(a >= 1850 && a <= 2100 && b >= 1 && b <= 12 && c >= 1 && c <= 31, j)
	case la <= 2 && lb <= 2 && (lc == 4 || lc == 2): // day or month first
		y := c
		if lc == 4 && (y < 1850 || y > 2100) {
			return 0
		}
		ok := a >= 1 && b >= 1 && (a <= 12 && b <= 31 || a <= 31 && b <= 12)
		return ifDate(ok, j)
	}
	return 0
}

func ifDate(ok bool, end int) int {
	if ok {
		return end
	}
	return 0
}

// hasPrefixFold is strings.HasPrefix without regard to ASCII case, reading only len(prefix) bytes.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
