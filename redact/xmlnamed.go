package redact

import "strings"

// XML that names its values by an attribute rather than by its elements: Windows' event log
// (<Data Name="TargetUserName">mkowalczyk</Data>), which a security analyst pastes from a
// sign-in's or a lockout's event, and SAML's assertions (<saml:Attribute Name="sn">
// <saml:AttributeValue>Zielinski</saml:AttributeValue>), which an identity engineer pastes from a
// failed single sign-on. No key word stands before the value, so neither the cues nor the model
// read it: namedValues reads the attribute's name (Name= or FriendlyName=) and the value inside
// the element, or inside its one child. Account names are a USERNAME (not a computer's, which ends
// in $, nor Windows' "-" for none, nor a system's account), names a PERSON, an employee's number
// an ID_NUMBER; CDA's birth time (<birthTime value="19750501"/>) is a DATE_OF_BIRTH.

// namedScore is the score of a value its attribute names.
const namedScore = 0.9

// namedKeys type the values of the attributes' names, folded to lower case.
var namedKeys = map[string]string{
	"targetusername": Username, "subjectusername": Username, "username": Username, "samaccountname": Username, "uid": Username,
	"accountname": Username, "targetoutboundusername": Username, "user": Username, "userprincipalname": Username,
	"givenname": Person, "firstname": Person, "sn": Person, "surname": Person, "lastname": Person, "familyname": Person,
	"displayname": Person, "cn": Person, "commonname": Person, "fullname": Person, "middlename": Person,
	"employeenumber": IDNumber, "employeeid": IDNumber,
	"streetaddress": StreetAddress, "street": StreetAddress, "postaladdress": StreetAddress, "l": Location, "city": Location,
	"postalcode": ZIPCode, "dateofbirth": DateOfBirth, "birthdate": DateOfBirth,
}

// namedValues appends the values named by their elements' attributes in s to dst.
func namedValues(s string, dst []Finding) []Finding {
	if strings.IndexByte(s, '<') < 0 { // no element: one vector scan, where the searches below stop at every '=' and 'T'
		return dst
	}
	for q := 0; q < len(s); { // by the '=': a search for "ame=" stops at every a
		k := strings.IndexByte(s[q:], '=')
		if k < 0 {
			break
		}
		p := q + k - 3
		q = p + 5
		if p < 2 || q > len(s) || s[p:p+3] != "ame" || s[p+4] != '"' || s[p-1] != 'N' && s[p-1] != 'n' || s[p-2] != ' ' && s[p-2] != 'y' { // " Name=", "FriendlyName="
			continue
		}
		e := strings.IndexByte(s[q:min(len(s), q+64)], '"')
		if e < 1 {
			continue
		}
		key := strings.ToLower(s[q : q+e])
		if i := strings.LastIndexAny(key, ":/."); i >= 0 { // a URI's or an OID's last part ("…/claims/givenname")
			key = key[i+1:]
		}
		typ := namedKeys[key]
		if typ == "" {
			continue
		}
		gt := strings.IndexByte(s[q+e:min(len(s), q+e+512)], '>')
		if gt < 0 || s[q+e+gt-1] == '/' {
			continue // a start tag without a value
		}
		v := q + e + gt + 1
		for v < len(s) && isSpace(s[v]) {
			v++
		}
		if v < len(s) && s[v] == '<' { // the value in the one child: <saml:AttributeValue>
			c := strings.IndexByte(s[v:min(len(s), v+256)], '>')
			if c < 0 || v+1 < len(s) && s[v+1] == '/' {
				continue
			}
			v += c + 1
		}
		end := strings.IndexByte(s[v:min(len(s), v+256)], '<')
		if end < 0 {
			continue
		}
		a, b := trimBlanks(s, v, v+end)
		if a == b || !namedValue(typ, s[a:b]) {
			continue
		}
		dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: namedScore, Source: SourcePattern})
		q = b
	}
	return cdaBirthTimes(s, dst)
}

// namedValue reports a value of the type that names someone: an account that is no computer's
// (WS042$), no placeholder ("-") and no system's (SYSTEM); a name with a letter.
func namedValue(typ, v string) bool {
	switch typ {
	case Username:
		return v != "-" && !strings.HasSuffix(v, "$") && !notAccountNames.has(v) && !strings.Contains(v, " ")
	case Person, Location, StreetAddress:
		return hasLetter(v) && v != "-"
	}
	return hasAlnum(v) && v != "-"
}

// cdaBirthTimes appends the birth times of HL7 CDA documents in s to dst: <birthTime
// value="19750501"/>, the date (and a time, if given) a patient was born.
func cdaBirthTimes(s string, dst []Finding) []Finding {
	for q := 5; q < len(s); { // by the T: a search for "birthTime" stops at every b
		k := strings.IndexByte(s[q:], 'T')
		if k < 0 {
			return dst
		}
		p := q + k - 5
		q = p + 9
		if q > len(s) || s[p:q] != "birthTime" {
			q = p + 6
			continue
		}
		if p == 0 || s[p-1] != '<' && s[p-1] != ':' {
			continue
		}
		i := strings.Index(s[q:min(len(s), q+64)], "value=\"")
		if i < 0 {
			continue
		}
		v := q + i + 7
		b := v
		for b < len(s) && (isDigit(s[b]) || s[b] == '+' || s[b] == '-' || s[b] == '.') {
			b++
		}
		if b-v >= 8 && b < len(s) && s[b] == '"' {
			dst = append(dst, Finding{Type: DateOfBirth, Start: v, End: b, Score: namedScore, Source: SourcePattern})
		}
	}
	return dst
}
