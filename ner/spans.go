package ner

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/veil-gateway/veil/ner/names"
	"github.com/veil-gateway/veil/redact"
)

// Every backend's spans go through the same rules before they become findings (Recognize):
//
// tidy, span by span:
//   - quotes, brackets, dashes and emphasis at a span's edges are not part of the name ("'Tom'"
//     and "—Tom—" mask Tom), nor is a lower-case article before it ("the Bay Area");
//   - some spans name nothing and are dropped (dropped, below);
//   - a title is no part of a person ("Mr. Ahmed" masks Ahmed, so he has the same token with or
//     without it); a span that is only a title ("Mr.", as Presidio's data labels titles) is
//     dropped, and where the model found no name right after it, the capitalised words that
//     follow are one ("Mr. Ahmed al-Rashid"), so a name is never left unmasked behind its title;
//     an organisation or place right after a title or initials is a person ("Ms. Smith-Jones",
//     "J.A. Smith");
//   - initials before a name join it ("J. Smith", "J.R.R. Tolkien"), and so do the family name
//     after a known given name ("Jean-Pierre Dupont"), a middle initial and the family name after
//     it ("John A. Smith") and a particle-joined family name after it ("Ahmed al-Rashid",
//     "Ludwig van Beethoven");
//   - a person named like a business is one ("Northwind Traders", orgs.go).
//
// Then joinOrganisations (orgs.go) extends organisations over the words that end their names
// ("Korle Bu" + "Teaching Hospital") and splitPersons makes two people of a span that joins two
// names ("Nagy Ádám és Kovács Éva"). Then, over the whole text: propagate finds a person's name
// again wherever the text repeats it, namesAfterKin finds the name after a word for a relation,
// the rules of claims.go (and chat.go) the names that the text's shape gives away, and
// completePersons (complete.go) reads the persons they claimed on over their family names as tidy
// does; orgsByShape finds the organisations the model missed, and groupsInContext the nationality
// or group a text gives a person.
//
// Before all this, the model reads names in another script as Latin stand-ins (standins.go) and
// lines written in one case as they would have been written (truecase.go); after it, the runs of
// another script and the doubted names no list knows that nothing covered are read once more with
// known names standing in (namesOnSecondReading, doubtedNames).

// copyMarks mark a copied recipient inside brackets: "(cc'd)", "(CC'D)", "(bcc)".
var copyMarks = wordSet("cc cc'd cc’d bcc bcc'd cced cc'ed")

// dropped reports a span that names nothing: one in lower case after a hyphenated English
// prefix ("non-zero"), a place or organisation that is a month ("in August"), any span but an
// address with a run of spaces inside (code aligns its columns so), one that ends in the name of
// an HTTP or mail header ("Content-Type", "Transfer-Encoding"), "CA" beside certificates, a
// time zone ("US/Eastern", "Pacific Standard Time", "US Eastern", "an Eastern tzinfo"), a person that is an acronym ("VIN", "ED"),
// a field's label opening its line ("Subject:", a commit trailer's "Co-authored-by:"), a person in one lower-case word after a
// determiner ("your patience"), a copied recipient's mark in its brackets ("(CC'D)"), a name or
// place with a word humped as code writes it
// (KeepAlives, TLSNextProto), and any span with a word humped twice (RawTextHelpFormatter;
// brands hump once).
// timeOfDay reports a span that is a time of day alone: one or two digits, perhaps a colon and
// two more, and am or pm in any case, with or without its periods and a space before
// ("3pm", "10:30 AM", "7 p.m.").
func timeOfDay(span string) bool {
	i := 0
	for i < len(span) && i < 2 && isDigitByte(span[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	if i+3 <= len(span) && span[i] == ':' && isDigitByte(span[i+1]) && isDigitByte(span[i+2]) {
		i += 3
	}
	rest := strings.TrimSpace(span[i:])
	for _, m := range [...]string{"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "h"} {
		if strings.EqualFold(rest, m) {
			return true
		}
	}
	return false
}

func dropped(text string, f redact.Finding) bool {
	span := text[f.Start:f.End]
	switch {
	case prefixedWord(span):
		return true
	case (f.Type == redact.Location || f.Type == redact.Organization) && foldIn(monthNames, span):
		return true
	case f.Type != redact.StreetAddress && timeOfDay(span):
		return true // "at 3pm", "10:30 a.m.": a time of day names no one (stop 32)
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && frenchSuite(span):
		return true // "Suite à notre échange du 3 mars": French's "following", not a suite (stop 34)
	case f.Type != redact.StreetAddress && strings.Contains(span, "   "):
		return true
	case strings.IndexByte(span, '-') > 0 && foldIn(headerNames, span[strings.LastIndexByte(span, ' ')+1:]):
		return true // "Content-Type", "perform Content-Type"
	case span == "CA" && certificateAuthority(text, f.Start, f.End):
		return true // "the CA certificate", "CA:FALSE", "a typical CA"
	case f.Start > 0 && text[f.Start-1] == '(' && f.End < len(text) && text[f.End] == ')' && foldIn(copyMarks, span):
		return true // "ZORVEX TOVLAN (CC'D)": the mark of a copied recipient
	case f.Type == redact.Location && timeZone(text, f.Start, f.End):
		return true // "US/Eastern", "Pacific Standard Time"
	case fieldLabel(text, f.Start, f.End):
		return true // "Subject: invoice 4471"
	case f.Type == redact.Location && lowerWord(span) && capitalisedLine(text, f.Start, f.End) && embeddedClass(span)&(gCity|gState|gCountry) == 0:
		// "Esq., alleges wrongful": a place in lower case in a line that capitalises its names
		// is a word, unless the gazetteers know it
		return true
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && (birthPhrase(span) || birthWords[span] || birthLinks[span] && birthWordBefore(text, f.Start)):
		return true // "né le 12/06/1979", "nata il …": a birth's words before its date, no address (stop 52)
	case (span == "C.F" || span == "C.F.") && f.Type != redact.Person:
		return true // Italy's label of the codice fiscale, no place (stop 52)
	case f.Type == redact.Person && span == "Personne" && strings.HasPrefix(text[f.End:], " à prévenir"):
		return true // "Personne à prévenir : Théo Fontaine": a French form's label of the one to call, no name (stop 62)
	case f.Type == redact.Person && foldIn(worldGreetings, span):
		return true // "Hola, me llamo …", "Hallo, ich heiße …": a greeting, not a name
	case f.Type == redact.Person && openingArticles[span] && (f.Start == 0 || text[f.Start-1] == '\n') && f.End+1 < len(text) && text[f.End] == ' ' && lowerStart(text[f.End+1:]):
		return true // "De trein van …", "Le congrès": an article opening the text or a line before a noun (stop 60)
	case f.Type == redact.Person && greetingPairAt(text, f.Start, f.End):
		return true // "Xin chào", "Kia ora": a greeting's first word
	case f.Type == redact.Person && politeOpening(span):
		return true // "Kérjük, küldje …", "Skicka papperen till …": a request's first words, not a name
	case (f.Type == redact.Person || f.Type == redact.Location) && departments[span] && !(f.End+1 < len(text) && text[f.End] == ' ' && isDigitByte(text[f.End+1])):
		return true // "Perpetua from HR": a department, which names no place or person
	case f.Type != redact.Organization && len(span) > 5 && strings.IndexByte(span, ' ') < 0 && (suffixFold(span, "nummer") || suffixFold(span, "-id") || suffixFold(span, "-nr")):
		return true // "Steuernummer 93/815/08152", "Steuer-ID": a German or Dutch number's label, one compound word (stop 46)
	case f.Type == redact.Person && f.End < len(text) && text[f.End] == ':' && foldIn(nameLabels, span):
		return true // "NIK: …, Nama: Budi Santoso": the label of a name in another language, anywhere on its line (stop 46)
	case f.Type == redact.Person && len(span) <= 24 && germanKinOnly(span):
		return true // "Kontakt Sohn Emre Kaya": a contact's label and a relation in German, before the name (stop 46)
	case f.Type == redact.Person && len(span) <= 4 && foldIn(fieldAbbreviations, span) && abbreviatedLabelEnd(text, f.End):
		return true // "Acct name: Chukwudi Nwankwo": a field's abbreviated label, no name (stop 46)
	case f.Type == redact.Person && len(span) <= 5 && foldIn(firstPersons, span):
		return true // "Ich, Katharina Bergmann, …": "I" in German, a declaration's first word, not a name (stop 46)
	case f.Type == redact.Person && len(span) == 4 && strings.EqualFold(span, "bill") && billOf(text, f.End):
		return true // "BILL OF LADING", "Bill of Sale": a document's name, not Bill (stop 52)
	case f.Type == redact.Person && foldIn(kinNames, span):
		return true // "Mum moved in", "Dad": a relation said as a name identifies no one
	case f.Type == redact.Person && foldIn(salutations, span) && f.End+1 < len(text) && text[f.End] == ' ' && isUpperASCII(text[f.End+1]):
		return true // "Liebe Anna": the salutation, before the name
	case f.Type != redact.StreetAddress && numberAfterMark(text, f.End) && foldIn(contactLabels, span):
		return true // "Tel. +49 221 987654": a phone's label, no place (stop 46)
	case f.Type != redact.Person && (isTitle(span) || titlesOnly(span)):
		return true // "Esq." read as an address, "Frau Dr" as a place (stop 46): titles alone name nothing
	case len(span) <= 5 && foldIn(determiners, span):
		return true // "the" alone, which the model may open "the University of Nairobi" with
	case lowerWord(span) && possessedBy(text, f.Start):
		return true // "Ana's passport", "Waleed Al-Hashimi's passport": what a person has
	case f.Type == redact.Person && acronym(text, f.Start, f.End):
		return true // "VIN 1HGCM…", "arrived via ED": a label or an acronym in mixed-case text
	case shorthandAcronyms[span]:
		return true // "is POA", "by EOD": a note's shorthand, no one (stop 53)
	case (f.Type == redact.Location || f.Type == redact.Organization) && idLabelAcronyms[span]:
		return true // "geboren te Utrecht, IBAN NL91…": an identifier's label, no place beside the town (stop 53)
	case f.Type == redact.Person && lowerWord(span) && (dictionaryWord(span) || englishWord(span)) && (!handleGiven()[span] && !handleFamily()[span] || sexWords[span]):
		return true // "the cache is stale, try": a word of the dictionary in lower case that no list gives as a name; "male", which Faker's lists do
	case f.Type == redact.Person && lowerWord(span) && (dictionaryWord(span) || englishWord(span)) && !inTitleCase(givenSet(), span) && prepositions[asciiWordBefore(text, f.Start, false)]:
		// "especially with rice", "a table of wood": a word that is also a family name, or a given
		// name of Faker's long English list, is the word after a preposition; "dinner with grace"
		// keeps a given name of gofakeit's or Veil's lists
		return true
	case f.Type == redact.Person && (chatNonNames[span] || (strings.HasPrefix(span, "t'as ") || strings.HasPrefix(span, "t’as ")) && strings.Count(span, " ") == 1 && !strings.ContainsFunc(span, unicode.IsUpper)):
		return true // "t'as vu Hortense ?", "nasaan si Billy?": French chat's "you have (seen)", Tagalog's article before a name (stop 57)
	case f.Type == redact.Person && (span == "dawn" || span == "dusk") && dayPartLeads[strings.ToLower(asciiWordBefore(text, f.Start, false))]:
		return true // "at dawn", "until dawn", "the crack of dawn", "a new dawn": the day's hour, not Dawn (stop 57); "lunch with dawn" stays
	case f.Type == redact.Person && f.End < len(text) && (text[f.End] == ',' || text[f.End] == '!') && (f.End+1 == len(text) || text[f.End+1] == '\n') && redact.SignOff(span):
		return true // "Warmly,\n": a sign-off, the name is on the line after it
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && unitWordsOnly(span):
		return true // "and the suite is", "unit suffix": lower-case words and a unit's word, no street and no number
	case (f.Type == redact.Person || f.Type == redact.Location || f.Type == redact.StreetAddress && !strings.ContainsAny(span, "0123456789")) && foreignPhrase(span):
		return true // "为块特殊文件则为真", "태그를 끝내는", "Установить в": a program's message, not a name
	case (f.Type == redact.Person || f.Type == redact.Organization || f.Type == redact.Location) && len(span) == 1 && isUpperASCII(span[0]) &&
		(f.End == len(text) || text[f.End] != '.'):
		return true // "K, M, G, T": a letter alone names nothing (an initial, "B. Gulyás Péter", may join a name)
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && lowerWord(span) && (dictionaryWord(span) || englishWord(span)) && !streetWordSet[span]:
		return true // "the address is unchanged", "… is below": a word saying what the address is
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && twoWordsOfProse(span) && clauseOpensAt(text, f.Start):
		return true // "… 38460. Direct debit from account …": a sentence's words after an address the model read on into (stop 62)
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && measureAfterNumber(span):
		return true // "at 32 wks", "for 3 days", "5 mg": a number and its unit, no house and street (stop 45)
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && labValue(span):
		return true // "AMH 0.9", "HbA1c 8.2": a test's name and its result, no house and street (stop 49)
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && doctorAfterWord(text, f.Start, f.End):
		return true // "OB Dr. Nkemelu": a speciality and the doctor's title before a name, no drive (stop 45)
	case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && numberAfterIDWord(span):
		return true // "Delta Dental ID 889214771, group 4410": an insurer and a member's number, which the readers find, no street (stop 46)
	case (f.Type == redact.Location || f.Type == redact.Organization) && len(span) <= 14 && strings.IndexByte(span, ' ') < 0 && foldIn(roleNouns, span):
		return true // "Student ID 2024-118833": a role's noun alone names no place or business (stop 46)
	case f.Type == redact.Person && wordThenNoun(span):
		return true // "Grace periods apply", "Autumn leaves crunched": a word and a noun, no name
	case f.Type == redact.Person && lowerWord(span) && determinerBefore(text, f.Start) && !nounAfter(text, f.End) &&
		!(handleGiven()[span] && !dictionaryWord(span) && !englishWord(span)): // chat's "its jamal" is "it's Jamal" (stop 35)
		// "for your patience.", "the will of": a noun, which a name in lower case is not; one
		// before a noun may be a name used so ("the söderberg novel")
		return true
	}
	return (f.Type == redact.Person || f.Type == redact.Location) && humped(span) || humps(span) >= 2
}

// chatNonNames are the words of chat in other languages that the model read as a person before
// a name: French's "t'as" ("tu as"; and "t'as vu", read in dropped), Tagalog's personal article
// "si" and "nasaan" ("where is").
var chatNonNames = wordSet("si t'as t’as nasaan")

// dayPartLeads put a part of the day after them: "at dawn", "until dawn", "before dusk", "the
// crack of dawn", "a new dawn".
var dayPartLeads = wordSet("at by until till til before after since from of toward towards around near past new early first")

// areaNamed reports a name of two words or more whose last is a capitalised noun of an area
// ("Huangpu District", "Kings County", "Lviv Oblast").
func areaNamed(span string) bool {
	k := strings.LastIndexByte(span, ' ')
	n := len(span) - k - 1 // the area nouns' lengths: 6 to 12 letters
	return k > 0 && n >= 6 && n <= 12 && isUpperASCII(span[k+1]) && foldIn(areaNouns, span[k+1:])
}

// areaNouns name an area after its name.
var areaNouns = wordSet("district county province prefecture municipality borough canton oblast governorate")

// numberAfterIDWord reports a span whose first number follows a word naming an identifier
// ("ID", "policy", "member", "group", "account") and that holds no address's word
// (streetOrUnitWord).
func numberAfterIDWord(span string) bool {
	prev, idNumber := "", false
	for w := range strings.FieldsSeq(span) {
		if streetOrUnitWord(w) {
			return false
		}
		if !idNumber && isDigitByte(w[0]) {
			if prev == "" || !foldIn(idWords, strings.TrimRight(prev, ":#.")) {
				return false
			}
			idNumber = true
		}
		prev = w
	}
	return idNumber
}

// labValue reports a word and a decimal number after it, and nothing else: a test's result ("AMH
// 0.9", "HbA1c 8.2"), which no street is, its number holding a fraction.
func labValue(span string) bool {
	name, num, ok := strings.Cut(span, " ")
	dot := strings.IndexByte(num, '.')
	return ok && name != "" && !streetOrUnitWord(name) && dot > 0 && dot < len(num)-1 && strings.Trim(num, "0123456789") == "." && strings.Trim(name, "0123456789") != ""
}

// idWords name an identifier before its number.
var idWords = wordSet("id policy member group acct account claim ref reference invoice order")

// measureAfterNumber reports a number and a unit of time, dose, weight or length after it, and
// nothing else: "32 wks", "3 days", "5 mg", "10 mins".
func measureAfterNumber(span string) bool {
	num, rest, ok := strings.Cut(span, " ")
	if !ok || num == "" || strings.Trim(num, "0123456789.,") != "" {
		return false
	}
	unit := rest
	if k := strings.IndexAny(rest, " ,;"); k >= 0 {
		unit = rest[:k] // "28 wks, OB Dr": the unit opens the span's rest
	}
	return measureUnits[strings.TrimSuffix(unit, ".")]
}

// measureUnits are the units a number is counted in that no street is named: time, doses,
// weights and lengths, as notes abbreviate them, in lower case ("5 Days Lane" may be a street).
var measureUnits = wordSet("wk wks week weeks day days d hr hrs hour hours h min mins minute minutes sec secs second seconds " +
	"mo mos month months yr yrs year years y/o yo mg mcg g kg lb lbs oz ml l cc cm mm km m ft in inch inches miles mi units iu tabs tablets pills puffs drops")

// doctorAfterWord reports a span that is "Dr", alone or after a speciality's acronym of two to
// four capitals, before a full stop or a space and a capitalised word: the doctor's title before
// a name, "OB Dr. Nkemelu", "GP Dr Lee", where the model had read a drive ("Mulholland Dr." is
// one).
func doctorAfterWord(text string, start, end int) bool {
	span := text[start:end]
	if head, ok := strings.CutSuffix(span, "Dr"); !ok || head != "" && (len(head) < 3 || len(head) > 5 || head[len(head)-1] != ' ' || !capitals(head[:len(head)-1])) {
		return false
	}
	at := end
	if at < len(text) && text[at] == '.' {
		at++
	}
	if at+1 >= len(text) || text[at] != ' ' || !isUpperASCII(text[at+1]) {
		return false
	}
	w, _ := wordAt(text, at+1)
	return nameLike(w) && !redact.IsStreetWord(w) && embeddedClass(w)&(gCity|gState|gCountry) == 0
}

// hanParticles are Chinese characters of grammar that names of people and places do not hold:
// the possessive 的, the copula 是, 则 ("then"), the passive 被, 把, 或, 不, the demonstrative 这,
// 吗, 呢, 已, 该, 此, 而, 就. (为, 了, 将, 也, 那 and 都 are left out: 为民 and 将太, 和也 and 那 or
// 都 as family names are names.)
var hanParticles = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "的是則则被把或不这吗呢已该此而就" {
		m[r] = true
	}
	return m
}()

// hangulEndings end Korean words of grammar, an object's, a place's, a topic's or a verb's, as
// program messages write them ("태그를 끝내는", "항목 이름에"), and no Korean name.
var hangulEndings = []string{"를", "을", "에", "에서", "으로", "니다", "는"}

// cyrillicLinks are the Russian, Ukrainian and Bulgarian prepositions, "not" and Bulgarian's
// reflexive "се", which no name holds in lower case ("Установить в", "не визначено"); not "and"
// or "or", which may join two people the model read as one span.
var cyrillicLinks = wordSet("в во на не для из с со по к ко от до за у о об при без з се")

// foreignPhrase reports a span in Chinese, Korean or Cyrillic that reads as a phrase of its
// language rather than a name: Han characters with a particle of grammar among them
// (hanParticles); a Korean word with a grammatical ending (hangulEndings); a
// Cyrillic span that opens or ends with a lower-case preposition or "not", of three words or more
// opening in lower case, or whose first word is a Russian infinitive ("Использовать", "-ть",
// "-ться").
func foreignPhrase(span string) bool {
	if span == "" || span[0] < utf8.RuneSelf {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(span)
	switch {
	case unicode.Is(unicode.Han, r0):
		for _, r := range span {
			if hanParticles[r] {
				return true
			}
		}
	case unicode.Is(unicode.Hangul, r0):
		for w := range strings.FieldsSeq(span) {
			for _, e := range hangulEndings {
				if strings.HasSuffix(w, e) && len(w) > len(e) {
					return true
				}
			}
		}
	case unicode.Is(unicode.Cyrillic, r0):
		ws := strings.Fields(span)
		first, last := ws[0], ws[len(ws)-1]
		// (not Ukrainian's "-ти", which old given names end in too: Викенти, Евстати)
		return strings.HasSuffix(first, "ть") || strings.HasSuffix(first, "ться") || strings.HasSuffix(first, "тись") ||
			len(ws) > 1 && (cyrillicLinks[first] || cyrillicLinks[last]) || // "не визначено", "Установить в"; not "Ростов на Дону"
			len(ws) > 2 && unicode.IsLower(r0) // "множество стойности не може …": a clause, opening in lower case
	}
	return false
}

// prepositions put a noun after them: a lower-case word there that a dictionary holds is that
// noun, even when it is also a family name ("with rice", "of wood", "for price").
var prepositions = wordSet("with of in on at for from into onto by about without under over")

// unitWords name a unit of a building, which an address holds but which alone, with no number,
// addresses nothing.
var unitWords = wordSet("suite ste unit apt apartment flat floor fl room rm building bldg")

// unitNumberAfter returns where a span that is one unit's word, capitalised ("Unit", "Apt",
// "Suite", "Flat"), ends with the unit's number after it: one to five letters and digits, a
// digit among them, before a space, a mark or the text's end; or end.
func unitNumberAfter(text string, start, end int) int {
	w := strings.TrimSuffix(text[start:end], ".")
	if !foldIn(unitWords, w) || !startsUpper(w) || strings.IndexByte(w, ' ') >= 0 || end+2 > len(text) || text[end] != ' ' {
		return end
	}
	e, digits := end+1, 0
	for e < len(text) && e-end <= 6 && (isDigitByte(text[e]) || isLetterByte(text[e])) {
		if isDigitByte(text[e]) {
			digits++
		}
		e++
	}
	if digits == 0 || e-end > 6 || e < len(text) && isLetterByte(text[e]) {
		return end
	}
	return e
}

// postcodeRestAfter returns where a model's address that ends in the first half of a Canadian
// or British postcode ends with its second half, a space between: "…, Toronto, Ontario M5V" had
// left "3G5" upstream, "… London W2" would "5QJ" (stop 55); or end.
func postcodeRestAfter(text string, start, end int) int {
	if end+4 > len(text) || text[end] != ' ' || end+4 < len(text) && (isDigitByte(text[end+4]) || isLetterByte(text[end+4])) {
		return end
	}
	first := text[max(start, strings.LastIndexAny(text[:end], " ,\n")+1):end]
	rest := text[end+1 : end+4]
	switch {
	case len(first) == 3 && isUpperASCII(first[0]) && isDigitByte(first[1]) && isUpperASCII(first[2]) &&
		isDigitByte(rest[0]) && isUpperASCII(rest[1]) && isDigitByte(rest[2]): // Canada's A1A 1A1
		return end + 4
	case outwardCode(first) && isDigitByte(rest[0]) && isUpperASCII(rest[1]) && isUpperASCII(rest[2]): // Britain's A9 9AA to AA9A 9AA
		return end + 4
	}
	return end
}

// outwardCode reports the first half of a British postcode: one or two capitals, a digit, and a
// digit or a capital after it or not (W2, SW1A, EC1V, MK7).
func outwardCode(w string) bool {
	i := 0
	for i < len(w) && i < 2 && isUpperASCII(w[i]) {
		i++
	}
	if i == 0 || i >= len(w) || !isDigitByte(w[i]) {
		return false
	}
	i++
	if i < len(w) && (isDigitByte(w[i]) || isUpperASCII(w[i])) {
		i++
	}
	return i == len(w)
}

// unitWordsOnly reports a span with no digit and no capital whose only word of streets or
// buildings, if any, names a unit: "and the suite is", "unit suffix", "suite".
func unitWordsOnly(span string) bool {
	unit := false
	for _, w := range strings.Fields(span) {
		lw := strings.Trim(w, ".,;:")
		for _, r := range lw {
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				return false
			}
		}
		if streetWordSet[lw] && !unitWords[lw] {
			return false // "main street"
		}
		unit = unit || unitWords[lw]
	}
	return unit
}

// wordThenNoun reports a span of two words, a capitalised one that is also a word (Grace, Autumn,
// Rose) and a lower-case word of the dictionary that no list gives as a name ("Grace periods",
// "Autumn leaves"): a phrase the model read as a given and a family name. "Donald trump" keeps
// its given name, which is no word, "Bill gates" its family name, which the lists know, and
// "Holly turnpike" its street's word.
func wordThenNoun(span string) bool {
	first, second, ok := strings.Cut(span, " ")
	if !ok || strings.IndexByte(second, ' ') >= 0 || !startsUpper(first) || !lowerWord(second) {
		return false
	}
	return (englishWord(first) || dictionaryWord(first)) && dictionaryWord(second) && !handleFamily()[second] && !handleGiven()[second] &&
		!nameEnder(second) && !ukStreetWords[second]
}

// nameEnder reports a word that ends the names of organisations, institutions, places or
// streets, in lower case too ("the MCM restaurant", "hudson river", "elm street").
func nameEnder(w string) bool {
	return foldIn(orgEndWords, w) || foldIn(institutionWords, w) || foldIn(tradeKinds, w) || foldIn(placeEnders, w) ||
		embeddedClass(w)&(gStreet|gOrgSuffix) != 0
}

// ukStreetWords end the streets of Britain, which are written after a name in lower case in
// generated data and careless forms ("Martin bridge", "Holly turnpike").
var ukStreetWords = wordSet("alley avenue bank bridge brook bypass causeway circle close corner course court crescent cross drive estate " +
	"field fields ford gardens gate green grove hill hills junction knoll lane loop manor mews mill mills motorway mount orchard oval park " +
	"parkway pass path pike place plain plaza point port ridge rise road row square stream street terrace track turnpike underpass vale " +
	"valley view village villas vista walk way wharf wood woods yard")

// streetWordSet holds streetWords in lower case, without their periods.
var streetWordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range streetWords {
		m[strings.ToLower(strings.TrimSuffix(w, "."))] = true
	}
	return m
}()

// namesNotAddresses makes people of what the model called a street address that has no digit
// and no street word, and that is names: one to three capitalised words, one of them a given or
// family name the gazetteers know, or a list of such names ("Chidi Anagonye, Bo Chen and",
// "Ewa Kowalczyk" in a list of attendees, "forward the contract to Casian Klopačka").
// Anything else stays an address. So does it make a person of a place the model doubted (under
// 0.7) that is a given and a family name (givenAndFamily: "forward the contract to Gustaw
// Biesek"; towns named after people, "Carlos Reyles", the model is sure of). fs is in start
// order, and so is the result.
func namesNotAddresses(text string, fs []redact.Finding) []redact.Finding {
	var out []redact.Finding
	for i, f := range fs {
		var parts []redact.Finding
		if f.Type == redact.StreetAddress && f.Source == redact.SourceModel {
			// in a list of people, a name needs no gazetteer: "Xu Ming, Ewa Kowalczyk"
			listed := i > 0 && fs[i-1].Type == redact.Person && fs[i-1].End <= f.Start && listGap(text[fs[i-1].End:f.Start])
			parts = nameOfPlace(text, f)
			if parts == nil {
				parts = nameParts(text, withoutTrailingOn(text, f), listed)
			}
			if r := afterRoleWords(text, f); parts == nil && r > f.Start {
				g := f
				g.Start = r
				parts = nameParts(text, withoutTrailingOn(text, g), listed) // "Nurse Practitioner Cody Lamb" (stop 54)
			}
			if parts == nil {
				parts = addresseeFirst(text, f)
			}
			if parts == nil && loneWordStreet(text, f) {
				parts = []redact.Finding{} // "Kierownik Działu Kadr": a job's word the model doubted, no street (stop 54)
			}
			if parts == nil && dateNotStreet(text[f.Start:f.End]) {
				parts = []redact.Finding{} // "su cita es el 15 de diciembre": a date, no street
			}
			if parts == nil {
				if o, ok := businessAfterVerb(text, f); ok {
					parts = []redact.Finding{o} // "I authorize Summit Dental to release": a business, no street
				}
			}
		} else if f.Type == redact.Location && f.Source == redact.SourceModel && (f.Score < 0.7 && givenAndFamily(text[f.Start:f.End]) ||
			f.Score < 0.9 && personSlotBefore(text, f.Start) && (givenAndFamilyAnywhere(text[f.Start:f.End]) || senderBeforeColon(text, f))) {
			parts = []redact.Finding{{Type: redact.Person, Start: f.Start, End: f.End, Score: f.Score, Source: f.Source}}
		}
		if parts == nil {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]redact.Finding, 0, len(fs)+len(parts)), fs[:i]...)
		}
		out = append(out, parts...)
	}
	if out == nil {
		return fs
	}
	return out
}

// nameOfPlace splits a model's street that is a person's name, "of" and a town, with no digit:
// "issued to Nancy Daniels of South Carmenfort", "Licensed to Kathy Acevedo of Cochranview"
// (stop 56); or the name, a comma and the town after a slot that puts a person there
// (personSlotBefore: "licensed to Stacie Warner, North Robert"). The town is written as one is (townNameShaped) or the gazetteers know it.
func nameOfPlace(text string, f redact.Finding) []redact.Finding {
	span := text[f.Start:f.End]
	if strings.ContainsAny(span, "0123456789\n") {
		return nil
	}
	sep := " of "
	k := strings.Index(span, sep)
	if c := strings.Index(span, ", "); c > 0 && (k < 0 || c < k) && strings.Count(span, ",") == 1 && personSlotBefore(text, f.Start) {
		k, sep = c, ", " // "licensed to Stacie Warner, North Robert"
	}
	if k <= 0 {
		return nil
	}
	name, place := f, f
	name.End, place.Start, place.Type = f.Start+k, f.Start+k+len(sep), redact.Location
	p := text[place.Start:place.End]
	if !townNameShaped(p) && !(len(strings.Fields(p)) <= 3 && everyWordUpper(p) && embeddedClass(p)&(gCity|gState|gCountry) != 0) {
		return nil
	}
	parts := nameParts(text, name, false)
	if len(parts) != 1 {
		return nil
	}
	return append(parts, place)
}

// everyWordUpper reports that each word of s opens with a capital.
func everyWordUpper(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// afterRoleWords returns where the words of a role that open a model's span f end, capitalised
// ("Nurse Practitioner Cody Lamb", which the model read as a street), or f.Start: a role noun
// and the words that go on a role's name.
func afterRoleWords(text string, f redact.Finding) int {
	k := f.Start
	for n := 0; n < 3; n++ {
		w, e := wordAt(text, k)
		if e >= f.End || text[e] != ' ' || !startsUpper(w) || !foldIn(roleNouns, w) && !foldIn(roleWordsAfter, w) {
			break
		}
		k = e + 1
	}
	return k
}

// roleWordsAfter go on a role's name after its noun: "Nurse Practitioner", "Physician Assistant",
// "Case Manager", "Police Officer".
var roleWordsAfter = wordSet("practitioner assistant aide officer specialist coordinator therapist counselor counsellor navigator worker case")

// loneWordStreet reports the model's street that is one word alone, no digit, no street's word,
// at a doubted score (under 0.6), opening its line before a word: a signature's job title in
// another language ("Kierownik Działu Kadr") rather than a street named without its kind.
func loneWordStreet(text string, f redact.Finding) bool {
	span := text[f.Start:f.End]
	if f.Score >= 0.6 || strings.ContainsAny(span, " 0123456789\n.,") || streetOrUnitWord(span) || f.End >= len(text) || text[f.End] != ' ' {
		return false
	}
	return f.Start == 0 || text[f.Start-1] == '\n'
}

// businessAfterVerb returns the business a model's address without a digit names after a word in
// lower case ("authorize Summit Dental", read as a street; stop 50): the
// capitalised words after the lower-case ones, when their last ends a business's name or names a
// trade.
func businessAfterVerb(text string, f redact.Finding) (redact.Finding, bool) {
	span := text[f.Start:f.End]
	if c := span[0]; c < 'a' || c > 'z' || strings.ContainsAny(span, "0123456789\n,") {
		return f, false
	}
	k := strings.IndexFunc(span, unicode.IsUpper)
	if k <= 0 || span[k-1] != ' ' {
		return f, false
	}
	name := span[k:]
	if strings.IndexByte(name, ' ') < 0 || redact.IsStreetWord(name[strings.LastIndexByte(name, ' ')+1:]) || !orgEnding(name) && !tradeEnding(name) {
		return f, false
	}
	return redact.Finding{Type: redact.Organization, Start: f.Start + k, End: f.End, Score: f.Score, Source: f.Source}, true
}

// dateNotStreet reports a model's address in lower case whose only number is a day before "de"
// and a month in Spanish or Portuguese: a sentence about a date ("su cita es el 15 de
// diciembre", which the model read as a street at 0.69 and the date's rule cut to "su cita es
// el"; stop 50).
func dateNotStreet(span string) bool {
	d := strings.IndexAny(span, "0123456789")
	if d < 0 {
		return false
	}
	e := d
	for e < len(span) && isDigitByte(span[e]) {
		e++
	}
	if e-d > 2 || !strings.HasPrefix(span[e:], " de ") || strings.ContainsAny(span[e:], "0123456789") {
		return false
	}
	for i := 0; i < len(span); i++ {
		if isUpperASCII(span[i]) {
			return false
		}
	}
	m, _ := wordAt(span, e+4)
	return iberianMonths[strings.ToLower(m)]
}

// iberianMonths are the months in Spanish and Portuguese.
var iberianMonths = wordSet("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
	"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro")

// withoutTrailingOn cuts a model's address that ends in " on" before a date ("granted to Michèle Le
// Roux on 21/08/2024", "to Abigail Mcbride on 30 July 2024"): the date's preposition, which no
// address ends in, so that the names before it are read as names.
func withoutTrailingOn(text string, f redact.Finding) redact.Finding {
	if f.End-f.Start > 3 && text[f.End-3:f.End] == " on" && f.End+1 < len(text) && text[f.End] == ' ' {
		if c := text[f.End+1]; c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
			f.End -= 3
		}
	}
	return f
}

// proseAddresses drops a street address of the model's that is a clause of prose: two words or
// more that open with one in lower case, none naming a kind of street (redact.IsStreetWord) or
// an address's unit, and no number but an hour of one or two digits after a word that gives a
// time ("alle 5", "um 5"). After a name and a comma the model expects an address, and in a
// language it was not trained on it took what followed for one ("Ciao Marco, ci vediamo domani
// alle 5?", "Liebe Frau Schmidt, vielen Dank für Ihre Nachricht."). Lower-case addresses keep a
// street word or a house number ("i live at 12 main st", "via roma 5").
func proseAddresses(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == redact.StreetAddress && f.Source == redact.SourceModel && proseClause(text[f.Start:f.End]) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// proseClause reports the span of proseAddresses.
func proseClause(span string) bool {
	r, _ := utf8.DecodeRuneInString(span)
	if !unicode.IsLower(r) {
		return false
	}
	words := strings.Fields(span)
	if len(words) < 2 {
		return false // one word says too little ("nan" where a form left a state out)
	}
	for k, w := range words {
		w = strings.Trim(w, ",.;:!?()")
		if redact.IsStreetWord(w) || foldIn(unitWords, w) || foldIn(addressUnits, w) {
			return false
		}
		if strings.ContainsAny(w, "0123456789") && !numericDate(w) && (k < len(words)-1 || len(w) > 2 || !foldIn(timePrepositions, strings.Trim(words[k-1], ",.;:"))) {
			return false // a house number ("salontie 6"), a postcode; a time after "alle" is prose's
		}
	}
	return true
}

// numericDate reports a date written in digits with its separators (12/03/1985, 02.01.1974,
// 2024-05-03), which is no house number: "nato il 12/03/1985 a Bari" is prose.
func numericDate(w string) bool {
	seps, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '/' || c == '.' || c == '-':
			seps++
		default:
			return false
		}
	}
	return seps == 2 && digits >= 6 && digits <= 8
}

// timePrepositions stand before an hour in Italian, German, Spanish, French, Dutch, the Nordic
// languages, Polish and English: "ci vediamo alle 5", "um 5", "a las 5".
var timePrepositions = wordSet("alle ore um a las à om kl klo godz o at by till until")

// addressUnits are more words of an address's unit or box, in English and other languages, and
// kinds of street that the address readers do not lead with, which Polish, Romanian, Czech,
// Hungarian, Turkish and the Nordic languages write in lower case ("plac Wiśniowa", "soseaua
// Marin", "náměstí Míru", "Atatürk caddesi").
var addressUnits = wordSet("box po wohnung etage piso apto appartamento interno " +
	"plac placu osiedle os aleje ulicy rynek soseaua șoseaua şoseaua splaiul intrarea aleea piata piața piaţa drumul " +
	"náměstí namesti třída trida ulice utca út ut tér ter körút korut sokak sokağı sokagi caddesi cad mahallesi mah bulvarı bulvari " +
	"gatan gata vägen väg vej gade tie katu kuja polku straat laan weg gracht kade plein")

// addresseeFirst splits a street address of the model's that opens with a person's name before a
// comma and the house number ("ship it to Sofie Macher, 12 Oak Street") or a street's leading word
// ("Gianfranco Bossi, Rotonda Sbarbaro, 6, 47834 …", and since stop 53 a Romanian one, "Teodora
// Vasilescu, Str. Lipscani 21, …", which had been one address): the name, one to three
// capitalised words with a given or family name of the lists and no street or building word, is
// the person, and the rest the address. It returns nil for any other address ("Riverside Plaza,
// 100 Main St" stays whole).
func addresseeFirst(text string, f redact.Finding) []redact.Finding {
	span := text[f.Start:f.End]
	k := strings.Index(span, ", ")
	if k <= 0 || k+2 >= len(span) || strings.ContainsAny(span[:k], "0123456789\n") {
		return nil
	}
	street, _, _ := strings.Cut(span[k+2:], ",")
	words := strings.Fields(street)
	switch {
	case isDigitByte(span[k+2]):
		if len(words) < 2 || !slices.ContainsFunc(words[1:], func(w string) bool { return streetWordSet[strings.ToLower(strings.TrimSuffix(w, "."))] }) {
			return nil // the number must open a street with its word, as English writes it ("12 Oak Street"), not end one ("Pátio Ramos, 71")
		}
	case len(words) < 2 || !redact.IsStreetWord(words[0]) && !redact.IsAbbreviatedLeader(words[0]) && !redact.IsRomanianLeader(words[0]) || !strings.ContainsAny(span[k+2:], "0123456789"):
		return nil // or a street's leading word opens it, and a number follows ("Olivie Blin, chemin Frédéric Hebert, 26176 Torres")
	}
	name := f
	name.End = f.Start + k
	people := nameParts(text, name, false)
	if len(people) != 1 || people[0].Start != name.Start || people[0].End != name.End {
		return nil
	}
	rest := f
	rest.Start = f.Start + k + 2
	return []redact.Finding{people[0], rest}
}

// numberedStreets makes a street address of a person, place or organisation of the model's that
// a house number stands right before and a street's suffix ends ("We moved from 943 Lisa
// Mission", "The property at 3437 Robert Flat", "5 Melissa Rise": a given name and one of the
// USPS's or Australia Post's suffixes, which the model read as a person): two to four
// capitalised words on one line. A year after "in", "since" and the like is no house number ("In
// 2019 Grace Park won"), nor is a number after "#" or joined to letters by a hyphen.
func numberedStreets(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person && f.Type != redact.Location && f.Type != redact.Organization || f.Start < 2 || text[f.Start-1] != ' ' {
			continue
		}
		n := f.Start - 1 // the house number ends here
		k := n
		for k > 0 && (isDigitByte(text[k-1]) || text[k-1] == '/' && k-1 < n-1) {
			k--
		}
		if k == n || !isDigitByte(text[k]) || n-k > 7 || k > 0 && (isLetterStart(text[k-1]) || isDigitByte(text[k-1]) || text[k-1] == '$' || text[k-1] == '.' || text[k-1] == ',' || text[k-1] == '#') {
			continue
		}
		if k > 1 && text[k-1] == '-' && isLetterStart(text[k-2]) {
			continue // an identifier's number, not a house's: "member #GF-209331 Aaliyah Brooks"
		}
		span := text[f.Start:f.End]
		words := strings.Fields(span)
		if len(words) < 2 || len(words) > 4 || strings.ContainsAny(span, ",\n") || !redact.IsStreetSuffix(words[len(words)-1]) {
			continue
		}
		capital := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			capital = capital && unicode.IsUpper(r)
		}
		if !capital {
			continue
		}
		if n-k == 4 && text[k] <= '2' {
			if before, _ := wordBefore(text, k); yearWords[strings.ToLower(before)] {
				continue
			}
		}
		f.Type, f.Start, f.Score = redact.StreetAddress, k, max(f.Score, 0.6)
	}
	return fs
}

// yearWords stand before a year: "in 2019", "since 1998".
var yearWords = wordSet("in since by until till during before after around circa")

// nameParts returns the people a digitless street address f holds, split at commas,
// semicolons, "and" and "&", or nil when it holds a street word, a digit, or a part that is no
// known name (any capitalised words will do when the address follows a person in a list; two or
// three that no list knows as anything, no word, place or street, will too where the sentence
// names an account's owner: "Wire transfer to Kiaan Basak, IBAN …").
func nameParts(text string, f redact.Finding, listed bool) []redact.Finding {
	span := text[f.Start:f.End]
	if strings.ContainsAny(span, "0123456789\n") {
		return nil
	}
	var parts []redact.Finding
	from, n := -1, 0 // the current name's first byte and its number of words
	known := false
	unlisted := 0 // words of the current name that no list knows as anything: "Kiaan Basak"
	flush := func(end int) bool {
		if n == 0 {
			return true
		}
		if n > 3 || !known && !listed && !(n >= 2 && unlisted == n && ownerSlot(text, f)) {
			return false
		}
		unlisted = 0
		parts = append(parts, redact.Finding{Type: redact.Person, Start: from, End: end, Score: f.Score, Source: redact.SourceModel})
		from, n, known = -1, 0, false
		return true
	}
	last := f.Start
	k0 := f.Start // the span's first word
	for i := f.Start; i < f.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == ',' || r == ';' || r == '&' {
			if !flush(last) {
				return nil
			}
			i += size
			continue
		}
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		w, e := wordAt(text, i)
		if e > f.End {
			e = f.End
			w = text[i:e]
		}
		switch {
		case w == "and":
			if !flush(last) {
				return nil
			}
		default:
			r0, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r0) || foldIn(commonSet, w) || streetWordSet[strings.ToLower(w)] || isTitle(w) || k0 == i && streetLeaderFirst(text[i:f.End]) {
				return nil // (a street's leading word of any language first: "Travessa Aragão")
			}
			if n == 0 {
				from = i
			}
			n++
			known = known || givenSet()[w] || familySet()[w] || familyFirst[w] || listedGiven()[w] || fakerEnglishGiven()[w] || foldIn(handleFamily(), w)
			if unknownWord(nameCase(w)) {
				unlisted++
			}
			last = e
		}
		i = e
	}
	if !flush(last) {
		return nil
	}
	return parts
}

// ownerSlot reports that f stands where a sentence names who owns an account or a card, or to whom
// something is granted or someone reports: after "belongs to", "granted to" or "reports to", or
// before an account's IBAN or number ("Wire transfer to Kiaan Basak, IBAN …", "Card ending in
// 4923 belongs to Coluccio Miniati", "granted to Ehrentraud Röhrdanz on"). A town after "moved
// to", or a street before its house number, stands elsewhere.
func ownerSlot(text string, f redact.Finding) bool {
	before := text[max(0, f.Start-12):f.Start]
	if strings.HasSuffix(before, "belongs to ") || strings.HasSuffix(before, "belong to ") || strings.HasSuffix(before, "payable to ") ||
		strings.HasSuffix(before, "granted to ") || strings.HasSuffix(before, "granted by ") || strings.HasSuffix(before, " report to ") ||
		strings.HasSuffix(before, " reports to ") || strings.HasSuffix(before, "reporting to ") {
		return true
	}
	after := text[f.End:min(len(text), f.End+12)]
	for _, a := range [...]string{", IBAN", " (IBAN", ", account", ", acct", ", BIC", ", sort code"} {
		if strings.HasPrefix(after, a) {
			return true
		}
	}
	return false
}

// givenAndFamily reports a span of two capitalised words, a given name of the lists that no
// gazetteer gives as a place, and a word that may be a family name (familyNameLike: no place,
// street or organisation word, nor a place the gazetteers know), no English word unless the lists
// give it as a family name: "Gustaw Biesek", "Casian Niță"; not "Virginia Beach", "Alice
// Springs", "Elizabeth City" or "Santa Clara".
func givenAndFamily(span string) bool {
	given, family, ok := strings.Cut(span, " ")
	if !ok || strings.ContainsAny(family, " \t\n") || !nameLike(given) || !(listedGiven()[given] || givenSet()[given]) ||
		embeddedClass(given)&(gCity|gState|gCountry|gStreet|gOrg) != 0 || !familyNameLike(family) || capitals(family) {
		return false
	}
	return !englishWord(family) || familySet()[family]
}

// personSlots put a person right after them, a note's or a message's sender, one thanked: there
// a given and a family name the model read as a place are the person (stop 31: "Note from Nacho
// Gracia:", "Thanks to Alexandria Ollivier,").
var personSlots = []string{"note from ", "message from ", "email from ", "e-mail from ", "text from ", "call from ", "letter from ",
	"memo from ", "update from ", "feedback from ", "comment from ", "thanks to ", "thank you ", "kudos to ", "congrats to ",
	"congratulations to ", "shoutout to ", "shout-out to ",
	// a licence's, a permit's, a key's or a card's holder (stop 56: "licensed to Stacie Warner, North Robert", read as two places)
	"licensed to ", "licenced to ", "issued to ", "registered to ", "granted to ", "assigned to ", "belongs to ", "belonging to ", "held by ",
	"owned by ", "signed by "}

// personSlotBefore reports one of personSlots, in any case, right before text[start:].
func personSlotBefore(text string, start int) bool {
	if w, s := wordBefore(text, start); w != "" && isTitle(w) {
		start = s // a title between: "licensed to Dr Keith Harding" (stop 56)
	} else if start >= 2 && text[start-2] == '.' {
		if w, s := wordBefore(text, start-1); w != "" && isTitle(w) && s > 0 && text[s-1] == ' ' {
			start = s // "issued to Dr. Keith Harding"
		}
	}
	for _, p := range personSlots {
		if start >= len(p) && strings.EqualFold(text[start-len(p):start], p) && (start == len(p) || !isLetterStart(text[start-len(p)-1])) {
			return true
		}
	}
	return false
}

// senderBeforeColon reports a note's or a message's sender the lists need not know: two or three
// capitalised words, no place the gazetteers know, a colon right after them ("Note from Nacho
// Gracia: the server is down").
func senderBeforeColon(text string, f redact.Finding) bool {
	span := text[f.Start:f.End]
	ws := strings.Fields(span)
	if f.End >= len(text) || text[f.End] != ':' || len(ws) < 2 || len(ws) > 3 || embeddedClass(span)&(gCity|gState|gCountry|gStreet|gOrg) != 0 {
		return false
	}
	for _, w := range ws {
		if !nameLike(w) || embeddedClass(w)&(gCountry|gState) != 0 {
			return false
		}
	}
	return true
}

// givenAndFamilyAnywhere is givenAndFamily where the given name may be a place's too
// ("Alexandria Ollivier") and one of any list, Faker's too ("Saturnino Vara"), the two words
// being no place the gazetteers know.
func givenAndFamilyAnywhere(span string) bool {
	given, family, ok := strings.Cut(span, " ")
	if !ok || strings.ContainsAny(family, " \t\n") || !nameLike(given) || !(listedGiven()[given] || givenSet()[given] || foldIn(handleGiven(), given)) ||
		embeddedClass(span)&(gCity|gState|gCountry|gStreet|gOrg) != 0 || !familyNameLike(family) || capitals(family) {
		return false
	}
	return !englishWord(family) || familySet()[family]
}

// listGap reports the separator of a list's items: a comma, a semicolon, "and" or "&".
func listGap(gap string) bool {
	switch gap {
	case ", ", "; ", " and ", " & ", ",", ";":
		return true
	}
	return false
}

// nameConjunctions join two people's names ("Nagy Ádám és Kovács Éva", "Anna und Paul
// Weber"), in English and other languages; not "y", "e" and "i", which Spanish, Portuguese and
// Catalan family names hold ("Ortega y Gasset").
var nameConjunctions = wordSet("and & und et és en och og ve oraz ja и")

// splitPersons splits a person's span that joins two names with a conjunction into the two
// ("Nagy Ádám és Kovács Éva" is two people, who get a token each), where both sides open with a
// capitalised word that is no title ("Mr and Mrs Oyelaran" stays whole), and a model's person
// over a line break at the break (lineBroken).
func splitPersons(text string, fs []redact.Finding) []redact.Finding {
	var out []redact.Finding
	for i, f := range fs {
		a, b, ok := conjoined(text, f)
		broken := false
		if !ok {
			a, b, ok = lineBroken(text, f)
			broken = ok
		}
		end := f.End
		if !ok {
			a, b, end, ok = initialledPair(text, f)
			ok = ok && (i+1 == len(fs) || fs[i+1].Start >= end)
		}
		if !ok {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]redact.Finding, 0, len(fs)+1), fs[:i]...)
		}
		left, right := f, f
		left.End, right.Start, right.End = a, b, end
		if r := text[right.Start:right.End]; broken && (strings.IndexByte(r, ' ') < 0 || !recipientName(r)) {
			out = append(out, left) // the next line's word is a title's or a street's: "Jane Doe⏎Senior"
			continue
		}
		if a, b, _, ok := initialledPair(text, left); ok && !broken {
			l2, r2 := left, left
			l2.End, r2.Start = a, b
			out = append(out, l2, r2, right) // "R. Iyer, J. Castellanos and M. Obi": three
			continue
		}
		out = append(out, left, right)
	}
	if out == nil {
		return fs
	}
	return out
}

// initialledPair reports a person's span that is two names of an initial and a family name
// after one another, or the first and the second's initial, which the model reads as a family
// name and an initial ("panel: R. Iyer, J. Castellanos" had been "R. Iyer, J." and left
// "Castellanos" upstream; stop 54): where the first ends, where the second starts, and where
// it ends, past the span when its family name was left out.
func initialledPair(text string, f redact.Finding) (int, int, int, bool) {
	s := text[f.Start:f.End]
	if f.Type != redact.Person || len(s) < 9 || !isUpperASCII(s[0]) || s[1] != '.' || s[2] != ' ' {
		return 0, 0, 0, false
	}
	c := strings.Index(s, ", ")
	if c < 4 || c+4 > len(s) || !isUpperASCII(s[c+2]) || s[c+3] != '.' || strings.IndexByte(s[3:c], ' ') >= 0 {
		return 0, 0, 0, false
	}
	end := f.End
	if c+4 == len(s) { // the second's family name after the span: "R. Iyer, J." + " Castellanos"
		if end+2 >= len(text) || text[end] != ' ' {
			return 0, 0, 0, false
		}
		w, e := wordAt(text, end+1)
		if !startsUpper(w) || !nameLike(w) || englishWord(w) && !familySet()[w] {
			return 0, 0, 0, false
		}
		end = e
	} else if c+5 >= len(s) || s[c+4] != ' ' || strings.IndexByte(s[c+5:], ' ') >= 0 || !startsUpper(s[c+5:]) {
		return 0, 0, 0, false
	}
	return f.Start + c, f.Start + c + 2, end, true
}

// lineBroken reports a model's person whose span runs over a line break, and where its first
// line ends and its next starts: a name of two words or more on a label's line and the address's
// first line under it ("Bianca Jesus⏎Aeroporto Pinto", which the model read as one), split in two
// as splitPersons splits two names joined by a conjunction.
func lineBroken(text string, f redact.Finding) (int, int, bool) {
	if f.Type != redact.Person || f.Source != redact.SourceModel {
		return 0, 0, false
	}
	k := strings.IndexByte(text[f.Start:f.End], '\n')
	if k <= 0 {
		return 0, 0, false
	}
	a, b := f.Start+k, f.Start+k+1
	for a > f.Start && (text[a-1] == ' ' || text[a-1] == '\r') {
		a--
	}
	for b < f.End && (text[b] == ' ' || text[b] == '\n' || text[b] == '\r') {
		b++
	}
	// a given name alone on its line keeps the family name on the next ("Maria⏎da Silva"): only
	// a line of two words or more is a name whole
	return a, b, a > f.Start && b < f.End && strings.IndexByte(strings.TrimSpace(text[f.Start:a]), ' ') > 0
}

// rolesNotNames drops a model's person that is one word for a role and no name of the lists:
// "Counsel for the respondent", "Plaintiff argues", which open a sentence as names do; after a
// title it is a name ("Mr. Guest"). So is a role's phrase of English words (rolePhrase: "Dear
// Hiring Manager"). A role's word that opens a longer person is cut off
// ("Traveller Cecilia" → "Cecilia").
// toothSurfaces drops what the rules made of a tooth's surfaces in a dental chart, their initials
// in capitals before the filling's material ("placed MOD composite", "DO amalgam on #30"; stop
// 50: a business and a person).
func toothSurfaces(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0] // (each finding is looked at where it stands: a search of the text for the materials had cost 4 µs a 2 KB message)
	for _, f := range fs {
		if w := text[f.Start:f.End]; f.Source == redact.SourceModel && f.Type != redact.StreetAddress && len(w) <= 5 &&
			strings.Trim(w, "MODBLIF") == "" && f.End < len(text) && text[f.End] == ' ' && foldIn(fillingWords, strings.TrimRight(firstWord(text[f.End+1:min(len(text), f.End+16)]), ",;")) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// roleNamed reports a person's name in w, after a role's word: two or three words, each a given
// or a family name of the lists or a name no list knows as a place, organisation or street, an
// initial with its period among them.
func roleNamed(w string) bool {
	ws := strings.Fields(w)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	names := 0
	for _, x := range ws {
		switch {
		case len(x) == 2 && x[1] == '.' && isUpperASCII(x[0]):
		case listedName(x) || familyNameLike(x) && embeddedClass(x)&(gCity|gState|gCountry|gOrg|gStreet) == 0:
			names++
		default:
			return false
		}
	}
	return names >= 2
}

// fillingWords are a dental filling's materials, after a tooth's surfaces: "MOD composite".
var fillingWords = wordSet("composite amalgam resin sealant onlay inlay")

func rolesNotNames(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	for _, f := range fs {
		if (f.Type == redact.Person || f.Type == redact.Location || f.Type == redact.Organization) && f.Source == redact.SourceModel && f.End-f.Start > 6 &&
			isUpperASCII(text[f.Start]) && (f.Start == 0 || sentenceBoundaryBefore(text, f.Start)) {
			// a request's verb opening the sentence, which the model read into the name after it
			// (stop 63: "Invite Scott, Daniel and Caroline", "Invite Panini, …")
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 0 && foldIn(objectVerbs, text[f.Start:f.Start+k]) && startsUpper(text[f.Start+k+1:f.End]) &&
				!listedName(text[f.Start:f.Start+k]) {
				f.Start += k + 1
			}
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel {
			// another language's "and" the model read on into after the name (stop 63: "sus
			// hijos Abel y Mauro", the model's "Abel y"; "Alan oraz")
			if k := strings.LastIndexByte(text[f.Start:f.End], ' '); k > 0 && (spouseConjunction(text[f.Start+k+1:f.End]) || text[f.Start+k+1:f.End] == "oraz") &&
				f.End+1 < len(text) && text[f.End] == ' ' {
				// (before a possessive or an article: not a firm's "checa y asociados" or "Gómez y
				// Pérez S.L.", whose "y" a cut would leave upstream, nor a name's own last letter
				// at the text's end, "Thanks, Mahfuj y")
				if next, _ := wordAt(text, f.End+1); conjunctionFollowers[next] {
					f.End = f.Start + k
				}
			}
			// a word of English in lower case the model ran into the capitalised name after it:
			// "neighbour Eva Holm", "counselor Tyler Turner" (a particle opens a family name, "van
			// Gogh"; a given name in lower case stays, "aleena Padikall")
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 0 && f.Start+k+1 < f.End {
				if head := text[f.Start : f.Start+k]; lowerWord(head) && !nameParticles[head] && (englishWord(head) || dictionaryWord(head)) &&
					!listedNameWord(head) && startsUpper(text[f.Start+k+1:]) {
					f.Start += k + 1
				}
			}
			// a deposition's answer mark the model ran into the name the answer gives (stop 48): "Q. Please
			// state your name for the record.⏎A. Reginald Thaddeus Ogunbanjo."
			if strings.HasPrefix(text[f.Start:f.End], "A. ") && f.End-f.Start > 4 && transcriptMarker(text, f.Start) {
				f.Start += 3
			}
			// a laugh before a name in lower case, or alone: "jaja irma eres lo peor" (stop 55)
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 0 && f.Start+k+1 < f.End && laughWords[text[f.Start:f.Start+k]] {
				f.Start += k + 1
			}
			if laughWords[text[f.Start:f.End]] {
				continue
			}
			// a Vietnamese form of address in lower case before the name: "anh Minh", "chị Lan", "ông Hùng" (stop 45)
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 0 && f.Start+k+1 < f.End && (vnAddressForms[text[f.Start:f.Start+k]] || selfIntroductions[text[f.Start:f.Start+k]]) && startsUpper(text[f.Start+k+1:]) {
				f.Start += k + 1
			}
			// a sign-off the model ran into the writer's name: "Love, David", "Cheers, Tom"
			if k := strings.Index(text[f.Start:f.End], ", "); k > 0 && redact.SignOff(text[f.Start:f.Start+k]) {
				f.Start += k + 2
				for f.Start < f.End && (text[f.Start] == ' ' || text[f.Start] == '\t') {
					f.Start++
				}
				if f.Start >= f.End {
					continue // a sign-off alone: no name after it
				}
			}
			// an invoice's heading opening its line: "BILL TO", "Bill to:" (not "Ask Bill to: check it")
			if w := text[f.Start:f.End]; strings.EqualFold(w, "bill") && (f.Start == 0 || text[f.Start-1] == '\n') && billTo(text, f.End) {
				continue
			}
			// German's and Dutch's article and role the model ran into the name, or read alone (stop
			// 59): "Der Mieter Monja Baum", "Erbin Eva-Marie Schlosser", "Der Kunde", "De patiënt Paul Devolder"
			head, rest, two := strings.Cut(text[f.Start:f.End], " ")
			if kind := articledRoles[head]; kind&roleDeterminer != 0 && two {
				// (one lookup of the first word for most spans: the rules read every person)
				if r, after, _ := strings.Cut(rest, " "); articledRoles[r]&germanRole != 0 {
					f.Start += len(head) + 1
					head, rest, two = r, after, after != ""
				} else if articledRoles[r]&dutchRole != 0 && startsUpper(after) {
					f.Start += len(head) + 1 + len(r) + 1 // and Dutch's, in lower case: "De patiënt Paul Devolder"
				}
			}
			if articledRoles[head]&germanRole != 0 {
				if !two {
					continue
				}
				if startsUpper(rest) {
					f.Start += len(head) + 1
				}
			}
			// a role's word the model ran into the name: "Traveller Cecilia", "Passenger Maryam van"
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 0 && k <= 14 && f.Start+k+1 < f.End && startsUpper(text[f.Start:]) { // ("Grandchildren", 13; a word after the space: "PAsien " had left an empty span, stop 59's fuzzing)
				if r := text[f.Start : f.Start+k]; (foldIn(roleNouns, r) || foldIn(speakerRoles, r) || familyFirstWords[r]) && !listedName(r) && !titleBefore(text, f.Start) { // (and another language's "family", stop 62: "Die Familie Müller ist da")
					f.Start += k + 1
				}
			}
		}
		if (f.Type == redact.Location || f.Type == redact.StreetAddress || f.Type == redact.Organization && f.Score < 0.5) && f.Source == redact.SourceModel {
			// a role's word opening what the model read as a place, before a person's name: "protection
			// from Respondent Kyle Brandt", "to Obligee Tanisha M. Whitfield" (stop 51); or as a
			// business it doubted ("with trainer Victoria at 7am", 0.42; stop 62)
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 0 && k <= 12 && (startsUpper(text[f.Start:]) || f.Type == redact.Organization) {
				rest := text[f.Start+k+1 : f.End]
				if r := text[f.Start : f.Start+k]; foldIn(roleNouns, r) && !capitals(r) && (roleNamed(rest) || f.Type == redact.Organization && lowerStart(r) && listedGiven()[rest]) {
					f.Start, f.Type = f.Start+k+1, redact.Person
				}
			}
		}
		w := text[f.Start:f.End]
		if (f.Type == redact.Person || f.Type == redact.StreetAddress || f.Type == redact.Location) && f.Source == redact.SourceModel && rolePhrase(w) {
			continue // (a job the model read as a street or a place: "Tom Lee, Senior Engineer, Globex"; stop 45)
		}
		if nl := strings.LastIndexByte(w, '\n'); f.Type == redact.StreetAddress && f.Source == redact.SourceModel && nl > 0 && formBox(text, f.Start+nl+1, f.End) {
			f.End = f.Start + strings.LastIndexFunc(w[:nl], func(r rune) bool { return r > ' ' }) + 1 // "STANISLAW J⏎Box 3 DOB": the initial before the form's next box
			w = text[f.Start:f.End]
		}
		if f.Type == redact.StreetAddress && f.Source == redact.SourceModel && (len(w) <= 1 || formBox(text, f.Start, f.End) || w == "Box" || w == "BOX") {
			continue // a claim form's "Box 3 DOB …", "Box 2 PATIENT'S NAME" (stop 48), and a letter alone: no post office's box
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel && foldIn(loneArticles, w) && formOfAddressAt(text, f.End) {
			continue // "De heer Hak woont …": Dutch's article before its form of address, no name alone
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel && thingBeforeAcronym(text, f) {
			continue // "Device MAC 00:1A:…", "Tablet IMEI …": a thing and its identifier's acronym
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel && brandBeforeValue(text, f) {
			continue // "Paid with Visa •••• 4242", "Steam: Friend request from …": a card's or a platform's name
		}
		if f.Type == redact.Location && f.Source == redact.SourceModel && streetNamedAsPlace(w) {
			f.Type = redact.StreetAddress // "See you at Sane Circle at 7", "at Hartmannstraße": a street the model typed as a place (stop 62)
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel && streetLeaderFirst(w) {
			f.Type = redact.StreetAddress // "chemin Rodriguez", "Travessa Aragão": a street named after someone, its kind first
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel && strings.IndexByte(w, ' ') < 0 && !givenSet()[w] && !listedGiven()[w] {
			if e := streetSuffixAfter(text, f.End); e > f.End {
				f.Type, f.End = redact.StreetAddress, e // "Baker Street, London": the model read the street's name alone as a person
			}
		}
		if f.Type == redact.Organization && f.Source == redact.SourceModel && foldIn(officeWords, w) {
			continue // "Dalila Giménez (Secretary)", "Kevin Clements, Director, for and on behalf of": an office, no organisation
		}
		if f.Type != redact.Person && f.Source == redact.SourceModel && (foldIn(contractWords, w) || foldIn(legalRoles, w)) {
			continue // "IN WITNESS WHEREOF", "Witness name:", "Lessee:": a contract's words, no place or organisation
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel && len(w) <= 12 && strings.IndexByte(w, ' ') < 0 &&
			(foldIn(roleNouns, w) || foldIn(personRoles, w) || foldIn(labelRoles, w) || foldIn(legalRoles, w)) && !listedName(w) && !titleBefore(text, f.Start) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// formBox reports a span that is "Box" and a number alone, as a claim form numbers its fields,
// with no post office's or route's words before it ("PO Box 3", "RR 2 Box 152" are addresses).
func formBox(text string, start, end int) bool {
	w := text[start:end]
	if !strings.HasPrefix(w, "Box ") && !strings.HasPrefix(w, "BOX ") || !isDigits(w[4:]) || len(w) > 7 {
		return false
	}
	b, _ := wordBefore(text, start)
	return b == "" || !strings.EqualFold(strings.ReplaceAll(b, ".", ""), "po") && !strings.EqualFold(b, "office") && !isDigits(b)
}

// labelTails cuts off a model's finding's last word where a form's blanks come before it and a
// colon after it, the next field's label; and a person's last word where it is the next field's
// label, which the model or a rule ran on into after the name (stop 48): an identifier's acronym after a name in mixed
// case ("Dr. L. Fairweather DEA BF1234563", "Dr. Lena Fairweather NPI 1234567893"), or, after a
// name of two words or more in capitals, a word of English in title case ("Given names: MUSA
// IBRAHIM Date of birth").
func labelTails(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Source == redact.SourceModel && f.End < len(text) && text[f.End] == ':' {
			// any of its findings that ran over a form's blanks into the next field's label
			// (stop 49: "… Worcester MA 01604  Employer: Polar Beverages", one street to it)
			span := text[f.Start:f.End]
			if g := max(strings.LastIndex(span, "  "), strings.LastIndexByte(span, '\t')); g > 0 && !strings.ContainsAny(strings.TrimLeft(span[g:], " \t"), " \t") {
				f.End = f.Start + len(strings.TrimRight(span[:g], " \t"))
			}
		}
		if f.Type != redact.Person || f.Source != redact.SourceModel {
			continue
		}
		k := strings.LastIndexByte(text[f.Start:f.End], ' ')
		if k <= 0 {
			continue
		}
		if f.End < len(text) && isDigitByte(text[f.End]) && f.End-(f.Start+k+1) <= 3 && capitals(text[f.Start+k+1:f.End]) && leadingDigits(text[f.End:]) >= 4 {
			// the model's span ends inside the identifier's value, its letters read as a word: "… DEA BF|1234563"
			f.End = f.Start + len(strings.TrimRight(text[f.Start:f.Start+k], " \t"))
			if k = strings.LastIndexByte(text[f.Start:f.End], ' '); k <= 0 {
				continue
			}
		}
		last, head := text[f.Start+k+1:f.End], text[f.Start:f.Start+k]
		if len(last) >= 3 && acronyms[last] && hasLower(head) || !capitals(last) && startsUpper(last) && (englishWord(last) || foldIn(labelWords, last) || foldIn(formLineWords, last)) && !listedName(last) &&
			strings.IndexByte(head, ' ') > 0 && capitals(strings.ReplaceAll(head, " ", "")) {
			f.End = f.Start + len(strings.TrimRight(head, " \t"))
		}
	}
	return fs
}

// streetLeaderFirst reports a span that opens with a street's leading word of any language and
// goes on with capitalised words: "chemin Rodriguez", "Travessa Aragão", "Rua Castro". A word that
// is also a suffix (Avenue) counts only in lower case, as French writes "avenue"; a given name
// (Via, Rue) does not count.
func streetLeaderFirst(span string) bool {
	first, rest, ok := strings.Cut(span, " ")
	if !ok || !startsUpper(rest) || !redact.IsStreetWord(first) || givenSet()[first] || listedGiven()[first] || fakerEnglishGiven()[first] {
		return false
	}
	return !startsUpper(first) || !redact.IsStreetSuffix(first)
}

// officeWords are the offices a person holds in a company, a board or a meeting, one word each,
// which no organisation is named alone.
var officeWords = wordSet("chair chairman chairwoman chairperson secretary treasurer director president vice-president " +
	"ceo cfo coo cto ciso founder co-founder trustee governor clerk notary registrar rapporteur moderator facilitator " +
	"minute-taker note-taker")

// contractWords are the words and parties of contracts and deeds, which the model, never trained
// on them, read as places and organisations: "IN WITNESS WHEREOF", "Witness address:".
var contractWords = wordSet("witness witnesses whereof hereby hereto herein hereunder thereof therein whereas notwithstanding " +
	"lessor lessee landlord tenant licensor licensee grantor grantee assignor assignee mortgagor mortgagee guarantor " +
	"testator testatrix borrower lender purchaser vendor seller buyer notary affiant deponent signatory")

// sexWords name a sex or a gender, never a person in lower case ("Subject: Luigi Guerra, male,
// approx. 35"), though Faker's English given names hold "Male".
var sexWords = map[string]bool{"male": true, "female": true, "man": true, "woman": true, "boy": true, "girl": true, "nonbinary": true}

// billTo reports " to" after a word at end, in any case, then a colon, the line's or the
// text's end: an invoice's "Bill to" heading.
func billTo(text string, end int) bool {
	if end+3 > len(text) || !strings.EqualFold(text[end:end+3], " to") {
		return false
	}
	e := end + 3
	return e == len(text) || text[e] == ':' || text[e] == '\n' || text[e] == '\r'
}

// loneArticles are the articles that stand before a form of address ("De heer Hak", "Der Herr
// Doktor"): a model's person of one such word there is no name ("Del" and "Des" alone are given
// names, and stay).
var loneArticles = wordSet("de der den het")

// formOfAddressAt reports a form of address right after a space at text[end] ("heer", "Herr").
func formOfAddressAt(text string, end int) bool {
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	w, _ := wordAt(text, end+1)
	return otherAddressForms[w] || addressForms[w]
}

// formOfAddress reports a form of address of any language, in capitals too ("Herr", "HERR",
// "Mme", "MR", "dhr"): what a bank statement writes before a payee.
func formOfAddress(w string) bool {
	return addressForms[w] || otherAddressForms[w] || inTitleCase(addressForms, w) || inTitleCase(otherAddressForms, w)
}

// thingBeforeAcronym reports a model's person of one capitalised word of English that no list
// holds as a name, right before a word in capitals of two to five letters ("Device MAC
// 00:1A:2B:3C:4D:5E", "Tablet IMEI 490154203237518", "Server IP 10.0.0.1"): a thing named with
// its identifier's acronym, not a person and a family name in capitals.
func thingBeforeAcronym(text string, f redact.Finding) bool {
	w := text[f.Start:f.End]
	if strings.IndexByte(w, ' ') >= 0 || !startsUpper(w) || listedNameWord(w) || !englishWord(w) && !dictionaryWord(w) {
		return false
	}
	if f.End+1 >= len(text) || text[f.End] != ' ' {
		return false
	}
	a, e := wordAt(text, f.End+1)
	return len(a) >= 2 && len(a) <= 5 && capitals(a) && (len(a) <= 4 || !listedNameWord(titleWord(a))) && (e == len(text) || text[e] == ' ' || text[e] == ':')
}

// brandBeforeValue reports a model's person that is one word naming a card's brand or a
// platform (brandWords: Visa, Mastercard, Amex, Steam, Discord, Venmo, …), and no name of the
// lists, right before a card's digits or its mask ("Visa •••• 4242", "Mastercard **** 5454",
// "Visa ending in 4242", "Visa: 4111…") or before a colon that opens a line's message ("Steam:
// Friend request from …", as a phone's notifications print the app's name; since stop 43).
// After a title it is a name ("Mr. Steam").
func brandBeforeValue(text string, f redact.Finding) bool {
	w := text[f.Start:f.End]
	if !foldIn(brandWords, w) || listedNameWord(w) || titleBefore(text, f.Start) {
		return false
	}
	rest := text[f.End:]
	if strings.HasPrefix(rest, ":") {
		return true
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || r == '•' || r == '*' || r == '·' || r == '…' || r == 'x' && strings.HasPrefix(rest, "xxxx") || r == 'X' && strings.HasPrefix(rest, "XXXX") ||
		strings.HasPrefix(rest, "ending") || strings.HasPrefix(rest, "card")
}

// brandWords name cards' brands and the platforms whose names open a notification's line.
var brandWords = wordSet("visa mastercard amex maestro discover jcb unionpay diners interac elo hipercard " +
	"steam discord slack twitch venmo zelle paypal coinbase robinhood snapchat whatsapp telegram signal messenger " +
	"instagram tiktok tinder bumble hinge uber lyft doordash grubhub strava fitbit duolingo")

// streetSuffixAfter returns where a capitalised street's kind right after a one-word person
// ends ("Baker" + " Street", "Abbey" + " Road"), a comma, a full stop, the line's or the text's
// end after it; end when there is none.
func streetSuffixAfter(text string, end int) int {
	if end+1 >= len(text) || text[end] != ' ' {
		return end
	}
	w, e := wordAt(text, end+1)
	if !startsUpper(w) || !redact.IsStreetSuffix(w) || len(w) < 3 {
		return end
	}
	if e < len(text) && text[e] != ',' && text[e] != '.' && text[e] != '\n' && text[e] != ' ' {
		return end
	}
	if e+1 < len(text) && text[e] == ' ' && startsUpper(text[e+1:]) {
		return end // a longer name goes on: "Baker Street Irregulars"
	}
	return e
}

// rolePhrase reports two or three words of English that end with a role's or a team's word and
// hold no name of the lists, as a letter's salutation writes where it has no name ("Dear Hiring
// Manager", "Dear Hiring Team", "Dear Valued Customer"; not "Dear Rose Manager").
func rolePhrase(w string) bool {
	k := strings.LastIndexByte(w, ' ')
	if k <= 0 || strings.Count(w, " ") > 2 {
		return false
	}
	if foldIn(roleWholes, w) {
		return true
	}
	first := w[:strings.IndexByte(w, ' ')]
	acronym := jobAcronym(first) // opening the title (stop 57: "Helen Marsh, VP Sales" had made a second person)
	if l := w[k+1:]; !foldIn(roleNouns, l) && !foldIn(teamWords, l) && !foldIn(roleTails, l) && !jobTitleWords[l] && !acronym {
		return false // most persons end here, with nothing allocated
	}
	for x := range strings.FieldsSeq(w) {
		if x == first && acronym {
			continue
		}
		if !startsUpper(x) || !englishWord(x) && !dictionaryWord(x) && !jobTitleWords[x] || listedName(x) {
			return false
		}
	}
	return true
}

// jobAcronym reports a job's title as an acronym in capitals ("VP", "SVP", "CFO"), but "MD" and
// "GM", which open a clinic's and a company's names as often ("MD Anderson").
func jobAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= 4 && w != "MD" && w != "GM" && jobTitleWords[w] && capitals(w)
}

// roleWholes are offices whose last word is no role's noun ("Patricia Lemaire, Notary Public").
var roleWholes = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split("notary public|attorney general|surgeon general|solicitor general|postmaster general|inspector general|"+
		"consul general|director general|secretary general|governor general|registered nurse|nurse practitioner|justice of the peace|"+
		"commissioner of oaths|public defender|district attorney|state attorney|county clerk|city clerk|town clerk|chief of police", "|") {
		m[p] = true
	}
	return m
}()

// roleTails end the names of roles, groups and jobs a letter is addressed to besides roleNouns and
// teamWords ("Dear Hiring Committee", "Dear Admissions Officer", "Dear Search Panel").
var roleTails = wordSet("committee officer panel recruiter recruiters board director coordinator colleagues partners " +
	// and the jobs a signature or a reference writes after a name (stop 45): "Jessica Wu, Senior Manager"
	"president analyst consultant specialist associate assistant executive administrator architect designer developer scientist " +
	"accountant supervisor advisor adviser counsel principal secretary treasurer editor producer representative")

// wordsOpeningSentences drops a model's person that is one capitalised word of the dictionary
// opening a sentence before a noun in lower case, told by its ending or as one of compoundNouns:
// "Loan application from …", "Grace period ends", "Rose garden", where the word is a noun of the
// sentence (Loan, Grace and Rose are given names too). Anything else after it keeps it a person
// ("Grace called", "Sue spent", "Grant what if you …").
func wordsOpeningSentences(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == redact.Person && f.Source == redact.SourceModel && nounOpening(text, f) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// foreignDeterminers open a noun phrase in Italian, Spanish, French, Portuguese, German and
// Dutch: an article or a possessive, which a sentence's first word capitalises ("Il mio numero
// è …", "Mi número es …", "Mein Name ist …"), and which the model, trained on English, took for a
// name's first word.
var foreignDeterminers = wordSet("il lo la gli le el los las mi mis mio mia miei mie mon ma mes ton ta tes son sa ses " +
	"mein meine meinen meinem meiner der die das dem den o os um uma meu minha meus minhas het een mijn onze " +
	// and subject pronouns, which open a sentence before its verb: "Wir haben Peter Wagner angerufen"
	"ich du er sie es wir ihr je tu nous vous ils elles yo tú él ella nosotros io noi voi loro eu nós ik jij wij zij jag vi ni " +
	// and Italian's "ci" before its verb (stop 58: "Ci vediamo a Bologna", the model's person at 0.65)
	"ci " +
	// and the words that open an introduction in Indonesian, Turkish, Swahili and Vietnamese:
	// "Nama saya Budi Santoso", "Benim adım Ayşe", "Jina langu ni Amina"
	"nama saya aku benim adım adim jina tôi")

// vietnamesePronouns are the third persons Vietnamese makes of a kinship word and "ấy" ("that"),
// in lower case: no one's name.
var vietnamesePronouns = map[string]bool{"anh ấy": true, "chị ấy": true, "cô ấy": true, "ông ấy": true, "bà ấy": true, "em ấy": true, "cậu ấy": true}

// foreignGreetings open a message to someone in other languages, as "Hi" and "Dear" do in
// English, which the model knows: "Hallo Jürgen", "Bonjour Camille", "Hej Lars", "Ciao Marco".
var foreignGreetings = wordSet("hallo servus moin bonjour bonsoir salut coucou ciao buongiorno buonasera salve hola buenas olá oi " +
	"hoi hej hei moi ahoj cześć czesc witam szia merhaba selam shalom salam namaste liebe lieber cher chère chere caro cara " +
	"querido querida beste kære kaere kära bästa " +
	// and Central and Eastern Europe's and the Baltics' (stop 48): "Dobrý deň,", "Bună ziua,", "Здравейте,", "Zdravo,", "Tere,"
	"dobrý dobry bună buna здравейте здравей здравствуйте привет добрый zdravo bok tere helló labas sveiki " +
	// and the words of a sign-off before a name on its line: "Gruß Klaus Meyer", "Saluti Marco"
	"gruß gruss grüße gruesse lg mfg saluti cordialement bisous groet groeten hälsningar halsningar pozdrawiam pozdrowienia " +
	"abraço abraços abraco abracos besos cumprimentos atentamente")

// nounPossessives are the possessives of foreignDeterminers that are no name's first word,
// as "Ma", "Son" and "Mi" are (Ma Long, Son Heung-min): after one comes a noun, in German in
// capitals.
var nounPossessives = wordSet("mein meine meinen meinem meiner dein deine unser unsere mijn onze mio mia miei mie meu minha meus minhas")

// pronounBeforeArticle reports a pronoun of articlePronouns in text[a:b], or right after it, before
// an article or a reflexive in lower case: a German or Dutch clause ("Sie den Termin", "Hij de
// sleutel"), not "Sie van Dijk".
func pronounBeforeArticle(text string, a, b int) bool {
	for at := a; at < b; {
		w, e := wordAt(text, at)
		if w == "" {
			return false
		}
		if articlePronouns[w] && e+1 < len(text) && text[e] == ' ' {
			if next, _ := wordAt(text, e+1); clauseArticles[next] {
				return true
			}
		}
		at = e
		for at < b && (text[at] == ' ' || text[at] == ',') {
			at++
		}
	}
	return false
}

// clauseArticles are the German and Dutch articles and reflexives that follow a pronoun.
var clauseArticles = wordSet("den der die dem das des ein eine einen einem einer sich uns mir mich dich ihm ihn het een de zich")

// letteredLabel reports a model's person that is a word naming things by a letter and the letter
// after it ("Vitamin" of "Vitamin D. deficiency"), or the letter alone after such a word ("B." of
// "See Fig. B."): a vitamin, a figure, an appendix, a hepatitis, a plan, no one.
func letteredLabel(text string, f redact.Finding) bool {
	span := text[f.Start:f.End]
	if n := len(strings.TrimSuffix(span, ".")); n == 1 && isUpperASCII(span[0]) {
		k := f.Start
		if k > 0 && text[k-1] == ' ' {
			k--
		}
		if k > 0 && text[k-1] == '.' {
			k-- // "Fig." before the letter
		}
		w := text[wordStartBefore(text, k):k]
		return w != "" && foldIn(letterLabels, w)
	}
	if !foldIn(letterLabels, span) || f.End+2 >= len(text) || text[f.End] != ' ' || !isUpperASCII(text[f.End+1]) {
		return false
	}
	return f.End+2 == len(text) || !isLetterASCII(text[f.End+2])
}

// letterLabels name things by a letter after them.
var letterLabels = wordSet("vitamin vitamins fig figure figures table appendix annex exhibit schedule section part plan option type grade " +
	"group class hepatitis block tier phase level zone gate terminal hall wing building unit apartment apt")

// lowerNounAfterDeterminer reports a model's person (or organisation) that is one word in lower
// case, a word of English or of the dictionary, right after an English determiner or possessive:
// a noun ("our grant expired", "the bill"), not someone.
func lowerNounAfterDeterminer(text string, f redact.Finding) bool {
	span := text[f.Start:f.End]
	if c := span[0]; c < 'a' || c > 'z' || strings.IndexByte(span, ' ') >= 0 || !englishWord(span) && !dictionaryWord(span) {
		return false
	}
	d, _ := wordBefore(text, f.Start)
	return englishDeterminers[d]
}

// lowerDictionaryNoName reports a model's person that is one word in lower case, a word of the
// dictionary that no list of names holds in any case ("presenting with syncope"): a term.
func lowerDictionaryNoName(text string, f redact.Finding) bool {
	span := text[f.Start:f.End]
	if c := span[0]; c < 'a' || c > 'z' || strings.IndexByte(span, ' ') >= 0 || !dictionaryWord(span) {
		return false
	}
	return !inTitleCase(givenSet(), span) && !inTitleCase(listedGiven(), span) && !inTitleCase(familySet(), span) && !foldIn(handleGiven(), span) && !foldIn(handleFamily(), span)
}

// eponymTerms are the nouns of methods, laws and objects named after their discoverer, which
// a name before them in lower case makes no person: "Gaussian blur", "Canny edge detection",
// "Kalman filter" (words a name may stand before in a record, "test", "number", "process", are
// not among them).
var eponymTerms = wordSet("blur filter filters method algorithm algorithms distribution detection detector transform transformation theorem lemma " +
	"equation equations conjecture kernel heap matrix coefficient paradox diagram integral operator inequality criterion estimator sampler")

// eponymBeforeTerm reports a model's person of one capitalised word, no given name and after no
// title, followed by one or two words in lower case of which one is an eponymTerms noun.
func eponymBeforeTerm(text string, f redact.Finding) bool {
	w := text[f.Start:f.End]
	if strings.IndexByte(w, ' ') >= 0 || !startsUpper(w) || givenSet()[w] || listedGiven()[w] || titleBefore(text, f.Start) || f.End+2 >= len(text) || text[f.End] != ' ' {
		return false
	}
	n, e := wordAt(text, f.End+1)
	if !isLowerWord(n) {
		return false
	}
	if eponymTerms[n] {
		return true
	}
	if e+1 < len(text) && text[e] == ' ' {
		m, _ := wordAt(text, e+1)
		return isLowerWord(m) && eponymTerms[m] && !englishFunctionWords[n]
	}
	return false
}

// eponymousTerm reports a span of one capitalised word (hyphens may join names in it) and an
// eponymTerms noun in lower case: "Newton-Raphson method".
func eponymousTerm(span string) bool {
	k := strings.IndexByte(span, ' ')
	return k > 0 && startsUpper(span) && strings.IndexByte(span[k+1:], ' ') < 0 && eponymTerms[span[k+1:]]
}

// toolVersion reports a span that is a term of computing and a version number after it:
// "Postgres 15", "Python 3.12".
func toolVersion(span string) bool {
	k := strings.IndexByte(span, ' ')
	if k <= 0 || !techTerms[span[:k]] {
		return false
	}
	v := span[k+1:]
	return v != "" && strings.Trim(v, "0123456789.") == ""
}

// possessedAcronym reports a model's person that is an acronym of two to four capitals after a
// possessive's "'s" and before a word in lower case: "Jaylen's IEP meeting", "the patient's MRI
// results"; a name is not written so.
func possessedAcronym(text string, f redact.Finding) bool {
	span := text[f.Start:f.End]
	if len(span) < 2 || len(span) > 4 || !capitals(span) || !isLetterASCII(span[0]) || f.End+2 > len(text) || text[f.End] != ' ' || text[f.End+1] < 'a' || text[f.End+1] > 'z' {
		return false
	}
	return strings.HasSuffix(text[:f.Start], "'s ") || strings.HasSuffix(text[:f.Start], "’s ")
}

// institutionNouns name a kind of institution or place of business, in lower case: "the clinic",
// "the bank" (a team's or a brand's name in lower case, "the ravens", "my twitter", is the
// model's).
var institutionNouns = wordSet("clinic hospital bank school office pharmacy store shop library church court station airport hotel " +
	"restaurant gym university college centre center lab laboratory department agency company firm practice surgery ward " +
	"embassy consulate museum factory plant warehouse branch hospice nursery")

// englishDeterminers come before a noun: articles, demonstratives and possessives (not "that",
// a conjunction as often: "i heard that grant left").
var englishDeterminers = wordSet("the a an our their this these those its your my The A An Our Their This These Those Its Your My")

// determinerOpenings trims a model's person that opens with such a word followed by words in
// lower case to the first capitalised word after them, and drops it when there is none: "Il
// mio numero" is no one; "La Toya Jackson", "El Chapo" and "De Niro" keep their first word, a
// capitalised word following it. A greeting of another language before a capitalised word
// is trimmed off (foreignGreetings).
func determinerOpenings(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == redact.Organization && f.Source == redact.SourceModel && eponymousTerm(text[f.Start:f.End]) {
			continue // "the Newton-Raphson method": a method, the model's organisation (stop 55)
		}
		if f.Type == redact.StreetAddress && f.Source == redact.SourceModel && toolVersion(text[f.Start:f.End]) {
			continue // "migrate to Postgres 15": a tool and its version, the model's address at 0.82 (stop 55)
		}
		if f.Type == redact.Organization && f.Source == redact.SourceModel && institutionNouns[text[f.Start:f.End]] && lowerNounAfterDeterminer(text, f) {
			continue // "at the clinic": a place of a kind, the model's organisation at 0.71 (stop 55)
		}
		if f.Type != redact.Person || f.Source != redact.SourceModel {
			out = append(out, f)
			continue
		}
		if pronounBeforeArticle(text, f.Start, f.End) {
			continue // a German or Dutch clause: "Können Sie den Termin", the model's person at 0.76 (stop 53)
		}
		if letteredLabel(text, f) {
			continue // "Vitamin D.", "See Fig. B.": a thing named by its letter, no one (stop 54)
		}
		if eponymBeforeTerm(text, f) {
			continue // "Gaussian blur", "Canny edge detection": a method named after someone, the model's person at 0.63 (stop 55)
		}
		if possessedAcronym(text, f) {
			continue // "Jaylen's IEP meeting": a thing of someone's, the model's person at 0.50 (stop 55)
		}
		if lowerNounAfterDeterminer(text, f) || lowerDictionaryNoName(text, f) {
			continue // "our grant expired", "the grant expired": a noun, the model's person at 0.87; "presenting with syncope" (stop 54)
		}
		w, e := wordAt(text, f.Start)
		if w != "" && e == f.End && foldIn(foreignDeterminers, w) && e+1 < len(text) && text[e] == ' ' {
			if next, _ := wordAt(text, e+1); next != "" && isLowerWord(next) {
				continue // a one-word person that is an article, a pronoun or "name" before lower case: "Nama saya …"
			}
		}
		if f.Type == redact.Person && f.End-f.Start <= 8 && (strings.HasSuffix(text[f.Start:f.End], " ấy") && vietnamesePronouns[strings.ToLower(text[f.Start:f.End])] ||
			strings.HasPrefix(text[f.End:], " ấy") && vietnamesePronouns[strings.ToLower(text[f.Start:f.End+len(" ấy")])]) { // (lowered only where "ấy" is: ToLower allocates)
			continue // Vietnamese's "he" and "she", a kinship word and "ấy" (stop 58: "Tuần sau anh ấy đi Huế", the model's person at 0.69)
		}
		if w == "ja" && e == f.End && strings.HasPrefix(text[e:], " sam ") {
			continue // "I" in the South Slavic languages before "am" (stop 48): "ja sam Ivana Horvat"
		}
		if w != "" && e == f.End && e < len(text) && foldIn(foreignGreetings, w) {
			next := ""
			if text[e] == ' ' {
				next, _ = wordAt(text, e+1)
			}
			if text[e] == ',' || text[e] == '!' || isLowerWord(next) && !englishWord(next) { // ("Cher is here" keeps the singer)
				continue // a greeting alone, the model's person: "Dobrý deň, volám sa …", "Здравейте, аз съм …" (stop 48)
			}
		}
		if w != "" && e < f.End && text[e] == ' ' && foldIn(foreignGreetings, w) {
			if next, _ := wordAt(text, e+1); next != "" && !isLowerWord(next) {
				f.Start = e + 1 // "Hallo Jürgen", "Bonjour Camille": the greeting is no part of the name
				out = append(out, f)
				continue
			}
		}
		if w == "" || e >= f.End || text[e] != ' ' || !foldIn(foreignDeterminers, w) {
			out = append(out, f)
			continue
		}
		next, ne := wordAt(text, e+1)
		possessive := foldIn(nounPossessives, w) && next != ""
		if next == "" || !isLowerWord(next) && !possessive {
			out = append(out, f)
			continue
		}
		// past the determiner and the words in lower case after it; a possessive's noun too,
		// which German writes in capitals ("Meine Nummer", "Mein Name ist Jürgen")
		k := e + 1
		if possessive {
			k = ne
			for k < f.End && text[k] == ' ' {
				k++
			}
		}
		for k < f.End {
			x, xe := wordAt(text, k)
			if x == "" || !isLowerWord(x) {
				break
			}
			k = xe
			for k < f.End && text[k] == ' ' {
				k++
			}
		}
		if k < f.End {
			f.Start = k
			if x, _ := wordAt(text, k); x != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// isLowerWord reports a word whose first letter is lower case.
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// nounOpening reports the one-word f of wordsOpeningSentences.
func nounOpening(text string, f redact.Finding) bool {
	w := text[f.Start:f.End]
	if len(w) > 12 || strings.IndexByte(w, ' ') >= 0 || f.End+2 >= len(text) || text[f.End] != ' ' || !dictionaryWord(w) || capitals(w) {
		return false
	}
	if p := strings.TrimRight(text[:f.Start], " \t"); p != "" && !strings.HasSuffix(p, "\n") && !strings.HasSuffix(p, ".") &&
		!strings.HasSuffix(p, "!") && !strings.HasSuffix(p, "?") {
		return false
	}
	if w[0] < 'A' || w[0] > 'Z' {
		return false // chat's "tanner why do you …" is someone addressed
	}
	next, _ := wordAt(text, f.End+1)
	if next == "" || next[0] < 'a' || next[0] > 'z' || !dictionaryWord(next) {
		return false
	}
	// a noun, told by its ending or as one of the nouns such words make compounds with; a verb
	// or anything else after the name keeps it ("Grace called", "Sue spent", "Grant what if")
	for _, suffix := range [...]string{"tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship"} {
		if strings.HasSuffix(next, suffix) && len(next) > len(suffix)+2 {
			return true
		}
	}
	return compoundNouns[next]
}

// compoundNouns follow a word that is a given name too in a noun compound: "Grace period",
// "Loan amount", "Rose garden".
var compoundNouns = wordSet("period amount number officer balance rate payment form request status date garden account term limit " +
	"agreement schedule plan policy fee fees officers holder " +
	"child children parent parents care placement") // "Foster child Jaylen W." (stop 53)

// legalRoles are the parties and officers of a court's papers.
var legalRoles = wordSet("counsel judge plaintiff defendant respondent petitioner appellant appellee claimant prosecutor " +
	"magistrate clerk bailiff juror trustee executor executrix guardian " +
	// their plurals, which a caption's line ends with ("… and DARNELL KIRBY, Defendants."), and a
	// deed's, a lease's and a will's parties (stop 48): "Grantor: …  Grantee: Vikram Subramanian"
	"plaintiffs defendants respondents petitioners appellants appellees claimants trustees executors " +
	"grantor grantors grantee grantees mortgagor mortgagors mortgagee mortgagees lessor lessors lessee lessees assignor assignors " +
	"trustor trustors testator testatrix decedent intervenor intervenors")

// splitAtFieldGaps ends a model's person at a run of two or more spaces, which forms and
// fixed-width records put between a field's value and the next label ("Pt name: Smith, Mark
// Member ID: …", where the model ran "Mark" on into "Member"), where what follows the gap holds
// no word of the name lists and none that no dictionary knows: a label's word, not a padded
// column's name ("SMITH     JOHN", "Ana  Lee" stay whole). A person left with no letter before
// the gap ("(  Member") is dropped.
func splitAtFieldGaps(text string, fs []redact.Finding) []redact.Finding {
	emptied := false
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person || f.Source != redact.SourceModel {
			continue // (an organisation's words after a gap are words: "Acme  Holdings")
		}
		for a := f.Start; ; {
			k := strings.Index(text[a:f.End], "  ")
			if k < 0 {
				break
			}
			gap := a + k
			next := gap
			for next < f.End && text[next] == ' ' {
				next++
			}
			e := next
			if k := strings.Index(text[next:f.End], "  "); k >= 0 {
				e = next + k
			} else {
				e = f.End
			}
			if (!namePiece(text[next:e]) || labelAfter(text, e)) && gap > f.Start {
				f.End = gap
				*f = trimEdges(text, *f)
				emptied = emptied || f.Start >= f.End
				break
			}
			a = e
		}
		// a line break before the next line's label ("Griffin\nEmployer address:"): the form's
		// next field, which the model read on into
		if k := strings.LastIndexByte(text[f.Start:f.End], '\n'); k > 0 && lineOpensLabel(text, f.Start+k+1) {
			f.End = f.Start + k
			*f = trimEdges(text, *f)
			emptied = emptied || f.Start >= f.End
		}
	}
	if emptied {
		return slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.Start >= f.End })
	}
	return fs
}

// lineOpensLabel reports a line at text[ls:] that opens with a form's label: one to four words and
// a colon, the first capitalised, none a name's ("Employer address:", "Date of birth:"; a
// standup's "María Del Carmen:" is a speaker).
func lineOpensLabel(text string, ls int) bool {
	c := strings.IndexByte(text[ls:min(len(text), ls+40)], ':')
	if c <= 0 || !startsUpper(text[ls:]) || strings.IndexByte(text[ls:ls+c], '\n') >= 0 {
		return false
	}
	words := strings.Fields(text[ls : ls+c])
	return len(words) >= 1 && len(words) <= 4 && !namePiece(text[ls:ls+c])
}

// signatureLines cuts a model's person that runs from a signature's name (a sign-off on the line
// above) onto the line under it, where mail writes a title or a company: the name's line is the
// person, and the next line's words an organisation when they are a name's (no dictionary's word:
// "Alex Gregory\nCameron-Burgess"), or nothing ("Joy Walsh\nIllustrator").
func signatureLines(text string, fs []redact.Finding) []redact.Finding {
	var out []redact.Finding // nil until a finding is cut
	for i, f := range fs {
		k := -1
		if f.Type == redact.Person && f.Source == redact.SourceModel {
			k = strings.IndexByte(text[f.Start:f.End], '\n')
		}
		if k <= 0 || !signatureAbove(text, f.Start) {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]redact.Finding, 0, len(fs)+1), fs[:i]...)
		}
		if name := trimEdges(text, redact.Finding{Type: f.Type, Start: f.Start, End: f.Start + k, Score: f.Score, Source: f.Source}); name.Start < name.End {
			out = append(out, name) // (a line of marks alone is none: "(\nIllustrator")
		}
		rest := trimEdges(text, redact.Finding{Type: redact.Organization, Start: f.Start + k + 1, End: f.End, Score: f.Score, Source: f.Source})
		if r := text[rest.Start:rest.End]; rest.Start < rest.End && !strings.Contains(r, "\n") && namePiece(r) &&
			(strings.ContainsAny(r, " -&,") || listedName(r)) { // not a title no list knows: "Hydrogeologist"
			out = append(out, rest)
		}
	}
	if out == nil {
		return fs
	}
	return out
}

// signatureAbove reports a sign-off on the line above the one at start ("Kind regards,").
func signatureAbove(text string, start int) bool {
	ls := strings.LastIndexByte(text[:start], '\n')
	if ls <= 0 || strings.TrimSpace(text[ls+1:start]) != "" {
		return false
	}
	above := text[strings.LastIndexByte(text[:ls], '\n')+1 : ls]
	return redact.SignOff(above)
}

// labelAfter reports a colon right after text[:e], a space between or not: the piece before it is
// a form's next label ("Vorname: Jürgen  Nachname: Schmidt").
func labelAfter(text string, e int) bool {
	rest := strings.TrimLeft(text[e:min(len(text), e+3)], " ")
	return strings.HasPrefix(rest, ":")
}

// namePiece reports a piece of a span that holds a given or family name of the lists, or a
// word no dictionary knows: a name, not a form's label ("Member", "Date").
func namePiece(s string) bool {
	for _, w := range strings.Fields(s) {
		t := nameCase(w)
		if givenSet()[t] || listedGiven()[t] || familySet()[t] || !englishWord(t) && !dictionaryWord(t) && nameLike(t) {
			return true
		}
	}
	return false
}

// splitCells splits a span that crosses a table's or a record's cell separator into its cells
// (redact.SplitCells): "Sofía,Hernández" of a CSV row is two names, and one token over both would
// take the row's comma with it. Addresses are split by the detector, after it joins them.
func splitCells(text string, fs []redact.Finding) []redact.Finding {
	return redact.SplitCells(text, fs, func(f redact.Finding) bool { return f.Type != redact.StreetAddress }, func(f redact.Finding) redact.Finding {
		return trimEdges(text, f)
	})
}

// conjoined reports a person span with a conjunction between two capitalised words that are no
// titles, and where the left name ends and the right one starts.
func conjoined(text string, f redact.Finding) (int, int, bool) {
	if f.Type != redact.Person {
		return 0, 0, false
	}
	span := text[f.Start:f.End]
	for at := 0; ; {
		k := strings.IndexByte(span[at:], ' ')
		if k < 0 {
			return 0, 0, false
		}
		ws := at + k + 1
		w, we := wordAt(span, ws)
		if w == "" && ws < len(span) && span[ws] == '&' {
			w, we = "&", ws+1
		}
		at = ws
		if (w == "v" || w == "vs" || (w == "V" || w == "VS") && capitals(span)) && we+2 < len(span) && span[we] == '.' && span[we+1] == ' ' &&
			strings.IndexByte(span[:ws-1], ' ') > 0 && strings.IndexByte(span[we+2:], ' ') > 0 && isUpperASCII(span[we+2]) {
			return f.Start + ws - 1, f.Start + we + 2, true // a caption's two parties: "JOHN SMITH V. MARY JONES" (stop 54)
		}
		if (w == "y" || w == "e" || w == "i") && we < len(span) && span[we] == ' ' && ws-1 > 0 && strings.IndexByte(span[:ws-1], ' ') < 0 && strings.IndexByte(span[we+1:], ' ') < 0 {
			// two given names alone joined by Spanish's, Portuguese's or Catalan's "and" (stop 55:
			// "Rocío y Pilar llegaron" had been one person); a family name's "y" stays ("Ortega y Gasset")
			if l, r := span[:ws-1], span[we+1:]; givenOnly(l) && givenOnly(r) {
				return f.Start + ws - 1, f.Start + we + 1, true
			}
			continue
		}
		if !nameConjunctions[w] || we >= len(span) || span[we] != ' ' {
			continue
		}
		leftWord := span[:ws-1]
		if j := strings.LastIndexByte(leftWord, ' '); j >= 0 {
			leftWord = leftWord[j+1:]
		}
		right, _ := wordAt(span, we+1)
		first, _ := wordAt(span, 0)
		rl, _ := utf8.DecodeRuneInString(first)
		rr, _ := utf8.DecodeRuneInString(right)
		if !unicode.IsUpper(rl) || !unicode.IsUpper(rr) || isTitle(first) || isTitle(right) || isTitle(leftWord) {
			continue
		}
		return f.Start + ws - 1, f.Start + we + 1, true
	}
}

// labelWords label a field of a message or a record on a line of their own: "Subject:",
// "Status:", and a transcript's speaker named by a part ("Caller:", "Agent:"). (A name there is a
// speaker, "Christine: hello", and stays.)
var labelWords = wordSet("subject from to cc bcc date re fwd attn note notes summary status priority description title type category " +
	"comment comments update reason result results plan assessment diagnosis address location organization company department phone email fax mobile " +
	"assignee assignees reviewer reviewers owner reporter author approver requester requestor sender recipient " +
	// a transcript's speakers named by their part ("Caller: hi, this is …")
	"caller agent customer operator dispatcher interviewer interviewee speaker host guest moderator rep representative " +
	"patient doctor nurse clinician physician witness officer user assistant bot system " +
	// a chart's dates by their abbreviations, one of which is also a name ("EDD: 12/03/2025")
	"edd edc lmp doi dos dod doa dob")

// fieldLabel reports a span that is one label word opening its line, or its list item ("- ",
// "* ", "• ", "1. "), with a colon right after, or " to:" after an invoice's word ("Bill to:").
func fieldLabel(text string, start, end int) bool {
	toLabel := strings.HasPrefix(text[end:], " to:") && foldIn(toLabelWords, text[start:end]) // "Bill to:", "Ship to:"
	if !toLabel && (end >= len(text) || text[end] != ':' || !foldIn(labelWords, text[start:end]) && !trailerLabel(text[start:end])) {
		return false
	}
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i > 0 && text[i-1] != '\n' {
		// a bullet or an item number, and the blanks before it
		switch j := i - 1; {
		case text[j] == '-' || text[j] == '*' || text[j] == '+':
			i = j
		case strings.HasSuffix(text[:i], "•"):
			i -= len("•")
		case (text[j] == '.' || text[j] == ')') && j > 0 && isDigitByte(text[j-1]):
			for i = j; i > 0 && isDigitByte(text[i-1]); i-- {
			}
		}
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
			i--
		}
	}
	return i == 0 || text[i-1] == '\n'
}

// toLabelWords open an invoice's or a parcel's labels with "to:": "Bill to:", "Ship to:", "Remit
// to:" (Bill being a given name too).
var toLabelWords = wordSet("bill ship sold deliver send mail remit pay")

// trailerLabel reports a commit trailer's key: "Co-authored-by", "Signed-off-by", "Reviewed-by".
func trailerLabel(w string) bool {
	return len(w) > 3 && strings.IndexByte(w, ' ') < 0 && strings.EqualFold(w[len(w)-3:], "-by")
}

// contactLabels open a contact's number or address in a record: "Tel. 0261 123456", "mobil
// 070-…", "cel. 55 1234 5678" (English, German, Nordic, French, Spanish, Italian).
var contactLabels = wordSet("tel tel. tél tél. telefon telephone phone ph mobil mobile mob cel cel. cell celular handy fax e-mail email " +
	// and in Greek, Russian, Ukrainian, the Nordic languages, Spanish, Portuguese and Italian (stop 54: "…, 10563 Αθήνα, τηλ. 210 …")
	"τηλ τηλ. Τηλ Τηλ. τηλέφωνο Τηλέφωνο κιν κιν. Κιν. тел тел. Тел Тел. телефон Телефон моб моб. tlf tlf. puh puh. tfn telf telf. teléfono telefone telemóvel cellulare")

// contactLabelCut ends an address the model read on into the contact details after it before
// their label ("Am Kirchberg 7, 56070 Koblenz, Tel. 0261 123456": the address ends at Koblenz),
// and trims the separator left before the label.
func contactLabelCut(text string, f redact.Finding) redact.Finding {
	span := text[f.Start:f.End]
	for k := 0; k < len(span); {
		j := strings.IndexByte(span[k:], ' ')
		if j < 0 {
			break
		}
		w, _ := wordAt(span, k+j+1)
		if k+j > 0 && (foldIn(contactLabels, w) || foldIn(contactLabels, w+".")) && (span[k+j-1] == ',' || span[k+j-1] == ';') {
			f.End = f.Start + k + j - 1
			return f
		}
		k += j + 1
	}
	return f
}

// labelLineCut ends a span before a line break when what follows the break is one word with a
// colon right after it: a field's label on the next line ("Name: José Antonio\nPassport: …"),
// which a model reading on past the break takes for more of the name.
func labelLineCut(text string, f redact.Finding) redact.Finding {
	if f.End >= len(text) || text[f.End] != ':' && !labelGoesOn(text, f.End) {
		return f
	}
	k := strings.LastIndexByte(text[f.Start:f.End], '\n')
	if k <= 0 {
		return f
	}
	if tail := strings.TrimLeft(text[f.Start+k+1:f.End], " \t"); tail != "" && !strings.ContainsAny(tail, " \t") {
		f.End = f.Start + k
	}
	return f
}

// labelGoesOn reports one or two words of letters after text[at] and then a colon, on the line:
// the rest of a label of two or three words the span took the first of ("Aroha⏎IRD" of
// "IRD number: 049-091-850", stop 35).
func labelGoesOn(text string, at int) bool {
	if text[at] != ' ' {
		return false
	}
	words := 0
	for i := at; i < len(text) && i < at+32; i++ {
		switch c := text[i]; {
		case c == ':':
			return words > 0 && text[i-1] != ' '
		case c == ' ':
			if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != ':' {
				if words++; words > 2 {
					return false
				}
			}
		case !isLetterByte(c) && c < utf8.RuneSelf:
			return false
		}
	}
	return false
}

// brandLineCut starts a person after a line break when what comes before the break is one word
// on its own line that no name list knows: the line above a card holder's name ("Maestro\n
// Christopher Combs", "JCB 16 digit\nSydney Henry"), which a model reading on across the break
// takes for a given name and then stops short. What it cut off it gets back: the capitalised
// words after the name on its line, up to three, when nothing else was found there (rest, in
// order, the findings after f).
func brandLineCut(text string, f redact.Finding, rest []redact.Finding) redact.Finding {
	if f.Type != redact.Person {
		return f
	}
	k := strings.IndexByte(text[f.Start:f.End], '\n')
	if k <= 0 || strings.IndexByte(text[f.Start+k+1:f.End], '\n') >= 0 {
		return f
	}
	head := strings.TrimRight(text[f.Start:f.Start+k], " \t\r")
	if head == "" || strings.ContainsAny(head, " \t") || f.Start > 0 && text[f.Start-1] != '\n' {
		return f // more than one word, or not the whole line
	}
	if lw := strings.ToLower(head); handleGiven()[lw] || handleFamily()[lw] || givenSet()[head] || familySet()[head] {
		return f // a name on its own line may go on on the next: "Maria\nda Silva"
	}
	f.Start += k + 1
	for f.Start < f.End && (text[f.Start] == ' ' || text[f.Start] == '\t') {
		f.Start++
	}
	if end := nameWords(text, skipBlanks(text, f.End)); end > f.End && (len(rest) == 0 || rest[0].Start >= end) && !strings.Contains(text[f.End:end], "\n") {
		f.End = end // "Christopher" + " Combs", cut short by the model
	}
	if first, _, _ := strings.Cut(text[f.Start:f.End], " "); givenSet()[first] || curatedGiven()[first] || fakerGiven()[first] {
		f.Score = max(f.Score, shapeScore) // the model's doubt was the line above's ("Maestro\nChristopher": 0.44)
	}
	return f
}

// humps counts the most upper-case letters after a lower-case one in any word of s: a brand has
// one (PayPal, LinkedIn, BioFlower), a class name of code often more (RawTextHelpFormatter).
func humps(s string) int {
	most, n, lower := 0, 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			n, lower = 0, false
			continue
		case unicode.IsUpper(r) && lower:
			n++
			most = max(most, n)
		}
		lower = unicode.IsLower(r)
	}
	return most
}

// tidy trims, joins and completes the spans fs of text (in order, of one text) as above.
func tidy(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	var added []redact.Finding
	unordered := false // a person read back over initials starts before what was kept before it
	for i := range fs {
		f := trimEdges(text, labelLineCut(text, brandLineCut(text, fs[i], fs[i+1:])))
		if n := len(out); n > 0 && f.Source == redact.SourceModel && out[n-1].Type == redact.Organization && out[n-1].End+1 == f.Start && text[out[n-1].End] == ' ' &&
			legalForms[text[f.Start:f.End]] {
			out[n-1].End = f.End // a legal form the model read apart after the firm: "Thies GmbH & Co." and "KG" (stop 55)
			continue
		}
		if k := strings.Index(text[f.Start:f.End], "\n("); k > 0 && f.Source == redact.SourceModel && (f.Type == redact.Person || f.Type == redact.Location || f.Type == redact.Organization) {
			// a line, then a bracket opening the next: two spans ("JP\n(Jean-Pierre Moukoko, Finance)",
			// the model's one place; stop 53)
			g := redact.Finding{Type: f.Type, Start: f.Start + k + 2, End: f.End, Score: f.Score, Source: f.Source}
			if w, _ := wordAt(text, g.Start); (hyphenedGiven(w) || givenSet()[w] || listedGiven()[w]) && nameLikeWords(text[g.Start:g.End]) {
				g.Type = redact.Person // a name opens the bracket's line
			}
			added = append(added, g)
			f.End = f.Start + k
		}
		if strings.HasPrefix(text[f.Start:f.End], "the ") && f.End-f.Start > 4 {
			f.Start += 4 // "the Bay Area": the article is no part of the name
		}
		if f.Type == redact.Person {
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 1 && acronym(text, f.Start, f.Start+k) && nameLikeWords(text[f.Start+k+1:f.End]) {
				f.Start += k + 1 // "FOB Carlos Mendoza", "PCP Anna Berg": a label's acronym before a name in mixed case (stop 52)
			}
			if k := strings.IndexByte(text[f.Start:f.End], ' '); k > 1 && (foldIn(officeWords, text[f.Start:f.Start+k]) || foldIn(serviceRoles, text[f.Start:f.Start+k])) && startsUpper(text[f.Start:f.End]) &&
				!capitals(text[f.Start:f.Start+k]) && nameOrInitials(text[f.Start+k+1:f.End]) {
				f.Start += k + 1 // "Treasurer Priya N. reported": an office before the name (stop 53)
			}
		}
		if f.Type == redact.Person || f.Type == redact.Location || f.Type == redact.Organization {
			f.Start += introHead(text[f.Start:f.End]) // "jina langu ni …", "mieszkam przy ul. …": "my name", "I live at" in another language (stop 52)
		}
		if f.Start >= f.End || dropped(text, f) || fillerBeforeName(text, f, fs[i+1:]) {
			continue
		}
		if f.Type != redact.Person && len(out) > 0 && out[len(out)-1].Type == redact.Person && postNominalsAfter(text, out[len(out)-1].End, f.Start, f.End) {
			continue // "Jane Doe, MD": a degree, not Maryland
		}
		if (f.Type == redact.Organization || f.Type == redact.Location) && len(out) > 0 && out[len(out)-1].Type == redact.Person && jobAfterName(text, out[len(out)-1].End, f) {
			continue // "Daniele Gianetti, Engineer, materials at …": the job, not a business (stop 28)
		}
		if f.Type == redact.StreetAddress && f.Source == redact.SourceModel {
			f.End = unitNumberAfter(text, f.Start, f.End) // "Unit 4B": the unit's word alone had been masked (stop 45)
			f.End = postcodeRestAfter(text, f.Start, f.End)
			if c := text[f.Start]; c >= 'a' && c <= 'z' { // a residence word opens in lower case, most addresses with a digit or a capital
				if w, e := wordAt(text, f.Start); e+1 < f.End && text[e] == ' ' && isDigitByte(text[e+1]) && foldIn(residenceWords, w) {
					f.Start = e + 1 // "domiciliée 14 avenue Jean Jaurès": the word that says where one lives (stop 46)
				}
			}
			f.Start += identifierHead(text[f.Start:f.End]) // "C.F. RMNGLI85M41H501U, Via del Corso 120": a label and an identifier before the street (stop 46)
		}
		if f.Type == redact.StreetAddress {
			f = addressTail(text, addressClauseCut(text, placeAfterWords(text, contactLabelCut(text, f))))
			if town, country, ok := townCountry(text, f); ok {
				f = town
				added = append(added, country)
			}
		}
		if f.Type == redact.Person && orgEnding(text[f.Start:f.End]) || f.Type == redact.Location && tradeEnding(text[f.Start:f.End]) ||
			(f.Type == redact.Person || f.Type == redact.Location) && legalEnding(text[f.Start:f.End]) ||
			f.Type == redact.StreetAddress && f.Source == redact.SourceModel && legalEnding(text[f.Start:f.End]) && !strings.ContainsAny(text[f.Start:f.End], "0123456789\n") {
			f.Type = redact.Organization // "Northwind Traders", "Andes Logistics", "Scheel KG", a digitless "Supermercados Arnaiz S.L." the model read as an address: a business, named after someone or not
		}
		if f.Type == redact.Organization || f.Type == redact.Location {
			if k := branchTown(text, f); k > 0 {
				// "Phillips, Gonzales and Cooper's West Makaylaport store": the firm, and the town
				// of its branch, a place of its own (stop 34)
				added = append(added, redact.Finding{Type: redact.Location, Start: f.Start + k + 3, End: f.End, Score: f.Score, Source: f.Source})
				f.End, f.Type = f.Start+k, redact.Organization
			}
		}
		if f.Type == redact.Person || f.Type == redact.Location || f.Type == redact.Organization {
			if e := legalFormAfter(text, f.End); e > f.End && (i+1 == len(fs) || fs[i+1].Start >= e) {
				f.End, f.Type = e, redact.Organization // "Schomber Salz" and " AG" after it: the company
			}
		}
		if (f.Type == redact.Organization || f.Type == redact.Location) && f.Score < 0.9 {
			if p := AfterTitles(text, f.Start, f.End); p > f.Start && strings.IndexByte(text[p:f.End], ' ') > 0 && nameWordsOnly(text[p:f.End]) {
				// a title and a full name the model read as one organisation: "PCP Jeremiah
				// Smith", "Dr Ana Lima"
				f.Start, f.Type = p, redact.Person
			}
		}
		if f.Type == redact.Person && areaNamed(text[f.Start:f.End]) {
			f.Type = redact.Location // "Huangpu District", "Orange County": an area its noun names, no person (stop 46)
		}
		if f.Type == redact.Person && f.Source == redact.SourceModel && f.Start >= 2 && text[f.Start-2:f.Start] == ", " && regionNoName(text[f.Start:f.End]) {
			f.Type = redact.Location // "Brandon, Manitoba was appraised": a province after a comma, no one's name (stop 55)
		}
		if (f.Type == redact.Person || f.Type == redact.Organization) && f.Source == redact.SourceModel && strings.HasSuffix(text[f.Start:f.End], " Ville") && strings.Count(text[f.Start:f.End], " ") == 1 {
			f.Type = redact.Location // "of Patrick Ville", "the mayor of Anne-Marie Ville": a town named after someone (stop 55)
		}
		if p := particlesBefore(text, f.Start); p < f.Start && f.Type != redact.StreetAddress && initials(text, p) < p {
			f.Start, f.Type = p, redact.Person // "mevrouw S. de Boer-Visser": an initial and a particle before a family name (stop 46)
		}
		if f.Type == redact.Organization || f.Type == redact.Location {
			if p := nameAfterRoleTitle(text, f.Start, f.End); p > f.Start {
				f.Start, f.Type = p, redact.Person // "Mieter Herr Konstantin Petrović": a role, a title and a name the model read as one business (stop 46)
			}
			if !strings.ContainsAny(text[f.Start:f.End], " ()") { // one word only: "Lefèvre-Dubois"
				if w, k := wordBefore(text, f.Start); w != "" && titleBefore(text, k) && (givenSet()[w] || listedGiven()[w] || unlistedName(w)) && nameLike(w) {
					f.Start, f.Type = k, redact.Person // "Mme Chloé Lefèvre-Dubois": a title and a given name before it (stop 46), or a name no list holds ("Dr Hemangini Chad", stop 60)
				}
			}
			if particleFamily(text[f.Start:f.End]) {
				f.Type = redact.Person // "(Jan-Pieter) van den Berg": particles and one capitalised word are a family name (stop 46)
			}
		}
		if (f.Type == redact.Organization || f.Type == redact.Location) && (titleBefore(text, f.Start) || initials(text, f.Start) < f.Start || hyphenedGiven(text[f.Start:f.End])) {
			// "Ms. Smith-Jones", "J.A. Smith", "Jean-Pierre" (given names joined; one alone may be a
			// place: Kenya, Dallas): a person, whatever the model made of it
			f.Type = redact.Person
		}
		if f.Type == redact.Person {
			f.End = afterInitial(text, f.Start, f.End)
			f.Start = AfterTitles(text, afterSalutation(text, f.Start, f.End), f.End)
			f.Start = abbreviatedGivenBefore(text, f.Start)
			if isTitle(text[f.Start:f.End]) {
				// a title is no personal data, and a token of its own would make "Dr. Okeke" two
				// persons and "Okeke" another: the title stays, its name is found
				p := skipBlanks(text, f.End)
				if i+1 < len(fs) && fs[i+1].Start == p && fs[i+1].Type != redact.StreetAddress {
					continue // the name follows; it becomes a person below if it is not one
				}
				if end := nameWords(text, p); end > p {
					added = append(added, redact.Finding{Type: redact.Person, Start: p, End: end, Score: f.Score, Source: f.Source})
				}
				continue
			}
			f.End = withoutPostNominals(text, f.Start, vietGiven(text, f.Start, particleTail(text, middleInitial(text, givenAfterFamily(text, f, familyAfterGiven(text, f))))))
			f.End = beforeFieldGap(text, f.Start, withoutLowerTail(text, f.Start, f.End))
			f.Start = initials(text, givenBefore(text, f, patronymHead(text, f.Start)))
			if span := text[f.Start:f.End]; len(span) > 3 && strings.HasPrefix(span, "si ") && !strings.ContainsFunc(span, unicode.IsUpper) {
				f.Start += 3 // Tagalog's personal article the model read with a name in lower case: "nakausap ko si laura rubio" (stop 57)
			}
		}
		if len(out) > 0 && out[len(out)-1].End > f.Start {
			// an initial or a family name taken twice, by a name extended over it; two persons
			// that overlap are one ("K. S" and "Ramesh" read back over the initials)
			if p := &out[len(out)-1]; p.Type == redact.Person && f.Type == redact.Person {
				p.Start, p.End, p.Score = min(p.Start, f.Start), max(p.End, f.End), max(p.Score, f.Score)
				// read back over initials, the union may start before findings kept before it
				unordered = unordered || len(out) > 1 && p.Start < out[len(out)-2].Start
			}
			continue
		}
		out = append(out, f)
	}
	if unordered {
		sortFindings(out)
	}
	if len(added) == 0 {
		return out
	}
	out = append(out, added...)
	sortFindings(out)
	return out
}

// edgeMarks are never a name's first or last character: separators, dashes, markdown's
// emphasis and bullets ("—Ana Lima—", "**Ana**", "• Ana").
const edgeMarks = ",;:-–—―*_~…•·"

// trimEdges trims white space, commas, colons, semicolons, dashes and emphasis marks from both
// edges of f, an opening bracket from its end ("MD (", which opens what follows), and quotes and
// brackets that the span does not also close or open: "'Tom'" and "(Jane Doe)" lose theirs,
// "Acme (UK)" and "Toys \"R\" Us" keep theirs.
func trimEdges(text string, f redact.Finding) redact.Finding {
	for f.Start < f.End {
		s := text[f.Start:f.End]
		first, n1 := utf8.DecodeRuneInString(s)
		last, n2 := utf8.DecodeLastRuneInString(s)
		tail := 0 // what the model read on into at the span's end, asked once (modelTail)
		if f.Source == redact.SourceModel {
			tail = modelTail(text, f, s)
		}
		switch {
		case unicode.IsSpace(first) || strings.ContainsRune(edgeMarks, first) || unicode.Is(unicode.Mn, first) || first == '\u200d':
			f.Start += n1 // a mark with no letter before it in the span: an emoji's variation selector (❤️Maria)
		case unicode.IsSpace(last) || strings.ContainsRune(edgeMarks, last):
			f.End -= n2
		case len(s) > n1 && pairs[first] != 0 && (last == pairs[first] && !strings.ContainsRune(s[n1:len(s)-n2], pairs[first]) || !strings.ContainsRune(s[n1:], pairs[first])):
			f.Start += n1 // an opening mark the span does not close inside: '(Jane Doe)', '"Tom'
		case closers[last] != 0 && !strings.ContainsRune(s[:len(s)-n2], closers[last]):
			f.End -= n2 // a closing mark it never opened: Tom'
		case pairs[last] != 0 && closers[last] == 0:
			f.End -= n2 // an opening bracket last, which opens what follows: "MD (NPI …)"
		case last == '.' && f.Type == redact.Person && sentenceFullStop(s):
			f.End -= n2 // the sentence's full stop the model read with the name: "Answers to Max."
		case last == '.' && (f.Type == redact.StreetAddress || f.Type == redact.Location) && f.Source == redact.SourceModel && placeFullStop(s):
			f.End -= n2 // and with a place: "…, Dhaka 1205, Bangladesh. Tanvir Rahman" (stop 54)
		case tail > 0:
			f.End -= tail
		case f.Source == redact.SourceModel && trailingJoiner(s) > 0:
			if f.Type == redact.Organization && strings.HasSuffix(s, " and") && f.End+1 < len(text) && text[f.End] == ' ' {
				if w, e := wordAt(text, f.End+1); nameLike(w) && startsUpper(w) {
					f.End = e // the last partner the model left out: "someone at Fresh, Kerr and Linskey"
					return f
				}
			}
			f.End -= trailingJoiner(s) // "shipped to Clarkebury and should arrive", "flight to Lake Carloston on August 1"
		default:
			return f
		}
	}
	return f
}

// modelTail returns how many bytes at the end of the model's finding f (its text s) the model
// read on into, or 0: for a person, a particle before a word in lower case ("le aviso a Ignacio
// de riesgos", stop 35) or the sentence's words in lower case ("Is Nette hiring?", "Halima Sirait
// membatalkan"); for an organisation or a place, a person's verb after a name typed otherwise
// ("Neelima Garg owns").
func modelTail(text string, f redact.Finding, s string) int {
	switch {
	case f.Type == redact.Person:
		if n := particleBeforeWord(text, s, f.End); n > 0 {
			return n
		}
		if n := conjunctionBeforeGiven(text, s, f.End); n > 0 {
			return n
		}
		if k := strings.LastIndexByte(s, ' '); k > 0 && (dayWords[s[k+1:]] || chatCopulas[s[k+1:]]) {
			return len(s) - k // "hablé con nayara azcona ayer", "jaja irma eres lo peor" (stop 55)
		}
		if n := verbBeforeObject(text, s, f.End); n > 0 {
			return n
		}
		return trailingLowerWord(s)
	case f.Type != redact.StreetAddress:
		if n := trailingLowerWord(s); n > 0 && (personVerbs[s[strings.LastIndexByte(s, ' ')+1:]] || dayWords[s[strings.LastIndexByte(s, ' ')+1:]]) {
			return n // (or a day's word: "Conversei com … Neves Pacheco ontem", stop 55)
		}
	}
	return 0
}

// verbBeforeObject returns how many bytes a space and a word in lower case take at the end of a
// person's span s of two words, where an object's pronoun follows s (which ends at end in text):
// the sentence's verb, which trailingLowerWord keeps after one name as a family name written in
// lower case ("Donald trump spoke"), and not before "us" (stop 62: "My neighbor Kevin lent us a
// ladder").
func verbBeforeObject(text, s string, end int) int {
	k := strings.IndexByte(s, ' ')
	if k <= 0 || strings.IndexByte(s[k+1:], ' ') >= 0 || end+1 >= len(text) || text[end] != ' ' || !isLowerWord(s[k+1:]) || !dictionaryWord(s[k+1:]) {
		return 0
	}
	if w, _ := wordAt(text, end+1); w == "" || w == "what" || w == "not" || w == "so" || w == "that" || !objectPronouns[w] {
		return 0
	}
	return len(s) - k
}

// trailingJoiner returns how many bytes a space and a joining word (redact.JoinerWord: the
// sentence's "and", "on" or "or" that the model read on into) take at the end of s,
// or 0; a span of that word alone, or one in lower case throughout, keeps it.
func trailingJoiner(s string) int {
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || !redact.JoinerWord(s[k+1:]) || lowerSpan(s) {
		return 0
	}
	return len(s) - k
}

// branchWords follow the town of a business's branch: "Acme's Springfield store".
var branchWords = wordSet("store shop branch office location outlet warehouse plant site depot showroom dealership restaurant")

// branchTown returns where the possessive "'s" that joins a business to the town of its branch
// starts in the model's finding f ("Gras y Jurado S.A.'s Zamora" before "store"), or 0: the town
// is one to three capitalised words, none a kind of organisation, and a branch's word follows f.
func branchTown(text string, f redact.Finding) int {
	span := text[f.Start:f.End]
	k := strings.LastIndex(span, "'s ")
	if k <= 0 || f.End+2 >= len(text) || text[f.End] != ' ' {
		return 0
	}
	if w, _ := wordAt(text, f.End+1); !branchWords[w] {
		return 0
	}
	town := strings.Fields(span[k+3:])
	if len(town) == 0 || len(town) > 3 {
		return 0
	}
	for _, w := range town {
		if !startsUpper(w) || orgKind(w) != 0 || companyWord(w) {
			return 0
		}
	}
	return k
}

// verbsBeforePlaces cuts the verb and its preposition off the persons of fs that open with them
// (verbBeforePlace): the particle rules had joined the model's "Viajou" and "Espinho" over the
// "de", and the place's rules then take what is left as a town if the model doubted it (stop 34).
func verbsBeforePlaces(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		if f := &fs[i]; f.Type == redact.Person && f.Source == redact.SourceModel {
			if k := verbBeforePlace(text[f.Start:f.End]); k > 0 {
				f.Start += k
			}
		}
	}
	return fs
}

// verbBeforePlace returns where the words after a first word and a preposition of place start in
// a person's span ("Viajou de Espinho", "Llegó desde Cuenca"), when the first word ends as a verb
// in the past tense does and is no name the lists know, given or family, and the words after the
// preposition are capitalised: a sentence's verb and its preposition, which the model took for a
// given name and a particle. 0 otherwise.
func verbBeforePlace(span string) int {
	first, rest, ok := strings.Cut(span, " ")
	if !ok || !startsUpper(first) || !pastVerb(first) || givenNames(first) || listedGiven()[first] || foldIn(handleGiven(), first) || familyWord(first) {
		return 0
	}
	prep, place, ok := strings.Cut(rest, " ")
	if !ok || !townPrepositions[prep] || !startsUpper(place) {
		return 0
	}
	return len(first) + 1 + len(prep) + 1
}

// pastVerb reports a word ending as Portuguese's and Spanish's past tense does in the third
// person ("Viajou", "Chegou", "Partiu", "Llegó", "Volvió"), not as a street's word ("Callejón de
// Eliana Bravo" stays the model's).
func pastVerb(w string) bool {
	for _, end := range [...]string{"ou", "iu", "eu", "ó"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

// townPrepositions put a place after a verb of going in the Romance languages: "de", "da",
// "do", "desde", "para", "em", "en".
var townPrepositions = wordSet("de da do desde para em en")

// frenchSuite reports a span that opens with French's "suite à" or "suite au" (following): the
// model, trained on English, reads "Suite" there as a suite's number's word.
func frenchSuite(span string) bool {
	for _, p := range [...]string{"Suite à ", "suite à ", "Suite au ", "suite au ", "Suite aux ", "suite aux "} {
		if strings.HasPrefix(span, p) {
			return true
		}
	}
	return false
}

// trailingLowerWord returns how many bytes the white space and a last word in lower case take at
// the end of a person's span s whose word before it is capitalised ("Nette hiring", "Axel på",
// "Emily Joseph emigrated", "Axel på"), or 0; a particle stays ("Maria da"), as do a name of the
// lists that is no word ("Steven gerrard"), a word after one name alone unless it ends as a verb
// does ("Donald trump", as chat writes names; not "Nette hiring"), and a span in lower case
// throughout ("john smith").
func trailingLowerWord(s string) int {
	cut := len(s) // where the words in lower case begin, white space before them included
	for n := 0; n < 3; n++ {
		after := cut // the words after this one, which go whatever this one is
		k := strings.LastIndexAny(s[:cut], " \t\n")
		if k <= 0 {
			return 0
		}
		w := s[k+1 : cut]
		if w == "" {
			return 0
		}
		for _, r := range w {
			if !unicode.IsLower(r) {
				return 0 // (most spans end in a capitalised word: told before any list is asked)
			}
		}
		if n > 0 && nameParticles[w] {
			// a particle before the words cut off ends no name: "le aviso a Ignacio de riesgos" (stop 35)
		} else if nameParticles[w] || lineage[w] || (handleFamily()[w] || handleGiven()[w]) && !englishWord(w) && !dictionaryWord(w) { // a name in lower case: "Steven gerrard"
			return 0
		}
		for cut = k; cut > 0 && (s[cut-1] == ' ' || s[cut-1] == '\t' || s[cut-1] == '\n'); cut-- {
		}
		j := strings.LastIndexAny(s[:cut], " \t\n") + 1
		r, _ := utf8.DecodeRuneInString(s[j:cut])
		if !unicode.IsUpper(r) {
			if unicode.IsLower(r) {
				continue // more words in lower case before it: "Pablo llega mañana" (stop 35)
			}
			return 0
		}
		if j == 0 && (englishWord(w) || dictionaryWord(w)) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
			return len(s) - after // one name and a word that may be a family name in lower case: "Donald trump spoke"
		}
		return len(s) - cut
	}
	return 0
}

// particleBeforeWord returns how many bytes a particle ending a person's span s (which ends at
// end in text) and the white space before it take, where a word in lower case that is no
// particle and no name of the lists follows it in text ("Ignacio de riesgos"), or 0: a name goes
// on after its particle ("Maria da Silva").
func particleBeforeWord(text, s string, end int) int {
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || !nameParticles[s[k+1:]] || end+1 >= len(text) || text[end] != ' ' {
		return 0
	}
	w, e := wordAt(text, end+1)
	if w == "" || !isLowerWord(w) || nameParticles[w] || handleFamily()[w] || handleGiven()[w] {
		return 0
	}
	if e+1 < len(text) && text[e] == ' ' {
		if next, _ := wordAt(text, e+1); startsUpper(next) {
			return 0 // the name goes on after an article: "Luc van het Heerenveen"
		}
	}
	n := k
	for n > 0 && s[n-1] == ' ' {
		n--
	}
	return len(s) - n
}

// dayWords are yesterday, today and tomorrow in English and the languages of Western Europe,
// which the model reads on into after a name at a sentence's end.
var dayWords = wordSet("yesterday today tomorrow tonight ontem hoje amanhã ayer hoy mañana hier demain gestern heute morgen " +
	"ieri oggi domani gisteren vandaag kahapon ngayon bukas")

// chatCopulas are "you are", "is" and their like in the languages of Western Europe, which chat
// writes right after a name in lower case ("jaja irma eres lo peor").
var chatCopulas = wordSet("eres es está estás sei è est es bist ist és é estas esta")

// laughWords open a chat's line before a name in lower case: "jaja irma eres lo peor".
var laughWords = wordSet("jaja jajaja jajajaja jeje jejeje haha hahaha hahahaha hehe hihi lol lmao kkk kkkk kkkkk mdr ahah ahaha rsrs rsrsrs")

// conjunctionBeforeGiven returns how many bytes a space and Spanish's, Portuguese's or
// Catalan's "and" take at the end of a person's span s that ends at text[end], where a given name
// stands before it and another after the span: "João e" before "Maria" (stop 55: the model's
// person had taken the "e"); a family name's "e" stays the model's ("Silva e" before "Souza").
func conjunctionBeforeGiven(text, s string, end int) int {
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || end+1 >= len(text) || text[end] != ' ' {
		return 0
	}
	if c := s[k+1:]; c != "e" && c != "y" && c != "i" {
		return 0
	}
	prev := s[strings.LastIndexByte(s[:k], ' ')+1 : k]
	if w, _ := wordAt(text, end+1); !givenOnly(w) || !givenOnly(prev) {
		return 0
	}
	return len(s) - k
}

// sentenceFullStop reports a person's span that ends in a full stop after a word of two letters
// or more that no abbreviation ends in: a title, a post-nominal or a suffix keeps its period
// ("Jr.", "Sr.", "Esq."), an initial too ("John Q.").
func sentenceFullStop(s string) bool {
	w := s[:len(s)-1]
	if k := strings.LastIndexAny(w, " .\t\n"); k >= 0 {
		w = w[k+1:]
	}
	return utf8.RuneCountInString(w) >= 2 && !isTitle(w) && !postNominal(w) && !foldIn(nameSuffixes, w)
}

// placeFullStop reports a place's or an address's span that ends in a full stop after a word of
// four letters or more that is no street's word or abbreviation ("Bangladesh.", not "Blvd." or
// "Piroska u. 97.").
func placeFullStop(s string) bool {
	w := s[:len(s)-1]
	if k := strings.LastIndexAny(w, " .,\t\n"); k >= 0 {
		w = w[k+1:]
	}
	if utf8.RuneCountInString(w) < 4 || streetOrUnitWord(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// nameSuffixes end a name with their period: "Martin Luther King Jr.", "John Smith Sr.".
var nameSuffixes = wordSet("jr sr esq snr jnr")

// pairs maps each opening quote or bracket to its closing one; closers is the reverse.
var pairs = map[rune]rune{'(': ')', '[': ']', '{': '}', '<': '>', '"': '"', '\'': '\'', '`': '`', '‘': '’', '“': '”', '«': '»'}

var closers = func() map[rune]rune {
	m := map[rune]rune{}
	for open, close := range pairs {
		m[close] = open
	}
	return m
}()

// certificateAuthority reports a "CA" at text[start:end] that is a certificate authority, not
// California: a certificate word near it ("the CA certificate", "root CA", "for type CA" in a
// certificate's configuration), or a colon joined to it (CA:FALSE).
func certificateAuthority(text string, start, end int) bool {
	if end < len(text) && text[end] == ':' {
		return true
	}
	near := strings.ToLower(text[max(0, start-48):min(len(text), end+48)])
	for _, w := range []string{"cert", "x509", "x.509", "tls", "ssl", "root ca", "intermediate", "pem", "signing", "openssl", "basicconstraints"} {
		if strings.Contains(near, w) {
			return true
		}
	}
	return false
}

// timeZone reports a place that names a time zone: a zone word (Eastern, Pacific, Central,
// Mountain, Atlantic, Alaska, Hawaii) before "Time", "Standard" or "Daylight", or written in a
// zone identifier ("US/Eastern", "America/New_York").
func timeZone(text string, start, end int) bool {
	if start > 0 && text[start-1] == '/' || end < len(text) && text[end] == '/' && end+1 < len(text) && isUpperASCII(text[end+1]) {
		return true
	}
	span := text[start:end]
	last := span[strings.LastIndexByte(span, ' ')+1:]
	switch last {
	case "Eastern", "Pacific", "Central", "Mountain", "Atlantic", "Alaska", "Hawaii":
	default:
		return false
	}
	rest := text[end:]
	return strings.HasPrefix(rest, " Time") || strings.HasPrefix(rest, " Standard") || strings.HasPrefix(rest, " Daylight") || strings.HasPrefix(rest, " time") ||
		strings.HasPrefix(rest, " tzinfo") || strings.HasPrefix(rest, " timezone") || strings.HasPrefix(rest, " zone") ||
		start > 3 && text[start-3:start] == "US/" || span == "US "+last || start > 3 && text[start-3:start] == "US " // "US Eastern", "In US Eastern, that's"
}

// headerNames are HTTP and mail header names written with hyphens, which models read as
// organisations or people.
var headerNames = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range strings.Fields("content-type content-length content-encoding content-disposition content-language content-location content-range " +
		"content-security-policy content-transfer-encoding content-id transfer-encoding accept-encoding accept-language accept-ranges accept-charset " +
		"user-agent set-cookie cache-control if-none-match if-match if-modified-since if-unmodified-since last-modified keep-alive " +
		"proxy-authorization proxy-authenticate www-authenticate retry-after strict-transport-security access-control-allow-origin " +
		"access-control-allow-methods access-control-allow-headers x-forwarded-for x-forwarded-proto x-forwarded-host x-request-id x-real-ip " +
		"x-content-type-options x-frame-options mime-version message-id reply-to return-path in-reply-to unix-from x-mailer dkim-signature " +
		"content-md5 expect-ct referrer-policy upgrade-insecure-requests sec-fetch-mode sec-fetch-site") {
		m[h] = true
	}
	return m
}()

// monthNames are the English months, which are never places or organisations ("in August"),
// though some are people's names.
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true}

// wordPrefixes are English prefixes written with a hyphen: "non-zero", "re-run", "pre-built".
var wordPrefixes = []string{"non-", "pre-", "re-", "un-", "sub-", "multi-", "self-", "anti-", "co-", "inter-", "post-", "semi-", "de-", "mis-", "over-", "under-", "auto-", "well-"}

// prefixedWord reports a span in lower case that opens with an English prefix and a hyphen,
// which names nobody and nothing ("non-nil", "re-read").
func prefixedWord(s string) bool {
	if len(s) < 3 || s[0] < 'a' || s[0] > 'z' || strings.IndexByte(s, '-') < 0 || hasUpper(s) {
		return false
	}
	for _, p := range wordPrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// humped reports a word in s with an upper-case letter inside it that no name has there: names
// put one after a short prefix (McDonald, MacLeod, DeShawn, LaToya, JoAnn, O'Neil) or after
// Mary or Fitz, while code and brands put it further in (KeepAlives, TLSNextProto, DialTLS).
func humped(s string) bool {
	start, n, lower := 0, 0, false // the current word's start, its letters so far
	for i, r := range s {
		if unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’' {
			start, n, lower = i+utf8.RuneLen(r), 0, false
			continue
		}
		if unicode.IsUpper(r) && lower && n > 3 && !strings.HasPrefix(s[start:], "Mary") && !strings.HasPrefix(s[start:], "Fitz") {
			return true
		}
		lower = unicode.IsLower(r)
		n++
	}
	return false
}

// moreTitles are titles of office and rank the span rules know besides personTitles (which
// the model's gazetteer holds, and which stay as trained): "Nurse Practitioner Amelia Thornton",
// "Detective Sergeant Ana Lima".
var moreTitles = append([]string{"Practitioner", "Inspector", "Detective", "Sergeant", "Sgt", "Constable", "Lieutenant", "Lt",
	"Colonel", "Col", "Pastor", "Rabbi", "Imam", "Reverend", "Councillor", "Councilman", "Councilwoman", "Mayor",
	"Cllr", "Cllr.", "Alderman", // Britain's councillor abbreviated (stop 53: "Cllr Brendan O'Hare" had masked the title with the name)
	"Governor", "Ambassador", "Midwife", "PCP", "Dra", "Mlle", "Mevrouw", "Meneer", "Esq",
	// a form of address alone, which a message opens with (stop 47: "Hi Doc, this is …", "Dear Madam,")
	"Madam", "Doc",
	// a team's coach and a school's graduate (stop 55: "Coach Delaney benched Rico" had masked
	// "Coach" as a person of its own, "Alumna Hannah Greenberg" with the name)
	"Coach", "Alumna", "Alumnus",
	// forms of address of other languages: German's "Herrn" (to Mr), Portuguese, Italian, Polish,
	// Turkish, Indonesian and Indian ones ("Don" and "Sri" are given names as well: not here)
	"Herrn", "Dona", "Doña", "Sig", "Sigra", "Dott", "Dottssa", "Avv", "Ing", "Pani", "Sayın", "Bapak", "Ibu", "Shri", "Smt",
	// Romanian's, Czech's and Lithuanian's Mr and Mrs (stop 28: "Domnul Albu", "Doamna Tudor")
	"Domnul", "Doamna", "Domnului", "Doamnei", "Dl", "Dna", "Paní", "Ponas", "Ponia"},
	kinTitleWords...) // and relations written before a name as titles are

// kinTitleWords are relations written before a name as titles are (stop 32: "Grandmother Annabel
// Miner", "Grandpa Joe Miner"), and in other languages (stop 47: "Mormor Birgitta ringde", "Oma
// Hilde", "Tía Carmen"; not "Mamma", which "Mamma mia" is). namesAfterKinTitles claims the given
// name after one.
var kinTitleWords = []string{"Grandmother", "Grandfather", "Grandma", "Grandpa", "Granny", "Aunt", "Auntie", "Uncle",
	"Oma", "Opa", "Tante", "Onkel", "Mormor", "Morfar", "Farmor", "Farfar", "Nonna", "Nonno", "Zia", "Zio", "Tía", "Tío",
	"Abuela", "Abuelo", "Babcia", "Dziadek", "Ciocia", "Wujek", "Mamie", "Papy", "Tatie", "Tonton", "Vovó", "Vovô"}

// titles are personTitles and moreTitles in lower case, without their periods.
var titles = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range slices.Concat(personTitles, moreTitles) {
		m[strings.ToLower(strings.TrimSuffix(t, "."))] = true
	}
	return m
}()

// shortFamilies are family names of East and South-East Asia that English also writes as
// words ("do", "ma", "ho"): after a known given name, capitalised, they are the family name
// ("Anh Do", "JACK MA").
var shortFamilies = setOf([]string{"Do", "Ma", "Ho", "Ha", "Yu", "An", "Le", "Lo", "Mo", "Bo", "Yi"})

// verbAhead reports an object after the word ending at e ("Preston Do an overwatch", "Tom So
// what"): the word before it was a verb or an adverb, not a family name.
func verbAhead(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' {
		return false
	}
	w, _ := wordAt(text, e+1)
	return determiners[w] || objectPronouns[w]
}

var objectPronouns = setOf([]string{"it", "me", "you", "him", "us", "them", "what", "not", "so", "that"})

// postNominals are the degrees, licences and honours written after a name ("Jane Doe, MD,
// FACS", "Mark Lee CPA"), in the case they are written in, without periods: no personal data,
// and after a name never a place ("MD", "MA" and "PA" are also states) or an organisation.
var postNominals = setOf([]string{"MD", "PhD", "DPhil", "DO", "DDS", "DMD", "DVM", "OD", "PharmD", "PsyD", "EdD",
	"RN", "LPN", "BSN", "MSN", "NP", "DNP", "CRNA", "CNA", "PA-C", "PA", "LCSW", "MPH", "MBA", "CPA", "CFA", "JD",
	"LLM", "FACS", "FACP", "FRCS", "FRCP", "MRCP", "MBBS", "MBChB", "BSc", "MSc", "BA", "MA", "BS", "MS",
	"OBE", "MBE", "CBE", "KBE", "PE", "Esq",
	// the colleges' and boards' memberships and fellowships of the Commonwealth and North America (stop 53: "Dr Eleanor
	// Fitzgerald-Ames MBChB MRCGP" had kept both with the name, "FWACS" an organisation)
	"MRCGP", "MRCS", "FRCA", "FRCR", "MRCPsych", "FRCOG", "MRCOG", "FRCPCH", "FRCPath", "FRCSEd", "DRCOG", "DCH", "DFSRH", "BDS", "MFDS",
	"FWACS", "FWACP", "FMCP", "FMCS", "FRACP", "FRACS", "FRACGP", "FRCPC", "FRCSC", "CCFP", "FCFP", "FACC", "FACOG", "FAAP", "FACEP",
	"FCPS", "MCPS", "MRCVS", "BVSc", "MCh", "DNB", "MMed"})

// postNominal reports a degree, licence or honour as written after a name: "MD", "Ph.D.", "PhD".
func postNominal(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) > 8 {
		return false
	}
	return postNominals[w] || strings.Contains(w, ".") && postNominals[strings.ReplaceAll(w, ".", "")]
}

// postNominalsAfter reports that text[start:end] and everything between a person ending at
// person and it are post-nominals separated by commas and spaces ("Jane Doe, MD, FACS").
func postNominalsAfter(text string, person, start, end int) bool {
	if !postNominal(text[start:end]) || person > start {
		return false
	}
	for _, w := range strings.FieldsFunc(text[person:start], func(r rune) bool { return r == ',' || r == ' ' }) {
		if !postNominal(w) {
			return false
		}
	}
	return strings.Contains(text[person:start], ",")
}

// regionNoName reports a state, a province or a country the gazetteers know, of one or two
// words, none of which any list holds as a given or a family name ("Manitoba", "Nova Scotia";
// not "Georgia", "Victoria", "Jordan").
func regionNoName(span string) bool {
	if strings.Count(span, " ") > 1 {
		return false
	}
	for w := range strings.FieldsSeq(span) { // the lists first: most spans after a comma are names, and the lookups allocate nothing
		if givenSet()[w] || listedGiven()[w] || familyWord(w) || givenNames(w) || embeddedClass(w)&(gFirst|gLast) != 0 {
			return false
		}
	}
	return provinceNames[span] || embeddedClass(span)&(gState|gCountry) != 0
}

// provinceNames are Canada's provinces and territories and Australia's states written out, which
// the gazetteers lack.
var provinceNames = setOf(strings.Split("Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|"+
	"Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories|New South Wales|Victoria|Queensland|"+
	"South Australia|Western Australia|Tasmania|Northern Territory|Australian Capital Territory", "|"))

// abbreviatedGivens are given names written abbreviated before the rest of a name, as South
// Asia writes Muhammad: "Mohd. Imran Qureshi", "Md. Rafiqul Islam".
var abbreviatedGivens = []string{"Mohd. ", "Mohd ", "Md. ", "Muhd. ", "Mohd.", "Md."}

// abbreviatedGivenBefore returns where a person starting at start starts with one of
// abbreviatedGivens right before it (stop 55: "Mohd." had been left upstream), or start.
func abbreviatedGivenBefore(text string, start int) int {
	for _, a := range abbreviatedGivens {
		if b := start - len(a); b >= 0 && text[b:start] == a && (b == 0 || !isLetterByte(text[b-1]) && text[b-1] < 0x80) {
			return b
		}
	}
	return start
}

// degreesNotPlaces drops the model's place, organisation or person that is a post-nominal after a
// person and its comma, where the person was made whole only by a later rule ("Dr. Oluwatoyin
// "Toyin" Adebayo-Fashola, MD, MPH": the nickname's rule joined the name after tidy had asked,
// and "MD" had stayed Maryland; stop 54; "Dr. P. Krishnamurthy, MBBS, MD" had kept "MBBS" a
// person, stop 55). fs is in start order, and so is the result.
func degreesNotPlaces(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	person := -1 // where the last person ends
	for _, f := range fs {
		if (f.Type == redact.Location || f.Type == redact.Organization || f.Type == redact.Person) && f.Source == redact.SourceModel && person >= 0 && f.Start-person < 40 && postNominalsAfter(text, person, f.Start, f.End) {
			continue
		}
		if f.Type == redact.Person {
			person = f.End
		}
		out = append(out, f)
	}
	return out
}

// clinicalDegrees are post-nominals that no name's word is.
var clinicalDegrees = wordSet("MD RN PhD DDS DMD NP")

// withoutPostNominals trims the post-nominals that end a person's span of two words or more
// ("Amanda Klein MD", "Robert Chen, RN"): the name is what is personal. A span in capitals keeps
// them, where "MA" and "DO" are as likely family names (JACK MA, ANH DO); so do a generation's
// Jr. and III, which tell people apart.
func withoutPostNominals(text string, start, end int) int {
	if !hasLower(text[start:end]) {
		return end
	}
	for {
		k := strings.LastIndexAny(text[start:end], " ,")
		if k > 0 && end-start-k == 2 && isUpperASCII(text[end-1]) && end+2 < len(text) && text[end] == '.' && isLetterStart(text[end+1]) {
			// a degree's first letter that nameWords read as an initial: "René Loos B.Sc.", "Senol Rädel B.Eng."
			end = start + k
			continue
		}
		if k <= 0 || !postNominal(text[start+k+1:end]) {
			return end
		}
		name := strings.TrimRight(text[start:start+k], " ,")
		if !strings.Contains(name, " ") && !clinicalDegrees[text[start+k+1:end]] {
			return end // a name of one word keeps what follows it, but a clinician's degree: "Klaus MD" of "Hoffmann, Klaus MD" (stop 46)
		}
		end = start + len(name)
	}
}

// beforeFieldGap cuts a person's span at two blanks or a tab inside it where the next field's label
// follows them, as a label, a form or a report lays fields out (stop 47: "Dr. P. Venkataraman
// Rx# 1847726" had masked "Rx" with the name): no word, a word before '#' or ':', a form's label
// word, or an abbreviation in capitals of up to four letters.
func beforeFieldGap(text string, start, end int) int {
	k := strings.Index(text[start:end], "  ")
	if t := strings.IndexByte(text[start:end], '\t'); t >= 0 && (k < 0 || t < k) {
		k = t
	}
	if k <= 0 {
		return end
	}
	w, e := wordAt(text, skipBlanks(text, start+k))
	if w == "" || e < len(text) && (text[e] == '#' || text[e] == ':') || foldIn(formLineWords, w) || foldIn(labelWords, w) || len(w) <= 4 && !strings.ContainsFunc(w, unicode.IsLower) {
		return start + k
	}
	return end
}

// withoutLowerTail ends a person's span before a last word in lower case that follows
// capitalised ones and is a common word, a conjunction or a verb that takes a person: what a
// model read on into ("Tom Weber yesterday", "Anna und", "Casey noted"). Any other word stays,
// for tweets write family names so ("Donald trump", "Kylie minogue"); so does a particle
// ("Ludwig van"), and a name written all in lower case, which has no capitalised word. Each such
// word goes ("Ana and the").
func withoutLowerTail(text string, start, end int) int {
	for {
		k := strings.LastIndexByte(text[start:end], ' ')
		if k <= 0 {
			return end
		}
		last := text[start+k+1 : end]
		if text[start+k-1] == ',' && (kinNouns[last] || roleNouns[last] || foldIn(fieldAbbreviations, last)) && strings.IndexFunc(text[start:start+k], unicode.IsUpper) >= 0 {
			// "SUSAN M. HALVORSEN, husband and wife", "Chukwudi Nwankwo, Acct no:": a relation, a
			// role or the next field's label after the name's comma (stop 46)
			end = start + k - 1
			continue
		}
		verb := personVerbs[last] || reportVerbs[last] || participle(last) || hindiTails[last] || saysVerbs[last] // "Mr. Casey noted that …": a verb the model read on into
		if !lowerWord(last) || nameParticles[last] {
			return end
		}
		if strings.IndexFunc(text[start:start+k], unicode.IsUpper) < 0 {
			// a name all in lower case, as chat writes it: only a day's word, a participle or a
			// "says" after it goes (stop 57: "hab gestern mit erwin jacob gesprochen", "ho parlato
			// con santino petrassi ieri"), not a common word that may be a family name
			if !dayWords[last] && !participle(last) && !saysVerbs[last] {
				return end
			}
		} else if !foldIn(commonSet, last) && !nameConjunctions[last] && !verb && !dayWords[last] {
			return end
		}
		end = start + k
	}
}

// saysVerbs are "says" and "said" in the languages of Western Europe, which chat writes right
// after a name ("Jose dice que llega tarde", "Ida dice", "Marie dit que …").
var saysVerbs = wordSet("dice dijo disse dit sagt sagte zegt zei diz")

// hindiTails are Hindi's copulas and postpositions, written in Latin letters after a name as
// chat writes them ("Mera naam Rahul Sharma hai", "Priya ko bolo", "Amit ne kaha").
var hindiTails = wordSet("hai hain tha thi ko ka ki ke ne se")

// participle reports a German or Dutch past participle, which those languages put after the
// verb's object, so a model trained on English read on into it from a name ("Wir haben Peter
// Wagner angerufen", "Ik heb Pieter de Vries gesproken", "mit Anna Schmidt telefoniert"): "ge"
// and at least two more letters and "en", after one of the separable prefixes or none, or a
// verb's "-iert". Those ending in "t" or "d" ("gemacht", "gebeld") are left: family names in
// lower case end so too ("Steven gerrard").
func participle(w string) bool {
	if len(w) >= 7 && strings.HasSuffix(w, "iert") {
		return true
	}
	for _, p := range separablePrefixes {
		if strings.HasPrefix(w, p) && strings.HasPrefix(w[len(p):], "ge") {
			w = w[len(p):]
			break
		}
	}
	return len(w) >= 6 && strings.HasPrefix(w, "ge") && strings.HasSuffix(w, "en")
}

// separablePrefixes come before a German or Dutch participle's "ge" ("angerufen", "opgebeld").
var separablePrefixes = []string{"zurück", "terug", "fest", "nach", "over", "voor", "auf", "aus", "ein", "mit", "vor", "weg", "bei", "her",
	"hin", "uit", "aan", "mee", "toe", "an", "zu", "ab", "op", "af", "na", "om"}

// possessedBy reports a possessive right before text[start] on a capitalised word that is no
// contraction's pronoun ("Ana's ", not "It's " or "That's ", before which a name stands).
func possessedBy(text string, start int) bool {
	var k int // where the apostrophe is
	switch {
	case strings.HasSuffix(text[:start], "'s "):
		k = start - 3
	case strings.HasSuffix(text[:start], "’s "):
		k = start - len("’s ")
	default:
		return false
	}
	j := k
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		j -= size
	}
	w := text[j:k]
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r) && !contractions[strings.ToLower(w)]
}

// contractions are the words whose "'s" is "is" or "has", not a possessive: a name may follow
// them ("it's gemma", "Here's Ana").
var contractions = wordSet("it that he she who what where here there let how when why this everyone somebody someone nobody")

// isTitle reports whether s is a title alone: Mr, Mrs., Dr, Prof., Señora.
func isTitle(s string) bool {
	return len(s) <= 12 && foldClass(strings.TrimSuffix(s, "."))&wTitle != 0
}

// IsTitle reports whether s is a title alone (Mr, Mrs., Dr, Prof., Señora): no personal data,
// so never a person's span of its own.
func IsTitle(s string) bool { return isTitle(s) }

// AfterTitles returns where the name in the person span text[start:end] starts, after any
// titles that open it ("Mr Ahmed", "Prof. Dr. Anna Weber", "Mr and Mrs Oyelaran"), so the same person has the same
// token with or without them; a span of titles only keeps its last.
func AfterTitles(text string, start, end int) int {
	for {
		w, j := wordAt(text, start)
		if w == "" || !isTitle(w) {
			return start
		}
		if j < len(text) && text[j] == '.' {
			j++
		}
		p := skipBlanks(text, j)
		if p >= end || p == j {
			return start
		}
		// a couple's titles: "Mr and Mrs Oyelaran", "Dr & Mrs Lee"
		if c, k := wordAt(text, p); (c == "and" || c == "&" || text[p] == '&') && k < end {
			if c == "" {
				k = p + 1
			}
			if q := skipBlanks(text, k); q > k && q < end {
				if t, _ := wordAt(text, q); isTitle(t) {
					p = q
				}
			}
		}
		start = p
	}
}

// skipBlanks returns the first byte at or after i that is not a space or a tab.
func skipBlanks(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// nameParticles are the lower-case words inside names: van, de, al, bin.
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true, "da": true, "dos": true,
	"du": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "binti": true, "ibn": true, "bint": true, "ben": true, "ter": true, "ten": true,
	"ap": true, "dela": true, "delos": true, "delas": true} // Welsh (Rhys ap Gruffydd), Filipino (Maria dela Cruz); not "do", "das", "af" or "zu", words of their languages before a capital

// capitalParticles are Irish particles, capitalised, between a given name and a family name
// ("Siobhán Ní Bhriain", "Tomás Ó Briain", "Aoife Nic Giolla").
var capitalParticles = map[string]bool{"Ní": true, "Nic": true, "Ó": true, "Uí": true, "Ua": true, "NÍ": true, "NIC": true, "UÍ": true, "UA": true}

// latinArabicParticles open an Arabic or Berber family name written in Latin letters, capitalised:
// "El Amrani", "Al Farsi", "Ben Salah", "Ait Benhaddou".
var latinArabicParticles = map[string]bool{"El": true, "Al": true, "Ben": true, "Bin": true, "Abu": true, "Abou": true, "Ould": true, "Ait": true, "Aït": true}

// patronyms join a given name to a father's name, in lower case: "Nur binti Hassan".
var patronyms = map[string]bool{"bin": true, "binti": true, "bint": true, "ibn": true}

// nameWords reads up to three words of a name at text[i:]: capitalised words, and particles
// or particle-joined words (al-Rashid, van) between or before them. It returns where the last
// capitalised word ends, or i.
func nameWords(text string, i int) int {
	end := i
	for words := 0; words < 4 && i < len(text); words++ {
		if words > 0 && (strings.HasPrefix(text[i:], "'t ") || strings.HasPrefix(text[i:], "’t ")) {
			i += strings.IndexByte(text[i:], ' ') + 1 // Dutch's article after a particle: "van 't Hof" (stop 54)
		}
		w, j := wordAt(text, i)
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && !isTitle(w):
			end = j
			for _, poss := range [...]string{"'s", "’s"} {
				if len(w) > len(poss) && strings.HasSuffix(w, poss) {
					return j - len(poss) // a possessive ends the name: "Dr. Chen's office", "Mr. Abernathy's MRI" (stop 52)
				}
			}
		case foldIn(nameParticles, w):
		case strings.ContainsAny(w, "-'’") && foldIn(nameParticles, w[:strings.IndexAny(w, "-'’")]):
			end = j // al-Rashid, d'Artagnan
		case words > 0 && (strings.HasPrefix(w, "d'") && startsUpper(w[2:]) || strings.HasPrefix(w, "d’") && startsUpper(w[len("d’"):])):
			end = j // French's elided "de" before a family name's last word: "de La Tour d'Auvergne" (stop 54)
		default:
			return end
		}
		if j >= len(text) || text[j] != ' ' {
			break
		}
		i = j + 1
	}
	return end
}

// givenSet and familySet hold the given and the family names of the gazetteer (gofakeit's and
// package names'), made on first use.
var (
	givenSet  = sync.OnceValue(func() map[string]bool { return setOf(data.Person["first"], names.Given, names.MoreGiven) })
	familySet = sync.OnceValue(func() map[string]bool { return setOf(data.Person["last"], names.Family) })
)

// setOf returns the set of the words of lists.
func setOf(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, n := range slices.Concat(lists...) {
		m[n] = true
	}
	return m
}

// givenNames reports a span whose every hyphen-joined part is a known given name, written as a
// name is or in capitals: "Jean-Pierre", "Mary-Kate", "JEAN-PIERRE".
func givenNames(span string) bool {
	if span == "" || strings.ContainsAny(span, " \t\n") {
		return false
	}
	caps := capitals(span)
	for part := range strings.SplitSeq(span, "-") {
		if !givenSet()[part] && !(caps && inTitleCase(givenSet(), part)) {
			return false
		}
	}
	return true
}

// hyphenedGiven reports a span whose first word is known given names joined by a hyphen:
// "Jean-Pierre", "Jean-Pierre Dupont", "MARY-KATE", "Egil-Markus" (Faker's given names count).
func hyphenedGiven(span string) bool {
	first, _, _ := strings.Cut(span, " ")
	return strings.IndexByte(first, '-') > 0 && (givenNames(first) || anyGiven(first) || !strings.ContainsFunc(first, unicode.IsUpper) && compoundGiven(first)) // "jean-baptiste" in lower case (stop 45)
}

// capitals reports a word with letters, none of them in lower case: "JOHN", "AYŞE".
func capitals(w string) bool { return redact.Capitals(w) }

// capsNameLike reports a word in capitals that may be a family name after a given name in
// capitals ("JOHN DOE"): two letters or more, none of the common words, titles, months or
// weekdays, and none of the words the model's training data writes most often in lower case
// ("CALL JOHN ABOUT").
func capsNameLike(w string) bool { return capsNameShape(w) && !commonLower(w) }

// capsNameShape is capsNameLike but for the words the model's data writes in lower case.
func capsNameShape(w string) bool {
	if !capitals(w) || utf8.RuneCountInString(w) < 2 || foldIn(commonSet, w) || isTitle(w) || foldIn(monthNames, w) || foldIn(weekdaySet, w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// familyAfterGiven extends a one-word name that is a known given name over the capitalised word
// right after it, its family name, where the model stopped at the given name ("Jean-Pierre
// Dupont"); common words, titles, months and weekdays are not taken.
func familyAfterGiven(text string, f redact.Finding) int {
	end := f.End
	if !givenNames(text[f.Start:end]) || end+2 >= len(text) || text[end] != ' ' {
		return end
	}
	w, e := wordAt(text, end+1)
	if capitals(text[f.Start:end]) {
		if !capsNameLike(w) && !(capitals(w) && inTitleCase(shortFamilies, w)) {
			return end // in capitals, the family name is in capitals too: "JOHN DOE"
		}
		if (dictionaryWord(w) || englishWord(w)) && !foldIn(handleFamily(), w) && !inTitleCase(shortFamilies, w) {
			return end // "PATIENT CLAIRE PRESENTED WITH": a word, which a line in capitals capitalises too
		}
	} else if !nameLike(w) && !(shortFamilies[w] && !verbAhead(text, e)) {
		return end
	}
	if e < len(text) && (text[e] == '.' && e+1 < len(text) && text[e+1] != ' ' && text[e+1] != '\n' || isDigitByte(text[e])) {
		return end // a word run into more: "Ana Dom.Com", "Ana X1"
	}
	return e
}

// givenBefore moves the start of a one-word name, capitalised, left over a known given name
// right before it and a space, where the model found only the family name ("Eriksen" of "Lars
// Eriksen reports"), or over a capitalised word no list knows; a given name that is a common
// word, title, month or weekday is not taken.
func givenBefore(text string, f redact.Finding, start int) int {
	if start != f.Start || strings.ContainsAny(text[f.Start:f.End], " \t\n") {
		return start
	}
	if r, _ := utf8.DecodeRuneInString(text[start:]); !unicode.IsUpper(r) {
		return start
	}
	w, k := wordBefore(text, start)
	if (givenSet()[w] || hyphenedGiven(w)) && nameLike(w) {
		return k
	}
	// a given name no list knows: no English word, nor a place, organisation or title, not the
	// name again, and after a word in lower case, not opening a sentence, where chat's
	// exclamations stand ("Awwwww Didga") ("Shimarsol" of "Form W-9 for Shimarsol Liape")
	if w == "" || w == text[f.Start:f.End] {
		return start
	}
	if p, _ := wordBefore(text, k); p != "" && lowerWord(p) && unlistedName(w) {
		return k
	}
	return start
}

// wordBefore returns the word of letters (hyphens inside) that one space separates from
// text[start], and where it starts; "" when there is none, or when the letters run on past
// maxNameWord bytes or into a period (a longer word, an abbreviation).
func wordBefore(text string, start int) (string, int) {
	if start < 2 || text[start-1] != ' ' {
		return "", start
	}
	k := start - 1
	for k > 0 && start-1-k < maxNameWord {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		k -= size
	}
	if k == start-1 || k > 0 && isLetterEnd(text[k-1]) {
		return "", start
	}
	return text[k : start-1], k
}

// maxNameWord is the longest word, in bytes, the rules read back over as a name.
const maxNameWord = 32

// familyFirst are family names of Chinese, Korean and Vietnamese, whose names put the family
// name first and whose given names the gazetteers mostly lack ("Wang Fang", "Kim Min-jun",
// "Nguyen Thi Lan").
var familyFirst = wordSet("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Liang Zheng Xie Song Tang Han Feng Deng Cao Peng Zeng " +
	"Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fan Fang Shi Tan Zou Xiong Jin Qian Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng " +
	"Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh " +
	"Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Mai Truong " +
	"Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Trương Đoàn Lương Lâm Phùng Đào")

// givenAfterFamily extends a name that is one family name of familyFirst, and that the model
// stopped at, over the given name after it: one or two capitalised words on the line whose
// hyphen-joined parts are short, as romanised syllables are ("Fang", "Min-jun", "Thi Lan"), and
// that are not words of streets or organisations ("Park Avenue", "Chen Industries"). end is where
// the name ends so far; only a name not already extended is.
func givenAfterFamily(text string, f redact.Finding, end int) int {
	if end != f.End || !familyFirst[text[f.Start:f.End]] {
		return end
	}
	for words := 0; words < 2 && end+2 < len(text) && text[end] == ' '; words++ {
		w, e := wordAt(text, end+1)
		if !nameLike(w) || !syllables(w) || foldIn(placeAndOrgWords, w) {
			break
		}
		if e < len(text) && (text[e] == '.' && e+1 < len(text) && text[e+1] != ' ' && text[e+1] != '\n' || isDigitByte(text[e])) {
			break // a word run into more: "Wang Fang.Com", "Li Ka1"
		}
		end = e
	}
	return end
}

// vietGivenNext are the Vietnamese middle names, with and without their diacritics, that the
// given name always follows, a short word the model may take for an English one ("Nguyễn Văn
// An", "Trần Thị Mai"); the other middle names of vietMiddles can end a name.
var vietGivenNext = wordSet("Văn Thị Van Thi")

// vietGiven extends a Vietnamese name that the model stopped at its middle name over the given
// name after it: the span opens with a Vietnamese family name and ends in Văn or Thị, and one
// capitalised word follows.
func vietGiven(text string, start, end int) int {
	first, _ := wordAt(text, start)
	k := strings.LastIndexByte(text[start:end], ' ')
	if k < 0 || end+2 >= len(text) || text[end] != ' ' {
		return end
	}
	middle := text[start+k+1 : end]
	if capitals(first) && capitals(middle) {
		first, middle = titleWord(first), titleWord(middle) // in capitals, as records write it (stop 47: "NGUYEN THI LAN")
	}
	if !familyFirst[first] || !vietGivenNext[middle] {
		return end
	}
	w, e := wordAt(text, end+1)
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) || utf8.RuneCountInString(w) > 8 {
		return end
	}
	return e
}

// syllables reports a word whose hyphen-joined parts have two to six letters each.
func syllables(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if n := utf8.RuneCountInString(part); n < 2 || n > 6 {
			return false
		}
	}
	return true
}

// placeAndOrgWords end the names of streets, buildings and organisations, never a given name.
var placeAndOrgWords = wordSet("street st road rd avenue ave lane ln drive dr way place square hall hotel tower building center centre " +
	"park plaza bank group corp inc ltd llc co company industries holdings school college university hospital clinic church temple " +
	"station airport bridge river lake hill mountain city town county district province state team club house village market mall store")

// billOf tells whether " of " and a document's or a right's noun follow text[:i] ("Bill of
// Lading", "BILL OF SALE", "the Bill of Rights").
func billOf(text string, i int) bool {
	if i+4 > len(text) || !strings.EqualFold(text[i:i+4], " of ") {
		return false
	}
	w, _ := wordAt(text, i+4)
	return foldIn(billNouns, w)
}

var billNouns = wordSet("lading sale rights materials exchange quantities costs entry particulars health indictment attainder")

// wordAt reads a word of letters and marks, with inner hyphens and apostrophes, at text[i]: a
// mark is inner where a letter follows it (or, an apostrophe, an elided word's space and capital).
func wordAt(text string, i int) (string, int) {
	if i >= len(text) {
		return "", i // none at or past the text's end
	}
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) || (r == '-' || r == '\'' || r == '’') && j > i && j+size < len(text) && (letterAt(text, j+size) || r != '-' && elidedBefore(text, j+size) || sqlQuote(text, j)) {
			j += size
			continue
		}
		break
	}
	return text[i:j], j
}

// letterAt reports a letter starting at text[k].
func letterAt(text string, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsLetter(r)
}

// sqlQuote reports an apostrophe at text[j] that SQL doubles inside a string, a letter after
// the pair ('D”Arcy').
func sqlQuote(text string, j int) bool {
	return j+2 < len(text) && text[j] == '\'' && text[j+1] == '\'' && letterAt(text, j+2)
}

// elidedBefore reports a space and a capital at text[k], after an apostrophe that elides a
// word's end as Italian writes a place's "Ca'" ("CA' PASQUALI", "Ca' Foscari"): the apostrophe
// belongs to the word before. A closing quote before a comma or a bracket does not
// ('Julie Moody', …), stop 36.
func elidedBefore(text string, k int) bool {
	return k+1 < len(text) && text[k] == ' ' && unicode.IsUpper(firstRune(text[k+1:]))
}

// middleInitial extends a name ending at end over a middle initial and the family name after
// it ("John A. Smith"), where the model stopped at the initial's period.
func middleInitial(text string, end int) int {
	if end >= 2 && end+2 < len(text) && text[end] == '.' && text[end-2] == ' ' && isUpperASCII(text[end-1]) && text[end+1] == ' ' {
		if w, _ := wordAt(text, end+2); englishWord(w) && !familySet()[w] && !capitals(w) {
			return end // the next sentence's first word: "I met Ana L. Then we left" (stop 54)
		}
		if e := nameWords(text, end+2); e > end+2 && !labelEnd(text, e) { // the model stopped inside the initial: "JOHN A" + ". SMITH"
			return e
		}
		return end
	}
	if end+4 >= len(text) || text[end] != ' ' || !isUpperASCII(text[end+1]) || text[end+2] != '.' || text[end+3] != ' ' {
		return end
	}
	if e := nameWords(text, end+4); e > end+4 && !labelEnd(text, e) {
		return e
	}
	return end
}

// labelEnd reports a field's label ending at text[e], its number sign right after it:
// the word is the next field's, no family name ("Patient: Fenwick, Lorraine J. Acc#: …"; stop 50).
func labelEnd(text string, e int) bool {
	return e < len(text) && text[e] == '#'
}

// determiners make the lower-case word after them a noun.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "my": true, "your": true, "his": true, "her": true,
	"our": true, "their": true, "its": true, "this": true, "that": true, "these": true, "those": true, "every": true, "any": true,
	"some": true, "no": true}

// capitalisedLine reports a word written as a name is, not at the start of its sentence, on
// the line of text[start:end], outside it: the text capitalises its names, so a lower-case word
// is no place.
func capitalisedLine(text string, start, end int) bool {
	lo, hi := max(0, start-200), min(len(text), end+200)
	if k := strings.LastIndexByte(text[lo:start], '\n'); k >= 0 {
		lo += k + 1
	}
	if k := strings.IndexByte(text[end:hi], '\n'); k >= 0 {
		hi = end + k
	}
	for _, part := range [2][2]int{{lo, start}, {end, hi}} {
		for i := part[0]; i < part[1]; i++ {
			if isUpperASCII(text[i]) && i > lo && text[i-1] == ' ' && i >= 2 && !strings.ContainsRune(".!?", rune(text[i-2])) && i+1 < part[1] && text[i+1] >= 'a' && text[i+1] <= 'z' {
				return true
			}
		}
	}
	return false
}

// embeddedClass is the gazetteer class of w in the embedded model, 0 when it is not loaded.
func embeddedClass(w string) uint16 {
	m, err := Embedded()
	if err != nil {
		return 0
	}
	return m.gazetteerClass(w)
}

// placeAfterWords narrows a model's street address with no digit that is lower-case words and
// then a place the gazetteers know to the place ("j'habite à Lyon": Lyon, a LOCATION); any other
// address stays as it is.
func placeAfterWords(text string, f redact.Finding) redact.Finding {
	span := text[f.Start:f.End]
	if strings.ContainsAny(span, "0123456789\n") {
		return f
	}
	k := strings.LastIndexByte(span, ' ')
	if k <= 0 {
		return f
	}
	place := span[k+1:]
	if !nameLike(place) || embeddedClass(place)&(gCity|gState|gCountry) == 0 {
		return f
	}
	for _, w := range strings.Fields(span[:k]) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || streetWordSet[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return f // a capitalised word or a street's: an address after all
		}
	}
	f.Start, f.Type = f.Start+k+1, redact.Location
	return f
}

// townCountry splits a model's street address with no digit whose last line is a town, a comma
// and a country or a state the gazetteers know ("Viguzzolo, Italy", "Erfurt, Germany") into
// the two places, leaving out the lines above it when they hold no street's or unit's word: a
// CV's job title over its town ("Mudlogger\nViguzzolo, Italy"), which the model ran into one
// address. The town is one to four capitalised words (particles between them), no street's
// kind among them but a town's first word (townPrefixes: "Lake Elizabethfurt, United States").
func townCountry(text string, f redact.Finding) (town, country redact.Finding, ok bool) {
	span := text[f.Start:f.End]
	if strings.ContainsAny(span, "0123456789") {
		return f, f, false
	}
	line := f.Start
	if k := strings.LastIndexByte(span, '\n'); k >= 0 {
		for _, w := range strings.Fields(span[:k]) {
			if w = strings.Trim(w, ",.;:()"); redact.IsStreetWord(w) && !lowerWord(w) || foldIn(unitWords, w) || foldIn(addressUnits, w) {
				return f, f, false // a street's word, capitalised as in an address: not a job's "trade union" (stop 28)
			}
		}
		line = f.Start + k + 1
	}
	last := text[line:f.End]
	c := strings.Index(last, ", ")
	if c <= 0 || strings.Count(last, ",") != 1 {
		return f, f, false
	}
	name, place := last[:c], last[c+2:]
	if !nameLike(strings.Fields(place)[0]) || embeddedClass(place)&(gCountry|gState) == 0 && !countryWord(place) {
		return f, f, false
	}
	if line == f.Start && personSlotBefore(text, f.Start) && givenAndFamilyAnywhere(name) {
		return f, f, false // a person and a town: "licensed to Stacie Warner, North Robert" (nameOfPlace; stop 56)
	}
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 4 || strings.TrimSpace(name) != name {
		return f, f, false
	}
	for k, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !(k > 0 && nameParticles[w]) || foldIn(unitWords, w) ||
			redact.IsStreetWord(w) && !(k == 0 && len(ws) > 1 && townPrefixes[w]) {
			return f, f, false
		}
	}
	town = redact.Finding{Type: redact.Location, Start: line, End: line + c, Score: f.Score, Source: f.Source}
	country = redact.Finding{Type: redact.Location, Start: line + c + 2, End: f.End, Score: f.Score, Source: f.Source}
	return town, country, true
}

// fillerBeforeName reports a person of one word right before a capitalised person the model
// found, when that word is in lower case (a verb of introduction in another language: "me llamo
// Javier Morales", "sono Giulia Bianchi") or a role noun ("Applicant Wei Zhang"), which the model
// read as a name of its own. A role noun alone stays a name ("Mr. Guest").
func fillerBeforeName(text string, f redact.Finding, next []redact.Finding) bool {
	if f.Type != redact.Person || len(next) == 0 || next[0].Type != redact.Person || next[0].Start != f.End+1 || text[f.End] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next[0].Start:])
	w := text[f.Start:f.End]
	return unicode.IsUpper(r) && (lowerWord(w) || foldIn(roleNouns, w))
}

// openingArticles are the definite articles of Dutch, French, Italian, Spanish, German and the
// Nordic languages, capitalised as a text's first word.
var openingArticles = wordSet("De Het Le La Les Il Lo Gli El Los Las Der Die Das Den Det")

// worldGreetings open a message in many languages, and a model that knows "Maria, …" may take
// one for a name. Greetings that are also given names (Ola, Dia, Salam, Shalom, Hei) are left out.
// salutations open a letter before the name in many languages ("Caro Marco", "Liebe Anna",
// "Querida Lucía", "Geachte heer"): no part of the name. They are dropped from the start of a
// person's span when a word follows.
var salutations = wordSet("dear dearest caro cara cari care carissimo carissima gentile gentilissimo gentilissima egregio egregia " +
	"querido querida queridos queridas estimado estimada estimados prezado prezada caríssimo caríssima liebe lieber liebes " +
	"chère chères chers beste geachte kære kæreste kära käre drogi droga szanowny szanowna vážený vážená milý milá " +
	// Hungarian's (stop 47: "Kedves Nagy Erzsébet!", whose given name had gone upstream)
	"kedves tisztelt " +
	// Lithuanian's, Latvian's, Estonian's and Romanian's (stop 62: "Lugupeetud Jelena Zujev,", "Cienījamais Krišs Lukstiņa,")
	"gerbiamas gerbiama gerbiamasis gerbiamoji mielas miela mieloji cienījamais cienījamā godātais godātā mīļais mīļā lugupeetud stimate stimată dragă")

// afterInitial extends a person's span that is one initial alone ("M" of "M. Dupont est
// arrivé", where M. is also French for Mr) over the name after it.
func afterInitial(text string, start, end int) int {
	if end-start != 1 || !isUpperASCII(text[start]) || end+2 >= len(text) || text[end] != '.' || text[end+1] != ' ' {
		return end
	}
	if w, e := wordAt(text, end+2); nameLike(w) {
		return e
	}
	return end
}

// afterSalutation returns where a person's span text[start:end] begins after a salutation.
func afterSalutation(text string, start, end int) int {
	w, e := wordAt(text, start)
	if second, ok := greetingSecond(w); ok && e+1 < end && text[e] == ' ' {
		if w2, e2 := wordAt(text, e+1); strings.EqualFold(w2, second) && e2+1 < end && text[e2] == ' ' {
			return skipBlanks(text, e2) // "Dobrý den pane Novák", "Xin chào anh Minh" (stop 45)
		}
	}
	if e+1 >= end || text[e] != ' ' || !foldIn(salutations, w) && !foldIn(worldGreetings, w) {
		return start // (a greeting too since stop 45: "Olá Sra. Conceição", whose title then stays)
	}
	return skipBlanks(text, e)
}

// selfIntroductions are other languages' "I am" before the speaker's name, in lower case, which
// the model runs into the name (stop 48): "Ciao, sono Giulia Ferraro", "Merhaba, ben Elif Yıldız",
// "ja sam Ivana Horvat", "sunt Andreea Popescu".
var selfIntroductions = map[string]bool{"sono": true, "soy": true, "sou": true, "ben": true, "jestem": true, "jsem": true, "som": true, "sam": true,
	"sunt": true, "esu": true, "olen": true, "съм": true}

// vnAddressForms are Vietnamese forms of address written in lower case before a given name:
// older brother or sister, younger sibling, Mr, Mrs, Miss, uncle.
var vnAddressForms = map[string]bool{"anh": true, "chị": true, "em": true, "ông": true, "bà": true, "cô": true, "chú": true, "bác": true}

// greetingPairs are greetings of two words whose first the model may read as a name: Vietnamese
// "Xin chào", Māori "Kia ora", Czech "Dobrý den" (stop 45: "Xin" and "Kia" had been persons).
var greetingPairs = map[string]string{"xin": "chào", "kia": "ora", "dobrý": "den", "dobry": "den", "dzień": "dobry", "dzien": "dobry", "guten": "tag"}

// greetingSecond returns the second word of the greeting of greetingPairs that w opens, in any
// case, without a lower-cased copy (the rules ask it of every person).
func greetingSecond(w string) (string, bool) {
	if len(w) < 3 || len(w) > 6 {
		return "", false
	}
	for first, second := range greetingPairs {
		if strings.EqualFold(w, first) {
			return second, true
		}
	}
	return "", false
}

// greetingPairAt reports a greeting of greetingPairs at text[start:end], whole, or its first
// word with the second after one space.
func greetingPairAt(text string, start, end int) bool {
	first, rest, two := strings.Cut(text[start:end], " ")
	second, ok := greetingSecond(first)
	if !ok {
		return false
	}
	if two {
		return strings.EqualFold(rest, second)
	}
	if end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	w, _ := wordAt(text, end+1)
	return strings.EqualFold(w, second)
}

var worldGreetings = wordSet("hola hallo ciao olá hej cześć czesc merhaba bonjour salut buongiorno buonasera buenos servus moin witam " +
	"ahoj szia privet zdravstvuyte namaste konnichiwa annyeong sawubona jambo habari aloha marhaba kaixo labas sveiki kumusta kamusta " +
	// and the greetings a card or a message signs off with (stop 60: "Hilsen fra Brekke! /Grete", "Hilsen" a person at 0.85)
	"halo hoi hilsen hilsner hälsningar terveisiä terveiset üdvözlet üdvözlettel saludos saudações saluti groeten grüße pozdrawiam pozdrowienia salutări " +
	// and thanks, which a message opens with before the name as a greeting (stop 62: "Merci Roxane !",
	// "Gracias Guadalupe!", "Mulțumim, Mădălin!", "Aitäh, Indrek!"; not "Tack", a family name too)
	"gracias merci danke grazie obrigado obrigada bedankt dankjewel dziękuję dzięki díky děkuji ďakujem takk kiitos köszönöm mulțumesc mulțumim ačiū paldies aitäh hvala")

// introHead returns the length of the lower-case words that open span and say "my name", "I am
// called" or "I live (at, in)" in another language, with the space after them: no name or place,
// but the words before one. All of a span of them is its length.
func introHead(span string) int {
	i := 0
	for i < len(span) && span[i] >= 'a' && span[i] <= 'z' {
		j := strings.IndexByte(span[i:], ' ')
		if j < 0 {
			j = len(span) - i
		}
		if !introWords[span[i:i+j]] {
			break
		}
		i += j
		for i < len(span) && span[i] == ' ' {
			i++
		}
	}
	return i
}

var introWords = wordSet("jina langu naitwa ninaishi mieszkam przy nazywam się jestem jmenuji bydlím mám")

// jobAfterName reports f, a business or a place of one word of the dictionary, right after the
// comma after a person who ends at end, before a comma, "at" or the line's end: the person's job
// as a CV or a signature writes it ("Jagvi Soni, Accountant, chartered public finance").
func jobAfterName(text string, end int, f redact.Finding) bool {
	span := text[f.Start:f.End]
	if f.Start != end+2 || text[end:f.Start] != ", " || strings.ContainsRune(span, ' ') || !dictionaryWord(span) || capitals(span) {
		return false
	}
	after := text[f.End:]
	return after == "" || after[0] == ',' || after[0] == '\n' || strings.HasPrefix(after, " at ")
}

// politeOpeners open a request in other languages: "please", "we ask", "send", "hello" in
// Hungarian, Turkish, Swedish, Danish, Norwegian, Romanian, Czech, Slovak, Polish, Finnish,
// Croatian, Lithuanian, Vietnamese ("Người liên hệ": the contact person) (stop 28).
var politeOpeners = wordSet("kérjük kérem lütfen skicka vänligen venligst vennligst send trimiteți trimiteti vă prosím pošlete pošlite proszę " +
	"prześlij witam lähetä ystävällisesti molimo pošaljite prašome siųskite người " +
	// Estonian's, Latvian's and Lithuanian's please (stop 62: "Palun võtke ühendust …", "Lūdzu, sazinieties ar …")
	"palun lūdzu prašau")

// politeOpening reports a span that is a politeOpener and the words in lower case after it
// ("Trimiteți documentele", "Lütfen belgeleri").
func politeOpening(span string) bool {
	first, rest, _ := strings.Cut(span, " ")
	if !foldIn(politeOpeners, first) {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !lowerWord(w) {
			return false
		}
	}
	return true
}

// determinerBefore reports whether a determiner and a space stand right before text[start]
// ("your ").
func determinerBefore(text string, start int) bool {
	w := asciiWordBefore(text, start, false)
	return len(w) <= 5 && foldIn(determiners, w)
}

// asciiWordBefore returns the word of ASCII letters (and the period after it, when dotted) that
// one space separates from text[start], or "" when there is none.
func asciiWordBefore(text string, start int, dotted bool) string {
	k := start
	if k == 0 || text[k-1] != ' ' {
		return ""
	}
	k--
	j := k
	if dotted && j > 0 && text[j-1] == '.' {
		j--
	}
	for j > 0 && isLetterASCII(text[j-1]) {
		j--
	}
	if j == k || j > 0 && text[j-1] >= utf8.RuneSelf {
		return ""
	}
	return text[j:k]
}

// acronyms are the labels of identifiers and the departments and roles that records write in
// capitals, none of them a person (Ed and Nino are, written so).
var acronyms = wordSet(idLabelWords + " NHS ED ER ICU PCP GP ENT OBGYN CEO CFO CTO COO HR " +
	// DICOM's value representations, which a dump of a file's attributes writes before each value
	"LO PN SH CS DA DS DT FD FL LT OB OD OF OW SL SQ SS TM UC UI UL UN " +
	// the forms of an account's ownership after the holders' names (stop 48): "Ingrid & Olav Brekke JTWROS"
	"JTWROS TTEE UTMA UGMA FBO POD TOD " +
	// a school's (stop 48): "your child's UPN is …"
	"UPN ULN " +
	// an obstetric history's (stop 52): "EDD 05/21/2025, FOB Carlos Mendoza"
	"EDD EDC LMP FOB")

// idLabelAcronyms are the acronyms that label an identifier, which the model may read as a
// place or an organisation beside one; acronyms holds them too.
var idLabelAcronyms = wordSet(idLabelWords)

const idLabelWords = "NINO VIN MRN SSN DOB NPI DEA MBI IBAN BIC SWIFT ITIN EIN PPSN BSN NIR DNI NIE PESEL CPR HETU INSZ NISS CURP CPF TFN NRIC"

// shorthandAcronyms are the abbreviations in capitals that notes and chat write for a time, a
// state or a document, which the model may read as a person, a place or an organisation.
var shorthandAcronyms = wordSet("POA EOD EOW COB ETA OOO PTO WFH FYI ASAP TBD DNR DNI NPO PRN")

// acronym reports a span that is one of the acronyms, in capitals: "VIN", "arrived via ED". A
// lone word in capitals that is none of them may well be a name ("THANKS OBAMA", "DMX").
func acronym(text string, start, end int) bool {
	w := text[start:end]
	return len(w) <= 5 && acronyms[w]
}

// nounAfter reports a lower-case word after text[end] and a space that is none of the words
// that end a noun phrase (prepositions, conjunctions, verbs of being).
func nounAfter(text string, end int) bool {
	if end >= len(text) || text[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(text) && text[k] >= 'a' && text[k] <= 'z' {
		k++
	}
	return k > end+1 && !phraseEnders[text[end+1:k]]
}

// phraseEnders end the noun phrase before them.
var phraseEnders = map[string]bool{"of": true, "to": true, "and": true, "or": true, "but": true, "is": true, "was": true,
	"are": true, "were": true, "for": true, "in": true, "on": true, "at": true, "with": true, "from": true, "by": true,
	"as": true, "has": true, "had": true, "have": true, "will": true, "would": true, "that": true, "which": true}

// addressTail drops the lower-case common words that the model read on into after an address's
// number, postcode or city ("Stevenpad 2, 2792, Krombeke now", "…, Asturias, 18096 now"); a
// street's own words stay ("14 elm street"), and so does a place ("… erwetegem united states").
func addressTail(text string, f redact.Finding) redact.Finding {
	for {
		span := text[f.Start:f.End]
		k := strings.LastIndexAny(span, " \n")
		if k <= 0 {
			return f
		}
		w := span[k+1:]
		if !addressTrailers[w] {
			return f
		}
		f.End = f.Start + k
		f = trimEdges(text, f)
	}
}

// addressClauseCut ends a model's address before a comma and a lower-case word that follow its
// postcode (or the postcode and the town after it), in an address that capitalises its names:
// the clause the model read on into ("…, NY 11205, owes $3", "…, 75007 Paris, merci beaucoup").
// An address in lower case throughout keeps its words ("14 elm st, 62704, springfield"), and so
// does one whose postcode comes after the lower-case word ("NORSBORG, nan 33816", a state left
// blank); eight digits or more in that clause are an identifier's, after its label ("…, 0262
// Oslo, fnr 01018012371", "…, personnr 850412-3459", stop 46).
func addressClauseCut(text string, f redact.Finding) redact.Finding {
	span := text[f.Start:f.End]
	if strings.IndexFunc(span, unicode.IsUpper) < 0 {
		return f
	}
	for c := strings.Index(span, ", "); c >= 0; {
		clause := span[c+2:]
		if e := strings.IndexByte(clause, ','); e >= 0 {
			clause = clause[:e] // the clause's own digits: a date in the next one is no postcode of this one ("…, 80336 München, und Mieter Herrn Kemal Aydın, geb. 14.02.1990"; stop 52)
		}
		if c+2 < len(span) && span[c+2] >= 'a' && span[c+2] <= 'z' && postcodeEnds(span[:c]) && (!digitRun(clause, 4) || clauseDigits(clause) >= 8) {
			f.End = f.Start + c
			return f
		}
		if c+2 < len(span) && span[c+2] >= 'a' && span[c+2] <= 'z' && lowerSpan(span[c+2:]) && !strings.ContainsAny(span, "0123456789") {
			f.End = f.Start + c // a town the model read on into the sentence, no number anywhere: "of Lake Matthewview, nominated by" (stop 62)
			return f
		}
		n := strings.Index(span[c+2:], ", ")
		if n < 0 {
			break
		}
		c += 2 + n
	}
	return f
}

// rolesAfterStreets ends a model's street address before a comma, a role's word in lower case and
// a name, which it had read on into, and makes a person of the name (stop 63: a dispatcher's
// "unit 12 to 3551 Smith Plaza Suite 706, Zacharyport, caller Amy Galloway, 811.644.0242", the
// caller's name masked as a street's piece and typed one): one to three words written as names
// are, up to the street's end or a comma. fs is in start order, and so is the result.
func rolesAfterStreets(text string, fs []redact.Finding) []redact.Finding {
	var add []redact.Finding
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.StreetAddress || f.Source != redact.SourceModel {
			continue
		}
		span := text[f.Start:f.End]
		for c := strings.Index(span, ", "); c >= 0 && c+2 < len(span); {
			rest := span[c+2:]
			if rest[0] >= 'a' && rest[0] <= 'z' {
				role, name, ok := strings.Cut(rest, " ")
				if e := strings.IndexByte(name, ','); e >= 0 {
					name = name[:e]
				}
				if ok && (roleNouns[role] || kinNouns[role] || speakerRoles[role]) && name != "" && nameLikeWords(name) && strings.Count(name, " ") < 3 {
					start := f.Start + c + 2 + len(role) + 1
					add = append(add, redact.Finding{Type: redact.Person, Start: start, End: start + len(name), Score: kinScore, Source: redact.SourceModel})
					f.End = f.Start + c
					break
				}
			}
			n := strings.Index(rest, ", ")
			if n < 0 {
				break
			}
			c += 2 + n
		}
	}
	if len(add) == 0 {
		return fs
	}
	fs = append(fs, add...)
	sortFindings(fs)
	return fs
}

// streetsAcrossSentences splits a model's street address that runs on over a sentence's end: a
// country, a state or a postcode, a full stop, a space and a capital ("Shanghai 200003, China.
// Recipient Olga Petrenko, vul. Khreshchatyk 22", a customs declaration's sender and recipient,
// stop 46). The address ends at the full stop; what follows is a span of its own, read as the
// model's others are, without a role noun that opens it ("Recipient"), where it holds no digit
// or a street's, a leader's or a unit's word ("Tél. 06 12 34 56 78" is a phone the readers
// find). fs is in start order, and so is the result.
func streetsAcrossSentences(text string, fs []redact.Finding) []redact.Finding {
	var out []redact.Finding
	for i, f := range fs {
		k := -1
		if f.Type == redact.StreetAddress && f.Source == redact.SourceModel {
			if e := proseAfterNumber(text, f.Start, f.End); e < f.End {
				f.End = e // (stop 61: "rue de la Paix 12 tous les jours", "Calle Mayor 12 con su mujer")
				fs[i] = f
			}
			k = sentenceInAddress(text[f.Start:f.End])
			if c := sentenceAfterAddress(text, f.Start, f.End); c > 0 && (k < 0 || c < k) {
				// the next sentence is a label's or a request's, none of the address: "14 Orchard
				// Row, Hamden CT. Overdue: 2 items", "5521 Lawton Ave. Call Marguerite 510-…" (stop 51)
				f.End = f.Start + c
				if out != nil {
					out = append(out, f)
				} else {
					fs[i] = f
				}
				continue
			}
		}
		if k < 0 {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]redact.Finding, 0, len(fs)+1), fs[:i]...)
		}
		rest := f
		rest.Start = f.Start + k + 2
		if w, e := wordAt(text, rest.Start); e < rest.End && text[e] == ' ' && foldIn(roleNouns, w) {
			rest.Start = e + 1
			if r := text[rest.Start:rest.End]; nameAfterRole(r) {
				rest.Type = redact.Person // "Complainant Brian Lane", whose family name is a street's word (stop 56)
			}
		}
		f.End = f.Start + k
		out = append(out, f)
		if r := text[rest.Start:rest.End]; !strings.ContainsAny(r, "0123456789") || anyWord(r, streetOrUnitWord) {
			out = append(out, rest) // names, or another address; not "Tél. 06 12 34 56 78", a phone the readers find
		}
	}
	if out == nil {
		return fs
	}
	return out
}

// nameLabels label a name or an address in other languages: Indonesian and Malay, Spanish,
// French, German, Dutch, Italian, Portuguese and Polish.
var nameLabels = wordSet("nama alamat nombre apellido apellidos prénom vorname nachname naam achternaam nome cognome imię nazwisko")

// fieldAbbreviations are the abbreviated labels of a form's fields: account, reference, telephone,
// mobile, date of birth.
var fieldAbbreviations = wordSet("acct acc ref tel mob dob ssn")

// abbreviatedLabelEnd reports a label's end after an abbreviated field word ending at text[end]:
// a colon, or " name", " no" or " number" and a colon (an optional full stop between): "Acct
// name:", "Acct no.:", "Tel:".
func abbreviatedLabelEnd(text string, end int) bool {
	k := end
	if k < len(text) && text[k] == '.' {
		k++
	}
	if k+1 < len(text) && text[k] == ' ' {
		if w, e := wordAt(text, k+1); w == "name" || w == "no" || w == "number" {
			k = e
			if k < len(text) && text[k] == '.' {
				k++
			}
		}
	}
	return k < len(text) && text[k] == ':'
}

// germanKin are German's words of a contact and a relation, capitalised as its nouns are.
var germanKin = wordSet("Kontakt Notfallkontakt Angehöriger Angehörige Sohn Tochter Mutter Vater Ehefrau Ehemann Bruder Schwester Partner Partnerin")

// germanKinOnly reports a span of two germanKin words or more, and those only ("Kontakt Sohn";
// "Bruder" alone is a family name as often).
func germanKinOnly(span string) bool {
	n := 0
	for w := range strings.FieldsSeq(span) {
		if !germanKin[w] {
			return false
		}
		n++
	}
	return n >= 2
}

// firstPersons are "I" and "we" in other languages, which open a declaration before the name
// ("Ich, Katharina Bergmann", "Je soussigné"); those that are also names (Io, Du, Ella) are
// left out.
var firstPersons = wordSet("ich je jag jeg ik minä wir nous moi yo")

// residenceWords say where one lives, before the address, in French, German, Spanish, Italian,
// Portuguese and English: "domiciliée 14 avenue Jean Jaurès", "wohnhaft Hauptstraße 5".
var residenceWords = wordSet("domicilié domiciliée domiciliés domiciliées demeurant demeurante résidant résidante wohnhaft " +
	"domiciliado domiciliada residente residenti morador moradora residing " +
	// and French's "I live", "lives" before the number (stop 57: "j'habite 12 rue des Lilas")
	"j'habite j’habite habite habitent habitons")

// sentenceInAddress returns where span's first sentence ends, at the full stop after a country,
// a state or a postcode (and the town after it) that a space and a capital follow, or before a
// role noun that opens the next sentence after a digit of the address (roleOpens), or -1.
func sentenceInAddress(span string) int {
	digit := strings.IndexAny(span, "0123456789")
	for k := strings.Index(span, ". "); k > 0; {
		if r, _ := utf8.DecodeRuneInString(span[k+2:]); unicode.IsUpper(r) {
			w := span[strings.LastIndexAny(span[:k], " ,\n")+1 : k]
			if n := utf8.RuneCountInString(w); n >= 3 && (embeddedClass(w)&(gCountry|gState) != 0 || countryWord(w)) || n >= 4 && postcodeEnds(span[:k]) ||
				digit >= 0 && digit < k && roleOpens(span[k+2:]) {
				// (a town's abbreviated word is no sentence's end: "ΤΚ 24814 Αγ. Νικόλαος")
				return k
			}
		}
		n := strings.Index(span[k+2:], ". ")
		if n < 0 {
			break
		}
		k += 2 + n
	}
	return -1
}

// nameAfterRole reports a name after a role noun: two or three capitalised words with no digit, the
// first a given name of the lists.
func nameAfterRole(r string) bool {
	ws := strings.Fields(r)
	return len(ws) >= 2 && len(ws) <= 3 && everyWordUpper(r) && !strings.ContainsAny(r, "0123456789,") &&
		(givenSet()[ws[0]] || listedGiven()[ws[0]] || fakerEnglishGiven()[ws[0]])
}

// roleOpens reports a role noun and a space opening s, the next sentence's subject after an
// address ("… Apt. 964. Complainant Kimberly Koch, DOB …", stop 56).
func roleOpens(s string) bool {
	w, _, ok := strings.Cut(s, " ")
	return ok && foldIn(roleNouns, w)
}

// sentenceAfterAddress returns where a model's street address span should end, at a full stop
// after which a sentence opens with a label's word and its colon or with a request to get in
// touch ("Overdue:", "Call", "Text", "Email"), or 0; the span is text[start:end], and the
// label's colon may stand after it.
func sentenceAfterAddress(text string, start, end int) int {
	span := text[start:end]
	for k := strings.Index(span, ". "); k > 0; {
		w, e := wordAt(text, start+k+2)
		if w != "" && startsUpper(w) && (e < len(text) && text[e] == ':' || foldIn(contactRequests, w)) {
			return k
		}
		n := strings.Index(span[k+2:], ". ")
		if n < 0 {
			break
		}
		k += 2 + n
	}
	return 0
}

// contactRequests open a sentence that asks the reader to get in touch, after an address.
var contactRequests = wordSet("call text email phone contact ring dial message")

// clauseDigits counts the digits of s up to its first comma.
func clauseDigits(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] != ','; i++ {
		if isDigitByte(s[i]) {
			n++
		}
	}
	return n
}

// digitRun reports n digits or more in a row in s.
func digitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// postcodeEnds reports that s ends in a postcode: four digits or more (with a ZIP+4's dashed
// four), a UK postcode's inward part ("6XE"), or one of those and a capitalised word, the town
// written after it ("75007 Paris").
func postcodeEnds(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	code := func(w string) bool {
		if len(w) == 3 && isDigitByte(w[0]) && isUpperASCII(w[1]) && isUpperASCII(w[2]) {
			return true // "NW1 6XE"
		}
		digits := 0
		for i := 0; i < len(w); i++ {
			switch {
			case isDigitByte(w[i]):
				digits++
			case w[i] == '-' && digits >= 4:
			default:
				return false
			}
		}
		return digits >= 4
	}
	last := words[len(words)-1]
	if len(words) >= 3 && startsUpper(last) && len(words[len(words)-2]) == 2 && len(words[len(words)-3]) == 3 &&
		isDigits(words[len(words)-2]) && isDigits(words[len(words)-3]) {
		return true // Sweden's, Czechia's, Slovakia's and Greece's postcode of three and two digits and the town: "411 19 Göteborg" (stop 46)
	}
	return code(last) || len(words) >= 2 && code(words[len(words)-2]) && startsUpper(last)
}

// addressTrailers are the words of time, courtesy and sequence that chat writes right after an
// address ("… 18096 now", "… Krombeke please", "… 28901 hoy"), in English and the languages of
// Western Europe, and English's verbs after an address that is a clause's subject; no address
// ends with one.
var addressTrailers = wordSet("now today tomorrow tonight yesterday soon later please pls plz thanks thx asap again too also instead anyway then thereafter " +
	"was were is are has had will would " + // "The house at 902 North Elm, Wichita, Kansas was sold" (stop 55)
	"hoy mañana ahora gracias demain maintenant merci heute morgen jetzt danke bitte oggi domani adesso grazie hoje amanhã agora obrigado obrigada vandaag nu bedankt")

// lowerWord reports one word of lower-case letters only.
func lowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// nameWordsOnly reports words written as names are, none a word of places or organisations, no
// organisation's or place's word the gazetteers know.
func nameWordsOnly(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !nameLike(w) || foldIn(placeAndOrgWords, w) || embeddedClass(w)&(gOrg|gOrgSuffix|gStreet|gCity|gState|gCountry) != 0 {
			return false
		}
	}
	return true
}

// birthPhrase reports a word of birth (birthWords) and the article or preposition of a date
// after it, in lower case, the date's first digits after them or not: "né le", "née le 12",
// "nata il", "geboren am", "born on".
func birthPhrase(span string) bool {
	w, rest, ok := strings.Cut(span, " ")
	if !ok || !birthWords[w] {
		return false
	}
	link, date, _ := strings.Cut(rest, " ")
	return birthLinks[link] && (date == "" || isDigitByte(date[0])) // (the model's span may hold the date's first part: "né le 12")
}

var birthLinks = wordSet("le il el em am on in a à en")

// birthWordBefore reports a word of birth and a space right before text[start] ("nata" before "il").
func birthWordBefore(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	k := start - 1
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && start-k < 12 {
		k--
	}
	return birthWords[text[k:start-1]]
}

// nameLikeWords reports words that are each written as a name is, one or more.
func nameLikeWords(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if !nameLike(w) {
			return false
		}
		n++
	}
	return n > 0
}

// titleBefore reports whether a title and a space stand right before text[start] ("Ms. ").
func titleBefore(text string, start int) bool {
	return isTitle(asciiWordBefore(text, start, true))
}

// numberAfterMark reports a full stop or a colon at text[end] and a number after it: a digit,
// a plus or a bracket, past blanks.
func numberAfterMark(text string, end int) bool {
	if end >= len(text) || text[end] != '.' && text[end] != ':' {
		return false
	}
	k := skipBlanks(text, end+1)
	return k < len(text) && strings.IndexByte("0123456789+(", text[k]) >= 0
}

// identifierHead returns where a model's address begins after a first part that is an
// identifier and at most two words of its label before the comma ("C.F. RMNGLI85M41H501U, Via
// del Corso 120"): eight letters and digits or more, both among them or digits alone after
// their label ("OIB 69435151530, Ilica 242"), and no street's word. It returns 0 for any other
// address.
func identifierHead(span string) int {
	c := strings.Index(span, ", ")
	if c <= 0 || c+2 >= len(span) || strings.Count(span[:c], " ") > 2 {
		return 0
	}
	id := span[strings.LastIndexByte(span[:c], ' ')+1 : c]
	letters, digits := 0, 0
	for i := 0; i < len(id); i++ {
		switch b := id[i]; {
		case isDigitByte(b):
			digits++
		case isLetterASCII(b):
			letters++
		default:
			return 0
		}
	}
	if digits == 0 || len(id) < 8 || letters == 0 && len(id) == c {
		return 0 // digits alone need their label before them: "OIB 69435151530, Ilica 242" (stop 54)
	}
	if anyWord(span[:c], streetOrUnitWord) {
		return 0
	}
	return c + 2
}

// proseAfterNumber returns where a model's street at text[start:end] ends when the words after
// its last number are the sentence's, not the address's (stop 61: the model had read "Calle
// Mayor 12 con su mujer" and "rue de la Paix 12 tous les jours" to the sentence's end): the
// number's end, where every word after it is in lower case and none a street's, a leader's or a
// unit's word, on a line not written all in lower case, as chat writes an address ("at 12 main
// street"), with a capital before the number; end otherwise.
func proseAfterNumber(text string, start, end int) int {
	span := text[start:end]
	d := strings.LastIndexAny(span, "0123456789")
	if d < 0 {
		return end
	}
	n := d + 1
	for n < len(span) && span[n] != ' ' {
		n++ // the number's letter or flat ("12B", "14/3")
	}
	tail := span[n:]
	if strings.TrimSpace(tail) == "" || strings.ContainsAny(tail, ",\n\t") || !strings.ContainsFunc(span[:n], unicode.IsUpper) {
		return end // (no capital before: no street's name, but a date's or a measure's words, which other rules read whole: "el 15 de diciembre", "32 wks")
	}
	for w := range strings.FieldsSeq(tail) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || streetOrUnitWord(w) {
			return end // (a capital of any script: "113 60 Άμφισσα" ends in its town)
		}
	}
	if lineCaseAt(text, start) == 'l' {
		return end
	}
	return start + n
}

// streetOrUnitWord reports a word of a street's kind, a street's abbreviated leader or a unit
// ("Street", "vul.", "Apt."): an address's word.
func streetOrUnitWord(w string) bool {
	return redact.IsStreetWord(w) || redact.IsAbbreviatedLeader(w) || foldIn(unitWords, strings.TrimSuffix(w, "."))
}

// anyWord reports whether is holds for a word of s, split at white space.
func anyWord(s string, is func(string) bool) bool {
	for w := range strings.FieldsSeq(s) {
		if is(w) {
			return true
		}
	}
	return false
}

// nameAfterRoleTitle returns where the name begins in text[start:end] that opens with a role's
// noun and a title ("Mieter Herr Konstantin Petrović", "Vermieterin Frau Gül Demir"), or start:
// two name words at least after the title.
func nameAfterRoleTitle(text string, start, end int) int {
	k := strings.IndexByte(text[start:end], ' ')
	if k <= 0 || k > 14 || start+k+2 >= end || !isUpperASCII(text[start+k+1]) {
		return start // (told by the second word's first byte, before any lookup)
	}
	if w := text[start : start+k]; !germanRoles[w] && !foldIn(roleNouns, w) {
		return start
	}
	if p := AfterTitles(text, start+k+1, end); p > start+k+1 && strings.IndexByte(text[p:end], ' ') > 0 && nameWordsOnly(text[p:end]) {
		return p
	}
	return start
}

// germanRoles are German's nouns of a party to a lease, a sale or a treatment, which stand before
// a title and a name in a form ("Mieter Herr Konstantin Petrović", "Vermieterin Frau Gül Demir").
var germanRoles = wordSet("Mieter Mieterin Vermieter Vermieterin Käufer Käuferin Verkäufer Verkäuferin Kunde Kundin Patient Patientin Versicherter Versicherte Auftraggeber Auftraggeberin Antragsteller Antragstellerin")

// particleFamily reports a span of one or two name particles in lower case and one capitalised
// word ("van den Berg", "de Vries"): a family name, no business or place. Not Portuguese "da" and
// "dos", which Brazil's sole traders open with ("da Mota - EI").
func particleFamily(span string) bool {
	if span == "" || span[0] < 'a' || span[0] > 'z' {
		return false // (most spans: told by the first byte, without reading the words)
	}
	n, last := 0, ""
	for w := range strings.FieldsSeq(span) {
		if n++; n > 3 {
			return false
		}
		if last != "" && (!nameParticles[last] || last == "la" || last == "le" || last == "el" || last == "al" || last == "da" || last == "dos") {
			return false // "la Défense", "el Prat": an article before a place; "da Mota - EI", Brazil's sole traders, named after their owners
		}
		last = w
	}
	return n >= 2 && startsUpper(last)
}

// titlesOnly reports a span of two words or more, each a title ("Frau Dr", "Mr. Dr.").
func titlesOnly(span string) bool {
	k := strings.IndexByte(span, ' ')
	if k <= 0 || len(span) > 24 {
		return false
	}
	for w := range strings.FieldsSeq(span) {
		if !isTitle(w) {
			return false
		}
	}
	return true
}

// particlesBefore returns where one or two name particles in lower case right before start
// begin ("de ", "van der "), or start.
func particlesBefore(text string, start int) int {
	p := start
	for n := 0; n < 2; n++ {
		if p < 3 || text[p-1] != ' ' {
			break
		}
		ws := p - 1 // the particle's start: at most five letters in lower case before the space
		for ws > 0 && p-1-ws < 6 && text[ws-1] >= 'a' && text[ws-1] <= 'z' {
			ws--
		}
		if ws == p-1 || p-1-ws > 5 || ws > 0 && text[ws-1] != ' ' || !nameParticles[text[ws:p-1]] {
			break
		}
		p = ws
	}
	return p
}

// particleTail extends a name ending at end over a particle-joined family name after it
// ("Ahmed al-Rashid", "Ludwig van Beethoven", "Siobhán Ní Bhriain"), which models often leave
// out, being lower case or a short word.
func particleTail(text string, end int) int {
	if end+1 >= len(text) || text[end] != ' ' {
		return end
	}
	if k := strings.LastIndexByte(text[max(0, end-6):end], ' '); k >= 0 && particleWord(text[max(0, end-6)+k+1:end]) {
		at := end + 1
		for _, t := range []string{"'t ", "’t "} { // Dutch's article after van and in: "Maxim van 't Erve"
			if strings.HasPrefix(text[at:], t) {
				at += len(t)
			}
		}
		if next, e := wordAt(text, at); nameLike(next) {
			return e // the model stopped after the particle: "Maria Clara dela" of "Maria Clara dela Cruz"
		}
	}
	if k := strings.LastIndexByte(text[max(0, end-5):end], ' '); k >= 0 && capitalParticles[text[max(0, end-5)+k+1:end]] {
		if next, e := wordAt(text, end+1); nameLike(next) || capitals(next) && capsNameLike(next) {
			return e // the model stopped at the particle: "Siobhán Ní", "FIONNUALA NÍ" (stop 53)
		}
	}
	if w, j := wordAt(text, end+1); capitalParticles[w] {
		if j+1 < len(text) && text[j] == ' ' {
			if next, e := wordAt(text, j+1); nameLike(next) || capitals(w) && capitals(next) && capsNameLike(next) {
				return e // "Siobhán Ní Bhriain", "FIONNUALA NÍ BHRIAIN"
			}
		}
		return end
	}
	if w, j := wordAt(text, end+1); latinArabicParticles[w] && j+1 < len(text) && text[j] == ' ' {
		// the Maghreb's and the Levant's "El", "Al", "Ben", "Ait" before a family name the model
		// left out (stop 48: "Name: Fatima Zahra El Amrani | Age: 91" had sent "El Amrani"
		// upstream): a word written as a name that is no word of English or the dictionary, nor a
		// place ("Quinto Al Mare", "Maria El Paso" stay)
		if next, e := wordAt(text, j+1); nameLike(next) && !englishWord(next) && !dictionaryWord(next) && embeddedClass(next)&(gCity|gState|gCountry|gOrg|gStreet) == 0 &&
			embeddedClass(text[end+1:e])&(gCity|gState|gCountry|gOrg|gStreet) == 0 {
			return e
		}
	}
	if r, _ := utf8.DecodeRuneInString(text[end+1:]); !unicode.IsLower(r) {
		return capsParticleTail(text, end)
	}
	if e := nameWords(text, end+1); e > end+1 {
		if k := strings.LastIndexByte(text[end+1:e], ' '); k >= 0 && embeddedClass(text[end+2+k:e])&(gCity|gState|gCountry) != 0 {
			return end // "Giulia Bianchi di Torino": where she is from, not her name
		}
		return e
	}
	return end
}

// particleWord reports a particle of a name in lower case or, as Belgium and the Netherlands'
// family names write it, capitalised ("Dirk Van Goethem", "Pieter De Clercq"; stop 36).
func particleWord(w string) bool {
	if nameParticles[w] {
		return true
	}
	switch w {
	case "Van", "Von", "De", "Der", "Den", "Del", "Della", "Di", "Da", "Dos", "Du", "La", "Le", "Ter", "Ten", "Dela", "Delos", "Delas", "Te": // and the Philippines' and Māori ("Cristina Dela Cruz-Santos", "Aroha Te Whare"; stop 47)
		return true // not Al, El or Ben, which open places' names as often ("Quinto Al Mare")
	}
	return false
}

// capsParticleTail is particleTail for a name in capitals, where the particles are in capitals too
// ("NATHAN DA CUNHA", "MARIA DE LA CRUZ", "JAN VAN DER BERG"): one or two particles after the
// name's last word in capitals, or the model's stop after them, and one word in capitals after
// them that is a family name of the lists or no word of the dictionary (not "ANA DE ACUERDO").
func capsParticleTail(text string, end int) int {
	last := wordEndingAt(text, end)
	if !capitals(last) {
		return end
	}
	e := end
	// Spanish's articles after "DE" are particles here too: "MARIA DE LOS ANGELES" (stop 47)
	particle := func(w string) bool { return nameParticles[strings.ToLower(w)] || w == "LOS" || w == "LAS" }
	stopped := false // the model stopped after the particles
	if particle(last) {
		e = end - len(last) - 1 // the model stopped after the particles: "MARIA DE LA"
		if e <= 0 {
			return end // the text opens with the particle: "AL 89441-0980"
		}
		if before := wordEndingAt(text, e); text[e] == ' ' && nameParticles[strings.ToLower(before)] && capitals(before) {
			e -= len(before) + 1
		}
		if e <= 0 || text[e] != ' ' {
			return end
		}
		stopped = true
	}
	particles := 0
	for particles < 3 && e+1 < len(text) && text[e] == ' ' {
		w, we := wordAt(text, e+1)
		if !capitals(w) || !particle(w) {
			break
		}
		e, particles = we, particles+1
	}
	if particles == 0 || particles > 2 || e+1 >= len(text) || text[e] != ' ' {
		return end
	}
	w, we := wordAt(text, e+1)
	if !capitals(w) || utf8.RuneCountInString(w) < 2 || nameParticles[strings.ToLower(w)] {
		return end
	}
	if t := titleWord(w); !familySet()[t] && !foldIn(handleFamily(), w) && (dictionaryWord(w) || englishWord(t)) &&
		(!stopped || foldIn(formLineWords, w) || foldIn(labelWords, w)) { // a word after the particles the model stopped at is the name's: "ANGELES"
		return end
	}
	return max(end, we)
}

// wordEndingAt returns the letters (and hyphens) that end at text[end], or "".
func wordEndingAt(text string, end int) string {
	k := end
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		k -= size
	}
	return text[k:end]
}

// patronymHead moves the start of a name that opens with a patronym's particle left over the
// capitalised word before it, its given name: the model read "binti Hassan" of "Nur binti Hassan".
func patronymHead(text string, start int) int {
	if w, _ := wordAt(text, start); !patronyms[w] {
		return start
	}
	if w, k := wordBefore(text, start); nameLike(w) {
		return k
	}
	return start
}

// initials moves a name's start left over the initials before it: "J. R. R. " or "J.R.R. ".
func initials(text string, start int) int {
	for {
		k := start
		if k > 0 && text[k-1] == ' ' {
			k--
		}
		if k < 2 || text[k-1] != '.' || !isUpperASCII(text[k-2]) || k > 2 && isLetterASCII(text[k-3]) {
			return start
		}
		if text[k-2] == 'V' && k >= 5 && text[k-3] == ' ' && isLetterASCII(text[k-4]) && isLetterASCII(text[k-5]) {
			return start // a caption's "versus" after a party's word: "ACME CORP V. KEISHA BRANTLEY" (stop 54)
		}
		start = k - 2
	}
}

func isUpperASCII(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLetterASCII(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigitByte(c byte) bool   { return c >= '0' && c <= '9' }

// additions adds findings to fs, findings of one text in order, where none of those it held at
// the start lies: the three passes over the whole text (propagate, namesAfterKin,
// groupsInContext) read the text in order, so one cursor over fs serves each.
type additions struct {
	fs   []redact.Finding
	n, k int // how many findings fs held at the start; fs[k] the first that may end after the span read
}

func newAdditions(fs []redact.Finding) *additions { return &additions{fs: fs, n: len(fs)} }

// overlap returns the first finding held at the start that overlaps [start, end), or nil; spans
// must be asked about in order.
func (a *additions) overlap(start, end int) *redact.Finding {
	for a.k < a.n && a.fs[a.k].End <= start {
		a.k++
	}
	if a.k < a.n && a.fs[a.k].Start < end {
		return &a.fs[a.k]
	}
	return nil
}

// twoOverlap reports that a second finding held at the start overlaps [start, end), after the
// one overlap returned.
func (a *additions) twoOverlap(start, end int) bool {
	return a.k+1 < a.n && a.fs[a.k+1].Start < end && a.fs[a.k+1].End > start
}

// add appends f, which overlap found free.
func (a *additions) add(f redact.Finding) { a.fs = append(a.fs, f) }

// done returns the findings, in order.
func (a *additions) done() []redact.Finding {
	if len(a.fs) > a.n {
		sortFindings(a.fs)
	}
	return a.fs
}

// nameLike reports a word written as a name is: capitalised with lower-case letters, two letters
// or more, and not a common word, a title, a month or a weekday ("Keane", not "Will" or "Monday").
func nameLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || !hasLower(w) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	c := foldClass(w) // one lookup for the four sets; isTitle's own only for a word with a period
	title := len(w) <= 12 && (w[len(w)-1] == '.' && isTitle(w) || w[len(w)-1] != '.' && c&wTitle != 0)
	return c&(wCommon|wMonth|wWeekday) == 0 && !title
}

// The classes of wordClasses: a word of commonSet, titles, monthNames or weekdaySet.
const (
	wCommon = 1 << iota
	wTitle
	wMonth
	wWeekday
)

// wordClasses holds in one map the classes of the words of the sets nameLike and isTitle read,
// which they looked up one set at a time: the commonest lookups of the span rules (stop 31).
var wordClasses = classMap(nil, classSet{commonSet, wCommon}, classSet{titles, wTitle}, classSet{monthNames, wMonth}, classSet{weekdaySet, wWeekday})

// classSet is a set of words and the class a class map gives them.
type classSet struct {
	words map[string]bool
	class uint8
}

// classMap holds in one map the classes of the words of sets, a word of several sets with
// their classes together, its keys written by key (as they are when nil): one lookup where a rule
// asked one set after another.
func classMap(key func(string) string, sets ...classSet) map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range sets {
		for w := range set.words {
			if key != nil {
				w = key(w)
			}
			m[w] |= set.class
		}
	}
	return m
}

// foldClass is foldIn for wordClasses: the classes of w, looked up in lower case.
func foldClass(w string) uint8 { return foldGet(wordClasses, w) }

// sortFindings orders findings by start.
func sortFindings(fs []redact.Finding) {
	slices.SortStableFunc(fs, func(a, b redact.Finding) int { return a.Start - b.Start })
}

// commonSet holds commonWords for lookups.
var commonSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range commonWords {
		m[w] = true
	}
	return m
}()

// propagate finds again, elsewhere in text, the names of people the model found (fs, in order):
// the same words written the same way are the same person, and a name masked in one sentence
// must not show in the next because the model read that sentence differently. The names are
// those of two words or more, and their family and given names alone ("Ana Okafor … Okafor
// agreed", "… Thanks, Ana"); a name of one word is left to the model, as are single words that
// are not written as names are (nameLike: Will, May; DEBUG, NOTSET: constants, in code). Places
// and organisations are not propagated: in pasted code and logs the model's mistakes on them
// repeat. code reports the spans that the code-identifier rule drops (cmd.Stdin), which are not
// added either. all are the text's tokens.
func propagate(text string, all []Token, fs []redact.Finding, code func(span string) bool) []redact.Finding {
	return propagateFrom(text, all, fs, nil, code)
}

// propagateClaimed finds again the names that the person rules (claimNames and those around it)
// found after propagate ran, which it could not carry (stop 35: "Customer admin (Renée Castonguay,
// rcastonguay@…) … Asked Renée to update it", where only the display name's rule had found the
// name): a person of fs whose bounds before (personBounds, in start order) does not hold.
func propagateClaimed(text string, all []Token, before [][2]int, fs []redact.Finding, code func(span string) bool) []redact.Finding {
	k := 0
	fresh := func(f redact.Finding) bool {
		for k < len(before) && before[k][0] < f.Start {
			k++
		}
		for j := k; j < len(before) && before[j][0] == f.Start; j++ {
			if before[j][1] == f.End {
				return false
			}
		}
		return true
	}
	return propagateFrom(text, all, fs, fresh, code)
}

// personBounds appends to dst the bounds of the persons of fs of more than one word.
func personBounds(dst [][2]int, fs []redact.Finding) [][2]int {
	for _, f := range fs {
		if f.Type == redact.Person && f.End-f.Start > 3 {
			dst = append(dst, [2]int{f.Start, f.End})
		}
	}
	return dst
}

// propagateFrom is propagate over the persons of fs that from accepts (all when from is nil),
// called in start order.
func propagateFrom(text string, all []Token, fs []redact.Finding, from func(redact.Finding) bool, code func(span string) bool) []redact.Finding {
	type phrase struct {
		words []string
		f     redact.Finding
	}
	var byFirst map[string][]phrase // made when a name of two words or more is found
	var capsRun lazyTest            // whether text writes a word in capitals
	put := func(words []string, f redact.Finding) {
		if byFirst == nil {
			byFirst = make(map[string][]phrase, 8)
		}
		for _, p := range byFirst[words[0]] {
			if slices.Equal(p.words, words) {
				return // the same name again
			}
		}
		byFirst[words[0]] = append(byFirst[words[0]], phrase{words, f})
	}
	add := func(words []string, f redact.Finding) {
		// the name in the other case too: a caption's or a party's name in capitals and the same
		// name in a sentence (stop 35: "MARCUS VELLACOTT; … Defendant Vellacott's demurrer",
		// "HOST (Bex Taraldsen) … BEX: So you grew up"); a word in capitals alone only so
		var other []string
		if capitals(words[0]) || capsRun.of(capsRunIn, text) {
			other = otherCase(words) // (a name in mixed case has another only where the text writes words in capitals)
		}
		if len(words) == 1 {
			w := words[0]
			if capitals(w) && other != nil {
				w = other[0]
			}
			if !nameLike(w) || utf8.RuneCountInString(w) < 3 || f.Score < 0.7 {
				return
			}
			if capitals(words[0]) {
				put(other, f)
				return
			}
		}
		put(words, f)
		if other != nil {
			put(other, f)
		}
	}
	var toks []Token
	var all0 []string // every name's words, one backing array
	for _, f := range fs {
		if f.Type != redact.Person || !strings.ContainsRune(text[f.Start:f.End], ' ') || from != nil && !from(f) {
			continue // a name of one word is left to the model
		}
		toks = Tokenize(text[f.Start:f.End], toks[:0])
		if len(toks) < 2 {
			continue
		}
		at := len(all0)
		for _, t := range toks {
			all0 = append(all0, text[f.Start+t.Start:f.Start+t.End])
		}
		words := all0[at:len(all0):len(all0)]
		add(words, f)
		if last := words[len(words)-1]; !strings.HasSuffix(last, ".") {
			add(words[len(words)-1:], f)
		}
		if first := words[0]; !strings.HasSuffix(first, ".") && !isTitle(first) {
			add(words[:1], f) // the given name alone, as a signature writes it: "- Priyanka"
		}
	}
	if len(byFirst) == 0 {
		return fs
	}
	a := newAdditions(fs)
	for i := 0; i < len(all); i++ {
		for _, p := range byFirst[text[all[i].Start:all[i].End]] {
			last := i + len(p.words) - 1
			if last >= len(all) || !matches(text, all[i:last+1], p.words) {
				continue
			}
			start, end := all[i].Start, all[last].End
			if g := a.overlap(start, end); g != nil || code(text[start:end]) {
				if g != nil && g.Start == start && g.End == end && g.Source == redact.SourceModel && g.Score < p.f.Score && p.f.Score >= 0.7 &&
					(g.Type == redact.Person && g.Score < 0.5 || (g.Type == redact.Location || g.Type == redact.Organization) && g.Score < 0.7 ||
						g.Type == redact.Organization && g.Score < 0.9 && len(p.words) == 1 && givenOnly(p.words[0]) && embeddedClass(p.words[0])&(gOrg|gOrgSuffix) == 0 && orgKind(p.words[0]) == 0) &&
					!code(text[start:end]) {
					// the same words the model doubted below the line it reports at, or read as a place or a
					// business it was unsure of: the person's ("Marie Nelson reports to Nelson", where it
					// read a place at 0.54); a given name no list knows as a business's, below 0.9 ("Employee:
					// Gustavo Pereira. … Gustavo exceeded targets", a business at 0.76: stop 50)
					g.Type, g.Score = redact.Person, p.f.Score
				}
				continue // found already, or overlapping what was; or a code identifier here
			}
			a.add(redact.Finding{Type: p.f.Type, Start: start, End: end, Score: p.f.Score, Source: p.f.Source})
			i = last
			break
		}
	}
	return a.done()
}

// capsRunIn reports three capital letters of ASCII in a row in text: a word in capitals.
func capsRunIn(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' {
			if n++; n == 3 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// otherCase returns words written in capitals in title case, each part of a hyphened word
// capitalised ("BRANTLEY-NWOSU" → "Brantley-Nwosu"), or words written in mixed case in capitals;
// nil for words of both kinds, or of neither.
func otherCase(words []string) []string {
	caps, mixed := 0, 0
	for _, w := range words {
		switch {
		case capitals(w):
			caps++
		case hasLower(w) && startsUpper(w):
			mixed++
		}
	}
	var out []string
	switch {
	case caps == len(words):
		out = make([]string, len(words))
		for k, w := range words {
			b := []byte(strings.ToLower(w))
			for at := 0; at < len(b); {
				r, size := utf8.DecodeRune(b[at:])
				if u := unicode.ToUpper(r); (at == 0 || b[at-1] == '-') && utf8.RuneLen(u) == size {
					utf8.EncodeRune(b[at:], u)
				}
				at += size
			}
			out[k] = string(b)
		}
	case mixed == len(words):
		out = make([]string, len(words))
		for k, w := range words {
			out[k] = strings.ToUpper(w)
		}
	}
	return out
}

// matches reports whether the tokens read words, one for one.
func matches(text string, toks []Token, words []string) bool {
	for k, t := range toks {
		if text[t.Start:t.End] != words[k] {
			return false
		}
	}
	return true
}

// nrpSet holds nrpTerms, and personNouns the words after a nationality, religion or group that
// say it is a person's: "an American citizen", "a Hispanic patient", "of Korean descent".
var (
	nrpSet = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range slices.Concat(nrpTerms, demonymAdjectives, demonymPairs) {
			m[w] = true
		}
		return m
	}()
	personNouns = map[string]bool{"citizen": true, "citizens": true, "national": true, "nationals": true, "man": true, "men": true, "woman": true, "women": true,
		"boy": true, "girl": true, "patient": true, "patients": true, "people": true, "person": true, "family": true, "families": true, "friend": true, "friends": true,
		"student": true, "students": true, "immigrant": true, "immigrants": true, "descent": true, "origin": true, "heritage": true, "background": true, "ancestry": true,
		"community": true, "neighbor": true, "neighbour": true, "colleague": true, "coworker": true, "worker": true, "workers": true, "guy": true, "lady": true,
		"child": true, "children": true, "kid": true, "parents": true, "father": true, "mother": true, "husband": true, "wife": true, "partner": true, "girlfriend": true,
		"boyfriend": true, "grandmother": true, "grandfather": true, "employee": true, "resident": true, "residents": true, "refugee": true, "refugees": true,
		"passport": true, "passports": true, "citizenship": true, "nationality": true, "roots": true, "ancestors": true, "grandparents": true,
		"voter": true, "voters": true, "supporter": true, "supporters": true, "activist": true, "activists": true, "expat": true, "expats": true,
		// people by their work or their part (stop 30): "two Filipino nurses", "a Nigerian applicant"
		"nurse": true, "nurses": true, "doctor": true, "doctors": true, "engineer": true, "engineers": true, "driver": true, "drivers": true,
		"tourist": true, "tourists": true, "visitor": true, "visitors": true, "applicant": true, "applicants": true, "candidate": true,
		"candidates": true, "client": true, "clients": true, "customer": true, "customers": true, "tenant": true, "tenants": true,
		"caregiver": true, "caregivers": true, "nanny": true, "couple": true, "teenager": true, "teenagers": true, "migrant": true,
		"migrants": true, "asylum": true, "seeker": true, "seekers": true, "pensioner": true, "pensioners": true,
		// and a biography's trades (stop 62: "is an American painter", the model's organisation at 0.41)
		"painter": true, "artist": true, "writer": true, "author": true, "actor": true, "actress": true, "singer": true, "musician": true,
		"poet": true, "novelist": true, "journalist": true, "photographer": true, "architect": true, "composer": true, "filmmaker": true,
		"politician": true, "athlete": true, "footballer": true, "entrepreneur": true, "businessman": true, "businesswoman": true,
		// and a nation's missions, which its people visit ("the Kenyan embassy", stop 62)
		"embassy": true, "embassies": true, "consulate": true, "consulates": true}
	beVerbs = map[string]bool{"is": true, "am": true, "are": true, "was": true, "were": true, "i'm": true, "he's": true, "she's": true, "i’m": true, "he’s": true, "she’s": true}
)

// groupsInContext finds the nationalities, religions and political groups (NRP) that the text
// says are a person's and that no finding covers yet: one followed by a word for a person or a
// people ("an American citizen", "a Hispanic patient", "of Korean descent"), or one that a verb
// gives to someone and that closes the clause ("she is Catholic.", "He's Korean, and", "is he
// Nigerian or Ghanaian?"); a word for members of a nation, which needs no context ("Kenyans",
// "a Frenchman", "two Poles"), or for one member after an article ("a Pole", "an Arab who");
// and the value of a label ("nationality: Polish", "Ethnicity: Hmong"). Nationalities elsewhere
// ("Chinese food", "American Express") are left to the model.
func groupsInContext(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	a := newAdditions(fs)
	add := func(typ string, start, end int, retype bool) {
		if g := a.overlap(start, end); g != nil {
			// a weak guess of another type ("of Korean descent": a place?), or the model's person
			// or place over a word for a people ("Kenyans"), becomes the group
			if g.Start == start && g.End == end && (g.Score < groupScore || retype && g.Source == redact.SourceModel && modelTyped(g.Type)) {
				g.Type, g.Score = typ, max(g.Score, groupScore)
			}
			return
		}
		a.add(redact.Finding{Type: typ, Start: start, End: end, Score: groupScore, Source: redact.SourceModel})
	}
	groupAt := func(i int) (last int, ok bool) { // the group of one or two words at token i
		if i+1 < len(toks) && !toks[i+1].NewlineBefore && nrpFirstWords[word(i)] && nrpSet[text[toks[i].Start:toks[i+1].End]] && toks[i+1].Start == toks[i].End+1 { // South African
			return i + 1, true
		}
		return i, (nrpSet[word(i)] || hyphenGroups(word(i))) && !foldIn(specialTerms, word(i))
	}
	closes := func(k int) bool { return closesClause(text, toks, k) }
	given := -1 // the last token of the last group a verb gave
	for i := 0; i < len(toks); i++ {
		w := word(i)
		if key, n := groupLabel(text, toks, i); n > 0 {
			if last, ok := groupValue(text, toks, i+n, key == "race" || key == "party"); ok {
				start, end := toks[i+n].Start, toks[last].End
				// the model's span that runs from the value over a form's gap into the next field
				// ("Nationality: Omani  Passport No:", a street) ends with the value, and the label
				// makes it the group (stop 38)
				if g := a.overlap(start, end); g != nil && g.Source == redact.SourceModel && g.Start == start && g.End > end && strings.HasPrefix(text[end:], "  ") {
					g.End = end
					g.Type, g.Score = groupFields[key], max(g.Score, groupScore)
				}
				add(groupFields[key], start, end, false)
				i = last
			}
			continue
		}
		if c := w[0]; c < 'A' || c > 'Z' && c < 0x80 {
			// every group the lists hold is capitalised; chat writes one a verb gives in lower
			// case too ("im nigerian", "my wife is pakistani")
			if c >= 'a' && c <= 'z' && lowerGroupGiven(text, toks, i) {
				add("NRP", toks[i].Start, toks[i].End, false)
			}
			continue
		}
		if groupPeople[w] && !teamName(text, toks, i) {
			start := toks[i].Start
			if i > 0 && !toks[i].NewlineBefore && regionWords[word(i-1)] {
				start = toks[i-1].Start // "Native Americans"
			}
			add("NRP", start, toks[i].End, true)
			continue
		}
		if strings.HasSuffix(w, "-born") && hyphenGroups(w) {
			add("NRP", toks[i].Start, toks[i].End, true) // "Italian-born": a person's birth, whatever follows
			continue
		}
		if groupPerson[w] && i > 0 && foldIn(groupArticles, word(i-1)) && (closes(i+1) || i+1 < len(toks) && afterPerson[word(i+1)]) {
			add("NRP", toks[i].Start, toks[i].End, true)
			continue
		}
		last, isGroup := groupAt(i)
		if !isGroup {
			continue
		}
		ok := false
		if last+1 < len(toks) && foldIn(personNouns, word(last+1)) {
			ok = true
		} else if n := last + 1; n+2 < len(toks) && (word(n) == "and" || word(n) == "or") && !toks[n+1].NewlineBefore {
			// the first of two groups before the people's word: "dual Irish and American
			// citizenship" (stop 62)
			if l2, ok2 := groupAt(n + 1); ok2 && l2+1 < len(toks) && foldIn(personNouns, word(l2+1)) {
				ok = true
			}
		}
		if j := i - 1; !ok && j >= 0 {
			prev := strings.ToLower(word(j))
			if (prev == "'s" || prev == "’s") && j > 0 && toks[j].Attached {
				prev = strings.ToLower(word(j-1)) + prev // "She's Polish": the tokens "She" and "'s"
			}
			article := false
			if (prev == "a" || prev == "an") && j > 0 {
				prev, article = strings.ToLower(word(j-1)), true
			}
			byVerb := beVerbs[prev] || pronouns[prev] && j > 0 && foldIn(beVerbs, word(j-1)) || // "is he Nigerian"
				article && prev == "as" // "As an American, I"
			if prev == "the" && last == i && last+1 < len(toks) && peopleVerbs[word(last+1)] && !toks[last+1].NewlineBefore {
				ok = true // a people named by its adjective: "the Dutch are known for", "the French have"
			}
			if prev == "or" || prev == "and" {
				byVerb = given == j-1 // the second of two groups a verb gives: "is Nigerian or Ghanaian?"
			}
			next := last + 1
			if next+1 < len(toks) && (word(next) == "or" || word(next) == "and") {
				if l2, ok2 := groupAt(next + 1); ok2 && closes(l2+1) {
					next = l2 + 1 // the first of two: "Nigerian or Ghanaian?"
				}
			}
			ok = ok || byVerb && closes(next)
		}
		start, end := toks[i].Start, toks[last].End
		i = last
		if ok {
			// the model's person over a word for a people that no list gives as a given name
			// ("He's Syrian, I think", a person at 0.75) becomes the group; "He's Christian"
			// stays the model's
			add("NRP", start, end, last == i && !givenSet()[w] && !listedGiven()[w])
			given = last
		}
	}
	return a.done()
}

// groupLabelWords are the first words of groupFields' labels.
var groupLabelWords = func() map[string]bool {
	m := map[string]bool{}
	for label := range groupFields {
		first, _, _ := strings.Cut(label, " ")
		m[first] = true
	}
	return m
}()

// pronouns are the subjects a question puts after its verb: "is he Nigerian?"
var pronouns = wordSet("he she they you i we")

// lowerGroupGiven reports a nationality or group in lower case at token i that a verb gives
// and that closes the clause or goes on with "and" or "but": "i'm nigerian.", "my wife is
// pakistani", "im a ghanaian and".
func lowerGroupGiven(text string, toks []Token, i int) bool {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	j := i - 1
	if j < 0 {
		return false
	}
	if p := word(j); (p == "a" || p == "an") && j > 0 {
		j--
	}
	if !foldIn(beVerbs, word(j)) && word(j) != "im" {
		return false
	}
	if next := i + 1; !closesClause(text, toks, next) && word(next) != "and" && word(next) != "but" {
		return false
	}
	w := word(i)
	title := strings.ToUpper(w[:1]) + w[1:]
	if groupPeople[title] {
		return true
	}
	if !nrpSet[title] || foldIn(specialTerms, w) {
		return false
	}
	// a language's name needs a person before the verb: "my wife is german", not "the text is english"
	if !languages[title] || strings.ContainsAny(word(j), "'’") || word(j) == "im" {
		return true
	}
	if j == 0 {
		return false
	}
	subject := word(j - 1)
	return foldIn(pronouns, subject) || foldIn(kinNouns, subject) || foldIn(personNouns, subject) || foldIn(roleNouns, subject)
}

// closesClause reports that token k ends the text or is a mark that closes a clause, attached
// to the word before it: "she is Korean.", "He's Korean, and".
func closesClause(text string, toks []Token, k int) bool {
	return k >= len(toks) || toks[k].Attached && strings.Contains(".,;!?)", text[toks[k].Start:toks[k].End])
}

// peopleVerbs follow a nation named by its adjective as a people: "the Dutch are", "the French
// have".
var peopleVerbs = wordSet("are were have had love loved like hate eat drink speak spoke say believe think tend")

// groupArticles stand before a noun for one member of a nation: "a Pole", "the Spaniard".
var groupArticles = map[string]bool{"a": true, "an": true, "the": true, "one": true, "another": true, "as": true}

// afterPerson are the words that may follow a noun for a person: "a Pole who", "an Arab from".
var afterPerson = wordSet("who whom whose that and or from in by with living born named called like was is had has married")

// modelTyped reports the types the model gives a word for a people by mistake.
func modelTyped(typ string) bool {
	return typ == redact.Person || typ == redact.Location || typ == "ORGANIZATION"
}

// teamName reports a word for a people inside a name: after a capitalised word that does not
// open its sentence ("Kansas City Royals", "Montreal Canadiens"; "the Cleveland Guardians"), or
// before one ("Americans United").
func teamName(text string, toks []Token, i int) bool {
	if i+1 < len(toks) && !toks[i+1].NewlineBefore && !toks[i+1].Attached && startsUpper(text[toks[i+1].Start:toks[i+1].End]) {
		return true
	}
	if i == 0 || toks[i].NewlineBefore {
		return false
	}
	prev := text[toks[i-1].Start:toks[i-1].End]
	if !startsUpper(prev) || regionWords[prev] {
		return false
	}
	// a capitalised word opening a sentence is no name's first word: "Today Kenyans vote"
	return !(i == 1 || toks[i-1].NewlineBefore || strings.Contains(".!?", text[toks[i-2].Start:toks[i-2].End]))
}

// regionWords may stand before a word for a people in its own right: "North Americans", "Native
// Americans", "Latin Americans".
var regionWords = wordSet("North South East West Central Latin Native Black White Northern Southern Eastern Western")

// startsUpper reports a word that begins with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// groupLabel reports a label of a group's field at token i ("Nationality", "ethnic origin") and
// its colon: its key in groupFields, in lower case, and how many tokens the label and colon take;
// 0 when none.
// The label opens its line or follows a mark, so "data race: ..." is none.
func groupLabel(text string, toks []Token, i int) (string, int) {
	colonAt := func(k int) bool { return k < len(toks) && toks[k].End-toks[k].Start == 1 && text[toks[k].Start] == ':' }
	if !colonAt(i+1) && !colonAt(i+2) {
		return "", 0 // told before any word is looked up
	}
	if i > 0 && !toks[i].NewlineBefore && !strings.Contains(",;|(•-*", text[toks[i-1].Start:toks[i-1].End]) && !wideGap(text[toks[i-1].End:toks[i].Start]) {
		return "", 0 // a label opens its line, or its field after a mark or a form's gap (since stop 38)
	}
	w := text[toks[i].Start:toks[i].End]
	if !foldIn(groupLabelWords, w) {
		return "", 0
	}
	key := strings.ToLower(w)
	n := 1
	if i+1 < len(toks) && (key == "ethnic" || key == "political" || key == "party") && !toks[i+1].NewlineBefore && text[toks[i+1].Start:toks[i+1].End] != ":" {
		key += " " + strings.ToLower(text[toks[i+1].Start:toks[i+1].End])
		n = 2
	}
	if _, ok := groupFields[key]; !ok || i+n+1 >= len(toks) || text[toks[i+n].Start:toks[i+n].End] != ":" || toks[i+n+1].NewlineBefore {
		return "", 0
	}
	return key, n + 1
}

// groupValue reads a group's field value from token k: one to three words on the line, each
// capitalised or a group the lists know, up to the line's end or a mark, and no placeholder
// ("None", "N/A", "Unknown", "Other"). Under "race" (knownOnly) every word must be a group the
// lists know or a colour ("White", "Black"), since a race is also a contest.
func groupValue(text string, toks []Token, k int, knownOnly bool) (int, bool) {
	last := -1
	for j := k; j < len(toks) && j < k+3; j++ {
		if j > k && (toks[j].NewlineBefore || toks[j].Attached || wideGap(text[toks[j-1].End:toks[j].Start])) {
			break // the line's end, or a form's gap before its next field
		}
		w := text[toks[j].Start:toks[j].End]
		known := nrpSet[w] || foldIn(specialTerms, w) || groupPeople[w] || raceWords[w] || partyCodes[w]
		if !known && (knownOnly || !startsUpper(w) || !hasLower(w) || foldIn(placeholders, w) || foldIn(commonSet, w)) {
			break
		}
		last = j
	}
	if last < 0 || foldIn(groupPlaceholders, text[toks[k].Start:toks[last].End]) {
		return 0, false
	}
	return last, last+1 == len(toks) || toks[last+1].NewlineBefore || !isWordToken(text, toks[last+1]) || wideGap(text[toks[last].End:toks[last+1].Start])
}

// raceWords are the answers to a form's "race" besides the groups the lists know.
var raceWords = wordSet("White Black Mixed Multiracial Biracial")

// partyCodes are the parties a voter file writes under its "Party:" label, in its codes or in full
// (stop 48: "Party: DEM" had gone upstream); the label alone takes only these, a party being a
// celebration as often ("Party: Saturday 8pm").
var partyCodes = wordSet("DEM REP GOP LIB GRN IND UNA NPA Democrat Democratic Republican Libertarian Green Independent Labour Conservative " +
	"Reform Tory Liberal")

// groupPlaceholders are the answers to a group's field that name no group.
var groupPlaceholders = wordSet("other unknown none n/a declined prefer")

// isWordToken reports a token that is a word, not a mark.
func isWordToken(text string, t Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	return isWordRune(r)
}

// hyphenGroups reports groups joined by hyphens, or one born so: "Korean-American",
// "African-Caribbean", "Italian-born".
func hyphenGroups(w string) bool {
	if strings.IndexByte(w, '-') <= 0 {
		return false
	}
	if g, ok := strings.CutSuffix(w, "-born"); ok {
		return nrpSet[g]
	}
	for part := range strings.SplitSeq(w, "-") {
		if !nrpSet[part] {
			return false
		}
	}
	return true
}

// foldIn looks w up in a set of lower-case words, allocating nothing for ASCII words.
func foldIn(m map[string]bool, w string) bool { return foldGet(m, w) }

// foldGet looks w up in a map of lower-case words, lower-casing an ASCII word of up to 32 bytes in
// place (no allocation) and any other through strings.ToLower.
func foldGet[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// hasUpper reports whether w has an upper-case letter.
func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// hasLower reports whether w has a lower-case letter.
func hasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// nrpFirstWords are the first words of the groups of two words (South African, Sri Lankan).
var nrpFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range slices.Concat(nrpTerms, demonymPairs) {
		if first, _, two := strings.Cut(w, " "); two {
			m[first] = true
		}
	}
	return m
}()

// specialTerms are the special-category terms in lower case, which the terms recognizer finds as
// their own types.
var specialTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, terms := range redact.SpecialCategoryTerms {
		for _, t := range terms {
			m[strings.ToLower(t)] = true
		}
	}
	return m
}()

// groupScore is the score of a group found by groupsInContext.
const groupScore = 0.75

// departments are the acronyms a business writes its departments with.
var departments = wordSet("HR IT QA PR R&D")

// kinNames are the relations a family calls its members by, as if names: "Mum", "Grandpa".
var kinNames = wordSet("mum mom mommy mummy mam dad daddy grandma grandpa granny gran grandad granddad grandmother grandfather")

// kinNouns name a person by a relation, and the name often follows: "her daughter Siobhan Keane",
// "my neighbour Tom".
var kinNouns = plusWords(familyByMarriage, map[string]bool{"daughter": true, "son": true, "wife": true, "husband": true, "mother": true, "father": true, "mom": true, "mum": true,
	"dad": true, "sister": true, "brother": true, "aunt": true, "uncle": true, "cousin": true, "niece": true, "nephew": true, "grandson": true,
	"granddaughter": true, "grandmother": true, "grandfather": true, "grandma": true, "grandpa": true, "partner": true, "fiancé": true, "fiancée": true,
	"fiance": true, "fiancee": true, "spouse": true, "friend": true, "neighbor": true, "neighbour": true, "colleague": true, "coworker": true, "boss": true,
	"roommate": true, "flatmate": true, "caregiver": true, "carer": true, "guardian": true, "stepson": true, "stepdaughter": true, "boyfriend": true, "girlfriend": true,
	"baby": true, "bestie": true, "bff": true, "bro": true, "sis": true, "homie": true, "buddy": true, "pal": true, "bf": true, "gf": true, "hubby": true, "wifey": true,
	"nana": true, "gramps": true, "grammy": true, // a grandparent as a family calls one (stop 47: "pick up nana (margaret o'leary)")
	"kids": true, "children": true, "sons": true, "daughters": true, "grandkids": true, "grandchildren": true, "twins": true, // and a list of them (stop 52: "Wife Kateryna, kids Oleh (9) and Sofiia (6)")
	"ex-wife": true, "ex-husband": true, "ex-boyfriend": true, "ex-girlfriend": true, "ex-partner": true}) // and a former partner (bare "ex" only before a bracket: "ex: SelectorSocketTransport" is an example)

// familyByMarriage are relations by marriage, steps and godparents, of kinNouns and
// familyRelations both (stop 58: "for my mother-in-law Udant").
const familyByMarriage = "mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law " +
	"stepmom stepmum stepdad stepmother stepfather stepsister stepbrother godmother godfather godson goddaughter"

// plusWords returns m with each word of words in it too.
func plusWords(words string, m map[string]bool) map[string]bool {
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

// holidays name the days a children's event takes its name from ("the kids Christmas party").
var holidays = wordSet("christmas xmas easter halloween thanksgiving hanukkah diwali eid ramadan passover kwanzaa")

// formerWork are the nouns after "my ex" and an employer that make "ex" a former job's: "my ex
// Microsoft job", "my ex Initech colleague".
var formerWork = wordSet("job jobs colleague colleagues coworker coworkers co-worker boss company employer team office manager workplace client clients role position")

// pluralKin are the relations of kinNouns in the plural, before a list of names.
var pluralKin = wordSet("kids children sons daughters grandkids grandchildren twins")

// romanceKin name a person by a relation in Spanish, French, Italian and Portuguese, the name
// after a link (romanceKinLinks): "el hermano de Ainhoa", "la sœur de Marie".
var romanceKin = wordSet("hermano hermana madre padre hijo hija tío tía primo prima esposo esposa marido novio novia abuelo abuela sobrino sobrina " +
	"vecino vecina amigo amiga cuñado cuñada suegro suegra " +
	"frère sœur soeur mère père fils fille oncle tante cousin cousine mari épouse époux voisin voisine ami amie " +
	"fratello sorella figlio figlia zio zia cugino cugina marito moglie nonno nonna " +
	"irmão irmã mãe pai filho filha tio tia avó avô vizinho vizinha " +
	// colleagues (stop 37: "Mon collègue Xavier est en congé", "Mi compañero Jonatan")
	"collègue compañero compañera colega collega " + romanceChildren)

// romanceChildren are children in the plural in Italian, Spanish, French and Portuguese, before a
// list of their names (stop 63: an Italian death notice's "il marito Piero e i figli Augusto e
// Manuel", the model's "Augusto" a place at 0.37).
const romanceChildren = "figli figlie hijos hijas enfants filles filhos filhas"

// The classes of kinClasses: a relation of kinNouns, romanceKin or germanicKin.
const (
	kinEnglish = 1 << iota
	kinRomance
	kinGermanic
	kinServing
)

// kinClasses holds the three lists of relations in lower case, by class, for namesAfterKin's one
// lookup at every word.
var kinClasses = classMap(strings.ToLower, classSet{kinNouns, kinEnglish}, classSet{servingRoles, kinEnglish | kinServing},
	classSet{romanceKin, kinRomance}, classSet{germanicKin, kinGermanic})

// servingRoles name someone by the care or the service they give a writer, the name often
// after: "her nurse Trudy", "our nanny Marisol", "my tutor Dev" (stop 35). namesAfterKin reads
// them as relations.
var servingRoles = wordSet("nurse therapist tutor nanny babysitter childminder receptionist pharmacist dentist landlord landlady " +
	"lawyer attorney accountant caseworker trainer physio physiotherapist counsellor counselor midwife doula chaplain cleaner gardener")

// germanicKin name a person by a relation in German, Dutch and the Scandinavian languages, the
// given name after it (stop 35: "Ihr Sohn Leander", "mijn zus Femke", "min bror Lars").
var germanicKin = wordSet("Sohn Tochter Bruder Schwester Mutter Vater Ehemann Ehefrau Onkel Tante Neffe Nichte Enkel Enkelin Oma Opa " +
	"Freund Freundin Nachbar Nachbarin Kollege Kollegin Partnerin Cousine Schwager Schwägerin " +
	// a record's roles, a given name of the lists after them (stop 37: "Laut dem Mitarbeiter Paulina Trüb")
	"Mitarbeiter Mitarbeiterin Kunde Kundin Patientin medewerker klant " +
	"zoon dochter broer zus zuster moeder vader oom neef nicht buurman buurvrouw vriend vriendin collega " +
	"søn sønn datter bror søster mor far farbror morbror moster faster son dotter syster kusin")

// englishKinLeads stand before an English relation's word: "my son", "her partner".
var englishKinLeads = wordSet("my his her our their your the a an")

// romanceKinLinks join romanceKin to the name: "de", and its forms with an article for a name.
var romanceKinLinks = wordSet("de di da do du")

// kinCommonNames are given names that are also common words but seldom verbs or function words
// (unlike Will, May, Mark or Bill), so that capitalised after a relation they name the person:
// "Wife Grace present", "her daughter Hope".
var kinCommonNames = wordSet("Grace Hope Joy Faith Rose Lily June April Summer Autumn Dawn Ruby Daisy Iris Ivy Pearl Violet Holly Heather Jasmine")

// kinScore is the score of a name found after a relation.
const kinScore = 0.7

// namesAfterKin finds the name that follows a word for a relation ("her daughter Siobhan Keane",
// "my neighbour, Tom,"): one to three capitalised words that are not common words, titles,
// months or weekdays, where no finding is yet. The model misses names it has no evidence for in
// such places; the relation is the evidence.
func namesAfterKin(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	a := newAdditions(fs)
	for i := 0; i+1 < len(toks); i++ {
		kinWord := text[toks[i].Start:toks[i].End]
		cls := foldGet(kinClasses, kinWord) // one lookup for the three lists, at every word
		if cls == 0 && (kinWord == "me" || kinWord == "myself") && text[toks[i+1].Start:toks[i+1].End] == "(" {
			cls = kinEnglish // the writer's own name in brackets (stop 52): "Wed - me (Sofia)"
		}
		if cls == 0 && formerPartner(text, toks, i) {
			// "my ex Prisha" (stop 58): a name of the lists or a word no list knows as anything
			// else, as after a serving role ("my ex Microsoft job" is a former employer)
			w := text[toks[i+1].Start:toks[i+1].End]
			workAfter := i+2 < len(toks) && formerWork[text[toks[i+2].Start:toks[i+2].End]]
			if nameLike(w) && (listedName(w) || anyGiven(w) || onlyAName(w) && !workAfter) && embeddedClass(w)&(gOrg|gCity|gCountry) == 0 {
				cls = kinEnglish
			}
		}
		if cls == 0 || !hasLower(kinWord) {
			continue
		}
		// a Romance relation takes its link; "cousin", English and French, reads either way
		romance := cls&kinRomance != 0 && romanceKinLinks[text[toks[i+1].Start:toks[i+1].End]]
		// a word English shares with a Germanic language reads as English after an English
		// possessive or article (stop 53: "my son Chidubem has had a fever", Swedish's "son")
		englishLead := cls&kinEnglish != 0 && i > 0 && foldIn(englishKinLeads, text[toks[i-1].Start:toks[i-1].End])
		germanic := !romance && (cls&kinGermanic != 0 && !englishLead || cls&kinRomance != 0 && cls&kinEnglish == 0) // "votre fils Mathéo", "mi hijo Pablo" too
		if cls&kinServing != 0 {
			// a role's word before a name only, no word after it ("the lawyer General Counsel", "Chartered
			// accountant, Bonilla, Vasquez and Ware": a firm after a job)
			if w := text[toks[i+1].Start:toks[i+1].End]; toks[i+1].NewlineBefore || toks[i+1].Attached || !nameLike(w) ||
				!listedName(w) && !anyGiven(w) && !onlyAName(w) || (englishWord(w) || dictionaryWord(w)) && !givenSet()[w] {
				continue // a name, or a word no list knows as anything else ("her nurse Trudy")
			}
			if n := i + 2; n < len(toks) && !toks[n].NewlineBefore && !toks[n].Attached {
				if w := text[toks[n].Start:toks[n].End]; startsUpper(w) && (englishWord(w) || companyWord(w)) {
					continue // a club's or a firm's name: "the tutor Maths Club"
				}
			}
		}
		if foldIn(pluralKin, kinWord) {
			// a list of children after their plural in lower case, a name first that is no word
			// ("kids Oleh (9) and Sofiia (6)"; not "Kids Self-Defense class", "the kids Christmas party")
			if w := text[toks[i+1].Start:toks[i+1].End]; !pluralKin[kinWord] || toks[i+1].NewlineBefore || toks[i+1].Attached || !nameLike(w) || dictionaryWord(w) || englishWord(w) || foldIn(commonSet, w) || foldIn(holidays, w) {
				continue
			}
		}
		if germanic {
			// German writes every noun capitalised and puts the verb last ("weil meine Mutter
			// Krankenschwester ist"): only a given name of the lists follows as a name ("Ihr Sohn
			// Leander hat", "mijn zoon Daan", "min søster Ingrid")
			if w := text[toks[i+1].Start:toks[i+1].End]; toks[i+1].NewlineBefore || toks[i+1].Attached || !anyGiven(w) || dictionaryWord(w) {
				continue
			}
		}
		if !romance && lowerKinName(text, toks, i, a) {
			i++
			continue
		}
		k := i + 1
		sep := text[toks[k].Start:toks[k].End]
		if romance {
			// Spanish, French, Italian and Portuguese put the name after "de" (stop 34): "el
			// hermano de Ainhoa", "la sœur de Marie", "il fratello di Marco", "o irmão da Ana"
			if !romanceKinLinks[sep] || k+1 >= len(toks) || toks[k+1].NewlineBefore {
				continue
			}
			k++
		} else if (sep == "," || sep == "(" || sep == ":") && k+1 < len(toks) {
			k++
		} else if (sep == "\"" || sep == "“") && k+2 < len(toks) && toks[k+1].Attached && toks[k+2].Attached && quoteCloses(sep, text[toks[k+2].Start:toks[k+2].End]) {
			k++ // a nickname in quotes (stop 48): `mother's partner "Dazza" (Darren Pike)`
		}
		first, last := k, -1
		if k < len(toks) && wideGap(text[toks[k-1].End:toks[k].Start]) {
			continue // a form's next field after the blanks: "husband and wife  Grantee: Vikram Subramanian" (stop 48)
		}
		for ; k < len(toks) && k < first+3 && !toks[k].NewlineBefore; k++ {
			w := text[toks[k].Start:toks[k].End]
			if foldIn(legalRoles, w) {
				break // a deed's or a court's party: "wife Grantee"
			}
			if !nameLike(w) && !(k == first && kinCommonNames[w]) && !(sep == "(" && k == first && bracketedName(text, toks, k)) {
				break // a common word is a name only in brackets of its own: "Wife (Grace)"
			}
			if kin := text[toks[i].Start:toks[i].End]; startsUpper(kin) && k == first && dictionaryWord(w) && !kinCommonNames[w] &&
				!foldIn(handleGiven(), w) && !foldIn(handleFamily(), w) {
				break // a title's words: "Our Partner Program", "Friend Requests"
			}
			last = k
		}
		if last < 0 {
			continue
		}
		start, end := toks[first].Start, toks[last].End
		listed := foldIn(pluralKin, kinWord) || childrenWords[kinWord] // the first of a list of children, whose rest is read too
		i = last
		if g := a.overlap(start, end); g != nil {
			if g.Type == redact.Person && g.Start > start && g.End <= end {
				g.Start = start // the model took the family name alone: "daughter (Siobhan Keane"
			}
			if g.Type == redact.Person {
				g.Score = max(g.Score, kinScore) // the relation vouches for a name the model doubted
			} else if g.Source == redact.SourceModel && g.Score < 0.5 && g.Type != redact.StreetAddress && g.End == end && (g.Start == start || g.Start == toks[i].Start) &&
				anyGiven(text[start:toks[first].End]) {
				// and for a given name it read as a place or a firm at a guess, alone or with the
				// relation ("i figli Augusto", 0.37; "unsere Mutter Resi Seifert", a firm at 0.48)
				g.Start, g.Type, g.Score = start, redact.Person, kinScore
			}
			if g.Type == redact.Person && listed {
				i = kinListTail(text, toks, i, a)
			}
			continue
		}
		a.add(redact.Finding{Type: redact.Person, Start: start, End: end, Score: kinScore, Source: redact.SourceModel})
		if listed {
			i = kinListTail(text, toks, i, a)
		}
	}
	return a.done()
}

// conjunctionFollowers are the possessives and articles that open what follows a name and its
// "and" in the languages of spouseConjunction: "Dolores y sus hijos", "Alan oraz dzieci".
var conjunctionFollowers = wordSet("sus su ses son sa seus suas os as i il la le les el los las der die das ihre seine dzieci hans hennes")

// childrenWords are romanceChildren, whose lists of names kinListTail reads on as English's pluralKin.
var childrenWords = wordSet(romanceChildren)

// kinListTail makes a person of each name after the first of a list of children, past commas and
// the conjunction before the last ("sus hijos Eutropio y Celestino", "ses enfants Christiane et
// Véronique", "kids Oleh, Sofiia and Taras"; stop 63: the last had been left): one capitalised
// word each, a given name of the lists or a word no list knows, where nothing sure was found. It
// returns the last token read.
func kinListTail(text string, toks []Token, i int, a *additions) int {
	for k := i + 1; k+1 < len(toks) && !toks[k].NewlineBefore && !toks[k+1].NewlineBefore && !toks[k+1].Attached; k += 2 {
		sep := text[toks[k].Start:toks[k].End]
		if sep != "," && !spouseConjunction(sep) && sep != "oraz" {
			break
		}
		w := text[toks[k+1].Start:toks[k+1].End]
		if !nameLike(w) || englishWord(w) && !listedGiven()[w] || !anyGiven(w) && !unlistedName(w) || k+2 < len(toks) && !toks[k+2].NewlineBefore && !toks[k+2].Attached && startsUpper(text[toks[k+2].Start:toks[k+2].End]) {
			break
		}
		if g := a.overlap(toks[k+1].Start, toks[k+1].End); g != nil {
			if g.Type == redact.Person || g.Source == redact.SourceModel && g.Score < 0.5 && g.Type != redact.StreetAddress {
				g.Type, g.Score = redact.Person, max(g.Score, kinScore)
			}
		} else {
			a.add(redact.Finding{Type: redact.Person, Start: toks[k+1].Start, End: toks[k+1].End, Score: kinScore, Source: redact.SourceModel})
		}
		i = k + 1
		if sep != "," {
			break
		}
	}
	return i
}

// lowerKinName claims, in a text typed in lower case, the given name right after "my", "his",
// "her", "our" or "your" and the relation at toks[i] ("write a birthday message for my sister
// aurora who lives in toledo"), and a family name after it: a given name the lists know that is
// no English word, before the clause, the sentence or the text ends. What the model read there as
// a place or a business becomes the person. It reports whether it claimed one.
func lowerKinName(text string, toks []Token, i int, a *additions) bool {
	k := i + 1
	if i == 0 || k >= len(toks) || !lowerKinOwners[text[toks[i-1].Start:toks[i-1].End]] {
		return false
	}
	w := text[toks[k].Start:toks[k].End]
	if !isLowerWord(w) || !handleGiven()[w] || dictionaryWord(w) || toks[k].NewlineBefore {
		return false
	}
	last := k
	if n := k + 1; n < len(toks) && !toks[n].NewlineBefore && toks[n].Start == toks[k].End+1 {
		if f := text[toks[n].Start:toks[n].End]; isLowerWord(f) && handleFamily()[f] && !dictionaryWord(f) {
			last = n
		}
	}
	if n := last + 1; n < len(toks) && !lowerKinAfter[text[toks[n].Start:toks[n].End]] {
		return false // "my sister maria's phone", "my brother jordan river": not the name alone
	}
	start, end := toks[k].Start, toks[last].End
	if g := a.overlap(start, end); g != nil {
		if g.Start == start && g.End == end && g.Source == redact.SourceModel {
			g.Type, g.Score = redact.Person, max(g.Score, kinScore)
		}
		return true
	}
	a.add(redact.Finding{Type: redact.Person, Start: start, End: end, Score: kinScore, Source: redact.SourceModel})
	return true
}

// lowerKinOwners own a relation; lowerKinAfter may follow the name after it.
var (
	lowerKinOwners = wordSet("my his her our your their")
	lowerKinAfter  = wordSet(". , ; : ! ? ) who whose is was has had and or lives lived said says will would can could about from at in to for " +
		"just also still never always finally got went came called texted told wants wanted needs needed asked") // "my cousin darnell just got his license" (stop 46)
)

// weekdaySet are the English weekdays, which follow relations too ("my son Monday").
var weekdaySet = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// serviceRoles are the jobs of a delivery's or a ride's app before the worker's given name
// ("Courier Tomasz delivered your parcel"; stop 53).
var serviceRoles = wordSet("courier dasher shopper")

// nameOrInitials reports words written as names are or as initials ("Priya N.", "J. R. Okafor"),
// one at least a name.
func nameOrInitials(s string) bool {
	names := 0
	for w := range strings.FieldsSeq(s) {
		switch {
		case nameLike(w):
			names++
		case len(strings.TrimSuffix(w, ".")) == 1 && isUpperASCII(w[0]):
		default:
			return false
		}
	}
	return names > 0
}

// abbreviatedStreetEnders are the abbreviations of a street's kind that end no person's name.
var abbreviatedStreetEnders = wordSet("Ave Ave. Blvd Blvd. Rd Rd. Ln Ln. Hwy Hwy. Pkwy Pkwy. Ter Ter.")

// areaEnders end the names of the areas inside a town that an address names after its street:
// Vietnam's ward and commune, a township, a precinct, a subdistrict.
var areaEnders = wordSet("Ward Commune Township Precinct Subdistrict Sub-district Village Estate")

// addressGapBetween reports that text[a:b] is what stands between an address's parts: a comma
// and blanks.
func addressGapBetween(text string, a, b int) bool {
	return b-a <= 3 && a < b && strings.Trim(text[a:b], ", ") == ""
}

// twoWordsOfProse reports a span of two words, a capitalised word of English and one in lower
// case that is a word of the dictionary and no street's kind: "Direct debit", not "Harriet road"
// nor "Gareth cove", nor a town the gazetteers know before a word ("Bath spa").
func twoWordsOfProse(span string) bool {
	a, b, ok := strings.Cut(span, " ")
	if !ok || len(b) < 4 || strings.IndexByte(b, ' ') >= 0 || !startsUpper(a) || !isLowerWord(b) || !englishWord(a) && !dictionaryWord(a) { // (not "Corral y", a firm's partner and its link)
		return false
	}
	return (dictionaryWord(b) || englishWord(b)) && !redact.IsStreetWord(b) && !streetWordSet[b] && !listedName(a) && !townPrefixes[a] && embeddedClass(a)&(gCity|gState|gCountry) == 0 &&
		!modifiedPlaceNouns[b] && !landscapeWords[b]
}

// clauseOpensAt reports a line's start, or a comma's or a full stop's and a space, right before
// text[at].
func clauseOpensAt(text string, at int) bool {
	return at == 0 || text[at-1] == '\n' || at >= 2 && text[at-1] == ' ' && (text[at-2] == ',' || text[at-2] == '.')
}

// landscapeWords follow a town's name as the place around it: "Reading station", "Bath abbey".
var landscapeWords = wordSet("harbour harbor abbey cathedral valley bay beach castle bridge market hall marshes marsh hills hill lakes lake coast shore moor moors forest woods heath downs dales fields town city village")

// streetNamedAsPlace reports a place's span that names a street: capitalised words before one of
// streetEnders or a street's kind that names no place ("Sane Circle", "Blackburn
// parkway"), none a place the gazetteers know whole.
func streetNamedAsPlace(w string) bool {
	if len(w) < 6 || !startsUpper(w) || strings.ContainsAny(w, "0123456789\n") {
		return false
	}
	k := strings.LastIndexByte(w, ' ')
	if k < 0 {
		return false // (one German or Dutch word a street's suffix ends was tried, stop 62: a held-out file's streets lost their match)
	}
	last := w[k+1:]
	if !streetEnders[last] && !placeStreetKinds[last] && !(lowerStart(last) && streetEnders[titleCase(last)]) {
		return false
	}
	return embeddedClass(w)&(gCity|gState|gCountry) == 0
}

// placeStreetKinds are street's kinds besides streetEnders that name no place or region: a
// place's span that ends in one is a street ("Sane Circle"; not India's "Chowk", which the
// rules after make a person's name when the model's place held one).
var placeStreetKinds = wordSet("Drive Circle")

// personsEndingInStreets makes a street of the model's person whose last word is the abbreviation
// of a street's kind, reaching back over the street's other capitalised words and particles (stop
// 53: "CVS on Ponce de Leon Ave" had been the person "Leon Ave", "Ponce de" left upstream). fs is
// in start order, and so is the result.
func personsEndingInStreets(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person || f.Source != redact.SourceModel {
			continue
		}
		k := strings.LastIndexByte(text[f.Start:f.End], ' ')
		if k > 0 && areaEnders[text[f.Start+k+1:f.End]] && i > 0 && fs[i-1].Type == redact.StreetAddress && addressGapBetween(text, fs[i-1].End, f.Start) {
			f.Type = redact.Location // a ward or a commune after a street: "45 Nguyen Hue Blvd, Ben Nghe Ward" (stop 54)
			continue
		}
		if k < 0 || !abbreviatedStreetEnders[text[f.Start+k+1:f.End]] {
			continue
		}
		f.Type = redact.StreetAddress
		start := f.Start
		for n := 0; n < 3; n++ {
			w, ws := wordBefore(text, start)
			if w == "" || !(startsUpper(w) && !streetLeads[strings.ToLower(w)] || nameParticles[w]) || i > 0 && fs[i-1].End > ws {
				break
			}
			start = ws
		}
		for w, _ := wordAt(text, start); start < f.Start && nameParticles[w]; w, _ = wordAt(text, start) {
			start += len(w) + 1 // no particle opens it
		}
		f.Start = start
	}
	return fs
}
