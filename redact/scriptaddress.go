package redact

import (
	"strings"
	"unicode/utf8"
)

// Street addresses in Chinese, Japanese, Korean and Cyrillic script, which the Latin street
// rules cannot read: 北京市朝阳区建国路88号, 東京都渋谷区神南1-2-3, 서울특별시 강남구 테헤란로 123,
// ул. Тверская, д. 7, кв. 12. Each is read from the number that every one of them holds.

// cjkStreetSuffixes end a Chinese street's name before its number: road, street, avenue, lane,
// alley.
var cjkStreetSuffixes = []string{"路", "街", "道", "巷", "弄", "里", "胡同", "大道"}

// cjkAddressStops end the reading of an address backwards: what a sentence puts before one
// (住在, 在, 到, 寄往), punctuation, and pronouns.
const cjkAddressStops = "在住于到是的寄送往从和与及我他她您你：，。、（）「」『』【】 :;,"

// cjkStreet reads, at the digits s[i] right after a CJK character, a Chinese or Japanese street
// address: the place names before (province, city, district, street: 北京市朝阳区建国路) and the
// number after, 88号 in Chinese with a building and room after it (3栋502室), or the chōme,
// banchi and gō of a Japanese block (1-2-3, 1丁目2番3号). Chinese needs a street's suffix right
// before the number; Japanese a prefecture's or a ward's mark among the names.
func cjkStreet(s string, i int) (Finding, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 5 {
		j++
	}
	var end int
	switch {
	case hasSuffixAny(s[:i], cjkStreetSuffixes) && (strings.HasPrefix(s[j:], "号") || strings.HasPrefix(s[j:], "號")):
		end = j + len("号")
		for { // the building, unit and room: 3栋2单元502室, 5楼
			k := end
			for k < len(s) && isDigit(s[k]) && k-end < 5 {
				k++
			}
			if k == end {
				break
			}
			u := unitAt(s, k, "栋", "棟", "楼", "樓", "座", "单元", "單元", "室", "层", "層", "号楼", "号")
			if u == k {
				break
			}
			end = u
		}
	case j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]): // 1-2-3
		end = j
		for n := 0; n < 2 && end+1 < len(s) && s[end] == '-' && isDigit(s[end+1]); n++ {
			end++
			for end < len(s) && isDigit(s[end]) {
				end++
			}
		}
	case strings.HasPrefix(s[j:], "丁目"): // 1丁目2番3号
		end = j + len("丁目")
		for _, unit := range []string{"番地", "番", "号"} {
			k := end
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if k > end && strings.HasPrefix(s[k:], unit) {
				end = k + len(unit)
			}
		}
	default:
		return Finding{}, false
	}
	start := i
	for start > 0 && i-start < 24*3 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if r < 0x3000 || r >= 0x3040 && r <= 0x309F || strings.ContainsRune(cjkAddressStops, r) {
			break // and hiragana: Japanese's particles (住所は "the address is")
		}
		start -= size
	}
	names := s[start:i]
	if start == i || !hasSuffixAny(names, cjkStreetSuffixes) && !strings.ContainsAny(names, "都道府県区市町村") {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// unitAt returns where one of units ends at s[k], or k when none is there.
func unitAt(s string, k int, units ...string) int {
	for _, u := range units {
		if strings.HasPrefix(s[k:], u) {
			return k + len(u)
		}
	}
	return k
}

func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// koreanRoad reads, at the building number s[i] after a space, a Korean road-name address: a
// road ending in 로 or 길 (테헤란로, 세종대로, 창경궁로35길) and the names of the city, district and
// town before it (서울특별시 강남구), each a word of Hangul ending in its unit's syllable.
func koreanRoad(s string, i int) (Finding, bool) {
	if i < 4 || s[i-1] != ' ' {
		return Finding{}, false
	}
	road := i - 1
	ws := hangulWordBefore(s, road)
	if ws == road || !strings.HasSuffix(s[ws:road], "로") && !strings.HasSuffix(s[ws:road], "길") {
		return Finding{}, false
	}
	end := i
	for end < len(s) && isDigit(s[end]) && end-i < 5 {
		end++
	}
	if end < len(s) && s[end] == '-' && end+1 < len(s) && isDigit(s[end+1]) { // 123-4
		end++
		for end < len(s) && isDigit(s[end]) {
			end++
		}
	}
	start := ws
	for n := 0; n < 4 && start > 1 && s[start-1] == ' '; n++ {
		p := hangulWordBefore(s, start-1)
		w := s[p : start-1]
		if p == start-1 || !hasSuffixAny(w, []string{"시", "도", "구", "군", "읍", "면", "동"}) {
			break
		}
		start = p
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// hangulWordBefore returns where the word of Hangul syllables (and digits, 35길) ending at s[e]
// starts; e when there is none.
func hangulWordBefore(s string, e int) int {
	p := e
	for p > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:p])
		if !(r >= 0xAC00 && r <= 0xD7A3) && !(r < 0x80 && isDigit(byte(r))) {
			break
		}
		p -= size
	}
	return p
}

// cyrillicStreetWords open a street's name in Russian and Ukrainian, abbreviated or not.
var cyrillicStreetWords = map[string]bool{"ул": true, "улица": true, "пр": true, "просп": true, "проспект": true, "пер": true,
	"переулок": true, "бул": true, "бульвар": true, "наб": true, "набережная": true, "ш": true, "шоссе": true, "пл": true, "площадь": true,
	"вул": true, "вулиця": true, "провулок": true, "майдан": true, "бульв": true}

// cyrillicStreet reads a Russian or Ukrainian street address opening with the street's word at
// s[i:j] (ул. Тверская, д. 7, кв. 12; вул. Хрещатик, 22): the street's capitalised name, the
// house number (after "д." or "буд." or none) and the flat, block or building after it.
func cyrillicStreet(s string, i, j int) (Finding, bool) {
	if !cyrillicStreetWords[strings.ToLower(s[i:j])] {
		return Finding{}, false
	}
	k := j
	if k < len(s) && s[k] == '.' {
		k++
	}
	k = skipSpaces(s, k)
	names := 0
	for names < 3 {
		r, _ := utf8.DecodeRuneInString(s[k:])
		if !(r >= 'А' && r <= 'Я' || r == 'Є' || r == 'І' || r == 'Ї' || r >= '0' && r <= '9' && names == 0) {
			break
		}
		e := k
		for e < len(s) {
			r, size := utf8.DecodeRuneInString(s[e:])
			if !(r >= 0x400 && r <= 0x4FF) && r != '-' && !(r < 0x80 && isDigit(byte(r))) {
				break
			}
			e += size
		}
		if e == k {
			break
		}
		names++
		k = e
		if k < len(s) && s[k] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[k+1:]); r >= 'А' && r <= 'Я' {
				k++
				continue
			}
		}
		break
	}
	if names == 0 {
		return Finding{}, false
	}
	// the house: ", д. 7", ", буд. 22", ", 22", " 7"
	p := k
	if p < len(s) && s[p] == ',' {
		p++
	}
	p = skipSpaces(s, p)
	p = afterCyrillicUnit(s, p, "д", "дом", "буд", "будинок")
	if p >= len(s) || !isDigit(s[p]) {
		return Finding{}, false
	}
	end := p
	for end < len(s) && (isDigit(s[end]) || s[end] == '/') {
		end++
	}
	for { // the flat, block, building: ", кв. 12", ", корп. 2", ", стр. 1", ", оф. 5"
		q := end
		if q < len(s) && s[q] == ',' {
			q++
		}
		q = skipSpaces(s, q)
		u := afterCyrillicUnit(s, q, "кв", "квартира", "корп", "корпус", "стр", "строение", "оф", "офис")
		if u == q || u >= len(s) || !isDigit(s[u]) {
			break
		}
		end = u
		for end < len(s) && isDigit(s[end]) {
			end++
		}
	}
	return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.85, Source: SourcePattern}, true
}

// afterCyrillicUnit returns where the value after one of units ("д.", "кв. ") starts at s[p], or
// p when none is there.
func afterCyrillicUnit(s string, p int, units ...string) int {
	for _, u := range units {
		if !strings.HasPrefix(strings.ToLower(s[p:min(len(s), p+len(u)+2)]), u) {
			continue
		}
		q := p + len(u)
		if q < len(s) && s[q] == '.' {
			q++
		} else if q < len(s) && s[q] != ' ' {
			continue // a longer word
		}
		return skipSpaces(s, q)
	}
	return p
}
