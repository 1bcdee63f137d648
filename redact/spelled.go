package redact

import "strings"

// digitWords are the English words for digits, in the order of their values. "oh" reads as a
// zero too ("five five five, oh one two three", "oh seven seven double oh nine").
var digitWords = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// digitWord returns the digit the word w names, or -1. The ages' number words name one to
// nine; zero and "oh" are read here.
func digitWord(w string) int {
	if v, ok := numberWords.get(w); ok && v <= 9 {
		return v
	}
	if strings.EqualFold(w, "zero") || strings.EqualFold(w, "oh") {
		return 0
	}
	return -1
}

// repeatWord returns how many times the word w says the next digit comes: "double" two,
// "triple" three; 0 for any other word.
func repeatWord(w string) int {
	switch {
	case strings.EqualFold(w, "double"):
		return 2
	case strings.EqualFold(w, "triple"):
		return 3
	}
	return 0
}

// minSpelledDigits is the fewest digits a number spelled out word by word must have to be read:
// a local phone number's seven. Fewer are counts and times ("two or three").
const minSpelledDigits = 7

// spelledNumber reads a number spelled out a digit at a time from the digit word at s[start:]
// ("five five five, one two three, four five six seven", "one two three - four five - six seven
// eight nine"), its words joined by spaces, commas or dashes, a way to slip a phone number, an
// SSN or a card past a scanner. What the digits are decides the type: an SSN that could be
// issued, a card that passes Luhn, a phone number otherwise. Counting ("one two three four five
// six seven") is no number.
func spelledNumber(s string, start int) (Finding, bool) {
	if start > 0 {
		// a run is read from its first word only
		k := start - 1
		for k > 0 && (s[k] == ' ' || s[k] == ',' || s[k] == '-') && start-k <= 3 {
			k--
		}
		e := k + 1
		for k >= 0 && isLetter(s[k]) {
			k--
		}
		if k+1 < e && digitWord(s[k+1:e]) >= 0 {
			return Finding{}, false
		}
	}
	var digits [19]byte
	n, end, words := 0, start, 0
	for k := start; n < len(digits); {
		if k < len(s) && isDigit(s[k]) && words > 0 {
			// digits written as digits after words for them: "five five five 0147"
			e := k
			for e < len(s) && isDigit(s[e]) {
				e++
			}
			if e < len(s) && isAlnum(s[e]) || n+e-k > len(digits) {
				break
			}
			n += copy(digits[n:], s[k:e])
			end = e
			j := e
			for j < len(s) && j-e < 3 && (s[j] == ' ' || s[j] == ',' || s[j] == '-') {
				j++
			}
			if j == e || j >= len(s) {
				break
			}
			k = j
			continue
		}
		e := k
		for e < len(s) && isLetter(s[e]) {
			e++
		}
		if e == k || e < len(s) && isAlnum(s[e]) {
			break
		}
		times := 1
		if r := repeatWord(s[k:e]); r > 0 { // "double oh nine": 0, 0, 9, as British English says
			nk := e
			for nk < len(s) && s[nk] == ' ' {
				nk++
			}
			ne := nk
			for ne < len(s) && isLetter(s[ne]) {
				ne++
			}
			if nk == e || ne == nk || digitWord(s[nk:ne]) < 0 {
				break
			}
			times, k, e = r, nk, ne
		}
		d := digitWord(s[k:e])
		if d < 0 || n+times > len(digits) {
			break
		}
		words++
		for range times {
			digits[n] = byte('0' + d)
			n++
		}
		end = e
		j := e
		for j < len(s) && j-e < 3 && (s[j] == ' ' || s[j] == ',' || s[j] == '-') {
			j++
		}
		if j == e {
			break
		}
		k = j
	}
	ds := digits[:n]
	if n < minSpelledDigits || counting(ds) {
		return Finding{}, false
	}
	typ, score := Phone, 0.6
	switch {
	case n == 9 && validSSN(ds):
		typ, score = SSN, 0.7
	case n >= 13 && luhn(ds):
		typ, score = CreditCard, 0.7
	case n == 10 && ds[0] >= '2', n == 11 && ds[0] == '1' && ds[1] >= '2':
		score = 0.7
	}
	return Finding{Type: typ, Start: start, End: end, Score: score, Source: SourcePattern}, true
}

// counting reports digits that rise or fall by one at each step: 1234567, 9876543.
func counting(ds []byte) bool {
	up, down := true, true
	for k := 1; k < len(ds); k++ {
		up = up && ds[k] == ds[k-1]+1
		down = down && ds[k]+1 == ds[k-1]
	}
	return up || down
}

// SpelledDigits returns the digits of a number written as digits, words for digits, or both
// ("five five five, 0134" is 5550134), for the vault's normalised form of a number: the same
// number spelled out and written in digits is one value.
func SpelledDigits(v string) string {
	var b strings.Builder
	times := 1 // after "double" or "triple", how many times the next digit counts
	for i := 0; i < len(v); {
		switch {
		case isDigit(v[i]):
			b.WriteString(strings.Repeat(v[i:i+1], times))
			times = 1
			i++
		case isLetter(v[i]):
			e := i
			for e < len(v) && isLetter(v[e]) {
				e++
			}
			if d := digitWord(v[i:e]); d >= 0 {
				b.WriteString(strings.Repeat(string(rune('0'+d)), times))
				times = 1
			} else if r := repeatWord(v[i:e]); r > 0 {
				times = r
			}
			i = e
		default:
			i++
		}
	}
	return b.String()
}
