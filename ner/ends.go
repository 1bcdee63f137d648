package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// A route's two ends, in the words of many languages (stop 60): "De trein van Bergambacht naar
// Britswert heeft vertraging", "Le train de Gimenez à Sainte Gabrielle-les-Bains", "Juna välillä
// Parikkala - Suonenjoki". Where the model read one end as a place (or the gazetteers know it),
// the other end, written as a town is, is a place too: the model had read Dutch's "van" before
// a town as a name's particle and the town as no one.

// routeLinks are a route's words in many languages: the word before its start and the word
// between its ends.
var routeLinks = [][2]string{{"from", "to"}, {"van", "naar"}, {"från", "till"}, {"fra", "til"}, {"de", "à"}, {"de", "a"}, {"da", "a"},
	{"de", "para"}, {"z", "do"}, {"ze", "do"}, {"la", "la"}, {"dari", "ke"}, {"von", "nach"}, {"välillä", "-"}, {"desde", "hasta"}}

// routeMids holds routeLinks by the word between the ends, with its spaces.
var routeMids = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, l := range routeLinks {
		if m[" "+l[1]+" "] == nil {
			m[" "+l[1]+" "] = map[string]bool{}
		}
		m[" "+l[1]+" "][l[0]] = true
	}
	return m
}()

// routeEnds makes a place of a route's end written as a town is (birthTown) where the model found
// nothing there or what it doubted, when its other end is a place the model is sure of or the
// gazetteers know; and of both ends of Hungarian's "X és Y közötti" ("between X and Y").
func routeEnds(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for mid, leads := range routeMids {
		for k := range occurrences(text, mid) {
			b := k + len(mid)
			if b >= len(text) || text[b] < 'A' || text[b] > 'Z' && text[b] < utf8.RuneSelf {
				continue
			}
			if w, _ := wordAt(text, b); !startsUpper(w) {
				continue
			}
			a := wordRunBefore(text, k, 3, startsUpper)
			if a == k {
				continue
			}
			// a lead that is a particle too, which the run read past (stop 61: "Der Zug von
			// Schladming nach Bad Vöslau" had read "Zug von Schladming"): the run starts after the
			// last one (the latest of them, whatever the map's order)
			cut := a
			for lead := range leads {
				if i := strings.LastIndex(text[a:k], " "+lead+" "); i >= 0 && nameParticles[lead] {
					cut = max(cut, a+i+len(lead)+2)
				}
			}
			a = cut
			if lead, _ := wordBefore(text, a); lead == "" || !foldIn(leads, lead) {
				continue
			}
			e := townRunAt(text, b)
			if e == b {
				continue
			}
			shapes = routeEnd(text, fs, shapes, a, k, b, e)
		}
	}
	for k := range spacedOccurrences(text, "közötti") {
		e := wordRunBefore(text, k, 1, startsUpper)
		const and = " és "
		if e == k || !strings.HasSuffix(text[:e], and) {
			continue
		}
		a := wordRunBefore(text, e-len(and), 2, func(w string) bool { return startsUpper(w) && len(w) > 1 }) // not the article "A"
		if a == e-len(and) || !birthTown(text[a:e-len(and)]) || !birthTown(text[e:k]) {
			continue
		}
		for _, r := range [...][2]int{{a, e - len(and)}, {e, k}} {
			if doubtedInside(fs, r[0], r[1]) {
				shapes = append(shapes, redact.Finding{Type: redact.Location, Start: r[0], End: r[1], Score: placeAfterScore, Source: redact.SourceModel})
			}
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// routeEnd appends the end of a route [a, k) or [b, e) the model doubted when the other is sure.
func routeEnd(text string, fs, shapes []redact.Finding, a, k, b, e int) []redact.Finding {
	sure := func(s, t int) bool {
		return foundBefore(fs, t, func(f redact.Finding) bool {
			return f.Type == redact.Location && f.Start <= s && f.End >= t && f.Score >= 0.6
		})
	}
	if glued(text[a:k]) || glued(text[b:e]) || inCode(text, a) || glued(nearLine(text, a, e, nearBytes)) {
		return shapes // words run together in a source's string: "Tristan da CunhaYnysoedd Turks a CaicosT"
	}
	free := func(s, t int) bool { // nothing there but a place the model doubted, no person or organisation: "from George Medical Group to …"
		return doubtedInside(fs, s, t) && !foundBefore(fs, t, func(f redact.Finding) bool {
			return (f.Type == redact.Organization || f.Type == redact.Person && f.Score >= 0.5) && f.End > s
		})
	}
	switch {
	case sure(b, e) && birthTown(text[a:k]) && free(a, k):
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: a, End: k, Score: placeAfterScore, Source: redact.SourceModel})
	case sure(a, k) && birthTown(text[b:e]) && free(b, e):
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: b, End: e, Score: placeAfterScore, Source: redact.SourceModel})
	}
	return shapes
}

// townRunAt returns where one to three capitalised words at text[i] end, particles in lower
// case between them ("Vila Nova de Foz Côa" reads to "Foz Côa"); i when none opens there.
func townRunAt(text string, i int) int {
	end := i
	for n, k := 0, i; n < 4; n++ {
		w, e := wordAt(text, k)
		if w == "" {
			break
		}
		if !startsUpper(w) {
			if n == 0 || !nameParticles[w] || e+1 >= len(text) || text[e] != ' ' {
				break
			}
		} else {
			end = e
		}
		if e+1 >= len(text) || text[e] != ' ' {
			break
		}
		k = e + 1
	}
	return end
}

// saintTowns extends a place over a saint's word right before it ("Saint Laure-sur-Mer", read as
// "Laure-sur-Mer"), and makes a place of the model's person after a saint's word and a
// preposition ("Il nostro negozio di San Michele Di Tiorre", read as a person "Michele Di
// Tiorre"; stop 60): a saint names a town, a church or a hospital there, no one.
func saintTowns(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for _, sw := range [...]string{" Saint ", " Sainte ", " San ", " Santa ", " São ", " Sankt "} {
		for k := range occurrences(text, sw) {
			// a saint's town no one found, after a preposition: "Appelle Astrid si tu es à Saint Paulette"
			b := k + len(sw)
			e := townRunAt(text, b)
			if p, _ := wordBefore(text, k+1); e == b || !foldIn(saintPrepositions, p) || !doubtedInside(fs, k+1, e) {
				continue
			}
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: k + 1, End: e, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) > 0 {
		sortFindings(shapes)
		fs = replaceInside(fs, shapes)
	}
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Location && f.Type != redact.Person || f.Start < 4 || text[f.Start-1] != ' ' || strings.IndexByte("tenao", text[f.Start-2]) < 0 {
			continue // (a saint's word ends in one of these)
		}
		w, ws := wordBefore(text, f.Start)
		if !saintWords[w] && w != "Sainte" && w != "Saint" || i > 0 && fs[i-1].End > ws {
			continue
		}
		if f.Type == redact.Person {
			p, _ := wordBefore(text, ws)
			if !foldIn(saintPrepositions, p) {
				continue
			}
			f.Type = redact.Location
		}
		f.Start = ws
	}
	return fs
}

// saintPrepositions put a town after them in the languages whose towns are named after saints.
var saintPrepositions = wordSet("a à au en em in di da de do desde para no na from to")

// bracketedTowns makes a place of one to three capitalised words in brackets right after a
// person, closing the line or the text, as a card or a message signs off with the signer's town
// ("Terveisiä, Jukka (Rautalampi)", "Üdvözlet, József (Bácshídharaszti)"; stop 60): written as a
// town is (birthTown), no given name of the lists and no word of English, where nothing sure was
// found in them.
func bracketedTowns(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for _, f := range fs {
		a := f.End + 2
		if f.Type != redact.Person && f.Type != redact.Location || a >= len(text) || text[f.End] != ' ' || text[f.End+1] != '(' {
			continue
		}
		c := strings.IndexByte(text[a:min(len(text), a+64)], ')')
		if c <= 0 {
			continue
		}
		b := a + c
		v := text[a:b]
		if towns, _ := knownTowns(); f.Type == redact.Person && embeddedClass(v)&(gCity|gCountry) == 0 && towns[v] == 0 { // (or the towns' list: "Jana Macháčková (Olomouc) vyhrál", stop 61)
			// a signer's town closes the line after a sign-off's words and comma: "Terveisiä, Jukka
			// (Rautalampi)"; elsewhere a name in brackets after a person is as often a maiden name,
			// unless the gazetteers or the towns' list know the town ("Leocadio Barros Barreda (Madrid) ha ganado")
			// and a town's shape where the writer's words follow, as a letters page or a review
			// writes its writer's town ("Joshua Diaz (New Jasonland) wrote:", "Anthony Ortega
			// (Harrellport) says"; stop 63)
			if !attributedTown(text, b+1, v) && !reviewedFrom(text, f.Start, b+1) {
				if _, le := lineWithin(text, b+1, b+1, nearBytes); strings.TrimRight(text[b+1:le], " .!\r") != "" {
					continue
				}
				ls, _ := lineWithin(text, f.Start, f.Start, nearBytes)
				if lead := strings.TrimSpace(text[ls:f.Start]); !strings.HasSuffix(lead, ",") || !redact.SignOff(lead) && !foldIn(worldGreetings, strings.TrimSuffix(lead, ",")) {
					continue
				}
			}
		}
		if !birthTown(v) || givenNames(v) || listedGiven()[v] || len(v) < 4 || strings.IndexByte(v, '.') >= 0 || !doubtedInside(fs, a, b) || glued(nearLine(text, f.Start, b, nearBytes)) {
			continue // (nor a source's table of names run together: "Mianmar (Burma)" among "KinshasaKözép-afrikai")
		}
		if f.Type == redact.Location {
			// a place's other name or its district in brackets is part of it: "Cook (Îles)", "Pipera
			// (Voluntari)"; not a person's name the model or the lists know there
			if foundBefore(fs, b, func(g redact.Finding) bool { return g.Type == redact.Person && g.End > a }) || familyWord(v) || listedName(v) {
				continue
			}
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: f.Start, End: b + 1, Score: max(f.Score, placeAfterScore), Source: redact.SourceModel})
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: a, End: b, Score: placeAfterScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// cellTownLeaders widens a town found in a cell of a row written without spaces after its commas
// over the town's first word opening the cell ("…,923.619.4875,North Williamburgh", stop 63:
// the town's rules skip a word written onto a comma, and had left "North"): one of
// townPrefixes, a space and the place, after a comma, a semicolon, a tab, a quote or the line's
// start.
func cellTownLeaders(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Location || f.Start < 3 || text[f.Start-1] != ' ' {
			continue
		}
		w, ws := wordBefore(text, f.Start)
		if !townPrefixes[w] || ws > 0 && strings.IndexByte(",;\t\n\"", text[ws-1]) < 0 || i > 0 && fs[i-1].End > ws {
			continue
		}
		f.Start = ws
	}
	return fs
}

// attributedTown reports a town's shape in v (a town's first word before another, or one word
// with a town's ending), in brackets that text[at:] follows with what a writer did: "wrote",
// "writes", "said", "says", "asked", "asks", "commented", or a colon.
func attributedTown(text string, at int, v string) bool {
	rest := text[at:min(len(text), at+12)]
	if !strings.HasPrefix(rest, ":") && !slices.ContainsFunc(writerVerbs, func(p string) bool { return strings.HasPrefix(rest, p) }) {
		return false
	}
	first, second, two := strings.Cut(v, " ")
	if two {
		return townPrefixes[first] && !strings.Contains(second, " ")
	}
	return townEnding(v, false) || townEnding(v, true) && !familyWord(v)
}

// reviewedFrom reports a review's label opening the line of a person at text[start], and a colon
// at text[at] after the brackets that hold the reviewer's town ("Recensione di Carmelo Jilani
// (Vasanello): "Servizio ottimo"", "Review by Ann Lee (Harrogate):"; stop 63).
func reviewedFrom(text string, start, at int) bool {
	if at >= len(text) || text[at] != ':' && !strings.HasPrefix(text[at:], " :") {
		return false
	}
	ls, _ := lineWithin(text, start, start, nearBytes)
	w, _ := wordAt(text, ls)
	return foldIn(reviewWords, w)
}

// reviewWords open a review's attribution in English and ten other languages.
var reviewWords = wordSet("review reviewed reseña reseñas recensione recensie recenzie recenzja opinia avaliação avis vélemény recension bewertung rezension anmeldelse arvostelu")

// writerVerbs follow a writer's name and town in a letters page's or a review's attribution.
var writerVerbs = []string{" wrote", " writes", " said", " says", " asked", " asks", " commented"}

// glued reports a word in s with a capital after four letters in lower case or more, as words run
// together without their spaces are written ("CunhaYnysoedd"); "McDonald" and "MacKenzie" are not.
func glued(s string) bool {
	lower := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r) && lower >= 4:
			return true
		default:
			lower = 0
		}
	}
	return false
}

// nearBytes bounds how far around a place the stop's rules read its line (lineWithin; stop 60: a
// route's check of its whole line had made one long line's cost grow with its square).
const nearBytes = 200

// nearLine returns the text of the line around text[a:b], at most reach bytes either side.
func nearLine(text string, a, b, reach int) string {
	ls, le := lineWithin(text, a, b, reach)
	return text[ls:le]
}

// clubNames end a sports club's name after its town's: "Thomasland Rovers", "Turnergate United";
// clubWords holds them for a lookup at a word, and spacedClubNames with the space before them for
// a search of the text.
var (
	clubNames       = []string{"Rovers", "United", "Wanderers", "Athletic", "Albion", "Rangers", "Harriers", "Hotspur", "Thistle"}
	clubWords       = wordSet(strings.Join(clubNames, " "))
	spacedClubNames = func() (s []string) {
		for _, c := range clubNames {
			s = append(s, " "+c)
		}
		return s
	}()
)

// townsOfTeams makes a place of the town that names a sports club before its word (clubWords),
// as a match report or a club's news writes it (stop 61: "doubled the lead for Thomasland
// Rovers", which the model had left whole): one or two capitalised words written as a town is
// (birthTown: no English word), no people's name ("Americans United"), right before the word,
// where nothing was found or only a guess inside them (a club the model read whole as an
// organisation stays one).
func townsOfTeams(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !slices.ContainsFunc(spacedClubNames, func(c string) bool { return strings.Contains(text, c) }) {
		return fs // most texts name no club: a search each, not a look at every word
	}
	var shapes []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 1; i < len(toks); i++ {
		if !clubWords[word(i)] ||
			toks[i].NewlineBefore || toks[i].Attached {
			continue // (the first byte asked first: most words open with another)
		}
		k := i - 1
		if !startsUpper(word(k)) || toks[k].Attached {
			continue
		}
		if k > 0 && !toks[k].NewlineBefore && !toks[k-1].Attached && startsUpper(word(k-1)) && !sentenceOpens(text, toks, k-1) && birthTown(word(k-1)+" "+word(k)) {
			k-- // a town of two words: "Paula Ville Rovers"
		}
		a, b := toks[k].Start, toks[i-1].End
		if !birthTown(text[a:b]) || givenNames(text[a:b]) || nrpSet[text[a:b]] || embeddedClass(text[a:b])&gNRP != 0 || !doubtedInside(fs, a, b) || inCode(text, a) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: a, End: b, Score: placeAfterScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}
