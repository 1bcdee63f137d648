package ner

import (
	"github.com/veil-gateway/veil/redact"
)

// noticeHeadings makes a person of the family name that heads a death or a birth notice before
// a dash and the person's full name (stop 61: "Duffy - Matthew Brown of 974 Eaton Key, South
// Brianport, died suddenly at home", "SAHOTA – Hema Doshi of …", where the model had found the
// name after the dash and left the heading): the word opens its line, the dash stands apart, a
// person found starts right after it, and the word is a family name of the lists, in mixed case or
// in capitals, and no English word, place or organisation ("Update - John Smith said" stays).
func noticeHeadings(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 0; i+2 < len(toks); i++ {
		if i > 0 && !toks[i].NewlineBefore || !dashWord(word(i+1)) || toks[i+1].Attached || toks[i+2].Attached ||
			toks[i+1].NewlineBefore || toks[i+2].NewlineBefore {
			continue // (the dash asked first: most lines open with no heading)
		}
		w := word(i)
		if len(w) < 3 || !isUpperASCII(w[0]) && !startsUpper(w) {
			continue
		}
		if capitals(w) {
			if !capsFamilyName(w) || !familyWord(titleCase(w)) {
				continue
			}
		} else if !nameLike(w) || !familyWord(w) || englishWord(w) || dictionaryWord(w) || techTerms[w] ||
			embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP) != 0 {
			continue
		}
		at := toks[i+2].Start
		k := near(fs, at)
		for k < len(fs) && fs[k].End <= at {
			k++
		}
		if k == len(fs) || fs[k].Start != at || fs[k].Type != redact.Person {
			continue
		}
		if free(fs, toks[i].Start, toks[i].End) && !inCode(text, toks[i].Start) {
			claims = append(claims, claim(toks[i].Start, toks[i].End, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}
