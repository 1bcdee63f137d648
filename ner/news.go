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
			dated = unicode.IsUpper(r) && !personWithin(fs, ls, e) && !shorthandAcronyms[text[ls:e]] // (not a note's "FYI - Jennifer Cherry called", stop 62)
		}
		if dated {
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: ls, End: e, Score: placeAfterScore, Source: redact.SourceModel})
			if a, b := datelineAgency(text, e, le); b > a {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: a, End: b, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceWithin(fs, shapes)
}

// datelineAgency returns the bounds of the agency a dateline names in brackets after its day (and
// year) and before its dash, text[e:le] being the line after the town: "LAKE MICHAEL, April 5
// (Lommert & Boer) - Police …" (stop 55: the agency had gone upstream or been three persons,
// "(Cantrell, Potter and Gill)"); 0, 0 where there is none.
func datelineAgency(text string, e, le int) (int, int) {
	rest := text[e:min(le, e+96)]
	o := strings.Index(rest, " (")
	if o < 0 || o > 24 {
		return 0, 0
	}
	c := strings.IndexByte(rest[o:], ')')
	if c < 0 {
		return 0, 0
	}
	a, b := e+o+2, e+o+c
	after := text[b+1 : le]
	if b <= a || !startsUpper(text[a:b]) || !(strings.HasPrefix(after, " - ") || strings.HasPrefix(after, " — ") || strings.HasPrefix(after, " – ")) {
		return 0, 0
	}
	return a, b
}

// photoCredits makes an organisation of the agency a photo's credit names after the
// photographer and a slash ("Photo: Karen Young/Mann-Smith", "Photo: Daniel Freeman/Carroll,
// Thompson and Larson"; stop 55: the agency had gone upstream, or been read into the
// photographer's name), what the model found across the slash ending at it.
func photoCredits(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "Photo: ") && !strings.Contains(text, "Credit: ") {
		return fs
	}
	var shapes []redact.Finding
	for _, label := range [...]string{"Photo: ", "Credit: "} {
		for k := range occurrences(text, label) {
			a := k + len(label)
			le := min(len(text), a+160) // a credit is short: the line is read no further, so that many credits on one long line stay linear
			if n := strings.IndexByte(text[a:le], '\n'); n >= 0 {
				le = a + n
			}
			line := text[a:le]
			sl := strings.IndexByte(line, '/')
			if sl <= 0 || sl > 40 || strings.Contains(line[:sl], "://") || !startsUpper(line) || !startsUpper(line[sl+1:]) {
				continue
			}
			b := a + sl + 1
			e := le
			if d := strings.IndexAny(text[b:le], ".;("); d >= 0 && !(d > 0 && text[b+d] == '.' && b+d+1 < le && text[b+d+1] != ' ') {
				e = b + d
			}
			for e > b && text[e-1] == ' ' {
				e--
			}
			if e <= b || e-b > 60 {
				continue
			}
			for i := near(fs, a); i < len(fs) && fs[i].Start < a+sl; i++ {
				if fs[i].End > a+sl {
					fs[i].End = a + sl // the photographer's name ends at the slash
				}
			}
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: b, End: e, Score: orgScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
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
