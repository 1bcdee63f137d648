package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// noticeTails follow the person's name in a notice: "of" and the home, the maiden name, the age
// or the death.
var noticeTails = []string{" of ", ", of ", " (née ", " née ", " (nee ", ", aged ", " aged ", " passed ", " died ", ", late of ", " late of "}

// noticeAfter reports one of noticeTails at the start of rest; "of" before a capital or a digit,
// a home's town or street ("of 974 Eaton Key", not a dateline's "of the council").
func noticeAfter(rest string) bool {
	for _, t := range noticeTails {
		if strings.HasPrefix(rest, t) {
			if strings.HasSuffix(t, "of ") {
				return len(rest) > len(t) && (isUpperASCII(rest[len(t)]) || isDigitByte(rest[len(t)]) || rest[len(t)] >= utf8.RuneSelf)
			}
			return true
		}
	}
	return false
}

// noticeHeadings makes a person of the family name that heads a death or a birth notice before
// a dash and the person's full name (stop 61: "Duffy - Matthew Brown of 974 Eaton Key, South
// Brianport, died suddenly at home", "SAHOTA – Hema Doshi of …", where the model had found the
// name after the dash and left the heading): the word opens its line, the dash stands apart, a
// person found starts right after it and a notice's words follow the person (noticeTails), and the
// word is a family name of the lists, in mixed case or in capitals, and no English word, place,
// town of the towns' list or organisation ("Update - John Smith said", a dateline's "Preston -
// John Smith of the council said" stay).
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
		if k == len(fs) || fs[k].Start != at || fs[k].Type != redact.Person || !noticeAfter(text[fs[k].End:]) {
			continue
		}
		if towns, _ := knownTowns(); towns[titleCase(w)] != 0 {
			continue // a news story's dateline: "Preston - John Smith, the mayor, said"
		}
		if free(fs, toks[i].Start, toks[i].End) && !inCode(text, toks[i].Start) {
			claims = append(claims, claim(toks[i].Start, toks[i].End, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// spouseConjunction, spousePossessives and spouseWords make the phrase after a person's given
// name that names the person's spouse or partner, in English and eleven other languages:
// "Ovidio y su marido", "Étienne et son mari", "Claudio e suo marito", "Dylan en haar man",
// "Maria und ihr Mann", "Sylwia i jej męża".
var (
	spousePossessives = wordSet("her his su son sa suo sua seu o il la haar zijn ihr ihrem ihren sein seine seinem seiner hennes hans hendes jej jego")
	spouseWords       = wordSet("husband wife partner fiancé fiancée boyfriend girlfriend marido esposo esposa mujer novio novia mari femme épouse époux " +
		"compagnon compagne marito moglie compagno compagna mulher man vrouw echtgenoot echtgenote Mann Frau Ehemann Ehefrau Partner Partnerin fru make maka kone mand mannen kona męża mąż żona żonę")
)

// spouseConjunction reports "and" in one of the languages of spouseWords, by a switch rather
// than a map: asked at every word.
func spouseConjunction(w string) bool {
	switch w {
	case "and", "y", "e", "et", "en", "und", "och", "og", "i":
		return true
	}
	return false
}

// namesBeforeSpouses makes a person of a given name, or a word no list knows written as a name
// is (callableName), right before a conjunction, a possessive and a word for a spouse (stop 61:
// "Nos encontramos con Octavio y su marido en la estación", where the model found no one in
// another language's sentence): one capitalised word, where nothing sure was found.
func namesBeforeSpouses(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].End-toks[i].Start > 3 || !spouseConjunction(word(i)) || !spousePossessives[word(i+1)] || !spouseWords[word(i+2)] ||
			toks[i].NewlineBefore || toks[i+1].NewlineBefore || toks[i+2].NewlineBefore {
			continue
		}
		t := toks[i-1]
		if w := word(i - 1); !callableName(w) || embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix) != 0 || t.Attached || inCode(text, t.Start) {
			continue
		}
		if !nothingSureOver(fs, t.Start, t.End) {
			continue
		}
		claims = append(claims, claim(t.Start, t.End, shapeScore))
	}
	return claimPersons(fs, claims)
}

// lastFirmParticle returns where the last of the particles that join a person's name to the
// firm the person is from ("von", "de", "di", "da", "van", "of"), which the name rules read as a
// name's particle ("Luisa Tolosa von Comercial JC S.A.", "Bertrand Leblanc de Henry SA"), stands
// in span with its spaces, and its length with them; -1 when none does. One pass over the
// spaces: asked of every long person.
func lastFirmParticle(span string) (int, int) {
	cut, plen := -1, 0
	for k := 0; k+3 < len(span); k++ {
		if span[k] != ' ' {
			continue
		}
		switch c := span[k+1]; {
		case c == 'v' && strings.HasPrefix(span[k:], " von "), c == 'v' && strings.HasPrefix(span[k:], " van "):
			cut, plen = k, 5
		case span[k+3] == ' ' && (c == 'd' && (span[k+2] == 'e' || span[k+2] == 'i' || span[k+2] == 'a') || c == 'o' && span[k+2] == 'f'):
			cut, plen = k, 4 // " de ", " di ", " da ", " of "
		}
	}
	return cut, plen
}

// personsBeforeFirms splits a person read on over a particle into a firm (stop 61: "Wir danken
// Luisa Tolosa von Comercial JC S.A.", "Gracias a Falko Grein Groth de Berger Wirth AG", one
// person each; the model had found the firms, "JC S.A." and "Wirth AG"): where the person's last
// word, or the word right after it, is a firm's legal form (companyWord), the person ends before
// the last particle and the words from the particle's end to the legal form are an organisation.
// Two words at least must stay the person's.
func personsBeforeFirms(text string, fs []redact.Finding) []redact.Finding {
	var split []redact.Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person || f.End-f.Start < 12 {
			continue
		}
		cut, plen := lastFirmParticle(text[f.Start:f.End]) // asked first: most persons hold none
		if cut < 0 || strings.IndexByte(text[f.Start:f.Start+cut], ' ') < 0 {
			continue // "Luisa Tolosa" at least before the particle
		}
		end := f.End
		if last, ok := lastWord(text[f.Start:f.End]); !ok || !legalFormWord(last) {
			a := skipBlanks(text, f.End)
			e := a
			for e < len(text) && e-a < 10 && text[e] != ' ' && text[e] != '\n' && text[e] != ',' && text[e] != ';' && text[e] != ')' {
				e++
			}
			if a == f.End || a-f.End > 1 || !legalFormWord(text[a:e]) {
				continue
			}
			end = e // the legal form after the person: "… von Comercial JC S.A."
		}
		split = append(split, redact.Finding{Type: redact.Organization, Start: f.Start + cut + plen, End: end, Score: f.Score, Source: f.Source})
		f.End = f.Start + cut
	}
	if len(split) == 0 {
		return fs
	}
	sortFindings(split)
	return replaceInside(fs, split)
}

// legalFormWord reports a firm's legal form, with its last period or without: "S.A.", "GmbH";
// two capitals too ("AG", "SA", "KG"), which the particle before them vouches for here.
func legalFormWord(w string) bool {
	return w != "" && (companyWord(w) || companyWord(strings.TrimSuffix(w, ".")) || len(w) == 2 && capitals(w) && legalForms[w])
}
