package redact

import "strings"

// Singapore writes an address as a block, a street whose number follows its type, a unit of
// floor and number, and the city-state's name and its postcode of six digits:
//
//	Blk 123 Ang Mo Kio Ave 3 #05-67, Singapore 560123
//	10 Anson Road #10-11 International Plaza Singapore 079903
//
// The street readers find "123 Ang Mo Kio Ave" and "10 Anson Road #10"; sgStreet adds the block
// word, the number after the street's type and the unit, and zipsAfterPlaces reads the postcode
// after "Singapore" (sgPostcodeAt).

// sgStreet widens a street address found at text[start:end] by what a Singaporean address
// holds beside it: "Blk" or "Block" before its number, the number after its type ("Ave 3",
// "St 42"; only where a unit or "Singapore" follows, or a block stands before) and its unit
// ("#05-67", "#B1-23", the rest of "#10" when "-11" follows). It returns the new span.
func sgStreet(text string, start, end int) (int, int) {
	s, e := start, end
	block := false
	for _, w := range [...]string{"Blk ", "BLK ", "blk ", "Block ", "BLOCK "} {
		if k := s - len(w); k >= 0 && text[k:s] == w && (k == 0 || !isAlnum(text[k-1])) {
			s, block = k, true
			break
		}
	}
	if n := sgTypeNumber(text, e); n > e {
		if u := sgUnit(text, skipUnitGap(text, n)); block || u > 0 || sgPostcodeNear(text, n) {
			e = n
		}
	}
	if strings.HasSuffix(text[s:e], "#") {
		return s, e
	}
	if k := strings.LastIndexByte(text[s:e], '#'); k >= 0 && e+1 < len(text) && text[e] == '-' && isDigit(text[e+1]) {
		// the street reader took "#10" of "#10-11" for a unit's number
		if u := sgUnit(text, s+k); u > e {
			return s, u
		}
	}
	if u := sgUnit(text, skipUnitGap(text, e)); u > 0 {
		e = u
	}
	return s, e
}

// sgTypeNumber reads " 3" after a street's type ending at text[end] ("Ang Mo Kio Ave" + " 3"):
// one or two digits ending the word. It returns their end, or end.
func sgTypeNumber(text string, end int) int {
	w := end
	for w > 0 && isLetter(text[w-1]) {
		w--
	}
	if w == end || !streetSuffixes.has(text[w:end]) || end+2 > len(text) || text[end] != ' ' || !isDigit(text[end+1]) {
		return end
	}
	j := end + 1
	for j < len(text) && isDigit(text[j]) && j-end <= 2 {
		j++
	}
	if j-end > 3 || j < len(text) && (isAlnum(text[j]) || text[j] == '.' || text[j] == ':' || text[j] == '-') {
		return end
	}
	return j
}

// skipUnitGap skips ", " or " " before a unit: where the unit would start.
func skipUnitGap(text string, i int) int {
	switch {
	case strings.HasPrefix(text[i:], ", #"):
		return i + 2
	case strings.HasPrefix(text[i:], " #"):
		return i + 1
	}
	return i
}

// sgUnit reads a unit at text[i]: '#', a floor of one to three digits (a basement's B before
// them), '-' and a number of one to five digits with a letter after it at most ("#05-67",
// "#B1-23", "#12-345A"). It returns its end, or 0.
func sgUnit(text string, i int) int {
	if i >= len(text) || text[i] != '#' {
		return 0
	}
	j := i + 1
	if j < len(text) && (text[j] == 'B' || text[j] == 'b') {
		j++
	}
	f := j
	for j < len(text) && isDigit(text[j]) && j-f < 3 {
		j++
	}
	if j == f || j >= len(text) || text[j] != '-' {
		return 0
	}
	j++
	n := j
	for j < len(text) && isDigit(text[j]) && j-n < 5 {
		j++
	}
	if j == n {
		return 0
	}
	if j < len(text) && isUpper(text[j]) && (j+1 == len(text) || !isAlnum(text[j+1])) {
		j++
	}
	if j < len(text) && isAlnum(text[j]) {
		return 0
	}
	return j
}

// sgPostcodeNear reports "Singapore" and its postcode within 80 bytes after text[i], on the
// same line.
func sgPostcodeNear(text string, i int) bool {
	rest := text[i:min(len(text), i+80)]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	k := strings.Index(rest, "Singapore ")
	if k < 0 {
		k = strings.Index(rest, "SINGAPORE ")
	}
	return k >= 0 && sgPostcodeAt(text, i+k+len("Singapore ")) > 0
}

// sgPostcodeAt reads Singapore's postcode at text[i]: six digits whose first two are a postal
// sector, 01 to 82. It returns their end, or 0.
func sgPostcodeAt(text string, i int) int {
	if i+6 > len(text) || !allDigits(text[i:i+6]) || i+6 < len(text) && isAlnum(text[i+6]) {
		return 0
	}
	if sector := atoi(text[i : i+2]); sector < 1 || sector > 82 {
		return 0
	}
	return i + 6
}
