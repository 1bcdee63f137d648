package redact

import (
	"slices"
	"strings"
)

// Tables pasted as text (CSV, TSV, semicolon-separated exports, markdown) name their columns
// once, in a header row, and the rows below hold the values bare: "first_name,last_name,mrn" then
// "Sofía,Hernández,449201". TableCells reads such tables' cells, keyed by their column's header,
// for the rules that know what a column holds: the cue words here (an MRN column), the NER
// package's name and place fields.

// TableCells calls fn for each cell of each table in text whose column columns keeps. A header
// row is two or more cells, each a column name; columns gets their keys (lower case, words
// joined by '_': "First Name" and "firstName" are first_name) and returns the key to report for
// each column, "" for a column not read; a header with none kept is no table. A table ends at a
// blank line or a row with a different number of cells; a separator inside double quotes
// belongs to its cell.
//
// SQL's INSERT statements are tables too: "INSERT INTO patients (first_name, dob) VALUES
// ('Eleanor', '1957-08-30'), (…)" names its columns once and lists rows of values; a quoted
// value is a cell (its quotes are not), and so is a bare one (a number).
func TableCells(text string, columns func(keys []string) []string, fn func(key string, start, end int)) {
	sqlInserts(text, columns, fn)
	if strings.IndexByte(text, '\n') < 0 {
		return
	}
	for p := 0; p < len(text); {
		end := lineEnd(text, p)
		if sep, keys, ok := tableHeader(text[p:end], columns); ok {
			end = tableRows(text, end, sep, keys, fn)
		} else if cols, keys, ok := alignedHeader(text[p:end], columns); ok {
			end = alignedRows(text, end, cols, keys, false, fn)
		}
		p = end + 1
	}
}

// A table may be laid out in columns of blanks instead of separators, as a fixed-width report,
// a terminal's listing or an OCR step's reading of a form writes it (stop 38): a header of column
// names two or more blanks apart, and rows whose cells start under them:
//
//	NAME                DOB         MRN
//	SMITH, JOHN         01/02/1960  4482913
//	LAST NAME            FIRST NAME        MI
//	OKAFOR               CHINEDU           E
//
// alignedHeader reads such a header; alignedRows gives each cell of the rows below the column
// whose name it overlaps most.

// AlignedCells calls fn for every cell of the rows of each table laid out in columns of blanks
// in text whose header columns keeps a column of, with the column's kept key or "".
func AlignedCells(text string, columns func(keys []string) []string, fn func(key string, start, end int)) {
	if !strings.Contains(text, "  ") && strings.IndexByte(text, '\t') < 0 || strings.IndexByte(text, '\n') < 0 {
		return
	}
	for p := 0; p < len(text); {
		end := lineEnd(text, p)
		if cols, keys, ok := alignedHeader(text[p:end], columns); ok {
			end = alignedRows(text, end, cols, keys, true, fn)
		}
		p = end + 1
	}
}

// GapCells appends the bounds of the cells of line, separated by two or more blanks (a tab
// counts as two), to cells: a form's fields side by side; false for more than maxColumns.
func GapCells(line string, cells [][2]int) ([][2]int, bool) { return alignedCells(line, cells) }

// alignedCells appends the bounds of the cells of line, separated by two or more blanks (a tab
// counts as two), to cells; false for a line of more than maxColumns cells.
func alignedCells(line string, cells [][2]int) ([][2]int, bool) {
	for i := 0; i < len(line); {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == len(line) {
			break
		}
		j := i
		for j < len(line) && line[j] != '\t' && !(line[j] == ' ' && (j+1 == len(line) || line[j+1] == ' ' || line[j+1] == '\t')) {
			j++
		}
		if len(cells) == maxColumns {
			return cells, false
		}
		cells = append(cells, [2]int{i, j})
		i = j
	}
	return cells, true
}

// alignedHeader reads a header laid out in columns of blanks: two or more cells, each a column
// name, one at least that columns keeps. It returns the columns' bounds and the kept keys.
func alignedHeader(line string, columns func(keys []string) []string) ([][2]int, []string, bool) {
	line = strings.TrimRight(line, "\r ")
	// the first cell ends at two blanks or a tab within 42 bytes, every byte before them a column
	// name's (most lines of prose, code and data end here, at a vector scan of their start)
	p := 0
	for p < len(line) && line[p] == ' ' {
		p++
	}
	head := line[p:min(len(line), p+44)]
	q := strings.Index(head, "  ")
	if t := strings.IndexByte(head, '\t'); t >= 0 && (q < 0 || t < q) {
		q = t
	}
	if q <= 0 {
		return nil, nil, false
	}
	for i := 0; i < q; i++ {
		if headerBytes[head[i]] != headerName {
			return nil, nil, false
		}
	}
	var buf [8][2]int
	cells, ok := alignedCells(line, buf[:0])
	if !ok || len(cells) < 2 {
		return nil, nil, false
	}
	keys := make([]string, len(cells))
	for k, c := range cells {
		if !columnLike(line[c[0]:c[1]]) {
			return nil, nil, false
		}
		keys[k], _ = columnKey(line[c[0]:c[1]])
	}
	if kept := columns(keys); anyKept(kept) {
		return slices.Clone(cells), kept, true
	}
	return nil, nil, false
}

// alignedRows reads the rows after an aligned header ending at text[from]: lines of two or more
// cells, each under a column of its own, left to right; a cell under no column (a data frame's
// row number) is read past. A cell is under the column whose name it overlaps most, so that
// values aligned left under their names (a report's) and right (a data frame's) are read alike.
// It calls fn for the cells of the columns with keys (all: for every cell, "" for a column
// without a key) and returns where the table ends.
func alignedRows(text string, from int, cols [][2]int, keys []string, all bool, fn func(key string, start, end int)) int {
	var buf [8][2]int
	col := make([]int, 0, len(cols))
	for from < len(text) {
		p := from + 1
		end := lineEnd(text, p)
		line := strings.TrimRight(text[p:end], "\r ")
		cells, ok := alignedCells(line, buf[:0])
		if !ok || len(cells) < 2 {
			return from
		}
		col, last := col[:0], -1
		for _, c := range cells {
			k := alignedColumn(cols, c)
			if k >= 0 && k <= last {
				return from // two cells under one column: no row of this table
			}
			col = append(col, k)
			last = max(last, k)
		}
		if last < 0 {
			return from
		}
		for i, c := range cells {
			switch k := col[i]; {
			case k >= 0 && keys[k] != "":
				fn(keys[k], p+c[0], p+c[1])
			case all:
				fn("", p+c[0], p+c[1])
			}
		}
		from = end
	}
	return from
}

// alignedColumn returns the column whose name the cell c overlaps most; -1 for none.
func alignedColumn(cols [][2]int, c [2]int) int {
	best, most := -1, 0
	for k, h := range cols {
		if o := min(h[1], c[1]) - max(h[0], c[0]); o > most {
			best, most = k, o
		}
	}
	return best
}

// lineEnd returns the index of the line break that ends the line at p, or len(text).
func lineEnd(text string, p int) int {
	if k := strings.IndexByte(text[p:], '\n'); k >= 0 {
		return p + k
	}
	return len(text)
}

// headerBytes classes the bytes of a header's first cell: a column name's (headerName), a
// separator (headerSep), or neither (0).
var headerBytes = func() (t [256]byte) {
	for c := range t {
		if isLetter(byte(c)) || isDigit(byte(c)) || c >= 0x80 || strings.IndexByte(" _-.\"'", byte(c)) >= 0 {
			t[c] = headerName
		}
	}
	for i := 0; i < len(tableSeparators); i++ {
		t[tableSeparators[i]] = headerSep
	}
	return t
}()

const (
	headerName = 1 + iota
	headerSep
)

// tableSeparators are the cell separators tried, in order.
const tableSeparators = ",;\t|"

// maxColumns bounds the columns of a header read.
const maxColumns = 64

// tableHeader reads a header row: two or more cells, each a column name (an ASCII letter first,
// then letters, digits, spaces, '_', '-', '.', at most 40 bytes), one at least that columns
// keeps. It returns the separator and the kept keys.
func tableHeader(line string, columns func(keys []string) []string) (byte, []string, bool) {
	line = strings.TrimRight(line, "\r")
	// the first cell ends at the separator: a line whose first 41 bytes hold no separator, or a
	// byte no column name has, is no header (most lines of prose, code and data end here)
	p := 0
	for p < len(line) && (line[p] == ' ' || line[p] == '|') {
		p++
	}
	for q := p; ; q++ {
		if q >= len(line) || q-p > 42 {
			return 0, nil, false
		}
		if k := headerBytes[line[q]]; k == headerSep {
			break
		} else if k == 0 {
			return 0, nil, false
		}
	}
	for i := 0; i < len(tableSeparators); i++ {
		sep := tableSeparators[i]
		if strings.IndexByte(line, sep) < 0 {
			continue
		}
		row := trimPipes(line, sep)
		if !headerLike(row, sep) {
			continue // checked before anything is allocated: most lines are prose, code or data
		}
		cells := strings.Split(row, string(sep))
		keys := make([]string, len(cells))
		for k, c := range cells {
			keys[k], _ = columnKey(c)
		}
		if kept := columns(keys); anyKept(kept) {
			return sep, kept, true
		}
	}
	return 0, nil, false
}

// headerLike reports a row of two to maxColumns cells that columnKey takes.
func headerLike(row string, sep byte) bool {
	n := 0
	for len(row) > 0 {
		c := row
		if k := strings.IndexByte(row, sep); k >= 0 {
			c, row = row[:k], row[k+1:]
		} else {
			row = ""
		}
		if n++; n > maxColumns || !columnLike(c) {
			return false
		}
	}
	return n >= 2
}

// columnLike reports a cell that columnKey takes, without making the key.
func columnLike(c string) bool {
	c = strings.Trim(strings.TrimSpace(c), `"'`)
	if c == "" || len(c) > 40 || !isLetter(c[0]) {
		return false
	}
	for i := 0; i < len(c); i++ {
		if ch := c[i]; !isLetter(ch) && !isDigit(ch) && ch < 0x80 && ch != ' ' && ch != '_' && ch != '-' && ch != '.' {
			return false
		}
	}
	return true
}

// trimPipes drops the outer pipes of a markdown table's row ("| Name | City |").
func trimPipes(line string, sep byte) string {
	if sep != '|' {
		return line
	}
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	return strings.TrimSuffix(line, "|")
}

// columnKey returns a header cell as a key: trimmed, unquoted, lower case, words joined by '_'.
func columnKey(c string) (string, bool) {
	c = strings.Trim(strings.TrimSpace(c), `"'`)
	if c == "" || len(c) > 40 || !isLetter(c[0]) {
		return "", false
	}
	b := make([]byte, 0, len(c))
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case isLetter(ch):
			if ch >= 'A' && ch <= 'Z' {
				if i > 0 && c[i-1] >= 'a' && c[i-1] <= 'z' {
					b = append(b, '_') // firstName: first_name
				}
				ch += 'a' - 'A'
			}
			b = append(b, ch)
		case isDigit(ch) || ch >= 0x80: // digits, and letters of other scripts (Prénom)
			b = append(b, ch)
		case ch == ' ' || ch == '_' || ch == '-' || ch == '.':
			if len(b) > 0 && b[len(b)-1] != '_' {
				b = append(b, '_')
			}
		default:
			return "", false
		}
	}
	return strings.TrimSuffix(string(b), "_"), true
}

// tableRows reads the rows after a header ending at text[from], while each has the header's
// number of cells, and calls fn for the cells of the columns with keys. It returns where the
// table ends: the line break before the first line that is no row, or len(text).
func tableRows(text string, from int, sep byte, keys []string, fn func(key string, start, end int)) int {
	for from < len(text) {
		p := from + 1
		end := lineEnd(text, p)
		line := strings.TrimRight(text[p:end], "\r")
		if sep == '|' && strings.Trim(line, "|-:+ \t") == "" && strings.Contains(line, "-") {
			from = end // a markdown table's rule under its header, psql's (----+----) and MySQL's (+----+----+)
			continue
		}
		var cells [maxColumns][2]int
		n, ok := splitRow(line, sep, &cells)
		if !ok || n != len(keys) {
			return from
		}
		for k := 0; k < n; k++ {
			if keys[k] == "" {
				continue
			}
			a, b := cells[k][0], cells[k][1]
			for a < b && (line[a] == ' ' || line[a] == '\t' && sep != '\t') {
				a++
			}
			for b > a && (line[b-1] == ' ' || line[b-1] == '\t' && sep != '\t') {
				b--
			}
			if b-a >= 2 && line[a] == '"' && line[b-1] == '"' {
				a, b = a+1, b-1
			}
			if a < b {
				fn(keys[k], p+a, p+b)
			}
		}
		from = end
	}
	return from
}

// splitRow splits a row into cells (their bounds in line), a separator inside double quotes
// being part of its cell; a markdown row's outer pipes are no cells.
func splitRow(line string, sep byte, cells *[maxColumns][2]int) (int, bool) {
	a, b := 0, len(line)
	if sep == '|' {
		for a < b && line[a] == ' ' {
			a++
		}
		for b > a && line[b-1] == ' ' {
			b--
		}
		if a < b && line[a] == '|' {
			a++
		}
		if b > a && line[b-1] == '|' {
			b--
		}
	}
	if a == b {
		return 0, false
	}
	n, start, quoted := 0, a, false
	for i := a; i <= b; i++ {
		if i < b && line[i] == '"' {
			quoted = !quoted
		}
		if i == b || line[i] == sep && !quoted {
			if n == maxColumns {
				return 0, false
			}
			cells[n] = [2]int{start, i}
			n++
			start = i + 1
		}
	}
	return n, true
}

// sqlInserts reads the INSERT statements of text: the column list before VALUES (any case), then
// each parenthesised row of values after it.
func sqlInserts(text string, columns func(keys []string) []string, fn func(key string, start, end int)) {
	// a column list closes right before VALUES: found from its ')', one pass for any case
	for from := 0; ; {
		k := strings.IndexByte(text[from:], ')')
		if k < 0 {
			return
		}
		v := skipSpaces(text, from+k+1)
		from += k + 1
		if v+6 > len(text) || !strings.EqualFold(text[v:v+6], "values") || v+6 < len(text) && isAlnum(text[v+6]) {
			continue
		}
		keys, ok := insertColumns(text, v)
		if !ok {
			continue
		}
		if kept := columns(keys); anyKept(kept) {
			from = max(from, insertRows(text, v+6, kept, fn))
		}
	}
}

// insertColumns reads the column list that ends right before VALUES at text[v] (blanks between):
// "(first_name, last_name, `dob`)", with names quoted, bracketed or bare. A statement without one
// ("INSERT INTO t VALUES (…)") names no columns.
func insertColumns(text string, v int) ([]string, bool) {
	e := v
	for e > 0 && isSpace(text[e-1]) {
		e--
	}
	if e == 0 || text[e-1] != ')' {
		return nil, false
	}
	o := strings.LastIndexByte(text[max(0, e-1-maxColumns*42):e-1], '(')
	if o < 0 {
		return nil, false
	}
	o += max(0, e-1-maxColumns*42)
	list := text[o+1 : e-1]
	if strings.ContainsAny(list, "()'") {
		return nil, false
	}
	names := strings.Split(list, ",")
	if len(names) > maxColumns {
		return nil, false
	}
	keys := make([]string, len(names))
	for i, n := range names {
		n = strings.Trim(strings.TrimSpace(n), "`\"[]")
		key, ok := columnKey(n)
		if !ok {
			return nil, false
		}
		keys[i] = key
	}
	return keys, true
}

// insertRows reads the rows of values from text[at], "(…), (…)", and calls fn for the values of
// kept columns. It returns where it stopped.
func insertRows(text string, at int, kept []string, fn func(key string, start, end int)) int {
	for {
		p := at
		for p < len(text) && isSpace(text[p]) {
			p++
		}
		if p >= len(text) || text[p] != '(' {
			return at
		}
		p++
		for col := 0; ; col++ {
			for p < len(text) && isSpace(text[p]) {
				p++
			}
			if p >= len(text) {
				return p
			}
			var a, b int
			if text[p] == '\'' {
				a = p + 1
				b = a
				for b < len(text) && (text[b] != '\'' || b+1 < len(text) && text[b+1] == '\'') {
					if text[b] == '\'' {
						b++ // '' is a quote inside the value
					}
					b++
				}
				if b >= len(text) {
					return b
				}
				p = b + 1
			} else {
				a = p
				for p < len(text) && text[p] != ',' && text[p] != ')' && text[p] != '\n' {
					p++
				}
				b = p
				for b > a && isSpace(text[b-1]) {
					b--
				}
			}
			if col < len(kept) && kept[col] != "" && a < b && !strings.EqualFold(text[a:b], "null") {
				fn(kept[col], a, b)
			}
			for p < len(text) && isSpace(text[p]) {
				p++
			}
			if p >= len(text) || text[p] != ',' {
				break
			}
			p++
		}
		if p >= len(text) || text[p] != ')' {
			return p
		}
		at = p + 1
		for at < len(text) && isSpace(text[at]) {
			at++
		}
		if at >= len(text) || text[at] != ',' {
			return at
		}
		at++
	}
}

func anyKept(kept []string) bool {
	for _, k := range kept {
		if k != "" {
			return true
		}
	}
	return false
}

// SplitCells splits each finding that split accepts and that crosses a table's or a record's
// cell separator (a comma with no space after it, a tab, a semicolon or a pipe) into one finding
// per cell, each passed through trim and kept when not empty: a token over "Sofía,Hernández" or
// "12 Beacon St,Boston,MA" of a CSV row would take its commas, and the row its columns, with it.
// A name written family name first keeps its comma and space ("Okonkwo, Chidi"). fs is in start
// order; so is the result.
func SplitCells(text string, fs []Finding, split func(Finding) bool, trim func(Finding) Finding) []Finding {
	sep := func(k, end int) bool {
		c := text[k]
		return c == '\t' || c == ';' || c == '|' || c == ',' && k+1 < end && text[k+1] != ' '
	}
	var out []Finding // nil until a finding is split: most have no separator
	for i, f := range fs {
		cut := false
		if split(f) && strings.ContainsAny(text[f.Start:f.End], ",\t;|") {
			for k := f.Start; k < f.End && !cut; k++ {
				cut = sep(k, f.End)
			}
		}
		if !cut {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]Finding, 0, len(fs)+2), fs[:i]...)
		}
		a := f.Start
		for k := f.Start; k <= f.End; k++ {
			if k < f.End && !sep(k, f.End) {
				continue
			}
			p := f
			p.Start, p.End = a, k
			if p = trim(p); p.Start < p.End {
				out = append(out, p)
			}
			a = k + 1
		}
	}
	if out == nil {
		return fs
	}
	// the pieces of a finding that another one overlapped may start after that one ("A. A.!\t0",
	// a person over a group, cut at its tab): put them back in start order
	slices.SortStableFunc(out, func(a, b Finding) int { return a.Start - b.Start })
	return out
}

// csvAddress reports an address that a CSV row's cells hold: its text has a comma with no space
// after it.
func csvAddress(text string, f Finding) bool {
	if f.Type != StreetAddress {
		return false
	}
	span := text[f.Start:f.End]
	for k := 0; k+1 < len(span); k++ {
		if span[k] == ',' && span[k+1] != ' ' {
			return true
		}
	}
	return strings.ContainsAny(span, "\t|")
}
