package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// namesAfterRecordNumbers makes a person of a name written family name first with a comma, in
// brackets right after a record's number, as a schedule, a worklist or a ticket names the one the
// number is for (stop 48: "Dialysis schedule for MRN 00447812 (Abdi, Fadumo): Mon/Wed/Fri", whose
// name had gone upstream): the number a word of four digits or more, the name's words written as
// names are, none a word of English or of the dictionary that no list gives as a name, nor a
// place ("Case 20231187 (Paris, France)" is none).
func namesAfterRecordNumbers(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") {
		return fs
	}
	var claims []redact.Finding
	for k := range occurrences(text, " (") {
		if digitsBefore(text, k) < 4 {
			continue
		}
		open := k + 2
		c := strings.IndexByte(text[open:min(len(text), open+64)], ')')
		if c <= 0 {
			continue
		}
		inside := text[open : open+c]
		comma := strings.Index(inside, ", ")
		if comma <= 0 || strings.Count(inside, ", ") != 1 {
			continue
		}
		ok := true
		words := 0
		for w := range strings.FieldsSeq(strings.Replace(inside, ", ", " ", 1)) {
			words++
			initial := words > 2 && (len(w) == 1 || len(w) == 2 && w[1] == '.') && isUpperASCII(w[0]) // "(SMITH, JOHN A)"
			ok = ok && (initial || recordNameWord(w))
		}
		if ok && words >= 2 && words <= 4 && !inCode(text, open) {
			claims = append(claims, claim(open, open+c, shapeScore))
		}
	}
	if len(claims) == 0 {
		return fs
	}
	return claimPersons(fs, claims)
}

// digitsBefore counts the digits of the word that ends at text[k].
func digitsBefore(text string, k int) int {
	n := 0
	for i := k; i > 0 && k-i < 24 && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '\t'; i-- {
		if isDigitByte(text[i-1]) {
			n++
		}
	}
	return n
}

// recordNameWord reports a word of a name in a record's brackets: written as a name (in capitals
// too), no common word, title or place, and no word of English or of the dictionary unless the
// lists give it as a name.
func recordNameWord(w string) bool {
	if capitals(w) && len(w) > 1 {
		w = w[:1] + strings.ToLower(w[1:])
	}
	return nameLike(w) && !techTerms[w] && (!englishWord(w) && !dictionaryWord(w) || listedName(w)) &&
		embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gTitle) == 0
}
