package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Bank statements name the other side of a transfer after the transfer's words, most often in
// capitals and with nothing a model reads a person by: "FASTER PAYMENT TO CAOLAIN STORY REF
// RENT", "ZELLE PAYMENT TO CHAAYA DYAL Conf# 6966", "VENMO *RONALD PARK PAYMENT", "STANDING
// ORDER CLIVE MORTON POCKET MONEY", "TFR TO L FOOT SAVINGS" (stop 37: a probe of statement lines
// had left 14% of such names upstream, and all of a VENMO payee's). People paste their statements
// to ask what they spent; the payees are their family, landlords and friends.

// payWords are the words of a transfer that a payee or payer follows, after "TO", "FROM" or a
// star (VENMO *NAME), in the case of the line; "STANDING ORDER" takes the name right after it.
var payWords = []string{"PAYMENT", "PMT", "PYMT", "TRANSFER", "TFR", "TRF", "XFER", "CREDIT", "ZELLE", "VENMO",
	"E-TRANSFER", "WIRE", "REMITTANCE", "GIRO", "CASH APP", "CASHAPP", "APPLE CASH", "PAYPAL", "REVOLUT", "MONZO"}

// payJoins join a transfer's word to the name: "PAYMENT TO", "CREDIT FROM", "VENMO *".
var payJoins = []string{" TO ", " FROM ", " *", "*"}

// payCues are payWords and payJoins in capitals, in title case and in lower case ("Zelle payment
// to"), and the standing orders that name the payee with no join.
var payCues = func() *phraseScanner {
	var ps []string
	for _, w := range payWords {
		for _, j := range payJoins {
			if (w == "REVOLUT" || w == "MONZO") && j != " TO " && j != " FROM " {
				continue
			}
			c := w + j
			ps = append(ps, c, strings.ToLower(c), titleWord(w)+strings.ToLower(j))
		}
	}
	for _, so := range []string{"STANDING ORDER ", "Standing order ", "Standing Order ", "standing order "} {
		ps = append(ps, so) // "TO" after it is read past below
	}
	return newPhraseScanner(ps)
}()

// payStops end a payee's name: what a statement writes after it (a reference, the purpose, the
// channel).
var payStops = wordSet("ref reference refs salary wages rent payment payments pocket money savings saving on via mobile online " +
	"conf confirmation id for from to inv invoice loan gift bill bills fee fees card debit credit transfer tfr trf fps bacs chaps " +
	"sepa date ltd limited plc llc inc co corp account acct a/c ac isa pot bank banking app memo note st the and of gbp usd eur " +
	"cad aud chf pay paid received sent request requested split dinner lunch")

// namesInPayments makes a person of the payee or payer after a transfer's words (payCues): two
// or three words of the line's case, the first a given name of any list and the next a word a
// name may be (a family name of the lists where it is also a word: PARK, STORY), an initial and
// such a family name (L FOOT), or two words that no list knows as a word, a place or an
// organisation (CHAAYA DYAL), the second maybe a family name of the lists (CAOLAIN STORY); or one
// word that runs a given name into a family name (gluedName: PAYPAL *JANEWILKINS). A reference,
// a purpose or a company ends it (payStops, legal forms); any other single word is never taken
// (PAYMENT TO AMAZON, PAYPAL *NETFLIX).
func namesInPayments(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for at, p := range payCues.all(text) {
		if at > 0 && isLetterASCII(text[at-1]) {
			continue // inside a word: "REPAYMENT TO" is one too, but "PREPAYMENT" is not read
		}
		i := at + len(payCues.phrases[p])
		if strings.HasPrefix(payCues.phrases[p], "S") || strings.HasPrefix(payCues.phrases[p], "s") {
			for _, to := range []string{"TO ", "to ", "To "} {
				if strings.HasPrefix(text[i:], to) {
					i += len(to)
				}
			}
		}
		if start, end := payee(text, i); end > start && onlyPersonsOver(fs, start, end, true) && !inCode(text, start) {
			claims = append(claims, claim(start, end, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// payee reads the name at text[i] after a transfer's words; end == start when there is none.
func payee(text string, i int) (start, end int) {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if w, e := wordAt(text, i); isTitle(w) && e+1 < len(text) && (text[e] == ' ' || text[e] == '.' && text[e+1] == ' ') {
		i = e + 1 // "PAYMENT TO MR J SMITH"
		if text[e] == '.' {
			i++
		}
	}
	start = i
	var ws [3]string
	var ends [3]int
	n := 0
	caps := false
	for n < 3 && i < len(text) {
		w, e := wordAt(text, i)
		if w == "" {
			break
		}
		if n == 0 {
			caps = capitals(w)
			if !caps && !startsUpper(w) {
				return start, start
			}
		} else if caps != capitals(w) || !caps && !startsUpper(w) {
			break
		}
		if foldIn(payStops, w) {
			break
		}
		ws[n], ends[n] = w, e
		n++
		if e+1 < len(text) && text[e] == ' ' && utf8.RuneStart(text[e+1]) && text[e+1] != ' ' {
			i = e + 1
			continue
		}
		break
	}
	if n == 1 && (ends[0] == len(text) || text[ends[0]] == ' ') && gluedName(ws[0]) {
		return start, ends[0] // "PAYPAL *JANEWILKINS": the descriptor's room runs the names together
	}
	if n < 2 || ends[1] < len(text) && (isDigitByte(text[ends[1]]) || text[ends[1]] == '@' || text[ends[1]] == '.' && ends[1]+1 < len(text) && isLetterASCII(text[ends[1]+1])) {
		return start, start // one word, or a word run into a number, an address or a domain
	}
	first, second := ws[0], ws[1]
	single := utf8.RuneCountInString(first) == 1 && isUpperASCII(first[0])
	switch {
	case single:
		if !payeeFamily(second, caps, true) {
			return start, start
		}
	case payeeGiven(first):
		if !payeeFamily(second, caps, false) {
			return start, start
		}
	default:
		if !unknownPayeeWord(first, caps) || !unknownPayeeWord(second, caps) && !(payeeFamily(second, caps, true) && payeeFamilyName(second)) {
			return start, start
		}
	}
	end = ends[1]
	if n == 3 && (ends[2] == len(text) || !isDigitByte(text[ends[2]])) && payeeFamily(ws[2], caps, true) {
		end = ends[2] // "SARAH LOUISE MACNALLY", "JUAN GARCIA LOPEZ"
	}
	if legalFormAfter(text, end) != end {
		return start, start // a company named for its owner: "Diego Rojas Valladares EIRL"
	}
	if next, _ := wordAt(text, end+1); end < len(text) && text[end] == ' ' && (companyWord(next) || foldIn(tradeWords, next) || embeddedClass(next)&gOrgSuffix != 0) {
		return start, start
	}
	return start, end
}

// payeeWord reports a word of the line's case that a name may be: no common word, title, month
// or weekday, no term of computing, no organisation's word.
func payeeWord(w string, caps bool) bool {
	if caps && !capsNameLike(w) && !(capsNameShape(w) && payeeFamilyName(w)) || !caps && !nameLike(w) || techTerms[w] {
		return false // (a family name the model's data writes in lower case will do: BROWN, WALKER)
	}
	return embeddedClass(w)&(gOrg|gOrgSuffix|gCountry|gState|gNRP|gTitle) == 0 && !companyWord(w)
}

// payeeGiven reports a given name of any of the lists (each part of a hyphened one).
func payeeGiven(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if !inTitleCase(curatedGiven(), part) && !inTitleCase(fakerGiven(), part) && !inTitleCase(fakerEnglishGiven(), part) &&
			!inTitleCase(givenSet(), part) && embeddedClass(part)&gFirst == 0 {
			return false
		}
	}
	return !foldIn(placeAndOrgWords, w) && embeddedClass(w)&(gOrg|gOrgSuffix|gCountry|gState) == 0
}

// payeeFamily reports a word that may be a family name after a given name or an initial: a word
// a name may be that is no word of English or of the dictionary, nor of places and
// organisations, unless a list holds it as a family name (PARK, STORY, FOOT); after an initial
// (strict), a given name of the lists will not do either (J SMITH, not A JOHN).
func payeeFamily(w string, caps, strict bool) bool {
	if !payeeWord(w, caps) {
		return false
	}
	if (englishWord(w) || dictionaryWord(w) || foldIn(placeAndOrgWords, w) || embeddedClass(w)&(gCity|gStreet) != 0) && !payeeFamilyName(w) {
		return false
	}
	return !strict || payeeFamilyName(w) || !payeeGiven(w)
}

// payeeFamilyName reports a family name of the lists, in any case.
func payeeFamilyName(w string) bool { return inTitleCase(familySet(), w) || foldIn(handleFamily(), w) }

// unknownPayeeWord reports a word no list knows as anything: no word of English or the
// dictionary, no place or organisation; three letters or more with a vowel (not an
// abbreviation: HMRC, DVLA).
func unknownPayeeWord(w string, caps bool) bool {
	if utf8.RuneCountInString(w) < 3 || !payeeWord(w, caps) || englishWord(w) || dictionaryWord(w) || foldIn(placeAndOrgWords, w) ||
		embeddedClass(w)&(gCity|gStreet|gCommon) != 0 || foldIn(foreignWords, w) {
		return false
	}
	return strings.ContainsAny(strings.ToLower(w), "aeiouy")
}

// gluedName reports a word that is a given name of the lists run into a family name of the lists,
// of three letters each at least, as a payment's descriptor writes a person: JANEWILKINS,
// CATHALSULLIVAN; a merchant's one word is none (EBAY, NETFLIX, STEAMGAMES).
func gluedName(w string) bool {
	if len(w) < 7 || len(w) > 30 || !capitals(w) && !startsUpper(w) {
		return false
	}
	for k := 3; k+3 <= len(w); k++ {
		if !isLetterASCII(w[k-1]) || !isLetterASCII(w[k]) {
			return false
		}
		if given, family := w[:k], w[k:]; payeeFamilyName(family) && !foldIn(placeAndOrgWords, family) && payeeGiven(given) && !englishWord(given) {
			return true
		}
	}
	return false
}
