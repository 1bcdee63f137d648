package redact

import "strings"

// Card processing's own records carry what PCI DSS forbids anyone to keep after authorisation
// (the magnetic stripe's whole tracks, the chip's track 2 equivalent) and the cardholder's name,
// written as a payment developer pastes them from a terminal's or a switch's log:
//
//   - tracks without their sentinels, as ISO 8583's fields 35 and 45 carry them: track 1's
//     format code, number, name and data (B4111111111111111^DOE/JOHN Q^2512101…), track 2's
//     number, '=' and data (4111111111111111=2512101…), and the chip's track 2 equivalent (EMV
//     tag 57), whose separator is a D and whose end an F (4761739001010010D2512201…F);
//   - EMV's tags in a terminal's dump: the cardholder's name (5F20), written or in hexadecimal
//     ("5F20 0A DOE/JOHN Q", "[5F20] Cardholder Name: SMITH/ANNA", "5F20: 444F452F4A4F484E"), and
//     the expiry (5F24, YYMMDD);
//   - ISO 8583's expiry (field 14, YYMM: "DE014: 2512", "Field 14 (Expiry): 2711"), PIN block
//     (52, sixteen hexadecimal digits, encrypted) and account identifications (102, 103), read
//     only in a text whose card's number or track stands after its field's label (2, 35, 45).
//
// A whole track is CARD_TRACK_DATA, as with its sentinels (trackData): its number must pass
// Luhn and its expiry be a month.

// cardTracks appends track 1 without sentinels in s to dst (the scan reads track 2's:
// bareTrack2): its format code, its number, '^', the name, '^' and the expiry.
func cardTracks(s string, dst []Finding) []Finding {
	for q := 0; ; {
		k := strings.IndexByte(s[q:], '^')
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 1
		if p < 13 || p+5 > len(s) || !isDigit(s[p-1]) {
			continue
		}
		a := p // the number's start, after the format code B
		for a > 0 && isDigit(s[a-1]) && p-a < 19 {
			a--
		}
		if p-a < 12 || a == 0 || s[a-1] != 'B' || a >= 2 && isAlnum(s[a-2]) || !luhn([]byte(s[a:p])) {
			continue
		}
		n := strings.IndexByte(s[p+1:min(len(s), p+28)], '^')
		if n < 2 || p+1+n+5 > len(s) {
			continue
		}
		d := p + 1 + n + 1 // the expiry, then the service code and the discretionary data
		if !trackExpiry(s[d:]) {
			continue
		}
		e := d + 4
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		dst = append(dst, Finding{Type: TrackData, Start: a - 1, End: e, Score: 1, Source: SourcePattern})
		q = e
	}
}

// bareTrack2 reads track 2 without sentinels, or the chip's track 2 equivalent, at s[i], whose
// first d bytes are digits: the number (Luhn), '=' or 'D', the expiry (a month), the service
// code and the discretionary data, and the chip's padding F.
func bareTrack2(s string, i, d int) (Finding, bool) {
	p := i + d
	if d < 12 || d > 19 || p+8 > len(s) || s[p] != '=' && s[p] != 'D' || !trackExpiry(s[p+1:]) || !luhn([]byte(s[i:p])) {
		return Finding{}, false
	}
	e := p + 5
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if s[p] == 'D' && e < len(s) && s[e] == 'F' {
		e++
	}
	if e-p < 8 || e < len(s) && isAlnum(s[e]) {
		return Finding{}, false // the service code at least
	}
	return Finding{Type: TrackData, Start: i, End: e, Score: 1, Source: SourcePattern}, true
}

// trackExpiry reports a track's expiry at the start of d: YYMM, a month.
func trackExpiry(d string) bool {
	return len(d) >= 4 && allOf(d[:4], isDigit) && (d[2] == '0' && d[3] != '0' || d[2] == '1' && d[3] <= '2')
}

// emvTags appends the cardholder's name (5F20) and the expiry (5F24) of EMV dumps in s to dst.
func emvTags(s string, dst []Finding) []Finding {
	if len(s) < 5 {
		return dst
	}
	for q := 1; ; { // by the F: a search for "5F2" stops at every digit 5
		k := strings.IndexByte(s[q:], 'F')
		if k < 0 {
			return dst
		}
		p := q + k - 1
		q = p + 2
		if p+5 > len(s) || s[p] != '5' || s[p+2] != '2' || p > 0 && isAlnum(s[p-1]) || s[p+3] != '0' && s[p+3] != '4' || isAlnum(s[p+4]) {
			continue
		}
		end, _ := lineAt(s[:min(len(s), p+160)], p) // a tag's value is short: a long line is not read to its end for each tag
		v := p + 4                                  // past blanks, brackets, a length byte and a label with its colon
		for v < end && (s[v] == ' ' || s[v] == ']' || s[v] == ':' || s[v] == '=' || s[v] == '\t') {
			v++
		}
		if v+3 <= end && isHex(s[v]) && isHex(s[v+1]) && s[v+2] == ' ' {
			v += 3 // "0A ": the value's length
		}
		if c := strings.IndexByte(s[v:end], ':'); c >= 0 && c < 40 && !strings.Contains(s[v:v+c], "/") {
			v += c + 1 // "Cardholder Name: "
			for v < end && s[v] == ' ' {
				v++
			}
		}
		if s[p+3] == '4' { // the expiry: YYMMDD
			if v+6 <= end && allOf(s[v:v+6], isDigit) && trackExpiry(s[v:]) && (v+6 == len(s) || !isAlnum(s[v+6])) {
				dst = append(dst, Finding{Type: CardExpiry, Start: v, End: v + 6, Score: 0.95, Source: SourcePattern})
			}
			continue
		}
		if a, b, ok := emvName(s, v, end); ok {
			dst = append(dst, Finding{Type: Person, Start: a, End: b, Score: 0.95, Source: SourcePattern})
		}
	}
}

// emvName returns the cardholder's name at s[v:end]: SURNAME/GIVEN as the card writes it, in
// capitals, to two blanks, the next tag or the line's end; or its bytes in hexadecimal.
func emvName(s string, v, end int) (int, int, bool) {
	b := v
	for b < end && (isUpper(s[b]) || s[b] == '/' || s[b] == ' ' && b+1 < end && isUpper(s[b+1]) && !emvTagAt(s, b+1) || s[b] == '-' || s[b] == '\'' || s[b] == '.') {
		b++
	}
	if b-v >= 3 && strings.IndexByte(s[v:b], '/') > 0 {
		return v, b, true
	}
	b = v
	for b+1 < end && isHex(s[b]) && isHex(s[b+1]) {
		b += 2
	}
	if b-v < 8 || b < end && isAlnum(s[b]) {
		return 0, 0, false
	}
	slash := false
	for i := v; i < b; i += 2 {
		c := unhex(s[i])<<4 | unhex(s[i+1])
		if c == '/' {
			slash = true
		} else if !isUpper(c) && c != ' ' && c != '.' && c != '-' {
			return 0, 0, false
		}
	}
	return v, b, slash
}

// emvTagAt reports one of the tags a dump writes after the name at s[i] ("5F24", "57", "9F02").
func emvTagAt(s string, i int) bool {
	j := i
	for j < len(s) && isHex(s[j]) && j-i < 4 {
		j++
	}
	return (j-i == 2 || j-i == 4) && isDigit(s[i]) && (j == len(s) || !isAlnum(s[j]))
}

// iso8583Fields appends the expiry (field 14), the PIN block (52) and the account
// identifications (102, 103) of ISO 8583 messages in s to dst, where a card's number or a track
// was found after its field's label: a field's label ("DE014", "DE 14", "Field 14", "F14",
// "P-14", "Bit 14"), then within a few bytes (a name in brackets, a colon) its value.
func iso8583Fields(s string, dst []Finding) []Finding {
	// a card's number or a track labelled as ISO 8583's field 2, 35 or 45 ("DE002: 4111…"): the
	// lines of any other text are not read
	message := false
	for _, f := range dst {
		if message || f.Type != CreditCard && f.Type != TrackData {
			continue
		}
		from := max(0, f.Start-48) // a label stands right before its value: a long line is not read back for each card
		ls := from + strings.LastIndexByte(s[from:f.Start], '\n') + 1
		a, _ := trimBlanks(s, ls, f.Start)
		if n, _, ok := iso8583Label(s, a, f.Start); ok && (n == 2 || n == 35 || n == 45) {
			message = true
		}
	}
	if !message {
		return dst
	}
	for p := 0; p < len(s); { // line by line, each found by a byte search: a card is in most texts
		end, next := len(s), len(s)
		if k := strings.IndexByte(s[p:], '\n'); k >= 0 {
			end, next = p+k, p+k+1
		}
		if end > p && s[end-1] == '\r' {
			end--
		}
		a, _ := trimBlanks(s, p, end)
		if n, v, ok := iso8583Label(s, a, end); ok {
			for v < end && (s[v] == ' ' || s[v] == ':' || s[v] == '=' || s[v] == ']') {
				v++
			}
			switch n {
			case 14:
				if v+4 <= end && trackExpiry(s[v:]) && (v+4 == end || !isAlnum(s[v+4])) {
					dst = append(dst, Finding{Type: CardExpiry, Start: v, End: v + 4, Score: 0.95, Source: SourcePattern})
				}
			case 52: // the PIN's block, encrypted: sensitive authentication data all the same
				if v+16 <= end && allOf(s[v:v+16], isHex) && (v+16 == end || !isAlnum(s[v+16])) {
					dst = append(dst, Finding{Type: PIN, Start: v, End: v + 16, Score: 0.95, Source: SourcePattern})
				}
			case 102, 103:
				b := v
				for b < end && (isAlnum(s[b]) || s[b] == '-') {
					b++
				}
				if b > v && digitCount(s[v:b]) >= 6 {
					dst = append(dst, account(s, v, b))
				}
			}
		}
		p = next
	}
	return dst
}

// iso8583Label reads a field's label at s[a:end]: its number and where its value may begin,
// past the number's name in brackets ("Field 14 (Expiry): 2711").
func iso8583Label(s string, a, end int) (int, int, bool) {
	i := a
	for _, w := range []string{"DE", "Field", "FIELD", "field", "Bit", "BIT", "F", "P"} {
		if strings.HasPrefix(s[i:end], w) {
			i += len(w)
			break
		}
	}
	if i == a {
		return 0, 0, false
	}
	for i < end && (s[i] == ' ' || s[i] == '-' || s[i] == '.') {
		i++
	}
	j := i
	for j < end && isDigit(s[j]) && j-i < 3 {
		j++
	}
	if j == i || j < end && isAlnum(s[j]) {
		return 0, 0, false
	}
	n := atoi(s[i:j])
	for j < end && s[j] == ' ' {
		j++
	}
	if j < end && s[j] == '(' { // the field's name
		if c := strings.IndexByte(s[j:end], ')'); c > 0 {
			j += c + 1
		}
	}
	return n, j, true
}
