package ner

import "testing"

// TestDatelines: the town in capitals that opens a story's dateline, before a month's day or a
// dash, is a place over what the model made of it; capitals before a dash that are an English
// word, or before anything else, are none.
func TestDatelines(t *testing.T) {
	text := "NOIDA, Aug 16 (Reuters) - Police said.\nLAKE MICHAEL, April 5 - Officials said.\nDIDAM — The mayor spoke."
	spans := typedSpans(t, text, "ORGANIZATION", "Reuters", "STREET_ADDRESS", "LAKE MICHAEL")
	spans[1].Score = 0.7
	checkRuled(t, text, spans, "LOCATION NOIDA", "ORGANIZATION Reuters", "LOCATION LAKE MICHAEL", "LOCATION DIDAM")
	text = "WARNING - Do not touch.\nNOTE — See below.\nHTTP, Aug 16 was the day.\nACME builds - Tuesday\nCARLOS MENDOZA - DOB 07/19/1988"
	spans = typedSpans(t, text, "PERSON", "CARLOS MENDOZA")
	checkRuled(t, text, spans, "PERSON CARLOS MENDOZA")
}

// TestBylines: the names after "By" alone on a line are persons; a line that goes on after a
// name, or words that are no names, are none.
func TestBylines(t *testing.T) {
	text := "By Mathew Page\nThe council met.\nBy Ana Lima and Bo Chen\nBy the river we sat.\nBy Monday, April 5"
	checkRuled(t, text, nil, "PERSON Mathew Page", "PERSON Ana Lima", "PERSON Bo Chen")
}

// TestStoryOffices: the business a story names by someone's office in it, or the one someone
// joined in a year, or a press release's boilerplate, is an organisation over the model's
// persons; a given name there, or "About Us:", is none.
func TestStoryOffices(t *testing.T) {
	text := "\"Good,\" said Ana Lima, chief executive of Bali-Menon. Bo Chen, a spokeswoman for Sampaio S/A, declined. Moura, who joined Caldeira in 1995, left."
	spans := typedSpans(t, text, "PERSON", "Ana Lima", "PERSON", "Bali", "PERSON", "Bo Chen", "PERSON", "Moura")
	checkRuled(t, text, spans, "PERSON Ana Lima", "ORGANIZATION Bali-Menon", "PERSON Bo Chen", "ORGANIZATION Sampaio S/A", "PERSON Moura", "ORGANIZATION Caldeira")
	text = "About Nicholson-Schwartz: founded in 2002.\nAbout Us: we sell shoes. Bo, who joined Mary in 2019, left."
	checkRuled(t, text, nil, "ORGANIZATION Nicholson-Schwartz", "PERSON Mary")
}
