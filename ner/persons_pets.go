package ner

import (
	"slices"
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// petWords name an animal kept as a pet, whose name follows them: "our dog Max", "my cat Luna".
var petWords = wordSet("dog dogs cat cats puppy kitten pet parrot horse pony rabbit bunny hamster ferret tortoise budgie")

// petsNotPersons drops a person of one word that is a pet's name (stop 30): after "answers to"
// in a text that speaks of a pet ("Lost dog … Answers to Max"), or after a word for a pet ("our
// dog Max", "my cat Luna is missing"). A pet's name is nobody's personal data.
func petsNotPersons(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !slices.ContainsFunc(fs, func(f redact.Finding) bool { return f.Type == redact.Person }) || !containsPetWord(text) {
		return fs // no person to read, or no pet spoken of ("He answers to Maria": a person)
	}
	k := 0
	out := fs[:0]
	for _, f := range fs {
		if f.Type == redact.Person && f.Source == redact.SourceModel && !strings.ContainsAny(text[f.Start:f.End], " \t\n") {
			for k < len(toks) && toks[k].Start < f.Start {
				k++
			}
			if k < len(toks) && toks[k].Start == f.Start && k >= 1 && !toks[k].NewlineBefore {
				prev := text[toks[k-1].Start:toks[k-1].End]
				if foldIn(petWords, prev) || prev == "to" && k >= 2 && strings.EqualFold(text[toks[k-2].Start:toks[k-2].End], "answers") {
					continue
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// containsPetWord reports a pet's word in text, as a quick test before the tokens are read.
func containsPetWord(text string) bool {
	for _, w := range [...]string{"dog", "cat", "pupp", "kitten", "pet ", "parrot", "horse", "pony", "rabbit", "bunny", "hamster", "ferret", "tortoise", "budgie"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// petOwners makes a person of the family name in brackets after a quoted name, as a vet's or a
// groomer's note writes a pet and its owner (stop 61: `lab results for "Whiskers" (Davenport)`):
// one capitalised word that the lists hold as a family name and that is no English or dictionary
// word, place or organisation, where nothing was found; the quoted name one capitalised word.
func petOwners(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, q := range [...]string{"\" (", "” ("} {
		for k := range occurrences(text, q) {
			if k < 3 || !isLetterStart(text[k-1]) {
				continue
			}
			ws := strings.LastIndexAny(text[max(0, k-24):k], "\"“ ")
			if ws < 0 {
				continue
			}
			ws += max(0, k-24)
			if text[ws] == ' ' || !isUpperASCII(text[ws+1]) {
				continue // the quoted name: one capitalised word after its mark
			}
			at := k + len(q)
			w, e := wordAt(text, at)
			if e >= len(text) || text[e] != ')' || !nameLike(w) || !familyWord(w) || englishWord(w) || dictionaryWord(w) ||
				embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP) != 0 || !free(fs, at, e) || inCode(text, at) {
				continue
			}
			claims = append(claims, claim(at, e, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}
