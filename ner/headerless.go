package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Rows of a table pasted without its header, as a database's export or a spreadsheet's copy
// gives them (stop 38): "1042,Maria,Lopez,maria@example.com,555-201-0101,Austin,TX" over
// "1043,Tyrese,Coleman,…". The header rules (tableValues) have no column's name to go by, and the
// model reads each cell with little around it: it found "Maria" and "Coleman" and left "Tyrese"
// and "Austin", and in rows separated by bars ("42|Harriet|Mbeki|1979-04-02|F") found none. A
// column is one kind of thing, so namesInHeaderlessRows reads a block of two or more lines
// that one separator (a comma, a tab, a bar or a semicolon; a comma inside double quotes is a
// cell's) cuts into the same three or more cells, and, where a cell of the block holds personal
// data (an email address, or six digits or more: a phone, a date, an identifier), gives each
// column's other cells what some of its cells were found to be:
//   - a column whose cells are all written as names are (one to four words in capitals or
//     capitalised, of letters, hyphens and apostrophes, a family name's comma inside quotes)
//     and have no finding of another kind is people when a third of its cells or more are
//     persons already and none a place, or when two thirds of its cells are given names of the
//     lists and fewer than half towns;
//   - the column beside such a column of one word a cell, right or left of it, with no place in
//     it, is their family names ("Harriet|Mbeki", "Conesa,Simón", "da Rocha");
//   - a column with a place and no person, its other cells written as names are, is places.
// The rules see the model's findings only: a cell that holds a recognizer's is no name anyway. A
// cell that is a word of English and no name of the lists ("Name", "City", a header's) is left.

// headerlessScore is the score of a cell a column's others vouch for.
const headerlessScore = 0.75

// headerlessRow is one line of a block: its cells' bounds, trimmed of blanks and quotes.
type headerlessRow [][2]int

func namesInHeaderlessRows(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	headerlessBlocks(text, func(block []headerlessRow) {
		claims = headerlessPersons(text, fs, block, claims)
	})
	return claimPersons(fs, claims)
}

// placesInHeaderlessRows gives the places of a headerless table's column to its other cells,
// after the place rules: a town the lists know is found by them, not by the model ("Bad
// Kreuznach" over "Grafenau"). A column is places when it has a place and no person, or when
// two thirds of its cells are towns of the lists and none a person.
func placesInHeaderlessRows(text string, fs []redact.Finding) []redact.Finding {
	var places []redact.Finding
	headerlessBlocks(text, func(block []headerlessRow) {
		for c := range block[0] {
			if columnKind(text, fs, block, c, false) != 'l' {
				continue
			}
			for _, row := range block {
				a, b := row[c][0], row[c][1]
				if a >= b || !leftCell(text[a:b]) {
					continue
				}
				if in := findingsIn(fs, a, b); len(in) == 0 || len(in) == 1 && in[0].Start >= a && in[0].End <= b && (in[0].Type == redact.Location || in[0].Score < 0.5 || shapedFirm(text[a:b], in[0])) {
					places = append(places, redact.Finding{Type: redact.Location, Start: a, End: b, Score: headerlessScore, Source: redact.SourceModel})
				}
			}
		}
	})
	if len(places) == 0 {
		return fs
	}
	add := newAdditions(fs)
	for _, p := range places {
		switch g := add.overlap(p.Start, p.End); {
		case g == nil:
			add.add(p)
		case g.Type == redact.Location || g.Score < 0.5 || shapedFirm(text[p.Start:p.End], *g):
			// the model's weak reading of the cell ("Osaka" at 0.49), or of a part of it ("Tull en 't Waal"),
			// or a town's name the model read as a firm ("New Craig", stop 55)
			g.Type, g.Start, g.End, g.Score = redact.Location, p.Start, p.End, max(g.Score, p.Score)
		}
	}
	return add.done()
}

// headerlessBlocks calls fn with each block of two or more lines that one separator cuts into
// the same number of cells, one of them at least personal data (personalCell).
func headerlessBlocks(text string, fn func(block []headerlessRow)) {
	if strings.IndexByte(text, '\n') < 0 || !strings.ContainsAny(text, ",\t|;") {
		return
	}
	var block []headerlessRow
	var blockSep byte
	flush := func() {
		if len(block) >= 2 && personalBlock(text, block) {
			fn(block)
		}
		block = block[:0]
	}
	// each line's cells are read into a row reused from line to line; a block keeps copies of
	// its rows, made once two lines in a row have the same cells: prose with commas allocates none
	var cur, prev headerlessRow
	var prevSep byte
	for ls, le := range lineBounds(text) {
		var sep byte
		sep, cur = rowCells(text, ls, le, cur[:0])
		switch {
		case sep == 0:
			flush()
		case len(block) > 0 && sep == blockSep && len(cur) == len(block[0]):
			block = append(block, slices.Clone(cur))
		default:
			flush()
			if sep == prevSep && len(cur) == len(prev) {
				block, blockSep = append(block, slices.Clone(prev), slices.Clone(cur)), sep
			}
		}
		prev, cur, prevSep = cur, prev, sep
	}
	flush()
}

// personalBlock reports a cell of personal data in block: an email, a phone, a date, an id. An
// affiliation's lines and a list of products have none.
func personalBlock(text string, block []headerlessRow) bool {
	for _, row := range block {
		for _, c := range row {
			if personalCell(text[c[0]:c[1]]) {
				return true
			}
		}
	}
	return false
}

// rowCells cuts the line text[ls:le] into cells by the first separator of ",\t|;" that cuts it
// into three to 64, and returns it and the cells' bounds, appended to cells[:0]; 0 when none
// does or the line holds code's marks (braces, brackets, an equals sign, a semicolon's
// statement end).
func rowCells(text string, ls, le int, cells headerlessRow) (byte, headerlessRow) {
	line := text[ls:le]
	if len(line) > 2048 || strings.ContainsAny(line, "{}[]=<>") {
		return 0, cells
	}
	for _, sep := range []byte{',', '\t', '|', ';'} {
		if strings.Count(line, string(sep)) < 2 {
			continue
		}
		cells = cells[:0]
		start, quoted := 0, false
		for i := 0; i <= len(line); i++ {
			if i < len(line) && line[i] == '"' && sep == ',' {
				quoted = !quoted
			}
			if i == len(line) || line[i] == sep && !quoted {
				a, b := trimCell(line, start, i)
				cells = append(cells, [2]int{ls + a, ls + b})
				start = i + 1
			}
		}
		if sep == '|' && len(cells) > 0 && cells[0][0] == cells[0][1] {
			cells = cells[1:] // "| a | b |": the bars at the ends
		}
		if sep == '|' && len(cells) > 0 && cells[len(cells)-1][0] == cells[len(cells)-1][1] {
			cells = cells[:len(cells)-1]
		}
		if len(cells) >= 3 && len(cells) <= 64 {
			return sep, cells
		}
	}
	return 0, cells[:0]
}

// trimCell narrows line[a:b] past blanks, carriage returns and a pair of double quotes.
func trimCell(line string, a, b int) (int, int) {
	for a < b && (line[a] == ' ' || line[a] == '\t' || line[a] == '\r') {
		a++
	}
	for b > a && (line[b-1] == ' ' || line[b-1] == '\t' || line[b-1] == '\r') {
		b--
	}
	if b-a >= 2 && line[a] == '"' && line[b-1] == '"' {
		a, b = a+1, b-1
	}
	return a, b
}

// headerlessPersons reads the columns of one block and appends its claims.
func headerlessPersons(text string, fs []redact.Finding, block []headerlessRow, claims []redact.Finding) []redact.Finding {
	cols := len(block[0])
	kinds := make([]byte, cols) // 'p' people, 'o' one-word people, 'l' places
	for c := 0; c < cols; c++ {
		kinds[c] = columnKind(text, fs, block, c, c > 0 && kinds[c-1] == 'o')
	}
	for c := cols - 2; c >= 0; c-- { // the family names left of the given names: "Conesa,Simón"
		if kinds[c] == 0 && kinds[c+1] == 'o' && columnKind(text, fs, block, c, true) == 'p' {
			kinds[c] = 'p'
		}
	}
	for c, kind := range kinds {
		if kind != 'p' && kind != 'o' {
			continue
		}
		for _, row := range block {
			a, b := row[c][0], row[c][1]
			if a >= b || !leftCell(text[a:b]) {
				continue
			}
			in := findingsIn(fs, a, b) // a window of fs: the model's street of a name alone in a column of names ("Maréchal")
			for i := range in {
				if f := &in[i]; f.Start == a && f.End == b && f.Type == redact.StreetAddress && f.Source == redact.SourceModel {
					f.Type = redact.Person
				}
			}
			if personsOnlyIn(fs, a, b) && !coveredBy(fs, a, b, redact.Person) {
				claims = append(claims, claim(a, b, headerlessScore))
			}
		}
	}
	return claims
}

// columnKind tells what column c of block holds: 'p' people, 'o' people named by one word a
// cell, 'l' places, 0 nothing to give its cells. afterNames: the column before it is 'o'.
func columnKind(text string, fs []redact.Finding, block []headerlessRow, c int, afterNames bool) byte {
	persons, places, given, towns, shaped, cells, oneWord := 0, 0, 0, 0, 0, 0, true
	found, caps := 0, false // cells the model or a rule found anything in; a cell in capitals or of two letters ("UZ", "CA")
	townList, _ := knownTowns()
	for _, row := range block {
		a, b := row[c][0], row[c][1]
		if a >= b {
			continue
		}
		v := text[a:b]
		if !nameCell(v) {
			return 0
		}
		cells++
		oneWord = oneWord && !strings.ContainsAny(v, " ,")
		in := findingsIn(fs, a, b)
		if len(in) > 0 {
			found++
		}
		caps = caps || capitals(v) || utf8.RuneCountInString(v) < 3
		for _, f := range in {
			switch {
			case f.Type == redact.Person && f.Score >= 0.5:
				persons++
			case f.Type == redact.Person:
			case f.Type == redact.Location && f.Score >= 0.5:
				places++
			case f.Type == redact.Location:
			case f.Type == redact.StreetAddress && f.Source == redact.SourceModel && f.Start == a && f.End == b && strings.IndexFunc(v, unicode.IsDigit) < 0:
				// the model's street of a name alone in a cell, no number in it
			case f.Type != redact.Organization:
				return 0 // a column of something else: a street, a group
			}
		}
		w := nameCase(strings.Fields(v)[0])
		if givenSet()[w] || listedGiven()[w] {
			given++
		}
		if townList[w] != 0 || embeddedClass(v)&(gCity|gState) != 0 {
			towns++ // (a city of the gazetteers too: "Madrid", stop 55)
		}
		if townNameShaped(v) {
			shaped++
		}
	}
	switch {
	case cells < 2:
		return 0
	case 3*given >= 2*cells && 2*towns < cells:
		return 'o' // given names, one or two a cell ("Pedro Miguel"): their family names beside them
	case persons > 0 && 3*persons >= cells && places == 0:
		if oneWord {
			return 'o'
		}
		return 'p'
	case afterNames && places == 0:
		return 'p' // the family names beside the given names, particles and all ("da Rocha")
	case persons == 0 && (places > 0 || 3*towns >= 2*cells || 2*shaped >= cells):
		return 'l'
	case found == 0 && given == 0 && cells >= 3 && !caps && !nameColumn(text, block, c-1) && !nameColumn(text, block, c+1):
		// names nothing and no list knows, between columns of other data (a date, an email, a
		// phone): a column of small towns ("Sovizzo", "Sacile", stop 55); one beside names is
		// their family names
		return 'l'
	}
	return 0
}

// shapedFirm reports the model's organisation inside a cell written as a town's name is.
func shapedFirm(cell string, f redact.Finding) bool {
	return f.Type == redact.Organization && f.Source == redact.SourceModel && townNameShaped(cell)
}

// nameColumn reports a column c of block whose cells are all written as names are.
func nameColumn(text string, block []headerlessRow, c int) bool {
	if c < 0 || c >= len(block[0]) {
		return false
	}
	for _, row := range block {
		if a, b := row[c][0], row[c][1]; a < b && !nameCell(text[a:b]) {
			return false
		}
	}
	return true
}

// townNameShaped reports a cell written as a town's name is: a town's leader and a capitalised word
// ("New Craig", "Port Beverley"), or one word with a town's ending that is no given name
// ("Gibsonview"; stop 55: a headerless table's towns the model had missed).
func townNameShaped(v string) bool {
	ws := strings.Fields(v)
	switch {
	case len(ws) == 2 && namedTownLeaders[ws[0]] && startsUpper(ws[1]):
		return true
	case len(ws) == 1 && !givenSet()[ws[0]] && !listedGiven()[ws[0]]:
		for _, e := range townEndings {
			if len(ws[0]) > len(e)+2 && strings.HasSuffix(ws[0], e) {
				return true
			}
		}
	}
	return false
}

// personalCell reports a cell that holds an email address or six digits or more (a phone, a
// date, an identifier), as a list of people's rows has.
func personalCell(v string) bool {
	if at := strings.IndexByte(v, '@'); at > 0 && strings.IndexByte(v[at:], '.') > 0 {
		return true
	}
	n := 0
	for i := 0; i < len(v); i++ {
		if v[i] >= '0' && v[i] <= '9' {
			n++
		}
	}
	return n >= 6
}

// findingsIn returns the findings of fs (in start order) that overlap text[a:b], found by a
// binary search: a table of thousands of rows asks for each of its cells.
func findingsIn(fs []redact.Finding, a, b int) []redact.Finding {
	k, _ := slices.BinarySearchFunc(fs, a, func(f redact.Finding, at int) int { return f.Start - at })
	for k > 0 && fs[k-1].End > a {
		k--
	}
	j := k
	for j < len(fs) && fs[j].Start < b {
		j++
	}
	return fs[k:j:j]
}

// coveredBy reports a finding of typ over all of text[a:b], scored 0.5 or more.
func coveredBy(fs []redact.Finding, a, b int, typ string) bool {
	for _, f := range findingsIn(fs, a, b) {
		if f.Type == typ && f.Start <= a && f.End >= b && f.Score >= 0.5 {
			return true
		}
	}
	return false
}

// personsOnlyIn reports no finding over text[a:b] other than persons and the model's guesses of
// places and organisations.
func personsOnlyIn(fs []redact.Finding, a, b int) bool {
	for _, f := range findingsIn(fs, a, b) {
		if f.Type != redact.Person && !(f.Source == redact.SourceModel && (f.Type == redact.Location || f.Type == redact.Organization)) {
			return false
		}
	}
	return true
}

// nameCell reports a cell written as a name or a place is: one to four words (and particles),
// each opening with a capital, of letters, hyphens, apostrophes and full stops, a comma between
// a family and a given name; a name's particle in lower case may stand before a capitalised
// word ("de Haan") and a place's joiner after one ("Tull en 't Waal"); empty cells are no cells.
func nameCell(v string) bool {
	ws := strings.Fields(strings.ReplaceAll(v, ",", " "))
	if len(ws) == 0 || len(ws) > 6 || strings.Count(v, ",") > 1 {
		return false
	}
	for i, w := range ws {
		if i+1 < len(ws) && nameParticles[w] || i > 0 && cellJoiners[w] {
			continue // "de Haan", "van der Steen", "Tull en 't Waal", "Frankfurt am Main"
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 && len(ws) == 1 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return false
			}
		}
	}
	return true
}

// cellJoiners are the words in lower case inside a place's or a name's cell beside the name
// particles: "Tull en 't Waal", "Frankfurt am Main", "Stratford-upon-Avon" written apart.
var cellJoiners = wordSet("en 't am an im sur sous lès les y e i da do dos das upon on under")

// leftCell reports a cell a column may give its kind: no word of English that no list holds as a
// name ("Name", "City", "Total", a header's or a summary's), but for a town's leader ("New
// Craig", "Port Beverley").
func leftCell(v string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(v, ",", " ")) {
		w = nameCase(w)
		if englishWord(w) && !listedName(w) && !namedTownLeaders[w] || foldIn(placeholders, w) {
			return false
		}
	}
	return true
}
