package ner

import (
	"slices"
	"strings"
	"unicode"
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

// otherPayCues are the transfer's words of other languages' statements, which a payee or payer
// follows: Germany's, France's, Spain's, Brazil's and Portugal's, Italy's, the Netherlands' and
// Poland's (stop 37).
var otherPayCues = []string{"ÜBERWEISUNG AN ", "UEBERWEISUNG AN ", "ÜBERWEISUNG VON ", "GUTSCHRIFT VON ", "DAUERAUFTRAG AN ",
	"ECHTZEITÜBERWEISUNG AN ", "VIR SEPA RECU DE ", "VIR SEPA EMIS VERS ", "VIR RECU DE ", "VIR INST RECU DE ", "VIREMENT EN FAVEUR DE ",
	"VIREMENT RECU DE ", "VIREMENT DE ", "VIREMENT A ", "VIREMENT À ", "TRANSFERENCIA A FAVOR DE ", "TRANSFERENCIA DE ",
	"TRANSFERENCIA A ", "TRANSFERENCIA RECIBIDA DE ", "BIZUM DE ", "BIZUM A ", "PIX RECEBIDO ", "PIX RECEBIDO - ", "PIX ENVIADO ",
	"PIX ENVIADO - ", "PIX TRANSF ", "TED RECEBIDA ", "TED ENVIADA ", "DOC RECEBIDO ", "TRANSFERENCIA RECEBIDA ", "TRANSFERÊNCIA RECEBIDA ",
	"TRANSFERENCIA ENVIADA ", "TRANSFERÊNCIA ENVIADA ", "BONIFICO A FAVORE DI ", "BONIFICO DA ", "BONIFICO A ", "BONIFICO RICEVUTO DA ",
	"BONIFICO DISPOSTO A FAVORE DI ", "GIROCONTO A ", "OVERBOEKING NAAR ", "OVERBOEKING VAN ", "OVERSCHRIJVING NAAR ",
	"OVERSCHRIJVING VAN ", "TIKKIE ", "PRZELEW DO ", "PRZELEW OD ", "PRZELEW NA TELEFON ", "PRZELEW NA RACHUNEK "}

// payCues are payWords and payJoins, and otherPayCues, in capitals and in title case ("Zelle
// payment to"), and the standing orders that name the payee with no join; in lower case only
// the English words before "to" and "from", as prose writes them ("Wire transfer to Sebastiaan
// …"): the payee must be capitalised anyway, and more lower-case phrases, which open with pairs
// of letters as common as "pa", "tr" and "cr", would make the scan compare at most words.
var payCues = func() *phraseScanner {
	var ps []string
	for _, w := range payWords {
		for _, j := range payJoins {
			if (w == "REVOLUT" || w == "MONZO") && j != " TO " && j != " FROM " {
				continue
			}
			ps = append(ps, w+j, titleWord(w)+strings.ToLower(j))
			if j == " TO " || j == " FROM " {
				ps = append(ps, strings.ToLower(w+j)) // prose's: "Wire transfer to Sebastiaan Bruijne van der Veen"
			}
		}
	}
	for _, c := range otherPayCues {
		ps = append(ps, c, titleWord(c)) // statements write these in capitals, or as sentences
	}
	for _, so := range []string{"STANDING ORDER ", "Standing order ", "Standing Order "} {
		ps = append(ps, so) // "TO" after it is read past below
	}
	return newPhraseScanner(ps)
}()

// payStops end a payee's name: what a statement writes after it (a reference, the purpose, the
// channel).
var payStops = wordSet("ref reference refs salary wages rent payment payments pocket money savings saving on via mobile online " +
	"conf confirmation id for from to inv invoice loan gift bill bills fee fees card debit credit transfer tfr trf fps bacs chaps " +
	"sepa date ltd limited plc llc inc co corp account acct a/c ac isa pot bank banking app memo note st the and of gbp usd eur " +
	"cad aud chf pay paid received sent request requested split dinner lunch " +
	// the purposes and references of other languages' statements: rent, dinner, reason for payment
	"miete verwendungszweck loyer concepto cena alquiler aluguel affitto causale huur czynsz tytul tytuł referencia " +
	"pagamento zahlung paiement pago favor favore")

// payParticles join a payee's given name to a family name: "HELOÍSA DA ROCHA", "JOB VAN DER MAES".
var payParticles = wordSet("da de do dos das di del della la le van der den die von ter ten 't zu y e")

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
	var cues []int // where each claim's transfer words start
	for at, p := range payCues.all(text) {
		if at > 0 && isLetterASCII(text[at-1]) {
			continue // inside a word: "REPAYMENT TO" is one too, but "PREPAYMENT" is not read
		}
		i := at + len(payCues.phrases[p])
		if strings.HasPrefix(payCues.phrases[p], "S") {
			for _, to := range []string{"TO ", "to ", "To "} { // "Standing order to"
				if strings.HasPrefix(text[i:], to) {
					i += len(to)
				}
			}
		}
		if start, end := payee(text, i); end > start && payeeFree(fs, start, end) && !inCode(text, start) {
			claims = append(claims, claim(start, end, shapeScore))
			cues = append(cues, at)
		}
	}
	if len(claims) == 0 {
		return fs
	}
	// what the model read over the transfer's words goes, and its streets over the payee: the
	// cue is no name or place ("16 Jul TIKKIE TESS VAN DEN BRAND" had the street "Jul TIKKIE",
	// which outscored the person), nor is a name and the amount after it a street ("CAIO
	// CAMARGO 740,11" had been the street CAMARGO 740)
	for k := range fs {
		f := &fs[k]
		if f.Source != redact.SourceModel {
			continue
		}
		for n, c := range claims {
			overCue, overName := f.Start < c.Start && cues[n] < f.End, f.Start < c.End && c.Start < f.End
			switch {
			case overName && f.Type == redact.StreetAddress:
				if !lettersOutside(text, *f, c) {
					f.End = f.Start // the name and an amount
				}
			case overCue && !overName:
				if f.End <= c.Start {
					f.End = f.Start
				}
			case overCue:
				f.Start = c.Start // "TIKKIE TESS VAN DEN" of the model's joins the payee from TESS on
			}
			if overName && f.End > c.End && f.Type == redact.Person && onlyPayStops(text[c.End:f.End]) {
				f.End = c.End // "JOHANN MIETE": the purpose after the name is none of it
			}
		}
	}
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.End <= f.Start })
	return claimPersons(fs, claims)
}

// onlyPayStops reports words that are all payStops (and spaces between).
func onlyPayStops(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !foldIn(payStops, w) {
			return false
		}
	}
	return true
}

// lettersOutside reports a letter of f's span outside the claim c: more words than the payee's,
// which the finding keeps ("Payment to Proyectos Rodarte, Medrano y Madera", a company).
func lettersOutside(text string, f, c redact.Finding) bool {
	for _, part := range [2]string{text[f.Start:max(f.Start, min(c.Start, f.End))], text[min(f.End, max(c.End, f.Start)):f.End]} {
		for _, r := range part {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// payeeFree reports that every finding over a payee's [start, end) is a person, or a place, an
// organisation or a street the model found; fs is in start order.
func payeeFree(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if start < f.End && f.Type != redact.Person && f.Source != redact.SourceModel {
			return false
		}
		if start < f.End && f.Type != redact.Person && f.Type != redact.Location && f.Type != redact.Organization && f.Type != redact.StreetAddress {
			return false
		}
	}
	return true
}

// payee reads the name at text[i] after a transfer's words; end == start when there is none.
func payee(text string, i int) (start, end int) {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if w, e := wordAt(text, i); (isTitle(w) || formOfAddress(w)) && e+1 < len(text) && (text[e] == ' ' || text[e] == '.' && text[e+1] == ' ') {
		t := e + 1 // "PAYMENT TO MR J SMITH"
		if text[e] == '.' {
			t++
		}
		if start, end = payeeAt(text, t); end > start || len(w) > 1 {
			return start, end
		}
		// a letter alone is a title or an initial: "VIR SEPA RECU DE M CHRISTELLE DENIS", "TFR TO M SMITH"
	}
	return payeeAt(text, i)
}

// payeeAt reads the payee's words at text[i], after any title.
func payeeAt(text string, i int) (start, end int) {
	start = i
	var ws [4]string
	var ends [4]int
	var particled [4]bool // a particle came before the word: "DA ROCHA", "van der Maes"
	n, particle := 0, false
	caps := false
	for n < 4 && i < len(text) {
		w, e := wordAt(text, i)
		if w == "" && n > 0 && i+2 < len(text) && text[i] == '\'' && text[i+1]|0x20 == 't' && text[i+2] == ' ' {
			w, e = text[i:i+2], i+2 // "FLEUR VAN 'T HOUTEVEEN"
		}
		if w == "" {
			break
		}
		if n > 0 && (foldIn(payParticles, w) || w[0] == '\'') {
			if e+1 < len(text) && text[e] == ' ' && (!particle || foldIn(payParticles, w)) { // particles in a row: "VAN 'T", "DE LA"
				i, particle = e+1, true
				continue
			}
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
		ws[n], ends[n], particled[n] = w, e, particle
		n, particle = n+1, false
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
	family := func(k int, strict bool) bool {
		return payeeFamily(ws[k], caps, strict) || particled[k] && particledWord(ws[k], caps) // after a particle, any name's word: "DE WIT"
	}
	first := ws[0]
	single := utf8.RuneCountInString(first) == 1 && isUpperASCII(first[0])
	switch {
	case single:
		if !family(1, true) {
			return start, start
		}
	case payeeGiven(first):
		if !family(1, false) {
			return start, start
		}
	case unknownPayeeWord(first, caps):
		if !unknownPayeeWord(ws[1], caps) && !(family(1, true) && (payeeFamilyName(ws[1]) || particled[1])) {
			return start, start
		}
	default:
		// a first word that is also a word ("SOL PULIDO", "FLOOR LANKLE", "JOB VAN DER MAES"),
		// before a family name of the lists that is none, or a particle's name
		if !particledWord(first, caps) || foldIn(commonSet, first) && !caps || !(unknownPayeeWord(ws[1], caps) && payeeFamilyName(ws[1]) || particled[1] && particledWord(ws[1], caps)) {
			return start, start
		}
	}
	end = ends[1]
	for k := 2; k < n && (ends[k] == len(text) || !isDigitByte(text[ends[k]])) && family(k, true); k++ {
		end = ends[k] // "SARAH LOUISE MACNALLY", "JUAN GARCIA LOPEZ", "MARIA ALICE DA ROCHA NOGUEIRA"
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
	c := embeddedClass(w)
	return c&(gOrg|gOrgSuffix|gNRP|gTitle) == 0 && (c&(gCountry|gState) == 0 || payeeFamilyName(w)) && !companyWord(w) // (MONACO, a family name too)
}

// particledWord reports a word of a name after a particle, which a language writes in lower case
// alone: "DE WIT", "VAN DER MAES".
func particledWord(w string, caps bool) bool {
	return (caps && capsNameShape(w) || !caps && startsUpper(w)) && !techTerms[w] && !foldIn(placeAndOrgWords, w) && embeddedClass(w)&(gOrg|gOrgSuffix) == 0
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
	if !strict && payeeGiven(w) {
		return true // a second given name: "ANNA MARIA", whose MARIA is a word of the dictionary too
	}
	if (englishWord(w) || dictionaryWord(w) || foldIn(placeAndOrgWords, w) || embeddedClass(w)&(gCity|gStreet) != 0) && !payeeFamilyName(w) {
		return false
	}
	return !strict || payeeFamilyName(w) || !payeeGiven(w)
}

// payeeFamilyName reports a family name of the lists, in any case.
func payeeFamilyName(w string) bool { return familyWord(w) || inTitleCase(familySet(), w) }

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
