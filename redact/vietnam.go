package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// vietnameseAddress reads, at a house number s[i], a Vietnamese street address: "số" (number)
// before it or not, the number (with a lane's "25/3" or a letter, "12A"), the street's word or
// not ("đường", "phố", "ngõ", "hẻm"), the street's name of one to five capitalised words
// ("Lý Thường Kiệt", "Nguyễn Huệ", "Huế"), then after commas the ward's, the district's and the
// province's parts with their words ("phường Bến Nghé", "quận Hoàn Kiếm", "Quận 1", "P. 5",
// "huyện", "xã", "thị xã", "tỉnh") and the city after them ("Hà Nội", "TP.HCM", "TP. Hồ Chí
// Minh"), and a postcode after a comma. Vietnamese letters must show somewhere in it, and a part after the street or "số"
// before it: "25 Main Street" is none. Vietnam's addresses had been read in pieces, the street's
// name as a person or a place and the number in the clear (stop 45).
func vietnameseAddress(s string, i int) (Finding, bool) {
	start := i
	for _, so := range [...]string{"số ", "Số "} {
		if k := i - len(so); k >= 0 && s[k:i] == so && (k == 0 || !isLetter(s[k-1]) && s[k-1] < 0x80) {
			start = k
		}
	}
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 5 {
		j++
	}
	if j < len(s) && isUpper(s[j]) && (j+1 == len(s) || !isAlnum(s[j+1])) {
		j++ // 12A
	}
	for j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) { // 25/3, a house in a lane
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	if j+2 >= len(s) || s[j] != ' ' {
		return Finding{}, false
	}
	at := j + 1
	viet := false
	if w, e := word(s, at); vnStreetWords.has(w) {
		if e+1 >= len(s) || s[e] != ' ' {
			return Finding{}, false
		}
		at, viet = e+1, true
		// a lane's or an alley's number, and the next street word or the street's name after it:
		// "12 Ngõ 34 Phố Huế", "số 8 ngách 12 ngõ 45 Nguyễn Trãi" (stop 52)
		for hops := 0; hops < 3; hops++ {
			d := digitsAt(s, at)
			if d == 0 || d > 4 || at+d+1 >= len(s) || s[at+d] != ' ' {
				break
			}
			w, e := word(s, at+d+1)
			if vnStreetWords.has(w) && e+1 < len(s) && s[e] == ' ' {
				at = e + 1
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w); w != "" && unicode.IsUpper(r) {
				at = at + d + 1
			}
			break
		}
	}
	end, words := at, 0 // the street's name: capitalised words
	for k := at; words < 5; {
		w, e := word(s, k)
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			break
		}
		viet = viet || vnLetters(w)
		words, end = words+1, e
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		k = e + 1
	}
	if words == 0 {
		return Finding{}, false
	}
	parts := 0 // the parts after commas: ward, district, province, then the city
	for end+2 < len(s) && s[end] == ',' && s[end+1] == ' ' {
		q := end + 2
		w, e := word(s, q)
		lw := strings.ToLower(w)
		if strings.HasPrefix(s[q:], "TP.HCM") || strings.HasPrefix(s[q:], "TPHCM") {
			end, parts, viet = q+strings.IndexByte(s[q:], 'M')+1, parts+1, true
			continue
		}
		if vnAreaWords[lw] || (lw == "p" || lw == "q" || lw == "tp") && e < len(s) && s[e] == '.' {
			// "quận Hoàn Kiếm", "Quận 1", "P. 5", "TP. Hồ Chí Minh", "thị xã Sơn Tây"
			if e < len(s) && s[e] == '.' {
				e++
			}
			if lw == "thị" || lw == "thành" {
				if _, e2 := word(s, e+1); e2 > e+1 {
					e = e2 // "thị xã", "thành phố"
				}
			}
			pe := vnNameOrNumber(s, skipSpaces(s, e))
			if pe <= e {
				break
			}
			end, parts, viet = pe, parts+1, true
			continue
		}
		// the city: capitalised words with Vietnamese letters ("Hà Nội", "Đà Nẵng"), or a district
		// written without its word before it ("Hai Bà Trưng, Hà Nội")
		ce := vnNameOrNumber(s, q)
		if ce <= q || !vnLetters(s[q:ce]) && !(viet && parts < 3) || strings.ContainsAny(s[q:ce], "0123456789") || strings.ToUpper(s[q:ce]) == s[q:ce] {
			break // (nor a label in capitals after the address: "SĐT 0912 …")
		}
		end, parts, viet = ce, parts+1, true
		if parts >= 4 {
			break
		}
	}
	if !viet || parts == 0 && start == i {
		return Finding{}, false
	}
	if q := end + 2; parts > 0 && q < len(s) && s[end] == ',' && s[end+1] == ' ' {
		if d := digitsAt(s, q); (d == 5 || d == 6) && (q+d == len(s) || !isAlnum(s[q+d])) {
			end = q + d // the postcode: five digits since 2018, six before
		}
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.8, Source: SourcePattern}, true
}

// vnStreetWords lead a Vietnamese street's name: street, street (in a town), lane, alley.
var vnStreetWords = foldSet("đường phố ngõ ngách hẻm kiệt")

// vnAreaWords open the parts of a Vietnamese address after the street: ward, district,
// commune, town, province, city ("thị xã", "thành phố").
var vnAreaWords = map[string]bool{"phường": true, "quận": true, "huyện": true, "xã": true, "thị": true, "tỉnh": true, "thành": true, "tp": true, "khu": true, "ấp": true, "thôn": true}

// vnNameOrNumber returns where a part's name ends at s[k]: one to four capitalised words, or a
// number ("Quận 1", "P. 5"); or k.
func vnNameOrNumber(s string, k int) int {
	if d := digitsAt(s, k); d > 0 && d <= 2 {
		return k + d
	}
	end := k
	for words := 0; words < 4; words++ {
		w, e := word(s, end)
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			break
		}
		if words > 0 && end > 0 && s[end-1] != ' ' {
			break
		}
		k, end = e, e
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		end = e + 1
	}
	return k
}

// vnLetters reports a letter only Vietnamese writes among the languages in Latin letters: đ, ơ,
// ư, ă, and the vowels with a tone's dot below or hook above (U+1EA0–U+1EF9).
func vnLetters(w string) bool {
	for _, r := range w {
		switch {
		case r == 'đ' || r == 'Đ' || r == 'ơ' || r == 'Ơ' || r == 'ư' || r == 'Ư' || r == 'ă' || r == 'Ă':
			return true
		case r >= 0x1EA0 && r <= 0x1EF9:
			return true
		}
	}
	return false
}

// nonASCIIAhead reports a byte outside ASCII within n bytes from s[k]: a letter of another
// language ahead, which the readers of their addresses need.
func nonASCIIAhead(s string, k, n int) bool {
	for e := min(len(s), k+n); k < e; k++ {
		if s[k] >= 0x80 {
			return true
		}
	}
	return false
}

// vnWordOpens reports a byte that may open the word after a Vietnamese house number: a capital,
// a letter outside ASCII, or the first letter of a street's word (phố, ngõ, ngách, hẻm, kiệt;
// đường opens outside ASCII).
func vnWordOpens(c byte) bool {
	return isUpper(c) || c >= 0x80 || c == 'p' || c == 'n' || c == 'h' || c == 'k'
}
