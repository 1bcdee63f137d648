package ner

import (
	"strings"
	"sync"

	"github.com/veil-gateway/veil/redact"
)

// Files named after people (stop 38): an attachment's line, a listing, a storage key or a log
// names a document by its subject ("Resume_Amelia_Kowalski.pdf", "Harold-Finch-lab-results.pdf",
// "claims/2024/OKAFOR_CHINEDU_passport.jpg"), and the model reads such a name as one word and
// finds nothing in it. namesInFileNames reads the name of a file with an extension documents,
// images, sheets and mail have, before it, cut at underscores, hyphens and dots, and makes a
// person of two parts side by side that are a given and a family name of the lists, either way
// round, in any case: both parts of three letters or more (the given name two), and one of them
// no word of the dictionaries ("John_Smith", both words, stays; "Harold-Finch" does not). Not in
// code unless in a string or a comment, and not over a finding.

// fileExtensions are the extensions of the files that are named after people, in lower case.
var fileExtensions = wordSet("pdf doc docx odt rtf txt md pages xls xlsx ods csv numbers ppt pptx key jpg jpeg png gif heic " +
	"tif tiff bmp webp zip eml msg mp3 m4a wav mp4 mov json xml html")

func namesInFileNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for at := 0; ; {
		k := strings.IndexByte(text[at:], '.')
		if k < 0 {
			break
		}
		dot := at + k
		at = dot + 1
		ext := dot + 1
		for ext < len(text) && isLetterByte(text[ext]) || ext < len(text) && ext > dot+1 && text[ext] >= '0' && text[ext] <= '9' {
			ext++
		}
		if ext == dot+1 || ext < len(text) && (isLetterByte(text[ext]) || text[ext] == '_') || !fileExtensions[strings.ToLower(text[dot+1:ext])] {
			continue
		}
		start := dot
		for start > 0 && dot-start < 255 && fileNameByte(text[start-1]) {
			start-- // a file's name is 255 bytes at most: a run of ".pdf.pdf…" stays linear
		}
		claims = fileNameParts(text, start, dot, claims)
	}
	if len(claims) == 0 {
		return fs
	}
	var kept []redact.Finding
	for _, c := range claims {
		if personsOnlyIn(fs, c.Start, c.End) && !coveredBy(fs, c.Start, c.End, redact.Person) &&
			(!inCode(text, c.Start) || commentBefore(text, c.Start) || quotedAt(text, c.Start, c.End)) {
			kept = append(kept, c)
		}
	}
	return claimPersons(fs, kept)
}

// fileNameByte reports a byte of a file's name: a letter, a digit, '_', '-' or '.'.
func fileNameByte(c byte) bool {
	return isLetterByte(c) || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c >= 0x80
}

// fileNameParts appends to claims the given and family names side by side among the parts of
// the file name text[start:end].
func fileNameParts(text string, start, end int, claims []redact.Finding) []redact.Finding {
	type part struct{ a, b int }
	var parts []part
	for p := start; p < end; {
		q := p
		for q < end && text[q] != '_' && text[q] != '-' && text[q] != '.' {
			q++
		}
		if q > p {
			parts = append(parts, part{p, q})
		}
		p = q + 1
	}
	for i := 0; i+1 < len(parts); i++ {
		x, y := strings.ToLower(text[parts[i].a:parts[i].b]), strings.ToLower(text[parts[i+1].a:parts[i+1].b])
		if !lowerLetters(x) || !lowerLetters(y) || len(x) < 2 || len(y) < 2 || len(x)+len(y) < 6 {
			continue
		}
		given, family := foldedGiven(), foldedFamily()
		pair := given[x] && family[y] && len(y) >= 3 || family[x] && given[y] && len(x) >= 3
		if !pair || (dictionaryWord(titleCase(x)) || englishWord(x)) && (dictionaryWord(titleCase(y)) || englishWord(y)) {
			continue
		}
		claims = append(claims, claim(parts[i].a, parts[i+1].b, shapeScore))
		i++
	}
	return claims
}

// foldedGiven and foldedFamily are handleGiven and handleFamily with each name that has accents or
// letters outside ASCII written without them too, as file names write them (stop 57:
// "Payroll_Q3_Henrik_Sorensen.xlsx", the lists' Sørensen), but not where that makes an English or
// a dictionary word ("Löwer" is no "lower").
var (
	foldedGiven  = sync.OnceValue(func() map[string]bool { return withFolded(handleGiven()) })
	foldedFamily = sync.OnceValue(func() map[string]bool { return withFolded(handleFamily()) })
)

// withFolded returns a copy of names with each name's ASCII folding added (see foldedGiven).
func withFolded(names map[string]bool) map[string]bool {
	m := make(map[string]bool, len(names))
	for n := range names {
		m[n] = true
	}
	for n := range names {
		if isASCII(n) {
			continue
		}
		if f := redact.ASCIIFold(n); len(f) >= 3 && !m[f] && !englishWord(f) && !dictionaryWord(titleCase(f)) {
			m[f] = true
		}
	}
	return m
}
