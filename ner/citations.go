package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Names in scholarly writing, where a name is written as no sentence writes one: the authors of
// a reference list's entries, family name first with initials after it, in APA's style
// ("Ficino, M., Borromini, T. A., & Zacco, A. (2016).") or Vancouver's ("Vance N, Hamilton GW,
// Cross S. Title. Lancet. 2000;391:112-9."); a work cited by its first author ("Martel et al.
// (2006)", "(Smith & Jones, 2010)", "As Bass (2010) argues"); and the authors over a paper's
// affiliations, each with the number of hers ("Jessica Dillon1, Laura Sheppard2 and Daniel
// Collins1,2"), which the model reads as words with digits in them.

// citationScore is the score of a name a citation's shape vouches for: above an address's, as
// Vancouver's "Rosales M, Wilson S. Outcomes of" is read by the street recognizers.
const citationScore = 0.9

// namesInCitations claims the names of reference entries, cited works and numbered authors.
func namesInCitations(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	if strings.Contains(text, ", ") {
		for ls := 0; ls < len(text); ls = lineEnd(text, ls) + 1 {
			claims = referenceEntry(text, ls, lineEnd(text, ls), claims)
		}
	}
	claims = citedAuthors(text, claims)
	claims = numberedAuthors(text, claims)
	fs = claimPersons(fs, claims)
	// Vancouver's last author ends at the list's full stop, where the model's reading of a
	// middle initial ("Nichols T. Outcomes") had gone on to the title's first word
	for _, c := range claims {
		if c.End >= len(text) || text[c.End] != '.' {
			continue
		}
		// the finding the claim joined: the last to start at or before it (they overlap none)
		k, _ := slices.BinarySearchFunc(fs, c.Start+1, func(f redact.Finding, at int) int { return f.Start - at })
		if k > 0 && fs[k-1].Type == redact.Person && fs[k-1].End > c.End {
			fs[k-1].End = c.End
		}
	}
	return fs
}

// referenceEntry adds the authors of the reference entry on the line text[ls:le], if it is
// one: after a list's number or bullet, family names each with the initials of the given
// names, in APA's style (a comma before the initials, each with its period; the last author
// after "&", then the year in brackets) or in Vancouver's (the initials in capitals after a
// space, no periods; at least two authors or "et al.", then a full stop and a year later on
// the line).
func referenceEntry(text string, ls, le int, claims []redact.Finding) []redact.Finding {
	p := ls + listMarker(text[ls:le])
	if e, ok := apaAuthors(text, p, le); ok {
		return append(claims, e...)
	}
	if e, ok := vancouverAuthors(text, p, le); ok {
		return append(claims, e...)
	}
	return claims
}

// listMarker returns the length of a list's number or bullet at the start of line: "1. ",
// "[12] ", "- ", "• ".
func listMarker(line string) int {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	switch {
	case strings.HasPrefix(line[i:], "- "), strings.HasPrefix(line[i:], "* "):
		return i + 2
	case strings.HasPrefix(line[i:], "• "):
		return i + len("• ")
	}
	j, open := i, i < len(line) && line[i] == '['
	if open {
		j++
	}
	d := j
	for j < len(line) && j-d < 3 && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	if j == d || j >= len(line) {
		return i
	}
	if open && line[j] == ']' || !open && line[j] == '.' {
		j++
	} else {
		return i
	}
	if j < len(line) && line[j] == ' ' {
		return j + 1
	}
	return i
}

// apaAuthors reads APA's authors at text[p:le]: "Family, I. I.," pairs, "&" or "and" before the
// last, and " (" with a year, "n.d." or "in press" after them.
func apaAuthors(text string, p, le int) ([]redact.Finding, bool) {
	var entries []redact.Finding
	for i := p; i < le; {
		e := citedFamily(text, i, le)
		if e == i || e+2 >= le || text[e] != ',' || text[e+1] != ' ' {
			return nil, false
		}
		ie := dottedInitials(text, e+2, le)
		if ie == e+2 {
			return nil, false
		}
		entries = append(entries, claim(i, ie, citationScore))
		rest := text[ie:le]
		switch {
		case strings.HasPrefix(rest, " ("):
			if yearInBrackets(rest[2:]) {
				return entries, true
			}
			return nil, false
		case strings.HasPrefix(rest, ", & "):
			i = ie + 4
		case strings.HasPrefix(rest, ", and "):
			i = ie + 6
		case strings.HasPrefix(rest, " & "):
			i = ie + 3
		case strings.HasPrefix(rest, " and "):
			i = ie + 5
		case strings.HasPrefix(rest, ", "):
			i = ie + 2
		default:
			return nil, false
		}
	}
	return nil, false
}

// yearInBrackets reports what APA writes in brackets after the authors: a year (with a letter
// or a month and day after it), "n.d." or "in press".
func yearInBrackets(s string) bool {
	if strings.HasPrefix(s, "n.d.)") || strings.HasPrefix(s, "in press)") {
		return true
	}
	return len(s) >= 5 && citedYear(s[:4]) && (s[4] == ')' || s[4] == ',' || s[4] >= 'a' && s[4] <= 'z' && len(s) > 5 && s[5] == ')')
}

// citationAfter reports a year in brackets, or a comma and a year closing a bracket, right after
// text[:end]: authors cited, not a firm ("cite Moreau & Lefèvre (2018)", "(Smith & Jones, 2010)",
// stop 35).
func citationAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+9)]
	switch {
	case strings.HasPrefix(rest, " (") && len(rest) >= 7 && citedYear(rest[2:6]):
		return true
	case strings.HasPrefix(rest, ", ") && len(rest) >= 7 && citedYear(rest[2:6]) && (rest[6] == ')' || rest[6] == ';'):
		return true
	}
	return false
}

// citedYear reports a year a work is dated: 1800 to 2099.
func citedYear(s string) bool {
	return len(s) == 4 && (s[:2] == "18" || s[:2] == "19" || s[:2] == "20") && isDigits(s[2:])
}

// vancouverAuthors reads Vancouver's authors at text[p:le]: "Family II" pairs separated by
// commas, then "." or ", et al." and a year later on the line; two authors at least, or one
// and "et al.". A family name there is one the lists know or no common word, so that "Room A,
// Building B." names no one.
func vancouverAuthors(text string, p, le int) ([]redact.Finding, bool) {
	var entries []redact.Finding
	for i := p; i < le; {
		e := citedFamily(text, i, le)
		if e == i || e+1 >= le || text[e] != ' ' || !citedWords(text[i:e]) {
			return nil, false
		}
		ie := e + 1
		for ie < le && ie-e <= 3 {
			r, size := utf8.DecodeRuneInString(text[ie:])
			if !unicode.IsUpper(r) {
				break
			}
			ie += size
		}
		if ie == e+1 || ie-(e+1) > 6 || ie >= le {
			return nil, false
		}
		entries = append(entries, claim(i, ie, citationScore))
		rest := text[ie:le]
		switch {
		case strings.HasPrefix(rest, ", et al."):
			return entries, yearAfter(rest)
		case rest[0] == '.' && len(entries) >= 2:
			return entries, yearAfter(rest)
		case strings.HasPrefix(rest, ", "):
			i = ie + 2
		default:
			return nil, false
		}
	}
	return nil, false
}

// yearAfter reports a year of a work's (citedYear) standing alone in s.
func yearAfter(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if citedYear(s[i:i+4]) && (i == 0 || !isDigitByte(s[i-1])) && (i+4 == len(s) || !isDigitByte(s[i+4])) {
			return true
		}
	}
	return false
}

// citedFamily reads a family name at text[i:le] as references write one: particles ("van der
// Berg", "de la Cruz") and one or two capitalised words, which may be hyphenated or carry an
// apostrophe (García Márquez, O'Neil, Müller-Lüdenscheidt). It returns where it ends, or i.
func citedFamily(text string, i, le int) int {
	end := i
	caps := 0
	for words := 0; words < 4 && i < le; words++ {
		w, j := wordAt(text[:le], i)
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) && hasLower(w) && !isTitle(w) && caps < 2:
			end, caps = j, caps+1
		case foldIn(nameParticles, w) && caps == 0 && unicode.IsLower(r):
		default:
			return end
		}
		if j >= le || text[j] != ' ' {
			break
		}
		// a word of capitals after a space is Vancouver's initials, not a second family name
		if k := j + 1; k < le {
			if w2, _ := wordAt(text[:le], k); w2 != "" && !hasLower(w2) {
				break
			}
		}
		i = j + 1
	}
	return end
}

// citedWords reports a family name's words that may be one where the citation's shape says it
// is: each a name of the lists ("Burns"), or written as names are and no common English word
// ("Cross", "Parent"; not "Room", "Building").
func citedWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if foldIn(nameParticles, w) || capitalParticles[w] {
			continue // "van Dijk", "Tomás Ó Ceallaigh"
		}
		if !listedName(w) && (!nameLike(w) || englishWord(w)) {
			return false
		}
	}
	return true
}

// citedName reports a family name that a year in brackets after it vouches for alone: one
// citedWords allows that is no word of the dictionary either ("As Parekh (2010) argues"; not
// "the Census (2020)", nor "Bass (2010)", which a bass's year could be).
func citedName(w string) bool {
	return citedWords(w) && (listedName(w) || !dictionaryWord(w))
}

// dottedInitials reads initials each with its period at text[i:le] ("M.", "T. M.", "J.-P.",
// "Á. B."), and returns where they end, or i.
func dottedInitials(text string, i, le int) int {
	end := i
	for k := i; k < le; {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) || k+size >= le || text[k+size] != '.' {
			break
		}
		k += size + 1
		end = k
		switch {
		case strings.HasPrefix(text[k:le], " ") && k+1 < le && upperDotAt(text, k+1, le):
			k++
		case strings.HasPrefix(text[k:le], "-") && k+1 < le && upperDotAt(text, k+1, le):
			k++
		}
		if k == end {
			break
		}
	}
	return end
}

// upperDotAt reports a capital and a period at text[k:le].
func upperDotAt(text string, k, le int) bool {
	r, size := utf8.DecodeRuneInString(text[k:])
	return unicode.IsUpper(r) && k+size < le && text[k+size] == '.'
}

// citedAuthors adds the family names a citation in prose names: before "et al." ("Martel et
// al. (2006)", "(Pons et al., 2018)"), before a year in brackets ("As Bass (2010) argues",
// "Smith and Jones (2010)") and in brackets before a comma and a year ("(Smith, 2010)", "(Smith
// & Jones, 2010; Lee, 2012)").
func citedAuthors(text string, claims []redact.Finding) []redact.Finding {
	if strings.Contains(text, " et al") {
		for k := range occurrences(text, " et al") {
			if e := k + len(" et al"); e < len(text) && isLetterASCII(text[e]) {
				continue // "et alia" is Latin, not the citation's abbreviation: still the family name's
			}
			if a := citedFamilyBefore(text, k); a < k {
				claims = append(claims, claim(a, k, citationScore))
			}
		}
	}
	if strings.Contains(text, " (") {
		for k := range occurrences(text, " (") {
			if k+7 > len(text) || !citedYear(text[k+2:k+6]) || text[k+6] != ')' && !(isLetterASCII(text[k+6]) && k+7 < len(text) && text[k+7] == ')') {
				continue
			}
			if a := citedFamilyBefore(text, k); a < k && citedName(text[wordStartBefore(text, k):k]) {
				claims = authorsBefore(text, k, claims)
			}
		}
	}
	if strings.Contains(text, ", ") {
		for k := range occurrences(text, ", ") {
			if k+6 > len(text) || !citedYear(text[k+2:k+6]) || k+6 < len(text) && text[k+6] != ')' && text[k+6] != ';' && !isLetterASCII(text[k+6]) {
				continue
			}
			// the year closes a bracket's citation: the authors open the bracket or follow a ";"
			open := strings.LastIndexAny(text[:k], "(;\n)")
			if open < 0 || text[open] == '\n' || text[open] == ')' {
				continue
			}
			start := open + 1
			for start < k && text[start] == ' ' {
				start++
			}
			if ends := authorsBefore(text, k, nil); len(ends) > 0 && ends[0].Start == start {
				claims = append(claims, ends...)
			}
		}
	}
	return claims
}

// authorsBefore adds the family names that end at k: one, or two joined by "and" or "&", or
// one and "et al." (claimed by citedAuthors already).
func authorsBefore(text string, k int, claims []redact.Finding) []redact.Finding {
	if strings.HasSuffix(text[:k], " et al.") || strings.HasSuffix(text[:k], " et al") {
		return claims
	}
	a := citedFamilyBefore(text, k)
	if a == k {
		return claims
	}
	var found []redact.Finding
	for _, join := range []string{" and ", " & "} {
		if strings.HasSuffix(text[:a], join) {
			if b := citedFamilyBefore(text, a-len(join)); b < a-len(join) {
				found = append(found, claim(b, a-len(join), citationScore))
			}
			break
		}
	}
	return append(append(claims, found...), claim(a, k, citationScore))
}

// citedFamilyBefore returns where the family name that ends at k starts: one capitalised word
// (hyphenated or with an apostrophe) that citedWords allows, after up to two particles; or k.
func citedFamilyBefore(text string, k int) int {
	a := wordStartBefore(text, k)
	if a == k {
		return k
	}
	w := text[a:k]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || !hasLower(w) || !citedWords(w) || a > 0 && !boundaryBefore(text, a) {
		return k
	}
	for range 2 {
		if a < 2 || text[a-1] != ' ' {
			break
		}
		p := wordStartBefore(text, a-1)
		if p == a-1 || !foldIn(nameParticles, text[p:a-1]) || !unicode.IsLower(rune(text[p])) {
			break
		}
		a = p
	}
	return a
}

// wordStartBefore returns where the word of letters (and inner hyphens and apostrophes) that
// ends at k starts, or k.
func wordStartBefore(text string, k int) int {
	a := k
	for a > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:a])
		if unicode.IsLetter(r) || unicode.IsMark(r) || (r == '-' || r == '\'' || r == '’') && a < k && a-size > 0 {
			a -= size
			continue
		}
		break
	}
	for a < k && (text[a] == '-' || text[a] == '\'') {
		a++
	}
	return a
}

// boundaryBefore reports that the word at text[a:] starts after a space, a bracket, a quote or
// a semicolon, not inside a token.
func boundaryBefore(text string, a int) bool {
	switch text[a-1] {
	case ' ', '(', '[', '"', ';', '\n', '\t':
		return true
	}
	return false
}

// numberedAuthors adds the authors of a line that lists them with the numbers of their
// affiliations glued to their names ("Jessica Dillon1, Laura Sheppard2 and Daniel Collins1,2",
// "Ana Lima1*, Bo Chen2"): two authors at least, each of two to four words written as names
// are, the last with its number, and nothing else on the line.
func numberedAuthors(text string, claims []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") {
		return claims
	}
	for ls := 0; ls < len(text); ls = lineEnd(text, ls) + 1 {
		claims = append(claims, numberedAuthorLine(text, ls, lineEnd(text, ls))...)
	}
	return claims
}

// numberedAuthorLine returns the authors of the line text[ls:le] if it lists authors with their
// affiliations' numbers (numberedAuthors), or none.
func numberedAuthorLine(text string, ls, le int) []redact.Finding {
	var found []redact.Finding
	for i := ls; i < le; {
		e := nameWords(text[:le], i)
		if e == i || strings.Count(text[i:e], " ") < 1 || strings.Count(text[i:e], " ") > 3 || !citedWords(text[i:e]) {
			return nil
		}
		j := e
		for j < le {
			if n := markDigitAt(text[:le], j); n > 0 {
				j += n
			} else if text[j] == '*' || text[j] == ',' && markDigitAt(text[:le], j+1) > 0 {
				j++
			} else {
				break
			}
		}
		if j == e || markDigitAt(text[:le], e) == 0 {
			return nil
		}
		found = append(found, claim(i, e, citationScore))
		rest := text[j:le]
		if strings.TrimSpace(rest) == "" {
			if len(found) < 2 {
				return nil
			}
			return found
		}
		n := listJoiner(rest)
		if n == 0 {
			return nil
		}
		i = j + n
	}
	return nil
}

// markDigitAt returns the length of an affiliation's digit at s[j]: an ASCII digit, or one
// written as a superscript ("Priyamvada Raman¹,³", stop 35), or 0.
func markDigitAt(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	if isDigitByte(s[j]) {
		return 1
	}
	if s[j] < utf8.RuneSelf {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[j:])
	if r == '¹' || r == '²' || r == '³' || r >= '⁰' && r <= '⁹' {
		return n
	}
	return 0
}

// listJoiner returns the length of the joiner that opens rest between two names of a list
// (", and ", ", ", " and ", " & "), or 0.
func listJoiner(rest string) int {
	for _, j := range [...]string{", and ", ", ", " and ", " & "} {
		if strings.HasPrefix(rest, j) {
			return len(j)
		}
	}
	return 0
}

// townsOfAffiliations makes a place of the town that ends each affiliation under a line of
// numbered authors ("1 Department of Biology, University of Janetfort, Mooreport", "2 Sawyer
// Ltd, New Mary"), and of the town before a country that ends one ("…, Leeds, United
// Kingdom"): the lines right under the authors' that open with an affiliation's number, their
// last items where they are towns' names (contactTown) and nothing sure is found there.
func townsOfAffiliations(text string, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '\n') < 0 {
		return fs
	}
	var shapes []redact.Finding
	under := false // the line above listed numbered authors, or was an affiliation under them
	for ls := 0; ls < len(text); ls = lineEnd(text, ls) + 1 {
		le := lineEnd(text, ls)
		line := strings.TrimRight(text[ls:le], "\r ")
		n := 0
		for k := 0; k < 2; k++ { // one or two digits, or superscripts ("¹ Department of …", stop 35)
			m := markDigitAt(line, n)
			if m == 0 {
				break
			}
			n += m
		}
		switch {
		case under && n > 0 && n < len(line) && line[n] == ' ' && strings.Contains(line, ", "):
			// the model reads an affiliation's number as a house number ("2 Yoder Inc, East
			// Bridgetbury", "Millerville⏎2 Sawyer Ltd, New Mary"): no address holds it
			fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
				return f.Type == redact.StreetAddress && f.Source == redact.SourceModel && f.Start <= ls && f.End > ls
			})
			items := strings.Split(line[n+1:], ", ")
			at := ls + n + 1 + len(line[n+1:]) - len(items[len(items)-1])
			last, firm := items[len(items)-1], at-2 // the items before the town name the institution or the firm
			if countryNamed(last) && len(items) > 2 {
				before := items[len(items)-2]
				shapes = townItem(text, ls, line, at-ls-2-len(before), at-ls-2, fs, shapes)
				firm = at - 4 - len(before)
			}
			shapes = townItem(text, ls, line, at-ls, len(line), fs, shapes)
			if a := ls + n + 1; firm > a && !departmentItem(text[a:firm]) && nothingFoundIn(fs, a, firm) {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: a, End: firm, Score: orgScore, Source: redact.SourceModel})
			}
		default:
			under = len(numberedAuthorLine(text, ls, le)) > 0
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInsideFirst(fs, shapes)
}

// departmentItem reports an affiliation's item that names a part of an institution ("Department
// of Biology", "School of Medicine"), which is no organisation of its own to the rules.
func departmentItem(item string) bool {
	w, _, _ := strings.Cut(item, " ")
	return foldIn(departmentWords, w)
}

// departmentWords open the name of a part of a university or a firm.
var departmentWords = wordSet("department dept faculty school division institute laboratory lab centre center unit section chair")

// nothingFoundIn reports that no finding of fs overlaps [start, end).
func nothingFoundIn(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start < end && start < f.End {
			return false
		}
	}
	return true
}

// townsAfterUniversities makes a place of the town written after a university's name and a
// comma, as a thesis's title page, an affiliation or a corresponding author's line gives it
// ("University of Mittweida, Nordhausen, 1996", "University of Serampore, Madhyamgram. E-mail:
// …"): the town is a town's name (contactTown) that ends the line, a sentence or an item before
// a year or a country, and nothing sure is found there.
func townsAfterUniversities(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "Univ") && !strings.Contains(text, "Uniw") {
		return fs
	}
	var shapes []redact.Finding
	for _, head := range universityHeads {
		if !strings.Contains(text, head) {
			continue
		}
		for k := range occurrences(text, head) {
			ls, whole := redact.LineStartWithin(text, k, affiliationLine)
			le, wholeEnd := redact.LineEndWithin(text, k, affiliationLine)
			if !whole || !wholeEnd {
				continue // a line longer than an affiliation's (stop 49: a megabyte's line read whole for each university was quadratic)
			}
			c := strings.Index(text[k:le], ", ")
			if c < 0 || strings.ContainsFunc(text[k:k+c], func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '\'' }) {
				continue // the comma must end the university's name: not "(University of Aurich). Speakers: A, B."
			}
			a := k + c + 2
			b := a
			for b < le && text[b] != ',' && text[b] != '.' && text[b] != ';' && text[b] != '(' {
				b++
			}
			rest := strings.TrimSpace(text[b:le])
			if after := strings.TrimSpace(strings.TrimPrefix(rest, ",")); !(b == le || text[b] == '.' || text[b] == ';' ||
				text[b] == ',' && (after == "" || len(after) >= 4 && citedYear(after[:4]) || len(after) <= 64 && countryNamed(strings.TrimRight(after, ".")))) {
				continue
			}
			if b == le {
				fs = streetOffLine(text, fs, a, le)
			}
			shapes = townItem(text, ls, text[ls:le], a-ls, b-ls, fs, shapes)
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInsideFirst(fs, shapes)
}

// streetOffLine moves the start of a model's street that opens in text[a:le], the end of an
// affiliation's line, and runs on over the line break, to the next line: the town ending the line
// is the affiliation's, the next line another's address ("University of Nispen, Drempt⏎2
// Slingerland Groep, Eijsden", one street to the model at 0.76, which had kept the town from its
// place and then lost it to the line's cut; stop 56). fs is in start order and stays so.
func streetOffLine(text string, fs []redact.Finding, a, le int) []redact.Finding {
	for k := near(fs, a); k < len(fs) && fs[k].Start < le; k++ {
		f := &fs[k]
		if f.Type == redact.StreetAddress && f.Source == redact.SourceModel && f.Start >= a && f.End > le+1 && (k+1 == len(fs) || fs[k+1].Start > le) {
			f.Start = skipBlanks(text, le+1)
		}
	}
	return fs
}

// affiliationLine is how far either side of a university's name its line is looked for.
const affiliationLine = 1024

// universityHeads open a university's name in the languages of the probes' locales.
var universityHeads = []string{"University of ", "Universidad de ", "Universidade de ", "Université de ", "Università di ", "Universität ",
	"Universiteit ", "Uniwersytet "}

// countryNamed reports a country's name the gazetteers know ("Germany", "United Kingdom").
func countryNamed(item string) bool { return embeddedClass(item)&gCountry != 0 }

// isDigits reports a string of ASCII digits, not empty.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}
