package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DateTime is the type of dates of events in a person's life (admission, discharge, death,
// appointments); dates of birth are DateOfBirth.
const DateTime = "DATE_TIME"

// timestampScore marks a machine timestamp (ISO 8601 with a T, or a date and time opening a line,
// as logs write them): no context word raises it.
const timestampScore = 0.25

// dateFinding scores a date found at s[i:end]. A date with a month name reads as a date in prose
// (0.55), and so does a numeric date with a four-digit year (0.5: 3/23/1940, 1993-01-04). Weaker
// are a date without its year or its day (partialDateScore: March 3, June 1970, 03/2021) and a
// numeric date with a two-digit year, which version numbers resemble (0.4; with slashes, as
// clinics write them, partialDateScore);
// context words ("admitted", "discharged", "died", "appointment") raise them, and a partial date
// right after "on" ("charged on Dec 3") or with a time of day after it scores 0.5. A time of day
// right after a date in prose belongs to it ("met on 2020-07-31 00:57:51", "March 3rd, 2021 at
// 4:30 PM"); a machine timestamp, syslog's and Go's reference time score timestampScore and keep
// only their date.
func dateFinding(s string, i, end int, named bool) Finding {
	score := 0.4
	partial := named && digitRuns(s[i:end]) == 1 || !named && digitRuns(s[i:end]) == 2 // March 3, June 1970, 03/2021
	switch {
	case partial && named && !yearBoundary(s, i, end) && !inTable(s, end):
		score = namedPartialScore // "moved here in March 2019", "charged on Dec 3"
	case partial:
		score = partialDateScore
	case named:
		score = 0.55
	case longYear(s[i:end]):
		score = 0.5
	case (strings.Count(s[i:end], "/") == 2 || strings.Count(s[i:end], "-") == 2) && afterOn(s, i):
		score = 0.5 // "spoke on 11/12/31", "signed on 6-16-20": a day, as "on" says
	case strings.Count(s[i:end], "/") == 2:
		score = partialDateScore // 3/4/22: a date as clinics write it, which dotted versions are not
	}
	t := timeOfDay(s, end)
	if productStamp(s, i) {
		// a build date glued to a product's name, as a user agent writes it: Gecko/2011-04-16
		return Finding{Type: DateTime, Start: i, End: max(end, t), Score: timestampScore, Source: SourcePattern}
	}
	if goReference(s, i, end) {
		return Finding{Type: DateTime, Start: i, End: end, Score: timestampScore, Source: SourcePattern}
	}
	if partial && t > end && strings.Count(s[end:t], ":") == 2 && numericOnly(s[end:t]) { // Jan  2 15:04:05: syslog
		if y := year(s, t+1); t < len(s) && s[t] == ' ' && y == t+5 {
			// Wed Jan  5 14:32:11 2003: a C library's timestamp, its year after its time;
			// "on" makes it prose's
			score = timestampScore
			if afterOn(s, i) {
				score = 0.5
			}
			return Finding{Type: DateTime, Start: i, End: y, Score: score, Source: SourcePattern}
		}
		return Finding{Type: DateTime, Start: i, End: end, Score: timestampScore, Source: SourcePattern}
	}
	switch {
	case t > end:
		switch {
		case opensLine(s, i) && chatSender(s, t):
			end, score = t, max(score, 0.5) // a chat export's message: "12.03.2025 19:58 Anna: see you", "3/12/25, 7:58 PM - Anna: …"
		case s[end] != ' ' || !opensLine(s, i):
			end = t
		default:
			score = timestampScore // a log line's
		}
	case end+3 < len(s) && (s[end] == 'T' || s[end] == '_') && isDigit(s[end+1]) && isDigit(s[end+2]) && s[end+3] == ':':
		score = timestampScore
		end = isoTime(s, end)
		if afterOn(s, i) {
			score = 0.5 // "the MRI was done on 1933-06-24T22:05:39": prose's date, with its time
		}
	default:
		if t := proseTime(s, end); t > end { // March 3rd, 2021 at 4:30 PM
			end = t
			if partial || opensLine(s, i) && chatSender(s, t) {
				score = max(score, 0.5) // a day with its time: a date, whatever it lacks; a chat's message ("3/12/25, 7:58 PM - Anna: …")
			}
		}
	}
	return Finding{Type: DateTime, Start: clockBefore(s, i), End: zoneAfter(s, i, end), Score: score, Source: SourcePattern}
}

// clockBefore returns where a time of day written before the date at s[i] and "on" starts ("Born
// 14:11 on 4 April 1971", "admitted at 8am on Saturday, Jan 3"; stop 62), or i.
func clockBefore(s string, i int) int {
	if i < 6 || s[i-4:i] != " on " {
		return i
	}
	k := i - 4
	j := k
	for j > 0 && k-j < 8 && (isDigit(s[j-1]) || s[j-1] == ':' || s[j-1] == '.' || s[j-1] == 'a' || s[j-1] == 'p' || s[j-1] == 'm' || s[j-1] == 'A' || s[j-1] == 'P' || s[j-1] == 'M') {
		j--
	}
	for j < k && !isDigit(s[j]) {
		j++ // the time opens with its hour
	}
	if j == k || j > 0 && isAlnum(s[j-1]) || clock(s, j, false) != k {
		return i
	}
	return j
}

// zoneAfter returns where a time zone's offset or name after a date's time of day ending at
// s[end] ends (RFC 2822's "Tue, 12 Mar 1974 22:30:08 +0000", "… 10:12 UTC"; stop 62), or end.
func zoneAfter(s string, i, end int) int {
	if end+4 > len(s) || s[end] != ' ' || !isDigit(s[end-1]) || strings.IndexByte(s[i:end], ':') < 0 {
		return end
	}
	e := end
	switch z := s[end+1:]; {
	case len(z) >= 5 && (z[0] == '+' || z[0] == '-') && allDigits(z[1:5]):
		e = end + 6
	case strings.HasPrefix(z, "UTC") || strings.HasPrefix(z, "GMT"):
		e = end + 4
	default:
		return end
	}
	if e < len(s) && isAlnum(s[e]) {
		return end
	}
	return e
}

// yearBoundary reports the first or the last day of a year without its year ("January 1", "Dec
// 31", "1st Jan"): a calendar's reference point, as code and law write it, more than a day in
// someone's life.
func yearBoundary(s string, i, end int) bool {
	d := s[i:end]
	m, _ := monthName(d, 0)
	if m == 0 {
		_, after, _ := strings.Cut(d, " ")
		if strings.HasPrefix(after, "of ") {
			after = after[3:]
		}
		m, _ = monthName(after, 0)
	}
	day := 0
	for k := 0; k < len(d); k++ {
		if isDigit(d[k]) {
			day = day*10 + int(d[k]-'0')
		} else if day > 0 {
			break
		}
	}
	return m == 1 && day == 1 || m == 12 && day == 31
}

// inTable reports a date followed, past spaces, by another number: a row of a table ("31 Dec
// -400  _DI400Y") rather than prose.
func inTable(s string, end int) bool {
	j := skipSpaces(s, end)
	if j < len(s) && s[j] == '-' {
		j++
	}
	return j > end && j < len(s) && isDigit(s[j])
}

// productStamp reports a date at s[i] written right after a slash that ends a word ("Gecko/",
// "build/"): a product's build stamp, not a day in someone's life.
func productStamp(s string, i int) bool {
	return i > 1 && s[i-1] == '/' && isLetter(s[i-2])
}

// goReference reports Go's reference time, Mon Jan 2 15:04:05 MST 2006, which every Go program
// writes in its time layouts: January 2, 2006 in any form, inside a string literal or followed by
// 15:04, and January 2 followed by 15:04.
func goReference(s string, i, end int) bool {
	quoted := i > 0 && (s[i-1] == '"' || s[i-1] == '`')
	if !quoted && !strings.HasPrefix(s[end:], " 15:04") && !strings.HasPrefix(s[end:], ", 15:04") {
		return false
	}
	nums := strings.FieldsFunc(s[i:end], func(r rune) bool { return r < '0' || r > '9' })
	named := strings.Contains(strings.ToLower(s[i:end]), "jan")
	is := func(n string, v ...string) bool { return slices.Contains(v, n) }
	switch {
	case named && len(nums) == 1:
		return is(nums[0], "2", "02") && !quoted // January 2, 15:04:05
	case named && len(nums) == 2:
		return is(nums[0], "2", "02") && is(nums[1], "2006", "06") // Jan 2, 2006; 02 Jan 06
	case !named && len(nums) == 3:
		return is(nums[0], "2006") && is(nums[1], "01", "1") && is(nums[2], "02", "2") ||
			is(nums[2], "2006", "06") && (is(nums[0], "01", "1") && is(nums[1], "02", "2") || is(nums[0], "02", "2") && is(nums[1], "01", "1"))
	}
	return false
}

// partialDateScore is the score of a date without its day or its year ("March 3", "June 1970"):
// an element of a date, masked where a context word ("admitted", "born", "appointment") is near.
const partialDateScore = 0.45

// namedPartialScore is the score of a date without its day or its year that names its month
// ("March 3", "June 1970", "the 14th of March"): HIPAA counts the month and the day as elements
// of a date, and prose names a month where a day of someone's life is meant; a release, a
// version or a copyright before it lowers it (NegativeContextWords).
const namedPartialScore = 0.5

// digitRuns counts the runs of digits in d.
func digitRuns(d string) int {
	n := 0
	for k := 0; k < len(d); k++ {
		if isDigit(d[k]) && (k == 0 || !isDigit(d[k-1])) {
			n++
		}
	}
	return n
}

// longYear reports a run of four digits in a numeric date.
func longYear(d string) bool {
	run := 0
	for k := 0; k < len(d); k++ {
		if isDigit(d[k]) {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// opensLine reports whether only spaces, tabs and opening brackets or quotes stand between the
// start of the line and s[i].
// chatSender reports a chat message's sender after a timestamp ending at s[t], as chat exports
// write a line: a dash, a bracket or a comma and the sender's name and a colon ("- Anna Weber:",
// "] Anna:", " Anna:"), or an IRC nick in angle brackets ("<anna>"). A name is one to four
// words, each a capital and lower-case letters: a log's level (INFO:, ERROR:) is none.
func chatSender(s string, t int) bool {
	k := t
	for k < len(s) && k-t < 4 && (s[k] == ' ' || s[k] == ']' || s[k] == ',' || s[k] == '-') {
		k++
	}
	if strings.HasPrefix(s[k:], "– ") || strings.HasPrefix(s[k:], "— ") {
		k += len("– ")
	}
	if k == t || k >= len(s) {
		return false
	}
	if s[k] == '<' {
		j := k + 1
		for j < len(s) && j-k <= 32 && (isAlnum(s[j]) || s[j] == '_' || s[j] == '-' || s[j] == '.') {
			j++
		}
		return j > k+1 && j < len(s) && s[j] == '>'
	}
	words := 0
	for words < 4 {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(r) {
			return false
		}
		j := k + size
		lower := 0
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLower(r) && r != '\'' && r != '-' {
				break
			}
			j += size
			lower++
		}
		if lower == 0 {
			return false // INFO, ERROR, a single capital
		}
		words++
		if j < len(s) && s[j] == ':' {
			return true
		}
		if j >= len(s) || s[j] != ' ' {
			return false
		}
		k = j + 1
	}
	return false
}

func opensLine(s string, i int) bool {
	for k := i - 1; k >= 0 && s[k] != '\n'; k-- {
		switch s[k] {
		case ' ', '\t', '[', '(', '"', '\'', '\r':
		default:
			return false
		}
	}
	return true
}

// timeOfDay reads " HH:MM", " H:MM", " HH:MM:SS" or " HH:MM:SS.fff", with an optional AM or
// PM, after a date ending at s[end], and returns where it ends, or end.
func timeOfDay(s string, end int) int {
	if end >= len(s) || s[end] != ' ' {
		return end
	}
	if t := clock(s, end+1, true); t > end+1 {
		return t
	}
	return end
}

// ordinalDay reads a day of the month written as an ordinal at s[i] ("14th", "3rd"), with no
// letter or digit after it, and returns where it ends, or 0.
func ordinalDay(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 2 {
		j++
	}
	if j == i || atoi(s[i:j]) < 1 || atoi(s[i:j]) > 31 || j+2 > len(s) || j+2 < len(s) && isAlnum(s[j+2]) {
		return 0
	}
	switch strings.ToLower(s[j : j+2]) {
	case "st", "nd", "rd", "th":
		return j + 2
	}
	return 0
}

// isoTime reads the time of an ISO 8601 timestamp right after its date at s[end], "T10:00:00",
// "T10:00:00.123Z", "T10:00+02:00", with its fraction and zone, and returns where it ends, or
// end.
func isoTime(s string, end int) int {
	two := func(k int) bool { return k+2 <= len(s) && isDigit(s[k]) && isDigit(s[k+1]) }
	if end >= len(s) || s[end] != 'T' || !two(end+1) || end+3 >= len(s) || s[end+3] != ':' || !two(end+4) {
		return end
	}
	j := end + 6
	if j < len(s) && s[j] == ':' && two(j+1) {
		j += 3
		if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
			for j++; j < len(s) && isDigit(s[j]); j++ {
			}
		}
	}
	switch {
	case j < len(s) && s[j] == 'Z':
		j++
	case j < len(s) && (s[j] == '+' || s[j] == '-') && two(j+1):
		k := j + 3
		if k < len(s) && s[k] == ':' {
			k++
		}
		if two(k) {
			j = k + 2
		}
	}
	if j < len(s) && isAlnum(s[j]) {
		return end
	}
	return j
}

// timeAfterDate reads a time of day written right after a date ending at s[end], as a
// timestamp's "T10:00:00Z", " 14:56:41" or prose's " at 8:04 PM", and returns where it ends, or
// end.
func timeAfterDate(s string, end int) int {
	if t := isoTime(s, end); t > end {
		return t
	}
	if t := timeOfDay(s, end); t > end {
		return t
	}
	return proseTime(s, end)
}

// proseTime reads a time of day that prose writes after a date or a weekday, "at 4:30 PM",
// ", 10am", " @ 14:00", " 9 p.m.", and returns where it ends, or end.
func proseTime(s string, end int) int {
	for _, join := range []string{" at ", ", ", " @ ", " "} {
		if strings.HasPrefix(s[end:], join) {
			if t := clock(s, end+len(join), false); t > end+len(join) {
				return t
			}
		}
	}
	for _, join := range []string{" @ ", " at "} { // 03/15 @ 0630: a clinic's 24-hour time, unpunctuated
		if k := end + len(join); strings.HasPrefix(s[end:], join) && k+4 <= len(s) && allDigits(s[k:k+4]) &&
			(k+4 == len(s) || !isAlnum(s[k+4])) && atoi(s[k:k+2]) < 24 && atoi(s[k+2:k+4]) < 60 {
			return k + 4
		}
	}
	return end
}

// clock reads a time of day at s[j]: H:MM, HH:MM:SS or HH:MM:SS.fff with an optional am or pm,
// or, unless colon is set, an hour with am or pm (4pm, 11 a.m.). It returns where the time
// ends, or j.
func clock(s string, j int, colon bool) int {
	h := j
	for j < len(s) && isDigit(s[j]) && j-h < 2 {
		j++
	}
	if j == h || atoi(s[h:j]) > 23 {
		return h
	}
	hasMinutes := j+3 <= len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) && atoi(s[j+1:j+3]) <= 59
	if hasMinutes {
		j += 3
		if j+3 <= len(s) && s[j] == ':' && isDigit(s[j+1]) && isDigit(s[j+2]) {
			j += 3
			if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
				j++
				for j < len(s) && isDigit(s[j]) {
					j++
				}
			}
		}
	} else if colon {
		return h
	}
	if m := meridiem(s, j); m > j {
		j = m
	} else if !hasMinutes {
		return h
	}
	if j < len(s) && (isAlnum(s[j]) || s[j] == ':') {
		return h
	}
	return j
}

// meridiem reads "am", "pm", "a.m." or "p.m." in any case, after at most one space, at s[j],
// and returns where it ends, or j.
func meridiem(s string, j int) int {
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k+1 >= len(s) || s[k]|0x20 != 'a' && s[k]|0x20 != 'p' {
		return j
	}
	switch {
	case s[k+1]|0x20 == 'm' && (k+2 == len(s) || !isAlnum(s[k+2])):
		return k + 2
	case k+3 < len(s) && s[k+1] == '.' && s[k+2]|0x20 == 'm' && s[k+3] == '.':
		return k + 4
	}
	return j
}

// weekdayScore is the score of a weekday standing alone ("on Thursday", "Friday at 10am"): a
// date element that a context word ("appointment", "seen", "admitted") makes a person's.
const weekdayScore = 0.3

// weekdayNames are the English weekday names, in full and abbreviated. An abbreviation is a
// weekday only before a date (Sat, 4 May 2024), being also a word.
var weekdayNames = foldSet(weekdayWords)

const weekdayWords = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"

// weekdayName reports whether w is a weekday name, and whether it is written in full. Most
// words are turned away by their first letter and length before any comparison.
func weekdayName(w string) (full, ok bool) {
	switch w[0] | 0x20 {
	case 'm', 't', 'w', 'f', 's':
	default:
		return false, false
	}
	if len(w) > 5 && !hasPrefixFold(w[len(w)-3:], "day") {
		return false, false
	}
	return len(w) > 5, weekdayNames.has(w)
}

// CalendarWord reports a weekday's or a month's name written in full, in any case ("friday",
// "September"): no town typed in lower case.
func CalendarWord(w string) bool {
	if w == "" {
		return false
	}
	if full, ok := weekdayName(w); ok && full {
		return true
	}
	return len(w) > 3 && monthNumber(w) > 0
}

// weekday reads a weekday name s[i:j] and what it opens: a date ("Monday, June 5th", "Tue 3/4/2021"),
// whose span it joins, or a time of day ("Friday at 10am"); a full name also stands alone.
func weekday(s string, i, j int) (Finding, bool) {
	if j-i <= 5 && !isUpper(s[i]) {
		return Finding{}, false // an abbreviation needs its capital: not "sat", "sun", "wed"
	}
	full, ok := weekdayName(s[i:j])
	if !ok || !full && !isUpper(s[i]) {
		return Finding{}, false
	}
	k := j
	if k < len(s) && (s[k] == ',' || s[k] == '.' && !full) {
		k++
	}
	if k+1 < len(s) && s[k] == ' ' {
		if k++; s[k] == ' ' {
			k++
		}
		the := hasPrefixFold(s[k:], "the ") && k+4 < len(s) && isDigit(s[k+4])
		if the {
			k += 4 // Wednesday the 4th of March
		}
		if end := date(s, k); end > 0 {
			f := dateFinding(s, i, end, !isDigit(s[end-1]) || wordsIn(s[k:end]))
			if f.Score == partialDateScore || f.Score == namedPartialScore {
				f.Score = 0.55 // a weekday before "March 3" says it is a date
			}
			return f, true
		}
		if end := monthSlashDay(s, k); !the && end > 0 {
			// Mon 3/4: a weekday says the fraction is a day
			return Finding{Type: DateTime, Start: i, End: proseTime(s, end), Score: namedPartialScore, Source: SourcePattern}, true
		}
		if end := ordinalDay(s, k); the && end > 0 {
			// Thursday the 14th: a day of this month
			return Finding{Type: DateTime, Start: i, End: proseTime(s, end), Score: namedPartialScore, Source: SourcePattern}, true
		}
	}
	if !full {
		return Finding{}, false
	}
	return Finding{Type: DateTime, Start: i, End: proseTime(s, j), Score: weekdayScore, Source: SourcePattern}, true
}

// months maps month names and abbreviations (English, French, German, Spanish, Italian, Dutch,
// Portuguese, Russian, Greek, and those of moreMonths) to numbers.
var months = newFoldTable(withMoreMonths(map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
	// Russian, in the genitive a date writes them in (14 марта 1985) and the nominative
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
	// Greek, in the genitive, lower case and capitalised (the table folds ASCII only)
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
	"Ιανουαρίου": 1, "Φεβρουαρίου": 2, "Μαρτίου": 3, "Απριλίου": 4, "Μαΐου": 5, "Ιουνίου": 6, "Ιουλίου": 7, "Αυγούστου": 8, "Σεπτεμβρίου": 9, "Οκτωβρίου": 10, "Νοεμβρίου": 11, "Δεκεμβρίου": 12,
}))

// moreMonths are the month names of Polish, Czech, Slovak, Croatian, Slovenian, Romanian,
// Hungarian, Turkish, Indonesian, Swedish, Danish, Norwegian and Finnish, one line a month, in the
// nominative and the genitive (or partitive) a date writes them in ("22 listopada 1938",
// "14. března 1985", "22. marraskuuta 1938"), and of Thai, Hindi, Bengali, Arabic (the Egyptian
// and the Levantine names of one word), Persian and Hebrew ("15 มีนาคม", "15 मार्च 1998",
// "15 مارس 1998"; Hebrew's also with the "in" its dates write before the month, "15 במרץ 1998"); months adds those it lacks. A Thai year is the Buddhist era's (2541), which
// is left as a year is.
var moreMonths = [12]string{
	"styczeń stycznia leden ledna január januára siječanj siječnja ianuarie ocak tammikuu tammikuuta มกราคม जनवरी জানুয়ারি يناير ژانویه ינואר בינואר",
	"luty lutego únor února február februára veljača veljače februarie şubat Şubat subat helmikuu helmikuuta กุมภาพันธ์ फ़रवरी फरवरी ফেব্রুয়ারি فبراير شباط فوریه פברואר בפברואר",
	"marzec marca březen března marec martie március marcius mart ožujak ožujka marts maaliskuu maaliskuuta maret มีนาคม मार्च মার্চ مارس آذار מרץ במרץ",
	"kwiecień kwietnia duben dubna apríl apríla travanj travnja aprilie április aprilis nisan huhtikuu huhtikuuta เมษายน अप्रैल এপ্রিল أبريل إبريل ابريل نيسان آوریل אפריל באפריל",
	"maja květen května máj mája svibanj svibnja maj május majus mayıs toukokuu toukokuuta พฤษภาคม मई মে مايو أيار ایار מאי במאי",
	"czerwiec czerwca červen června jún júna lipanj lipnja junij iunie június junius haziran kesäkuu kesäkuuta มิถุนายน जून জুন يونيو حزيران ژوئن יוני ביוני",
	"lipiec lipca červenec července júl júla srpanj srpnja julij iulie július julius temmuz heinäkuu heinäkuuta กรกฎาคม जुलाई জুলাই يوليو تموز ژوئیه יולי ביולי",
	"sierpień sierpnia srpen srpna augusta kolovoz kolovoza avgust augusztus ağustos agustos augusti elokuu elokuuta agustus สิงหาคม अगस्त আগস্ট أغسطس اغسطس آب اوت אוגוסט באוגוסט",
	"wrzesień września září septembra rujan rujna septembrie szeptember eylül syyskuu syyskuuta กันยายน सितंबर सितम्बर সেপ্টেম্বর سبتمبر أيلول سپتامبر ספטמבר בספטמבר",
	"październik października říjen října októbra listopad listopada octombrie október ekim lokakuu lokakuuta ตุลาคม अक्टूबर अक्तूबर অক্টোবর أكتوبر اكتوبر اکتبر אוקטובר באוקטובר",
	"listopadu novembra studeni studenoga studenog noiembrie kasım marraskuu marraskuuta พฤศจิกายน नवंबर नवम्बर নভেম্বর نوفمبر نوامبر נובמבר בנובמבר",
	"grudzień grudnia prosinec prosince decembra prosinac prosinca decembrie aralık desember joulukuu joulukuuta desember ธันวาคม दिसंबर दिसम्बर ডিসেম্বর ديسمبر دسامبر דצמבר בדצמבר",
}

// withMoreMonths adds moreMonths to m.
func withMoreMonths(m map[string]int) map[string]int {
	for k, line := range moreMonths {
		for _, w := range strings.Fields(line) {
			if _, ok := m[w]; !ok {
				m[w] = k + 1
			}
		}
	}
	return m
}

// monthNumber returns the number of the month named w (in any case), or 0.
func monthNumber(w string) int {
	n, _ := months.get(w)
	return n
}

// dateAfterDigits reports whether what follows the digits at s[i] lets date read a date there:
// a separator after at most four digits (2024-01-31, 04/2021, 31.01.2024), or after a day of
// at most two digits a space, a dash or an ordinal's suffix (31 January, 31-Jan, 31st). Most
// numbers in a text fail this at once.
func dateAfterDigits(s string, i int) bool {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i <= 4 {
		j++
	}
	if j >= len(s) {
		return false
	}
	switch c := s[j]; {
	case c == '/' || c == '-' || c == '.':
		return j-i <= 4
	case c == ' ' || c|0x20 == 's' || c|0x20 == 'n' || c|0x20 == 'r' || c|0x20 == 't':
		return j-i <= 2
	case isLetterByte(c):
		return j-i <= 2 && compactMonthDate(s, i) > 0 // 14MAR2026
	}
	return false
}

// compactMonthDate reads a day, a month's three-letter abbreviation and a year written together
// at s[i], as military and hospital systems write a date (14MAR2026, 03Jan26, 7feb1985); it
// returns the end, or 0. The month's letters are all capitals, or a capital and two small (in
// small letters, "3sep12" is as often a code); the year has two or four digits, and nothing
// alphanumeric follows.
func compactMonthDate(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 2 {
		j++
	}
	if day := atoi(s[i:j]); j == i || day < 1 || day > 31 || j+3 > len(s) {
		return 0
	}
	m := s[j : j+3]
	if !isLetterByte(m[0]) || !isLetterByte(m[1]) || !isLetterByte(m[2]) || monthNumber(strings.ToLower(m)) == 0 ||
		!(upperWord(m) || isUpper(m[0]) && isLower(m[1]) && isLower(m[2])) {
		return 0
	}
	k := j + 3
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if n := e - k; n != 2 && n != 4 || e < len(s) && isAlnum(s[e]) {
		return 0
	}
	if y := atoi(s[k:e]); e-k == 4 && (y < 1900 || y > 2100) {
		return 0
	}
	return e
}

// date reads a date beginning at s[i] and returns where it ends, or 0. It reads numeric dates
// (2024-01-31, 01/31/2024, 31.01.2024, 1/31/24) and dates with a month name (January 31, 2024;
// 31 January 2024; 31-Jan-2024; Jan 31 2024).
func date(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if isDigit(s[i]) {
		if !dateAfterDigits(s, i) {
			return 0
		}
		if end := compactMonthDate(s, i); end > 0 {
			return end
		}
		if end := numericDate(s, i); end > 0 {
			return end
		}
		if end := numericMonthYear(s, i); end > 0 {
			return end
		}
		if end := numericMonthDay(s, i); end > 0 {
			return end
		}
		if end := vietnameseDate(s, i); end > 0 {
			return end // 22 tháng 11 năm 1938
		}
		// 31 January 2024, 31st of January 2024, 31-Jan-2024
		j := i
		for j < len(s) && isDigit(s[j]) && j-i < 2 {
			j++
		}
		day := atoi(s[i:j])
		j = ordinalSuffix(s, j)
		dotted, ofMonth := false, false
		switch {
		case j > i+2 && hasPrefixFold(s[j:], " day of "):
			ofMonth = true // a deed's and a court's: "this 3rd day of March, 2025", "the 14th day of January"
			j += len(" day of")
		case strings.HasPrefix(s[j:], " of "), strings.HasPrefix(s[j:], " de "):
			ofMonth = j > i+2 && s[j+1] == 'o' // an ordinal's: "the 3rd of march" names a month in any case
			j += 3                             // the 14th of March; 5 de mayo de 1990
		case strings.HasPrefix(s[j:], ". ") && j+2 < len(s) && isLetterByte(s[j+2]):
			j, dotted = j+1, true // 3. März 1985, with its year: "Chapter 3. May the" is none
		}
		if j < len(s) && (s[j] == ' ' || s[j] == '-') && day >= 1 && day <= 31 {
			if end, ok := monthThenYear(s, j+1); ok {
				if dotted && end+2 < len(s) && s[end] == ',' && s[end+1] == ' ' && isDigit(s[end+2]) && !isDigit(s[end-3]) {
					return 0 // a list's number before a month, its day and its year: "3. March 14, 1985"
				}
				return end
			}
			// 3 March, the 14th of March: no year
			if m, end := monthName(s, j+1); m > 0 && s[j] == ' ' && !dotted && (yearless(s, j+1, end) || ofMonth && (end == len(s) || !isAlnum(s[end]))) {
				return end
			}
		}
		// "discharged on the 14th", "born at 10:42 pm on the 3rd": a day alone, after "on the",
		// shortly after a patient's event on the line
		if j > i+2 && day >= 1 && day <= 31 && (j == len(s) || !isAlnum(s[j])) && i >= 7 && hasPrefixFold(s[i-7:], "on the ") && eventWordNear(s, i-7, 64) {
			if j+1 < len(s) && s[j] == ' ' && isLower(s[j+1]) {
				if w, _ := word(s, j+1); !clauseGoesOn.has(w) {
					return 0 // "seen on the 2nd floor": an ordinal of something else
				}
			}
			return j
		}
		return 0
	}
	// January 31, 2024 / Jan 31 2024 / January 31 / June 1970 / June, 1970 / March of 2019
	m, j := monthName(s, i)
	if m > 0 && j+6 <= len(s) && s[j] == ',' && s[j+1] == ' ' {
		if y := year(s, j+2); y-(j+2) == 4 && yearless(s, i, j) {
			return y
		}
		return 0
	}
	if m > 0 && j+4 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
		return monthDashDay(s, j)
	}
	if m == 0 || j >= len(s) || s[j] != ' ' && s[j] != '.' {
		return 0
	}
	monthEnd := j
	for j < len(s) && (s[j] == ' ' || s[j] == '.') {
		j++
	}
	if hasPrefixFold(s[j:], "of ") && j+7 <= len(s) && isDigit(s[j+3]) {
		j += 3 // March of 2019
	}
	if j > monthEnd {
		// Jan '24, March ’98: a year of two digits after an apostrophe
		if a := apostropheYear(s, j); a > 0 && yearless(s, i, monthEnd) {
			return a
		}
		if hasPrefixFold(s[j:], "the ") && j+5 <= len(s) && isDigit(s[j+4]) {
			j += 4 // March the 5th, 2020
		}
	}
	if y := year(s, j); y-j == 4 {
		if yearless(s, i, monthEnd) && (y == len(s) || !isAlnum(s[y]) && !(s[y] == '.' && y+1 < len(s) && isDigit(s[y+1]))) {
			return y // June 1970: the month is a date element
		}
		return 0
	}
	d := j
	for j < len(s) && isDigit(s[j]) && j-d < 2 {
		j++
	}
	if j == d || atoi(s[d:j]) < 1 || atoi(s[d:j]) > 31 {
		return 0
	}
	j = ordinalSuffix(s, j)
	dayEnd := j
	if r := dayRangeEnd(s, j, atoi(s[d:j])); r > j {
		// March 4-6, 2019: a stay of days, whole with its year
		k := r
		if k < len(s) && s[k] == ',' {
			k++
		}
		if k < len(s) && s[k] == ' ' {
			if y := year(s, k+1); y-(k+1) == 4 && (y == len(s) || !isAlnum(s[y])) {
				return y
			}
		}
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	if j < len(s) && s[j] == ' ' {
		if y := year(s, j+1); y > 0 {
			return y
		}
		if a := apostropheYear(s, j+1); a > 0 {
			return a // Feb 14th '19
		}
	}
	// March 3, Jan 15th: no year, unless a number or a word joined to it follows (March 3rd-5th
	// is read up to 3rd; "May 5.2" and "March 3:15" are not dates; "Progress note March 8: doing
	// well" is one)
	if yearless(s, i, monthEnd) && !numberGoesOn(s, dayEnd) {
		return dayEnd
	}
	return 0
}

// vietnameseDate reads a day, "tháng" and the month's number, and the year after "năm" or a
// comma if there is one, as Vietnamese writes a date ("22 tháng 11 năm 1938", "22 tháng 11,
// 1938"), at s[i], and returns where it ends, or 0.
func vietnameseDate(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 2 {
		j++
	}
	if d := atoi(s[i:j]); j == i || d < 1 || d > 31 || !hasPrefixFold(s[j:], " tháng ") {
		return 0
	}
	k := j + len(" tháng ")
	m := k
	for m < len(s) && isDigit(s[m]) && m-k < 2 {
		m++
	}
	if mo := atoi(s[k:m]); m == k || mo < 1 || mo > 12 || m < len(s) && isAlnum(s[m]) {
		return 0
	}
	for _, sep := range []string{" năm ", ", ", " "} {
		if hasPrefixFold(s[m:], sep) {
			if y := year(s, m+len(sep)); y-(m+len(sep)) == 4 {
				return y
			}
		}
	}
	return m
}

// ordinalSuffix returns where an ordinal's suffix at s[k] ends ("st", "nd", "rd", "th", in any
// case: 3rd, 21ST), or k when there is none.
func ordinalSuffix(s string, k int) int {
	if k+2 <= len(s) {
		switch string([]byte{lowerByte[s[k]], lowerByte[s[k+1]]}) { // no allocation: compared, not kept
		case "st", "nd", "rd", "th":
			return k + 2
		}
	}
	return k
}

// numberGoesOn reports a letter or a digit at s[k], or a colon or a dot and a digit after it:
// what carries a number on past a date's day ("March 3rd-5th", "May 5.2", "March 3:15").
func numberGoesOn(s string, k int) bool {
	if k >= len(s) {
		return false
	}
	c := s[k]
	return isAlnum(c) || (c == ':' || c == '.') && k+1 < len(s) && isDigit(s[k+1])
}

// ambiguousMonths are month names that are also common words: a date without a year needs them
// capitalised ("May 5", not "you may 5 times").
var ambiguousMonths = map[string]bool{"may": true, "march": true, "mar": true, "mai": true, "mars": true, "mei": true, "mart": true, "maj": true}

// yearless reports whether the month name s[i:end] may open or close a date that has no year:
// capitalised if it is also a common word, and not followed by a street word ("12 March Road").
func yearless(s string, i, end int) bool {
	if ambiguousMonths[strings.ToLower(s[i:end])] && !isUpper(s[i]) {
		return false
	}
	if end < len(s) && isLetter(s[end]) {
		return false
	}
	// the street's name may have a word or two before its suffix ("14 Jan Smuts Ave", a street
	// named for a person, stop 35: the date had been taken and the rest left in the clear)
	for n, at := 0, end; n < 3 && at+1 < len(s) && s[at] == ' '; n++ {
		w, e := word(s, at+1)
		if streetSuffix(w) && (n == 0 || isUpper(w[0])) {
			return false
		}
		if w == "" || !isUpper(w[0]) || upperWord(w) {
			break
		}
		at = e
	}
	return true
}

// monthDashDay reads the day and year after a month name and a dash ending at s[j], as
// "Mar-03-2019" writes them, and returns where the date ends, or 0.
func monthDashDay(s string, j int) int {
	d := j + 1
	k := d
	for k < len(s) && isDigit(s[k]) && k-d < 2 {
		k++
	}
	if k == d || k >= len(s) || s[k] != '-' || atoi(s[d:k]) < 1 || atoi(s[d:k]) > 31 {
		return 0
	}
	if y := year(s, k+1); y > 0 && (y == len(s) || !isAlnum(s[y]) && s[y] != '-') {
		return y
	}
	return 0
}

// dayRangeEnd reads the last day of a range of days after a first day ending at s[j] ("-6",
// "–12th"), later than first, and returns where it ends, or j.
func dayRangeEnd(s string, j, first int) int {
	k := j + dashAt(s, j)
	if k == j {
		return j
	}
	d := k
	for k < len(s) && isDigit(s[k]) && k-d < 2 {
		k++
	}
	if k == d || atoi(s[d:k]) <= first || atoi(s[d:k]) > 31 {
		return j
	}
	if e := ordinalDay(s, d); e > 0 {
		k = e
	}
	if k < len(s) && isAlnum(s[k]) {
		return j
	}
	return k
}

// apostropheYear returns the end of a year of two digits after an apostrophe at s[j] ("'24",
// "’98"), or 0.
func apostropheYear(s string, j int) int {
	k := j
	switch {
	case strings.HasPrefix(s[j:], "'"):
		k++
	case strings.HasPrefix(s[j:], "’"):
		k += len("’")
	default:
		return 0
	}
	if digitsAt(s, k) != 2 || k+2 < len(s) && (isAlnum(s[k+2]) || s[k+2] == '\'') {
		return 0
	}
	return k + 2
}

// monthThenYear reads "January 2024", "Jan-2024" or "mayo de 1990" at s[i].
func monthThenYear(s string, i int) (int, bool) {
	m, j := monthName(s, i)
	if m > 0 {
		j = otherLanguageMonth(s, i, j)
	}
	if m == 0 || j >= len(s) || (s[j] != ' ' && s[j] != '-' && s[j] != ',' && s[j] != '.') {
		return 0, false
	}
	if s[j] == '.' { // 4 Mar. 2019: an abbreviation's period, then its year
		if j+1 >= len(s) || s[j+1] != ' ' || j-i > 4 {
			return 0, false
		}
		j++
	}
	j++
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if strings.HasPrefix(s[j:], "de ") || strings.HasPrefix(s[j:], "del ") {
		j = strings.IndexByte(s[j:], ' ') + j + 1 // 5 de mayo de 1990
	}
	if y := year(s, j); y > 0 {
		return y, true
	}
	if i+1 < len(s) && s[i] == 0xe0 && (s[i+1] == 0xb8 || s[i+1] == 0xb9) && j+4 <= len(s) && allDigits(s[j:j+4]) && (j+4 == len(s) || !isAlnum(s[j+4])) {
		if be := atoi(s[j : j+4]); be >= 2393 && be <= 2643 {
			return j + 4, true // a Thai month and the Buddhist era's year: 15 มีนาคม 2541 (1998)
		}
	}
	return 0, false
}

// otherLanguageMonth returns the end of the month's name in a second language after the month
// s[i:j] and a slash, as a passport writes its dates ("14 FEB /FEV 85", "03 AUG/AOÛT 1990"):
// a month name, or a word of two to five capitals after one in capitals; j where none follows.
func otherLanguageMonth(s string, i, j int) int {
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || s[k] != '/' {
		return j
	}
	k++
	if k < len(s) && s[k] == ' ' {
		k++
	}
	m, e := monthName(s, k)
	if m > 0 || e-k >= 2 && e-k <= 10 && Capitals(s[i:j]) && Capitals(s[k:e]) && utf8.RuneCountInString(s[k:e]) <= 5 {
		if e > k && e < len(s) && s[e] == ' ' {
			return e
		}
	}
	return j
}

// Capitals reports a word with letters, none of them in lower case: "JOHN", "AYŞE".
func Capitals(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsUpper(r)
	}
	return letters
}

// monthName reads a month name at s[i] and returns its number and end.
func monthName(s string, i int) (int, int) {
	j := i
	for j < len(s) && (isLetter(s[j]) || s[j] >= 0x80) && j-i < 40 { // Greek's and Russian's take two bytes a letter, Thai's and Hindi's three
		j++
	}
	return monthNumber(s[i:j]), j
}

// year reads a two- or four-digit year at s[i] and returns its end.
func year(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 4 {
		j++
	}
	if (j-i != 4 && j-i != 2) || j < len(s) && (isAlnum(s[j]) || s[j] == ':' && j+1 < len(s) && isDigit(s[j+1])) { // 15:04 is a time; "7 April 2022: doing well" a date
		return 0
	}
	if j-i == 4 && (atoi(s[i:j]) < 1850 || atoi(s[i:j]) > 2100) {
		return 0
	}
	return j
}

// numericMonthYear reads a month and a four-digit year, 03/2021 or 3-2021, at s[i].
func numericMonthYear(s string, i int) int {
	j := leadingMonth(s, i)
	if j == 0 || j+5 > len(s) || s[j] != '/' && s[j] != '-' {
		return 0
	}
	y := year(s, j+1)
	if y-(j+1) != 4 || y < len(s) && (s[y] == '/' || s[y] == '-' || s[y] == '.') && y+1 < len(s) && isDigit(s[y+1]) {
		return 0
	}
	return y
}

// numericMonthDay reads a month and day without a year, 11/20 or 3/7, at s[i], when "on" or a
// patient's event stands before it or a time of day in prose follows ("on 11/20", "discharged
// 6/3", "11/20 at 2:15pm"); alone it reads as a fraction or a score.
func numericMonthDay(s string, i int) int {
	return vouchedMonthDay(s, i, 8)
}

// vouchedMonthDay is numericMonthDay, a month and day vouched for by a run of such dates before
// it too, up to depth of them (stop 48: "absent on 3/12 and 3/13", "seen on 3/12, 3/13 and 3/14",
// whose later days had gone upstream).
func vouchedMonthDay(s string, i, depth int) int {
	k := monthSlashDay(s, i)
	if k == 0 {
		return 0
	}
	if afterOn(s, i) || proseTime(s, k) > k || eventWordBefore(s, i) || phraseBefore(s, i, monthDayPhrases) {
		return k
	}
	if depth == 0 {
		return 0
	}
	// the month and day before, past a run's joining words
	g := i
	for g > 0 && i-g <= 24 && !isDigit(s[g-1]) && s[g-1] != '\n' {
		g--
	}
	if g == i || g == 0 || !isDigit(s[g-1]) || !dateJoin(s[g:i]) {
		return 0
	}
	q := g
	for q > 0 && g-q < 5 && (isDigit(s[q-1]) || s[q-1] == '/') {
		q--
	}
	if q > 0 && isAlnum(s[q-1]) || monthSlashDay(s, q) != g || vouchedMonthDay(s, q, depth-1) == 0 {
		return 0
	}
	return k
}

// monthSlashDay reads a month and day without a year, 11/20 or 3/7 (or a day and month, 14/05),
// at s[i], and returns where it ends, or 0.
func monthSlashDay(s string, i int) int {
	j, last := leadingMonth(s, i), 31
	if j == 0 {
		// a day that can be no month before it, as most of the world writes them: "on 14/05"
		// (stop 56); the month after it then
		if j = leadingDay(s, i); j == 0 {
			return 0
		}
		last = 12
	}
	if j+1 >= len(s) || s[j] != '/' {
		return 0
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) && k-j <= 2 {
		k++
	}
	if k == j+1 || k-j > 3 || atoi(s[j+1:k]) < 1 || atoi(s[j+1:k]) > last || k < len(s) && (isAlnum(s[k]) || s[k] == '/' || (s[k] == '.' || s[k] == '-') && k+1 < len(s) && isDigit(s[k+1])) {
		return 0
	}
	return k
}

// leadingDay reads a day of two digits from 13 to 31, which no month is, that opens a number at
// s[i], as leadingMonth reads a month.
func leadingDay(s string, i int) int {
	if i+2 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || atoi(s[i:i+2]) < 13 || atoi(s[i:i+2]) > 31 || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '/' || s[i-1] == '.') {
		return 0
	}
	return i + 2
}

// eventWords are a patient's events, which a record writes a month and day right after
// ("discharged 6/3", "seen 11/20", "DOS: 3/7").
var eventWords = newFoldTable(wordSet("admitted discharged seen died visited transferred operated born dob dos appt appointment lmp edd edc doi onset " +
	"scheduled surgery hospitalized hospitalised delivered vaccinated tested presented returned readmitted injured " +
	// a treatment's steps (stop 49: "egg retrieval 11/29, embryo transfer planned 12/04")
	"planned rescheduled postponed retrieval transfer biopsy biopsied intubated extubated induced implanted " +
	// a pharmacy's (stop 55: "Rx refilled 11/02"; "filled" fills tanks by fractions too)
	"refilled dispensed " +
	// a follow-up, as notes write it run together (stop 56: "followup 3/7"; "f/u 05/04" is eventWordBefore's)
	"followup"))

// monthDayPhrases put a day of a plan or a person's calendar after them (stop 55: "the IEP
// meeting is set for 10/14", "her last day is 12/15" had gone upstream).
var monthDayPhrases = []string{"set for ", "scheduled for ", "booked for ", "planned for ", "rescheduled for ", "rescheduled to ",
	"moved to ", "pushed to ", "last day is ", "first day is ", "due ", "due on ", "due by ", "effective ", "starting ", "until "}

// clauseGoesOn are the words after a day alone that close its phrase: "on the 14th and", "on
// the 3rd at noon".
var clauseGoesOn = foldSet("and but or at in with for to when after before because so then")

// eventWordNear reports an event word among the words of the line that end within n bytes
// before s[i].
func eventWordNear(s string, i, n int) bool {
	for k := i; k > 0 && k > i-n; {
		for k > 0 && !isLetter(s[k-1]) {
			if s[k-1] == '\n' || s[k-1] == '.' || s[k-1] == ';' {
				return false
			}
			k--
		}
		e := k
		for k > 0 && isLetter(s[k-1]) {
			k--
		}
		if e > k && eventWords.has(s[k:e]) {
			return true
		}
	}
	return false
}

// eventWordBefore reports an event word right before s[i], past a colon and one space.
func eventWordBefore(s string, i int) bool {
	j := i
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	if j > 0 && s[j-1] == ':' {
		j--
	}
	if j >= 3 && (strings.EqualFold(s[j-3:j], "d/c") || strings.EqualFold(s[j-3:j], "f/u")) && (j == 3 || !isAlnum(s[j-4])) {
		return true // "d/c 03/15": a discharge, as clinical notes abbreviate it; "f/u 05/04", a follow-up (stop 56)
	}
	for _, dc := range []string{"d/c'd", "d/c’d"} {
		if j >= len(dc) && strings.EqualFold(s[j-len(dc):j], dc) && (j == len(dc) || !isAlnum(s[j-len(dc)-1])) {
			return true // "d/c'd 10/16": discharged
		}
	}
	k := j
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return k < j && (k == 0 || !isAlnum(s[k-1])) && eventWords.has(s[k:j])
}

// leadingMonth reads a month of one or two digits (1 to 12) that opens a number at s[i], with no
// digit, letter, slash or period before it, and returns where it ends, or 0.
func leadingMonth(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 2 {
		j++
	}
	if j == i || atoi(s[i:j]) < 1 || atoi(s[i:j]) > 12 || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '/' || s[i-1] == '.') {
		return 0
	}
	return j
}

// afterOn reports the word "on" right before s[i]: "charged on Dec 3", "on 11/20".
func afterOn(s string, i int) bool {
	return i >= 3 && strings.EqualFold(s[i-3:i], "on ") && (i == 3 || !isAlnum(s[i-4]))
}

// numericDate reads YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY and
// two-digit-year forms at s[i].
func numericDate(s string, i int) int {
	if end := romanMonthDate(s, i); end > 0 {
		return end
	}
	var parts [3][2]int
	j := i
	var sep byte
	spaced := false // a period and a space between the parts, as Czech, Slovak and Hungarian write a date: 14. 03. 2025, 2025. 03. 14.
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
			if sep == '.' && (k == 0 && j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) || k == 1 && spaced) {
				if j >= len(s) || s[j] != ' ' {
					return 0
				}
				spaced = true
				j++
			}
		}
	}
	isoTime := j+3 < len(s) && s[j] == 'T' && isDigit(s[j+1]) && isDigit(s[j+2]) && s[j+3] == ':' // 2003-08-09T14:32:11
	if j < len(s) && !isoTime && (isAlnum(s[j]) || (s[j] == '.' || s[j] == '/' || s[j] == '-') && j+1 < len(s) && isDigit(s[j+1])) {
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

// romanMonths are the months in Roman numerals, as Central and Eastern Europe write them in
// dates: 12.IV.2019, 3 XI 1985.
var romanMonths = map[string]bool{"I": true, "II": true, "III": true, "IV": true, "V": true, "VI": true, "VII": true, "VIII": true,
	"IX": true, "X": true, "XI": true, "XII": true}

// romanMonthDate reads a day, a month in Roman numerals and a four-digit year at s[i], joined by
// periods or single spaces ("12.IV.2019", "3 XI 1985"), or 0.
func romanMonthDate(s string, i int) int {
	j := i + digitsAt(s, i)
	if j == i || j-i > 2 || j+1 >= len(s) || s[j] != '.' && s[j] != ' ' {
		return 0
	}
	sep := s[j]
	day := atoi(s[i:j])
	k := j + 1
	m := k
	for m < len(s) && (s[m] == 'I' || s[m] == 'V' || s[m] == 'X') && m-k < 4 {
		m++
	}
	if day < 1 || day > 31 || !romanMonths[s[k:m]] || m+5 > len(s) || s[m] != sep || digitsAt(s, m+1) != 4 {
		return 0
	}
	if y := atoi(s[m+1 : m+5]); y < 1850 || y > 2100 || m+5 < len(s) && isAlnum(s[m+5]) {
		return 0
	}
	return m + 5
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

// datesInRuns gives each date of a run of dates the score of the strongest one: dates joined
// by "and", "or", "to", "until", "through", "then", a comma or a dash are dates of one kind
// ("seen on 3 May and again 17 June", "admitted 3/7, discharged 3/12"), so a partial date that
// a context word or "on" vouched for vouches for the ones beside it. Machine timestamps neither
// give nor take. fs is ordered by start.
func datesInRuns(text string, fs []Finding) []Finding {
	inRun := func(f Finding) bool { return f.Type == DateTime && f.Score > timestampScore }
	for i := 0; i < len(fs); {
		j, best := i+1, fs[i].Score // the run is fs[i:j]
		for inRun(fs[i]) && j < len(fs) && inRun(fs[j]) && dateJoin(text[fs[j-1].End:fs[j].Start]) {
			best = max(best, fs[j].Score)
			j++
		}
		for ; i < j; i++ {
			fs[i].Score = best
		}
	}
	return fs
}

// dateJoin reports the words that join two dates of one run: a comma, a dash or a slash, and
// at most two of and, or, to, until, through, then, again, discharged, seen (a record's list:
// "admitted 3/7, discharged 3/12").
func dateJoin(gap string) bool {
	if len(gap) == 0 || len(gap) > 24 {
		return false
	}
	words := 0
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '–' || r == '/' }) {
		switch strings.ToLower(w) {
		case "and", "or", "to", "until", "through", "then", "again", "discharged", "seen", "admitted":
			words++
		default:
			return false
		}
	}
	return words <= 2 && strings.Trim(gap, " ") != ""
}

// compactDate reads eight digits at s[i] that make a date of birth written without separators,
// month or day first and the year last, or the year first (01021980, 19800102); it returns their
// end. Only a date-of-birth cue reads it: eight digits alone are any number.
func compactDate(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-i != 8 || j < len(s) && isAlnum(s[j]) {
		return 0
	}
	d := s[i:j]
	plausible := func(y, m, day int) bool { return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && day >= 1 && day <= 31 }
	if plausible(atoi(d[4:]), atoi(d[:2]), atoi(d[2:4])) || plausible(atoi(d[4:]), atoi(d[2:4]), atoi(d[:2])) || plausible(atoi(d[:4]), atoi(d[4:6]), atoi(d[6:])) {
		return j
	}
	return 0
}

// shortBirthDate reads, at s[i], a date of birth with the month first written in five to seven
// digits (121584, 31485 for 3/14/85, 3141985) or in groups of digits with spaces between them,
// as a form's boxes or a transcript's pauses leave it (3 14 85, 02 25 1936); it returns its end.
// Only a date-of-birth cue reads it, and the month, the day and the year must all be
// plausible in one reading: "DOB 99999" is none.
func shortBirthDate(s string, i int) int {
	var parts [3]string
	j, n := i, 0
	for n < 3 {
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == j {
			break
		}
		parts[n], n, j = s[j:k], n+1, k
		if n == 3 || j+1 >= len(s) || s[j] != ' ' || !isDigit(s[j+1]) {
			break
		}
		j++
	}
	if j < len(s) && (isAlnum(s[j]) || s[j] == '/' || s[j] == '-' || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) {
		return 0
	}
	ok := func(m, d, y string) bool {
		return len(m) <= 2 && len(d) <= 2 && (len(y) == 2 || len(y) == 4 && atoi(y) >= 1900 && atoi(y) <= 2100) &&
			atoi(m) >= 1 && atoi(m) <= 12 && atoi(d) >= 1 && atoi(d) <= 31
	}
	switch n {
	case 3:
		if ok(parts[0], parts[1], parts[2]) {
			return j
		}
	case 1:
		d := parts[0]
		for _, cut := range [][2]int{{1, 3}, {2, 3}, {2, 4}, {1, 2}} { // M DD YY, MM D YY, MM DD YY, M D YYYY (seven: M DD YYYY, MM D YYYY)
			if cut[1] < len(d) && len(d) >= 5 && len(d) <= 7 && len(d)-cut[1] != 3 && ok(d[:cut[0]], d[cut[0]:cut[1]], d[cut[1]:]) {
				return j
			}
		}
	}
	return 0
}

// spelledOrdinals are the days of a month written out as ordinals, as a person says a birthday
// ("the fourth of July", "March twenty-first"), and their numbers.
var spelledOrdinals = func() foldTable[int] {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	m := map[string]int{"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
	for i, u := range units {
		m[u], m["twenty-"+u], m["twenty "+u] = i+1, 21+i, 21+i
	}
	for i, w := range strings.Fields("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth") {
		m[w] = 10 + i
	}
	return newFoldTable(m)
}()

// spelledOrdinal reads a day written out as an ordinal at s[i] ("fourth", "twenty-first",
// "twenty first") and returns where it ends, or 0.
func spelledOrdinal(s string, i int) int {
	_, end := SpelledDay(s, i)
	return end
}

// SpelledDay reads a day of a month said as an ordinal at s[i] ("fourth", "twenty-first",
// "twenty first") and returns its number and where it ends, or 0 and 0: what a date said in
// words holds for its day (the vault's stand-ins move such a date as one written with digits).
func SpelledDay(s string, i int) (int, int) {
	w, j := word(s, i)
	if w == "" {
		return 0, 0
	}
	if strings.EqualFold(w, "twenty") || strings.EqualFold(w, "thirty") {
		if j+1 < len(s) && s[j] == ' ' {
			if w2, k := word(s, j+1); w2 != "" {
				if d, ok := spelledOrdinals.get(s[i:k]); ok {
					return d, k
				}
			}
		}
		return 0, 0
	}
	if d, ok := spelledOrdinals.get(w); ok {
		return d, j
	}
	return 0, 0
}

// birthDate reads a date of birth after a word that announces one ("DOB", "birthday"), which
// vouches for forms that alone are too weak to be dates: a month and day without a year ("my
// birthday is 04/12"), a month in lower case that is also a word ("bday is march 3rd"), and a
// day spelled out as an ordinal ("the fourth of July, 1976", "March twenty-first"). It returns
// where the date ends, or 0.
func birthDate(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	withYear := func(end int) int {
		k := end
		if k < len(s) && s[k] == ',' {
			k++
		}
		if k < len(s) && s[k] == ' ' {
			if y := year(s, k+1); y-(k+1) == 4 {
				return y
			}
		}
		return end
	}
	closed := func(end int) bool { return end == len(s) || !isAlnum(s[end]) }
	if isDigit(s[i]) {
		if k := monthSlashDay(s, i); k > 0 {
			return k
		}
		// a day and a month in any case, as German, French and Dutch write one without a year:
		// "am 3. März", "le 3 mars", "op 3 maart", "5 de mayo"
		k := i
		for k < len(s) && isDigit(s[k]) && k-i < 2 {
			k++
		}
		if day := atoi(s[i:k]); day < 1 || day > 31 {
			return 0
		}
		if k = ordinalSuffix(s, k); k < len(s) && s[k] == '.' {
			k++ // "3. März": German's ordinal dot
		}
		if k >= len(s) || s[k] != ' ' {
			return 0
		}
		k++
		if hasPrefixFold(s[k:], "of ") || hasPrefixFold(s[k:], "de ") {
			k += 3
		}
		if m, end := monthName(s, k); m > 0 && closed(end) {
			return withYear(end)
		}
		return 0
	}
	// the fourth of July (, 1976)
	if k := spelledOrdinal(s, i); k > 0 && hasPrefixFold(s[k:], " of ") {
		if m, end := monthName(s, k+4); m > 0 && closed(end) {
			return withYear(end)
		}
		return 0
	}
	m, j := monthName(s, i)
	if m == 0 || j >= len(s) || s[j] != ' ' {
		return 0
	}
	// March twenty-first, july the 4th, march 3rd (, 1985)
	k := j + 1
	if hasPrefixFold(s[k:], "the ") {
		k += 4
	}
	if e := spelledOrdinal(s, k); e > 0 && closed(e) {
		return withYear(e)
	}
	d := k
	for k < len(s) && isDigit(s[k]) && k-d < 2 {
		k++
	}
	if k == d || atoi(s[d:k]) < 1 || atoi(s[d:k]) > 31 {
		return 0
	}
	k = ordinalSuffix(s, k)
	if !closed(k) || numberGoesOn(s, k) {
		return 0
	}
	return withYear(k)
}
