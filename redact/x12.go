package redact

import "strings"

// X12 EDI transactions carry US health claims (837), eligibility (270/271) and remittances
// (835) as segments of positional elements: "NM1*IL*1*DOE*JOHN****MI*XQJ482913~N3*123 MAIN
// ST~N4*SPRINGFIELD*IL*62701~DMG*D8*19800101*M~". Like HL7 (hl7.go), what identifies someone is
// known by its position, not its shape: x12Segments reads the segments that hold people and
// their numbers. A name counts only for a person (NM102 is 1), not for an organisation; an
// identifier's type comes from its qualifier (MI a member id, SY an SSN, XX an NPI).
//
// The separators are the interchange header's (ISA: its fourth byte separates elements, its
// last ends segments) or the usual '*' and '~'; without a header, a text counts only with an
// NM1 segment.

// x12Score is the score of an element's value: the segment says what it is.
const x12Score = 0.95

// x12Qualifiers type the identifier after an NM1's or a REF's qualifier; others are IDNumber.
var x12Qualifiers = map[string]string{
	"MI": HealthPlan, "1W": HealthPlan, "IG": HealthPlan, "6P": HealthPlan, "N6": HealthPlan, // member, insurance policy, group numbers
	"SY": SSN, "34": SSN, "XX": NPI, "EA": MRN, "EJ": IDNumber, "D9": IDNumber, "0B": MedicalLicense, "EI": IDNumber, "24": IDNumber,
}

// x12Public are qualifiers of identifiers that name no one: a payer's or a clearinghouse's.
var x12Public = map[string]bool{"PI": true, "FI": true, "46": true, "NI": true, "PP": true, "2U": true}

// x12Segments appends the findings of the X12 segments of s to dst.
func x12Segments(s string, dst []Finding) []Finding {
	elem, term := byte('*'), byte('~')
	if i := strings.Index(s, "ISA"); i >= 0 && isaHeader(s[i:]) {
		elem, term = s[i+3], s[i+105]
	} else if !strings.Contains(s, "NM1*") {
		return dst
	}
	for p := 0; p < len(s); {
		end := p + strings.IndexByte(s[p:], term)
		if end < p {
			end = len(s)
		}
		q := p
		for q < end && isSpace(s[q]) {
			q++
		}
		if id := q + strings.IndexByte(s[q:end], elem); id > q && id-q <= 3 {
			dst = x12Segment(s, s[q:id], id, end, elem, dst)
		}
		p = end + 1
	}
	return dst
}

// isaHeader reports an interchange header at the start of h: "ISA", then sixteen elements of
// fixed widths, the separator after each in its place, and the segment terminator.
func isaHeader(h string) bool {
	if len(h) < 106 {
		return false
	}
	sep := h[3]
	if isAlnum(sep) || isSpace(sep) || isAlnum(h[105]) {
		return false
	}
	for _, at := range [...]int{6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103} {
		if h[at] != sep {
			return false
		}
	}
	return true
}

// x12Segment reads one segment, whose elements follow the separator at s[at] up to s[end].
func x12Segment(s, id string, at, end int, elem byte, dst []Finding) []Finding {
	var el [12][2]int // elements 1 to 11 (el[n] is element n), bounds in s
	n := 0
	for p := at + 1; n < len(el)-1; {
		e := p + strings.IndexByte(s[p:end], elem)
		if e < p {
			e = end
		}
		n++
		el[n] = [2]int{p, e}
		if e == end {
			break
		}
		p = e + 1
	}
	val := func(k int) string {
		if k > n {
			return ""
		}
		return s[el[k][0]:el[k][1]]
	}
	add := func(k int, typ string) {
		if k > n {
			return
		}
		a, b := trimBlanks(s, el[k][0], el[k][1])
		if a < b && hasAlnum(s[a:b]) {
			dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: x12Score, Source: SourcePattern})
		}
	}
	idType := func(qualifier string) (string, bool) {
		if x12Public[qualifier] {
			return "", false
		}
		if t, ok := x12Qualifiers[qualifier]; ok {
			return t, true
		}
		return IDNumber, true
	}
	switch id {
	case "NM1": // entity, type (1 a person), last, first, middle, prefix, suffix, id qualifier, id
		if val(2) == "1" {
			add(3, Person)
			add(4, Person)
			add(5, Person)
		}
		if t, ok := idType(val(8)); ok && (val(2) == "1" || val(8) == "XX" || val(8) == "24" || val(8) == "34") {
			add(9, t)
		}
	case "N3": // address lines
		add(1, StreetAddress)
		add(2, StreetAddress)
	case "N4": // city, state, postcode
		add(1, Location)
		add(3, ZIPCode)
	case "DMG": // date format, date of birth, sex
		if strings.HasPrefix(val(1), "D8") && len(val(2)) >= 8 {
			add(2, DateOfBirth)
		}
	case "DTP": // qualifier, format, date: of service, admission, discharge, death
		if strings.HasPrefix(val(2), "D8") || strings.HasPrefix(val(2), "RD8") {
			add(3, DateTime)
		}
	case "PER": // function, name, then pairs of a number's qualifier and the number
		add(2, Person)
		for k := 3; k+1 <= n; k += 2 {
			switch val(k) {
			case "TE", "FX", "CP", "HP", "WP":
				add(k+1, Phone)
			case "EM":
				add(k+1, Email)
			}
		}
	case "REF": // qualifier, identifier
		if t, ok := idType(val(1)); ok {
			add(2, t)
		}
	case "CLM": // the patient's control number
		add(1, IDNumber)
	}
	return dst
}
