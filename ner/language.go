package ner

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Prose in German, French, Spanish, Italian, Portuguese, Dutch, Polish or Swedish (and, by their
// function words too, Danish, Norwegian, Finnish, Czech, Slovak, Slovene, Croatian, Hungarian,
// Romanian, Turkish, Catalan and Indonesian) capitalises
// words that English does not (German every noun), and a model trained on English text takes them
// for names: on the translated messages of Debian's programs (half a megabyte in those eight
// languages, no person in them) it found about three hundred persons ("Der Herausgeber", "Kann",
// "Datei"). In such prose, a person the model found is kept only when a word of it is a name the
// lists know; the span rules after the model (titles, fields, sign-offs) still claim the rest.

// foreignWords are frequent function words of those languages that are no English word ("so",
// "no", "do", "die", "care", "van" are left out): a text that writes many of them, and few of
// English's, is prose in one of them.
var foreignWords = wordSet(
	// German
	"bitte habe hat haben war mich mir dich uns euch jetzt heute schon sehr gibt bin bist der das und ist nicht ein eine einen dem des mit von auf für sich im werden wird kann konnte sind sie es wir ich auch oder wenn nach bei aus " +
		"als noch nur dass diese dieser dieses kein keine wurde wurden sein ihre ihr zum zur über unter vor durch gegen ohne beim alle mehr " +
		// French
		"à très avant après chez sans sous aussi où je tu mon ma mes votre vos notre le la les des du une est et pas que qui dans pour sur avec ne ce cette ces sont au aux il elle nous vous ils leur se sa ses ou mais " +
		"être été peut " +
		// Spanish
		"muy ya mi tu nos les también hay el los las del una es y en por para su sus como más pero está ser fue puede " +
		// Italian
		"il gli di della è non che si suo sua dal nel sono essere può " +
		// the articled prepositions (stop 58: "vicino alla figlia" had been a person, "Alla" a given name) and "ci"
		"alla allo alle agli dalla dallo dalle dagli nella nello nelle negli sulla sullo sulle sugli ci " +
		// Portuguese
		"ela ele sobre também mas muito pelo pela isso este esta já ainda vai tem eu você os não seu ao na nos nas mais foi pode " +
		// Dutch
		"ik heb hij zij wij mijn maar nog wel geen deze hebben heeft het een niet te voor zijn dat dit er aan door bij ook worden wordt kon naar uit " +
		// Polish
		"jestem mam jego jej ten ta nie na z się że jest jak od za po są być może przez dla tak już lub oraz " +
		// Swedish
		"och att det som ett är på för av inte har om eller från så vid dessa dina sina " +
		// Danish and Norwegian
		"og ikke af av til er fra skal vil hvis kunne blev " +
		// Finnish
		"ja ei ole että tai jos kun mutta joka sekä voi ovat oli eikä myös kuin jo vain tämä tätä nyt enää " +
		// Czech and Slovak
		"je se že jako nebo není jsou byl být jen ani který která které tento této sa pre ako alebo nie sú bol byť ktorý ktoré " +
		// Slovene and Croatian
		"ki kot pri biti ni ima iz će su kao ili nije " +
		// Hungarian
		"az és hogy nem egy ez vagy csak már kell lehet " +
		// Romanian
		"și sau este sunt cu pentru mai fost fi această acest unui unei " +
		// Turkish
		"ve bir bu için ile değil olarak veya çok daha gibi ama kadar yok " +
		// Catalan
		"els amb és aquest aquesta dels " +
		// Indonesian and Malay
		"yang dari untuk dengan tidak ini itu akan dapat pada atau juga sudah bisa dalam oleh karena ke kami saya telah " +
		// and more of Romanian's (stop 62)
		"pe în să vă nu " +
		// and words of those languages that name lists hold too (Lee, Dina, Tor): no name's evidence in such prose
		"lee usa tor nova dane marco marcos allen alle della delle dello degli dei anda baris hiba deja ali dana andre luo koko amit cale")

// englishFunctionWords are English's most frequent function words.
var englishFunctionWords = wordSet("the of and to in is that for it with as on be at by this are was from or an have has not but which you they we")

// lazyTest is a test of a whole text (foreignProse, townProse) that a rule makes at most once,
// when it first needs the answer: most texts never get that far.
type lazyTest struct{ state int8 } // 0 not yet made, 1 false, 2 true

// of makes the test once and returns its answer.
func (l *lazyTest) of(test func(string) bool, text string) bool {
	if l.state == 0 {
		l.state = 1
		if test(text) {
			l.state = 2
		}
	}
	return l.state == 2
}

// letterWords yields text's runs of letters, in order.
func letterWords(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				i += size
				continue
			}
			j := i
			for j < len(text) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			if !yield(text[i:j]) {
				return
			}
			i = j
		}
	}
}

// foreignProse reports a text whose words are mostly another language's than English's, as its
// function words tell: at least three of them, a twentieth of its words or more, and twice as
// many as English's.
func foreignProse(text string) bool {
	foreign, english, words := 0, 0, 0
	var buf [24]byte
	for w := range letterWords(text) {
		words++
		if len(w) <= len(buf) {
			lw := buf[:0]
			for _, r := range w {
				lw = utf8.AppendRune(lw, unicode.ToLower(r)) // no allocation: the lookups below do not copy
			}
			if foreignWords[string(lw)] {
				foreign++
			} else if englishFunctionWords[string(lw)] {
				english++
			}
		}
	}
	return foreign >= 3 && foreign*20 >= words && foreign >= 2*english
}

// knownNameIn reports a word of span, no function word (and capitalised if shorter than four
// letters), that the name lists hold as a given or a family name (any list): "Jürgen Weber" and
// "amélie" in such prose, not "Der Herausgeber" or "den Sie".
func knownNameIn(span string) bool {
	for _, w := range strings.FieldsFunc(span, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		lw := strings.ToLower(w)
		if r, _ := utf8.DecodeRuneInString(w); foreignWords[lw] || englishFunctionWords[lw] || !unicode.IsUpper(r) && utf8.RuneCountInString(w) < 4 {
			continue // a function word ("den Sie", "Das Home-Verzeichnis"), or a short word in lower case
		}
		if handleGiven()[lw] || handleFamily()[lw] {
			return true
		}
		if !strings.Contains(lw, "-") {
			continue
		}
		for part := range strings.SplitSeq(lw, "-") { // each part of a hyphenated name the lists lack whole
			if handleGiven()[part] || handleFamily()[part] {
				return true
			}
		}
	}
	return false
}

// namesInForeignProse drops the model's persons (fs, of text) that hold no known name, and its
// places and organisations that hold no place or organisation the gazetteers know, when text is
// prose in another language than English (foreignProse).
func namesInForeignProse(text string, fs []redact.Finding) []redact.Finding {
	if len(fs) == 0 || !foreignProse(text) { // with nothing to vouch for, the text's words are not read
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if f.Source == redact.SourceModel {
			span := text[f.Start:f.End]
			switch {
			case f.Type == redact.Person && !knownNameIn(span) && !titleBefore(text, f.Start) && !isTitle(firstWord(span)):
				continue // a title vouches for a name the lists lack: "Herrn Zorbel Quintavic"
			case f.Type == redact.Location && !knownWordIn(span, gCity|gState|gCountry):
				continue // "Langform", "Argumenten": a capitalised noun, no place the lists know
			case f.Type == redact.Organization && !knownWordIn(span, gOrg|gOrgSuffix) && !strings.ContainsFunc(span, unicode.IsDigit):
				continue // "Ausdruck", "Das Ziel"; "Siemens AG" and "Banco do Brasil" stay
			case f.Type == redact.StreetAddress && !strings.ContainsFunc(span, unicode.IsDigit):
				continue // "deren Trigger verantwortlich sind": a street without a number is a sentence
			}
		}
		out = append(out, f)
	}
	return out
}

// knownWordIn reports a capitalised word of span (or the whole span) of one of the gazetteer
// classes, or an institution's kind ("Banco", "Universität").
func knownWordIn(span string, classes uint16) bool {
	if r, _ := utf8.DecodeRuneInString(span); unicode.IsUpper(r) && !foldIn(foreignWords, span) && embeddedClass(span)&classes != 0 {
		return true
	}
	for _, w := range strings.FieldsFunc(span, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		if foldIn(foreignWords, w) || len(w) <= 3 && strings.ToUpper(w) != w {
			continue // "Usa" (Spanish and Italian for "use"), not "USA"; "Lee líneas"
		}
		if embeddedClass(w)&classes != 0 || embeddedClass(strings.TrimSuffix(w, "."))&classes != 0 || classes&gOrg != 0 && foldIn(institutionWords, w) {
			return true
		}
	}
	return false
}

// firstWord returns span up to its first space.
func firstWord(span string) string {
	w, _, _ := strings.Cut(span, " ")
	return strings.TrimSuffix(w, ".")
}
