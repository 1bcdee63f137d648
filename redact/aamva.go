package redact

import (
	"slices"
	"strings"
)

// The PDF417 barcode on the back of a US or Canadian driver's licence or identity card holds
// the card's data as the AAMVA DL/ID Card Design Standard writes it: a header ("@", then
// "ANSI 636014…"), then elements of a three-letter code and its value, each on its own line:
//
//	DAQD1234562
//	DCSDOE
//	DACJANE
//	DBB03141985
//	DAG123 MAIN ST
//
// A developer debugging a scanning app pastes that raw text, or a log's copy of it with the
// line breaks turned into spaces or "\n" escapes. Nothing marks the values as names, numbers or
// dates but their codes, run into them without a space, so the scan and the model found none of
// them (the model had read "DCSDOE⏎DACJANE⏎DADMARIE" as one place). aamvaElements reads the
// elements that identify the holder by their codes (the standard's versions 1 to 10): the
// licence's number (DAQ), the names (DCS, DAC, DAD, DCT, the version 1 DAA, DAB, and the
// aliases DBN, DBG, DBO, DBP), the dates of birth, issue and expiry (DBB, DBD, DBA, and DDH,
// DDI, DDJ, the dates a holder turns 18, 19 and 21, which give the birth date away), the
// addresses (DAG, DAH, DAL, DAM street lines, DAI, DAN city, DAK, DAP postal code), the place
// of birth (DCI), the document discriminator and the inventory control number (DCF, DCK), which
// are unique to a card. Sex, height, eyes, hair, class, restrictions, the state and the
// country stay. An element starts a line (after a line feed, a carriage return, the record
// separator 0x1E, a blank or an escaped line break) or follows the subfile's type right after
// the header ("…0008DLDAQD1234562"); on a line of its own its value runs to the line's end,
// and in a flattened copy to the next element's code after a blank. A text is read only where it
// holds DAQ and three or more of those codes start elements with a value run into them, so "the DBA team"
// and a distributed control system's "DCS" are none.

// aamvaKinds maps an element's code to the type of its value.
var aamvaKinds = map[string]string{
	"DAQ": DriverLicense,
	"DCS": Person, "DAC": Person, "DAD": Person, "DCT": Person, "DAA": Person, "DAB": Person,
	"DBN": Person, "DBG": Person, "DBO": Person, "DBP": Person,
	"DBB": DateOfBirth, "DBD": DateTime, "DBA": DateTime, "DDH": DateTime, "DDI": DateTime, "DDJ": DateTime,
	"DAG": StreetAddress, "DAH": StreetAddress, "DAL": StreetAddress, "DAM": StreetAddress,
	"DAI": Location, "DAN": Location, "DCI": Location,
	"DAK": ZIPCode, "DAP": ZIPCode,
	"DCF": IDNumber, "DCK": IDNumber,
}

// aamvaOther lists the codes of elements that are read past, not masked: they end the value
// before them in a flattened copy.
var aamvaOther = map[string]bool{
	"DCA": true, "DCB": true, "DCD": true, "DBC": true, "DAU": true, "DAY": true, "DAZ": true, "DAW": true, "DAX": true,
	"DAJ": true, "DAO": true, "DCG": true, "DCU": true, "DBS": true, "DCE": true, "DCL": true, "DCM": true, "DCN": true,
	"DCO": true, "DCP": true, "DCQ": true, "DCR": true, "DDA": true, "DDB": true, "DDC": true, "DDD": true, "DDE": true,
	"DDF": true, "DDG": true, "DDK": true, "DDL": true, "DBH": true, "DBE": true, "DBF": true, "DBK": true, "DCJ": true,
	"DAR": true, "DAS": true, "DAT": true, "DAV": true,
}

// aamvaScore is the score of an element's value: its code says what it is.
const aamvaScore = 0.95

type aamvaElement struct {
	code       string
	start, end int // the value's bounds
}

// aamvaElements appends the findings of a licence's barcode data in s to dst.
func aamvaElements(s string, dst []Finding) []Finding {
	for _, e := range aamvaParse(s) {
		typ, ok := aamvaKinds[e.code]
		if !ok {
			continue
		}
		a, b := trimBlanks(s, e.start, e.end)
		v := s[a:b]
		switch {
		case a >= b || v == "NONE" || v == "unavl" || v == "UNAVL":
			continue
		case typ == DateOfBirth || typ == DateTime:
			if len(v) != 8 || digitCount(v) != 8 {
				continue
			}
		case typ == Person && e.code == "DAA":
			dst = aamvaFullName(s, a, b, dst) // DOE,JANE,MARIE
			continue
		}
		dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: aamvaScore, Source: SourcePattern})
	}
	return dst
}

// aamvaModelCodes drops the model's findings that open at an element's code in a licence's
// barcode data: "DCSDOE⏎DACJANE" read as a place, "DAYGRN DAG" as a person. The values are
// the elements' findings.
func aamvaModelCodes(s string, fs []Finding) []Finding {
	read := false // the elements' reader found a licence's number: a look at the findings, cheaper than one at a short text
	for _, f := range fs {
		read = read || f.Type == DriverLicense && f.Source == SourcePattern && f.Start >= 3 && s[f.Start-3:f.Start] == "DAQ"
	}
	if !read {
		return fs
	}
	els := aamvaParse(s)
	if els == nil {
		return fs
	}
	codes := make(map[int]bool, len(els))
	for _, e := range els {
		codes[e.start-3] = true
	}
	return slices.DeleteFunc(fs, func(f Finding) bool { return f.Source == SourceModel && codes[f.Start] })
}

// aamvaParse returns the elements of a licence's barcode data in s, or nil where fewer than
// three of them have codes of aamvaKinds.
func aamvaParse(s string) []aamvaElement {
	if !strings.Contains(s, "DAQ") { // the licence's number, which every version writes
		return nil
	}
	// elements on lines of their own end at their line's end only ("DAISOUTH DANIELLETON" is a
	// city, not DAN's value); a flattened copy's at the next code after a blank. A line is a
	// flattened copy when another element follows a blank on it, each line asked once: a text
	// may hold both, a copy pasted among other lines (stop 41: the whole text had been asked,
	// and a flattened copy with a line after it was read as one value to its line's end)
	var els []aamvaElement
	known := 0
	lineEnd, flat := -1, false
	for p := strings.IndexByte(s, 'D'); p >= 0 && p+3 < len(s); {
		code := s[p : p+3]
		_, kind := aamvaKinds[code]
		if (kind || aamvaOther[code]) && aamvaStart(s, p) && !isSpace(s[p+3]) {
			if p >= lineEnd {
				lineEnd, flat = aamvaLine(s, p)
			}
			end := aamvaValueEnd(s, p+3, flat)
			els = append(els, aamvaElement{code, p + 3, end})
			if kind {
				known++
			}
			p = end
		} else {
			p++
		}
		k := strings.IndexByte(s[p:], 'D')
		if k < 0 {
			break
		}
		p += k
	}
	if known < 3 {
		return nil
	}
	return els
}

// aamvaLine returns where the line holding an element at s[p] ends (a line break, the record
// separator or an escaped line break) and whether another element's code follows a blank on it,
// twice, as a flattened copy writes them (a town's second word may open with a code: "DAISOUTH
// DANIELLETON" on a line of its own).
func aamvaLine(s string, p int) (int, bool) {
	end, n := aamvaValueEnd(s, p+3, false), 0
	for i := p + 3; i+4 < end; i++ {
		if s[i] == ' ' && s[i+1] == 'D' {
			if code := s[i+1 : i+4]; (aamvaOther[code] || aamvaKinds[code] != "") && !isSpace(s[i+4]) {
				if n++; n == 2 {
					return end, true
				}
			}
		}
	}
	return end, false
}

// aamvaStart reports whether an element's code at s[p] starts an element: after a line's
// break, a blank or an escaped line break, or after the subfile's type (DL, ID) that follows
// the header's digits.
func aamvaStart(s string, p int) bool {
	if p == 0 {
		return true
	}
	switch s[p-1] {
	case '\n', '\r', 0x1e, ' ', '\t':
		return true
	case 'n', 'r':
		return p >= 2 && s[p-2] == '\\'
	case 'L', 'D':
		return p >= 3 && (s[p-2:p] == "DL" || s[p-2:p] == "ID") && isDigit(s[p-3])
	}
	return false
}

// aamvaValueEnd returns where the value that starts at s[v] ends: at a line break, the record
// separator or an escaped line break, or, in a flattened copy (flat), at a blank before another
// element's code.
func aamvaValueEnd(s string, v int, flat bool) int {
	for i := v; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n' || c == '\r' || c == 0x1e:
			return i
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == 'r'):
			return i
		case flat && c == ' ' && i+4 < len(s) && s[i+1] == 'D':
			if code := s[i+1 : i+4]; (aamvaOther[code] || aamvaKinds[code] != "") && !isSpace(s[i+4]) {
				return i
			}
		}
	}
	return len(s)
}

// aamvaFullName appends the parts of a version 1 full name, family name first between commas.
func aamvaFullName(s string, a, b int, dst []Finding) []Finding {
	for a < b {
		e := strings.IndexByte(s[a:b], ',')
		if e < 0 {
			e = b - a
		}
		if x, y := trimBlanks(s, a, a+e); x < y {
			dst = append(dst, Finding{Type: Person, Start: x, End: y, Score: aamvaScore, Source: SourcePattern})
		}
		a += e + 1
	}
	return dst
}
