package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Names in the prose of other languages (stop 31). The model reads a given and a family name
// that open a sentence ("Hajdu Zsolt holnap jön"), but inside one, after words it has no features
// for, it often reads nothing ("küldje a dokumentumokat Hajdu Zsolt részére", "send the documents
// to Zsolt Hajdu"), and Hungarian puts the title after the family name ("Dudás úr", Mr Dudás).

// listedPairs claims two capitalised words in a row, on a line, one a given and the other a
// family name of the lists (gofakeit's, Veil's, Faker's: in either order, as Hungarian writes the
// family name first), in another language's prose (townProse: a short message tells it by one
// word), where the model found nothing there or only
// a doubted guess; not a place the gazetteers know, nor a street's name before its kind.
func listedPairs(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var prose lazyTest
	var claims []redact.Finding
	k := 0 // fs[k] is the first finding that may end after the pair read
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if b.NewlineBefore || b.Attached || b.Start != a.End+1 || !isUpperASCII(text[a.Start]) && !startsUpper(text[a.Start:a.End]) {
			continue
		}
		x, y := text[a.Start:a.End], text[b.Start:b.End]
		if !nameLike(x) || !nameLike(y) || !prose.of(townProse, text) || !pairOfNames(x, y) {
			continue
		}
		if n := i + 2; n < len(toks) && !toks[n].NewlineBefore && (redact.IsStreetWord(text[toks[n].Start:toks[n].End]) || isDigitByte(text[toks[n].Start])) {
			continue // a street named after someone: "Petőfi Sándor utca 85"
		}
		for k < len(fs) && fs[k].End <= a.Start {
			k++
		}
		if embeddedClass(text[a.Start:b.End])&(gCity|gState|gCountry|gOrg|gStreet) != 0 || !doubtedPair(fs[k:], a.Start, b.End) {
			i++
			continue
		}
		claims = append(claims, claim(a.Start, b.End, shapeScore))
		i++
	}
	return claimPersons(fs, claims)
}

// pairOfNames reports a given name and a family name of the lists, in either order, neither a
// function word of a language, a greeting, a title, a verb of calling nor a town's first word.
func pairOfNames(x, y string) bool {
	if foldIn(foreignWords, x) || foldIn(foreignWords, y) || foldIn(englishFunctionWords, x) || foldIn(englishFunctionWords, y) ||
		foldIn(worldGreetings, x) || foldIn(greetings, x) || isTitle(x) || foldIn(letterOpeners, x) || townLeaders[x] || foldIn(pairTownWords, x) ||
		foldIn(sendVerbs, x) {
		return false // a greeting or a title before a name ("Beste Bibi", Dutch "Dear"; "Olá Flor";
		// Polish "Pan Petrus"), a verb ("Ring Jan", Swedish "Call Jan") or a town's first word
		// ("Saint Roger", "Vila Betânia")
	}
	given, family := handleGiven(), handleFamily()
	return foldIn(given, x) && foldIn(family, y) || foldIn(family, x) && foldIn(given, y)
}

// letterOpeners are "dear" in the languages whose words for it the name lists hold too ("Beste",
// "Cara", "Querida"), opening a letter before a name.
var letterOpeners = wordSet("beste liebe lieber querido querida cher chere kaere kara drogi droga draga caro cara")

// pairTownWords open towns' and districts' names in the languages of the lists, and Polish's
// Mr and Mrs, which the lists hold as names: town, village, "Mr".
var pairTownWords = wordSet("vila villa aldeia vale monte porto pan")

// doubtedPair reports [start, end) where fs, in start order, holds nothing, or only the model's
// findings within it: persons (one of the two names: "Kiss" "Áron"), and places and organisations
// under 0.6. It reads fs up to the first finding that starts at end or after (stop 48: read whole
// for each pair, a long list of names such as "Ciao, sono Giulia Ferraro, " repeated had taken
// 7.2 s for 2 MB, three times as long for each doubling).
func doubtedPair(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break
		}
		if f.End <= start {
			continue
		}
		if f.Start < start || f.End > end || f.Source != redact.SourceModel ||
			f.Type != redact.Person && (f.Score >= 0.6 || f.Type != redact.Location && f.Type != redact.Organization) {
			return false
		}
	}
	return true
}

// hungarianTitles follow a family name: Mr and Mrs in their cases ("Dudás úr", "Kissné").
var hungarianTitles = []string{" úr ", " úr.", " úr,", " úrnak", " úrral", " úrtól", " úrhoz", " asszony", " asszonynak", " asszonnyal"}

// namesBeforeTitles claims the capitalised word before a Hungarian title that follows a name.
func namesBeforeTitles(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " úr") && !strings.Contains(text, " asszony") {
		return fs
	}
	var claims []redact.Finding
	for _, t := range hungarianTitles {
		for k := range occurrences(text, t) {
			w, ws := wordBefore(text, k+1)
			if w == "" || !nameLike(w) || foldIn(foreignWords, w) {
				continue
			}
			claims = append(claims, claim(ws, ws+len(w), shapeScore))
		}
	}
	return claimPersons(fs, claims)
}
