package ner

import (
	"slices"
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
// town of names.FakerTowns (10,858 real towns of 21 countries), and a region or a country of
// every Faker locale (names.FakerRegions, names.FakerCountries: "Western Australia", "Jönköpings
// län", "Trinidad y Tabago"), is a place inside a sentence: after a word in lower case (no Dutch
// or German family name's particle) or a label's colon, and a region or a country after a town's
// comma too ("near Zamora, Huesca"); where the model found nothing there, only pieces of the
// place, or a doubted person or place of its own words (doubtedTown; a person read across it
// stays); not before a house number or a capitalised word, and not in code. A place that is an
// English word, another language's word or a name of the lists is left out of the list
// ("Police", "Ingen", "Bergen", "Margarita").

// knownTowns is names.FakerTowns, names.FakerRegions and names.FakerCountries without English
// words and people's names, each with its kind (placeTown or placeRegion: a region or a country),
// and the set of their first words, for a quick "no" at most capitalised words.
var knownTowns = sync.OnceValues(func() (map[string]uint8, map[string]bool) {
	towns, heads := map[string]uint8{}, map[string]bool{}
	for kind, list := range [][]string{placeTown: names.FakerTowns, placeRegion: slices.Concat(names.FakerRegions, names.FakerCountries)} {
		for _, t := range list {
			if !strings.ContainsAny(t, " -") && (englishWord(t) || foldIn(foreignWords, t) || germanWords[strings.ToLower(t)] || townNonWords[strings.ToLower(t)] ||
				foldIn(handleGiven(), t) || foldIn(handleFamily(), t) ||
				givenNames(t) || familySet()[t] || givenNames(unaccented(t)) || familySet()[unaccented(t)] ||
				embeddedClass(t)&(gFirst|gLast|gCommon) != 0 && embeddedClass(t)&(gCity|gState|gCountry) == 0) {
				continue
			}
			if towns[t] == 0 {
				towns[t] = uint8(kind)
			}
			head, _, _ := strings.Cut(t, " ")
			heads[head] = true
		}
	}
	delete(towns, "")
	return towns, heads
})

// The kinds of knownTowns.
const (
	placeTown = iota + 1
	placeRegion
)

// townNonWords are words of the other languages, opening a sentence, that towns are named too:
// Scandinavian "ingen" ("none": Ingen, a Dutch village), German "Namen" ("names": Namur in Dutch).
var townNonWords = wordSet("ingen namen")

// listedTowns makes a place of each known town inside a sentence that the model did not read
// as one.
func listedTowns(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	towns, heads := knownTowns()
	var add []redact.Finding
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if c := text[t.Start]; t.NewlineBefore || t.Attached || c < utf8.RuneSelf && !isUpperASCII(c) || !heads[text[t.Start:t.End]] {
			continue // (most words, in lower case, without a lookup)
		}
		// a town's place, or only a region's or a country's (after a town's comma)
		regionsOnly := !townSlot(text, toks, i) && !afterStreet(text, toks, i, fs) && !townAfterParty(text, toks, i, fs)
		if regionsOnly && !(regionSlot(text, toks, i) && !foundBefore(fs, toks[i-2].Start+1, func(f redact.Finding) bool {
			return f.Type == redact.Person && f.Start <= toks[i-2].Start && f.End >= toks[i-2].End // "Diya Pai, Naval architect"
		})) {
			continue
		}
		end, last := 0, 0
		for k := i; k < len(toks) && k < i+5; k++ {
			if k > i && (toks[k].NewlineBefore || toks[k].Start-toks[k-1].End > 1) {
				break
			}
			if kind := towns[text[t.Start:toks[k].End]]; kind != 0 && (kind == placeRegion || !regionsOnly) {
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
		lo, hi := near(fs, t.Start), 0 // the findings that may stand over the town: a window, not the whole text's (stop 49)
		for hi = lo; hi < len(fs) && fs[hi].Start < end; hi++ {
		}
		if ok, crossing := doubtedTown(text, placesOutside(fs[lo:hi], t.Start, end), t.Start, end); !ok || len(crossing) > 0 || inCode(text, t.Start) {
			i = last
			continue // a person read across it ("Margarita Cabanillas") stays one
		}
		add = append(add, redact.Finding{Type: redact.Location, Start: t.Start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
		i = last
	}
	fs = knownPlacesVouched(text, fs, towns)
	if len(add) == 0 {
		return fs
	}
	return replaceInside(fs, add)
}

// foundBefore reports a finding among fs (in start order) that starts before at and satisfies
// ok, looked up by halves and read back over the eight nearest (a scan of every finding for each
// candidate had made a long list of names quadratic: stop 42).
func foundBefore(fs []redact.Finding, at int, ok func(redact.Finding) bool) bool {
	k, _ := slices.BinarySearchFunc(fs, at, func(f redact.Finding, at int) int { return f.Start - at })
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if ok(fs[j]) {
			return true
		}
	}
	return false
}

// knownPlacesVouched raises to placeAfterScore a place the model doubted (under the policies'
// 0.5) that is a known town, region or country wherever it stands: "…, Zerbst", a place at 0.40;
// and makes a place of a street address the model read that is such a name alone, no digit or
// street word in it ("your order has shipped to Hoyerswerda", "… to Asturias"). fs is changed in
// place.
func knownPlacesVouched(text string, fs []redact.Finding, towns map[string]uint8) []redact.Finding {
	for k := range fs {
		f := &fs[k]
		if f.Source != redact.SourceModel || towns[text[f.Start:f.End]] == 0 {
			continue
		}
		switch {
		case f.Type == redact.Location && f.Score < 0.5:
			f.Score = placeAfterScore
		case f.Type == redact.StreetAddress:
			f.Type, f.Score = redact.Location, max(f.Score, placeAfterScore)
		}
	}
	return fs
}

// placesOutside returns fs without the places that lie within [start, end): pieces of a known
// place the model read apart ("Western" "Australia"), which the whole replaces. fs itself is
// returned when there are none.
func placesOutside(fs []redact.Finding, start, end int) []redact.Finding {
	inside := func(f redact.Finding) bool { return f.Type == redact.Location && f.Start >= start && f.End <= end }
	if !slices.ContainsFunc(fs, inside) {
		return fs
	}
	return slices.DeleteFunc(slices.Clone(fs), inside)
}

// familyParticles open Dutch and German family names ("van Leuven", "von Bergen", "ter Horst"); the
// Romance languages' "de", "da", "di" put a town after them as often ("vive a Roma", "viene de
// Sevilla"), so they are no bar.
var familyParticles = wordSet("van von der den ten ter vom zu het")

// afterStreet reports a town's place after a street and its comma: a street found, or a word a
// street's kind ends ("the junction of Sven-Gertz-Straße and Edda-Müller-Weg, Zerbst", which the
// street rules, run after this one, read).
func afterStreet(text string, toks []Token, i int, fs []redact.Finding) bool {
	if i < 2 || text[toks[i-1].Start:toks[i-1].End] != "," {
		return false
	}
	w := text[toks[i-2].Start:toks[i-2].End]
	return compoundStreet(w) || leadCompoundStreet(w) || redact.IsStreetWord(w) && startsUpper(w) || foundBefore(fs, toks[i-2].End, func(f redact.Finding) bool {
		return f.Type == redact.StreetAddress && f.End == toks[i-2].End
	})
}

// townAfterParty reports a town's place that ends its line after a person or an organisation
// found and a comma, or after a bracket and a comma, as an invoice's or a letter's line names
// its party's town ("Invoice from Leela Hegde (Prop.), Nagercoil", "Vendor: Hegde Traders,
// Gorakhpur"; stop 41): the town's word (one or two) is the line's last.
func townAfterParty(text string, toks []Token, i int, fs []redact.Finding) bool {
	if i < 2 || text[toks[i-1].Start:toks[i-1].End] != "," || toks[i-1].NewlineBefore {
		return false
	}
	k := i + 1
	for k < len(toks) && k <= i+2 && !toks[k].NewlineBefore && startsUpper(text[toks[k].Start:toks[k].End]) {
		k++
	}
	if k < len(toks) && !toks[k].NewlineBefore && !(text[toks[k].Start:toks[k].End] == "." && (k+1 == len(toks) || toks[k+1].NewlineBefore)) {
		return false // more on the line: "Jane Doe, Chester Street", "Ana Lima, Lisbon office"
	}
	before := toks[i-2]
	if text[before.Start:before.End] == ")" {
		return true
	}
	return foundBefore(fs, before.End, func(f redact.Finding) bool {
		return (f.Type == redact.Person || f.Type == redact.Organization) && f.End == before.End && f.Score >= 0.5
	})
}

// regionSlot reports a region's or a country's place after a town: a comma after a capitalised
// word, on the same line ("near Ribeiro, Rondônia", "from Pastor, Serra Leoa").
func regionSlot(text string, toks []Token, i int) bool {
	return i >= 2 && text[toks[i-1].Start:toks[i-1].End] == "," && toks[i-1].Attached && !toks[i-1].NewlineBefore && startsUpper(text[toks[i-2].Start:toks[i-2].End])
}

// townSlot reports a place inside a sentence at toks[i]: after a word in lower case, no family
// name's particle ("Dex van Leuven"), or a label's colon on the same line.
func townSlot(text string, toks []Token, i int) bool {
	if i < 1 {
		return false
	}
	p := text[toks[i-1].Start:toks[i-1].End]
	if p == ":" || p == "'s" || p == "’s" {
		return true // a label's colon; a possessive ("Berry Ltd's Leeds store")
	}
	if familyParticles[p] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	return unicode.IsLower(r)
}
