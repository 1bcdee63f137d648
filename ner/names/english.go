package names

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
)

// english.txt.gz holds the words of SCOWL's American English list written in lower-case ASCII
// letters alone, sorted, one a line (scripts/english-words.py; the notices of its authors are in
// SCOWL-COPYRIGHT beside it).
//
//go:embed english.txt.gz
var englishGz []byte

// English returns SCOWL's English words in lower-case ASCII letters (common nouns, verbs,
// adjectives and their inflections, not proper names), sorted. Each call decompresses them; the
// span rules call it once.
func English() []string {
	r, err := gzip.NewReader(bytes.NewReader(englishGz))
	if err != nil {
		panic("names: english.txt.gz: " + err.Error()) // embedded at build time: a broken file is a build defect
	}
	data, err := io.ReadAll(r)
	if err != nil {
		panic("names: english.txt.gz: " + err.Error())
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}
