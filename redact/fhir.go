package redact

import "strings"

// FHIR, HL7's JSON interchange, names a patient's identifiers as objects of a system and a
// value: "identifier": [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:…", "value":
// "12345"}]. The value is a record, member or account number that no key word names: the key is
// "value", which says nothing alone, and the number is often short. fhirIdentifiers reads, in a
// text that holds a FHIR resource ("resourceType"), each identifier's value: a medical record
// number where its type's code is MR (HL7's table 0203), a member or subscriber number's (MB, SN)
// a health plan's, an SSN's (SS) an SSN, a driver's licence's (DL) one, a passport's (PPN) a
// passport; without a type, the US's systems say it (us-ssn, us-npi, us-mbi); any other is an ID
// number. The names, dates, addresses and phones of a resource the other readers find by their
// keys and shapes.

// fhirScore is the score of an identifier's value: the structure says what it is.
const fhirScore = 0.9

// fhirTypes maps identifier type codes (HL7 table 0203) to entity types.
var fhirTypes = map[string]string{"MR": MRN, "MB": HealthPlan, "SN": HealthPlan, "SS": SSN, "DL": DriverLicense, "PPN": Passport}

// fhirSystems maps the ends of the US's identifier systems' URIs to entity types.
var fhirSystems = map[string]string{"/us-ssn": SSN, "/us-npi": NPI, "/us-mbi": HealthPlan, "/us-medicare": HealthPlan}

// fhirIdentifiers appends the findings of the FHIR identifiers in s to dst.
func fhirIdentifiers(s string, dst []Finding) []Finding {
	if !containsBy(s, `"resourceType"`, 9) { // by its capital T, a vector scan, where Contains searches a short text byte by byte
		return dst
	}
	const key = `"identifier"`
	for at := 0; ; {
		k := strings.Index(s[at:], key)
		if k < 0 {
			return dst
		}
		p := skipJSONBlanks(s, at+k+len(key))
		if p >= len(s) || s[p] != ':' {
			at += k + len(key)
			continue
		}
		p = skipJSONBlanks(s, p+1)
		end := jsonValueEnd(s, p)
		switch {
		case p < len(s) && s[p] == '[':
			for q := skipJSONBlanks(s, p+1); q < end && s[q] == '{'; {
				e := jsonValueEnd(s, q)
				dst = fhirIdentifier(s, q, e, dst)
				q = skipJSONBlanks(s, e)
				if q < end && s[q] == ',' {
					q = skipJSONBlanks(s, q+1)
				}
			}
		case p < len(s) && s[p] == '{':
			dst = fhirIdentifier(s, p, end, dst) // a reference's single identifier
		}
		at = max(end, at+k+len(key))
	}
}

// fhirIdentifier reads one identifier object s[a:b] (from its '{' to after its '}').
func fhirIdentifier(s string, a, b int, dst []Finding) []Finding {
	typ := IDNumber
	var value [2]int
	for q := a + 1; q < b; {
		q = skipJSONBlanks(s, q)
		if q >= b || s[q] != '"' {
			break
		}
		ke := jsonValueEnd(s, q)
		name := s[q+1 : max(ke-1, q+1)]
		v := skipJSONBlanks(s, ke)
		if v >= b || s[v] != ':' {
			break
		}
		v = skipJSONBlanks(s, v+1)
		ve := jsonValueEnd(s, v)
		switch name {
		case "system":
			// the US's naming systems, when no type code says it: http://hl7.org/fhir/sid/us-ssn
			if sys := s[v:ve]; typ == IDNumber {
				for suffix, t := range fhirSystems {
					if strings.HasSuffix(strings.TrimSuffix(sys, `"`), suffix) {
						typ = t
					}
				}
			}
		case "value":
			if v < len(s) && s[v] == '"' {
				e := ve
				if e-1 > v && s[e-1] == '"' {
					e-- // a value the text cuts off is read to its end
				}
				value = [2]int{v + 1, e}
			}
		case "type":
			// {"coding": [{"system": "…v2-0203", "code": "MR"}]}: the first code the table knows
			for c := v; c < ve; {
				i := strings.Index(s[c:ve], `"code"`)
				if i < 0 {
					break
				}
				c += i + len(`"code"`)
				if d := skipJSONBlanks(s, c); d < ve && s[d] == ':' {
					if d = skipJSONBlanks(s, d+1); d < ve && s[d] == '"' {
						if t, ok := fhirTypes[s[d+1:max(jsonValueEnd(s, d)-1, d+1)]]; ok {
							typ = t
							break
						}
					}
				}
			}
		}
		q = skipJSONBlanks(s, ve)
		if q < b && s[q] == ',' {
			q++
		}
	}
	if value[1] > value[0] && hasAlnum(s[value[0]:value[1]]) {
		dst = append(dst, Finding{Type: typ, Start: value[0], End: value[1], Score: fhirScore, Source: SourcePattern})
	}
	return dst
}

func skipJSONBlanks(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// jsonValueEnd returns where the JSON value at s[i] ends: after a string's closing quote, an
// object's or an array's closing bracket (strings inside skipped), or a literal's last byte. A
// value the text cuts off ends at the text's end.
func jsonValueEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	switch s[i] {
	case '"':
		for j := i + 1; j < len(s); j++ {
			switch s[j] {
			case '\\':
				j++
			case '"':
				return j + 1
			}
		}
		return len(s)
	case '{', '[':
		depth := 0
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '"':
				j = jsonValueEnd(s, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(s)
	}
	j := i
	for j < len(s) && !strings.ContainsRune(",}] \n\r\t", rune(s[j])) {
		j++
	}
	return j
}
