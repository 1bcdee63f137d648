package ner

import (
	"cmp"
	"slices"
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// namesInListItems makes a person of a numbered or bulleted list's item that opens with a name
// as another item of the list does: where the model found a person at one item's start ("2. Ana
// Rodriguez – 10 pts"), the items around it that open with two or three capitalised words of
// names and then the same mark ("1. April Fleming – 12 pts", which the model had left: a list's
// first line reads like a sentence's start) are persons too. Common, place, organisation and
// street words are no part of one, nor is anything else found over them (stop 37).
func namesInListItems(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "\n") || len(fs) == 0 {
		return fs
	}
	type item struct {
		start, end int    // the item's text after its marker, to the line's end
		marker     string // "1.", "-": the list's kind, digits aside
	}
	var items []item
	for at, le := range lineBounds(text) {
		if m, s := itemMarker(text, at, le); s > 0 {
			items = append(items, item{s, le, m})
		} else if s := at + len(text[at:le]) - len(strings.TrimLeft(text[at:le], " ")); s < le && startsUpper(text[s:]) {
			items = append(items, item{s, le, ""}) // a line of its own, no marker: "Meabh – 3 goals"
		}
	}
	if len(items) < 2 {
		return fs
	}
	var claims []redact.Finding
	for g := 0; g < len(items); {
		h := g + 1 // the group: items of one kind of marker, one after another
		for h < len(items) && items[h].marker == items[g].marker {
			h++
		}
		if h-g < 2 {
			g = h
			continue // a list has two items at least
		}
		var after string // what follows a person that opens an item, in this group
		for _, it := range items[g:h] {
			if f, ok := findingAt(fs, it.start); ok && f.Type == redact.Person && f.End < it.end && f.Score >= 0.5 {
				after = itemMark(text[f.End:it.end])
				if after != "" {
					break
				}
			}
		}
		if after != "" {
			for _, it := range items[g:h] {
				end, words := it.start, 0
				for k := it.start; words < 4 && k < it.end; {
					w, e := wordAt(text, k)
					if w == "" || !startsUpper(w) || foldIn(placeAndOrgWords, w) || streetWordSet[strings.ToLower(w)] || isTitle(w) || capitals(w) ||
						embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix) != 0 || !itemNameWord(w) {
						break
					}
					words, end = words+1, e
					if e >= it.end || text[e] != ' ' {
						break
					}
					k = e + 1
				}
				if words == 1 && !givenItem(text[it.start:end]) || words == 0 || words > 3 || itemMark(text[end:it.end]) != after || !personsOnlyOver(fs, it.start, end) {
					continue
				}
				claims = append(claims, claim(it.start, end, shapeScore))
			}
		}
		g = h
	}
	return claimPersons(fs, claims)
}

// itemMarker returns a list item's marker at the line text[ls:le] ("1." or "1)" as "1.", "-",
// "*", "•") and where its text starts after one space, or 0.
func itemMarker(text string, ls, le int) (string, int) {
	i := ls
	for i < le && text[i] == ' ' {
		i++
	}
	d := i
	for d < le && d-i < 3 && isDigitByte(text[d]) {
		d++
	}
	switch {
	case d > i && d+1 < le && (text[d] == '.' || text[d] == ')') && text[d+1] == ' ':
		return "1" + text[d:d+1], d + 2
	case i+1 < le && (text[i] == '-' || text[i] == '*') && text[i+1] == ' ':
		return text[i : i+1], i + 2
	case strings.HasPrefix(text[i:le], "• "):
		return "•", i + len("• ")
	}
	return "", 0
}

// itemMark returns what closes a name at an item's start: a dash between spaces, an opening
// bracket, a comma, a colon, or the line's end; "" for anything else (a word goes on).
func itemMark(rest string) string {
	rest = strings.TrimRight(rest, " \r")
	if rest == "" {
		return "end"
	}
	for _, m := range [...]string{" – ", " — ", " - ", " (", ", ", ": "} {
		if strings.HasPrefix(rest, m) {
			return m
		}
	}
	return ""
}

// findingAt returns the finding that starts at start, if any; fs is in start order.
func findingAt(fs []redact.Finding, start int) (redact.Finding, bool) {
	k, ok := slices.BinarySearchFunc(fs, start, func(f redact.Finding, at int) int { return cmp.Compare(f.Start, at) })
	if !ok {
		return redact.Finding{}, false
	}
	return fs[k], true
}

// givenItem reports one word that an item may be a person by alone: a given name of the lists
// that is no word of English or the dictionary, nor a place ("Meabh", "Tyrone"; not "Note", "Total").
func givenItem(w string) bool {
	return (givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w]) && !englishWord(w) && !dictionaryWord(w) &&
		embeddedClass(w)&(gCity|gState|gCountry|gOrg|gStreet|gCommon) == 0 || onlyAName(w)
}

// itemNameWord reports a word that a name at a list item's start may hold: a given or family
// name of the lists ("April", "Fleming"), or a word no list knows as a word ("Faraj"); not
// "Project Alpha".
func itemNameWord(w string) bool {
	if givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w] || familyWord(w) || embeddedClass(w)&(gFirst|gLast) != 0 {
		return true
	}
	return !englishWord(w) && !dictionaryWord(w) && !foldIn(commonSet, w) && !techTerms[w]
}

// namesAtTables makes a person of the party's name a restaurant's bookings write after a table's
// number: "Table 5: McEnry x4, 19:30", "Table 12 – Okafor (6), 20:00", "Table 3: Lindqvist party
// of 4" (stop 37: a probe's bookings had left half their names upstream). One or two capitalised
// words, then the party's size; no common, place or organisation word.
func namesAtTables(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for a := range occurrences(text, "able ") { // one pass for "Table " and "table "
		k := a - 1
		if k < 0 || text[k] != 'T' && text[k] != 't' || k > 0 && text[k-1] != '\n' && text[k-1] != ' ' && text[k-1] != '\t' {
			continue
		}
		i := a + len("able ")
		d := i + leadingDigits(text[i:min(len(text), i+3)])
		if d == i {
			continue
		}
		for _, sep := range [...]string{": ", " – ", " - ", " — ", ", "} {
			if strings.HasPrefix(text[d:], sep) {
				d += len(sep)
				break
			}
		}
		if d >= len(text) || !startsUpper(text[d:]) {
			continue
		}
		end, words := d, 0
		for at := d; words < 2; {
			w, e := wordAt(text, at)
			if w == "" || !startsUpper(w) || foldIn(commonSet, w) || foldIn(placeAndOrgWords, w) || isTitle(w) && words > 0 ||
				embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix) != 0 || techTerms[w] ||
				!isTitle(w) && !familyWord(w) && !givenItem(w) && !onlyAName(w) {
				break // a caption's words are no party's: "Table 1: Summary (3 rows)", "Table 2: Widget x4"
			}
			if isTitle(w) {
				at = e + 1 // "Table 4: Mrs Okafor x2": the title stays in the clear
				if e < len(text) && text[e] == '.' {
					at++
				}
				d = at
				continue
			}
			words, end = words+1, e
			if e+1 >= len(text) || text[e] != ' ' || !startsUpper(text[e+1:]) {
				break
			}
			at = e + 1
		}
		if words == 0 || !partySize(text[end:]) || !personsOnlyOver(fs, d, end) {
			continue
		}
		claims = append(claims, claim(d, end, shapeScore))
	}
	return claimPersons(fs, claims)
}

// partySize reports a booking's party size at the start of rest: " x4", " (6)", " party of 4",
// ", 4 people", " - 2 pax".
func partySize(rest string) bool {
	for _, p := range [...]string{" x", " X", " ×", " (", " party of ", " - ", " – ", ", "} {
		if r, ok := strings.CutPrefix(rest, p); ok && r != "" && isDigitByte(r[0]) {
			n := leadingDigits(r)
			if p == " - " || p == " – " || p == ", " {
				tail := strings.TrimLeft(r[n:], " ")
				return hasWordPrefix(tail, "pax") || hasWordPrefix(tail, "people") || hasWordPrefix(tail, "guests") || hasWordPrefix(tail, "covers") || hasWordPrefix(tail, "persons")
			}
			if p == " (" {
				return strings.HasPrefix(r[n:], ")") || strings.HasPrefix(r[n:], " pax)") || strings.HasPrefix(r[n:], " people)") || strings.HasPrefix(r[n:], " guests)")
			}
			return true
		}
	}
	return false
}

// leadingDigits returns how many ASCII digits s opens with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}

// hasWordPrefix reports s opening with the word w.
func hasWordPrefix(s, w string) bool {
	return strings.HasPrefix(s, w) && (len(s) == len(w) || !isLetterASCII(s[len(w)]))
}
