package redact

import "strings"

// Identity and tax numbers of Latin America, Turkey and Hong Kong, each with the check its
// issuer defines, found after the words for them (cues.go), as the other national numbers are.

// Types of these identifiers.
const (
	CLRUT  = "CL_RUT"  // Chile's RUT/RUN: 12.345.678-5
	ARCUIT = "AR_CUIT" // Argentina's CUIT and CUIL: 20-12345678-6
	MXRFC  = "MX_RFC"  // Mexico's RFC: GODE561231GR8
	TRTCKN = "TR_TCKN" // Turkey's T.C. Kimlik No: 10000000146
	HKHKID = "HK_HKID" // Hong Kong's identity card number: A123456(3)
	BRCNPJ = "BR_CNPJ" // Brazil's company number, a sole trader's too: 11.222.333/0001-81
)

// cnpjValid checks a Brazilian CNPJ: fourteen digits, not all the same, and two mod-11 check
// digits over weights 5 to 2 and 9 to 2 (then 6 to 2 and 9 to 2).
func cnpjValid(d string) bool {
	if len(d) != 14 || !allDigits(d) || strings.Count(d, d[:1]) == 14 {
		return false
	}
	weights := []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	for n := 12; n <= 13; n++ {
		sum := 0
		for i := 0; i < n; i++ {
			sum += int(d[i]-'0') * weights[13-n+i]
		}
		check := 0
		if sum%11 >= 2 {
			check = 11 - sum%11
		}
		if int(d[n]-'0') != check {
			return false
		}
	}
	return true
}

// rutValid checks a Chilean RUT or RUN: seven or eight digits and a mod-11 check character
// (0-9 or K) over weights 2 to 7 from the right.
func rutValid(v string) bool {
	if len(v) < 8 || len(v) > 9 || !allDigits(v[:len(v)-1]) {
		return false
	}
	sum, w := 0, 2
	for i := len(v) - 2; i >= 0; i-- {
		sum += int(v[i]-'0') * w
		if w++; w > 7 {
			w = 2
		}
	}
	var want byte
	switch r := 11 - sum%11; r {
	case 11:
		want = '0'
	case 10:
		want = 'K'
	default:
		want = byte('0' + r)
	}
	return v[len(v)-1]|0x20 == want|0x20
}

// cuitValid checks an Argentine CUIT or CUIL: eleven digits, a prefix for a person (20, 23, 24,
// 25, 26, 27) or a company (30, 33, 34), and a mod-11 check digit over weights 5432765432.
func cuitValid(d string) bool {
	if len(d) != 11 || !allDigits(d) {
		return false
	}
	switch d[:2] {
	case "20", "23", "24", "25", "26", "27", "30", "33", "34":
	default:
		return false
	}
	check := mod11Check(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
	return check < 10 && check == int(d[10]-'0')
}

// rfcAlphabet gives each character of an RFC its value in the check digit's sum.
const rfcAlphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"

// rfcValid checks a Mexican RFC: four letters for a person (three for a company), a date
// YYMMDD, two characters and a mod-11 check character (0-9 or A).
func rfcValid(v string) bool {
	v = strings.ToUpper(v)
	letters := len(v) - 9
	if letters != 3 && letters != 4 {
		return false
	}
	for i := 0; i < letters; i++ {
		if !isUpper(v[i]) && v[i] != '&' {
			return false
		}
	}
	date := v[letters : letters+6]
	if !allDigits(date) || atoi(date[2:4]) < 1 || atoi(date[2:4]) > 12 || !validDayOfMonth(atoi(date[4:6])) {
		return false
	}
	if letters == 3 {
		v = " " + v
	}
	sum := 0
	for i := 0; i < 12; i++ {
		k := strings.IndexByte(rfcAlphabet, v[i])
		if k < 0 {
			return false
		}
		sum += k * (13 - i)
	}
	var want byte
	switch r := sum % 11; {
	case r == 0:
		want = '0'
	case 11-r == 10:
		want = 'A'
	default:
		want = byte('0' + 11 - r)
	}
	return v[12] == want
}

// tcknValid checks a Turkish T.C. Kimlik No: eleven digits, the first not 0, the tenth from
// the odd and even places' sums, the eleventh the sum of the first ten, both mod 10.
func tcknValid(d string) bool {
	if len(d) != 11 || !allDigits(d) || d[0] == '0' {
		return false
	}
	odd, even, all := 0, 0, 0
	for i := 0; i < 9; i++ {
		if i%2 == 0 {
			odd += int(d[i] - '0')
		} else {
			even += int(d[i] - '0')
		}
	}
	if ((odd*7-even)%10+10)%10 != int(d[9]-'0') {
		return false
	}
	for i := 0; i < 10; i++ {
		all += int(d[i] - '0')
	}
	return all%10 == int(d[10]-'0')
}

// hkidAt reads a Hong Kong identity card number at s[i]: one or two capitals, six digits, and
// its check character (0-9 or A), bracketed or not: A123456(3), AB9876543. It returns the end
// and the characters without the brackets.
func hkidAt(s string, i int) (int, string, bool) {
	j := i
	for j < len(s) && isUpper(s[j]) && j-i < 2 {
		j++
	}
	if j == i || j+6 >= len(s) || !allDigits(s[j:j+6]) {
		return 0, "", false
	}
	body, k := s[i:j+6], j+6
	var check byte
	switch {
	case k+2 < len(s) && s[k] == '(' && s[k+2] == ')':
		check, k = s[k+1], k+3
	default:
		check, k = s[k], k+1
	}
	if !isDigit(check) && check != 'A' || k < len(s) && isAlnum(s[k]) {
		return 0, "", false
	}
	return k, body + string(check), true
}

// hkidValid checks a Hong Kong identity card number: its letters (a space before a single one)
// and digits, weighted 9 to 2, and a mod-11 check character (A for 10).
func hkidValid(v string) bool {
	if len(v) == 8 {
		v = " " + v
	}
	if len(v) != 9 {
		return false
	}
	sum := 0
	for i := 0; i < 8; i++ {
		var x int
		switch c := v[i]; {
		case c == ' ':
			x = 36
		case isUpper(c):
			x = int(c-'A') + 10
		default:
			x = int(c - '0')
		}
		sum += x * (9 - i)
	}
	var want byte
	switch r := (11 - sum%11) % 11; r {
	case 10:
		want = 'A'
	default:
		want = byte('0' + r)
	}
	return v[8] == want
}
