package redact

import "strings"

// HL7 version 2 messages, the hospitals' interchange format, hold a patient in fields, not
// prose: "PID|1||483920^^^HOSP^MR||OKONKWO^CHIAMAKA^N||19780214|F|||42 Harbour Rd^^Lagos^^100001".
// A family name in capitals between carets, a date of birth written 19780214 and a record
// number with no cue word are what the scan and a model miss there. hl7Fields reads each
// segment's fields by position, as the standard (v2.3 to v2.8) numbers them, and reports the
// parts of those that identify someone: names, identifiers, dates of birth and death, addresses
// (street, city and postcode; not the state or the country), phone numbers and email addresses.
// Segments open a line (after '\r', as the standard ends them, or '\n', and any blanks); the
// separators are MSH's when a message header gives them, else the usual "|^~\&".

// hl7Kind is how a field's value is read.
type hl7Kind uint8

const (
	hl7Name     hl7Kind = iota // XPN: family^given^middle^suffix^prefix…; the first three are a person
	hl7Provider                // XCN: id^family^given^middle…; the id an identifier, the names a person
	hl7ID                      // CX: id^check digit^scheme^authority…; the id is the type given
	hl7Date                    // TS/DTM: YYYYMMDD[HHMM[SS]], the type given
	hl7Address                 // XAD: street^other^city^state^postcode^country…
	hl7Phone                   // XTN: number^use^equipment^email^country^area^local^extension
	hl7Value                   // the first component whole, the type given (an SSN, a policy number)
	hl7Place                   // the first component, a place (a birth place)
)

type hl7Spec struct {
	field int
	kind  hl7Kind
	typ   string // for hl7ID, hl7Date and hl7Value
}

// hl7Segments lists the fields read per segment type.
var hl7Segments = map[string][]hl7Spec{
	"PID": {{2, hl7ID, MRN}, {3, hl7ID, MRN}, {4, hl7ID, MRN}, {5, hl7Name, ""}, {6, hl7Name, ""}, {7, hl7Date, DateOfBirth},
		{9, hl7Name, ""}, {11, hl7Address, ""}, {13, hl7Phone, ""}, {14, hl7Phone, ""}, {18, hl7ID, IDNumber}, {19, hl7Value, SSN},
		{20, hl7Value, DriverLicense}, {21, hl7ID, IDNumber}, {23, hl7Place, ""}, {29, hl7Date, DateTime}},
	"PD1": {{4, hl7Provider, ""}},
	"NK1": {{2, hl7Name, ""}, {4, hl7Address, ""}, {5, hl7Phone, ""}, {6, hl7Phone, ""}, {16, hl7Date, DateOfBirth},
		{30, hl7Name, ""}, {31, hl7Phone, ""}, {32, hl7Address, ""}, {33, hl7ID, IDNumber}, {37, hl7Value, SSN}},
	"MRG": {{1, hl7ID, MRN}, {2, hl7ID, MRN}, {3, hl7ID, IDNumber}, {4, hl7ID, MRN}, {7, hl7Name, ""}},
	"PV1": {{7, hl7Provider, ""}, {8, hl7Provider, ""}, {9, hl7Provider, ""}, {17, hl7Provider, ""}, {19, hl7ID, IDNumber},
		{50, hl7ID, IDNumber}, {52, hl7Provider, ""}},
	"GT1": {{2, hl7ID, IDNumber}, {3, hl7Name, ""}, {4, hl7Name, ""}, {5, hl7Address, ""}, {6, hl7Phone, ""}, {7, hl7Phone, ""},
		{8, hl7Date, DateOfBirth}, {12, hl7Value, SSN}, {16, hl7Name, ""}, {17, hl7Address, ""}, {18, hl7Phone, ""}},
	"IN1": {{16, hl7Name, ""}, {18, hl7Date, DateOfBirth}, {19, hl7Address, ""}, {36, hl7Value, HealthPlan}, {49, hl7ID, HealthPlan}},
	"IN2": {{2, hl7Value, IDNumber}, {6, hl7Value, HealthPlan}, {8, hl7Value, HealthPlan}},
	"ORC": {{10, hl7Provider, ""}, {11, hl7Provider, ""}, {12, hl7Provider, ""}},
	"OBR": {{10, hl7Provider, ""}, {16, hl7Provider, ""}, {28, hl7Provider, ""}},
	"OBX": {{16, hl7Provider, ""}},
	"DG1": {{16, hl7Provider, ""}},
	"EVN": {{5, hl7Provider, ""}},
	"ROL": {{4, hl7Provider, ""}},
	"TXA": {{5, hl7Provider, ""}, {9, hl7Provider, ""}, {10, hl7Provider, ""}, {22, hl7Provider, ""}},
}

// hl7Score is the score of a field's value: the message's structure says what it is.
const hl7Score = 0.95

// hl7Separators are a message's delimiters.
type hl7Separators struct{ field, component, repetition, subcomponent byte }

var hl7Default = hl7Separators{'|', '^', '~', '&'}

// hl7Fields appends the findings of the HL7 segments of s to dst. A segment counts after a
// message header (MSH), or where its first field is empty or a number, as a segment's set id
// is: "PID|USER|COMMAND" heading a pipe-separated table is no patient.
func hl7Fields(s string, dst []Finding) []Finding {
	seps, header := hl7Default, len(s)
	if i := strings.Index(s, "MSH"); i >= 0 && lineStart(s, i) {
		if sp, ok := mshSeparators(s[i:]); ok {
			seps, header = sp, i
		}
	}
	for q := 0; ; {
		k := strings.IndexByte(s[q:], seps.field)
		if k < 0 {
			return dst
		}
		q += k
		p := q - 3
		if p < 0 || !lineStart(s, p) || !segmentName(s[p:q]) {
			q++
			continue
		}
		end := segmentEnd(s, q)
		if specs, ok := hl7Segments[s[p:q]]; ok && (header < p || setID(s[q+1:end], seps.field)) {
			dst = hl7Segment(s, p, end, specs, seps, dst)
		}
		q = end
	}
}

// lineStart reports whether only blanks stand before s[i] on its line; a line break written as
// an escape, "\r" or "\n" as a log or a JSON dump leaves it in a pasted message, counts too.
func lineStart(s string, i int) bool {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i == 0 || s[i-1] == '\r' || s[i-1] == '\n' || i > 1 && s[i-2] == '\\' && (s[i-1] == 'r' || s[i-1] == 'n')
}

// segmentEnd returns where the segment whose text goes on at s[q] ends: at a line break, or at
// one written as an escape ("\r", "\n"); len(s) at the end.
func segmentEnd(s string, q int) int {
	end := len(s)
	if k := strings.IndexAny(s[q:], "\r\n"); k >= 0 {
		end = q + k
	}
	for k := strings.Index(s[q:end], "\\"); k >= 0; {
		p := q + k
		if p+1 < end && (s[p+1] == 'r' || s[p+1] == 'n') {
			return p
		}
		n := strings.Index(s[p+1:end], "\\")
		if n < 0 {
			break
		}
		k = p + 1 + n - q
	}
	return end
}

// mshSeparators reads the delimiters of a message header: "MSH|^~\\&|".
func mshSeparators(h string) (hl7Separators, bool) {
	if len(h) < 8 {
		return hl7Separators{}, false
	}
	for i := 3; i < 8; i++ {
		if c := h[i]; isAlnum(c) || isSpace(c) || strings.IndexByte(h[3:i], c) >= 0 {
			return hl7Separators{}, false
		}
	}
	return hl7Separators{h[3], h[4], h[5], h[7]}, true
}

// setID reports a segment whose first field, the start of rest, is empty or a number.
func setID(rest string, sep byte) bool {
	if i := strings.IndexByte(rest, sep); i >= 0 {
		rest = rest[:i]
	}
	return numericOnly(rest)
}

// segmentName reports a segment type: three capitals, or two and a digit (NK1, IN1).
func segmentName(w string) bool {
	return isUpper(w[0]) && isUpper(w[1]) && (isUpper(w[2]) || isDigit(w[2]))
}

// hl7Segment reads the segment s[p:end]'s fields by specs, which are in field order.
func hl7Segment(s string, p, end int, specs []hl7Spec, seps hl7Separators, dst []Finding) []Finding {
	field, at := 0, p+3 // s[at] is the separator before field number field+1
	for _, sp := range specs {
		for field < sp.field && at < end {
			next := strings.IndexByte(s[at+1:end], seps.field)
			field++
			if field == sp.field {
				fe := end
				if next >= 0 {
					fe = at + 1 + next
				}
				dst = hl7Field(s, at+1, fe, sp, seps, dst)
			}
			if next < 0 {
				return dst
			}
			at += 1 + next
		}
	}
	return dst
}

// hl7Field reads one field's repetitions.
func hl7Field(s string, a, b int, sp hl7Spec, seps hl7Separators, dst []Finding) []Finding {
	for a < b {
		e := a + strings.IndexByte(s[a:b], seps.repetition)
		if e < a {
			e = b
		}
		dst = hl7Repetition(s, a, e, sp, seps, dst)
		a = e + 1
	}
	return dst
}

// hl7Repetition reads the components of one value, s[a:b].
func hl7Repetition(s string, a, b int, sp hl7Spec, seps hl7Separators, dst []Finding) []Finding {
	var comps [8][2]int // the first eight components' bounds
	n := 0
	for p := a; n < len(comps); n++ {
		e := p + strings.IndexByte(s[p:b], seps.component)
		if e < p {
			e = b
		}
		comps[n] = [2]int{p, e}
		if e == b {
			n++
			break
		}
		p = e + 1
	}
	add := func(k int, typ string, ok func(string) bool) {
		if k >= n {
			return
		}
		x, y := comps[k][0], comps[k][1]
		if i := strings.IndexByte(s[x:y], seps.subcomponent); i >= 0 && typ != StreetAddress {
			y = x + i // "Smith&Van" of a family name with its own parts: the first part
		}
		x, y = trimBlanks(s, x, y)
		if x < y && ok(s[x:y]) {
			dst = append(dst, Finding{Type: typ, Start: x, End: y, Score: hl7Score, Source: SourcePattern})
		}
	}
	switch sp.kind {
	case hl7Name:
		for k := 0; k < 3; k++ {
			add(k, Person, hasLetter)
		}
	case hl7Provider:
		add(0, IDNumber, hasAlnum)
		for k := 1; k < 4; k++ {
			add(k, Person, hasLetter)
		}
	case hl7ID:
		add(0, sp.typ, hasAlnum)
	case hl7Value:
		add(0, sp.typ, hasAlnum)
	case hl7Date:
		add(0, sp.typ, func(v string) bool { return len(v) >= 8 && digitCount(v[:8]) == 8 })
	case hl7Address:
		add(0, StreetAddress, hasAlnum)
		add(1, StreetAddress, hasAlnum)
		add(2, Location, hasLetter)
		add(4, ZIPCode, hasAlnum)
	case hl7Phone:
		add(0, Phone, func(v string) bool { return digitCount(v) >= 7 })
		add(3, Email, func(v string) bool { return strings.IndexByte(v, '@') > 0 })
		switch {
		case n > 6 && digitCount(s[comps[6][0]:comps[6][1]]) >= 5:
			x := comps[6][0]
			if digitCount(s[comps[5][0]:comps[5][1]]) > 0 {
				x = comps[5][0] // the area code, with the local number
			}
			dst = append(dst, Finding{Type: Phone, Start: x, End: comps[6][1], Score: hl7Score, Source: SourcePattern})
		case n == 6:
			add(5, Phone, func(v string) bool { return digitCount(v) >= 7 }) // the whole number where the area code goes
		}
	case hl7Place:
		add(0, Location, hasLetter)
	}
	return dst
}

// trimBlanks returns the bounds of s[a:b] without the spaces at either end.
func trimBlanks(s string, a, b int) (int, int) {
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	return a, b
}

func hasLetter(v string) bool {
	for i := 0; i < len(v); i++ {
		if isLetter(v[i]) || v[i] >= 0x80 {
			return true
		}
	}
	return false
}

func hasAlnum(v string) bool { return hasLetter(v) || digitCount(v) > 0 }

func digitCount(v string) int {
	n := 0
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			n++
		}
	}
	return n
}
