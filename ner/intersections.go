package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Intersections (stop 34). A corner names a place as a street address does, and HIPAA's Safe
// Harbor counts it among the geographic units smaller than a state: "my job at the Kroger on Elm
// & 5th in Dayton", "the corner of Main and 3rd". The model, which reads streets by their
// numbers, left them in the clear.

// cornerLeads put an intersection after them.
var cornerLeads = wordSet("on at of near off")

// intersections makes a street address of two streets joined by "&" or "and" after one of
// cornerLeads (or "corner of"), where one of them is an ordinal street ("5th", "42nd") or ends in
// a street's kind ("Elm St", "Oak Ave") and the other is a capitalised name or such a street:
// "Elm & 5th", "Main and 3rd", "5th Ave & 42nd St". Where the model or a rule found anything
// over the words, nothing is made; a text with no ordinal in it is not read. fs is in start order,
// and so is the result.
func intersections(text string, fs []redact.Finding) []redact.Finding {
	if !hasOrdinal(text) {
		return fs // a corner of two named streets with their kinds is the street readers' (most texts have no ordinal)
	}
	var shapes []redact.Finding
	for _, joiner := range [...]string{" & ", " and "} {
		for k := range occurrences(text, joiner) {
			start, leftOrdinal, ok := cornerSideBefore(text, k)
			if !ok {
				continue
			}
			end, rightOrdinal, ok := cornerSideAfter(text, k+len(joiner))
			if !ok || !leftOrdinal && !rightOrdinal {
				continue
			}
			if !cornerLeadBefore(text, start) || inCode(text, start) {
				continue
			}
			if !free(fs, start, end) {
				if f := findingOver(fs, start, k); f != nil && free(fs, k+len(joiner), end) &&
					(f.Type == redact.StreetAddress || f.Source == redact.SourceModel && f.Score < 0.9 && f.Type != redact.Person) {
					// the model's street the corner's first, the second left out: "near 6th Ave & W
					// 23rd St"; or the first a firm or a place the model doubted: "at Oak & 14th" (stop 55)
					f.Type, f.End = redact.StreetAddress, end
				}
				continue
			}
			shapes = append(shapes, redact.Finding{Type: redact.StreetAddress, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	fs = append(fs, shapes...)
	sortFindings(fs)
	return fs
}

// cornerSideBefore reads the street that ends at text[:k]: an ordinal ("5th"), or a capitalised
// word and a street's kind after it or not ("Elm", "Elm St"), and returns its start and whether
// it is an ordinal street or one with its kind.
func cornerSideBefore(text string, k int) (int, bool, bool) {
	a := strings.LastIndexByte(text[:k], ' ') + 1
	w := strings.TrimSuffix(text[a:k], ".")
	if ordinalStreet(w) {
		return a, true, true
	}
	if startsUpper(w) && streetWordSet[strings.ToLower(w)] && a > 1 { // "Elm St"
		b := strings.LastIndexByte(text[:a-1], ' ') + 1
		if name := text[b : a-1]; cornerName(name) || ordinalStreet(name) {
			return b, true, true
		}
		return 0, false, false
	}
	if cornerName(w) {
		return a, false, true
	}
	return 0, false, false
}

// cornerSideAfter reads the street that starts at text[k:], as cornerSideBefore reads one, and
// returns its end.
func cornerSideAfter(text string, k int) (int, bool, bool) {
	if k+2 < len(text) && strings.IndexByte("NSEW", text[k]) >= 0 && text[k+1] == ' ' {
		k += 2 // a compass point's letter before the street: "& W 23rd St" (stop 55)
	}
	e := k
	for e < len(text) && (isLetterStart(text[e]) || isDigitByte(text[e]) || text[e] >= 0x80) {
		e++ // a word or an ordinal ("5th"), which wordAt, reading letters, would not take
	}
	w := text[k:e]
	ordinal := ordinalStreet(w)
	if !ordinal && !cornerName(w) {
		return 0, false, false
	}
	if e+1 < len(text) && text[e] == ' ' { // "5th Ave", "Elm St"
		if s, se := wordAt(text, e+1); startsUpper(s) && streetWordSet[strings.ToLower(strings.TrimSuffix(s, "."))] { // not "5th place"
			if se < len(text) && text[se] == '.' {
				se++
			}
			return se, true, true
		}
	}
	if ordinal && e+1 < len(text) && text[e] == ' ' {
		if n, _ := wordAt(text, e+1); lowerStart(n) && !afterCorner[n] {
			return 0, false, false // an ordinal before a noun: "5th place", "3rd quarter"
		}
	}
	return e, ordinal, true
}

// afterCorner may follow an intersection's ordinal street: "on Elm & 5th in Dayton".
var afterCorner = wordSet("in at near by on to from for and or across behind outside where")

// hasOrdinal reports a digit followed by an ordinal's letters somewhere in text ("5th", "2nd").
func hasOrdinal(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if c := text[i]; (c == 's' || c == 'n' || c == 'r' || c == 't') && isDigitByte(text[i-1]) {
			switch text[i : i+2] {
			case "st", "nd", "rd", "th":
				return true
			}
		}
	}
	return false
}

// ordinalStreet reports a street named by its ordinal: "5th", "42nd", "1st", "3rd".
func ordinalStreet(w string) bool {
	d := 0
	for d < len(w) && d < 3 && isDigitByte(w[d]) {
		d++
	}
	if d == 0 || d == len(w) {
		return false
	}
	switch w[d:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// cornerName reports a capitalised word that may name a street: no English function word,
// title, month or weekday.
func cornerName(w string) bool {
	return nameLike(w) && !foldIn(englishFunctionWords, w) && !isTitle(w) && !foldIn(monthNames, w) && !foldIn(weekdaySet, w)
}

// cornerLeadBefore reports one of cornerLeads right before text[start:], one space between.
func cornerLeadBefore(text string, start int) bool {
	return foldIn(cornerLeads, asciiWordBefore(text, start, false))
}
