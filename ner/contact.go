package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Contact lines: a CV's header and a signature write how to reach someone as one line of items
// between separators ("jane@x.com | (555) 123-4567 | Almería", "Gudivada · +91 …"), and a CV's
// work history writes where a job was after a dash ("Actor, Rossi SpA — Viguzzolo"). The town
// there has nothing around it for the model to go on, and invented or small towns (Faker's
// "Ellisonfort", Brazil's "Almeida") it reads as persons, organisations or nothing.

// contactSeparators stand between a contact line's items, spaces around them; a dash (which
// the normalised copy writes '-') only on a job's line (jobSeparator).
var contactSeparators = []string{" | ", " · ", " • "}

// jobSeparator stands between a job and its town on a CV's line, as the normalisation writes an
// em or en dash.
const jobSeparator = " - "

// townPrefixes open towns' names as well as streets' kinds or directions ("Lake Elizabethfurt",
// "Port Hannah", "North Jenniferberg", "New Ronaldview").
var townPrefixes = map[string]bool{"Lake": true, "Mount": true, "Port": true, "Fort": true, "Point": true, "Isle": true, "Glen": true,
	"North": true, "South": true, "East": true, "West": true, "New": true, "San": true, "Santa": true, "Saint": true, "St.": true,
	"Borgo": true,                // Italian's hamlet, a street's word too: "Borgo San Martino Di Cerveteri, Italy" (stop 28)
	"Lower": true, "Upper": true} // (stop 59: "Joshua Martin • Lower Murphyings • ella63@…")

// placesInContactLines makes a place of an item of a contact line that is a town's name
// (contactTown): on a line of two items or more between contactSeparators, one of them an email
// address, a phone number or a profile's web address; and a CV's job line's town (jobLine).
// What the model found inside the item gives way, unless it is sure of it (0.9, sureInside) or
// it is a person of two words or more that no place's word marks as a town (personOver,
// townShaped); a name the lists know whole is no town (contactTown).
func placesInContactLines(text string, fs []redact.Finding) []redact.Finding {
	seps := strings.Contains(text, " | ") || strings.Contains(text, " · ") || strings.Contains(text, " • ") || strings.Contains(text, jobSeparator)
	if !seps && !(strings.Contains(text, ", ") && hasYear(text)) {
		return fs // (a line of employment has its years: roleLine)
	}
	var shapes []redact.Finding
	var titles [][2]int // a headline's job titles
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := strings.TrimRight(text[ls:le], "\r")
		k := strings.Index(line, jobSeparator)
		switch n := strings.Count(line, jobSeparator); {
		case !seps:
		case n == 1 && k > 0 && !inCode(text, ls) && !bracketedAt(line, k):
			shapes = jobLine(text, ls, line, k, fs, shapes)
		case n == 2 && k > 0 && !inCode(text, ls):
			shapes, titles = headline(text, ls, line, k, fs, shapes, titles)
		default:
			shapes = contactLine(text, ls, line, fs, shapes)
		}
		if n := len(shapes); strings.Contains(line, ", ") && hasYear(line) && !inCode(text, ls) {
			shapes = roleLine(text, ls, line, fs, shapes)
			sortFindings(shapes[n:])
		}
		ls = le + 1
	}
	if len(titles) > 0 {
		// the model's organisation over a headline's job title only, a weak one: "Software Engineer" at 0.65
		t := 0 // titles and fs are both in start order: one walk
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
			for t < len(titles) && titles[t][1] <= f.Start {
				t++
			}
			return t < len(titles) && f.Type == redact.Organization && f.Source == redact.SourceModel && f.Score < 0.9 && f.Start >= titles[t][0] && f.End <= titles[t][1]
		})
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// bracketedAt reports line[k] inside brackets: the years of a job ("(2019 - present)"), no
// separator of the line's items.
func bracketedAt(line string, k int) bool {
	o := strings.LastIndexByte(line[:k], '(')
	return o >= 0 && strings.IndexByte(line[o:k], ')') < 0 && strings.IndexByte(line[k:], ')') > 0
}

// headline adds to shapes the town of a CV's or a profile's headline, line at ls with its first
// dash at k: a person's name, the job's title and the town ("Katy Robinson-Hardy - Software
// Engineer - O'Brienmouth", stop 59), and to titles the title's bounds.
func headline(text string, ls int, line string, k int, fs, shapes []redact.Finding, titles [][2]int) ([]redact.Finding, [][2]int) {
	k2 := k + len(jobSeparator) + strings.Index(line[k+len(jobSeparator):], jobSeparator)
	if !personOver(fs[near(fs, ls):], ls, ls+k) || !roleTitle(line[k+len(jobSeparator):k2]) {
		return shapes, titles
	}
	titles = append(titles, [2]int{ls + k + len(jobSeparator), ls + k2})
	return townItem(text, ls, line, k2+len(jobSeparator), len(line), fs, shapes), titles
}

// jobAtFirm reports an item that is a job's title, "at" and a firm's capitalised name: "Product
// Manager at Patla PLC".
func jobAtFirm(item string) bool {
	k := strings.Index(item, " at ")
	return k > 0 && k+4 < len(item) && isUpperASCII(item[k+4]) && roleTitle(item[:k])
}

// roleTitle reports a job's title (jobTitle), or one written in sentence case on a CV's line:
// "Accounts assistant", "Payroll lead".
func roleTitle(s string) bool {
	if jobTitle(s) {
		return true
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 || !startsUpper(ws[0]) || listedName(ws[0]) || !englishWord(ws[0]) && !dictionaryWord(ws[0]) {
		return false
	}
	for _, w := range ws[1:] {
		if !lowerStart(w) || !inTitleCase(jobTitleWords, w) && !englishWord(w) {
			return false
		}
	}
	return inTitleCase(jobTitleWords, ws[len(ws)-1])
}

// roleLine adds to shapes the employer and its town on a CV's line of employment with its years
// (stop 59): a job's title, a comma, partners' names (partnersAt: "Accounts assistant, Ramirez,
// Perry and Howard, Rosarioberg", "Senior Analyst, Thomas-Wilson (2019 - present)"), which the
// model reads as persons, an organisation, and after it a comma and a town (contactTown) ending
// the line or before its years in brackets.
func roleLine(text string, ls int, line string, fs, shapes []redact.Finding) []redact.Finding {
	for c := strings.Index(line, ", "); c > 0; {
		ts := strings.LastIndexAny(line[:c], ",;:)") + 1 // the title's start: after the years or a label ("2015-2018  Payroll lead")
		for ts < c && (line[ts] == ' ' || line[ts] == '\t' || isDigitByte(line[ts]) || line[ts] == '-') {
			ts++
		}
		if !roleTitle(line[ts:c]) {
			n := strings.Index(line[c+2:], ", ")
			if n < 0 {
				return shapes
			}
			c += 2 + n
			continue
		}
		at := ls + c + 2
		e := partnersAt(text, at)
		if e == at {
			for _, f := range fs[near(fs, at):] {
				if f.Start > at {
					break
				}
				if f.Start == at && f.Type == redact.Organization {
					e = f.End // the model's firm: "Payroll lead, Thompson and Sons, North Todd"
				}
			}
		} else if e <= ls+len(line) {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: e, Score: orgScore, Source: redact.SourceModel})
		}
		if e == at || e > ls+len(line) {
			return shapes
		}
		if rest := line[e-ls:]; strings.HasPrefix(rest, ", ") {
			end := len(line)
			if p := strings.IndexByte(rest, '('); p > 0 {
				end = e - ls + p
			}
			return townItem(text, ls, line, e-ls+2, end, fs, shapes)
		}
		return shapes
	}
	return shapes
}

// lineEnd returns the index of the line break that ends the line at p, or len(text).
func lineEnd(text string, p int) int {
	if k := strings.IndexByte(text[p:], '\n'); k >= 0 {
		return p + k
	}
	return len(text)
}

// contactLine adds to shapes the towns of the line at ls (placesInContactLines).
func contactLine(text string, ls int, line string, fs, shapes []redact.Finding) []redact.Finding {
	var items [][2]int // bounds in line
	for p := 0; p <= len(line); {
		next, sep := len(line), 0
		for _, s := range contactSeparators {
			if k := strings.Index(line[p:], s); k >= 0 && p+k < next {
				next, sep = p+k, len(s)
			}
		}
		items = append(items, [2]int{p, next})
		if len(items) > 8 {
			return shapes // a table's row or a breadcrumb, not a contact line
		}
		if sep == 0 {
			break
		}
		p = next + sep
	}
	if len(items) < 2 {
		return shapes
	}
	contact := false
	for _, it := range items {
		item := strings.TrimSpace(line[it[0]:it[1]])
		// or a profile's job at its firm, as a headline writes it (stop 59: "Matthew Yadav
		// (she/her) · Product Manager at Patla PLC · Madurai")
		contact = contact || contactItem(item) || len(items) >= 3 && jobAtFirm(item)
	}
	if !contact {
		return shapes
	}
	for _, it := range items {
		shapes = townItem(text, ls, line, it[0], it[1], fs, shapes)
	}
	return shapes
}

// townItem adds to shapes a place over line[a:b] (the line at ls in text), blanks trimmed, when
// it is a town's name (contactTown) and nothing sure is found there.
func townItem(text string, ls int, line string, a, b int, fs, shapes []redact.Finding) []redact.Finding {
	for a < b && line[a] == ' ' {
		a++
	}
	for b > a && line[b-1] == ' ' {
		b--
	}
	if !contactTown(line[a:b]) {
		return shapes
	}
	if fs = fs[near(fs, ls+a):]; sureInside(fs, ls+a, ls+b) || personOver(fs, ls+a, ls+b) && !townShaped(line[a:b]) {
		return shapes // (the findings near the item only: a text of many affiliations had read them all for each, stop 56)
	}
	return append(shapes, redact.Finding{Type: redact.Location, Start: ls + a, End: ls + b, Score: placeAfterScore, Source: redact.SourceModel})
}

// jobLine adds to shapes the town and the employer of a CV's job line, line at ls with the dash
// at k: a job's title, a comma, the employer, the dash and the town ("Actor, Rossi SpA —
// Viguzzolo"), a year on the line or the next (the job's years, "2019 – present"). The town is
// a place (contactTown), and an employer written as partners' names an organisation
// (partnersAt: "Actor, Preston, Norris and Williams — Lake Brendanton"), which the model reads
// as persons.
func jobLine(text string, ls int, line string, k int, fs, shapes []redact.Finding) []redact.Finding {
	first := line[:k]
	c := strings.Index(first, ", ")
	if c <= 0 || !hasYear(line) && !hasYear(text[min(len(text), ls+len(line)+1):lineEnd(text, min(len(text), ls+len(line)+1))]) {
		return shapes
	}
	for c > 0 {
		if at := ls + c + 2; at < ls+k && partnersAt(text, at) == ls+k { // an employer, not the comma's blank before the dash
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: ls + k, Score: orgScore, Source: redact.SourceModel})
			break
		}
		n := strings.Index(first[c+2:], ", ")
		if n < 0 {
			break
		}
		c += 2 + n
	}
	end := len(line)
	if p := strings.IndexByte(line[k:], '('); p > 0 {
		end = k + p // the years after the town: "— London (2019-2022)"
	}
	return townItem(text, ls, line, k+len(jobSeparator), end, fs, shapes)
}

// hasYear reports a year of this century or the last in s, four digits standing alone.
func hasYear(s string) bool {
	for _, century := range [...]string{"19", "20"} {
		for i := range occurrences(s, century) { // (a vector search for the century, not a test at every byte)
			if i+4 <= len(s) && isDigitByte(s[i+2]) && isDigitByte(s[i+3]) && (i == 0 || !isDigitByte(s[i-1])) && (i+4 == len(s) || !isDigitByte(s[i+4])) {
				return true
			}
		}
	}
	return false
}

// contactItem reports an item that is an email address, a phone number or a profile's web
// address: an '@' between letters, seven digits or more with no letter, or a web address.
func contactItem(item string) bool {
	if k := strings.IndexByte(item, '@'); k > 0 && k < len(item)-1 {
		return true
	}
	if strings.Contains(item, ".com/") || strings.HasPrefix(item, "http") || strings.HasPrefix(item, "www.") {
		return true
	}
	digits := 0
	for i := 0; i < len(item); i++ {
		switch c := item[i]; {
		case isDigitByte(c):
			digits++
		case isLetterASCII(c) && c != 'x' && c != 'X': // an extension's x
			return false
		}
	}
	return digits >= 7
}

// contactTown reports an item that may be a town: one to four words written as names are (a
// particle between them), no English or dictionary word but a town's first (townPrefixes), no
// given name of the lists alone, no computing term, two English words run together
// (englishCompound), organisation's ending or name the lists know whole; a town and its region after a comma too ("Austin, Texas" is placePairs', the pair
// stays for it).
func contactTown(item string) bool {
	if strings.ContainsAny(item, ",()@/:0123456789") {
		return false
	}
	ws := strings.Fields(item)
	if len(ws) == 0 || len(ws) > 4 || knownName(item) || len(ws) == 1 && givenNames(ws[0]) {
		return false
	}
	for k, w := range ws {
		if k == 0 && len(ws) > 1 && townPrefixes[w] || k > 0 && nameParticles[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !nameLike(w) && !capsNameLike(w) {
			return false
		}
		if embeddedClass(w)&(gCity|gState|gCountry) != 0 {
			continue
		}
		if englishWord(w) || dictionaryWord(w) || techTerms[w] || languages[w] || embeddedClass(w)&(gOrg|gOrgSuffix|gTitle) != 0 || englishCompound(w) {
			return false
		}
	}
	return !legalEnding(item) && !orgEnding(item)
}

// personOver reports a person of 0.7 or more over [start, end): of two words or more that no
// place's word marks as a town (townShaped), a name as likely as a town ("Michèle Lefebvre" in a
// table's row of names and emails).
func personOver(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			break // fs is in start order
		}
		if f.Type == redact.Person && f.Score >= 0.7 && f.Start < end && start < f.End {
			return true
		}
	}
	return false
}

// townShaped reports a town's name that only a town has: one word, or a town's first word
// (townPrefixes), or a word the gazetteers know as a place.
func townShaped(item string) bool {
	ws := strings.Fields(item)
	if len(ws) == 1 || townPrefixes[ws[0]] {
		return true
	}
	for _, w := range ws {
		if embeddedClass(w)&(gCity|gState|gCountry) != 0 {
			return true
		}
	}
	return false
}

// englishCompound reports a word that is two English words of three letters or more run
// together ("Timeout", "Workflow", "Backend"), which a log's or a form's line writes where a
// contact line writes a town; towns so made are the gazetteers' ("Springfield").
func englishCompound(w string) bool {
	lw := strings.ToLower(w)
	for i := 3; i+3 <= len(lw); i++ {
		if foldIn(englishWords(), lw[:i]) && foldIn(englishWords(), lw[i:]) {
			return true
		}
	}
	return false
}

// sureInside reports a finding of fs over [start, end) that the model is sure of (0.9 or more)
// and that is no place, or a finding that crosses the bounds; read from near, as doubtedInside
// reads (stop 61 review: from the first finding, every bracket and quote of a long text had read
// all the findings before it).
func sureInside(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			break
		}
		if f.End <= start {
			continue
		}
		if f.Start < start || f.End > end || f.Score >= 0.9 && f.Type != redact.Location {
			return true
		}
	}
	return false
}

// namesOverContactLines makes a person of a CV's or a signature's name on the line right above a
// contact line (items between separators, one an email address, a phone number or a profile's
// address; or an email address alone), which CVs write in capitals ("MARIANO ORLANDO\n
// m.orlando@example.it | +39 …", "TOBIAS VAN NOORDELOOS"): two to four words written as names
// are, in title case or in capitals, particles between them in either case, one at least no
// English word or a name the lists know, and no organisation's ending.
func namesOverContactLines(text string, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '\n') < 0 || strings.IndexByte(text, '@') < 0 && !strings.Contains(text, " | ") && !strings.Contains(text, " · ") {
		return fs
	}
	var claims []redact.Finding
	prev, prevEnd := -1, -1 // the line above: its start and end
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := strings.TrimRight(text[ls:le], "\r")
		if prev >= 0 && contactLineAt(line) {
			if a, b := trimBlanks(text, prev, prevEnd); b > a && headerName(text[a:b]) && !sureInside(fs, a, b) {
				claims = append(claims, claim(a, b, fieldScore))
			}
		}
		if strings.TrimSpace(line) != "" {
			prev, prevEnd = ls, ls+len(line)
		} else {
			prev = -1
		}
		ls = le + 1
	}
	return claimPersons(fs, claims)
}

// contactLineAt reports a contact line: two items or more between contactSeparators, one of them
// an email address, a phone number or a profile's address (contactItem), or an email address
// alone on its line.
func contactLineAt(line string) bool {
	items := 1
	for _, sep := range contactSeparators {
		items += strings.Count(line, sep)
	}
	if items == 1 {
		t := strings.TrimSpace(line)
		return strings.IndexByte(t, ' ') < 0 && strings.IndexByte(t, '@') > 0 && contactItem(t)
	}
	for p := 0; p < len(line); {
		next, sep := len(line), 0
		for _, s := range contactSeparators {
			if k := strings.Index(line[p:], s); k >= 0 && p+k < next {
				next, sep = p+k, len(s)
			}
		}
		if contactItem(strings.TrimSpace(line[p:next])) {
			return true
		}
		if sep == 0 {
			break
		}
		p = next + sep
	}
	return false
}

// trimBlanks returns [a, b) without the blanks at its ends.
func trimBlanks(text string, a, b int) (int, int) {
	for a < b && (text[a] == ' ' || text[a] == '\t') {
		a++
	}
	for b > a && (text[b-1] == ' ' || text[b-1] == '\t') {
		b--
	}
	return a, b
}

// headerName reports a CV's or a signature's name line (namesOverContactLines).
func headerName(v string) bool {
	if len(v) > 160 {
		return false // longer than four words of names: no need to split it (stop 49: a caption's megabyte line split for each of its parties had been quadratic)
	}
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 4 || strings.ContainsAny(v, ",;:()|@/&0123456789") || legalEnding(v) || orgEnding(v) {
		return false // a name and a job, a list, an address
	}
	vouched := false
	for k, w := range ws {
		if k > 0 && k < len(ws)-1 && nameParticles[strings.ToLower(w)] {
			continue
		}
		if !nameLike(w) && !capsNameLike(w) || foldIn(teamWords, w) || foldIn(placeAndOrgWords, w) || techTerms[w] || isTitle(w) {
			return false
		}
		tw := w
		if capitals(w) {
			tw = titleWord(w)
		}
		vouched = vouched || listedNameWord(tw) || !englishWord(tw) && !dictionaryWord(tw)
	}
	return vouched
}

// titleWord returns a word in capitals written in title case ("ORLANDO": "Orlando").
func titleWord(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}

// birthWords say that a date and a place of birth follow, in English, French, Italian, Spanish,
// Portuguese, German, Dutch and Polish ("né le 12/03/1985 à Lyon", "nato il 12/03/1985 a
// Bari", "geboren am 02.01.1974 in Erkelenz").
var birthWords = wordSet("born né née nato nata nacido nacida nascido nascida geboren urodzony urodzona urodził urodziła " +
	// Swedish, Danish and Norwegian, Finnish, Czech, Hungarian and Romanian (stop 27): "född 1985-02-02 i Varberg"
	"född født syntynyt narozen narozena született născut născută " +
	// Indonesian and Malay: "lahir 17/04/1993 di Palopo"
	"lahir")

// laterBirthStems are the birthWords after their first letter that open with f, s or l ("född",
// "født", "syntynyt", "született", "lahir"), whose first letters birthplaces scans for only where
// one of these is in the text.
var laterBirthStems = []string{"ödd", "ødt", "yntynyt", "zületett", "ahir"}

// birthPrepositions put a town after a date of birth.
var birthPrepositions = wordSet("in à a en em w te i în di")

// birthplaces makes a place of the town after a date of birth (birthWords, then the date: its
// article, digits, separators and a month's name, then a preposition, birthPrepositions), where
// the model found nothing there or a person, organisation or place it doubted: one to three
// capitalised words, particles and hyphens between them (birthTown).
func birthplaces(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	// the words of the Nordic languages, Finnish, Hungarian and Indonesian open with letters
	// that open most words of any text: they are looked for only where one of them is written
	gate := "bBnNgGuU"
	if slices.ContainsFunc(laterBirthStems, func(w string) bool { return strings.Contains(text, w) }) {
		gate = "bBnNgGuUfFsSlL"
	}
	for at := 0; at < len(text); {
		k := strings.IndexAny(text[at:], gate) // the first letters of birthWords
		if k < 0 {
			break
		}
		i := at + k
		at = i + 1
		if i > 0 && isWordByteBefore(text, i) {
			continue
		}
		w, e := wordAt(text, i)
		// a family tree's "b." in brackets, the town after the date's comma before the bracket
		// closes (stop 63: "Januja Narasimhan (b. October 5, 2023, Sambalpur) married …")
		abbreviated := w == "b" && e < len(text) && text[e] == '.' && i > 0 && text[i-1] == '('
		if !foldIn(birthWords, w) && !abbreviated {
			continue
		}
		// the date: at most 32 bytes of digits, separators, an article and a month's name
		p, digits := e, 0
		for p < len(text) && p-e < 32 {
			c := text[p]
			if isDigitByte(c) {
				digits++
				p++
				continue
			}
			if c == ' ' || c == '.' || c == '/' || c == '-' || c == ',' {
				p++
				continue
			}
			x, xe := wordAt(text, p)
			if x == "" || digits > 0 && birthPrepositions[x] {
				break
			}
			if !foldIn(monthNames, x) && !foldIn(otherMonths, x) && !foldIn(dateArticles, x) {
				break
			}
			p = xe
		}
		if digits == 0 {
			continue
		}
		start := p
		if abbreviated {
			if p < 2 || text[p-2] != ',' || text[p-1] != ' ' {
				continue
			}
		} else {
			prep, pe := wordAt(text, p)
			if !birthPrepositions[prep] || pe >= len(text) || text[pe] != ' ' {
				continue
			}
			start = pe + 1
		}
		end := nameWords(text, start)
		if end <= start || !birthTown(text[start:end]) || abbreviated && (end >= len(text) || text[end] != ')' || companyWordIn(text[start:end])) {
			continue // (nor a publisher after a year: "(b. 1950, Oxford University Press)")
		}
		if doubtedInside(fs, start, end) {
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// townsOfPersons makes a place of the town a person is said to be from, in commas after the
// name, in Spanish, Portuguese, French, Italian, German, Dutch, Czech, Polish and Swedish (stop
// 63: "El paciente Ainoa Serrano Padilla, de Salamanca, fue derivado", the model's street read
// on over the sentence; "Gagnante : Paul Lopez, de Lecoq.", "Vítěz: Jiří Kadlec, z Andělská
// Hora."): a comma, "de", "da", "do", "di", "aus", "uit", "z", "ze" or "från", and one to three
// capitalised words with their particles (birthTown), then a comma, a full stop, a semicolon or
// the text's end, where nothing sure was found in them; a street the model read on over them
// is cut before the comma.
func townsOfPersons(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Person || f.End+4 >= len(text) || text[f.End] != ',' || text[f.End+1] != ' ' {
			continue
		}
		prep, pe := wordAt(text, f.End+2)
		if !fromWords[prep] || pe >= len(text) || text[pe] != ' ' {
			continue
		}
		a := pe + 1
		b := nameWords(text, a)
		if b <= a || b < len(text) && !strings.ContainsRune(",.;", rune(text[b])) || !birthTown(text[a:b]) || givenNames(text[a:b]) || embeddedClass(text[a:b])&gOrg != 0 || companyWordIn(text[a:b]) || techTerms[text[a:b]] {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: a, End: b, Score: placeAfterScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	// a street the model read from the preposition on (", de Salamanca, fue derivado por …")
	// gives way to the town
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.StreetAddress || f.Source != redact.SourceModel || strings.ContainsAny(text[f.Start:f.End], "0123456789") {
			continue
		}
		// (the shapes in order, the one after the street's start found by halves)
		for k := endingAfter(shapes, f.Start); k < len(shapes) && shapes[k].Start <= f.Start+4; k++ {
			if sh := shapes[k]; f.Start < sh.Start && f.End > sh.End {
				f.End = f.Start // dropped below
				break
			}
		}
	}
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.End <= f.Start })
	kept := shapes[:0]
	for _, sh := range shapes {
		if doubtedInside(fs, sh.Start, sh.End) {
			kept = append(kept, sh)
		}
	}
	return replaceInside(fs, kept)
}

// fromWords say where a person is from, after the name and its comma: "de", "da", "do", "din",
// "di", "aus", "uit", "z", "ze", "från".
var fromWords = wordSet("de da do di din aus uit z ze från")

// companyWordIn reports a word in v that names an organisation's kind or legal form
// ("University", "Inc."), or an organisation the gazetteers know; not a place's word ("Lake
// Charles", "Salt Lake City" are towns).
func companyWordIn(v string) bool {
	for w := range strings.FieldsSeq(v) {
		if companyWord(w) || embeddedClass(w)&(gOrg|gOrgSuffix) != 0 {
			return true
		}
	}
	return false
}

// otherMonths are the months of French, Spanish, Italian, German, Portuguese and Dutch, and
// Polish's in the genitive, as a date of birth writes them ("3 de marzo de 1980").
var otherMonths = wordSet("janvier février mars avril mai juin juillet août septembre octobre novembre décembre " +
	"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre " +
	"gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre " +
	"januar februar märz juni juli dezember janeiro fevereiro março maio junho julho setembro outubro novembro dezembro " +
	"januari februari maart mei augustus " +
	"stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia")

// dateArticles stand before a date of birth's day in the languages of birthWords: "on", "le",
// "il", "el", "am", "op", "a", "de", "dnia", and Romanian's "la" ("născut la 12.03.1980 în Sibiu").
var dateArticles = wordSet("on le il el am op a de dnia the of la")

// birthTown reports one to three capitalised words (particles and hyphens between them) that may
// name a town: no computing term or given name alone, and one word at least a place the
// gazetteers know, a town's first (townPrefixes) or no English or dictionary word.
func birthTown(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	unlisted := false
	for k, w := range ws {
		if k > 0 && nameParticles[w] || k == 0 && len(ws) > 1 && townPrefixes[w] {
			continue
		}
		if embeddedClass(w)&(gCity|gState|gCountry) != 0 {
			unlisted = true
			continue
		}
		if !nameLike(w) || techTerms[w] || len(ws) == 1 && givenNames(w) {
			return false
		}
		unlisted = unlisted || !englishWord(w) && !dictionaryWord(w)
	}
	return unlisted // one word at least no English word ("Bova Marina"; not "New Account")
}

// doubtedInside reports that what fs holds over [start, end) is nothing, or findings inside it
// the model doubted: a person or an organisation under 0.9, a place under 0.6.
func doubtedInside(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] { // from the neighbours (stop 55: a text of many "…, of Town" had read every finding for each)
		if f.Start >= end {
			break
		}
		if f.End <= start {
			continue
		}
		if f.Start < start || f.End > end || f.Type == redact.Location && f.Score >= 0.6 || f.Type != redact.Location && f.Score >= 0.9 ||
			f.Type == redact.StreetAddress {
			return false
		}
	}
	return true
}

// recipientWords stand before a letter's or a parcel's recipient, whose address follows the name
// after a comma: "to", "à", "a", "an", "für", "para", "naar", "aan", "do", "dla", "per".
var recipientWords = wordSet("to à a an für para naar aan do dla per attn attention")

// namesBeforeAddresses makes a person of a recipient's name written before a comma and the
// street address ("send the documents to Ignazio Tomasini, Via Roma 5, 00184 Roma", "Enviar la
// documentación a Remigio Mercader Fabra, Calle Mayor 5"): two to four capitalised words after a
// recipient's word (recipientWords), a line's start or a colon, that knownName or
// unlistedFullName vouches for, no greeting first, where the model found nothing sure; the part
// after the comma is an address's first line (streetLineAt).
func namesBeforeAddresses(text string, fs []redact.Finding) []redact.Finding {
	return namesBeforeCommas(text, fs, streetLineAt, func(v string) bool {
		if first, _, _ := strings.Cut(v, " "); foldIn(worldGreetings, first) || foldIn(salutations, first) || isTitle(first) {
			return false // "Hallo Susana, …": a greeting, and the name the model reads
		}
		return (knownName(v) || unlistedFullName(v)) && recipientName(v)
	})
}

// namesBeforeCommas claims the names that namesBeforeAddresses and namesBeforeBirths read: two
// to four capitalised words before a comma (recipientStart) that name accepts, where what
// follows the comma and a space is what after reports, and the model found nothing sure.
func namesBeforeCommas(text string, fs []redact.Finding, after func(text string, i int) bool, name func(v string) bool) []redact.Finding {
	var claims []redact.Finding
	for at := 0; at < len(text); {
		k := strings.Index(text[at:], ", ")
		if k < 0 {
			break
		}
		c := at + k
		at = c + 2
		if !after(text, c+2) {
			continue
		}
		start := recipientStart(text, c)
		if w, e := wordAt(text, max(start, 0)); start >= 0 && foldIn(roleNouns, w) && e+1 < c && text[e] == ' ' {
			start = e + 1 // a role before the name: "Pasien Ismail Wasita, lahir …"
		}
		if start >= 0 && name(text[start:c]) && !sureInside(fs, start, c) {
			claims = append(claims, claim(start, c, fieldScore))
		}
	}
	return claimPersons(fs, claims)
}

// recipientName reports words each a particle or written as a name is and either a name of the
// lists or no word of English or the dictionary ("Deceased Sun" is none).
func recipientName(v string) bool {
	for w := range strings.FieldsSeq(v) {
		if nameParticles[w] {
			continue
		}
		if !nameLike(w) || !listedNameWord(w) && (englishWord(w) || dictionaryWord(w)) {
			return false
		}
	}
	return true
}

// recipientStart returns where the two to four capitalised words before the comma at c start,
// when a recipient's word, a colon or the line's start stands before them; -1 otherwise.
func recipientStart(text string, c int) int {
	p, words := c, 0
	for words < 5 {
		q := p
		for q > 0 && text[q-1] != ' ' && text[q-1] != '\n' && text[q-1] != '\t' {
			q--
		}
		w := text[q:p]
		if w == "" {
			return -1
		}
		if q == 0 || text[q-1] == '\n' || foldIn(recipientWords, w) || strings.HasSuffix(w, ":") {
			switch {
			case (q == 0 || text[q-1] == '\n') && !strings.HasSuffix(w, ":") && !foldIn(recipientWords, w):
				if words+1 < 2 || words+1 > 4 {
					return -1
				}
				return q // the name opens its line
			case words >= 2 && words <= 4:
				return p + 1 // after the recipient's word or the label
			}
			return -1
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameParticles[w] || strings.ContainsAny(w, ",;:()") {
			return -1
		}
		words++
		p = q - 1
		if p <= 0 || text[p] != ' ' {
			return -1
		}
	}
	return -1
}

// streetLineAt reports an address's first line at text[i]: up to the next comma or the line's
// end, at most six words, with a house number (a word opening with a digit) and a capitalised
// word or a street's word ("Via Roma 5", "12 rue de la Paix", "Hauptstraße 5", "ul. Długa 21/02").
func streetLineAt(text string, i int) bool {
	end := i
	for end < len(text) && end-i < 60 && text[end] != ',' && text[end] != '\n' {
		end++
	}
	line := text[i:end]
	first, _, _ := strings.Cut(strings.TrimSpace(line), " ")
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsDigit(r) && !unicode.IsUpper(r) && !redact.IsStreetWord(strings.Trim(first, ".,")) &&
		!(len(first) <= 5 && strings.HasSuffix(first, ".")) { // a street's abbreviation: "ul.", "pl.", "al."
		return false // a clause goes on: "Hallo Susana, meine Nummer ist …"
	}
	number, street, words := false, false, 0
	for w := range strings.FieldsSeq(line) {
		if words++; words > 6 {
			return false
		}
		if strings.IndexByte(w, ':') >= 0 || foldIn(monthNames, strings.Trim(w, ".,")) {
			return false // a date and a time: "Sun, 01 Nov 1970 09:17:41"
		}
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsDigit(r) && len(w) <= 6: // a house number, not a phone's or a date's digits
			number = true
		case unicode.IsUpper(r) || redact.IsStreetWord(strings.Trim(w, ".,")):
			street = true
		}
	}
	if !number && street && end+2 < len(text) && text[end] == ',' && text[end+1] == ' ' && unicode.IsDigit(rune(text[end+2])) {
		k := end + 2 // the house number after a comma, as Italy and Portugal write it: "Incrocio Palmisano, 40"
		for k < len(text) && k-end <= 8 && text[k] != ',' && text[k] != ' ' && text[k] != '\n' {
			k++
		}
		number = k-end-2 <= 6 && (k == len(text) || text[k] == ',' || text[k] == ' ' || text[k] == '\n')
	}
	return number && street && words >= 1
}

// namesBeforeBirths makes a person of two to four capitalised words that open a line before a
// comma and a word of birth (birthWords: "Orlando Tanzini, nato il 03/10/1965 a Arese", "Laurent
// de la Bouvet, né le …"), as a record or a note introduces someone: each a name of the lists or
// no English word (recipientName), where the model found nothing sure.
func namesBeforeBirths(text string, fs []redact.Finding) []redact.Finding {
	return namesBeforeCommas(text, fs, func(text string, i int) bool {
		w, _ := wordAt(text, i)
		return foldIn(birthWords, w)
	}, recipientName)
}

// namesBeforeDOBs makes a person of the name right before a date of birth's label in brackets, as
// a prescription, a chart and a form write it ("Rx for WILLOUGHBY, CLARENCE T. (DOB 2/2/1940)",
// "re: Margaret Okafor (DOB 3/4/1950)"; stop 52, where the model had read the family name as a
// doubted organisation and left the given name upstream): two to four words, a comma after the
// first allowed (family name first) and an initial last, each in capitals or written as names
// are, a name of the lists or no word of English or the dictionary; the model's doubted places and
// organisations there give way.
func namesBeforeDOBs(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, m := range [...]string{" (DOB", " (dob", " (D.O.B", " (d.o.b"} {
		for k := range occurrences(text, m) {
			e := k
			for range 2 { // a degree after the name: "Prof. Hans-Otto Adler MBA. (DOB …"
				d := e
				if d > 0 && text[d-1] == '.' {
					d--
				}
				w := wordEndingAt(text, d)
				b := d - len(w)
				if w == "" || b < 2 || text[b-1] != ' ' || !postNominal(w) {
					break
				}
				e = b - 1
				if text[e-1] == ',' {
					e--
				}
			}
			if start := nameEndingAt(text, e); start < e && onlyPersonsOver(fs, start, e, false) {
				if text[e-1] == '.' {
					e-- // an initial's period is no part of the name
				}
				claims = append(claims, claim(start, e, shapeScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// namesBeforePlusOnes makes a person of a given name of the lists (or a given name and a family
// name) right before a guest's "+ 1", "+1" or "plus one", as an RSVP list writes a guest and the
// one they bring ("RSVP: Tanisha + 1 (husband Marcus)"; stop 52, where the model had found the
// husband and not her): not a phone's country code, which digits follow, nor a word of English.
func namesBeforePlusOnes(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, m := range [...]string{" + 1", " +1", " plus one", " plus 1"} {
		for k := range occurrences(text, m) {
			if e := k + len(m); e < len(text) && (isDigitByte(text[e]) || text[e] == ' ' && e+1 < len(text) && isDigitByte(text[e+1]) || isLetterStart(text[e])) {
				continue // a phone's "+1 415 …" or "+1 (", a longer number or word
			}
			start := nameEndingAt(text, k)
			if start == k {
				w := wordEndingAt(text, k)
				if b := k - len(w); w != "" && (b == 0 || !isLetterStart(text[b-1])) && (givenSet()[w] || listedGiven()[w] || onlyAName(w)) && !englishWord(w) && !dictionaryWord(w) {
					start = b // a given name alone
				}
			}
			if start < k && !humped(text[start:k]) && !inCode(text, start) && onlyPersonsOver(fs, start, k, false) {
				claims = append(claims, claim(start, k, shapeScore)) // (not code's constants: "LevelInfo + 1", "utf8.UTFMax + 1")
			}
		}
	}
	return claimPersons(fs, claims)
}

// nameEndingAt returns where a name of two to four words that ends at text[end] starts
// (namesBeforeDOBs, namesBeforePlusOnes), or end for none.
func nameEndingAt(text string, end int) int {
	p, words, comma, start := end, 0, false, end
	for words < 4 && p > 0 {
		b := p
		for b > 0 && (isLetterStart(text[b-1]) || text[b-1] == '-' || text[b-1] == '\'' || text[b-1] == '.') {
			b--
		}
		for b < p && text[b] == '.' {
			b++
		}
		w := strings.TrimSuffix(text[b:p], ".")
		switch {
		case w == "":
			return cutName(start, end, words)
		case words == 0 && len(w) == 1 && isUpperASCII(w[0]):
			// an initial, last
		case (capsNameLike(w) || nameLike(w)) && recipientName(nameCase(w)) && !isTitle(w):
		default:
			return cutName(start, end, words)
		}
		words++
		start = b
		switch {
		case b >= 2 && text[b-2:b] == ", " && !comma && words >= 1:
			comma, p = true, b-2
		case b >= 1 && text[b-1] == ' ':
			p = b - 1
		default:
			return cutName(start, end, words)
		}
	}
	return cutName(start, end, words)
}

// cutName returns start for a name of two words or more, end otherwise.
func cutName(start, end, words int) int {
	if words < 2 {
		return end
	}
	return start
}

// facilityWords name a business's site in a town: "Walmart's Springfield store", "our Leeds
// office"; and a trip there: "our Lisbon trip", a group's "Saint Luc trip".
var facilityWords = []string{"store", "branch", "office", "location", "outlet", "shop", "warehouse", "plant", "site", "factory",
	"depot", "showroom", "dealership", "restaurant", "campus", "trip", "vacation", "holiday", "getaway"}

// facilityScanner finds facilityWords in one pass over a text.
var facilityScanner = newPhraseScanner(facilityWords)

// facilityOwners put a town between them and a site's word when the town is one for sure: "our
// Leeds office", "the Port Brettfurt branch".
var facilityOwners = wordSet("our their the your its his her my")

// storeTowns makes a place of the town between a business's possessive, or "our", "the" and
// their like, and the word for one of its sites ("at Moore-Drake's Lake Sherryborough store",
// "our Chicago office"): one to three capitalised words that may be a town (contactTown), and
// after "our" and "the" one the gazetteers know, a town's first word or a town's ending. What the
// model read inside the town gives way, and a business it read on over the possessive into the
// town ends before the possessive (stop 28).
func storeTowns(text string, fs []redact.Finding) []redact.Finding {
	var towns []redact.Finding
	for k, c := range facilityScanner.all(text) {
		if e := k + len(facilityWords[c]); k == 0 || text[k-1] != ' ' || e < len(text) && isLetterStart(text[e]) {
			continue // a word of its own after a space: not "storeroom", "officer", "workshop"
		}
		if start, ok := townBefore(text, k-1); ok {
			towns = append(towns, redact.Finding{Type: redact.Location, Start: start, End: k - 1, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(towns) == 0 {
		return fs
	}
	sortFindings(towns)
	out := make([]redact.Finding, 0, len(fs)+len(towns))
	for _, f := range fs {
		drop := false
		for i := range towns {
			t := &towns[i]
			switch {
			case f.End <= t.Start || f.Start >= t.End:
			case f.Start >= t.Start && f.End <= t.End:
				drop = true // inside the town: the town's, as sure as what it was
				t.Score = max(t.Score, f.Score)
			case f.Start < t.Start && f.End <= t.End && (f.Type == redact.Organization || f.Type == redact.Person):
				f.End = possessiveStart(text, t.Start) // the business up to its possessive
			default:
				drop = f.Type != redact.StreetAddress
				if f.Type == redact.Location {
					t.Score = max(t.Score, f.Score) // the model's place read on into the site's word: "the Da Nang branch"
				}
			}
		}
		if !drop && f.End > f.Start {
			out = append(out, f)
		}
	}
	out = append(out, towns...)
	sortFindings(out)
	return out
}

// townBefore reads the town that ends at text[k] (a space before a site's word): one to three
// capitalised words back from k, after a possessive or a facilityOwner, or inside quotes. It
// returns where the town starts and whether it is one.
func townBefore(text string, k int) (int, bool) {
	s := k
	for range 3 {
		j := wordStartBefore(text, s)
		if j == s || !startsUpper(text[j:s]) {
			return 0, false
		}
		if j > 0 && (text[j-1] == '"' || strings.HasSuffix(text[:j], "“")) {
			// a name in quotes: a chat group's ("Hubbardborough trip"), a town for sure or none
			return j, sureTown(text[j:k]) && contactTown(text[j:k])
		}
		if j < 2 || text[j-1] != ' ' {
			return 0, false
		}
		p := wordStartBefore(text, j-1)
		prev := text[p : j-1]
		town := text[j:k]
		switch {
		case len(prev) > 2 && (strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s")):
			return j, contactTown(town)
		case foldIn(facilityOwners, prev):
			return j, sureTown(town) && contactTown(town)
		}
		s = j - 1
	}
	return 0, false
}

// sureTown reports a name that is a town's for sure: the gazetteers know it, or a town's first
// word opens it, or a town's ending ends it.
func sureTown(town string) bool {
	ws := strings.Fields(town)
	return townPrefixes[ws[0]] && len(ws) > 1 || embeddedClass(town)&(gCity|gState|gCountry) != 0 ||
		slices.ContainsFunc(allTownEndings, func(e string) bool { return strings.HasSuffix(ws[len(ws)-1], e) })
}

// possessiveStart returns where the possessive ("'s ", "’s ") that ends right before text[t]
// starts.
func possessiveStart(text string, t int) int {
	for _, p := range [...]string{"'s ", "’s "} {
		if t >= len(p) && text[t-len(p):t] == p {
			return t - len(p)
		}
	}
	return t
}
