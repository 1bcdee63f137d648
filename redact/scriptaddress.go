package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Street addresses in Chinese, Japanese, Korean, Cyrillic, Greek and Hebrew script, which the
// Latin street rules cannot read: 北京市朝阳区建国路88号, 東京都渋谷区神南1-2-3, 서울특별시 강남구
// 테헤란로 123, ул. Тверская, д. 7, кв. 12, Σκαλοχωρίου 90, ΤΚ 483 37 Ναύπλιο. Each is read from
// the number that every one of them holds. (Latin-script forms of single countries that the
// general street rules cannot read are in countryaddress.go.)

// cjkStreetSuffixes end a Chinese street's name before its number: road, street, avenue, lane,
// alley, and a section of one (長春街5段).
var cjkStreetSuffixes = []string{"路", "街", "道", "巷", "弄", "里", "胡同", "大道", "段"}

// cjkAddressStops end the reading of an address backwards: what a sentence puts before one
// (住在, 在, 到, 寄往), punctuation, and pronouns.
const cjkAddressStops = "在住于到是的寄送往从和与及我他她您你：，。、（）「」『』【】 :;,"

// japaneseParticles are the hiragana of Japanese's particles, which end a place's names read
// backwards from its block (住所は…, 東京の…); other hiragana belong to the names (勝どき, いすみ市).
const japaneseParticles = "はがをにでへともやの"

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
	japanese := true // a block's numbers: the names before it are read to a mark or a particle only
	switch {
	case hasSuffixAny(s[:i], cjkStreetSuffixes) && (strings.HasPrefix(s[j:], "号") || strings.HasPrefix(s[j:], "號")):
		japanese = false
		end = j + len("号")
		for { // the building, unit and room: 3栋2单元502室, 5楼
			k := end
			for k < len(s) && isDigit(s[k]) && k-end < 5 {
				k++
			}
			if k == end && strings.HasPrefix(s[end:], "之") && end+len("之") < len(s) && isDigit(s[end+len("之")]) {
				end += len("之") // 978號之6: Taiwan's sub-number
				for end < len(s) && isDigit(s[end]) {
					end++
				}
				continue
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
		if r < 0x3000 && !(isDigit(byte(r)) && r < 0x80 && strings.HasPrefix(s[start:], "段")) ||
			strings.ContainsRune(japaneseParticles, r) || strings.ContainsRune(cjkAddressStops, r) && !(japanese && r >= 0x3400) {
			break // and Japanese's particles (住所は "the address is"); a section's number (長春街5段) stays
		}
		start -= size
	}
	names := s[start:i]
	if start == i || !hasSuffixAny(names, cjkStreetSuffixes) && !strings.ContainsAny(names, "都道府県区市町村") {
		return Finding{}, false
	}
	// a postcode before the address, as Taiwan writes it (25979 橫山大安路978號, or its three
	// digits), or after it, as China's is (… 100020); and a space
	if k := start - 1; k > 4 && s[k] == ' ' {
		d := 0
		for d < 7 && k-d-1 >= 0 && isDigit(s[k-d-1]) {
			d++
		}
		if (d == 5 || d == 6 || d == 3 && strings.Contains(s[start:end], "號")) && (k-d == 0 || !isAlnum(s[k-d-1])) {
			start = k - d
		}
	}
	if end+7 <= len(s) && s[end] == ' ' && digitsAt(s, end+1) == 6 && (end+7 == len(s) || !isAlnum(s[end+7])) {
		end += 7
	}
	end = japaneseBuilding(s, end)
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// japaneseBuilding extends a Japanese block address ending at end over the building and room
// after a space ("… 9番18号 アーバン上高野887", "丸の内ＪＰタワーハイツ204", "渋谷ビル5F"):
// katakana, kanji, full-width letters and, inside, の and Latin letters (full-width ones are
// Latin once normalised), then the room's number.
func japaneseBuilding(s string, end int) int {
	if end+1 >= len(s) || s[end] != ' ' {
		return end
	}
	q, n := end+1, 0
	for q < len(s) && n < 24 {
		r, size := utf8.DecodeRuneInString(s[q:])
		if !(r >= 0x30A0 && r <= 0x30FF || r >= 0x4E00 && r <= 0x9FFF || r >= 0xFF21 && r <= 0xFF5A || r == 0x3005 || n > 0 && (r == 'の' || r < 0x80 && isLetter(byte(r)))) {
			break
		}
		q += size
		n++
	}
	d := digitsAt(s, q)
	if n < 2 || d == 0 || d > 4 {
		return end
	}
	q += d
	q = unitAt(s, q, "号室", "号", "F", "階")
	if q < len(s) && isAlnum(s[q]) {
		return end
	}
	return q
}

// cjkPostcodeAddress reads, at a Chinese postcode of six digits s[i:i+6] after a space, the
// address before it whose only number that is: its province, city or district and its street,
// and a building after the street (江苏省淑华市永川罗街I座 762328).
func cjkPostcodeAddress(s string, i int) (Finding, bool) {
	if digitsAt(s, i) != 6 || i+6 < len(s) && isAlnum(s[i+6]) || s[i-1] != ' ' {
		return Finding{}, false
	}
	start, n := i-1, 0
	for start > 0 && n < 24 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if r < 0x80 && !isAlnum(byte(r)) || r >= 0x80 && (r < 0x3400 || strings.ContainsRune(cjkAddressStops, r)) {
			break
		}
		start -= size
		n++
	}
	for start < i-1 && s[start] < 0x80 { // no Latin word or number opens it
		start++
	}
	names := s[start : i-1]
	if n < 4 || !strings.ContainsAny(names, "省市区县") || !strings.ContainsAny(names, "路街道巷") {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: start, End: i + 6, Score: 0.85, Source: SourcePattern}, true
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
	if ws == road {
		return Finding{}, false
	}
	// 가 and 거리 end a street too (양재천1가, 양재천420거리), but also a subject and a distance:
	// they need the city's or district's name before them
	ga := strings.HasSuffix(s[ws:road], "가") || strings.HasSuffix(s[ws:road], "거리")
	if !ga && !strings.HasSuffix(s[ws:road], "로") && !strings.HasSuffix(s[ws:road], "길") {
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
	if ga && start == ws {
		return Finding{}, false // "친구가 3": a friend, three of something
	}
	// the neighbourhood or building in brackets that a road address ends with: "(역삼동)"
	if end+3 < len(s) && s[end] == ' ' && s[end+1] == '(' {
		if e := hangulWordEnd(s, end+2); e > end+2 && e < len(s) && s[e] == ')' {
			end = e + 1
		}
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// hangulWordEnd returns where the word of Hangul syllables (and digits) starting at s[i] ends.
func hangulWordEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r >= 0xAC00 && r <= 0xD7A3) && !(r < 0x80 && isDigit(byte(r))) {
			break
		}
		i += size
	}
	return i
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
	"вул": true, "вулиця": true, "провулок": true, "майдан": true, "бульв": true, "узвіз": true, "шосе": true, "площа": true,
	"набережна": true, "алея": true, "алл": true, "аллея": true, "пр-т": true, "пр-кт": true, "туп": true, "тупик": true, "проїзд": true, "проезд": true, "парк": true, "сквер": true, "тракт": true, "линия": true, "лінія": true}

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
		r, size := utf8.DecodeRuneInString(s[k:])
		if cyrillicCapital(r) && k+size < len(s) && s[k+size] == '.' { // an initial: "К.Маркса", "К. Маркса"
			if q := skipSpaces(s, k+size+1); q < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[q:]); cyrillicCapital(r2) {
					k = q
					continue
				}
			}
		}
		if !(cyrillicCapital(r) || r >= '0' && r <= '9' && names == 0) {
			break
		}
		e := k
		for e < len(s) {
			r, size := utf8.DecodeRuneInString(s[e:])
			if !(r >= 0x400 && r <= 0x4FF) && r != '-' && !(r < 0x80 && isDigit(byte(r))) && !((r == '\'' || r == '’') && e > k && e+size < len(s) && s[e+size] >= 0x80) {
				break // (an apostrophe inside a Ukrainian name: "П'ята", "Дев’ята")
			}
			e += size
		}
		if e == k {
			break
		}
		names++
		k = e
		if k < len(s) && s[k] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[k+1:])
			if cyrillicCapital(r) {
				k++
				continue
			}
			if r >= 'а' && r <= 'я' { // one word in lower case ends a name: "Восьмого березня 2-й", "Героїв праці, 5"
				e := k + 1
				for e < len(s) {
					r, size := utf8.DecodeRuneInString(s[e:])
					if !(r >= 0x430 && r <= 0x45F) {
						break
					}
					e += size
				}
				if e < len(s) && (s[e] == ' ' && e+1 < len(s) && isDigit(s[e+1]) || s[e] == ',') {
					k = e
				}
			}
		}
		break
	}
	if names == 0 {
		return Finding{}, false
	}
	// an ordinal after the name: "Восьмого березня 2-й", "Лінія 33-тя"
	if q := k; q+1 < len(s) && s[q] == ' ' {
		q++
		if d := digitsAt(s, q); d > 0 && d <= 3 && q+d+1 < len(s) && s[q+d] == '-' {
			e := q + d + 1
			for e < len(s) {
				r, size := utf8.DecodeRuneInString(s[e:])
				if !(r >= 0x430 && r <= 0x45F) {
					break
				}
				e += size
			}
			if e > q+d+1 && e-(q+d+1) <= 6 {
				k = e
			}
		}
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
	for { // the flat, block, building: ", кв. 12", ", корп. 2", " к. 83", ", стр. 1", ", оф. 5"
		q := end
		if q < len(s) && s[q] == ',' {
			q++
		}
		q = skipSpaces(s, q)
		u := afterCyrillicUnit(s, q, "кв", "квартира", "корп", "корпус", "к", "стр", "строение", "оф", "офис")
		if u == q || u >= len(s) || !isDigit(s[u]) {
			break
		}
		end = u
		for end < len(s) && (isDigit(s[end]) || s[end] == '/') {
			end++
		}
	}
	end = cyrillicTownAndPostcode(s, end)
	return Finding{Type: StreetAddress, Start: cyrillicSettlementBefore(s, i), End: end, Score: 0.85, Source: SourcePattern}, true
}

// cyrillicCapital reports a capital letter of Russian or Ukrainian.
func cyrillicCapital(r rune) bool {
	return r >= 'А' && r <= 'Я' || r == 'Є' || r == 'І' || r == 'Ї' || r == 'Ё'
}

// settlementWords are the abbreviations and words of a Russian or Ukrainian settlement before its
// name: г. (city), п. and пос. (settlement), с. (village), пгт, смт, ст. (stanitsa), х. (khutor),
// к. (kishlak), клх (kolkhoz), м. (Ukrainian city), дер. and д. (village; before a street's comma, no
// house's д.).
var settlementWords = map[string]bool{"г": true, "город": true, "п": true, "пос": true, "посёлок": true, "поселок": true, "с": true, "село": true,
	"пгт": true, "смт": true, "ст": true, "х": true, "к": true, "клх": true, "м": true, "місто": true, "дер": true, "деревня": true, "д": true}

// cyrillicSettlementBefore returns where a settlement named before the street at s[i] starts
// ("г. Москва, ул. Тверская", "п. Андреаполь, пр. Карбышева"), or i when there is none: its word or
// abbreviation and one or two capitalised names, then a comma.
func cyrillicSettlementBefore(s string, i int) int {
	k := i
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == 0 || s[k-1] != ',' {
		return i
	}
	k--
	start := k
	for names := 0; names < 2; names++ { // the name, read backwards: "Москва", "Нижний Новгород"
		e := start
		for e > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:e])
			if !(r >= 0x400 && r <= 0x4FF) && r != '-' {
				break
			}
			e -= size
		}
		if e == start {
			return i
		}
		if r, _ := utf8.DecodeRuneInString(s[e:]); !(r >= 'А' && r <= 'Я' || r == 'Є' || r == 'І' || r == 'Ї') {
			return i
		}
		start = e
		if start < 2 || s[start-1] != ' ' {
			return i
		}
		// the settlement's word before the name: "г. ", "клх "
		w := start - 1
		if s[w-1] == '.' {
			w--
		}
		ws := w
		for ws > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:ws])
			if !(r >= 0x400 && r <= 0x4FF) {
				break
			}
			ws -= size
		}
		if ws < w && settlementWords[strings.ToLower(s[ws:w])] && (ws == 0 || !isLetterByte(s[ws-1]) && s[ws-1] < 0x80) {
			return postcodeBefore(s, ws)
		}
		start-- // another word of the name before
	}
	return i
}

// postcodeBefore returns where a Russian or Ukrainian postcode of five or six digits and its comma
// before a settlement at s[i] start, as Russia writes the postcode first ("603000, г. Нижний
// Новгород, ул. …"; stop 54), or i.
func postcodeBefore(s string, i int) int {
	if i < 7 || s[i-2:i] != ", " {
		return i
	}
	k := i - 2
	for k > 0 && isDigit(s[k-1]) && i-2-k < 7 {
		k--
	}
	if n := i - 2 - k; (n == 5 || n == 6) && (k == 0 || !isAlnum(s[k-1]) && s[k-1] != '-' && s[k-1] != '.' && s[k-1] != ',') {
		return k
	}
	return i
}

// cyrillicTownAndPostcode returns where an address that ends at s[end] ends once a town and a
// postcode after it are read (", Підгайці, 02725", ", 623286"), or end when there is no postcode:
// five or six digits, after one or two capitalised names or none.
func cyrillicTownAndPostcode(s string, end int) int {
	q := end
	for names := 0; names <= 2; names++ {
		if q >= len(s) || s[q] != ',' {
			return end
		}
		q = skipSpaces(s, q+1)
		if d := digitsAt(s, q); (d == 5 || d == 6) && (q+d == len(s) || !isAlnum(s[q+d])) {
			return q + d
		}
		r, _ := utf8.DecodeRuneInString(s[q:])
		if !(r >= 'А' && r <= 'Я' || r == 'Є' || r == 'І' || r == 'Ї') {
			return end
		}
		for q < len(s) {
			r, size := utf8.DecodeRuneInString(s[q:])
			if !(r >= 0x400 && r <= 0x4FF) && r != '-' && r != ' ' {
				break
			}
			q += size
		}
	}
	return end
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

// greekOrHebrewStreet reads, at the house number s[i] after a space and a word of Greek or
// Hebrew, a street address of Greece, Cyprus or Israel, which Faker and the post write as the
// street's words, the number, and after a comma the postcode and the town: Greek "Σκαλοχωρίου
// 90, ΤΚ 483 37 Ναύπλιο", "Παλαιάς Φωκαίας 69-72, 10273 Ιωάννινα" (five digits, "ΤΚ" or not,
// the town after); Hebrew "שיזף 91, משמר העמק, 8337887" (the town, then seven digits). The
// postcode is required: a Greek or Hebrew word before a number is mostly no address.
func greekOrHebrewStreet(s string, i int) (Finding, bool) {
	greek := isGreekAt(s, i-2)
	if !greek && !isHebrewAt(s, i-2) {
		return Finding{}, false
	}
	in := isHebrewAt
	if greek {
		in = isGreekAt
	}
	// the street's words before the number, one to four: "Λεωφ. Μακρυσίου", "אל חגאג בן יוסף"
	start, words := i, 0
	var wordStarts [4]int                                        // where they start, the nearest to the number first
	for at := i - 1; words < 4 && at > 0 && s[at] == ' '; at-- { // at: the space before a word read
		e := at
		for e > 0 && (in(s, e-1) || (s[e-1] == '.' || !greek && (s[e-1] == '"' || s[e-1] == '\'')) && e > 1 && in(s, e-2)) { // (Hebrew's gershayim typed as a quote: "ביל"ו 46")
			_, size := utf8.DecodeLastRuneInString(s[:e])
			e -= size
		}
		if e == at {
			break
		}
		wordStarts[words] = e
		words++
		start, at = e, e
	}
	if words == 0 {
		return Finding{}, false
	}
	end := i + digitsAt(s, i)
	if end < len(s)-1 && s[end] == '-' && isDigit(s[end+1]) {
		end += 1 + digitsAt(s, end+1) // 69-72
	}
	if !greek && end-i <= 4 && (end == len(s) || !isAlnum(s[end])) {
		if w := hebrewStreetStart(s, wordStarts[:words]); w >= 0 {
			// "רחוב הרצל 12", "ברחוב הרצל 12" (in Herzl Street), "שדרות רוטשילד 5": the street's
			// word says it, without a postcode (stop 45); the word's "in" stays out
			return Finding{Type: StreetAddress, Start: w, End: end, Score: 0.8, Source: SourcePattern}, true
		}
	}
	if end-i > 5 || end >= len(s) || s[end] != ',' && s[end] != '\n' {
		return Finding{}, false
	}
	q := end
	for q < len(s) && (s[q] == ',' || s[q] == ' ' || s[q] == '\n') && q-end < 4 { // ", ", ",\n"
		q++
	}
	if greek {
		if strings.HasPrefix(s[q:], "ΤΚ ") || strings.HasPrefix(s[q:], "Τ.Κ. ") {
			q = skipSpaces(s, q+strings.IndexByte(s[q:], ' '))
		}
		switch n := greekPostcode(s, q); n {
		case 5, 6:
			q += n
		default:
			// the town first, then its postcode (stop 48): "Ερμού 25, Αθήνα 10563"; the street from its
			// first capitalised word of those before the number ("η διεύθυνσή σας Ερμού 25")
			st := -1
			for k := 0; k < words && unicode.IsUpper(runeCovering(s, wordStarts[k])); k++ {
				st = wordStarts[k]
			}
			if e := greekTownPostcode(s, q); e > q && st >= 0 {
				return Finding{Type: StreetAddress, Start: st, End: e, Score: 0.85, Source: SourcePattern}, true
			}
			return Finding{}, false
		}
		if q+1 >= len(s) || s[q] != ' ' || !unicode.IsUpper(runeCovering(s, q+1)) || !isGreekAt(s, q+1) || !unicode.IsUpper(runeCovering(s, start)) {
			return Finding{}, false // a town and a street capitalised, as names are: not "Σελίδα 12, 10000 λέξεις"
		}
		for q < len(s) && (s[q] == ' ' || isGreekAt(s, q)) { // the town: "Ναύπλιο", "Νέα Σμύρνη"
			_, size := utf8.DecodeRuneInString(s[q:])
			q += size
		}
		for q > 0 && s[q-1] == ' ' {
			q--
		}
		return Finding{Type: StreetAddress, Start: start, End: q, Score: 0.85, Source: SourcePattern}, true
	}
	town := q
	for q < len(s) && (s[q] == ' ' || s[q] == '-' || isHebrewAt(s, q) || (s[q] == '"' || s[q] == '\'') && q > town && isHebrewAt(s, q-1) && isHebrewAt(s, q+1)) { // the town: "משמר העמק", "עין אל-אסד", "דוב"ב"
		_, size := utf8.DecodeRuneInString(s[q:])
		q += size
	}
	if q == town {
		return Finding{}, false // no town before the digits: "עמוד 5, 1234567", a page and a count
	}
	if q < len(s) && s[q] == ',' {
		q = skipSpaces(s, q+1)
	}
	if d := digitsAt(s, q); d != 7 || q+7 < len(s) && isAlnum(s[q+7]) && !punctAt(s, q+7) {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: start, End: q + 7, Score: 0.85, Source: SourcePattern}, true
}

// greekPostcode returns the length of a Greek postcode at s[q], five digits (10273) or three and
// two (483 37), or 0.
func greekPostcode(s string, q int) int {
	switch d := digitsAt(s, q); {
	case d == 5:
		return 5
	case d == 3 && q+6 <= len(s) && s[q+3] == ' ' && digitsAt(s, q+4) == 2:
		return 6
	}
	return 0
}

// greekTownPostcode reads, at s[q], a Greek town of one to three capitalised words and its
// postcode after it ("Αθήνα 10563", "Νέα Σμύρνη 171 21") and returns where the postcode ends, or
// q.
func greekTownPostcode(s string, q int) int {
	e := q
	for words := 0; words < 3 && e < len(s) && isGreekAt(s, e) && unicode.IsUpper(runeCovering(s, e)); words++ {
		for e < len(s) && isGreekAt(s, e) {
			_, size := utf8.DecodeRuneInString(s[e:])
			e += size
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return q
		}
		if n := greekPostcode(s, e+1); n > 0 && (e+1+n == len(s) || !isAlnum(s[e+1+n])) {
			return e + 1 + n
		}
		e++
	}
	return q
}

// hebrewStreets are the Hebrew words of a street's kind: street, boulevard (in full and
// abbreviated), road, alley, square.
var hebrewStreets = []string{"רחוב", "רח'", "שדרות", "שד'", "דרך", "סמטת", "כיכר"}

// hebrewStreetStart returns where the street's word starts among the words before a number
// (starts, the nearest first), written alone or after the prefix of "in", "to" or "from" (ב, ל,
// מ), which it leaves out; or -1 when none of them is one. A street's name follows it: never the
// word right before the number.
func hebrewStreetStart(s string, starts []int) int {
	for k := 1; k < len(starts); k++ {
		at := starts[k]
		for _, w := range hebrewStreets {
			if strings.HasPrefix(s[at:], w+" ") {
				return at
			}
			for _, p := range [...]string{"ב", "ל", "מ"} {
				if strings.HasPrefix(s[at:], p+w+" ") {
					return at + len(p)
				}
			}
		}
	}
	return -1
}

// isGreekAt reports a Greek letter whose encoding ends at or covers s[k] (k may be a trailing
// byte): the two-byte forms U+0370–U+03FF and U+1F00–U+1FFF (polytonic).
func isGreekAt(s string, k int) bool {
	r := runeCovering(s, k)
	return r >= 0x386 && r <= 0x3FF && unicode.IsLetter(r) || r >= 0x1F00 && r <= 0x1FFF
}

// isHebrewAt reports a Hebrew letter or mark covering s[k], or a geresh or gershayim.
func isHebrewAt(s string, k int) bool {
	r := runeCovering(s, k)
	return r >= 0x591 && r <= 0x5F4
}

// runeCovering returns the rune whose encoding covers s[k]; utf8.RuneError outside s.
func runeCovering(s string, k int) rune {
	if k < 0 || k >= len(s) {
		return utf8.RuneError
	}
	for k > 0 && !utf8.RuneStart(s[k]) {
		k--
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return r
}

// Addresses of Thailand, South Asia and Iran, in their own scripts, run from the house number to
// the postcode with the street, the subdistrict, the district, the province or the town between,
// written in that script: Thai "97/9 ถ.ศรีอุ่น ต.วัดโนนสูง อ.ภูเขียว สงขลา 98760" (five digits),
// Hindi "10/27 राजन जोशी, मोकामा-686958" (India's PIN of six digits, after a space or a hyphen;
// five in Nepal and four in Bangladesh after the town's comma), Persian "0479 عبدالمالکی کوه،
// باغات حسین، ایلام 10273" (five digits, or Iran's ten). postcodeScriptAddress reads one at the
// house number s[i] (digits, and a slash or a hyphen and more: 97/9, 12-4) when a space and a
// letter of one of those scripts follow it.

// addressScript is the script of the letter covering s[k] that such an address is written in,
// and the postcodes it may end in.
type addressScript int

const (
	scriptNone addressScript = iota
	scriptThai
	scriptIndic
	scriptArabic
)

func addressScriptAt(s string, k int) addressScript { return addressScriptOf(runeCovering(s, k)) }

// addressScriptOf is the script of r that such an address is written in.
func addressScriptOf(r rune) addressScript {
	switch {
	case r >= 0x0E01 && r <= 0x0E5B:
		return scriptThai
	case r >= 0x0900 && r <= 0x0DFF: // Devanagari to Sinhala: the scripts of India, Nepal, Bangladesh, Sri Lanka
		return scriptIndic
	case r >= 0x0600 && r <= 0x06FF || r >= 0xFB50 && r <= 0xFDFF:
		return scriptArabic
	}
	return scriptNone
}

// postcodeFits reports a postcode of n digits that script's countries write, where comma tells
// whether a comma came before it (a town's, in South Asia's shorter forms).
func postcodeFits(script addressScript, n int, comma bool) bool {
	switch script {
	case scriptThai:
		return n == 5
	case scriptIndic:
		return n == 6 || comma && (n == 5 || n == 4)
	case scriptArabic:
		return n == 5 || n == 10
	}
	return false
}

// maxScriptAddress is the most bytes such an address takes from the house number to the postcode.
const maxScriptAddress = 200

func postcodeScriptAddress(s string, i int) (Finding, bool) {
	j := i + digitsAt(s, i)
	if j-i > 5 {
		return Finding{}, false
	}
	if j+1 < len(s) && (s[j] == '/' || s[j] == '-') && isDigit(s[j+1]) { // 97/9, 12-4
		j++
		j += digitsAt(s, j)
	}
	if j+2 < len(s) && s[j] == ',' && s[j+1] == ' ' && s[j+2] >= 0x80 && i > 1 && hasSuffixAny(strings.TrimRight(s[:i], " :"), scriptAddressCues) {
		j++ // the house number and a comma after the script's word for an address: "पता: 12, एमजी रोड" (stop 50)
	}
	if j+1 >= len(s) || s[j] != ' ' || s[j+1] < 0x80 {
		return Finding{}, false
	}
	script := addressScriptAt(s, j+1)
	if script == scriptNone || countedAfter(s, j+1) {
		return Finding{}, false // "500 บาท", "250 रुपये": an amount, not a house number
	}
	marked := false // a word of the script's addresses was read (Thai needs one)
	// a number inside a sentence of the script ("मेरे पास 3 किताबें", "صفحه 12 از کتاب") is a
	// count or a page unless the sentence says "address" right before it or the address has
	// its words; after Latin text, a line's start or a mark it may open an address alone
	cued := i > 1 && hasSuffixAny(strings.TrimRight(s[:i], " :"), scriptAddressCues)
	inSentence := i > 1 && s[i-1] == ' ' && addressScriptAt(s, i-2) == script && !cued
	words, comma, lines := 0, false, 0
	for q := j + 1; q < len(s) && q-i <= maxScriptAddress; {
		c := s[q]
		switch {
		case c >= 0x80:
			r, size := utf8.DecodeRuneInString(s[q:])
			switch {
			case r == '،': // the Arabic comma
				comma = true
			case addressScriptOf(r) == script || unicode.IsMark(r) || r == 0x200C || r == 0x200D:
				if q == 0 || s[q-1] < 0x80 && !isDigit(s[q-1]) || s[q-1] == '.' {
					words++
					marked = marked || unitAt(s, q, scriptAddressWords...) > q
				}
			default:
				return Finding{}, false // another script, or a mark no address has
			}
			q += size
		case isDigit(c):
			n := digitsAt(s, q)
			next := q + n
			if script == scriptArabic && n == 5 && next+5 < len(s) && s[next] == '-' && digitsAt(s, next+1) == 5 {
				n, next = 10, next+6 // Iran's 12345-67890
			}
			if words > 0 && (q == 0 || s[q-1] == ' ' || s[q-1] == '-') && postcodeFits(script, n, comma) && (next == len(s) || !isAlnum(s[next]) || punctAt(s, next)) &&
				(marked || script != scriptThai && !inSentence) && !countedAfter(s, next) && (marked || cued || !wordOfScriptAfter(s, next, script)) {
				return Finding{Type: StreetAddress, Start: i, End: next, Score: 0.85, Source: SourcePattern}, true
			}
			if n > 4 {
				return Finding{}, false // a longer number that is no postcode here
			}
			q = next // a village's or a unit's number: "หมู่ 04", "واحد 205"
		case c == ',' || c == '\n' && lines < 2: // an address block's lines: "10/27 राजन जोशी\nमोकामा-686958"
			comma = true
			if c == '\n' {
				lines++
			}
			q++
		case c == ' ' || c == '.' || c == '-' || c == '/':
			q++
		default:
			return Finding{}, false // Latin letters or other marks: a sentence, not this address
		}
	}
	return Finding{}, false
}

// punctAt reports a punctuation mark of any script at s[k]: the Devanagari danda after a PIN
// ("अमरोहा-637486।"), the Arabic full stop or comma.
func punctAt(s string, k int) bool {
	r, _ := utf8.DecodeRuneInString(s[k:])
	return unicode.IsPunct(r)
}

// scriptAddressWords open the words of addresses in Thai (road, lane, village, subdistrict,
// district, province, in full and abbreviated), Hindi and Persian (street, lane, road, square,
// plate, unit, floor, alley, boulevard, highway, beside, crossing).
var scriptAddressWords = []string{"ถนน", "ถ.", "ซอย", "ซ.", "หมู่", "ม.", "ตำบล", "ต.", "อำเภอ", "อ.", "จังหวัด", "จ.", "แขวง", "เขต", "กรุงเทพ",
	"मार्ग", "रोड", "गली", "नगर", "मकान", "सेक्टर", "خیابان", "کوچه", "بلوار", "میدان", "پلاک", "واحد", "طبقه", "بزرگراه", "بزرگ راه", "جنب", "تقاطع",
	"شارع", "طريق", "حي", "عمارة", "شقة"}

// scriptAddressCues say that an address follows: "address" in Thai, Hindi, Bengali, Tamil,
// Persian and Arabic.
var scriptAddressCues = []string{"ที่อยู่", "पता", "ঠিকানা", "முகவரி", "آدرس", "نشانی", "عنوان", "العنوان"}

// countUnits are the words of amounts, ages and counts after a number in those scripts: baht,
// people, years, days, rupees, taka, toman, rial, dinar, dirham, percent.
var countUnits = []string{"บาท", "คน", "ปี", "วัน", "ชิ้น", "ครั้ง", "เดือน", "กิโล", "रुपये", "रुपए", "रु", "साल", "वर्ष", "दिन", "लोग", "किलो", "प्रतिशत",
	"টাকা", "বছর", "দিন", "জন", "ரூபாய்", "تومان", "ریال", "ريال", "دلار", "سال", "روز", "نفر", "درصد", "دينار", "درهم", "جنيه", "ليرة"}

// countedAfter reports a word of countUnits at s[k] or after the one space there.
func countedAfter(s string, k int) bool {
	if k < len(s) && s[k] == ' ' {
		k++
	}
	return k < len(s) && s[k] >= 0x80 && unitAt(s, k, countUnits...) > k
}

// wordOfScriptAfter reports a letter of script right after s[k] and a space: the sentence goes on
// in that script after the number ("… 12000 ครับ"), which an address's postcode seldom does.
func wordOfScriptAfter(s string, k int, script addressScript) bool {
	return k+1 < len(s) && s[k] == ' ' && addressScriptAt(s, k+1) == script
}

// Armenian and Georgian street addresses, which write the street's name, then the house number:
// Armenian "ք. Գավառ, Նորքի 468, բն. 95" (a town after ք., city, or գ., village, and a region
// with մարզ and a four-digit postcode before the street; the flat after բն.), Georgian
// "ხუდადოვის ქ. 90, დედოფლისწყარო" (the street word ქ. or ქუჩა, avenue გამზ., lane შეს., and the
// town after the number). caucasusStreet reads one at the house number s[i] after a space and a
// letter of either script.

// armenianMarks open a town (ք. city, գ. village) or a flat (բն.) in an Armenian address;
// armenianStreetWords are the words for a street and an avenue.
var (
	armenianTownMarks   = []string{"ք.", "գ."}
	armenianStreetWords = []string{"փողոց", "փ.", "պողոտա", "պող.", "նրբանցք"}
	georgianStreetWords = []string{"ქ.", "ქუჩა", "გამზ.", "გამზირი", "შეს.", "შესახვევი", "ჩიხი"}
)

func isArmenianAt(s string, k int) bool {
	r := runeCovering(s, k)
	return r >= 0x531 && r <= 0x58A
}

func isGeorgianAt(s string, k int) bool {
	r := runeCovering(s, k)
	return r >= 0x10A0 && r <= 0x10FF || r >= 0x1C90 && r <= 0x1CBF
}

// scriptWordBefore returns where the word ending at s[e] (letters of in, hyphens, a period
// after them) starts; e when there is none.
func scriptWordBefore(s string, e int, in func(string, int) bool) int {
	p := e
	if p > 0 && s[p-1] == '.' {
		p--
	}
	for p > 0 && (in(s, p-1) || s[p-1] == '-' && p > 1 && in(s, p-2)) {
		_, size := utf8.DecodeLastRuneInString(s[:p])
		p -= size
	}
	if p == e || p == e-1 && s[p] == '.' {
		return e
	}
	return p
}

func caucasusStreet(s string, i int) (Finding, bool) {
	k := i - 2 // the last letter before the number, or the period of an abbreviation ("ქ.")
	if s[k] == '.' {
		k--
	}
	in := isArmenianAt
	if !isArmenianAt(s, k) {
		if !isGeorgianAt(s, k) {
			return Finding{}, false
		}
		in = isGeorgianAt
	}
	end := i + digitsAt(s, i)
	if end-i > 4 || end < len(s) && isAlnum(s[end]) {
		return Finding{}, false
	}
	if end+1 < len(s) && (s[end] == '/' || s[end] == '-') && isDigit(s[end+1]) { // 12/3, 45-47
		end++
		end += digitsAt(s, end)
	}
	// the street's words before the number, one to three
	start, words, marked := i, 0, false
	for at := i - 1; words < 3 && at > 0 && s[at] == ' '; {
		p := scriptWordBefore(s, at, in)
		if p == at {
			break
		}
		w := s[p:at]
		if unitAt(w, 0, armenianStreetWords...) > 0 || unitAt(w, 0, georgianStreetWords...) > 0 {
			marked = true
		}
		words++
		start, at = p, p-1
	}
	if words == 0 {
		return Finding{}, false
	}
	georgian := isGeorgianAt(s, start)
	if georgian && !marked {
		return Finding{}, false // a Georgian word and a number: no address without its street word
	}
	// after it: Armenian ", բն. 95"; Georgian ", დედოფლისწყარო"
	if q := end; q+2 < len(s) && s[q] == ',' && s[q+1] == ' ' {
		q += 2
		switch {
		case !georgian && strings.HasPrefix(s[q:], "բն. ") && q+len("բն. ") < len(s) && isDigit(s[q+len("բն. ")]):
			q += len("բն. ")
			end, marked = q+digitsAt(s, q), true
		case georgian && isGeorgianAt(s, q):
			for q < len(s) && (isGeorgianAt(s, q) || s[q] == '-') {
				_, size := utf8.DecodeRuneInString(s[q:])
				q += size
			}
			end = q
		}
	}
	if georgian {
		return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
	}
	// before it, Armenian: ", 1505" (a postcode), ", Արարատի մարզ" (a region), ", ք. Գավառ" (the town)
	for n := 0; n < 3 && start > 2 && s[start-1] == ' ' && s[start-2] == ','; n++ {
		p := start - 2
		if d := p; d >= 4 && isDigit(s[d-1]) {
			for d > 0 && isDigit(s[d-1]) {
				d--
			}
			if p-d == 4 && d > 0 && s[d-1] == ' ' {
				start = d // the postcode
				continue
			}
			break
		}
		w := p
		for k := 0; k < 3; k++ { // the region's or the town's words
			q := scriptWordBefore(s, w, isArmenianAt)
			if q == w {
				break
			}
			w = q
			if w > 0 && s[w-1] == ' ' && !hasSuffixAny(s[:w-1], armenianTownMarks) && k < 2 && isArmenianAt(s, w-2) {
				w--
				continue
			}
			break
		}
		if w == p {
			break
		}
		if w > 3 && s[w-1] == ' ' && hasSuffixAny(s[:w-1], armenianTownMarks) {
			for _, m := range armenianTownMarks {
				if strings.HasSuffix(s[:w-1], m) {
					start, marked = w-1-len(m), true
				}
			}
			break
		}
		if !strings.HasSuffix(s[w:p], "մարզ") {
			break
		}
		start = w
	}
	if !marked {
		return Finding{}, false // an Armenian word and a number alone: no address
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}
