package ner

import (
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/ner/names"
	"github.com/veil-gateway/veil/redact"
)

// countryScore is the score of a country named in another language than English.
const countryScore = 0.7

// countryPhrases maps the first token of a country's name in another language (names.CLDRCountries,
// in Latin, Cyrillic or Greek letters, which separate words with spaces) to the token sequences
// of the names it opens, longest first. Left out are names that are an English or dictionary
// word, a nationality, a given or family name of the lists, or a computing term ("Israel",
// "Jordan", "Chad", "Malta", "Israeli"), and short single words of other scripts, which that language's
// prose writes as words ("Того", "Перу").
var countryPhrases = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	var toks []Token
	for _, n := range names.CLDRCountries {
		r, _ := utf8.DecodeRuneInString(n)
		if !unicode.IsUpper(r) || !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek) {
			continue
		}
		toks = Tokenize(n, toks[:0])
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = n[t.Start:t.End]
		}
		if len(words) == 1 {
			w := words[0]
			if englishWord(w) || dictionaryWord(w) || nrpSet[w] || givenSet()[w] || curatedGiven()[w] || earlyFakerGiven()[w] || foldIn(handleFamily(), w) ||
				techTerms[w] || r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) && utf8.RuneCountInString(w) <= 5 {
				continue
			}
		}
		m[words[0]] = append(m[words[0]], words)
	}
	for _, ps := range m {
		slices.SortFunc(ps, func(a, b []string) int { return len(b) - len(a) })
	}
	return m
})

// countryWord reports a word that opens a country's name in another language ("Kenia", "Nauru"),
// which a stand-in must not be.
func countryWord(w string) bool {
	_, ok := countryPhrases()[w]
	return ok
}

// countriesByName makes a place of a country named in another language than English ("Nova
// Zelândia", "Verenigde Arabische Emiraten", "Antigua und Barbuda", "Suisse", "Норвегия"), which
// the model, trained on English, reads as a person or an organisation or misses: the whole name on
// one line, opening with a capital, with no letter joined after it. What the model found inside
// gives way to it (a person or an organisation it is sure of, 0.9, stays), and so does a finding
// that is the place itself; a finding that reaches past the name (an address holding it) is left
// alone, as is code.
func countriesByName(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if len(toks) == 0 {
		return fs
	}
	phrases := countryPhrases()
	var shapes []redact.Finding
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if c := text[t.Start]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			continue // a name opens with a capital; told from the first byte for ASCII
		}
		ps, ok := phrases[text[t.Start:t.End]]
		if !ok {
			continue
		}
		for _, p := range ps {
			n := len(p)
			if i+n > len(toks) {
				continue
			}
			match := true
			for k := 1; k < n && match; k++ {
				tk := toks[i+k]
				match = !tk.NewlineBefore && text[tk.Start:tk.End] == p[k] && (tk.Attached == (p[k] == "-" || p[k-1] == "-"))
			}
			end := toks[i+n-1].End
			if !match || i+n < len(toks) && toks[i+n].Attached && (isLetterStart(text[toks[i+n].Start]) || text[toks[i+n].Start] == '_') ||
				t.Start > 0 && (text[t.Start-1] == '/' || text[t.Start-1] == '_') || inCode(text, t.Start) {
				continue // nor part of a file's or an identifier's name: "mozilla/Hongkong_Post_Root_CA_1.crt"
			}
			if countryOver(fs, t.Start, end) {
				shapes = append(shapes, redact.Finding{Type: redact.Location, Start: t.Start, End: end, Score: countryScore, Source: redact.SourceModel})
			}
			i += n - 1
			break
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replacePlaces(text, fs, shapes) // "Amerikaanse Maagdeneilanden", an address of the model's
}

// countryOver reports whether a country's name may be made a place over [start, end): no
// finding of fs reaches past it, and none inside is a person or an organisation the model is
// sure of (0.9). (replaceInside gives the place the best score of what it replaces.)
func countryOver(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			break
		}
		if f.End <= start {
			continue
		}
		if f.Start < start || f.End > end || (f.Type == redact.Person || f.Type == redact.Organization) && f.Score >= 0.9 {
			return false
		}
	}
	return true
}
