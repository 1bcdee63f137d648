package ner

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/ner/names"
	"github.com/veil-gateway/veil/redact"
)

// Towns the lists know (stop 31). The model's gazetteers hold large cities; the towns of a
// country's provinces (Værløse, Kihniö, Hluboká nad Vltavou, Valea lui Mihai) it read as nothing
// or as a doubted person, and townsInProse finds them only after a preposition in a text it can
// tell is of another language ("Butikken i Faaborg lukker kl. 17." is too short to tell). Here a
// town of names.FakerTowns (10,858 real towns of 21 countries) is a place inside a sentence: after
// a word in lower case (no name's particle) or a label's colon, where the model found nothing
// there or only a doubted person or place of its own words (doubtedTown; a person read across it
// stays), not before a house number and not in code. A town that is an English word or a name
// of the lists is left out of the list ("Police", "Mark", "Bergen", "Margarita").

// knownTowns is names.FakerTowns without English words and people's names; townHeads holds
// their first words, for a quick "no" at most capitalised words.
var knownTowns = sync.OnceValues(func() (map[string]bool, map[string]bool) {
	towns, heads := map[string]bool{}, map[string]bool{}
	for _, t := range names.FakerTowns {
		if !strings.ContainsAny(t, " -") && (englishWord(t) || foldIn(foreignWords, t) || germanWords[strings.ToLower(t)] || townNonWords[strings.ToLower(t)] || handleGiven()[strings.ToLower(t)] || handleFamily()[strings.ToLower(t)] ||
			givenNames(t) || familySet()[t] || givenNames(unaccented(t)) || familySet()[unaccented(t)] ||
			embeddedClass(t)&(gFirst|gLast|gCommon) != 0 && embeddedClass(t)&(gCity|gState|gCountry) == 0) {
			continue
		}
		towns[t] = true
		head, _, _ := strings.Cut(t, " ")
		heads[head] = true
	}
	return towns, heads
})

// townNonWords are words of the other languages, opening a sentence, that towns are named too:
// Scandinavian "ingen" ("none": Ingen, a Dutch village).
var townNonWords = wordSet("ingen")

// listedTowns makes a place of each known town inside a sentence that the model did not read
// as one.
func listedTowns(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	towns, heads := knownTowns()
	var add []redact.Finding
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.NewlineBefore || t.Attached || !heads[text[t.Start:t.End]] || !townSlot(text, toks, i) {
			continue
		}
		end, last := 0, 0
		for k := i; k < len(toks) && k < i+5; k++ {
			if k > i && (toks[k].NewlineBefore || toks[k].Start-toks[k-1].End > 1) {
				break
			}
			if towns[text[t.Start:toks[k].End]] {
				end, last = toks[k].End, k
			}
		}
		if end == 0 {
			continue
		}
		if n := last + 1; n < len(toks) && !toks[n].NewlineBefore && !toks[n].Attached &&
			(isDigitByte(text[toks[n].Start]) || startsUpper(text[toks[n].Start:toks[n].End])) {
			continue // a street named after the town and its number; a phrase in title case ("Boom Counts")
		}
		if ok, crossing := doubtedTown(text, fs, t.Start, end); !ok || len(crossing) > 0 || inCode(text, t.Start) {
			i = last
			continue // a person read across it ("Margarita Cabanillas") stays one
		}
		add = append(add, redact.Finding{Type: redact.Location, Start: t.Start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
		i = last
	}
	if len(add) == 0 {
		return fs
	}
	return replaceInside(fs, add)
}

// townSlot reports a place inside a sentence at toks[i]: after a word in lower case, no name's
// particle ("Dex van Leuven"), or a label's colon on the same line.
func townSlot(text string, toks []Token, i int) bool {
	p := text[toks[i-1].Start:toks[i-1].End]
	if p == ":" {
		return true
	}
	if nameParticles[p] || townParticles[p] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	return unicode.IsLower(r)
}
