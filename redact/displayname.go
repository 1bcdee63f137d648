package redact

import "strings"

// displayNames makes a person of an address's display name: the name before " <address>" in a
// mail header, a commit's author line or trailer, or an AUTHORS file ("Li, Wei" <wei.li@…>,
// wei li <wei.li@…>), which a model finds in part ("Wei" alone) or, in lower case, not at all.
// What was found inside the name (a person, or a part read as an organisation or a place)
// becomes the one person; a person found as the whole name stays as it was. A display name that names a role, a service or a company ("GitHub",
// "Acme Billing", "Jira Notifications") is left as it was, and so is one an organisation
// covers whole. fs is ordered by start and free of overlaps; so is the result.
func displayNames(text string, fs []Finding) []Finding {
	var out []Finding // nil until a name is made: most texts have none
	for i, f := range fs {
		if f.Type == Email {
			if a, b, ok := displayName(text, f.Start); ok {
				prev := out
				if prev == nil {
					prev = fs[:i]
				}
				k := len(prev) // prev[k:] are the findings inside the name, which it replaces
				for k > 0 && prev[k-1].End > a {
					k--
				}
				if in := prev[k:]; replaceable(in, a, b) && !(len(in) == 1 && in[0].Type == Person && in[0].Start == a && in[0].End == b) {
					if out == nil {
						out = append(make([]Finding, 0, len(fs)+1), fs[:i]...)
					}
					out = append(out[:k], Finding{Type: Person, Start: a, End: b, Score: displayNameScore, Source: SourcePattern})
				}
			}
		}
		if out != nil {
			out = append(out, f)
		}
	}
	if out == nil {
		return fs
	}
	return out
}

// replaceable reports whether a display name [a, b) may take the place of the findings inside
// it: names, organisations, places and groups that the model found in it, and no organisation
// that covers it whole.
func replaceable(inside []Finding, a, b int) bool {
	for _, g := range inside {
		if !nameType(g.Type) || g.Start < a || g.Type == Organization && g.Start == a && g.End == b {
			return false
		}
	}
	return true
}

// displayNameScore is the score of a display name: above the model's weaker names, which it
// takes over.
const displayNameScore = 0.85

func nameType(t string) bool {
	return t == Person || t == Organization || t == Location || t == "NRP"
}

// displayName returns the display name before the address starting at s[at], as [a, b): the
// words inside quotes ("Li, Wei" <…>) or, unquoted, the words back to a colon, a comma, a
// semicolon, a bracket or the line's start (From: wei li <…>). Titles before it stay out ("Dr.
// Kavya Iyer"). A name is one to five words of letters, apostrophes, dots and hyphens, with a
// comma only inside quotes, and no word naming a role or a company.
func displayName(s string, at int) (int, int, bool) {
	if at < 3 || s[at-1] != '<' || s[at-2] != ' ' {
		return 0, 0, false
	}
	b := at - 2
	for b > 0 && s[b-1] == ' ' {
		b--
	}
	var a int
	if b > 0 && s[b-1] == '"' {
		b--
		k := strings.LastIndexAny(s[max(0, b-96):b], "\"\n")
		if k < 0 || s[max(0, b-96)+k] != '"' {
			return 0, 0, false
		}
		a = max(0, b-96) + k + 1
	} else {
		a = b
		for a > 0 && b-a <= 96 && !strings.ContainsRune(":,;(<>\"\n\t|=", rune(s[a-1])) {
			a--
		}
		if a > 0 && b-a > 96 {
			return 0, 0, false
		}
	}
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == ',') {
		b--
	}
	words, comma := 0, false
	for p := a; p < b; {
		q := p
		for q < b && s[q] != ' ' && s[q] != ',' {
			c := s[q]
			if c < 0x80 && !isLetter(c) && c != '\'' && c != '.' && c != '-' {
				return 0, 0, false // a digit, an '@', a bracket: no name
			}
			q++
		}
		w := strings.Trim(s[p:q], ".'-")
		if w != "" {
			if words == 0 && titleWords.has(w) {
				a = q // "Dr. Kavya Iyer": the title stays
			} else {
				if roleWords.has(w) {
					return 0, 0, false
				}
				words++
			}
		}
		for q < b && (s[q] == ' ' || s[q] == ',') {
			comma = comma || s[q] == ','
			q++
		}
		p = q
	}
	for a < b && s[a] == ' ' {
		a++
	}
	if words == 0 || words > 5 || comma && s[b] != '"' {
		return 0, 0, false
	}
	return a, b, true
}

// titleWords open a display name before the name itself.
var titleWords = newFoldTable(wordSet("dr mr mrs ms miss mx prof sir dame rev fr"))

// roleWords mark a display name as a role, a team, a service or a company, not a person's:
// "GitHub <noreply@github.com>", "Acme Billing <billing@…>", "dependabot[bot]".
var roleWords = newFoldTable(wordSet("team support billing noreply no-reply notifications notification info admin " +
	"administrator service services sales help helpdesk desk bot github gitlab bitbucket jira confluence slack " +
	"google microsoft amazon aws apple paypal stripe calendar mailer daemon mailer-daemon postmaster newsletter " +
	"news updates alerts alert security accounts account customer customers care hr payroll office reception " +
	"marketing community dependabot renovate via root system automation ci build builds jenkins ops devops " +
	"engineering inc llc ltd gmbh corp co company hospital clinic bank store shop the and of for from " +
	"department dept group list lists committee board editor editors press orders order shipping delivery " +
	"receipts invoice invoices feedback contact hello webmaster abuse privacy legal compliance"))
