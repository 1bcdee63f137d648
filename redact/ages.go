package redact

import (
	"slices"
	"strings"
)

// ageMarkers follow an age: "93 years old", "93-year-old", "93 yo", "45 y.o.".
var ageMarkers = []string{"years old", "year old", "year-old", "years-old", "years of age", "yo", "y/o", "y.o", "yrs old", "yr old", "yr-old", "yrs-old"}

// Ages: any age is personal data (GDPR), so all are found; ages over 89 are the ones HIPAA Safe
// Harbor names, and score higher.
const (
	ageScore    = 0.6
	oldAgeScore = 0.85
)

// ageFinding scores an age read at s[i:j], or reports none outside 0-130.
func ageFinding(s string, i, j int) (Finding, bool) {
	age := atoi(s[i:j])
	if j-i > 3 || age > 130 {
		return Finding{}, false
	}
	return ageAt(i, j, age), true
}

// ageAt is the finding of age, written at [start, end) in digits or in words.
func ageAt(start, end, age int) Finding {
	score := ageScore
	if age >= 90 {
		score = oldAgeScore
	}
	return Finding{Type: Age, Start: start, End: end, Score: score, Source: SourceCue}
}

// attachedMarkers follow an age with no space, as clinical notes write it: "67yo", "92y/o".
var attachedMarkers = []string{"yo", "y/o", "y.o.", "y.o", "yr", "yrs", "yoa"}

// attachedMarkerLen returns the length of the age marker at s[at], or 0.
func attachedMarkerLen(s string, at int) int {
	for _, m := range attachedMarkers {
		if len(s)-at >= len(m) && strings.EqualFold(s[at:at+len(m)], m) {
			if e := at + len(m); e == len(s) || !isAlnum(s[e]) {
				return len(m)
			}
		}
	}
	return 0
}

// ageAttached reads an age of one to three digits at s[i] with its marker run into it ("67yo",
// "92y/o", "45yrs"), not inside a word or a longer number.
func ageAttached(s string, i int) (Finding, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 4 {
		j++
	}
	if j-i > 3 || j == len(s) || s[j]|0x20 != 'y' {
		return Finding{}, false
	}
	if attachedMarkerLen(s, j) == 0 && !bareYearAge(s, i, j) {
		return Finding{}, false
	}
	return ageFinding(s, i, j)
}

// bareYearAge reports an age of two or three digits at s[i:j] with a bare "y" after it, as a chart
// writes one beside a birth date or before the sex (stop 45): inside brackets of its own ("DOB:
// 04/17/1931 (93y)") or before a word of sex ("pt 93y male", "93y F"). A "10y" alone is a term
// or a bond's tenor as often.
func bareYearAge(s string, i, j int) bool {
	e := j + 1
	if j-i < 2 || e < len(s) && isAlnum(s[e]) {
		return false
	}
	if i > 0 && s[i-1] == '(' && e < len(s) && s[e] == ')' {
		return true
	}
	if e+1 >= len(s) || s[e] != ' ' {
		return false
	}
	w, _ := word(s, e+1)
	return w == "M" || w == "F" || sexWords.has(w)
}

// sexWords name a person's sex after an age: "93y male", "91 y/o woman".
var sexWords = foldSet("male female man woman boy girl gentleman lady")

// genderedAge reads an age of two digits (13 and over) written with a sex's letter inside
// brackets, as forums write the poster's and a partner's: "(28F)", "[34M]", "(31 f)". The letter
// is left out of the finding. "28F" alone is a temperature as often.
func genderedAge(s string, i int) (Finding, bool) {
	if i == 0 || s[i-1] != '(' && s[i-1] != '[' || i+3 >= len(s) || !isDigit(s[i+1]) {
		return Finding{}, false
	}
	k := i + 2
	if s[k] == ' ' {
		k++
	}
	if k+1 >= len(s) || s[k]|0x20 != 'm' && s[k]|0x20 != 'f' || s[k+1] != ')' && s[k+1] != ']' {
		return Finding{}, false
	}
	if age := atoi(s[i : i+2]); age >= 13 {
		return ageAt(i, i+2, age), true
	}
	return Finding{}, false
}

// sexLetter reports the letter of a sex, in either case.
func sexLetter(c byte) bool { return c|0x20 == 'm' || c|0x20 == 'f' }

// sexAndAge reads an age of two digits (13 and over) at s[i] written beside a sex's letter in the
// other shapes forums and case notes use: "(F, 41)", "(41, M)", and the a/s/l of chat, "m/32/london",
// "32/f/nyc". The letter is left out of the finding.
func sexAndAge(s string, i int) (Finding, bool) {
	if i+2 > len(s) || !isDigit(s[i+1]) || i+2 < len(s) && isAlnum(s[i+2]) {
		return Finding{}, false
	}
	age := atoi(s[i : i+2])
	if age < 13 {
		return Finding{}, false
	}
	e := i + 2
	switch {
	case i >= 4 && s[i-4] == '(' && sexLetter(s[i-3]) && s[i-2] == ',' && s[i-1] == ' ' && e < len(s) && s[e] == ')': // (F, 41)
	case i > 0 && s[i-1] == '(' && e+4 < len(s) && s[e] == ',' && s[e+1] == ' ' && sexLetter(s[e+2]) && s[e+3] == ')': // (41, M)
	case i >= 2 && s[i-1] == '/' && sexLetter(s[i-2]) && (i == 2 || !isAlnum(s[i-3]) && s[i-3] != '/') && e+1 < len(s) && s[e] == '/' && isLetter(s[e+1]): // m/32/london
	case (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '/') && e+3 < len(s) && s[e] == '/' && sexLetter(s[e+1]) && s[e+2] == '/' && isLetter(s[e+3]): // 32/f/nyc
	case i >= 3 && s[i-1] == ' ' && s[i-2] == ',' && (s[i-3] == 'M' || s[i-3] == 'F') && (i == 3 || !isAlnum(s[i-4]) && s[i-4] != '/') && commaPresentation(s, e):
		// a case note's "M, 92, presents with" and "F, 34, G2P1" (stop 55)
	default:
		return Finding{}, false
	}
	return ageAt(i, e, age), true
}

// commaPresentation reports a comma and a space at s[e] and after them a word of a patient's
// presentation (clinicalAfterSex) or an obstetric history's code (G2P1).
func commaPresentation(s string, e int) bool {
	if e+3 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return false
	}
	if s[e+2] == 'G' && isDigit(s[e+3]) && e+5 < len(s) && s[e+4] == 'P' && isDigit(s[e+5]) {
		return true
	}
	w, we := word(s, e+2)
	if we < len(s) && s[we] == '/' { // s/p, c/o
		if w2, e2 := word(s, we+1); w2 != "" {
			w = s[e+2 : e2]
		}
	}
	return clinicalAfterSex.has(w)
}

// clinicalAfterSex are the words a case note writes after its "92M" or "45F": the patient's
// presentation ("92M presents with", "67F s/p fall", "45M c/o chest pain", "80F w/ hx of").
var clinicalAfterSex = foldSet("presents presenting presented s/p c/o w/ w h/o pmh hx bib brought admitted here who pt patient " +
	"complains complaining reports reporting transferred referred returns returning seen status")

// sexLettered reads an age of two or three digits (13 to 120) at s[i] with a sex's capital run
// into it, as a case note opens: "92M with dementia", "67F presents with", "45M c/o chest
// pain". Alone "92M" is an amount and "45F" a temperature as often, so a word of a presentation
// must follow (clinicalAfterSex), or "with" where the sentence opens at the age. The letter is
// left out of the finding.
func sexLettered(s string, i int) (Finding, bool) {
	if i > 0 && (isAlnum(s[i-1]) || strings.IndexByte("$€£¥.,-+/", s[i-1]) >= 0) {
		return Finding{}, false
	}
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 4 {
		j++
	}
	if j-i < 2 || j-i > 3 || j+2 >= len(s) || s[j] != 'M' && s[j] != 'F' || s[j+1] != ' ' {
		return Finding{}, false
	}
	age := atoi(s[i:j])
	if age < 13 || age > 120 {
		return Finding{}, false
	}
	w, _ := word(s, j+2)
	if w == "" {
		return Finding{}, false
	}
	if e := j + 2 + len(w); e < len(s) && s[e] == '/' && e+1 < len(s) && isLetter(s[e+1]) { // s/p, c/o, h/o
		w2, _ := word(s, e+1)
		w = s[j+2 : e+1+len(w2)]
	} else if e < len(s) && s[e] == '/' {
		w = s[j+2 : e+1] // w/
	}
	opens := i == 0 || s[i-1] == '\n' || i >= 2 && s[i-1] == ' ' && strings.IndexByte(".:;\n", s[i-2]) >= 0
	if !clinicalAfterSex.has(w) && !(opens && strings.EqualFold(w, "with")) {
		return Finding{}, false
	}
	return ageAt(i, j, age), true
}

// slashedSexAge reads an age of two or three digits (13 to 120) at s[i:j] joined to a sex's
// capital by a slash, as a case note opens: "F/95 s/p fall", "95/F with hip fx". A word of a
// presentation must follow (clinicalAfterSex), or "with"; the letter is left out of the finding.
func slashedSexAge(s string, i, j int) (Finding, bool) {
	age := atoi(s[i:j])
	if age < 13 || age > 120 {
		return Finding{}, false
	}
	var after int // where the word after the age and its sex starts
	switch {
	case i >= 2 && s[i-1] == '/' && (s[i-2] == 'M' || s[i-2] == 'F') && (i == 2 || !isAlnum(s[i-3]) && s[i-3] != '/') && j < len(s) && s[j] == ' ':
		after = j + 1 // F/95 s/p fall
	case j+3 < len(s) && s[j] == '/' && (s[j+1] == 'M' || s[j+1] == 'F') && s[j+2] == ' ' && (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '/'):
		after = j + 3 // 95/F with hip fx
	default:
		return Finding{}, false
	}
	w, e := word(s, after)
	if e < len(s) && s[e] == '/' { // s/p, c/o, w/
		if w2, e2 := word(s, e+1); w2 != "" {
			w = s[after:e2]
		} else {
			w = s[after : e+1]
		}
	}
	b := i // where the age and its sex open
	if s[j] != '/' {
		b = i - 2
	}
	opens := b == 0 || s[b-1] == '\n' || b >= 2 && s[b-1] == ' ' && strings.IndexByte(".:;(\n", s[b-2]) >= 0 || s[b-1] == '('
	if !clinicalAfterSex.has(w) && !(opens && strings.EqualFold(w, "with")) {
		return Finding{}, false // (not a garment's size: "size 14/M with logo")
	}
	return ageAt(i, j, age), true
}

// ordinalAge reads the ordinal before "birthday" ending at s[k] ("her 80th birthday", "my 21st
// birthday"): the age it says the person turns.
func ordinalAge(s string, k int) (Finding, bool) {
	e := k - 1
	if e < 3 || s[e] != ' ' {
		return Finding{}, false
	}
	suffix := strings.ToLower(s[e-2 : e])
	if suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" {
		return Finding{}, false
	}
	j := e - 2
	i := j
	for i > 0 && isDigit(s[i-1]) && j-i < 3 {
		i--
	}
	if i == j || j-i > 3 || i > 0 && isAlnum(s[i-1]) {
		return Finding{}, false
	}
	return ageFinding(s, i, j)
}

// decadeAge reads the decade of a person's life, with its qualifier, after "in his", "in her", …
// ending at s[at]: "in his 40s", "in her late 30s", "in their early twenties".
func decadeAge(s string, at int) (Finding, bool) {
	i := at
	if i >= len(s) || s[i] != ' ' {
		return Finding{}, false
	}
	i++
	for _, q := range []string{"early ", "mid ", "mid-", "late "} {
		if hasPrefixFold(s[i:], q) {
			i += len(q)
			break
		}
	}
	j := i
	if j+3 <= len(s) && isDigit(s[j]) && s[j+1] == '0' && s[j+2] == 's' {
		j += 3 // 40s
	} else {
		for _, d := range decades {
			if hasPrefixFold(s[j:], d) {
				j += len(d)
				break
			}
		}
		if j == i {
			return Finding{}, false
		}
	}
	if j < len(s) && isAlnum(s[j]) {
		return Finding{}, false
	}
	return Finding{Type: Age, Start: at + 1, End: j, Score: ageScore, Source: SourceCue}, true
}

// decades are the decades of a life in words.
var decades = []string{"teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}

// decadeOwners open the decade of someone's life: "in his 40s".
var decadeOwners = []string{"in his", "in her", "in their", "in my", "in your", "in our"}

// ageBefore reads an age just before an age marker at s[k]: "93 years old", "7-year-old".
func ageBefore(s string, k int) (Finding, bool) {
	e := k
	if e > 0 && (s[e-1] == ' ' || s[e-1] == '-') {
		e--
	}
	j := e
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	if e == j {
		if start, age, ok := spelledBefore(s, e); ok { // "ninety-three years old"
			return ageAt(start, e, age), true
		}
		return Finding{}, false
	}
	if j > 0 && (isAlnum(s[j-1]) || s[j-1] == '.' || s[j-1] == ',') {
		return Finding{}, false
	}
	return ageFinding(s, j, e)
}

// numberWords are the English words of the numbers up to nineteen and of the tens.
var numberWords = newFoldTable(map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100})

// spelledBefore reads an age written in words that ends at s[e] ("ninety-three", "ninety three",
// "a hundred and two", "seven"): where it starts and its value, up to 130. It reads the words
// back from e, joined by a hyphen or a space, five at most.
func spelledBefore(s string, e int) (int, int, bool) {
	start, total, at := e, 0, e // start: where the earliest word of the number read begins
	hundred := false            // the last number word read was "hundred"
	for k := 0; k < 5; k++ {
		w := at
		for w > 0 && isLetter(s[w-1]) {
			w--
		}
		word := s[w:at]
		if v, ok := numberWords.get(word); ok && !(hundred && v == 1) {
			total, start, hundred = total+v, w, v == 100
		} else if hundred && (strings.EqualFold(word, "a") || strings.EqualFold(word, "one")) {
			start, hundred = w, false // "a hundred", "one hundred"
		} else if !(total > 0 && strings.EqualFold(word, "and")) {
			break // not a number word, nor the "and" of "a hundred and two"
		}
		if w < 2 || s[w-1] != '-' && s[w-1] != ' ' || !isLetter(s[w-2]) {
			break
		}
		at = w - 1
	}
	if total == 0 || total > 130 {
		return 0, 0, false
	}
	return start, total, true
}

// ageStatements say a person's age with a number after them: "I am 45", "she's 67", "turned 90".
var ageStatements = []string{"i am", "i'm", "i’m", "im", "he is", "she is", "he's", "she's", "he’s", "she’s", "you are", "you're", "you’re", "i was", "he was", "she was",
	"turned", "turns", "turning", "just turned", "will turn", "she is now", "he is now", "i am now", "i'm now", "she's now", "he's now",
	// an age at death, and one stated with "aged" in words: "he died at 99", "a woman aged ninety-one"
	"died at", "died aged", "passed away at", "passed away aged", "aged",
	// a relative or a patient, whose age the sentence closes on: "my son is 7 and my daughter is 12."
	"son is", "daughter is", "wife is", "husband is", "mother is", "father is", "mom is", "mum is", "dad is", "brother is", "sister is",
	"grandmother is", "grandfather is", "grandma is", "grandpa is", "boyfriend is", "girlfriend is", "partner is", "baby is",
	"kid is", "child is", "patient is", "son was", "daughter was", "wife was", "husband was", "mother was", "father was",
	// and the names a family calls its elders by (stop 56: "my nan is 96")
	"nan is", "nana is", "nanna is", "gran is", "granny is", "grandad is", "granddad is", "aunt is", "uncle is",
	// people together: "we are both 30 and", "our twins are 3 now"
	"we are both", "we're both", "we’re both", "they are both", "they're both", "they’re both", "twins are", "kids are", "children are"}

// ageEnders may follow an age that a statement gives: the sentence goes on, but not with a unit
// ("I am 5 minutes away", "she is 2 for 2").
var ageEnders = []string{"and", "but", "now", "today", "this", "next", "last", "when", "so", "yet", "or", "with", "soon", "already", "myself", "herself", "himself"}

// turnBefore reports "turn", "turns", "turned" or "turning" ending at s[at]: a birthday's day
// may follow the age after them ("she turns 90 on sunday", stop 35).
func turnBefore(s string, at int) bool {
	if at < 4 || s[at-1]|0x20 != 'n' && s[at-1]|0x20 != 's' && s[at-1]|0x20 != 'd' && s[at-1]|0x20 != 'g' {
		return false // told by the last letter before the words are compared
	}
	for _, v := range [...]string{"turn", "turns", "turned", "turning"} {
		if at >= len(v) && strings.EqualFold(s[at-len(v):at], v) {
			return true
		}
	}
	return false
}

// turnEnder reports a word that may follow the age after "turns", "turned" or "turning": the day
// or the month of the birthday.
func turnEnder(w string) bool {
	switch strings.ToLower(w) {
	case "on", "tomorrow", "tonight", "yesterday":
		return true
	}
	return false
}

// inMonthAfter reports "in" and a month's name at s[i], the month of a birthday after "turns 94"
// (stop 56: "she turns 94 in May"; not "it turns 90 in degrees").
func inMonthAfter(s string, i int) bool {
	if i+3 >= len(s) || !strings.EqualFold(s[i:i+3], "in ") {
		return false
	}
	w, _ := word(s, i+3)
	_, ok := months.get(w)
	return ok
}

// ageAfter reads an age right after an age statement ending at s[at]: one space, a number of at
// most three digits, then the end of the text, a comma, a full stop, a bracket, or one of
// ageEnders.
func ageAfter(s string, at int) (Finding, bool) {
	i, j := spacedAge(s, at)
	spelled := 0
	if j == 0 {
		// in words: "just turned ninety-one", "she is ninety"
		if at+1 >= len(s) || s[at] != ' ' {
			return Finding{}, false
		}
		var ok bool
		if j, spelled, ok = spelledAfter(s, at+1); !ok {
			return Finding{}, false
		}
		i = at + 1
	}
	aged := at >= 4 && strings.EqualFold(s[at-4:at], "aged") // "aged ninety-one fell": no statement, the clause goes on

	switch {
	case j == len(s):
	case strings.IndexByte(",;!?)", s[j]) >= 0:
	case s[j] == '.' && (j+1 == len(s) || !isDigit(s[j+1])):
	case s[j] == ' ':
		w, _ := word(s, j+1)
		if !slices.Contains(ageEnders, strings.ToLower(w)) && !(aged && !countWords.has(w)) && !(j-i >= 2 && turnBefore(s, at) && (turnEnder(w) || inMonthAfter(s, j+1))) {
			return Finding{}, false
		}
	default:
		return Finding{}, false
	}
	if spelled > 0 {
		return ageAt(i, j, spelled), true
	}
	return ageFinding(s, i, j)
}

// spelledAfter reads an age written in words that starts at s[i] ("ninety-one", "a hundred and
// two"): where it ends and its value, up to 130.
func spelledAfter(s string, i int) (int, int, bool) {
	end, total, n := i, 0, 0
	for k := i; k < len(s) && n < 5; {
		w := k
		for w < len(s) && isLetter(s[w]) {
			w++
		}
		if w == k {
			break
		}
		word := s[k:w]
		if v, ok := numberWords.get(word); ok {
			if v == 100 {
				total = max(total, 1) * 100
			} else {
				total += v
			}
			end = w
		} else if !(strings.EqualFold(word, "and") || n == 0 && strings.EqualFold(word, "a")) {
			break
		}
		n++
		if w < len(s) && (s[w] == '-' || s[w] == ' ') {
			k = w + 1
		} else {
			break
		}
	}
	if end == i || total == 0 || total > 130 {
		return 0, 0, false
	}
	return end, total, true
}

// spacedAge reads one space at s[at] and a number of at most three digits up to 120 after it, and
// returns where the number starts and ends, or 0, 0.
func spacedAge(s string, at int) (int, int) {
	if at >= len(s) || s[at] != ' ' {
		return 0, 0
	}
	i := at + 1
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || j-i > 3 || atoi(s[i:j]) > 120 {
		return 0, 0
	}
	return i, j
}

// ageAtClause reads the age in "at 45, she moved": after "at" ending at s[at], a number from 13
// to 120 (below, "at 10, we leave" is an hour), a comma, and a personal pronoun that begins the
// clause.
func ageAtClause(s string, at int) (Finding, bool) {
	i, j := spacedAge(s, at)
	if j == 0 || atoi(s[i:j]) < 13 || j+2 >= len(s) || s[j] != ',' || s[j+1] != ' ' {
		return Finding{}, false // at 10, we leave: an hour
	}
	w, _ := word(s, j+2)
	switch strings.ToLower(w) {
	case "he", "she", "i", "they", "we", "his", "her", "my", "their":
		return ageFinding(s, i, j)
	}
	return Finding{}, false
}

// ageAtSubject reads the age in "At 35 I changed careers": "at" opening a sentence (ending at
// s[at], starting at s[start]), a number from 13 to 120, and a subject pronoun right after, with
// no comma.
func ageAtSubject(s string, start, at int) (Finding, bool) {
	if k := skipBackSpaces(s, start); k > 0 && !strings.ContainsRune(".!?\n", rune(s[k-1])) {
		return Finding{}, false
	}
	i, j := spacedAge(s, at)
	if j == 0 || atoi(s[i:j]) < 13 || j+1 >= len(s) || s[j] != ' ' {
		return Finding{}, false
	}
	w, e := word(s, j+1)
	switch w {
	case "I", "he", "she", "we", "they", "He", "She", "We", "They":
		if e < len(s) && isAlnum(s[e]) {
			return Finding{}, false
		}
		return ageFinding(s, i, j)
	}
	return Finding{}, false
}

// skipBackSpaces returns where the spaces before s[i] begin.
func skipBackSpaces(s string, i int) int {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i
}

// Person is the type of people's names, which the NER model finds.
const Person = "PERSON"

// Organization is the type of organisations' names, which the NER model finds.
const Organization = "ORGANIZATION"

// agesAfterNames finds the age a text writes right after a person's name, as clinical and case
// notes do ("Jane Doe, 45, presented", "Ann Lee (67) was seen"), or states after it ("my son
// Yusuf is 9 and has asthma", "Ana turned 30."). fs is ordered by start and free
// of overlaps; so is the result.
func agesAfterNames(text string, fs []Finding) []Finding {
	var ages []Finding
	for k, f := range fs {
		if f.Type != Person {
			continue
		}
		if a, ok := appositiveAge(text, f.End); ok && (k+1 == len(fs) || fs[k+1].Start >= a.End) {
			ages = append(ages, a)
			continue
		}
		for _, verb := range []string{" is", " was", " turned", " turns"} { // "my son Yusuf is 9 and"
			if strings.HasPrefix(text[f.End:], verb) {
				if a, ok := ageAfter(text, f.End+len(verb)); ok && (k+1 == len(fs) || fs[k+1].Start >= a.End) {
					ages = append(ages, a)
				}
				break
			}
		}
	}
	return withFindings(fs, ages)
}

// numbersAfterNames finds the number a roster, a jail's list or a register writes after a
// person's name and '#' ("Inmate: WASHINGTON, TERRELL #A-554120", "Dana Whitaker #00481237"):
// letters, digits and hyphens, four digits at least, to a word's end (stop 51: the inmate's
// number had gone upstream beside the masked name). fs is ordered by start and free of overlaps;
// so is the result.
func numbersAfterNames(text string, fs []Finding) []Finding {
	var ids []Finding
	for k, f := range fs {
		if f.Type != Person || f.End+2 >= len(text) || text[f.End] != ' ' {
			continue
		}
		i := f.End + 1
		if text[i] == '(' {
			i++
		}
		if i >= len(text) || text[i] != '#' {
			continue
		}
		i++
		if i < len(text) && text[i] == ' ' {
			i++
		}
		j, digits := i, 0
		for j < len(text) && j-i <= 20 && (isAlnum(text[j]) && text[j] < 0x80 || text[j] == '-' && j > i && j+1 < len(text) && isAlnum(text[j+1])) {
			if isDigit(text[j]) {
				digits++
			}
			j++
		}
		if digits < 4 || j-i > 20 || j < len(text) && (isAlnum(text[j]) || text[j] >= 0x80) || k+1 < len(fs) && fs[k+1].Start < j {
			continue
		}
		ids = append(ids, Finding{Type: IDNumber, Start: i, End: j, Score: 0.75, Source: SourcePattern})
	}
	return withFindings(fs, ids)
}

// personNouns name a person, and an age may follow them in commas or brackets: "the patient,
// 91, was admitted", "a woman (45)".
var personNouns = []string{"patient", "pt", "man", "woman", "male", "female", "boy", "girl", "gentleman", "lady", "mother", "father", "husband",
	"wife", "son", "daughter", "grandmother", "grandfather", "resident", "veteran", "client", "member", "subject", "participant", "donor",
	"grandma", "grandpa", "granny", "nan", "nana", "mom", "mum", "dad", "aunt", "uncle", "brother", "sister", "neighbour", "neighbor",
	// a court's, a police report's and a claim's (stop 29): "The defendant, 34, of Springfield"
	"defendant", "plaintiff", "victim", "suspect", "driver", "passenger", "claimant", "witness", "respondent", "petitioner", "appellant",
	"complainant", "accused", "offender", "pedestrian", "cyclist", "teenager", "child", "tenant", "applicant", "decedent", "deceased", "employee"}

// appositiveAge reads the age written right after a person at text[j]: ", 45," or " (67)". The
// number (0 to 130) must close with a comma, a bracket, a semicolon or the end of a sentence,
// so that "Jane Doe, 45 Main Street" stays an address.
func appositiveAge(text string, j int) (Finding, bool) {
	open := j < len(text)-1 && text[j] == ' ' && text[j+1] == '('
	switch {
	case open:
		j += 2
	case j+1 < len(text) && text[j] == ',' && text[j+1] == ' ':
		j += 2
	case j+2 < len(text) && text[j] == ' ' && isDigit(text[j+1]):
		return ageAndSex(text, j+1) // "Pt 90F with", "patient 67 M presents"
	default:
		return Finding{}, false
	}
	start := j
	for j < len(text) && isDigit(text[j]) && j-start < 4 {
		j++
	}
	if j == start || j-start > 3 || j == len(text) {
		return Finding{}, false
	}
	closes := open && text[j] == ')' || !open && (text[j] == ',' || text[j] == ';' || text[j] == '.' && (j+1 == len(text) || text[j+1] == ' ' || text[j+1] == '\n'))
	if !closes {
		return Finding{}, false
	}
	return ageFinding(text, start, j)
}

// ageAndSex reads the age and sex that clinical notes write right after "pt" or "patient" at
// text[i]: one to three digits and F or M, joined or spaced ("Pt 90F with hx of CHF", "patient
// 67 M presents"), then a space, a comma, a full stop or the end. A temperature ("98F") has no
// patient before it.
func ageAndSex(text string, i int) (Finding, bool) {
	j := i
	for j < len(text) && isDigit(text[j]) && j-i < 4 {
		j++
	}
	if j-i > 3 {
		return Finding{}, false
	}
	k := j
	if k < len(text) && text[k] == ' ' {
		k++
	}
	if k >= len(text) || text[k] != 'F' && text[k] != 'M' && text[k] != 'f' && text[k] != 'm' {
		return Finding{}, false
	}
	if k+1 < len(text) && text[k+1] != ' ' && text[k+1] != ',' && text[k+1] != '.' && text[k+1] != '\n' {
		return Finding{}, false // "67 miles", "90 mg", "12 Main St"
	}
	return ageFinding(text, i, j)
}
