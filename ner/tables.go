package ner

import (
	"slices"
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// tableValues calls fn for each cell of a table pasted as text (redact.TableCells) under a
// column that the field rules know, with the header as its key, so that namesInFields and
// placesInFields read "first_name,last_name" over "Sofía,Hernández" as they read "first_name":
// "Sofía". A "name" column is a person's full name when another column holds personal data (an
// email, a phone, a birth date, an address), as a list of people has; a product list's names are
// left to the model.
func tableValues(text string, fn func(key string, start, end int)) {
	redact.TableCells(text, fieldColumns, fn)
}

// fieldColumns keeps the name, place and address columns of a header.
func fieldColumns(keys []string) []string {
	kept := make([]string, len(keys))
	names, personal := -1, false
	short := shortNameColumns(keys)
	for k, key := range keys {
		switch {
		case key == "name":
			names = k
		case nameFields[key] || placeFields[key] || addressFields[key]:
			kept[k] = key
		case short && shortNameKeys[key] != "":
			kept[k] = shortNameKeys[key]
		case foreignNameColumns[key] != "":
			kept[k] = foreignNameColumns[key]
		}
		personal = personal || personalColumn(key)
	}
	if names >= 0 && personal {
		kept[names] = "full_name" // "name" in a list of people: a person's full name
	}
	return kept
}

// shortNameKeys are the short headers of a given and a family name's columns ("id,first,last,town",
// "fname,lname"), which name them only beside each other: "first" alone may be a page's first
// row.
var shortNameKeys = map[string]string{"first": "first_name", "last": "last_name", "fname": "first_name", "lname": "last_name",
	"given": "given_name", "family": "family_name", "forename": "first_name", "forenames": "first_name"}

// foreignNameColumns are other languages' headers of a given and a family name's columns, as a
// CSV or an aligned table writes them ("Apellidos  Nombre  DNI" over "García López  María  …";
// stop 38), and the field each is.
var foreignNameColumns = map[string]string{"apellidos": "last_name", "familienname": "last_name", "nachname": "last_name",
	"cognome": "last_name", "achternaam": "last_name", "nazwisko": "last_name", "efternamn": "last_name", "sobrenome": "last_name",
	"nombres": "first_name", "prenoms": "first_name", "prénoms": "first_name", "vornamen": "first_name", "voornaam": "first_name",
	"voornamen": "first_name", "imie": "first_name", "imię": "first_name", "imiona": "first_name", "förnamn": "first_name",
	"fornamn": "first_name", "forename": "first_name", "forenames": "first_name", "nome": "first_name"}

// shortNameColumns reports a header that holds a short given name's column and a short family
// name's (stop 37).
func shortNameColumns(keys []string) bool {
	given, family := false, false
	for _, k := range keys {
		switch shortNameKeys[k] {
		case "first_name", "given_name":
			given = true
		case "last_name", "family_name":
			family = true
		}
	}
	return given && family
}

// personalColumn reports a column of personal data besides names, which makes a "name" column
// a person's.
func personalColumn(key string) bool {
	for _, w := range []string{"email", "mail", "phone", "mobile", "tel", "dob", "birth", "address", "street", "city", "zip", "postcode", "postal", "ssn", "mrn", "npi", "passport", "licen", "member", "patient", "age", "gender", "sex",
		// a staff list's columns (stop 37): "| Name | Role |"
		"role", "position", "department", "dept", "job", "salary", "employee", "manager", "hired", "start_date", "reports_to"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// markdownHeaders drops what the model found in a markdown table's header row, the line right
// above its rule (|---|---|), where the cell holds that one word and the word is English or the
// dictionary's: "| Name | Price |" had made a person of Price (stop 37). A header of names
// ("| Alice | Bob |") keeps them.
func markdownHeaders(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "---") || !strings.Contains(text, "|") {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Source == redact.SourceModel && f.Type != redact.StreetAddress && headerCell(text, f.Start, f.End) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// headerCell reports that text[start:end] is a whole cell of a markdown header row and a word.
func headerCell(text string, start, end int) bool {
	ls, ok := redact.LineStartWithin(text, start, headerLine)
	if !ok {
		return false // a line longer than any table's header (stop 49: a megabyte's line had read back to its start for each finding)
	}
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		return false // a header has its rule on the next line
	}
	le += end
	next := text[le+1:]
	if k := strings.IndexByte(next, '\n'); k >= 0 {
		next = next[:k]
	}
	if !tableRule(next) {
		return false
	}
	cs := strings.LastIndexByte(text[ls:start], '|')
	ce := strings.IndexByte(text[end:le], '|')
	if cs < 0 || ce < 0 || strings.TrimSpace(text[ls+cs+1:start]) != "" || strings.TrimSpace(text[end:end+ce]) != "" {
		return false
	}
	w := text[start:end]
	return englishWord(w) || dictionaryWord(w)
}

// headerLine is the longest markdown header line headerCell reads.
const headerLine = 4096

// tableRule reports a markdown table's rule under its header: pipes, dashes, colons and spaces,
// with three dashes at least.
func tableRule(line string) bool {
	line = strings.TrimSpace(line)
	if !strings.Contains(line, "---") || !strings.Contains(line, "|") {
		return false
	}
	for i := 0; i < len(line); i++ {
		if c := line[i]; c != '|' && c != '-' && c != ':' && c != ' ' {
			return false
		}
	}
	return true
}

// alignedCellSpans cuts the model's spans that run from a cell of a table laid out in columns of
// blanks (redact.AlignedCells: a report's, a data frame's, an OCR step's form) on into the next
// cell or row at the cell's end: with two blanks and a line break in it, "Malmo⏎Lars Holm
// 0709876543     Lund" is no street, and the other cells' rules read what is in them (stop 38).
func alignedCellSpans(text string, fs []redact.Finding) []redact.Finding {
	var cells [][2]int
	redact.AlignedCells(text, fieldColumns, func(_ string, start, end int) {
		cells = append(cells, [2]int{start, end})
	})
	if len(cells) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Source == redact.SourceModel {
			k, _ := slices.BinarySearchFunc(cells, f.Start, func(c [2]int, at int) int { return c[0] - at })
			if k == len(cells) || cells[k][0] > f.Start {
				k--
			}
			if k >= 0 && f.Start < cells[k][1] && f.End > cells[k][1] {
				f.End = cells[k][1] // the span's cell's end
			}
		}
		out = append(out, f)
	}
	return out
}
