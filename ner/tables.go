package ner

import "strings"

// Tables pasted as text (CSV, TSV, semicolon-separated exports, markdown) name their columns
// once, in a header row, and the rows below hold the values bare: "first_name,last_name,city" then
// "Sofía,Hernández,Lyon". tableValues reads such a table's cells as fields, keyed by their
// column's header, so that the field rules (namesInFields, placesInFields) read them as they read
// "first_name": "Sofía".

// tableValues calls fn for each cell under a header that the field rules know, with the header
// as its key (lower case, words joined by '_': "First Name" is first_name). A "name" column is a
// person's full name when another column holds personal data (an email, a phone, a birth date,
// an address), as a customer list has; a product list's names are left to the model. A table
// ends at a blank line or a row with a different number of cells.
func tableValues(text string, fn func(key string, start, end int)) {
	if strings.IndexByte(text, '\n') < 0 {
		return
	}
	for p := 0; p < len(text); {
		end := lineEnd(text, p)
		if sep, keys, ok := tableHeader(text[p:end]); ok {
			end = tableRows(text, end, sep, keys, fn)
		}
		p = end + 1
	}
}

// lineEnd returns the index of the line break that ends the line at p, or len(text).
func lineEnd(text string, p int) int {
	if k := strings.IndexByte(text[p:], '\n'); k >= 0 {
		return p + k
	}
	return len(text)
}

// tableSeparators are the cell separators tried, in order.
const tableSeparators = ",;\t|"

// maxColumns bounds the columns of a header read.
const maxColumns = 64

// tableHeader reads a header row: two or more cells, each a column name (an ASCII letter first,
// then letters, digits, spaces, '_', '-', '.', at most 40 bytes), and at least one the field rules
// know. It returns the separator and each column's key ("" for the columns not read).
func tableHeader(line string) (byte, []string, bool) {
	line = strings.TrimRight(line, "\r")
	for i := 0; i < len(tableSeparators); i++ {
		sep := tableSeparators[i]
		if strings.IndexByte(line, sep) < 0 {
			continue
		}
		cells := strings.Split(trimPipes(line, sep), string(sep))
		if len(cells) < 2 || len(cells) > maxColumns {
			continue
		}
		keys, known, personal, names := make([]string, len(cells)), false, false, -1
		for k, c := range cells {
			key, ok := columnKey(c)
			if !ok {
				known = false
				names = -2
				break
			}
			switch {
			case key == "name":
				names = k
			case nameFields[key] || placeFields[key] || addressFields[key]:
				keys[k], known = key, true
			}
			personal = personal || personalColumn(key)
		}
		if names >= 0 && personal {
			keys[names], known = "full_name", true // "name" in a list of people: a person's full name
		}
		if known {
			return sep, keys, true
		}
	}
	return 0, nil, false
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
	if c == "" || len(c) > 40 || !isLetterASCII(c[0]) {
		return "", false
	}
	b := make([]byte, 0, len(c))
	for i := 0; i < len(c); i++ {
		switch ch := c[i]; {
		case isLetterASCII(ch):
			if ch >= 'A' && ch <= 'Z' {
				if i > 0 && c[i-1] >= 'a' && c[i-1] <= 'z' {
					b = append(b, '_') // firstName: first_name
				}
				ch += 'a' - 'A'
			}
			b = append(b, ch)
		case isDigitByte(ch) || ch >= 0x80: // digits, and letters of other scripts (Prénom)
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

// personalColumn reports a column of personal data besides names, which makes a "name" column
// a person's.
func personalColumn(key string) bool {
	for _, w := range []string{"email", "mail", "phone", "mobile", "tel", "dob", "birth", "address", "street", "city", "zip", "postcode", "postal", "ssn", "mrn", "patient", "age", "gender", "sex"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// tableRows reads the rows after a header ending at text[from], while each has the header's
// number of cells, and calls fn for the cells of the columns with keys. It returns where the
// table ends: the line break before the first line that is no row, or len(text).
func tableRows(text string, from int, sep byte, keys []string, fn func(key string, start, end int)) int {
	for from < len(text) {
		p := from + 1
		end := lineEnd(text, p)
		line := strings.TrimRight(text[p:end], "\r")
		if sep == '|' && strings.Trim(line, "|-: \t") == "" && strings.Contains(line, "-") {
			from = end // a markdown table's rule under its header
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
