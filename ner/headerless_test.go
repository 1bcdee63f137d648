package ner

import "testing"

// TestHeaderlessRows: rows of a table pasted without its header give each column's cells what
// some of its cells were found to be, where the rows hold personal data; an affiliation's lines
// and rows without personal data are left as found.
func TestHeaderlessRows(t *testing.T) {
	text := "1042,Maria,Lopez,maria.lopez@example.com,Austin\n1043,Tyrese,Coleman,tcoleman@example.com,Denver"
	spans := typedSpans(t, text, "PERSON", "Maria", "PERSON", "Lopez", "PERSON", "Coleman", "LOCATION", "Denver")
	checkRuled(t, text, spans, "PERSON Maria", "PERSON Lopez", "LOCATION Austin", "PERSON Tyrese", "PERSON Coleman", "LOCATION Denver")
	// bars, no finding at all: given names of the lists, and the family names right of them
	text = "42|Harriet|Mbeki|1979-04-02|F\n43|Sven|Lindqvist|1961-11-02|M"
	checkRuled(t, text, nil, "PERSON Harriet", "PERSON Mbeki", "PERSON Sven", "PERSON Lindqvist")
	// family names with particles right of the given names, and left of them
	text = "41|Brayan|Souza|1956-03-28\n42|Théo|da Rocha|1981-11-07\n43|Josué|Mendes|1983-09-28"
	checkRuled(t, text, nil, "PERSON Brayan", "PERSON Souza", "PERSON Théo", "PERSON da Rocha", "PERSON Josué", "PERSON Mendes")
	text = "860918,Conesa,Simón,+34975301314\n733472,Palacio,Cándido,+34920012496\n129273,Sanabria,Rico,+34842251440"
	spans = typedSpans(t, text, "PERSON", "Simón", "PERSON", "Cándido")
	checkRuled(t, text, spans, "PERSON Conesa", "PERSON Simón", "PERSON Palacio", "PERSON Cándido", "PERSON Sanabria", "PERSON Rico")
	// a weak place of the model in a column of places; quoted cells with a comma inside
	text = "\"Okafor, Chidi\",chidi@example.com,Lagos\n\"Tanaka, Yuki\",yuki@example.com,Osaka"
	spans = typedSpans(t, text, "PERSON", "Chidi", "LOCATION", "Lagos", "PERSON", "Tanaka, Yuki")
	spans = append(spans, scoredSpans(t, text, 0.45, "LOCATION", "Osaka")...)
	checkRuled(t, text, spans, "PERSON Okafor, Chidi", "LOCATION Lagos", "PERSON Tanaka, Yuki", "LOCATION Osaka")
	// none: no personal data in the rows (an affiliation's lines, flowers that are given names);
	// a header's words, which the header's rules read
	text = "1 Department of Biology, University of Giudecca, Penna\n2 Trapani SPA, Zito e Filangieri, San Filippo"
	spans = typedSpans(t, text, "PERSON", "Penna", "LOCATION", "San Filippo")
	checkRuled(t, text, spans, "ORGANIZATION Department of Biology", "ORGANIZATION University of Giudecca", "PERSON Penna",
		"ORGANIZATION Trapani SPA", "LOCATION Filangieri", "LOCATION San Filippo") // the organisations' and places' rules' own
	text = "red,Rose,Lily\nblue,Iris,Violet\ngreen,Ivy,Fern"
	checkRuled(t, text, nil)
	text = "Name,Email,City\nMaria Lopez,maria@example.com,Austin\nTyrese Coleman,ty@example.com,Denver"
	spans = typedSpans(t, text, "PERSON", "Maria Lopez")
	checkRuled(t, text, spans, "PERSON Maria Lopez", "LOCATION Austin", "PERSON Tyrese Coleman", "LOCATION Denver")
}

// TestAlignedTableCells: in a table laid out in columns of blanks, the model's span that runs
// from a cell into the next row ends at its cell's end, and a town's column makes the place of
// what the model called a street there; the name and town columns read as a CSV's would.
func TestAlignedTableCells(t *testing.T) {
	text := "Name          Phone          City\nAnna Berg     0701234567     Malmo\nLars Holm     0709876543     Lund"
	spans := typedSpans(t, text, "PERSON", "Anna Berg", "STREET_ADDRESS", "Malmo\nLars Holm     0709876543     Lund")
	checkRuled(t, text, spans, "PERSON Anna Berg", "LOCATION Malmo", "PERSON Lars Holm", "LOCATION Lund")
	text = "LAST NAME            FIRST NAME        MI\nOKAFOR               CHINEDU           E"
	checkRuled(t, text, nil, "PERSON OKAFOR", "PERSON CHINEDU")
}

// TestForeignNameColumns: other languages' headers of a given and a family name's columns name
// them, in a CSV and in an aligned table.
func TestForeignNameColumns(t *testing.T) {
	checkRuled(t, "Apellidos        Nombre     DNI\nGarcía López     María      12345678Z", nil, "PERSON García López", "PERSON María")
	checkRuled(t, "cognome,nome,email\nRossi,Mario,m@x.it", nil, "PERSON Rossi", "PERSON Mario")
}
