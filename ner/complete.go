package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// completePersons runs after the rules that claim persons, and completes every person the way
// tidy completes the model's own: a rule that finds a name by its place in a sentence ("Last week
// X sent me", "my landlord X") takes the word it knows, and the model, which missed the name, has
// often found a piece of the rest as something else. So each person's span reads on over
//   - a particle-joined family name ("Fabiënne van den Brink", "Twan van Amstel", "kevin da luz"),
//     which the model took for a second person or a place, or left out;
//   - the family name after a one-word given name of the lists, capitalised as names are and no
//     place, organisation or street word ("Agathe Legendre", "Egil-Markus Madsen"), or, after a
//     given name in lower case, a family name of the lists in lower case that is no English word
//     ("diane laurent's flight", "atilio olmedo").
//
// What the span reads on over may hold other findings of the model (a place, an organisation, a
// person): they become part of the person. It never reads into a street address.
func completePersons(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	for i := 0; i < len(fs); {
		f := fs[i]
		i++
		if f.Type == redact.Location {
			if e := givenPlace(text, f, fs[i:]); e > 0 {
				// "Chad Nunez", "Madison Payne": a given name that names a place too, and a family name
				f.Type, f.End, f.Score = redact.Person, e, max(f.Score, kinScore)
			}
		}
		if f.Type == redact.Person {
			if s := personHead(text, f); s < f.Start && (len(out) == 0 || out[len(out)-1].End <= s) {
				f.Start = s
			}
			if e := personTail(text, f); e > f.End {
				j := i
				for j < len(fs) && fs[j].Start < e && fs[j].Type != redact.StreetAddress {
					if fs[j].End > e {
						if fs[j].Type != redact.Person {
							break // a place or organisation that goes on past the name: leave both
						}
						e = fs[j].End
					}
					f.Score = max(f.Score, fs[j].Score)
					j++
				}
				if j == len(fs) || fs[j].Start >= e {
					f.End, i = e, j
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// givenPlace reports a place the model found that is a person's given name and family name
// ("Madison Payne", read as a place), or a given name that names a place too before a
// family name of the lists that nothing else was found over ("Chad Nunez", "Aurora Lattuada",
// where the model read "Chad" and "Aurora" as places): the given name one of the lists', the
// family name capitalised as names are and no place's, organisation's or street's word (not
// "Aurora Colorado", "Santa Clara"), and not in a town's slot ("lives in Virginia Nistor"). rest
// are the findings after f. It returns where the person ends, or 0.
func givenPlace(text string, f redact.Finding, rest []redact.Finding) int {
	span := text[f.Start:f.End]
	given, family, two := strings.Cut(span, " ")
	if !anyGiven(given) || headStops[given] || saintWords[given] || capitals(given) {
		return 0
	}
	if b := strings.LastIndexByte(text[:max(0, f.Start-1)], ' '); f.Start > 0 && text[f.Start-1] == ' ' && foldIn(placeOnlySlots, text[b+1:f.Start-1]) {
		return 0 // a town's slot: "He lives in Virginia Nistor", "We stayed in Simon Berg"
	}
	if two {
		if !strings.Contains(family, " ") && listedFamily(family) {
			return f.End
		}
		return 0
	}
	if f.End+2 >= len(text) || text[f.End] != ' ' {
		return 0
	}
	w, e := wordAt(text, f.End+1)
	if !listedFamily(w) || len(rest) > 0 && rest[0].Start < e {
		return 0
	}
	return e
}

// placeOnlySlots put a place after them and seldom a person: not "to", "from" or "at", which put
// either ("sent to Chad Nunez", "a call from Madison Payne").
var placeOnlySlots = wordSet("in near outside around across towards visit visiting visited via")

// listedFamily reports a capitalised family name of the lists that is no place, organisation or
// street word and no given name.
func listedFamily(w string) bool {
	return familyNameLike(w) && !capitals(w) && familyWord(w) && !anyGiven(w)
}

// personHead returns where the person f starts once read back over the given name before its
// family name, which the model left out: a one-word family name (no given name of the lists)
// found alone, with a given name of the lists right before it, or before its particles ("Sep van
// Baalen", "Leticia de Jesús", "thank Gundolf Davids", "Name Lucky Sibal"); after an opening
// quote, a bracket or markdown's emphasis, or at a line's start, also a capitalised word no list
// or dictionary holds (`Rewrite this: "Clive Smith, you still owe me…"` gave "Smith", `**Farida
// Haidari**` "Haidari"); since stop 32 also a given name of the lists before a name of several
// words the model found without it ("Laure" + "De Sousa"), and before a one-word family name
// that is a given name too where the lists hold it as a family name. Otherwise f.Start.
func personHead(text string, f redact.Finding) int {
	span := text[f.Start:f.End]
	if f.Start < 2 || text[f.Start-1] != ' ' || strings.ContainsAny(span, "\t\n") {
		return f.Start
	}
	if capitals(span) {
		// a name in capitals whose given name the model left out ("Subject: HERIBERTO" +
		// "MARQUEZ"): a given name of the lists in capitals right before (stop 32)
		j := wordStartBefore(text, f.Start-1)
		w := text[j : f.Start-1]
		if _, e := wordAt(text, j); j < f.Start-1 && e == f.Start-1 && capitals(w) && len(w) > 2 && !strings.Contains(span, " ") {
			before := strings.TrimRight(text[:j], " ")
			labelled := before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "\n") // "Subject: HERIBERTO"
			if t := titleCase(w); (anyGiven(t) || labelled && unlistedName(t)) && !englishWord(t) && !headStops[t] && !isTitle(t) && !foldIn(salutations, t) && !foldIn(worldGreetings, t) && !foldIn(roleNouns, t) {
				return j
			}
		}
		return f.Start
	}
	if strings.Contains(span, " ") {
		// a name of several words whose given name was left out ("Laure" + "De Sousa",
		// "Hipólito" + "Alegria Cabezas"): only a given name of the lists, read back (stop 32)
		if !namesOnly(span) {
			return f.Start
		}
		j := wordStartBefore(text, f.Start-1)
		w := text[j : f.Start-1]
		if _, e := wordAt(text, j); j == f.Start-1 || e != f.Start-1 || capitals(w) || isTitle(w) || notLoneNames[w] || headStops[w] || !anyGiven(w) || englishWord(w) ||
			foldIn(salutations, w) || foldIn(worldGreetings, w) || saintWords[w] {
			return f.Start
		}
		return j
	}
	// one word: a family name, or a given name that the lists hold as a family name as well
	// ("Sherry" + "Dennis"), or the second of two given names ("Gustavo" + "Henrique"); after a
	// family name's particles any word written as a name ("van der Steen")
	if !familyNameLike(span) && !(nameLike(span) && particleBefore(text, f.Start)) {
		return f.Start
	}
	if anyGiven(span) && !familyWord(span) && !particleBefore(text, f.Start) {
		j := wordStartBefore(text, f.Start-1)
		w := text[j : f.Start-1]
		if _, e := wordAt(text, j); j < f.Start-1 && e == f.Start-1 && w != span && listedGiven()[w] && listedGiven()[span] && !capitals(w) && !isTitle(w) && !headStops[w] &&
			!englishWord(w) && !englishWord(span) && !foldIn(salutations, w) && !foldIn(worldGreetings, w) && !saintWords[w] && !notLoneNames[w] {
			return j
		}
		return f.Start
	}
	k := f.Start - 1 // the space before the word read back
	particles := 0
	for range 3 {
		j := wordStartBefore(text, k)
		if p := text[j:k]; j < k && nameParticles[p] && j > 1 && text[j-1] == ' ' {
			k = j - 1 // a particle between the given name and the family name
			particles++
			continue
		}
		break
	}
	j := wordStartBefore(text, k)
	w := text[j:k]
	if _, e := wordAt(text, j); j == k || e != k || capitals(w) || isTitle(w) || notLoneNames[w] {
		return f.Start
	}
	opens := j == 0 || text[j-1] == '\n' || text[j-1] == '"' || text[j-1] == '(' || text[j-1] == '[' || text[j-1] == '*' || text[j-1] == '_' || strings.HasSuffix(text[:j], "“") || strings.HasSuffix(text[:j], "«")
	switch {
	case foldIn(salutations, w) || foldIn(worldGreetings, w):
		return f.Start // "Beste Giel": Dutch's "Dear", a given name too
	case anyGiven(w) && !headStops[w]:
		return j
	case opens && j > 0 && text[j-1] != '\n' && unlistedName(w):
		return j // after a quote or a bracket, a word written as a name that no list holds ("Clive", "Agapito")
	case particles > 0 && unlistedName(w) && !foldIn(roleNouns, w):
		return j // a family name's particles before it say a name: "Witness Noud van der Steen" (stop 32)
	}
	return f.Start
}

// particleBefore reports a family name's particle right before text[start] and its space
// ("van der " + "Steen").
func particleBefore(text string, start int) bool {
	k := start - 1
	j := wordStartBefore(text, k)
	return j < k && nameParticles[text[j:k]] && j > 1 && text[j-1] == ' '
}

// headStops are given names that are more often words before a family name that stands alone:
// "May Smith" in a date, "Will Smith" as a verb, "Mark Smith" as one.
var headStops = wordSet("May June April August Will Mark Bill Sue Pat Art Bob Grant Rich Sunday Monday Tuesday Wednesday Thursday Friday Saturday Per")

// namesOnly reports a span of two to four words each written as names are or a name's particle
// ("De Sousa", "Alegria Cabezas", "van der Berg"), no title among them.
func namesOnly(span string) bool {
	n := 0
	for w := range strings.FieldsSeq(span) {
		n++
		if n > 4 || isTitle(w) || !nameLike(w) && !foldIn(nameParticles, w) {
			return false
		}
	}
	return n >= 2
}

// personTail returns where the person f ends once read on over its known family name and its
// particle-joined one ("Kyara Goyaerts van Waderle"), or f.End.
func personTail(text string, f redact.Finding) int {
	for range 3 {
		e := personStep(text, f)
		if e == f.End {
			break
		}
		f.End = e
	}
	return f.End
}

// secondSurname reads a given name and a family name, span, on over a second family name after it
// at text[end+1], as Spain, Latin America and the Basque Country write a name (stop 49:
// "Cliente: Inmaculada Etxeberria Goikoetxea, DNI …", "La paciente Ainhoa Urrutikoetxea
// Zubizarreta ingresó", whose second family name had gone upstream): a word no list knows but
// as a name (onlyAName), capitalised, ending the clause or before a word in lower case; span's
// two words capitalised names too; not a given name, the next person's ("Kanye West Janice sang"), a degree ("PhD"), a word in capitals ("АД") or Vietnamese's
// company ("Công ty"). It returns where the name ends then.
func secondSurname(text, span string, end int) int {
	first, family, ok := strings.Cut(span, " ")
	if !ok || strings.ContainsAny(family, " \t\n") || !nameLike(first) || !nameLike(family) || capitals(span) {
		return end
	}
	w, e := wordAt(text, end+1)
	if w == "" || !onlyAName(w) || postNominal(w) || givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w] || utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w || w == "Công" || strings.ContainsAny(w, "-'’") || inCode(text, end) {
		return end
	}
	if e < len(text) {
		switch c := text[e]; {
		case c == ',' || c == ';' || c == ')' || c == '\n':
		case c == '.' && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n'):
		case c == ' ' && e+1 < len(text) && isLetterStart(text[e+1]) && !isUpperASCII(text[e+1]) && text[e+1] < utf8.RuneSelf:
		default:
			return end // another capitalised word, a digit, a mark: a list or a title goes on
		}
	}
	return e
}

// personStep reads the person f on over one particle-joined family name, or over the family
// name after its given name, and returns where it ends then.
func personStep(text string, f redact.Finding) int {
	span := text[f.Start:f.End]
	lower := lowerSpan(span)
	if lower {
		if e := lowerParticleTail(text, f.End); e > f.End {
			return e
		}
	} else if e := particleTail(text, f.End); e > f.End {
		return e
	}
	if f.End+2 >= len(text) || text[f.End] != ' ' {
		return f.End
	}
	if strings.ContainsAny(span, " \t\n") {
		return secondSurname(text, span, f.End)
	}
	w, e := wordAt(text, f.End+1)
	for _, s := range [...]string{"'s", "’s"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			w, e = w[:len(w)-len(s)], e-len(s) // "diane laurent's flight": the name, not its possessive
		}
	}
	if w == "" || strings.EqualFold(w, span) || e < len(text) && (isDigitByte(text[e]) || text[e] == '.' && e+1 < len(text) && text[e+1] != ' ' && text[e+1] != '\n') {
		return f.End // a word run into more ("Ana Dom.Com", "Ana X1"), or the name again ("Diah Diah")
	}
	if lower {
		if handleGiven()[span] && listedLowerFamily(w) {
			return e
		}
		return f.End
	}
	if articleFamily(w) {
		return e // "Yusra Al-Khatib", "Ahmed al-Rashid": Arabic's article before a family name (stop 34)
	}
	// a family name, or a word of English the lists hold as a family name ("Tia Monk", "Viktória
	// Kiss"), which the checks below let through only before a word in lower case
	listedWord := nameLike(w) && foldIn(handleFamily(), w) && !familyStops[w] && embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet) == 0
	if !anyGiven(span) && !fakerEnglishGiven()[span] || !familyNameLike(w) && !listedWord || capitals(w) {
		return f.End
	}
	if !familyNameLike(w) && !(lowerAfter(text, e) && !titleCased(text, f.Start)) {
		return f.End
	}
	if !anyGiven(span) && (givenSet()[w] || listedGiven()[w]) {
		return f.End // after Faker's English given names, a given name is the next person: "Beyonce Chris Brown"
	}
	if englishWord(w) && !familySet()[w] && !(foldIn(handleFamily(), w) && !familyStops[w] && lowerAfter(text, e) && !titleCased(text, f.Start)) {
		return f.End // "Ferenc Kiss" stays one word short: a given name before a verb reads the same
	}
	return e
}

// articleFamily reports a family name written with Arabic's article joined by a hyphen: "Al-",
// "al-", "El-" or "el-" and a capitalised name of three letters or more ("Al-Khatib",
// "el-Sayed"), which only a family name is.
func articleFamily(w string) bool {
	for _, a := range [...]string{"Al-", "al-", "El-", "el-"} {
		if rest, ok := strings.CutPrefix(w, a); ok {
			return len(rest) >= 3 && nameLike(rest) && !strings.Contains(rest, "-")
		}
	}
	return false
}

// familyStops are family names of the lists that are words opening a sentence or a greeting as
// often ("Thanks Anna Good job"), which a given name does not take on.
var familyStops = wordSet("Good Great Best Thanks Thank Please Hope Just Well Happy Sorry Will May Can Call See Love Welcome Dear Hi Hello")

// lowerAfter reports that what follows text[:e] is a word in lower case or the line's or a
// clause's end ("Tia Monk from accounting", "Viktória Kiss and"): a capitalised English word
// there, after a given name, is the family name, where a verb after a name is written in lower
// case.
func lowerAfter(text string, e int) bool {
	if e >= len(text) || strings.ContainsRune(".,;:!?)\n", rune(text[e])) {
		return true
	}
	if text[e] != ' ' || e+1 >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[e+1:])
	return unicode.IsLower(r)
}

// titleCased reports a line around text[at] whose words are mostly capitalised, as a title's
// ("Anna Wins Award"), where capitals tell nothing. It reads at most 160 bytes either side, so a
// long line of names costs no more per name.
func titleCased(text string, at int) bool {
	lo, hi := max(0, at-160), min(len(text), at+160)
	ls := strings.LastIndexByte(text[lo:at], '\n') + 1 + lo
	le := strings.IndexByte(text[at:hi], '\n')
	if le < 0 {
		le = hi
	} else {
		le += at
	}
	words, caps := 0, 0
	for w := range strings.FieldsSeq(text[ls:le]) {
		r, _ := utf8.DecodeRuneInString(w)
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 3 && caps*3 > words*2
}

// anyGiven reports a capitalised given name of any of the lists (gofakeit's, Veil's, Faker's
// other locales'), or given names joined by a hyphen ("Egil-Markus").
func anyGiven(w string) bool {
	if !nameLike(w) {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if !givenSet()[part] && !listedGiven()[part] {
			return false
		}
	}
	return true
}

// lowerSpan reports a span with letters, all of them in lower case.
func lowerSpan(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// listedLowerFamily reports a word in lower case that is a family name of the lists and no English or
// dictionary word, three letters or more: "laurent", "olmedo", "toman".
func listedLowerFamily(w string) bool {
	return utf8.RuneCountInString(w) >= 3 && lowerSpan(w) && handleFamily()[w] && !englishWord(w) && !dictionaryWord(w) && !techTerms[w]
}

// lowerParticleTail extends a name in lower case ending at end over particles and a family name
// in lower case after them: "kevin da luz", "jari van hoevel".
func lowerParticleTail(text string, end int) int {
	i, particles := end, 0
	for i+1 < len(text) && text[i] == ' ' {
		w, j := wordAt(text, i+1)
		if nameParticles[w] {
			i, particles = j, particles+1
			continue
		}
		if particles > 0 && listedLowerFamily(w) {
			return j
		}
		break
	}
	return end
}
