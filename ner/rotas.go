package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Staff rotas, babysitters' notes and ward handovers name people by their given name alone, with
// an aside in brackets or under a shift's label: "Babysitter: Roise (07700 900456)", "Handover:
// Martyn (RN) to Bethan (RN)", "Family (Derek) visiting", "Rota – early: Seamus; late: Yasmine;
// night: Cherie", "Mon: Cal, Eimer⏎Tue: Phillip" (stop 37: a probe of such lines had left a
// tenth of their names upstream). A given name of Faker's English lists alone makes more false
// persons than it finds (loneGivenNames leaves them); the aside or the rota vouches for it.

// shiftLabels name a rota's slots: the weekdays, short and long, and a day's shifts.
var shiftLabels = wordSet("mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday " +
	"early late night nights day days am pm morning afternoon evening weekend mornings evenings lunch cover on-call oncall standby")

// namesWithAsides makes a person of a given name of the lists (givenItem) alone before an aside
// in brackets that holds a number, a phone or a role's capitals ("Roise (07700 900456)", "Martyn
// (RN)", "Alister (8)"), or inside brackets after a word for a relation ("Family (Derek)",
// "wife (Maria)"); and of the given names under a rota's labels where two labels or more hold
// them ("early: Seamus; late: Yasmine", "Mon: Cal, Eimer⏎Tue: Phillip").
func namesWithAsides(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "(") && !strings.Contains(text, ": ") {
		return fs
	}
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 0; i+1 < len(toks); i++ {
		w := word(i)
		if w == "(" && i > 0 && i+2 < len(toks) && (foldIn(kinNouns, word(i-1)) || foldIn(chartKin, word(i-1)) || strings.EqualFold(word(i-1), "family")) &&
			(word(i+2) == ")" || word(i+2) == ",") && givenItem(word(i+1)) {
			claims = append(claims, claim(toks[i+1].Start, toks[i+1].End, shapeScore)) // "Family (Derek) visiting"
			continue
		}
		if !startsUpper(w) || word(i+1) != "(" || toks[i+1].Attached || toks[i+1].NewlineBefore || !givenItem(w) || techTerms[w] {
			continue
		}
		if i > 0 && !toks[i].NewlineBefore && startsUpper(word(i-1)) && !strings.HasSuffix(text[:toks[i].Start], ": ") {
			continue // "Anna Ebere (8)": a full name, which other rules read
		}
		listed := strings.HasSuffix(text[:toks[i].Start], ": ") || strings.HasSuffix(text[:toks[i].Start], ", ") // "Kids: Alister (8)"
		if close := strings.IndexByte(text[toks[i+1].End:], ')'); close > 0 && close <= 20 && aside(text[toks[i+1].End:toks[i+1].End+close], listed) {
			claims = append(claims, claim(toks[i].Start, toks[i].End, shapeScore))
		}
	}
	claims = rotaNames(text, claims)
	kept := claims[:0]
	for _, c := range claims {
		if personsOnlyOver(fs, c.Start, c.End) && !inCode(text, c.Start) {
			kept = append(kept, c)
		}
	}
	return claimPersons(fs, kept)
}

// chartKin are a chart's shorthand for relations: "Pt seen w/ dtr (Bethany)".
var chartKin = wordSet("dtr dau husb hsb gdtr gdau gson bro sis")

// aside reports what brackets after a lone given name hold that vouches for a person: a phone,
// an age where the name is a list's item (listed: "Kids: Alister (8)"; not "Chelsea (2) vs
// Arsenal (1)" or "Java (17)"), or a carer's or an office's role (asideRoles: "RN", "HCA"; not a
// province's or a state's letters, "Cagliari (CA)").
func aside(in string, listed bool) bool {
	in = strings.TrimSpace(in)
	if in == "" {
		return false
	}
	if isDigitByte(in[0]) || in[0] == '+' {
		digits := 0
		for i := 0; i < len(in); i++ {
			c := in[i]
			if !isDigitByte(c) && c != ' ' && c != '-' && c != '+' {
				return false
			}
			if isDigitByte(c) {
				digits++
			}
		}
		return digits >= 7 || listed && digits <= 2
	}
	return asideRoles[in]
}

// asideRoles are the roles a rota or a handover writes in brackets after a given name.
var asideRoles = map[string]bool{"RN": true, "HCA": true, "GP": true, "NP": true, "PA": true, "CNA": true, "LPN": true, "EMT": true, "SHO": true,
	"FY1": true, "FY2": true, "ST1": true, "ST2": true, "ST3": true, "RMN": true, "OT": true, "SLT": true, "TA": true, "SENCO": true,
	"CEO": true, "CFO": true, "CTO": true, "COO": true, "HR": true, "PM": true, "QA": true, "TL": true, "PO": true, "SM": true}

// rotaNames appends a claim for each given name under a rota's labels (shiftLabels, then a colon)
// where two labels or more in the text hold such names.
func rotaNames(text string, claims []redact.Finding) []redact.Finding {
	var found []redact.Finding
	labels := 0
	for at := 0; at < len(text); {
		k := strings.Index(text[at:], ": ")
		if k < 0 {
			break
		}
		k += at
		at = k + 2
		ls := k
		for ls > 0 && isLetterASCII(text[ls-1]) || ls > 0 && text[ls-1] == '-' {
			ls--
		}
		if ls == k || !foldIn(shiftLabels, text[ls:k]) || ls > 0 && !strings.ContainsRune(" \n\t;,–-", rune(text[ls-1])) {
			continue
		}
		names := 0
		for p := k + 2; p < len(text); {
			w, e := wordAt(text, p)
			if w == "" || !givenItem(w) {
				break
			}
			found = append(found, claim(p, e, shapeScore))
			names++
			if strings.HasPrefix(text[e:], ", ") || strings.HasPrefix(text[e:], " & ") {
				p = e + len(", ")
				if text[e+1] == '&' {
					p = e + 3
				}
				continue
			}
			if strings.HasPrefix(text[e:], " and ") {
				p = e + len(" and ")
				continue
			}
			break
		}
		if names > 0 {
			labels++
		}
	}
	if labels < 2 {
		return claims
	}
	return append(claims, found...)
}
