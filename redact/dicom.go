package redact

import (
	"slices"
	"strings"
)

// DICOM, the format of medical images, heads each file with attributes a radiology engineer
// pastes when asking about one: a dump with the tags (dcmtk's dcmdump: "(0010,0010) PN
// [OKAFOR^CHIDI^E]"; pydicom's: "(0010, 0010) Patient's Name  PN: 'Delacroix^Amélie'"), the
// DICOM JSON model ("00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^John"}]}), or the
// keywords ("PatientName: DOE^JANE"). dicomAttributes reads the attributes that PS3.15's basic
// de-identification profile removes for naming or dating a person: the patient's names,
// identifiers, birth date, address and phones, the physicians' and operators' names, accession
// and study numbers, and the study's dates. A person name's parts (family^given^middle) are
// each a person, as in HL7.

// dicomAttribute is what an attribute holds.
type dicomAttribute struct {
	keyword string // its keyword, as dumps and tools name it
	typ     string
	name    bool // a person name (VR PN): each part a person
}

// dicomTags maps the tags read (group and element, upper-case hex) to their attributes.
var dicomTags = map[string]dicomAttribute{
	"00100010": {"PatientName", Person, true},
	"00101001": {"OtherPatientNames", Person, true},
	"00101005": {"PatientBirthName", Person, true},
	"00101060": {"PatientMotherBirthName", Person, true},
	"00080090": {"ReferringPhysicianName", Person, true},
	"00081050": {"PerformingPhysicianName", Person, true},
	"00081060": {"NameOfPhysiciansReadingStudy", Person, true},
	"00081070": {"OperatorsName", Person, true},
	"00321032": {"RequestingPhysician", Person, true},
	"00400006": {"ScheduledPerformingPhysicianName", Person, true},
	"00100020": {"PatientID", MRN, false},
	"00101000": {"OtherPatientIDs", MRN, false},
	"00101090": {"MedicalRecordLocator", MRN, false},
	"00100030": {"PatientBirthDate", DateOfBirth, false},
	"00101040": {"PatientAddress", StreetAddress, false},
	"00102154": {"PatientTelephoneNumbers", Phone, false},
	"00080050": {"AccessionNumber", IDNumber, false},
	"00200010": {"StudyID", IDNumber, false},
	"00380010": {"AdmissionID", IDNumber, false},
	"00080020": {"StudyDate", DateTime, false},
	"00080021": {"SeriesDate", DateTime, false},
	"00080022": {"AcquisitionDate", DateTime, false},
	"00080023": {"ContentDate", DateTime, false},
}

// dicomKeywords maps the keywords to their tags.
var dicomKeywords = func() map[string]string {
	m := map[string]string{}
	for tag, a := range dicomTags {
		m[a.keyword] = tag
	}
	return m
}()

// dicomScore is the score of an attribute's value: the tag says what it is.
const dicomScore = 0.95

// dicomAttributes appends the findings of the DICOM attributes in s to dst, in text order.
func dicomAttributes(s string, dst []Finding) []Finding {
	n := len(dst)
	dst = dicomRead(s, dst)
	slices.SortFunc(dst[n:], func(a, b Finding) int { return a.Start - b.Start })
	return dst
}

func dicomRead(s string, dst []Finding) []Finding {
	// the tags in a dump, "(0010,0010)" or "(0010, 0010)", and in DICOM JSON, "00100010":
	for _, open := range []string{"(00", "\"00"} {
		for at := 0; ; {
			k := strings.Index(s[at:], open)
			if k < 0 {
				break
			}
			p := at + k
			at = p + 1
			tag, end, ok := dicomTagAt(s, p)
			if !ok {
				continue
			}
			if a, ok := dicomTags[tag]; ok {
				dst = dicomValue(s, end, a, dst)
			}
		}
	}
	// the keywords, where a patient's are (a dump of the keywords always has one): "PatientName:
	// DOE^JANE", "PatientID=7730192"
	if strings.Contains(s, "Patient") && (strings.Contains(s, "PatientName") || strings.Contains(s, "PatientID") || strings.Contains(s, "PatientBirthDate")) {
		for kw, tag := range dicomKeywords {
			for at := 0; ; {
				k := strings.Index(s[at:], kw)
				if k < 0 {
					break
				}
				p := at + k
				at = p + len(kw)
				if p > 0 && isAlnum(s[p-1]) || at < len(s) && isAlnum(s[at]) {
					continue // OtherPatientIDs holds PatientID; a longer word
				}
				dst = dicomKeywordValue(s, at, dicomTags[tag], dst)
			}
		}
	}
	return dst
}

// dicomTagAt reads a tag at s[p]: "(gggg,eeee)", "(gggg, eeee)" or a JSON key "ggggeeee".
// It returns the tag in upper-case hex and where it ends.
func dicomTagAt(s string, p int) (string, int, bool) {
	hex := func(v string) bool {
		for i := 0; i < len(v); i++ {
			if !isHex(v[i]) {
				return false
			}
		}
		return true
	}
	switch s[p] {
	case '(':
		q := p + 1
		if q+4 > len(s) || !hex(s[q:q+4]) || q+5 >= len(s) || s[q+4] != ',' {
			return "", 0, false
		}
		e := q + 5
		if e < len(s) && s[e] == ' ' {
			e++
		}
		if e+5 > len(s) || !hex(s[e:e+4]) || s[e+4] != ')' {
			return "", 0, false
		}
		return strings.ToUpper(s[q:q+4] + s[e:e+4]), e + 5, true
	default: // '"'
		q := p + 1
		if q+9 > len(s) || !hex(s[q:q+8]) || s[q+8] != '"' {
			return "", 0, false
		}
		return strings.ToUpper(s[q : q+8]), q + 9, true
	}
}

// dicomValue reads the value after a tag ending at s[e], on its line: dcmdump's "VR [value]",
// pydicom's "… VR: 'value'", or DICOM JSON's {"vr": "PN", "Value": [{"Alphabetic": "…"}]} and
// {"vr": "LO", "Value": ["…"]}.
func dicomValue(s string, e int, a dicomAttribute, dst []Finding) []Finding {
	line := lineEnd(s, e)
	rest := s[e:line]
	if strings.HasPrefix(strings.TrimLeft(rest, " "), ":") { // JSON: the object after the key
		v := strings.Index(rest, `"Value"`)
		if v < 0 {
			return dst
		}
		open := strings.IndexByte(rest[v:], '[')
		if open < 0 {
			return dst
		}
		lo := e + v + open + 1
		hi := strings.IndexByte(s[lo:line], ']')
		if hi < 0 {
			return dst
		}
		hi += lo
		// the array's strings; a person name's object keys its groups
		for p := lo; p < hi; {
			q := strings.IndexByte(s[p:hi], '"')
			if q < 0 {
				break
			}
			start := p + q + 1
			close := strings.IndexByte(s[start:hi], '"')
			if close < 0 {
				break
			}
			end := start + close
			if w := s[start:end]; w != "Alphabetic" && w != "Ideographic" && w != "Phonetic" {
				dst = dicomParts(s, start, end, a, dst)
			}
			p = end + 1
		}
		return dst
	}
	if k := strings.IndexByte(rest, '['); k >= 0 && k < 8 { // dcmdump: "PN [value]"
		if c := strings.IndexByte(rest[k+1:], ']'); c >= 0 {
			return dicomParts(s, e+k+1, e+k+1+c, a, dst)
		}
	}
	if k := strings.Index(rest, ": "); k >= 0 { // pydicom: "Patient's Name   PN: 'value'"
		v := e + k + 2
		if v < line && (s[v] == '\'' || s[v] == '"') {
			if c := strings.IndexByte(s[v+1:line], s[v]); c >= 0 {
				return dicomParts(s, v+1, v+1+c, a, dst)
			}
		}
	}
	return dst
}

// dicomKeywordValue reads the value after a keyword ending at s[e]: a colon or an equals sign,
// blanks, and the value up to the line's end, a comma, a semicolon or a quote (or a space, for
// an identifier or a date).
func dicomKeywordValue(s string, e int, a dicomAttribute, dst []Finding) []Finding {
	p := e
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if p >= len(s) || s[p] != ':' && s[p] != '=' {
		return dst
	}
	p++
	for p < len(s) && (s[p] == ' ' || s[p] == '"' || s[p] == '\'') {
		p++
	}
	q := p
	spaced := a.name || a.typ == StreetAddress // a name's parts and an address have spaces; an id or a date none
	for q < len(s) && s[q] != '\n' && s[q] != '\r' && s[q] != ',' && s[q] != ';' && s[q] != '"' && s[q] != '\'' && (spaced || s[q] != ' ') {
		q++
	}
	return dicomParts(s, p, q, a, dst)
}

// dicomParts appends the value s[a:b]: each part of a person's name (split at '^' and '='), or
// the value whole.
func dicomParts(s string, a, b int, at dicomAttribute, dst []Finding) []Finding {
	if !at.name {
		a, b = trimBlanks(s, a, b)
		if a < b && hasAlnum(s[a:b]) {
			dst = append(dst, Finding{Type: at.typ, Start: a, End: b, Score: dicomScore, Source: SourcePattern})
		}
		return dst
	}
	for a < b {
		e := a
		for e < b && s[e] != '^' && s[e] != '=' {
			e++
		}
		x, y := trimBlanks(s, a, e)
		if x < y && hasLetter(s[x:y]) {
			dst = append(dst, Finding{Type: Person, Start: x, End: y, Score: dicomScore, Source: SourcePattern})
		}
		a = e + 1
	}
	return dst
}
