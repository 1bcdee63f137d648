package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Names in court papers: a caption's parties ("URISHILLA MAJUMDAR, Plaintiff,"), a case's name
// cited in prose ("In Phillips v. Webb (2004)", "State v. Bakhshi Gopal"), an order's electronic
// signature ("/s/ Dhriti Bala"), and a witness's answers in a transcript ("Q. Please state your
// name for the record. A. Jasmine Dean." "Q. Where do you live? A. Gracefort.").

// partyRoles follow a caption's party after a comma.
var partyRoles = []string{", Plaintiff", ", Defendant", ", Petitioner", ", Respondent", ", Appellant", ", Appellee", ", Claimant",
	", PLAINTIFF", ", DEFENDANT"}

// sovereignParties are the sides of a case that name no person: "State v. …", "R v. …".
var sovereignParties = wordSet("State People Commonwealth Crown Regina Rex R United States Government City County Council")

// courtNames claims a caption's parties written as names are, the sides of a case's name that
// are family names or names, an order's "/s/" signature and a transcript's answer to a question
// for the witness's name.
func courtNames(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, role := range partyRoles {
		if !strings.Contains(text, role) {
			continue
		}
		for k := range occurrences(text, role) {
			if e := k + len(role); e < len(text) && isLetterStart(text[e]) {
				continue
			}
			ls, ok := redact.LineStartWithin(text, k, 160) // (a party's name is short: its line's start is looked for near it, stop 49)
			if !ok {
				continue
			}
			if a, b := trimBlanks(text, ls, k); b > a && headerName(text[a:b]) {
				claims = append(claims, claim(a, b, fieldScore))
			}
		}
	}
	for _, v := range []string{" v. ", " vs. "} {
		if !strings.Contains(text, v) {
			continue
		}
		for k := range occurrences(text, v) {
			claims = caseSides(text, k, k+len(v), fs, claims)
		}
	}
	if strings.Contains(text, "/s/ ") {
		for k := range occurrences(text, "/s/ ") {
			at := k + len("/s/ ")
			if a, b := trimBlanks(text, at, lineEnd(text, at)); b > a && headerName(text[a:b]) {
				claims = append(claims, claim(a, b, fieldScore))
			}
		}
	}
	for _, a := range answers(text, "name") {
		if headerName(text[a[0]:a[1]]) {
			claims = append(claims, claim(a[0], a[1], fieldScore))
		}
	}
	return claimPersons(fs, claims)
}

// caseSides adds the sides of a case's name around " v. " (text[k:e]): on the left a family name
// or a name of two or three words after a word boundary, on the right the same before a comma, a
// bracket, a space and a lower-case word, or the end; a sovereign's side names no one.
func caseSides(text string, k, e int, fs, claims []redact.Finding) []redact.Finding {
	if a := citedFamilyBefore(text, k); a < k && !sovereignParties[text[a:k]] {
		// a given name before the family name: "Ana Lima v. Acme"
		if p := a - 1; p > 0 && text[p] == ' ' {
			if g := wordStartBefore(text, p); g < p && givenSet()[text[g:p]] {
				a = g
			}
		}
		claims = append(claims, claim(a, k, fieldScore))
	}
	end := nameWords(text, e)
	if end == e || partnersAt(text, e) > end || legalFormAfter(text, end) > end {
		return claims // a firm's partners or a company: "Smith v. Jones, Lee and Cho", "v. Acme Ltd"
	}
	side := text[e:end]
	if sovereignParties[side] || strings.HasPrefix(side, "United States") {
		return claims
	}
	if end < len(text) && text[end] != ',' && text[end] != ' ' && text[end] != '(' && text[end] != '.' && text[end] != '\n' {
		return claims
	}
	if strings.Count(side, " ") == 0 && !citedWords(side) || strings.Count(side, " ") > 0 && !headerName(side) || orgOver(fs, e, end) {
		return claims
	}
	return append(claims, claim(e, end, fieldScore))
}

// orgOver reports an organisation the model found over text[start:end), at 0.8 or more: what a side of a case the model is sure is a business.
func orgOver(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start < end && f.End > start && f.Type == redact.Organization && f.Score >= 0.8 {
			return true
		}
	}
	return false
}

// answers returns the bounds of the answers ("A. Jasmine Dean.", its full stop left out) that
// follow a transcript's question ("Q. …") whose words hold about.
func answers(text, about string) [][2]int {
	if !strings.Contains(text, "\nA. ") {
		return nil
	}
	var out [][2]int
	for k := range occurrences(text, "\nA. ") {
		ls := strings.LastIndexByte(text[:k], '\n') + 1
		q := text[ls:k]
		if !strings.HasPrefix(q, "Q. ") || !strings.Contains(strings.ToLower(q), about) {
			continue
		}
		at := k + len("\nA. ")
		a, b := trimBlanks(text, at, lineEnd(text, at))
		if b > a && text[b-1] == '.' {
			b--
		}
		if b > a {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// answeredTowns makes a place of a transcript's answer to where the witness lives or was born
// ("Q. Where do you live? A. Gracefort."), where it is a town's name (contactTown) and nothing
// sure is found there.
func answeredTowns(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for _, about := range []string{"where do you live", "where do you reside", "where were you born", "what city", "what town"} {
		for _, a := range answers(text, about) {
			ls := strings.LastIndexByte(text[:a[0]], '\n') + 1
			shapes = townItem(text, ls, text[ls:lineEnd(text, ls)], a[0]-ls, a[1]-ls, fs, shapes)
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInsideFirst(fs, shapes)
}
