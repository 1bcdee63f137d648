package redact

import (
	"github.com/nyaruka/phonenumbers"
)

// group is one run of digits inside a number-like candidate, with the separator that precedes it.
type group struct {
	start, end int
	sep        string // bytes between the previous group and this one ("" for the first)
	paren      bool   // the group is written as (ddd)
}

const maxGroups = 12

// numberCandidates collects the digit groups of a number-like run starting at s[i] and emits the
// identifiers found in it, trying the longest span first from each group. It returns the run's end.
func numberCandidates(s string, i int, dst []Finding) ([]Finding, int) {
	if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '.' || s[i-1] == '-') {
		// inside a word, an identifier or a longer dotted or dashed number: skip the digits
		j := i
		for j < len(s) && (isAlnum(s[j])) {
			j++
		}
		return dst, j
	}
	var gs [maxGroups]group
	n, end, plus := collectGroups(s, i, &gs)
	if n == 0 {
		return dst, end
	}
	if gs[0].end < len(s) && s[gs[0].end] == ':' && !plus {
		if f, ok := ipv6(s, gs[0].start); ok {
			return append(dst, f), f.End
		}
	}
	for a := 0; a < n; {
		matched := false
		for b := min(n-1, a+7); b >= a; b-- {
			if f, ok := classify(s, gs[a:b+1], plus && a == 0, i); ok {
				dst = append(dst, f)
				a, matched = b+1, true
				break
			}
		}
		if !matched {
			a++
		}
	}
	return dst, end
}

// collectGroups reads digit groups from s[i:], joined by short separators. A run that continues
// straight into letters (an identifier such as 123abc) yields no groups.
func collectGroups(s string, i int, gs *[maxGroups]group) (n, end int, plus bool) {
	j := i
	if s[j] == '+' {
		plus = true
		j++
	}
	sepStart := j
	for n < maxGroups {
		paren := false
		k := j
		if k < len(s) && s[k] == '(' {
			paren = true
			k++
		}
		ds := k
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == ds || k-ds > 19 {
			break
		}
		if paren {
			if k >= len(s) || s[k] != ')' {
				break
			}
		}
		if k < len(s) && class[s[k]] == clsLetter {
			if n == 0 {
				for k < len(s) && isAlnum(s[k]) {
					k++
				}
				return 0, k, plus
			}
			break
		}
		sep := ""
		if n > 0 || paren || plus {
			sep = s[sepStart:j]
		}
		gs[n] = group{start: ds, end: k, sep: sep, paren: paren}
		n++
		end = k
		if paren {
			k++
			end = k
		}
		// separator: up to two of space, '-', '.', or a closing paren already consumed
		sepStart = k
		m := k
		for m < len(s) && m-k < 2 && (s[m] == ' ' || s[m] == '-' || s[m] == '.') {
			m++
		}
		if m == k && !paren {
			break
		}
		if m < len(s) && (isDigit(s[m]) || s[m] == '(') {
			j = m
			continue
		}
		break
	}
	if n == 0 {
		return 0, max(j, i+1), plus
	}
	return n, end, plus
}

// classify decides what the groups gs (a contiguous slice of the run) are, if anything.
func classify(s string, gs []group, plus bool, runStart int) (Finding, bool) {
	start, end := gs[0].start, gs[len(gs)-1].end
	if gs[0].paren {
		start--
	}
	if plus {
		start = runStart
	}
	if end < len(s) && isAlnum(s[end]) {
		return Finding{}, false
	}
	var buf [64]byte
	digits := buf[:0]
	for _, g := range gs {
		if len(digits)+g.end-g.start > len(buf) {
			return Finding{}, false
		}
		digits = append(digits, s[g.start:g.end]...)
	}
	mk := func(typ string, score float64) (Finding, bool) {
		return Finding{Type: typ, Start: start, End: end, Score: score, Source: SourcePattern}, true
	}
	if !plus && isIPv4(s, gs) {
		return mk(IPAddress, 0.95)
	}
	if !plus && len(digits) >= 13 && len(digits) <= 19 && sameSeparators(gs, " -") && luhn(digits) && issuer(digits) {
		return mk(CreditCard, 1.0)
	}
	if !plus && len(digits) == 9 && validSSN(digits) {
		switch {
		case len(gs) == 3 && gs[0].end-gs[0].start == 3 && gs[1].end-gs[1].start == 2 && sameSeparators(gs, "- ."):
			return mk(SSN, 0.85)
		case len(gs) == 1:
			return mk(SSN, 0.3)
		}
	}
	if score := phoneScore(s[start:end], gs, digits, plus); score > 0 {
		return mk(Phone, score)
	}
	return Finding{}, false
}

// sameSeparators reports whether every separator between groups is one byte from allowed, the same byte each time.
func sameSeparators(gs []group, allowed string) bool {
	var sep byte
	for _, g := range gs[1:] {
		if len(g.sep) != 1 || g.paren {
			return false
		}
		c := g.sep[0]
		if sep == 0 {
			sep = c
			found := false
			for k := 0; k < len(allowed); k++ {
				found = found || allowed[k] == c
			}
			if !found {
				return false
			}
		} else if c != sep {
			return false
		}
	}
	return true
}

func isIPv4(s string, gs []group) bool {
	if len(gs) != 4 {
		return false
	}
	for k, g := range gs {
		if k > 0 && g.sep != "." || g.paren {
			return false
		}
		d := s[g.start:g.end]
		if len(d) > 3 || len(d) > 1 && d[0] == '0' {
			return false
		}
		v := 0
		for _, c := range []byte(d) {
			v = v*10 + int(c-'0')
		}
		if v > 255 {
			return false
		}
	}
	return true
}

// luhn reports whether the digit string passes the Luhn checksum.
func luhn(digits []byte) bool {
	sum, double := 0, false
	for k := len(digits) - 1; k >= 0; k-- {
		d := int(digits[k] - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// issuer reports whether a card number's prefix and length belong to a known card network.
func issuer(d []byte) bool {
	n := len(d)
	p := func(k int) int { // the first k digits as a number
		v := 0
		for _, c := range d[:k] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	switch {
	case d[0] == '4': // Visa
		return n == 13 || n == 16 || n == 19
	case p(2) >= 51 && p(2) <= 55, p(4) >= 2221 && p(4) <= 2720: // Mastercard
		return n == 16
	case p(2) == 34 || p(2) == 37: // American Express
		return n == 15
	case p(4) == 6011, p(2) == 65, p(3) >= 644 && p(3) <= 649, p(6) >= 622126 && p(6) <= 622925: // Discover
		return n >= 16 && n <= 19
	case p(2) == 36, p(3) >= 300 && p(3) <= 305, p(2) == 38, p(2) == 39, p(4) == 3095: // Diners Club
		return n >= 14 && n <= 19
	case p(4) >= 3528 && p(4) <= 3589: // JCB
		return n >= 16 && n <= 19
	case p(2) == 62: // UnionPay
		return n >= 16 && n <= 19
	case p(2) == 50, p(2) >= 56 && p(2) <= 69: // Maestro
		return n >= 12 && n <= 19
	case p(4) >= 2200 && p(4) <= 2204: // Mir
		return n >= 16 && n <= 19
	}
	return false
}

// validSSN applies the Social Security Administration's rules: no area 000, 666 or 900-999,
// no group 00, no serial 0000, and not one of the numbers published in advertising.
func validSSN(d []byte) bool {
	area, grp, serial := string(d[:3]), string(d[3:5]), string(d[5:])
	if area == "000" || area == "666" || area[0] == '9' || grp == "00" || serial == "0000" {
		return false
	}
	switch string(d) {
	case "078051120", "219099999":
		return false
	}
	same := true
	for _, c := range d {
		same = same && c == d[0]
	}
	return !same
}

// phoneScore returns a score for a phone-number candidate, or 0 when it is not one.
func phoneScore(cand string, gs []group, digits []byte, plus bool) float64 {
	n := len(digits)
	if plus {
		if n < 8 || n > 15 {
			return 0
		}
		num, err := phonenumbers.Parse(cand, "")
		if err != nil || !phonenumbers.IsPossibleNumber(num) {
			return 0
		}
		if phonenumbers.IsValidNumber(num) {
			return 0.9
		}
		return 0.75
	}
	if dateShaped(gs) {
		return 0
	}
	sizes := make([]int, 0, len(gs))
	for _, g := range gs {
		sizes = append(sizes, g.end-g.start)
	}
	nanp := func(ds []byte) bool { return ds[0] >= '2' } // NANP area codes never begin with 0 or 1
	switch {
	case n == 10 && eq(sizes, 3, 3, 4) && nanp(digits), n == 11 && digits[0] == '1' && eq(sizes, 1, 3, 3, 4) && nanp(digits[1:]):
		return 0.75
	case n == 10 && len(gs) == 1:
		return 0.4
	case n >= 9 && n <= 11 && digits[0] == '0' && len(gs) >= 2:
		for _, region := range []string{"GB", "DE", "FR", "IT", "ES", "NL", "IN", "AU"} {
			if num, err := phonenumbers.Parse(cand, region); err == nil && phonenumbers.IsValidNumber(num) {
				return 0.6
			}
		}
	case n == 7 && eq(sizes, 3, 4) && gs[1].sep == "-":
		return 0.4
	}
	return 0
}

func eq(sizes []int, want ...int) bool {
	if len(sizes) != len(want) {
		return false
	}
	for k := range want {
		if sizes[k] != want[k] {
			return false
		}
	}
	return true
}

// dateShaped reports groups that read as a date (2024-01-31, 31.01.2024) rather than a number.
func dateShaped(gs []group) bool {
	if len(gs) != 3 {
		return false
	}
	a, b, c := gs[0].end-gs[0].start, gs[1].end-gs[1].start, gs[2].end-gs[2].start
	return (a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c == 4)
}
