package redact

import (
	"strings"
)

// dateNamedStreets reads the streets that Latin America, Spain, Portugal, Italy and France name
// after a date: "Calle 5 de Mayo #42", "Av. 20 de Noviembre 45", "Rua 7 de Setembro, 100",
// "Avenida 9 de Julio 1200", "Rue du 4 Septembre 10", "Place du 18 Juin 1940", "Via XX Settembre
// 12". The date had been a date of its own, or a month a person ("Julio"), and the street's kind
// a street alone ("Calle"), with the house number in the clear (stop 45). Where a street's
// leading word (streetLeaders, or an abbreviation with its period) stands right before a
// finding, or is a street finding alone, and a day (digits or a Roman numeral), "de" or not, a
// month's name, a year or not, and the house number or not follow it, the whole is one street
// address; the findings inside it give way. fs is ordered by start and free of overlaps; so is
// the result.
func dateNamedStreets(text string, fs []Finding) []Finding {
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		var ls int
		switch {
		case f.Type == StreetAddress && leaderOnly(text[f.Start:f.End]):
			ls = f.Start
		case f.Type == DateTime || f.Type == StreetAddress || f.Type == Person && monthWord(text[f.Start:f.End]):
			ls = leaderBefore(text, f.Start)
		default:
			continue
		}
		if ls < 0 || i > 0 && fs[i-1].End > ls {
			continue
		}
		e := dateStreetEnd(text, ls)
		if e <= f.Start {
			continue
		}
		j := i
		for j < len(fs) && fs[j].Start < e {
			e = max(e, fs[j].End)
			j++
		}
		st := Finding{Type: StreetAddress, Start: ls, End: e, Score: max(f.Score, 0.7), Source: SourcePattern}
		fs = append(fs[:i], append([]Finding{st}, fs[j:]...)...)
	}
	return fs
}

// monthWord reports a month's name alone, which the model may read as a person ("Julio").
func monthWord(w string) bool {
	_, ok := months.get(w)
	return ok && len(w) >= 4
}

// leaderOnly reports a street's leading word alone, a particle after it or not: "Calle", "Rue
// du", "Av.".
func leaderOnly(span string) bool {
	w, rest, _ := strings.Cut(span, " ")
	w = strings.TrimSuffix(w, ".")
	return (streetLeaders.has(w) || abbreviatedLeaders.has(w) && !periodLeaders.has(w)) && (rest == "" || dateStreetParticles.has(rest))
}

// dateStreetParticles join a street's kind to the date it is named after: "Rue du 4 Septembre",
// "Calle del 5 de Mayo".
var dateStreetParticles = foldSet("du de del do da dos")

// leaderBefore returns where a street's leading word starts that stands right before at, a
// particle between or not ("Calle ", "Av. ", "Rue du ", and French's "Place du "); or -1.
func leaderBefore(text string, at int) int {
	if at < 2 || text[at-1] != ' ' {
		return -1
	}
	ws := wordStartBefore(text, at-1)
	if ws < 0 {
		return -1
	}
	w := text[ws : at-1]
	particle := false
	if dateStreetParticles.has(w) && ws >= 2 && text[ws-1] == ' ' {
		particle = true
		ws = wordStartBefore(text, ws-1)
		if ws < 0 {
			return -1
		}
		w = text[ws : strings.IndexByte(text[ws:], ' ')+ws]
	}
	w = strings.TrimSuffix(w, ".")
	if !isUpper(text[ws]) || !(streetLeaders.has(w) || abbreviatedLeaders.has(w) && !periodLeaders.has(w) && text[ws+len(w)] == '.' || particle && w == "Place") {
		return -1
	}
	return ws
}

// wordStartBefore returns where the word that ends at end starts (letters, and a period at its
// end), or -1 when none ends there.
func wordStartBefore(text string, end int) int {
	k := end
	if k > 0 && text[k-1] == '.' {
		k--
	}
	for k > 0 && (isLetter(text[k-1]) || text[k-1] >= 0x80) {
		k--
	}
	if k == end || k == end-1 && text[k] == '.' {
		return -1
	}
	return k
}

// dateStreetEnd reads a street named after a date from its leading word at ls: the word and its
// period, a particle, the day, "de", the month, a year, and the house number; it returns where
// the street ends, or 0 when no date follows the word.
func dateStreetEnd(text string, ls int) int {
	_, at := word(text, ls)
	if at < len(text) && text[at] == '.' {
		at++
	}
	at = skipSpaces(text, at)
	if w, e := word(text, at); dateStreetParticles.has(w) {
		at = skipSpaces(text, e)
	}
	d := at // the day: one or two digits, or a Roman numeral in capitals
	for d < len(text) && d-at < 2 && isDigit(text[d]) {
		d++
	}
	if d == at {
		for d < len(text) && d-at < 5 && strings.IndexByte("IVXL", text[d]) >= 0 {
			d++
		}
	}
	if d == at || d >= len(text) || text[d] != ' ' {
		return 0
	}
	at = d + 1
	if w, e := word(text, at); w == "de" {
		at = skipSpaces(text, e)
	}
	m, e := word(text, at)
	if _, ok := months.get(m); !ok || len(m) < 4 || !isUpper(text[at]) && !isLower(text[at]) {
		return 0
	}
	end := e
	if y := skipSpaces(text, end); y+4 <= len(text) && allDigits(text[y:y+4]) && (y+4 == len(text) || !isAlnum(text[y+4])) && (text[y] == '1' || text[y] == '2') && y > end {
		end = y + 4 // "Place du 18 Juin 1940"
	}
	return houseNumberAfter(text, end)
}

// houseNumberAfter returns where a street's house number after end ends (" #42", " 123", ", 100",
// " No. 5", " nº 5"), or end when none follows.
func houseNumberAfter(text string, end int) int {
	at := end
	if strings.HasPrefix(text[at:], ", ") {
		at += 2
	} else if strings.HasPrefix(text[at:], " ") {
		at++
	} else {
		return end
	}
	for _, mark := range [...]string{"#", "No. ", "no. ", "Nº ", "nº ", "n° ", "N° ", "núm. ", "num. ", "n. "} {
		if strings.HasPrefix(text[at:], mark) {
			at += len(mark)
			break
		}
	}
	d := at
	for d < len(text) && d-at < 5 && isDigit(text[d]) {
		d++
	}
	if d == at || d < len(text) && isAlnum(text[d]) && !(isUpper(text[d]) && (d+1 == len(text) || !isAlnum(text[d+1]))) {
		return end // no number, or a word that opens with digits ("100km"); a letter after it may be the house's ("45B")
	}
	if d < len(text) && isUpper(text[d]) {
		d++
	}
	return d
}
