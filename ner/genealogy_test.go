package ner

import "testing"

// TestGedcom: GEDCOM's NAME line names a person's given names and family name (each its own
// person, as the slashes part them), and its PLAC line's items are places; a line without the
// level's number, or a tag that is no NAME or PLAC, is none.
func TestGedcom(t *testing.T) {
	text := "0 @I12@ INDI\n1 NAME Ciara /Berminghim/\n1 BIRT\n2 DATE 22 NOV 1881\n2 PLAC Harvey Ville, Tonga\nNAME Bo /Lee/\n1 NOTE Ana /Lima/"
	spans := typedSpans(t, text, "PERSON", "Harvey Ville")
	spans[0].Score = 0.93
	checkRuled(t, text, spans, "PERSON Ciara", "PERSON Berminghim", "LOCATION Harvey Ville", "LOCATION Tonga")
}

// TestMaidenNames: the family name after "née" is a person, and so is the given name before a
// bracketed "(née …)"; a lower-case word after "née" is none.
func TestMaidenNames(t *testing.T) {
	text := "son of Sam Jiles and Caoimhin (née MacGlynn), baptised. Ana Lima née Souza. She was née nothing."
	spans := typedSpans(t, text, "PERSON", "Sam Jiles", "PERSON", "Ana Lima")
	checkRuled(t, text, spans, "PERSON Sam Jiles", "PERSON Caoimhin", "PERSON MacGlynn", "PERSON Ana Lima", "PERSON Souza")
}

// TestHouseholds: the family name a census calls a household by is a person, without
// "household", which the model's person had run on over; a common word there is none.
func TestHouseholds(t *testing.T) {
	text := "Census 1911: Peters household, 4 Young Footway. The Gordon household moved. A large household."
	spans := typedSpans(t, text, "PERSON", "Gordon household")
	checkRuled(t, text, spans, "PERSON Peters", "STREET_ADDRESS 4 Young Footway", "PERSON Gordon")
}

// TestLifeEventTowns: the town after the date of a birth's or a death's abbreviation is a place;
// an abbreviation with no date before the comma, or a text after it that is no town, is none.
func TestLifeEventTowns(t *testing.T) {
	text := "Philomena Jacob (b. 1931-09-21, Bersenbrück; d. 1993-11-09, Żywiec). See p. 4, b. notes, d. 3, the end."
	spans := typedSpans(t, text, "PERSON", "Philomena Jacob")
	checkRuled(t, text, spans, "PERSON Philomena Jacob", "LOCATION Bersenbrück", "LOCATION Żywiec")
}

// TestKinTitles: a relation written before a name as a title is (Grandmother, Grandpa, Uncle)
// stays out of the person; "Cousin" and "Nana", family and given names too, are no titles.
func TestKinTitles(t *testing.T) {
	text := "Grandmother Annabel Miner emigrated in 1939."
	spans := typedSpans(t, text, "PERSON", "Grandmother Annabel Miner")
	checkRuled(t, text, spans, "PERSON Annabel Miner")
	text = "Salut Catherine. Maryse Cousin"
	spans = typedSpans(t, text, "PERSON", "Catherine", "PERSON", "Maryse Cousin")
	checkRuled(t, text, spans, "PERSON Catherine", "PERSON Maryse Cousin")
	// other languages' relations as titles, and a given name of the lists after one (stop 47)
	text = "Mormor Birgitta ringde igår. Zia Maria Rossi arriva domani. Oma Hilde kommt."
	spans = typedSpans(t, text, "PERSON", "Oma Hilde")
	checkRuled(t, text, spans, "PERSON Birgitta", "PERSON Maria Rossi", "PERSON Hilde")
}

// TestHungarianSalutation: Hungarian's "Kedves" and "Tisztelt" open a letter before the name, no
// part of it; the given name after the family name joins it (stop 47).
func TestHungarianSalutation(t *testing.T) {
	text := "Kedves Nagy Erzsébet! Az Ön időpontja: december 12."
	spans := typedSpans(t, text, "PERSON", "Kedves Nagy")
	checkRuled(t, text, spans, "PERSON Nagy Erzsébet")
}

// TestFamilyPhrasings: the family name of a line of descent in a text about a tree, the parents
// and children of "Children of …:", a marriage record's spouse and a birth's parents are
// persons; a railway's line is none.
func TestFamilyPhrasings(t *testing.T) {
	text := "DNA match, 2nd cousin; her tree shows the Baird line from Leeds. Children of Gero Gotthard and Henner Schmidtke: Liesbeth, Ines and Vassilios."
	spans := typedSpans(t, text, "ORGANIZATION", "Liesbeth")
	checkRuled(t, text, spans, "PERSON Baird", "PERSON Gero Gotthard", "PERSON Henner Schmidtke", "PERSON Liesbeth", "PERSON Ines", "PERSON Vassilios")
	text = "Married Charo Armas on 1943-08-08. Augusto Viña was born in 1913 to Febe Galvez and Balduino Melero."
	checkRuled(t, text, nil, "PERSON Charo Armas", "PERSON Augusto Viña", "PERSON Febe Galvez", "PERSON Balduino Melero")
	text = "Our family took the Jubilee line, then the Northern line home."
	checkRuled(t, text, nil)
}
