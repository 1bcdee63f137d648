package ner

import (
	"slices"
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

// rotaDays are the days of the week in the languages whose rotas the rules read, in lower case:
// English, German, Dutch, French, Spanish, Italian, Portuguese, Polish, Czech, Danish, Norwegian,
// Swedish, Croatian, Slovak, Finnish and Turkish.
var rotaDays = wordSet("monday tuesday wednesday thursday friday saturday sunday " +
	"montag dienstag mittwoch donnerstag freitag samstag sonntag " +
	"maandag dinsdag woensdag donderdag vrijdag zaterdag zondag " +
	"lundi mardi mercredi jeudi vendredi samedi dimanche " +
	"lunes martes miércoles jueves viernes sábado domingo " +
	"lunedì martedì mercoledì giovedì venerdì sabato domenica " +
	"segunda terça quarta quinta sexta " +
	"poniedziałek wtorek środa czwartek piątek sobota niedziela " +
	"pondělí úterý středa čtvrtek pátek neděle " +
	"mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag " +
	// Croatian's, Slovak's, Finnish's and Turkish's (stop 63)
	"ponedjeljak utorak srijeda četvrtak petak subota nedjelja pondelok utorok streda štvrtok piatok nedeľa " +
	"maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai pazartesi salı çarşamba perşembe cuma cumartesi pazar")

// rotaDayFirst holds the first bytes of rotaDays' words, in both cases, for a test before the
// lookup.
var rotaDayFirst = func() (t [256]bool) {
	for w := range rotaDays {
		t[w[0]] = true
		if w[0] >= 'a' && w[0] <= 'z' {
			t[w[0]-'a'+'A'] = true
		}
	}
	t[0xC3], t[0xC4], t[0xC5] = true, true, true // Ś, Č, Ú, Ç in capitals begin with these bytes too
	return t
}()

// dayLead reports the mark a rota's day follows: a comma, a semicolon or a colon.
func dayLead(w string) bool { return w == "," || w == ";" || w == ":" }

// rotaDay reports a day of the week of rotaDays, in either case.
func rotaDay(w string) bool {
	return len(w) >= 4 && len(w) <= 13 && rotaDayFirst[w[0]] && foldIn(rotaDays, w)
}

// weekdayRotas makes a person of the name after each day of a rota, a line that gives two days
// or more each followed by a name ("Dienstplan: Montag Daniela, Dienstag Sarina, Mittwoch
// Rosa-Maria Sölzer", "Turni: lunedì Fiamma, martedì Matteo", "Vagtplan: mandag Børge, tirsdag
// Osvald"; stop 63: the model had read a day into the name after it, two days and their names as
// a street, and a name alone as a business). A day opens its line or follows a colon, a comma or
// a semicolon; its name is one to four capitalised words (a title among them), none a word of
// English unless the lists know it as a given name, up to a comma, a semicolon, a full stop, a
// word in lower case or the line's end. What the model found over the line's days and names
// gives way to them, and so does what it found in the rota's label ("Dienstplan:", "Turno de
// voluntarios:").
func weekdayRotas(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	var labels []redact.Finding // the rotas' labels, in order
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	// a day of a rota opens its line or follows a colon, a comma or a semicolon (the word before
	// told first: most words follow another; a day inside a sentence, "kommt am Montag Daniela
	// besuchen", is left to the model)
	rotaDayAt := func(i int) bool { return (i == 0 || toks[i].NewlineBefore || dayLead(word(i-1))) && rotaDay(word(i)) }
	for i := 0; i < len(toks); i++ {
		if !rotaDayAt(i) {
			continue
		}
		var line []redact.Finding // this line's days' names
		d := i                    // the line's first day
		for ; i < len(toks); i++ {
			if len(line) > 0 && toks[i].NewlineBefore {
				break
			}
			if !rotaDayAt(i) {
				continue
			}
			end, words := -1, 0
			k := i + 1
			for ; k < len(toks) && !toks[k].NewlineBefore && words < 4; k++ {
				w := word(k)
				if w == "." && toks[k].Attached && k > i+1 && (isTitle(word(k-1)) || len(word(k-1)) == 1) {
					continue // a title's or an initial's period: "Univ.Prof.", "B."
				}
				if w == "-" && toks[k].Attached {
					continue // a hyphened name: "Rosa-Maria"
				}
				if words > 0 && nameParticles[w] && k+1 < len(toks) && !toks[k+1].NewlineBefore && startsUpper(word(k+1)) {
					continue // a family name's particle: "Genoveva del Pujol", "Arnaude Lemaire du Gaillard"
				}
				dotted := strings.IndexByte(w, '.') > 0 && len(w) <= 12 // "Univ.Prof", "B.A"
				if !startsUpper(w) || rotaDay(w) || englishWord(w) && !listedGiven()[w] || !nameLike(w) && !isTitle(w) && !dotted && len(w) > 1 {
					break
				}
				if !isTitle(w) && !dotted {
					words++
				}
				end = toks[k].End
			}
			if words == 0 || k < len(toks) && !toks[k].NewlineBefore && !strings.Contains(",;.", word(k)) && startsUpper(word(k)) {
				continue // no name, or more capitalised words than a name holds
			}
			start := toks[i+1].Start
			line = append(line, claim(start, end, shapeScore))
		}
		i-- // the next line's first token, where the reading stopped, is read again as a rota's start
		if len(line) < 2 || inCode(text, toks[d].Start) {
			continue
		}
		if d >= 2 && word(d-1) == ":" {
			// the rota's label, up to four words opening the line: "Dienstplan:", "Turno de voluntarios:"
			for b := d - 2; b >= 0 && d-2-b < 4; b-- {
				if b == 0 || toks[b].NewlineBefore {
					labels = append(labels, redact.Finding{Start: toks[b].Start, End: toks[d-2].End})
					break
				}
			}
		}
		claims = append(claims, line...)
	}
	if len(claims) == 0 {
		return fs
	}
	// what the model read over a rota's days and names gives way: a day read into a name, two
	// days and their names read as a street
	lineOf := func(f redact.Finding) bool {
		// the first claim that ends after f starts, found by halves (claims are in order and
		// apart): f overlaps it, or ends on the day right before it
		k := endingAfter(claims, f.Start)
		if k == len(claims) {
			return false
		}
		c := claims[k]
		return f.Start < c.End && c.Start < f.End || f.End <= c.Start && f.End > c.Start-14 && rotaDay(strings.TrimSpace(text[f.Start:c.Start]))
	}
	label := func(f redact.Finding) bool {
		k := endingAfter(labels, f.Start)
		return k < len(labels) && f.Start >= labels[k].Start && f.End <= labels[k].End
	}
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.Source == redact.SourceModel && (lineOf(f) || label(f)) })
	return claimPersons(fs, claims)
}
