package ner

import (
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
	if strings.Contains(text, " NAME ") {
		for ls := 0; ls < len(text); ls = lineEnd(text, ls) + 1 {
			claims = gedcomName(text, ls, lineEnd(text, ls), claims)
		}
	}
	if strings.Contains(text, "née ") {
		for k := range occurrences(text, "née ") {
			if k > 0 && isLetterStart(text[k-1]) {
				continue
			}
			at := k + len("née ")
			if e := nameWords(text, at); e > at && citedWords(text[at:e]) {
				claims = append(claims, claim(at, e, shapeScore))
			}
			// the given name before a bracketed "(née …)": "Vinicio (née Valero)"
			if k >= 2 && text[k-1] == '(' && text[k-2] == ' ' {
				if a := wordStartBefore(text, k-2); a < k-2 && nameLike(text[a:k-2]) && !englishWord(text[a:k-2]) {
					claims = append(claims, claim(a, k-2, shapeScore))
				}
			}
		}
	}
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
			le := lineEnd(text, k)
			c := strings.Index(text[k:le], ", ")
			if c < 0 || c > 24 || !strings.ContainsAny(text[k:k+c], "0123456789") {
				continue // the date of the event, then a comma
			}
			a := k + c + 2
			b := a
			for b < le && text[b] != ';' && text[b] != ')' && text[b] != ',' && !strings.HasPrefix(text[b:], " —") && !strings.HasPrefix(text[b:], " -") {
				b++
			}
			ls := strings.LastIndexByte(text[:k], '\n') + 1
			shapes = familyTown(text, ls, text[ls:le], a-ls, b-ls, fs, shapes)
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInsideFirst(fs, shapes)
}

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
