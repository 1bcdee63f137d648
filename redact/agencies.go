package redact

import "strings"

// Agencies' numbers (stop 41): what the health systems, tax offices and benefit agencies of
// Australia, New Zealand, Canada, the UK and India give a person, each checked by its scheme's
// routine where it has one, and places written as codes (plus codes, what3words, geohashes).
const (
	AUMedicare     = "AU_MEDICARE"
	AUIHI          = "AU_IHI"
	AUABN          = "AU_ABN"
	AUACN          = "AU_ACN"
	NZNHI          = "NZ_NHI"
	NZIRD          = "NZ_IRD"
	CAHealthNumber = "CA_HEALTH_NUMBER"
	UKUTR          = "UK_UTR"
	INVoter        = "IN_VOTER"
	INGSTIN        = "IN_GSTIN"
	INABHA         = "IN_ABHA"
	ZAID           = "ZA_ID"
	MYNRIC         = "MY_NRIC"
	ILID           = "IL_ID"
)

// weighted is the sum of d's digits times weights, from d's first.
func weighted(d string, weights ...int) int {
	sum := 0
	for i, w := range weights {
		sum += int(d[i]-'0') * w
	}
	return sum
}

// medicareValid: an Australian Medicare card number is eight digits (the first 2 to 6), a check
// digit (the eight weighted 1, 3, 7, 9, 1, 3, 7, 9, modulo 10) and the card's issue number; the
// holder's number on the card (IRN, 1 to 9) may follow as an eleventh.
func medicareValid(d string) bool {
	if len(d) != 10 && len(d) != 11 || !allDigits(d) || d[0] < '2' || d[0] > '6' || len(d) == 11 && d[10] == '0' {
		return false
	}
	return weighted(d, 1, 3, 7, 9, 1, 3, 7, 9)%10 == int(d[8]-'0')
}

// healthIdentifierValid: Australia's healthcare identifiers are sixteen digits under ISO 7812
// (Luhn), an individual's (IHI) opening 800360, a practitioner's (HPI-I) 800361.
func healthIdentifierValid(d, prefix string) bool {
	return len(d) == 16 && strings.HasPrefix(d, prefix) && allDigits(d) && luhn([]byte(d))
}

func ihiValid(d string) bool  { return healthIdentifierValid(d, "800360") }
func hpiiValid(d string) bool { return healthIdentifierValid(d, "800361") }

// abnValid: an Australian Business Number is eleven digits; with one taken from the first, the
// digits weighted 10, 1, 3, 5, … 19 sum to a multiple of 89.
func abnValid(d string) bool {
	if len(d) != 11 || !allDigits(d) || d[0] == '0' {
		return false
	}
	return (weighted(d, 10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)-10)%89 == 0
}

// acnValid: an Australian Company Number is nine digits, the last the complement to ten of the
// first eight weighted 8 down to 1, modulo 10.
func acnValid(d string) bool {
	if len(d) != 9 || !allDigits(d) {
		return false
	}
	return (10-weighted(d, 8, 7, 6, 5, 4, 3, 2, 1)%10)%10 == int(d[8]-'0')
}

// nhiLetter is a letter's value in New Zealand's NHI alphabet (A 1 to Z 24, I and O left out),
// or 0.
func nhiLetter(c byte) int {
	c = upper(c)
	switch {
	case c < 'A' || c > 'Z' || c == 'I' || c == 'O':
		return 0
	case c > 'O':
		return int(c-'A') - 1
	case c > 'I':
		return int(c - 'A')
	}
	return int(c-'A') + 1
}

// nhiValid: a New Zealand National Health Index number is three letters and four digits, the last
// 11 less the first six's values weighted 7 down to 2, modulo 11 (0 never; 10 written 0); or, since
// 2022, three letters, two digits and two letters, the last 23 less that sum modulo 23 (HISO
// 10046). Either case.
func nhiValid(v string) bool {
	if len(v) != 7 || nhiLetter(v[0]) == 0 || nhiLetter(v[1]) == 0 || nhiLetter(v[2]) == 0 || !isDigit(v[3]) || !isDigit(v[4]) {
		return false
	}
	sum := nhiLetter(v[0])*7 + nhiLetter(v[1])*6 + nhiLetter(v[2])*5 + int(v[3]-'0')*4 + int(v[4]-'0')*3
	if isDigit(v[5]) && isDigit(v[6]) {
		sum += int(v[5]-'0') * 2
		return sum%11 != 0 && (11-sum%11)%10 == int(v[6]-'0')
	}
	if nhiLetter(v[5]) == 0 || nhiLetter(v[6]) == 0 {
		return false
	}
	sum += nhiLetter(v[5]) * 2
	return sum%23 != 0 && 23-sum%23 == nhiLetter(v[6])
}

// irdValid: a New Zealand IRD number is eight or nine digits between 10,000,000 and 150,000,000,
// the last a mod-11 check over the others (padded to eight) weighted 3, 2, 7, 6, 5, 4, 3, 2, or
// 7, 4, 3, 2, 5, 2, 7, 6 where the first weights give 10.
func irdValid(d string) bool {
	if len(d) == 8 {
		d = "0" + d
	}
	if len(d) != 9 || !allDigits(d) || d < "010000000" || d >= "150000000" {
		return false
	}
	c := (11 - weighted(d, 3, 2, 7, 6, 5, 4, 3, 2)%11) % 11
	if c == 10 {
		c = (11 - weighted(d, 7, 4, 3, 2, 5, 2, 7, 6)%11) % 11
	}
	return c != 10 && c == int(d[8]-'0')
}

// ohipValid: Ontario's health number is ten digits under Luhn, its card's version code (one or
// two letters) after it.
func ohipValid(v string) bool {
	d := strings.TrimRightFunc(v, func(r rune) bool { return r < 0x80 && isLetter(byte(r)) })
	return len(d) == 10 && len(v)-len(d) <= 2 && allDigits(d) && d[0] != '0' && luhn([]byte(d))
}

// phnValid: British Columbia's personal health number is ten digits opening with 9, the last 11
// less the second to ninth weighted 2, 4, 8, 5, 10, 9, 7, 3, modulo 11.
func phnValid(d string) bool {
	if len(d) != 10 || d[0] != '9' || !allDigits(d) {
		return false
	}
	return 11-weighted(d[1:], 2, 4, 8, 5, 10, 9, 7, 3)%11 == int(d[9]-'0')
}

// ramqValid: Quebec's health insurance number is the holder's three letters of family name and one
// of given name, their birth date as YYMMDD (the month plus 50 for a woman) and two digits.
func ramqValid(v string) bool {
	if len(v) != 12 || !isLetter(v[0]) || !isLetter(v[1]) || !isLetter(v[2]) || !isLetter(v[3]) || !allDigits(v[4:]) {
		return false
	}
	m := int(v[6]-'0')*10 + int(v[7]-'0')
	day := int(v[8]-'0')*10 + int(v[9]-'0')
	return (m >= 1 && m <= 12 || m >= 51 && m <= 62) && day >= 1 && day <= 31
}

// caHealthValid: a Canadian province's health number, after words that do not say which.
func caHealthValid(v string) bool { return ohipValid(v) || phnValid(v) || ramqValid(v) }

// utrValid: a UK Unique Taxpayer Reference is ten digits (HMRC's online services write a K after
// them), the first a check over the other nine weighted 6, 7, 8, 9, 10, 5, 4, 3, 2, modulo 11,
// read from "21987654321".
func utrValid(v string) bool {
	d := strings.TrimSuffix(strings.TrimSuffix(v, "K"), "k")
	if len(d) != 10 || !allDigits(d) {
		return false
	}
	return "21987654321"[weighted(d[1:], 6, 7, 8, 9, 10, 5, 4, 3, 2)%11] == d[0]
}

// chiValid: Scotland's Community Health Index number is the holder's birth date (DDMMYY), three
// digits and the NHS number's mod-11 check digit.
func chiValid(d string) bool {
	if !nhsValid(d) {
		return false
	}
	day, m := int(d[0]-'0')*10+int(d[1]-'0'), int(d[2]-'0')*10+int(d[3]-'0')
	return day >= 1 && day <= 31 && m >= 1 && m <= 12
}

// epicValid: an Indian voter's photo identity card (EPIC) number is three letters and seven digits,
// the last a Luhn check over the seven.
func epicValid(v string) bool {
	return len(v) == 10 && isLetter(v[0]) && isLetter(v[1]) && isLetter(v[2]) && allDigits(v[3:]) && luhn([]byte(v[3:]))
}

// gstinValid: an Indian GST identification number is a state's two digits (01 to 38, 97 or 99), the
// holder's PAN, an entity's digit or letter (not 0), Z and a check character: Luhn over the
// alphabet of digits and capitals (mod 36).
func gstinValid(v string) bool {
	if len(v) != 15 || !isDigit(v[0]) || !isDigit(v[1]) || upper(v[13]) != 'Z' || v[12] == '0' || !isAlnum(v[12]) || !isAlnum(v[14]) {
		return false
	}
	if st := int(v[0]-'0')*10 + int(v[1]-'0'); (st < 1 || st > 38) && st != 97 && st != 99 {
		return false
	}
	if !indiaPANValid(v[2:12]) {
		return false
	}
	sum := 0
	for i := 0; i < 15; i++ {
		c := upper(v[14-i])
		var n int
		if isDigit(c) {
			n = int(c - '0')
		} else {
			n = int(c-'A') + 10
		}
		if i%2 == 1 {
			n *= 2
			n = n/36 + n%36
		}
		sum += n
	}
	return sum%36 == 0
}

// hicnValid: a US Health Insurance Claim Number, Medicare's before the MBI, is the wage earner's
// SSN and a beneficiary code: a letter, or a letter and a digit or letter (A, B1, HA).
func hicnValid(v string) bool {
	if len(v) != 10 && len(v) != 11 || !allDigits(v[:9]) || !isLetter(v[9]) || len(v) == 11 && !isAlnum(v[10]) {
		return false
	}
	return validSSN([]byte(v[:9]))
}

// crnValid: a Centrelink Customer Reference Number is nine digits and a letter.
func crnValid(v string) bool { return len(v) == 10 && allDigits(v[:9]) && isLetter(v[9]) }

// dvaValid: a Department of Veterans' Affairs file number is a state's letter (N, V, Q, W, S or T),
// one to three letters of the war or service, digits and a segment's letter perhaps (NX901533,
// QSS12345A).
func dvaValid(v string) bool {
	if len(v) < 6 || !strings.ContainsRune("NVQWSTnvqwst", rune(v[0])) {
		return false
	}
	i := 1
	for i < len(v) && i <= 3 && isLetter(v[i]) {
		i++
	}
	j := i
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	return i > 1 && j-i >= 4 && j-i <= 6 && (j == len(v) || j == len(v)-1 && isLetter(v[j]))
}

// nmcPinValid: a UK Nursing and Midwifery Council PIN: two digits, a letter, four digits and a
// letter (12A3456E).
func nmcPinValid(v string) bool {
	return len(v) == 8 && isDigit(v[0]) && isDigit(v[1]) && isLetter(v[2]) && allDigits(v[3:7]) && isLetter(v[7])
}

// ahpraValid: an Australian practitioner's registration number: the profession's three letters
// and ten digits (MED0001234567).
func ahpraValid(v string) bool {
	return len(v) == 13 && isLetter(v[0]) && isLetter(v[1]) && isLetter(v[2]) && allDigits(v[3:])
}

// geohashValid: a geohash of six to twelve characters of its alphabet (digits and lower-case
// letters but a, i, l and o), digits and letters both.
func geohashValid(v string) bool {
	if len(v) < 6 || len(v) > 12 {
		return false
	}
	letters, digits := false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			digits = true
		case c >= 'b' && c <= 'z' && c != 'i' && c != 'l' && c != 'o':
			letters = true
		default:
			return false
		}
	}
	return letters && digits
}

// olcIndex is a character's value in the Open Location Code alphabet, in capitals as codes are
// written, or -1.
func olcIndex(c byte) int { return strings.IndexByte("23456789CFGHJMPQRVWX", c) }

// plusCode reads an Open Location Code whose '+' is at s[j], from the word s[i:j] before it:
// eight characters of its alphabet in capitals (the first two a latitude's and a longitude's in
// range, a letter among them), or four of a code shortened against a town, then two or three
// after the '+' to a word's end. A shortened code must hold a digit and a letter and name its
// town after it, or follow its words
// (short): "Q2PF+6W Sydney". It returns where the code ends.
func plusCode(s string, i, j int, short bool) int {
	if j-i != 8 && j-i != 4 || j >= len(s) || s[j] != '+' {
		return 0
	}
	digit, letter := false, false
	for k := i; k < j; k++ {
		if olcIndex(s[k]) < 0 {
			return 0
		}
		digit, letter = digit || isDigit(s[k]), letter || !isDigit(s[k])
	}
	e := j + 1
	for e < len(s) && e-j <= 4 && olcIndex(s[e]) >= 0 {
		e++
	}
	if e-j-1 < 2 || e-j-1 > 3 || e < len(s) && (isAlnum(s[e]) || s[e] >= 0x80) {
		return 0
	}
	if j-i == 8 {
		if olcIndex(s[i]) > 8 || olcIndex(s[i+1]) > 17 || !letter {
			return 0 // a code holds a letter: Go's "%b" writes a float as 9983778p+25
		}
		return e
	}
	if !short && !(digit && letter && e+1 < len(s) && (s[e] == ' ' || s[e] == ',') && isUpper(s[e+1])) {
		return 0
	}
	return e
}

// plusCodeAt reads a plus code, whole or shortened, at s[i] after its words ("plus code 6FF8+79").
func plusCodeAt(s string, i int) int {
	j := i
	for j < len(s) && j-i < 9 && olcIndex(s[j]) >= 0 {
		j++
	}
	return plusCode(s, i, j, true)
}

// threeWords reads a what3words address at s[i]: three words of lower-case letters joined by
// dots ("filled.count.soap"), ending a word. It returns where it ends.
func threeWords(s string, i int) int {
	k := i
	for w := 0; w < 3; w++ {
		a := k
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 0x80 && s[k] != 0xe2) {
			k++
		}
		if k == a || w < 2 && (k >= len(s) || s[k] != '.') {
			return 0
		}
		if w < 2 {
			k++
		}
	}
	if k < len(s) && (isAlnum(s[k]) || s[k] == '.' && k+1 < len(s) && isAlnum(s[k+1]) || s[k] == '/' || s[k] == '_' || s[k] == '-') {
		return 0
	}
	return k
}

// slashedWords reads a what3words address written after its three slashes at s[i] ("///filled.
// count.soap"), which no file URL's path is ("file:///etc/hosts").
func slashedWords(s string, i int) (Finding, bool) {
	if i < 3 || s[i-3] != '/' || s[i-2] != '/' || i > 3 && (s[i-4] == ':' || s[i-4] == '/' || isAlnum(s[i-4])) {
		return Finding{}, false
	}
	if end := threeWords(s, i); end > 0 {
		return Finding{Type: GeoCoordinates, Start: i, End: end, Score: 0.85, Source: SourcePattern}, true
	}
	return Finding{}, false
}

// birthDigits reports a birth date written YYMMDD at the start of d: a month and a day in range.
func birthDigits(d string) bool {
	m, day := int(d[2]-'0')*10+int(d[3]-'0'), int(d[4]-'0')*10+int(d[5]-'0')
	return m >= 1 && m <= 12 && day >= 1 && day <= 31
}

// zaIDValid: a South African identity number is thirteen digits: a birth date (YYMMDD), four
// digits (a woman's below 5000), citizenship (0 a citizen, 1 a permanent resident, 2 a refugee),
// a digit and a Luhn check over all thirteen.
func zaIDValid(d string) bool {
	return len(d) == 13 && allDigits(d) && birthDigits(d) && d[10] <= '2' && luhn([]byte(d))
}

// myPlaces are the places of birth a MyKad's seventh and eighth digits may name: Malaysia's
// states (01-16, 21-59) and the countries and regions abroad (the National Registration
// Department's codes).
var myPlaces = func() (m [100]bool) {
	for _, r := range [][2]int{{1, 16}, {21, 64}, {66, 68}, {71, 72}, {74, 79}, {82, 93}, {98, 99}} {
		for k := r[0]; k <= r[1]; k++ {
			m[k] = true
		}
	}
	return m
}()

// myNRICValid: a Malaysian identity card (MyKad) number is twelve digits: a birth date (YYMMDD),
// a place of birth's code and four digits, the last odd for a man (no check digit).
func myNRICValid(d string) bool {
	return len(d) == 12 && allDigits(d) && birthDigits(d) && myPlaces[int(d[6]-'0')*10+int(d[7]-'0')]
}

// ilIDValid: an Israeli identity number (Teudat Zehut) is nine digits, zeros before shorter ones,
// the last a Luhn check.
func ilIDValid(d string) bool {
	if len(d) < 5 || len(d) > 9 || !allDigits(d) || strings.Trim(d, "0") == "" {
		return false
	}
	var b [9]byte
	copy(b[9-len(d):], d)
	for i := 0; i < 9-len(d); i++ {
		b[i] = '0'
	}
	return luhn(b[:])
}

// providerValid: an Australian Medicare provider number is a six-digit stem, the practice
// location's character and a check character: the stem weighted 3, 5, 8, 4, 2, 1 and the
// location's value times 6, modulo 11, read from "YXWTLKJHFBA".
func providerValid(v string) bool {
	if len(v) != 8 || !allDigits(v[:6]) {
		return false
	}
	plv := strings.IndexByte("0123456789ABCDEFGHJKLMNPQRTUVWXY", upper(v[6]))
	if plv < 0 {
		return false
	}
	return "YXWTLKJHFBA"[(weighted(v, 3, 5, 8, 4, 2, 1)+plv*6)%11] == upper(v[7])
}

// kraPINValid: a Kenyan tax PIN is A (a person) or P (a company), nine digits and a letter.
func kraPINValid(v string) bool {
	return len(v) == 11 && (upper(v[0]) == 'A' || upper(v[0]) == 'P') && allDigits(v[1:10]) && isLetter(v[10])
}

// umidValid: a Philippine UMID card's common reference number, twelve digits, with "CRN" before
// them as the card prints it.
func umidValid(v string) bool {
	if len(v) == 15 && strings.EqualFold(v[:3], "crn") {
		v = v[3:]
	}
	return len(v) == 12 && allDigits(v)
}

// ghanaCard reads a Ghana card's number at s[i] ("GHA-123456789-0"): GHA, nine digits and a
// check digit, joined by dashes, ending a word.
func ghanaCard(s string, i int) (Finding, bool) {
	end := i + 15
	if end > len(s) || s[i:i+4] != "GHA-" || !allDigits(s[i+4:i+13]) || s[i+13] != '-' || !isDigit(s[i+14]) || end < len(s) && (isAlnum(s[end]) || s[end] == '-') {
		return Finding{}, false
	}
	return Finding{Type: IDNumber, Start: i, End: end, Score: 0.85, Source: SourcePattern}, true
}

// uscisServiceCentres are the three letters that open a US immigration case's receipt number:
// the service centre or the online system that took the filing.
var uscisServiceCentres = [...]string{"EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC", "TSC", "NSC", "CSC", "VSC"}

// uscisReceipt reads a USCIS receipt number, the word s[i:j] (stop 47): a service centre's three
// capitals and ten digits, the fiscal year's two first ("EAC2190012345", "IOE0912345678"). It
// names one person's case; its words find it too ("receipt number"), but a letter or a note
// writes it bare ("Re: I-485, receipt EAC2190012345").
func uscisReceipt(s string, i, j int) (Finding, bool) {
	if j-i != 13 || !allDigits(s[i+3:j]) || j < len(s) && (s[j] == '-' || s[j] == '_') || i > 0 && (s[i-1] == '-' || s[i-1] == '_') {
		return Finding{}, false
	}
	for _, c := range uscisServiceCentres {
		if s[i:i+3] == c {
			return Finding{Type: IDNumber, Start: i, End: j, Score: 0.8, Source: SourcePattern}, true
		}
	}
	return Finding{}, false
}

// gs1UDI reads a medical device's unique device identifier in GS1's human-readable form at s[i]:
// "(01)" and the device's fourteen-digit GTIN with its check digit, then the production
// identifiers, each an application identifier in brackets and its value: (11) the production
// date, (17) the expiry, (10) the lot, (21) the serial number (00884838045314(17)250101(10)ABC123
// (21)SN12345). The lot and the serial tie it to the device in one patient (HIPAA's device
// identifiers and serial numbers); the whole is masked. At least one production identifier must
// follow the GTIN.
func gs1UDI(s string, i int) (Finding, bool) {
	k := i + 4
	if k+14 > len(s) || !allDigits(s[k:k+14]) || !gs1Valid(s[k:k+14]) {
		return Finding{}, false
	}
	k += 14
	end, n := k, 0
	for k+3 < len(s) && s[k] == '(' {
		a := k + 1
		for a < len(s) && isDigit(s[a]) && a-k <= 4 {
			a++
		}
		if a-k-1 < 2 || a >= len(s) || s[a] != ')' {
			break
		}
		v := a + 1
		for v < len(s) && v-a <= 20 && isAlnum(s[v]) && s[v] < 0x80 {
			v++
		}
		if v == a+1 {
			break
		}
		k, end, n = v, v, n+1
	}
	if n == 0 {
		return Finding{}, false
	}
	return Finding{Type: DeviceID, Start: i, End: end, Score: 0.85, Source: SourcePattern}, true
}

// mpanValid: a UK electricity meter point's MPAN core is thirteen digits (the distributor's two,
// ten, a check digit), the last the first twelve weighted by the primes 3, 5, 7, 13 … 43, modulo
// 11, modulo 10; the supply number's top line may come before it (profile class, meter time
// switch and line loss factor codes, eight digits), whose last thirteen are the core.
func mpanValid(d string) bool {
	if len(d) != 13 && len(d) != 21 || !allDigits(d) {
		return false
	}
	d = d[len(d)-13:]
	return weighted(d, 3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)%11%10 == int(d[12]-'0')
}

// eanConnectionValid: a Dutch or Belgian energy connection's EAN code is eighteen digits under
// GS1's check, 871 or 541 first.
func eanConnectionValid(d string) bool {
	return len(d) == 18 && (strings.HasPrefix(d, "871") || strings.HasPrefix(d, "541")) && allDigits(d) && gs1Valid(d)
}

// uuidShape reports a UUID's 32 hexadecimal digits (its dashes dropped by the reader).
func uuidShape(v string) bool { return len(v) == 32 && allHex(v) }

// upiHandles are the payment service providers' handles after a UPI address's '@' (a virtual
// payment address names its holder's account: rahul.sharma@okaxis, priya.menon@okhdfcbank).
var upiHandles = foldSet("okhdfcbank okaxis oksbi okicici ybl ibl axl paytm pthdfc ptsbi ptaxis ptyes apl yapl upi icici hdfcbank sbi " +
	"axisbank kotak kmbl yesbank pnb barodampay freecharge airtel jio allbank aubank idfcbank indus federal rbl boi cnrb unionbank " +
	"ikwik waicici wahdfcbank wasbi waaxis naviaxis superyes fam slice jupiteraxis postbank mahb dbs hsbc citi equitas")

// upiAddress reads a UPI address around the '@' at s[at] where no payment word announces it (stop
// 47: "UPI txn 412345678901 to priya.menon@okhdfcbank failed"): a handle of upiHandles after it,
// no domain's dot or word going on, and a holder's name or number before it.
func upiAddress(s string, at int) (Finding, bool) {
	end := at + 1
	for end < len(s) && end-at <= 12 && isLetter(s[end]) && s[end] < 0x80 {
		end++
	}
	if end-at < 3 || !upiHandles.has(s[at+1:end]) || end < len(s) && (isAlnum(s[end]) || s[end] == '.' && end+1 < len(s) && isAlnum(s[end+1]) || s[end] == '-' || s[end] == '_') {
		return Finding{}, false
	}
	start := at
	for start > 0 && at-start <= 64 && (isAlnum(s[start-1]) && s[start-1] < 0x80 || s[start-1] == '.' || s[start-1] == '_' || s[start-1] == '-') {
		start--
	}
	for start < at && (s[start] == '.' || s[start] == '-') {
		start++
	}
	if at-start < 2 || start > 0 && (s[start-1] == '@' || s[start-1] >= 0x80) || start >= 3 && s[start-3:start] == "pa=" {
		return Finding{}, false // (a payment link's payee, "upi://pay?pa=…", its reader's)
	}
	return Finding{Type: Username, Start: start, End: end, Score: 0.8, Source: SourcePattern}, true
}

// abhaAddress reads an Indian ABHA address around its '@' at s[at] anywhere: a handle of three
// or more letters, digits, '.' and '_' and the national health authority's provider, "abdm" (or
// its sandbox's, "sbx"), ending a word ("rahul.sharma@abdm"), which no email reader takes, its
// domain having no dot.
func abhaAddress(s string, at int) (Finding, bool) {
	end := 0
	switch {
	case at+5 <= len(s) && strings.EqualFold(s[at+1:at+5], "abdm"):
		end = at + 5
	case at+4 <= len(s) && strings.EqualFold(s[at+1:at+4], "sbx"):
		end = at + 4
	default:
		return Finding{}, false
	}
	if end < len(s) && (isAlnum(s[end]) || s[end] == '.' && end+1 < len(s) && isAlnum(s[end+1]) || s[end] == '-' || s[end] == '_') {
		return Finding{}, false
	}
	start := at
	for start > 0 && at-start <= 64 && (isAlnum(s[start-1]) && s[start-1] < 0x80 || s[start-1] == '.' || s[start-1] == '_') {
		start--
	}
	for start < at && s[start] == '.' {
		start++
	}
	if at-start < 3 || start > 0 && (s[start-1] == '@' || s[start-1] >= 0x80 || s[start-1] == '-') {
		return Finding{}, false
	}
	return Finding{Type: INABHA, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}
