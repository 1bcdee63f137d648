package redact

import "strings"

// Dates and ages as Chinese, Japanese and Korean write them: digits, each followed by the
// character for its unit (1985年3月14日, 1985년 3월 14일; 45岁, 45歳, 45세).

// cjkUnits are the year, month and day characters of Chinese and Japanese, then of Korean.
var cjkUnits = [2][3]string{{"年", "月", "日"}, {"년", "월", "일"}}

// cjkDate reads a date at s[i] (a digit): a year, a month and a day, or a year and a month, or a
// month and a day, each number followed by its unit and, in Korean, a space. A whole date scores
// as a date in prose does; a part of one as a date without its day or year does.
func cjkDate(s string, i int) (Finding, bool) {
	for _, units := range cjkUnits {
		var vals [3]int
		var have [3]bool
		k, parts, next := i, 0, 0
		for u := 0; u < 3; u++ {
			e := k
			for e < len(s) && isDigit(s[e]) && e-k < 4 {
				e++
			}
			if e == k || !strings.HasPrefix(s[e:], units[u]) {
				if u == next && parts == 0 {
					next++ // a date may open with its month: 3月14日
					continue
				}
				break
			}
			vals[u], have[u] = atoi(s[k:e]), true
			parts++
			k = e + len(units[u])
			if u < 2 {
				j := k
				for j < len(s) && s[j] == ' ' && j-k < 1 {
					j++
				}
				if j < len(s) && isDigit(s[j]) {
					k = j
				}
			}
		}
		if parts < 2 || have[0] && !have[1] {
			continue
		}
		if have[0] && (vals[0] < 1850 || vals[0] > 2100) || vals[1] < 1 || vals[1] > 12 || have[2] && (vals[2] < 1 || vals[2] > 31) {
			continue
		}
		end := k
		for end > i && s[end-1] == ' ' {
			end--
		}
		score := 0.55
		if parts == 2 {
			score = partialDateScore
		}
		return Finding{Type: DateTime, Start: i, End: end, Score: score, Source: SourcePattern}, true
	}
	return Finding{}, false
}

// cjkAge reads an age at s[i] (a digit) written with the character for years of age: 45岁,
// 45歳, 45세.
func cjkAge(s string, i int) (Finding, bool) {
	e := i
	for e < len(s) && isDigit(s[e]) && e-i < 4 {
		e++
	}
	for _, unit := range []string{"岁", "歳", "세"} {
		if strings.HasPrefix(s[e:], unit) {
			if f, ok := ageFinding(s, i, e); ok {
				return f, true
			}
		}
	}
	return Finding{}, false
}

// cjkAfterDigits reports a CJK or Hangul character right after the digits at s[i]: most
// numbers fail this at once.
func cjkAfterDigits(s string, i int) bool {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return cjkStartsAt(s, i)
}

// cjkStartsAt reports that s[i] opens a three-byte character of U+3000 to U+DFFF (CJK, kana,
// Hangul), by its lead byte.
func cjkStartsAt(s string, i int) bool { return i < len(s) && s[i] >= 0xe3 && s[i] <= 0xed }

// cjkEndsAt reports that such a character ends right before s[j]: CJK writes numbers into its
// text unspaced (电话13812345678, 来院45歳), so a word ends there.
func cjkEndsAt(s string, j int) bool { return j >= 3 && cjkStartsAt(s, j-3) && s[j-1] >= 0x80 }

// unspacedStartsAt reports that s[i] opens a character of a script written without spaces
// between words, which runs its words into numbers and addresses: CJK, kana and Hangul
// (cjkStartsAt), Thai and Lao (U+0E00 to U+0EFF), Myanmar (U+1000 to U+109F) and Khmer (U+1780
// to U+17FF): "เบอร์โทร0812345678ค่ะ", "電話番号は090-1234-5678です".
func unspacedStartsAt(s string, i int) bool {
	return i+2 < len(s) && s[i] >= 0xe0 && s[i] <= 0xed && unspacedLead(s, i)
}

// unspacedLead is unspacedStartsAt for a lead byte of a three-byte character.
func unspacedLead(s string, i int) bool {
	switch c := s[i]; {
	case c >= 0xe3:
		return true
	case c == 0xe0:
		return s[i+1] >= 0xb8 && s[i+1] <= 0xbb
	case c == 0xe1:
		return s[i+1] >= 0x80 && s[i+1] <= 0x82 || s[i+1] == 0x9e || s[i+1] == 0x9f
	}
	return false
}

// unspacedEndsAt reports that such a character ends right before s[j].
func unspacedEndsAt(s string, j int) bool {
	return j >= 3 && s[j-1] >= 0x80 && unspacedStartsAt(s, j-3)
}
