package redact

import (
	"slices"
	"strings"
)

// ageMarkers follow an age: "93 years old", "93-year-old", "93 yo", "45 y.o.".
var ageMarkers = []string{"years old", "year old", "year-old", "years-old", "years of age", "yo", "y/o", "y.o", "yrs old", "yr old"}

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
	score := ageScore
	if age >= 90 {
		score = oldAgeScore
	}
	return Finding{Type: Age, Start: i, End: j, Score: score, Source: SourceCue}, true
}

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
	if e == j || j > 0 && (isAlnum(s[j-1]) || s[j-1] == '.' || s[j-1] == ',') {
		return Finding{}, false
	}
	return ageFinding(s, j, e)
}

// ageStatements say a person's age with a number after them: "I am 45", "she's 67", "turned 90".
var ageStatements = []string{"i am", "i'm", "i’m", "im", "he is", "she is", "he's", "she's", "he’s", "she’s", "you are", "you're", "you’re", "i was", "he was", "she was",
	"turned", "turns", "turning", "just turned", "will turn"}

// ageEnders may follow an age that a statement gives: the sentence goes on, but not with a unit
// ("I am 5 minutes away", "she is 2 for 2").
var ageEnders = []string{"and", "but", "now", "today", "this", "next", "last", "when", "so", "yet", "or", "with", "soon", "already", "myself", "herself", "himself"}

// ageAfter reads an age right after an age statement ending at s[at]: one space, a number of at
// most three digits, then the end of the text, a comma, a full stop, a bracket, or one of
// ageEnders.
func ageAfter(s string, at int) (Finding, bool) {
	i, j := spacedAge(s, at)
	if j == 0 {
		return Finding{}, false
	}
	switch {
	case j == len(s):
	case strings.IndexByte(",;!?)", s[j]) >= 0:
	case s[j] == '.' && (j+1 == len(s) || !isDigit(s[j+1])):
	case s[j] == ' ':
		w, _ := word(s, j+1)
		if !slices.Contains(ageEnders, strings.ToLower(w)) {
			return Finding{}, false
		}
	default:
		return Finding{}, false
	}
	return ageFinding(s, i, j)
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

// Person is the type of people's names, which the NER model finds.
const Person = "PERSON"

// Organization is the type of organisations' names, which the NER model finds.
const Organization = "ORGANIZATION"

// agesAfterNames finds the age a text writes right after a person's name, as clinical and case
// notes do: "Jane Doe, 45, presented", "Ann Lee (67) was seen". The number (0 to 130) must close
// with a comma, a bracket, a semicolon or the end of a sentence, so that "Jane Doe, 45 Main
// Street" stays an address. fs is ordered by start and free of overlaps; so is the result.
func agesAfterNames(text string, fs []Finding) []Finding {
	var ages []Finding
	for k, f := range fs {
		if f.Type != Person {
			continue
		}
		j := f.End
		open := j < len(text)-1 && text[j] == ' ' && text[j+1] == '('
		switch {
		case open:
			j += 2
		case j+1 < len(text) && text[j] == ',' && text[j+1] == ' ':
			j += 2
		default:
			continue
		}
		start := j
		for j < len(text) && isDigit(text[j]) && j-start < 4 {
			j++
		}
		if j == start || j-start > 3 || j == len(text) {
			continue
		}
		closes := open && text[j] == ')' || !open && (text[j] == ',' || text[j] == ';' || text[j] == '.' && (j+1 == len(text) || text[j+1] == ' ' || text[j+1] == '\n'))
		if !closes || k+1 < len(fs) && fs[k+1].Start < j {
			continue
		}
		if a, ok := ageFinding(text, start, j); ok {
			ages = append(ages, a)
		}
	}
	if len(ages) == 0 {
		return fs
	}
	fs = append(fs, ages...)
	slices.SortFunc(fs, func(a, b Finding) int { return a.Start - b.Start })
	return fs
}
