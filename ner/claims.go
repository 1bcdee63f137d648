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

// Names that a rule claims from the shape of the text around them, whatever the model made of
// them or where it found nothing: the writer after a sign-off, a name field's value, a name
// written with initials, a record's FAMILY, GIVEN, a Korean or a Vietnamese name, names joined
// by particles or apostrophes, a list's next item, a curated given name and the word after it,
// and lower-case names in chat (chat.go); and places and addresses in their fields. Each rule
// collects its claims and merges them into the findings once (claimPersons), so that long
// texts stay linear.

// claimNames applies the rules of this file in turn: each reads what the ones before it found.
func claimNames(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	fs = namesAfterInitials(text, fs)
	fs = middleInitials(text, fs)
	fs = lowerTitledNames(text, fs)
	fs = namesBeforeRelations(text, fs)
	fs = givenCellsBeforeFamilies(text, fs)
	fs = namesAfterKinTitles(text, fs)
	fs = namesAfterSignOff(text, fs)
	fs = namesInFields(text, fs)
	fs = namesInCalls(text, fs)
	fs = namesOverContactLines(text, fs)
	fs = namesOnSignatureLines(text, fs)
	fs = namesInCitations(text, fs)
	fs = bylines(text, fs)
	fs = familyRecords(text, fs)
	fs = courtNames(text, fs)
	fs = namesOverTimestamps(text, fs)
	fs = namesOpeningActionItems(text, fs)
	fs = namesOfColleagues(text, fs)
	fs = slashSignOffs(text, fs)
	fs = namesAtOpenings(text, fs)
	fs = quotedOpeners(text, fs)
	fs = namesUnderAuthorHeadings(text, fs)
	fs = namesInBlame(text, fs)
	fs = namesInChatExports(text, fs)
	fs = namesBeforeAddresses(text, fs)
	fs = namesBeforeBirths(text, fs)
	fs = namesBeforeDOBs(text, fs)
	fs = namesBeforePlusOnes(text, fs)
	fs = familyCommaGiven(text, fs)
	fs = namesAfterRecordNumbers(text, fs)
	fs = capsFamilyCommaGiven(text, fs)
	fs = quotedFamilyCommaGiven(text, fs)
	fs = namesAfterSelfIntroductions(text, fs)
	fs = namesAfterNameIs(text, fs)
	fs = capsParticleNames(text, fs)
	fs = familyNameSlots(text, fs)
	fs = travelNames(text, fs)
	fs = identityDocumentFields(text, fs)
	fs = gapFields(text, fs)
	fs = namesBetweenLabels(text, fs)
	fs = namesBetweenBareLabels(text, fs)
	fs = namesInHeaderlessRows(text, fs)
	fs = namesInFileNames(text, fs)
	fs = aliasNames(text, fs)
	fs = nicknamesBeforePersons(text, fs)
	fs = bracketedMaidenNames(text, fs)
	fs = unknownGivenBefore(text, fs)
	fs = jointGivenNames(text, fs)
	fs = wordNamesAfterAnd(text, fs)
	fs = wordNamesBeforeFamilies(text, toks, fs)
	fs = givenInitialSpeakers(text, fs)
	fs = initialsAfterMinors(text, fs)
	fs = middleInitialFields(text, fs)
	fs = capsNamePairs(text, fs)
	fs = namesInPayments(text, fs)
	fs = spelledNames(text, fs)
	fs = koreanGiven(text, fs)
	fs = hyphenedGivenNames(text, fs)
	fs = namesWithParticles(text, toks, fs)
	fs = vietnameseNames(text, toks, fs)
	fs = namesInLists(text, fs)
	fs = namesInListItems(text, fs)
	fs = mailHeaderNames(text, fs)
	fs = namesAtTables(text, fs)
	fs = namesWithAsides(text, toks, fs)
	fs = namesAfterAttention(text, fs)
	fs = curatedGivenNames(text, toks, fs)
	fs = vietnameseNamesAcrossWord(text, fs)
	fs = namesAfterRoles(text, toks, fs)
	fs = namesInListsOf(text, fs, true) // again, after the persons the roles gave: "cc: A. Nakashima; B. Oyelowo" (stop 52)
	fs = displayNames(text, fs)
	fs = mentionedNames(text, toks, fs)
	fs = scriptNames(text, fs)
	fs = gluedTitles(text, toks, fs)
	fs = nameHandles(text, toks, fs)
	fs = bracketedNames(text, toks, fs)
	fs = namedHandles(text, toks, fs)
	fs = attributedHandles(text, handlesBeforePlatforms(text, fs))
	fs = authorLists(text, fs)
	fs = lowerNamePairs(text, toks, fs)
	fs = namesInSlots(text, toks, fs)
	fs = namesBeforePossessions(text, toks, fs)
	fs = namesIntroduced(text, toks, fs)
	fs = namesAfterNamed(text, toks, fs)
	fs = lowerNamesInBrackets(text, toks, fs)
	fs = namesBeforeJobs(text, toks, fs)
	fs = loneGivenNames(text, toks, fs)
	fs = namesAfterHonorifics(text, toks, fs)
	fs = relationMarkNames(text, fs)
	fs = indianUnitPlaces(text, fs)
	fs = nicknamedNames(text, fs)
	fs = quotedNicknames(text, fs)
	fs = namesBeforePlease(text, toks, fs)
	fs = loneNamesBeforeVerbs(text, toks, fs)
	fs = familiesNamedFirst(text, toks, familiesNamed(text, toks, fs))
	fs = noticeHeadings(text, toks, fs)
	fs = petOwners(text, fs)
	fs = namesBeforeSpouses(text, toks, fs)
	fs = partnersOfPersons(text, toks, fs)
	fs = copiedNames(text, fs)
	fs = oneNameAndI(text, toks, fs)
	fs = namesListedWithMe(text, fs)
	fs = namesOfCouples(text, fs)
	fs = namesBeforeAges(text, toks, fs)
	fs = familyFirstRecords(text, toks, fs)
	fs = namesBeforeDetails(text, toks, fs)
	fs = unknownPairs(text, toks, fs)
	fs = namesReadAsFirms(text, toks, fs)
	fs = speakerLabels(text, toks, fs)
	fs = timedSpeakers(text, fs)
	fs = namesBeforeCredentials(text, fs)
	fs = initialledNamesAfterLabels(text, fs)
	fs = namesInTranscripts(text, toks, fs)
	fs = closingAddressees(text, toks, fs)
	fs = pairsOfNames(text, toks, fs)
	fs = namesAfterNameLabels(text, toks, fs)
	fs = lowerNamesAfterSelfIntroductions(text, fs)
	return completePersons(text, namesInChat(text, toks, fs))
}

// oneNameAndI makes a person of one capitalised word that opens a sentence before "and I" or
// "and me" ("Asafe and I will be late", "Kavorin and I met at school"), where nothing was found:
// only a person makes a pair with the writer so. The word is a given name of the lists or no
// word a list knows as anything but a name ("Work and I", "Google and I" are none); not in code.
func oneNameAndI(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if !andMe(text, toks, i+1) || toks[i+1].Attached || !sentenceOpens(text, toks, i) {
			continue
		}
		w := text[t.Start:t.End]
		if !(listedGiven()[w] || onlyAName(w)) || foldIn(foreignWords, w) || !free(fs, t.Start, t.End) || inCode(text, t.Start) {
			continue
		}
		claims = append(claims, claim(t.Start, t.End, shapeScore))
	}
	return claimPersons(fs, claims)
}

// pairsOfNames makes persons of two single names that open a sentence joined by "and" before a
// verb in the plural ("Chavvi and Unnati were partnered for the science fair", "Hadassa and
// Rebeca have left"): each a given name of the lists that is no word, or a word no list knows as
// anything but a name; not words ("Salt and Pepper were added"), places or terms of code. What
// the model made of them gives way where it was not sure.
func pairsOfNames(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " and ") {
		return fs
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	name := func(w string) bool {
		return nameLike(w) && (listedGiven()[w] || givenSet()[w]) && !englishWord(w) && !dictionaryWord(w) &&
			embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet) == 0 || onlyAName(w)
	}
	var claims []redact.Finding
	for i := 0; i+3 < len(toks); i++ {
		if word(i+1) != "and" || !sentenceOpens(text, toks, i) || !pluralVerbs[word(i+3)] || toks[i+2].NewlineBefore || toks[i+3].NewlineBefore {
			continue
		}
		a, b := toks[i], toks[i+2]
		if !name(word(i)) || !name(word(i+2)) || inCode(text, a.Start) || techSuffix(word(i)) || techSuffix(word(i+2)) {
			continue
		}
		if i+4 < len(toks) && foldIn(systemDeeds, word(i+4)) {
			continue // what is done to software: "Grafana and Loki were upgraded"
		}
		if onlyPersonsOver(fs, a.Start, a.End, false) && onlyPersonsOver(fs, b.Start, b.End, false) {
			claims = append(claims, claim(a.Start, a.End, shapeScore), claim(b.Start, b.End, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// systemDeeds are what is done to software, not to people, after "were" or "are": "Grafana and
// Loki were upgraded".
var systemDeeds = wordSet("upgraded updated deployed installed uninstalled configured migrated deprecated released merged " +
	"restarted rebooted patched compiled built removed added enabled disabled integrated containerized benchmarked")

// pluralVerbs follow two people joined by "and": "Ana and Bo were late".
var pluralVerbs = wordSet("were are have had will would can could both met went came left arrived worked live lived " +
	"work say said want need")

// couples are the titles of a married couple before their family name: "Mr. and Mrs. Geisler".
var couples = []string{"mr. and mrs. ", "mr and mrs ", "Mr. and Mrs. ", "Mr and Mrs ", "MR. AND MRS. ", "MR AND MRS "}

// namesOfCouples makes a person of the family name after a couple's titles (couples), in the case
// the titles are written in: "mr. and mrs. geisler will attend", "MR AND MRS FRIIS"; one or two
// words that may be a name (with a particle between: "van der Berg"), where nothing was found.
func namesOfCouples(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "rs ") && !strings.Contains(text, "rs. ") && !strings.Contains(text, "RS ") && !strings.Contains(text, "RS. ") {
		return fs
	}
	var claims []redact.Finding
	for _, c := range couples {
		for k := range occurrences(text, c) {
			if k > 0 && isLetterStart(text[k-1]) {
				continue
			}
			start := k + len(c)
			end, at := start, start
			for n := 0; n < 3; n++ { // up to two particles, then the name: "van der berg"
				w, e := wordAt(text, at)
				if foldIn(nameParticles, w) && e < len(text) && text[e] == ' ' {
					at = e + 1
					continue
				}
				ok := false
				switch {
				case c[0] == 'm':
					ok = lowerSlotName(w) || listedLowerFamily(w)
				case c[1] == 'R':
					ok = capsSlotName(w)
				default:
					ok = familyNameLike(w) && !englishWord(w)
				}
				if w != "" && ok {
					end = e
				}
				break
			}
			if end > start && free(fs, start, end) && !inCode(text, start) {
				claims = append(claims, claim(start, end, shapeScore))
			}
		}
	}
	if len(claims) == 0 {
		return fs
	}
	sortFindings(claims)
	return claimPersons(fs, claims)
}

// listsWithMe end a list of the people the writer is with: "Meeting notes (Cecilio Aguilera
// Juliá, Duarte, Rosaura, and me)", "Ana Lima, Bo Chen and I".
var listsWithMe = []string{", and me", " and me", ", and I ", " and I ", ", and i ", " and i "}

// namesListedWithMe makes a person of each item of a list that ends with the writer (listsWithMe),
// where nothing was found: one to three words written as names are (unlistedName, or a given or
// family name of the lists; in a line in lower case, lowerSlotName), items joined by commas, at
// most five, on one line, the list opening after a bracket, a colon or a sentence's start.
// Items that are words, places or organisations end the list's reading.
func namesListedWithMe(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " and me") && !strings.Contains(text, " and I ") && !strings.Contains(text, " and i ") {
		return fs
	}
	var claims []redact.Finding
	for _, tail := range listsWithMe {
		for k := range occurrences(text, tail) {
			end := k
			lower := lineCaseAt(text, k) == 'l'
			for items := 0; items < 5 && end > 0; items++ {
				start, e, words := end, end, 0
				for words < 3 {
					a := e
					for a > 0 && !strings.ContainsRune(" ,(:\n", rune(text[a-1])) {
						a--
					}
					w := text[a:e]
					if w == "" || !listedWithMeName(w, lower) {
						break
					}
					start, words = a, words+1
					if a < 2 || text[a-1] != ' ' || text[a-2] == ',' {
						break // the item's first word: after a comma, a bracket, a colon or the line's start
					}
					e = a - 1
				}
				if words == 0 {
					break
				}
				if words == 3 && start >= 2 && text[start-1] == ' ' && text[start-2] != ',' {
					break // four words or more: a heading, not a name ("Kabremi Liavas Quintor Belmaz and I")
				}
				if free(fs, start, end) && !inCode(text, start) {
					claims = append(claims, claim(start, end, shapeScore))
				}
				if start < 2 || text[start-2:start] != ", " {
					break
				}
				end = start - 2
			}
		}
	}
	if len(claims) == 0 {
		return fs
	}
	sortFindings(claims)
	return claimPersons(fs, claims)
}

// listedWithMeName reports a word that may be part of a name in a list with the writer: in a
// line in lower case a lowerSlotName; else capitalised and no list's word but a name's (an
// unlistedName, or a given or family name of the lists), and no place or organisation.
func listedWithMeName(w string, lower bool) bool {
	if lower {
		return lowerSlotName(w)
	}
	return startsUpper(w) && (unlistedName(w) && utf8.RuneCountInString(w) > 2 || givenSet()[w] || listedGiven()[w] || familyWord(w)) &&
		!foldIn(placeAndOrgWords, w) && !nrpSet[w] && embeddedClass(w)&(gCity|gState|gCountry|gOrg|gNRP) == 0
}

// ccMarks follow the name of someone a message is copied to: "Lauretta (cc'd) will handle it".
var ccMarks = []string{" (cc'd)", " (cc’d)", " (cc)", " (CC)", " (bcc'd)", " (bcc)", " (cced)", " (cc'ed)", " (CC'D)", " (CC’D)", " (BCC)"}

// copiedNames makes a person of the one to three capitalised words before a mark of a copied
// recipient ("Else Lassen (cc'd) will handle the escalation", "Lauretta (cc'd)"), where the model
// found nothing or only part of them: words written as names are and no place, organisation,
// street or title word; one word alone a given name of the lists or no list's word at all
// ("Support (cc'd)" is none).
func copiedNames(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " (cc") && !strings.Contains(text, " (CC") && !strings.Contains(text, " (bcc") {
		return fs
	}
	var claims []redact.Finding
	for _, m := range ccMarks {
		upper, lower := capitals(m), lowerSpan(m) // a mark in capitals or lower case: the line may be so too
		for end := range occurrences(text, m) {
			line := byte(0)
			if upper || lower {
				line = lineCaseAt(text, end)
			}
			// a name written as names are, or in a line all in capitals or all in lower case one
			// of no English or dictionary word ("FARKASNÉ KOVÁCS ANITA (CC'D)", "krists (cc'd)")
			nameWord := func(w string) bool {
				return nameLike(w) || line == 'u' && capsNameLike(w) && !englishWord(w) && !dictionaryWord(w) || line == 'l' && lowerRoleName(w)
			}
			start, n := end+1, 0 // wordBefore reads the word before a space
			for n < 3 {
				w, p := wordBefore(text, start)
				if w == "" || !nameWord(w) && !(n > 0 && nameParticles[strings.ToLower(w)]) || foldIn(placeAndOrgWords, w) || isTitle(w) || embeddedClass(w)&(gOrg|gOrgSuffix|gStreet|gTitle) != 0 {
					break
				}
				start, n = p, n+1
			}
			if n == 0 {
				continue
			}
			if w := text[start:end]; n == 1 && line == 0 && !listedGiven()[w] && !(givenSet()[w] && embeddedClass(w)&(gCity|gState|gCountry) == 0) && !onlyAName(w) {
				continue
			}
			if free(fs, start, end) || weakGuessInside(fs, start, end) {
				claims = append(claims, claim(start, end, shapeScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// mentionedNames makes a person of a chat mention written with a display name: '@', a known
// given name and a capitalised word after it ("@Olafur Arnalds can you check"), which a handle
// reader takes only the first word of. The '@' stays; the name gets the token the same name
// gets elsewhere.
func mentionedNames(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 1; i+1 < len(toks); i++ {
		if word(i-1) != "@" || !toks[i].Attached || toks[i+1].Attached || toks[i+1].NewlineBefore {
			continue
		}
		if i > 1 && toks[i-1].Attached { // user@host
			continue
		}
		given, next := word(i), word(i+1)
		if !givenSet()[given] || !nameLike(given) || !familyNameLike(next) {
			continue
		}
		claims = append(claims, claim(toks[i].Start, toks[i+1].End, shapeScore))
	}
	return claimPersons(fs, claims)
}

// capsFamilyName reports a word in capitals that may be part of a name written so: capsNameLike,
// and no English word, computing term, or place, organisation or street the gazetteers know
// ("ACME WIDGETS", "IBM CORP", "NO SHOW").
func capsFamilyName(w string) bool {
	return capsNameLike(w) && !englishWord(w) && !dictionaryWord(w) && !techTerms[w] && !foldIn(placeAndOrgWords, w) &&
		embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon|gTitle|gNRP) == 0
}

// familyTails extends a person of two or three words over one more capitalised word right after
// it that the lists hold as a family name and that is no place, organisation or street, where the
// name ends there (the text's or the line's end, a mark, a word in lower case): Spanish and
// Portuguese names carry two given names and two family names, and the model stops at three
// ("I spoke with Cynthia Virginia Saiz Arriaga yesterday", "Patient: Julieta Evelia Pedrosa
// Catalá"; stop 36). Not in code, nor over another finding.
func familyTails(text string, fs []redact.Finding) []redact.Finding {
	dropped := false // a finding inside a particled family name was emptied
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person || f.End+2 >= len(text) || text[f.End] != ' ' {
			continue
		}
		if words := strings.Count(text[f.Start:f.End], " ") + 1; words < 2 || words > 3 || strings.ContainsAny(text[f.Start:f.End], "\n\t,") {
			continue
		}
		w, e := wordAt(text, f.End+1)
		if e2 := particledTail(text, w, e); e2 > 0 && !inCode(text, f.Start) {
			// "Fatima Zahra El Idrissi", "Ana Maria de Souza" (stop 45); what the model made of
			// the family name alone gives way ("Idrissi" had been a street, or a person of its own)
			j := i + 1
			for j < len(fs) && fs[j].Start < e2 && fs[j].End <= e2 {
				j++
			}
			if j == len(fs) || fs[j].Start >= e2 {
				for k := i + 1; k < j; k++ {
					fs[k].End = fs[k].Start // dropped below
				}
				f.End, dropped = e2, dropped || j > i+1
				continue
			}
		}
		// in capitals after a name in capitals too (stop 38: "ROBERT LEE HOLLOWAY a/k/a", the
		// model stopping at two words)
		caps := capitals(w) && capitals(text[f.Start:f.End]) && capsNameShape(w)
		if caps {
			w = titleCase(w)
		}
		if e == f.End+1 || i+1 < len(fs) && fs[i+1].Start < e || !startsUpper(w) || capitals(w) || !familyWord(w) || !nameLike(w) && !caps ||
			embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet) != 0 {
			continue
		}
		if e+1 < len(text) && text[e] == ' ' && !unicode.IsLower(firstRune(text[e+1:])) || e < len(text) && (text[e] == '-' || text[e] == '\'') {
			continue // more capitalised words, a number or a hyphen after it: no name's end
		}
		if inCode(text, f.Start) {
			continue
		}
		f.End = e
	}
	if dropped {
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.Start == f.End })
	}
	return fs
}

// capsFamilyBeforeGiven makes one person of a family name in capitals, a comma and the given
// name after it that the model found as a person, as registers, IDs and manifests write a name
// ("ID of HUANG, Jiahui", "We called GARCIA, Maria"): the model had read the family name as an
// organisation or nothing, and the given name alone as the person (stop 45). The word in
// capitals is one that the lists hold as a family name, or that may be one (capsFamilyName: no
// English word, place or organisation), and no place the gazetteers know; of two letters only
// one of East Asia's ("LI, Wei"; not "NY, John"). The person after the comma opens
// with a given name of the lists and has one or two words. A line written in capitals is left to
// the rules for such lines.
func capsFamilyBeforeGiven(text string, fs []redact.Finding) []redact.Finding {
	dropped := false
	for i := range fs {
		g := &fs[i]
		if g.Type != redact.Person || g.Start < 4 || text[g.Start-2:g.Start] != ", " || strings.Count(text[g.Start:g.End], " ") > 1 {
			continue
		}
		first, _ := wordAt(text, g.Start)
		if !givenSet()[first] && !listedGiven()[first] || foldIn(monthNames, first) || g.End+1 < len(text) && text[g.End] == ' ' && isDigitByte(text[g.End+1]) {
			continue // a month, a date: "PAULVILLE, Jun 2", a news story's dateline
		}
		ws := wordStartBefore(text, g.Start-2)
		w := text[ws : g.Start-2]
		if ws == g.Start-2 || len(w) < 2 || !capitals(w) || ws > 0 && !unicode.IsSpace(rune(text[ws-1])) && text[ws-1] != ':' {
			continue
		}
		if t := titleCase(w); len(w) == 2 && !familyFirst[t] || !(familyWord(t) || capsFamilyName(w)) || embeddedClass(t)&(gCity|gState|gCountry|gOrg) != 0 {
			continue
		}
		if jobTitleWords[w] || acronyms[w] {
			continue // a job's or a label's acronym before an apposition (stop 55: "Brightline Capital's CEO, Marcus Oyelaran")
		}
		if lineCaseAt(text, ws) == 'u' || inCode(text, ws) {
			continue
		}
		if i > 0 && fs[i-1].End > ws {
			p := &fs[i-1]
			if p.Start != ws || p.End != g.Start-2 || p.Source != redact.SourceModel || p.Type == redact.StreetAddress {
				continue // something else was found there
			}
			p.End, dropped = p.Start, true // the family name alone gives way, dropped below
		}
		g.Start = ws
	}
	if dropped {
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.Start == f.End })
	}
	return fs
}

// particledTail returns where a family name ends that a particle opens right after a person's
// name, the particle w ending at e: a particle of Arabic and the Maghreb capitalised ("El",
// "Ben", "Ould", "Ait") or any of nameParticles in lower case, then one capitalised word that is
// written as names are and no English word, place, organisation or street the gazetteers know,
// where the name ends (the text's or the line's end, a mark, a word in lower case). It returns
// 0 otherwise. The model stops at two or three words and leaves the family name ("Fatima Zahra El
// Idrissi" had masked "Fatima Zahra").
func particledTail(text, w string, e int) int {
	if !(capitalParticleWords[w] || nameParticles[w]) || e+2 >= len(text) || text[e] != ' ' {
		return 0
	}
	w2, e2 := wordAt(text, e+1)
	places := uint16(gCity | gState | gCountry | gOrg | gOrgSuffix | gStreet)
	if e2 == e+1 || !startsUpper(w2) || capitals(w2) || !nameLike(w2) || englishWord(w2) || foldIn(placeAndOrgWords, w2) ||
		embeddedClass(w2)&(places|gCommon) != 0 || embeddedClass(text[e-len(w):e2])&places != 0 { // not "El Paso"
		return 0
	}
	if e2+1 < len(text) && text[e2] == ' ' && !unicode.IsLower(firstRune(text[e2+1:])) || e2 < len(text) && (text[e2] == '-' || text[e2] == '\'') {
		return 0 // more capitalised words, a number or a hyphen after it: no name's end
	}
	return e2
}

// capitalParticleWords are the particles of Arabic and Maghreb names, capitalised, between a
// given name and a family name: "Fatima Zahra El Idrissi", "Mohamed Ben Salah", "Ahmed Ould
// Abdallah", "Youssef Ait Benhaddou".
var capitalParticleWords = map[string]bool{"El": true, "Al": true, "Ben": true, "Bin": true, "Ibn": true, "Bint": true, "Ould": true, "Ait": true, "Abu": true, "Abou": true}

// familyNameLike reports a word that may be the family name after a given name: written as a
// name is (nameLike: no common word, title, month or weekday), and no word of places or
// organisations, nor a place, organisation, street or common word the gazetteers know ("Lina
// Street", "Amara Bank", "Priya Tokyo").
func familyNameLike(w string) bool {
	return nameLike(w) && !foldIn(placeAndOrgWords, w) && embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon) == 0
}

// displayNames makes a person of the display name before an address in angle brackets, as mail
// headers, quoted replies and commits write it ("Olafur Arnalds <olafur@arnalds.is> wrote:",
// "From: Mei Ling Chen <…>", `"Ana Lima" <ana@…>`, "Author: bo chen <bo@chen.dev>"): one to four
// words on the line, particles between them, none a title or a word of teams or organisations
// ("Support <support@…>"). A word is capitalised as names are, or in lower case when the address
// spells it (wei li <wei.li@…>); inside quotes a family name may come first, before a comma
// (`"Li, Wei" <wei.li@…>`).
func displayNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for at := 0; at < len(text); {
		k := strings.IndexByte(text[at:], '<')
		if k < 0 {
			break
		}
		k += at
		at = k + 1
		closing := strings.IndexByte(text[k:min(len(text), k+256)], '>')
		if closing < 0 || !strings.Contains(text[k:k+closing], "@") || strings.ContainsAny(text[k:k+closing], " \n") {
			continue // no address in the brackets
		}
		address := text[k+1 : k+closing]
		end := k
		for end > 0 && text[end-1] == ' ' {
			end--
		}
		quoted := end > 0 && text[end-1] == '"'
		if quoted {
			end--
		}
		nameStart, pos, words, afterComma := end, end, 0, -1
		for words < 4 {
			j := pos
			for j > 0 && !strings.ContainsRune(" \n\t\":,;<>", rune(text[j-1])) {
				j--
			}
			if w := text[j:pos]; !displayWord(w, address, words > 0) {
				break
			}
			nameStart, words = j, words+1
			if quoted && afterComma < 0 && j > 1 && text[j-1] == ' ' && text[j-2] == ',' {
				afterComma, pos = j, j-2 // "Li, Wei": the family name before the comma
				continue
			}
			if !quoted && words == 1 && j > 1 && text[j-1] == ' ' && text[j-2] == ',' {
				// unquoted, as Outlook writes a header's party (stop 49): "From: Fairweather,
				// Lucinda <LFairweather@…>", the family name opening the value after its label
				// or after the party before it ("…>; Pham, Lan <…>")
				if fj := familyBeforeComma(text, j-2); fj >= 0 && displayWord(text[fj:j-2], address, false) {
					nameStart = fj
				}
				break
			}
			if j == 0 || text[j-1] != ' ' {
				break
			}
			pos = j - 1 // the word before, past one space
		}
		if afterComma >= 0 && (nameStart == afterComma || nameStart == 0 || text[nameStart-1] != '"') {
			nameStart = afterComma // a comma only inside quotes that the name fills
		}
		if words > 0 {
			claims = append(claims, claim(nameStart, end, displayScore))
		}
	}
	return claimPersons(fs, claims)
}

// familyBeforeComma returns the start of the one word before the comma at text[c] where it opens
// a header's value: after a label's colon or the party before it ("…>, " or "…>; "); -1
// otherwise (at a line's start, "Ana, Bo <ab@c.io>" is as often two names).
func familyBeforeComma(text string, c int) int {
	j := c
	for j > 0 && !strings.ContainsRune(" \n\t\":,;<>", rune(text[j-1])) {
		j--
	}
	if j == c {
		return -1
	}
	if j >= 2 && text[j-1] == ' ' && (text[j-2] == ':' || (text[j-2] == ',' || text[j-2] == ';') && j >= 3 && text[j-3] == '>') {
		return j
	}
	return -1
}

// displayWord reports a word that may be part of a display name before address: written as a
// name is, or in lower case and spelled in the address ("wei li <wei.li@…>"), or a particle
// after the first word read (which is the last of the name).
func displayWord(w, address string, later bool) bool {
	if w == "" || foldIn(teamWords, w) || foldIn(placeAndOrgWords, w) || isTitle(w) {
		return false
	}
	if nameLike(w) || capsNameLike(w) || later && nameParticles[w] {
		return true
	}
	return lowerWord(w) && utf8.RuneCountInString(w) >= 2 && !foldIn(commonSet, w) && strings.Contains(strings.ToLower(address), w)
}

// displayScore is the score of a display name before an address in angle brackets.
const displayScore = 0.75

// roleNouns name a person by a role, and records and messages put the name right after them:
// "customer Lars Eriksen", "patient Olafur Arnalds", "assigned to engineer Wen Zhao".
var roleNouns = wordSet("customer client patient employee member applicant tenant resident student colleague manager nurse " +
	"doctor physician surgeon driver passenger guest caller claimant beneficiary policyholder subscriber borrower buyer seller " +
	"owner landlord landlady contractor candidate interviewee witness victim suspect defendant plaintiff attorney lawyer teacher " +
	"pupil intern volunteer donor recipient cardholder sender reviewer assignee requester engineer technician agent " +
	"holder contact cc insured respondent petitioner complainant decedent traveller traveler " +
	// a jail's, a rental desk's, a pawnshop's and a county's (stop 42): "Inmate: TODD, RONALD", "pledgor: Jason Robinson"
	"inmate offender arrestee renter pledgor assessee grantee grantor registrant licensee permittee " +
	// a paper's and a thesis's people (stop 32: "Corresponding author: Leyre Salvador", where the
	// model read a place and left the given name)
	"author coauthor co-author supervisor advisor examiner " +
	// a lab's who draws the blood (stop 50: "collected by phleb T. Oyelaran")
	"phlebotomist phleb " +
	// a support order's parties (stop 51): "pay $812/month to Obligee Tanisha M. Whitfield"
	"obligor obligee " +
	// the patient and the customer in Swedish, Danish, Norwegian, Finnish, Czech, Hungarian and
	// Romanian (stop 27: "Patienten Oscar Olsson har avbokat")
	"patienten pasienten potilas pacient pacienta pacientul beteg kunden kunde asiakas klient klienten klientul ügyfél pasien " +
	// and Lithuanian's (stop 28: "Pacientas Ana Akelis atšaukė")
	"pacientas pacientė klientas klientė " +
	// an insurer's (stop 55: "Adjuster Kim Yoon-ah inspected the roof" had masked the role with the name)
	"adjuster underwriter appraiser " +
	// a loss assessor's, a firm's newcomers and referees, and a birth record's (stop 59: "The loss
	// assessor Amaia Page visited", "Emergency contact for new starter Mindy Ford:", "Name of the
	// child: Diane Bell")
	"assessor starter trainee apprentice referee child parent " +
	// an estate agent's and an adviser's, in Spanish, French, German and Dutch too (stop 61: "our
	// negotiator Aoibhinn (0114 …)", "con nuestro agente Buenaventura.")
	"negotiator agente asesor asesora conseiller conseillère berater beraterin makelaar " +
	// a pupil's parents addressed (stop 61: "Liebe Eltern von Ovidio", the model's "Liebe Eltern" a person)
	"parents eltern ouders padres genitori " +
	// the tenant, the heir, the witness and the client of French, Italian, Spanish and Portuguese
	// deeds and claims (stop 59: "L'erede Aurora Cundari, di Mattarana", "la heredera Anel Marín")
	"locataire héritière héritier témoin cliente erede paziente inquilino inquilina testimone heredera heredero testigo inquilinos herdeira herdeiro " +
	// and Dutch's (stop 59: "De patiënt Paul Devolder")
	dutchRoleWords + " " +
	// the witness in Slovak, Czech, Croatian, Slovenian and Polish (stop 61: "Svedok Nathan Janoš
	// videl auto", where the model had taken the word into the name)
	"svedok svedkyňa svědek svědkyně svjedok svjedokinja priča świadek " +
	// who minds a child, a pet or a home (stop 61: "Our babysitter Anna"; not "walker", a family
	// name too: "DEFENDANT: WALKER, SALAZAR AND MARTIN" had lost its partner)
	"sitter babysitter petsitter nanny childminder carer caregiver " +
	// an obituary's relations, in the plural too (stop 55: "Grandchildren Aiden, Brianna and Colin" had masked the word)
	"grandchildren grandchild grandson granddaughter grandsons granddaughters nephew nephews niece nieces " +
	// a practice's and a trial's staff (stop 62: "Last visit with hygienist Deirbhile.", "site
	// coordinator Vrinda notified the sponsor")
	"hygienist physio physiotherapist midwife optician coordinator " +
	// and a gym's, a driving test's and a paper's (stop 62: "with trainer Victoria", "Instructor
	// Saskia.", "Journalist Alicia Alexander of …")
	"trainer instructor journalist reporter " +
	// a ride's driver in Spanish, Portuguese, French, Swedish, Norwegian, Danish, Czech, Polish
	// and Italian (stop 63: "Tu conductor Yago está llegando", "Váš řidič Erik je na cestě")
	"conductor conductora motorista chauffeur förare sjåfør sjåføren chauffør řidič řidička kierowca autista vozač vozačica vodič vodička")

// germanRoleNouns are German's nouns of roles only a person holds, in both genders: patient,
// tenant, landlord, customer, heir, witness, buyer, seller, employee, applicant, insured.
var germanRoleNouns = wordSet("Patient Patientin Mieter Mieterin Vermieter Vermieterin Kunde Kundin Erbe Erbin Zeuge Zeugin Käufer Käuferin " +
	"Verkäufer Verkäuferin Mitarbeiter Mitarbeiterin Bewerber Bewerberin Versicherte Versicherter Versicherungsnehmer Versicherungsnehmerin Antragsteller Antragstellerin " +
	// a driver, a coach, a teacher, a carer, a technician, a colleague, a contact and an assessor
	// (stop 63: "Ihr Fahrer Jann ist unterwegs", "Der Gutachter Bruno Schmitt kommt am …")
	"Fahrer Fahrerin Trainer Trainerin Lehrer Lehrerin Betreuer Betreuerin Pfleger Pflegerin Techniker Technikerin Monteur Monteurin " +
	"Kollege Kollegin Ansprechpartner Ansprechpartnerin Gutachter Gutachterin")

// germanRoleDeterminers stand before germanRoleNouns: the articles and the possessives.
var germanRoleDeterminers = wordSet("der die den dem des Der Die Den Dem unser unsere unseren unserem unserer Unser Unsere Ihr Ihre Ihren Ihrem ihr ihre ihren ihrem sein seine seinen seinem")

// germanRoleFirst holds the first bytes of germanRoleNouns, which gate the lookup that
// namesAfterRoles makes at every capitalised word.
var germanRoleFirst = firstBytes(germanRoleNouns)

// firstBytes returns the first bytes of set's words, for a test of a word's first byte before a
// lookup of the whole word.
func firstBytes(set map[string]bool) (t [256]bool) {
	for w := range set {
		t[w[0]] = true
	}
	return t
}

// dutchRoleWords are the roles of roleNouns in Dutch, which an article or a possessive opens
// ("De patiënt Paul Devolder", "onze klant Giel Galijn").
const dutchRoleWords = "patiënt patiënte huurder huurster klant erfgenaam erfgename getuige"

// dutchRoleNouns are dutchRoleWords' set.
var dutchRoleNouns = wordSet(dutchRoleWords)

// dutchRoleDeterminers stand before dutchRoleNouns.
var dutchRoleDeterminers = wordSet("De de Het het Onze onze Uw uw")

// articledRoles holds in one map the words rolesNotNames reads at the head of every person the
// model found: germanRoleNouns, dutchRoleNouns, and the determiners before them.
var articledRoles = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(set map[string]bool, kind uint8) {
		for w := range set {
			m[w] |= kind
		}
	}
	add(germanRoleNouns, germanRole)
	add(dutchRoleNouns, dutchRole)
	add(germanRoleDeterminers, roleDeterminer)
	add(dutchRoleDeterminers, roleDeterminer)
	return m
}()

// The kinds of articledRoles' words.
const (
	germanRole uint8 = 1 << iota
	dutchRole
	roleDeterminer
)

// byParticiples name a person with "by" after them in records and reports: "reported by
// Valentim Sales", "driven by Ciríaco Cadenas", "witnessed by". Not "developed by", "powered by",
// "published by": a company's as often.
var byParticiples = wordSet("reported driven witnessed signed countersigned examined treated interviewed escorted accompanied " +
	"arrested detained assessed referred attended supervised notarized notarised " +
	// an inspection's, an audit's and a certificate's (stop 49: "Inspected by: T. Okonjo-Iweala")
	"inspected audited certified verified approved prepared " +
	// a specimen's and a dose's (stop 50): "drawn by T. Oyelaran", "administered by"
	"drawn collected administered dispensed")

// nurseCredentials are a nurse's credentials in capitals, which a chart writes before the name.
var nurseCredentials = map[string]bool{"RN": true, "LPN": true, "LVN": true, "APRN": true, "CRNA": true, "CNA": true}

// deedParties name the parties of deeds, leases, wills and pleadings, which write a comma and the
// name in capitals after them.
var deedParties = wordSet("grantor grantors grantee grantees trustor trustee mortgagor mortgagee lessor lessee assignor assignee " +
	"transferor transferee testator testatrix executor executrix plaintiff plaintiffs defendant defendants petitioner respondent " +
	"appellant appellee claimant decedent affiant borrower borrowers seller sellers buyer buyers purchaser purchasers")

// assignedTo are the verbs of labels that name a person with "to": "Assigned to:", "Addressed to:".
var assignedTo = wordSet("assigned addressed delivered forwarded escalated transferred referred sent issued")

// namesAfterRoles makes a person of two or three capitalised words after a role noun or a word
// for a relation in lower case ("customer Lars Eriksen", "her daughter Aoibheann Keane"), after
// a record's label of a role and its colon, the name in capitals too ("Patient: Zorbel
// Quintavic", "PATIENT: VACLAV DVORAK", "Emergency contact: Renrosol Nudor"), or after a role
// that opens a record's line ("Employee Tovdorith Yazarvin (…)"), where the model found nothing
// there or only part of the name: none of the words may be common, a title, or a place,
// organisation or street the gazetteers know ("customer Service Desk", "client Acme Widgets
// Ltd", "patient Boston General"), and after a label or an opening role no English word either.
func namesAfterRoles(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	k := 0 // fs[k] is the first finding that may end after the token read
	for i := 0; i+2 < len(toks); i++ {
		first := i + 1     // the name's first word
		label := false     // a label's value in mixed case holds no English word ("Customer: Acme Widgets")
		named := false     // a name's label: its value's words may be words too, one of them a name of the lists
		person := false    // a label of a role only a person holds: one word that is no word will do too
		actor := false     // after a participle and "by": a place or organisation the model doubted gives way
		nameField := false // "Name:": a name no list holds will do where one word is no word (unlistedNameAmong)
		if toks[i].Start > 0 && text[toks[i].Start-1] == '-' {
			continue // a command's option ("--author Parameter Ausgabe"), no role
		}
		if w := word(i); !roleNouns[w] && !kinNouns[w] && !(len(w) > 2 && capitals(w) && (foldIn(roleNouns, w) || foldIn(kinNouns, w)) && lineCaseAt(text, toks[i].Start) == 'u') {
			switch {
			case (w == "Name" || w == "NAME" || w == "name" && i > 0 && !toks[i].NewlineBefore && nameLabelBefore(word(i-1))) &&
				word(i+1) == ":" && toks[i+1].Attached && !inCode(text, toks[i].Start):
				// "Name: Per Falk", "Patient name: Ana Luiza Mendonça": a form's name field,
				// not a YAML key ("name: Build and Test")
				first, named, nameField = i+2, true, true
			case w == "to" && i > 0 && word(i+1) == ":" && toks[i+1].Attached && foldIn(assignedTo, word(i-1)):
				// "Assigned to: Edita", "Addressed to: Ana Lima": a label of a role in two words
				first = i + 2
			case w == "by" && i > 0 && word(i+1) == ":" && toks[i+1].Attached && (strings.EqualFold(word(i-1), "served") || foldIn(byParticiples, word(i-1))):
				// a receipt's "Served by: Hollie  Till 4" (stop 37)
				first, named, person = i+2, true, true
			case w == "by" && i > 0 && !toks[i].NewlineBefore && foldIn(byParticiples, word(i-1)):
				// "Reported by Valentim Sales on", "driven by Ciríaco Cadenas": someone's act,
				// named after it; a model's doubted place or organisation there gives way
				first, person, actor = i+1, true, true
				if !lowerStart(word(first)) {
					break
				}
				continue
			case word(i+1) == ":" && toks[i+1].Attached && (foldIn(roleNouns, w) || foldIn(personRoles, w) || strings.EqualFold(w, "pt") || foldIn(labelRoles, w)):
				// a record's label and its colon: "Patient: Vaclav Dvorak", "PATIENT: VACLAV
				// DVORAK"; a role only a person holds may be named with words too, one of them a
				// name of the lists ("Patient: Sole Ossola")
				first, named = i+2, foldIn(personRoles, w) || strings.EqualFold(w, "pt") || foldIn(labelRoles, w)
				person = named
			case word(i+1) == "," && toks[i+1].Attached && foldIn(deedParties, w) && capitals(word(i+2)) && !toks[i+2].NewlineBefore:
				// a deed's or a pleading's party and a comma before the name in capitals: "Grantor,
				// MILDRED A. SORENSEN, a widow, conveys"
				first, person = i+2, true
			case word(i+1) == ":" && !toks[i+1].NewlineBefore && foldIn(foreignNameLabels, w):
				// a form's name field in another language (stop 37): "Nazwisko: KOWALSKI",
				// "Geslachtsnaam: BILLUNG", "Wnioskodawca: Pawełkiewicz Andrzej", "Nom : DUPONT"
				first, named, person = i+2, true, true
			case nurseCredentials[w] && !toks[i+1].NewlineBefore && !toks[i+1].Attached && !inCode(text, toks[i].Start):
				// a nurse's credential before the name, as a chart signs an act (stop 49): "given by
				// RN Tamsin Haverford", "LPN Okafor"
			case i > 0 && germanRoleFirst[w[0]] && germanRoleNouns[w] && articledRoles[word(i-1)]&roleDeterminer != 0 && !toks[i].NewlineBefore:
				// German's roles, capitalised as all its nouns are, after an article or a possessive
				// (stop 59: "Der Patient Anabella Sommer", the model's "Sommer"; "Unser Kunde Emil Dobes")
			case isUpperASCII(w[0]) && (sentenceOpens(text, toks, i) || i > 0 && word(i-1) == ":" && !toks[i].Attached) && (foldIn(roleNouns, w) || w == "Pt") && !capitals(w):
				// (or after a heading's colon, stop 52: "Pension: Member Siew Ling Tan", the model's "Ling Tan")
				// a record's line that opens with the role: "Employee Tovdorith Yazarvin (…)", a
				// chart's "Pt Nitesh Mukhopadhyay called" (not "12 pt Arial Narrow")
			default:
				continue
			}
			label = true
		} else if word(i+1) == ":" && toks[i+1].Attached {
			first, label = i+2, true // "Emergency contact: Renrosol Nudor"
			named = personRoles[w]   // "Corresponding author: Leyre Salvador"
			person = named
		}
		if label && foldIn(listLabels, word(i)) {
			// a list of people each written family name first, semicolons between (stop 57:
			// "Attendees: van der Berg, Pieter; al-Khatib, Omar", where the model had read "der
			// Berg" and "Omar" and left "van" and "al-Khatib"): two items at least, each read as a
			// form's value is
			var items [][2]int
			semis := 0
			for k := first; k < len(toks) && !toks[k].NewlineBefore; {
				end, ok := familyCommaGivenAt(text, toks, k, false)
				if ok {
					items = append(items, [2]int{k, end})
				} else {
					end = k
				}
				for end+1 < len(toks) && !toks[end+1].NewlineBefore && word(end+1) != ";" && end-k < 8 {
					end++ // the rest of an item the reader left ("Kim, Min" of "Min-jun", which the model reads)
				}
				if end+2 >= len(toks) || word(end+1) != ";" || toks[end+2].NewlineBefore {
					break
				}
				semis++
				k = end + 2
			}
			if len(items) >= 1 && semis >= 1 {
				for _, it := range items {
					if onlyPersonsOver(fs, toks[it[0]].Start, toks[it[1]].End, true) {
						claims = append(claims, claim(toks[it[0]].Start, toks[it[1]].End, shapeScore))
					}
				}
				i = items[len(items)-1][1]
				continue
			}
		}
		if label && !foldIn(listLabels, word(i)) {
			if end, ok := familyCommaGivenAt(text, toks, first, false); ok {
				// a form's value written family name first: "Pt name: Lopresti, Mirko",
				// "Patient: de Anda, César", "Name: SACHDEVA, RACHANA"
				if onlyPersonsOver(fs, toks[first].Start, toks[end].End, true) {
					claims = append(claims, claim(toks[first].Start, toks[end].End, shapeScore))
				}
				i = end
				continue
			}
		}
		caps := capitals(word(first))
		if len(word(first)) == 1 && first+2 < len(toks) && word(first+1) == "." {
			caps = capitals(word(first + 2)) // an initial opens the name: its family name's case is the name's ("T. Oyelaran")
		}
		foreignLabel := foldIn(foreignNameLabels, word(i)) // another language's name field: "Geslachtsnaam: BILLUNG", "Nom : LOPES  Prénom : …"
		// a line in lower case, as chat writes ("patient baccio baroffio presented", "emergency
		// contact: fazil talıblı"): two or three words that are no English or dictionary word, or
		// family names of the lists
		lower := !caps && lowerStart(word(first)) && lineCaseAt(text, toks[first].Start) == 'l'
		n, particles := 0, 0 // the name's words after the noun, and the particles among them
		for j := first; j < len(toks) && n < 4+particles && !toks[j].NewlineBefore && !toks[j].Attached; j++ {
			if j > first && wideGap(text[toks[j-1].End:toks[j].Start]) && (!namePiece(word(j)) || foreignLabel) && !(lower && lowerRoleName(word(j))) {
				break // the form's next field: "Employee: Amy Baker  Employee ID: …"; not a padded column's "Smith     John"
			}
			if j > first && j+1 < len(toks) && toks[j+1].Attached && word(j+1) == "#" {
				break // the next field's label: "Employee Rosalind Fairweather Emp# 004417" (stop 53)
			}
			w := word(j)
			if caps && foreignLabel && foldIn(nameParticles, w) && j+1 < len(toks) && !toks[j+1].NewlineBefore && !toks[j+1].Attached &&
				capitals(word(j+1)) && particles < 2 {
				n, particles = n+1, particles+1 // a surname's particles in capitals: "Geslachtsnaam: VAN DER STRIGT" (stop 37)
				continue
			}
			if j > first && !caps && !lower && (capitalParticles[w] || innerParticle(strings.ToLower(w))) && j+1 < len(toks) &&
				!toks[j+1].NewlineBefore && !toks[j+1].Attached && (familyNameLike(word(j+1)) || nameParticles[word(j+1)] && particles == 0) {
				n, particles = n+1, particles+1 // a particle inside the name: "Patient: Naimh Ó Rúnú", "Witness: Puk van der Velden"
				continue
			}
			if caps && j > first && len(w) == 1 && isUpperASCII(w[0]) && !strings.Contains("EYOU", w) && j+1 < len(toks) && !toks[j+1].NewlineBefore && !toks[j+1].Attached &&
				!wideGap(text[toks[j].End:toks[j+1].Start]) && capsFamilyName(word(j+1)) && particles == 0 {
				n, particles = n+1, particles+1 // an undotted initial in capitals: "Patient: SOLOMON K ABERNATHY  Member ID" (stop 53; not a conjunction's, "TRAVAGLIA E FIGLI")
				continue
			}
			if len(w) == 1 && isUpperASCII(w[0]) && j+2 < len(toks) && word(j+1) == "." && toks[j+1].Attached && !toks[j+2].NewlineBefore &&
				!toks[j+2].Attached && particles == 0 && (caps && capsFamilyName(word(j+2)) || !caps && !lower && (familyNameLike(word(j+2)) || familyWord(word(j+2)))) {
				n, particles, j = n+2, particles+1, j+1 // an initial and its period: "Grantor: MILDRED A. SORENSEN", "collected by phleb T. Oyelaran" (stop 50)
				continue
			}
			if lower {
				if !lowerRoleName(w) {
					break
				}
			} else if caps && !capsFamilyName(w) && !(foreignLabel && capsNameLike(w)) || !caps && (!familyNameLike(w) && !(named && (nameLike(w) || listedName(w))) && !(j == first+1 && roleFamilyAfter(word(first), w)) || humped(w) || label && !named && dictionaryWord(w) && !(j > first && familyWord(w))) { // (a family name of the lists that is also a word, after a first name: "cc: Zoila Arias")
				break
			}
			n++
		}
		if e := first + n; n > 0 && e < len(toks) && !toks[e].NewlineBefore && !wideGap(text[toks[e-1].End:toks[e].Start]) && companyWord(word(e)) ||
			n > 0 && companyWord(word(first+n-1)) {
			continue // a company's name: "DEFENDANT: BERNARD RAYNAUD S.A.S.", "Client: Scheibe GbR"
		}
		if lower && (n < 2 || inCode(text, toks[first].Start)) {
			continue
		}
		if named && n >= 2 && !caps && !knownWordAmong(text, toks[first:first+n]) && !(person && unknownWordAmong(text, toks[first:first+n])) &&
			!(nameField && unlistedNameAmong(text, toks[first:first+n])) {
			continue // "Name: Release Notes" (in capitals every word was a capsFamilyName, no word: "Name: MILDRED SORENSEN")
		}
		// one word alone after a label, ending its line: a given name of the lists or a word no
		// list knows as anything but a name ("Witness: Aleksandras", which the model had taken for
		// a place); not in capitals, where labels' values are codes
		keyLabel := foldIn(nameFields, word(i)) // a key namesInFields reads too ("Nom", "Vorname"): "Nom : Requis" is a placeholder
		// a given name and an initial ending the line or the field: "Volunteer: Tanisha R." (stop 53)
		initialAfter := n <= 1 && !caps && first+2 < len(toks) && len(word(first+1)) == 1 && isUpperASCII(word(first + 1)[0]) && !toks[first+1].NewlineBefore &&
			!toks[first+1].Attached && word(first+2) == "." && toks[first+2].Attached &&
			(first+3 == len(toks) || toks[first+3].NewlineBefore || word(first+3) == ";" || word(first+3) == ",")
		oneWord := n <= 1 && label && first != i+1 && (!caps || foreignLabel && capsNameLike(word(first))) && !toks[first].NewlineBefore &&
			(first+1 == len(toks) || toks[first+1].NewlineBefore || (foreignLabel || person) && wideGap(text[toks[first].End:toks[first+1].Start]) || foreignLabel && word(first+1) == ";" || initialAfter) &&
			(listedGiven()[word(first)] || givenSet()[word(first)] && nameLike(word(first)) || onlyAName(word(first)) && !(keyLabel && !caps) ||
				person && familySet()[word(first)] && startsUpper(word(first)) && !capitals(word(first)) || // "Attending: Martinez", "Attending: Savage"
				foreignLabel && (nameLike(word(first)) && !keyLabel || caps)) && // what a surname's field holds: "Nom d'usage : Gosselin ;", "Geslachtsnaam: BILLUNG"
			embeddedClass(word(first))&(gCity|gState|gCountry|gOrg) == 0 && humps(word(first)) == 0 &&
			(!inCode(text, toks[first].Start) || foreignLabel && !formLineIsCode(text, toks[first].Start)) // French forms' " ; " is no code's
		for n > 0 && nameParticles[strings.ToLower(word(first+n-1))] || n > 0 && capitalParticles[word(first+n-1)] {
			n, particles = n-1, particles-1 // no particle ends the name
		}
		// one name between a role and a verb, the role after an article or a possessive or
		// opening the sentence (stop 61: "Owner Yvonne reports Max has been off his food", "The
		// respondent Griffiths failed to attend", where the model found the pet or no one)
		lone := !oneWord && n == 1 && particles == 0 && first == i+1 && !caps && !lower
		verbAfter := lone && roleDetermined(text, toks, i) &&
			first+1 < len(toks) && !toks[first+1].NewlineBefore && !toks[first+1].Attached && roleVerb(word(first+1))
		// or after a possessive, closing the clause (stop 61: "con nuestro agente Buenaventura.",
		// "our negotiator Aoibhinn (0114 4960109)")
		closing := lone && (i > 0 && (rolePossessives[word(i-1)] || rolePrepositions[word(i-1)]) &&
			(first+1 == len(toks) || toks[first+1].NewlineBefore || strings.Contains(".,;(", word(first+1))) ||
			// or opening its sentence, the name ending it (stop 62: "Instructor Saskia.")
			isUpperASCII(word(i)[0]) && sentenceOpens(text, toks, i) && (first+1 == len(toks) || toks[first+1].NewlineBefore || word(first+1) == "." && (first+2 == len(toks) || toks[first+2].NewlineBefore || !toks[first+2].Attached)))
		if oneWord || (verbAfter || closing) && loneRoleName(word(first)) { // (the name's lookups last: the slot's words tell most candidates apart)
			n = 1
		} else if (n-particles < 2 && !(foreignLabel && particles > 0 && n-particles == 1)) || n-particles > 3 && !(foreignLabel && n-particles == 4) { // ("Geslachtsnaam: VAN DER STRIGT"; four names after another language's label, two given and two family names as Spain writes them: "abonado: José Mari Sureda Márquez", stop 61)
			continue
		}
		start, end := toks[first].Start, toks[first+n-1].End
		if oneWord && initialAfter {
			end = toks[first+2].End // the initial and its period
		}
		for k < len(fs) && fs[k].End <= start {
			k++
		}
		other := false
		for _, f := range fs[k:] {
			if f.Start >= end {
				break
			}
			// a place or organisation the model guessed gives way after a label of one word, or
			// after a label of a role only a person holds when the model doubted it more (under
			// 0.6: "Applicant: Baldomero Mora", Baldomero an organisation at 0.40)
			// and so does one that left out a given name of the lists opening the name ("Author:
			// Leyre Salvador", "Salvador" a place at 0.81, "Leyre" read as nothing)
			partial := f.Start > start && listedGiven()[text[start:toks[first].End]] && f.Score < 0.9
			// and a place over the first of two or three names only, after a label only a person
			// fills (stop 61: "titular: Rosario Roca Clavero", the model's town "Rosario")
			firstName := person && n >= 2 && f.Type == redact.Location && f.Start == start && f.End == toks[first].End && f.End < end
			guess := f.Source == redact.SourceModel && (f.Type == redact.Location || f.Type == redact.Organization) && ((oneWord || actor || partial) && f.Score < 0.9 || person && f.Score < 0.6 || firstName)
			other = other || f.Type != redact.Person && !guess
		}
		if !other {
			claims = append(claims, claim(start, end, shapeScore))
		}
		i += n
	}
	return claimPersons(fs, claims)
}

// roleDetermined reports a role's word at toks[i] that opens its sentence or follows an article
// or a possessive: "Owner Yvonne reports", "The respondent Griffiths failed", "our tenant Kirsty
// called".
func roleDetermined(text string, toks []Token, i int) bool {
	if i == 0 || toks[i].NewlineBefore || sentenceOpens(text, toks, i) {
		return true
	}
	prev := text[toks[i-1].Start:toks[i-1].End]
	if i >= 2 && text[toks[i-2].Start:toks[i-2].End] == ";" && lowerStart(prev) && !toks[i].Attached && (englishWord(prev) || dictionaryWord(prev)) {
		return true // or a noun in lower case that opens a clause after a semicolon: "…; site coordinator Vrinda notified the sponsor" (stop 62)
	}
	// or a noun before it that opens the sentence: "Cat sitter Stacey noticed a limp", "Site
	// coordinator Vrinda notified the sponsor" (a word of the dictionary, stop 62)
	return roleArticles[prev] || !toks[i].Attached && isUpperASCII(prev[0]) && !capitals(prev) && sentenceOpens(text, toks, i-1) && (englishWord(prev) || dictionaryWord(prev))
}

// rolePossessives are the possessives before a role's word after which a name alone closes its
// clause: "our agent Paul.", "con nuestro agente Buenaventura.", "avec notre conseiller Rémi,".
var rolePossessives = wordSet("our Our my My nuestro nuestra Nuestro Nuestra notre Notre mon ma unser unsere unserem unseren Unser Unsere onze Onze nostro nostra nosso nossa")

// rolePrepositions stand before a role's word after which a name alone closes its clause: "Last
// visit with hygienist Deirbhile.", "seen by midwife Aroha," (stop 62).
var rolePrepositions = wordSet("with by")

// roleArticles are the articles and possessives before a role's word that roleDetermined reads.
var roleArticles = wordSet("the The our Our my My your Your his His her Her their Their")

// roleVerb reports a word in lower case that is a verb after a person named by a role: one of
// personVerbs, reportVerbs or onlyPersonVerbs, or a past tense of five letters or more
// ("failed", "noticed", "attended").
func roleVerb(w string) bool {
	return personVerbs[w] || reportVerbs[w] || onlyPersonVerbs[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && lowerStart(w)
}

// loneRoleName reports a word that may be a name alone after a role: unlistedName (no English,
// dictionary or computing word) and no place, street or organisation the lists know.
func loneRoleName(w string) bool {
	return unlistedName(w) && embeddedClass(w)&(gCommon|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP|gTitle) == 0
}

// lowerSlotName reports a word in lower case that may be a name in a person's slot: a
// lowerRoleName, or a given name of the lists that is no word ("markus", "yan", which
// lowerName's English endings turn away).
func lowerSlotName(w string) bool {
	return lowerRoleName(w) || handleGiven()[w] && !englishWord(w) && !dictionaryWord(w)
}

// lowerRoleName reports a word in lower case that may be part of a name after a role in a line
// written all in lower case: a family name of the lists that is no word, or a word no list of
// words knows (lowerName), and no English word, dictionary word or computing term.
func lowerRoleName(w string) bool {
	return listedLowerFamily(w) || lowerName(w) && !englishWord(w) && !dictionaryWord(w) && !techTerms[w]
}

// lineCaseAt reports how the line of text around at is written (lineCase: 'l' all in lower
// case, 'u' all in capitals, or 0).
func lineCaseAt(text string, at int) byte {
	ls, le := lineAround(text, at, at)
	return lineCase(text[ls:le])
}

// nameLabelBefore reports a word that makes "name:" after it a person's name field: "Full name:",
// "Patient name:", "Legal name:".
func nameLabelBefore(w string) bool {
	return foldIn(roleNouns, w) || strings.EqualFold(w, "full") || strings.EqualFold(w, "legal") || strings.EqualFold(w, "maiden") || strings.EqualFold(w, "pt")
}

// companyWord reports a legal form, in any case ("GmbH", "GBR", "S.A.S"), or a word for an
// institution's kind ("Groep", "GROUP"): no part of a person's name.
func companyWord(w string) bool {
	return writtenLegalForm(w) || upperLegalForms[w] || orgKind(w) != 0
}

// upperLegalForms are legalForms of three letters or more written in capitals ("GBR", "MBH").
var upperLegalForms = func() map[string]bool {
	m := map[string]bool{"MBH": true}
	for f := range legalForms {
		if utf8.RuneCountInString(f) >= 3 {
			m[strings.ToUpper(f)] = true
		}
	}
	return m
}()

// nameLabelWords are the labels of a form's name fields in English and the languages of the
// gazetteers, given and family names apart: "Nom : Dupont", "Nachname: Schmidt".
var nameLabelWords = wordSet("nom prénom prenom nombre nombres apellido apellidos vorname nachname familienname naam voornaam " +
	"achternaam nome cognome sobrenome imię imie nazwisko efternamn förnamn fornavn etternavn efternavn sukunimi etunimi " +
	"surname forename firstname lastname")

// namesAfterNameLabels makes a person of the value of a form's name field written as a label, a
// colon (with a space before it, as French writes it, or not) and one to three words written
// as names are, up to the field's end (two spaces, a tab, a line's end, a semicolon or a bar):
// "Nom : Dupont  Prénom : Marie", "Nachname: Schmidt"; a value of dictionary words alone, which
// no list gives as names, is none ("Surname: Required"); not in code.
func namesAfterNameLabels(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ":") {
		return fs
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	for i := 0; i+2 < len(toks); i++ {
		w := word(i)
		if word(i+1) != ":" || !toks[i+1].Attached && text[toks[i].End:toks[i+1].Start] != " " {
			continue
		}
		if len(w) < 3 || len(w) > 14 || !foldIn(nameLabelWords, w) || i > 0 && !toks[i].NewlineBefore && !wideGap(text[toks[i-1].End:toks[i].Start]) && word(i-1) != "|" && word(i-1) != ";" {
			if !namedFieldLabel(text, toks, i) {
				continue // a label opens its line or its field
			}
		}
		first := i + 2
		n, last, known := 0, 0, false
		start := -1 // the value's first token: a particle may open it ("Surname: van de Wal")
		for j := first; j < len(toks) && n < 3 && !toks[j].NewlineBefore && !toks[j].Attached; j++ {
			if j > first && wideGap(text[toks[j-1].End:toks[j].Start]) {
				break
			}
			v := word(j)
			t := nameCase(v)
			if nameParticles[strings.ToLower(v)] && (n > 0 || j+1 < len(toks) && !toks[j+1].NewlineBefore) {
				if start < 0 {
					start = j
				}
				continue
			}
			if start < 0 {
				start = j
			}
			if !nameLike(t) && !listedName(t) || foldIn(placeAndOrgWords, t) || foldIn(placeholders, t) {
				break
			}
			known = known || listedName(t) || !dictionaryWord(t) && !englishWord(t)
			n, last = n+1, j // particles between do not count: "Jan de Vries"
		}
		if n == 0 || !known {
			continue
		}
		end := toks[last].End
		if last+1 < len(toks) && !toks[last+1].NewlineBefore && !wideGap(text[end:toks[last+1].Start]) && word(last+1) != ";" && word(last+1) != "|" {
			continue // the field goes on: not a name's value
		}
		if inCode(text, toks[i].Start) || !onlyPersonsOver(fs, toks[start].Start, end, true) {
			continue
		}
		claims = append(claims, claim(toks[start].Start, end, shapeScore))
	}
	return claimPersons(fs, claims)
}

// namedFieldLabel reports a form's label of several words, from its line's or field's start to
// the word toks[i] before its colon, that asks for a person's name or a part of one: "Given
// names:", "SURNAME / NOM:", "Father's name:", "Mother's maiden name:", "Previous names:", "Name
// of applicant (as in passport):", "Cardholder name:". A name of anything else is none ("Company
// name:", "Employer name:", "File name:", "Host name:").
func namedFieldLabel(text string, toks []Token, i int) bool {
	k := i
	for k > 0 && i-k < 8 && !toks[k].NewlineBefore && !wideGap(text[toks[k-1].End:toks[k].Start]) && text[toks[k-1].Start:toks[k-1].End] != "|" {
		k--
	}
	if k == i {
		return false // one word: nameLabelWords, or "Name:", which namesAfterRoles reads, telling a YAML key from a form's field
	}
	named := false
	for j := k; j <= i; j++ {
		w := strings.ToLower(text[toks[j].Start:toks[j].End])
		switch {
		case w == "name" || w == "names" || nameLabelWords[w]:
			named = true
		case thingNames[w]:
			return false
		}
	}
	return named && !inCode(text, toks[k].Start)
}

// thingNames are the words of labels that ask for the name of something other than a person.
var thingNames = wordSet("company business employer school university college file user username host hostname domain product " +
	"project account street road city town country place bank brand device server database table field app application team " +
	"org organisation organization institution hospital clinic facility pharmacy practice vessel ship event display screen " +
	"variable function method class package module column key tag branch plan store shop venue hotel airline")

// listLabels name the people of a list after their colon, each written given name first: "cc:
// Christine Bridges, Mary Hill".
var listLabels = wordSet("cc bcc to attendees participants recipients members")

// personRoles are the role nouns only a person holds, so that a label of one names a person
// whatever words the name is made of ("Patient: Sole Ossola"); a customer, a client or an owner
// may be a company.
var personRoles = wordSet("patient resident student employee nurse doctor physician surgeon passenger pupil intern " +
	"cardholder policyholder subscriber beneficiary witness victim interviewee candidate applicant author coauthor co-author supervisor advisor examiner " +
	// a child's record's (stop 56: "Guardian: Mere Tāwhai" had gone upstream)
	"guardian mother father spouse carer caregiver")

// formLineIsCode reports a brace or an equals sign on the line around text[at], which a form's
// line of fields separated by semicolons does not hold.
func formLineIsCode(text string, at int) bool {
	ls, le := lineAround(text, at, at)
	return strings.ContainsAny(text[ls:le], "{}=")
}

// foreignNameLabels are the last words of other languages' form labels whose value is a name or
// a part of one: French, German, Spanish, Italian, Polish, Dutch, Portuguese and Swedish (the
// surname, the given names, the applicant, the holder).
var foreignNameLabels = wordSet("nom prénom prénoms prenom prenoms d'usage naissance vorname vornamen nachname familienname geburtsname " +
	"antragsteller antragstellerin nombre nombres apellidos apellido solicitante titular cognome nome intestatario richiedente " +
	"nazwisko imię imie imiona rodowe wnioskodawca naam achternaam voornaam voornamen geslachtsnaam aanvrager completo sobrenome " +
	"requerente namn efternamn förnamn fornamn sökande vårdnadshavare " +
	// the insured and the patient in German (stop 49: "Versicherter: Kühn, Friedemann", a sick note's)
	"versicherter versicherte patientin " +
	// a file's party, a subscriber and a licence's holder in Spanish and French (stop 61:
	// "interesado: Gala del Domínguez", "abonado: José Mari Sureda Márquez", "titulaire : …")
	"interesado interesada abonado abonada titulaire")

// labelRoles are roles of a chart's labels, only a person's, that are no role nouns in prose
// ("Attending: Martinez", "PCP: Sarah Burke"; "attending Boston University" is a verb's), and
// the labels of minutes and invitations ("Organizer: Élise Gay", "Apologies: Sol Calvo").
var labelRoles = wordSet("attending pcp prescriber pharmacist therapist dentist radiologist clinician " +
	"organizer organiser host chair chairperson presenter facilitator moderator apologies absent guests invitees attendees " +
	// minutes' absent in German, French, Spanish, Dutch and Italian (stop 61: "entschuldigt: Helmtrud", "excusé : Bertrand")
	"entschuldigt abwesend excusé excusée excusés excusées absents ausente ausentes afwezig assente assenti " +
	// a receipt's and a salon's (stop 37): "Cashier: Beverley", "Stylist: Reece"
	"cashier waiter waitress stylist barista " +
	// a credit report's and a loan's (stop 51): "Consumer: WENDELL T. PARRISH", "Guarantor: …";
	// in prose "the consumer Financial Protection Bureau" is none
	"consumer debtor guarantor cosigner coborrower " +
	// a club's, a school's, a repair's and a let's (stop 63: "Leader: Aashi Jain.", "Engineer:
	// Urvashi.", "Udlejer: Grethe Holm.")
	"coach leader engineer technician tutor mentor captain caretaker lifeguard landlord landlady " +
	"verhuurder udlejer utleier hyresvärd locador arrendador propietario propietaria proprietario proprietaria proprietário proprietária bailleur " +
	// a contest's winner in English and eleven other languages (stop 63: "Câștigător: Anabela Pop, din Petrila")
	"winner winnaar vincitore vincitrice zwycięzca zwyciężczyni câștigător câștigătoare győztes ganador ganadora gagnant gagnante vencedor vencedora vinnare vinder sieger siegerin")

// quotedFamilyCommaGiven makes a person of a CSV cell in quotes that holds a name written family
// name first (stop 63: `"Bowers, Penny",November 6, 1928,Douglasberg`, where the model had found
// the given name alone, and `"Mital, Warda",…` nothing): the quote opens the line or follows a
// comma, and closes before a comma or the line's end; inside, one to three words of a family
// name (particles among them), a comma and a space, and one or two given names and an initial,
// each written as a name is or in capitals, none a place or an organisation's word the lists
// know, and one at least a name of the lists or a word no list knows as anything else.
func quotedFamilyCommaGiven(text string, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '"') < 0 || !strings.Contains(text, ", ") {
		return fs
	}
	var claims []redact.Finding
	for at := 0; at < len(text); {
		q := strings.IndexByte(text[at:], '"')
		if q < 0 {
			break
		}
		a := at + q + 1
		at = a
		if a > 1 && text[a-2] != ',' && text[a-2] != '\n' {
			continue
		}
		e := strings.IndexByte(text[a:min(len(text), a+64)], '"')
		if e <= 0 {
			continue
		}
		b := a + e
		if b+1 < len(text) && text[b+1] != ',' && text[b+1] != '\n' && text[b+1] != '\r' {
			continue
		}
		at = b + 1
		family, given, ok := strings.Cut(text[a:b], ", ")
		if !ok || !familyCommaGivenCell(family, given) || inCode(text, a) {
			continue
		}
		claims = append(claims, claim(a, b, shapeScore))
	}
	return claimPersons(fs, claims)
}

// familyCommaGivenCell reports the family and given names of quotedFamilyCommaGiven's cell.
func familyCommaGivenCell(family, given string) bool {
	fw, gw := strings.Fields(family), strings.Fields(given)
	if len(fw) == 0 || len(fw) > 3 || len(gw) == 0 || len(gw) > 3 {
		return false
	}
	known := false
	for k, w := range append(fw, gw...) {
		switch {
		case k > 0 && k < len(fw) && nameParticles[w]:
			continue
		case k > len(fw) && len(w) == 2 && w[1] == '.' && isUpperASCII(w[0]):
			continue // a middle initial
		case !nameLike(w) && !capsNameLike(w), foldIn(placeAndOrgWords, w), embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix) != 0 && !listedName(w):
			return false
		}
		known = known || listedName(w) || unlistedName(w) || k < len(fw) && foldIn(handleFamily(), w) || k >= len(fw) && (anyGiven(w) || foldIn(handleGiven(), w))
	}
	return known
}

// familyCommaGivenAt reads a form's value written family name first from toks[first]: one to
// three words of a family name (particles among them: "de Anda"), a comma, one or two given
// names and an initial, and then the field's end (the line's or the text's, two spaces, a tab, a
// semicolon or a bar; inSentence leaves that to the caller), in mixed case or in capitals. It
// returns the last token's index.
func familyCommaGivenAt(text string, toks []Token, first int, inSentence bool) (int, bool) {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	nameWord := func(w string) bool {
		if capitals(w) {
			return capsNameLike(w) && !foldIn(placeAndOrgWords, w) || listedName(titleCase(w))
		}
		if articleFamily(w) {
			return true // an Arabic family name with its article: "al-Khatib, Omar" (stop 57)
		}
		return nameLike(w) && !foldIn(placeAndOrgWords, w) && embeddedClass(w)&(gOrg|gOrgSuffix|gStreet) == 0 || listedName(w)
	}
	j, family, givenFirst := first, 0, false
	for ; j < len(toks) && j-first < 3 && (j == first || !toks[j].NewlineBefore && !toks[j].Attached); j++ { // the first may open a line
		if w := word(j); !nameParticles[w] && !(capitals(w) && len(w) <= 3 && nameParticles[strings.ToLower(w)] && j+1 < len(toks) && capitals(word(j+1))) { // "DE LA CRUZ, MARIA" (stop 57)
			if !nameWord(w) {
				break
			}
			if family == 0 {
				t := nameCase(w)
				givenFirst = (givenSet()[t] || listedGiven()[t]) && !familySet()[t]
			}
			family++
		}
	}
	if family == 0 || j >= len(toks) || word(j) != "," || !toks[j].Attached || !nameWord(word(j-1)) ||
		redact.SignOff(text[toks[first].Start:toks[j-1].End]) { // a letter's close: "Sincerely, Harold Kim" (stop 53)
		return 0, false
	}
	if family >= 2 && givenFirst {
		return 0, false // a given name and a family name, then a comma: a list of people ("cc: Christine Bridges, Mary Hill")
	}
	last, given := j, 0
	givenWord := func(w string) bool {
		t := nameCase(w)
		return nameWord(w) && (embeddedClass(t)&(gState|gCountry) == 0 || givenSet()[t] || listedGiven()[t]) && // not "Houston, Texas"
			!redact.IsStreetWord(w) // nor a street's word: "for Ana-Lucía Ortega Ruiz, Av. Providencia 1234" (stop 45)
	}
	for j++; j < len(toks) && !toks[j].NewlineBefore && !toks[j].Attached; j++ {
		if wideGap(text[toks[j-1].End:toks[j].Start]) {
			break // the field ends
		}
		w := word(j)
		if given > 0 && utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
			last = j // an initial (its period is no part of the name)
			break
		}
		if given == 2 || !givenWord(w) || postNominal(w) {
			break // "Cindy Mills, MD" is no family name first
		}
		given, last = given+1, j
	}
	if given == 0 || family >= 2 && given >= 2 {
		return 0, false // two words either side of the comma: two people ("cc: Abha Patel, Jeffrey Garcia")
	}
	if after := last + 1; after < len(toks) && !inSentence {
		if word(after) == "." && toks[after].Attached && utf8.RuneCountInString(word(last)) == 1 {
			after++ // an initial's period: "SACHDEVA, RACHANA A."
		}
		for after < len(toks) && !toks[after].NewlineBefore && postNominal(word(after)) && !wideGap(text[toks[after-1].End:toks[after].Start]) {
			after++ // a degree after the given name: "Attending: Hoffmann, Klaus MD" (stop 46)
		}
		if after == len(toks) {
			return last, true
		}
		k := after
		if word(k) == "." && toks[k].Attached && k+2 < len(toks) && !toks[k+1].NewlineBefore {
			k++ // a sentence's period before the next field's label: "Patient: Fenwick, Lorraine. Acc#: …"
		}
		if k+1 < len(toks) && !toks[k].NewlineBefore && startsUpper(word(k)) && (word(k+1) == ":" || word(k+1) == "#") && toks[k+1].Attached &&
			(k == last+1 || word(k-1) == ".") {
			return last, true // the next field's label: "Patient: Fenwick, Lorraine J. Acc#: RA-…" (stop 50)
		}
		next, gap := toks[after], text[toks[after-1].End:toks[after].Start]
		if o := next.Start + 1; word(after) == "#" && !next.NewlineBefore && o < len(text) && (isDigitByte(text[o]) || isUpperASCII(text[o])) {
			return last, true // the person's number after the name: "Inmate: WASHINGTON, TERRELL #A-554120" (stop 51)
		}
		if !next.NewlineBefore && !strings.Contains(gap, "  ") && !strings.Contains(gap, "\t") && word(after) != ";" && word(after) != "|" &&
			!(word(after) == "," && after+1 < len(toks) && foldIn(birthFieldWords, word(after+1))) {
			return 0, false // (a birth's field after a comma ends the name: "Versicherter: Kühn, Friedemann, geb. 12.04.1979"; stop 49)
		}
	}
	return last, true
}

// birthFieldWords open a record's field of a birth after a name and a comma: "…, geb. 12.04.1979",
// "…, DOB 03/02/1991", "…, né le 3 juin 1956".
var birthFieldWords = wordSet("geb geboren born dob d.o.b né née nato nata nacido nacida nascido nascida ur urodzony urodzona")

// unlistedNameAmong reports a word among toks written as a name is that no list knows as a word
// or a term of computing: "Name: Mere Tāwhai", a Māori name of no list (stop 56: it had gone
// upstream whole); not "Name: Release Notes" nor "Name: Kubernetes Dashboard".
func unlistedNameAmong(text string, toks []Token) bool {
	for _, t := range toks {
		if w := text[t.Start:t.End]; unlistedName(w) {
			return true
		}
	}
	return false
}

// unknownWordAmong reports a word that is no English or dictionary word among those of toks.
func unknownWordAmong(text string, toks []Token) bool {
	for _, t := range toks {
		if w := text[t.Start:t.End]; !englishWord(w) && !dictionaryWord(w) {
			return true
		}
	}
	return false
}

// familyFirstRecords makes a person of a name written family name first, as familyCommaGivenAt
// reads it after a label, where a record's line opens with it before two spaces or a tab and the
// record's next field ("Speer, Karoline  MRN 0020580669  Age: 98"), or where a sentence puts it
// after "for" or "re" and ends its clause after it ("completed for Misra, Quincy by Bridget
// Turner"): one of its words a name of the lists, none a town, state or country the gazetteers
// know ("Paris, France  Tel: …", "tickets for Paris, France." are none).
func familyFirstRecords(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") {
		return fs
	}
	var claims []redact.Finding
	for i := range toks {
		lineStart := i == 0 || toks[i].NewlineBefore
		after := false
		if !lineStart {
			// told by its first letter and length before the lookup: most words are none
			if w := text[toks[i-1].Start:toks[i-1].End]; len(w) >= 2 && len(w) <= 10 && strings.IndexByte("fFrRcC", w[0]) >= 0 {
				after = foldIn(familyFirstAfter, w)
			}
		}
		if !lineStart && !after {
			continue
		}
		end, ok := familyCommaGivenAt(text, toks, i, after)
		if ok && after && end+1 < len(toks) && !toks[end+1].NewlineBefore {
			// in a sentence, the name ends its clause: "completed for Misra, Quincy by …", "for
			// BROCK, JERRY, collected …"
			ok = false
			next := text[toks[end+1].Start:toks[end+1].End]
			for _, b := range [...]string{"by", ",", ".", ";", "(", ")", "on", "-", "–"} {
				ok = ok || next == b
			}
		}
		if !ok || lineStart && (end+1 == len(toks) || toks[end+1].NewlineBefore) {
			continue // at a line's start, a field must follow on the line
		}
		listed, place := false, false
		for k := i; k <= end; k++ {
			w := nameCase(text[toks[k].Start:toks[k].End])
			listed = listed || listedName(w)
			place = place || embeddedClass(w)&(gCity|gState|gCountry) != 0 && !familySet()[w]
		}
		if listed && !place && onlyPersonsOver(fs, toks[i].Start, toks[end].End, false) {
			claims = append(claims, claim(toks[i].Start, toks[end].End, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// familyFirstAfter are the words after which a sentence may name a person family name first, as
// a chart writes it ("reconciliation completed for Misra, Quincy by …").
var familyFirstAfter = wordSet("for re regarding concerning")

// listedName reports a given or family name of the lists, as written.
func listedName(w string) bool {
	return givenSet()[w] || listedGiven()[w] || familySet()[w]
}

// wideGap reports the white space between two fields of a form: two spaces or a tab.
func wideGap(gap string) bool {
	return strings.Contains(gap, "  ") || strings.Contains(gap, "\t")
}

// near returns the index of fs (in start order) from which a look for the findings over a span
// that starts at start begins: the first finding that starts no more than nearBack bytes before
// it, found by halves (stop 49). The rules asked each of a long text's candidates over every
// finding before it, which made a text dense with candidates quadratic ("MLS# 22-418873  1187
// Sycamore Bend Rd, …" repeated over one line: 3.1 s for 1 MB, 9.8 s for 2 MB). A finding that
// starts further back and still reaches the span is not seen: no name, place or organisation is
// that long, and what else is (a private key's block) stays masked over whatever a rule claims
// inside it.
func near(fs []redact.Finding, start int) int {
	if len(fs) < 64 {
		return 0
	}
	lo, hi := 0, len(fs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if fs[m].Start < start-nearBack {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nearBack is how far back of a span near looks for a finding over it.
const nearBack = 4096

// onlyPersonsOver reports that every finding over [start, end) is a person, or a place or an
// organisation the model was not sure of (of any score, with anyModel: a label that names a
// person outweighs the model); fs is in start order.
func onlyPersonsOver(fs []redact.Finding, start, end int, anyModel bool) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			break
		}
		guess := f.Source == redact.SourceModel && (f.Type == redact.Location || f.Type == redact.Organization) && (f.Score < 0.9 || anyModel)
		if start < f.End && f.Type != redact.Person && !guess {
			return false
		}
	}
	return true
}

// knownWordAmong reports a given or family name of the lists among the words of toks.
func knownWordAmong(text string, toks []Token) bool {
	for _, t := range toks {
		w := text[t.Start:t.End]
		if givenSet()[w] || listedGiven()[w] || familyWord(w) || capitals(w) && (inTitleCase(givenSet(), w) || inTitleCase(listedGiven(), w)) {
			return true // (in capitals as a form writes it: "Name: MILDRED SORENSEN")
		}
	}
	return false
}

// signOffScore is the score of a name found after a sign-off.
const signOffScore = 0.7

// shapeScore is the score of a name found by the shape of the words around it: a Vietnamese
// name, a list's item, a curated given name and a word after it.
const shapeScore = 0.7

// namesAfterSignOff makes a person of the line after a sign-off line ("Regards,", "Thanks!",
// "Best wishes") when it is one to four words written as a name is (capitalised, or particles
// between), or a single word in any case ("thanks,\nmike"); a line of a team or a company
// ("Support Team", "Acme Inc") is not taken. Whatever the model found on that line becomes the
// person; the sign-off is the evidence it lacked ("Regards,\nTomás Ó Briain" read as a place).
func namesAfterSignOff(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for at := 0; at < len(text); {
		eol := strings.IndexByte(text[at:], '\n')
		last := eol < 0 // the last line: a sign-off there may hold the name
		if last {
			eol = len(text) - at
		}
		line := strings.TrimSpace(text[at : at+eol])
		lineStart := at
		at += eol + 1
		// a mail's signature delimiter ("-- ", RFC 3676) is a sign-off too, where the name after it
		// is the sender's the mail named before it ("From: Wen-Li Chao <…>" … "--⏎Wen-Li") or a
		// given name of the lists (stop 34)
		delimiter := line == "--"
		if c := strings.IndexByte(line, ','); !delimiter && c > 0 && c+2 < len(line) && line[c+1] == ' ' && redact.SignOff(line[:c]) {
			// the name on the sign-off's own line: "Gracias, Maite", "Cheers, Tom" (stop 35)
			if s := lineStart + strings.Index(text[lineStart:], line) + c + 2; signedName(line[c+2:], false) && !inCode(text, s) {
				claims = append(claims, claim(s, s+len(line)-c-2, signOffScore))
			}
			continue
		}
		if last {
			break
		}
		if !delimiter && (line == "" || !redact.SignOff(line) || !strings.ContainsAny(line[len(line)-1:], ",!") && len(strings.Fields(line)) < 2) {
			continue // "Best" alone is a word; "Best," closes a letter
		}
		start := at
		for start < len(text) && (text[start] == ' ' || text[start] == '\t') {
			start++
		}
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
			end--
		}
		if end == start || !signedName(text[start:end], line[0] >= 'a' && line[0] <= 'z') {
			continue
		}
		if delimiter {
			first := strings.Fields(text[start:end])[0]
			if !startsUpper(first) || !givenNames(first) && !listedGiven()[first] && !strings.Contains(text[:lineStart], first+" ") {
				continue
			}
		}
		claims = append(claims, claim(start, end, signOffScore))
		// the sign-off itself is no name: "Merci beaucoup,⏎Maite", where the model read "Merci"
		// (a given name too) as a person
		for k := range fs {
			if f := &fs[k]; f.Type == redact.Person && f.Source == redact.SourceModel && f.Start >= lineStart && f.End <= lineStart+eol &&
				strings.Contains(strings.ToLower(line), strings.ToLower(text[f.Start:f.End])) {
				f.End = f.Start
			}
		}
	}
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.End == f.Start })
	return claimPersons(fs, claims)
}

// signedName reports a line that is a name: one to four words of letters, each capitalised or a
// particle, or one word in any case; none a word of teams or organisations. After a sign-off in
// lower case (lower), words in lower case that may be names will do too ("regards,⏎agustín
// salgado").
func signedName(line string, lower bool) bool {
	ws := strings.Fields(line)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if x, _ := wordAt(w, 0); x != strings.TrimSuffix(w, ".") || foldIn(placeAndOrgWords, w) || foldIn(teamWords, w) {
			return false // digits, punctuation or a team: "Support Team", "Sent from my iPhone"
		}
		r, _ := utf8.DecodeRuneInString(w)
		if len(ws) > 1 && !unicode.IsUpper(r) && !foldIn(nameParticles, w) && !(lower && lowerSlotName(w)) {
			return false
		}
	}
	return true
}

// teamWords name who signs a letter or sends a mail when no person does.
var teamWords = wordSet("team support service services department dept desk staff management admin administrator customer customers " +
	"office sales billing hr help helpdesk everyone all us me sent iphone android " +
	// senders of notifications: services and their robots
	"noreply no-reply notifications notification alerts updates newsletter news mailer daemon postmaster bot " +
	"github gitlab bitbucket jira confluence slack calendar dependabot renovate jenkins security accounts")

// claim is a span a rule makes a person of, with its score.
func claim(start, end int, score float64) redact.Finding {
	return redact.Finding{Type: redact.Person, Start: start, End: end, Score: score, Source: redact.SourceModel}
}

// claimPersons makes a person of each claim in one pass: findings that overlap a claim (other
// than addresses) join it, into their union with the highest score, and so do claims that
// overlap each other. fs is in start order; claims are put in order here. A rule collects its
// claims and calls this once, so that a text with thousands of them stays linear.
func claimPersons(fs, claims []redact.Finding) []redact.Finding {
	if len(claims) == 0 {
		return fs
	}
	sortFindings(claims)
	out := make([]redact.Finding, 0, len(fs)+len(claims))
	claimed := make([]bool, 0, len(fs)+len(claims))
	i, j := 0, 0
	for i < len(fs) || j < len(claims) {
		var f redact.Finding
		isClaim := j < len(claims) && (i == len(fs) || claims[j].Start <= fs[i].Start)
		if isClaim {
			f, j = claims[j], j+1
		} else {
			f, i = fs[i], i+1
		}
		if n := len(out); n > 0 && f.Start < out[n-1].End && (isClaim || claimed[n-1]) && f.Type != redact.StreetAddress && out[n-1].Type != redact.StreetAddress {
			p := &out[n-1]
			p.Type, p.Source = redact.Person, redact.SourceModel
			p.End, p.Score = max(p.End, f.End), max(p.Score, f.Score)
			claimed[n-1] = true
			continue
		}
		out = append(out, f)
		claimed = append(claimed, isClaim)
	}
	return out
}

// nameFields are the keys of fields whose value is a person's name, in JSON, YAML or key=value
// text ("patient_name": "Wang Fang").
var nameFields = map[string]bool{"full_name": true, "fullname": true, "first_name": true, "firstname": true, "last_name": true, "lastname": true,
	"surname": true, "given_name": true, "family_name": true, "middle_name": true, "patient_name": true, "patient": true, "customer_name": true,
	"client_name": true, "contact_name": true, "employee_name": true, "student_name": true, "member_name": true, "cardholder": true,
	"cardholder_name": true, "holder_name": true, "account_holder": true, "beneficiary": true, "beneficiary_name": true, "passenger": true,
	"passenger_name": true, "guardian_name": true, "emergency_contact": true, "nombre": true, "apellido": true, "prenom": true, "prénom": true, "nom": true, "vorname": true, "nachname": true,
	"givenname": true, "familyname": true, "middlename": true, "maiden_name": true, "maidenname": true, "mothers_maiden_name": true,
	// government schemas' elements (stop 39): NIEM's <nc:PersonSurName>, the IRS's e-file <NameLine1Txt> and <PersonFirstNm>
	"personsurname": true, "persongivenname": true, "personmiddlename": true, "personfullname": true, "nameline1txt": true,
	"personfirstnm": true, "personlastnm": true}

// roleFields are the keys of fields whose value is a person named for a role: an issue's
// author, assignee and reporter, a message's sender and recipient, an event's organiser and
// attendees, a trip's driver, a lease's tenant ("assignee": "Wang Fang"). Their values are
// as often a team, a bot or a role's name, so roleName must vouch.
var roleFields = wordSet("author authors assignee assignees reporter owner sender recipient recipients requester requestor approver " +
	"reviewer reviewers creator organizer organiser attendee attendees participant participants driver doctor physician nurse " +
	"caregiver manager supervisor tenant landlord guardian spouse next_of_kin signatory witness insured policyholder payee payer " +
	"caller agent contact_person")

// roleName reports a value that names a person: two to four words written as names are, none a
// word of teams, places, organisations or common English ("Platform Team", "GitHub Actions",
// "The Go Authors" are not), or one given name the lists know.
func roleName(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 1 {
		return givenSet()[ws[0]] && nameLike(ws[0])
	}
	for _, w := range ws {
		if !nameLike(w) && !capsNameLike(w) && !nameParticles[w] || foldIn(teamWords, w) || foldIn(placeAndOrgWords, w) {
			return false
		}
	}
	return true
}

// pairedNameFields name a person only beside each other: FHIR's and CDA's "family" and "given"
// ("family": "Chalmers", "given": ["Peter", "James"]; <given>Kofi</given><family>Boateng</family>);
// alone, a "family" is as often a typeface's ("family": "Roboto").
var pairedNameFields = map[string]bool{"family": true, "given": true}

// fieldScore is the score of a name found in a name field.
const fieldScore = 0.8

// namesInFields makes a person of the quoted value of a name field ("patient_name": "Wang Fang",
// first_name='ana'), of a "name" field's value of two to four capitalised words one of which
// the gazetteers know ("name": "Wang Fang", "name": "Okonkwo, Chidi"; not "name": "Search
// Engine", a tool's or a product's), and of a record's "first" and "last" when both hold a name
// ("first": "Hannah", "last": "Lindgren"; not "first": "Page", "last": "Next").
func namesInFields(text string, fs []redact.Finding) []redact.Finding {
	var claims, handles, firsts, lasts []redact.Finding
	paired := strings.Contains(text, "given") && strings.Contains(text, "family")
	firstLast := strings.Contains(text, "first") && strings.Contains(text, "last")
	fieldValues(text, func(key string, start, end int) {
		value := text[start:end]
		if firstLast && (key == "first" || key == "last") {
			// a record's "first" and "last" beside each other ({"first": "Hannah", "last":
			// "Lindgren"}); alone they are as often a page's or a range's: the value must be one
			// word a name list knows as such, or (the last) no dictionary's word
			lw := strings.ToLower(value)
			if !fieldName(value) || strings.Contains(value, " ") {
				return
			}
			if key == "first" && handleGiven()[lw] {
				firsts = append(firsts, claim(start, end, fieldScore))
			}
			if key == "last" && (handleFamily()[lw] || !dictionaryWord(value) && !englishWord(value)) {
				lasts = append(lasts, claim(start, end, fieldScore))
			}
			return
		}
		if !personKeys[key] && !nameFields[key] && !(paired && pairedNameFields[key]) && !roleFields[key] {
			return
		}
		if roleFields[key] && loginLike(value) { // "assignee": "olu.adeyemi": the person's account
			handles = append(handles, redact.Finding{Type: redact.Username, Start: start, End: end, Score: fieldScore, Source: redact.SourceModel})
			return
		}
		if personKeys[key] && !knownName(value) && !unlistedFullName(value) || !fieldName(value) || roleFields[key] && !roleName(value) {
			return
		}
		claims = append(claims, claim(start, end, fieldScore))
	})
	if len(firsts) > 0 && len(lasts) > 0 { // both, or neither: {"first": "Page", "last": "Next"} is a pager's
		claims = append(append(claims, firsts...), lasts...)
	}
	fs = claimPersons(fs, claims)
	if len(handles) == 0 {
		return fs
	}
	a := newAdditions(fs)
	for _, h := range handles {
		if a.overlap(h.Start, h.End) == nil {
			a.add(h)
		}
	}
	return a.done()
}

// callNouns end the names of functions and constructors whose arguments are a person's name:
// format_name, setFullName, create_user, new Patient, Person.
var callNouns = wordSet("name names fullname person people user customer client patient employee contact member student author " +
	"passenger guest applicant tenant subscriber")

// maxCallArgs bounds the string arguments of a call read.
const maxCallArgs = 8

// namesInCalls makes a person of each string argument, given before any other, of a call to a
// function or a constructor whose name's last part is a person's or a name's noun
// (format_name("Jacqueline", "Yoder"), createUser("Kalpit Rama", "k@x.in"), new Patient("Eloá
// Cunha", 1945)), as tests and fixtures pass names (calledName): two to four words knownName or
// unlistedFullName vouches for, or one capitalised word that a list of names holds and no
// dictionary does, or that no list knows at all (Yoder; not "Rose", "Build", "Default").
// Keyword arguments are fields (namesInFields).
func namesInCalls(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for at := 0; at < len(text); {
		k := strings.IndexByte(text[at:], '(')
		if k < 0 {
			break
		}
		p := at + k
		at = p + 1
		ks := p
		for ks > 0 && (isLetterASCII(text[ks-1]) || isDigitByte(text[ks-1]) || text[ks-1] == '_') {
			ks--
		}
		if p-ks < 4 {
			continue
		}
		part := lastIdentPart(text[ks:p])
		if !foldIn(callNouns, part) {
			continue
		}
		nameCall := strings.EqualFold(part, "name") || strings.EqualFold(part, "names") || strings.EqualFold(part, "fullname")
		for i, n := skipBlanks(text, p+1), 0; n < maxCallArgs; n++ {
			start, end, ok := quoted(text, i)
			if !ok {
				break
			}
			if v := text[start:end]; fieldName(v) && calledName(v, nameCall) {
				claims = append(claims, claim(start, end, fieldScore))
			}
			if i = skipBlanks(text, end+1); i >= len(text) || text[i] != ',' {
				break
			}
			i = skipBlanks(text, i+1)
		}
	}
	if len(claims) == 0 {
		return fs
	}
	// the names passed are the same names wherever else the text writes them, as the values a
	// test expects ("Yoder, Jacqueline")
	n := len(claims)
	for c := range n {
		v := text[claims[c].Start:claims[c].End]
		for q := range occurrences(text, v) {
			if e := q + len(v); wordBounded(text, q, e) && !slices.ContainsFunc(claims[:n], func(f redact.Finding) bool { return f.Start < e && q < f.End }) {
				claims = append(claims, claim(q, e, fieldScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// wordBounded reports text[start:end] standing as words of their own: no letter or digit
// touches it on either side.
func wordBounded(text string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// lastIdentPart returns the last part of an identifier, in its case: after its last '_', or
// from its last capital that follows a lower-case letter (formatName, set_full_name: "Name",
// "name"; Person: "Person").
func lastIdentPart(id string) string {
	k := strings.LastIndexByte(id, '_')
	for i := len(id) - 1; i > k+1; i-- {
		if id[i] >= 'A' && id[i] <= 'Z' && id[i-1] >= 'a' && id[i-1] <= 'z' {
			k = i - 1
			break
		}
	}
	return id[k+1:]
}

// calledName reports a call's argument v that names a person (namesInCalls): a family name may
// open with its particle ("da Mata", "van Herstal"); a function of names takes any capitalised
// word a list of names holds ("Cook", "King"), the words of English among them.
func calledName(v string, nameCall bool) bool {
	if knownName(v) || unlistedFullName(v) || oneCalledName(v) {
		return true
	}
	if w, rest, ok := strings.Cut(v, " "); ok && nameParticles[w] {
		return calledName(rest, nameCall)
	}
	return nameCall && strings.IndexByte(v, ' ') < 0 && nameLike(v) && listedNameWord(v)
}

// oneCalledName reports one capitalised word that may be a name passed alone: one a list of
// names holds and English does not, or one no list knows as anything (unlistedName).
func oneCalledName(v string) bool {
	if strings.IndexByte(v, ' ') >= 0 || !nameLike(v) {
		return false
	}
	return listedNameWord(v) && !englishWord(v) && !dictionaryWord(v) || unlistedName(v)
}

// personKeys are the keys of fields whose value is as often a person's name as anything else
// ("name": "Wang Fang", but "name": "Search Engine"; "user": "Howard Neal", but "user": "admin";
// Go's and Java's Name: "…"): their value must be two to four words that knownName or
// unlistedFullName vouches for.
var personKeys = wordSet("name user customer client employee member person contact " +
	"names") // an account's owners in a bank-data API's array ("names": ["Alberta Bobbeth Charleson"]; stop 39)

// unlistedFullName reports two to four capitalised words that may be a name no list holds
// whole, as a record's name field writes one ("Venancio Carriera", "Dirk van Saksen", "Melina da
// Cunha"): each a name of the lists or no word of English, the dictionary, places,
// organisations, streets or computing (unlistedName), name particles in lower case between
// them. knownName takes the names in capitals throughout that a list knows a word of.
func unlistedFullName(v string) bool {
	ws := strings.Fields(familyComma(v))
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	names := 0
	for k, w := range ws {
		switch {
		case nameParticles[w] && k > 0 && k < len(ws)-1:
		case unlistedName(w) || strings.Contains(w, "-") && unlistedParts(w) || listedNameWord(w) && familyNameLike(w) && !foldIn(teamWords, w):
			names++
		default:
			return false
		}
	}
	return names >= 2
}

// listedNameWord reports a word that a list of given or family names holds, in any case.
func listedNameWord(w string) bool {
	if givenSet()[w] || familySet()[w] || familyFirst[w] || listedGiven()[w] {
		return true
	}
	lw := strings.ToLower(w)
	return handleGiven()[lw] || handleFamily()[lw]
}

// unlistedParts reports a hyphenated word each of whose parts is an unlistedName
// ("Opper-Lotharingen").
func unlistedParts(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if !unlistedName(part) {
			return false
		}
	}
	return true
}

// loginLike reports an account's name: three to 32 letters and digits with a '.', '_' or '-'
// between them, a letter first (olu.adeyemi, j_doe).
func loginLike(v string) bool {
	if len(v) < 3 || len(v) > 32 || !isLetterASCII(v[0]) || !strings.ContainsAny(v, "._-") {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isLetterASCII(c) && !isDigitByte(c) && c != '.' && c != '_' && c != '-' {
			return false
		}
	}
	return isLetterASCII(v[len(v)-1]) || isDigitByte(v[len(v)-1])
}

// placeFields are the keys of fields whose value is a city, a region or a place of birth.
var placeFields = wordSet("city town village municipality county province region district locality neighborhood neighbourhood " +
	"hometown birthplace place_of_birth birth_place city_of_birth ciudad ville stadt ort " +
	// a CRM's and a messaging platform's keys in camel case (stop 39): Salesforce's "MailingCity", Twilio's "FromCity"
	"mailingcity billingcity shippingcity othercity fromcity tocity citynm")

// addressFields are the keys of fields whose value is a street address, or a line of one.
var addressFields = wordSet("address street street_address streetaddress address_line1 address_line2 addressline1 addressline2 " +
	"address1 address2 addr home_address mailing_address billing_address shipping_address residence direccion adresse anschrift strasse " +
	// payment platforms' address objects and CRMs' keys (stop 39): Stripe's "line1" and "line2", Salesforce's "MailingStreet"
	"line1 line2 address_line_1 address_line_2 street1 street2 mailingstreet billingstreet shippingstreet otherstreet " +
	"addressline1txt addressline2txt")

// placeKeyTails are the last words of a snake_case key whose value is a town: "contact_city",
// "home_town", "billing_county" (stop 60: contact_city = "Nicholsshire" had gone upstream).
var placeKeyTails = wordSet("city town village county hometown birthplace")

// placeKey reports a key of placeFields, or a snake_case key whose last word is one of
// placeKeyTails (not a region's or a district's: "aws_region").
func placeKey(key string) bool {
	if placeFields[key] {
		return true
	}
	k := strings.LastIndexByte(key, '_')
	return k > 0 && placeKeyTails[key[k+1:]]
}

// yamlPlaceValue reads the bare value of a YAML place's key (placeKey, or "office" and
// "location") at text[ks:ke] opening its line, after blanks and a list's "- ", and a colon and
// a space right after it: the rest of the line, capitalised, with no digit, quote, bracket or
// colon (stop 60: "customer:⏎  city: Waitipupapapa", "- name: …⏎  office: Taiwai").
func yamlPlaceValue(text string, ks, ke int) (int, int, bool) {
	key := strings.ToLower(text[ks:ke])
	if ke+2 >= len(text) || text[ke] != ':' || text[ke+1] != ' ' || !placeKey(key) && key != "office" && key != "location" {
		return 0, 0, false
	}
	ls := ks
	for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t') {
		ls--
	}
	if ls >= 2 && text[ls-2:ls] == "- " {
		ls -= 2
		for ls > 0 && text[ls-1] == ' ' {
			ls--
		}
	}
	if ls > 0 && text[ls-1] != '\n' {
		return 0, 0, false
	}
	start := ke + 2
	_, end := lineWithin(text, start, start, nearBytes)
	for end > start && (text[end-1] == ' ' || text[end-1] == '\r') {
		end--
	}
	if end == start || !isUpperASCII(text[start]) && text[start] < utf8.RuneSelf || end-start > 60 || strings.ContainsAny(text[start:end], "0123456789\"'[]{}:#") {
		return 0, 0, false
	}
	return start, end, true
}

// placesInFields makes a place of the quoted value of a place field ("city": "Paris", town='Ely'):
// one to four words of letters; and a street address of an address field's value ("street":
// "Baker Street", "address_line2": "Flat 3"): letters in it, at most eight words. What the model
// found inside the value (a person "Paris") becomes the place or the address; an address found
// there stays.
func placesInFields(text string, fs []redact.Finding) []redact.Finding {
	var places []redact.Finding
	fieldValues(text, func(key string, start, end int) {
		switch v := text[start:end]; {
		case placeKey(key) && fieldName(v):
			places = append(places, redact.Finding{Type: redact.Location, Start: start, End: end, Score: fieldScore, Source: redact.SourceModel})
		case addressFields[key] && addressValue(v):
			places = append(places, redact.Finding{Type: redact.StreetAddress, Start: start, End: end, Score: fieldScore, Source: redact.SourceModel})
		}
	})
	return mergeFieldPlaces(text, fs, places)
}

// mergeFieldPlaces adds the places and addresses that fields' labels vouch for (placesInFields,
// identityDocumentFields, gapFields): one finding inside the value becomes the whole, more are
// left as found, and an address of the model's stays, unless it is a street without a number in
// a town's field (stop 38: "Malmo", cut from a street the model ran on into the next row).
func mergeFieldPlaces(text string, fs, places []redact.Finding) []redact.Finding {
	if len(places) == 0 {
		return fs
	}
	a := newAdditions(fs)
	for _, p := range places {
		if g := a.overlap(p.Start, p.End); g != nil {
			numberless := g.Type == redact.StreetAddress && g.Source == redact.SourceModel && p.Type == redact.Location && strings.IndexFunc(text[g.Start:g.End], unicode.IsDigit) < 0
			if (g.Type != redact.StreetAddress || numberless) && g.Start >= p.Start && g.End <= p.End && !a.twoOverlap(p.Start, p.End) {
				g.Type, g.Start, g.End, g.Score = p.Type, p.Start, p.End, max(g.Score, p.Score)
			}
			continue
		}
		a.add(p)
	}
	return a.done()
}

// addressValue reports a value that may be a street address or a line of one: one to eight
// words of letters, digits and the marks addresses have (",.-#'/"), with letters, opening with
// a letter or a digit, and no placeholder; a network address (":https", "localhost:8080") is
// none.
func addressValue(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 8 || strings.TrimSpace(v) != v || foldIn(placeholders, v) || strings.IndexFunc(v, unicode.IsLetter) < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	for _, r := range v {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" ,.-#'/", r) {
			return false
		}
	}
	return !strings.Contains(v, "//") && !strings.HasPrefix(strings.ToLower(v), "localhost")
}

// fieldValues calls fn for each key (lower case) and quoted value (its bounds) of the fields of
// text written "key": "value", key='value' or key = "value" on one line.
func fieldValues(text string, fn func(key string, start, end int)) {
	for i := 0; i < len(text); i++ {
		if text[i] != ':' && text[i] != '=' {
			continue
		}
		// the key before the sign, bare or quoted: patient_name, "firstName", 'nom'
		ke := i
		for ke > 0 && (text[ke-1] == ' ' || text[ke-1] == '\t') {
			ke--
		}
		if ke > 0 && (text[ke-1] == '"' || text[ke-1] == '\'') {
			ke--
			if ke > 0 && text[ke-1] == '\\' {
				ke-- // a key in JSON written inside a JSON string: {\"name\": \"Gary Black\"}
			}
		}
		ks := ke
		for ks > 0 && (isLetterASCII(text[ks-1]) || text[ks-1] == '_' || text[ks-1] >= '0' && text[ks-1] <= '9') {
			ks--
		}
		if ke-ks < 3 || ke-ks > 20 || !isLetterASCII(text[ks]) {
			continue
		}
		if start, end, ok := fieldValue(text, ks, ke); ok {
			fn(strings.ToLower(text[ks:ke]), start, end)
		} else if start, end, ok := yamlPlaceValue(text, ks, ke); ok {
			fn("city", start, end) // (an office's and a location's value read so is a town's)
		} else if start, ok := arrayStart(text, ks, ke); ok {
			key := strings.ToLower(text[ks:ke])
			for v := start; ; {
				start, end, ok := quoted(text, v)
				if !ok {
					break
				}
				fn(key, start, end)
				if v = skipBlanks(text, end+1); v >= len(text) || text[v] != ',' {
					break
				}
				v = skipBlanks(text, v+1)
			}
		}
	}
	xmlValues(text, fn)
	tableValues(text, fn)
}

// arrayStart reads the opening of an array value of the key text[ks:ke] ("given": ["Peter",
// "James"], as FHIR writes a name) and returns where its first element starts.
func arrayStart(text string, ks, ke int) (int, bool) {
	if ks > 0 && (text[ks-1] == '"' || text[ks-1] == '\'') {
		if ke >= len(text) || text[ke] != text[ks-1] {
			return 0, false
		}
		ke++
	}
	i := skipBlanks(text, ke)
	if i >= len(text) || text[i] != ':' && text[i] != '=' {
		return 0, false
	}
	i = skipBlanks(text, i+1)
	if i >= len(text) || text[i] != '[' {
		return 0, false
	}
	return skipBlanks(text, i+1), true
}

// quoted reads a value in double or single quotes at text[i], on one line.
func quoted(text string, i int) (int, int, bool) {
	if i >= len(text) || text[i] != '"' && text[i] != '\'' {
		return 0, 0, false
	}
	end := strings.IndexByte(text[i+1:min(len(text), i+1+maxFieldValue)], text[i])
	if end < 0 || strings.IndexByte(text[i+1:i+1+end], '\n') >= 0 {
		return 0, 0, false
	}
	return i + 1, i + 1 + end, true
}

// xmlValues calls fn for each element of text with text alone inside, as fields:
// <given>Kofi</given>, <LastName>Boateng</LastName>, <nc:PersonSurName>Whitaker</nc:PersonSurName>
// (the key in lower case, less its namespace's prefix).
func xmlValues(text string, fn func(key string, start, end int)) {
	for at := 0; ; {
		k := strings.Index(text[at:], "</")
		if k < 0 {
			return
		}
		closing := at + k
		at = closing + 2
		te := at
		for te < len(text) && (isLetterASCII(text[te]) || text[te] == '_' || text[te] == '-' || isDigitByte(text[te]) || text[te] == ':') {
			te++
		}
		tag := text[at:te] // with its namespace's prefix, if any: </nc:PersonSurName>
		if tag == "" || te >= len(text) || text[te] != '>' {
			continue
		}
		local := tag[strings.LastIndexByte(tag, ':')+1:]
		// the opening tag ends right before the value, which holds no '<'
		open := strings.LastIndexByte(text[max(0, closing-maxFieldValue):closing], '>')
		if open < 0 {
			continue
		}
		open += max(0, closing-maxFieldValue)
		lt := strings.LastIndexByte(text[:open], '<')
		if lt < 0 || strings.IndexByte(text[open:closing], '<') >= 0 || !strings.HasPrefix(text[lt+1:], tag) {
			continue
		}
		if c := text[lt+1+len(tag)]; c != '>' && c != ' ' {
			continue // <nameSuffix> is no <name>
		}
		if start, end := open+1, closing; end > start && local != "" && strings.IndexByte(text[start:end], '\n') < 0 {
			fn(strings.ToLower(local), start, end)
		}
	}
}

// fieldValue reads the quoted value of the key text[ks:ke]: the key quoted or bare, then ':' or
// '=', then the value in double or single quotes on the same line.
func fieldValue(text string, ks, ke int) (int, int, bool) {
	if ks > 1 && text[ks-2:ks] == `\"` {
		return escapedFieldValue(text, ks, ke)
	}
	if ks > 0 && (text[ks-1] == '"' || text[ks-1] == '\'') {
		if ke >= len(text) || text[ke] != text[ks-1] {
			return 0, 0, false
		}
		ke++
	}
	i := skipBlanks(text, ke)
	if i >= len(text) || text[i] != ':' && text[i] != '=' {
		return 0, 0, false
	}
	i = skipBlanks(text, i+1)
	if i >= len(text) || text[i] != '"' && text[i] != '\'' {
		return unquotedValue(text, ks, ke)
	}
	q := text[i]
	end := strings.IndexByte(text[i+1:min(len(text), i+1+maxFieldValue)], q) // bounded: an unclosed quote is read no further
	if end < 0 {
		return 0, 0, false
	}
	start, end := i+1, i+1+end
	if strings.IndexByte(text[start:end], '\n') >= 0 {
		return 0, 0, false
	}
	return start, end, true
}

// escapedFieldValue reads the value of the key text[ks:ke] of JSON written inside a JSON string,
// its quotes escaped, as a tool call's arguments are when a request's body is pasted or logged:
// {"arguments": "{\"to\": \"ana@example.com\", \"name\": \"Gary Black\"}"}.
func escapedFieldValue(text string, ks, ke int) (int, int, bool) {
	if !strings.HasPrefix(text[ke:], `\"`) {
		return 0, 0, false
	}
	i := skipBlanks(text, ke+2)
	if i >= len(text) || text[i] != ':' {
		return 0, 0, false
	}
	i = skipBlanks(text, i+1)
	if !strings.HasPrefix(text[i:], `\"`) {
		return 0, 0, false
	}
	start := i + 2
	end := strings.Index(text[start:min(len(text), start+maxFieldValue)], `\"`)
	if end < 0 || strings.IndexByte(text[start:start+end], '\n') >= 0 {
		return 0, 0, false
	}
	return start, start + end, true
}

// unquotedValue reads the bare value of a key text[ks:ke] joined to it by '=' with no blanks, as
// a query string, a form body or a log's key=value pairs write it (?first_name=Jane&last_name=Doe,
// patient=OKAFOR, CHIDI): from the sign to a '&', a ';', a tab or the line's end, and then to
// the last word before one that holds a digit, a '/', a ':' or a '=' (the next pair, a request's
// "HTTP/1.1"). The key must open its token.
func unquotedValue(text string, ks, ke int) (int, int, bool) {
	if ke >= len(text) || text[ke] != '=' || ks > 0 && strings.IndexByte(" \t\n?&;", text[ks-1]) < 0 {
		return 0, 0, false
	}
	start := ke + 1
	end := start
	for end < len(text) && end-start < maxFieldValue && strings.IndexByte("&;\t\n\r\"'", text[end]) < 0 {
		end++
	}
	// the words written as a name's: stop at the first that is not
	for w := start; w < end; {
		we := w
		for we < end && text[we] != ' ' {
			we++
		}
		if strings.ContainsAny(text[w:we], "0123456789/:=") {
			end = w
			break
		}
		if we < end && we-w > 2 && text[we-1] == '.' && isLower(text[we-2]) && !placeAbbreviations[strings.ToLower(text[w:we-1])] {
			end = we - 1 // a sentence's end after a word, not an initial's period: "city=Perleberg. Answer their question."
			break
		}
		w = we + 1
	}
	for end > start && (text[end-1] == ' ' || text[end-1] == ',') {
		end--
	}
	if end == start || text[start] == ' ' {
		return 0, 0, false
	}
	return start, end, true
}

// placeAbbreviations end in a period inside a town's name: "Ste. Marie", "Mt. Vernon".
var placeAbbreviations = wordSet("st ste mt ft pt mtn")

// maxFieldValue is the longest value of a name field read, in bytes.
const maxFieldValue = 120

// fieldName reports a value written as a person's name: one to four words of letters (any case),
// with hyphens, apostrophes and initials' periods, two characters or more, and no placeholder.
func fieldName(v string) bool {
	ws := strings.Fields(familyComma(v))
	if len(ws) == 0 || len(ws) > 4 || strings.TrimSpace(v) != v || utf8.RuneCountInString(v) < 2 {
		return false // a letter alone is a placeholder ("x"), not a name
	}
	for _, w := range ws {
		if x, _ := wordAt(w, 0); x != strings.TrimSuffix(w, ".") || x == "" {
			return false
		}
	}
	return !foldIn(placeholders, v)
}

// familyComma returns v without the comma of a name written family name first ("Okonkwo,
// Chidi" reads as "Okonkwo Chidi"); a value with another comma keeps it, and is no name.
func familyComma(v string) string {
	if k := strings.Index(v, ", "); k > 0 && strings.Count(v, ",") == 1 {
		return v[:k] + v[k+1:]
	}
	return v
}

// placeholders stand where a name field has no name.
var placeholders = wordSet("null none nil unknown n/a na test example sample string text name user admin anonymous redacted tbd todo required optional pending missing " +
	// and in the languages of the name labels: "Nom : Requis"
	"requis obligatoire inconnu aucun requerido obligatorio desconocido ninguno erforderlich pflichtfeld unbekannt keine verplicht onbekend " +
	"obbligatorio sconosciuto nessuno obrigatório desconhecido wymagane nieznany")

// knownName reports two to four capitalised words, one of them a given or family name of the
// gazetteers.
func knownName(v string) bool {
	ws := strings.Fields(familyComma(v))
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	known := false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		known = known || givenSet()[w] || familySet()[w] || familyFirst[w]
	}
	return known
}

// bracketedName reports a capitalised word of letters alone in brackets, tokens k-1 and k+1.
func bracketedName(text string, toks []Token, k int) bool {
	w := text[toks[k].Start:toks[k].End]
	r, _ := utf8.DecodeRuneInString(w)
	return k+1 < len(toks) && text[toks[k+1].Start:toks[k+1].End] == ")" && unicode.IsUpper(r) && hasLower(w) &&
		!isTitle(w) && !foldIn(monthNames, w) && !foldIn(weekdaySet, w)
}

// initialsScore is the score of a name found after initials.
const initialsScore = 0.7

// listedFamilyOnly reports a family name of the wider lists (handleFamily: Faker's, Veil's) that
// is no English or dictionary word and no place the gazetteers know: "Castellanos" of "R.
// Castellanos", which the model and gofakeit's list had missed (stop 45); not "Rose" or "Paris".
func listedFamilyOnly(w string) bool {
	return foldIn(handleFamily(), w) && !englishWord(w) && !dictionaryWord(w) && embeddedClass(w)&(gCity|gState|gCountry|gOrg|gStreet|gCommon) == 0
}

// namesAfterInitials finds a name written with initials where the model found nothing, or only
// the initials: two or three initials and a capitalised word ("J. R. Hartley", "J.R. Hartley"),
// or one initial and a family name the gazetteers know ("A. Okafor"), or any name after a title
// ("Dr. A. Okoye", and "Dr A Okoye" without the period). Initials that are an abbreviation
// ("U.S. Army", "P.O. Box", "A.M. Best") are not.
func namesAfterInitials(text string, fs []redact.Finding) []redact.Finding {
	a := newAdditions(fs)
	for i := 0; i+2 < len(text); i++ {
		if !isUpperASCII(text[i]) || i > 0 && (isLetterASCII(text[i-1]) || text[i-1] == '.') {
			continue
		}
		if text[i+1] == ' ' && isUpperASCII(text[i+2]) && titleBefore(text, i) {
			// "Dr A Okoye": after a title, an initial without its period
			if w, end := wordAt(text, i+2); nameLike(w) && !foldIn(placeAndOrgWords, w) && a.overlap(i, end) == nil {
				a.add(redact.Finding{Type: redact.Person, Start: i, End: end, Score: initialsScore, Source: redact.SourceModel})
				i = end
			}
			continue
		}
		if text[i+1] != '.' {
			continue
		}
		start, k, n := i, i, 0
		for k+1 < len(text) && isUpperASCII(text[k]) && text[k+1] == '.' && n < 3 {
			k += 2
			n++
			if k < len(text) && text[k] == ' ' {
				k++
			}
		}
		i = k
		if k >= len(text) || !isUpperASCII(text[k]) || foldIn(abbreviatedInitials, strings.ReplaceAll(text[start:k], " ", "")) {
			continue
		}
		w, end := wordAt(text, k)
		if n == 1 && capitals(w) && len(w) >= 2 && lineCaseAt(text, k) != 'u' {
			// a family name in capitals after one initial, in a line of mixed case, as proofs of
			// delivery and forms print a signer (stop 42): "signed by S. SMITH", "Received by: K.
			// OYELARAN"; one the lists know, or after a signer's words
			if !capsSlotName(w) && !(nameLike(titleCase(w)) && inTitleCase(familySet(), w)) ||
				!inTitleCase(familySet(), w) && !familyFirst[titleCase(w)] && !signerBefore(text, start) {
				continue
			}
		} else if !nameLike(w) || foldIn(placeAndOrgWords, w) || n == 1 && !familySet()[w] && !familyFirst[w] && !titleBefore(text, start) &&
			(!listedFamilyOnly(w) || transcriptMarker(text, start)) &&
			// a family name no list holds after an agent's "by" or a log line's time (stop 47: "escorted by
			// R. Delacroix", "09:14 H. Nakashima (Badge V-0921)")
			!(unlistedName(w) && (signerBefore(text, start) || clockBefore(text, start))) {
			continue
		}
		if n == 1 && end+2 < len(text) && text[end] == ' ' && !transcriptMarker(text, start) {
			// a given name after the family name, as Hungarian writes it: "A. Antal Edina" (stop 45)
			if g, ge := wordAt(text, end+1); startsUpper(g) && !capitals(g) && (givenSet()[g] || listedGiven()[g]) &&
				(ge == len(text) || text[ge] != ' ' || ge+1 < len(text) && !unicode.IsUpper(firstRune(text[ge+1:]))) {
				end = ge
			}
		}
		if start > 1 && text[start-1] == '-' && isLetterASCII(text[start-2]) {
			// a hyphened given name's first part before the initial: "Hans-J. Rohleder" (stop 45)
			k := start - 1
			for k > 0 && isLetterASCII(text[k-1]) {
				k--
			}
			if isUpperASCII(text[k]) {
				start = k
			}
		}
		if f := a.overlap(start, end); f != nil {
			if f.Type == redact.Person && f.Start >= start && f.End <= end && (f.Start > start || f.End < end) && !a.twoOverlap(start, end) {
				// the model stopped at the initials ("J. R" of "J. R. Hartley") or found the family name
				// alone ("BARTLETT" of "T. BARTLETT")
				f.Start, f.End = start, end
			}
			if f.Type == redact.Person && f.Start == start && f.End == end && f.Score < initialsScore {
				f.Score = initialsScore // the model's doubt over the same words: "signed by S. SMITH" at 0.40
			}
			continue
		}
		a.add(redact.Finding{Type: redact.Person, Start: start, End: end, Score: initialsScore, Source: redact.SourceModel})
		i = end
	}
	return a.done()
}

// transcriptMarker reports a deposition's or an interview's "A." or "Q." opening a line at
// start, in a text whose lines a "Q." opens too: the answer's mark, no initial ("Q. Where do you
// live?⏎A. Hallberg.").
func transcriptMarker(text string, start int) bool {
	if text[start] != 'A' && text[start] != 'Q' || start > 0 && text[start-1] != '\n' {
		return false
	}
	return strings.HasPrefix(text, "Q. ") || strings.Contains(text, "\nQ. ")
}

// signerBefore reports a signer's words before start: "signed by", "received by:", an agent's
// "by" (agentVerbs), "signature" or "signed".
func signerBefore(text string, start int) bool {
	k := start
	for k > 0 && (text[k-1] == ' ' || text[k-1] == ':') {
		k--
	}
	j := k
	for j > 0 && isLetterASCII(text[j-1]) {
		j--
	}
	switch w := text[j:k]; {
	case strings.EqualFold(w, "signature") || strings.EqualFold(w, "signed"):
		return true
	case strings.EqualFold(w, "by"):
		return foldIn(agentVerbs, asciiWordBefore(text, j, false))
	}
	return false
}

// lowerTitles are the titles chat types in lower case before a name, with their period.
var lowerTitles = wordSet("dr mr mrs ms prof")

// lowerTitledNames makes a person of the lower-case word after a title typed in lower case with
// its period, as chat writes a clinician (stop 47: "i told my therapist dr. hollander about the
// panic attacks", which the model had found in some sentences and not in others): a word that may
// be a name in lower case (lowerRoleName: a family name of the lists or no word), and a family
// name after it ("dr. anika patel"); not "dr. appointment", "mr. and mrs." or "mrs. walls", a
// word.
func lowerTitledNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for dot := range occurrences(text, ". ") {
		ts := dot
		for ts > 0 && dot-ts < 4 && text[ts-1] >= 'a' && text[ts-1] <= 'z' {
			ts--
		}
		if ts == dot || !lowerTitles[text[ts:dot]] || ts > 0 && (isLetterASCII(text[ts-1]) || text[ts-1] == '.') {
			continue
		}
		w, end := wordAt(text, dot+2)
		if !isLowerWord(w) || !lowerRoleName(w) || lowerKinAfter[w] {
			continue
		}
		if end+1 < len(text) && text[end] == ' ' {
			if f, fe := wordAt(text, end+1); isLowerWord(f) && listedLowerFamily(f) {
				end = fe
			}
		}
		if !inCode(text, ts) {
			claims = append(claims, claim(dot+2, end, kinScore))
		}
	}
	if len(claims) == 0 {
		return fs
	}
	return claimPersons(fs, claims)
}

// namesBeforeRelations makes a person of one to three capitalised words before a relation in
// brackets, as a chart's or a form's contact line writes them (stop 47: "SO: Tamsin
// (girlfriend)", "Emergency contact: Aroha Te Whare (sister)"): the first a given name of the
// lists, or a word no list holds before a family's relation, the others names too (no English
// word, place or organisation word).
func namesBeforeRelations(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for k := range occurrences(text, " (") {
		c := strings.IndexByte(text[k+2:min(len(text), k+20)], ')')
		if c <= 0 {
			continue
		}
		rel := strings.ToLower(text[k+2 : k+2+c])
		if !kinNouns[rel] {
			continue
		}
		start, words := k, 0
		for words < 3 {
			w, ws := wordBefore(text, start+1)
			if w == "" || !nameLike(w) || capitals(w) {
				break
			}
			start, words = ws-1, words+1
			if ws == 0 || text[ws-1] != ' ' {
				break
			}
		}
		if words == 0 {
			continue
		}
		first := start + 1
		if text[first] == ' ' {
			first++
		}
		given, _ := wordAt(text, first)
		if !givenNames(given) && !listedGiven()[given] && !(familyRelations[rel] && unlistedName(given)) || inCode(text, first) {
			continue // a name no list holds before a family's relation, not a partner's or a friend's: "Acme (partner)"
		}
		ok := true
		for w := range strings.FieldsSeq(text[first:k]) {
			ok = ok && (w == given || familyNameLike(w) && (!englishWord(w) || familyWord(w)))
		}
		if ok {
			claims = append(claims, claim(first, k, kinScore))
		}
	}
	if len(claims) == 0 {
		return fs
	}
	return claimPersons(fs, claims)
}

// givenCellsBeforeFamilies makes a person of a quoted cell of one capitalised word right before a
// quoted cell the model found a person in alone, as a row of SQL's values or a tuple writes a
// given name and a family name apart (stop 47: "VALUES (1042, 'Thandiwe', 'Mokoena', …)", whose
// given name had gone upstream): a word that may be a name (a given name of the lists, or no
// English word, place or organisation word).
func givenCellsBeforeFamilies(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Person || f.Start < 6 || f.End >= len(text) {
			continue
		}
		q := text[f.Start-1]
		if q != '\'' && q != '"' || text[f.End] != q || strings.IndexByte(text[f.Start:f.End], ' ') >= 0 {
			continue
		}
		k := f.Start - 1 // the opening quote; before it ", " or ","
		k--
		if text[k] == ' ' {
			k--
		}
		if k < 2 || text[k] != ',' || text[k-1] != q {
			continue
		}
		e := k - 1
		b := strings.LastIndexByte(text[max(0, e-40):e], q)
		if b < 0 {
			continue
		}
		b += max(0, e-40) + 1
		w := text[b:e]
		if !nameLike(w) || capitals(w) || !givenNames(w) && !listedGiven()[w] && !unlistedName(w) || !free(fs, b, e) {
			continue
		}
		// the row's cell before the given name is no quoted word: a list of names in code
		// ("Alda", "Alden", …) names no one
		p := b - 2
		for p > 0 && (text[p] == ' ' || text[p] == '\t' || text[p] == '\n') {
			p--
		}
		if p > 0 && text[p] == ',' {
			p--
			for p > 0 && (text[p] == ' ' || text[p] == '\t' || text[p] == '\n') {
				p--
			}
			if text[p] == '\'' || text[p] == '"' {
				continue
			}
		}
		claims = append(claims, claim(b, e, shapeScore))
	}
	if len(claims) == 0 {
		return fs
	}
	return claimPersons(fs, claims)
}

// kinTitles are kinTitleWords, looked up.
var kinTitles = setOf(kinTitleWords)

// namesAfterKinTitles makes a person of a given name of the lists after a relation written as a
// title (stop 47: "Mormor Birgitta ringde", whose name had gone upstream; the model reads the
// English "Grandma Birgitta", not the other languages'), and a family name of the lists after it.
func namesAfterKinTitles(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i := 0; i+4 < len(text); i++ {
		if !isUpperASCII(text[i]) || i > 0 && (isLetterASCII(text[i-1]) || text[i-1] >= utf8.RuneSelf) {
			continue
		}
		w, e := wordAt(text, i)
		if len(w) > 11 || !kinTitles[w] || e+1 >= len(text) || text[e] != ' ' {
			i = max(i, e-1)
			continue
		}
		g, ge := wordAt(text, e+1)
		if !givenNames(g) && !listedGiven()[g] || englishWord(g) {
			continue
		}
		end := ge
		if ge+1 < len(text) && text[ge] == ' ' {
			if f, fe := wordAt(text, ge+1); familyWord(f) && !englishWord(f) {
				end = fe
			}
		}
		if !inCode(text, e+1) {
			claims = append(claims, claim(e+1, end, kinScore))
		}
		i = end
	}
	if len(claims) == 0 {
		return fs
	}
	return claimPersons(fs, claims)
}

// formerPartner reports a bare "ex" at toks[i] after a possessive, a former partner as kinNouns'
// "ex-wife" is: "is it weird to text my ex Prisha" (stop 58).
func formerPartner(text string, toks []Token, i int) bool {
	if i == 0 || text[toks[i].Start:toks[i].End] != "ex" || toks[i].NewlineBefore {
		return false
	}
	switch strings.ToLower(text[toks[i-1].Start:toks[i-1].End]) {
	case "my", "his", "her", "their", "your", "our":
		return true
	}
	return false
}

// familyRelations are the relations of kinNouns that only a person has: a family's and a couple's.
var familyRelations = wordSet("daughter son wife husband mother father mom mum dad sister brother aunt uncle cousin niece nephew grandson " +
	"granddaughter grandmother grandfather grandma grandpa fiancé fiancée fiance fiancee spouse stepson stepdaughter boyfriend girlfriend " +
	"hubby wifey bf gf nana " + familyByMarriage)

// clockBefore reports a time of day, hours and minutes, right before start and a blank, as a
// log's or a register's line opens: "09:14 H. Nakashima".
func clockBefore(text string, start int) bool {
	return start >= 5 && text[start-1] == ' ' && text[start-4] == ':' && isDigitByte(text[start-2]) && isDigitByte(text[start-3]) && isDigitByte(text[start-5])
}

// middleInitials makes a person of a given name, one initial and a family name ("Stuart J.
// Lewis", "Henriette R. Peltier", "Gülenay Ş. Mansız"), which the model reads as pieces or not
// at all: both words written as names are, no title, place, street or organisation word, and
// no English word unless the lists give it as a name; the given name one the lists know or the
// family name one ("Auguste J. Tessier"), or neither a word of the dictionary ("Martino A.
// Versace"). What the model found in it joins the person ("J.
// Lewis", "Attila P" a place). An initial that ends a sentence before a capitalised word
// ("Vitamin D. The") is none.
func middleInitials(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for dot := range occurrences(text, ". ") {
		r, size := utf8.DecodeLastRuneInString(text[:dot])
		initial := dot - size
		if !unicode.IsLetter(r) || initial < 3 || text[initial-1] != ' ' {
			continue
		}
		given, start := wordBefore(text, initial)
		family, end := wordAt(text, dot+2)
		if labelEnd(text, end) {
			continue // the next field's label: "Patient: Fenwick, Lorraine J. Acc#: …" (stop 50)
		}
		for _, ps := range [...]string{"'s", "’s"} {
			if strings.HasSuffix(family, ps) {
				family, end = family[:len(family)-len(ps)], end-len(ps)
			}
		}
		if unicode.IsLower(r) {
			// in a line written all in lower case: a given name of the lists and a family name
			// of them, or a word no list of words knows ("bradley n. payne", "ali l. uittenbosch")
			if given != "" && handleGiven()[given] && !englishWord(given) && lowerRoleName(family) && utf8.RuneCountInString(family) >= 3 &&
				lineCaseAt(text, dot) == 'l' && !inCode(text, start) {
				claims = append(claims, claim(start, end, initialsScore))
			}
			continue
		}
		if capitals(given) && capitals(family) && unicode.IsUpper(r) {
			// a caption's or a record's name in capitals, a listed given name first: "MARISOL T.
			// ECHEVERRÍA, an individual", before a comma, a bracket or the line's end
			if (givenNames(given) || capsGivenBeforeKnown(text, fs, given, initial, family)) && utf8.RuneCountInString(family) >= 3 && !foldIn(placeAndOrgWords, family) &&
				(end == len(text) || strings.IndexByte(",(\n\r", text[end]) >= 0) {
				claims = append(claims, claim(start, end, initialsScore))
				for k := near(fs, start); k < len(fs) && fs[k].Start < start; k++ {
					// the model's finding run over the line break into the name, as a caption's line
					// above in capitals invites ("COUNTY OF ALAMEDA⏎MARISOL T"): it ends at the break
					// (looked for from the name's neighbours: every finding of the text had been asked
					// for each name, quadratic; stop 54)
					if f := &fs[k]; f.Start < start && start < f.End {
						if nl := strings.LastIndexByte(text[f.Start:start], '\n'); nl > 0 {
							if n := len(strings.TrimRight(text[f.Start:f.Start+nl], " \r")); n > 0 {
								f.End = f.Start + n
							}
						}
					}
				}
			}
			continue
		}
		knownFamily := familyWord(family)
		street := uint16(gStreet)
		if knownFamily {
			street = 0 // a family name that is a street's kind too: "Tanisha M. Brooks", "Owen J. Hills"
		}
		if greeting := foldIn(worldGreetings, given) || foldIn(salutations, given); greeting {
			// "Bonjour M. Lefebvre": French's Mr, or an initial, and the family name after a
			// greeting, not a given name (stop 45)
			if familyWord(family) && nameLike(family) && !capitals(family) && embeddedClass(family)&(gCity|gState|gCountry|gOrg) == 0 {
				claims = append(claims, claim(initial, end, initialsScore))
			}
			continue
		}
		if given == "" || !middleGiven(given) || !nameLike(family) || capitals(family) || foldIn(placeAndOrgWords, family) ||
			embeddedClass(family)&(gCity|gState|gCountry|gOrg|gOrgSuffix|street) != 0 || !knownFamily && !familyNameLike(family) {
			continue // a family name the lists know may be a word as well: "László J. Kiss", "Savina A. Pop"
		}
		unknownPair := !knownFamily && !dictionaryWord(family) && !dictionaryWord(given) && !englishWord(given) &&
			embeddedClass(family)&(gTitle|gCommon|gNRP) == 0 && !foldIn(foreignWords, family) && !foldIn(foreignWords, given) // "Martino A. Versace", "Sarthak Y. Madan": no list knows either; not German's "Rückgabewert N. Wenn"
		if englishWord(family) && !knownFamily || !knownFamily && !anyGiven(given) && !fakerEnglishGiven()[given] && !unknownPair {
			continue
		}
		claims = append(claims, claim(start, end, initialsScore))
	}
	claims = append(claims, undottedInitials(text, fs)...)
	return claimPersons(fs, claims)
}

// capsGivenBeforeKnown reports a word in capitals no list gives as a name before an initial and a
// family name in capitals, where the family name is one the lists know or no word, or the model
// read the initial and the family name as a person: the given name is then the person's too (stop 54: "IN
// RE THE MARRIAGE OF KEISHA L. BRANTLEY" had left "KEISHA" upstream). A word of English or of
// the dictionary, a title or a place's word is none.
func capsGivenBeforeKnown(text string, fs []redact.Finding, given string, initial int, family string) bool {
	if utf8.RuneCountInString(given) < 3 || englishWord(given) || dictionaryWord(given) || isTitle(given) || foldIn(placeAndOrgWords, given) || foldIn(foreignWords, given) {
		return false
	}
	if familyWord(nameCase(family)) || !englishWord(family) && !dictionaryWord(family) && !foldIn(foreignWords, family) {
		return true // a family name of the lists, or a word no list of words knows: "TYRELL J. WASHBURN"
	}
	for _, f := range fs[near(fs, initial):] {
		if f.Start > initial {
			break
		}
		if f.Type == redact.Person && f.End > initial {
			return true
		}
	}
	return false
}

// undottedInitials claims a given name, a middle initial without its period and a family name
// (stop 42: "Member: ROSALIND K MERCER  Member ID: …", "Patient: Rosalind K Mercer was seen"),
// which the model left or cut where the family name is a word too: both names of the lists (a
// given name and a family name), in one case, and in capitals at a field's end (a comma, a
// bracket, two spaces or the line's). An "A" or an "I" before an English word is the article or
// the pronoun ("Tell Maria A Story").
func undottedInitials(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i := 2; i+3 < len(text); i++ {
		c := text[i]
		if c < 'A' || c > 'Z' || text[i-1] != ' ' || text[i+1] != ' ' || !isUpperASCII(text[i+2]) {
			continue
		}
		given, start := wordBefore(text, i)
		family, end := wordAt(text, i+2)
		if given == "" || len(family) < 3 || (c == 'A' || c == 'I') && (englishWord(family) || dictionaryWord(family)) || foldIn(placeAndOrgWords, family) || foldIn(placeAndOrgWords, given) {
			continue
		}
		// the model's person that ends at the initial vouches for the given name and the initial:
		// a family name no list holds is then one when it is no word ("Member: DOROTHY A KEMPF",
		// "Dorothy A Kempf", where the model had stopped at the initial; stop 47)
		modelPerson := false // looked for from near the name (stop 53: a pass over every finding at each initial had made a text of thousands quadratic)
		for _, f := range fs[near(fs, start):] {
			if f.Start > start {
				break
			}
			modelPerson = modelPerson || f.Type == redact.Person && f.End == i+1
		}
		unlisted := func(w string) bool {
			return modelPerson && !englishWord(w) && !dictionaryWord(w) && embeddedClass(w)&(gCommon|gTitle|gStreet) == 0 && !foldIn(formLineWords, w) && !foldIn(labelWords, w)
		}
		switch {
		case capitals(given) && capitals(family):
			fieldEnd := end == len(text) || strings.IndexByte(",(\n\r", text[end]) >= 0 || strings.HasPrefix(text[end:], "  ")
			if !fieldEnd || !givenNames(given) && !modelPerson || !familyWord(titleCase(family)) && !unlisted(titleCase(family)) ||
				embeddedClass(titleCase(family))&(gCity|gState|gCountry|gOrg) != 0 {
				continue
			}
		case nameLike(given) && nameLike(family):
			if !(anyGiven(given) || fakerEnglishGiven()[given]) && !modelPerson || !familyWord(family) && !unlisted(family) ||
				embeddedClass(family)&(gCity|gState|gCountry|gOrg|gOrgSuffix) != 0 {
				continue
			}
		default:
			continue
		}
		if inCode(text, start) {
			continue
		}
		claims = append(claims, claim(start, end, initialsScore))
		i = end
	}
	return claims
}

// middleGiven reports a word that may be the given name before a middle initial: written as
// names are, a given name of the lists, or else no English word, place, street, title or
// organisation word.
func middleGiven(w string) bool {
	if !nameLike(w) || foldIn(placeAndOrgWords, w) {
		return false
	}
	if anyGiven(w) || fakerEnglishGiven()[w] {
		return true
	}
	return !englishWord(w) && !dictionaryWord(w) && embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gTitle|gCommon) == 0
}

// abbreviatedInitials are abbreviations written as initials, never a person's.
var abbreviatedInitials = wordSet("u.s. u.k. u.n. e.u. p.o. a.m. p.m. d.c. n.y. l.a. s.f. b.c. a.d. r.i.p. n.b. p.s. e.g. i.e. u.s.a. " +
	"n.j. n.c. s.c. w.v. u.a.e. r.n. m.d. d.o. ph.d. b.a. b.s. m.a. m.s. j.d. v.p. q.c. k.c.")

// familyCommaGiven joins a name written family name first with a comma, in capitals, as records
// write it ("KOWALSKI, PIOTR", "O'CONNOR, SEAN M."): a person the model found that opens with a
// known given name in capitals, and the word in capitals before it and its comma, when that word
// is no given name the gazetteers know ("MARIA, ERIKA" is a list; "JAMES, ERIKA" is joined, as
// James is not among them) and no part of a name before it. In mixed case the same shape is
// mostly a list of people ("Ronald McDonald, Ian MacLeod"; "Smith-Jones, Eleanor" stays two
// spans, both masked). Whatever the model made of the family name joins the person.
func familyCommaGiven(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.Type != redact.Person || f.Start < 4 || text[f.Start-2:f.Start] != ", " {
			continue
		}
		we := f.Start - 2
		ws := we
		for ws > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:ws])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				break
			}
			ws -= size
		}
		w := text[ws:we]
		if redact.SignOff(w) {
			continue // "Love, David": a sign-off and the writer, no family name
		}
		given, ge := wordAt(text, f.Start)
		if !capitals(given) || !inTitleCase(givenSet(), given) {
			if familyCommaGivenMixed(text, f, given, ge, w, ws, fs[:i]) {
				claims = append(claims, claim(particledFamilyStart(text, ws), f.End, f.Score))
			}
			continue
		}
		if utf8.RuneCountInString(w) < 2 || inTitleCase(givenSet(), w) || ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\t' && text[ws-1] != '\n' && text[ws-1] != ':' {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if !unicode.IsLetter(first) || !unicode.IsLetter(last) || !capitals(w) || foldIn(placeAndOrgWords, w) || foldIn(roleNouns, w) || partOfName(fs[:i], ws) {
			continue // (nor a role before its person: "THE DEFENDANT, JAMAL RASHEED ABDULLAH"; stop 52)
		}
		claims = append(claims, claim(ws, f.End, f.Score))
	}
	return claimPersons(fs, claims)
}

// familyNameCues say that a family name follows: "Her maiden name was Holzknecht", "surname:
// Greenwood", "née Kiss", and LDAP's surname attribute opening a line of an LDIF entry ("sn:
// Killer"; stop 39).
var familyNameCues = func() []string {
	cues := []string{"maiden name was ", "maiden name is ", "maiden name: ", "surname is ", "surname was ", "surname: ",
		"last name is ", "last name was ", "last name: ", "family name is ", "family name was ", "family name: ", "née ", "nee ", "sn: ",
		// a security question's answer as an agent notes it (stop 44): "verified with mother's maiden name Kowalczyk"
		"maiden name "}
	for _, c := range cues[:len(cues):len(cues)] {
		cues = append(cues, strings.ToUpper(c[:1])+c[1:]) // "Surname: Greenwood"
	}
	return cues
}()

// familyNameSlots makes a person of the one or two words after a cue that says a family name
// follows (familyNameCues, with a capital first too), whatever the model made of them ("Her
// maiden name was Holzknecht", a place; "née Kiss", an organisation): written as names are and
// no place, organisation, street or title word, or in lower case a family name of the lists that
// is no word ("her maiden name was phạm" is none; "the surname is required" is none).
func familyNameSlots(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "name") && !strings.Contains(text, "née") && !strings.Contains(text, "nee ") && !strings.Contains(text, "sn: ") {
		return fs
	}
	var claims []redact.Finding
	for _, c := range familyNameCues {
		for k := range occurrences(text, c) {
			if k > 0 && isLetterStart(text[k-1]) {
				continue // "renée", "surnames"
			}
			if c[1] == 'n' && c[0]|0x20 == 's' && k > 0 && text[k-1] != '\n' {
				continue // LDAP's attribute opens a line
			}
			start := k + len(c)
			end, n := start, 0
			for { // a family name's particles before it ("sn: van Asten", "Surname: de la Cruz")
				w, e := wordAt(text, end)
				if !nameParticles[w] || e+1 >= len(text) || text[e] != ' ' {
					break
				}
				if next, _ := wordAt(text, e+1); !nameLike(next) && !nameParticles[next] {
					break
				}
				end = e + 1
			}
			for n < 2 {
				w, e := wordAt(text, end)
				if w == "" || (!nameLike(w) || foldIn(placeAndOrgWords, w) || isTitle(w) || foldIn(placeholders, w)) && !listedLowerFamily(w) {
					break
				}
				n++
				if end = e; end+1 >= len(text) || text[end] != ' ' {
					break
				}
				if next, _ := wordAt(text, end+1); next == "" || !nameLike(next) && !nameParticles[next] {
					break
				}
				end++
			}
			if n > 0 {
				if text[end-1] == ' ' {
					end--
				}
				claims = append(claims, claim(start, end, initialsScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// familyCommaGivenMixed reads the same shape in mixed case, as records and sign-in sheets write
// one person ("Ticket escalated by Jones, Scott.", "I, Elberts, Isabelle, authorize"), where
// commas more often list people: the person f is one given name of the lists and nothing more,
// the word before the comma a family name of the lists that is no given name (or, before a given
// name that is no family name, one that is: "We need Lewis, Marcus's signature"), and no list goes
// on on either side (a comma, "and" or "&" and a capitalised word after; a comma before, unless
// after "I": "I, Elberts, Isabelle, authorize"). It reports whether to claim both; w, at ws, is
// the word before the comma.
func familyCommaGivenMixed(text string, f redact.Finding, given string, ge int, w string, ws int, before []redact.Finding) bool {
	for _, ps := range [...]string{"'s", "’s"} {
		if strings.HasSuffix(given, ps) {
			given, ge = given[:len(given)-len(ps)], ge-len(ps) // "We need Lewis, Marcus's signature"
		}
	}
	if ge != f.End || !nameLike(given) || !givenSet()[given] && !listedGiven()[given] {
		return false
	}
	// a family name that is a given name too ("Lewis, Marcus") only before a given name that is no
	// family name
	bothWays := (givenSet()[w] || listedGiven()[w]) && (!familySet()[w] || familySet()[given])
	if w == "" || !nameLike(w) || bothWays || !familyWord(w) || partOfName(before, ws) ||
		ws > 0 && text[ws-1] != ' ' && text[ws-1] != '\t' && text[ws-1] != '\n' && text[ws-1] != ':' {
		return false
	}
	signer := ws >= 3 && text[ws-3:ws] == "I, " && (ws == 3 || !isLetterStart(text[ws-4])) // "I, Warner, Reece, authorize this payment"
	return (signer || !(ws >= 2 && text[ws-2] == ',')) && !listGoesOn(text, f.End)         // "Ana, Jones, Scott and Lee": a list
}

// particledFamilyStart returns where a family name joined by particles starts, whose last word
// starts at ws ("Ferreira da Silva, João", "Van der Berg, Anna", stop 35): one capitalised word
// and one or two particles in lower case before it; or ws.
func particledFamilyStart(text string, ws int) int {
	at, particles := ws, 0
	for particles < 2 && at > 1 && text[at-1] == ' ' {
		p := wordStartBefore(text, at-1)
		if p == at-1 || !nameParticles[text[p:at-1]] {
			break
		}
		at, particles = p, particles+1
	}
	if particles == 0 || at < 2 || text[at-1] != ' ' {
		return ws
	}
	p := wordStartBefore(text, at-1)
	if w := text[p : at-1]; p == at-1 || !nameLike(w) || englishWord(w) || p > 0 && !unicode.IsSpace(rune(text[p-1])) && text[p-1] != ':' {
		return ws
	}
	return p
}

// listGoesOn reports a list's next item after end: a comma, "and" or "&", and a capitalised word.
func listGoesOn(text string, end int) bool {
	rest := text[end:]
	for _, link := range [...]string{", ", " and ", " & "} {
		if strings.HasPrefix(rest, link) && len(rest) > len(link) {
			r, _ := utf8.DecodeRuneInString(rest[len(link):])
			return unicode.IsUpper(r) // "Scott and Lee"; not "Denise and my email"
		}
	}
	return false
}

// capsNamePairs makes a person of a given name of Veil's own lists (or of Faker's, with a
// stricter partner: no English word, given name or group) in capitals and the word in
// capitals next to it on its line, the one after (JOHN SMITH) or else the one before (OKAFOR
// CHIDI), written as a name is (capsNameLike: no common word, title, month or weekday): bank
// statements and records write names so, family name first or last ("ZELLE FROM OKAFOR CHIDI ON
// 03/03", where the model read a place in OKAFOR and left CHIDI). What the model found over
// them joins the person. Words of places and organisations, and those the gazetteers know as
// such, are no part of one ("CHASE BANK", "VICTORIA STATION").
func capsNamePairs(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	nameWord := func(w string) bool {
		return w != "" && capitals(w) && capsNameLike(w) && !foldIn(placeAndOrgWords, w) &&
			embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet) == 0
	}
	for i := 0; i < len(text); {
		w, e := wordAt(text, i)
		if w == "" || i > 0 && (isLetterASCII(text[i-1]) || text[i-1] >= utf8.RuneSelf) {
			i++
			continue
		}
		if !capitals(w) || !nameWord(w) {
			i = e
			continue
		}
		curated := inTitleCase(curatedGiven(), w)
		if !curated && !inTitleCase(fakerGiven(), w) {
			i = e
			continue
		}
		partner := func(w string) bool {
			// after a given name of Faker's lists alone, no English word, given name or group
			// either ("HOLGER BRANDSTÄTTER"; not "MARIA PLEASE"); after any, no word of the
			// dictionary that no list gives as a family name ("PATIENT CLAIRE PRESENTED WITH")
			if (dictionaryWord(w) || englishWord(w)) && !foldIn(handleFamily(), w) && !inTitleCase(givenSet(), w) && !inTitleCase(shortFamilies, w) {
				return false
			}
			return nameWord(w) && (curated || !englishWord(w) && !inTitleCase(curatedGiven(), w) && !inTitleCase(earlyFakerGiven(), w) &&
				embeddedClass(w)&(gFirst|gNRP|gCommon|gTitle) == 0 && !techTerms[w])
		}
		if e+1 < len(text) && text[e] == ' ' {
			if next, ne := wordAt(text, e+1); partner(next) {
				claims = append(claims, claim(i, ne, shapeScore))
				i = ne
				continue
			}
		}
		if i > 1 && text[i-1] == ' ' {
			p := i - 1
			for p > 0 && isUpperASCII(text[p-1]) || p > 0 && (text[p-1] == '-' || text[p-1] == '\'') && p > 1 && isUpperASCII(text[p-2]) {
				p--
			}
			if prev, _ := wordAt(text, p); p < i-1 && (p == 0 || !isLetterASCII(text[p-1])) && partner(prev) {
				claims = append(claims, claim(p, e, shapeScore))
			}
		}
		i = e
	}
	return claimPersons(fs, claims)
}

// spelledNames makes a person of a name spelled a letter at a time, as a caller spells one to an
// agent: three letters or more joined by dashes or dots (A-C-H-T-E-R-B-E-R-G, K.O.W.A.L.S.K.A),
// where it spells a person's word found in the text or a word about spelling or names stands
// right before it ("spelled her name: K-O-W-A-L-S-K-A"). An acronym spelled so with neither
// ("A-B-C testing") is none.
func spelledNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	var personWords map[string]bool // the words of the persons found, in lower case, read at the first spelled word
	for at := 0; ; {
		k := strings.IndexAny(text[at:], "-.")
		if k < 0 {
			break
		}
		k += at
		at = k + 1
		if k == 0 || !isLetterASCII(text[k-1]) || k > 1 && (isLetterASCII(text[k-2]) || isDigitByte(text[k-2])) || k+1 >= len(text) || !isLetterASCII(text[k+1]) {
			continue
		}
		start, sep := k-1, text[k]
		end, letters := k+2, 2
		for end+1 < len(text) && text[end] == sep && isLetterASCII(text[end+1]) && (end+2 >= len(text) || !isLetterASCII(text[end+2])) {
			end, letters = end+2, letters+1
		}
		if end < len(text) && (isLetterASCII(text[end]) || isDigitByte(text[end])) || letters < 3 {
			at = end
			continue
		}
		if sep == '.' && end < len(text) && text[end] == '.' {
			end++ // K.O.W.A.L.S.K.A.
		}
		var word strings.Builder
		for p := start; p < end; p += 2 {
			word.WriteByte(text[p] | 0x20)
		}
		before := spellingBefore(text, start)
		if personWords == nil && !before {
			personWords = spelledPersonWords(text, fs) // once: each spelled word had read every person of the text (stop 49)
		}
		if before || personWords[word.String()] {
			claims = append(claims, claim(start, end, shapeScore))
		}
		at = end
	}
	// a word in capitals right after a word about spelling ("that is spelled OKAFOR"): the
	// normalisation writes a name spelled a letter at a time ("O K A F O R") so (stop 38)
	for _, cue := range []string{"spelled ", "spelt ", "spelling is ", "spell it "} {
		for k := range occurrences(text, cue) {
			at := k + len(cue)
			if w, e := wordAt(text, at); len(w) >= 2 && capitals(w) && capsNameShape(w) && (e == len(text) || !isLetterASCII(text[e])) {
				claims = append(claims, claim(at, e, shapeScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// spelledPersonWords returns the words of the persons found in text, in lower case, which a name
// spelled a letter at a time may spell (a map, empty but not nil when there are none).
func spelledPersonWords(text string, fs []redact.Finding) map[string]bool {
	words := map[string]bool{}
	for _, f := range fs {
		if f.Type != redact.Person {
			continue
		}
		for x := range strings.FieldsFuncSeq(text[f.Start:f.End], func(r rune) bool { return !unicode.IsLetter(r) }) {
			words[strings.ToLower(x)] = true
		}
	}
	return words
}

// spellingBefore reports a word about spelling or names right before text[start], past blanks
// and a colon: "spelled", "spell", "spelling", "spelt", "name", "surname" ("spelled her name:
// K-O-W-…", "last name is spelled O-N-E-I-L-L").
func spellingBefore(text string, start int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, start-24):start], " :,-"))
	for _, w := range []string{"spelled", "spell", "spells", "spelling", "spelt", "name", "surname"} {
		if k := len(before) - len(w); strings.HasSuffix(before, w) && (k == 0 || !isLetterASCII(before[k-1])) {
			return true
		}
	}
	return false
}

// travelTitles close a name as airlines and travel agents write it: MR, MRS, MS, MISS, MSTR
// (a boy), DR, and CHD and INF (a child, an infant).
var travelTitles = wordSet("MR MRS MS MISS MSTR DR PROF CHD INF")

// travelNames makes a person of a name written as airlines write it, family name, a slash,
// given names, in capitals ("OKONJO/NGOZI MRS", "SMITH/JOHN PAUL MR"): when a travel title
// closes it, or when "passenger", "pax", "traveller" or a LAST/FIRST label comes before it on
// its line. "TCP/IP", "AND/OR" and "N/A" have neither.
func travelNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for at := 0; ; {
		k := strings.IndexByte(text[at:], '/')
		if k < 0 {
			break
		}
		k += at
		at = k + 1
		a := capsBefore(text, k)
		if k-a < 2 || a > 0 && (isLetterStart(text[a-1]) || isDigitByte(text[a-1]) || text[a-1] == '/') || travelLabels[text[a:k]] {
			continue
		}
		for a > 1 && text[a-1] == ' ' { // the particles of a family name: DE LA CRUZ/MARIA
			p := capsBefore(text, a-1)
			if p == a-1 || !nameParticles[strings.ToLower(text[p:a-1])] || p > 0 && isLetterStart(text[p-1]) {
				break
			}
			a = p
		}
		// the given names: words in capitals, the last perhaps a travel title
		e, words, titled := k+1, 0, false
		for p := k + 1; p < len(text); {
			q := capsAfter(text, p)
			if q-p < 1 || q < len(text) && (isLetterStart(text[q]) || isDigitByte(text[q]) || text[q] == '/') {
				break
			}
			if travelTitles[text[p:q]] && words > 0 {
				titled = true
				break
			}
			if q-p < 2 || words == 3 {
				break
			}
			e, words = q, words+1
			if q+1 >= len(text) || text[q] != ' ' {
				break
			}
			p = q + 1
		}
		if words == 0 || !titled && !travelLabelBefore(text, a) {
			continue
		}
		claims = append(claims, claim(a, e, shapeScore))
		at = e
	}
	if len(claims) == 0 {
		return fs
	}
	// the claim is the name: what the model found over it (a title, a ticket's code after it)
	// gives way
	out := fs[:0:0]
	for _, f := range fs {
		if !overlapsAny(claims, f) {
			out = append(out, f)
		}
	}
	out = append(out, claims...)
	sortFindings(out)
	return out
}

// capsBefore returns where the word of capitals, hyphens and apostrophes ending at text[k]
// starts.
func capsBefore(text string, k int) int {
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsUpper(r) && r != '-' && r != '\'' {
			break
		}
		k -= size // capitals of any script: "MÜLLER/KLAUS MR" (stop 56: "MÜ" had been left out)
	}
	return k
}

// capsAfter returns where the word of capitals, hyphens and apostrophes from text[p] ends.
func capsAfter(text string, p int) int {
	for p < len(text) {
		r, size := utf8.DecodeRuneInString(text[p:])
		if !unicode.IsUpper(r) && r != '-' && r != '\'' {
			break
		}
		p += size
	}
	return p
}

// travelLabels are the labels a travel document heads the name with, not a name: LAST/FIRST.
var travelLabels = wordSet("LAST SURNAME FAMILY")

// travelLabelBefore reports a passenger's label right before text[a], past a colon and blanks:
// "Passenger", "Pax", "Traveller", "Name", "LAST/FIRST", "SURNAME/GIVEN NAME", or a passenger's
// label and one of those.
func travelLabelBefore(text string, a int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, a-40):a], ": \t"))
	for _, w := range []string{"passenger", "pax", "traveller", "traveler", "passenger name", "name", "last/first", "surname/given name", "surname/given names"} {
		if k := len(before) - len(w); strings.HasSuffix(before, w) && (k == 0 || !isLetterASCII(before[k-1])) {
			return true
		}
	}
	return false
}

// partOfName reports a person among fs, the findings before the one read (in start order), that
// covers text[at] but begins before it; only the last few can.
func partOfName(fs []redact.Finding, at int) bool {
	for k := len(fs) - 1; k >= 0 && k >= len(fs)-4; k-- {
		if f := fs[k]; f.Type == redact.Person && f.Start < at && at < f.End {
			return true
		}
	}
	return false
}

// titleCase writes w with its first letter upper case and the rest lower case: "PIOTR" → "Piotr".
func titleCase(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
}

// nameCase writes a word in capitals as a name in mixed case is written (titleCase: "PIOTR" →
// "Piotr", for the lists), and any other word as it is.
func nameCase(w string) string {
	if capitals(w) {
		return titleCase(w)
	}
	return w
}

// inTitleCase reports whether w written in title case (titleCase) is in m. An ASCII word is
// looked up without allocating, as the rules look up every word in capitals of a text so.
func inTitleCase(m map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) == 0 || len(w) > len(buf) {
		return m[titleCase(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return m[titleCase(w)]
		case i == 0 && c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case i > 0 && c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// koreanGiven finds a Korean name written with its given name hyphenated, beside a family name
// of familyFirst on either side ("Park Seo-yeon", "Sun-hee Jeong", "Kim Min-jun"): the hyphenated
// given name ("Seo-yeon": a capital, then syllables of two to six letters, the second in lower
// case) is as telling as the family name, so the pair is a person whether or not the model
// found it or trusted it.
func koreanGiven(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i := 0; i+3 < len(text); i++ {
		if text[i] != '-' || i == 0 || !isLetterASCII(text[i-1]) || !isLower(text[i+1]) {
			continue
		}
		// the hyphenated word around text[i]
		ws := i
		for ws > 0 && isLetterASCII(text[ws-1]) {
			ws--
		}
		w, we := wordAt(text, ws)
		if we <= i || !isUpperASCII(text[ws]) || strings.Count(w, "-") != 1 || !syllables(w) || ws > 0 && isLetterASCII(text[ws-1]) {
			continue
		}
		start, end := -1, -1
		if ws >= 2 && text[ws-1] == ' ' { // Park Seo-yeon
			fe := ws - 1
			fst := fe
			for fst > 0 && isLetterASCII(text[fst-1]) {
				fst--
			}
			if familyFirst[text[fst:fe]] && (fst == 0 || !isLetterASCII(text[fst-1])) {
				start, end = fst, we
			}
		}
		if start < 0 && we+1 < len(text) && text[we] == ' ' { // Sun-hee Jeong
			fam, fe := wordAt(text, we+1)
			if familyFirst[fam] {
				start, end = ws, fe
			}
		}
		if start >= 0 {
			claims = append(claims, claim(start, end, kinScore))
		}
		i = we
	}
	return claimPersons(fs, claims)
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// particleScore is the score of a name found by its particle or its apostrophe.
const particleScore = 0.7

// namesWithParticles finds two name shapes the model misses where nothing was found: a known
// given name and a particle-joined family name after it ("Friedrich von Hohenzollern", "Ahmed
// al-Rashid"), and a name with an apostrophe after its first capital beside another capitalised
// word ("N'Golo Kanté", "D'Angelo Washington"; not the French article of "L'Oréal Paris"). A
// place or an organisation the model found in such a name becomes part of the person.
func namesWithParticles(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	k := 0 // fs[k] is the first finding that may end after the token read
	for i, t := range toks {
		w := text[t.Start:t.End]
		start, end := -1, -1
		faker := false // a given name of Faker's lists only: a place or firm the model is sure of stays
		given := givenSet()[w]
		switch {
		case articlePronouns[w]:
		case given || particleNext(text, t.End) && len(w) > 2 && startsUpper(w) && !capitals(w) && foldIn(handleGiven(), w) &&
			!familyWord(w) && !nameParticles[strings.ToLower(w)] && embeddedClass(w)&(gCity|gState|gCountry|gOrg|gStreet) == 0 &&
			(i == 0 || toks[i].NewlineBefore || !startsUpper(text[toks[i-1].Start:toks[i-1].End])): // opening the name, not a place's second word ("Vila Franca de Xira")
			faker = !given
			// (a given name that is also an English word, which givenSet leaves out, before a
			// particle: "Lot van der Wal", "Per de Vries"; stop 36)
			if e := particleTail(text, t.End); e > t.End {
				start, end = t.Start, e
			}
		case apostropheName(w):
			if i+1 < len(toks) && !toks[i+1].NewlineBefore && toks[i+1].Start == t.End+1 && nameLike(text[toks[i+1].Start:toks[i+1].End]) {
				start, end = t.Start, toks[i+1].End
			}
		}
		if start < 0 {
			continue
		}
		for k < len(fs) && fs[k].End <= start {
			k++
		}
		if overlapsPerson(fs[k:], start, end) || faker && (otherOver(fs[k:], start, end, 0.7) || otherOver(fs[k:], start, start+1, 0) && fs[k].Start < start) {
			continue // ("San Guillermina de la Montaña", a place at 0.94; "Vila Franca de Xira", a place from before the name)
		}
		claims = append(claims, claim(start, end, particleScore))
	}
	return claimPersons(fs, claims)
}

// articlePronouns are German and Dutch pronouns that a name list gives as given names and that
// stand before an article as a name does before its particle ("Bitte überweisen Sie den Betrag",
// which had been a person; stop 53).
var articlePronouns = wordSet("Sie Er Es Wir Ihr Ich Du Man Wer Zij Wij Hij Ze Je Jij")

// otherOver reports a finding among fs (in start order) other than a person overlapping [start,
// end) with a score of at least min.
func otherOver(fs []redact.Finding, start, end int, min float64) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if f.End > start && f.Type != redact.Person && f.Score >= min {
			return true
		}
	}
	return false
}

// particleNext reports a space and a name's particle in lower case at text[e] ("van", "de",
// "von", "da"), not "al" or "el".
func particleNext(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' {
		return false
	}
	switch text[e+1] { // every particle opens with one of these: most words after a name stop here
	case 'a', 'b', 'd', 'i', 'l', 't', 'v':
	default:
		return false
	}
	w, _ := wordAt(text, e+1)
	return innerParticle(w)
}

// innerParticle reports a name's particle in lower case that joins a given name to a family
// name after it ("van", "de", "da", "bin"), not Arabic's article "al" or "el", which opens places'
// and firms' names as often.
func innerParticle(w string) bool {
	return nameParticles[w] && w != "al" && w != "el"
}

// apostropheName reports a word with an apostrophe after its first capital and a capital after
// it, as names from many languages are written (N'Golo, D'Angelo, O'Brien), but not the French
// article L' (L'Oréal).
func apostropheName(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || r == 'L' || size >= len(w) {
		return false
	}
	rest := w[size:]
	a, asize := utf8.DecodeRuneInString(rest)
	if a != '\'' && a != '’' || asize >= len(rest) {
		return false
	}
	b, _ := utf8.DecodeRuneInString(rest[asize:])
	return unicode.IsUpper(b) && hasLower(rest)
}

// overlapsPerson reports a person among fs, in start order from the first that ends after
// start, overlapping [start, end) and reaching outside it (one inside joins the claim).
func overlapsPerson(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			return false
		}
		if f.Type == redact.Person && start < f.End && (f.Start < start || f.End > end) {
			return true
		}
	}
	return false
}

// vietMiddles are the Vietnamese middle names that follow a family name: "Trần Thị Mai",
// "Nguyễn Văn An", "Phạm Minh Chính".
var vietMiddles = wordSet("Văn Thị Đức Hữu Ngọc Thanh Minh Quang Xuân Kim Hoàng Thu Thúy Công Quốc Mạnh")

// vietnameseNames makes a person of a Vietnamese family name written with its diacritics (one
// of familyFirst's: no English word shares it, unlike Le, Do, Ho or Ly written without), a
// middle name and one or two capitalised words after it, where the model found no name or part
// of it; without its diacritics before "Thi", which no English text writes (stop 47: "co-applicant
// Le Thi Hoa" had sent "Le" upstream).
func vietnameseNames(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 0; i+2 < len(toks); i++ {
		if !nonASCII(word(i)) && word(i+1) != "Thi" {
			continue // written without its diacritics, the name may be an English word; not before "Thi" (stop 47: "co-applicant Le Thi Hoa")
		}
		if !familyFirst[word(i)] || !vietMiddles[word(i+1)] && word(i+1) != "Thi" || toks[i+1].NewlineBefore || toks[i+2].NewlineBefore || toks[i+1].Attached || toks[i+2].Attached {
			continue
		}
		r, _ := utf8.DecodeRuneInString(word(i + 2))
		if !unicode.IsUpper(r) {
			continue
		}
		end := toks[i+2].End
		if i+3 < len(toks) && !toks[i+3].NewlineBefore && !toks[i+3].Attached {
			if r, _ := utf8.DecodeRuneInString(word(i + 3)); unicode.IsUpper(r) && utf8.RuneCountInString(word(i+3)) <= 6 {
				end = toks[i+3].End // "Nguyễn Thị Minh Khai"
			}
		}
		claims = append(claims, claim(toks[i].Start, end, shapeScore))
		i += 2
	}
	return claimPersons(fs, claims)
}

// namesInLists makes a person of a list's next items after a person the model found, where it
// found nothing: two or three capitalised words that are no common, place or organisation
// words, closed by another separator, a full stop or the line's end ("Attendees: Hamid Rahimi;
// Lucía Fernández; Chidi Anagonye", "Ana Lima/Bo Chen/Xu Ming"). A list's items are of one kind;
// one word alone may be a place ("Ana Lima, Berlin") and is left.
func namesInLists(text string, fs []redact.Finding) []redact.Finding {
	return namesInListsOf(text, fs, false)
}

// namesInListsOf is namesInLists, of items written with an initial alone where initialsOnly is
// set: the second reading, after the roles' rule, of lists like "cc: A. Nakashima; B. Oyelowo".
func namesInListsOf(text string, fs []redact.Finding, initialsOnly bool) []redact.Finding {
	var claims []redact.Finding
	reach := 0 // where the last list read ended: a person inside it was read past already
	for i, f := range fs {
		if f.Type != redact.Person || f.End < reach {
			continue // (reading each person's list to its end again had made a long list quadratic: stop 42)
		}
		// persons listed so far: a list of two or more may end in "and" and a last name before
		// its verb ("Bogdan Wiśniewski, Ingrid Løvås and Sofía Benítez contributed equally")
		listed := 1
		if i > 0 && fs[i-1].Type == redact.Person && fs[i-1].End <= f.Start && text[fs[i-1].End:f.Start] == ", " {
			listed = 2
		}
		next := i + 1
		for at := f.End; ; { // item after item
			at = pastAside(text, at) // "Alister (8), Catriona (5) and Aodhan (2)": an age or a role in brackets
			start, last := listItemAfter(text, at), false
			if start < 0 && listed >= 2 {
				for _, and := range [...]string{" and ", ", and ", " & "} {
					if strings.HasPrefix(text[at:], and) {
						start, last = at+len(and), true
						break
					}
				}
			}
			if start < 0 {
				break
			}
			end, words := start, 0
			initial := false // an initial before the family name: "cc: A. Nakashima; B. Oyelowo" (stop 52)
			if start+3 < len(text) && isUpperASCII(text[start]) && text[start+1] == '.' && text[start+2] == ' ' && isUpperASCII(text[start+3]) {
				initial = true
			}
			if initialsOnly && !initial {
				break
			}
			if w, e := wordAt(text, start); !initial && jobAcronym(w) && e+1 < len(text) && text[e] == ' ' && isUpperASCII(text[e+1]) {
				start = e + 1 // a job's acronym before the name, no part of it: "Helen Marsh, VP Maria Lopez" (stop 57)
			}
			k0 := start
			if initial {
				k0 += 3
			}
			for k := k0; words < 4; {
				w, e := wordAt(text, k)
				r, _ := utf8.DecodeRuneInString(w)
				if w == "" || !unicode.IsUpper(r) || foldIn(commonSet, w) || foldIn(placeAndOrgWords, w) || streetWordSet[strings.ToLower(w)] || isTitle(w) ||
					foldIn(foreignWords, w) || e < len(text) && text[e] == '.' && foldIn(numberAbbreviations, w) {
					break // (and another language's word or a number's abbreviation: "Frau Schneider, Ihre Rechnung Nr. 2024-118"; stop 45)
				}
				words, end = words+1, e
				if e >= len(text) || text[e] != ' ' {
					break
				}
				k = e + 1
			}
			closed := end == len(text) || strings.ContainsRune(",;./\n", rune(text[end])) || initial && text[end] == ')' || strings.HasPrefix(text[end:], " (") ||
				last && end+1 < len(text) && text[end] == ' ' && isLower(text[end+1]) // the last before its verb
			if initial && end < len(text) && text[end] == '.' {
				// an abbreviated word after the initial, a citation's: "Smith, J. Appl. Phys."; not a
				// family name that ends the sentence (stop 53: "witnesses: A. Boateng, L.
				// Featherstonehaugh." had left the last upstream)
				lastWord := text[strings.LastIndexByte(text[:end], ' ')+1 : end]
				if !familySet()[lastWord] && (len(lastWord) < 6 || englishWord(lastWord) || dictionaryWord(lastWord)) || end+1 < len(text) && text[end+1] != ' ' && text[end+1] != '\n' {
					break
				}
			}
			if words == 1 && !initial && (!givenItem(text[start:end]) || strings.IndexByte(text[f.Start:f.End], ' ') >= 0) || words == 0 || words > 3 || !closed {
				break // (one word where the list's person was one word too, and a given name: "Kids: Alister (8), Catriona (5)")
			}
			if words >= 2 && !initial && jobTitle(text[start:end]) {
				break // the person's job, no next person: "Dr Cory Jacobs, Consultant Cardiologist, West-Giles" (stop 60)
			}
			if end+1 < len(text) && text[end] == '/' && (isLower(text[end+1]) || isDigitByte(text[end+1])) {
				break // a path goes on: "Ana Lima/Docs Folder/readme"
			}
			if rolePhrase(text[start:end]) {
				break // the person's job, not another person: "Jessica Wu, Senior Manager, Acme Robotics" (stop 45)
			}
			for next < len(fs) && fs[next].End <= start {
				next++ // the findings before the item, passed once for the list (not once an item: stop 42)
			}
			if next < len(fs) && fs[next].Start < end && !(last && onlyPersonsOver(fs[next:], start, end, false)) && !personsOnlyOver(fs[next:], start, end) {
				break // something was found there (the last item: anything but a person, or a place or organisation the model doubted; another: anything but a person, "Deaglan" of "Deaglan Ring" read alone)
			}
			claims = append(claims, claim(start, end, shapeScore))
			at, listed = end, listed+1
			reach = end
			if last {
				break
			}
		}
	}
	return claimPersons(fs, claims)
}

// numberAbbreviations are the words for "number" that languages abbreviate before a number: a
// list's item that ends in one and its period is a label, no name ("Ihre Rechnung Nr. 2024-118").
var numberAbbreviations = wordSet("nr no nº núm num n° nro art ref tel")

// pastAside returns where an aside in brackets right after text[:at] ends (" (8)", " (RN)"), or at.
func pastAside(text string, at int) int {
	if !strings.HasPrefix(text[at:], " (") {
		return at
	}
	k := strings.IndexAny(text[at+2:], ")\n")
	if k < 0 || k > 24 || text[at+2+k] != ')' {
		return at
	}
	return at + 3 + k
}

// personsOnlyOver reports that every finding over [start, end) is a person; fs is in start order.
func personsOnlyOver(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if start < f.End && f.Type != redact.Person {
			return false
		}
	}
	return true
}

// listItemAfter returns where a list's next item begins after a separator at text[at]: a comma or
// semicolon and a space, or a slash with a space after it or none; -1 when there is none.
func listItemAfter(text string, at int) int {
	j := at
	switch {
	case j < len(text) && text[j] == '/':
		j++
		if j < len(text) && text[j] == ' ' {
			j++
		}
		return j
	case j < len(text) && (text[j] == ',' || text[j] == ';'):
		for j < len(text) && (text[j] == ',' || text[j] == ';') {
			j++
		}
		if j < len(text) && text[j] == ' ' {
			return j + 1
		}
	}
	return -1
}

// nonASCII reports a word with a byte outside ASCII.
func nonASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// curatedGiven are the given names of Veil's own lists (package names), which hold no English
// words, unlike gofakeit's (Chase, Hunter, Paris); Faker's are fakerGiven.
var curatedGiven = sync.OnceValue(func() map[string]bool { return setOf(names.Given, names.MoreGiven) })

// fakerGiven are the given names of Faker's locales other than English (Holger, Laurence,
// Nicolás, Åse, Jēkabs) that the curated lists lack and that are no English word, place,
// street or organisation the model's lists or gofakeit's word lists know (Sonata, Florence and
// Bill are taken out). Less sure than the curated ones, they need more of the word after them.
// Those only Faker 33 holds (Omisha, Ekansh, Hervé) must be no word of SCOWL's dictionary
// either: it gave "Valid" and "Loan", which stood for the words.
var fakerGiven = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for w := range earlyFakerGiven() {
		m[w] = true
	}
	for _, w := range names.LaterFakerGiven {
		if fakerGivenWord(w) && !dictionaryWord(w) {
			m[w] = true
		}
	}
	return m
})

// earlyFakerGiven are fakerGiven's names of Faker 0.9.3, the lists the rules were first written
// against. Where a given name rules a reading out (the second word of a name, a firm's partner,
// a country's name, a name no list knows), only these do: many of the names Faker 33 adds are
// family names too ("Valérie Hervé", "Marica Henk" had stopped being persons).
var earlyFakerGiven = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range names.FakerGiven {
		if fakerGivenWord(w) {
			m[w] = true
		}
	}
	return m
})

// fakerGivenWord reports a name of Faker's lists that fakerGiven may hold: no curated given name,
// English word, place, street or organisation.
func fakerGivenWord(w string) bool {
	return !curatedGiven()[w] && !englishWord(w) && embeddedClass(w)&(gCommon|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP|gTitle) == 0
}

// fakerEnglishGiven are the given names of Faker's English locales (Clive, Bethan, Alannah)
// of four letters or more that no other list holds and that are no word of English, of the
// dictionary or of the other languages' lists, nor a place, street or organisation the lists
// know. Only curatedGivenNames reads them, where the word after one
// must be a family name as well; as given names alone, or in capitals, they make more false
// persons than they find (America, Una, Essa).
var fakerEnglishGiven = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range slices.Concat(names.FakerEnglishGiven, names.LaterFakerEnglishGiven) {
		if len(w) < 4 || curatedGiven()[w] || fakerGiven()[w] || englishWord(w) || dictionaryWord(w) || foldIn(foreignWords, w) || embeddedClass(w)&(gCommon|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP|gTitle) != 0 {
			continue
		}
		m[w] = true
	}
	return m
})

// englishWords are gofakeit's English word lists, lower-cased.
var englishWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range data.Word {
		for _, w := range ws {
			m[strings.ToLower(w)] = true
		}
	}
	return m
})

// englishWord reports a word that gofakeit's word lists or the common words hold, in any case.
func englishWord(w string) bool { return foldIn(englishWords(), w) || foldIn(commonSet, w) }

// curatedGivenNames makes a person of a given name of Veil's own lists, or of known given names
// joined by a hyphen, and the capitalised word after it, where the model found nothing at either
// ("Pål Ødegård had the highest score", "Sarah-Jane McAllister joined"): the second word must be
// familyNameLike ("Lina Street", "Amara Bank" are not). After a given name of Faker's lists alone
// (fakerGiven), the second word must be no English word, given name, place or organisation
// either ("Holger Losekann"; not "Queen Mary", "Paw Patrol"). A second family name the lists know
// joins it, as Spain and Portugal write two ("Cecilio Aguilera Juliá").
func curatedGivenNames(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	j := 0 // the first finding that may end after the token read
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 0; i+1 < len(toks); i++ {
		w := word(i)
		if len(w) < 2 || toks[i+1].NewlineBefore || toks[i+1].Attached || wideGap(text[toks[i].End:toks[i+1].Start]) {
			continue // a form's next field after two spaces or a tab: "Patient: Sarma, Ucchal  Exam date"
		}
		next := word(i + 1)
		for j < len(fs) && fs[j].End <= toks[i].Start {
			j++
		}
		// the model read the family name alone as a place or an organisation it doubted and left the
		// given name out ("Please email Leyre Salvador", "Salvador" a place at 0.81): the given name
		// would go upstream in the clear, so the pair is a person, unless a place the gazetteers know
		leftOut := j < len(fs) && fs[j].Start == toks[i+1].Start && fs[j].End == toks[i+1].End && fs[j].Source == redact.SourceModel &&
			(fs[j].Type == redact.Location || fs[j].Type == redact.Organization) && fs[j].Score < 0.9 && (j+1 == len(fs) || fs[j+1].Start >= toks[i+1].End) &&
			(j == 0 || fs[j-1].End <= toks[i].Start) && listedGiven()[w] && nameLike(w) && nameLike(next) && !englishWord(w) && !englishWord(next) && !foldIn(placeAndOrgWords, next) && !foldIn(townWords, next) && embeddedClass(text[toks[i].Start:toks[i+1].End])&(gCity|gState|gCountry|gOrg) == 0
		// and the two words stand alone: no capitalised word before or after them on the line,
		// where a longer name's rules read it whole ("Gustavo Henrique Mirella Gonçalves")
		leftOut = leftOut && (i == 0 || toks[i].NewlineBefore || !startsUpper(word(i-1))) &&
			(i+2 >= len(toks) || toks[i+2].NewlineBefore || !startsUpper(word(i+2)))
		if leftOut {
			claims = append(claims, claim(toks[i].Start, toks[i+1].End, shapeScore))
			i++
			continue
		}
		if !familyNameLike(next) && !commonFamilyAfter(w, next) {
			continue
		}
		if !curatedGiven()[w] && !hyphenedGiven(w) && !fakerGiven()[w] && !fakerEnglishGiven()[w] {
			// a given name that is a place as well ("Virginia Nistor", "Israel Narváez"), which
			// the model read with the family name as one place: a person when the second word is
			// a family name of the lists and no English word, and the pair no place the gazetteers
			// know, nor after a word that puts a place after it
			for j < len(fs) && fs[j].End <= toks[i].Start {
				j++
			}
			if !givenSet()[w] || !nameLike(w) || englishWord(next) || j == len(fs) || fs[j].Type != redact.Location || fs[j].End != toks[i+1].End ||
				!pairTyped(text, fs[j:], toks[i], toks[i+1]) {
				continue
			}
		}
		if one := strings.TrimSuffix(next, "s"); !curatedGiven()[w] && !hyphenedGiven(w) && (englishWord(one) || curatedGiven()[one] || earlyFakerGiven()[one] ||
			embeddedClass(one)&(gFirst|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP) != 0 || embeddedClass(next)&(gFirst|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP) != 0) {
			continue // "Queen Mary", "Paw Patrol", "Prima Donnas": a word or a given name after it
		}
		if redact.SignOff(text[toks[i].Start:toks[i+1].End]) {
			continue // "Beste Grüße", "Liebe Grüße": a sign-off, though "Beste" is a given name (stop 35)
		}
		for j < len(fs) && fs[j].End <= toks[i].Start {
			j++
		}
		if j < len(fs) && fs[j].Start < toks[i+1].End && !weakGuessInside(fs[j:], toks[i].Start, toks[i+1].End) &&
			!familyTyped(fs[j:], toks[i+1].Start, toks[i+1].End, next) && !pairTyped(text, fs[j:], toks[i], toks[i+1]) {
			continue // the model found something there
		}
		start, end := toks[i].Start, toks[i+1].End
		if k := i + 2; k < len(toks) && !toks[k].NewlineBefore && !toks[k].Attached && !wideGap(text[toks[k-1].End:toks[k].Start]) {
			// a second family name, as Spain and Portugal write them ("Cecilio Aguilera Juliá"):
			// one the lists know, no English word, and nothing the model found there
			if third := word(k); familyNameLike(third) && familyWord(third) && !englishWord(third) &&
				embeddedClass(third)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet) == 0 && free(fs, toks[k].Start, toks[k].End) {
				end = toks[k].End
				i++
			}
		}
		claims = append(claims, claim(start, end, shapeScore))
		i++
	}
	return claimPersons(fs, claims)
}

// commonFamilyAfter reports a family name of the lists that is a frequent word as well (the
// model's common words: "Walker", "Young", "Brown", "Cross") after w, a given name of Veil's own
// lists that is no English word, place, street or organisation: "The tenant Becky Walker
// called" (stop 58). A street's, a place's or an organisation's word stays out ("Becky Lane").
func commonFamilyAfter(w, next string) bool {
	return len(next) > 2 && isUpperASCII(next[0]) && curatedGiven()[w] && !englishWord(w) && embeddedClass(w)&(gCity|gState|gCountry|gOrg|gStreet) == 0 &&
		nameLike(next) && familyWord(next) && !foldIn(placeAndOrgWords, next) && embeddedClass(next)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet) == 0
}

// roleFamilyAfter reports a family name of the lists that is a word as well ("Bell", "Page",
// "Ford") after a given name that is no word, place or organisation, both after a role or a
// relation, which says a person: "Name of the child: Diane Bell", "The loss assessor Amaia Page
// visited" (stop 59). A place's or an organisation's word stays out, and so does a team's
// ("Reported by Northwind Sales").
func roleFamilyAfter(given, w string) bool {
	return familyNameLike(given) && !dictionaryWord(given) && len(w) > 2 && nameLike(w) && familyWord(w) && !foldIn(placeAndOrgWords, w) && !foldIn(teamWords, w) &&
		embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix) == 0
}

// pairTyped reports that the findings of fs that overlap a given name and the word after it are
// one place or organisation the model was not sure of (under 0.9), over the given name alone or
// the pair, where the pair is no place or organisation the gazetteers know and no word that puts
// a place after it stands before ("We hired Simon Månsson as a consultant", an organisation;
// "Send the report to Israel Narváez", a place). Over the pair, the second word must be a family
// name of the lists.
func pairTyped(text string, fs []redact.Finding, given, family Token) bool {
	k := 0
	for k < len(fs) && fs[k].End <= given.Start {
		k++
	}
	if k == len(fs) {
		return false
	}
	f := fs[k]
	if f.Start != given.Start || f.End != given.End && f.End != family.End || f.Type != redact.Location && f.Type != redact.Organization ||
		f.Source != redact.SourceModel || f.Score >= 0.9 || k+1 < len(fs) && fs[k+1].Start < family.End {
		return false
	}
	w := text[family.Start:family.End]
	if f.End == family.End && !familyWord(w) {
		return false
	}
	before, _ := wordBefore(text, given.Start)
	return !placeBefore[strings.ToLower(before)] && embeddedClass(text[given.Start:family.End])&(gCity|gState|gCountry|gOrg) == 0
}

// familyTyped reports that the findings of fs that overlap the family name at [start, end) are
// one place or organisation of exactly its bounds, and that the lists know it as a family name:
// the model's reading of a known family name after a known given name ("WITNESS: Tobias
// Engström, Notary Public", Engström an organisation), which the pair outweighs.
func familyTyped(fs []redact.Finding, start, end int, w string) bool {
	k := 0
	for k < len(fs) && fs[k].End <= start {
		k++
	}
	if k == len(fs) || fs[k].Start != start || fs[k].End != end || fs[k].Type != redact.Location && fs[k].Type != redact.Organization ||
		k+1 < len(fs) && fs[k+1].Start < end {
		return false
	}
	return familyWord(w)
}

// nothingSureOver reports that fs (in start order) holds nothing over [start, end), or only
// weak guesses inside it (weakGuessInside), read from the findings near start.
func nothingSureOver(fs []redact.Finding, start, end int) bool {
	k := near(fs, start)
	for k < len(fs) && fs[k].End <= start {
		k++
	}
	return k == len(fs) || fs[k].Start >= end || weakGuessInside(fs[k:], start, end)
}

// weakGuessInside reports that the findings of fs (in order) that overlap [start, end) lie
// inside it and are places, organisations or persons the model scored under 0.5: a guess that a
// known given name and the word after it outweigh ("Holger Brandstätter", "Holger" a place at
// 0.39, or a person at 0.3 without his family name).
func weakGuessInside(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if f.Start < start || f.End > end || f.Score >= 0.5 || f.Type != redact.Location && f.Type != redact.Organization && f.Type != redact.Person {
			return false
		}
	}
	return true
}

// gluedTitles claims the name a title is written onto without a space ("Dr.Ng will see you",
// "Mrs.Okafor"), which the tokenizer reads as one word: the title stays, the name is a person.
func gluedTitles(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, t := range toks {
		w := text[t.Start:t.End]
		dot := strings.IndexByte(w, '.')
		if dot < 2 || dot > 4 || dot+3 > len(w) || !isTitle(w[:dot]) || !isUpperASCII(w[dot+1]) || strings.IndexByte(w[dot+1:], '.') >= 0 {
			continue
		}
		if name := w[dot+1:]; nameLike(name) {
			claims = append(claims, claim(t.Start+dot+1, t.End, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// handleWords announce an account's name: "user djohnson", "log in as rodriguezphilip",
// "username robinsonbrenda".
var handleWords = wordSet("user username login account")

// roleHandleWords name a part in a tracker, a review or a mail, whose field's value may be an
// account: "reviewer: tkowalczyk", "cc: mgarcia".
var roleHandleWords = wordSet("reviewer reviewers assignee assignees approver approvers owner owners reporter author authors cc maintainer maintainers")

// nameHandles makes a user name of a plain lower-case word after a word that announces an
// account ("User djohnson reset their password", "log in as rodriguezphilip") when the word is a
// person's names run together, as accounts are made: an initial or a given name and a family name
// ("djohnson", "philiprodriguez"), or a family name and a given name ("rodriguezphilip"). The
// recognizers take such a word only when assigned ("username: jdoe"), since by its shape it is
// any word ("user accounts", "log in as admin").
func nameHandles(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var found []redact.Finding
	k := 0
	for i := 0; i+1 < len(toks); i++ {
		w := text[toks[i].Start:toks[i].End]
		announces := foldIn(handleWords, w) || strings.EqualFold(w, "as") && i >= 2 && strings.EqualFold(text[toks[i-1].Start:toks[i-1].End], "in") &&
			foldIn(logVerbs, text[toks[i-2].Start:toks[i-2].End])
		next := i + 1
		if !announces && foldIn(roleHandleWords, w) && i+2 < len(toks) && text[toks[i+1].Start:toks[i+1].End] == ":" && toks[i+1].Attached {
			// a tracker's or a review's role before its account, as a field (stop 47): "reviewer: tkowalczyk"
			announces, next = true, i+2
		}
		if !announces || toks[next].NewlineBefore || toks[next].Attached {
			continue
		}
		t := toks[next]
		h := text[t.Start:t.End]
		if !lowerASCIIWord(h) || englishWord(h) || dictionaryWord(h) || embeddedClass(h)&(gCommon|gCity|gState|gCountry|gOrg|gStreet) != 0 || !namesRunTogether(h) || foldIn(speakerRoles, h) {
			continue // "user state" is no s. Tate; "the account caller: …" is a transcript's next turn
		}
		for k < len(fs) && fs[k].End <= t.Start {
			k++
		}
		if k < len(fs) && fs[k].Start < t.End {
			continue // found already
		}
		found = append(found, redact.Finding{Type: redact.Username, Start: t.Start, End: t.End, Score: shapeScore, Source: redact.SourceModel})
	}
	if len(found) == 0 {
		return fs
	}
	fs = append(fs, found...)
	sortFindings(fs)
	return fs
}

// contactInBracket reports a given name of the lists and a phone number after its comma filling
// the bracket that opens at toks[i], as a chart or a form writes a contact: "Wife at bedside
// (Misty, 723-285-4736)", "(Glenda, +44 7700 900123)". The number vouches for the name, an
// English word too ("Misty", "Crystal"); it returns the name's bytes.
func contactInBracket(text string, toks []Token, i int) (int, int, bool) {
	if i+3 >= len(toks) || text[toks[i+2].Start:toks[i+2].End] != "," || toks[i+1].NewlineBefore {
		return 0, 0, false
	}
	t := toks[i+1]
	w := text[t.Start:t.End]
	if !isUpperASCII(w[0]) || !hasLower(w) || !givenSet()[w] && !listedGiven()[w] || isTitle(w) || foldIn(monthNames, w) || foldIn(weekdaySet, w) {
		return 0, 0, false
	}
	k := toks[i+2].End
	for k < len(text) && text[k] == ' ' {
		k++
	}
	digits, ext := 0, false
	for ; k < len(text) && k-toks[i+2].End < 32; k++ {
		c := text[k]
		switch {
		case c >= '0' && c <= '9':
			if !ext {
				digits++
			}
		case c == 'x' && digits >= 7 && k+1 < len(text) && isDigitByte(text[k+1]): // an extension: 723-285-4736x97656
			ext = true
		case c == ' ' || c == '-' || c == '.' || c == '+' || c == '(' || c == ')' && k+1 < len(text) && text[k+1] != ')' && digits < 7 && isDigitByte(nextNonSpace(text, k+1)):
		case c == ')':
			return t.Start, t.End, digits >= 7 && digits <= 15
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// modelNamesOutside returns fs (in start order, from a cursor) without its first finding where
// that is the model's organisation or place over [start, end) and no more: the number in the
// bracket vouches for the name ("(Kim, 582-360-5808 x252)", "(Olivia, (610) 310-6963)", which
// the model read as companies; stop 56).
func modelNamesOutside(fs []redact.Finding, start, end int) []redact.Finding {
	if len(fs) > 0 && fs[0].Source == redact.SourceModel && (fs[0].Type == "ORGANIZATION" || fs[0].Type == redact.Location) &&
		fs[0].Start >= start && fs[0].End <= end {
		return fs[1:]
	}
	return fs
}

// nextNonSpace returns the byte after the spaces at text[k:], or 0 at the text's end.
func nextNonSpace(text string, k int) byte {
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k == len(text) {
		return 0
	}
	return text[k]
}

// bracketedNames makes a person of a name that fills a bracket (stop 34): two or three
// capitalised words on one line, the first a given name of the lists and the last a family name
// of the lists or a word no list knows, none an English or dictionary word the lists do not give
// as a name ("Customer: jpetrakis (Ioanna Petrakis)", "the account holder (Maria Lopez) called"),
// where no place or firm sure enough was found (otherFinding); and a user name of the account
// right before the bracket when it runs a person's names together or spells one of the
// bracket's ("jpetrakis"), which vouches for names no list knows. Not a place, a firm or a
// saint: "(New York)", "(Acme Ltd)", "(Santa Clara)".
func bracketedNames(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '(') < 0 {
		return fs
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	named := func(w string) bool { return givenNames(w) || listedGiven()[w] || familyWord(w) }
	var claims, handles []redact.Finding
	k := 0
	for i := 0; i+3 < len(toks); i++ {
		if word(i) != "(" {
			continue
		}
		if start, end, ok := nameWithAge(text, toks, i); ok {
			for k < len(fs) && fs[k].End <= start {
				k++
			}
			if !otherFinding(text, fs[k:], start, end) && !inCode(text, start) {
				claims = append(claims, claim(start, end, shapeScore))
			}
			continue
		}
		if items := namesWithAgesListed(text, toks, i); len(items) > 0 { // "two kids (Amari 7, Zion 4)" (stop 53)
			for _, it := range items {
				for k < len(fs) && fs[k].End <= it[0] {
					k++
				}
				if !otherFinding(text, fs[k:], it[0], it[1]) && !inCode(text, it[0]) {
					claims = append(claims, claim(it[0], it[1], shapeScore))
				}
			}
			continue
		}
		if start, end, ok := contactInBracket(text, toks, i); ok { // "Wife at bedside (Misty, 723-285-4736)" (stop 42)
			for k < len(fs) && fs[k].End <= start {
				k++
			}
			if !otherFinding(text, modelNamesOutside(fs[k:], start, end), start, end) && !inCode(text, start) {
				if k < len(fs) && fs[k].Source == redact.SourceModel && fs[k].Start < start && fs[k].End <= end && (k+1 == len(fs) || fs[k+1].Start >= start) {
					fs[k].Start = start // the model's person or weak place over the bracket: "bedside (Rachel" (stop 56)
				}
				claims = append(claims, claim(start, end, shapeScore))
			}
			continue
		}
		if start, end, ok := givenAndInitial(text, toks[i].End); ok { // "Client (Dana K.) reported" (stop 38)
			for k < len(fs) && fs[k].End <= start {
				k++
			}
			if !otherFinding(text, fs[k:], start, end) && !inCode(text, start) {
				claims = append(claims, claim(start, end, shapeScore))
			}
			continue
		}
		n := 0
		for j := i + 1; j < len(toks) && n < 4 && !toks[j].NewlineBefore && (j == i+1 || !toks[j].Attached) && nameLike(word(j)); j++ {
			n++
		}
		close := i + 1 + n
		if n < 2 || n > 3 || close >= len(toks) || word(close) != ")" || !toks[close].Attached {
			continue
		}
		first, last := word(i+1), word(close-1)
		handle := "" // an account right before the bracket: "jpetrakis (Ioanna Petrakis)"
		if p := i - 1; p >= 0 && !toks[i].NewlineBefore && !toks[i].Attached && lowerASCIIWord(word(p)) && !englishWord(word(p)) && !dictionaryWord(word(p)) {
			handle = word(p)
		}
		// the handle spells a name of the bracket's, which vouches for names no list knows
		spelled := handle != "" && (strings.Contains(handle, strings.ToLower(last)) || strings.HasPrefix(handle, strings.ToLower(first))) && len(last) >= 3
		// a person right before the bracket, whose full name it gives, vouches for a given name no
		// list knows (stop 47: "her husband Jun-Jun (Rodelio Santos)"), looked up by halves among the
		// findings (a scan of all of them for each bracket had made a long text of such brackets
		// quadratic: 2 MB took 7.7 s)
		afterPerson := func() bool {
			return i > 0 && !toks[i].NewlineBefore &&
				foundBefore(fs, toks[i-1].End, func(f redact.Finding) bool { return f.Type == redact.Person && f.End == toks[i-1].End })
		}
		if saintWords[first] || !spelled && (!givenNames(first) && !listedGiven()[first] && !foldIn(handleGiven(), first) && !afterPerson() || !familyWord(last) && !unlistedName(last)) {
			continue
		}
		ok := true
		for j := i + 1; j < close && ok; j++ {
			w := word(j)
			ok = !isTitle(w) && !companyWord(w) && (named(w) || !englishWord(w) && !dictionaryWord(w))
		}
		start, end := toks[i+1].Start, toks[close-1].End
		if !ok || placeName(text[start:end]) || inCode(text, start) {
			continue
		}
		for k < len(fs) && fs[k].End <= start {
			k++
		}
		if otherFinding(text, fs[k:], start, end) {
			continue
		}
		claims = append(claims, claim(start, end, shapeScore))
		if p := i - 1; handle != "" && (spelled || namesRunTogether(handle)) && free(fs, toks[p].Start, toks[p].End) {
			handles = append(handles, redact.Finding{Type: redact.Username, Start: toks[p].Start, End: toks[p].End, Score: shapeScore, Source: redact.SourceModel})
		}
	}
	if len(handles) > 0 {
		fs = append(fs, handles...)
		sortFindings(fs)
	}
	return claimPersons(fs, claims)
}

// givenAndInitial reads a given name of the lists and an initial that fill a bracket from
// text[at], right after its "(", an age after a comma or not, as a chart and a session's note
// write a client: "Client (Dana K.)", "Resident (Tom B., 84)". It returns the name's bounds.
func givenAndInitial(text string, at int) (int, int, bool) {
	w, e := wordAt(text, at)
	if w == "" || !wordNames[w] && (!nameLike(w) || !givenNames(w) && !listedGiven()[w] || englishWord(w)) || e+4 > len(text) || text[e] != ' ' {
		return 0, 0, false // (a given name that is a word, with its initial: "salad (Grace O.)", stop 53)
	}
	if !isUpperASCII(text[e+1]) || text[e+2] != '.' {
		return 0, 0, false
	}
	end := e + 3
	rest := text[end:]
	if strings.HasPrefix(rest, ", ") {
		n := 2
		for n < len(rest) && n < 5 && isDigitByte(rest[n]) {
			n++
		}
		if n == 2 {
			return 0, 0, false
		}
		rest = rest[n:]
	}
	if !strings.HasPrefix(rest, ")") {
		return 0, 0, false
	}
	return at, end, true
}

// nameWithAge reads a one-word name beside an age in brackets at toks[i], the "(": inside before
// the age ("my ex (Darnell, 34)", "(Sarah, 28F)"), or right before the bracket when the bracket
// holds the age alone ("my bf Tom (29M)", "Darnell (34)"), as posts write people; the name a given
// name of the lists, or inside the bracket a word no list knows, no English or dictionary word.
// It returns the name's bounds.
func nameWithAge(text string, toks []Token, i int) (int, int, bool) {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	age := func(k int) int { // the index of the ")" after an age at toks[k], or -1
		if k >= len(toks) || !ageWord(word(k)) {
			return -1
		}
		if k+1 < len(toks) && word(k+1) == ")" && toks[k+1].Attached && (k+2 == len(toks) || !toks[k+2].Attached || !isDigitByte(text[toks[k+2].Start])) {
			return k + 1 // not a phone's area code: "(061)231 0077"
		}
		return -1
	}
	listed := func(w string) bool {
		return nameLike(w) && (givenNames(w) || listedGiven()[w]) && !englishWord(w) && !isTitle(w)
	}
	// "(Darnell, 34)"
	if i+4 < len(toks) && toks[i+1].Attached && word(i+2) == "," && toks[i+2].Attached && !toks[i+3].Attached && age(i+3) > 0 {
		if w := word(i + 1); listed(w) || unlistedName(w) {
			return toks[i+1].Start, toks[i+1].End, true
		}
	}
	// "Tom (29M)"
	if i > 0 && !toks[i].Attached && !toks[i].NewlineBefore && i+2 < len(toks) && toks[i+1].Attached && age(i+1) > 0 && listed(word(i-1)) {
		return toks[i-1].Start, toks[i-1].End, true
	}
	return 0, 0, false
}

// namesWithAgesListed reads a bracket at toks[i], the "(", that lists two to six people each by a
// one-word name and an age after it, commas, semicolons or "and" between ("she lives with her two
// kids (Amari 7, Zion 4)", "(Oleh 9; Sofiia 6)", "(Ana 12 and Luis 9)"); each name a given name of
// the lists or a word no list knows (nameWithAge's). It returns the names' bounds, or none.
func namesWithAgesListed(text string, toks []Token, i int) [][2]int {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var out [][2]int
	k := i + 1
	for n := 0; n < 6 && k+1 < len(toks); n++ {
		w := word(k)
		if toks[k].NewlineBefore || n == 0 && !toks[k].Attached || n > 0 && toks[k].Attached ||
			!(nameLike(w) && (givenNames(w) || listedGiven()[w]) && !englishWord(w) && !isTitle(w) || unlistedName(w)) ||
			toks[k+1].Attached || !ageWord(word(k+1)) {
			return nil
		}
		out = append(out, [2]int{toks[k].Start, toks[k].End})
		k += 2
		if k >= len(toks) {
			return nil
		}
		if word(k) == ")" && toks[k].Attached {
			if len(out) < 2 {
				return nil // one alone: nameWithAge's "(Darnell, 34)" is read with its comma
			}
			return out
		}
		switch sep := word(k); {
		case (sep == "," || sep == ";") && toks[k].Attached:
			k++
		case sep == "and" || sep == "&":
			k++
		default:
			return nil
		}
	}
	return nil
}

// ageWord reports an age as posts write one: one to three digits under 120, a sex's letter or
// "yo" after them or not ("34", "28F", "30m", "45yo").
func ageWord(w string) bool {
	d := 0
	for d < len(w) && d < 3 && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || w[0] == '0' || d == 3 && w[:d] >= "120" {
		return false
	}
	switch w[d:] {
	case "", "F", "M", "f", "m", "NB", "yo":
		return true
	}
	return false
}

// logVerbs come before "in as" and an account's name.
var logVerbs = wordSet("log logged sign signed")

// lowerASCIIWord reports a word of lower-case ASCII letters, and digits at its end only
// (william86), of five to 24 bytes.
func lowerASCIIWord(w string) bool {
	body := strings.TrimRight(w, "0123456789")
	if len(w)-len(body) > 4 {
		return false
	}
	for i := 0; i < len(body); i++ {
		if body[i] < 'a' || body[i] > 'z' {
			return false
		}
	}
	return len(w) >= 5 && len(w) <= 24
}

// handleGiven and handleFamily are the given and family names that accounts are made of, lower-cased: gofakeit's,
// Faker's and Veil's own, of three letters or more.
var (
	handleGiven = sync.OnceValue(func() map[string]bool {
		return lowerNames(data.Person["first"], names.Given, names.MoreGiven, names.FakerGiven, names.FakerEnglishGiven, names.LaterFakerGiven, names.LaterFakerEnglishGiven)
	})
	handleFamily = sync.OnceValue(func() map[string]bool {
		return lowerNames(data.Person["last"], names.Family, names.FakerFamily, names.LaterFakerFamily)
	})
)

// warmLists builds the name lists that the span rules make on first use (about 35 ms here), so
// that a gateway's first request does not wait for them: NewRecognizer calls it.
func warmLists() {
	givenSet()
	familySet()
	curatedGiven()
	fakerGiven()
	listedGiven()
	englishWords()
	handleGiven()
	handleFamily()
	dictionary()
	foldedGiven() // (stop 57: about 30 ms)
	foldedFamily()
	countryPhrases()
	// stop 31's lists of towns, regions and countries (about 25 ms: their filter reads the name
	// lists above) and of names and towns in other scripts
	knownTowns()
	scriptTownSets()
	scriptGiven()
	scriptFamily()
	hanGiven()
	hanFamily()
	hangulGiven()
}

// lowerNames is the set of the names of three letters or more of lists, lower-cased.
func lowerNames(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, list := range lists {
		for _, n := range list {
			if len(n) >= 3 {
				m[strings.ToLower(n)] = true
			}
		}
	}
	return m
}

// namesRunTogether reports a word that is an initial or a given name followed by a family name,
// or a family name followed by a given name, with nothing left over; or one name, or such a pair,
// and a few digits.
func namesRunTogether(w string) bool {
	given, family := handleGiven(), handleFamily()
	if body := strings.TrimRight(w, "0123456789"); len(body) < len(w) {
		// digits after a name or names: william86, jared36, rodriguezphilip7
		return len(body) >= 4 && (given[body] || family[body] || namesRunTogether(body))
	}
	if family[w[1:]] {
		return true // djohnson
	}
	for k := 3; k+3 <= len(w); k++ {
		if given[w[:k]] && family[w[k:]] || family[w[:k]] && given[w[k:]] {
			return true
		}
	}
	return false
}

// dictionary holds SCOWL's English words (names.English), sorted.
var dictionary = sync.OnceValue(names.English)

// dictionaryWord reports a word of SCOWL's English dictionary, in any case: a common noun, verb
// or adjective, or an inflection of one ("widgets", "learning", "azure"), which gofakeit's short
// word lists (englishWord) often lack. Words with letters outside ASCII are none.
func dictionaryWord(w string) bool {
	var buf [32]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			return false
		}
		buf[i] = c
	}
	_, found := slices.BinarySearch(dictionary(), string(buf[:len(w)]))
	return found
}

// personVerbs take a person as their subject: a sentence that opens with two or three
// capitalised words and one of these is about someone ("Kabremi Liavas moved to …").
var personVerbs = wordSet("moved moves lives lived said says told tells asked asks wrote writes called calls emailed texted " +
	"replied replies visited visits arrived left married divorced died retired resigned joined works worked studied graduated " +
	"complained reported requested booked ordered paid signed agreed refused declined confirmed cancelled canceled " +
	"was is has had will would can cannot needs wants thinks feels felt " +
	"sent sends won wins met meets gave gives brought bought sold helped fixed found " +
	"joins leaves resigns retires signs agrees declines confirms testified testifies ambulated " +
	// a sales note's (stop 34): "Handoff: Carly Winter owns Smith PLC now"
	"owns owned manages managed mentioned noted suggested recommended approved prefers preferred")

// agentVerbs take a person as their agent after "by": "filed by", "signed by", "referred by".
var agentVerbs = wordSet("filed written signed approved reported submitted sent created reviewed authored prepared requested " +
	"ordered booked referred prescribed examined treated witnessed completed opened raised logged placed assigned " +
	"verified authorized authorised countersigned issued delivered received " +
	// who paid a bill (stop 63: "Balance paid by Unni Kanda")
	"paid settled funded " +
	// who took a visitor or a specimen (stop 47: "escorted by R. Delacroix")
	"escorted accompanied collected interviewed " +
	// what a forum, a wiki or a ticket says someone did (stop 35: "— posted by DeShawn W., Tempe AZ")
	"posted shared uploaded edited updated modified closed resolved answered commented translated moderated narrated invited nominated endorsed")

// beneficiaryVerbs take a person after "for" or "to": "booked for", "issued to", "prescribed for".
var beneficiaryVerbs = wordSet("booked reserved issued prescribed scheduled registered refunded " +
	"shipped addressed " +
	// what is booked for someone: "Book a table for Hipólito Carbajo at 7pm" (stop 28)
	"table reservation booking room seat")

// speakVerbs take a person after "to": "spoke to", "belongs to", "talked to", a chart's "results called
// to", "faxed to".
var speakVerbs = wordSet("spoke speak speaking talked talk talking belongs belong belonged called faxed paged escalated reassigned")

// fromNouns take a person after "from": "a message from", "an email from".
var fromNouns = wordSet("message email e-mail note call text voicemail reply memo fax review approval sign-off signoff feedback response confirmation")

// fromSlot reports that the "from" after toks[k] names who sent something: after a word for a
// message ("an email from"), or after "forwarding this" ("Forwarding this from Sanya Biswas").
func fromSlot(text string, toks []Token, k int) bool {
	w := text[toks[k].Start:toks[k].End]
	if foldIn(fromNouns, w) {
		return true
	}
	return k >= 1 && strings.EqualFold(w, "this") && foldIn(forwardVerbs, text[toks[k-1].Start:toks[k-1].End])
}

// forwardVerbs pass on what someone sent: "forwarding this from".
var forwardVerbs = wordSet("forwarding forwarded forward sharing")

// namesInSlots makes a person of two or three capitalised words that no list knows (no English
// word, nor a place, organisation, street or title the gazetteers hold) where a sentence puts a
// person: opening a sentence before a verb that takes a person ("Kabremi Liavas moved to"),
// after an agent's "by" ("filed by Nadithsol Ithhalzar"), after "for" or "to" that follows a
// booking or an issuing ("Flight booked for Eksolbre Fenek", "issued to Tasol Quitaka"), or
// signing a message after a dash at its end ("thx - Chihal Saulith"; there a name the lists know
// too, "? - Li Na", which the model may miss in a short line). The model had nothing to
// go on for names it never saw; the place in the sentence is the evidence. A model's weak place
// or organisation over the words gives way.
func namesInSlots(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	k := 0                            // fs[k] is the first finding that may end after the token read
	lineEnd, lineCased := -1, byte(0) // where the line last asked about ends, and its case (lineCase)
	caseOfLine := func(i int) byte {
		if toks[i].Start >= lineEnd {
			ls, le := lineAround(text, toks[i].Start, toks[i].Start) // once a line: tokens come in order
			lineEnd, lineCased = le, lineCase(text[ls:le])
		}
		return lineCased
	}
	for i := 0; i < len(toks); i++ {
		lower, upper := false, false
		if c := text[toks[i].Start]; c >= 'a' && c <= 'z' || c >= utf8.RuneSelf && lowerStart(text[toks[i].Start:toks[i].End]) {
			// most words, told before anything is looked up; in a line written all in lower case
			// as chat writes, a name in lower case ("congrats to baccio baroffio on the promotion")
			if caseOfLine(i) != 'l' && !mailHeaderBefore(text, toks, i) || !lowerSlotName(text[toks[i].Start:toks[i].End]) {
				continue // (a mail header's short line in lower case counts as one: "from: markus")
			}
			lower = true
		} else if c >= '0' && c <= '9' {
			continue
		} else if w := text[toks[i].Start:toks[i].End]; len(w) > 1 && capitals(w) && caseOfLine(i) == 'u' {
			// in a line written all in capitals, a name in capitals ("FROM: TWAN VAN AMSTEL")
			if !capsSlotName(w) {
				continue
			}
			upper = true
		}
		// the place first, which is cheap to tell; then the name
		opens := sentenceOpens(text, toks, i) || afterTimeOpener(text, toks, i)
		if !opens && (i < 1 || toks[i].NewlineBefore) {
			continue
		}
		var prev string
		praised, header := false, false
		// "Kabremi Liavas and I will"; not the tail of a longer run of unknown words
		withMe := (andMe(text, toks, i+2) || andMe(text, toks, i+3)) && (i == 0 || toks[i].NewlineBefore || !unlistedName(word(i-1)))
		object, clause, note := false, false, false
		if !opens {
			prev = word(i - 1)
			if upper && capitals(prev) {
				prev = strings.ToLower(prev) // the slot's words, as the checks below write them
			}
			praised = praiseBefore(text, toks, i)
			header = mailHeaderBefore(text, toks, i)
			note = !lower && !upper && noteSlot(text, toks[i].Start)
			object = objectSlot(text, toks, i-1) || personSlot(text, toks, i-1) || note || lower && introSlot(text, toks, i-1)
			// "confirmed that Faras Swamy worked at", "ED course: Nico Leone was given": a clause
			// that opens after "that" or after a note's label, where a verb must follow as after a
			// sentence's start
			clause = prev == "that" && i >= 2 && foldIn(reportVerbs, word(i-2)) || afterLabel(text, toks, i)
			if !praised && !withMe && !header && !object && !clause && (i < 2 || prev != "by" && prev != "for" && prev != "to" && prev != "from" && prev != "with" && !(dashWord(prev) && !toks[i-1].NewlineBefore)) {
				continue
			}
		}
		// "The card belongs to Tobiáš Urblík", "Spoke to Mate Dominiković re: the claim",
		// "Forwarding this from Sanya Biswas", "Call Bronisław Szczęsny tomorrow": a person's
		// slot, for names the lists know too
		owned := !opens && (object || i >= 2 && (prev == "to" && foldIn(speakVerbs, word(i-2)) || prev == "from" && fromSlot(text, toks, i-2) ||
			prev == "with" && lower && foldIn(withWords, word(i-2))))
		switch {
		case praised, withMe, header, owned:
		case opens || clause:
			verb := func(k int) bool {
				return k < len(toks) && (personVerbs[word(k)] || upper && foldIn(personVerbs, word(k)))
			}
			if !verb(i+2) && !verb(i+3) {
				continue
			}
		case prev == "by":
			if !foldIn(agentVerbs, word(i-2)) {
				continue
			}
		case prev == "for" || prev == "to":
			if !foldIn(beneficiaryVerbs, word(i-2)) {
				continue
			}
		case prev == "from", prev == "with":
			continue
		}
		var n int
		switch {
		case lower:
			n = lowerNameAt(text, toks, i)
		case upper:
			n = upperNameAt(text, toks, i)
		default:
			n = unknownNameAt(text, toks, i)
		}
		if lower || upper {
			// the slot says as much as for a capitalised name
		} else if n == 0 && dashWord(prev) && !toks[i-1].Attached && !toks[i].Attached && !inCode(text, toks[i].Start) {
			n = knownNameAt(text, toks, i) // "? - Li Na", "thx - Tom"; not a hyphen's ("\"Hades\"-Chip")
		}
		if n == 0 && !lower && !upper && (object && (note || personSlot(text, toks, i-1) || contactAfter(text, toks, i+1)) || dashVerb(text, toks, i)) && unlistedName(word(i)) && !inCode(text, toks[i].Start) &&
			(i+1 == len(toks) || toks[i+1].NewlineBefore || toks[i+1].Attached || !startsUpper(word(i+1))) {
			n = 1 // one name no list knows, where the slot leaves no doubt: "Can Svatopluk approve", "waiting on Telmo"
		}
		if n == 0 && object && !lower && !upper && wordNames[word(i)] && objectSlot(text, toks, i-1) && i+2 < len(toks) && word(i+1) == "to" &&
			!toks[i+1].NewlineBefore && lowerStart(word(i+2)) && !inCode(text, toks[i].Start) {
			n = 1 // a given name that is a word, asked to do something: "Can you ask Hope to send me the numbers?" (stop 53)
		}
		if n == 0 && object && !lower && !upper && bookedUnder(text, toks, i-1) {
			n = particledFamilyAt(text, toks, i) // a booking's family name with its particles: "op naam van De Baets", "van der Sloot"
		}
		agent := prev == "by" // an agent's verb before it was asked above ("for" and "to" put a town there as often: "shipped to Lefort")
		if n == 0 && !lower && !upper && (opens || praised || withMe || header || owned || clause || agent) && !inCode(text, toks[i].Start) {
			// a name the lists know, which the model missed: two words, or one that is no word
			// ("Lauretta Cabrini won", "Congrats to Gerlinde!", "refund issued by Rosalind O."
			// (stop 34); not "Will has to be signed")
			if n = knownNameAt(text, toks, i); n == 1 && englishWord(word(i)) {
				n = 0
			}
			for k := i; k < i+n; k++ {
				if w := word(k); dictionaryWord(w) && !givenSet()[w] && !familySet()[w] || k == i && n > 1 && foldIn(roleNouns, w) && !listedName(w) {
					n = 0 // a role or a thing before the name: "Customer Lars Eriksen wrote"
				}
			}
		}
		if n == 0 {
			continue
		}
		last := i + n - 1
		slot := true // after "by", "for" or "to", the verb before vouched for it above
		switch {
		case header:
			slot = last+1 == len(toks) || toks[last+1].NewlineBefore // the name alone on the header's line
		case withMe && andMe(text, toks, last+1):
		case praised:
			end := last + 1
			slot = end == len(toks) || toks[end].NewlineBefore || praiseAfter[word(end)]
			if n == 1 && embeddedClass(word(i))&(gCity|gState|gCountry|gOrg) != 0 {
				slot = false // a team's town or a company: "Congrats to Paris in the final"
			}
		case object && lower && introSlot(text, toks, i-1):
			// "hey its ekapad mangal, can u call me back", "this is jon from billing"
			next := ""
			if last+1 < len(toks) && !toks[last+1].NewlineBefore {
				next = word(last + 1)
			}
			slot = next == "" || next == "," || next == "." || next == "!" || introEnders[next]
		case object && personSlot(text, toks, i-1) && !objectSlot(text, toks, i-1):
			slot = personSlotAfter(text, toks, i-1, last)
		case object:
			// "Call Lemaire support tomorrow": a business's desk, not a person
			slot = last+1 == len(toks) || toks[last+1].NewlineBefore || !foldIn(deskWords, word(last+1)) && word(last+1) != "&" // nor a firm's partner
		case opens:
			slot = last+1 < len(toks) && !toks[last+1].NewlineBefore && (personVerbs[word(last+1)] || upper && foldIn(personVerbs, word(last+1)))
		case dashWord(prev) && dashVerb(text, toks, i) && last == i:
			// "Acme renewal - Fiyaz says budget frozen": a note's clause after a dash, a verb after the name
		case dashWord(prev):
			end := last + 1
			if end < len(toks) && toks[end].Attached && strings.Contains(".!", word(end)) {
				end++
			}
			slot = end == len(toks) || toks[end].NewlineBefore
		case withMe:
			slot = false // "and I" was not right after the name read
		}
		for k < len(fs) && fs[k].End <= toks[i].Start {
			k++
		}
		if !slot || otherFinding(text, fs[k:], toks[i].Start, toks[last].End) {
			i = last
			continue
		}
		claims = append(claims, claim(toks[i].Start, toks[last].End, shapeScore))
		i = last
	}
	if len(claims) > 0 {
		// a weak address without a digit inside a claim gives way to it, as otherFinding let it
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
			return f.Type == redact.StreetAddress && f.Source == redact.SourceModel && f.Score < 0.5 && overlapsAny(claims, f) &&
				!strings.ContainsAny(text[f.Start:f.End], "0123456789")
		})
	}
	return claimPersons(fs, claims)
}

// capsSlotName reports a word in capitals that may be a name in a person's slot: written as a
// name is (capsNameLike), and no English, dictionary or place or organisation word.
func capsSlotName(w string) bool {
	return capsNameLike(w) && !englishWord(w) && !dictionaryWord(w) && !foldIn(placeAndOrgWords, w)
}

// upperNameAt returns how many tokens from i, two or three, are words in capitals on one line
// that may be a name (capsSlotName, or a particle between two: "TWAN VAN AMSTEL"); one alone will
// do when the lists know it as a given name; 0 otherwise.
func upperNameAt(text string, toks []Token, i int) int {
	n := nameRunAt(text, toks, i, capsSlotName)
	switch w := text[toks[i].Start:toks[i].End]; {
	case n == 1 && (inTitleCase(givenSet(), w) || foldIn(handleGiven(), w)):
		return 1
	case n < 2 || n > 3 || inCode(text, toks[i].Start):
		return 0
	}
	return n
}

// introSlot reports chat's words that introduce the writer in lower case at toks[k]: "its",
// "it's", "im", "i'm", and "is" after "this" or "name" ("hey its jon, can u call me back").
func introSlot(text string, toks []Token, k int) bool {
	switch text[toks[k].Start:toks[k].End] {
	case "its", "it's", "it’s", "im", "i'm", "i’m":
		return true
	case "is":
		if k > 0 {
			p := text[toks[k-1].Start:toks[k-1].End]
			return p == "this" || p == "name"
		}
	}
	return false
}

// withWords take a person after "with" in chat written in lower case: "we had dinner with mads
// van loon", "meeting with yan mendes moved to 3pm", "i spoke with matouš".
var withWords = wordSet("dinner lunch breakfast coffee drinks meeting call chat spoke speak speaking talked talk talking met meet chatted chatting " +
	"staying stayed living lives lived")

// waitVerbs take a person after "on": "We are waiting on Telmo", "depending on Ana Ruiz".
var waitVerbs = wordSet("waiting wait depending depend relying rely counting count")

// modalOpeners open a question about what a person may do: "Can Svatopluk approve the budget?"
// ("Will", a given name too, is left out).
var modalOpeners = wordSet("Can Could Would Should Did Does Has May Might Must")

// roleListers name a person in a role after "as": "The contract lists Yuvraj Prasad as
// guarantor".
var roleListers = wordSet("lists listed names named appoints appointed designates designated nominates nominated")

// namesBeforeAges makes a person of the capitalised words before an apposition that gives an
// age, as a chart opens on its patient ("Jan Kłosiewicz, a pleasant 93 year old man", "Azaan
// A. Pingle, a 45-year-old", "SMITH, JOHN, an 81 y/o male"): one to four words written as names
// are, initials and particles among them, after a title or nothing of a name; none a place or
// an organisation the gazetteers know. What the model made of them gives way.
func namesBeforeAges(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "old") && !strings.Contains(text, "y/o") && !strings.Contains(text, "yo ") {
		return fs
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	for c := 1; c+2 < len(toks); c++ {
		if word(c) != "," || !toks[c].Attached || word(c+1) != "a" && word(c+1) != "an" || !ageApposition(text, toks[c+1].End) {
			continue
		}
		k, names := nameWordsBefore(text, toks, c, ageName)
		if names == 0 || !startsUpper(word(k)) && !nameParticles[word(k)] || capitalisedBefore(text, toks, k) {
			continue
		}
		start, end := toks[k].Start, toks[c-1].End
		if onlyPersonsOver(fs, start, end, false) {
			claims = append(claims, claim(start, end, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}

// namesBeforeDetails makes a person of the capitalised words before a bracket that gives how
// to reach them or who they are on record: a phone or another number, an email, or a label of
// an identifier ("emergency contact … to Bradley White (7608997442)", "Martino Versace (SSN
// 132-80-6735) was enrolled", "Ana Lima (DOB 3/4/1980)"): two or three words written as names
// are, initials among them, each a name of the lists or no word of the dictionary, none a place
// or an organisation the gazetteers know ("Acme Support (555-0100)", "Boston Office (617 …)"
// are none), after no other capitalised word but a title. What the model made of them gives way.
func namesBeforeDetails(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " (") {
		return fs
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	for b := 2; b+1 < len(toks); b++ {
		if word(b) != "(" || toks[b].Attached || toks[b].NewlineBefore || !detailAfter(text, toks[b].End) {
			continue
		}
		last := b - 1 // the name's last token, before any degrees: "Jack Rowland PhD (born …)"
		for last > 0 && (postNominal(word(last)) || word(last) == "," && toks[last].Attached) && !toks[last].NewlineBefore {
			last--
		}
		k, names := nameWordsBefore(text, toks, last+1, detailName)
		if names == 1 && k == last && loneGivenBeforeContact(text, toks, k, toks[b].End) {
			names = 2 // one given name of the lists before an email or a phone in brackets (stop 63: "Order for Elaine (keith95@example.com) shipped")
		}
		if names < 2 || capitalisedBefore(text, toks, k) {
			continue
		}
		start, end := toks[k].Start, toks[last].End
		if onlyPersonsOver(withoutNamedAddresses(text, fs, start, end), start, end, false) {
			claims = append(claims, claim(start, end, shapeScore))
		}
	}
	if len(claims) == 0 {
		return fs
	}
	// the model's digitless streets inside the claims give way, found for each by halves among
	// the claims (stop 63: dropped claim by claim, a long text of such names had grown with its
	// square)
	inside := func(f redact.Finding) bool {
		if !namedAddress(text, f) {
			return false
		}
		k := endingAfter(claims, f.Start)
		return k < len(claims) && claims[k].Start <= f.Start && f.End <= claims[k].End
	}
	if slices.ContainsFunc(fs, inside) {
		fs = slices.DeleteFunc(slices.Clone(fs), inside)
	}
	return claimPersons(fs, claims)
}

// namedAddress reports a model's street address with no digit: a name the model read as one.
func namedAddress(text string, f redact.Finding) bool {
	return f.Type == redact.StreetAddress && f.Source == redact.SourceModel && !strings.ContainsAny(text[f.Start:f.End], "0123456789")
}

// loneGivenBeforeContact reports a given name of the lists at toks[k], no word of English or the
// dictionary and no place or organisation the gazetteers know, before brackets at text[at:] that
// open with an email address or a phone's digits.
func loneGivenBeforeContact(text string, toks []Token, k, at int) bool {
	w := text[toks[k].Start:toks[k].End]
	if !givenSet()[w] && !listedGiven()[w] && !foldIn(handleGiven(), w) || englishWord(w) || dictionaryWord(w) || embeddedClass(w)&(gCity|gState|gCountry|gOrg) != 0 {
		return false
	}
	rest := text[at:min(len(text), at+40)]
	return emailFirst(rest) || rest != "" && (isDigitByte(rest[0]) || rest[0] == '+') && detailAfter(text, at)
}

// emailFirst reports an email address as the first word in brackets' rest, up to a space or the
// closing bracket.
func emailFirst(rest string) bool {
	e := strings.IndexAny(rest, " )")
	return e > 0 && strings.Contains(rest[:e], "@")
}

// nameWordsBefore walks back from toks[end] (not included) over up to five tokens of a name on
// its line: words name accepts, initials ("A."), and particles before a name word ("van");
// it returns the first token's index, end when there is none, and how many name words it read.
func nameWordsBefore(text string, toks []Token, end int, name func(string) bool) (k, names int) {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for k = end; k > 0 && end-k < 5 && !toks[k].NewlineBefore; k-- {
		switch w := word(k - 1); {
		case w == "." && toks[k-1].Attached && k > 1 && utf8.RuneCountInString(word(k-2)) == 1 && startsUpper(word(k-2)):
			k-- // an initial: "A.", two tokens
		case nameParticles[w] && names > 0:
		case name(w):
			names++
		default:
			return k, names
		}
	}
	return k, names
}

// ageName reports a word before an age's apposition that may be a name (namesBeforeAges):
// written as names are, or in capitals, or a name of the lists; no title, and no place, street,
// organisation, people, common word or term of code the lists know.
func ageName(w string) bool {
	return (nameLike(w) || capsNameLike(w) || listedName(w)) && !isTitle(w) && !foldIn(placeAndOrgWords, w) &&
		embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon|gNRP) == 0 && !techTerms[w]
}

// detailName reports a word before a bracket of details that may be a name (namesBeforeDetails):
// as ageName, read in mixed case, and a name of the lists or no word of English or the
// dictionary.
func detailName(w string) bool {
	t := nameCase(w)
	return (nameLike(t) || listedName(t)) && !isTitle(w) && !foldIn(placeAndOrgWords, t) && !techTerms[t] &&
		(listedName(t) || !dictionaryWord(t) && !englishWord(t)) &&
		embeddedClass(t)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon|gNRP) == 0
}

// capitalisedBefore reports a capitalised word other than a title right before toks[k] on its
// line: a name read back from toks[k] would be the tail of longer capitalised words ("Boston
// General Smith, a …"; "Dr. Smith" is a name, the dot no word).
func capitalisedBefore(text string, toks []Token, k int) bool {
	if k == 0 || toks[k].NewlineBefore {
		return false
	}
	w := text[toks[k-1].Start:toks[k-1].End]
	return startsUpper(w) && !isTitle(w)
}

// withoutNamedAddresses drops the model's digitless addresses inside [start, end), a name's
// words it read as a street ("Ekansh Madan" before a phone in brackets); fs is returned as it
// is when it has none.
func withoutNamedAddresses(text string, fs []redact.Finding, start, end int) []redact.Finding {
	drop := func(f redact.Finding) bool { return f.Start >= start && f.End <= end && namedAddress(text, f) }
	found := false
	for _, f := range fs[near(fs, start):] { // from the neighbours, to the span's end
		if f.Start >= end {
			break
		}
		if drop(f) {
			found = true
			break
		}
	}
	if !found {
		return fs
	}
	return slices.DeleteFunc(slices.Clone(fs), drop)
}

// unknownPairs makes a person of two or three capitalised words inside an English sentence that
// no list of words knows as anything, neither a name nor a word, place, organisation, street,
// title or term of code ("Deposition of Guneet Mandal taken on …", "for Duilio Terrón completed
// by …"): such a pair is a name the lists never saw, most often a person's, and the model, which
// read it as a weak place or organisation or as nothing, had nothing to go on. The words must
// follow a word in lower case (not a sentence's or a line's start, where headings and titles
// stand) and end the run of capitals; particles may join them ("Fermín de Toledo" is not one:
// Toledo is a place). Not in code, not in another language's prose (German capitalises nouns),
// not in a line in capitals.
func unknownPairs(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var foreign lazyTest // whether text is another language's prose, told once a pair is found: most texts have none
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	k := 0 // fs[k] is the first finding that may end after the token read
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Attached || t.NewlineBefore || text[t.Start] < 'A' || text[t.Start] > 'Z' && text[t.Start] < utf8.RuneSelf {
			continue
		}
		if !pairSlot(text, toks, i) {
			continue
		}
		known := unknownWord
		if capitals(word(i)) {
			known = unknownCaps
		}
		if !known(word(i)) {
			continue
		}
		j, n := i+1, 1
		for j < len(toks) && n < 3 && !toks[j].Attached && !toks[j].NewlineBefore {
			if w := word(j); foldIn(nameParticles, w) && j+1 < len(toks) && !toks[j+1].NewlineBefore && known(word(j+1)) {
				j += 2
				n++
				continue
			}
			if !known(word(j)) {
				break
			}
			j++
			n++
		}
		if n < 2 || j < len(toks) && !toks[j].Attached && !toks[j].NewlineBefore && startsUpper(word(j)) {
			i = j - 1
			continue // part of a longer run of capitals: a title, a heading
		}
		start, end := t.Start, toks[j-1].End
		if foreign.of(foreignProse, text) || inCode(text, start) || lineCaseAt(text, start) == 'u' {
			i = j - 1
			continue
		}
		for k < len(fs) && fs[k].End <= start {
			k++
		}
		if k < len(fs) && fs[k].Start < end && (otherFinding(text, fs[k:], start, end) || placeOver(fs[k:], start, end)) {
			i = j - 1
			continue
		}
		if k < len(fs) && fs[k].Type == redact.Person && fs[k].Start <= start && fs[k].End >= end {
			i = j - 1
			continue // a person already: nothing to claim
		}
		claims = append(claims, claim(start, end, shapeScore))
		i = j - 1
	}
	return claimPersons(fs, claims)
}

// namesReadAsFirms makes a person of a given name of the lists (or one that is a word, wordNames)
// and a family name of the lists after it that the model read as an organisation it doubted
// (under 0.8), where a sentence names a person and not a business (pairSlot: "met", "with",
// "told", …): "We met Precious Ndlovu at the clinic" (0.68), "Hunter Briggs" (0.76) (stop 55).
// A firm named after its founder is written so too, and is the model's where it is sure
// ("works at Morgan Stanley", 0.96).
func namesReadAsFirms(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	k := 0 // fs[k] is the first finding that may start at the token read
	for i := 1; i+1 < len(toks); i++ {
		for k < len(fs) && fs[k].Start < toks[i].Start {
			k++
		}
		if k == len(fs) || fs[k].Start != toks[i].Start || fs[k].End != toks[i+1].End || fs[k].Type != redact.Organization ||
			fs[k].Source != redact.SourceModel || fs[k].Score >= 0.8 || toks[i+1].Attached {
			continue
		}
		g, f := word(i), word(i+1)
		if !nameLike(g) || !nameLike(f) || !(givenSet()[g] || listedGiven()[g] || wordNames[g]) || !familyWord(f) || englishWord(f) && !familySet()[f] ||
			embeddedClass(g+" "+f)&(gOrg|gCity|gState|gCountry) != 0 || !pairSlot(text, toks, i) || inCode(text, toks[i].Start) {
			continue
		}
		claims = append(claims, claim(toks[i].Start, toks[i+1].End, fs[k].Score))
	}
	return claimPersons(fs, claims)
}

// holidayWords are the words of feasts no English word list holds: "for Yom Kippur".
var holidayWords = wordSet("yom kippur rosh hashanah hashana eid fitr adha mubarak diwali deepavali ramadan ramazan hanukkah chanukah " +
	"kwanzaa nowruz navratri pongal vesak purim sukkot shavuot pesach onam baisakhi vaisakhi lohri")

// unknownWord reports a capitalised word no list knows as anything: no name, word of English or
// of the dictionary, place, organisation, street, title, term of code, feast or other
// language's common word (unknownPairs).
func unknownWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 || strings.ContainsAny(w, "0123456789_") || !startsUpper(w) || capitals(w) || humps(w) != 0 ||
		listedName(w) || dictionaryWord(w) || techTerms[w] || orgKind(w) != 0 || writtenLegalForm(w) ||
		embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon|gTitle|gNRP|gFirst|gLast) != 0 {
		return false // (nor an institution's word: "for Stichting van Gelder")
	}
	if len(w) >= 7 && techSuffix(w) {
		return false // a product's name: "Prometheus Alertmanager"
	}
	if !isASCII(w) {
		// one lower-case copy for the word lists, which foldIn would make for each (a word
		// written with an accent: "Terrón")
		lw := strings.ToLower(w)
		return hasLower(w) && !commonSet[lw] && !englishWords()[lw] && !foreignWords[lw] && !placeAndOrgWords[lw] && !holidayWords[lw] &&
			!monthNames[lw] && !weekdaySet[lw] && !titles[lw]
	}
	return nameLike(w) && !englishWord(w) && !foldIn(foreignWords, w) && !foldIn(placeAndOrgWords, w) && !foldIn(holidayWords, w)
}

// techSuffix reports a word that ends as software's names do: "Alertmanager", "Firebase",
// "Kafkaserver", "GitOps", "Airflow", "Jetstack".
func techSuffix(w string) bool {
	for _, suf := range [...]string{"manager", "server", "base", "sql", "hub", "ops", "flow", "stack", "bot", "app", "soft", "tech", "net", "cloud"} {
		if len(w) > len(suf)+2 && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// isASCII reports a string of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// unknownCaps is unknownWord for a word in capitals inside a sentence in mixed case ("given to
// DHRUV SAMA and her husband"): four letters or more, no term of code, and as a name is written
// no word either, or a name of the lists.
func unknownCaps(w string) bool {
	if utf8.RuneCountInString(w) < 4 || !capitals(w) || techTerms[w] || !capsNameLike(w) {
		return false
	}
	t := titleCase(w)
	return unknownWord(t) || listedName(t) && !englishWord(t) && !dictionaryWord(t)
}

// pairSlot reports that toks[i] follows a word after which a sentence names a person and not a
// place: "of" (not after a word for a place: "the city of"), "for", "with", "by", a verb that
// takes a person ("saw", "met", "hired"), or "to" after a verb of giving or telling ("given to",
// "spoke to"; not "commutes to"). Places follow "in", "from", "at", "near" and verbs of going.
func pairSlot(text string, toks []Token, i int) bool {
	if toks[i-1].NewlineBefore && i > 1 || toks[i-1].Attached && i > 1 {
		return false
	}
	switch prev := text[toks[i-1].Start:toks[i-1].End]; prev {
	case "of":
		return i < 2 || !foldIn(placeNouns, text[toks[i-2].Start:toks[i-2].End])
	case "for", "with", "by", "saw", "met", "hired", "insured", "thanked", "contacted", "paid", "told", "asked", "married",
		"con", "com", "avec", "mit": // "with" in Spanish, Italian, Portuguese, French and German (stop 55: "Conversei com Socorro Lima")
		return true
	case "to":
		return i >= 2 && (foldIn(speakVerbs, text[toks[i-2].Start:toks[i-2].End]) || foldIn(giveVerbs, text[toks[i-2].Start:toks[i-2].End]))
	}
	return false
}

// placeNouns put a place's name after "of": "the city of Biała Podlaska".
var placeNouns = wordSet("city town village region province state county republic kingdom municipality district port island islands " +
	"capital suburb borough commune canton department prefecture")

// giveVerbs put the one who receives after "to": "given to", "addressed to", "forwarded to"; not
// "sent", "paid" or "shipped", which as often go to a business ("Paid to Siemens Healthineers").
var giveVerbs = wordSet("given gave give gives addressed mailed emailed handed forwarded written wrote write writes assigned referred")

// placeOver reports a place the model found over [start, end) at 0.5 or more: a town the lists
// never saw reads as two unknown words too ("Nowy Sącz").
func placeOver(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if f.End > start && f.Type == redact.Location && f.Score >= 0.5 {
			return true
		}
	}
	return false
}

// detailAfter reports what a bracket opening at at gives about the one named before it: a
// phone or another number, an email, or an identifier's label.
func detailAfter(text string, at int) bool {
	rest := text[at:min(len(text), at+40)]
	if rest == "" {
		return false
	}
	if isDigitByte(rest[0]) || rest[0] == '+' || rest[0] == '(' {
		digits := 0 // a phone's or an identifier's, not a version's: "Python Flask (2.0)"
		for i := 0; i < len(rest) && rest[i] != ')' || i == 0; i++ {
			if isDigitByte(rest[i]) {
				digits++
			}
		}
		return digits >= 6
	}
	if emailFirst(rest) {
		return true
	}
	for _, label := range [...]string{"SSN", "DOB", "MRN", "d.o.b", "D.O.B", "born ", "b. ", "age ", "aged ", "tel", "Tel", "phone", "Phone", "cell", "mobile", "email", "Email", "ID ", "id ",
		"student ID", "student no", "employee ID", "employee no", "member ID", "patient ID", "customer ID", "account ", "acct"} {
		if strings.HasPrefix(rest, label) {
			return true
		}
	}
	return false
}

// ageApposition reports an age after "a" or "an" ending at at: up to two words in lower case
// ("pleasant", "previously healthy") and a number with a marker of years or months ("93 year
// old", "45-year-old", "81 y/o", "67 yo", "3-month-old").
func ageApposition(text string, at int) bool {
	rest := text[at:min(len(text), at+48)]
	for n := 0; n <= 2; n++ {
		if !strings.HasPrefix(rest, " ") || len(rest) < 2 {
			return false
		}
		rest = rest[1:]
		if isDigitByte(rest[0]) {
			break
		}
		e := 0
		for e < len(rest) && rest[e] >= 'a' && rest[e] <= 'z' {
			e++
		}
		if e == 0 || n == 2 {
			return false
		}
		rest = rest[e:]
	}
	e := 0
	for e < len(rest) && isDigitByte(rest[e]) {
		e++
	}
	if e == 0 || e > 3 {
		return false
	}
	rest = rest[e:]
	for _, m := range [...]string{"-year-old", " year old", " year-old", "-years-old", " years old", " y/o", "-yo", " yo ", " yo,", " y.o.",
		"-month-old", " month old", "-week-old", "-day-old"} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}

// personSlot reports a word at toks[k] after which a sentence puts a person: "on" after a word of
// waiting, "Per" opening a sentence ("Per Adweta Chaudhary, the meeting is cancelled"), a modal
// opening a question ("Can Cayetana Samper approve"), or a word that names someone in a role
// ("lists … as guarantor"). namesInSlots checks what follows the name where the slot needs it.
func personSlot(text string, toks []Token, k int) bool {
	w := text[toks[k].Start:toks[k].End]
	switch {
	case w == "on":
		return k > 0 && foldIn(waitVerbs, text[toks[k-1].Start:toks[k-1].End])
	case w == "Per", modalOpeners[w]:
		return sentenceOpens(text, toks, k) || afterLabel(text, toks, k) // a speaker's question too: "Mette: Did Olu follow up?"
	case w == "referring":
		return true // a referral's patient: "Thank you for referring Jan Kłosiewicz"
	case w == "of", w == "von", w == "de", w == "van", w == "di":
		// a notice's dead (stop 61): "Donations in memory of Stacie may be made to …", "In
		// loving memory of Iain May"; a school's pupil after its parents: "Dear parents of Ciro",
		// "Liebe Eltern von Ovidio", "Chers parents de Ciro", "Beste ouders van Fenne"
		if k == 0 {
			return false
		}
		// and one whose family speaks for them (stop 62: "Family of Autumn asked for update")
		before := text[toks[k-1].Start:toks[k-1].End]
		// and a relation's person (stop 63: "Beloved wife of the late William and mother of
		// Imaran and Neel", "the son of Kojo")
		return w == "of" && (strings.EqualFold(before, "memory") || strings.EqualFold(before, "family") || kinNouns[before] && !pluralKin[before]) ||
			pupilParents[before] || bookedUnder(text, toks, k) ||
			w == "de" && before == "nombre" && k > 1 && strings.EqualFold(text[toks[k-2].Start:toks[k-2].End], "a") // a card's holder: "a nombre de Natividad Tejero"
	case w == "late":
		return k > 0 && strings.EqualFold(text[toks[k-1].Start:toks[k-1].End], "the") // "the family of the late Iain May"
	}
	return roleListers[w] || bookedUnder(text, toks, k) || departmentSlot(w) && departmentAfter(text, toks, k)
}

// departmentAfter reports one to three capitalised words after toks[k] and then the department
// the one they name works in (stop 63: "I'll pass this to Imaran in legal", "Bitte leiten Sie das
// an Hannelore in der Buchhaltung weiter", "aan Sanne van de boekhouding", "a Urvi de
// contabilidad"): "in", "from" or "at" and a department in English, "in", "aus" or "von" and
// "der" or "dem" before one in German, "van" or "bij" and "de" or "het" in Dutch, "de", "do",
// "da", "del" or "dell" (and "la") in Spanish, Portuguese, French and Italian, "på" in Swedish.
func departmentAfter(text string, toks []Token, k int) bool {
	j := k + 1
	for j < len(toks) && j-k <= 3 && !toks[j].NewlineBefore && !toks[j].Attached && startsUpper(text[toks[j].Start:toks[j].End]) {
		j++
	}
	if j == k+1 || j+1 >= len(toks) || toks[j].NewlineBefore || toks[j+1].NewlineBefore {
		return false
	}
	word := func(n int) string { return text[toks[n].Start:toks[n].End] }
	switch word(j) {
	case "de", "do", "da", "del", "dell", "på":
		// Spanish's, Portuguese's, French's, Italian's and Swedish's: "a Marco de contabilidad",
		// "para Marco do financeiro", "à Inès de la comptabilité", "till Åsa på ekonomi"
		if a := word(j + 1); (a == "la" || a == "'") && j+2 < len(toks) {
			j++
		}
	case "in", "from", "at":
		if word(j+1) == "the" && j+2 < len(toks) {
			j++
		}
	case "aus", "von":
	case "van", "bij":
	default:
		return false
	}
	if a := word(j + 1); (a == "der" || a == "dem" || a == "de" || a == "het") && j+2 < len(toks) {
		j++
	}
	return foldIn(officeTeams, word(j+1))
}

// departmentSlot reports the word a colleague is written after before their department:
// English's, German's, Dutch's, Spanish's, Portuguese's, French's, Italian's and Swedish's "to".
func departmentSlot(w string) bool {
	switch w {
	case "to", "an", "aan", "a", "para", "à", "till":
		return true
	}
	return false
}

// officeTeams are the departments a colleague works in, in the languages of departmentAfter.
var officeTeams = wordSet("payroll legal accounts accounting finance hr marketing sales support admin administration reception billing " +
	"procurement compliance it ops operations engineering facilities purchasing logistics research dispatch " +
	"buchhaltung personalabteilung rechtsabteilung verwaltung einkauf vertrieb empfang lohnbuchhaltung personal finanzbuchhaltung " +
	"boekhouding administratie personeelszaken inkoop verkoop receptie " +
	"contabilidad finanzas ventas compras administración financeiro contabilidade vendas comptabilité paie " +
	"amministrazione contabilità ekonomi lönekontoret")

// bookedUnder reports the words at toks[k] and before it that put the name a table, a room or a
// ticket is booked under right after them, in English, German, Italian, Dutch, Polish, Danish,
// Norwegian, Swedish, French and Portuguese (stop 63: "Table for four under Fuentes at 7:30",
// "Tisch für vier auf den Namen Jessel", "Tavolo a nome Sgalambro", "Tafel op naam van Smits",
// "Stolik na nazwisko Motak", "Bord i navnet Winther", "au nom de Dupont"). English's "under"
// needs a booking's word among the five words before it ("booked under", "the reservation is
// under"; not "under Article 5").
func bookedUnder(text string, toks []Token, k int) bool {
	w := text[toks[k].Start:toks[k].End]
	before := func(n int) string {
		if k-n < 0 || toks[k-n+1].NewlineBefore {
			return ""
		}
		return strings.ToLower(text[toks[k-n].Start:toks[k-n].End])
	}
	switch w {
	case "under":
		for n := 1; n <= 5; n++ {
			if b := before(n); bookingWords[b] {
				return true
			} else if b == "" || b == "." {
				break
			}
		}
	case "Namen":
		return (before(1) == "den" || before(1) == "dem") && (before(2) == "auf" || before(2) == "unter")
	case "nome":
		return before(1) == "a" || before(1) == "em" || before(1) == "no"
	case "navnet", "namnet":
		return before(1) == "i" || before(1) == "på" || before(1) == "under"
	case "nazwisko", "jméno", "meno", "ime":
		return before(1) == "na" // Polish's, Czech's, Slovak's and Croatian's ("Stůl pro čtyři na jméno Sedláček")
	case "naam":
		return before(1) == "op"
	case "van", "di", "de", "d'":
		// "op naam van", "a nome di", "au nom de", "em nome de"
		b := before(1)
		return b == "naam" && before(2) == "op" || b == "nome" && (before(2) == "a" || before(2) == "em" || before(2) == "no") || b == "nom" && before(2) == "au"
	}
	return false
}

// particledFamilyAt returns how many tokens from i make a family name that opens with one to
// three particles, in either case, before a capitalised word written as a name is ("De Baets",
// "van der Sloot"); 0 otherwise.
func particledFamilyAt(text string, toks []Token, i int) int {
	j := i
	for j < len(toks) && j-i < 3 && (j == i || !toks[j].NewlineBefore && !toks[j].Attached) && foldIn(nameParticles, text[toks[j].Start:toks[j].End]) {
		j++
	}
	if j == i || j == len(toks) || toks[j].NewlineBefore || toks[j].Attached || !nameLike(text[toks[j].Start:toks[j].End]) {
		return 0
	}
	return j - i + 1
}

// bookingWords are what a booking is of, and its verbs, before the "under" that names who it is for.
var bookingWords = wordSet("table booking reservation booked reserved room tickets ticket order appointment")

// pupilParents are the words for a pupil's parents before "of" in English, German, French,
// Dutch, Spanish and Italian.
var pupilParents = wordSet("parents Parents Parent/Guardian Guardian guardians Eltern padres Padres ouders Ouders genitori Genitori")

// personSlotAfter reports that what follows a name read after personSlot's word at toks[k],
// the name ending at toks[last], fits the slot: a comma after "Per", a word in lower case (the
// verb) after a modal, "as" after a role's lister; anything after "waiting on".
func personSlotAfter(text string, toks []Token, k, last int) bool {
	next := ""
	if last+1 < len(toks) && !toks[last+1].NewlineBefore {
		next = text[toks[last+1].Start:toks[last+1].End]
	}
	switch w := text[toks[k].Start:toks[k].End]; {
	case w == "on":
		return true
	case w == "Per":
		return next == ","
	case modalOpeners[w]:
		return next != "" && lowerStart(next)
	case w == "referring":
		return next == "" || next == "," || next == "." || next == "for" || next == "to" || next == "("
	case w == "of" && k > 0 && strings.EqualFold(text[toks[k-1].Start:toks[k-1].End], "memory"), w == "late":
		return next == "" || !startsUpper(next) // (not "in memory of Flight 93", a number or another capital after)
	case w == "of" && k > 0 && strings.EqualFold(text[toks[k-1].Start:toks[k-1].End], "family"):
		return next == "" || next == "," || next == "." || next == "(" || lowerStart(next) && next != "of" // "Family of Autumn asked", not "the family of Kent companies"
	case departmentSlot(w) && departmentAfter(text, toks, k):
		return true
	case w == "of" && k > 0 && kinNouns[text[toks[k-1].Start:toks[k-1].End]]:
		return next == "" || strings.Contains(",.;:(", next) || next == "and" || lowerStart(next) // "mother of Imaran and Neel", "son of Kojo who"
	case bookedUnder(text, toks, k):
		// a booking's name: the sentence's end, a comma, a time or its word after it ("um 19:30",
		// "alle 20:00", "kl. 19.30", "at 7:30")
		return next == "" || strings.Contains(",.;:!(", next) || lowerStart(next) || isDigitByte(next[0])
	case w == "of", w == "von", w == "de", w == "van", w == "di":
		// the pupil's parents addressed: a comma or a colon after the name (not "the parents of
		// Paris students"); a card's holder before the sentence's end
		return next == "" || next == "," || next == ":" || next == "(" || next == "." || next == ";"
	}
	return next == "as"
}

// contactAfter reports "at", "on" or "via" at toks[k] and an address or a number after it: how
// to reach the one named before ("Contact Albín at someone@example.com", "… at 555-0101").
func contactAfter(text string, toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].NewlineBefore || toks[k+1].NewlineBefore {
		return false
	}
	switch text[toks[k].Start:toks[k].End] {
	case "at", "on", "via", "på":
	default:
		return false
	}
	rest := text[toks[k+1].Start:min(len(text), toks[k+1].Start+64)]
	if e := strings.IndexAny(rest, " \n"); e > 0 {
		rest = rest[:e]
	}
	return strings.Contains(rest, "@") || rest != "" && (isDigitByte(rest[0]) || rest[0] == '+' || rest[0] == '(')
}

// objectVerbs take a person right after them, as an imperative or after a word that asks for
// one: "Call Bronisław Szczęsny tomorrow", "Please ask Ninetta Querini", "can you email Oda
// Lindqvist".
var objectVerbs = wordSet("call ask email e-mail contact ping tell remind notify inform invite cc text phone message page " +
	"refer admit discharge " + // a chart's orders (stop 63: "Refer Shay Mohan to physiotherapy")
	"asked " + // a forum's note of whom the poster asked (stop 63: "Asked Neelima but no luck")
	"ring") // Swedish, Danish and Norwegian "call", before a name and "på" and a number (stop 28: "Ring Jan på 029-75 96 06")

// deskWords after a name say it is a business's: "Call Lemaire support", "email Acme sales".
var deskWords = wordSet("support sales service services desk helpdesk helpline hotline office team billing hq headquarters reception customer")

// objectLeads ask for the verb after them: "please ask", "can you call", "I'll email".
var objectLeads = wordSet("please pls plz you to i i'll we we'll will can could should must also then and or")

// objectSlot reports an objectVerbs word at toks[k] that opens a sentence or follows an
// objectLeads word on its line.
func objectSlot(text string, toks []Token, k int) bool {
	if !foldIn(objectVerbs, text[toks[k].Start:toks[k].End]) {
		return false
	}
	return sentenceOpens(text, toks, k) || afterLabel(text, toks, k) || // a speaker's request too: "Mum: Tell Bisi to bring the rice"
		k > 0 && !toks[k].NewlineBefore && (foldIn(objectLeads, text[toks[k-1].Start:toks[k-1].End]) ||
			text[toks[k-1].Start:toks[k-1].End] == ";" && lowerStart(text[toks[k].Start:toks[k].End])) // a clause after a semicolon (stop 61: "Lodger wanted in Kota; contact Raghav on 01819093786")
}

// possessions are what a person's possessive names, as a record asks for it: "we need Malachy
// Weever's signature", "Hà Bùi's phone number".
var possessions = wordSet("signature signatures phone number email e-mail address birthday dob passport licence license ssn account consent " +
	"approval appointment chart records record file insurance wife husband son daughter mother father mom dad partner brother sister " +
	// a family's and a school's (stop 63: "Veda's great-grandfather Frederick Dhawan emigrated",
	// "Dear parents, Mekhala's class trip to Korba")
	"grandfather grandmother great-grandfather great-grandmother grandma grandpa mum parents aunt uncle cousin class teacher")

// ownerKin are the possessions after whose owner one word no list holds is a name too: a
// relation's, and a pupil's class.
var ownerKin = wordSet("wife husband son daughter mother father mom dad mum partner brother sister grandfather grandmother " +
	"great-grandfather great-grandmother grandma grandpa parents aunt uncle cousin class teacher")

// namesBeforePossessions makes a person of two or three capitalised words on a line that may be
// a name (unknownNameAt), or one to three of which the lists know one (knownNameAt: no English
// word), before a possessive "'s" and a word for what a person has (possessions), where nothing
// else was found: "We need Malachy Weever's signature", "Hà Bùi's phone number is …".
func namesBeforePossessions(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "'s ") && !strings.Contains(text, "’s ") {
		return fs
	}
	var claims []redact.Finding
	for j := 1; j+1 < len(toks); j++ {
		if w := text[toks[j].Start:toks[j].End]; !toks[j].Attached || w != "'s" && w != "’s" && w != "'" || !foldIn(possessions, text[toks[j+1].Start:toks[j+1].End]) {
			continue
		}
		for n := 3; n >= 1; n-- {
			i := j - n
			if i < 0 || toks[i].NewlineBefore && n > 1 {
				continue
			}
			m := unknownNameAt(text, toks, i)
			if m == 0 {
				if m = knownNameAt(text, toks, i); m == 1 && (englishWord(text[toks[i].Start:toks[i].End]) || !givenSet()[text[toks[i].Start:toks[i].End]]) {
					m = 0 // one word alone only when a given name: "the Company's address" is none
				}
			}
			if m == 0 && n == 1 && foldIn(ownerKin, text[toks[j+1].Start:toks[j+1].End]) && unlistedName(text[toks[i].Start:toks[i].End]) && !englishWord(text[toks[i].Start:toks[i].End]) {
				m = 1 // a word no list holds before a relation's or a class's possessive ("Mekhala's class trip")
			}
			if m != n || i > 0 && !toks[i].NewlineBefore && !toks[i].Attached && startsUpper(text[toks[i-1].Start:toks[i-1].End]) && !sentenceOpens(text, toks, i) ||
				inCode(text, toks[i].Start) || otherFinding(text, fs[near(fs, toks[i].Start):], toks[i].Start, toks[j-1].End) ||
				overlapsPerson(fs[near(fs, toks[i].Start):], toks[i].Start, toks[j-1].End) {
				continue
			}
			claims = append(claims, claim(toks[i].Start, toks[j-1].End, shapeScore))
			break
		}
	}
	return claimPersons(fs, claims)
}

// mailHeaderBefore reports a token right after a mail header's label that names a person,
// opening its line: "From:", "To:", "Cc:", "Sender:" ("From: Poncio Planas" with no address).
func mailHeaderBefore(text string, toks []Token, i int) bool {
	if i < 2 || toks[i].NewlineBefore || text[toks[i-1].Start:toks[i-1].End] != ":" || !(i == 2 || toks[i-2].NewlineBefore) {
		return false
	}
	switch w := text[toks[i-2].Start:toks[i-2].End]; w {
	case "From", "To", "Cc", "CC", "Bcc", "Sender", "FROM", "TO":
		return true
	case "from", "to", "cc", "bcc", "sender":
		return lowerStart(text[toks[i].Start:toks[i].End]) // a header written all in lower case, the name too: "from: hemal oommen"
	}
	return false
}

// andMe reports "and I" or "and me" at toks[k] on one line: a person's name comes before it.
func andMe(text string, toks []Token, k int) bool {
	if k+1 >= len(toks) || toks[k].NewlineBefore || toks[k+1].NewlineBefore || text[toks[k].Start:toks[k].End] != "and" && text[toks[k].Start:toks[k].End] != "AND" {
		return false
	}
	w := text[toks[k+1].Start:toks[k+1].End]
	return w == "I" || w == "me" || w == "ME" || w == "i" && k+2 < len(toks) && !toks[k+2].Attached // chat's "and i will", not "and i." a list's
}

// timeOpeners open a sentence before its subject: "Yesterday Ana Lima called", "Last week …".
var timeOpeners = wordSet("yesterday today tonight earlier recently later meanwhile afterwards")

// timeNouns follow "last", "this" or "next" in such an opening.
var timeNouns = wordSet("week month year morning afternoon evening night weekend monday tuesday wednesday thursday friday saturday sunday")

// afterTimeOpener reports a token after a time adverb that opens its sentence, with or without
// a comma: "Yesterday", "Last week", "This morning,".
func afterTimeOpener(text string, toks []Token, i int) bool {
	k := i - 1
	if k >= 0 && text[toks[k].Start:toks[k].End] == "," {
		k--
	}
	if k < 0 || toks[i].NewlineBefore {
		return false
	}
	w := text[toks[k].Start:toks[k].End]
	if foldIn(timeOpeners, w) {
		return sentenceOpens(text, toks, k)
	}
	if k >= 1 && foldIn(timeNouns, w) {
		switch p := text[toks[k-1].Start:toks[k-1].End]; {
		case strings.EqualFold(p, "last"), strings.EqualFold(p, "this"), strings.EqualFold(p, "next"):
			return sentenceOpens(text, toks, k-1)
		}
	}
	return false
}

// reportVerbs put a clause about someone after "that": "confirmed that Faras Swamy worked at".
var reportVerbs = wordSet("confirmed confirms said says stated states reported reports testified testifies claimed claims " +
	"noted notes explained explains mentioned mentions told tells wrote writes verified verifies alleged alleges learned")

// afterLabel reports a token after a note's label at its line's start, one to three words and a
// colon: "ED course: Nico Leone was given fluids", "Reference check: Lavanya Mutti confirmed".
// The words must open their line and the first be capitalised; a time ("at 10:30") or a URL's
// colon is none, being attached to what follows.
func afterLabel(text string, toks []Token, i int) bool {
	c := i - 1
	if c < 1 || text[toks[c].Start:toks[c].End] != ":" || !toks[c].Attached || toks[i].Attached || toks[i].NewlineBefore {
		return false
	}
	for k := c - 1; k >= 0 && c-k <= 3; k-- {
		if !isLetterStart(text[toks[k].Start]) {
			return false
		}
		if k == 0 || toks[k].NewlineBefore {
			return startsUpper(text[toks[k].Start:toks[k].End])
		}
		if k >= 2 && dashWord(text[toks[k-1].Start:toks[k-1].End]) && isDigitByte(text[toks[k-2].End-1]) && !toks[k-1].NewlineBefore {
			return startsUpper(text[toks[k].Start:toks[k].End]) // a chat export's sender after the time: "12/03/2024, 21:16 - Mum:"
		}
	}
	return false
}

// praiseWords thank or congratulate the person after them: "Thanks Ana", "Congrats to Ana".
var praiseWords = wordSet("thanks thx congrats congratulations kudos shoutout props rsvp " +
	// and thanks in other languages (stop 60: "¡Gracias Moisés por la ayuda!", "Tak Keld for hjælpen", "Díky Dalibor za …")
	"gracias merci tak takk tack díky dzięki danke grazie obrigado obrigada bedankt köszi köszönöm mulțumesc kiitos " +
	// and German's and Dutch's thanks, and Polish's in the first person (stop 63: "Vielen Dank an
	// Frieda und Cindy", "Dank aan Jaylinn en Nikki", "Dziękujemy Ewelinie")
	"dank dziękujemy dziękuję " +
	// and Croatian's, Serbian's, Slovene's and Slovak's (stop 63: "Hvala Jure i Ilija na pomoći!")
	"hvala ďakujeme ďakujem") // (stop 37: "Shoutout to Carly at checkout", "Props to Caitlin from IT")

// praiseAfter may follow the person thanked: "for", "on", or the clause's end.
var praiseAfter = wordSet("for on ! , . : at from in who and por pour för za für per pela pelo voor pentru avusta atas " +
	// (stop 37: "Shoutout to Carly at checkout", "Props to Caitlin from IT"), and another
	// language's "and" before the next one thanked, and Croatian's "for" (stop 63)
	"und en e et y og och i oraz na")

// praiseBefore reports a token after words that thank or congratulate someone: "Thank you",
// "Thanks", "Congrats to", "Congratulations".
func praiseBefore(text string, toks []Token, i int) bool {
	if i < 1 || toks[i].NewlineBefore {
		return false
	}
	prev := text[toks[i-1].Start:toks[i-1].End]
	switch {
	case strings.EqualFold(prev, "you"):
		return i >= 2 && strings.EqualFold(text[toks[i-2].Start:toks[i-2].End], "thank")
	case spouseConjunction(prev) || prev == "oraz":
		// the second of two thanked (stop 63: "Gracias a Eutropio y Ruperto por", "Merci à Laurent
		// et Alix pour"): one capitalised word before the conjunction, itself thanked
		return i >= 3 && startsUpper(text[toks[i-2].Start:toks[i-2].End]) && !toks[i-2].Attached && !spouseConjunction(text[toks[i-3].Start:toks[i-3].End]) &&
			praiseBefore(text, toks, i-2)
	case prev == "an" || prev == "aan" || prev == "à" || prev == "a" || prev == "til":
		return i >= 2 && foldIn(praiseWords, text[toks[i-2].Start:toks[i-2].End]) // "Vielen Dank an Frieda", "Merci à Inès", "Tak til Søren"
	case strings.EqualFold(prev, "to"):
		return i >= 2 && (foldIn(praiseWords, text[toks[i-2].Start:toks[i-2].End]) ||
			i >= 3 && strings.EqualFold(text[toks[i-2].Start:toks[i-2].End], "out") && strings.EqualFold(text[toks[i-3].Start:toks[i-3].End], "shout"))
	case strings.EqualFold(prev, "birthday") || strings.EqualFold(prev, "bday") || strings.EqualFold(prev, "anniversary") || ordinalWord(prev):
		return i >= 2 && strings.EqualFold(text[toks[i-2].Start:toks[i-2].End], "happy") // "Happy birthday Pero!" (stop 28), "Happy 40th Ekiya!" (stop 60)
	}
	return foldIn(praiseWords, prev)
}

// lowerNameAt returns how many tokens from i, two or three, are words in lower case on one line
// that may be a name (lowerRoleName: a family name of the lists that is no word, or no word of
// English, the dictionary or computing at all), of three letters or more; one alone will do when the lists know it as a
// given name and it is no word ("congrats to ebere!"); 0 otherwise.
func lowerNameAt(text string, toks []Token, i int) int {
	n := nameRunAt(text, toks, i, func(w string) bool { return lowerSlotName(w) && utf8.RuneCountInString(w) >= 3 }) // "mongo db": two letters are no name here
	switch w := text[toks[i].Start:toks[i].End]; {
	case n == 1 && handleGiven()[w] && !englishWord(w) && !dictionaryWord(w):
		return 1
	case n < 2 || n > 3 || inCode(text, toks[i].Start):
		return 0
	}
	return n
}

// nameRunAt counts the tokens from i, at most four, that name may be part of a name on one
// line, a particle between two of them counting too ("mads van loon", "TWAN VAN AMSTEL"): the
// run lowerNameAt and upperNameAt read.
func nameRunAt(text string, toks []Token, i int, name func(string) bool) int {
	n := 0
	for j := i; j < len(toks) && n < 4; j++ {
		w := text[toks[j].Start:toks[j].End]
		if j > i && j+1 < len(toks) && foldIn(nameParticles, w) && !toks[j].NewlineBefore && !toks[j+1].NewlineBefore && !toks[j+1].Attached &&
			name(text[toks[j+1].Start:toks[j+1].End]) {
			n++
			continue
		}
		if j > i && (toks[j].NewlineBefore || toks[j].Attached) || !name(w) {
			break
		}
		n++
	}
	return n
}

// knownNameAt returns how many tokens from i, one to three, are capitalised words on one line
// written as names are, one of which the lists know as a given or a family name; 0 when they
// are not.
func knownNameAt(text string, toks []Token, i int) int {
	n, known := 0, false
	for k := i; k < len(toks) && n < 3; k++ {
		if k > i && (toks[k].NewlineBefore || toks[k].Attached) {
			break
		}
		w := text[toks[k].Start:toks[k].End]
		if !nameLike(w) || englishWord(w) && !givenSet()[w] && !familySet()[w] {
			break
		}
		lw := strings.ToLower(w)
		known = known || givenSet()[w] || familySet()[w] || familyFirst[w] || handleGiven()[lw] || handleFamily()[lw]
		n++
	}
	if !known {
		return 0
	}
	return n
}

// unknownNameAt returns how many tokens from i, two or three, are capitalised words on one line
// that may be a name no list holds: familyNameLike, no English word, not in capitals; 0 when
// fewer than two. Four or more such words are a title or a heading, not a name.
func unknownNameAt(text string, toks []Token, i int) int {
	n := 0
	for j := i; j < len(toks) && n < 4; j++ {
		if j > i && (toks[j].NewlineBefore || toks[j].Attached) {
			break
		}
		if w := text[toks[j].Start:toks[j].End]; !unlistedName(w) || j == i && (foldIn(roleNouns, w) || foldIn(kinNouns, w)) {
			break // (a role opening the sentence is none of the name: "Carer Nicholas noted a fall"; stop 63)
		}
		n++
	}
	if n < 2 || n > 3 {
		return 0
	}
	if e := i + n; e < len(toks) && !toks[e].NewlineBefore && !toks[e].Attached && startsUpper(text[toks[e].Start:toks[e].End]) {
		return 0 // part of a longer run of capitalised words
	}
	return n
}

// sentenceOpens reports a token that opens the text, a line, or a sentence after its mark.
func sentenceOpens(text string, toks []Token, i int) bool {
	return i == 0 || toks[i].NewlineBefore || strings.Contains(".!?", text[toks[i-1].Start:toks[i-1].End]) && !toks[i].Attached
}

// noteSlots put a person right after them in notes' and CRM's shorthand: "Left VM for Udarsh",
// "cc'd Wishi", "Call w/ Peer Steuer", "Spoke w/ Anamika", "Followed up with Mugdha". They are
// matched in any case, after a word's end, one space before the name.
var noteSlots = []string{"w/", "cc'd", "cc’d", "bcc'd", "bcc’d", "cc:", "vm for", "voicemail for", "vm to", "message for", "msg for", "msg to",
	"followed up with", "following up with", "follow up with", "f/u with", "f/u w/", "spoke with", "talked with", "met with",
	"d/w", "discussed with", "discussed w/", // a chart's "discussed with" (stop 37: "D/w Tiare from pharmacy")
	"call with", "meeting with", "mtg with", "sync with", "1:1 with", "catch up with", "catch-up with", "check in with", "check-in with",
	"intro from", "intro to", "introduced to", "introduced by", "handoff to", "handed off to", "reassigned to",
	"pinged", "emailed", "texted", "messaged", "dm'd", "dm’d",
	// a rota's and an HR file's (stop 62: "cover for Hemang while she's on leave", "is shadowing
	// Oviya on the tills", "I supervised Atharv at Johal PLC", "Exit survey comment from Krisha:")
	"cover for", "covering for", "covers for", "shadowing", "shadowed", "supervised", "comment from", "feedback from",
	// news heard from someone (stop 62: "I heard from Gary that the office is closing early")
	"heard from", "hear from"}

// noteSlotsByLast holds noteSlots by their last word, in lower case, so that noteSlot asks
// about the phrases of the word before a name only.
var noteSlotsByLast = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range noteSlots {
		last := p[strings.LastIndexByte(p, ' ')+1:]
		m[last] = append(m[last], p)
	}
	return m
}()

// noteSlotLongest is the length of the longest of noteSlots' last words.
var noteSlotLongest = func() int {
	n := 0
	for last := range noteSlotsByLast {
		n = max(n, len(last))
	}
	return n
}()

// noteSlot reports one of noteSlots right before start, one space between.
func noteSlot(text string, start int) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	lo := max(0, start-2-noteSlotLongest)
	w := lo + strings.LastIndexAny(text[lo:start-1], " \t\n") + 1 // the word before ("notes:⏎cc'd Wishi" too)
	if start-1-w < 2 || start-1-w > noteSlotLongest {
		return false // the phrases' last words are two to noteSlotLongest bytes long ("w/", "supervised")
	}
	phrases := foldGet(noteSlotsByLast, text[w:start-1])
	before := text[max(0, start-1-24) : start-1]
	for _, p := range phrases {
		if len(before) >= len(p) && before[len(before)-len(p)]|0x20 == p[0]|0x20 && // (the first byte before the fold: "for" and "from" end several)
			strings.EqualFold(before[len(before)-len(p):], p) && (len(before) == len(p) || !isLetterStart(before[len(before)-len(p)-1])) {
			return true
		}
	}
	return false
}

// dashVerb reports a name's word at toks[i] after a dash inside a line and before a verb that
// takes a person: "Acme renewal - Fiyaz says budget frozen".
func dashVerb(text string, toks []Token, i int) bool {
	return i >= 2 && i+1 < len(toks) && dashWord(text[toks[i-1].Start:toks[i-1].End]) && !toks[i-1].NewlineBefore && !toks[i].NewlineBefore &&
		!toks[i+1].NewlineBefore && personVerbs[text[toks[i+1].Start:toks[i+1].End]]
}

// dashWord reports a dash standing alone, as a signature follows it: "-", "–", "—".
func dashWord(w string) bool { return w == "-" || w == "–" || w == "—" }

// hyphenedNameFirm reports that the findings over [start, end) that are no person are the
// model's organisations written as two names joined by a hyphen, as firms are named after their
// partners ("Morgan-Allen") and married names are written ("mevrouw Van den Berg-Jansen"; stop
// 52, where the firm had kept the name from its form of address): after a form of address, a
// person's.
func hyphenedNameFirm(text string, fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if f.Type == redact.Person || f.End <= start {
			continue
		}
		span := text[f.Start:f.End]
		a, b, ok := strings.Cut(span, "-")
		if f.Source != redact.SourceModel || f.Type != redact.Organization || !ok || strings.ContainsAny(span, " \n") ||
			!nameLike(a) || !nameLike(b) || companyWord(a) || companyWord(b) {
			return false
		}
	}
	return true
}

// otherFinding reports a finding over [start, end) of text that is not a person and not a
// model's weak place, organisation or digitless address (which a person found by its place in a
// sentence outranks: "Congrats to Lauretta Cabrini", an address at 0.47); fs is in
// start order (a caller may pass it from a cursor past the findings that end before start).
func otherFinding(text string, fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if f.Type == redact.Person || f.End <= start {
			continue
		}
		if f.Source == redact.SourceModel && (f.Type == redact.Location && f.Score < 0.75 || f.Type == "ORGANIZATION" && f.Score < 0.6 ||
			f.Type == redact.StreetAddress && f.Score < 0.5 && !strings.ContainsAny(text[f.Start:f.End], "0123456789")) {
			continue
		}
		return true
	}
	return false
}

// namesIntroduced makes a person of a capitalised word that a sentence introduces as someone's
// name, where the model found nothing there or a place:
//   - after "I am" or "I'm", closing the clause or before "and", "from", "with" or "here" ("I am
//     Ignatius, the new intern"), a family name after it taken along;
//   - before "here" after a comma or at a sentence's start, as a message introduces its writer
//     ("Hi all, Ruairí here with an update");
//   - a known given name opening a sentence before "from" ("Perpetua from HR will call");
//   - after "reach" before "on", "at" or "via" ("reach Zenobia on ext 44").
//
// The words may be no English word, nationality, place or organisation the lists know.
func namesIntroduced(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	after := func(k int) string { // the word after token k on its line, or ""
		if k+1 < len(toks) && !toks[k+1].NewlineBefore {
			return word(k + 1)
		}
		return ""
	}
	var claims []redact.Finding
	for i := 0; i < len(toks); i++ {
		if c := text[toks[i].Start]; c < 'A' || c > 'Z' && c < 0x80 {
			continue
		}
		// the context first, which is cheap to tell: a word before or after the name that
		// introduces it (a family name may stand between the name and "here" or "and")
		p1, n1, n2 := "", after(i), ""
		if i > 0 && !toks[i].NewlineBefore {
			p1 = word(i - 1)
		}
		if n1 != "" {
			n2 = after(i + 1)
		}
		if !introLeads[p1] && !((n1 == "here" || n2 == "here") && (p1 == "," || sentenceOpens(text, toks, i))) &&
			!(n1 == "from" && sentenceOpens(text, toks, i) && givenSet()[word(i)]) {
			continue
		}
		w := word(i)
		if !introducible(w) {
			continue
		}
		last, next, prev := i, n1, p1
		if n1 != "" && (familyNameLike(n1) || nameLike(n1) && !foldIn(placeAndOrgWords, n1)) && !capitals(n1) && !toks[i+1].Attached { // "I am Ignatius Brown,"
			last, next = i+1, n2
		}
		closes := next == "" || strings.Contains(",.!;", next) && len(next) == 1
		ok := false
		switch {
		case (prev == "am" && i > 1 && word(i-2) == "I" || prev == "I'm" || prev == "I’m" || prev == "Im") && (closes || introEnders[next]):
			ok = true
		case next == "here" && (prev == "," || sentenceOpens(text, toks, i)):
			k := last + 2 // "here" ends the phrase, or "with" follows
			ok = k >= len(toks) || toks[k].NewlineBefore || strings.Contains(",.!;:", word(k)) && len(word(k)) == 1 || word(k) == "with"
		case next == "from" && sentenceOpens(text, toks, i) && last == i && givenSet()[w]:
			ok = true
		case prev == "reach" && (next == "on" || next == "at" || next == "via"):
			ok = true
		}
		if ok && !otherFinding(text, fs, toks[i].Start, toks[last].End) {
			claims = append(claims, claim(toks[i].Start, toks[last].End, shapeScore))
		}
		i = last
	}
	return claimPersons(fs, claims)
}

// introLeads stand before a name a sentence introduces.
var introLeads = wordSet("am I'm I’m Im reach")

// introEnders may follow a name that "I am" introduces.
var introEnders = wordSet("and from with here by of")

// unlistedName reports a capitalised word that may be a name the lists do not hold: written as a
// name is (familyNameLike: no title, month or weekday, place, organisation or street), not in
// capitals, and no English word or computing term.
func unlistedName(w string) bool {
	return familyNameLike(w) && !capitals(w) && !dictionaryWord(w) && !englishWord(w) && !techTerms[w]
}

// introducible reports an unlistedName that is no nationality either: "I am Canadian" is a group.
func introducible(w string) bool { return unlistedName(w) && !nrpSet[w] }

// notLoneNames are given names that, alone and capitalised, are more often something else: the
// signs of the zodiac ("More for Leo"), and contractions written without their apostrophe
// ("Theres nothing funny").
var notLoneNames = wordSet("Aries Taurus Gemini Cancer Leo Virgo Libra Scorpio Sagittarius Capricorn Aquarius Pisces " +
	"Theres Shes Hes Ill Wont Cant Dont Thats Whats Lets Its Youre Theyre Were Ive Id")

// saintWords open a saint's name, which names a place, a church, a hospital or a feast.
var saintWords = map[string]bool{"Saint": true, "San": true, "Santa": true, "Santo": true, "São": true, "Sainte": true, "Sankt": true}

// quoteCloses reports that close closes the quote open opens (a bracket is no quote: "the clerk
// (Ebere) signed" names her).
func quoteCloses(open, close string) bool {
	return open == close || open == "“" && close == "”" || open == "‘" && close == "’"
}

// listedGiven holds the given names of Veil's curated lists and Faker's (curatedGiven and
// fakerGiven), for one lookup per capitalised word.
var listedGiven = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(curatedGiven())+len(fakerGiven()))
	for w := range curatedGiven() {
		m[w] = true
	}
	for w := range fakerGiven() {
		m[w] = true
	}
	return m
})

// townWords end a town's name after a person's name ("Daire Ville", "Victoria Falls").
var townWords = wordSet("ville city town falls beach heights springs park lake hills valley harbour harbor bay port point island county village")

// travelVerbs put a place after "to" or "from": "flying to León", "moved from Santiago".
var travelVerbs = wordSet("fly flying flew flown travel travelling traveling travelled traveled move moving moved relocate relocating relocated " +
	"drive driving drove commute commuting commuted trip flight flights train heading headed return returning returned emigrated emigrate immigrated")

// placeBefore are the words a place follows more often than a person: "at Indy", "in Trinidad".
var placeBefore = wordSet("at in into near around across visit visiting")

// loneScore is the score of a given name found alone: a list knows it, nothing in the sentence
// vouches for it.
const loneScore = 0.6

// loneGivenNames makes a person of a capitalised given name standing alone where the model found
// nothing, or only a weak place or organisation ("Let me check with Ebere first", "Blocked until
// Chinonso reviews the PR", "heard from Mirela?"): a name of Veil's curated lists or Faker's that
// is no English word, place, organisation, street, nationality, title, month or common word of
// the model's training data, with no capitalised word beside it on its line but a sentence's
// common first word (two capitalised words are a full name or something else, which other rules
// read), not written onto the word before it, not after a word that places take ("at Indy"),
// and not in code, a comment or another language's prose.
func loneGivenNames(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	j := 0               // the first finding that may end after the token read
	var foreign lazyTest // whether text is another language's prose
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	capitalised := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(word(k))
		return unicode.IsUpper(r)
	}
	for i, t := range toks {
		w := word(i)
		if len(w) < 3 || !capitalised(i) || !listedGiven()[w] || !nameLike(w) || englishWord(w) ||
			embeddedClass(w)&(gCommon|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP|gTitle) != 0 {
			continue
		}
		if t.Attached && (!strings.Contains(`("'“‘`, word(i-1)) || i+1 < len(toks) && toks[i+1].Attached && quoteCloses(word(i-1), word(i+1)) &&
			!(i >= 2 && (kinNouns[word(i-2)] || word(i-2) == "named" || word(i-2) == "called"))) {
			continue // "file.Ebere", "@Kofi", a quoted literal "Jun"; but her son "Danny", a dog named "Rex"
		}
		if i+1 < len(toks) && honorificForms[word(i+1)] != 0 && foldIn(salutations, w) {
			continue // "Beste mevrouw Jansen", "Liebe Frau Roth": Dutch's and German's "Dear", given names too
		}
		if greetingPairAt(text, t.Start, t.End) {
			continue // "Xin chào": a greeting's first word (stop 45)
		}
		if i > 0 && foldIn(placeBefore, word(i-1)) && !(i+1 < len(toks) && (word(i+1) == "'s" || word(i+1) == "’s")) ||
			foldIn(monthAbbreviations, w) || foldIn(foreignWords, w) || notLoneNames[w] {
			continue // "lap at Indy", but "at Rodrigo's"; Indonesian "Anda", "you"; "Leo", a sign
		}
		if i > 1 && word(i-1) == "." && (word(i-2) == "St" || word(i-2) == "Ste") || i > 0 && saintWords[word(i-1)] {
			continue // "St. Luke's emergency department", "St. Patty's Day": a saint's, a place's or a feast's
		}
		if i > 1 && (word(i-1) == "to" || word(i-1) == "from") && foldIn(travelVerbs, word(i-2)) && !(i+1 < len(toks) && (word(i+1) == "'s" || word(i+1) == "’s")) {
			continue // a trip's end: "I'm flying to León", a town as often as a given name (but "moved to Ebere's house")
		}
		if i+3 < len(toks) && isDigitByte(text[toks[i+1].Start]) && word(i+2) == ":" && isDigitByte(text[toks[i+3].Start]) {
			continue // "John 10:10": a book of the Bible and its verse
		}
		if i+2 < len(toks) && word(i+1) == "," && toks[i+1].Attached && toks[i+2].Attached {
			continue // a cell of comma-separated values ("Sofía,Hernández"), which the table rules read
		}
		if i > 0 && capitalised(i-1) && !(sentenceOpens(text, toks, i-1) && (englishWord(word(i-1)) || foldIn(commonSet, word(i-1)))) {
			continue // "Anna Ebere", a name broken over two lines ("Wang\nFang"); but "Thanks Hiroshi"
		}
		if n := i + 1; n < len(toks) && !toks[n].NewlineBefore && !toks[n].Attached && capitalised(n) {
			continue // "Ebere Okafor", "Ebere Street"
		}
		for j < len(fs) && fs[j].End <= t.Start {
			j++
		}
		weakPerson := j < len(fs) && fs[j].Type == redact.Person && fs[j].Start == t.Start && fs[j].End == t.End && fs[j].Score < loneScore &&
			(j+1 == len(fs) || fs[j+1].Start >= t.End)
		if j < len(fs) && fs[j].Start < t.End && !weakPerson && !weakGuessInside(fs[j:], t.Start, t.End) {
			continue // found already, surely enough ("at Rodrigo's place" at 0.46 is lifted)
		}
		if inCode(text, t.Start) {
			continue
		}
		if foreign.of(foreignProse, text) {
			break // another language's prose, where a list's name is often a word
		}
		claims = append(claims, claim(t.Start, t.End, loneScore))
	}
	return claimPersons(fs, claims)
}

// academicParts are the parts of German and Austrian academic titles and degrees written with
// their periods, joined ("Univ.Prof.", "Dr.med.", "Dipl.-Ing.", "Mag.a") or apart ("Dr. rer.
// nat."): a doctorate's field, a university's, a diploma's and a female form's "a".
var academicParts = map[string]bool{"Univ": true, "Prof": true, "Dr": true, "Dipl": true, "Ing": true, "Mag": true, "DI": true, "Priv": true, "Doz": true,
	"med": true, "rer": true, "nat": true, "phil": true, "jur": true, "dent": true, "vet": true, "habil": true, "oec": true, "pol": true, "techn": true,
	"sc": true, "h": true, "c": true, "a": true, "univ": true, "dipl": true, "ing": true, "mult": true}

// academicTitle reports a token that is such a title: parts of academicParts joined by periods,
// one of them a degree or office ("Univ.Prof", "Prof.Dr", "Dr.med", "Mag.a"), or "Ing" alone
// before its period (the last token of "Dipl.-Ing.").
func academicTitle(w string, periodAfter bool) bool {
	if w == "" || w[0] != 'U' && w[0] != 'P' && w[0] != 'D' && w[0] != 'M' && w[0] != 'I' {
		return false // every title opens with one of these: most tokens stop here
	}
	if w == "Ing" {
		return periodAfter
	}
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	degree := false
	for p := range strings.SplitSeq(w, ".") {
		if !academicParts[p] {
			return false
		}
		degree = degree || p == "Prof" || p == "Dr" || p == "Mag" || p == "Ing" || p == "Dipl"
	}
	return degree
}

// addressForms are the forms of address that only a person's name follows: "Mr Whitcombe", "Dr
// Quarshie", "Mme Arnaud".
var addressForms = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Mx": true, "Dr": true, "Prof": true, "MR": true, "MRS": true,
	"MS": true, "DR": true, "Herr": true, "Frau": true, "Mme": true, "Mlle": true, "Sr": true, "Sra": true, "Srta": true}

// initialledNameBefore reports a name of an initial and a word ("J. Castellanos") right before
// the token t, "and" or a comma: a list of names written so.
func initialledNameBefore(text string, t Token) bool {
	if w := text[t.Start:t.End]; w != "and" && w != "," {
		return false
	}
	k := t.Start
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	e := k
	for k > 0 && isLetterASCII(text[k-1]) {
		k--
	}
	return e-k >= 2 && k >= 3 && text[k-1] == ' ' && text[k-2] == '.' && isUpperASCII(text[k-3]) && (k == 3 || !isLetterASCII(text[k-4]))
}

// namesAfterHonorifics makes a person of the capitalised words after a form of address, with or
// without its period ("neighbour Mr Whitcombe found her", "Dr Quarshie will see you"), where
// the model found nothing, a doubtful guess, or part of the name: the first word must be written
// as a name is (no common word, title, month or weekday) and no dictionary's word unless the lists
// know it as a family name ("Mr Brown", not "Dr Pepper"). The form of address stays in the clear.
func namesAfterHonorifics(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	j := 0 // the first finding that may end after the name read
	for i := 0; i+1 < len(toks); i++ {
		form := honorificForms[text[toks[i].Start:toks[i].End]]
		if form == 0 && academicTitle(text[toks[i].Start:toks[i].End], i+1 < len(toks) && text[toks[i+1].Start:toks[i+1].End] == "." && toks[i+1].Attached) {
			form = fEnglish // "Univ.Prof. Viktor Konrad", "Dipl.-Ing. Sonja Lassnig", "Mag.a Eva Huber", one token or the last of several
		}
		if form == 0 || form == fOther && text[toks[i].Start] == 'M' && toks[i].End-toks[i].Start == 1 && i > 0 && !toks[i].NewlineBefore &&
			middleInitialAfter(text[toks[i-1].Start:toks[i-1].End]) {
			continue // "Nicole M. Yang": a middle initial, not French's Mr
		}
		if form == fOther && text[toks[i].Start] == 'M' && toks[i].End-toks[i].Start == 1 && i > 0 && initialledNameBefore(text, toks[i-1]) {
			continue // "R. Iyer, J. Castellanos and M. Obi": a list's initial, not French's Mr (stop 54)
		}
		if form == fPayee && !(i+1 < len(toks) && toks[i+1].End-toks[i+1].Start == 1) {
			continue // a payment's "TO" or "FROM" before an initial only: "FASTER PAYMENT TO J OKAFOR"
		}
		if f := text[toks[i].Start:toks[i].End]; teacherRanks[text[toks[i+1].Start:toks[i+1].End]] && len(f) > 6 && strings.EqualFold(f[:6], "profes") {
			continue // an academic rank after "profesor": "Profesor Titular de Universidad", "profesora Asociada"
		}
		rank := form&(fEnglish|fOther|fPayee) == 0
		n := i + 1
		if text[toks[n].Start:toks[n].End] == "." && toks[n].Attached && n+1 < len(toks) {
			if rank && form&fRankAbbreviation == 0 {
				continue // a sentence's end: "Champion: David Bishop. Blocker: …"
			}
			n++
		}
		for n+2 < len(toks) && academicParts[text[toks[n].Start:toks[n].End]] && !toks[n].Attached && text[toks[n+1].Start:toks[n+1].End] == "." && toks[n+1].Attached {
			n += 2 // a doctorate's field after the form: "Dr. rer. nat. Viktor Konrad", "Dr. med. Anna Roth"
		}
		t := toks[n]
		if t.Attached || t.NewlineBefore {
			continue
		}
		w := text[t.Start:t.End]
		initial := -1
		if rank && len(w) == 1 && isUpperASCII(w[0]) && n+2 < len(toks) && text[toks[n+1].Start:toks[n+1].End] == "." && toks[n+1].Attached &&
			!toks[n+2].Attached && !toks[n+2].NewlineBefore {
			// an officer's initial before the family name: "Ofc. D. Marchetti"; the claim takes both
			initial = toks[n].Start
			t = toks[n+2]
			w = text[t.Start:t.End]
		}
		if f := text[toks[i].Start:toks[i].End]; (form&fEnglish != 0 || form&fPayee != 0 && len(w) == 1) && len(f) > 1 && capitals(f) && capitals(w) {
			// a form in capitals and the name in capitals after it, as bank statements and labels
			// write them (stop 35: "TRANSFER FROM MRS A L PENHALIGON", "MR DECLAN P FITZGIBBON")
			if end := capsNameAfterForm(text, toks, n); end > t.Start && !inCode(text, t.Start) {
				for j < len(fs) && fs[j].End <= t.Start {
					j++
				}
				if !(j < len(fs) && fs[j].Start < end && otherFinding(text, fs[j:], t.Start, end)) {
					claims = append(claims, claim(t.Start, end, shapeScore))
				}
			}
			continue
		}
		if initial < 0 && form&(fEnglish|fOther) != 0 && len(w) == 1 && isUpperASCII(w[0]) {
			// an initial before the family name, with its period or not: "(Dr J MacDonald)",
			// "Mr D. Johnson" (stop 37); the claim takes both
			m := n
			for c := 0; c < 3 && m < len(toks) && toks[m].End-toks[m].Start == 1 && isUpperASCII(text[toks[m].Start]); c++ {
				m++ // "Dr J MacDonald", "Dr. J. R. Hartley": the initials
				if m < len(toks) && text[toks[m].Start:toks[m].End] == "." && toks[m].Attached {
					m++
				}
			}
			if m >= len(toks) || toks[m].Attached || toks[m].NewlineBefore {
				continue
			}
			initial, t = toks[n].Start, toks[m]
			w = text[t.Start:t.End]
		}
		name := t.Start // where the capitalised words start: after a family name's particles ("Mevrouw de Vries", "De heer van der Laar")
		particle := false
		if form&fOther != 0 {
			for m := n; foldIn(nameParticles, w) && m+1 < len(toks) && m-n < 3 && !toks[m+1].Attached && !toks[m+1].NewlineBefore; {
				m++
				name, w, particle = toks[m].Start, text[toks[m].Start:toks[m].End], true
			}
		}
		given, _ := wordAt(text, t.End+2)
		familyFirst := capitals(w) && capsNameLike(w) && strings.HasPrefix(text[t.End:], ", ") && nameLike(given)        // "Herr RUDOLPH, Diedrich" (stop 37)
		monthGiven := monthGivenNames[w] && t.End+1 < len(text) && text[t.End] == ' ' && familyAfterMonth(text, t.End+1) // "Miss April Blankenship" (stop 59)
		if !monthGiven && (!nameLike(w) && !(startsUpper(w) && familySet()[w]) && !familyFirst || !particle && !familyFirst && (dictionaryWord(w) || englishWord(w)) && !familyWord(w) &&
			!(indianForms[text[toks[i].Start:toks[i].End]] && (givenSet()[w] || listedGiven()[w]))) {
			continue // after a particle a word of the dictionary is the name: "de Bruin", "van Dam"
		}
		end := withoutPostNominals(text, t.Start, nameWords(text, name)) // "Dr Joshua Okamoto MD"
		if end <= t.Start {
			continue
		}
		for j < len(fs) && fs[j].End <= t.Start {
			j++
		}
		if j < len(fs) && fs[j].Start < end && otherFinding(text, fs[j:], t.Start, end) && !hyphenedNameFirm(text, fs[j:], t.Start, end) {
			continue // a street, a sure place or organisation ("Dr Martin Luther King Jr Blvd")
		}
		if inCode(text, t.Start) && !quotedAt(text, toks[i].Start, end) { // a string that holds the form and the name is prose: "ansprechpartner": "Frau Overbeck" (stop 35)
			continue
		}
		if initial >= 0 {
			t.Start = initial
		}
		claims = append(claims, claim(t.Start, end, shapeScore))
		// a model's person over the form of address and the name, or running on into the verb
		// after it, is the name alone ("Rappeler M. Bodin au", "M. Germain habite", "Mevrouw de
		// Vries belde gisteren"): cut to it, before the claim joins it
		for k := j; k < len(fs) && fs[k].Start < end; k++ {
			if f := &fs[k]; f.Type == redact.Person && f.Source == redact.SourceModel && f.End > t.Start {
				if f.Start < t.Start && f.Start <= toks[i].Start {
					f.Start = t.Start
				}
				if f.End > end && strings.IndexFunc(text[end:f.End], unicode.IsUpper) < 0 {
					f.End = end
				}
			}
		}
	}
	return claimPersons(fs, claims)
}

// capsNameAfterForm reads a name in capitals at toks[n], after a form of address in capitals:
// a given name of the lists or initials (single letters, a period after each or not), then one
// family name that is no English word unless the lists hold it as a family name ("A L
// PENHALIGON", "DECLAN P FITZGIBBON", "JANE SMITH"; in "SMITH REF RENT" the name ends at SMITH).
// It returns where the name ends, or toks[n].Start when there is none.
func capsNameAfterForm(text string, toks []Token, n int) int {
	end := toks[n].Start
	for k := n; k < len(toks) && k < n+6; k++ {
		if k > n && (toks[k].NewlineBefore || toks[k].Attached || wideGap(text[toks[k-1].End:toks[k].Start])) {
			break
		}
		w := text[toks[k].Start:toks[k].End]
		if len(w) == 1 && isUpperASCII(w[0]) {
			if k+1 < len(toks) && text[toks[k+1].Start:toks[k+1].End] == "." && toks[k+1].Attached {
				k++ // an initial's period
			}
			continue
		}
		if !capsNameLike(w) {
			break
		}
		t := titleCase(w)
		if k == n && (givenSet()[t] || listedGiven()[t]) && !familySet()[t] {
			continue // a given name; the family name follows
		}
		if (englishWord(t) || dictionaryWord(t)) && !familyWord(t) {
			break
		}
		return toks[k].End
	}
	return end
}

// rankForms are the ranks and offices written before a family name as a form of address is,
// capitalised, with or without a period (stop 35: "Supervisor notified: Sgt. Kowalczyk", "Ofc.
// D. Marchetti", "Chief Okonjo"): police, military, clergy, courts and elected offices. Many are
// words too ("General", "Major", "Chief"), so the word after must be written as a name is and be
// no dictionary's word unless the lists hold it as a family name, as after "Mr" ("General
// Motors", "Chief Executive" are none).
// An abbreviation may take a period; a whole word before one ends a sentence.
var (
	rankAbbreviations = wordSet("Sgt Ofc Det Cpl Lt Lieut Capt Cpt Insp Supt Cmdr Cdr Maj Col Gen Brig Pvt Spc Adm Sen Rep Gov Rev Fr")
	rankForms         = wordSet("PC DC DS DI DCI Sheriff Deputy Trooper Officer Constable Sergeant Detective Inspector Lieutenant Captain Corporal " +
		"Colonel Major General Private Admiral Commander Commissioner Superintendent Chief Agent Marshal Ranger Warden " +
		"Judge Justice Senator Congressman Congresswoman Governor Mayor Councillor Councilman Councilwoman Alderman " +
		"Pastor Reverend Father Rabbi Imam Bishop Nurse Coach Professor " +
		// and the offices of governments and schools (stop 54: "Secretary Blinken met the delegation",
		// "Chancellor Scholz visited", "Minister Sitharaman presented the budget")
		"Secretary Minister Chancellor Ambassador Premier Speaker President Assemblyman Assemblywoman Representative Delegate Principal")
)

// payeeWords stand before the payee or the payer on a bank statement's line in capitals, and an
// initial opens the name after them ("FASTER PAYMENT TO J OKAFOR REF RENT", stop 35).
var payeeWords = wordSet("TO FROM")

// The classes of honorificForms.
const (
	fEnglish = 1 << iota
	fOther
	fRank
	fRankAbbreviation
	fPayee
)

// monthGivenNames are the months that are given names too, which a form of address and a family
// name after them make a person's: "Shortlist: 1. Miss April Blankenship" (stop 59; the model
// read nothing there, and a month opens no name for this rule otherwise).
var monthGivenNames = wordSet("April May June August")

// familyAfterMonth reports a family name at text[k] after a month that is a given name: written as
// a name is, no month, weekday or word of the dictionary unless the lists hold it as a family
// name ("Ms June Carter"; not "Mr May 2024", "Dr April Fools").
func familyAfterMonth(text string, k int) bool {
	w, _ := wordAt(text, k)
	return w != "" && startsUpper(w) && !foldIn(monthNames, w) && !foldIn(weekdaySet, w) &&
		(familyNameLike(w) || familyWord(w) && nameLike(w))
}

// honorificForms holds in one map the forms namesAfterHonorifics reads at every word, by class:
// addressForms, otherAddressForms, rankForms, rankAbbreviations and payeeWords.
var honorificForms = classMap(nil, classSet{addressForms, fEnglish}, classSet{otherAddressForms, fOther}, classSet{rankForms, fRank},
	classSet{rankAbbreviations, fRank | fRankAbbreviation}, classSet{payeeWords, fPayee})

// middleInitialAfter reports a word before "M." that makes it a middle initial: a capitalised
// word, not a title nor a French verb opening the sentence ("Rappeler M. Bodin", "Contactez M.
// Roy": an infinitive's or an imperative's ending), as "Nicole M. Yang" writes it.
func middleInitialAfter(prev string) bool {
	switch {
	case !startsUpper(prev) || isTitle(prev):
		return false
	case listedNameWord(prev):
		return true
	}
	return !strings.HasSuffix(prev, "er") && !strings.HasSuffix(prev, "ez") && !strings.HasSuffix(prev, "ir")
}

// otherAddressForms are the forms of address of other languages, before a family name as
// English's Mr and Mrs: French, Spanish, Italian, Portuguese, Dutch and Polish, capitalised and, as
// those languages write them inside a sentence, in lower case ("el señor García", "il signor
// Rossi", "de heer Jansen").
var otherAddressForms = wordSet("Monsieur Madame Mademoiselle Messieurs M Mme Mlle " +
	"Señor Señora Señorita señor señora señorita Sres Srta " +
	"Signor Signora Signorina signor signora signorina Sig Sigra Dott dott dott.ssa Dott.ssa Avv avv " +
	"Senhor Senhora senhor senhora Dona Sr Sra " +
	"Meneer Mevrouw Mevr Dhr heer mevrouw meneer mevr dhr " +
	// German's accusative and dative ("z. Hd. Herrn Kraus"), Spanish's Doña and Don (stop 37)
	"Herrn Dña Doña Don " +
	"Pan Pani Panie Państwo " +
	// Czech's, Romanian's and Lithuanian's (stop 28: "Paní Mašek zrušila svůj termín")
	"Paní Domnul Doamna Dl Dna Ponas Ponia " +
	// and as Romanian, Polish and Lithuanian write them inside a sentence (stop 62: "Întâlnirea cu
	// doamna Florea a fost mutată", "z panią Wiśniewską")
	"domnul doamna domnului doamnei dl dna pani panią pana panem panu ponas ponia poną ponią " +
	// Dutch's doctor before the family name (stop 59: "doorverwezen door dokter Slegers")
	"dokter Dokter " +
	// Spanish's and Portuguese's woman doctor and professor, and the Czech and Slovak degrees
	// written before a name (stop 61: "su cita con la Dra. Lopez", "vyšetrenie u MUDr. Kubová")
	"Dra Profa MUDr MVDr MDDr JUDr PhDr RNDr PaedDr ThDr PharmDr Mgr Bc " +
	// a teacher's, as a school's letters write it before the family name (stop 61: "habló con el
	// profesor Belmonte", "sprak met meester Vigil", "juf Janssen", "maestra Rossi")
	"profesor profesora Profesor Profesora meester Meester juf Juf maestro maestra Maestro Maestra " +
	"professora Professora " + // and Portuguese's (stop 63: "Entreguem a autorização à professora Borges")
	// and a doctor's, in lower case inside a sentence in Spanish, Portuguese, French, Italian and
	// German (stop 63: "fue derivado por la doctora Cañas", "encaminhado pela doutora Nogueira",
	// "adressé par le docteur Meunier")
	"doctor doctora doutor doutora docteur docteure dottore dottoressa dottor Doktor Doktorin doktor lege læge " + indianFormWords)

// teacherRanks are Spain's academic ranks after "profesor", no family name.
var teacherRanks = wordSet("Titular Titulares Asociado Asociada Emérito Emérita Ayudante Contratado Contratada Visitante Adjunto Adjunta Honorario Honoraria Universitario Universitaria Catedrático Catedrática Interino Interina Colaborador Colaboradora")

// indianFormWords are India's forms of address (stop 52: "s/o Late Shri Ram Prasad Yadav", "Smt.
// Kamla Devi w/o …"), which a given name follows ("Shri Ram Prasad"): there a given name of the
// lists that is a word too ("Ram", "Mohan") opens the name (indianForms).
const indianFormWords = "Shri Smt Shrimati Sushri Kumari"

var indianForms = wordSet(indianFormWords)

// indianUnits are the words of India's units of local government and post that an address
// writes before the unit's name: "R/o Village Khera, Tehsil Sadar, Distt. Meerut".
var indianUnits = wordSet("Village Vill Tehsil Teh Taluk Taluka Mandal Distt Dist")

// indianUnitPlaces makes a place of one of indianUnits (or "District" after a comma) and the one
// or two capitalised words after it that close the clause (stop 55: "Village Khera" had been a
// doubted person, "Tehsil Sadar" and "District Meerut" persons); what the model found inside
// gives way to it.
func indianUnitPlaces(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "Vill") && !strings.Contains(text, "Teh") && !strings.Contains(text, "Taluk") && !strings.Contains(text, "Mandal") &&
		!strings.Contains(text, "Dist") {
		return fs // most texts name no unit: one search each, not a look at every capital
	}
	var shapes []redact.Finding
	for i := 0; i+6 < len(text); i++ {
		c := text[i]
		if c != 'V' && c != 'T' && c != 'M' && c != 'D' || i > 0 && (isLetterASCII(text[i-1]) || text[i-1] >= 0x80) {
			continue
		}
		w, e := wordAt(text, i)
		if !indianUnits[w] && !(w == "District" && i >= 2 && text[i-2] == ',') {
			continue
		}
		if e < len(text) && text[e] == '.' {
			e++
		}
		k, end := e, 0
		for n := 0; n < 2 && k+1 < len(text) && text[k] == ' '; n++ {
			v, ve := wordAt(text, k+1)
			if v == "" || !startsUpper(v) || !nameLike(v) || indianUnits[v] || v == "District" {
				break
			}
			k, end = ve, ve
		}
		if end == 0 || end < len(text) && strings.IndexByte(",.;\n)", text[end]) < 0 || inCode(text, i) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: i, End: end, Score: orgScore, Source: redact.SourceModel})
		i = end
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// capitalsBefore returns where one to four capitalised words that end at text[end] on its line
// start (no title, form of address or label among them), or end.
func capitalsBefore(text string, end int) int {
	if end <= 0 {
		return max(end, 0)
	}
	b := end
	for n := 0; n < 4; n++ {
		w := wordEndingAt(text, b)
		if w == "" || !startsUpper(w) || !nameLike(w) || isTitle(w) || indianForms[w] {
			break
		}
		b -= len(w)
		if b < 2 || text[b-1] != ' ' {
			break
		}
		b--
	}
	for b < end && text[b] == ' ' {
		b++
	}
	return b
}

// relationMarkNames makes a person of the one to four capitalised words after an Indian record's
// mark of a relation, "S/o", "D/o", "W/o", "H/o" or "C/o" (son, daughter, wife, husband of; care
// of), past "Late" and a form of address (stop 55: "Rajendra Prasad Yadav S/o Late Ram Lal Yadav"
// had left the father upstream and made the mark's "S" an initial of the son's name), and ends a
// person before the mark.
func relationMarkNames(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "/o ") {
		return fs
	}
	var claims []redact.Finding
	for at := range occurrences(text, "/o ") {
		if at < 1 || strings.IndexByte("SDWHCsdwhc", text[at-1]) < 0 || at >= 2 && text[at-2] != ' ' && text[at-2] != '\n' && text[at-2] != ',' && text[at-2] != '(' {
			continue
		}
		mark := at - 1
		for i := near(fs, mark); i < len(fs) && fs[i].Start < mark; i++ {
			if f := &fs[i]; f.Type == redact.Person && f.End == mark+1 && f.Start < mark-1 {
				f.End = mark - 1 // "… Yadav S": the mark's letter is no initial
			}
		}
		if b := capitalsBefore(text, mark-1); mark >= 2 && b < mark-1 && free(fs, b, mark-1) && !inCode(text, b) {
			claims = append(claims, claim(b, mark-1, chatScore)) // the one whose relation it is: "Kamla Devi w/o …"
		}
		k := at + 3
		for n := 0; n < 3; n++ { // "Late", "Shri", "Mr."
			w, e := wordAt(text, k)
			if !strings.EqualFold(w, "late") && !strings.EqualFold(w, "lt") && !indianForms[w] && !isTitle(w) {
				break
			}
			if e < len(text) && text[e] == '.' {
				e++
			}
			if e >= len(text) || text[e] != ' ' {
				break
			}
			k = e + 1
		}
		start, end := k, 0
		for n := 0; n < 4; n++ {
			w, e := wordAt(text, k)
			if w == "" || !startsUpper(w) || !nameLike(w) && !capsNameLike(w) || isTitle(w) {
				break
			}
			if companyWord(w) {
				end = 0 // a firm in someone's care: "c/o Acme Corporation" is no person
				break
			}
			end = e
			if e+1 >= len(text) || text[e] != ' ' {
				break
			}
			k = e + 1
		}
		if end > start && !inCode(text, start) && !sureOtherOver(fs, start, end) {
			claims = append(claims, claim(start, end, chatScore))
		}
	}
	return claimPersons(fs, claims)
}

// sureOtherOver reports a finding over [start, end) that is no person, at 0.5 or more: "c/o
// Brightline Capital", the model's firm, is in someone's care and no person.
func sureOtherOver(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			break
		}
		if f.End > start && f.Type != redact.Person && f.Score >= 0.5 {
			return true
		}
	}
	return false
}

// namedHandles makes a user name of a handle written as a person's given and family names joined
// by a dot or an underscore, digits after them or not ("account holder maria.gonzalez88", "ping
// kwame_owusu"), wherever it stands: the lists must know both names, of three letters or more,
// and when no digits follow, one of them must be no dictionary's word ("mark.price", an object's
// field, is not one). Not an email's or a mention's, a path's, a call's, or code's unless in a
// comment or a string.
func namedHandles(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var found []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	k := 0 // the first finding that may end after the token read
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Attached && strings.IndexByte("(\"'", text[t.Start-1]) < 0 {
			continue // written onto the word before it; a bracket or a quote may open it
		}
		w := word(i)
		var given, family string
		end := t.End
		if dot := strings.IndexByte(w, '.'); dot > 0 {
			given, family = w[:dot], w[dot+1:]
		} else if i+2 < len(toks) && word(i+1) == "_" && toks[i+1].Attached && toks[i+2].Attached {
			given, family, end = w, word(i+2), toks[i+2].End
		} else if g, f, ok := camelNameHandle(w); ok && (isDigitByte(f[len(f)-1]) || i > 0 && bylineHandle(text, toks, i)) {
			given, family = g, f // "Forum post by AlexanderGuerra88:" (stop 60); without digits after "by" only (stop 63)
		} else {
			continue
		}
		name := strings.TrimRight(family, "0123456789")
		digits := len(family) - len(name)
		if len(given) < 3 || len(name) < 3 || digits > 4 || !lowerLetters(given) || !lowerLetters(name) ||
			!handleGiven()[given] || !handleFamily()[name] ||
			digits == 0 && (dictionaryWord(given) || englishWord(given)) && (dictionaryWord(name) || englishWord(name)) {
			continue
		}
		if end < len(text) && (text[end] == '@' || text[end] == '(' || text[end] == '_' || text[end] == '.' && end+1 < len(text) && isLetterByte(text[end+1])) ||
			t.Start > 0 && strings.IndexByte("@/.\\:", text[t.Start-1]) >= 0 {
			continue // an email's local part, a call, a path, a module's name
		}
		for k < len(fs) && fs[k].End <= t.Start {
			k++
		}
		if k < len(fs) && fs[k].Start < end {
			continue
		}
		if inCode(text, t.Start) && !commentBefore(text, t.Start) && !quotedAt(text, t.Start, end) {
			continue // code's own names; a comment's handle ("TODO(priya.nair)") and a string's are a person's
		}
		found = append(found, redact.Finding{Type: redact.Username, Start: t.Start, End: end, Score: shapeScore, Source: redact.SourceModel})
	}
	if len(found) == 0 {
		return fs
	}
	fs = append(fs, found...)
	sortFindings(fs)
	return fs
}

// camelNameHandle splits a handle written as a given and a family name run together, each with
// its capital, and digits after them ("AlexanderGuerra88", "HollyCooksley7"), into the names in
// lower case and the digits after the family name, if any; without digits it is as often a type's
// name in code ("MarkPrice"), and the caller asks for a byline then.
func camelNameHandle(w string) (given, family string, ok bool) {
	if len(w) < 7 || !isUpperASCII(w[0]) {
		return "", "", false
	}
	k := 1
	for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	if k == len(w) || !isUpperASCII(w[k]) {
		return "", "", false
	}
	j := k + 1
	for j < len(w) && w[j] >= 'a' && w[j] <= 'z' {
		j++
	}
	if j == k+1 || j < len(w) && !isDigits(w[j:]) {
		return "", "", false
	}
	return strings.ToLower(w[:k]), strings.ToLower(w[k:j]) + w[j:], true
}

// bylineHandle reports a handle at toks[i] after "by" or "from" in lower case, before a colon,
// a comma, a full stop or its line's end, as a forum or a review writes its poster (stop 63:
// "Forum post by JamieCook: anyone know a good plumber").
func bylineHandle(text string, toks []Token, i int) bool {
	if toks[i].NewlineBefore || toks[i].Attached {
		return false
	}
	if p := text[toks[i-1].Start:toks[i-1].End]; p != "by" && p != "from" {
		return false
	}
	if i+1 == len(toks) || toks[i+1].NewlineBefore {
		return true
	}
	n := text[toks[i+1].Start:toks[i+1].End]
	return toks[i+1].Attached && (n == ":" || n == "," || n == ".")
}

// lowerLetters reports a word of lower-case ASCII letters only.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// isLetterByte reports an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// nicknameQuotes open and close a nickname written inside a name: "Robert \"Bob\" Kowalczyk",
// "Robert 'Bob' Kowalczyk", "Robert “Bob” Kowalczyk".
var nicknameQuotes = [][2]string{{`"`, `"`}, {"'", "'"}, {"“", "”"}, {"‘", "’"}, {"(", ")"}}

// quotedNicknames extends a person over a quoted nickname and the family name after it, which
// a model stops before ("Robert \"Bob\" Kowalczyk", found as "Robert", had left "Bob" and the
// family name in the clear): one capitalised word inside the quotes, and a capitalised word
// written as a name is after them, if there is one.
func quotedNicknames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i, f := range fs {
		if f.Type != redact.Person || f.End+4 >= len(text) || text[f.End] != ' ' {
			continue
		}
		k := f.End + 1
		for _, q := range nicknameQuotes {
			if !strings.HasPrefix(text[k:], q[0]) {
				continue
			}
			nick, e := wordAt(text, k+len(q[0]))
			if q[1] == "'" && strings.HasSuffix(nick, "'") {
				nick, e = nick[:len(nick)-1], e-1 // the word reader keeps an apostrophe
			}
			if nick == "" || !startsUpper(nick) || !strings.HasPrefix(text[e:], q[1]) {
				break
			}
			end := e + len(q[1]) // the nickname alone, with its quotes: "Robert \"Bob\" said"
			withFamily := false
			if strings.HasPrefix(text[end:], " ") {
				if family, fe := wordAt(text, end+1); nameLike(family) {
					end, withFamily = fe, true
				}
			}
			if q[0] == "(" && !withFamily {
				break // "Priyanka Menon (Infosys)": a bracket holds other things than nicknames
			}
			if g := i + 1; g < len(fs) && fs[g].Start < end && fs[g].Type != redact.Person &&
				!(withFamily && fs[g].Source == redact.SourceModel && fs[g].Start > k && fs[g].End <= end && fs[g].Type != redact.StreetAddress) {
				break // (the family name after a nickname is a person's, whatever the model read: "Bernard \"Bernie\" Okafor-Ellis", stop 35)
			}
			claims = append(claims, claim(f.Start, end, f.Score))
			break
		}
	}
	return claimPersons(fs, claims)
}

// pleaseWords follow a person addressed at a sentence's start: "Ekene please send the file".
var pleaseWords = map[string]bool{"please": true, "pls": true, "plz": true, "kindly": true}

// addressedWords follow a comma after a name that a message opens by addressing its reader
// ("Tonya, your order is out for delivery", "Chasmum, you have a new message"; stop 37).
var addressedWords = map[string]bool{"your": true, "you": true, "you're": true, "you've": true, "you'll": true, "we're": true, "we've": true}

// onlyAName reports a word of three letters or more written as a name that no list knows as
// anything else: no English or dictionary word, computing term or word in capitals, and no
// common word, place, organisation, street, nationality or title of the gazetteers.
func onlyAName(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && nameLike(w) && !englishWord(w) && !dictionaryWord(w) && !techTerms[w] && !capitals(w) &&
		embeddedClass(w)&(gCommon|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP|gTitle) == 0
}

// namesBeforePlease makes a person of one capitalised word that opens a sentence and is followed
// by "please" or "kindly" ("Ekene please send the file before 5"), or by a comma and "your" or
// "you" ("Tonya, your order is out for delivery"), where the model found nothing: a word no list
// knows as anything but a name (no English or dictionary word, place, organisation, street,
// title, nationality, common or computing word), or after the comma also a given name of the
// lists that is no word, which the message addresses. Not in code or another language's prose.
func namesBeforePlease(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	var prose lazyTest // whether text is another language's prose, asked once (stop 61: asked at each name, a long text's cost had grown with its square)
	j := 0
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !isUpperASCII(text[t.Start]) && text[t.Start] < utf8.RuneSelf {
			continue
		}
		addressed := i+2 < len(toks) && text[toks[i+1].Start] == ',' && toks[i+1].Attached && !toks[i+2].NewlineBefore &&
			addressedWords[text[toks[i+2].Start:toks[i+2].End]]
		if !addressed && (!pleaseWords[text[toks[i+1].Start:toks[i+1].End]] || toks[i+1].Attached || toks[i+1].NewlineBefore) || !sentenceOpens(text, toks, i) {
			continue // told by its neighbour before the word is looked up
		}
		w := text[t.Start:t.End]
		if !onlyAName(w) && !(addressed && givenOnly(w) && nameLike(w) && !englishWord(w) && !dictionaryWord(w)) || foldIn(foreignWords, w) {
			continue
		}
		for j < len(fs) && fs[j].End <= t.Start {
			j++
		}
		if j < len(fs) && fs[j].Start < t.End && !(fs[j].Type == redact.Person && fs[j].Score < shapeScore && (j+1 == len(fs) || fs[j+1].Start >= t.End)) ||
			inCode(text, t.Start) || prose.of(foreignProse, text) {
			continue // (the model's weak person alone is raised: "Tonya, your order", found at 0.49)
		}
		claims = append(claims, claim(t.Start, t.End, shapeScore))
	}
	return claimPersons(fs, claims)
}

// familyFirstWords are other languages' "family", written before the family's name: "Die Familie
// Schottin aus Rockenhausen", "La famiglia Ziani di Sangiano" (stop 62).
var familyFirstWords = wordSet("Familie familie Famiglia famiglia Familia familia Famille famille Família família Rodzina rodzina rodziny rodzinie Rodina rodina Obitelj obitelj")

// familyFirstBytes are the first bytes of familyFirstWords.
var familyFirstBytes = func() (b [256]bool) {
	for w := range familyFirstWords {
		b[w[0]] = true
	}
	return b
}()

// familiesNamedFirst makes a person of the one capitalised word after one of familyFirstWords,
// written as a name is, before a word in lower case, a mark or the text's end, where the model
// found nothing or a doubtful guess: no word of English or the dictionary unless a list holds it
// as a family name, no place, organisation or group the lists know, no function word.
func familiesNamedFirst(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for i := 0; i+1 < len(toks); i++ {
		if n := toks[i].End - toks[i].Start; n < 6 || n > 9 || !familyFirstBytes[text[toks[i].Start]] || !familyFirstWords[text[toks[i].Start:toks[i].End]] {
			continue // told by its length and its first letter before the lookup
		}
		t := toks[i+1]
		if t.NewlineBefore || t.Attached {
			continue
		}
		if i+2 < len(toks) && !toks[i+2].NewlineBefore && !toks[i+2].Attached && startsUpper(text[toks[i+2].Start:toks[i+2].End]) {
			continue // more capitalised words: "Familie Müller Schmidt" is left to the model
		}
		if w := text[t.Start:t.End]; !familyNamedWord(w) || foldIn(foreignWords, w) || inCode(text, t.Start) || !nothingSureOver(fs, t.Start, t.End) {
			continue
		}
		claims = append(claims, claim(t.Start, t.End, shapeScore))
	}
	return claimPersons(fs, claims)
}

// familyNamedWord reports a word that may be the name a family is called by: written as a name
// is, no word of English or the dictionary unless a list holds it as a family name, no computing
// term, and no state, country, organisation or group the lists know, nor a town unless a family
// name too ("Mendoza").
func familyNamedWord(w string) bool {
	c := embeddedClass(w)
	return nameLike(w) && (!englishWord(w) && !dictionaryWord(w) || familyWord(w)) && !techTerms[w] &&
		c&(gState|gCountry|gOrg|gNRP) == 0 && (c&gCity == 0 || c&gLast != 0)
}

// familiesNamed makes a person of the family name in "the Okonkwo family" (and "The Okonkwo
// Family" signing a card), which names the people as a family name does: one capitalised word
// written as a name is, between "the" and "family" (or in brackets with it: "Claire (Parry
// family)"; stop 58), where the model found nothing or a doubtful guess. A word of the
// dictionary is one only if a list holds it as a family name ("Parry", "Hunt").
func familiesNamed(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	j := 0
	for i := 1; i < len(toks); i++ {
		if i+1 == len(toks) || text[toks[i+1].Start:toks[i+1].End] != "family" && text[toks[i+1].Start:toks[i+1].End] != "Family" {
			if t, ok := familyPlural(text, toks, i); ok {
				for j < len(fs) && fs[j].End <= t.Start {
					j++
				}
				if j == len(fs) || fs[j].Start >= t.End || weakGuessInside(fs[j:], t.Start, t.End) ||
					fs[j].Type == redact.Organization && fs[j].Start == t.Start && fs[j].End == t.End {
					claims = append(claims, claim(t.Start, t.End, shapeScore))
				}
			}
			continue
		}
		t := toks[i]
		// "(Parry family)" after a child's given name, as a tutor's or a school's invoice writes it
		bracketed := text[t.Start-1] == '(' && strings.HasPrefix(text[toks[i+1].End:], ")")
		if !strings.EqualFold(text[toks[i-1].Start:toks[i-1].End], "the") && !bracketed || toks[i].NewlineBefore || toks[i+1].NewlineBefore {
			continue
		}
		if !familyNamedWord(text[t.Start:t.End]) {
			continue // "the Royal Family", "the Addams family" stays if a list knows it; a town that is a family name too counts (stop 61: "the Mendoza family")
		}
		if i+2 < len(toks) && text[toks[i+2].Start:toks[i+2].End] == "of" {
			continue // a family of products: "the Boeing family of aircraft" (stop 56)
		}
		for j < len(fs) && fs[j].End <= t.Start {
			j++
		}
		if j < len(fs) && fs[j].Type == redact.Organization && fs[j].Source == redact.SourceModel && fs[j].Start == t.Start && fs[j].End == toks[i+1].End {
			fs[j].End = t.End // the model's company "Smith family" (0.79) is the family's name (stop 56)
		} else if j < len(fs) && fs[j].Start < t.End && !weakGuessInside(fs[j:], t.Start, t.End) {
			continue
		}
		claims = append(claims, claim(t.Start, t.End, shapeScore))
	}
	return claimPersons(fs, claims)
}

// familyPlural reports toks[i], a family named in the plural after "the" (stop 42): "Carpool: Mon
// – the Nguyens", "Table 4 – the Hendersons", "the Joneses": a family name of the lists and an
// "s" or "es", the name no English or dictionary word and no place or organisation of the lists
// ("the Browns", "the Kings", "the Giants" stay what they were); not in code.
func familyPlural(text string, toks []Token, i int) (Token, bool) {
	t := toks[i]
	w := text[t.Start:t.End]
	if len(w) < 4 || w[len(w)-1] != 's' || !isUpperASCII(w[0]) || !strings.EqualFold(text[toks[i-1].Start:toks[i-1].End], "the") || t.NewlineBefore {
		return t, false
	}
	if a, b := toks[i-1].Start, t.End; quotedTitle(text, a, b) {
		return t, false // a title in quotes: a band's, a show's ("The Jacksons", "The Simpsons")
	}
	for _, stem := range [2]string{w[:len(w)-1], strings.TrimSuffix(w[:len(w)-1], "e")} {
		if len(stem) >= 3 && familySet()[stem] && nameLike(stem) && !englishWord(stem) && !dictionaryWord(stem) &&
			embeddedClass(stem)&(gState|gCountry|gOrg|gNRP) == 0 && !englishWord(w) && !inCode(text, t.Start) {
			return t, true // (a town is never in the plural: "the Hendersons' house", Henderson a town too; stop 50)
		}
	}
	return t, false
}

// quotedTitle reports text[a:b] between quotes, straight or curly.
func quotedTitle(text string, a, b int) bool {
	before, after := text[:a], text[b:]
	for _, q := range [...][2]string{{`"`, `"`}, {"'", "'"}, {"“", "”"}, {"‘", "’"}} {
		if strings.HasSuffix(before, q[0]) && strings.HasPrefix(after, q[1]) {
			return true
		}
	}
	return false
}

// partnersOfPersons makes a person of one capitalised word joined by "and" or "&" to a person the
// model is sure of, before or after it ("parents Siobhan and Declan informed", "Declan and
// Siobhan"), where nothing was found: a word written as a name is and no English or dictionary
// word, place, organisation, street, title, nationality or computing term. Since stop 50 it also
// does so after "or", beside a person found with 0.6 or more, and over the model's doubted person
// or place (under 0.5) exactly on the word (doubtedPartner: "Ask Ahanu or Kiona").
func partnersOfPersons(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	sure := func(start, end int) bool { // a person of the model's, 0.8 or more, over exactly these bytes
		k, _ := slices.BinarySearchFunc(fs, start, func(f redact.Finding, at int) int { return f.Start - at })
		return k < len(fs) && fs[k].Start == start && fs[k].End >= end && fs[k].Type == redact.Person && fs[k].Score >= 0.8
	}
	for i := 1; i+1 < len(toks); i++ {
		c := word(i)
		if c != "and" && c != "&" && c != "or" || toks[i].NewlineBefore || toks[i+1].NewlineBefore {
			continue
		}
		for _, pair := range [2][2]int{{i - 1, i + 1}, {i + 1, i - 1}} { // the candidate, its partner
			if c != "or" && sureAndPartner(text, toks, fs, pair[0], pair[1], sure) {
				claims = append(claims, claim(toks[pair[0]].Start, toks[pair[0]].End, shapeScore))
			} else if doubtedPartner(text, toks, fs, i, pair[0], pair[1]) {
				claims = append(claims, claim(toks[pair[0]].Start, toks[pair[0]].End, chatScore))
			}
		}
	}
	return claimPersons(fs, pairPartners(text, toks, fs, claims))
}

// sureAndPartner reports the candidate toks[ci] a person beside its partner toks[pi], a person
// sure tells, where nothing was found over the candidate (partnersOfPersons' first reading).
func sureAndPartner(text string, toks []Token, fs []redact.Finding, ci, pi int, sure func(start, end int) bool) bool {
	c, p := toks[ci], toks[pi]
	w := text[c.Start:c.End]
	if !isUpperASCII(w[0]) && w[0] < utf8.RuneSelf || !sure(p.Start, p.End) {
		return false
	}
	// a given name of the lists that is a word too, before "and" and a given name whose family
	// name the person goes on with, shares it (stop 53: "Faith and Joy Abernathy are the
	// co-signers" had sent "Faith" upstream)
	shared := false
	if pw := text[p.Start:p.End]; ci < pi && !onlyAName(w) && (givenSet()[w] && nameLike(w) || listedGiven()[w] && nameLike(w) || wordNames[w]) && (givenSet()[pw] || listedGiven()[pw] || wordNames[pw]) {
		k, _ := slices.BinarySearchFunc(fs, p.Start, func(f redact.Finding, at int) int { return f.Start - at })
		shared = k < len(fs) && fs[k].Start == p.Start && fs[k].End > p.End && !strings.Contains(text[p.End:fs[k].End], ",")
		if shared {
			for fw := range strings.FieldsSeq(text[p.End:fs[k].End]) {
				shared = shared && familyNameLike(fw) && (familySet()[fw] || !englishWord(fw) && !dictionaryWord(fw)) // not "Hope and Grace Church", a church, nor "Joy Division", a band
			}
		}
	}
	if !onlyAName(w) && !shared || strings.IndexByte(w, '-') >= 0 && !hyphenedGiven(w) { // "Content-Length", a header's
		return false
	}
	if k, _ := slices.BinarySearchFunc(fs, c.Start, func(f redact.Finding, at int) int { return f.End - at - 1 }); k < len(fs) && fs[k].Start < c.End {
		return false // found already, as something
	}
	if ci > pi && ci+1 < len(toks) && !toks[ci+1].Attached && startsUpper(text[toks[ci+1].Start:toks[ci+1].End]) {
		return false // "Ana and Banco Santander": a longer name after it
	}
	return !inCode(text, c.Start)
}

// doubtedPartner reports the candidate toks[ci], one unknown capitalised word, a person beside
// its partner toks[pi] across the connector toks[i] ("and", "&" or "or"; stop 50: "Ask Ahanu or
// Kiona"): the partner a person found with 0.6 or more (not a family name alone, a partnership's:
// "Hutchinson and Moss"), the candidate where nothing was found or only the model's doubted
// person or place exactly on it, the whole name (no capitalised word beside it), no English or
// dictionary word and no title, month, place, organisation or street the lists know. Neither
// side may be a firm's partners' ("Dyer, Hutchinson and Mcclure", "Jones and Brown and Ana
// Ruiz", "Hutchinson-Moss and Ana Ruiz", "Ana Ruiz and Hutchinson and Sons") or a place's name
// going on ("Praia de Albuquerque"); beside a full name a family name alone is a business's as
// often ("between Bailly and Aimée Charpentier").
func doubtedPartner(text string, toks []Token, fs []redact.Finding, i, ci, pi int) bool {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	a, b := i-1, i+1
	if toks[i].Attached || toks[b].Attached || toks[a].Attached || a > 0 && (word(a-1) == "," || firmConnectors[word(a-1)]) ||
		b+1 < len(toks) && (nameParticles[word(b+1)] || firmConnectors[word(b+1)] || toks[b+1].Attached) {
		return false
	}
	w := word(ci)
	if !nameLike(w) || utf8.RuneCountInString(w) < 3 || capitals(w) || humped(w) || englishWord(w) || dictionaryWord(w) || techTerms[w] || languages[w] ||
		strings.IndexByte(w, '-') >= 0 || embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon|gTitle|gNRP) != 0 {
		return false
	}
	// a capitalised word beside it, away from the connector: part of the name, or of a
	// business's ("Esmée Visser or Bidvest Deli XL"); a sentence's first word is neither
	capitalised := func(k int) bool {
		return word(k) == "." || startsUpper(word(k)) && !(k == 0 || sentenceOpens(text, toks, k))
	}
	if ci < pi && ci > 0 && !toks[ci].NewlineBefore && capitalised(ci-1) ||
		ci > pi && ci+1 < len(toks) && !toks[ci+1].NewlineBefore && capitalised(ci+1) {
		return false
	}
	var cand, partner *redact.Finding // the findings over the candidate and its partner
	for k := near(fs, toks[a].Start); k < len(fs) && fs[k].Start < toks[b].End; k++ {
		if fs[k].Start < toks[ci].End && fs[k].End > toks[ci].Start {
			cand = &fs[k]
		}
		if fs[k].Start < toks[pi].End && fs[k].End > toks[pi].Start {
			partner = &fs[k]
		}
	}
	if partner == nil || partner.Type != redact.Person || partner.Score < 0.6 || ci > pi && partner.End != toks[pi].End || ci < pi && partner.Start != toks[pi].Start {
		return false
	}
	if p := text[partner.Start:partner.End]; strings.IndexByte(p, ' ') < 0 && familyWord(p) && !givenNames(p) && !listedGiven()[p] ||
		strings.IndexByte(p, ' ') >= 0 && familyWord(w) && !givenNames(w) && !listedGiven()[w] {
		return false
	}
	if cand != nil && !(cand.Source == redact.SourceModel && cand.Score < 0.5 && cand.Start == toks[ci].Start && cand.End == toks[ci].End &&
		(cand.Type == redact.Person || cand.Type == redact.Location)) {
		return false // (a business the model guessed is one as often: "between Hutchinson and Ana Ruiz")
	}
	return !inCode(text, toks[ci].Start)
}

// pairPartners appends to claims the given and family name joined by "and" or "&" to a person
// of two words or more the model is sure of ("signed by Serena Monduzzi and Ottone Gaiatto"),
// where the model found nothing over them or only a weak guess (weakGuessInside): a first word
// that is a given name of the lists, or no word a list knows as anything but a name (onlyAName),
// and a second that may be a family name (familyNameLike) and is no English word unless the
// lists give it as a family name. No third capitalised word follows ("Ana Lima and Banco
// Santander Brasil").
func pairPartners(text string, toks []Token, fs []redact.Finding, claims []redact.Finding) []redact.Finding {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	j := 0
	for i := 2; i+2 < len(toks); i++ {
		if c := word(i); c != "and" && c != "&" || toks[i].NewlineBefore || toks[i+1].NewlineBefore || toks[i+2].NewlineBefore || toks[i+2].Attached {
			continue
		}
		for j < len(fs) && fs[j].End <= toks[i-1].Start {
			j++
		}
		// the partner: a sure person of two words or more ending with the word before "and"
		if j >= len(fs) || fs[j].End != toks[i-1].End || fs[j].Type != redact.Person || fs[j].Score < 0.8 || !strings.Contains(text[fs[j].Start:fs[j].End], " ") {
			continue
		}
		given, family := word(i+1), word(i+2)
		if !startsUpper(given) || !(listedGiven()[given] || givenSet()[given] && nameLike(given) || onlyAName(given)) ||
			!familyNameLike(family) || capitals(family) || englishWord(family) && !familySet()[family] {
			continue
		}
		if i+3 < len(toks) && !toks[i+3].Attached && !toks[i+3].NewlineBefore && startsUpper(word(i+3)) {
			continue
		}
		k := j + 1
		for k < len(fs) && fs[k].End <= toks[i+1].Start {
			k++
		}
		if k < len(fs) && fs[k].Start < toks[i+2].End && !weakGuessInside(fs[k:], toks[i+1].Start, toks[i+2].End) && !partGuess(fs[k:], toks[i+1].Start, toks[i+2].End) || inCode(text, toks[i+1].Start) {
			continue
		}
		claims = append(claims, claim(toks[i+1].Start, toks[i+2].End, shapeScore))
	}
	return claims
}

// partGuess reports that the findings of fs (in order) over [start, end) are one place or
// organisation of the model's under 0.8 over a strict part of it: the model read a piece of the
// name ("Arsenio" of "Arsenio Pavón") as something else, and left the rest.
func partGuess(fs []redact.Finding, start, end int) bool {
	n := 0
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		n++
		if n > 1 || f.Start < start || f.End > end || f.End-f.Start == end-start || f.Source != redact.SourceModel || f.Score >= 0.8 ||
			f.Type != redact.Location && f.Type != redact.Organization {
			return false
		}
	}
	return n == 1
}

// onlyPersonVerbs are verbs that a person does and a company or a product seldom does in chat:
// "Thandeka texted", "Ekene thinks".
var onlyPersonVerbs = wordSet("texted messaged thinks feels felt wants misses missed loves hates cried laughed smiled " +
	"replied mentioned whispered shouted")

// loneNamesBeforeVerbs makes a person of one capitalised word that opens a sentence before a verb
// only a person does ("Thandeka texted me", "Ekene thinks it's fine") where the model found
// nothing: a word no list knows as anything but a name, as for namesBeforePlease; and "says" or
// "said" too when a pronoun or "that" follows it ("Thandeka says she", not "Datadog says
// latency").
func loneNamesBeforeVerbs(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	var prose lazyTest // whether text is another language's prose, asked once (stop 61: asked at each name, a long text's cost had grown with its square)
	j := 0
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !isUpperASCII(text[t.Start]) && text[t.Start] < utf8.RuneSelf || toks[i+1].Attached || toks[i+1].NewlineBefore {
			continue
		}
		v := text[toks[i+1].Start:toks[i+1].End]
		says := (v == "says" || v == "said") && i+2 < len(toks) && saidWhat[strings.ToLower(text[toks[i+2].Start:toks[i+2].End])]
		// or moving on from work (stop 62: "Udant is relocating from Mathura", "Hemang is retiring")
		away := v == "is" && (awayAt(text, toks, i+2) || i+2 < len(toks) && !toks[i+2].NewlineBefore && careerMoves[text[toks[i+2].Start:toks[i+2].End]]) ||
			v == "was" && i+2 < len(toks) && !toks[i+2].NewlineBefore && careerPassives[text[toks[i+2].Start:toks[i+2].End]] // "Pittman was promoted to senior manager"
		// another language's "says that" (stop 37): "Bertrand dit qu'il sera en retard", "Nilda
		// dice que llega tarde", "Stijn zegt dat ze later komt"; a given name of the lists will do
		foreign := !says && !away && len(v) >= 3 && len(v) <= 11 && (v[0] == 'd' || v[0] == 's' || v[0] == 'z' || v[0] == 'm') && foreignSays[v] && i+2 < len(toks) && (foreignThat[strings.ToLower(text[toks[i+2].Start:toks[i+2].End])] || strings.HasPrefix(text[toks[i+2].Start:], "qu'") || strings.HasPrefix(text[toks[i+2].Start:], "qu’"))
		// a verb and a person's pronoun after it (stop 61): "Hemangini cited her manager", "Jodi
		// joins us from Gonzalez Group"
		pronoun := !says && !away && !foreign && len(v) >= 4 && lowerStart(v) && i+2 < len(toks) && !toks[i+2].NewlineBefore &&
			(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s")) && (personPronouns[text[toks[i+2].Start:toks[i+2].End]] || (v == "joins" || v == "joined") && text[toks[i+2].Start:toks[i+2].End] == "us")
		// a call's or a chat's notice of one who joined or left it (stop 62: "[Edgar left the
		// call]"), a given name of the lists will do
		joined := !says && !away && !foreign && !pronoun && (v == "joined" || v == "left") && i+3 < len(toks) && text[toks[i+2].Start:toks[i+2].End] == "the" &&
			callRooms[text[toks[i+3].Start:toks[i+3].End]] && !toks[i+3].NewlineBefore
		if !says && !away && !foreign && !pronoun && !joined && !onlyPersonVerbs[v] ||
			!sentenceOpens(text, toks, i) && !(joined && i > 0 && text[toks[i-1].Start:toks[i-1].End] == "[") && !(away && i > 0 && text[toks[i-1].Start:toks[i-1].End] == "that") &&
				!(pronoun && i > 0 && dashWord(text[toks[i-1].Start:toks[i-1].End]) && !toks[i-1].NewlineBefore) { // (a note's clause after a dash: "Exit interview - Hemangini cited her manager")
			continue // told by the verb before the word is looked up
		}
		w := text[t.Start:t.End]
		if !onlyAName(w) && !((foreign || joined) && (listedGiven()[w] || givenSet()[w]) && !englishWord(w) && embeddedClass(w)&(gCity|gState|gCountry|gOrg) == 0) || foldIn(foreignWords, w) {
			continue
		}
		for j < len(fs) && fs[j].End <= t.Start {
			j++
		}
		if j < len(fs) && fs[j].Start < t.End && !weakGuessInside(fs[j:], t.Start, t.End) || inCode(text, t.Start) || !foreign && prose.of(foreignProse, text) {
			continue
		}
		claims = append(claims, claim(t.Start, t.End, shapeScore))
	}
	return claimPersons(fs, claims)
}

// personPronouns are the pronouns after a verb that say its subject is a person: "cited her
// manager", "told him".
var personPronouns = wordSet("her his him she he herself himself")

// foreignSays say "says" in French, Spanish, Italian, Portuguese, German, Dutch and Polish, and
// foreignThat the "that" or comma after it.
var (
	foreignSays = wordSet("dit disait dice dijo decía disse diz sagt meinte zegt zei mówi")
	foreignThat = wordSet("qu que che dass dat że , :")
)

// callRooms are what a notice says one joined or left: "[Edgar left the call]".
var callRooms = wordSet("call meeting chat room conversation channel group")

// careerMoves say, after "is", that someone moves on from work or stands in at it: "Udant is
// relocating from Mathura", "Oviya is shadowing Neel" (stop 62).
var careerMoves = wordSet("relocating retiring resigning shadowing covering")

// careerPassives say, after "was", what an employer did to someone: "Pittman was promoted to
// senior manager" (stop 62).
var careerPassives = wordSet("promoted hired fired appointed dismissed suspended reprimanded demoted")

// awayWords say, after "is", that someone is away from work, as a team's chat says it: "Hrafnhildur
// is out today", "Reminder that Tunde is OOO", "Olu is on leave" (stop 35).
var (
	awayWords  = wordSet("out off away sick OOO ooo WFH wfh unavailable offline")
	leaveWords = wordSet("leave vacation holiday holidays PTO pto sabbatical furlough")
)

// awayAt reports awayWords at toks[k] before a clause's end, "today", "this", "until", "till",
// "tomorrow", "for" or "on"; or "on" and a word for leave.
func awayAt(text string, toks []Token, k int) bool {
	if k >= len(toks) || toks[k].NewlineBefore {
		return false
	}
	w := text[toks[k].Start:toks[k].End]
	if w == "on" {
		return k+1 < len(toks) && !toks[k+1].NewlineBefore && leaveWords[text[toks[k+1].Start:toks[k+1].End]]
	}
	if !awayWords[w] {
		return false
	}
	if k+1 == len(toks) || toks[k+1].NewlineBefore {
		return true
	}
	switch text[toks[k+1].Start:toks[k+1].End] {
	case ".", ",", ";", "!", "today", "this", "until", "till", "tomorrow", "for", "on", "and", "next", "all":
		return true
	}
	return false
}

// saidWhat follow "says" and "said" when a person said it: "she says she", "he said that".
var saidWhat = map[string]bool{"i": true, "he": true, "she": true, "they": true, "we": true, "you": true, "that": true, "it's": true, "hi": true, "hello": true}

// quotedAt reports text[start:end] inside quotes of its own: "\"maria.gonzalez\"", 'ana_lima'.
func quotedAt(text string, start, end int) bool {
	return start > 0 && end < len(text) && (text[start-1] == '"' || text[start-1] == '\'') && text[end] == text[start-1]
}

// namedPeople are the words for a person that "named" or "called" and the person's name follow:
// "a lady named Precious", "a guy called Fergus", "someone named Joy".
var namedPeople = wordSet("lady ladies guy man woman girl boy kid child baby gentleman fellow dude chap bloke lad lass person someone somebody " +
	"nurse doctor agent rep representative customer patient client tenant student teacher officer driver friend colleague coworker " +
	"neighbour neighbor son daughter brother sister cousin manager supervisor technician tech worker employee caller receptionist " +
	"pharmacist therapist counselor counsellor lawyer attorney landlord landlady contractor plumber electrician salesman saleswoman " +
	"courier guard cashier clerk waiter waitress")

// indefinites open a phrase that introduces someone: "a man called Fergus", "this guy called
// Tam" ("the customer called Comcast" is a verb's).
var indefinites = wordSet("a an some one this another")

// namesAfterNamed makes a person of the capitalised words after a word for a person and "named"
// ("spoke with a lady named Precious who promised a callback", stop 35), or after an article, such
// a word and "called" ("a man called Fergus"; "the customer called Comcast" is a verb's object),
// where the model found nothing or a weak guess: the slot vouches for a name that is also a word
// (Precious, Hope). Not a month or a weekday ("a patient called Monday"), nor in code.
func namesAfterNamed(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	j := 0 // the first finding that may end after the name read
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].End-toks[i].Start != 5 && toks[i].End-toks[i].Start != 6 {
			continue // told by the length before the words are compared
		}
		called := false
		switch word(i) {
		case "named":
		case "called":
			called = true
		default:
			continue
		}
		if !namedPeople[word(i-1)] || called && !indefinites[word(i-2)] || toks[i+1].NewlineBefore || toks[i+1].Attached {
			continue
		}
		t := toks[i+1]
		w := word(i + 1)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !hasLower(w) || foldClass(w)&(wMonth|wWeekday|wTitle) != 0 {
			continue
		}
		end := withoutPostNominals(text, t.Start, nameWords(text, t.Start))
		if end <= t.Start {
			continue
		}
		for j < len(fs) && fs[j].End <= t.Start {
			j++
		}
		if j < len(fs) && fs[j].Start < end && otherFinding(text, fs[j:], t.Start, end) || inCode(text, t.Start) {
			continue // found already, or a street, a sure place or organisation
		}
		claims = append(claims, claim(t.Start, end, kinScore))
	}
	return claimPersons(fs, claims)
}

// jobTitleWords are the words of a job's title: "CFO", "VP Sales", "Senior Buyer", "Ops Manager",
// "Head of Data".
var jobTitleWords = wordSet("CEO CFO CTO COO CMO CIO CISO CPO CRO CDO VP SVP EVP AVP GM MD Director Manager Head Lead Chief Senior Junior " +
	"Principal Buyer Engineer Analyst Counsel Founder Co-founder Cofounder Owner President Consultant Specialist Coordinator " +
	"Administrator Architect Developer Designer Recruiter Accountant Controller Treasurer Secretary Assistant Associate Partner " +
	"Officer Executive Advisor Adviser Strategist Scientist Researcher Editor Producer Supervisor Superintendent Foreman Agent " +
	"Chair Chairman Chairwoman Chairperson Trustee Clerk Vice Deputy")

// namesBeforeJobs makes a person of one to four capitalised words right before a job's title in
// brackets, or a comma and a job's title and "at" (stop 35, a CRM's notes: "Spoke to Chandler
// (CFO) at Leach-Smith", "Intro from Maud -> Louise Le Grand, Senior Buyer at Royal van Loon",
// "Call w/ Peer Steuer (Ops Manager @ Kallert Stoll e.G.)"), over a place or an organisation the
// model was less sure of than 0.9: only a person holds a job. The title is one to four words,
// capitalised or "of" and "&", one of them a job's word; the name's words are written as names
// are (particles between them), none an organisation's word or a legal form.
func namesBeforeJobs(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 1; i+1 < len(toks); i++ {
		c := text[toks[i].Start]
		if c != '(' && c != ',' || toks[i].NewlineBefore {
			continue
		}
		// the title after the bracket or the comma, a possessive before it in brackets ("(their CFO)",
		// "(her manager)", stop 35)
		job, k := false, i+1
		if c == '(' && k < len(toks) && jobOwners[word(k)] {
			k++
		}
		for ; k < len(toks) && k-i <= 5 && !toks[k].NewlineBefore; k++ {
			w := word(k)
			if jobTitleWords[w] || c == '(' && lowerStart(w) && inTitleCase(jobTitleWords, w) {
				job = true
				continue
			}
			if w == "of" || w == "&" || startsUpper(w) && k > i+1 && (jobTitleWords[word(k-1)] || word(k-1) == "of" || word(k-1) == "&") {
				continue // "Head of Data", "VP Sales", "Ops Manager" (the word before a job's word is taken below)
			}
			if startsUpper(w) && k+1 < len(toks) && jobTitleWords[word(k+1)] {
				continue // "Ops Manager"
			}
			break
		}
		if !job || k >= len(toks) || k == i+1 {
			continue
		}
		clauseEnd := false // "by Ingvild Rasmussen, Managing Director, in the presence of": a name of two words or more
		if after := word(k); c == '(' && after != ")" && after != "@" && after != "at" || c == ',' && after != "at" && after != "@" {
			if c != ',' || after != "," && after != "." && after != ";" && !toks[k].NewlineBefore {
				continue
			}
			clauseEnd = true
		}
		// the name before the bracket or the comma
		if c == '(' && toks[i].Attached || c == ',' && !toks[i].Attached {
			continue // "f(CFO)"; a comma is written onto the name
		}
		first := i
		for j := i - 1; j >= 0 && i-j <= 4; j-- {
			w := word(j)
			if !(nameLike(w) || capsNameLike(w) || j < i-1 && foldIn(nameParticles, w)) || companyWord(w) || jobTitleWords[w] ||
				embeddedClass(w)&(gOrg|gOrgSuffix|gTitle) != 0 || embeddedClass(w)&(gCity|gState|gCountry) != 0 && !listedName(w) {
				break // "London, Senior Engineer at Acme" is a job's place; "Chandler" is a family name too
			}
			first = j
			if toks[j].NewlineBefore || j > 0 && toks[j].Attached {
				break
			}
		}
		if first == i || foldIn(nameParticles, word(first)) || first == i-1 && (clauseEnd || languages[word(first)] || embeddedClass(word(first))&gNRP != 0) {
			continue // "Spoke to French (CFO)": a language's or a people's word alone, which later rules take back
		}
		start, end, titleStart, titleEnd := toks[first].Start, toks[i-1].End, toks[i+1].Start, toks[k-1].End
		sure := false
		lo := near(fs, start) // the findings around the name and its title, not the text's (stop 49)
		for _, f := range fs[lo:] {
			if f.Start > titleEnd {
				break
			}
			if f.Start < end && start < f.End && f.Type != redact.Person && (f.Score >= 0.9 || f.Source != redact.SourceModel || f.Start < start || f.End > titleEnd+1) {
				sure = true // a sure place or business, or one that runs past the title
			}
		}
		if sure || inCode(text, start) {
			continue
		}
		for n := lo; n < len(fs) && fs[n].Start <= titleEnd; n++ {
			if f := &fs[n]; f.Source == redact.SourceModel && f.Type != redact.Person {
				if f.Start >= start && f.Start < end && f.End > end {
					f.End = end // the model's place run on into the bracket: "French (CFO)"
				} else if f.Start >= titleStart && f.End <= titleEnd && allJobWords(text[f.Start:f.End]) {
					f.End = f.Start // the title the model read as a place: "Senior", "CTO"
				}
			}
		}
		claims = append(claims, claim(start, end, shapeScore))
	}
	if len(claims) > 0 {
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.End == f.Start })
	}
	return claimPersons(fs, claims)
}

// jobOwners open a job's title in brackets after a name: "Yumi Nakagawa (their CFO)".
var jobOwners = wordSet("their our his her my your the")

// allJobWords reports a span of jobTitleWords, "of" and "&" only.
func allJobWords(span string) bool {
	for w := range strings.FieldsSeq(span) {
		if !jobTitleWords[w] && w != "of" && w != "&" {
			return false
		}
	}
	return true
}

// nicknamedNames makes a person of a given name, a nickname in quotes and a family name, where
// the model found none of them or read the family name as an organisation (stop 35: "candidate:
// Siddhartha \"Sid\" Banerjee-Holm", where the hyphen's rule had made a firm of the family name):
// the three words written as names are, the first no English word unless the lists hold it as a
// given name; nothing else than a weak guess or an organisation of the model inside.
func nicknamedNames(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ` "`) && !strings.Contains(text, " “") {
		return fs
	}
	var claims []redact.Finding
	for _, q := range [...][2]string{{` "`, `"`}, {" “", "”"}} {
		for k := range occurrences(text, q[0]) {
			gs := wordStartBefore(text, k)
			given := text[gs:k]
			if gs == k || !nameLike(given) || englishWord(given) && !givenSet()[given] || gs > 0 && !unicode.IsSpace(rune(text[gs-1])) && text[gs-1] != ':' {
				continue
			}
			nick, e := wordAt(text, k+len(q[0]))
			if !startsUpper(nick) || !strings.HasPrefix(text[e:], q[1]+" ") {
				continue
			}
			fs0 := e + len(q[1]) + 1
			family, fe := wordAt(text, fs0)
			if !nameLike(family) || englishWord(family) && !familySet()[family] {
				continue
			}
			start, end := gs, fe
			ok := true
			for _, f := range fs[near(fs, start):] { // (from the name's neighbours: every finding had been asked for each name, quadratic; stop 54)
				if f.Start >= end {
					break
				}
				if f.Start < end && start < f.End && f.Type != redact.Person && !(f.Source == redact.SourceModel && f.Type == redact.Organization && f.Start >= fs0) && !weakGuessInside([]redact.Finding{f}, start, end) {
					ok = false
				}
			}
			if ok && !inCode(text, gs) {
				claims = append(claims, claim(start, end, shapeScore))
			}
		}
	}
	if len(claims) == 0 {
		return fs
	}
	sortFindings(claims)
	c := 0 // the first claim that may hold the finding read: both in start order, one sweep
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
		if f.Type != redact.Organization || f.Source != redact.SourceModel {
			return false
		}
		for c < len(claims) && claims[c].End < f.Start {
			c++
		}
		for k := c; k < len(claims) && claims[k].Start <= f.Start; k++ {
			if f.End <= claims[k].End {
				return true
			}
		}
		return false
	})
	return claimPersons(fs, claims)
}

// lowerFamilyInBracket reads, after a given name ending at end, a space and a family name in
// lower case that closes the bracket: one of the lists or no word, an Irish or Scottish prefix's
// apostrophe allowed ("o'leary", "mcbride"). It returns where the name ends.
func lowerFamilyInBracket(text string, end int) (int, bool) {
	if end+2 >= len(text) || text[end] != ' ' {
		return 0, false
	}
	k := end + 1
	for k < len(text) && (text[k] >= 'a' && text[k] <= 'z' || text[k] == '\'' && k > end+1 && k+1 < len(text) && text[k+1] >= 'a' && text[k+1] <= 'z') {
		k++
	}
	if k >= len(text) || text[k] != ')' || k-end-1 < 3 {
		return 0, false
	}
	f := strings.ReplaceAll(text[end+1:k], "'", "")
	return k, lowerRoleName(f) || listedLowerFamily(f)
}

// lowerNamesInBrackets makes a person of one word in lower case alone in brackets after a word
// for a relation or a person ("their contact (piotr) isn't answering", "my wife (grace) said",
// stop 35), as chat writes a name it adds: a given name of the lists that is no English or
// dictionary word (lowerSlotName), where nothing was found or a weak guess, and a family name after it (lowerFamilyInBracket); not
// in code.
func lowerNamesInBrackets(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '(') < 0 {
		return fs
	}
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 1; i+2 < len(toks); i++ {
		if text[toks[i].Start] != '(' || toks[i].Attached || toks[i+1].NewlineBefore {
			continue
		}
		w, who := word(i+1), word(i-1)
		if !isLowerWord(w) || !lowerSlotName(w) || !kinNouns[who] && !namedPeople[who] && !servingRoles[who] && who != "contact" && who != "ex" {
			continue
		}
		t := toks[i+1]
		if word(i+2) != ")" || !toks[i+2].Attached {
			// and a family name after it, in lower case too (stop 47: "pick up nana (margaret o'leary)")
			e, ok := lowerFamilyInBracket(text, t.End)
			if !ok {
				continue
			}
			t.End = e
		}
		if !free(fs, t.Start, t.End) && !weakGuessInside(fs, t.Start, t.End) || inCode(text, t.Start) {
			continue
		}
		claims = append(claims, claim(t.Start, t.End, kinScore))
	}
	return claimPersons(fs, claims)
}

// colleagueTeams are the teams a colleague is named from: "Turnbull from accounts", "Mark from HR".
var colleagueTeams = wordSet("accounts accounting billing sales marketing finance legal payroll procurement reception security admin " +
	"HR IT engineering ops operations facilities compliance support purchasing logistics dispatch Accounts Accounting Billing Sales " +
	"Marketing Finance Legal Payroll Procurement Reception Security Admin Engineering Ops Operations Facilities Compliance Support Purchasing Logistics Dispatch")

// namesOfColleagues makes a person of one or two capitalised words before "from" and a
// department (stop 60: "ugh Turnbull from accounts is so annoying", "ask Shroff from accounts"),
// and of a child's name before its age in brackets ("Babysitter needed for Elaine (4) and Adrian
// (2)"): a name of the lists or a word no list knows, no English word unless a list gives it as a
// name, where nothing sure was found.
func namesOfColleagues(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	name := func(w string) bool {
		return nameLike(w) && !isTitle(w) && !techTerms[w] && !foldIn(placeAndOrgWords, w) &&
			(givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w] || familyWord(w) || unlistedName(w)) &&
			!(englishWord(w) || dictionaryWord(w) || foldIn(commonSet, w)) || familySet()[w] && !foldIn(commonSet, w)
	}
	add := func(start, end int) {
		if start < end && !sureInside(fs, start, end) && !inCode(text, start) {
			claims = append(claims, claim(start, end, fieldScore))
		}
	}
	for k := range spacedOccurrences(text, "from ") {
		if b := strings.LastIndexByte(text[max(0, k-32):k], ' ') + max(0, k-32) + 1; b >= k || text[b] < 'A' || text[b] > 'Z' && text[b] < utf8.RuneSelf {
			continue // a capitalised word before "from", asked before the team's
		}
		e := k + len(" from ")
		for e < len(text) && isLetterByte(text[e]) {
			e++
		}
		if d := text[k+len(" from ") : e]; !colleagueTeams[d] || e < len(text) && text[e] >= utf8.RuneSelf {
			continue
		}
		if start := wordRunBefore(text, k, 2, name); start < k && !strings.HasSuffix(text[:start], "Greetings ") {
			add(start, k)
		}
	}
	for k := range spacedOccurrences(text, "(") {
		if !childAgeAt(text, k) {
			continue
		}
		start := wordRunBefore(text, k, 1, func(w string) bool {
			return len(w) >= 3 && (name(w) && !familySet()[w] || givenSet()[w] || listedGiven()[w])
		})
		if start == k {
			continue
		}
		if before := strings.TrimRight(text[:start], " "); before == "" || slices.ContainsFunc(childLeads, func(l string) bool { return strings.HasSuffix(before, l) }) {
			add(start, k)
		}
	}
	return claimPersons(fs, claims)
}

// childAgeAt reports a child's age in brackets at text[k:], a space before the bracket: one or
// two digits, under twenty and not a trunk's "(07)", and the age's word or none, in English and
// the other languages (stop 61: "Nachhilfe für Arturo (9 Jahre)", "Cherche professeur pour
// Mauricio (9 ans)", "tutor para Jo (9 años)").
func childAgeAt(text string, k int) bool {
	j := k + 2
	if strings.HasPrefix(text[j:], "age ") {
		j += len("age ") // "Tutor wanted for Saumya (age 9)"
	} else if strings.HasPrefix(text[j:], "aged ") {
		j += len("aged ")
	}
	d := j // the age's first digit
	n := 0
	for j < len(text) && isDigitByte(text[j]) && n < 3 {
		j, n = j+1, n+1
	}
	if n > 0 && j+1 < len(text) && text[j] == ' ' {
		if w, e := wordAt(text, j+1); ageWords[w] {
			j = e
		}
	}
	return n > 0 && n <= 2 && j < len(text) && text[j] == ')' && text[d] != '0' && !(n == 2 && text[d] >= '2')
}

// childLeads end what comes before a child's name and age: "for", "and", a comma or a colon,
// and "for" in German, French, Spanish, Dutch and Italian (stop 61).
var childLeads = []string{" for", " and", ",", ":", " für", " pour", " para", " voor", " per"}

// ageWords follow a child's age in brackets after its name: "(9 years)", "(9 Jahre)", "(9 ans)".
var ageWords = wordSet("years yrs y yo months Jahre J ans años anni anos jaar år vuotta lat let éves")

// slashSignOffs makes a person of a given name after a slash that closes a message, as Nordic
// mail and cards sign off ("Hälsningar från Malmö! /Claes", "Hilsen fra Brekke! /Grete"; stop 60):
// a space or a line's start before the slash, one or two capitalised words after it, a given name
// of the lists among them or a word no list knows, and nothing after them on the line but a full
// stop; not a path ("/Users") or a command.
func slashSignOffs(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for k := range occurrences(text, "/") {
		if before := strings.TrimRight(text[:k], " "); k > 0 && text[k-1] != ' ' && text[k-1] != '\n' ||
			before != "" && !strings.HasSuffix(before, "\n") && strings.IndexByte(".!?", before[len(before)-1]) < 0 {
			continue // after a sentence's end or opening its line: not "Pùlàsi / Fɛ̀lɛ̀nsi /Gàbɔ̂ŋ"
		}
		end, known := k+1, false
		for n, i := 0, k+1; n < 2; n++ {
			w, e := wordAt(text, i)
			if w == "" || !nameLike(w) || techTerms[w] || isTitle(w) {
				break
			}
			known = known || givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w] || unlistedName(w)
			end = e
			if e+1 >= len(text) || text[e] != ' ' {
				break
			}
			i = e + 1
		}
		_, le := lineWithin(text, end, end, nearBytes)
		if end == k+1 || !known || strings.TrimRight(text[end:le], " .\r") != "" || inCode(text, k) || sureInside(fs, k+1, end) {
			continue
		}
		claims = append(claims, claim(k+1, end, fieldScore))
	}
	return claimPersons(fs, claims)
}

// callVerbs ask the reader to call someone, the name after them, in many languages: "Ring til
// Frida, hvis du er i Vesløs", "Chiama Beatrice se sei a Uboldo", "Telepon Widya kalau kamu di
// Lubuklinggau", "Hívd fel Zoltán-t".
var callVerbs = []string{"Call ", "Ring ", "Phone ", "Text ", "Chiama ", "Appelle ", "Appelez ", "Llama a ", "Llame a ", "Liga ao ", "Liga à ", "Liga para ",
	"Ligue para ", "Ligue ao ", "Bel ", "Ring til ", "Ring till ", "Telepon ", "Hubungi ", "Hívd fel ", "Hívja fel ", "Zavolej ", "Zavolejte ", "Zadzwoń do ",
	"Sună-l pe ", "Sun-o pe ", "Soita ", "Ruf ", "Bellen naar "}

// callVerbsByFirst holds the indices of callVerbs by their first byte.
var callVerbsByFirst = func() (m [256][]int) {
	for i, v := range callVerbs {
		m[v[0]] = append(m[v[0]], i)
	}
	return m
}()

// openingsOf yields where the text's sentences and lines open: its start, and the first byte
// that is no space after a line break or a full stop, a question or an exclamation mark.
func openingsOf(text string) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < len(text); {
			if !yield(i) {
				return
			}
			j := strings.IndexAny(text[i:], "\n.!?")
			if j < 0 {
				return
			}
			i += j + 1
			for i < len(text) && text[i] == ' ' {
				i++
			}
		}
	}
}

// namesAfterCallVerbs appends to claims the person of a name after one of callVerbs opening a
// sentence or a line at text[k] (stop 60): a given name of the lists or a word no list knows, and a family name after it,
// Hungarian's accusative ending ("-t") left out; the model's person that took the verb in gives
// it up ("Chiama Raffaellino", read as one name).
func namesAfterCallVerbs(text string, fs []redact.Finding, k int, claims []redact.Finding) []redact.Finding {
	c := -1
	for _, v := range callVerbsByFirst[text[k]] {
		if strings.HasPrefix(text[k:], callVerbs[v]) && (c < 0 || len(callVerbs[v]) > len(callVerbs[c])) {
			c = v // the longest: "Ring til Frida", not "Ring" and the name "til" (stop 61)
		}
	}
	if c < 0 {
		return claims
	}
	at := k + len(callVerbs[c])
	w, e := wordAt(text, at)
	w = strings.TrimSuffix(w, "-t")
	if !callableName(w) || inCode(text, k) {
		return claims
	}
	end := at + len(w)
	if e == end && e+1 < len(text) && text[e] == ' ' {
		if f, fe := wordAt(text, e+1); f != "" && (familyWord(f) || unlistedName(f)) && !englishWord(f) {
			end = fe // "Call Reece Molloy"
		}
	}
	if end < len(text) && isLetterStart(text[end]) && text[end] != '-' {
		return claims
	}
	if next, _ := wordAt(text, skipBlanks(text, end)); foldIn(deskWords, next) || companyWord(next) || partnersAt(text, at) > at {
		return claims // a business's desk or partners: "Call Richards-Rose support tomorrow", "Call Haneberg & Wolfswinkel today"
	}
	for i := range fs {
		if f := &fs[i]; f.Type == redact.Person && f.Start == k && f.End > at {
			f.Start = at // the verb is no part of the name
		}
	}
	return append(claims, claim(at, end, fieldScore))
}

// callableName reports a word a message calls, greets or asks someone by (namesAfterCallVerbs,
// greetedNames): a given name of the lists or a word no list knows, written as a name is, no
// title, computing term, place's, organisation's or common word, and no English word unless the
// lists give it as a given name ("Call Mark", not "Call Center").
func callableName(w string) bool {
	return nameLike(w) && !isTitle(w) && !techTerms[w] && !foldIn(placeAndOrgWords, w) && !foldIn(commonSet, w) &&
		(givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w] || unlistedName(w)) && (!englishWord(w) && !dictionaryWord(w) || givenSet()[w])
}

// namesAtOpenings reads the names that open a sentence or a line after a verb of calling
// (namesAfterCallVerbs) or as a pair of given names (pairedGivenNames), in one pass over the
// openings.
func namesAtOpenings(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for k := range openingsOf(text) {
		if k >= len(text) || text[k] < 'A' || text[k] > 'Z' && text[k] < utf8.RuneSelf {
			continue
		}
		claims = namesAfterCallVerbs(text, fs, k, claims)
		claims = pairedGivenNames(text, fs, k, claims)
		claims = greetedNames(text, fs, k, claims)
	}
	return claimPersons(fs, claims)
}

// pairConjunctions join two given names opening a sentence, in the languages of the sentences
// of stop 60: "Charo y Olalla se casaron", "Étienne et Aimée se sont mariés".
var pairConjunctions = wordSet("and y e et og och i a és și en ja dan und &")

// pairedGivenNames appends to claims a person of each of two given names of the lists joined by
// a conjunction, opening a sentence or a line at text[k] before a word in lower case (stop 60: "Charo y
// Olalla se casaron este verano", where the model found neither); one of the two may be a
// place's name too ("Virginia y Anunciación") but not both.
func pairedGivenNames(text string, fs []redact.Finding, k int, claims []redact.Finding) []redact.Finding {
	given := func(w string) bool {
		return nameLike(w) && (givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w]) && !isTitle(w) && !techTerms[w] && !foldIn(commonSet, w)
	}
	plain := func(w string) bool {
		return embeddedClass(w)&(gCity|gState|gCountry) == 0 && !englishWord(w) && !dictionaryWord(w)
	}
	a, ae := wordAt(text, k)
	if ae+1 >= len(text) || text[ae] != ' ' {
		return claims
	}
	c, ce := wordAt(text, ae+1)
	if c == "" && text[ae+1] == '&' {
		c, ce = "&", ae+2
	}
	if len(c) > 3 || !pairConjunctions[c] || ce+1 >= len(text) || text[ce] != ' ' || !given(a) {
		return claims // (the conjunction is asked before the lists)
	}
	b, be := wordAt(text, ce+1)
	if !given(b) || !plain(a) && !plain(b) || be+1 >= len(text) || text[be] != ' ' || !lowerStart(text[be+1:]) || inCode(text, k) {
		return claims
	}
	for _, r := range [...][2]int{{k, ae}, {ce + 1, be}} {
		if !sureInside(fs, r[0], r[1]) {
			claims = append(claims, claim(r[0], r[1], fieldScore))
		}
	}
	return claims
}

// greetedNames appends to claims the person of one or two name words after a greeting of
// worldGreetings (or "Hi", "Hey", "Hello") that opens a sentence or a line at text[k], before a
// comma or an exclamation mark, as a message opens in many languages (stop 60: "Halo Laras, bisa
// kirim tagihannya …?", where the model found no one): a given name of the lists or a word no
// list knows, no English word unless the lists give it as a given name.
func greetedNames(text string, fs []redact.Finding, k int, claims []redact.Finding) []redact.Finding {
	g, ge := wordAt(text, k)
	if len(g) < 2 || len(g) > 10 || ge+2 >= len(text) || text[ge] != ' ' || !foldIn(worldGreetings, g) && !foldIn(greetings, g) {
		return claims
	}
	at := ge + 1
	w, e := wordAt(text, at)
	if !callableName(w) || foldIn(addressWordsTitle, w) {
		return claims
	}
	if e+1 < len(text) && text[e] == ' ' {
		if f, fe := wordAt(text, e+1); f != "" && (familyWord(f) || unlistedName(f)) && !englishWord(f) && fe < len(text) && (text[fe] == ',' || text[fe] == '!') {
			e = fe
		}
	}
	if e >= len(text) || text[e] != ',' && text[e] != '!' || inCode(text, k) || sureInside(fs, at, e) {
		return claims
	}
	return append(claims, claim(at, e, fieldScore))
}

// addressWordsTitle are chat's words of address capitalised, which a greeting puts where a name
// would stand: "Hi Team,", "Hello Everyone!".
var addressWordsTitle = wordSet("team all everyone everybody guys folks there friends colleagues")

// quotedOpeners makes a person of a given name of the lists that opens a quote before a verb a
// person does (stop 60: `Customer comment: "Terry was brilliant".`, where the model, which
// learned names beside spaces, found no one after the quote mark): the mark after a blank, a
// colon or a bracket, the name no English word unless the lists give it as a given name; and the
// one a quoted message calls, a name and a comma opening the quote before a word in lower case
// (callableName: `"Deaglan, the buyers want a second viewing"`; stop 61).
func quotedOpeners(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, q := range [...]string{"\"", "“"} {
		for k := range occurrences(text, q) {
			at := k + len(q)
			if at >= len(text) || text[at] < 'A' || text[at] > 'Z' || k > 0 && strings.IndexByte(" :(\n", text[k-1]) < 0 {
				continue
			}
			w, e := wordAt(text, at)
			if e+2 < len(text) && text[e] == ',' && text[e+1] == ' ' && lowerStart(text[e+2:]) && callableName(w) &&
				embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix) == 0 && !inCode(text, k) && !sureInside(fs, at, e) {
				claims = append(claims, claim(at, e, fieldScore)) // the one a quoted message calls (stop 61: `"Deaglan, the buyers from … want a second viewing"`)
				continue
			}
			if e+1 >= len(text) || text[e] != ' ' || !nameLike(w) || !(givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w]) ||
				(englishWord(w) || dictionaryWord(w)) && !givenSet()[w] || isTitle(w) {
				continue
			}
			if v, _ := wordAt(text, e+1); !personVerbs[v] || inCode(text, k) || sureInside(fs, at, e) {
				continue
			}
			claims = append(claims, claim(at, e, fieldScore))
		}
	}
	return claimPersons(fs, claims)
}
