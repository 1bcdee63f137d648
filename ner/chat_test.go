package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNamesInChat: a lower-case word after a greeting, or joined by "and" to a lower-case
// person the model is sure of, is a name, unless it is a common word, a word that greets a
// group, or has the ending of an English word.
func TestNamesInChat(t *testing.T) {
	for _, tc := range []struct {
		text   string
		model  []string // what the model marks as a person
		scores []float64
		want   []string
	}{
		{"hi kev, can you send it", nil, nil, []string{"PERSON kev"}},
		{"ok. thanks jo!", nil, nil, []string{"PERSON jo"}},
		{"hey tayo\nsee you", nil, nil, []string{"PERSON tayo"}},
		{"hey guys, hi all, thanks again! hello world, hi there, morning team", nil, nil, nil},
		{"the hi kev said", nil, nil, nil},      // no greeting there
		{"hi gamer, hey coding", nil, nil, nil}, // the endings of English words
		{"lol kev and danny got lost", []string{"danny"}, []float64{0.95}, []string{"PERSON kev", "PERSON danny"}},
		{"danny and kev are coming", []string{"danny"}, []float64{0.95}, []string{"PERSON danny", "PERSON kev"}},
		{"me and danny, time and danny", []string{"danny", "danny"}, []float64{0.95, 0.95}, []string{"PERSON danny", "PERSON danny"}},
		{"a gamer and danny fan", []string{"danny"}, []float64{0.95}, []string{"PERSON danny"}},
		{"reqch and writech", []string{"reqch"}, []float64{0.5}, []string{"PERSON reqch"}},            // a doubtful person vouches for nothing
		{"Kev and Danny", []string{"Danny"}, []float64{0.95}, []string{"PERSON Kev", "PERSON Danny"}}, // Kev a lone given name (loneGivenNames)
		{"from grandma rose: lunch. my sister jess, who", nil, nil, []string{"PERSON rose", "PERSON jess"}},
		{"grandma rose early; my son will. mother bear.", nil, nil, nil},                                           // capitals are the model's
		{"my bf jordan keeps texting, my sister jess said hi", nil, nil, []string{"PERSON jordan", "PERSON jess"}}, // no word a verb could be
		// a known given name in lower case before a verb, at a sentence's start or after a word
		// chat opens with, or after an auxiliary that opens a question
		{"dani says hi. lmao zeke fell asleep. can jess pick it up", nil, nil, []string{"PERSON dani", "PERSON zeke", "PERSON jess"}},
		{"the will is read, can you pick it up, the kev says, ok dev i will call", nil, nil, nil},
		// thanks and a capitalised word that closes the phrase, which the model doubted
		{"Thanks, Olafur\nCheers, Olafur!", []string{"Olafur"}, []float64{0.49}, []string{"PERSON Olafur", "PERSON Olafur"}},
		{"Thanks, Team. Thanks, Support! Hi, Everyone. Dear, London. Thanks, Zorvan Arnalds said", nil, nil, nil},
		// a known given name in lower case after a comma, ending the message or its line
		{"thanks a lot, siobhan\ngood job on the demo, keanu!! x\nsee you tmrw jess!", nil, nil, []string{"PERSON siobhan", "PERSON keanu", "PERSON jess"}},
		{"i told you so\nsee you later\nlove you mum", nil, nil, nil},
		{"b = make([]byte, 0, max)\ncase 'j': // january, jan\nsugar, spice, and all things nice, mark. ok, will", nil, nil, nil},
		// other languages' greetings and thanks in lower case, before a given name of the lists
		// (stop 37); not before a word for the one greeted, a group or "a lot"
		{"oye carlos, ¿vienes mañana?\nvaleu danilo!!\ndanke waldemar!!\ndank je pippa!!", nil, nil,
			[]string{"PERSON carlos", "PERSON danilo", "PERSON waldemar", "PERSON pippa"}},
		{"ciao bella\nhola amigo\nmerci beaucoup\noi gente\ndank je wel", []string{"ciao bella"}, []float64{0.72}, nil},
		// the model's person that opens with a greeting keeps the name only
		{"merci paul", []string{"merci paul"}, []float64{0.85}, []string{"PERSON paul"}},
		// another language's greeting alone, or the word after one that is no name, is no person
		{"danke sehr", []string{"danke"}, []float64{0.8}, nil},
		{"oye mira, ¿vienes?", []string{"mira"}, []float64{0.8}, nil},
		{"ty, can i please speak to your boss?", []string{"ty"}, []float64{0.8}, []string{"PERSON ty"}}, // English's "ty" may be Ty
	} {
		var spans []Span
		at := 0
		for i, m := range tc.model {
			k := strings.Index(tc.text[at:], m) + at
			spans = append(spans, Span{Type: "PERSON", Start: k, End: k + len(m), Score: tc.scores[i]})
			at = k + len(m)
		}
		if diff := cmp.Diff(tc.want, ruled(t, tc.text, spans)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestCommonWithoutTokenizing: the word hash common uses for words of letters is phraseHash's.
func TestCommonWithoutTokenizing(t *testing.T) {
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"the", "About", "ÉCOLE", "straße", "doe", "kev", "o'neil", "x-ray", "Zürich"} {
		h, _ := phraseHash(w)
		if want := m.gazetteer[h]&gCommon != 0; m.common(w) != want {
			t.Errorf("%q: common %v, phraseHash says %v", w, m.common(w), want)
		}
	}
	if !m.common("About") || m.common("kev") {
		t.Errorf("about should be common and kev not")
	}
}

// TestCaselessNamePairs: a known given name and a family name after it, both in lower case or
// both in capitals, are one person where the model found nothing; an English word, another given
// name, a place or a word of code after the given name is none.
func TestCaselessNamePairs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"can you forward this to holger brandstätter before friday?", []string{"PERSON holger brandstätter"}},
		{"i spoke with paolo guidetti yesterday", []string{"PERSON paolo guidetti"}},
		{"i spoke with helmut oberhuber yesterday", []string{"PERSON helmut oberhuber"}}, // "-er" ends names too; the dictionary tells words
		{"Can you forward this to HOLGER BRANDSTÄTTER before Friday?", []string{"PERSON HOLGER BRANDSTÄTTER"}},
		{"Reminder: EGLĖ KAZLAUSKIENĖ starts on Monday.", []string{"PERSON EGLĖ KAZLAUSKIENĖ"}},
		// in another language's prose, a family name of the lists, a given name's plural too, and
		// over the model's doubted organisation (stop 37)
		{"falei com bruna fernandes ontem", []string{"PERSON bruna fernandes"}},
		{"ho parlato con alberico scamarcio ieri", []string{"PERSON alberico scamarcio"}},
		// English words, plurals and English endings, given names, places, code and its comments
		{"getting rick rolled, a trinidad pepper, prima donnas, jose luis and maria db", nil},
		{"the gregorian ordinal; maria server; helmut paris; check the hugo templates", nil},
		{"elif option:\n    pass\n# holger brandstätter wrote this", nil},
		{"MARIA PLEASE CALL. HOLGER PARIS", nil},
	} {
		if diff := cmp.Diff(tc.want, ruled(t, tc.text, nil)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestSpeakersAndAddressees: a transcript's speaker before a colon, in lower case as a given name
// of the lists that is no word, or capitalised after a role; and the one a sentence ends on after
// a comma. Labels, YAML keys, states after towns, degrees and firms are none.
func TestSpeakersAndAddressees(t *testing.T) {
	text := "giorgio: the tracking says it is stuck\nnote: the build is broken again\nAgent Cody: Could you confirm the address?\n" +
		"Thanks for waiting, Charlotte. We moved to Atlanta, Georgia. Seen by Ken Ito, Ph.D. I work at Jones, Edwards."
	spans := typedSpans(t, text, "LOCATION", "Charlotte", "LOCATION", "Atlanta", "LOCATION", "Georgia", "PERSON", "Ken Ito")
	spans[0].Score = 0.8
	checkRuled(t, text, spans, "PERSON giorgio", "PERSON Cody", "PERSON Charlotte", "LOCATION Atlanta", "LOCATION Georgia", "PERSON Ken Ito")
	// a standup's lines in title case: a given name of the lists and a sentence in lower case;
	// not a label, a word, a place, nor a value that opens with a capital or a digit
	text = "Standup 2025-12-02\nOmisha: finished the migration, blocked on review\nHannah: on leave\nNote: the build is red\n" +
		"Mark: done with it\nParis: the city of light\nJordan: 23 points\nStatus: all good"
	checkRuled(t, text, nil, "PERSON Omisha", "PERSON Hannah")
}
