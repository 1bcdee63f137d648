package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Names and places in family history: GEDCOM's records ("1 NAME Ciara /Berminghim/", "2 PLAC
// Bamberg, Kroatien"), a maiden name after "née", a household a census names by its family name,
// and the towns of a life's events in genealogy's abbreviations ("(b. 22 Nov 1918, Dachau; d. 12
// Sep 1932, Göttingen)").

// familyRecords claims the names of GEDCOM's NAME lines, a maiden name after "née" and the name
// before it, and the family name a household is called by; and ends at the name a model's
// person that ran on over "household".
func familyRecords(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	if strings.Contains(text, " NAME ") || strings.Contains(text, " SURN ") || strings.Contains(text, " GIVN ") {
		for ls := 0; ls < len(text); ls = lineEnd(text, ls) + 1 {
			claims = gedcomName(text, ls, lineEnd(text, ls), claims)
		}
	}
	claims = maidenNames(text, claims)
	var households []int // where "household" follows a claimed family name
	if strings.Contains(text, " household") {
		for k := range occurrences(text, " household") {
			if e := k + len(" household"); e < len(text) && isLetterStart(text[e]) {
				continue
			}
			a := wordStartBefore(text, k)
			if a < k && (a == 0 || boundaryBefore(text, a) || text[a-1] == ':') && citedWords(text[a:k]) {
				claims = append(claims, claim(a, k, shapeScore))
				households = append(households, k)
			}
		}
	}
	claims = familyPhrasings(text, claims)
	fs = claimPersons(fs, claims)
	for _, k := range households {
		for i := range fs {
			if f := &fs[i]; f.Type == redact.Person && f.Start < k && f.End > k && f.End <= k+len(" household") {
				f.End = k
			}
		}
	}
	return fs
}

// gedcomName adds the given names and the family name of a GEDCOM NAME line at text[ls:le]
// ("1 NAME Ciara /Berminghim/", "1 NAME /Kirk/"): a level's number, NAME, the given names and
// the family name between slashes.
func gedcomName(text string, ls, le int, claims []redact.Finding) []redact.Finding {
	at, ok := gedcomTag(text, ls, le, "NAME")
	if !ok {
		for _, tag := range gedcomNameParts {
			if at, ok := gedcomTag(text, ls, le, tag); ok {
				// a NAME's parts on their own lines (stop 49): "2 GIVN Hester Ann", "2 SURN Ruggles"
				if a, b := trimBlanks(text, at, le); b > a && citedWords(text[a:b]) {
					claims = append(claims, claim(a, b, fieldScore))
				}
				break
			}
		}
		return claims
	}
	s := strings.IndexByte(text[at:le], '/')
	if s < 0 {
		return claims
	}
	s += at
	if a, b := trimBlanks(text, at, s); b > a && citedWords(text[a:b]) {
		claims = append(claims, claim(a, b, fieldScore))
	}
	e := strings.IndexByte(text[s+1:le], '/')
	if e < 0 {
		return claims
	}
	e += s + 1
	if a, b := trimBlanks(text, s+1, e); b > a && citedWords(text[a:b]) {
		claims = append(claims, claim(a, b, fieldScore))
	}
	return claims
}

// gedcomNameParts are the tags of a GEDCOM NAME's parts: the given names, the family name, a
// nickname, a married name.
var gedcomNameParts = []string{"GIVN", "SURN", "NICK", "_MARNM"}

// gedcomTag returns where the value of a GEDCOM line at text[ls:le] with the tag begins: a level
// of one or two digits, a space, the tag and a space.
func gedcomTag(text string, ls, le int, tag string) (int, bool) {
	n := ls
	for n < le && n-ls < 2 && isDigitByte(text[n]) {
		n++
	}
	if n == ls || !strings.HasPrefix(text[n:le], " "+tag+" ") {
		return 0, false
	}
	return n + len(tag) + 2, true
}

// familyPlaces makes places of the items of GEDCOM's PLAC lines ("2 PLAC Harvey Ville, Tonga"),
// whatever the model made of them, and of the town after the date of a birth's or a death's
// abbreviation ("b. 22 Nov 1918, Dachau", "d. 18/09/1951, Żywiec"), where it is a town's name
// (contactTown) or a place the gazetteers know, and nothing sure is found there.
func familyPlaces(text string, fs []redact.Finding) []redact.Finding {
	if strings.Contains(text, " PLAC ") {
		// a PLAC line holds places and nothing else: its items are places over what the model
		// made of them ("Harvey Ville", a person to it)
		var places []redact.Finding
		for ls := 0; ls < len(text); ls = lineEnd(text, ls) + 1 {
			le := lineEnd(text, ls)
			at, ok := gedcomTag(text, ls, le, "PLAC")
			if !ok {
				continue
			}
			for a := at; a < le; {
				b := strings.Index(text[a:le], ", ")
				if b < 0 {
					b = le - a
				}
				if x, y := trimBlanks(text, a, a+b); y > x && strings.IndexFunc(text[x:y], unicode.IsLetter) >= 0 {
					places = append(places, redact.Finding{Type: redact.Location, Start: x, End: y, Score: fieldScore, Source: redact.SourceModel})
				}
				a += b + 2
			}
		}
		if len(places) > 0 {
			fs = replaceWithin(fs, places)
		}
	}
	var shapes []redact.Finding
	for _, abbr := range []string{"b. ", "d. "} {
		if !strings.Contains(text, abbr) {
			continue
		}
		for k := range occurrences(text, abbr) {
			if k > 0 && isLetterStart(text[k-1]) {
				continue
			}
			le, _ := redact.LineEndWithin(text, k, familyLine) // (the line near the abbreviation: a megabyte's line read whole for each was quadratic, stop 49)
			c := strings.Index(text[k:le], ", ")
			if c < 0 || c > 24 || !strings.ContainsAny(text[k:k+c], "0123456789") {
				continue // the date of the event, then a comma
			}
			a := k + c + 2
			b := a
			for b < le && text[b] != ';' && text[b] != ')' && text[b] != ',' && !strings.HasPrefix(text[b:], " —") && !strings.HasPrefix(text[b:], " -") {
				b++
			}
			ls, _ := redact.LineStartWithin(text, k, familyLine)
			shapes = familyTown(text, ls, text[ls:le], a-ls, b-ls, fs, shapes)
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInsideFirst(fs, shapes)
}

// familyLine is how far either side of a birth's or a death's abbreviation familyPlaces reads its
// line.
const familyLine = 512

// familyTown adds to shapes a place over line[a:b] (the line at ls), blanks trimmed, when it is a
// town's name or a place the gazetteers know.
func familyTown(text string, ls int, line string, a, b int, fs, shapes []redact.Finding) []redact.Finding {
	for a < b && line[a] == ' ' {
		a++
	}
	for b > a && line[b-1] == ' ' {
		b--
	}
	if b <= a {
		return shapes
	}
	if r, _ := utf8.DecodeRuneInString(line[a:]); unicode.IsUpper(r) && embeddedClass(line[a:b])&(gCity|gState|gCountry) != 0 && !sureInside(fs, ls+a, ls+b) {
		return append(shapes, redact.Finding{Type: redact.Location, Start: ls + a, End: ls + b, Score: placeAfterScore, Source: redact.SourceModel})
	}
	return townItem(text, ls, line, a, b, fs, shapes)
}

// familyPhrasings claims the names that family history's set phrasings put in a person's place
// (stop 32): the family name of a line of descent in a text about a tree or a DNA match ("her
// tree shows the Baird line from St. Denise"), the parents and the children of "Children of Gero
// Gotthard and Henner Schmidtke: Liesbeth, Ines and Vassilios", the spouse of a marriage's record
// ("Married Charo Armas on 1943-08-08"), and the parents a birth's sentence names ("was born on
// 1913-03-18 in Castellón to Febe Galvez and Balduino Melero").
func familyPhrasings(text string, claims []redact.Finding) []redact.Finding {
	if strings.Contains(text, " line") && slices.ContainsFunc(descentWords, func(w string) bool { return strings.Contains(text, w) }) {
		for k := range occurrences(text, "the ") {
			at := k + len("the ")
			if k > 0 && isLetterStart(text[k-1]) {
				continue
			}
			e := at
			for e < len(text) && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' {
				e++
			}
			w := strings.TrimRight(text[at:e], ",.;")
			if !strings.HasPrefix(text[at+len(w):], " line") || at+len(w)+5 < len(text) && isLetterStart(text[at+len(w)+5]) {
				continue
			}
			if nameLike(w) && (familySet()[w] || !englishWord(w) && !dictionaryWord(w)) && !givenNames(w) && embeddedClass(w)&(gCity|gState|gCountry|gOrg) == 0 {
				claims = append(claims, claim(at, at+len(w), shapeScore))
			}
		}
	}
	for _, cue := range [...]string{"Children of ", "children of "} {
		for k := range occurrences(text, cue) {
			at := k + len(cue)
			le := lineEnd(text[:min(len(text), at+phrasingReach)], at) // a long line is read no further than a record's reach
			colon := strings.IndexByte(text[at:le], ':')
			if colon < 0 {
				continue
			}
			claims = namesJoined(text, at, at+colon, claims) // the parents
			end := strings.IndexAny(text[at+colon:le], ".;")
			if end < 0 {
				end = le - at - colon
			}
			claims = namesJoined(text, skipBlanks(text, at+colon+1), at+colon+end, claims) // the children
		}
	}
	for k := range occurrences(text, "Married ") {
		if before := strings.TrimRight(text[:k], " "); before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:;\n") {
			continue
		}
		at := k + len("Married ")
		if e := nameWords(text, at); e > at && citedWords(text[at:e]) && (strings.HasPrefix(text[e:], " on ") || strings.HasPrefix(text[e:], " in ") || strings.HasPrefix(text[e:], " at ")) {
			claims = append(claims, claim(at, e, shapeScore))
		}
	}
	if strings.Contains(text, " born ") {
		for k := range occurrences(text, " to ") {
			lo := max(0, k-phrasingReach)
			s := strings.LastIndexAny(text[lo:k], ".!?\n") + 1 + lo
			if !strings.Contains(text[s:k], " born ") {
				continue
			}
			le := lineEnd(text[:min(len(text), k+phrasingReach)], k)
			end := strings.IndexAny(text[k:le], ".;")
			if end < 0 {
				end = le - k
			}
			if n := namesJoined(text, k+len(" to "), k+end, nil); len(n) == 2 {
				claims = append(claims, n...) // two parents, and nothing else to the sentence's end
			}
		}
	}
	return claims
}

// phrasingReach is how far familyPhrasings reads from a cue, back to its sentence's start or on
// to its line's end, so that a long text of cues costs no more per cue.
const phrasingReach = 300

// descentWords tell a text about family history, where "the Baird line" is a line of descent,
// not a railway's (looked for as written, in either case of their first letter).
var descentWords = []string{"tree", "Tree", "DNA", "ancest", "Ancest", "descend", "Descend", "lineage", "Lineage", "genealog", "Genealog",
	"cousin", "Cousin", "family", "Family"}

// namesJoined claims the names of text[a:b] when it is a list of names and nothing else: one to
// four words each (citedWords), apart by ", ", " and " or " & ", or ", and ".
func namesJoined(text string, a, b int, claims []redact.Finding) []redact.Finding {
	var found []redact.Finding
	for a < b {
		e := nameWords(text[:b], a)
		if e == a || !citedWords(text[a:e]) {
			return claims
		}
		found = append(found, claim(a, e, shapeScore))
		if e == b {
			return append(claims, found...)
		}
		n := listJoiner(text[e:b])
		if n == 0 {
			return claims
		}
		a = e + n
	}
	return claims
}
