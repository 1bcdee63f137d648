package redact

import "strings"

// Travel reservations name their passengers in the airline systems' own notation, which a
// travel agency's developer or support agent pastes from a reservation system's screen, a
// message log or a government's passenger list:
//
//   - a booking's (PNR's) name elements: "1.1OKONKWO/CHINEDU MR", "2.1OKONKWO/ADAEZEMRS",
//     Amadeus's "1.SMITH/JOHN MR", an entry's "-SMITH/JOHN MR";
//   - its special service requests: SSR DOCS (the travel document: type, issuing country,
//     number, nationality, birth date, gender, expiry, surname, given and middle names), DOCA
//     (an address: residence or destination, country, street, city, state, postcode), DOCO
//     (a visa: place of birth, type, number, place and date of issue), CTCE and CTCM (the
//     passenger's email, written with "//" for "@", and mobile number), FOID (the form of
//     identification: PP and a passport's number); as Sabre and Worldspan write them
//     ("SSR DOCS BA HK1/P/GBR/533401927/…") and as Amadeus shows them
//     ("SRDOCS BA HK1-P-GBR-533401927-…/P1");
//   - UN/EDIFACT's PAXLST, the passenger and crew lists airlines send to border agencies
//     (API): NAD's name and address, DTM's birth date (329) and the document's expiry (36)
//     and issue (182), DOC's number, LOC's place of birth (180), RFF's booking reference (AVF).
//
// Names are PERSONs, numbers PASSPORT or ID_NUMBER, birth dates DATE_OF_BIRTH, at 0.95 where
// the notation's marks all stand.

// travelScore is the score of what a reservation's notation says.
const travelScore = 0.95

// pnrTitles are the titles a name element, or a boarding pass's name, writes after the given name.
var pnrTitles = []string{"MRS", "MSTR", "MISS", "MR", "MS", "DR", "PROF", "CHD", "INF", "MST"}

// pnrNames appends the findings of the name elements of reservations in s to dst.
func pnrNames(s string, dst []Finding) []Finding {
	for q := 0; ; {
		k := strings.IndexByte(s[q:], '/')
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 1
		if p == 0 || p+1 >= len(s) || !isUpper(s[p-1]) || !isUpper(s[p+1]) {
			continue
		}
		a := p - 1 // the surname's start: back over capitals, blanks, hyphens and apostrophes
		for a > 0 && (isUpper(s[a-1]) || s[a-1] == ' ' || s[a-1] == '-' || s[a-1] == '\'') {
			a--
		}
		for a < p && !isUpper(s[a]) {
			a++
		}
		if !pnrNameOpens(s, a) {
			continue
		}
		b := p + 1 // the given names' end: before a digit, '*', '(', a line's end or two blanks
		for b < len(s) && (isUpper(s[b]) || s[b] == '-' || s[b] == '\'' || s[b] == ' ' && b+1 < len(s) && isUpper(s[b+1])) {
			b++
		}
		b = pnrTitleCut(s, p+1, b)
		if b > p+1 {
			dst = append(dst, Finding{Type: Person, Start: a, End: b, Score: travelScore, Source: SourcePattern})
		}
		q = b
	}
}

// pnrNameOpens reports a name element's number before s[a] ("1.1", "2.", "12.1", at a line's
// start or after a blank), an entry's "-" at a line's start, or Amadeus's "NM1".
func pnrNameOpens(s string, a int) bool {
	if a >= 1 && s[a-1] == '-' && lineStart(s, a-1) {
		return true
	}
	if a >= 3 && s[a-3:a-1] == "NM" && isDigit(s[a-1]) {
		return a == 3 || !isAlnum(s[a-4])
	}
	j := a // "1.1" before the name: its second number, two digits at most, may be left out
	for j > 0 && a-j < 2 && isDigit(s[j-1]) {
		j--
	}
	if j == 0 || s[j-1] != '.' {
		return false
	}
	e := j - 1
	d := e
	for d > 0 && e-d < 2 && isDigit(s[d-1]) {
		d--
	}
	// a line's start, a blank, or a request's association with its passenger ("…/CHINEDU-1.1OKONKWO/CHINEDU")
	return d < e && (lineStart(s, d) || s[d-1] == ' ' || s[d-1] == '\t' || s[d-1] == '-')
}

// pnrTitleCut returns where the given names at s[g:b] end less a title after them, written
// apart ("JOHN MR") or run in ("CHINEDUMR", "ADAEZEMRS"; a run-in MS is left, as in WILLIAMS).
func pnrTitleCut(s string, g, b int) int {
	for b > g && s[b-1] == ' ' {
		b--
	}
	for _, t := range pnrTitles {
		if b-len(t) <= g || s[b-len(t):b] != t {
			continue
		}
		if s[b-len(t)-1] == ' ' {
			return b - len(t) - 1
		}
		if t != "MS" && t != "DR" && t != "INF" && t != "CHD" && b-len(t)-g >= 2 {
			return b - len(t)
		}
	}
	return b
}

// amadeusLocators appends the booking's locator that ends an Amadeus reservation's header line
// ("RP/NYC1S2100/NYC1S2100   AA/SU  12NOV24/1453Z   QWERTY": the office, the agent, the date and
// time of the booking, then the locator), as after "PNR".
func amadeusLocators(s string, dst []Finding) []Finding {
	for q := 0; ; {
		k := strings.Index(s[q:], "RP/")
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 3
		if !lineStart(s, p) {
			continue
		}
		end, _ := lineAt(s, p)
		a, b := trimBlanks(s, p, end)
		x := strings.LastIndexByte(s[a:b], ' ')
		if x < 0 || b-(a+x+1) != 6 || !allOf(s[a+x+1:b], func(c byte) bool { return isUpper(c) || isDigit(c) }) {
			continue
		}
		if t := strings.TrimRight(s[a:a+x], " "); !strings.HasSuffix(t, "Z") || !isDigit(t[len(t)-2]) {
			continue // the booking's time, in UTC, before the locator
		}
		dst = append(dst, Finding{Type: IDNumber, Start: a + x + 1, End: b, Score: travelScore, Source: SourcePattern})
	}
}

// ssrElements appends the findings of the special service requests in s to dst.
func ssrElements(s string, dst []Finding) []Finding {
	for q := 1; q < len(s); { // by the R: a search for "SR" stops at every S, twice as many in capitals
		k := strings.IndexByte(s[q:], 'R')
		if k < 0 {
			return dst
		}
		p := q + k - 1
		q = p + 2
		if s[p] != 'S' {
			continue
		}
		c := p + 2 // the request's code
		if p > 0 && s[p-1] == 'S' {
			if c >= len(s) || s[c] != ' ' {
				continue
			}
			c++
			p--
		}
		if p > 0 && isAlnum(s[p-1]) || c+4 > len(s) {
			continue
		}
		code := s[c : c+4]
		switch code {
		case "DOCS", "DOCA", "DOCO", "CTCE", "CTCM", "FOID":
		default:
			continue
		}
		// the carrier and the status ("BA HK1"), then the separator of the fields
		v := c + 4
		for v < len(s) && v-c < 18 && (isAlnum(s[v]) || s[v] == ' ') {
			v++
		}
		if v >= len(s) || v-c >= 18 || s[v] != '/' && s[v] != '-' {
			continue
		}
		sep := s[v]
		end, _ := lineAt(s[:min(len(s), v+256)], v) // a request's fields are short: a flattened log's line is not read to its end for each
		end = ssrAssociationCut(s, v+1, end, sep)
		dst = ssrFields(s, code, v+1, end, sep, dst)
		q = end
	}
	return dst
}

// ssrAssociationCut returns where a request's fields at s[v:end] end less the passenger it is
// associated with: Amadeus's "/P1", Sabre's "-1.1OKONKWO/CHINEDU".
func ssrAssociationCut(s string, v, end int, sep byte) int {
	if sep == '-' {
		if i := strings.LastIndex(s[v:end], "/P"); i >= 0 && allOf(s[v+i+2:end], isDigit) {
			return v + i
		}
		return end
	}
	if i := strings.LastIndexByte(s[v:end], '-'); i >= 0 && v+i+1 < end && isDigit(s[v+i+1]) && strings.IndexByte(s[v+i:end], '.') > 0 {
		return v + i
	}
	return end
}

// ssrFields reads the fields of a request with the code at s[v:end], separated by sep.
func ssrFields(s, code string, v, end int, sep byte, dst []Finding) []Finding {
	add := func(typ string, a, b int) {
		if a, b = trimBlanks(s, a, b); a < b {
			dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: travelScore, Source: SourcePattern})
		}
	}
	switch code {
	case "CTCE": // JOHN.SMITH//EXAMPLE.COM/EN: the address to its language's field
		b := end
		if i := strings.LastIndexByte(s[v:end], sep); i > 0 && end-(v+i+1) == 2 && s[v+i-1] != sep {
			b = v + i
		}
		if strings.Contains(s[v:b], "//") {
			add(Email, v, b)
		}
		return dst
	case "CTCM":
		b := v
		for b < end && isDigit(s[b]) {
			b++
		}
		if b-v >= 7 {
			add(Phone, v, b)
		}
		return dst
	case "FOID": // PP533401927, NIGB12345: the form's code, then the number
		if end-v > 4 && isUpper(s[v]) && isUpper(s[v+1]) && s[v:v+2] != "CC" {
			typ := IDNumber
			if s[v:v+2] == "PP" {
				typ = Passport
			}
			add(typ, v+2, end)
		}
		return dst
	}
	var fields [11][2]int
	n := 0
	for a := v; n < len(fields); n++ {
		b := strings.IndexByte(s[a:end], sep)
		if b < 0 {
			fields[n] = [2]int{a, end}
			n++
			break
		}
		fields[n] = [2]int{a, a + b}
		a += b + 1
	}
	switch code {
	case "DOCS":
		if n < 7 {
			return dst
		}
		typ := IDNumber
		if t := s[fields[0][0]:fields[0][1]]; t == "P" || t == "PT" {
			typ = Passport
		}
		add(typ, fields[2][0], fields[2][1])
		add(DateOfBirth, fields[4][0], fields[4][1])
		add(DateTime, fields[6][0], fields[6][1])
		if n > 7 {
			last := n - 1
			if n == 11 || n > 8 && fields[last][1]-fields[last][0] == 1 { // the primary holder's mark, "H"
				last--
			}
			for last > 7 && fields[last][0] == fields[last][1] { // empty fields after the names
				last--
			}
			add(Person, fields[7][0], fields[last][1])
		}
	case "DOCA":
		if n < 4 {
			return dst
		}
		add(StreetAddress, fields[2][0], fields[2][1])
		add(Location, fields[3][0], fields[3][1])
		if n > 5 {
			add(ZIPCode, fields[5][0], fields[5][1])
		}
	case "DOCO":
		if n < 3 {
			return dst
		}
		add(Location, fields[0][0], fields[0][1])
		add(IDNumber, fields[2][0], fields[2][1])
		if n > 4 {
			add(DateTime, fields[4][0], fields[4][1])
		}
	}
	return dst
}

// paxlstSegments appends the findings of UN/EDIFACT passenger lists' segments in s to dst.
func paxlstSegments(s string, dst []Finding) []Finding {
	if !edifactMarked(s) {
		return dst
	}
	for p := 0; p < len(s); {
		end := edifactEnd(s, p)
		a := p // past blanks, line breaks and escaped ones between segments
		if nl := strings.LastIndexByte(s[p:end], '\n'); nl >= 0 {
			a = p + nl + 1 // a segment holds no line break: what stands before the last one is no segment's (a text before the message)
		}
		for a < end && (isSpace(s[a]) || s[a] == '\\' && a+1 < end && (s[a+1] == 'n' || s[a+1] == 'r')) {
			if s[a] == '\\' {
				a++
			}
			a++
		}
		if end-a > 4 && s[a+3] == '+' && allOf(s[a:a+3], isUpper) {
			dst = edifactSegment(s, s[a:a+3], a+4, end, dst)
		}
		p = end + 1
	}
	return dst
}

// edifactMarked reports a segment the reader reads in s: NAD, DOC, TIF or SSR before a '+',
// found in one search for the '+' (four searches for the tags cost four times as much).
func edifactMarked(s string) bool {
	for q := 0; ; {
		k := strings.IndexByte(s[q:], '+')
		if k < 0 {
			return false
		}
		p := q + k
		q = p + 1
		if p >= 3 {
			switch s[p-3 : p] {
			case "NAD", "DOC", "TIF", "SSR":
				return true
			}
		}
	}
}

// edifactEnd returns where the segment at s[p] ends: at its terminator ('), not a released one
// ("?'"), or at the text's end.
func edifactEnd(s string, p int) int {
	for {
		k := strings.IndexByte(s[p:], '\'')
		if k < 0 {
			return len(s)
		}
		if p+k > 0 && s[p+k-1] == '?' {
			p += k + 1
			continue
		}
		return p + k
	}
}

// edifactSegment reads the elements at s[v:end] of a segment with the tag.
func edifactSegment(s, tag string, v, end int, dst []Finding) []Finding {
	var el [10][2]int
	n := 0
	for a := v; n < len(el); n++ {
		b := a
		for b < end && (s[b] != '+' || s[b-1] == '?') {
			b++
		}
		el[n] = [2]int{a, b}
		if b >= end {
			n++
			break
		}
		a = b + 1
	}
	add := func(typ string, a, b int) {
		for a < b && (s[a] == ':' || s[a] == ' ') {
			a++
		}
		for b > a && (s[b-1] == ':' || s[b-1] == ' ') {
			b--
		}
		if a < b && hasAlnum(s[a:b]) {
			dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: travelScore, Source: SourcePattern})
		}
	}
	qual := func() string { // the first element's first component
		a, b := el[0][0], el[0][1]
		if i := strings.IndexByte(s[a:b], ':'); i >= 0 {
			b = a + i
		}
		return s[a:b]
	}
	second := func(i int) (int, int) { // the element's second component ("329:790304")
		a, b := el[i][0], el[i][1]
		if k := strings.IndexByte(s[a:b], ':'); k >= 0 {
			a += k + 1
			if k := strings.IndexByte(s[a:b], ':'); k >= 0 {
				b = a + k
			}
			return a, b
		}
		return b, b
	}
	switch tag {
	case "NAD": // NAD+FL+++HAMMOND:ELIZABETH:GRACE+12 HIGH ST+LONDON++SW1A 1AA+GBR
		if n >= 4 && hasLetter(s[el[3][0]:el[3][1]]) {
			add(Person, el[3][0], el[3][1])
			if n >= 5 {
				add(StreetAddress, el[4][0], el[4][1])
			}
			if n >= 6 {
				add(Location, el[5][0], el[5][1])
			}
			if n >= 8 {
				add(ZIPCode, el[7][0], el[7][1])
			}
		}
	case "DTM":
		a, b := second(0)
		switch qual() {
		case "329":
			add(DateOfBirth, a, b)
		case "36", "182":
			add(DateTime, a, b)
		}
	case "DOC": // DOC+P:110:111+534761208
		if n >= 2 {
			typ := IDNumber
			if q := qual(); q == "P" || q == "PT" {
				typ = Passport
			}
			add(typ, el[1][0], el[1][1])
		}
	case "LOC": // LOC+180+GBR:::LONDON
		if qual() == "180" && n >= 2 {
			add(Location, el[1][0], el[1][1])
		}
	case "TIF": // PNRGOV's and the reservation systems' traveller: TIF+OKONKWO+CHINEDU MR:A
		if n >= 1 {
			a, b := el[0][0], el[0][1]
			if k := strings.IndexByte(s[a:b], ':'); k >= 0 {
				b = a + k
			}
			add(Person, a, b)
		}
		if n >= 2 {
			a, b := el[1][0], el[1][1]
			if k := strings.IndexByte(s[a:b], ':'); k >= 0 {
				b = a + k
			}
			if a < b {
				add(Person, a, pnrTitleCut(s, a, b))
			}
		}
	case "SSR": // SSR+DOCS:HK:1:BA:::::/P/GBR/533401927/…: the request's free text, its fields
		a, b := el[0][0], el[0][1]
		if b-a > 5 {
			if k := strings.IndexByte(s[a:b], '/'); k > 0 {
				switch code := s[a : a+4]; code {
				case "DOCS", "DOCA", "DOCO", "CTCE", "CTCM", "FOID":
					dst = ssrFields(s, code, a+k+1, b, '/', dst)
				}
			}
		}
	case "RFF": // RFF+AVF:K7XQ2M
		if qual() == "AVF" {
			a, b := second(0)
			add(IDNumber, a, b)
		}
	}
	return dst
}
