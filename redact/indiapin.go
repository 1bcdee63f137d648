package redact

import "strings"

// indiaZones maps India's states and union territories, by postal code and by name (lower
// case), to the first digit of their postal index numbers (PIN), which India Post gives by zone:
// 1 for Delhi and the north-west, 5 for Karnataka, Andhra Pradesh and Telangana, and so on. A
// PIN after a state must open with its zone's digit.
var indiaZones = func() map[string]byte {
	m := map[string]byte{}
	for zone, states := range map[byte]string{
		'1': "DL HR PB HP JK CH LA|delhi,new delhi,haryana,punjab,himachal pradesh,jammu and kashmir,chandigarh,ladakh",
		'2': "UP UK UT|uttar pradesh,uttarakhand",
		'3': "RJ GJ DD DN|rajasthan,gujarat",
		'4': "MH MP CG CT GA|maharashtra,madhya pradesh,chhattisgarh,goa",
		'5': "AP TS TG KA|andhra pradesh,telangana,karnataka",
		'6': "TN KL PY LD|tamil nadu,kerala,puducherry,pondicherry,lakshadweep",
		'7': "WB OD OR AS AR MN ML MZ NL TR SK AN|west bengal,odisha,orissa,assam,arunachal pradesh,manipur,meghalaya,mizoram,nagaland,tripura,sikkim",
		'8': "BR JH|bihar,jharkhand",
	} {
		codes, names, _ := strings.Cut(states, "|")
		for _, c := range strings.Fields(codes) {
			m[c] = zone
		}
		for _, n := range strings.Split(names, ",") {
			m[n] = zone
		}
	}
	return m
}()

// indiaStarts holds the first two bytes of every state's code and of every name capitalised
// ("KA", "Ka" of Karnataka): most places after a comma begin otherwise, and are read no further.
var indiaStarts = func() (t pairSet) {
	for w := range indiaZones {
		t.add(w[0]&^0x20, w[1])
	}
	return t
}()

// indiaZone returns the PIN zone of a state written as India's postal code for it (KA, in
// capitals) or by its name in any case ("Karnataka", "Tamil Nadu"); 0 for none.
func indiaZone(w string) byte {
	if len(w) == 2 {
		return indiaZones[w]
	}
	if len(w) < 3 || len(w) > 17 {
		return 0
	}
	var b [17]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20 // ASCII letters and spaces: a space stays a space
	}
	return indiaZones[string(b[:len(w)])]
}

// indianStateAt reads a state of India at s[i], by code or by a name of up to three words,
// and returns its zone and end; 0 and i for none.
func indianStateAt(s string, i int) (byte, int) {
	zone, end := byte(0), i
	j := i
	for words := 0; words < 3 && j < len(s) && isLetter(s[j]); words++ {
		e := j
		for e < len(s) && isLetter(s[e]) {
			e++
		}
		if z := indiaZone(s[i:e]); z != 0 {
			zone, end = z, e
		}
		if e+1 >= len(s) || s[e] != ' ' {
			break
		}
		j = e + 1
	}
	if end < len(s) && isAlnum(s[end]) {
		return 0, i
	}
	return zone, end
}

// indianPINAt reads a PIN at s[i] in the given zone: six digits, or three, a space and three
// ("560034", "600 017"), with no letter or digit running on. It returns its end, or 0.
func indianPINAt(s string, i int, zone byte) int {
	if i >= len(s) || s[i] != zone {
		return 0
	}
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 6 {
		j++
	}
	switch {
	case j-i == 6:
	case j-i == 3 && j+4 <= len(s) && s[j] == ' ' && allDigits(s[j+1:j+4]):
		j += 4
	default:
		return 0
	}
	if j < len(s) && (isAlnum(s[j]) || s[j] == '-' && j+1 < len(s) && isDigit(s[j+1])) {
		return 0
	}
	return j
}

// indianPINAfterState reads India's PIN after a place found at text[start:end] that is a state
// ("Delhi 110001", "Hyderabad, Telangana" + " 500081", the model's place), with a comma, a space
// or a dash between. It returns the PIN's span, or 0, 0. A PIN after a place and then its state
// ("Bengaluru, KA 560034") is indianPINs' to read.
func indianPINAfterState(text string, start, end int) (int, int) {
	zone := indiaZone(text[start:end])
	var second byte // a city's PIN's second digit, as India Post's circles give it
	if zone == 0 {
		if zone, second = cityPostcodePrefix(text[start:end]); zone == 0 {
			return 0, 0
		}
	}
	if j := pinGap(text, end); j >= 0 {
		if e := indianPINAt(text, j, zone); e > 0 && (second == 0 || text[j+1] == second) {
			return j, e
		}
	}
	return 0, 0
}

// cityPostcodePrefix returns the first two digits of the postcodes of one of India's or China's
// biggest cities, by any of its names in any case ("Bengaluru", "Bangalore": 5, 6; "Beijing": 1,
// 0), or 0, 0: a PIN or a postcode after the city alone ("Bengaluru 560038", "Chennai - 600017",
// "Beijing 100020"; stop 52) must open with them, a stricter test than a state's zone. It folds
// the case into a buffer of its own: it is asked at every six digits after a word.
func cityPostcodePrefix(w string) (byte, byte) {
	if len(w) < 4 || len(w) > 18 {
		return 0, 0
	}
	var b [18]byte
	for i := 0; i < len(w); i++ {
		b[i] = w[i] | 0x20
	}
	p, ok := cityPostcodes[string(b[:len(w)])]
	if !ok {
		return 0, 0
	}
	return p[0], p[1]
}

// cityPostcode reads the six digits at s[i] after one of India's or China's biggest cities and a
// space, where they open with the city's own first two ("Pune 411001", "Beijing 100020",
// "Shanghai 200031"): the city's start and the digits' end, or 0, 0.
func cityPostcode(s string, i int) (int, int) {
	w, b := wordEndingAt(s, i-1, max(0, i-20))
	if len(w) < 4 {
		return 0, 0
	}
	c := b
	var p1, p2 byte
	if b > 5 && s[b-1] == ' ' { // two words first: "New Delhi", "Navi Mumbai"
		if w0, b0 := wordEndingAt(s, b-1, max(0, b-12)); len(w0) >= 3 {
			if p1, p2 = cityPostcodePrefix(s[b0 : i-1]); p1 != 0 {
				c = b0
			}
		}
	}
	if p1 == 0 {
		p1, p2 = cityPostcodePrefix(w)
	}
	if p1 == 0 || s[i] != p1 || s[i+1] != p2 {
		return 0, 0
	}
	return c, i + 6
}

// cityPostcodes maps India's forty and China's twenty-two biggest cities, in lower case (China's
// in pinyin), to their postcodes' first two digits.
var cityPostcodes = func() map[string]string {
	m := map[string]string{}
	for _, e := range strings.Split("11:delhi,new delhi|40:mumbai,bombay,thane,navi mumbai,panaji|56:bengaluru,bangalore|60:chennai,madras|"+
		"70:kolkata,calcutta,howrah|50:hyderabad,secunderabad|41:pune|38:ahmedabad|39:vadodara,baroda,surat|30:jaipur|22:lucknow|20:kanpur,noida,ghaziabad|"+
		"44:nagpur|45:indore|46:bhopal|80:patna|64:coimbatore|68:kochi,cochin,ernakulam|69:thiruvananthapuram,trivandrum|53:visakhapatnam,vizag|"+
		"16:chandigarh|12:gurgaon,gurugram,faridabad|57:mysuru,mysore,mangaluru,mangalore|62:madurai|75:bhubaneswar|78:guwahati|83:ranchi|"+
		"24:dehradun|14:amritsar,ludhiana|42:nashik|52:vijayawada|36:rajkot|"+
		// China's
		"10:beijing|20:shanghai|30:tianjin|40:chongqing|51:guangzhou,shenzhen|61:chengdu|31:hangzhou|43:wuhan|21:nanjing,suzhou|71:xian,xi'an|"+
		"11:shenyang,dalian|15:harbin|26:qingdao|45:zhengzhou|41:changsha|65:kunming|36:xiamen|25:jinan", "|") {
		p, names, _ := strings.Cut(e, ":")
		for _, n := range strings.Split(names, ",") {
			m[n] = p
		}
	}
	return m
}()

// pinGap skips what stands between a place and what follows it on an address's line: a comma
// and a space, a space, or " - "; -1 when none of these is at s[i].
func pinGap(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], ", "):
		return i + 2
	case strings.HasPrefix(s[i:], " - "):
		return i + 3
	case strings.HasPrefix(s[i:], " "):
		return i + 1
	}
	return -1
}

// indianPINs finds India's postal index numbers on an address's last line, after a place, a
// comma and the state, by code or by name: "Bengaluru, KA 560034", "Pune, MH 411001",
// "Chennai, Tamil Nadu - 600 017", "Mumbai, Maharashtra 400 069"; the state's first letter a
// capital. The PIN's first digit must be
// its state's zone, so "Austin, TX 78701" and "…, KA 460034" are not read; the place and the
// state stay as the other readers found them. A ZIP_CODE finding, as a US ZIP after its city is,
// which joinAddressBlocks makes part of a street's block.
func indianPINs(text string, dst []Finding) []Finding {
	for p := 0; ; {
		c := strings.Index(text[p:], ", ")
		if c < 0 {
			return dst
		}
		c += p
		p = c + 2
		if p+1 >= len(text) || !isUpper(text[p]) || c == 0 || !isLetter(text[c-1]) || !indiaStarts.has(text[p], text[p+1]) {
			continue // a state written as a code or a name, in capitals: prose's ", and" is read no further
		}
		// the state's words run up to a digit, at most 24 bytes on: a cheap look before the lookup
		e := p
		for e < len(text) && e-p <= 24 && (isLetter(text[e]) || text[e] == ' ' || text[e] == '-') {
			e++
		}
		if e >= len(text) || e-p > 24 || !isDigit(text[e]) || text[e-1] != ' ' {
			continue
		}
		zone, se := indianStateAt(text, p)
		if zone == 0 {
			continue
		}
		j := pinGap(text, se)
		if j < 0 {
			continue
		}
		if z := indianPINAt(text, j, zone); z > 0 {
			dst = append(dst, Finding{Type: ZIPCode, Start: j, End: z, Score: cityZIPScore, Source: SourcePattern})
			p = z
		}
	}
}

// lowerIndianAddresses finds an Indian address typed all in lower case, as chat writes one: parts
// joined by commas, the last a town and its PIN ("h no 221, sector 15, gurgaon 122001", "flat
// 302, sai residency, road no 12, banjara hills, hyderabad 500034", "#12, 3rd cross, 5th main,
// indiranagar, bangalore 560038"; stop 51, where each had gone upstream whole or but for a
// phone). The parts before the town hold a number or a word of India's addresses (sector, cross,
// main, road, nagar, colony, …), the first a house's mark (h no, flat, plot, door no, '#') or a
// number, and the line holds no capital; a town and a PIN alone are left to the ZIP readers.
func lowerIndianAddresses(text string, dst []Finding) []Finding {
	for c := range Offsets(text, ", ") {
		p := c + 2
		if p >= len(text) || !isLower(text[p]) {
			continue
		}
		// the town: one to three words in lower case, then a space and the PIN
		j, words := p, 0
		for words < 3 && j < len(text) && isLower(text[j]) {
			for j < len(text) && isLower(text[j]) {
				j++
			}
			words++
			if j+1 < len(text) && text[j] == ' ' && isLower(text[j+1]) {
				j++
			}
		}
		if j+7 > len(text) || text[j] != ' ' || text[j+1] < '1' || text[j+1] > '8' || digitsAt(text, j+1) != 6 || j+7 < len(text) && isAlnum(text[j+7]) {
			continue
		}
		end := j + 7
		start, parts, marked := -1, 0, false
		for k := c; parts < 6 && k > 0; parts++ {
			a := strings.LastIndex(text[max(0, k-48):k], ", ")
			from := 0
			if a >= 0 {
				from = max(0, k-48) + a + 2
			} else if k > 48 {
				from = k - 48
			}
			part := text[from:k]
			if h, mark := houseMarkIn(part, a < 0); h >= 0 {
				start, marked = from+h, marked || mark
				if a < 0 || h > 0 {
					break // the address's first part: its house's mark opens it
				}
			} else if ok, worded := indianPart(part); ok {
				marked = marked || worded
			} else if !(parts == 0 && localityPart(part)) {
				break // (the part before the town may be its locality's name alone: "indiranagar")
			}
			if a < 0 {
				break
			}
			k = from - 2
		}
		if start < 0 || !marked || !lowerLine(text, start, end) {
			continue
		}
		dst = append(dst, Finding{Type: StreetAddress, Start: start, End: end, Score: 0.75, Source: SourcePattern})
	}
	return dst
}

// houseMarks open an Indian address's first part: a house's, a flat's, a plot's or a door's number.
var houseMarks = []string{"h no ", "h.no ", "h.no. ", "house no ", "flat no ", "flat ", "plot no ", "plot ", "door no ", "#"}

// houseMarkIn returns where a house's mark and its number stand in part, the mark opening a word,
// and true; or where the part is a number alone ("221"), or, in the address's first part
// (first), ends with one ("my address: 45"), and false; -1 when none.
func houseMarkIn(part string, first bool) (int, bool) {
	for _, m := range houseMarks {
		for k := 0; ; {
			i := strings.Index(part[k:], m)
			if i < 0 {
				break
			}
			i += k
			if (i == 0 || part[i-1] == ' ') && i+len(m) < len(part) && isDigit(part[i+len(m)]) {
				return i, true
			}
			k = i + 1
		}
	}
	if d := digitsAt(part, 0); d > 0 && d <= 5 && (d == len(part) || d+1 == len(part) && isLower(part[d])) {
		return 0, false
	}
	// a number alone as the part's last word, after the words that announce it ("my address: 45")
	if k := strings.LastIndexByte(part, ' '); first && k > 0 && k+1 < len(part) {
		if d := digitsAt(part, k+1); d > 0 && d <= 5 && (k+1+d == len(part) || k+2+d == len(part) && isLower(part[k+1+d])) {
			return k + 1, false
		}
	}
	return -1, false
}

// indianPartWords are the words of an Indian address's middle parts.
var indianPartWords = foldSet("sector sec cross main road rd street st lane nagar colony layout block phase society apartments apartment residency " +
	"enclave vihar marg extension extn stage puram pet halli palya bagh ganj chowk gali mohalla village vill post po taluk tehsil dist district hills")

// localityPart reports one to three words of lower-case letters, a locality's name.
func localityPart(part string) bool {
	ws := strings.Fields(part)
	if len(ws) == 0 || len(ws) > 3 || len(part) > 32 {
		return false
	}
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			if !isLower(w[i]) {
				return false
			}
		}
	}
	return true
}

// indianPart reports a middle part of an Indian address, a number in it or one of
// indianPartWords, and whether it holds such a word.
func indianPart(part string) (ok, worded bool) {
	if len(part) > 40 {
		return false, false
	}
	for _, w := range strings.Fields(part) {
		if indianPartWords.has(w) {
			return true, true
		}
		ok = ok || isDigit(w[0])
	}
	return ok, false
}
