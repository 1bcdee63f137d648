package ner

import (
	"context"
	"slices"
	"testing"
)

// TestTownsInProse: with the embedded model, a capitalised word after a preposition of place in
// another language's prose is a town; a name's particle, a recipient after a verb of calling or
// sending, a street, and English and German text give none (stop 30).
func TestTownsInProse(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Hon reste från Sandviken till Karlstad i går.", []string{"LOCATION:Sandviken", "LOCATION:Karlstad"}, nil},
		{"Kontoret i Varberg är stängt i dag.", []string{"LOCATION:Varberg"}, []string{"PERSON:Varberg"}},
		{"Han kørte fra Haslev til Øster Ulslev.", []string{"LOCATION:Haslev", "LOCATION:Øster Ulslev"}, nil},
		{"La oficina de Santa Cruz de Tenerife cierra hoy.", []string{"LOCATION:Santa Cruz de Tenerife"}, nil},
		{"Viajó de Ávila a Guadalajara.", []string{"LOCATION:Ávila", "LOCATION:Guadalajara"}, nil},
		{"Hij reed van Breda naar Venlo.", []string{"LOCATION:Venlo"}, nil},
		{"Tomasz Nowak pochodzi z miasta Nowy Sącz.", []string{"PERSON:Tomasz Nowak", "LOCATION:Nowy Sącz"}, nil},
		{"Asuinpaikka: Pirkkala", []string{"LOCATION:Pirkkala"}, []string{"PERSON:Asuinpaikka"}},
		{"Toimipiste: Parainen, avoinna ma–pe", []string{"LOCATION:Parainen"}, nil},
		{"Dia berangkat dari Cilegon ke Bandung kemarin.", []string{"LOCATION:Cilegon", "LOCATION:Bandung"}, nil},
		// a name's particle, an honorific's family name, a street's name
		{"Salut Rémy, mon adresse e-mail est kpayet@example.com. Noémi de la Guilbert", nil, []string{"LOCATION:Guilbert"}},
		{"Michèle de Courtois, né le 22/04/1993 à Royer, est client depuis 2019.", nil, []string{"LOCATION:Courtois"}},
		{"Amélia do Pires, nascido a 22/12/1990 em Lixa, é cliente desde 2019.", nil, []string{"LOCATION:Pires"}},
		{"De heer de Vroege woont op Jentesingel 366, 3745QZ, Nunspeet.", nil, []string{"LOCATION:Vroege"}},
		{"Ship to:\nIrma Fuster\nCamino de Saturnino Segarra 3\nCeuta, 25493", nil, []string{"LOCATION:Saturnino Segarra"}},
		{"Lost dog near rue de Faure in Auger! Answers to Max.", nil, []string{"LOCATION:Faure in Auger", "LOCATION:Faure"}},
		// a person called or written to, and a person's names after "a"
		{"Ring til Bertil på 18 08 09 94 eller skriv til bertil@example.org.", nil, []string{"LOCATION:Bertil"}},
		{"Enviar la documentación a Clarisa Rico Morcillo, Glorieta de Maribel Carmona 915, Alicante.", nil, []string{"LOCATION:Clarisa"}},
		// Chinese, Japanese and Korean, by a town's suffix and a word of place
		{"我住在沈阳市，下周去杭州。", []string{"LOCATION:沈阳市", "LOCATION:杭州"}, nil},
		{"陈岩来自北京县，现在在洁市工作。", []string{"PERSON:陈岩", "LOCATION:北京县", "LOCATION:洁市"}, nil},
		{"你好！张淑华住在欢县。周末住在家里。我们来自上海。", []string{"PERSON:张淑华", "LOCATION:欢县", "LOCATION:上海"}, []string{"PERSON:周末", "PERSON:我们"}},
		{"田中さんは横浜市緑区に住んでいます。来週羽村市に出張します。", []string{"LOCATION:横浜市緑区", "LOCATION:羽村市"}, nil},
		{"윤춘자 씨는 용인시 수지구 출신입니다. 저는 속초시에서 왔어요.", []string{"LOCATION:용인시 수지구", "LOCATION:속초시"}, nil},
		{"我去超市买菜，住在小区里。다시 왔어요.", nil, []string{"LOCATION:超市", "LOCATION:小区", "LOCATION:다시"}},
		// a town before "-based", not a language or software
		{"She is a Tromsø-based designer; a London-based firm.", []string{"LOCATION:Tromsø", "LOCATION:London"}, nil},
		{"We use Java-based tools, Linux-based servers and cloud-based storage; an evidence-based approach.", nil, []string{"LOCATION:Java", "LOCATION:Linux"}},
		// a hospital by its shorthand after a word of care, not an office
		{"The patient was transferred from Kurtview General. Admitted to Mercy General last night.", []string{"LOCATION:Kurtview General", "LOCATION:Mercy General"}, nil},
		{"The Attorney General said no; the Surgeon General agreed.", nil, []string{"LOCATION:Attorney General", "LOCATION:Surgeon General"}},
		// English and German
		{"bought a Tesla yesterday", nil, []string{"LOCATION:Tesla"}},
		{"Das ist in Ordnung, bitte warten.", nil, []string{"LOCATION:Ordnung"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// checkHolds runs r over text and checks that its findings, as "TYPE:text", hold each of want
// and none of not.
func checkHolds(t *testing.T, r *Recognizer, text string, want, not []string) {
	t.Helper()
	fs, err := r.Recognize(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Type+":"+text[f.Start:f.End])
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: no %s in %q", text, w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%q: %s in %q", text, w, got)
		}
	}
}

// TestPlacesBeforePlaceNouns: a town between "the" and a word for a region, an office or an
// event there is a place, over a person or a street the model ran on into the noun; not an
// organisation's, an English word's, or a given name alone.
func TestPlacesBeforePlaceNouns(t *testing.T) {
	text := "Met Megan Lee at the North Cindyville conference. Carey moved to the New David territory, then the Toussaint office."
	spans := typedSpans(t, text, "PERSON", "Megan Lee", "STREET_ADDRESS", "the North Cindyville conference", "PERSON", "Carey", "PERSON", "David territory")
	checkRuled(t, text, spans, "PERSON Megan Lee", "LOCATION North Cindyville", "PERSON Carey", "LOCATION New David", "LOCATION Toussaint")
	text = "the Google office, the Sales conference, the Jennifer territory and the Acme Corp campus"
	checkRuled(t, text, typedSpans(t, text, "ORGANIZATION", "Google"), "ORGANIZATION Google", "PERSON Jennifer", "ORGANIZATION Acme Corp") // (other rules' findings)
}
