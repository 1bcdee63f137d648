package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Letters, envelopes and signed papers name a person after a mark of whom a letter is for or who
// signed it for someone: "c/o Cosima Heinrich", "z. Hd. Herrn Kraus", "T.a.v. dhr. de Keijzer",
// "FAO: Mr D Johnson", "Attn: Jonathan Robles", "i. A. Baptist Ziegert", "Fdo.: Mercedes
// Pascual", "Prepared by: E. Hawkins". On such short lines the model has nothing to read a person
// by: a probe of them had left every second name upstream (stop 37).

// attentionMarks come right before such a name, in English, German, Dutch, French, Spanish and
// Italian.
var attentionMarks = []string{"c/o ", "C/O ", "c/o: ", "p/a ", "i. A. ", "i.A. ", "z. Hd. ", "z.Hd. ", "zu Händen von ", "zu Händen ",
	"T.a.v. ", "t.a.v. ", "Ter attentie van ", "ter attentie van ", "FAO ", "FAO: ", "F.A.O. ", "Attn: ", "Attn ", "ATTN: ", "ATTN ",
	"Attention: ", "For the attention of ", "for the attention of ", "Care of ", "care of ", "À l'attention de ", "A l'attention de ",
	"à l'attention de ", "A l'att. de ", "Alla c.a. di ", "alla c.a. di ", "Alla cortese attenzione di ", "All'attenzione di ",
	"A la atención de ", "a la atención de ", "Att.: ", "Att: ", "Fdo.: ", "Fdo. ", "F.to ", "P.O. ", "pp ", "p.p. ",
	"Prepared by: ", "Prepared by ", "Reviewed by: ", "Approved by: ", "Checked by: ", "Signed by: ", "Written by: ", "Compiled by: ",
	"Ansprechpartner: ", "Ansprechpartnerin: ", "Contactpersoon: ", "Referente: ", "Interlocuteur : ", "Interlocutrice : ",
	"Persona de contacto: ", "Our contact: ", "Contact person: ", "Namens deze, ",
	// a delivery's proof (stop 60: "Signed for by: Ware at 14:32"), where the courier writes the
	// family name alone
	"Signed for by: ", "Signed for by ", "Received by: ", "Collected by: "}

// receiptMarks are the attentionMarks of a delivery's proof, after which one name of the lists
// will do and " at " and the time may follow it.
var receiptMarks = map[string]bool{"Signed for by: ": true, "Signed for by ": true, "Received by: ": true, "Collected by: ": true}

var attentionScanner = newPhraseScanner(attentionMarks)

// namesAfterAttention makes a person of the name after an attention mark: after any form of
// address or title, an initial and a family name, or one to four capitalised words (particles
// between), each no common, place, organisation or computing word unless a list gives it as a
// name, one of them a given or family name of the lists or a word no list knows; one word will do
// after a form of address ("z. Hd. Herrn Kraus"). A company is none ("c/o Acme Ltd", "Attn:
// Accounts Payable"), nor is a post-office box ("P.O. Box 12").
func namesAfterAttention(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for at, p := range attentionScanner.all(text) {
		if at > 0 && isLetterASCII(text[at-1]) {
			continue
		}
		i := at + len(attentionMarks[p])
		start, end := attentionName(text, i)
		if end == start && receiptMarks[attentionMarks[p]] {
			if w, e := wordAt(text, i); w != "" && startsUpper(w) && attentionWord(w) && (familyWord(w) || onlyAName(w) || givenSet()[w] || listedGiven()[w]) &&
				(nameEnds(text, e) || strings.HasPrefix(text[e:], " at ")) {
				start, end = i, e
			}
		}
		if end > start && onlyPersonsOver(fs, start, end, true) && !inCode(text, start) {
			claims = append(claims, claim(start, end, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// attentionName reads the name at text[i] after an attention mark; end == start when there is none.
func attentionName(text string, i int) (start, end int) {
	addressed := false
	for n := 0; n < 2; n++ { // "Herrn", "dhr.", "Mr", "Dr", "de heer"
		w, e := wordAt(text, i)
		if w == "" || !(isTitle(w) || honorificForms[w] != 0 || w == "de" && strings.HasPrefix(text[e:], " heer ")) {
			break
		}
		if w == "de" {
			e += len(" heer")
		}
		if e < len(text) && text[e] == '.' {
			e++
		}
		if e >= len(text) || text[e] != ' ' {
			return i, i
		}
		i, addressed = e+1, true
	}
	start = i
	w, e := wordAt(text, i)
	if len(w) == 1 && isUpperASCII(w[0]) && e+1 < len(text) && (text[e] == '.' || text[e] == ' ') {
		// an initial and a family name: "E. Hawkins", "Mr D Johnson"
		k := e + 1
		if text[e] == '.' && k < len(text) && text[k] == ' ' {
			k++
		}
		if f, fe := wordAt(text, k); f != "" && (attentionWord(f) && (familyWord(f) || onlyAName(f) || capitals(f)) || addressed && nameLike(f) && !techTerms[f]) && nameEnds(text, fe) {
			// (after a form of address any name's word: "FAO: Dr R Hill")
			return start, fe
		}
		return start, start
	}
	words, known, particles := 0, false, 0
	end = i
	for k := i; words < 4 && k < len(text); {
		w, e := wordAt(text, k)
		if w == "" {
			break
		}
		if words > 0 && foldIn(nameParticles, w) && e+1 < len(text) && text[e] == ' ' {
			particles++
			k = e + 1
			continue // "de Keijzer", "van de Brink"
		}
		if !startsUpper(w) || !attentionWord(w) {
			break
		}
		known = known || givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w] || familyWord(w) || onlyAName(w) ||
			capitals(w) && (inTitleCase(givenSet(), w) || inTitleCase(listedGiven(), w))
		words, end = words+1, e
		if e+1 >= len(text) || text[e] != ' ' {
			break
		}
		k = e + 1
	}
	if words == 0 || !known || !nameEnds(text, end) || words == 1 && !addressed && particles == 0 {
		return start, start
	}
	if next, _ := wordAt(text, end+1); legalFormAfter(text, end) != end || end < len(text) && text[end] == ' ' && (companyWord(next) || foldIn(tradeWords, next)) {
		return start, start // a company: "c/o Acme Ltd"
	}
	return start, end
}

// attentionWord reports a word a name after an attention mark may hold: no common, place,
// organisation, street or computing word, unless a list gives it as a name.
func attentionWord(w string) bool {
	if techTerms[w] || foldIn(placeAndOrgWords, w) || companyWord(w) || embeddedClass(w)&(gOrg|gOrgSuffix|gCountry|gState|gStreet) != 0 {
		return false
	}
	if foldIn(commonSet, w) || englishWord(w) || dictionaryWord(w) {
		return familyWord(w) || inTitleCase(givenSet(), w) && !foldIn(commonSet, w)
	}
	return true
}

// nameEnds reports a name's end at text[e]: the text's or line's end, a comma, a semicolon, a
// bracket, or a sentence's full stop.
func nameEnds(text string, e int) bool {
	return e >= len(text) || strings.IndexByte(",;\n\r()", text[e]) >= 0 || text[e] == '.' && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n') ||
		text[e] == ' ' && (e+1 == len(text) || text[e+1] == '(' || text[e+1] == '<' || text[e+1] == '-' || strings.HasPrefix(text[e+1:], "–"))
}
