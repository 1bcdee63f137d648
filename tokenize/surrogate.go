package tokenize

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/veil-gateway/veil/redact"
)

// Surrogates are realistic stand-ins for training data: a name of the same shape, an email,
// phone, card, SSN or street address that looks real, a date shifted by the tenant's secret
// offset. Each is chosen by a keyed hash of the value, so the same value gets the same
// surrogate; the vault keeps surrogate -> value, unique within the tenant, so it reverses.
// Every surrogate is also safe: emails are at example.com/.net/.org, cards are in the 400000
// test range, SSNs in area 666, which is never issued, phones keep their shape with new
// digits, and names come from gofakeit's lists.

// SurrogateTypes are the types the surrogate action covers; other types are tokenized.
var SurrogateTypes = map[string]bool{
	"PERSON": true, "EMAIL_ADDRESS": true, "PHONE_NUMBER": true, "CREDIT_CARD": true, "US_SSN": true,
	"DATE_TIME": true, "DATE_OF_BIRTH": true, "STREET_ADDRESS": true, "USERNAME": true,
}

// surrogateSpace is the vault namespace of a type's surrogates. Both date types share one, so a
// date gets one surrogate whichever type found it.
func surrogateSpace(typ string) string {
	if dateType(typ) {
		return "DATE~s"
	}
	return typ + "~s"
}

// dateType reports the types whose surrogates are dates moved by an offset.
func dateType(typ string) bool { return typ == "DATE_TIME" || typ == "DATE_OF_BIRTH" }

var (
	givenNames  = data.Person["first"]
	familyNames = data.Person["last"]
	streetNames = data.Address["street_name"]
	nameSet     = func() map[string]bool {
		m := map[string]bool{}
		for _, n := range append(append([]string{}, givenNames...), familyNames...) {
			m[strings.ToLower(n)] = true
		}
		return m
	}()
)

// SurrogateCandidates returns up to four surrogates for value, most preferred first, or nil
// when the type has no surrogate or the value cannot take one (a date in no known format).
func SurrogateCandidates(key []byte, typ, norm, value string) []string {
	return surrogateCandidates(key, typ, norm, value, "")
}

// surrogateCandidates is SurrogateCandidates with the person whose offset moves a date: the
// normalised name, or "" for the tenant's offset.
func surrogateCandidates(key []byte, typ, norm, value, person string) []string {
	if dateType(typ) {
		if s, ok := shiftDate(value, DateShiftFor(key, person)); ok {
			return []string{s}
		}
		if s, ok := shiftDate(writtenDate(value), DateShiftFor(key, person)); ok {
			return []string{s} // said in words: "march third nineteen eighty five" moves as "march 3rd 1985"
		}
		return nil
	}
	if !SurrogateTypes[typ] {
		return nil
	}
	if (typ == "PHONE_NUMBER" || typ == "US_SSN" || typ == "CREDIT_CARD") && !strings.ContainsAny(value, "0123456789") {
		value = redact.Canonical(value) // said in words ("five five five, …"): a stand-in in digits, as it is written
	}
	out := make([]string, 0, 4)
	for i := range 4 {
		h := hmac.New(sha256.New, key)
		fmt.Fprintf(h, "surrogate\x00%s\x00%s\x00%d", typ, norm, i)
		var seed [32]byte
		copy(seed[:], h.Sum(nil))
		rng := rand.New(rand.NewChaCha8(seed))
		var s string
		switch typ {
		case "PERSON":
			s = surrogateName(rng, value)
		case "EMAIL_ADDRESS":
			s = strings.ToLower(pick(rng, givenNames)+"."+pick(rng, familyNames)) + fmt.Sprint(rng.IntN(100)) + "@example." + pick(rng, []string{"com", "net", "org"})
		case "PHONE_NUMBER":
			s = surrogateDigits(rng, value, phonePrefix(value), "")
		case "CREDIT_CARD":
			s = surrogateCard(rng, value)
		case "US_SSN":
			s = surrogateDigits(rng, value, 0, "666")
		case "USERNAME":
			s = surrogateHandle(rng, value)
		case "STREET_ADDRESS":
			s = fmt.Sprintf("%d %s %s", 10+rng.IntN(9980), pick(rng, familyNames), pick(rng, streetNames))
		}
		if s != "" && s != value {
			out = append(out, s)
		}
	}
	return out
}

// writtenDate writes a date said in words as a date in digits that shiftDate reads: its numbers
// as redact reads them ("nineteen eighty five" 1985) and its day said as an ordinal with its
// digits ("third" 3rd, "twenty first" 21st, redact.SpelledDay); value itself when it says no
// day so.
func writtenDate(value string) string {
	v := redact.Canonical(value)
	for i := 0; i < len(v); i++ {
		if i > 0 && unicode.IsLetter(rune(v[i-1])) {
			continue // inside a word: "firstly" holds no "first"
		}
		d, end := redact.SpelledDay(v, i)
		if end == 0 || end < len(v) && unicode.IsLetter(rune(v[end])) {
			continue
		}
		before := v[:i]
		if i > 5 && strings.EqualFold(v[i-5:i], " the ") {
			before = v[:i-4] // "march the twenty first": "march 21st"
		}
		return before + strconv.Itoa(d) + ordinalSuffix(d) + v[end:]
	}
	return value
}

// surrogateable reports whether value can take a surrogate of its type.
func surrogateable(typ, value string) bool {
	switch {
	case !SurrogateTypes[typ]:
		return false
	case dateType(typ):
		_, ok := shiftDate(value, 1)
		if !ok {
			_, ok = shiftDate(writtenDate(value), 1) // said in words
		}
		return ok
	}
	return true
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

// surrogateHandle makes a user name of the same make: an '@' kept, a given name and a family name
// joined by the value's separator ('.' or '_'; '_' for '-'; '.' for none), or for an @mention
// without one the family name's initial, and digits where the value had any ("@jennyk" →
// "@mariab", "kwame.owusu" → "lucas.moreno", "ops_bot7" → "ana_lopez42", "jdoe" →
// "tara.vance"). Every stand-in has a shape findHandles finds again in a model's answer.
func surrogateHandle(rng *rand.Rand, value string) string {
	var b strings.Builder
	rest := value
	at := strings.HasPrefix(rest, "@")
	if at {
		b.WriteByte('@')
		rest = rest[1:]
	}
	given, family := handleLetters(pick(rng, givenNames)), handleLetters(pick(rng, familyNames))
	if given == "" || family == "" {
		return ""
	}
	b.WriteString(given)
	sep := byte('.')
	if k := strings.IndexAny(rest, "._-"); k > 0 {
		sep = rest[k]
	}
	switch {
	case sep == '-':
		sep = '_'
		fallthrough
	case strings.ContainsAny(rest, "._-") || !at:
		b.WriteByte(sep)
		b.WriteString(family)
	default:
		b.WriteString(family[:1])
	}
	if strings.ContainsAny(rest, "0123456789") {
		fmt.Fprint(&b, 10+rng.IntN(90))
	}
	return b.String()
}

// handleLetters lower-cases w and keeps only its ASCII letters, as user names are written.
func handleLetters(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// surrogateName replaces each word of a name with a listed name of the same case: the first
// word with a given name, the others with family names; initials stay initials.
func surrogateName(rng *rand.Rand, value string) string {
	var b strings.Builder
	word := 0
	for i := 0; i < len(value); {
		r, size := utf8.DecodeRuneInString(value[i:])
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			i += size
			continue
		}
		j := i
		for j < len(value) {
			r2, s2 := utf8.DecodeRuneInString(value[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += s2
		}
		w := value[i:j]
		var repl string
		switch {
		case utf8.RuneCountInString(w) == 1:
			repl = string(rune('A' + rng.IntN(26)))
		case word == 0:
			repl = pick(rng, givenNames)
		default:
			repl = pick(rng, familyNames)
		}
		b.WriteString(matchCase(w, repl))
		word++
		i = j
	}
	return b.String()
}

func matchCase(like, s string) string {
	switch {
	case strings.ToUpper(like) == like:
		return strings.ToUpper(s)
	case strings.ToLower(like) == like:
		return strings.ToLower(s)
	}
	return s
}

// phonePrefix is how many leading digits a phone surrogate keeps: the country code after a '+'.
func phonePrefix(v string) int {
	v = strings.TrimSpace(v)
	if !strings.HasPrefix(v, "+") {
		return 0
	}
	n := 0
	for _, r := range v[1:] {
		if r < '0' || r > '9' {
			break
		}
		n++
	}
	return min(n, 3)
}

// surrogateDigits keeps value's layout and its first keep digits (or puts lead first), and
// draws the other digits.
func surrogateDigits(rng *rand.Rand, value string, keep int, lead string) string {
	b := []byte(value)
	d := 0
	for i, c := range b {
		if c < '0' || c > '9' {
			continue
		}
		switch {
		case d < len(lead):
			b[i] = lead[d]
		case d < keep:
		default:
			b[i] = byte('0' + rng.IntN(10))
			if d == len(lead) && lead == "666" && b[i] == '0' { // group 00 is never issued either; keep it plausible
				b[i] = '1'
			}
		}
		d++
	}
	return string(b)
}

// surrogateCard draws a card number in the 400000 test range with a valid Luhn digit, in the
// original's length and grouping.
func surrogateCard(rng *rand.Rand, value string) string {
	var digits []byte
	for i := 0; i < len(value); i++ {
		if value[i] >= '0' && value[i] <= '9' {
			digits = append(digits, value[i])
		}
	}
	n := len(digits)
	if n < 12 {
		return ""
	}
	copy(digits, "400000")
	for i := 6; i < n-1; i++ {
		digits[i] = byte('0' + rng.IntN(10))
	}
	digits[n-1] = redact.LuhnDigit(digits[:n-1])
	b := []byte(value)
	k := 0
	for i := range b {
		if b[i] >= '0' && b[i] <= '9' {
			b[i] = digits[k]
			k++
		}
	}
	return string(b)
}

// dateLayouts are the date formats a surrogate keeps.
var dateLayouts = []string{"2006-01-02", "01/02/2006", "1/2/2006", "02.01.2006", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006", "January 2 2006",
	// with a time of day, which stays as it is
	"2006-01-02 15:04:05", "2006-01-02 15:04", "01/02/2006 15:04", "1/2/2006 15:04", "1/2/2006 3:04 pm", "1/2/2006 3:04 PM",
	// without a year, or without a day: the offset moves them as it moves whole dates
	"January 2", "Jan 2", "2 January", "2 Jan", "January 2006", "Jan 2006", "January, 2006", "Jan, 2006", "01/2006", "1/2006", "01/02", "1/2"}

// DateShift is the tenant's secret date offset: every date moves back the same number of days
// (1 to 364), so intervals between dates are kept, as HIPAA de-identification practice does.
func DateShift(key []byte) int { return DateShiftFor(key, "") }

// DateShiftFor is the secret offset of one person (a normalised name) under the tenant's key,
// 1 to 364 days as DateShift, and DateShift itself for "": with a policy's `date_shift: person`,
// every date of a record moves by the offset of the first person the record names, so the
// intervals in one patient's history are kept while two patients' dates move apart.
func DateShiftFor(key []byte, person string) int {
	h := hmac.New(sha256.New, key)
	h.Write([]byte("date-shift"))
	if person != "" {
		h.Write([]byte("\x00person\x00" + person))
	}
	return 1 + int(binary.BigEndian.Uint32(h.Sum(nil))%364)
}

// shiftDate moves a date back by shift days, in its own layout and language (shiftForeign for
// month names other than English's). Prose around a date
// moves with it: a weekday before it becomes the new date's weekday in the same spelling
// ("Monday, June 5th" -> "Thursday, May 4th"), an ordinal day keeps its suffix, and a time of
// day after it ("at 4:30 PM") stays as written.
func shiftDate(value string, shift int) (string, bool) {
	trimmed := strings.TrimSpace(value)
	v := trimmed
	var day string
	if loc := weekdayPrefix.FindStringIndex(v); loc != nil {
		day, v = v[:loc[1]], v[loc[1]:]
	}
	after := ""
	out, ok := shiftLayout(v, shift)
	if !ok {
		out, ok = shiftForeign(v, shift)
	}
	if !ok {
		if loc := timeSuffix.FindStringIndex(v); loc != nil {
			after = v[loc[0]:]
			if out, ok = shiftLayout(v[:loc[0]], shift); !ok {
				out, ok = shiftForeign(v[:loc[0]], shift)
			}
		}
	}
	if !ok {
		return "", false
	}
	if day != "" {
		out = shiftWeekday(day, shift) + out
	}
	return strings.Replace(value, trimmed, out+after, 1), true
}

// shiftLayout moves a date in one of dateLayouts, with an ordinal day or not, back by shift days.
func shiftLayout(v string, shift int) (string, bool) {
	ord := ordinalDay.FindStringSubmatchIndex(v)
	of := ""
	if ord != nil {
		if ord[4] >= 0 {
			of = " of"
		}
		v = v[:ord[3]] + v[ord[1]:] // March 3rd, 2021 -> March 3, 2021; 4th of May -> 4 May
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l, v)
		if err != nil {
			continue
		}
		moved := t.AddDate(0, 0, -shift)
		out := moved.Format(l)
		if ord != nil {
			if end := dayEnd(out, moved.Day()); end > 0 {
				out = out[:end] + ordinalSuffix(moved.Day()) + of + out[end:]
			}
		}
		return out, true
	}
	return "", false
}

// weekdayPrefix reads a weekday that opens a date, with what joins it to the date ("Monday, ",
// "Wednesday the ").
var weekdayPrefix = regexp.MustCompile(`^(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,? +(?:the +)?`)

// ordinalDay reads a day written as an ordinal (3rd, 21st, 4th of): group 1 is its number,
// group 2 the "of" after it.
var ordinalDay = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)( of)?\b`)

// timeSuffix reads a time of day that prose writes after a date ("at 4:30 PM", ", 10am").
var timeSuffix = regexp.MustCompile(`(?i)(?: at | @ |, | )\d{1,2}(?::\d{2}(?::\d{2})?(?: ?[ap]m| ?[ap]\.m\.)?| ?[ap]m| ?[ap]\.m\.)$`)

// dayEnd returns where the first run of one or two digits that reads as day ends in s, or 0.
func dayEnd(s string, day int) int {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			i++
			continue
		}
		if n, _ := strconv.Atoi(s[i:j]); j-i <= 2 && n == day {
			return j
		}
		i = j
	}
	return 0
}

// ordinalSuffix is English's suffix for a day of the month.
func ordinalSuffix(d int) string {
	switch {
	case d == 1 || d == 21 || d == 31:
		return "st"
	case d == 2 || d == 22:
		return "nd"
	case d == 3 || d == 23:
		return "rd"
	}
	return "th"
}

// shiftWeekday returns the weekday shift days before the one that prefix names, spelled as it is:
// in full or abbreviated, in its case, with what follows it ("., ", " the ").
func shiftWeekday(prefix string, shift int) string {
	n := strings.IndexFunc(prefix, func(r rune) bool { return !unicode.IsLetter(r) })
	if n < 0 {
		n = len(prefix)
	}
	name, rest := prefix[:n], prefix[n:] // "Wednesday" and " the ", "Tue" and "., "
	lower := strings.ToLower(name)
	k := slices.IndexFunc(weekdayNames, func(w string) bool { return strings.HasPrefix(strings.ToLower(w), lower[:3]) })
	if k < 0 {
		return prefix
	}
	w := weekdayNames[((k-shift)%7+7)%7]
	if len(name) < 6 {
		w = w[:3]
	}
	switch {
	case name == strings.ToUpper(name):
		w = strings.ToUpper(w)
	case name == lower:
		w = strings.ToLower(w)
	}
	return w + rest
}

var weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// surrogateShapes find text that could be a surrogate in a model's answer: the vault decides
// which ones are.
var surrogateShapes = regexp.MustCompile(`[A-Za-z0-9._%+-]+@example\.(?:com|net|org)\b` +
	`|\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?\b|\b\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(?: [AaPp][Mm])?` + // before the digit runs, which would take their start
	`|\+?\(?\d[\d ().-]{5,22}\d` +
	`|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b` +
	`|\b` + monthNames + `\.? \d{1,2},? \d{4}\b|\b\d{1,2} ` + monthNames + ` \d{4}\b` + // whole dates before the partial ones they begin with
	`|\b` + monthNames + ` (?:\d{4}|\d{1,2})\b|\b\d{1,2} ` + monthNames + `\b` +
	`|\b\d{2,4} [A-Z][a-z]+ [A-Z][a-z]+\b` +
	`|@[a-z]+(?:[._][a-z]+)?\d*\b|\b[a-z]+[._][a-z]+\d*\b`) // user names, as surrogateHandle writes them

// monthNames are the English month names and abbreviations that date stand-ins are written with.
const monthNames = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`

// findSurrogates returns spans of s that could be surrogates: the shapes above, ISO dates, and
// runs of one to four words from the name lists (every sub-run, so a name cut short is tried
// too). Spans overlap; the caller keeps the known ones.
func findSurrogates(s string) []Match {
	var out []Match
	add := func(a, b int) { out = append(out, Match{Start: a, End: b, Token: s[a:b]}) }
	for _, loc := range surrogateShapes.FindAllStringIndex(s, -1) {
		add(loc[0], loc[1])
	}
	for _, loc := range isoDate.FindAllStringIndex(s, -1) {
		add(loc[0], loc[1])
	}
	for _, loc := range foreignDateShape.FindAllStringIndex(s, -1) {
		add(loc[0], loc[1])
	}
	for _, m := range proseDateShape.FindAllStringSubmatchIndex(s, -1) {
		// with and without its weekday and its time: the vault knows which was the stand-in
		for _, start := range []int{m[2], m[4]} {
			for _, end := range []int{m[7], m[5]} {
				if start >= 0 && end >= 0 {
					add(start, end)
				}
			}
		}
	}
	var run [][2]int
	emit := func() {
		for i := range run {
			for j := i; j < len(run) && j < i+4; j++ {
				add(run[i][0], run[j][1])
			}
		}
		run = run[:0]
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += s2
		}
		if !nameSet[strings.ToLower(s[i:j])] && !(j-i == 1 && unicode.IsUpper(r)) {
			emit()
		} else {
			if len(run) > 0 {
				if gap := s[run[len(run)-1][1]:i]; gap != " " && gap != ". " && gap != "-" && gap != "'" {
					emit()
				}
			}
			run = append(run, [2]int{i, j})
		}
		i = j
	}
	emit()
	return out
}

var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

// proseDateShape finds date stand-ins as prose writes them: (1) a weekday before, (2) the date,
// with an ordinal day or not, (3) a time of day after.
var proseDateShape = regexp.MustCompile(`\b((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\.?,? +(?:the +)?)?` +
	`(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{2}\.\d{2}\.\d{4}|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}` +
	`|` + monthNames + `\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)?(?: of)? ` + monthNames + `(?: \d{4})?|` + monthNames + `,? \d{4})\b` +
	`((?: at | @ |, | )\d{1,2}(?::\d{2}(?::\d{2})?(?: ?[AaPp][Mm]| ?[ap]\.m\.)?| ?[AaPp][Mm]| ?[ap]\.m\.))?`)

// surrogateWindow is more than the longest stand-in: a stream holds back this much of its tail,
// so that no stand-in is cut between what it lets go and what it holds.
const surrogateWindow = 80

// surrogateHoldback returns where a stream may cut text: before its last surrogateWindow
// bytes, and before any stand-in-shaped span that would straddle the cut.
func surrogateHoldback(text string) int {
	cut := len(text) - surrogateWindow
	if cut <= 0 {
		return 0
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	for moved := true; moved; {
		moved = false
		for _, m := range findSurrogates(text) {
			if m.Start < cut && cut < m.End {
				cut, moved = m.Start, true
			}
		}
	}
	return cut
}

// WithSurrogates returns a Rehydrator that also puts values back in place of the surrogates
// the resolver knows. Its streams hold back their last 80 bytes until more text or the end.
func (r *Rehydrator) WithSurrogates() *Rehydrator {
	c := *r
	c.surrogates = true
	return &c
}

// replaceSurrogates swaps known surrogates in s for their values, longest first where spans
// overlap.
func (r *Rehydrator) replaceSurrogates(ctx context.Context, s string, jsonMode bool) (string, error) {
	ms := findSurrogates(s)
	if len(ms) == 0 {
		return s, nil
	}
	toks := make([]string, len(ms))
	for i, m := range ms {
		toks[i] = m.Token
	}
	vals, err := r.resolve(ctx, toks)
	if err != nil || len(vals) == 0 {
		return s, err
	}
	var known []Match
	for _, m := range ms {
		if _, ok := vals[m.Token]; ok {
			known = append(known, m)
		}
	}
	slices.SortFunc(known, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	var b strings.Builder
	last := 0
	for _, m := range known {
		if m.Start < last {
			continue
		}
		b.WriteString(s[last:m.Start])
		if jsonMode {
			writeJSONValue(&b, vals[m.Token], true)
		} else {
			b.WriteString(vals[m.Token])
		}
		last = m.End
	}
	b.WriteString(s[last:])
	return b.String(), nil
}
