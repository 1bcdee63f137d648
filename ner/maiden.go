package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Maiden names: a birth, marriage or death record, a family tree and a bank's security questions
// name a woman's family name before her marriage after a word that says so: "Ana Lima née
// Souza", and since stop 38 in capitals and after the words of other languages ("MARY SMITH
// (née JONES)", "Anna Schmidt geb. Müller", "Anna Kowalska z domu Nowak", "Ruth Baker
// (formerly Ruth Osei)"), which the model leaves, as it leaves the given name before a
// bracketed "(née …)" where nothing else names the woman ("Caoimhin (née MacGlynn)").
// maidenNames appends to claims the one or two words written as names are (capitalised or in
// capitals) after such a word, standing alone, and that given name; the word itself is left out.

// maidenWords are the words before a maiden name, in lower case: English's and French's née,
// German's geb. and geborene, Polish's z domu, Czech's and Slovak's roz. and rozená, Swedish's
// född, Italian's nata, Dutch's geboren, Spanish's de soltera; "formerly" and "born" only right
// after an opening bracket ("born in Leeds", "born 1950" are no names anyway).
var maidenWords = []string{"née", "nee", "geb.", "geborene", "z domu", "roz.", "rozená", "rozena", "född", "nata", "geboren",
	"de soltera", "formerly", "born"}

func maidenNames(text string, claims []redact.Finding) []redact.Finding {
	for _, m := range maidenWords {
		if !strings.Contains(text, m+" ") {
			continue
		}
		for k := range occurrences(text, m+" ") {
			if k > 0 && isLetterStart(text[k-1]) || k > 0 && text[k-1] == '.' {
				continue // inside a word
			}
			bracket := k > 0 && text[k-1] == '('
			if (m == "formerly" || m == "born") && !bracket {
				continue
			}
			at := k + len(m) + 1
			if e := nameWords(text, at); e > at && citedWords(text[at:e]) {
				claims = append(claims, claim(at, e, shapeScore)) // particles and all: "née van Dam"
			} else if start, end := maidenValue(text, at); end > start && capitals(text[start:end]) {
				claims = append(claims, claim(start, end, shapeScore)) // in capitals: "née JONES"
			} else {
				continue
			}
			// the given name before a bracketed "(née …)": "Vinicio (née Valero)"
			if bracket && k >= 2 && text[k-2] == ' ' {
				if a := wordStartBefore(text, k-2); a < k-2 && nameLike(text[a:k-2]) && !englishWord(text[a:k-2]) {
					claims = append(claims, claim(a, k-2, shapeScore))
				}
			}
		}
	}
	return claims
}

// maidenValue returns the bounds of one or two words written as names are from text[at], a
// family name and perhaps a second one, or a given name before it ("RUTH OSEI"); none when the
// first is a month, a weekday or a common word (a date, "born in").
func maidenValue(text string, at int) (int, int) {
	return at, wordRun(text, at, 2, func(_ int, w string) bool { return maidenWord(w) })
}

// wordRun returns where up to n words from text[at], one blank apart, end while ok holds for each
// (its place in the run and the word); at for none.
func wordRun(text string, at, n int, ok func(i int, w string) bool) int {
	end := at
	for i := 0; i < n && end < len(text); i++ {
		p := end
		if i > 0 {
			if text[end] != ' ' {
				break
			}
			p = end + 1
		}
		w, e := wordAt(text, p)
		if w == "" || !ok(i, w) {
			break
		}
		end = e
	}
	return end
}

// maidenWord reports a word written as a family name is: letters, hyphens and apostrophes,
// opening with a capital, in capitals (no common word's) or written as a name (nameLike).
func maidenWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			return false
		}
	}
	return capitals(w) && capsNameShape(w) || nameLike(w)
}

// aliasWords mark another name of the person before them: "Emily Chen (aka Em Chen)", "ROBERT
// HOLLOWAY a/k/a BOBBY H", "Jane Smith f/k/a Jane Okafor", "Priya Nair, also known as Pri",
// "Mary-Kate Smith (goes by \"Katie\")".
var aliasWords = []string{"aka ", "a.k.a. ", "a/k/a ", "f/k/a ", "n/k/a ", "also known as ", "alias ",
	// and the name one is called by (stop 52): "Mary Smith (goes by \"Katie\")"
	"goes by ", "nicknamed ", "prefers to be called ", "preferred name "}

// aliasNames makes a person of one to three words written as names are (capitalised, or in
// capitals no common word's), a quote around them or not, after a word that marks another name
// of someone, right after a person (a blank, a comma or an opening bracket between) (stop 38:
// "(aka Em Chen)" had masked Chen alone).
func aliasNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, m := range aliasWords {
		if !strings.Contains(text, m) {
			continue
		}
		for k := range occurrences(text, m) {
			if k > 0 && isLetterStart(text[k-1]) || !personBefore(text, fs, k) {
				continue
			}
			at := k + len(m)
			if at < len(text) && text[at] == '"' {
				at++
			}
			end := wordRun(text, at, 3, func(i int, w string) bool {
				return maidenWord(w) || i > 0 && len(w) == 1 && isUpperASCII(w[0]) // "BOBBY H"
			})
			if end > at {
				claims = append(claims, claim(at, end, shapeScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// personBefore reports a person of fs ending right before text[k], a blank, a comma, an opening
// bracket or a quote between.
func personBefore(text string, fs []redact.Finding, k int) bool {
	p := k
	for p > 0 && (text[p-1] == ' ' || text[p-1] == ',' || text[p-1] == '(' || text[p-1] == '"') && k-p < 4 {
		p--
	}
	for _, f := range fs {
		if f.Type == redact.Person && f.End == p {
			return true
		}
	}
	return false
}

// nicknamesBeforePersons makes a person of one capitalised word in straight or curly quotes right
// before a person the model or a rule found, as a report writes the name someone is called by
// before the family name (stop 53: `named "Bo" Jenkins` had sent "Bo" upstream): a given name of
// the lists, or a word no word list knows, of two to twelve letters.
func nicknamesBeforePersons(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "\" ") && !strings.Contains(text, "” ") {
		return fs
	}
	var claims []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Person || f.Start < 5 || text[f.Start-1] != ' ' {
			continue
		}
		q := f.Start - 1 // the closing quote ends before the blank
		var open string
		switch {
		case text[q-1] == '"':
			q, open = q-1, "\""
		case strings.HasSuffix(text[:q], "”"):
			q, open = q-len("”"), "“"
		default:
			continue
		}
		b := q
		for b > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:b])
			if !unicode.IsLetter(r) {
				break
			}
			b -= size
		}
		if !strings.HasSuffix(text[:b], open) && !(open == "“" && strings.HasSuffix(text[:b], "\"")) {
			continue
		}
		if o := b - len(open); o > 0 && !(text[o-1] == ' ' || text[o-1] == '(' || text[o-1] == '\n') {
			continue
		}
		w := text[b:q]
		if n := utf8.RuneCountInString(w); n < 2 || n > 12 || !startsUpper(w) || capitals(w) && len(w) > 2 {
			continue
		}
		if !(listedGiven()[w] || givenSet()[w]) && (englishWord(w) || dictionaryWord(w)) {
			continue // "the "Express" Jenkins"
		}
		claims = append(claims, claim(b, q, shapeScore))
	}
	return claimPersons(fs, claims)
}

// bracketedMaidenNames makes a person of a given name of the lists (two at most; or a word no list
// knows as anything but a name, where a list knows one of the family names or no list knows
// either as anything but a name), a maiden name
// in brackets and the family name after it, as class notes, obituaries and directories write a
// married woman (stop 53: "Tamsin (Whitfield) Oduya ’09 married …" had gone upstream whole, the
// model finding nothing): the bracket holds one capitalised word written as a family name is,
// and so is the word after it; neither is an English or dictionary word unless a list gives it
// as a family name. A place the model is sure of there stays, and so does any organisation.
func bracketedMaidenNames(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ") ") {
		return fs
	}
	surname := func(w string) bool {
		return familyNameLike(w) && !capitals(w) && !companyWord(w) && w != "Persero" && (familySet()[w] || !englishWord(w) && !dictionaryWord(w))
	}
	var claims []redact.Finding
	for k := range occurrences(text, ") ") {
		o := strings.LastIndexByte(text[max(0, k-maxNameWord):k], '(')
		if o < 0 {
			continue
		}
		o += max(0, k-maxNameWord)
		maiden := text[o+1 : k]
		if o >= 3 && text[o-1] == ' ' && text[o-2] == '.' && (givenSet()[maiden] || listedGiven()[maiden] || hyphenedGiven(maiden)) {
			// the given name in brackets after the initials that stand for it, the family name
			// after it (stop 54: "J.P. (Jean-Philippe) Tremblay-Côté" had left "J.P." upstream and
			// made the family name a firm)
			if family, fe := wordAt(text, k+2); familyNameLike(family) && !capitals(family) && !companyWord(family) {
				if is := initials(text, o-1); is < o-1 {
					claims = append(claims, claim(is, fe, shapeScore))
					continue
				}
			}
		}
		if !surname(maiden) || o < 2 || text[o-1] != ' ' {
			continue
		}
		family, fe := wordAt(text, k+2)
		if !surname(family) {
			continue
		}
		given, gs := wordBefore(text, o)
		if given == "" || !nameLike(given) || !(listedGiven()[given] || givenSet()[given]) && !(onlyAName(given) && (familySet()[maiden] || familySet()[family] || onlyAName(maiden) && onlyAName(family))) {
			continue
		}
		if g2, s2 := wordBefore(text, gs); g2 != "" && (listedGiven()[g2] || givenSet()[g2]) && nameLike(g2) {
			gs = s2 // "Ruth Ann (Kowalczyk) Hendricks"
		}
		sure := false
		for _, f := range fs[near(fs, gs):] {
			if f.Start >= fe {
				break
			}
			sure = sure || f.End > gs && (f.Type == redact.Location && f.Score >= 0.8 || f.Type == redact.Organization) // ("PT Hardiansyah (Persero) Tbk", a firm)
		}
		if !sure {
			claims = append(claims, claim(gs, fe, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// unknownGivenBefore makes one person of a person of two words and a capitalised word right
// before it that no list knows as anything but a name, after an English word in lower case (stop 53: "When did Tupac Amaru Huamán last visit" had left "Tupac" upstream, the model's
// person two words long). Nothing else may have been found over the word.
func unknownGivenBefore(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i, f := range fs {
		if f.Type != redact.Person || f.Score < 0.6 || strings.Count(text[f.Start:f.End], " ") != 1 || strings.ContainsAny(text[f.Start:f.End], "\n,") {
			continue
		}
		w, ws := wordBefore(text, f.Start)
		if w == "" || !onlyAName(w) || humps(w) > 0 || strings.HasSuffix(w, "ing") || !nameLikeWords(text[f.Start:f.End]) || i > 0 && fs[i-1].End > ws {
			continue // (not "PoMo Terry Fox", "Photoshopping Kerri russel")
		}
		if p, _ := wordBefore(text, ws); p == "" || !lowerStart(p) || !englishWord(p) || articlePronouns[w] {
			continue // after a capitalised word, a name of more words or a title's; at a sentence's start or in another language, a noun ("Patienten Ingegärd Karlsson", "dem Mitarbeiter Paulina Trüb")
		}
		claims = append(claims, claim(ws, f.End, f.Score))
	}
	return claimPersons(fs, claims)
}

// jointGivenNames makes a person of a given name, an initial after it or not, before "&" or
// "and" and a person of a given name, an initial or not, and a family name, as a joint return,
// an account or an invitation names a couple (stop 53: "Taxpayer: DWAYNE A & LATOYA M
// RICHARDSON" and "Dwayne A. & Latoya M. Richardson" had sent "DWAYNE A" and "Dwayne A."
// upstream): the given name one of the lists' or, before an initial, a word no list knows as
// anything but a name (in capitals too), the person after it found by
// the model or a rule, its last word a family name's.
func jointGivenNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i, f := range fs {
		if f.Type != redact.Person || f.Score < 0.5 || f.Start < 6 {
			continue
		}
		span := text[f.Start:f.End]
		if len(span) > 2 && isUpperASCII(span[0]) && span[1] == ' ' && capitals(span) {
			// the model's person opened at the middle initial: "LATOYA" + "M RICHARDSON"
			if g, gs := wordBefore(text, f.Start); g != "" && capitals(g) && capsNameLike(g) && (givenSet()[titleCase(g)] || listedGiven()[titleCase(g)] || onlyAName(titleCase(g))) {
				claims = append(claims, claim(gs, f.End, f.Score))
				f.Start, span = gs, text[gs:f.End]
			}
		}
		var conj int
		switch {
		case strings.HasSuffix(text[:f.Start], " & "):
			conj = f.Start - 3
		case strings.HasSuffix(text[:f.Start], " and "):
			conj = f.Start - 5
		default:
			continue
		}
		last := span[strings.LastIndexByte(span, ' ')+1:]
		caps := capitals(span)
		if !strings.Contains(span, " ") || caps && !capsFamilyName(last) || !caps && !familyNameLike(last) ||
			!familySet()[titleCase(last)] && (englishWord(titleCase(last)) || dictionaryWord(titleCase(last))) {
			continue // (not "The LevelDB-Go and Pebble Authors")
		}
		end := conj   // the blank before the conjunction
		at := end + 1 // where the given name's word is read back from, past an initial
		switch {
		case end >= 3 && text[end-1] == '.' && isUpperASCII(text[end-2]) && text[end-3] == ' ':
			at = end - 2 // "Dwayne A."
		case end >= 2 && isUpperASCII(text[end-1]) && text[end-2] == ' ':
			at = end - 1 // "DWAYNE A"
		}
		given, gs := wordBefore(text, at)
		if given == "" {
			continue
		}
		t := given
		if caps {
			if !capitals(given) {
				continue
			}
			t = titleCase(given)
		}
		if !(givenSet()[t] || listedGiven()[t] || onlyAName(t) && at != end+1 && humps(given) == 0) || !caps && !nameLike(given) {
			continue
		}
		if i > 0 && fs[i-1].End > gs && fs[i-1].Type != redact.Person {
			continue // found as something else
		}
		if p, _ := wordBefore(text, gs); p != "" && startsUpper(p) {
			continue // a longer name before it: "São Tomé and Príncipe Dobra"
		}
		claims = append(claims, claim(gs, end, f.Score))
	}
	return claimPersons(fs, claims)
}

// vietnameseNamesAcrossWord joins two persons one capitalised word apart where the first holds a
// Vietnamese middle name, the name written given names first (stop 53: "Student: Thi Thu Hang
// Pham" had been "Thi Thu" and "Pham", "Hang", an English word, left upstream between them).
func vietnameseNamesAcrossWord(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i := 0; i+1 < len(fs); i++ {
		a, b := fs[i], fs[i+1]
		if a.Type != redact.Person || b.Type != redact.Person || a.End+3 > b.Start || text[a.End] != ' ' || text[b.Start-1] != ' ' {
			continue
		}
		w := text[a.End+1 : b.Start-1]
		if strings.ContainsAny(w, " ,.;:\n\t") || !startsUpper(w) || utf8.RuneCountInString(w) > 8 {
			continue
		}
		middle := false
		for part := range strings.FieldsSeq(text[a.Start:a.End]) {
			middle = middle || vietMiddles[part] || part == "Thi" || part == "Van"
		}
		if middle {
			claims = append(claims, claim(a.Start, b.End, max(a.Score, b.Score)))
		}
	}
	return claimPersons(fs, claims)
}

// wordNamesAfterAnd makes a person of a given name that is a word (wordNames) or one of the lists
// and a capitalised word after it, right after a person and "and", as a list of people names its
// last (stop 54: "Keoni Kahananui and Pualani ʻAkana" had left the second upstream;
// "followed by Miracle Adeyemi and Blessing Okon" had made "Blessing" a doubted organisation and
// left "Okon" upstream); the second word no word of English unless a list gives it as a family
// name, and no third capitalised word after it ("and Grace Church Road").
func wordNamesAfterAnd(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Person || f.End+6 >= len(text) || text[f.End:f.End+5] != " and " {
			continue
		}
		a := f.End + 5
		w, e := wordAt(text, a)
		if !wordNames[w] && !((givenSet()[w] || listedGiven()[w]) && nameLike(w) && !englishWord(w)) || e+2 >= len(text) || text[e] != ' ' {
			continue
		}
		x, xe := wordAt(text, e+1)
		if bare := strings.TrimPrefix(x, "ʻ"); !nameLike(bare) || !startsUpper(bare) || capitals(bare) || englishWord(bare) && !familySet()[bare] {
			continue // (a Hawaiian family name opens with its ʻokina: "Pualani ʻAkana"; stop 54)
		}
		if xe+1 < len(text) && text[xe] == ' ' && startsUpper(text[xe+1:]) {
			continue
		}
		sure := false // a finding there the model is sure of, not a person: "and Hope Street"
		for _, g := range fs[near(fs, a):] {
			if g.Start >= xe {
				break
			}
			sure = sure || g.End > a && g.Type != redact.Person && (g.Score >= 0.5 || g.Source != redact.SourceModel)
		}
		if !sure {
			claims = append(claims, claim(a, xe, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// wordNamesBeforeFamilies makes a person of a given name that is a word (wordNames) and a family
// name after it that is none, a family name of the lists or a word no list knows, anywhere in a
// sentence (stop 55: "Hope Castellanos called twice", "We met Blessing Okon at the clinic" had
// gone upstream whole, the model reading a virtue or a flower as a word, and "Faith Okafor" had
// kept its given name): one space between the two (a table's columns are cells of their own), no
// third capitalised word on either side ("Grace Church Road", "Lake Summer Hollins" are not; a
// function word or a clause's opener may come before, "When Hope Castellanos"), the second word
// no word of English or of the dictionary, place, organisation, street, title, month or weekday,
// nor a double family name (hyphenedFirms reads those); not where the model is sure of something
// else, not in code, not in another language's prose.
func wordNamesBeforeFamilies(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	var foreign lazyTest
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 0; i+1 < len(toks); i++ {
		if c := text[toks[i].Start]; c < 'A' || c > 'Z' || toks[i+1].Start != toks[i].End+1 || toks[i+1].Attached || toks[i+1].NewlineBefore {
			continue // told by the bytes before the word is looked up
		}
		month := monthGiven[word(i)]
		if !month && !wordNames[word(i)] {
			continue
		}
		if i > 0 && !toks[i].NewlineBefore && startsUpper(word(i-1)) && !foldIn(englishFunctionWords, word(i-1)) && !foldIn(clauseOpeners, word(i-1)) {
			continue // within a run of capitals: "Lake Summer Hollins"; not after "When", "And", "Did"
		}
		x := word(i + 1)
		if !nameLike(x) || !startsUpper(x) || capitals(x) || strings.IndexByte(x, '-') >= 0 || englishWord(x) || dictionaryWord(x) || !familyWord(x) && (month || !unknownWord(x)) ||
			embeddedClass(x)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon|gTitle|gNRP) != 0 || foldIn(monthNames, x) || foldIn(weekdaySet, x) {
			continue
		}
		if k := i + 2; k < len(toks) && !toks[k].Attached && !toks[k].NewlineBefore && startsUpper(word(k)) {
			continue // "Grace Church Road"
		}
		if k := i + 2; word(i) == "Per" && (k < len(toks) && toks[k].Attached && (word(k) == "'s" || word(k) == "’s" || word(k) == ",") ||
			givenSet()[x] || listedGiven()[x]) {
			continue // "Per Johnson's request", "Per Pedro, the meeting is cancelled": Latin's "by", before a name
		}
		a, xe := toks[i].Start, toks[i+1].End
		sure := false // a finding there the model is sure of, not a person
		for _, g := range fs[near(fs, a):] {
			if g.Start >= xe {
				break
			}
			sure = sure || g.End > a && g.Type != redact.Person && (g.Score >= 0.5 || g.Source != redact.SourceModel)
		}
		if sure || inCode(text, a) || foreign.of(foreignProse, text) {
			continue
		}
		claims = append(claims, claim(a, xe, shapeScore))
	}
	return claimPersons(fs, claims)
}

// monthGiven are the months that are given names too, and Scandinavia's Per, before a family name
// of the lists only ("Please welcome April Obrien", "I spoke with Per Mårtensson", stop 56; not
// "In May Google announced", "Per our call").
var monthGiven = wordSet("April May June August Per")

// clauseOpeners open a clause or a question before its subject: "When Hope Whitaker arrives",
// "Did Faith Okafor call".
var clauseOpeners = wordSet("when if after before while since because although though once until unless whether " +
	"did does do has have had is was will can could should would and but so then yesterday today tomorrow also")

// givenInitialSpeakers makes a person of a given name of the lists and an initial with its period
// before a colon, as a chat, a transcript or a message's sender writes who speaks ("Slack DM
// from Thandeka M.: can you cover my shift", "Ana L.: running late"; stop 54: the first had gone
// upstream, the model finding nothing, and the second had lost its period), and before a list's
// comma, a bracket's close or a verb in lower case ("Ava S., Liam T.", "(Krystal B.)", "Sofía M.
// disclosed").
func givenInitialSpeakers(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for c := range occurrences(text, ".") {
		if c < 4 || c+1 >= len(text) || !isUpperASCII(text[c-1]) || text[c-2] != ' ' || !isLetterASCII(text[c-3]) && text[c-3] < 0x80 {
			continue
		}
		// what follows the initial's period: a colon (who speaks), a list's comma or semicolon, a
		// bracket's close, or a word in lower case (a verb: "Sofía M. disclosed"; stop 54)
		if a := text[c+1]; a != ':' && a != ',' && a != ';' && a != ')' && !(a == ' ' && c+2 < len(text) && (text[c+2] >= 'a' && text[c+2] <= 'z' || text[c+2] == '(')) {
			continue
		}
		e := c - 2 // the given name ends before the blank
		b := e
		for b > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:b])
			if !unicode.IsLetter(r) {
				break
			}
			b -= size
		}
		w := text[b:e]
		if b > 0 && !unicode.IsSpace(rune(text[b-1])) && text[b-1] != '(' && text[b-1] != '>' || !startsUpper(w) || capitals(w) ||
			!(givenSet()[w] || listedGiven()[w] || wordNames[w]) || isTitle(w) {
			continue
		}
		claims = append(claims, claim(b, c+1, shapeScore))
	}
	return claimPersons(fs, claims)
}

// initialsAfterMinors makes a person of a name written as its dotted initials alone (two to four
// capitals, each with its period) right after a word a court or a school uses for a minor or a
// victim it will not name ("Minor child B.T.P. (DOB 04/18/2016)", "the victim, J.R.,"; stop 54:
// they had gone upstream, and initials with a birth date identify a child).
func initialsAfterMinors(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for k := 0; k+3 < len(text); k++ {
		d := strings.IndexByte(text[k:], '.')
		if d < 0 {
			break
		}
		k += d
		b := k - 1 // the first initial, just before the first period
		if b < 2 || !isUpperASCII(text[b]) || isLetterASCII(text[b-1]) || text[b-1] == '.' {
			continue
		}
		e, n := k+1, 1
		for e+1 < len(text) && isUpperASCII(text[e]) && text[e+1] == '.' && n < 4 {
			e, n = e+2, n+1
		}
		if n < 2 || e < len(text) && isLetterASCII(text[e]) {
			k = e - 1
			continue
		}
		p := b - 1
		if text[p] == ' ' && p > 0 && text[p-1] == ',' {
			p-- // "the victim, J.R.,"
		}
		if text[p] != ' ' && text[p] != ',' {
			k = e - 1
			continue
		}
		w := text[wordStartBefore(text, p):p]
		if foldIn(minorWords, w) && !dottedAbbreviations[text[b:e]] {
			claims = append(claims, claim(b, e, shapeScore))
		}
		k = e - 1
	}
	return claimPersons(fs, claims)
}

// dottedAbbreviations are written as initials are and name no one: "the child U.S. citizen".
var dottedAbbreviations = wordSet("U.S. U.K. E.U. U.N. I.E. E.G. A.M. P.M. D.C. N.Y. L.A. B.C. A.D. R.N. M.D. P.A. N.P. U.S.A. B.A. M.A. B.S. M.S. " +
	"P.S. N.B. O.K. T.V. D.O. R.I.P. A.S.A.P. E.T.A. B.Sc. Q.C. K.C.")

// minorWords name a child or a victim a record calls by initials.
var minorWords = wordSet("child minor victim juvenile son daughter student pupil infant baby complainant youth ward")

// weekdayHeads takes a weekday's name off the start of a person of more words ("Volunteer rota:
// Monday Rachel, Tuesday Kimberly, Wednesday Rebecca Long", where a rule had read the day into
// the name after it; stop 62): a rota's day, no given name.
func weekdayHeads(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person || f.End-f.Start < 8 || strings.IndexByte("MTWFS", text[f.Start]) < 0 {
			continue
		}
		k := strings.IndexByte(text[f.Start:f.End], ' ')
		if k < 6 || k > 9 || !foldIn(weekdaySet, text[f.Start:f.Start+k]) || !startsUpper(text[f.Start+k+1:f.End]) {
			continue
		}
		f.Start += k + 1
	}
	return fs
}

// initialPeriods extends a person that ends in an initial over the initial's period, where a
// word goes on after it ("Spoke with Marisol V. about the lease" had masked "Marisol V" and left
// the period, so the same person written with it elsewhere got another token; stop 54).
func initialPeriods(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if e := f.End; f.Type == redact.Person && e-f.Start >= 3 && e+2 < len(text) && text[e] == '.' && text[e+1] == ' ' && text[e-2] == ' ' && isUpperASCII(text[e-1]) &&
			(text[e+2] >= 'a' && text[e+2] <= 'z' || text[e+2] == '(') && (i+1 == len(fs) || fs[i+1].Start > e) {
			f.End++
		}
	}
	return fs
}

// okinaTails extends a person over a family name that opens with Hawaiian's ʻokina right after
// it ("Pualani ʻAkana", "Keola ʻŌpūnui"; stop 54: the rules read the word as no capitalised one
// and left it upstream). fs is in start order, and so is the result.
func okinaTails(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " ʻ") {
		return fs
	}
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person || !strings.HasPrefix(text[f.End:], " ʻ") {
			continue
		}
		w, e := wordAt(text, f.End+1)
		if bare := strings.TrimPrefix(w, "ʻ"); bare == w || !startsUpper(bare) || i+1 < len(fs) && fs[i+1].Start < e {
			continue
		}
		f.End = e
	}
	return fs
}

// middleInitialFields makes a person of the letter a form's middle initial's field holds ("Middle
// Initial K.", "MI: J"; stop 54: it had gone upstream beside the masked first and last names).
func middleInitialFields(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, label := range [...]string{"Middle Initial", "Middle initial", "middle initial", "MIDDLE INITIAL", "MI:"} {
		for k := range occurrences(text, label) {
			if k > 0 && !unicode.IsSpace(rune(text[k-1])) && text[k-1] != '|' {
				continue
			}
			at := k + len(label)
			if at < len(text) && text[at] == ':' {
				at++
			}
			for at < len(text) && text[at] == ' ' {
				at++
			}
			if at >= len(text) || !isUpperASCII(text[at]) || at == k+len(label) {
				continue
			}
			e := at + 1
			if e < len(text) && text[e] == '.' {
				e++
			}
			if e < len(text) && !unicode.IsSpace(rune(text[e])) && text[e] != ',' && text[e] != '|' {
				continue // a word, not a letter
			}
			claims = append(claims, claim(at, e, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}
