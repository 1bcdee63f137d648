package redact

import "strings"

// cnicValid: Pakistan's computerised national identity card is thirteen digits (written in 5-7-1
// groups or run together), its first the province's (1 to 7: Khyber Pakhtunkhwa, the former
// tribal areas, Punjab, Sindh, Balochistan, Islamabad, Gilgit-Baltistan). It has no check digit.
func cnicValid(d string) bool {
	return len(d) == 13 && allDigits(d) && d[0] >= '1' && d[0] <= '7'
}

// sriLankaNICValid: Sri Lanka's national identity card is nine digits and V or X (the year's
// last two digits, then the day of the year, 500 more for a woman) or, since 2016, twelve digits
// (the year whole, then the day the same way).
func sriLankaNICValid(v string) bool {
	var day string
	switch {
	case len(v) == 10 && allDigits(v[:9]) && (v[9] == 'V' || v[9] == 'X' || v[9] == 'v' || v[9] == 'x'):
		day = v[2:5]
	case len(v) == 12 && allDigits(v) && (v[:2] == "19" || v[:2] == "20"):
		day = v[4:7]
	default:
		return false
	}
	n := int(day[0]-'0')*100 + int(day[1]-'0')*10 + int(day[2]-'0')
	if n > 500 {
		n -= 500
	}
	return n >= 1 && n <= 366
}

// amkaValid: Greece's social security number (AMKA) is the birth date as DDMMYY and five digits,
// the last a Luhn check over all eleven.
func amkaValid(v string) bool {
	if len(v) != 11 || !allDigits(v) {
		return false
	}
	dd, mm := int(v[0]-'0')*10+int(v[1]-'0'), int(v[2]-'0')*10+int(v[3]-'0')
	return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 && luhn([]byte(v))
}

// birthNumberValid: the Czech and Slovak birth number (rodné číslo) is the birth date as YYMMDD,
// a woman's month 50 more (20 or 70 more since 2004, when a day's numbers ran out), and three
// digits, or, since 1954, four, the ten a multiple of 11 (or the first nine leaving 10 and the
// last 0), written with a slash before the last ones or without.
func birthNumberValid(v string) bool {
	d := strings.ReplaceAll(v, "/", "")
	if len(d) != 9 && len(d) != 10 || !allDigits(d) || len(v) != len(d) && (len(v) != len(d)+1 || v[6] != '/') {
		return false
	}
	mm, dd := int(d[2]-'0')*10+int(d[3]-'0'), int(d[4]-'0')*10+int(d[5]-'0')
	switch {
	case mm > 70:
		mm -= 70
	case mm > 50:
		mm -= 50
	case mm > 20:
		mm -= 20
	}
	if mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return false
	}
	if len(d) == 9 {
		return true
	}
	n := 0
	for i := 0; i < 9; i++ {
		n = (n*10 + int(d[i]-'0')) % 11
	}
	return n == int(d[9]-'0') || n == 10 && d[9] == '0'
}

// nikValid: Indonesia's NIK is sixteen digits, the region's six, the birth date as DDMMYY (a
// woman's day 40 more), and a serial of four, not 0000.
func nikValid(v string) bool {
	if len(v) != 16 || !allDigits(v) || v[12:] == "0000" {
		return false
	}
	dd, mm := int(v[6]-'0')*10+int(v[7]-'0'), int(v[8]-'0')*10+int(v[9]-'0')
	if dd > 40 {
		dd -= 40
	}
	return dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12 && v[0] >= '1'
}

// saudiIDValid: Saudi Arabia's national ID (1 first) and a resident's iqama (2 first) are ten
// digits under Luhn.
func saudiIDValid(v string) bool {
	return len(v) == 10 && allDigits(v) && (v[0] == '1' || v[0] == '2') && luhn([]byte(v))
}

// vnIDValid: Vietnam's citizen identity card (CCCD) is twelve digits, the province's code first
// (001 to 096) and then the century and sex (0 to 3 for the years 1900 to 2099); the old identity
// card (CMND) nine.
func vnIDValid(v string) bool {
	if !allDigits(v) {
		return false
	}
	switch len(v) {
	case 9:
		return true
	case 12:
		p := int(v[0]-'0')*100 + int(v[1]-'0')*10 + int(v[2]-'0')
		return p >= 1 && p <= 96 && v[3] <= '3'
	}
	return false
}

// thaiIDValid: Thailand's identity number is thirteen digits, the last a check: eleven less the
// sum of the first twelve weighted 13 down to 2, modulo 11, modulo 10.
func thaiIDValid(v string) bool {
	if len(v) != 13 || !allDigits(v) || v[0] == '0' || v[0] == '9' {
		return false
	}
	sum := 0
	for i := 0; i < 12; i++ {
		sum += int(v[i]-'0') * (13 - i)
	}
	return (11-sum%11)%10 == int(v[12]-'0')
}

// philsysValid: the Philippines' PhilSys number (PSN) is twelve digits, its card number (PCN)
// sixteen; neither has a published check.
func philsysValid(v string) bool {
	return (len(v) == 12 || len(v) == 16) && allDigits(v)
}

// brpValid: the UK's biometric residence permit number is two letters and seven digits.
func brpValid(v string) bool {
	return len(v) == 9 && isUpper(v[0]) && isUpper(v[1]) && allDigits(v[2:])
}

// kennitalaValid: Iceland's kennitala is ten digits, the birth date as DDMMYY (a company's day 40
// more), two digits, a check digit and the century (9, 0 or 8): the first eight weighted 3, 2, 7,
// 6, 5, 4, 3, 2, and 11 less their sum modulo 11 (0 for 11; 10 is never issued) is the ninth.
func kennitalaValid(v string) bool {
	if len(v) != 10 || !allDigits(v) || v[9] != '9' && v[9] != '0' && v[9] != '8' {
		return false
	}
	dd, mm := int(v[0]-'0')*10+int(v[1]-'0'), int(v[2]-'0')*10+int(v[3]-'0')
	if dd > 40 {
		dd -= 40
	}
	if dd < 1 || dd > 31 || mm < 1 || mm > 12 {
		return false
	}
	sum := 0
	for i, w := range [8]int{3, 2, 7, 6, 5, 4, 3, 2} {
		sum += int(v[i]-'0') * w
	}
	c := 11 - sum%11
	if c == 11 {
		c = 0
	}
	return c < 10 && c == int(v[8]-'0')
}

// balticCodeValid: Lithuania's personal code (asmens kodas) and Estonia's (isikukood) are eleven
// digits: the century and sex (1 to 6), the birth date as YYMMDD, a serial of three, and a check
// digit, the digits' sum weighted 1…9, 1 modulo 11, or weighted 3…9, 1, 2, 3 where that is 10
// (and 0 where both are).
func balticCodeValid(v string) bool {
	if len(v) != 11 || !allDigits(v) || v[0] < '1' || v[0] > '6' {
		return false
	}
	mm, dd := int(v[3]-'0')*10+int(v[4]-'0'), int(v[5]-'0')*10+int(v[6]-'0')
	if mm < 1 || mm > 12 || dd < 1 || dd > 31 {
		return false
	}
	check := func(first int) int {
		s := 0
		for i := range 10 {
			s += int(v[i]-'0') * ((first+i-1)%9 + 1)
		}
		return s % 11
	}
	c := check(1)
	if c == 10 {
		if c = check(3); c == 10 {
			c = 0
		}
	}
	return c == int(v[10]-'0')
}
