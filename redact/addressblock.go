package redact

import (
	"slices"
	"strings"
)

// Location is the type of cities, regions and countries, which the NER model finds.
const Location = "LOCATION"

// joinAddressBlocks settles the parts of an address that recognizers report apart:
//   - a street address followed on the same line by more of it (a unit such as "Suite 268", a
//     postcode found apart, or a postcode and city as other countries than the US write them,
//     after any street, the model's too: ", 1015 CJ Amsterdam", ", London SW1A 2AA"), with only
//     spaces and commas between, becomes one STREET_ADDRESS finding at the highest score of its
//     parts;
//   - the line after a street joins it when it is the rest of the block: a postcode and city as
//     Europe writes them, a British town and postcode, a US city with its state and ZIP
//     ("2542 Gutierrez Crossroad⏎Wuhaven, DE 46103"), as the same address on one line would be;
//   - cities, regions and countries outside such a block stay LOCATION findings of their own, so
//     the same city gets the same token wherever it appears;
//   - a postcode that ends an address block (the street, then cities or countries, each after
//     spaces, commas and at most one line break: "Gabon 66298", "Amsterdam, NH 44172") and that no
//     recognizer reported becomes a STREET_ADDRESS finding: the last line of the address. (A
//     ZIP_CODE finding is a US ZIP the ZIP recognizer read, which HIPAA's preset generalises.)
//
// fs is ordered by start and free of overlaps, as Resolve returns it; so is the result.
func joinAddressBlocks(text string, fs []Finding) []Finding {
	var postcodes []Finding // and the towns after streets: findings added, merged at the end
	out := fs[:0]           // written behind the reads: out never outgrows i+1
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.Type != StreetAddress {
			out = append(out, f)
			continue
		}
		// reach takes the street to e, over the findings that start before it
		reach := func(e int) {
			f.End = e
			for i+1 < len(fs) && fs[i+1].Start < e {
				i++
				f.End = max(f.End, fs[i].End)
			}
		}
		if h := hyphenedNameBefore(text, f.Start); h < f.Start && (len(out) == 0 || out[len(out)-1].End <= h) {
			f.Start = h // "Konrad-Adenauer-Straße 12": the street is named after someone, hyphens between
		}
		if u := unitBefore(text, f.Start); u < f.Start {
			// "Flat 4, 12 Marine Parade": the unit is part of the address, over the model's
			// guesses in it ("Ste" a place)
			for len(out) > 0 && out[len(out)-1].Start >= u && out[len(out)-1].End <= f.Start && out[len(out)-1].Source == SourceModel {
				out = out[:len(out)-1]
			}
			if len(out) == 0 || out[len(out)-1].End <= u {
				f.Start = u
			}
		}
		if e := cellsAfterStreet(text, f.End); e > f.End && modelOrAddressParts(fs[i+1:], e) && !placeFoundBefore(fs[i+1:], e) {
			// a record's town and postcode in the cells after the street's, which nothing read as
			// a place or a postcode (stop 59: `"866 Long Orchard Suite 031","South Francis","45072"`,
			// "Francis" the model's person)
			reach(e)
		}
		if e := ruralDelivery(text, f.End); e > f.End && modelOrAddressParts(fs[i+1:], e) {
			reach(e) // New Zealand's rural delivery on the line after the street: "8 Wallis Road⏎RD 8" (stop 59)
		}
		if l := laneBefore(text, f.Start); l < f.Start && (len(out) == 0 || out[len(out)-1].End <= l) {
			f.Start = l // "No. 8 Lane 200 Huaihai Rd", "99/9 Moo 4, Sukhumvit Rd": a house in a lane or a village before the street (stop 52)
		}
		if s, e := sgStreet(text, f.Start, f.End); s < f.Start || e > f.End {
			// Singapore's block, the number after the street's type and the unit: "Blk 123 Ang
			// Mo Kio Ave 3 #05-67", over what the model made of them
			if len(out) == 0 || out[len(out)-1].End <= s {
				f.Start = s
			}
			if e > f.End && modelOrAddressParts(fs[i+1:], e) {
				reach(e)
			}
		}
		if e := spanishFloor(text, f.End); e > f.End && modelOrAddressParts(fs[i+1:], e) {
			if t := postcodeTownAfter(text, e); t > e && modelOrAddressParts(fs[i+1:], t) {
				e = t // and the postcode and town after them: "…, bajo, 28028 Madrid"
			}
			reach(e) // Spain's floor and door after the number: "C/ Mayor 12, 3º B"
		}
		if p := countryTailPartsBefore(text, f.Start, f.End); p < f.Start {
			// the building, lot or street before a Philippine or Malaysian address's street
			// ("20F Hanson Apartment, 3714 Atis Drive, Calinog, 3345 Mountain Province"), over
			// what was found in it (the model's person in "Hanson")
			for len(out) > 0 && out[len(out)-1].Start >= p {
				out = out[:len(out)-1]
			}
			if len(out) == 0 || out[len(out)-1].End <= p {
				f.Start = p
			}
		}
		if m, ok := malaysianInside(text, f.Start, f.End); ok && m.End > f.End && modelOrAddressParts(fs[i+1:], m.End) {
			// a street no word marks read over a Malaysian postcode and town whose state it left
			// ("Seksyen 33, 72077 Sri Kiara" of "…, Negeri Sembilan Darul Khusus"; stop 58): the
			// whole address, over the parts before it found apart ("36, Jalan Kedah")
			reach(m.End)
			for len(out) > 0 && out[len(out)-1].Start >= m.Start && out[len(out)-1].Type == StreetAddress {
				out = out[:len(out)-1]
			}
			if len(out) == 0 || out[len(out)-1].End <= m.Start {
				f.Start = min(f.Start, m.Start)
			}
			f.Score = max(f.Score, m.Score)
		}
		for i+1 < len(fs) && (fs[i+1].Type == StreetAddress || fs[i+1].Type == ZIPCode) && (sameLineGap(text[f.End:fs[i+1].Start]) || postcodeLine(text, f, fs[i+1])) {
			i++
			f.End = fs[i].End
			f.Score = max(f.Score, fs[i].Score)
		}
		// a street the model found takes the postcode and city after it, as the recognizer's
		// streets do (", 1015 CJ Amsterdam", ", London SW1A 2AA"), with what was found in them
		// what was found in them joins, and so does a weak number read there ("150-0002"); a
		// finding of its own there (a phone after "call") keeps the street from reaching over it
		if e := trailingPostcode(text, f.End); e > f.End && freeAfter(fs[i+1:], f.End, e) {
			f.End = e // "…, Asturias, 18096": a postcode of five digits, or Brazil's CEP, ends the address
		}
		if e := stateZip(text, f.End); e > f.End && modelOrAddressParts(fs[i+1:], e) {
			// a state and its ZIP after a street that took the city (", BCS 68145-3840" after the
			// model's "… 757 938, Nueva Afganistán"); the model's guess over the state gives way
			reach(e)
		}
		if e := foreignLocality(text, f.End); e > f.End && localityJoins(text, fs[i+1:], e) {
			reach(e)
		}
		if e := postcodeAfterBlockTown(text, f); e > f.End && modelOrAddressParts(fs[i+1:], e) {
			f.End = e // the postcode after the block's town line, as New Zealand writes it: "367 Brown Street⏎Whareroto" + " 2138"
		}
		if e := townAfterBlockPostcode(text, f.End); e > f.End && modelOrAddressParts(fs[i+1:], e) {
			reach(e) // the model's block ending in a postcode, and the town after it: "58, rue Thibault⏎97323" + " Nicolas-la-Forêt"
		}
		if e := cityLineAfter(text, f.End); e > f.End && modelOrAddressParts(fs[i+1:], e) {
			// the city line of an English-speaking country's block, whose state and postcode vouch for
			// it over the model's guesses there ("South Gloria, QLD, 2083", "Gloria" a person)
			reach(e)
		}
		// the street's town, a place of its own as any city is (the same token wherever it
		// stands): the model's doubted place after the street's comma, raised to the street's
		// score ("Address: 12 Main St, Springfield" at 0.49), or capitalised words there that end
		// the clause, which the model did not read ("Ship it to 12 Main St, Springfield.")
		if e := townPostcodeAfter(text, f); e > f.End && modelOrAddressParts(fs[i+1:], e) {
			reach(e) // the town's postcode of four digits after a street that took the town: "12 Kloof St, Gardens, Cape Town" + " 8001 is down" (stop 53)
		}
		if e := neighbourhoodTown(text, f.End); e > f.End && modelOrAddressParts(fs[i+1:], e) && !fullNameIn(text, fs[i+1:], e) {
			// a neighbourhood and its city after the street, as Latin America writes them
			// ("Av. Providencia 1234, Providencia, Santiago", the model's doubted person and a
			// person; "Calle 5 #12-34, Chapinero, Bogotá"; stop 53)
			reach(e)
		} else if i+1 < len(fs) && weakTownAfter(text, f, fs[i+1]) {
			fs[i+1].Score = f.Score
		} else if e := townEndingClause(text, f.End); e > f.End && freeAfter(fs[i+1:], f.End, e) {
			postcodes = append(postcodes, Finding{Type: Location, Start: f.End + 2, End: e, Score: townScore, Source: SourcePattern})
		}
		out = append(out, f)
		last, located := f.End, false
		for k := i + 1; k < len(fs) && addressPart(fs[k].Type) && addressGap(text[last:fs[k].Start]); k++ {
			if fs[k].Type == ZIPCode { // the postcode is found already
				located = false
				break
			}
			if k-i > maxAddressParts {
				located = false // a list of addresses, no one address's parts: each street of it had read the whole list again (stop 50)
				break
			}
			located, last = located || fs[k].Type == Location, fs[k].End
		}
		if located {
			if start, end := postcodeAfter(text, last); end > start && freeAfter(fs[i+1:], start, end) && (len(postcodes) == 0 || postcodes[len(postcodes)-1].Start != start) {
				postcodes = append(postcodes, Finding{Type: StreetAddress, Start: start, End: end, Score: postcodeScore, Source: SourcePattern})
			}
		}
	}
	return withFindings(out, postcodes)
}

// maxAddressParts bounds the parts of one address read after its street: a unit, towns,
// districts, a region, a state, a country.
const maxAddressParts = 12

// townScore is the score of a town read after a street by its place alone: enough for the
// policies' default threshold.
const townScore = 0.6

// weakTownAfter reports g, a place the model doubted (under the policies' 0.5), right after the
// street f and its comma and ending the clause: the street's town, which its doubt would have let
// through ("Ship it to 12 Main St, Springfield." with Springfield at 0.49).
func weakTownAfter(text string, f, g Finding) bool {
	if g.Type != Location || g.Score >= 0.5 || g.Start != f.End+2 || text[f.End] != ',' || text[f.End+1] != ' ' || !isUpper(text[g.Start]) {
		return false
	}
	return g.End == len(text) || strings.IndexByte(".,;:!?)\n\r", text[g.End]) >= 0
}

// townEndingClause returns the end of one or two capitalised words after a street's comma at
// text[end] that end the clause (a full stop, another mark, a line's or the text's end), the way a
// sentence gives a street and its town; not a weekday, a month or a word that signs off ("12 Main
// St, Thanks!"). It returns end where none stands there.
func townEndingClause(text string, end int) int {
	if end+3 >= len(text) || text[end] != ',' || text[end+1] != ' ' || !isUpper(text[end+2]) {
		return end
	}
	e := end + 2
	for n := 0; n < 2; n++ {
		w, we := word(text, e)
		if len(w) < 3 || !isUpper(w[0]) || upperWord(w) || monthNumber(w) > 0 || closingWords.has(w) {
			return end
		}
		if _, ok := weekdayName(w); ok {
			return end
		}
		e = we
		if e+2 < len(text) && text[e] == '.' && text[e+1] == ' ' && (isDigit(text[e+2]) || text[e+2] == '+') {
			return end // a label's abbreviation before its number: "…, 50968 Köln, Tel. 0221 987654" (stop 46)
		}
		if e == len(text) || strings.IndexByte(".!?;)\n\r", text[e]) >= 0 {
			return e
		}
		if text[e] != ' ' || n == 1 {
			return end
		}
		e++
	}
	return end
}

// neighbourhoodTown returns the end of two or three places after a street's comma at text[end],
// each one to three capitalised words (a name's particles among them: "Cercado de Lima", "Boa
// Viagem") after a comma, the last ending the clause as townEndingClause's town does; end where
// none stands there.
func neighbourhoodTown(text string, end int) int {
	e := end
	for n := 0; n < 3; n++ {
		if e+3 >= len(text) || text[e] != ',' || text[e+1] != ' ' {
			return end
		}
		w, we := word(text, e+2)
		if !isCapital(w) { // (a capital outside ASCII too: "Ōtāhuhu")
			return end
		}
		if len(w) < 3 && !(townArticles.has(w) && we+1 < len(text) && text[we] == ' ' && isUpper(text[we+1])) || upperWord(w) || monthNumber(w) > 0 || closingWords.has(w) {
			return end // (an article opens a neighbourhood's name: "El Poblado", "La Candelaria")
		}
		if _, ok := weekdayName(w); ok {
			return end
		}
		t := townWords(text, e+2, 3)
		if t == 0 {
			return end
		}
		e = t
		if n > 0 && e+5 <= len(text) && text[e] == ' ' && fourDigitPostcode(text, e+1) > 0 &&
			(e+5 == len(text) || strings.IndexByte(".!?;,)\n\r", text[e+5]) >= 0 || e+6 < len(text) && text[e+5] == ' ' && isLower(text[e+6])) {
			return e + 5 // and a postcode of four digits, the clause going on or not: "…, Ōtāhuhu, Auckland 1062", "…, Gardens, Cape Town 8001 is down" (stop 53)
		}
		if d := digitsAt(text, e+1); n > 0 && (d == 5 || d == 6) && text[e] == ' ' && (e+1+d == len(text) || strings.IndexByte(".!?;,)\n\r", text[e+1+d]) >= 0) {
			return e + 1 + d // and one of five or six digits ending the clause: "…, Victoria Island, Lagos 101241." (stop 54)
		}
		if n > 0 && (e == len(text) || strings.IndexByte(".!?;)\n\r", text[e]) >= 0) {
			return e
		}
	}
	return end
}

// townPostcodeAfter returns where a postcode of four digits right after a street address f ends
// (South Africa's, Australia's, New Zealand's, the Philippines'), where f ends in a town after a
// comma and the postcode is no year and ends the clause or goes on into words in lower case; or
// f.End.
func townPostcodeAfter(text string, f Finding) int {
	e := f.End
	if f.Type != StreetAddress || e+5 > len(text) || text[e] != ' ' || fourDigitPostcode(text, e+1) == 0 {
		return e
	}
	if z := e + 5; z < len(text) && strings.IndexByte(".!?;,)\n\r", text[z]) < 0 && !(z+1 < len(text) && text[z] == ' ' && isLower(text[z+1])) {
		return e
	}
	c := strings.LastIndex(text[f.Start:e], ", ")
	if c < 0 {
		return e
	}
	if w, _ := word(text, f.Start+c+2); !isCapital(w) || strings.ContainsAny(text[f.Start+c+2:e], "0123456789") {
		return e
	}
	return e + 5
}

// townArticles open the names of towns and neighbourhoods in Spanish, Portuguese, French and
// Italian.
var townArticles = foldSet("el la las los le les lo il da do")

// fullNameIn reports a person of two words or more among fs (ordered by start) before end that
// the model is sure of (0.8): a street's comma may be followed by the addressee rather than a
// town ("4 Elm St, Boston, Mary Jones.").
func fullNameIn(text string, fs []Finding, end int) bool {
	for _, g := range fs {
		if g.Start >= end {
			break
		}
		if g.Type == Person && g.Score >= 0.8 && strings.Contains(text[g.Start:g.End], " ") {
			return true
		}
	}
	return false
}

// closingWords close a line after an address as often as a town would.
var closingWords = foldSet("thanks thank regards cheers best sincerely please yes no okay sir madam team everyone")

// hyphenedNameBefore returns where the capitalised words joined by hyphens to a street that
// starts at text[start] begin ("Konrad-Adenauer-" before "Straße 12", "Marcel-Dienstl-" before
// "Gasse 5"), or start when no hyphen joins it.
func hyphenedNameBefore(text string, start int) int {
	if w, e := word(text, start); !hyphenedSuffix(text, start, e) && !compoundStreet(w) {
		return start // only a street word joined to a name: not "A-" before "APO AA 09012"
	}
	k := start
	for k > 0 && text[k-1] == '-' {
		j := k - 1
		for j > 0 && (isLetter(text[j-1]) || text[j-1] >= 0x80) {
			j--
		}
		if k-1-j < 2 || !isUpper(text[j]) && text[j] < 0x80 {
			break
		}
		k = j
	}
	return k
}

// localityJoins reports that every finding of fs (ordered by start) that starts before end is
// part of an address, a weak number inside it, or the model's person of one word right after a
// postcode, which is the town ("4451-956 Fátima", a given name too), so a street may take them in.
func localityJoins(text string, fs []Finding, end int) bool {
	for _, g := range fs {
		if g.Start >= end {
			break
		}
		if !addressPart(g.Type) && !(g.End <= end && g.Score < 0.5) && !(g.Type == Person && g.Source == SourceModel && g.End <= end && townAfterPostcode(text, g)) {
			return false
		}
	}
	return true
}

// townAfterPostcode reports a finding of one word right after a postcode's digits and a space.
func townAfterPostcode(text string, g Finding) bool {
	return g.Start > 2 && text[g.Start-1] == ' ' && isDigit(text[g.Start-2]) && !strings.ContainsAny(text[g.Start:g.End], " \n")
}

// stateZip reads a US or Mexican state's abbreviation and a ZIP code right after text[end], a
// comma and spaces before each (", OR 73105", ", BCS 68145-3840", " TX, 78701"), or a Canadian
// province's or an Australian state's and its postcode (", NL E1L 5J5", ", SA, 5658"), and
// returns where the postcode ends, or end.
func stateZip(text string, end int) int {
	j := end
	if j < len(text) && text[j] == ',' {
		j++
	}
	k := skipSpaces(text, j)
	if k == j {
		return end
	}
	st, e := word(text, k)
	if !usStates[st] && !mxStates[st] && !caProvinces[st] && !auStates[st] {
		return end
	}
	if e < len(text) && text[e] == ',' {
		e++
	}
	if z := skipSpaces(text, e); z > e {
		switch {
		case caProvinces[st]: // ", NL E1L 5J5": Canada's province and postcode
			if p := max(letterPostcode(text, z, caPostcode), letterPostcode(text, z, caPostcodeUnspaced)); p > 0 {
				return p
			}
		case auStates[st]: // ", SA, 5658": Australia's state and postcode
			if z+4 <= len(text) && allDigits(text[z:z+4]) && (z+4 == len(text) || !isAlnum(text[z+4])) {
				return z + 4
			}
		}
		if usStates[st] || mxStates[st] {
			if z = zipAt(text, z); z > 0 {
				return z
			}
		}
	}
	return end
}

// modelOrAddressParts reports that every finding of fs (ordered by start) that starts before end
// is part of an address, a weak number, or the model's guess, which a state and a ZIP outrank.
func modelOrAddressParts(fs []Finding, end int) bool {
	for _, g := range fs {
		if g.Start >= end {
			break
		}
		if !addressPart(g.Type) && !(g.End <= end && g.Score < 0.5) && !(g.Source == SourceModel && g.End <= end) {
			return false
		}
	}
	return true
}

// unitBefore returns where a unit written before a street ending at text[start] begins ("Flat
// 4, ", "Apt 5B, ", "Suite 300, "): a unit word, a number of at most five characters with a
// digit, and a comma; start when there is none. A street that opens with the number and its
// comma has the unit word before it.
func unitBefore(text string, start int) int {
	k := start
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	var b, e int // the unit's number
	switch {
	case k > 0 && text[k-1] == ',' && k < start:
		e = k - 1
		b = e
		for b > 0 && isAlnum(text[b-1]) && e-b < 6 {
			b--
		}
	case k == start && k > 1 && text[k-1] == '\n':
		// the unit on the line above the street, as New Zealand's addresses write it (stop 59:
		// "Level 6⏎85 Horowakakowhai Road", "Unit 52⏎69 Kawakawahanga Street")
		e = k - 1
		if e > 0 && text[e-1] == '\r' {
			e--
		}
		b = e
		for b > 0 && isAlnum(text[b-1]) && e-b < 6 {
			b--
		}
	case k > 0 && text[k-1] != ',':
		// a street that opens with the unit's number and its comma ("00, 000 Elm Ct" after
		// "Ste"), as the model may read it
		b, e = start, start
		for e < len(text) && isAlnum(text[e]) && e-b < 6 {
			e++
		}
		if e == len(text) || text[e] != ',' {
			return start
		}
	default:
		return start
	}
	if b == e || e-b > 5 || b < 2 || text[b-1] != ' ' {
		return start
	}
	if !strings.ContainsAny(text[b:e], "0123456789") {
		// the floor before its number's word: "3rd Floor, 25 Old Broad Street"
		if !strings.EqualFold(text[b:e], "floor") && !strings.EqualFold(text[b:e], "fl") {
			return start
		}
		o := b - 1
		os := o
		for os > 0 && isAlnum(text[os-1]) {
			os--
		}
		if ordinalWord(text[os:o]) && (os == 0 || !isAlnum(text[os-1])) {
			return os
		}
		return start
	}
	w := b - 1
	if w > 0 && text[w-1] == '.' {
		w-- // Apt. 5B
	}
	ws := w
	for ws > 0 && isLetter(text[ws-1]) {
		ws--
	}
	if ws == w || ws > 0 && isAlnum(text[ws-1]) || !unitWords.has(strings.TrimSuffix(text[ws:w], ".")) {
		return start
	}
	return ws
}

// cellsAfterStreet returns where a record's town and postcode end in the cells after a street's
// cell ending at text[end], or end: a row cut by semicolons, tabs or bars, or a quoted CSV row,
// whose next cell is a town (one to four capitalised words, no digit) and the cell after it a
// postcode of any country's shape (anyPostcodeAt, townPostcode; in a quoted row the town may end
// it alone): "86252 Fisher Skyway;Port Angelamouth;45081;…", `"Kühnertstr. 2","Pößneck","65632"`.
func cellsAfterStreet(text string, end int) int {
	start := end
	for end < len(text) && text[end] == ' ' {
		end++ // the cell's blanks after the street: "…Puerta 4 ;Guipúzcoa"
	}
	sep := ""
	switch {
	case strings.HasPrefix(text[end:], `","`):
		sep = `","`
	case end < len(text) && (text[end] == ';' || text[end] == '\t' || text[end] == '|'):
		sep = text[end : end+1]
	default:
		return start
	}
	cell := func(a int) (int, int) { // a cell's bounds from a, trimmed of blanks
		b := a
		for b < len(text) && text[b] != '\n' && text[b] != '\r' && !strings.HasPrefix(text[b:], sep) && !(sep == `","` && text[b] == '"') {
			b++
		}
		s, e := a, b
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && text[e-1] == ' ' {
			e--
		}
		return s, e
	}
	ts, te := cell(end + len(sep))
	if !recordTown(text[ts:te]) || sep == `","` && !quotedCellEnd(text, te) {
		return start // (a JSON object's next key is no cell: `"MailingStreet":"7 Foster rapid","MailingCity":`)
	}
	town := start // a town alone ends a quoted row's address; cut by other marks, only with its postcode ("ADR:;;123 Main St;Springfield;IL;…" is a card's)
	if sep == `","` {
		town = te
	}
	if !strings.HasPrefix(text[te:], sep) && !(sep == `","` && strings.HasPrefix(text[te:], `"`)) {
		return town
	}
	zs, ze := cell(te + len(sep))
	if sep == `","` && !quotedCellEnd(text, ze) {
		return town
	}
	if zs < ze && (anyPostcodeAt(text, zs) == ze || townPostcode(text, zs) == ze) { // (a record's key's shapes: the Netherlands' "4432 FK", Brazil's "65632-122"; and Canada's run together)
		return ze
	}
	return town
}

// placeFoundBefore reports a place or a ZIP code among fs before end.
func placeFoundBefore(fs []Finding, end int) bool {
	for _, g := range fs {
		if g.Start >= end {
			break
		}
		if g.Type == Location || g.Type == ZIPCode {
			return true
		}
	}
	return false
}

// quotedCellEnd reports a quoted CSV cell's closing quote at text[e], a comma, the line's end or
// the text's after it.
func quotedCellEnd(text string, e int) bool {
	return e < len(text) && text[e] == '"' && (e+1 == len(text) || text[e+1] == ',' || text[e+1] == '\n' || text[e+1] == '\r')
}

// recordTown reports a record's cell that may be a town: one to four words, each capitalised
// but for particles between them, of letters, hyphens, apostrophes and an abbreviation's full
// stop, none a weekday or a month.
func recordTown(cell string) bool {
	ws := strings.Fields(cell)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for k, w := range ws {
		if k > 0 && k < len(ws)-1 && particles.has(w) {
			continue // "Carvalho das Pedras"
		}
		if !isUpper(w[0]) && w[0] < 0x80 || strings.ContainsAny(w, "0123456789@/:()[]{}<>=_") || monthNumber(w) > 0 {
			return false
		}
		if _, ok := weekdayName(w); ok {
			return false
		}
	}
	return true
}

// ruralDelivery returns where New Zealand's rural delivery number ends when it opens the line
// after a street ending at text[end] ("⏎RD 8"), or end.
func ruralDelivery(text string, end int) int {
	at := end + 4 // the number's start
	switch {
	case strings.HasPrefix(text[end:], "\nRD "):
	case strings.HasSuffix(text[:end], "\nRD") && strings.HasPrefix(text[end:], " "):
		at = end + 1 // the model's street that took "RD" and left its number (stop 59: "57 Campbell Street⏎RD" + " 3")
	default:
		return end
	}
	d := digitsAt(text, at)
	if d == 0 || d > 2 || at+d < len(text) && isAlnum(text[at+d]) {
		return end
	}
	return at + d
}

// withFindings returns fs with more added, in start order (fs is in start order).
func withFindings(fs, more []Finding) []Finding {
	if len(more) == 0 {
		return fs
	}
	fs = append(fs, more...)
	slices.SortFunc(fs, func(a, b Finding) int { return a.Start - b.Start })
	return fs
}

// foreignLocality reads, after a street ending at text[end], a comma or spaces and a postcode and
// city as countries other than the US write them: a postcode before the city (", 8001 Zürich",
// ", 1015 CJ Amsterdam", ", 111 51 Stockholm", ", 00-590 Warszawa"), a British or Canadian one
// after it (", London SW1A 2AA", ", Toronto, ON M5V 3L9"), or a Japanese or Brazilian one right
// after the street's city (" 150-0002", ", 01304-001"). It returns where that ends, or end.
// (US ZIP codes stay findings of their own, which HIPAA's preset generalises.)
func foreignLocality(text string, end int) int {
	j := end
	if j < len(text) && text[j] == ',' {
		j++
	}
	if j+1 < len(text) && (text[j] == '\n' || text[j] == '\r' && text[j+1] == '\n') {
		return nextLineLocality(text, end, j)
	}
	if j == len(text) || text[j] != ' ' {
		return end
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if z := foreignPostcode(text, j); z > 0 && z < len(text) && text[z] == ' ' {
		if w, e := word(text, z+1); w != "" && isCapital(w) {
			return e
		}
		return end
	}
	if z := foreignPostcode(text, j); z > 0 && z+2 < len(text) && text[z] == ',' && text[z+1] == ' ' && !yearLike(text[j:z]) {
		// the postcode set apart by a comma: Belgium's "Stevenpad 2, 2792, Krombeke", the
		// Netherlands' "…, 1810JM, Alkmaar"; four digits that could be a year do not count
		if w, e := word(text, z+2); w != "" && isCapital(w) && !stopWords.has(w) {
			return cityRest(text, e)
		}
	}
	if z := max(dashedPostcode(text, j, 3, 4), dashedPostcode(text, j, 5, 3)); z > 0 {
		return z // Japan's "Tokyo 150-0002", Brazil's "São Paulo - SP, 01304-001": the postcode last
	}
	if e := locality(text, end); e > end && letterPostcodeEnds.MatchString(text[max(end, e-9):e]) {
		return e // the city, then a postcode with letters last
	}
	return end
}

// nextLineLocality reads the line after a street that ends its own (at text[end], the break at
// text[j]) when that line is a postcode and a city, as most of Europe writes an address block
// ("Vončinina 8b\n32879 Čakovec", "Pod Kesnerkou 89\n879 21 Dubá"). Four digits that could be a
// year (1900 to 2099) do not count ("Room 12\n2024 Plans"). It returns where the city ends, or end.
func nextLineLocality(text string, end, j int) int {
	if text[j] == '\r' {
		j++
	}
	j++
	z := foreignPostcode(text, j)
	if k := j + 5; z == 0 && k < len(text) && allDigits(text[j:k]) && !isAlnum(text[k]) {
		z = k // 10117 Berlin
	}
	if z > 0 && z+1 < len(text) && text[z] == '\n' && !allDigits(text[j:z]) {
		// the postcode alone on its line and the city on the next: "Mauritsbaan 0\n7076VD\nDrieborg"
		if w, e := word(text, z+1); w != "" && isCapital(w) && !stopWords.has(w) {
			return cityRest(text, e)
		}
	}
	if z == 0 {
		return ukTownLines(text, end, j)
	}
	if z+2 < len(text) && text[z] == ',' && text[z+1] == ' ' && allDigits(text[j:z]) && z-j == 5 {
		if e := postcodeTown(text, z); e > z {
			return e // the postcode, a comma and the town, Italy's province after it: "50034, Lutirano (FI)"
		}
	}
	if z >= len(text) || text[z] != ' ' || yearLike(text[j:z]) {
		if isUpper(text[j]) {
			return z // "\nH-9792": a country's letters make it a postcode
		}
		return end
	}
	if w, e := word(text, z+1); w != "" && isCapital(w) {
		return cityRest(text, e)
	}
	if isUpper(text[j]) {
		return z // "\nH-9792 mezőgyörgyberény": a country's letters make it a postcode, whatever follows
	}
	return end
}

// postcodeLine reports a postcode g alone on the line after an address block f ends its own
// ("50 Reed crest⏎East Diana" and "B0 7GX"): the block's last line.
func postcodeLine(text string, f, g Finding) bool {
	gap := strings.TrimSuffix(text[f.End:g.Start], "\r")
	return g.Type == ZIPCode && (gap == "\n" || gap == "\r\n") && lineEnds(text, g.End) && strings.ContainsAny(text[f.Start:f.End], "0123456789")
}

// postcodeAfterBlockTown reads the postcode after an address block f whose last line is a town's
// words alone, ending the line: four digits, no year ("…⏎Whareroto" + " 2138"), and since stop 60
// after a comma too, or a British, Canadian or Irish postcode or India's six digits there, as an
// invoice's or a label's block writes it ("…⏎New Rogershire" + ", K1B 4R1", "…⏎Madurai" + ",
// 962459", "…⏎Mokokowhai" + ", 3154"). It returns where it ends, or f.End.
func postcodeAfterBlockTown(text string, f Finding) int {
	ls := strings.LastIndexByte(text[f.Start:f.End], '\n')
	j := f.End + 1
	if j < len(text) && text[f.End] == ',' {
		j++
	}
	if ls < 0 || j+4 > len(text) || text[j-1] != ' ' {
		return f.End
	}
	if last := text[f.Start+ls+1 : f.End]; last == "" || !isUpper(last[0]) || strings.ContainsAny(last, "0123456789,") {
		return f.End
	}
	e := fourDigitPostcode(text, j)
	if e == 0 && j > f.End+1 {
		if e = postcodeAt(text, j); e == 0 && digitsAt(text, j) == 6 {
			e = j + 6
		}
	}
	if e > 0 && lineEnds(text, e) {
		return e
	}
	return f.End
}

// townAfterBlockPostcode reads the town after an address that ends at text[end] in a postcode of
// four or five digits opening its line ("…⏎97323" + " Nicolas-la-Forêt"): capitalised words
// (cityRest) that end the line. It returns where the town ends, or end.
func townAfterBlockPostcode(text string, end int) int {
	d := end
	for d > 0 && isDigit(text[d-1]) {
		d--
	}
	if n := end - d; n < 4 || n > 5 || d == 0 || text[d-1] != '\n' || end+2 >= len(text) || text[end] != ' ' {
		return end
	}
	w, e := word(text, end+1)
	if w == "" || !isCapital(w) || stopWords.has(w) {
		return end
	}
	if e = cityRest(text, e); !lineEnds(text, e) {
		return end
	}
	return e
}

// cityLineAfter reads the line after a street that ends at text[end] when it is the last line of
// an address block as the US, Canada and Australia write it: the city, then its state or province
// and postcode ("Wuhaven, DE 46103", "Kellyton, SA, 2641", "Port Johnshire, NS Y7S5C2"), or a
// town and a postcode of five digits ("Ceuta, 25493"), and nothing more on the line. It returns
// where the postcode ends, or end.
func cityLineAfter(text string, end int) int {
	j := end
	if j < len(text) && text[j] == ',' {
		j++
	}
	if j < len(text) && text[j] == '\r' {
		j++
	}
	if j+1 >= len(text) || text[j] != '\n' || !isUpper(text[j+1]) {
		return end
	}
	j++
	if e := usCityLine(text, j); e > j {
		return e
	}
	if e := locality(text, j); e > j && lineEnds(text, e) {
		return e
	}
	return end
}

// usCityLine reads, from the start of a line at text[j], the last line of a US address block: up
// to four capitalised words of the city, then its state and ZIP ("2542 Gutierrez
// Crossroad⏎Wuhaven, DE 46103"), or a comma and a postcode of five digits that ends the line
// ("Camino de Saturnino Segarra 3⏎Ceuta, 25493"). It returns where the postcode ends, or j.
func usCityLine(text string, j int) int {
	k, last := j, j
	for words := 0; words < 4; words++ {
		w, e := word(text, k)
		if w == "" || !isCapital(w) || stopWords.has(w) || usStates[w] {
			break
		}
		last = e
		if e+1 >= len(text) || text[e] != ' ' {
			break
		}
		k = e + 1
	}
	if last == j {
		return j
	}
	if e := stateZip(text, last); e > last {
		return e
	}
	if z := last + 2; z < len(text) && text[last] == ',' && text[last+1] == ' ' {
		if e := zipAt(text, z); e > 0 && (e == len(text) || text[e] == '\n' || text[e] == '\r') {
			return e // the town, a comma and a postcode of five digits ending the line: "Ceuta, 25493"
		}
	}
	return j
}

// lineEnds reports that text[e] ends a line: the text's end, a line break, or a full stop, a
// comma or spaces before one.
func lineEnds(text string, e int) bool {
	for e < len(text) && (text[e] == ' ' || text[e] == '.' || text[e] == ',' || text[e] == '\r') {
		e++
	}
	return e == len(text) || text[e] == '\n'
}

// ukTownLines reads, from the start of a line at text[j], a town of up to three capitalised
// words on its own line and a UK postcode alone on the next, as British addresses end ("8 Peter
// trail\nAndreaborough\nDD22 0SL"). It returns where the postcode ends, or end.
func ukTownLines(text string, end, j int) int {
	k, words := j, 0
	for words < 3 {
		w, e := word(text, k)
		if w == "" || !isCapital(w) || stopWords.has(w) {
			break
		}
		words, k = words+1, e
		if k < len(text) && text[k] == ' ' {
			k++
			continue
		}
		break
	}
	if words == 0 || k+1 >= len(text) || text[k] != '\n' {
		return end
	}
	z := letterPostcode(text, k+1, ukPostcode)
	if z == 0 || z < len(text) && text[z] != '\n' && text[z] != '\r' {
		return end
	}
	return z
}

// yearLike reports four digits that could be a year, 1900 to 2099.
func yearLike(s string) bool {
	return len(s) == 4 && allDigits(s) && (s[:2] == "19" || s[:2] == "20")
}

// trailingPostcode reads, right after a street address ending at text[end], a comma, a space and
// a postcode of five digits (or Brazil's CEP, 21742-180) that ends the address: the line's end,
// or a mark of punctuation or a space and a word in lower case after it. It returns where the
// postcode ends, or end. Four digits are not read, as they are as often a year.
func trailingPostcode(text string, end int) int {
	j := end
	if j+2 >= len(text) || text[j] != ',' || text[j+1] != ' ' {
		return end
	}
	j += 2
	z := dashedPostcode(text, j, 5, 3)
	if z == 0 && j+5 <= len(text) && allDigits(text[j:j+5]) && (j+5 == len(text) || !isAlnum(text[j+5]) && text[j+5] != '-' && text[j+5] != '.') {
		z = j + 5
	}
	if z == 0 {
		return end
	}
	if z < len(text) && text[z] == ' ' {
		if w, _ := word(text, z+1); w != "" && !isLower(w[0]) {
			return end // a city or more after it: foreignLocality's to read
		}
	}
	return z
}

// postcodeScore is the score of a postcode read at the end of an address block.
const postcodeScore = 0.6

// freeAfter reports that no finding of fs, ordered by start, overlaps [start, end).
func freeAfter(fs []Finding, start, end int) bool {
	for _, f := range fs {
		if f.End > start {
			return f.Start >= end
		}
	}
	return true
}

// sameLineGap reports a gap of at most six spaces, tabs and commas.
func sameLineGap(gap string) bool {
	return addressGap(gap) && !strings.ContainsAny(gap, "\n\r")
}

func addressPart(typ string) bool {
	return typ == StreetAddress || typ == Location || typ == ZIPCode
}

// addressGap reports whether gap separates two parts of one address: at most six bytes of
// spaces, tabs and commas with at most one line break, not counting a quote or list marker of
// at most three bytes that opens the new line (an e-mail's "> ", a bullet's "* ", or the "???"
// a lost bullet character leaves).
func addressGap(gap string) bool {
	n, breaks := 0, 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', ',', '\r':
		case '\n':
			breaks++
			if m := lineMarker(gap[i+1:]); m > 0 {
				i += m
			}
		default:
			return false
		}
		n++
	}
	return n <= 6 && breaks <= 1
}

// lineMarker returns the length of the quote or list marker that s opens with: one to three of
// '>', '|', '*', '-' and '?'; 0 when there is none.
func lineMarker(s string) int {
	m := 0
	for m < len(s) && m < 3 && strings.IndexByte(">|*-?", s[m]) >= 0 {
		m++
	}
	if m < len(s) && strings.IndexByte(">|*-?", s[m]) >= 0 {
		return 0 // a longer run is a rule or a row of marks, not a marker
	}
	return m
}

// postcodeAfter reads, after an address part ending at text[end], a separator as addressGap
// allows, an optional US or Australian state abbreviation with its own separator, and a postcode
// of four to six digits (with an optional ZIP+4), a British or Canadian one, a Dutch one written
// without its space, or Brazil's CEP of eight digits without its hyphen before the city; it returns where the postcode starts and ends, or end, end.
func postcodeAfter(text string, end int) (int, int) {
	j := skipAddressGap(text, end)
	if j == end {
		return end, end
	}
	if j+2 <= len(text) && usStates[text[j:j+2]] && (j+2 == len(text) || !isAlnum(text[j+2])) {
		if k := skipAddressGap(text, j+2); k > j+2 {
			j = k
		}
	} else if w, e := word(text, j); auStates[w] {
		if k := skipAddressGap(text, e); k > e {
			j = k // Australia's "Scotthaven, ACT, 8096", "Perth WA 6000"
		}
	}
	if e := postcodeAt(text, j); e > 0 {
		return j, e // a British or Canadian postcode on the block's last line: "Andreaborough\nDD22 0SL"
	}
	if e := foreignPostcode(text, j); e == j+6 && isUpper(text[j+4]) {
		return j, e // the Netherlands' letters written onto the digits: "Drieborg, 7076VD"
	}
	k := j
	for k < len(text) && isDigit(text[k]) && k-j < 9 {
		k++
	}
	if k-j == 8 && k+1 < len(text) && text[k] == ' ' && isLetter(text[k+1]) {
		return j, k // Brazil's CEP without its hyphen, before the city: "…, Centro, 07728378 Nunes / AM"
	}
	if k-j < 4 || k-j > 6 || k < len(text) && (isAlnum(text[k]) || text[k] == '.' && k+1 < len(text) && isDigit(text[k+1])) || countAfter(text, k) {
		return end, end // (a count is no postcode: "Lagos 100000 people"; stop 54)
	}
	if k-j == 5 && k+5 <= len(text) && text[k] == '-' && allDigits(text[k+1:k+5]) && (k+5 == len(text) || !isAlnum(text[k+5])) {
		k += 5
	}
	return j, k
}

// skipAddressGap returns where the separator that addressGap allows, starting at text[i], ends.
func skipAddressGap(text string, i int) int {
	j := i
	for j < len(text) && j-i < 12 && strings.IndexByte(" \t,\r\n", text[j]) >= 0 {
		if text[j] == '\n' {
			j += lineMarker(text[j+1:])
		}
		j++
	}
	if !addressGap(text[i:j]) {
		return i
	}
	return j
}

// militaryPost reports a line that opens with a US military post office (FPO, APO, DPO), whose
// line above names the ship or unit and belongs to the address.
func militaryPost(line string) bool {
	line = strings.TrimLeft(line, " \t\r")
	return len(line) >= 4 && line[3] == ' ' && postOffice(line[:3])
}

// trimAddressLead drops the leading lines of a model's street address that carry no digit
// when a later line does: the model reads a line break as a space and runs an address into the
// company or person named on the line above ("Palmer and Quinn\n20 Main Street"). A street that
// then opens with a word takes the house number written before it on its line ("78 Camiño
// Ancho 91", "42 machelsesteenweg 197"), which the model tends to leave out. White space at
// either end goes first.
func trimAddressLead(text string, fs []Finding) {
	for k := range fs {
		f := &fs[k]
		if f.Source != SourceModel || f.Type != StreetAddress {
			continue
		}
		if t := trimSpace(text, *f); t.End > t.Start {
			*f = t // a line break the model ran on into keeps the next line's readers from the block
		}
		for {
			nl := strings.IndexByte(text[f.Start:f.End], '\n')
			if nl < 0 || strings.ContainsAny(text[f.Start:f.Start+nl], "0123456789") || !strings.ContainsAny(text[f.Start+nl:f.End], "0123456789") ||
				militaryPost(text[f.Start+nl+1:f.End]) {
				break
			}
			f.Start += nl + 1
			*f = trimSpace(text, *f)
		}
		f.Start = houseNumberBefore(text, f.Start)
		f.End = stateClauseEnd(text, f.Start, zipLineEnd(text, f.Start, f.End))
		if end := intersectionEnd(text, f.Start, f.End); end > f.End {
			for _, g := range fs {
				if g.Start < end && g.End > f.End {
					f.Score = max(f.Score, g.Score) // what the model made of a street in it gives way
				}
			}
			f.End = end
		}
	}
}

// zipLineEnd cuts a model's address at the line break after a US state and ZIP code, which end
// a US address: the model reads a line break as a space and ran a form's next line into it ("…,
// CA 92672⏎1 Wages, tips" on a W-2, "⏎2 Federal"). A country on the next line stays
// ("⏎USA"). It returns the address's end.
func zipLineEnd(text string, start, end int) int {
	for p := start; p < end; {
		nl := strings.IndexByte(text[p:end], '\n')
		if nl < 0 {
			return end
		}
		nl += p
		line := strings.TrimRight(text[p:nl], " \t\r,")
		if zip, ok := usStateEnd(line); ok && zip {
			if rest := strings.TrimSpace(text[nl+1 : end]); !usCountry[strings.ToUpper(strings.TrimRight(rest, "."))] {
				return p + len(line)
			}
		}
		p = nl + 1
	}
	return end
}

// stateClauseEnd cuts a model's address at the comma after a US state (and its ZIP), or after
// the town that follows the street, when a word in lower case that is no unit's follows it: the
// address has ended, and the model ran on into what the sentence says next ("19 Cedar Lane,
// Asheville NC, microchip 985112004567321", its "microchip" and the chip's number; "1600
// Amphitheatre Pkwy, Mountain View, dropoff SFO Terminal 2"; "…, NC, apt 4" stays). It returns
// the address's end.
func stateClauseEnd(text string, start, end int) int {
	for p := start; p < end; {
		c := strings.Index(text[p:end], ", ")
		if c < 0 {
			return end
		}
		c += p
		p = c + 2
		if p >= end || text[p] < 'a' || text[p] > 'z' {
			continue
		}
		w := p
		for w < end && isLetter(text[w]) {
			w++
		}
		if unitWords.has(text[p:w]) {
			continue
		}
		if _, ok := usStateEnd(text[start:c]); ok || townSegment(text, max(strings.LastIndexByte(text[:start], '\n')+1, start-200), c) {
			return c
		}
	}
	return end
}

// townSegment reports that text[start:c], from the line's start, ends in a town after its
// street: a segment after the last ", " of capitalised words without a digit, the street before
// it with one ("1600 Amphitheatre Pkwy, Mountain View", where the model's address may begin at
// the town). A word in lower case after it is the sentence's ("…, Mountain View, dropoff SFO
// Terminal 2").
func townSegment(text string, start, c int) bool {
	k := strings.LastIndex(text[start:c], ", ")
	if k < 0 || !strings.ContainsAny(text[start:start+k], "0123456789") {
		return false
	}
	seg := text[start+k+2 : c]
	if seg == "" || strings.ContainsAny(seg, "0123456789") {
		return false
	}
	for _, w := range strings.Fields(seg) {
		if !isUpper(w[0]) {
			return false
		}
	}
	return true
}

// usStateEnd reports that s ends in a US state's code, a word of its own, with its ZIP (or
// ZIP+4) after it or not ("…, Asheville NC", "…, CA 92672", "Austin, TX 78701-1234"), and
// whether the ZIP is there.
func usStateEnd(s string) (zip, ok bool) {
	if k := len(s); k >= 10 && s[k-5] == '-' && allDigits(s[k-4:]) && allDigits(s[k-10:k-5]) {
		s = s[:k-5] // ZIP+4
	}
	if k := len(s); k >= 6 && allDigits(s[k-5:]) && s[k-6] == ' ' {
		s, zip = s[:k-6], true
	}
	k := len(s)
	return zip, k >= 2 && usStates[s[k-2:]] && (k == 2 || s[k-3] == ' ' || s[k-3] == ',')
}

// usCountry are the ways an address's last line names the United States.
var usCountry = map[string]bool{"USA": true, "US": true, "U.S.A": true, "U.S": true, "UNITED STATES": true, "UNITED STATES OF AMERICA": true}

// intersectionEnd returns where the intersection after a model's "corner of" at text[start]
// ends, when the model stopped inside it ("corner of Main" of "corner of Main St and 5th
// Ave"); end otherwise. The streets are capitalised words or ordinals (5th, 42nd), joined by
// one "and" or "&"; up to eight words are read, and the span grows only to the second street.
func intersectionEnd(text string, start, end int) int {
	const lead = "corner of "
	if len(text)-start < len(lead) || !strings.EqualFold(text[start:start+len(lead)], lead) {
		return end
	}
	at, last, joined := start+len(lead), end, false
	for words := 0; words < 8 && at < len(text); words++ {
		j := at
		for j < len(text) && strings.IndexByte(" ,.;:!?()\n\t\"", text[j]) < 0 {
			j++
		}
		switch w := text[at:j]; {
		case w == "and" || w == "&":
			if joined {
				return last
			}
			joined = true
		case w != "" && (isUpper(w[0]) || ordinalWord(w)):
			if joined {
				last = max(last, j) // a period after it may end the sentence: left out
			}
			if j < len(text) && text[j] == '.' {
				j++ // St., Ave.
			}
		default:
			return last
		}
		if j >= len(text) || text[j] != ' ' {
			break
		}
		at = j + 1
	}
	return last
}

// ordinalWord reports a number written as an ordinal: 5th, 42nd, 1st, 3rd.
func ordinalWord(w string) bool {
	k := 0
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	if k == 0 || len(w)-k != 2 {
		return false
	}
	switch strings.ToLower(w[k:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// houseNumberBefore returns where a house number of one to five digits, written before the
// street word that opens at text[start] and separated from it by one or two spaces, starts;
// start when there is none. The number must open its line or follow a space, comma or quote
// marker, and no digit may come before it: "12 34 Main" is a phone's groups, "10:30" a time.
func houseNumberBefore(text string, start int) int {
	if start == 0 || start >= len(text) || !isLetterByte(text[start]) {
		return start
	}
	j := start
	for j > 0 && start-j < 2 && text[j-1] == ' ' {
		j--
	}
	if j == start {
		return start
	}
	d := j
	for d > 0 && j-d < 6 && isDigit(text[d-1]) {
		d--
	}
	if d == j || j-d > 5 || d > 0 && isDigit(text[d-1]) {
		return start
	}
	if d > 0 {
		switch text[d-1] {
		case ' ', '\t', ',':
			if d > 1 && isDigit(text[d-2]) {
				return start
			}
		case '\n', '>', '|', '*', '?':
		default:
			return start
		}
	}
	return d
}

// zipsAfterPlaces finds the ZIP code written right after a city that nothing was found after
// ("Boston, 02108", "Springfield 62704"; a British or Canadian postcode too, "London SW1A 1AA",
// "Toronto, ON M5V 3L9", Singapore's after its name, India's PIN after the state the place is,
// "Delhi 110001"): five digits or ZIP+4 after the place and a space or a comma, not a round number and not a count ("London 20000 people"). After a street address
// shortly before it, it is that address's last line and a STREET_ADDRESS finding, as
// joinAddressBlocks types a block's postcode; otherwise a ZIP_CODE. fs is ordered by start and
// free of overlaps; so is the result.
func zipsAfterPlaces(text string, fs []Finding) []Finding {
	var zips []Finding
	// zip adds the postcode at text[a:z] after the place fs[k], unless a finding starts before
	// its end: the last line of an address, and part of it, when a street stands shortly
	// before, as joinAddressBlocks types a block's postcode; otherwise a ZIP_CODE
	zip := func(k, a, z int) bool {
		if k+1 < len(fs) && fs[k+1].Start < z {
			return false
		}
		typ := ZIPCode
		if streetBefore(text, fs[:k], fs[k].Start) {
			typ = StreetAddress
		}
		zips = append(zips, Finding{Type: typ, Start: a, End: z, Score: cityZIPScore, Source: SourcePattern})
		return true
	}
	for k, f := range fs {
		if j := pinGap(text, f.End); f.Type == StreetAddress && j > 0 && j < len(text) && isLower(text[j]) {
			// a town and a postcode in lower case after a street: "22 kingsway, hove bn3 2lp" (stop 52)
			if z := lowerLocality(text, j); z > 0 && (k+1 == len(fs) || fs[k+1].Start >= z) {
				zips = append(zips, Finding{Type: StreetAddress, Start: j, End: z, Score: cityZIPScore, Source: SourcePattern})
			}
			continue
		}
		if f.Type == StreetAddress && f.End+3 < len(text) && text[f.End] == ' ' && (text[f.End+1] == '-' || isDigit(text[f.End+1])) {
			// an Indian address's town and its PIN after a dash: "14 MG Road, Indiranagar,
			// Bengaluru - 560038" (stop 52)
			s := strings.LastIndex(text[f.Start:f.End], ", ")
			if s < 0 {
				continue
			}
			if a, z := indianPINAfterState(text, f.Start+s+2, f.End); z > 0 && (k+1 == len(fs) || fs[k+1].Start >= z) {
				zips = append(zips, Finding{Type: StreetAddress, Start: a, End: z, Score: cityZIPScore, Source: SourcePattern})
			}
			continue
		}
		if f.Type != Location {
			continue
		}
		if a, z := indianPINAfterState(text, f.Start, f.End); z > 0 && zip(k, a, z) {
			continue // India's PIN after the state the place is: "Delhi 110001", "Hyderabad, Telangana 500081"
		}
		j := f.End
		if j < len(text) && text[j] == ',' {
			j++
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		j++
		if strings.EqualFold(text[f.Start:f.End], "singapore") {
			if z := sgPostcodeAt(text, j); z > 0 && zip(k, j, z) {
				continue // Singapore's postcode after its name: "Singapore 560123"
			}
		}
		if st, e := word(text, j); caProvinces[st] && e+1 < len(text) && text[e] == ' ' {
			j = e + 1 // Canada's province before the postcode: "Toronto, ON M5V 3L9"
		}
		if z := postcodeAt(text, j); z > 0 && (z == len(text) || !isAlnum(text[z])) {
			// a British or Canadian postcode after the city: "London SW1A 1AA", "Toronto, ON
			// M5V 3L9", "Ottawa, Ontario K1A 0B1"
			if zip(k, j, z) {
				continue
			}
		}
		if z := zipAt(text, j); z > 0 && residenceZIP(text[j:j+5]) && !countAfter(text, z) { // not "London 20000 people"
			zip(k, j, z)
		}
	}
	return withFindings(fs, zips)
}

// streetBefore reports a street address among fs (ordered by start) that ends at most 120
// bytes and two line breaks before at: the city and its postcode close that address.
func streetBefore(text string, fs []Finding, at int) bool {
	for k := len(fs) - 1; k >= 0 && at-fs[k].End <= 120; k-- {
		if fs[k].Type == StreetAddress {
			return fs[k].End <= at && strings.Count(text[fs[k].End:at], "\n") <= 2
		}
	}
	return false
}

// cityZIPScore is the score of a ZIP code read after a city.
const cityZIPScore = 0.7

// skipSpaces returns the first byte at or after i that is not a space.
func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// laneBefore returns where a house's lane or village written before a street at text[start]
// begins, or start: a Chinese lane's number and the house's before it as addresses in China
// write them in English ("No. 8 Lane 200 Huaihai Rd"; "Lane 200" alone), and a Thai house
// number and its village ("99/9 Moo 4, Sukhumvit Rd").
func laneBefore(text string, start int) int {
	numberBefore := func(e int, slash bool) int { // the digits ending at text[e], a slash between them where slash
		b := e
		for b > 0 && (isDigit(text[b-1]) || slash && text[b-1] == '/' && b < e && b > 1 && isDigit(text[b-2])) && e-b < 8 {
			b--
		}
		if b == e || !isDigit(text[b]) || b > 0 && isAlnum(text[b-1]) {
			return -1
		}
		return b
	}
	wordBefore := func(e int, words ...string) int { // one of words ending at text[e], after a space or the start
		for _, w := range words {
			if b := e - len(w); b >= 0 && text[b:e] == w && (b == 0 || text[b-1] == ' ' || text[b-1] == ',') {
				return b
			}
		}
		return -1
	}
	if start < 7 {
		return start
	}
	if text[start-1] == ' ' && text[start-2] == ',' {
		// Thailand: the house number, "Moo" and the village's number, a comma
		if n := numberBefore(start-2, false); n > 1 && text[n-1] == ' ' {
			if m := wordBefore(n-1, "Moo", "moo", "M."); m > 1 && text[m-1] == ' ' {
				if h := numberBefore(m-1, true); h >= 0 {
					return h
				}
			}
		}
		return start
	}
	if text[start-1] != ' ' {
		return start
	}
	house := func(l int) int { // "No. 8 " before the lane's word, or -1
		if l > 1 && text[l-1] == ' ' {
			if h := numberBefore(l-1, false); h >= 0 {
				return wordBefore(h, "No. ", "No.", "No ")
			}
		}
		return -1
	}
	if l := wordBefore(start-1, "Lane", "Alley", "Nong"); l >= 0 {
		// the street's number is the lane's: "No. 8 Lane 200 Huaihai Rd"; the house's number must
		// stand before it ("Memory Lane 200 Main St" is none)
		if no := house(l); no >= 0 {
			return no
		}
		return start
	}
	n := numberBefore(start-1, false) // the lane's number before the street's own: "Lane 12 88 Nanjing Rd"
	if n < 2 || text[n-1] != ' ' {
		return start
	}
	l := wordBefore(n-1, "Lane", "Alley", "Nong")
	if l < 0 {
		return start
	}
	if no := house(l); no >= 0 {
		return no
	}
	return l
}

// malaysianInside returns the Malaysian address (malaysianAddress) at a postcode after a comma
// inside text[start:end], a street another reader found up to the postcode and town.
func malaysianInside(text string, start, end int) (Finding, bool) {
	for k := start; k < end; {
		c := strings.Index(text[k:end], ", ")
		if c < 0 {
			break
		}
		p := k + c + 2
		if digitsAt(text, p) == 5 {
			if m, ok := malaysianAddress(text, p); ok {
				return m, true
			}
		}
		k = p
	}
	return Finding{}, false
}
