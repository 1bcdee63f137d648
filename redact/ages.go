package redact

import "slices"

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

// Person is the type of people's names, which the NER model finds.
const Person = "PERSON"

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
