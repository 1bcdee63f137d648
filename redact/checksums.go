package redact

import (
	"crypto/sha256"
	"strings"
)

// Check-digit algorithms of national and sector identifiers. Each takes the identifier with
// separators removed and reports whether it is well formed.

// npiValid: the National Provider Identifier is 10 digits whose Luhn check runs over the card
// issuer prefix 80840 followed by the first nine digits.
func npiValid(d string) bool {
	if len(d) != 10 || (d[0] != '1' && d[0] != '2') || !allDigits(d) {
		return false
	}
	return luhn([]byte("80840" + d))
}

// abaValid: an ABA routing number is 9 digits with 3-7-1 weights summing to a multiple of 10, and
// a first two digits in the Federal Reserve's ranges.
func abaValid(d string) bool {
	if len(d) != 9 || !allDigits(d) {
		return false
	}
	p := int(d[0]-'0')*10 + int(d[1]-'0')
	if !(p <= 12 || p >= 21 && p <= 32 || p >= 61 && p <= 72 || p == 80) {
		return false
	}
	w := [9]int{3, 7, 1, 3, 7, 1, 3, 7, 1}
	sum := 0
	for i := range 9 {
		sum += int(d[i]-'0') * w[i]
	}
	return sum%10 == 0
}

// deaValid: a DEA registration is two letters and seven digits; the last digit is the last digit
// of (d1+d3+d5) + 2*(d2+d4+d6).
func deaValid(s string) bool {
	if len(s) != 9 || !strings.ContainsRune("ABCDEFGHJKLMPRSTUX", rune(upper(s[0]))) || !(isLetter(s[1]) || s[1] == '9') || !allDigits(s[2:]) {
		return false
	}
	d := func(i int) int { return int(s[2+i] - '0') }
	return (d(0)+d(2)+d(4)+2*(d(1)+d(3)+d(5)))%10 == d(6)
}

// vinValid: a vehicle identification number is 17 characters without I, O or Q whose ninth is a
// check digit (mod 11, 'X' for 10) over transliterated, weighted characters.
func vinValid(s string) bool {
	if len(s) != 17 {
		return false
	}
	weights := [17]int{8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2}
	sum, digits, letters := 0, 0, 0
	for i := range 17 {
		c := upper(s[i])
		var v int
		switch {
		case isDigit(c):
			v = int(c - '0')
			digits++
		case vinLetter(c):
			v = [...]int{1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9}[c-'A']
			letters++
		default:
			return false
		}
		sum += v * weights[i]
	}
	check := sum % 11
	want := byte('0' + check)
	if check == 10 {
		want = 'X'
	}
	return upper(s[8]) == want && digits >= 5 && letters >= 2
}

// vinLetter reports a capital of a VIN's alphabet, which leaves out I, O and Q.
func vinLetter(c byte) bool { return c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q' }

// ninoValid: a UK National Insurance number is two letters (not D, F, I, Q, U or V; the second
// not O; not BG, GB, NK, KN, TN, NT or ZZ), six digits and a suffix A to D.
func ninoValid(s string) bool {
	if len(s) != 9 || !isLetter(s[0]) || !isLetter(s[1]) || !allDigits(s[2:8]) || !strings.ContainsRune("ABCD", rune(upper(s[8]))) {
		return false
	}
	a, b := upper(s[0]), upper(s[1])
	if strings.ContainsRune("DFIQUV", rune(a)) || strings.ContainsRune("DFIQUVO", rune(b)) {
		return false
	}
	switch string([]byte{a, b}) {
	case "BG", "GB", "NK", "KN", "TN", "NT", "ZZ":
		return false
	}
	return true
}

// nhsValid: an NHS number is 10 digits; weights 10 to 2 over the first nine, 11 minus the sum mod
// 11 is the tenth (11 means 0; 10 is never issued).
func nhsValid(d string) bool {
	if len(d) != 10 || !allDigits(d) {
		return false
	}
	check := mod11Check(d, []int{10, 9, 8, 7, 6, 5, 4, 3, 2})
	return check != 10 && check == int(d[9]-'0')
}

// mod11Check is the check digit that the NHS number, Norway's fødselsnummer and Argentina's CUIT
// share: the first len(weights) digits of d weighted, and 11 minus their sum mod 11, 11 being
// 0. A result of 10 is no digit: such numbers are never issued.
func mod11Check(d string, weights []int) int {
	if c := 11 - weighted(d, weights...)%11; c != 11 {
		return c
	}
	return 0
}

// bsnValid: a Dutch citizen service number is 9 digits passing the 11-test (weights 9..2, -1).
func bsnValid(d string) bool {
	if len(d) != 9 || !allDigits(d) || d == "000000000" {
		return false
	}
	sum := 0
	for i := range 8 {
		sum += int(d[i]-'0') * (9 - i)
	}
	sum -= int(d[8] - '0')
	return sum%11 == 0
}

// ppsnValid: an Irish Personal Public Service Number is seven digits and a check letter, with a
// second letter since 2013 ("1234567T", "1234567FA"): the digits weighted 8 down to 2, plus the
// second letter's place in the alphabet (W counts 0) weighted 9, modulo 23, name the check letter
// (0 is W, 1 to 22 A to V).
func ppsnValid(v string) bool {
	if len(v) != 8 && len(v) != 9 || !allDigits(v[:7]) {
		return false
	}
	sum := 0
	for i := range 7 {
		sum += int(v[i]-'0') * (8 - i)
	}
	if len(v) == 9 {
		c := v[8] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		if c != 'w' {
			sum += int(c-'a'+1) * 9
		}
	}
	return v[7]|0x20 == "wabcdefghijklmnopqrstuv"[sum%23]
}

// steuerIDValid: a German tax id is 11 digits, the first not 0, one digit of the first ten
// appearing two or three times, with an ISO 7064 MOD 11,10 check digit.
func steuerIDValid(d string) bool {
	if len(d) != 11 || !allDigits(d) || d[0] == '0' {
		return false
	}
	var counts [10]int
	for i := range 10 {
		counts[d[i]-'0']++
	}
	repeated := 0
	for _, c := range counts {
		if c > 3 {
			return false
		}
		if c >= 2 {
			repeated++
		}
	}
	if repeated != 1 {
		return false
	}
	product := 10
	for i := range 10 {
		sum := (int(d[i]-'0') + product) % 10
		if sum == 0 {
			sum = 10
		}
		product = (sum * 2) % 11
	}
	check := 11 - product
	if check == 10 {
		check = 0
	}
	return check == int(d[10]-'0')
}

// nirValid: a French social security number is 13 characters (digits, with 2A or 2B for Corsica)
// and a key of 97 minus the number mod 97.
func nirValid(s string) bool {
	if len(s) != 15 || (s[0] != '1' && s[0] != '2') {
		return false
	}
	body := strings.NewReplacer("2A", "19", "2B", "18", "2a", "19", "2b", "18").Replace(s[:13])
	if !allDigits(body) || !allDigits(s[13:]) {
		return false
	}
	return 97-digitsMod97(0, body) == int(s[13]-'0')*10+int(s[14]-'0')
}

// nirShaped reports a French NIR's shape without its key's check: thirteen digits or fifteen
// (Corsica's 2A and 2B in the department's place), the sex first (1 or 2; 3, 4, 7 or 8 for a
// provisional number) and a month of 01 to 12 or 20 and over (an unknown month) after the year.
func nirShaped(s string) bool {
	if len(s) != 13 && len(s) != 15 || strings.IndexByte("123478", s[0]) < 0 {
		return false
	}
	body := strings.NewReplacer("2A", "19", "2B", "18", "2a", "19", "2b", "18").Replace(s)
	if !allDigits(body) {
		return false
	}
	m := int(body[3]-'0')*10 + int(body[4]-'0')
	return m >= 1 && m <= 12 || m >= 20
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// dniValid: a Spanish DNI is 8 digits and a letter, the number mod 23 in a fixed table; an NIE
// begins with X, Y or Z (read as 0, 1, 2) instead of its first digit.
func dniValid(s string) bool {
	if len(s) != 9 || !isLetter(s[8]) {
		return false
	}
	digits := s[:8]
	switch upper(s[0]) {
	case 'X':
		digits = "0" + s[1:8]
	case 'Y':
		digits = "1" + s[1:8]
	case 'Z':
		digits = "2" + s[1:8]
	}
	if !allDigits(digits) {
		return false
	}
	n := 0
	for i := 0; i < 8; i++ {
		n = n*10 + int(digits[i]-'0')
	}
	return dniLetters[n%23] == upper(s[8])
}

// codiceFiscaleValid: an Italian fiscal code is 16 characters (6 letters, 2 digits, a letter, 2
// digits, a letter, 3 digits, a check letter; digits may be replaced by letters for homonyms)
// with a check letter from fixed odd and even position tables.
func codiceFiscaleValid(s string) bool {
	if len(s) != 16 {
		return false
	}
	const shape = "LLLLLLNNLNNLNNNL"
	for i := range 16 {
		c := upper(s[i])
		switch shape[i] {
		case 'L':
			if c < 'A' || c > 'Z' {
				return false
			}
		case 'N':
			if !isDigit(c) && !strings.ContainsRune("LMNPQRSTUV", rune(c)) {
				return false
			}
		}
	}
	odd := [36]int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}
	sum := 0
	for i := range 15 {
		c := upper(s[i])
		var k int // index: digits 0-9, letters A-Z as 10-35 in the odd table, value for even
		if isDigit(c) {
			k = int(c - '0')
		} else {
			k = int(c-'A') + 10
		}
		if i%2 == 0 { // odd positions, counting from 1
			sum += odd[k]
		} else if isDigit(c) {
			sum += int(c - '0')
		} else {
			sum += int(c - 'A')
		}
	}
	return upper(s[15]) == byte('A'+sum%26)
}

// mbiValid: a Medicare Beneficiary Identifier is 11 characters: C A AN N A AN N A A N N, where C is
// 1-9, N a digit, A a letter other than S L O I B Z, and AN either.
func mbiValid(s string) bool {
	if len(s) != 11 {
		return false
	}
	const shape = "CAXNAXNAANN"
	letter := func(c byte) bool { return c >= 'A' && c <= 'Z' && !strings.ContainsRune("SLOIBZ", rune(c)) }
	for i := range 11 {
		c := upper(s[i])
		switch shape[i] {
		case 'C':
			if c < '1' || c > '9' {
				return false
			}
		case 'N':
			if !isDigit(c) {
				return false
			}
		case 'A':
			if !letter(c) {
				return false
			}
		case 'X':
			if !isDigit(c) && !letter(c) {
				return false
			}
		}
	}
	return true
}

// itinValid: an ITIN is 9 digits, first 9, middle group 50-65, 70-88, 90-92 or 94-99.
func itinValid(d string) bool {
	if len(d) != 9 || !allDigits(d) || d[0] != '9' {
		return false
	}
	g := int(d[3]-'0')*10 + int(d[4]-'0')
	return g >= 50 && g <= 65 || g >= 70 && g <= 88 || g >= 90 && g <= 92 || g >= 94 && g <= 99
}

// imeiValid: an IMEI is 15 digits passing Luhn.
// rppsValid checks a French practitioner's RPPS number: eleven digits, the first 1, the last a
// Luhn key over the others.
func rppsValid(d string) bool { return len(d) == 11 && d[0] == '1' && allDigits(d) && luhn([]byte(d)) }

func imeiValid(d string) bool { return len(d) == 15 && allDigits(d) && luhn([]byte(d)) }

// eidValid reports an eUICC's identifier (an eSIM's EID, GSMA SGP.29): 32 digits beginning 89
// whose whole number is 1 modulo 97, as an IBAN's is.
func eidValid(d string) bool {
	return len(d) == 32 && d[0] == '8' && d[1] == '9' && allDigits(d) && digitsMod97(0, d) == 1
}

// digitsMod97 returns the number r followed by the digits of d, modulo 97 (ISO 7064's MOD 97-10
// over decimal digits: France's NIR key, Belgium's national number, an eSIM's EID).
func digitsMod97(r int, d string) int {
	for i := 0; i < len(d); i++ {
		r = (r*10 + int(d[i]-'0')) % 97
	}
	return r
}

// ifscValid reports an Indian Financial System Code: the bank's four capitals, a zero, and the
// branch's six capitals or digits (SBIN0001234, HDFC0CAGSBK).
func ifscValid(s string) bool {
	if len(s) != 11 || s[4] != '0' {
		return false
	}
	for i := range 4 {
		if !isUpper(s[i]) {
			return false
		}
	}
	for i := 5; i < 11; i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// swiftValid: a BIC is 4 letters (bank), 2 letters (a country), 2 letters or digits (location)
// and optionally 3 more (branch).
func swiftValid(s string) bool {
	if len(s) != 8 && len(s) != 11 {
		return false
	}
	for i := range 6 {
		if !isUpper(s[i]) {
			return false
		}
	}
	if !isoCountries.has(s[4:6]) {
		return false
	}
	for i := 6; i < len(s); i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isoCountries are the ISO 3166-1 alpha-2 country codes, and Kosovo's XK, which SWIFT uses: a
// BIC's fifth and sixth characters.
var isoCountries = foldSet("ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz " +
	"ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr " +
	"ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp " +
	"ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt " +
	"mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw " +
	"sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz " +
	"ua ug um us uy uz va vc ve vg vi vn vu wf ws xk ye yt za zm zw")

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58CheckValid: a legacy Bitcoin address decodes from base58 to 25 bytes whose last four are
// the first four of the double SHA-256 of the rest.
func base58CheckValid(s string) bool {
	b, ok := base58Check25(s, base58Alphabet)
	return ok && (b[0] == 0 || b[0] == 5)
}

// rippleAlphabet is the XRP Ledger's base58 alphabet.
const rippleAlphabet = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"

// altcoinAddress reports an address of the coins that write Bitcoin's base58check with their own
// version byte (stop 54): TRON's (T, 0x41), Litecoin's (L, 0x30; M, 0x32), Dogecoin's (D, 0x1e;
// A, 0x16) and the XRP Ledger's in its own alphabet (r, 0x00).
func altcoinAddress(s string) bool {
	if len(s) < 25 || len(s) > 35 {
		return false
	}
	alphabet, versions := base58Alphabet, ""
	switch s[0] {
	case 'T':
		versions = "\x41"
	case 'L', 'M':
		versions = "\x30\x32"
	case 'D', 'A':
		versions = "\x1e\x16"
	case 'r':
		alphabet, versions = rippleAlphabet, "\x00"
	default:
		return false
	}
	b, ok := base58Check25(s, alphabet)
	return ok && strings.IndexByte(versions, b[0]) >= 0
}

// base58Check25 decodes s in alphabet to 25 bytes and reports whether their last four are the
// first four of the double SHA-256 of the rest.
func base58Check25(s, alphabet string) ([25]byte, bool) {
	var b [25]byte
	if len(s) < 25 || len(s) > 35 {
		return b, false
	}
	for i := 0; i < len(s); i++ {
		v := strings.IndexByte(alphabet, s[i])
		if v < 0 {
			return b, false
		}
		carry := v
		for k := 24; k >= 0; k-- {
			carry += 58 * int(b[k])
			b[k] = byte(carry)
			carry >>= 8
		}
		if carry != 0 {
			return b, false
		}
	}
	h1 := sha256.Sum256(b[:21])
	h2 := sha256.Sum256(h1[:])
	return b, string(h2[:4]) == string(b[21:])
}

// bech32Valid checks a segwit address's bech32 or bech32m checksum (BIP 173, BIP 350).
func bech32Valid(s string) bool {
	s = strings.ToLower(s)
	sep := strings.LastIndexByte(s, '1')
	if sep < 1 || sep+7 > len(s) || len(s) > 90 || s[:sep] != "bc" && s[:sep] != "tb" {
		return false
	}
	const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	values := make([]int, 0, len(s)*2)
	for i := 0; i < sep; i++ {
		values = append(values, int(s[i]>>5))
	}
	values = append(values, 0)
	for i := 0; i < sep; i++ {
		values = append(values, int(s[i]&31))
	}
	for i := sep + 1; i < len(s); i++ {
		v := strings.IndexByte(charset, s[i])
		if v < 0 {
			return false
		}
		values = append(values, v)
	}
	gen := [5]int{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := 1
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ v
		for i := range 5 {
			if (top>>i)&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk == 1 || chk == 0x2bc830a3
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// aadhaarValid: an Aadhaar number is 12 digits, the first 2 to 9, the last a Verhoeff check digit.
func aadhaarValid(d string) bool {
	return len(d) == 12 && allDigits(d) && d[0] >= '2' && verhoeff(d)
}

// verhoeffD and verhoeffP are the dihedral group D5's multiplication and the position
// permutation of Verhoeff's check, which catches every single-digit error and every swap of
// neighbours.
var (
	verhoeffD = [10][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
		{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
		{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
	verhoeffP = [8][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
		{8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}}
)

// verhoeff reports whether the digits d end in their Verhoeff check digit.
func verhoeff(d string) bool {
	c := byte(0)
	for i := 0; i < len(d); i++ {
		c = verhoeffD[c][verhoeffP[i%8][d[len(d)-1-i]-'0']]
	}
	return c == 0
}

// indiaPANValid: an Indian Permanent Account Number is five letters, four digits and a letter;
// the fourth letter names the holder's kind (P a person, C a company, H a Hindu undivided
// family, F a firm, A, T, B, L, J or G the others).
func indiaPANValid(v string) bool {
	if len(v) != 10 {
		return false
	}
	for i := 0; i < 10; i++ {
		c := upper(v[i])
		switch {
		case i < 5 || i == 9:
			if c < 'A' || c > 'Z' {
				return false
			}
		default:
			if !isDigit(c) {
				return false
			}
		}
	}
	return strings.IndexByte("PCHFATBLJG", upper(v[3])) >= 0
}

// cpfValid: a Brazilian CPF is nine digits and two check digits, each eleven minus the weighted
// sum of the digits before it modulo 11 (0 when that is 10 or 11); eleven equal digits are not
// issued.
func cpfValid(d string) bool {
	if len(d) != 11 || !allDigits(d) || strings.Count(d, d[:1]) == 11 {
		return false
	}
	for n := 9; n <= 10; n++ {
		sum := 0
		for i := 0; i < n; i++ {
			sum += int(d[i]-'0') * (n + 1 - i)
		}
		check := 11 - sum%11
		if check >= 10 {
			check = 0
		}
		if int(d[n]-'0') != check {
			return false
		}
	}
	return true
}

// sinValid: a Canadian Social Insurance Number is nine digits that pass Luhn; none begins with 0
// or 8.
func sinValid(d string) bool {
	return len(d) == 9 && allDigits(d) && d[0] != '0' && d[0] != '8' && luhn([]byte(d))
}

// cnResidentIDShape reports a Chinese resident identity number's shape without its check: the
// region's six digits, a birth date (YYYYMMDD, 19xx or 20xx) and four more, the last a digit or X.
func cnResidentIDShape(v string) bool {
	if len(v) != 18 || !allDigits(v[:17]) || v[0] == '0' || !isDigit(v[17]) && v[17] != 'X' && v[17] != 'x' || v[6:8] != "19" && v[6:8] != "20" {
		return false
	}
	mm, dd := int(v[10]-'0')*10+int(v[11]-'0'), int(v[12]-'0')*10+int(v[13]-'0')
	return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31
}

// innValid: a Russian taxpayer number (ИНН) is ten digits, an organisation's, with a check digit
// last, or twelve, a person's, with two: each the weighted sum of the digits before it modulo 11,
// then modulo 10.
func innValid(v string) bool {
	if !allDigits(v) {
		return false
	}
	switch len(v) {
	case 10:
		return weighted(v, 2, 4, 10, 3, 5, 9, 4, 6, 8)%11%10 == int(v[9]-'0')
	case 12:
		return weighted(v, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)%11%10 == int(v[10]-'0') && weighted(v, 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)%11%10 == int(v[11]-'0')
	}
	return false
}

// snilsValid: a Russian pension insurance number (СНИЛС) is nine digits and two of a check: the
// digits weighted 9 down to 1, summed, modulo 101, 100 written 00.
func snilsValid(v string) bool {
	if len(v) != 11 || !allDigits(v) {
		return false
	}
	sum := weighted(v, 9, 8, 7, 6, 5, 4, 3, 2, 1) % 101
	if sum == 100 {
		sum = 0
	}
	return sum == atoi(v[9:])
}

// roCNPValid: a Romanian personal numeric code (CNP) is thirteen digits, the last the weighted sum
// of the others (weights 279146358279) modulo 11, 10 written 1.
func roCNPValid(v string) bool {
	if len(v) != 13 || !allDigits(v) || v[0] == '0' {
		return false
	}
	c := weighted(v, 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9) % 11
	if c == 10 {
		c = 1
	}
	return c == int(v[12]-'0')
}

// hrOIBValid: a Croatian personal identification number (OIB) is eleven digits, the last an ISO
// 7064 MOD 11,10 check of the others.
func hrOIBValid(v string) bool {
	if len(v) != 11 || !allDigits(v) {
		return false
	}
	a := 10
	for i := 0; i < 10; i++ {
		a = (a + int(v[i]-'0')) % 10
		if a == 0 {
			a = 10
		}
		a = a * 2 % 11
	}
	c := 11 - a
	if c == 10 {
		c = 0
	}
	return c == int(v[10]-'0')
}

// bgEGNValid: a Bulgarian unified civil number (ЕГН) is ten digits, a birth date first and the
// last the weighted sum of the others (weights 2 4 8 5 10 9 7 3 6) modulo 11, 10 written 0.
func bgEGNValid(v string) bool {
	if len(v) != 10 || !allDigits(v) {
		return false
	}
	return weighted(v, 2, 4, 8, 5, 10, 9, 7, 3, 6)%11%10 == int(v[9]-'0')
}

// cbuValid: Argentina's uniform bank code (CBU, and a fintech's CVU) is 22 digits: the bank's
// three and the branch's four and a check (weights 7 1 3 9 7 1 3), then the account's thirteen and
// a check (weights 3 9 7 1 3 9 7 1 3 9 7 1 3), each ten less the sum modulo 10, modulo 10.
func cbuValid(v string) bool {
	if len(v) != 22 || !allDigits(v) {
		return false
	}
	c1 := (10 - weighted(v, 7, 1, 3, 9, 7, 1, 3)%10) % 10
	c2 := (10 - weighted(v[8:], 3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3)%10) % 10
	return c1 == int(v[7]-'0') && c2 == int(v[21]-'0')
}

// jmbgValid: the unique master citizen number of the former Yugoslavia (JMBG in Serbia, Bosnia,
// Montenegro and North Macedonia, EMŠO in Slovenia) is thirteen digits, the birth date as DDMMYYY,
// the region's two, a serial of three and a check: 11 less the sum of the first twelve weighted
// 7 6 5 4 3 2 7 6 5 4 3 2 modulo 11 (11 written 0; 10 never issued).
func jmbgValid(v string) bool {
	if len(v) != 13 || !allDigits(v) {
		return false
	}
	dd, mm := atoi(v[0:2]), atoi(v[2:4])
	if dd < 1 || dd > 31 || mm < 1 || mm > 12 {
		return false
	}
	c := 11 - weighted(v, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)%11
	if c == 11 {
		c = 0
	}
	return c < 10 && c == int(v[12]-'0')
}

// lvPersonalCodeValid: a Latvian personal code (personas kods) is eleven digits, written
// DDMMYY-CNNNN: the birth date, the century, a serial and a check, (1101 less the first ten
// weighted 1 6 3 7 9 10 5 8 4 2) modulo 11; since 2017 new codes open with 32 and carry no date
// or check.
func lvPersonalCodeValid(v string) bool {
	if len(v) != 11 || !allDigits(v) {
		return false
	}
	if v[:2] == "32" {
		return true
	}
	dd, mm := atoi(v[0:2]), atoi(v[2:4])
	if dd < 1 || dd > 31 || mm < 1 || mm > 12 || v[6] > '2' {
		return false
	}
	return (1101-weighted(v, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))%11 == int(v[10]-'0')
}

// tajValid: a Hungarian social security number (TAJ szám) is nine digits, the last the first
// eight weighted 3 and 7 in turn, modulo 10.
func tajValid(v string) bool {
	return len(v) == 9 && allDigits(v) && weighted(v, 3, 7, 3, 7, 3, 7, 3, 7)%10 == int(v[8]-'0')
}

// huTaxIDValid: a Hungarian tax identification number (adóazonosító jel) is ten digits, 8 first,
// the last the first nine weighted 1 to 9 modulo 11.
func huTaxIDValid(v string) bool {
	return len(v) == 10 && allDigits(v) && v[0] == '8' && weighted(v, 1, 2, 3, 4, 5, 6, 7, 8, 9)%11 == int(v[9]-'0')
}

// uaRNOKPPValid: a Ukrainian taxpayer's registration number (РНОКПП, formerly ІПН) is ten digits,
// the first five the days since 31 December 1899, the last the first nine weighted -1 5 7 9 4 6
// 10 5 7, modulo 11, modulo 10.
func uaRNOKPPValid(v string) bool {
	if len(v) != 10 || !allDigits(v) {
		return false
	}
	c := weighted(v, -1, 5, 7, 9, 4, 6, 10, 5, 7) % 11
	if c < 0 {
		c += 11
	}
	return c%10 == int(v[9]-'0')
}

// fiscalCodeShape reports an Italian codice fiscale's shape whatever its check letter: six
// letters of the names, then the birth's year, month letter, day and town as digits or the
// letters that stand for them in a duplicate's code, and a letter last.
func fiscalCodeShape(v string) bool {
	if len(v) != 16 {
		return false
	}
	for i := 0; i < 16; i++ {
		c := v[i] | 0x20
		if (i < 6 || i == 8 || i == 11 || i == 15) && (c < 'a' || c > 'z') || !isDigit(v[i]) && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// cnResidentIDValid: a Chinese resident identity number (GB 11643-1999) is 17 digits, a region
// code, a birth date and a sequence, then a check character: the digits weighted 7, 9, 10, 5, 8,
// 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, summed modulo 11, index "10X98765432".
func cnResidentIDValid(v string) bool {
	if len(v) != 18 || !allDigits(v[:17]) || v[0] == '0' {
		return false
	}
	weights := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(v[i]-'0') * w
	}
	month, day := atoi(v[10:12]), atoi(v[12:14])
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 && upper(v[17]) == "10X98765432"[sum%11]
}

// curpValid: a Mexican CURP is four letters, a birth date (YYMMDD), H or M, two letters of the
// state, three consonants, a digit or letter that tells the century, and a check digit: the
// first seventeen characters valued by their place in "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
// (Ñ never occurs in a CURP written in ASCII), weighted 18 down to 2, summed; ten minus the
// sum's last digit, modulo 10.
func curpValid(v string) bool {
	sum, ok := curpParts(v)
	return ok && int(v[17]-'0') == (10-sum%10)%10
}

// curpShape reports a CURP's shape and birth date whatever its check digit: a typo's or a
// form's sample, still a person's after its word (stop 48).
func curpShape(v string) bool {
	_, ok := curpParts(v)
	return ok
}

// curpParts reads a CURP's characters: whether each is of its kind and the birth date plausible,
// and the weighted sum of the first seventeen that its check digit completes.
func curpParts(v string) (int, bool) {
	const alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ" // & stands in for Ñ
	if len(v) != 18 {
		return 0, false
	}
	sum := 0
	for i := 0; i < 18; i++ {
		c := upper(v[i])
		switch {
		case i < 4 || i >= 11 && i < 16:
			if c < 'A' || c > 'Z' {
				return 0, false
			}
		case i < 10 || i == 17:
			if !isDigit(c) {
				return 0, false
			}
		case i == 10:
			if c != 'H' && c != 'M' && c != 'X' {
				return 0, false
			}
		case i == 16:
			if !isDigit(c) && (c < 'A' || c > 'Z') {
				return 0, false
			}
		}
		if i < 17 {
			sum += strings.IndexByte(alphabet, c) * (18 - i)
		}
	}
	month, day := atoi(v[6:8]), atoi(v[8:10])
	return sum, month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// nricValid: a Singapore NRIC or FIN is S, T, F or G, seven digits and a check letter: the digits
// weighted 2, 7, 6, 5, 4, 3, 2 (plus 4 for T and G, issued from 2000), modulo 11, index
// "JZIHGFEDCBA" for citizens and residents (S, T) and "XWUTRQPNMLK" for foreigners (F, G).
func nricValid(v string) bool {
	if len(v) != 9 || !allDigits(v[1:8]) {
		return false
	}
	prefix := upper(v[0])
	weights := [7]int{2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i, w := range weights {
		sum += int(v[1+i]-'0') * w
	}
	var table string
	switch prefix {
	case 'S':
		table = "JZIHGFEDCBA"
	case 'T':
		table, sum = "JZIHGFEDCBA", sum+4
	case 'F':
		table = "XWUTRQPNMLK"
	case 'G':
		table, sum = "XWUTRQPNMLK", sum+4
	default:
		return false
	}
	return upper(v[8]) == table[sum%11]
}

// tfnValid: an Australian Tax File Number is nine digits whose sum weighted 1, 4, 3, 7, 5, 8, 6,
// 9, 10 is a multiple of 11.
func tfnValid(d string) bool {
	if len(d) != 9 || !allDigits(d) {
		return false
	}
	weights := [9]int{1, 4, 3, 7, 5, 8, 6, 9, 10}
	sum := 0
	for i, w := range weights {
		sum += int(d[i]-'0') * w
	}
	return sum%11 == 0
}

// gs1Valid checks a GS1 number's check digit, its last: the digits before it weighted 3 and 1 in
// turn from the right, and the complement to ten of their sum modulo 10 (an EAN-13, a GTIN-14, an
// energy connection's EAN-18).
func gs1Valid[T string | []byte](d T) bool {
	if len(d) < 2 {
		return false
	}
	sum := 0
	for k := len(d) - 2; k >= 0; k-- {
		w := 1
		if (len(d)-2-k)%2 == 0 {
			w = 3
		}
		sum += int(d[k]-'0') * w
	}
	return (10-sum%10)%10 == int(d[len(d)-1]-'0')
}

// notYearFirstDate refuses eight digits that read as a date with the year first (a release's
// 2023.10.01 after "RG"), which an identity number is not taken for.
func notYearFirstDate(d string) bool {
	if len(d) != 8 {
		return true
	}
	y, m, day := atoi(d[:4]), atoi(d[4:6]), atoi(d[6:])
	return !(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && day >= 1 && day <= 31)
}

// ptNIFValid checks Portugal's taxpayer number: nine digits, the first of a kind a person or a
// company holds, and a check digit, eleven less the weighted sum (9 to 2) of the eight before it
// modulo 11, 0 for 10 and 11.
func ptNIFValid(d string) bool {
	if len(d) != 9 || !allDigits(d) || !strings.ContainsRune("1235689", rune(d[0])) {
		return false
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d[i]-'0') * (9 - i)
	}
	check := 11 - sum%11
	if check >= 10 {
		check = 0
	}
	return int(d[8]-'0') == check
}

// nussValid checks Spain's social security number: a province (01 to 53, or 66), a number of
// eight digits and two check digits, the province and the number (as one, or the number plus
// the province times ten million when the number is under ten million) modulo 97.
func nussValid(d string) bool {
	if len(d) != 12 || !allDigits(d) {
		return false
	}
	prov, num, check := atoi(d[:2]), atoi(d[2:10]), atoi(d[10:])
	if prov < 1 || prov > 53 && prov != 66 {
		return false
	}
	n := prov*100000000 + num
	if num < 10000000 {
		n = num + prov*10000000
	}
	return n%97 == check
}

// cinShape reports New York Medicaid's client number (two letters, five digits, a letter) or
// Morocco's identity card number (one or two letters and five or six digits).
func cinShape(v string) bool {
	l := 0
	for l < len(v) && isUpper(v[l]) {
		l++
	}
	d := l
	for d < len(v) && isDigit(v[d]) {
		d++
	}
	switch {
	case l == 2 && d-l == 5 && d+1 == len(v) && isUpper(v[d]):
		return true // AB12345C
	case (l == 1 || l == 2) && (d-l == 5 || d-l == 6) && d == len(v):
		return true // BE123456
	}
	return false
}
