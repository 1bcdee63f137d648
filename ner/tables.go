package ner

import (
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
	for k, key := range keys {
		switch {
		case key == "name":
			names = k
		case nameFields[key] || placeFields[key] || addressFields[key]:
			kept[k] = key
		}
		personal = personal || personalColumn(key)
	}
	if names >= 0 && personal {
		kept[names] = "full_name" // "name" in a list of people: a person's full name
	}
	return kept
}

// personalColumn reports a column of personal data besides names, which makes a "name" column
// a person's.
func personalColumn(key string) bool {
	for _, w := range []string{"email", "mail", "phone", "mobile", "tel", "dob", "birth", "address", "street", "city", "zip", "postcode", "postal", "ssn", "mrn", "npi", "passport", "licen", "member", "patient", "age", "gender", "sex"} {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}
