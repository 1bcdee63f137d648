package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Authors in the reference styles the model reads in pieces (stop 31). Nature's, ACS's and
// Harvard's lists write each author family name first with initials after a comma, the authors
// apart by commas, semicolons, "&" or "and" ("Okafor, J., Lindqvist, A. & Teixeira, B. Sparse
// attention …"): the model read "Okafor" and "J" apart and the last initial into the title's
// first word ("B. Sparse"). BibTeX joins its authors with "and", each family name first
// ("author = {Okafor, Jonah and Lindqvist, Astrid}"), where the model made an organisation of
// "Okafor" and a person of "Jonah".

// authorLists claims each author of a list of two or more written "Family, I." and of a BibTeX
// author field; the model's findings across an author's bounds give way to it.
func authorLists(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	if strings.Contains(text, ", ") && strings.Contains(text, ".") {
		claims = initialledAuthors(text, claims)
	}
	if strings.Contains(text, "author") {
		claims = bibtexAuthors(text, claims)
	}
	if len(claims) == 0 {
		return fs
	}
	// a finding of the model that crosses an author's bound reads the title's first word with the
	// last initial ("B. Sparse"): it goes; what lies inside joins the author (claimPersons)
	kept := fs[:0:0]
	for _, f := range fs {
		if f.Source == redact.SourceModel && (f.Type == redact.Person || f.Type == redact.Organization || f.Type == redact.Location) && crossesAny(claims, f) {
			continue
		}
		kept = append(kept, f)
	}
	return claimPersons(kept, claims)
}

// crossesAny reports a claim that f overlaps without lying inside it.
func crossesAny(claims []redact.Finding, f redact.Finding) bool {
	for _, c := range claims {
		if c.Start < f.End && f.Start < c.End && (f.Start < c.Start || f.End > c.End) {
			return true
		}
	}
	return false
}

// initialledAuthors claims the authors of runs of two or more "Family, I." (initials of one to
// three letters, with or without spaces or hyphens between: "Lindqvist, A.-M.", "Teixeira, B. C.")
// joined by ", ", "; ", " & ", " and " or ", and ". It reads only where a comma and a space come
// before a capital and a full stop, an initial's shape.
func initialledAuthors(text string, claims []redact.Finding) []redact.Finding {
	var run []redact.Finding
	flush := func() {
		if len(run) >= 2 {
			claims = append(claims, run...)
		}
		run = run[:0]
	}
	for k := range occurrences(text, ", ") {
		if k+3 >= len(text) || !isUpperASCII(text[k+2]) || text[k+3] != '.' {
			continue
		}
		ws := k // the family name's start: back over its letters
		for ws > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:ws])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				break
			}
			ws -= size
		}
		if ws == k {
			continue
		}
		end := initialledAuthorAt(text, ws)
		for n := 0; end > 0 && n < 3 && ws > 1 && text[ws-1] == ' '; n++ { // the family name's particles: "van der Heijden, P." (stop 35)
			p := wordStartBefore(text, ws-1)
			if p == ws-1 || !nameParticles[text[p:ws-1]] {
				break
			}
			ws = p
		}
		if end < 0 {
			continue
		}
		if n := len(run); n > 0 && (ws < run[n-1].End || !authorJoiner(text[run[n-1].End:ws])) {
			if ws < run[n-1].End {
				continue
			}
			flush()
		}
		run = append(run, claim(ws, end, fieldScore))
	}
	flush()
	return claims
}

// authorJoiner reports what stands between two authors of a list.
func authorJoiner(s string) bool {
	switch s {
	case ", ", "; ", " & ", " and ", ", and ", ", & ":
		return true
	}
	return false
}

// initialledAuthorAt reads "Family, I." at text[i:]: a capitalised family name (one word, a
// hyphen or an apostrophe inside) that is no English word, a comma and a space, and one to three
// initials each a capital and a full stop; it returns the end, or -1.
func initialledAuthorAt(text string, i int) int {
	if i > 0 && isLetterStart(text[i-1]) {
		return -1
	}
	w, e := wordAt(text, i)
	if w == "" || !nameLike(w) || englishWord(w) || !strings.HasPrefix(text[e:], ", ") {
		return -1
	}
	j, initials := e+2, 0
	for initials < 3 && j+1 < len(text) && isUpperASCII(text[j]) && text[j+1] == '.' {
		j += 2
		initials++
		if j < len(text) && text[j] == '-' && j+2 < len(text) && isUpperASCII(text[j+1]) && text[j+2] == '.' {
			j += 3 // "A.-M."
		} else if j+2 < len(text) && text[j] == ' ' && isUpperASCII(text[j+1]) && text[j+2] == '.' && (j+3 == len(text) || !isLetterStart(text[j+3])) {
			j++ // "B. C."
		}
	}
	if initials == 0 || j < len(text) && isLetterStart(text[j]) {
		return -1
	}
	return j
}

// bibtexAuthors claims the authors of a BibTeX author or editor field ("author = {Okafor, Jonah
// and Lindqvist, Astrid}"): each part between "and"s, family name first with a comma or given
// name first, two to four capitalised words.
func bibtexAuthors(text string, claims []redact.Finding) []redact.Finding {
	for _, key := range []string{"author", "editor"} {
		for k := range occurrences(text, key) {
			j := k + len(key)
			if k > 0 && isLetterStart(text[k-1]) {
				continue
			}
			j = skipBlanks(text, j)
			if j >= len(text) || text[j] != '=' {
				continue
			}
			j = skipBlanks(text, j+1)
			if j >= len(text) || text[j] != '{' && text[j] != '"' {
				continue
			}
			closer := byte('}')
			if text[j] == '"' {
				closer = '"'
			}
			end := strings.IndexByte(text[j+1:], closer)
			if end < 0 || strings.IndexByte(text[j+1:j+1+end], '\n') >= 0 {
				continue
			}
			start := j + 1
			for part := range strings.SplitSeq(text[start:start+end], " and ") {
				if bibtexName(part) {
					claims = append(claims, claim(start, start+len(part), fieldScore))
				}
				start += len(part) + len(" and ")
			}
		}
	}
	return claims
}

// bibtexName reports one author as BibTeX writes it: two to four words, each capitalised or an
// initial, with one comma at most after the first ones.
func bibtexName(part string) bool {
	ws := strings.Fields(strings.Replace(part, ",", " ", 1))
	if len(ws) < 2 || len(ws) > 4 || strings.Count(part, ",") > 1 || strings.TrimSpace(part) != part {
		return false
	}
	for _, w := range ws {
		if !nameLike(w) && !(len(w) == 2 && isUpperASCII(w[0]) && w[1] == '.') && !nameParticles[w] {
			return false
		}
	}
	return true
}
