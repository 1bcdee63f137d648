package ner

import "testing"

// TestForeignProse: in prose of another language than English, the model's persons that hold no
// known name, and its places, organisations and streets that the gazetteers do not vouch for, are
// dropped; known names, places after a title and English text keep theirs.
func TestForeignProse(t *testing.T) {
	text := "Der Herausgeber wird im Cache gesucht. Die Datei konnte nicht geöffnet werden, bitte rufen Sie Jürgen Weber in Hamburg an, nicht Herrn Zorbel Quintavic."
	spans := typedSpans(t, text, "PERSON", "Der Herausgeber", "LOCATION", "Cache", "ORGANIZATION", "Die Datei", "PERSON", "Jürgen Weber",
		"LOCATION", "Hamburg", "PERSON", "Zorbel Quintavic")
	checkRuled(t, text, spans, "PERSON Jürgen Weber", "LOCATION Hamburg", "PERSON Zorbel Quintavic")

	// the same words in English prose are the model's to judge
	text = "The Herausgeber file was opened by Datei and it is in the Cache for now, as the log says."
	spans = typedSpans(t, text, "PERSON", "Herausgeber", "PERSON", "Datei", "LOCATION", "Cache")
	checkRuled(t, text, spans, "PERSON Herausgeber", "PERSON Datei", "LOCATION Cache")

	for _, tc := range []struct {
		text    string
		foreign bool
	}{
		{"Die Datei konnte nicht geöffnet werden, weil sie nicht existiert.", true},
		{"Le fichier ne peut pas être ouvert car il est dans un dossier protégé.", true},
		{"El archivo no se puede abrir porque está en una carpeta protegida.", true},
		{"The file could not be opened because it is in a protected folder, mit Grüßen.", false},
		{"hi", false},
		{"Bulbulay is so so so funny", false}, // "so" is Slovene too, and English
		{"Le patient Ahmed Benali est arrivé à Marseille hier soir.", true}, // a short message
		{"Falei com a Ana Pereira sobre a fatura e ela vai pagar amanhã.", true},
		{"Tiedostoa ei ole olemassa, joten sitä ei voi avata nyt.", true},
		{"Berkas yang diberikan tidak dapat dibuka karena tidak ada.", true},
	} {
		if got := foreignProse(tc.text); got != tc.foreign {
			t.Errorf("foreignProse(%q) = %v, want %v", tc.text, got, tc.foreign)
		}
	}
}

// TestForeignProseAllocations: telling the language reads every word of a text without allocating.
func TestForeignProseAllocations(t *testing.T) {
	text := "Die Größe der Datei konnte nicht ermittelt werden, weil sie für Änderungen gesperrt ist. Über das Menü können Sie fortfahren."
	if n := testing.AllocsPerRun(50, func() { foreignProse(text) }); n > 0 {
		t.Errorf("foreignProse allocates %.0f times", n)
	}
}
