package tokenize

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// foreignMonths are the month names of the languages whose dates the detector reads besides
// English, in order of preference where two languages share a name (agosto is Spanish, Italian
// and Portuguese; a moved date is written in the first).
var foreignMonths = [][12]string{
	{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
	{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
}

// foreignMonth returns the language (an index of foreignMonths) and month (1 to 12) that w names,
// in any case. Names that are also English (april, august, september, …) are left to English.
func foreignMonth(w string) (lang, month int) {
	lower := strings.ToLower(w)
	if _, err := time.Parse("January", titleWord(lower)); err == nil {
		return -1, 0
	}
	for l, names := range foreignMonths {
		for m, n := range names {
			if n == lower {
				return l, m + 1
			}
		}
	}
	return -1, 0
}

// foreignDate reads a day, a month name of foreignMonths and a year as the detector finds them:
// "14 juillet 1979", "3. März 1985", "5 de mayo de 1990", "2 giugno", "mayo de 1990", "März 1985".
var foreignDate = regexp.MustCompile(`^(?:(\d{1,2})(\.?) ((?i:de) )?)?(\pL+)(?:( (?i:de) | )(\d{4}))?$`)

// shiftForeign moves a date written with a month name of another language back by shift days,
// in its own words and layout: "5 de mayo de 1990" becomes "21 de abril de 1990", "März 1985"
// (a month and year move as their first day does) "Februar 1985".
func shiftForeign(v string, shift int) (string, bool) {
	m := foreignDate.FindStringSubmatch(v)
	if m == nil {
		return "", false
	}
	day, dot, de, name, sep, yearText := m[1], m[2], m[3], m[4], m[5], m[6]
	lang, month := foreignMonth(name)
	if lang < 0 || day == "" && yearText == "" {
		return "", false
	}
	d, year := 1, 0 // a date without a year moves in a leap year, as time.Parse reads "March 3"
	if day != "" {
		d, _ = strconv.Atoi(day)
	}
	if yearText != "" {
		year, _ = strconv.Atoi(yearText)
	}
	t := time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false // 31 de febrero
	}
	moved := t.AddDate(0, 0, -shift)
	newName := sameCase(foreignMonths[lang][moved.Month()-1], name)
	var b strings.Builder
	if day != "" {
		if len(day) == 2 && day[0] == '0' {
			fmt.Fprintf(&b, "%02d", moved.Day())
		} else {
			fmt.Fprintf(&b, "%d", moved.Day())
		}
		b.WriteString(dot + " " + de)
	}
	b.WriteString(newName)
	if yearText != "" {
		fmt.Fprintf(&b, "%s%04d", sep, moved.Year())
	}
	return b.String(), true
}

// sameCase writes name as like is written: in capitals, capitalised, or in lower case.
func sameCase(name, like string) string {
	switch r, _ := utf8.DecodeRuneInString(like); {
	case like == strings.ToUpper(like):
		return strings.ToUpper(name)
	case unicode.IsUpper(r):
		return titleWord(name)
	}
	return name
}

// titleWord capitalises the first letter of w.
func titleWord(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// foreignMonthNames is a pattern of foreignMonths' names, in lower case, capitalised or in
// capitals, for finding stand-ins in answers.
var foreignMonthNames = func() string {
	seen := map[string]bool{}
	var alts []string
	for _, names := range foreignMonths {
		for _, n := range names {
			for _, v := range []string{n, titleWord(n), strings.ToUpper(n)} {
				if !seen[v] {
					seen[v] = true
					alts = append(alts, regexp.QuoteMeta(v))
				}
			}
		}
	}
	return `(?:` + strings.Join(alts, "|") + `)`
}()

// foreignDateShape finds date stand-ins written with foreignMonths: a day, the month and a year,
// or two of them.
// (Every name begins and ends with an ASCII letter, so \b bounds them.)
var foreignDateShape = regexp.MustCompile(`\b(?:\d{1,2}\.? (?:(?i:de) )?` + foreignMonthNames + `(?:(?: (?i:de) | )\d{4})?|` + foreignMonthNames + `(?: (?i:de) | )\d{4})\b`)
