package ner

import "testing"

// TestReferenceEntries: the authors of a reference entry in APA's and in Vancouver's style are
// persons, each with the initials after the family name, over what the model made of them;
// Vancouver's last author ends at the full stop the model's middle initial read past. A line
// of the same shape with no year, or with common words for names, names no one.
func TestReferenceEntries(t *testing.T) {
	text := "Ficino, M., Borromini, T. A., & van der Berg, J.-P. (2016). Sleep and memory. Journal of Aging, 12(3), 45-67."
	spans := typedSpans(t, text, "PERSON", "M.", "ORGANIZATION", "Borromini")
	checkRuled(t, text, spans, "PERSON Ficino, M.", "PERSON Borromini, T. A.", "PERSON van der Berg, J.-P.")
	text = "[3] Vance N, Hamilton GW, Cross S. Outcomes of early surgery. Lancet. 2000;391:112-9."
	spans = typedSpans(t, text, "PERSON", "Cross S. Outcomes")
	checkRuled(t, text, spans, "PERSON Vance N", "PERSON Hamilton GW", "PERSON Cross S")
	text = "2. Moreau C, et al. Trial design. BMJ. 2019;12:3."
	checkRuled(t, text, nil, "PERSON Moreau C")
	text = "Room A, Building B. Opened in 2019.\nSmith, J. said hello.\nOne, Two, & Three (first)."
	checkRuled(t, text, nil)
}

// TestCitedAuthors: a work cited by its first author before "et al.", by its authors before a
// year in brackets, or in brackets before a comma and a year names them; a capitalised common
// word before a year, or a year after anything else, names no one.
func TestCitedAuthors(t *testing.T) {
	text := "The results of Martel et al. (2006) differ. As Parekh (2010) argues, and Smith and Jones (2012) agree, it holds (Pons & van Dijk, 2018; Lee, 2020)."
	checkRuled(t, text, nil, "PERSON Martel", "PERSON Parekh", "PERSON Smith", "PERSON Jones", "PERSON Pons", "PERSON van Dijk", "PERSON Lee")
	// two family names joined by "&" before a year are authors, no firm (stop 35)
	text = "The authors should cite Moreau & Lefèvre (2018), as (Roux & Bernard, 2019) did. Moreau & Lefèvre sent me a letter."
	checkRuled(t, text, nil, "PERSON Moreau", "PERSON Lefèvre", "PERSON Roux", "PERSON Bernard", "ORGANIZATION Moreau & Lefèvre")
	text = "The Census (2020) counted them, and Bass (2010) sold well. Revenue rose (EBITDA, 2021). Version 2 (2019) shipped."
	checkRuled(t, text, nil)
}

// TestNumberedAuthors: the authors of a line that glues their affiliations' numbers to their
// names are persons without the numbers, and the towns that end the affiliations under them are
// places; one name with a number, or a line of other words, is none.
func TestNumberedAuthors(t *testing.T) {
	text := "Jessica Dillon1, Laura Sheppard2 and Daniel Collins1,2\n1 Department of Biology, Acme Institute, Mooreport\n2 Sawyer Ltd, Port Hazel, Canada"
	spans := typedSpans(t, text, "PERSON", "Daniel", "ORGANIZATION", "Acme Institute", "ORGANIZATION", "Sawyer Ltd", "LOCATION", "Canada")
	checkRuled(t, text, spans, "PERSON Jessica Dillon", "PERSON Laura Sheppard", "PERSON Daniel Collins", "ORGANIZATION Department of Biology",
		"ORGANIZATION Acme Institute", "LOCATION Mooreport", "ORGANIZATION Sawyer Ltd", "LOCATION Port Hazel", "LOCATION Canada")
	// superscript numbers, and an Irish particle among the names (stop 35)
	text = "Ingrid Vestergaard¹, Tomás Ó Ceallaigh², Priyamvada Raman¹,³ and Kenji Morimoto²\n¹ Department of Orthopaedics, Aarhus"
	spans = typedSpans(t, text, "PERSON", "Ingrid Vestergaard", "PERSON", "Kenji Morimoto")
	checkRuled(t, text, spans, "PERSON Ingrid Vestergaard", "PERSON Tomás Ó Ceallaigh", "PERSON Priyamvada Raman", "PERSON Kenji Morimoto",
		"ORGANIZATION Department of Orthopaedics", "LOCATION Aarhus")
	text = "Product Team2 and Support Desk3\n1 Department of Biology, Acme Institute, Mooreport"
	spans = typedSpans(t, text, "ORGANIZATION", "Acme Institute")
	checkRuled(t, text, spans, "ORGANIZATION Department of Biology", "ORGANIZATION Acme Institute")
	// the model's address over an affiliation's number is none; the firm before the town is an
	// organisation, a legal form keeping it one (stop 32)
	text = "Jessica Dillon1 and Daniel Collins2\n1 Department of Biology, University of Janetfort, Millerville\n2 Sawyer Ltd, New Mary"
	spans = typedSpans(t, text, "PERSON", "Jessica Dillon", "PERSON", "Daniel Collins", "STREET_ADDRESS", "Millerville\n2 Sawyer Ltd, New Mary")
	checkRuled(t, text, spans, "PERSON Jessica Dillon", "PERSON Daniel Collins", "ORGANIZATION Department of Biology",
		"ORGANIZATION University of Janetfort", "LOCATION Millerville", "ORGANIZATION Sawyer Ltd", "LOCATION New Mary")
}

// TestTownsAfterUniversities: the town after a university's name and a comma is a place, at the
// line's or the sentence's end or before a year; a list after the university's bracket is not.
func TestTownsAfterUniversities(t *testing.T) {
	text := "A thesis submitted to the University of Mittweida, Nordhausen, 1996\nCorresponding author: University of Serampore, Madhyamgram. E-mail: x@example.com"
	checkRuled(t, text, nil, "ORGANIZATION University of Mittweida", "LOCATION Nordhausen", "ORGANIZATION University of Serampore", "LOCATION Madhyamgram")
	text = "Chaired by Dr Stey (University of Herford). Speakers: Dina Gutknecht, Hagen Carsten."
	spans := typedSpans(t, text, "PERSON", "Dina Gutknecht", "PERSON", "Hagen Carsten")
	checkRuled(t, text, spans, "PERSON Stey", "ORGANIZATION University of Herford", "PERSON Dina Gutknecht", "PERSON Hagen Carsten")
}
