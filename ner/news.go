package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// datelines makes a place of the town a news story's dateline opens with, in capitals at a
// line's start: before a comma and a month's day ("NOIDA, Aug 16 (Reuters) -", "LAKE MICHAEL,
// April 5 -"), over what the model made of it, or before a dash and a capitalised word ("DIDAM —
// Police said", "GARNIER-SUR-HERVÉ - The mayor") where it found no person. The town is one to
// four words of capitals, not all English words ("WARNING - Do not", "NOTE — See below" name no
// town) nor an acronym.
func datelines(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") && !strings.Contains(text, " — ") && !strings.Contains(text, " - ") {
		return fs
	}
	var shapes []redact.Finding
	for ls := 0; ls < len(text); ls = lineEnd(text, ls) + 1 {
		le := lineEnd(text, ls)
		e := capitalsRun(text, ls, le)
		if e == ls {
			continue
		}
		rest := text[e:le]
		dated := false
		switch {
		case strings.HasPrefix(rest, ", "):
			w, we := wordAt(rest, 2)
			dated = (foldIn(monthNames, w) || foldIn(monthAbbreviations, w)) && we+1 < len(rest) && (rest[we] == ' ' || rest[we] == '.') && datelineDay(rest[we:])
		case strings.HasPrefix(rest, " — "), strings.HasPrefix(rest, " - "), strings.HasPrefix(rest, " – "):
			// a dash says less than a month's day: a name in capitals heads a line so too
			// ("CARLOS MENDOZA - DOB …"), so a person found there stays
			_, after, _ := strings.Cut(rest[1:], " ")
			r, _ := utf8.DecodeRuneInString(after)
			dated = unicode.IsUpper(r) && !personWithin(fs, ls, e)
		}
		if dated {
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: ls, End: e, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceWithin(fs, shapes)
}

// personWithin reports a person found over text[start:end).
func personWithin(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start < end && f.End > start && f.Type == redact.Person {
			return true
		}
	}
	return false
}

// bylines makes persons of a story's byline at a line's start: "By" and one or two names, each
// of two to four words written as names are (headerName), alone on the line ("By Mathew Page",
// "By Ana Lima and Bo Chen"), where the model found nothing sure.
func bylines(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "By ") {
		return fs
	}
	var claims []redact.Finding
	for k := range occurrences(text, "By ") {
		if k > 0 && text[k-1] != '\n' {
			continue
		}
		le := lineEnd(text, k)
		line := strings.TrimRight(text[k+3:le], " \r")
		var names [][2]int
		for a := 0; a <= len(line); {
			b := strings.Index(line[a:], " and ")
			if b < 0 {
				b = len(line) - a
			}
			names = append(names, [2]int{k + 3 + a, k + 3 + a + b})
			a += b + len(" and ")
		}
		if len(names) > 2 {
			continue
		}
		for _, n := range names {
			if !headerName(text[n[0]:n[1]]) {
				names = nil
				break
			}
		}
		for _, n := range names {
			if !sureInside(fs, n[0], n[1]) {
				claims = append(claims, claim(n[0], n[1], fieldScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// capitalsRun returns where one to four words of capitals at text[ls:le] end (hyphens and
// apostrophes inside them), not all English words nor an acronym; or ls.
func capitalsRun(text string, ls, le int) int {
	end := ls
	for words, i := 0, ls; words < 4 && i < le; words++ {
		w, j := wordAt(text[:le], i)
		if w == "" || hasLower(w) || utf8.RuneCountInString(w) < 2 {
			break
		}
		end = j
		if j >= le || text[j] != ' ' {
			break
		}
		if w2, _ := wordAt(text[:le], j+1); w2 == "" || hasLower(w2) {
			break
		}
		i = j + 1
	}
	run := text[ls:end]
	if utf8.RuneCountInString(run) < 3 || techTerms[run] || !strings.ContainsAny(run, "AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ") {
		return ls // an acronym: "HTTP"
	}
	for w := range strings.FieldsSeq(run) {
		if !englishWord(w) && !dictionaryWord(strings.ToLower(w)) {
			return end // a word no dictionary holds: "LAKE MICHAEL", "NOIDA"
		}
	}
	return ls // words: "WARNING", "NOTE", "BREAKING NEWS"
}

// datelineDay reports the day after a dateline's month, its space or period first: " 16", ". 5".
func datelineDay(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "."), " ")
	n := 0
	for n < len(s) && n < 2 && isDigitByte(s[n]) {
		n++
	}
	return n > 0 && (n == len(s) || !isDigitByte(s[n]))
}
