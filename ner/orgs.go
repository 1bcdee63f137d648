package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Organisations the model types as people or places, finds in pieces or misses: their names
// end in a business's or an institution's kind, which the rules of this file read (tidy,
// joinOrganisations and orgsByShape run them).

// orgEndWords end the names of businesses and institutions: the organisation suffixes the
// model's gazetteer has, and more that name a trade.
var orgEndWords = func() map[string]bool {
	m := wordSet("traders trading logistics lab labs studio studios bakery cafe café restaurant hotel hotels pharmacy farms foods media " +
		"ventures software networks brewery builders construction imports exports supplies freight transport realty properties")
	for _, w := range orgSuffixes {
		if w = strings.ToLower(strings.TrimSuffix(w, ".")); !strings.Contains(w, ".") {
			m[w] = true
		}
	}
	return m
}()

// orgEnding reports a span of two words or more whose last word ends a business's or an
// institution's name ("Northwind Traders", "Zenith Bank").
func orgEnding(span string) bool {
	k := strings.LastIndexAny(span, " \t")
	return k > 0 && foldIn(orgEndWords, strings.TrimSuffix(span[k+1:], "."))
}

// joinOrganisations extends an organisation or a place over the capitalised words after it on
// its line, up to three, when the last of them ends an organisation's name: "Korle Bu" and
// "Teaching" become "Korle Bu Teaching Hospital", "Lagos" becomes "Lagos Code Lab", an
// organisation; findings inside join it. fs is in start order, and so is the result.
func joinOrganisations(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0] // written behind the reads
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.Type == redact.Organization || f.Type == redact.Location {
			end, at := f.End, f.End
			for words := 0; words < 3 && at+1 < len(text) && text[at] == ' '; words++ {
				w, e := wordAt(text, at+1)
				r, _ := utf8.DecodeRuneInString(w)
				if w == "" || !unicode.IsUpper(r) {
					break
				}
				if e < len(text) && text[e] == '\'' { // "Children's"
					if w2, e2 := wordAt(text, e+1); w2 == "s" {
						e = e2
					}
				}
				at = e
				if foldIn(orgEndWords, w) {
					end = e
				}
			}
			if end > f.End {
				f.End, f.Type = end, redact.Organization
				for i+1 < len(fs) && fs[i+1].Start < end {
					i++
					f.End = max(f.End, fs[i].End)
					f.Score = max(f.Score, fs[i].Score)
				}
			}
		}
		if f.Type == redact.Organization && orgEnding(text[f.Start:f.End]) {
			// the name's first words, which the model gave another type or none: "Acme" +
			// "Widgets Ltd", "Melinda" + "Gates Foundation"
			if start := orgLead(text, f.Start); start < f.Start {
				f.Start = start
				for len(out) > 0 && out[len(out)-1].End > start && out[len(out)-1].Type != redact.StreetAddress {
					p := out[len(out)-1]
					out = out[:len(out)-1]
					f.Start, f.Score = min(f.Start, p.Start), max(f.Score, p.Score)
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// institutionWords name an institution's kind: its name ends in one ("Acme Widgets Ltd",
// "TOYOTA MOTOR CORPORATION") or opens with one and "of" ("Ministry of Health", "University of
// Lagos").
var institutionWords = wordSet("inc ltd llc gmbh plc corporation corp hospital university foundation bank clinic institute ministry " +
	"department council association society college academy agency")

// orgScore is the score of an organisation found by its shape.
const orgScore = 0.6

// orgsByShape finds organisations the model missed by the shape of their names: capitalised
// words ending in an institution's kind ("Acme Widgets Ltd", "TOYOTA MOTOR CORPORATION"), or a
// kind, "of" and capitalised words ("Ministry of Health", "Bank of America"), where nothing was
// found. fs is in start order, and so is the result.
func orgsByShape(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	a := newAdditions(fs)
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	capital := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(word(k))
		return unicode.IsUpper(r)
	}
	for i := 0; i < len(toks); i++ {
		w := word(i)
		if !capital(i) || !foldIn(institutionWords, strings.TrimSuffix(w, ".")) {
			continue
		}
		start, end := -1, toks[i].End
		// a kind, "of" and one to three capitalised words: "Ministry of Health"
		if i+2 < len(toks) && word(i+1) == "of" && capital(i+2) && !toks[i+1].NewlineBefore && !toks[i+2].NewlineBefore {
			k := i + 2
			for k+1 < len(toks) && k < i+4 && capital(k+1) && !toks[k+1].NewlineBefore && !toks[k+1].Attached {
				k++
			}
			start, end = toks[i].Start, toks[k].End
		}
		// capitalised words before the kind: "Acme Widgets Ltd"
		if start < 0 {
			k := i
			for k > 0 && k > i-4 && capital(k-1) && !toks[k].NewlineBefore && !toks[k].Attached && !foldIn(commonSet, word(k-1)) && !isTitle(word(k-1)) && !commonLower(word(k-1)) {
				k--
			}
			if k == i {
				continue
			}
			start = toks[k].Start
		}
		if g := a.overlap(start, end); g != nil {
			continue
		}
		a.add(redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
	}
	return a.done()
}

// orgLead returns where the capitalised words right before an organisation's name at
// text[start] begin (up to three, joined by spaces or "&"), that are no common words: the
// name's first words. start when there are none.
func orgLead(text string, start int) int {
	lead := start
	for words := 0; words < 3 && lead >= 2 && text[lead-1] == ' '; words++ {
		e := lead - 1
		if text[e-1] == '&' && e >= 3 && text[e-2] == ' ' { // "Bill & Melinda"
			e -= 2
		}
		b := e
		for b > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:b])
			if !unicode.IsLetter(r) && r != '\'' && r != '-' {
				break
			}
			b -= size
		}
		w := text[b:e]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || foldIn(commonSet, w) || isTitle(w) || commonLower(w) {
			break
		}
		lead = b
	}
	return lead
}

// commonLower reports a word the embedded model's training data writes often in lower case.
func commonLower(w string) bool {
	m, err := Embedded()
	return err == nil && m.common(strings.ToLower(w))
}
