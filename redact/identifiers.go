package redact

import "strings"

// More entity types found by the pattern recognizer, named after Presidio's where it has one.
const (
	DEA          = "DEA_NUMBER"
	UKNINO       = "UK_NINO"
	VIN          = "VEHICLE_ID"
	ITFiscalCode = "IT_FISCAL_CODE"
	SGNRIC       = "SG_NRIC_FIN"
	USMBI        = "US_MBI"
	ESNIF        = "ES_NIF"
	ESNIE        = "ES_NIE"
	USITIN       = "US_ITIN"
	MACAddress   = "MAC_ADDRESS"
	Crypto       = "CRYPTO"
	JWT          = "JWT"
	PrivateKey   = "PRIVATE_KEY"
	TrackData    = "CARD_TRACK_DATA"
)

// dashedMBI reads a Medicare Beneficiary Identifier as CMS prints it on the card, in groups of
// four, three and four joined by dashes ("1EG4-TE5-MK73"), from the word s[i:j] of its first
// group; the whole must be valid and end at a word boundary.
func dashedMBI(s string, i, j int) (Finding, bool) {
	end := j + 9
	if j-i != 4 || end > len(s) || s[j] != '-' || s[j+4] != '-' || end < len(s) && (isAlnum(s[end]) || s[end] == '-') {
		return Finding{}, false
	}
	var buf [11]byte
	w := append(append(append(buf[:0], s[i:j]...), s[j+1:j+4]...), s[j+5:end]...)
	if !mbiValid(string(w)) || !mixed(string(w)) {
		return Finding{}, false
	}
	return Finding{Type: USMBI, Start: i, End: end, Score: 0.85, Source: SourcePattern}, true
}

// wordIdentifier checks the alphanumeric word s[i:j] (which begins at a word boundary) for the
// identifiers that validate themselves.
func wordIdentifier(s string, i, j int) (Finding, bool) {
	w := s[i:j]
	mk := func(typ string, end int, score float64) (Finding, bool) {
		return Finding{Type: typ, Start: i, End: end, Score: score, Source: SourcePattern}, true
	}
	if j < len(s) && s[j] == '+' {
		if end := plusCode(s, i, j, false); end > 0 {
			return mk(GeoCoordinates, end, 0.85) // a plus code: 4RWJ4FGH+46, Q2PF+6W Sydney (stop 41)
		}
	}
	switch len(w) {
	case 9:
		switch {
		case deaValid(w):
			return mk(DEA, j, 0.75)
		case ninoValid(w):
			return mk(UKNINO, j, 0.8)
		case isLetter(w[0]) && strings.ContainsRune("XYZxyz", rune(w[0])) && dniValid(w):
			return mk(ESNIE, j, 0.85)
		case isDigit(w[0]) && dniValid(w):
			return mk(ESNIF, j, 0.85)
		case nricValid(w):
			return mk(SGNRIC, j, 0.85)
		}
	case 11:
		if mbiValid(w) && mixed(w) {
			return mk(USMBI, j, 0.8)
		}
	case 15:
		if gstinValid(w) {
			return mk(INGSTIN, j, 0.9) // India's GST number, the holder's PAN inside: 27AAPFU0939F1ZV (stop 41)
		}
	case 16:
		if codiceFiscaleValid(w) {
			return mk(ITFiscalCode, j, 0.9)
		}
		if ukLicenceValid(w) {
			return mk(DriverLicense, j, 0.8)
		}
	case 17:
		if vinValid(w) {
			return mk(VIN, j, 0.8)
		}
	case 18:
		if curpValid(w) {
			return mk(MXCURP, j, 0.9) // told by its shape and check digit anywhere: HEGG560427MVZRRL04
		}
	}
	if len(w) >= 26 && len(w) <= 35 && (w[0] == '1' || w[0] == '3') && base58CheckValid(w) {
		return mk(Crypto, j, 0.95)
	}
	if len(w) >= 26 && len(w) <= 35 && altcoinAddress(w) {
		return mk(Crypto, j, 0.95) // TRON, Litecoin, Dogecoin and XRP (stop 54): TJYeasTPa6gpEEfYWLLUSC2Ft2oLAmsMHn
	}
	if len(w) >= 14 && (strings.HasPrefix(w, "bc1") || strings.HasPrefix(w, "BC1")) && bech32Valid(w) {
		return mk(Crypto, j, 0.95)
	}
	if len(w) == 42 && (w[1] == 'x' || w[1] == 'X') && w[0] == '0' && allHex(w[2:]) {
		return mk(Crypto, j, 0.75) // an Ethereum address
	}
	if strings.HasPrefix(w, "eyJ") {
		if end := jwt(s, i); end > 0 {
			return mk(JWT, end, 0.95)
		}
	}
	if len(w) == 2 && isLetter(w[0]) && isLetter(w[1]) {
		if end := spacedNINO(s, i); end > 0 {
			return mk(UKNINO, end, 0.8)
		}
	}
	return Finding{}, false
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return s != ""
}

// jwt matches header.payload.signature, each base64url, the first two JSON objects ("eyJ").
func jwt(s string, i int) int {
	part := func(k int) int {
		for k < len(s) && (isAlnum(s[k]) && s[k] < 0x80 || s[k] == '-') {
			k++
		}
		return k
	}
	a := part(i)
	if a >= len(s) || s[a] != '.' || !strings.HasPrefix(s[a+1:], "eyJ") {
		return 0
	}
	b := part(a + 1)
	if b >= len(s) || s[b] != '.' {
		return 0
	}
	c := part(b + 1)
	if c-b-1 < 16 || c < len(s) && isAlnum(s[c]) {
		return 0
	}
	return c
}

// spacedNINO matches "AB 12 34 56 C" beginning at s[i].
func spacedNINO(s string, i int) int {
	if i+13 > len(s) {
		return 0
	}
	w := s[i : i+13]
	if w[2] != ' ' || w[5] != ' ' || w[8] != ' ' || w[11] != ' ' {
		return 0
	}
	compact := w[0:2] + w[3:5] + w[6:8] + w[9:11] + w[12:13]
	if !ninoValid(compact) || i+13 < len(s) && isAlnum(s[i+13]) {
		return 0
	}
	return i + 13
}

// mac matches six hex pairs joined by ':' or '-' (one of them throughout) at s[i].
func mac(s string, i int) (Finding, bool) {
	if i+14 <= len(s) && s[i+4] == '.' {
		return dottedMAC(s, i)
	}
	if i+17 > len(s) {
		return Finding{}, false
	}
	sep := s[i+2]
	if sep != ':' && sep != '-' {
		return Finding{}, false
	}
	for k := range 6 {
		p := i + 3*k
		if !isHex(s[p]) || !isHex(s[p+1]) || k < 5 && s[p+2] != sep {
			return Finding{}, false
		}
	}
	end := i + 17
	if end < len(s) && (isAlnum(s[end]) || s[end] == sep) {
		return Finding{}, false
	}
	w := strings.ToLower(s[i:end])
	if w == "00:00:00:00:00:00" || w == "ff:ff:ff:ff:ff:ff" || w == "00-00-00-00-00-00" || w == "ff-ff-ff-ff-ff-ff" {
		return Finding{}, false
	}
	return Finding{Type: MACAddress, Start: i, End: end, Score: 0.8, Source: SourcePattern}, true
}

// dottedMAC matches a MAC address as Cisco writes it, three groups of four hex digits joined by
// dots (001a.2b3c.4d5e), with a letter among them: twelve digits so dotted are more often
// something else.
func dottedMAC(s string, i int) (Finding, bool) {
	letter := false
	for k := 0; k < 14; k++ {
		c := s[i+k]
		if k == 4 || k == 9 {
			if c != '.' {
				return Finding{}, false
			}
			continue
		}
		if !isHex(c) {
			return Finding{}, false
		}
		letter = letter || !isDigit(c)
	}
	if !letter || i+14 < len(s) && (isAlnum(s[i+14]) || s[i+14] == '.' && i+15 < len(s) && isAlnum(s[i+15])) || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '.') {
		return Finding{}, false
	}
	return Finding{Type: MACAddress, Start: i, End: i + 14, Score: 0.8, Source: SourcePattern}, true
}

// pemPrivateKey matches a whole PEM private key block beginning at s[i].
func pemPrivateKey(s string, i int) (Finding, bool) {
	rest := s[i:]
	nl := strings.Index(rest, "-----\n")
	if nl < 0 || nl > 60 || !strings.HasSuffix(rest[:nl], "PRIVATE KEY") && !strings.HasSuffix(rest[:nl], "PRIVATE KEY BLOCK") {
		return Finding{}, false
	}
	end := strings.Index(rest, "-----END ")
	if end < 0 {
		return Finding{Type: PrivateKey, Start: i, End: len(s), Score: 1, Source: SourcePattern}, true // cut off: mask to the end
	}
	close := strings.Index(rest[end+9:], "-----")
	if close < 0 {
		return Finding{Type: PrivateKey, Start: i, End: len(s), Score: 1, Source: SourcePattern}, true
	}
	return Finding{Type: PrivateKey, Start: i, End: i + end + 9 + close + 5, Score: 1, Source: SourcePattern}, true
}

// trackData matches magnetic-stripe data: track 1 (%B<PAN>^<NAME>^<YYMM>…?) or track 2
// (;<PAN>=<YYMM>…?).
func trackData(s string, i int) (Finding, bool) {
	var panStart int
	var sepc byte
	switch {
	case strings.HasPrefix(s[i:], "%B"):
		panStart, sepc = i+2, '^'
	case s[i] == ';':
		panStart, sepc = i+1, '='
	default:
		return Finding{}, false
	}
	k := panStart
	for k < len(s) && isDigit(s[k]) && k-panStart < 19 {
		k++
	}
	if n := k - panStart; n < 12 || k >= len(s) || s[k] != sepc || !luhn([]byte(s[panStart:k])) {
		return Finding{}, false
	}
	end := strings.IndexByte(s[k:min(len(s), k+120)], '?')
	if end < 0 {
		return Finding{}, false
	}
	return Finding{Type: TrackData, Start: i, End: k + end + 1, Score: 1, Source: SourcePattern}, true
}

// ukLicenceValid reports a driving licence number of Great Britain, which the DVLA makes from
// its holder: the family name's first five letters, padded with 9s; the decade of the year of
// birth, the month (plus 50 for a woman) and the day, the year's last digit; the first two
// initials, a 9 for one missing; a digit and two check characters (MORGA753116SM9IJ). The
// date must be one and every letter a capital.
func ukLicenceValid(w string) bool {
	if !isUpper(w[0]) {
		return false
	}
	padded := false
	for i := 1; i < 5; i++ {
		switch c := w[i]; {
		case c == '9':
			padded = true
		case !isUpper(c) || padded:
			return false
		}
	}
	if !allOf(w[5:11], isDigit) || !isUpper(w[11]) || !isUpper(w[12]) && w[12] != '9' || !isDigit(w[13]) {
		return false
	}
	month, day := atoi(w[6:8]), atoi(w[8:10])
	if month > 50 {
		month -= 50
	}
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
		allOf(w[14:16], func(c byte) bool { return isUpper(c) || isDigit(c) })
}
