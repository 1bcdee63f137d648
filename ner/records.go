package ner

import (
	"strings"
	"unicode/utf8"

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

// capsFamilyCommaGiven makes a person of a name written family name first in capitals with a
// comma, as voter files, rosters and court lists print it, where the model found nothing
// (stop 48: "Voter record: HOLLOWAY, GRETCHEN A, DOB 1961" had gone upstream whole): a family name
// that may be one (capsFamilyName), a comma, a given name the lists know in capitals, and an
// initial after it or not; or a given name in title case that the lists know or no dictionary
// does, and an initial with its period, after a family name in capitals ("Name: BRIGGS, Tyrone
// L.", whose given name the model left out). Neither word may be a place ("PARIS, FRANCE").
func capsFamilyCommaGiven(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") {
		return fs
	}
	var claims []redact.Finding
	for k := range occurrences(text, ", ") {
		fs0 := k
		for fs0 > 0 && k-fs0 < maxNameWord && (isUpperASCII(text[fs0-1]) || text[fs0-1] == '-' || text[fs0-1] == '\'') {
			fs0--
		}
		family := text[fs0:k]
		if family == "" || !isUpperASCII(family[0]) || !isLetterByte(family[len(family)-1]) || inCode(text, fs0) || !capsFamilyName(family) || fs0 > 0 && text[fs0-1] != ' ' && text[fs0-1] != '\n' && text[fs0-1] != '\t' && text[fs0-1] != ':' {
			continue
		}
		if b, _ := wordBefore(text, fs0); b != "" && startsUpper(b) {
			continue // a citation's initials after a family name ("Allen T, Wolf ER, Kerr K."), a list's full names ("EGIL NILSEN, ROAR JAKOBSEN")
		}
		given, ge := wordAt(text, k+2)
		caps := capitals(given)
		if given == "" || embeddedClass(given)&(gCity|gState|gCountry) != 0 {
			continue
		}
		titled := strings.ToUpper(given[:1]) + strings.ToLower(given[1:])
		listed := listedGiven()[titled] || givenSet()[titled]
		if caps && (!listed || utf8.RuneCountInString(given) < 2) || !caps && (!nameLike(given) || !listed && (englishWord(given) || dictionaryWord(given))) {
			continue
		}
		end := ge
		if ge+2 < len(text) && text[ge] == ' ' && isUpperASCII(text[ge+1]) && (ge+2 == len(text) || !isLetterByte(text[ge+2])) {
			end = ge + 2 // an initial: "GRETCHEN A", "Tyrone L."
		} else if !caps {
			continue // in title case only with an initial after it, as a roster writes it
		}
		if end < len(text) && isLetterByte(text[end]) {
			continue
		}
		if w, _ := wordAt(text, skipBlanks(text, end)); companyWord(w) || w == "AND" || w == "&" || strings.HasPrefix(text[end:], " & ") {
			continue // a firm's partners: "STEJSKAL, DOMINIKA LLP", "WALTERS, LEE AND ADAMS"
		}
		claims = append(claims, claim(fs0, end, shapeScore))
	}
	return claimPersons(fs, claims)
}

// namesAfterSelfIntroductions makes a person of two or three words written as names right after
// another language's "I am" in lower case (selfIntroductions) that opens its clause ("Bună ziua,
// sunt Andreea Popescu, CNP …", "Zdravo, ja sam Ivana Horvat"), where the model found nothing or
// a place or an address over them (stop 48: it had read "sunt Andreea Popescu, CNP 2850101123453"
// as an address, which the number's cut then left without a digit, and so with nothing).
func namesAfterSelfIntroductions(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for k := range occurrences(text, " ") {
		w, we := wordAt(text, k+1)
		if !selfIntroductions[w] || we >= len(text) || text[we] != ' ' {
			continue
		}
		b := k
		for b > 0 && text[b-1] == ' ' {
			b--
		}
		if p, _ := wordBefore(text, k+1); b > 0 && text[b-1] != ',' && text[b-1] != '.' && text[b-1] != '!' && text[b-1] != '\n' && p != "ja" && p != "аз" {
			continue // the clause's first word, or after "ja" and "аз", "I"
		}
		start, end, n := we+1, we+1, 0
		for at := start; n < 3; n++ {
			v, ve := wordAt(text, at)
			if v == "" || !nameLike(v) || englishWord(v) && !listedName(v) || embeddedClass(v)&(gCity|gState|gCountry|gOrg) != 0 {
				break
			}
			end = ve
			if ve+1 >= len(text) || text[ve] != ' ' {
				n++
				break
			}
			at = ve + 1
		}
		if n == 1 && soleIntroduced(text, start, end) {
			n = 2 // one name before where its writer is from or a mark (stop 63: "sono Enzo del gruppo di lettura", "soy Frida, del club")
		}
		if n < 2 || inCode(text, start) {
			continue
		}
		claims = append(claims, claim(start, end, shapeScore))
	}
	return claimPersons(fs, claims)
}

// soleIntroduced reports one name at text[start:end] after an introduction that is a given name of
// the lists or a word no list knows, before a comma, a full stop, an exclamation mark or a word
// for where its writer is from or what they belong to ("del", "della", "de", "da", "do", "din",
// "z", "van", "von", "aus").
func soleIntroduced(text string, start, end int) bool {
	if v := text[start:end]; !anyGiven(v) && !unlistedName(v) {
		return false
	}
	if end == len(text) || strings.IndexByte(",.!", text[end]) >= 0 {
		return true
	}
	if text[end] != ' ' {
		return false
	}
	w, _ := wordAt(text, end+1)
	return introducedFrom[w]
}

// introducedFrom say where someone introduced is from or what they belong to, after the name.
var introducedFrom = wordSet("del della dello dei de da do dal din z ze van von aus")

// lowerSelfIntroductions are "I am", "it's … here" and "my name is" in other languages, as chat
// writes them in lower case before a name, with the article Portuguese and Catalan put before it.
var lowerSelfIntroductions = []string{"aqui é a ", "aqui é o ", "aqui é ", "sou a ", "sou o ", "eu sou a ", "eu sou o ", "soy ", "sono ", "c'est ", "c’est ",
	"ich bin ", "hier ist ", "det är ", "jag heter ", "jeg heter ", "jeg er ", "me llamo ", "mi chiamo ", "je m'appelle ", "je m’appelle ", "ik ben ",
	"jestem ", "mi nombre es ", "meu nome é ", "il mio nome è ", "mein name ist ", "mijn naam is ", "mitt namn är "}

// lowerNamesAfterSelfIntroductions makes a person of a name in lower case after another
// language's "I am" or "my name is" in a line written in lower case (stop 50: "oi, aqui é a
// fernanda souza", "hej det är elin", "ciao sono giulia"): a given name of the lists in lower
// case that is no common word, and up to two family names of the lists or words no list knows.
func lowerNamesAfterSelfIntroductions(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for ls, le := range lineBounds(text) {
		if le-ls <= maxLineReach && lineCase(text[ls:le]) != 'l' {
			continue // a line with capitals, as most are: lineCase stops at its first such word (a
			// text's phrases looked for everywhere had cost 20 µs a 2 KB message; stop 50's review)
		}
		claims = lowerSelfIntroductionsIn(text, ls, le, fs, claims)
	}
	return claimPersons(fs, claims)
}

// lowerSelfIntroductionsIn appends to claims lowerNamesAfterSelfIntroductions' names on the line
// text[ls:le].
func lowerSelfIntroductionsIn(text string, ls, le int, fs, claims []redact.Finding) []redact.Finding {
	for _, p := range lowerSelfIntroductions {
		for k := range occurrences(text[ls:le], p) {
			if k += ls; k > 0 && isLetterByte(text[k-1]) {
				continue
			}
			start := k + len(p)
			w, e := wordAt(text, start)
			if w == "" || !lowerGiven(w) && !(lowerName(w) && inTitleCase(givenSet(), w) && !englishWord(w)) || lineCaseAt(text, start) != 'l' {
				continue
			}
			end := e
			for n := 0; n < 2 && end+1 < len(text) && text[end] == ' '; n++ {
				v, ve := wordAt(text, end+1)
				if v == "" || !listedLowerFamily(v) && !lowerRoleName(v) {
					break
				}
				end = ve
			}
			if !inCode(text, start) && onlyPersonsOver(fs, start, end, true) {
				claims = append(claims, claim(start, end, chatScore))
			}
		}
	}
	return claims
}

// namesBeforeCredentials makes a person of a family name, a comma and a given name in title case
// before a clinician's credential (stop 49: "Ordering: Farrow, Desmond MD", "Referred by
// Fairweather, Lucinda NP", "Provider: Castellanos, Iván, MD", whose family name the model had
// left out or read apart): both words written as names are, neither a place, an organisation's or
// a street's word; an initial may follow the given name ("Farrow, Desmond J. MD"). The credential
// is a degree or licence in capitals (postNominals: "MD", "DO", "NP", "PA-C", "RN") or "PhD".
func namesBeforeCredentials(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") {
		return fs
	}
	var claims []redact.Finding
	for k := range occurrences(text, ", ") {
		family := wordEndingAt(text, k)
		fs0 := k - len(family)
		if family == "" || fs0 > 0 && !strings.ContainsRune(" \n\t:", rune(text[fs0-1])) || !credentialName(family) || inCode(text, fs0) {
			continue
		}
		if b, _ := wordBefore(text, fs0); b != "" && startsUpper(b) {
			continue // a list's or a firm's names: "Smith Jones, Ana MD"
		}
		given, ge := wordAt(text, k+2)
		if !credentialName(given) {
			continue
		}
		end, at := ge, ge
		if at+3 < len(text) && text[at] == ' ' && isUpperASCII(text[at+1]) && text[at+2] == '.' {
			end, at = ge+3, ge+3 // a middle initial: "Desmond J. MD"
		}
		if at+1 < len(text) && text[at] == ',' {
			at++
		}
		if at+1 >= len(text) || text[at] != ' ' {
			continue
		}
		w, we := wordAt(text, at+1)
		if w == "PA" && strings.HasPrefix(text[we:], "-C") {
			w = "PA-C"
		}
		if !(postNominal(w) && (capitals(w) || w == "PhD")) || we < len(text) && isLetterByte(text[we]) {
			continue
		}
		if onlyPersonsOver(fs, fs0, end, false) { // (which reads from near the name: a long list of them stays linear)
			claims = append(claims, claim(fs0, end, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// credentialName reports a word of namesBeforeCredentials' names.
func credentialName(w string) bool {
	return nameLike(w) && !capitals(w) && !foldIn(placeAndOrgWords, w) && !foldIn(teamWords, w) &&
		embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet) == 0
}

// initialledNamesAfterLabels makes a person of an initial and a family name after a label of a
// role and its colon (stop 49: "Adjuster: K. Whitford", "Inspected by: T. Okonjo-Iweala (Lic.
// …)", which had gone upstream whole): one or two capital initials with their periods, a family
// name written as names are and no place's, organisation's or street's word, then the field's end
// (the line's, a comma, a bracket, a semicolon or a form's blanks). The label's last word names a
// role only a person holds (roleNouns, labelRoles, personRoles, another language's name field),
// or is "by" after an act's participle.
func initialledNamesAfterLabels(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ". ") {
		return fs
	}
	var claims []redact.Finding
	for k := range occurrences(text, ": ") {
		label := wordEndingAt(text, k)
		if label == "" || !initialLabel(text, k-len(label), label) {
			continue
		}
		start := k + 2
		at := start
		for n := 0; n < 2 && at+2 < len(text) && isUpperASCII(text[at]) && text[at+1] == '.'; n++ {
			at += 2
			if at < len(text) && text[at] == ' ' {
				at++
			}
		}
		if at == start || at > len(text) || text[at-1] != ' ' {
			continue
		}
		family, fe := wordAt(text, at)
		if !credentialName(family) || strings.HasSuffix(family, "-") {
			continue
		}
		if fe < len(text) && !(text[fe] == '\n' || text[fe] == ',' || text[fe] == ';' || text[fe] == '\r' ||
			strings.HasPrefix(text[fe:], " (") || strings.HasPrefix(text[fe:], "  ") || text[fe] == '\t' || text[fe] == '.' && (fe+1 == len(text) || text[fe+1] == ' ' || text[fe+1] == '\n')) {
			continue
		}
		if onlyPersonsOver(fs, start, fe, false) && !inCode(text, start) {
			claims = append(claims, claim(start, fe, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// initialLabel reports a label of initialledNamesAfterLabels: its word, starting at text[ls].
func initialLabel(text string, ls int, w string) bool {
	if foldIn(roleNouns, w) || foldIn(labelRoles, w) || foldIn(personRoles, w) || foldIn(foreignNameLabels, w) || foldIn(initialRoles, w) {
		return true
	}
	if strings.EqualFold(w, "by") {
		b, _ := wordBefore(text, ls)
		return foldIn(byParticiples, b)
	}
	return false
}

// initialRoles are the roles of claims, inspections and records that a form labels and fills with
// an initial and a family name: "Adjuster: K. Whitford".
var initialRoles = wordSet("adjuster inspector assessor surveyor appraiser underwriter examiner auditor officer investigator " +
	"caseworker coordinator handler reviewer approver signatory clerk registrar")

// nameIsCues introduce the whole of a name after them: "My name is Ricarda Real Torre and …".
var nameIsCues = []string{"my name is ", "My name is ", "his name is ", "her name is ", "His name is ", "Her name is ",
	"my full name is ", "My full name is ", "my name's ", "My name's "}

// namesAfterNameIs makes a person of the name after "my name is" and its like (nameIsCues), one
// to four words written as names are (particles between them) that close their clause (a mark,
// the line's or the text's end, or a word in lower case after them), where the model found a
// person opening there and stopped short ("My name is Ricarda Real Torre and", the model's
// "Ricarda"; stop 56). Words that are English too are taken after the name the model vouched
// for ("Real", "Torre").
func namesAfterNameIs(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "name") {
		return fs
	}
	var claims []redact.Finding
	for _, cue := range nameIsCues {
		j := 0 // fs[j] is the first finding that may end after the cue
		for k := range occurrences(text, cue) {
			start := k + len(cue)
			end, words := start, 0
			for p := start; words < 4; {
				w, e := wordAt(text, p)
				if w == "" || !(nameLike(w) || words > 0 && nameParticles[w]) || foldIn(placeAndOrgWords, w) {
					break
				}
				end, words = e, words+1
				if e >= len(text) || text[e] != ' ' {
					break
				}
				p = e + 1
			}
			if words < 2 || !clauseEndsAt(text, end) {
				continue
			}
			for j < len(fs) && fs[j].End <= start {
				j++
			}
			if j < len(fs) && fs[j].Type == redact.Person && fs[j].Start == start && fs[j].End < end && !otherFinding(text, fs[j+1:], fs[j].End, end) {
				claims = append(claims, claim(start, end, fs[j].Score))
			}
		}
	}
	return claimPersons(fs, claims)
}

// capsParticleNames makes a person of a name in capitals with a Dutch or German particle: a
// given name of the lists (one or two of them), the particle (VAN, VON, TEN, TER, and DER, DEN or
// DE after it) and a word in capitals, where the model found nothing or what it doubted (stop 56:
// "TICKET ESCALATED BY SENNA VAN DEN HENST." had gone upstream whole). "Senna" is also a word of
// the dictionary, which the particle outweighs.
func capsParticleNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, p := range [...]string{" VAN ", " VON ", " TEN ", " TER "} {
		for k := range occurrences(text, p) {
			w, s := wordBefore(text, k+1)
			if w == "" || !capitals(w) || !capsGiven(w) {
				continue
			}
			if w2, s2 := wordBefore(text, s); w2 != "" && capitals(w2) && capsGiven(w2) {
				s = s2 // "ANNA MARIA VAN DER BERG"
			}
			e := k + len(p)
			if w, we := wordAt(text, e); (w == "DER" || w == "DEN" || w == "DE") && we < len(text) && text[we] == ' ' {
				e = we + 1
			}
			fam, fe := wordAt(text, e)
			if fam == "" || !capsNameLike(fam) || englishWord(titleCase(fam)) {
				continue
			}
			if doubtedInside(fs, s, fe) {
				claims = append(claims, claim(s, fe, shapeScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// capsGiven reports a word in capitals that is a given name of the lists.
func capsGiven(w string) bool { return inTitleCase(listedGiven(), w) || inTitleCase(givenSet(), w) }
