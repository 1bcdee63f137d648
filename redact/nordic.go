package redact

import "strings"

// The national identity numbers of Poland, the Nordic countries and Belgium, each with the
// check its issuer defines. Each is found after the words for it (cues.go): a bare run of digits
// of the same length is more often something else.

// Types of these identifiers.
const (
	PLPESEL          = "PL_PESEL"
	SEPersonnummer   = "SE_PERSONNUMMER"
	NOFodselsnummer  = "NO_FODSELSNUMMER"
	DKCPR            = "DK_CPR"
	FIHETU           = "FI_HETU"
	BENationalNumber = "BE_NATIONAL_NUMBER"
)

// peselValid checks a Polish PESEL: 11 digits, a date of birth whose month carries the century
// (+20 for the 2000s), and a check digit over weights 1, 3, 7, 9.
func peselValid(d string) bool {
	if len(d) != 11 || !allDigits(d) {
		return false
	}
	weights := [10]int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
	sum := 0
	for i, w := range weights {
		sum += int(d[i]-'0') * w
	}
	if (10-sum%10)%10 != int(d[10]-'0') {
		return false
	}
	month := atoi(d[2:4]) % 20
	return month >= 1 && month <= 12 && validDayOfMonth(atoi(d[4:6]))
}

// personnummerValid checks a Swedish personnummer or samordningsnummer: YYMMDD and four digits
// (ten, or twelve with the century), Luhn over the ten; a samordningsnummer adds 60 to the day.
func personnummerValid(d string) bool {
	if len(d) == 12 {
		d = d[2:]
	}
	if len(d) != 10 || !allDigits(d) {
		return false
	}
	month, day := atoi(d[2:4]), atoi(d[4:6])
	if day > 60 {
		day -= 60
	}
	return month >= 1 && month <= 12 && validDayOfMonth(day) && luhn([]byte(d))
}

// fodselsnummerValid checks a Norwegian fødselsnummer or D-number: DDMMYY, three digits, and
// two mod-11 check digits; a D-number adds 40 to the day.
func fodselsnummerValid(d string) bool {
	if len(d) != 11 || !allDigits(d) {
		return false
	}
	day, month := atoi(d[0:2]), atoi(d[2:4])
	if day > 40 {
		day -= 40
	}
	if month < 1 || month > 12 || !validDayOfMonth(day) {
		return false
	}
	k1 := mod11Check(d, []int{3, 7, 6, 1, 8, 9, 4, 5, 2})
	k2 := mod11Check(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})
	return k1 < 10 && k2 < 10 && k1 == int(d[9]-'0') && k2 == int(d[10]-'0')
}

// cprValid checks a Danish CPR number's date, DDMMYY and four digits: the modulus-11 check was
// given up in 2007, so the date is what there is.
func cprValid(d string) bool {
	if len(d) != 10 || !allDigits(d) {
		return false
	}
	month := atoi(d[2:4])
	return month >= 1 && month <= 12 && validDayOfMonth(atoi(d[0:2]))
}

// hetuValid checks a Finnish henkilötunnus, DDMMYY, a century sign, three digits and a check
// character (the nine digits mod 31, read in 0123456789ABCDEFHJKLMNPRSTUVWXY); the compact value
// has no sign, which readValue drops with the other joiners, so 10 characters come.
func hetuValid(v string) bool {
	if len(v) == 11 && strings.IndexByte("ABCDEFUVWXYabcdefuvwxy", v[6]) >= 0 {
		v = v[:6] + v[7:] // the letter that marks the 2000s (A-F) or the 1900s (U-Y)
	}
	if len(v) != 10 || !allDigits(v[:9]) {
		return false
	}
	month := atoi(v[2:4])
	if month < 1 || month > 12 || !validDayOfMonth(atoi(v[0:2])) {
		return false
	}
	const chars = "0123456789ABCDEFHJKLMNPRSTUVWXY"
	n := 0
	for i := 0; i < 9; i++ {
		n = n*10 + int(v[i]-'0')
	}
	c := v[9]
	if c >= 'a' && c <= 'z' {
		c -= 'a' - 'A'
	}
	return chars[n%31] == c
}

// beNationalValid checks a Belgian national register number: YYMMDD, three digits, and a check
// of 97 less the nine digits mod 97 (with a 2 before them for those born from 2000).
func beNationalValid(d string) bool {
	if len(d) != 11 || !allDigits(d) {
		return false
	}
	body, key := d[:9], atoi(d[9:11])
	return 97-digitsMod97(0, body) == key || 97-digitsMod97(2, body) == key
}

func validDayOfMonth(day int) bool { return day >= 1 && day <= 31 }

// Korea's and Japan's.
const (
	KRRRN      = "KR_RRN"
	JPMyNumber = "JP_MY_NUMBER"
)

// rrnValid checks a Korean resident registration number's shape: YYMMDD, a digit for the
// century and sex (1 to 8), six more. Numbers issued since October 2020 carry no check digit, so
// the date's ranges and that digit are what there is.
func rrnValid(d string) bool {
	if len(d) != 13 || !allDigits(d) {
		return false
	}
	// the word before it vouches for the number: a month or day of 00, as test data and typos
	// write them (960006-2230798), is someone's all the same; a month past 12 or a day past 31 is
	// no date at all
	return atoi(d[2:4]) <= 12 && atoi(d[4:6]) <= 31 && d[6] >= '1' && d[6] <= '8'
}

// myNumberValid checks a Japanese individual number (My Number): twelve digits, the last a check
// digit over the eleven before it with the weights 2 to 7 and 2 to 6 from the right.
func myNumberValid(d string) bool {
	if len(d) != 12 || !allDigits(d) {
		return false
	}
	sum := 0
	for n := 1; n <= 11; n++ {
		q := n + 1
		if n > 6 {
			q = n - 5
		}
		sum += int(d[11-n]-'0') * q
	}
	check := 0
	if r := sum % 11; r > 1 {
		check = 11 - r
	}
	return check == int(d[11]-'0')
}

// clabeValid checks a Mexican CLABE, the standard bank account number: eighteen digits, the last
// a check digit over the seventeen before it with the weights 3, 7, 1.
func clabeValid(d string) bool {
	if len(d) != 18 || !allDigits(d) {
		return false
	}
	weights := [3]int{3, 7, 1}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(d[i]-'0') * weights[i%3] % 10
	}
	return (10-sum%10)%10 == int(d[17]-'0')
}

// plNIPValid checks Poland's taxpayer number (NIP): ten digits whose weighted sum of the first
// nine (6 5 7 2 3 4 5 6 7) modulo 11 is the last, never 10.
func plNIPValid(d string) bool {
	if len(d) != 10 || !allDigits(d) {
		return false
	}
	weights := [9]int{6, 5, 7, 2, 3, 4, 5, 6, 7}
	sum := 0
	for i, w := range weights {
		sum += int(d[i]-'0') * w
	}
	return sum%11 != 10 && sum%11 == int(d[9]-'0')
}
