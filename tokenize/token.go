// Package tokenize turns detected spans into reversible vault tokens and finds tokens again to re-hydrate them.
package tokenize

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"net/netip"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Token format: "[" TYPE "_" ID "]", where TYPE is the entity type name (EMAIL_ADDRESS) and ID is
// 8 characters of Crockford base32 (0-9 and A-Z without I, L, O, U): 40 bits of a keyed HMAC of the
// type and normalised value. Example: [EMAIL_ADDRESS_7KQ2M9XA].
//
// Models mangle tokens in a few common ways and the finder accepts them all: any letter case, the
// brackets dropped, markdown escapes (\[PERSON\_7KQ2M9XA\]), surrounding punctuation or
// formatting (**[PERSON_7KQ2M9XA]**, "[PERSON_7KQ2M9XA]'s"), and O, I or L typed for 0, 1, 1.
const (
	IDLen       = 8
	alphabet    = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	nCandidates = 4
)

// Pattern matches tokens in their canonical form, for users' own tooling. The finder in this
// package also accepts the mangled forms above, and agrees with Pattern on canonical tokens.
var Pattern = regexp.MustCompile(`\[([A-Z][A-Z0-9_]*)_([0-9A-HJKMNP-TV-Z]{8})\]`)

// Format returns the canonical token for type typ and ID id.
func Format(typ, id string) string { return "[" + typ + "_" + id + "]" }

// Candidates returns the token candidates for a value, in order of preference. The vault stores
// the first one no other value of the tenant holds, which makes collisions resolved, not fatal.
// The four 40-bit IDs are consecutive bits of one HMAC-SHA-256 of the type and normalised value.
func Candidates(key []byte, typ, norm string) []string {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(typ))
	h.Write([]byte{0})
	h.Write([]byte(norm))
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	out := make([]string, nCandidates)
	buf := make([]byte, 0, nCandidates*(len(typ)+IDLen+3))
	for n := range nCandidates {
		v := binary.BigEndian.Uint64(sum[5*n:]) >> (64 - 5*IDLen) // bytes 5n..5n+4: 40 bits
		start := len(buf)
		buf = append(buf, '[')
		buf = append(buf, typ...)
		buf = append(buf, '_')
		var id [IDLen]byte
		for k := IDLen - 1; k >= 0; k-- {
			id[k] = alphabet[v&31]
			v >>= 5
		}
		buf = append(buf, id[:]...)
		buf = append(buf, ']')
		out[n] = string(buf[start:])
	}
	return out
}

// Normalize returns the form of a value that decides identity, so that one card number written
// with spaces or dashes is one token.
func Normalize(typ, value string) string {
	switch typ {
	case "EMAIL_ADDRESS":
		return strings.ToLower(redact.EmailAddress(value)) // "John dot Smith at …" is john.smith@…
	case "CREDIT_CARD", "US_SSN", "PHONE_NUMBER", "US_ITIN", "NPI", "US_BANK_NUMBER", "CH_AHV":
		// as the recognizers read it: full-width and other scripts' digits are digits, an HTML
		// reference its character ("５５５-０１４７" had kept no digit, so that every such number
		// of a tenant was one value and got one token)
		v := value
		if !asciiOnly(v) || strings.IndexByte(v, '&') >= 0 || strings.IndexFunc(v, unicode.IsLetter) >= 0 {
			v = redact.Canonical(v) // "five five five, …", "forty one eleven …": its digits, not none
		}
		if asciiLetters(v) >= 4 {
			// letters the recognizers' reading left: the number was found inside an encoding, in
			// the characters that carry it (base64's "NDE1LTU1NS0wMTM0" is 415-555-0134), whose
			// digits are not the number's; the exact characters key it, so that two such values
			// never share a token and each is given back as it was (since stop 40)
			return value
		}
		d := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, v)
		if d == "" {
			return foldSpaces(value) // no digit at all: the value itself, never one key for all
		}
		return d
	case "IBAN_CODE":
		return strings.ToUpper(strings.ReplaceAll(value, " ", ""))
	case "IP_ADDRESS":
		if a, err := netip.ParseAddr(value); err == nil {
			return a.String()
		}
	case "API_KEY", "URL":
		return value
	case "AU_MEDICARE", "AU_IHI", "AU_ABN", "AU_ACN", "NZ_NHI", "NZ_IRD", "CA_HEALTH_NUMBER", "UK_UTR", "IN_VOTER", "IN_GSTIN", "IN_ABHA", "ZA_ID", "MY_NRIC", "IL_ID":
		// the agencies' numbers of stop 41, however they are grouped: "2123 45670 1" is
		// 2123456701, "049-091-850" 49091850, an Ontario card's version code and HMRC's K no part
		// of the number (the types older than them keep their keys, which vaults hold)
		if k, ok := agencyKey(typ, value); ok {
			return k
		}
		if strings.IndexByte(value, '@') < 0 {
			return value // inside an encoding: its characters exactly, as stop 40 keys them
		}
	case "PERSON":
		if w, ok := spelledLetters(value); ok {
			return w // "A-C-H-T-E-R-B-E-R-G" is Achterberg
		}
	}
	return foldSpaces(value)
}

// asciiLetters counts the ASCII letters of s.
func asciiLetters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

// spelledLetters returns the word a name spelled a letter at a time writes, in lower case:
// "K-O-W-A-L-S-K-A" and "K.O.W.A.L.S.K.A." are kowalska. ok is false for anything else.
func spelledLetters(v string) (string, bool) {
	v = strings.TrimSuffix(v, ".")
	if len(v) < 5 || len(v)%2 == 0 {
		return "", false
	}
	b := make([]byte, 0, len(v)/2+1)
	for i := 0; i < len(v); i += 2 {
		c := v[i] | 0x20
		if c < 'a' || c > 'z' || i+1 < len(v) && v[i+1] != v[1] || v[1] != '-' && v[1] != '.' {
			return "", false
		}
		b = append(b, c)
	}
	return string(b), true
}

// foldSpaces lower-cases value and joins its words with single spaces, dropping white space at
// either end. ASCII text, nearly every value, takes one pass and no allocation when it is in
// that form already.
func foldSpaces(value string) string {
	same := true // value is in its folded form so far
	space := true
	for i := 0; i < len(value); i++ {
		c := value[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.Join(strings.FieldsFunc(strings.ToLower(value), unicode.IsSpace), " ")
		case asciiSpace(c):
			same = same && c == ' ' && !space && i+1 < len(value) && !asciiSpace(value[i+1])
			space = true
		default:
			same = same && !(c >= 'A' && c <= 'Z')
			space = false
		}
	}
	if same {
		return value
	}
	b := make([]byte, 0, len(value))
	for i := 0; i < len(value); {
		for i < len(value) && asciiSpace(value[i]) {
			i++
		}
		if i == len(value) {
			break
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		for ; i < len(value) && !asciiSpace(value[i]); i++ {
			c := value[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return string(b)
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// idValue maps a character of an ID, in any case and with common look-alikes, to its canonical
// form; it returns 0 for a character that cannot be part of an ID.
func idValue(c byte) byte {
	if c >= 'a' && c <= 'z' {
		c -= 'a' - 'A'
	}
	switch c {
	case 'O':
		return '0'
	case 'I', 'L':
		return '1'
	case 'U':
		return 0
	}
	if c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
		return c
	}
	return 0
}

// asciiOnly reports a string of ASCII bytes only.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// agencyKey is the key of an agency's number: its letters and digits, in capitals, without the
// separators people write between groups (spaces, dashes, dots), the leading zeros of an IRD
// number and an Israeli identity number, a UTR's K and an Ontario health card's version code.
// ok is false for a value with any other character (an ABHA address, a number found inside an
// encoding), which is keyed as written.
func agencyKey(typ, value string) (string, bool) {
	b := make([]byte, 0, len(value))
	for i := 0; i < len(value); i++ {
		switch c := value[i]; {
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z':
			b = append(b, c)
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case c == ' ' || c == '-' || c == '.':
		default:
			return "", false
		}
	}
	k := string(b)
	switch typ {
	case "NZ_IRD", "IL_ID":
		k = strings.TrimLeft(k, "0")
	case "UK_UTR":
		k = strings.TrimSuffix(k, "K")
	case "CA_HEALTH_NUMBER":
		if len(k) > 10 && strings.Trim(k[:10], "0123456789") == "" {
			k = k[:10]
		}
	}
	return k, k != ""
}
