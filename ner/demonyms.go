package ner

import (
	"slices"
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Nationalities and peoples beyond nrpTerms, for the rules of groupsInContext only (the model's
// gazetteer keeps nrpTerms, so the committed weights do not depend on this list). Written for
// Veil from the countries' English demonyms.

// demonymAdjectives are nationalities and peoples as adjectives: "a Kenyan citizen", "she is
// Uzbek". As with nrpTerms, one counts only where the text gives it to a person.
var demonymAdjectives = strings.Fields(`Afghan Andorran Angolan Antiguan Bahamian Bahraini Barbadian Belizean
	Beninese Bhutanese Bolivian Botswanan Bruneian Burkinabe Burmese Burundian Cambodian Cameroonian Chadian
	Comoran Cypriot Djiboutian Dominican Ecuadorian Salvadoran Eritrean Fijian Gabonese Gambian Grenadian
	Guatemalan Guinean Guyanese Honduran Ivorian Jordanian Kazakh Kazakhstani Kuwaiti Kyrgyz Laotian Liberian
	Luxembourgish Macedonian Malagasy Malawian Maldivian Malian Maltese Mauritanian Mauritian Moldovan Monegasque
	Montenegrin Mozambican Namibian Nepalese Nicaraguan Nigerien Omani Panamanian Paraguayan Qatari Samoan
	Slovakian Slovenian Surinamese Swazi Tajik Togolese Tongan Trinidadian Turkmen Uruguayan Uzbek Zambian
	Tibetan Uyghur Pashtun Punjabi Bengali Tamil Sinhalese Gujarati Hmong Basque Catalan Flemish Walloon Sami
	Berber Amazigh Yoruba Igbo Hausa Zulu Xhosa Maasai Chechen Tatar Romani Cherokee Navajo Lakota Ojibwe Dene
	Métis Yemeni Somali Kurdish Filipina`)

// demonymPairs are nationalities of two words, found as nrpTerms' "South African" is.
var demonymPairs = []string{"Costa Rican", "Puerto Rican", "Sierra Leonean", "South Korean", "North Korean", "Cape Verdean",
	"Saudi Arabian", "Native Hawaiian", "South Sudanese", "New Guinean"}

// groupPeople are words for members of a nation or a people, which say of themselves that
// persons are meant: the plurals of the adjectives in -an and -i ("Kenyans", "Pakistanis"),
// made below, and the nouns of their own ("Poles", "Frenchman", "Spaniards"). One is a group
// wherever it stands capitalised, as a team's name aside ("Cleveland Indians").
var groupPeople = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Filipinos Filipinas Argentines Spaniards Greeks Czechs Slovaks Thais Arabs Afghans
		Kurds Uzbeks Kazakhs Tajiks Turkmens Poles Swedes Danes Finns Turks Scots Brits Icelanders Luxembourgers Basques
		Catalans Tibetans Uyghurs Pashtuns Punjabis Bengalis Tamils Berbers Igbos Zulus Chechens Tatars
		Englishman Englishwoman Englishmen Englishwomen Frenchman Frenchwoman Frenchmen Frenchwomen Irishman Irishwoman
		Irishmen Irishwomen Dutchman Dutchwoman Dutchmen Dutchwomen Scotsman Scotswoman Scotsmen Scotswomen Welshman
		Welshwoman Welshmen Welshwomen Cornishman Cornishmen Aussies`) {
		m[w] = true
	}
	for _, w := range slices.Concat(nrpTerms, demonymAdjectives) {
		if strings.HasSuffix(w, "an") || strings.HasSuffix(w, "i") && !strings.HasSuffix(w, "ai") {
			m[w+"s"] = true
		}
	}
	for w := range m {
		if foldIn(specialTerms, strings.TrimSuffix(w, "s")) {
			delete(m, w) // a special-category term, which the terms recognizer types: "Christians"
		}
	}
	delete(m, "Indians") // the name of teams as well
	return m
}()

// groupPerson are the singular nouns for a member of a nation that are no adjective, read as a
// group after an article: "a Pole", "an Arab who", "the Spaniard". Alone they are also family
// or given names ("Dane", "Scot", "Turk").
var groupPerson = wordSet("Pole Swede Dane Finn Turk Scot Brit Arab Kurd Serb Croat Spaniard Icelander Luxembourger Filipino Filipina Democrat Republican Tory Communist Socialist Libertarian")

// groupFields are the labels whose value is a nationality, a people, a religion or a political
// allegiance: "nationality: Polish", "Religion: Sikh", and the special-category type each gives.
var groupFields = map[string]string{
	"nationality": "NRP", "citizenship": "NRP", "ethnicity": "ETHNIC_ORIGIN", "ethnic origin": "ETHNIC_ORIGIN", "race": "ETHNIC_ORIGIN",
	"religion": "RELIGION", "faith": "RELIGION", "denomination": "RELIGION", "political affiliation": "POLITICAL_OPINION",
	"party affiliation": "POLITICAL_OPINION", "party": "POLITICAL_OPINION",
}

// languages are the names of languages that are also a nation's adjective, or a place's word.
var languages = wordSet(`English French German Spanish Italian Portuguese Dutch Russian Chinese Mandarin Cantonese
	Japanese Korean Arabic Hindi Urdu Bengali Punjabi Turkish Polish Greek Swedish Norwegian Danish Finnish Czech
	Hungarian Romanian Ukrainian Hebrew Persian Farsi Thai Vietnamese Indonesian Malay Tagalog Swahili Tamil Catalan
	Basque Welsh Irish Latin`)

// languageCues stand before a language's name: "in German", "speaks Tamil", "translate it to French".
var languageCues = wordSet("in into to speak speaks spoke speaking fluent learn learning learned learnt study studying studied")

// languageLabels are the labels of a record's language field, before their colon: "Interpreter:
// Mandarin" (stop 53: the model's person), "Preferred language: Somali".
var languageLabels = wordSet("interpreter language languages lang idioma langue sprache lingua taal")

// languageAfter may follow a language's name: "in German and English", "in French please".
var languageAfter = wordSet("and or please too as but because so instead only now today for to with then first")

// languagesNamed drops the model's person, place, organisation or group that is a language's
// name after a word that takes one, where no noun follows it ("write the report in German.",
// "she speaks Tamil and English"; not "in German hospitals"): a language is nobody's data.
func languagesNamed(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	drop := -1 // the first finding dropped
	k := 0
	for i := 1; i < len(toks) && k < len(fs); i++ {
		w := text[toks[i].Start:toks[i].End]
		prev := text[toks[i-1].Start:toks[i-1].End]
		if !languages[w] || !foldIn(languageCues, prev) && !(prev == ":" && i >= 2 && foldIn(languageLabels, text[toks[i-2].Start:toks[i-2].End])) {
			continue
		}
		if next := i + 1; next < len(toks) && !toks[next].NewlineBefore && isWordToken(text, toks[next]) && !languageAfter[text[toks[next].Start:toks[next].End]] {
			continue
		}
		for k < len(fs) && fs[k].End <= toks[i].Start {
			k++
		}
		if k < len(fs) && fs[k].Start == toks[i].Start && fs[k].End == toks[i].End && fs[k].Source == redact.SourceModel && (modelTyped(fs[k].Type) || fs[k].Type == "NRP") {
			fs[k].End = fs[k].Start // marked, removed below
			if drop < 0 {
				drop = k
			}
		}
	}
	if drop < 0 {
		return fs
	}
	return slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.End == f.Start })
}
