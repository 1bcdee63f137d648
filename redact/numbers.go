package redact

import (
	"strings"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

// group is one run of digits inside a number-like candidate, with the separator that precedes it.
type group struct {
	start, end int
	sep        string // bytes between the previous group and this one ("" for the first)
	paren      bool   // the group is written as (ddd)
}

const maxGroups = 12

// numberCandidates collects the digit groups of a number-like run starting at s[i], whose first
// d bytes are digits (digitsAt), and emits the identifiers found in it, trying the longest span
// first from each group. It returns the run's end.
func numberCandidates(s string, i, d int, dst []Finding) ([]Finding, int) {
	// d, the digits at s[i] (none where the run opens with '(' or '+'), and the byte after them:
	// the readers below are called only where these allow them to match, since most numbers
	// match none of them and a call for each cost more than its test
	var nx byte
	if i+d < len(s) {
		nx = s[i+d]
	}
	if d >= 12 && (nx == '=' || nx == 'D') && (i == 0 || !isLetter(s[i-1])) {
		if f, ok := bareTrack2(s, i, d); ok { // 4111111111111111=2512101…, ISO 8583's field 35 (cards.go)
			return append(dst, f), f.End
		}
	}
	if d >= 8 && d <= 10 && nx == ':' && i+d+2 < len(s) && s[i+d+1] == 'A' && s[i+d+2] == 'A' && (i == 0 || !isAlnum(s[i-1])) {
		if e := telegramBotToken(s, i, d); e > 0 { // 7123456789:AAHfK3mP…, a Telegram bot's token (stop 52)
			return append(dst, Finding{Type: APIKey, Start: i, End: e, Score: 0.9, Source: SourcePattern}), e
		}
	}
	if d == 0 && s[i] == '(' && i+4 < len(s) && s[i+1] == '0' && s[i+2] == '1' && s[i+3] == ')' {
		if f, ok := gs1UDI(s, i); ok { // a device's UDI in GS1's form: (01)00884838045314(17)250101(21)SN12345
			return append(dst, f), f.End
		}
	}
	afterCJK := cjkEndsAt(s, i)                       // 电话13812345678: a number in CJK text, unspaced
	afterUnspaced := afterCJK || unspacedEndsAt(s, i) // or in Thai: โทร0812345678
	// before the test for a longer number: normalisation makes a full stop of 。, which may
	// stand right before a date (来院。2024年3月)
	if isDigit(s[i]) && (i == 0 || !isAlnum(s[i-1]) || afterCJK) && cjkAfterDigits(s, i) {
		if f, ok := cjkDate(s, i); ok {
			return append(dst, f), f.End
		}
		if f, ok := cjkAge(s, i); ok {
			return append(dst, f), f.End
		}
	}
	if afterCJK && isDigit(s[i]) {
		if f, ok := cjkStreet(s, i); ok { // 建国路88号, 神南1-2-3
			return append(dst, f), f.End
		}
	}
	if i > 1 && s[i-1] == ' ' && (s[i-2] >= 0x80 || i > 2 && s[i-2] == '.' && s[i-3] >= 0x80) && isDigit(s[i]) {
		if f, ok := koreanRoad(s, i); ok { // 테헤란로 123
			return append(dst, f), f.End
		}
		if f, ok := greekOrHebrewStreet(s, i); ok { // Σκαλοχωρίου 90, ΤΚ 483 37 Ναύπλιο
			return append(dst, f), f.End
		}
		if f, ok := cjkPostcodeAddress(s, i); ok { // 江苏省淑华市永川罗街I座 762328
			return append(dst, f), f.End
		}
		if f, ok := caucasusStreet(s, i); ok { // ք. Գավառ, Նորքի 468, բն. 95; ხუდადოვის ქ. 90, დედოფლისწყარო
			return append(dst, f), f.End
		}
	}
	if d > 0 && d <= 5 && (nx == ' ' || nx == '/' || nx == '-' || nx == ',' && i+d+2 < len(s) && s[i+d+2] >= 0x80) && (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '.' && s[i-1] != '/') {
		if f, ok := postcodeScriptAddress(s, i); ok { // 97/9 ถ.ศรีอุ่น … สงขลา 98760, 10/27 राजन जोशी, मोकामा-686958
			return append(dst, f), f.End
		}
	}
	if isDigit(s[i]) && (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '.') && geoStart(s, i) {
		if f, ok := coordinates(s, i); ok { // a latitude, and the longitude after it
			return append(dst, f), f.End
		}
	}
	if i > 0 && (isAlnum(s[i-1]) && !afterUnspaced || (s[i-1] == '.' || s[i-1] == '-' && !hebrewPrefix(s, i-1)) && !(s[i] == '(' && s[i-1] == '.')) || i > 1 && s[i-1] == ':' && isDigit(s[i-2]) {
		// inside a word, an identifier, a longer dotted or dashed number, or the rest of a time
		// ("15:04:05"): skip the digits; but a card number after "no." or "CC-" is still one
		if i > 1 && !isAlnum(s[i-1]) && isAlnum(s[i-2]) && (s[i-1] == '.' || s[i-1] == '-') && !isDigit(s[i-2]) {
			if f, ok := cardAfterPunct(s, i); ok {
				return append(dst, f), f.End
			}
		}
		j := i
		for j < len(s) && (isAlnum(s[j])) {
			j++
		}
		return dst, j
	}
	if s[i] == '(' && i+2 < len(s) && s[i+1] == '+' && isDigit(s[i+2]) {
		if f, ok := parenCountryCode(s, i); ok { // (+44) 20 7946 0958
			return append(dst, f), f.End
		}
	}
	if isDigit(s[i]) && i+4 < len(s) && (s[i+3] == '/' || s[i+3] == '_' || s[i+4] == '/' || s[i+4] == '_') && (i == 0 || !isAlnum(s[i-1]) && s[i-1] != '/') {
		if f, ok := oddlySeparatedCard(s, i); ok {
			return append(dst, f), f.End
		}
	}
	if isDigit(s[i]) && i+4 < len(s) && (s[i+2] == ':' || s[i+2] == '-' || s[i+4] == '.') {
		if f, ok := mac(s, i); ok {
			return append(dst, f), f.End
		}
	}
	if isDigit(s[i]) {
		h := i
		for h < len(s) && h-i < 5 && isHex(s[h]) {
			h++
		}
		if h < len(s) && s[h] == ':' {
			if f, ok := ipv6(s, i); ok {
				return append(dst, f), f.End
			}
		}
	}
	if d > 0 && d <= 3 {
		if nx|0x20 == 'y' {
			if f, ok := ageAttached(s, i); ok {
				return append(dst, f), f.End + attachedMarkerLen(s, f.End) // 67yo, 92y/o: a clinical note's age
			}
		}
		if d == 2 && (nx == ' ' || sexLetter(nx)) {
			if f, ok := genderedAge(s, i); ok {
				return append(dst, f), f.End // (28F): a forum's age and sex
			}
		}
		if d == 2 && (nx == ')' || nx == ',' || nx == '/') {
			if f, ok := sexAndAge(s, i); ok {
				return append(dst, f), f.End // (F, 41), m/32/london
			}
		}
		if d >= 2 && (nx == '/' || nx == ' ' && i >= 2 && s[i-1] == '/') {
			if f, ok := slashedSexAge(s, i, i+d); ok {
				return append(dst, f), f.End // F/95 s/p fall, 95/F with hip fx (stop 54)
			}
		}
		if d >= 2 && (nx == 'M' || nx == 'F') {
			if f, ok := sexLettered(s, i); ok {
				return append(dst, f), f.End + 1 // 92M presents with: a case note's age and sex
			}
		}
	}
	if d == 5 && i > 0 && s[i-1] == ' ' {
		if z := zipAt(s, i); z > 0 && stateBefore(s, i-1) {
			return append(dst, Finding{Type: ZIPCode, Start: i, End: z, Score: 0.85, Source: SourcePattern}), z // Boston, MA 02108
		}
	}
	if isDigit(s[i]) && i+3 < len(s) && (s[i+1] == '-' || s[i+2] == '-') {
		if f, ok := japaneseBlock(s, i); ok {
			return append(dst, f), f.End
		}
	}
	if d > 0 && d <= 5 && (nx == ' ' && i+d+1 < len(s) && vnWordOpens(s[i+d+1]) || nx == '/' || isUpper(nx)) && (i == 0 || !isAlnum(s[i-1])) && nonASCIIAhead(s, i+d, 24) {
		if f, ok := vietnameseAddress(s, i); ok { // số 25 đường Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội
			return append(dst[:len(dst)-overlapTail(dst, f.Start)], f), f.End
		}
	}
	if d > 0 {
		if d <= 2 && nx == '/' {
			if f, ok := slashedRange(s, i); ok {
				return append(dst, f), f.End
			}
		}
		if end := date(s, i); end > 0 {
			f := dateFinding(s, i, end, !isDigit(s[end-1]) || wordsIn(s[i:end]))
			return append(dst, f), f.End
		}
		if d <= 5 && (nx == ',' || nx == '\n' || nx == '/' || isLetter(nx)) {
			if f, ok := indianAddress(s, i); ok { // H.No. 672, Bhavsar Zila, Rewa-038854
				return append(dst, f), f.End
			}
		}
		if d == 6 && i > 1 && s[i-1] == ' ' && (s[i-2] == ',' || isLetter(s[i-2]) || s[i-2] >= 0x80) {
			if f, ok := romanianAddress(s, i); ok { // Strada Georgescu Nr. 50, Targu Secuiesc, 344519; …, Cluj-Napoca 400001
				return append(dst[:len(dst)-overlapTail(dst, f.Start)], f), f.End
			}
			if isLetter(s[i-2]) && (i+6 == len(s) || !isAlnum(s[i+6])) {
				if c, z := cityPostcode(s, i); z > 0 { // Beijing 100020, Pune 411001: a big city's own first digits (stop 52)
					if len(dst) == 0 || dst[len(dst)-1].End <= c {
						dst = append(dst, Finding{Type: Location, Start: c, End: i - 1, Score: cityZIPScore, Source: SourcePattern}) // and the city
					}
					return append(dst, Finding{Type: ZIPCode, Start: i, End: z, Score: cityZIPScore, Source: SourcePattern}), z
				}
			}
		}
		if (d == 4 || d == 5) && i > 1 && s[i-1] == ' ' && s[i-2] == ',' {
			f, ok := philippineAddress(s, i) // Block 12 Lot 30 Cresta Drive, Narra Homes 3, Binalonan, 5089 Northern Samar
			if !ok {
				f, ok = malaysianAddress(s, i) // No. 4-3, Jalan Hang Lekir 8/38g, Bandar Sentosa, 08710 Alam Semarak, Kedah Darul Aman
			}
			if ok {
				return append(dst[:len(dst)-overlapTail(dst, f.Start)], f), f.End
			}
		}
		if i > 1 && (s[i-1] == '#' || s[i-1] == ' ' && (s[i-2] == '#' || s[i-2] == '.')) {
			if f, ok := colombianAddress(s, i); ok { // Carrera 4F # 2-10 Sur, 258366, Zipaquirá
				return append(dst, f), f.End
			}
		}
		if d <= 4 && (nx == ',' || nx == '\n' || nx == ' ' || isLetter(nx)) && i > 1 && s[i-1] == ' ' && isLetter(s[i-2]|0x20) {
			if f, ok := unitStreet(s, i); ok { // Flat 11, Mark Wall, Port Mollyview, LE11 7AZ
				return append(dst[:len(dst)-overlapTail(dst, f.Start)], f), f.End
			}
		}
		if d <= 5 && (nx == ' ' || nx == '-' || nx == '/' || nx == ',' || isLetter(nx)) {
			if end, ok, score := address(s, i); ok {
				return append(dst, Finding{Type: StreetAddress, Start: houseMarkBefore(s, i), End: end, Score: score, Source: SourcePattern}), end
			}
		}
	}
	if d > 0 && d <= 2 && nx == ' ' && i+d+1 < len(s) && isDigit(s[i+d+1]) && lineStart(s, i) {
		// a licence's numbered field opening its line (indented or not), a street after it: "8 123 MAIN STREET"
		if end, ok, score := address(s, i+d+1); ok {
			return append(dst, Finding{Type: StreetAddress, Start: i + d + 1, End: end, Score: score, Source: SourcePattern}), end
		}
	}
	if d > 0 && d <= 3 && nx == '.' && listNumber(s, i+d) {
		return dst, i + d + 1 // a list's number: what follows is read on its own ("1. 03/14/1985", "2. 123 Main Street")
	}
	var gs [maxGroups]group
	n, end, plus := collectGroups(s, i, &gs)
	if n == 0 && end < 0 { // an identifier that begins with digits: a wallet, a DNI, a VIN, an MBI
		end = -end
		if d := i + digitsAt(s, i); afterUnspaced && d < end && unspacedStartsAt(s, d) {
			return dst, d // a number in CJK text, a word after it (長春街5段750號): read on from the word
		}
		if !plus && (i == 0 || !isAlnum(s[i-1])) {
			if f, ok := wordIdentifier(s, i, end); ok {
				return append(dst, f), f.End
			}
			if f, ok := dashedMBI(s, i, end); ok {
				return append(dst, f), f.End
			}
		}
		return dst, end
	}
	if n == 0 {
		return dst, end
	}
	if !plus && isbnGroups(s, gs[:n]) {
		return dst, end // a book's number, no part of it a phone: 0-411-77910-9, 978-0-637-31986-7
	}
	if !plus && marketplaceOrder(s, gs[:n]) {
		return dst, end // a marketplace's order number, no part of it a card or a phone: 113-4567890-1234567
	}
	if x := end + 2; !plus && n == 3 && x <= len(s) && s[end] == '-' && s[end+1]|0x20 == 'x' && (x == len(s) || !isAlnum(s[x])) && isbn10X(s, gs[:n]) {
		return dst, x // and one whose check character is X: 0-683-29606-X
	}
	if gs[0].end < len(s) && s[gs[0].end] == ':' && !plus {
		if f, ok := ipv6(s, gs[0].start); ok {
			return append(dst, f), f.End
		}
		if gs[0].end == i+1 && i+8 < len(s) {
			if f, ok := federalCase(s, i); ok {
				return append(dst, f), f.End // 3:24-cv-00871
			}
		}
	}
	whole := thousands(gs[:n]) // 1.073.741.824: one number, no part of it a phone
	lo := 0                    // the first group no finding has taken
	for a := 0; a < n; {
		matched := false
		for b := min(n-1, a+7); b >= a; b-- {
			if whole && (a > 0 || b < n-1) {
				continue
			}
			f, ok := classify(s, gs[a:b+1], plus && a == 0, i, a == 0 && b == n-1)
			if !ok && plus && a == 0 && b == n-1 {
				f, ok = plusRun(s, i, gs[:n])
			}
			if ok && f.Type == CreditCard && cardGroupOutside(gs[lo:n], a-lo, b-lo) {
				ok = false // "PhilSys No. 1234-5678-9012-3456": no card is the last twelve digits of a longer number (stop 46)
			}
			if ok {
				dst = append(dst, f)
				a, matched, lo = b+1, true, b+1
				break
			}
		}
		if !matched {
			a++
		}
	}
	if lo == 0 && !plus {
		if f, ok := mistypedCard(s, gs[:n]); ok {
			dst = append(dst, f)
		}
	}
	return dst, end
}

// mistypedCard reads a card's number whose Luhn check fails after the words for a card, groups gs
// of which no part was found as anything: a typo that shows all but one digit (stop 51: "tell
// Marcus that his card 4024 0071 5336 2841 exp 09/27 was declined" had gone upstream whole). 15
// to 19 digits in a card's groups, an issuer's first digit (2 to 6).
func mistypedCard(s string, gs []group) (Finding, bool) {
	n := 0
	for _, g := range gs {
		n += g.end - g.start
	}
	if n < 15 || n > 19 || s[gs[0].start] < '2' || s[gs[0].start] > '6' || gs[0].paren || !cardWordBefore(s, gs[0].start) || !singleSeparators(gs, " -") || !cardGroups(gs) {
		return Finding{}, false // (most numbers are asked no more than their length)
	}
	var buf [19]byte
	n = 0
	for _, g := range gs {
		n += copy(buf[n:], s[g.start:g.end])
	}
	if luhn(buf[:n]) {
		return Finding{}, false
	}
	return Finding{Type: IDNumber, Start: gs[0].start, End: gs[len(gs)-1].end, Score: 0.8, Source: SourcePattern}, true
}

// cardGroupOutside reports a group joined to the groups gs[a:b+1] that a card was read from, as
// one of them: by a hyphen or a full stop, or by their own separator where it has their size
// ("1234-5678-9012-3456", "1234 5678 9012 3456" are one number, and no card of their last
// twelve digits).
func cardGroupOutside(gs []group, a, b int) bool {
	joined := func(out, in int, sep string) bool {
		size := gs[in].end - gs[in].start
		return sep == "-" || sep == "." || b > a && sep == gs[a+1].sep && gs[out].end-gs[out].start == size && !gs[out].paren
	}
	return a > 0 && joined(a-1, a, gs[a].sep) || b+1 < len(gs) && joined(b+1, b, gs[b+1].sep)
}

// marketplaceOrder reports three groups of three, seven and seven digits joined by dashes, as
// Amazon writes an order's number (stop 35: "order 113-4567890-1234567" had been read as a card
// from its second group, "402-1234567-8901234" as a phone from its first). No phone, card or
// national number is written so.
func marketplaceOrder(s string, gs []group) bool {
	return len(gs) == 3 && gs[0].end-gs[0].start == 3 && gs[1].end-gs[1].start == 7 && gs[2].end-gs[2].start == 7 &&
		gs[1].sep == "-" && gs[2].sep == "-" && !gs[0].paren
}

// thousands reports groups written as a number with thousands separators: a first group of one
// to three digits and then groups of three, all after one '.', one ',' or one space, three groups
// or more ("1.073.741.824", "12,345,678", French and Czech "1 073 741 824"). Only the whole may
// be something else (a phone: a group of three first, "912.345.678"); a part of it after its
// first group is none.
func thousands(gs []group) bool {
	if len(gs) < 3 || gs[0].end-gs[0].start > 3 || gs[0].paren {
		return false
	}
	sep := gs[1].sep
	if sep != "." && sep != "," && sep != " " {
		return false
	}
	for _, g := range gs[1:] {
		if g.sep != sep || g.end-g.start != 3 || g.paren {
			return false
		}
	}
	return true
}

// plusRun reads an international number that libphonenumber does not know as a whole
// ("+67-768-886-9376", "+41-718-615-9819": a country code, then groups that fit another
// country's plan) as one phone number, rather than letting a part of it that fits be found and
// the rest be left in the clear: a '+', a country code of one to three digits, and groups with
// one separator, 8 to 15 digits in all (E.164), are a phone number's shape and little else's.
//
// A trunk digit in brackets may stand between the country code and the rest, with a space or
// nothing around it ("+45(0)3606 7033", "+45 (0) 4474 738405", Mexico's "+52(5)1021606631"); the
// groups after it keep one separator among themselves.
func plusRun(s string, runStart int, gs []group) (Finding, bool) {
	if len(gs) < 2 || gs[0].end-gs[0].start > 3 || gs[0].paren {
		return Finding{}, false
	}
	n := gs[0].end - gs[0].start
	rest := gs[1:]
	if rest[0].paren && rest[0].end-rest[0].start == 1 && (rest[0].sep == "" || rest[0].sep == " ") {
		if len(rest) < 2 || rest[1].sep != "" && rest[1].sep != " " {
			return Finding{}, false
		}
		n += 1 + rest[1].end - rest[1].start
		rest = rest[2:]
	}
	for _, g := range rest {
		if g.paren || len(g.sep) != 1 || g.sep != rest[0].sep || !strings.Contains(" -.", g.sep) {
			return Finding{}, false
		}
		n += g.end - g.start
	}
	end := gs[len(gs)-1].end
	ext := end+1 < len(s) && s[end]|0x20 == 'x' && isDigit(s[end+1])
	if n < 8 || n > 15 || end < len(s) && (wordGoesOn(s, end) && !ext || s[end] == ':' && !labelColon(s, end)) {
		return Finding{}, false
	}
	return Finding{Type: Phone, Start: runStart, End: extension(s, end), Score: plusRunScore, Source: SourcePattern}, true
}

// labelColon reports a colon at s[end] after a number that ends its line or stands before a space:
// a message's sender, as an SMS export or a chat writes it ("SMS from +447700900123: Hi"; since
// stop 57), not a key's or a time's colon with a digit or a word run on after it.
func labelColon(s string, end int) bool {
	return end+1 == len(s) || s[end+1] == ' ' || s[end+1] == '\n' || s[end+1] == '\r'
}

// senderBefore reports "from " right before s[start], as a message's header names its sender
// ("From 07700900461: running late").
func senderBefore(s string, start int) bool {
	return start >= 5 && (s[start-5:start] == "from " || s[start-5:start] == "From " || s[start-5:start] == "FROM ")
}

// nameCommaBefore reports a word's comma and a space right before s[start], as a voicemail's or a
// log's header writes a caller's number after the name (stop 59: "Voicemail from Olivia Lee,
// 0833875004: …"); not a date's or a list's digits ("31, 21:58").
func nameCommaBefore(s string, start int) bool {
	return start >= 3 && s[start-1] == ' ' && s[start-2] == ',' && isLetter(s[start-3])
}

// plusRunScore is the score of plusRun's numbers: enough for a policy's default threshold.
const plusRunScore = 0.5

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
		if k+1 < len(s) && (s[k] == 'x' || s[k] == 'X') && isDigit(s[k+1]) && (n > 0 || k-ds >= 10) {
			gs[n] = group{start: ds, end: k, sep: s[sepStart:j]}
			return n + 1, k, plus // an extension follows: 212-555-0147x22, 2125550147x22
		}
		if k < len(s) && class[s[k]] == clsLetter && (s[k] < 0xe0 || !unspacedStartsAt(s, k)) { // CJK and Thai write a word right after a number (090-1234-5678です)
			if n == 0 {
				for k < len(s) && isAlnum(s[k]) {
					k++
				}
				return 0, -k, plus // a word that begins with digits: the caller checks it as a whole
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
		for m < len(s) && m-k < 3 && (s[m] == ' ' || s[m] == '-' || s[m] == '.') {
			m++
		}
		if m == k && (slashAfterTrunk(s, gs[0], n, plus, k) || paren && n == 1 && !plus && k+1 < len(s) && s[k] == '/' && isDigit(s[k+1]) || nanpSlash(s, gs[0], n, plus, k)) {
			m++ // 089/123456, 0664/1234567: a German or Austrian area code and its slash; (30)/489-5824
			if d := digitsAt(s, m+1); m+1 < len(s) && s[m] == ' ' && d >= 3 && m+d+2 < len(s) && s[m+1+d] == ' ' && isDigit(s[m+d+2]) {
				m++ // 05/ 512 89 77, as Belgium writes it: more groups after; not "05/ 2024"
			}
		}
		if m == k+1 && m < len(s) && s[m] == '/' && spacedSlashAfterTrunk(s, gs[0], n, plus, k) {
			m += 2 // 0234 / 61 48 27, as German letterheads write it
		}
		if m == k && !paren {
			// an area code or trunk prefix in brackets right after the country code:
			// +1(212)555-0134, +44(0)20 7946 0958
			if !(plus && n == 1 && k < len(s) && s[k] == '(') {
				break
			}
		}
		if m < len(s) && (isDigit(s[m]) || s[m] == '(') {
			if s[m-1] == ' ' && streetAfterNumber(s, gs[:n], k, m) {
				break
			}
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

// streetAfterNumber reports a street's house number at s[m] after the groups gs read so far,
// which end at k, where the number is no further group of theirs (stop 49): a listing's or an
// order's number two blanks before it, or one of eight digits or more, already whole, before
// it ("MLS# 22-418873  1187 Sycamore Bend Rd", "Order 4471  1187 …" had joined the two into
// a phone and left the street in the clear). A phone's own groups before a street are kept
// together ("212 555 0134 Main St" stays a phone and a street's remainder).
func streetAfterNumber(s string, gs []group, k, m int) bool {
	d := digitsAt(s, m)
	if d > 5 || m+d+1 >= len(s) || s[m+d] != ' ' || !isUpper(s[m+d+1]) {
		return false
	}
	if m-k < 2 || s[k] != ' ' || s[k+1] != ' ' {
		digits := 0
		for _, g := range gs {
			digits += g.end - g.start
		}
		if digits < 8 {
			return false
		}
	}
	_, ok, _ := address(s, m)
	return ok
}

// slashAfterTrunk reports a slash at s[k] right after the first group g of a run that reads
// as a trunk-prefixed area code (two to five digits beginning with one 0, not bracketed, no '+'),
// with a digit after it: the German-speaking way of writing a phone number. Dates begin with
// a day or month, never so, and a slash after any other group still ends the run.
func slashAfterTrunk(s string, g group, n int, plus bool, k int) bool {
	return trunkAreaCode(s, g, n, plus) && k+1 < len(s) && s[k] == '/' && (isDigit(s[k+1]) || k+2 < len(s) && s[k+1] == ' ' && digitsAt(s, k+2) >= 3)
}

// trunkAreaCode reports a run's first group g, the run's only one so far (n), as a
// trunk-prefixed area code: two to five digits beginning with one 0, not bracketed, no '+'.
func trunkAreaCode(s string, g group, n int, plus bool) bool {
	size := g.end - g.start
	return n == 1 && !plus && !g.paren && size >= 2 && size <= 5 && s[g.start] == '0' && s[g.start+1] != '0'
}

// spacedSlashAfterTrunk reports " / " at s[k] after the first group g of a run that reads as a
// trunk-prefixed area code (slashAfterTrunk), before five digits or more, or before a group and
// more groups after it: "0234 / 61 48 27", "030 / 12345678" (stop 35: the area code had been left
// in the clear); not "05 / 2024".
func spacedSlashAfterTrunk(s string, g group, n int, plus bool, k int) bool {
	if k+3 >= len(s) || s[k] != ' ' || s[k+1] != '/' || s[k+2] != ' ' || !trunkAreaCode(s, g, n, plus) {
		return false
	}
	d := digitsAt(s, k+3)
	return d >= 5 || d >= 2 && k+4+d < len(s) && s[k+3+d] == ' ' && isDigit(s[k+4+d])
}

// nanpSlash reports a slash at s[k] after a North American area code that a local number in
// its 3-4 form follows (212/555-0147): the groups had stopped at the slash and left the area
// code in the clear. A date begins with a day, a month or a year, never three digits so.
func nanpSlash(s string, g group, n int, plus bool, k int) bool {
	return n == 1 && !plus && !g.paren && g.end-g.start == 3 && s[g.start] >= '2' && k+9 <= len(s) && s[k] == '/' &&
		digitsAt(s, k+1) == 3 && s[k+4] == '-' && digitsAt(s, k+5) == 4
}

// wordGoesOn reports a letter or a digit at s[k] that carries a word on past a number: not a
// character of a script written without spaces, which Chinese, Japanese, Korean and Thai write
// right after one (090-1234-5678です, 4111-1111-1111-1111입니다, 0812345678ค่ะ).
func wordGoesOn(s string, k int) bool {
	return k < len(s) && isAlnum(s[k]) && (s[k] < 0xe0 || !unspacedStartsAt(s, k))
}

// classify decides what the groups gs (a contiguous slice of the run) are, if anything.
func classify(s string, gs []group, plus bool, runStart int, whole bool) (Finding, bool) {
	start, end := gs[0].start, gs[len(gs)-1].end
	if gs[0].paren && len(gs) > 1 {
		start-- // "(212) 555-0147": the area code's bracket; one bracketed number's is the sentence's
	}
	if plus {
		start = runStart
	}
	// an extension marker (x22) may follow a phone number; any other letter or digit means the
	// candidate is part of a longer word
	ext := end+1 < len(s) && s[end]|0x20 == 'x' && isDigit(s[end+1])
	if wordGoesOn(s, end) && !ext {
		return Finding{}, false
	}
	n := 0
	for _, g := range gs {
		n += g.end - g.start
	}
	if n < 6 && len(gs) != 4 || plus && n < 8 {
		return Finding{}, false // no phone, card, SSN or ITIN is this short, and no IPv4 has other than four groups
	}
	var buf [64]byte
	digits, fits := groupDigits(s, gs, buf[:0])
	if !fits {
		return Finding{}, false
	}
	mk := func(typ string, score float64) (Finding, bool) {
		if gs[0].paren && !plus { // phones, which keep their brackets, are built apart
			start = gs[0].start // "(4532015112830366)": the bracket belongs to the sentence, not the number
		}
		return Finding{Type: typ, Start: start, End: end, Score: score, Source: SourcePattern}, true
	}
	if ext {
		if score := phoneScore(s[start:end], gs, digits, plus, whole); score > 0 {
			return Finding{Type: Phone, Start: start, End: extension(s, end), Score: score, Source: SourcePattern}, true
		}
		return Finding{}, false
	}
	if !plus && start >= 3 && s[start-3:start] == "〒" && len(digits) == 7 && (len(gs) == 2 && gs[0].end-gs[0].start == 3 || len(gs) == 1) {
		return mk(ZIPCode, 0.9) // Japan's postcode after its mark: 〒150-0002 (stop 50)
	}
	if !plus && isIPv4(s, gs) {
		if dottedRun(s, start, end) {
			return Finding{}, false // four numbers out of an OID, a version or an ip6.arpa name
		}
		return mk(IPAddress, ipv4Score(s, start, end))
	}
	if !plus && len(digits) == 13 && string(digits[:3]) == "756" && gs1Valid(digits) {
		// a Swiss social security number (AHV/AVS): 756, nine digits and an EAN-13 check digit,
		// written 756.1234.5678.97; unsplit, it is weak until "AHV" or "AVS" stands near
		if len(gs) == 4 && eq(groupSizes(gs), 3, 4, 4, 2) && sameSeparators(gs, ".") {
			return mk(CHAHV, 0.9)
		}
		if len(gs) == 1 {
			return mk(CHAHV, 0.4)
		}
	}
	if !plus && len(digits) == 16 && string(digits[:5]) == "80036" && cardGroups(gs) && luhn(digits) {
		// Australia's healthcare identifiers (ISO 7812's health issuers): an individual's IHI, a
		// practitioner's HPI-I; never a card's (stop 41)
		switch digits[5] {
		case '0':
			return mk(AUIHI, 0.9)
		case '1':
			return mk(MedicalLicense, 0.85)
		}
	}
	if !plus && len(digits) == 12 && len(gs) == 3 && eq(groupSizes(gs), 6, 2, 4) && sameSeparators(gs, "-") && myNRICValid(string(digits)) {
		return mk(MYNRIC, 0.85) // a MyKad as the card prints it: 800101-14-5567 (stop 41)
	}
	if !plus && len(digits) == 13 && len(gs) == 3 && eq(groupSizes(gs), 6, 4, 3) && sameSeparators(gs, " ") && zaIDValid(string(digits)) {
		return mk(ZAID, 0.85) // a South African identity number in its groups: 800101 5009 087 (stop 41)
	}
	unknownCard := false // Luhn-valid and of a card's length, but in no network's ranges
	// a bracketed first group of several is an area or country code, never a card's: "(351) 920088959"
	if !plus && len(digits) >= 12 && len(digits) <= 19 && singleSeparators(gs, " -.") && !(gs[0].paren && len(gs) > 1) && cardGroups(gs) && luhn(digits) {
		if score := issuer(digits); score > 0 {
			return mk(CreditCard, score)
		}
		unknownCard = true
	}
	if !plus && len(digits) == 15 && nirGroups(gs) && nirValid(string(digits)) {
		return mk(FRNIR, 0.85) // 1 85 05 78 006 084 91: the card's own grouping, and its key
	}
	if !plus && len(digits) == 9 && itinValid(string(digits)) && len(gs) == 3 && gs[0].end-gs[0].start == 3 && gs[1].end-gs[1].start == 2 {
		if sameSeparators(gs, "-") {
			return mk(USITIN, 0.85)
		}
		return mk(USITIN, 0.5)
	}
	if !plus && len(digits) == 9 && validSSN(digits) {
		switch {
		case len(gs) == 3 && gs[0].end-gs[0].start == 3 && gs[1].end-gs[1].start == 2 && sameSeparators(gs, "-") && len(gs[1].sep) == 1 && len(gs[2].sep) == 1:
			return mk(SSN, 0.85)
		case len(gs) == 3 && gs[0].end-gs[0].start == 3 && gs[1].end-gs[1].start == 2 && sameSeparators(gs, " .-"):
			return mk(SSN, 0.5) // spaces, dots, or dashes with blanks about them, which a context word must vouch for
		case len(gs) == 1: // nine bare digits are mostly ids and hashes: context words must vouch
			return mk(SSN, 0.2)
		}
	}
	if end < len(s) && s[end] == ':' && !(labelColon(s, end) && (plus || senderBefore(s, start) || nameCommaBefore(s, start) && (len(gs) > 1 || s[start] == '0'))) {
		return Finding{}, false // a time follows (2024-01-31 21:58): a timestamp, not a phone; but a message's sender ("SMS from +447700900123: Hi")
	}
	if len(gs) == 1 && !plus && end+1 < len(s) && s[end] == '.' && isDigit(s[end+1]) {
		return Finding{}, false // a number's whole part, no phone: a Unix time, "ts":"1733155200.001200"
	}
	if len(digits) == 8 && len(gs) == 1 && !plus && postcodeBeforeTown(s, end) {
		return Finding{}, false
	}
	if !plus && (len(digits) == 7 || len(digits) == 8) && len(gs) <= 2 && calleeBefore(s, start, end, digits) {
		return Finding{Type: Phone, Start: start, End: end, Score: 0.65, Source: SourcePattern}, true // "contact Angela Gibbs on 8366712" (stop 60)
	}
	if score := phoneScore(s[start:end], gs, digits, plus, whole); score > 0 {
		return Finding{Type: Phone, Start: start, End: extension(s, end), Score: score, Source: SourcePattern}, true
	}
	if unknownCard { // a private-label or new range: a context word ("card", "visa") must vouch
		return mk(CreditCard, unknownCardScore)
	}
	return Finding{}, false
}

// cardWords name a card right before its number: "card 4024 …", "Visa: 4024-…", "card number
// 4024 …", "CC# 4024…".
var cardWords = foldSet("card visa mastercard amex discover cc pan")

// cardWordBefore reports one of cardWords before s[start], with at most "number", "no" or "#" and
// a colon, an equals sign or blanks between.
func cardWordBefore(s string, start int) bool {
	k := start
	for n := 0; n < 2; n++ {
		for k > 0 && (s[k-1] == ' ' || s[k-1] == ':' || s[k-1] == '=' || s[k-1] == '#' || s[k-1] == '.') && start-k < 8 {
			k--
		}
		j := k
		for j > 0 && isLetter(s[j-1]) && s[j-1] < 0x80 && k-j <= 10 {
			j--
		}
		if j == k || j > 0 && isAlnum(s[j-1]) {
			return false
		}
		w := s[j:k]
		if cardWords.has(w) {
			return true
		}
		if !strings.EqualFold(w, "number") && !strings.EqualFold(w, "no") && !strings.EqualFold(w, "num") {
			return false
		}
		k = j
	}
	return false
}

// cardGroups reports groups a card number may be written in: one run of digits, or groups of at
// most eight digits however they are separated ("4111 1111 1111 1111", "3782 822463 10005",
// "4111-1111 1111.1111"). A longer group among others is a phone or an account number before an
// amount, as statements write them ("PAYPAL *JANE 4029357733 519.53" had been a card, Luhn
// agreeing by chance).
func cardGroups(gs []group) bool {
	if len(gs) == 1 {
		return true
	}
	for _, g := range gs {
		if g.end-g.start > 8 {
			return false
		}
	}
	return true
}

// postcodeBeforeTown reports a number ending at s[end] that a town follows, as a postcode is
// written: a capitalised word after a space, or " / " and a state's two capitals later on the
// line (Brazil's CEP: "67111373 Pastor Paulista / RR", "69680988 da Mota / DF").
func postcodeBeforeTown(s string, end int) bool {
	if end+1 < len(s) && s[end] == ' ' && isUpper(s[end+1]) {
		return true
	}
	line := s[end:]
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	if len(line) > 60 {
		line = line[:60]
	}
	k := strings.Index(line, " / ")
	return k >= 0 && k+5 <= len(line) && isUpper(line[k+3]) && isUpper(line[k+4]) && (k+5 == len(line) || !isLetter(line[k+5]))
}

// unknownCardScore is the score of a Luhn-valid number of a card's length outside every
// network's ranges.
const unknownCardScore = 0.3

// singleSeparators reports whether every separator between groups is one byte from allowed, or
// spaces around one; mixed separators (4111-1111 1111.1111) are an evasion, not a different number.
func singleSeparators(gs []group, allowed string) bool {
	for _, g := range gs[1:] {
		sep := strings.Trim(g.sep, " ")
		if g.paren || len(g.sep) == 0 || len(sep) > 1 || sep != "" && strings.IndexByte(allowed, sep[0]) < 0 {
			return false // one separator, with spaces around it at most: "4111 - 1111", "4111  1111"
		}
	}
	return true
}

// sameSeparators reports whether every separator between groups is one byte from allowed, the same byte each time.
func sameSeparators(gs []group, allowed string) bool {
	var sep byte
	for _, g := range gs[1:] {
		sp := g.sep
		if len(sp) > 1 && len(sp) <= 3 && strings.Trim(sp, " ") == "-" {
			sp = "-" // a dash with blanks about it, one separator as much as the dash alone (stop 48): "SSN: 123 - 45 - 6789"
		}
		if len(sp) != 1 || g.paren {
			return false
		}
		c := sp[0]
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

// dottedRun reports whether the dotted quad s[start:end] is part of a longer run of dotted
// numbers (1.2.840.113549.1, 4.2.11.1.3, a nibble-reversed ip6.arpa name) or is itself a
// reversed in-addr.arpa name: none of those is an address as written.
func dottedRun(s string, start, end int) bool {
	if end+1 < len(s) && s[end] == '.' && isDigit(s[end+1]) {
		return true
	}
	if start >= 2 && s[start-1] == '.' && isDigit(s[start-2]) {
		return true
	}
	return end < len(s) && len(s)-end >= len(".in-addr.arpa") && strings.EqualFold(s[end:end+len(".in-addr.arpa")], ".in-addr.arpa")
}

// ipv4Score scores a dotted quad: ipScore for what the address is, lowered to 0.4 where the
// quad reads as a version or section number rather than an address: every part below 16
// (RFC 8446 section 4.2.11.1, alsa 1.2.5.1) or a package revision after it (1.2.5.1-2), but
// not with a port after it (8.8.8.8:53).
// Context words (ip, host, server) lift those back above the default threshold.
func ipv4Score(s string, start, end int) float64 {
	score := ipScore(s[start:end])
	if score < 0.95 {
		return score
	}
	if start >= 3 && hasPrefixFold(s[start-3:start], "rv:") {
		return 0.4 // a browser engine's revision in a user agent: rv:1.9.3.20
	}
	if end+1 < len(s) && s[end] == '-' && isDigit(s[end+1]) {
		return 0.4
	}
	if end+1 < len(s) && s[end] == ':' && isDigit(s[end+1]) {
		return score // a port after it (8.8.8.8:53): an address, whatever its parts
	}
	v := 0
	for k := start; k <= end; k++ {
		if k == end || s[k] == '.' {
			if v >= 16 {
				return score
			}
			v = 0
			continue
		}
		v = v*10 + int(s[k]-'0')
	}
	return 0.4
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
	return len(digits) > 1 && LuhnDigit(digits[:len(digits)-1]) == digits[len(digits)-1]
}

// LuhnDigit returns the Luhn check digit ('0' to '9') that completes body, a string of digits.
func LuhnDigit(body []byte) byte {
	sum, double := 0, true
	for k := len(body) - 1; k >= 0; k-- {
		d := int(body[k] - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

// cardRule is one network's prefix range (on the first len(lo) digits) and lengths: strong for
// its usual lengths, weak for rarer short ones.
type cardRule struct {
	network      string
	lo, hi       string // prefix range, inclusive, compared on the first len(lo) digits
	strong, weak [2]int // length ranges; {0, 0} for none
}

// cardRules are the networks' ranges, as kept by Braintree's credit-card-type. Co-branded ranges
// (Discover and UnionPay, Visa and Maestro) appear under each network.
var cardRules = []cardRule{
	{"visa", "4", "4", [2]int{16, 19}, [2]int{13, 15}},
	{"mastercard", "51", "55", [2]int{16, 16}, [2]int{}},
	{"mastercard", "2221", "2720", [2]int{16, 16}, [2]int{}},
	{"amex", "34", "34", [2]int{15, 15}, [2]int{}},
	{"amex", "37", "37", [2]int{15, 15}, [2]int{}},
	{"discover", "6011", "6011", [2]int{16, 19}, [2]int{}},
	{"discover", "644", "649", [2]int{16, 19}, [2]int{}},
	{"discover", "65", "65", [2]int{16, 19}, [2]int{}},
	{"diners", "300", "305", [2]int{14, 19}, [2]int{}},
	{"diners", "36", "36", [2]int{14, 19}, [2]int{}},
	{"diners", "38", "39", [2]int{14, 19}, [2]int{}},
	{"diners", "3095", "3095", [2]int{14, 19}, [2]int{}},
	{"jcb", "3528", "3589", [2]int{16, 19}, [2]int{15, 15}},
	{"jcb", "2131", "2131", [2]int{16, 19}, [2]int{15, 15}},
	{"jcb", "1800", "1800", [2]int{16, 19}, [2]int{15, 15}},
	{"jcb", "3088", "3094", [2]int{16, 16}, [2]int{}}, // historic JCB ranges
	{"jcb", "3096", "3102", [2]int{16, 16}, [2]int{}},
	{"jcb", "3112", "3120", [2]int{16, 16}, [2]int{}},
	{"jcb", "3158", "3159", [2]int{16, 16}, [2]int{}},
	{"jcb", "3337", "3349", [2]int{16, 16}, [2]int{}},
	{"unionpay", "62", "62", [2]int{16, 19}, [2]int{14, 15}},
	{"unionpay", "81", "81", [2]int{16, 19}, [2]int{14, 15}},
	{"mir", "2200", "2204", [2]int{16, 19}, [2]int{}},
	{"maestro", "493698", "493698", [2]int{16, 19}, [2]int{12, 15}},
	{"maestro", "50", "50", [2]int{16, 19}, [2]int{12, 15}},
	{"maestro", "56", "69", [2]int{16, 19}, [2]int{12, 15}},
	{"uatp", "1", "1", [2]int{15, 15}, [2]int{}},
	{"rupay", "82", "82", [2]int{16, 16}, [2]int{}},
	{"troy", "9792", "9792", [2]int{16, 16}, [2]int{}},
}

// issuer scores a card number against the networks' ranges: 1 for a network's usual lengths,
// 0.6 for its rarer short ones (which context words such as "card" then confirm), 0 for none.
func issuer(d []byte) float64 {
	n := len(d)
	best := 0.0
	for _, r := range cardRules {
		if len(r.lo) > n {
			continue
		}
		if p := string(d[:len(r.lo)]); p < r.lo || p > r.hi {
			continue
		}
		switch {
		case n >= r.strong[0] && n <= r.strong[1]:
			return 1
		case n >= r.weak[0] && n <= r.weak[1]:
			best = 0.6
		}
	}
	return best
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

// phoneScore returns a score for a phone-number candidate, or 0 when it is not one. Scores are
// remembered (they depend on the candidate alone): libphonenumber's parsing is the costliest
// step of the catalogue, and the same numbers recur in a dataset and across requests.
func phoneScore(cand string, gs []group, digits []byte, plus, whole bool) float64 {
	if len(digits) < 6 || plus && len(digits) < 8 {
		return 0 // too short for any case of phoneScoreSlow: most numbers in text, told without the memo
	}
	key := phoneKey{cand, plus, whole}
	sh := &phoneMemo[foldHash(cand)>>8%phoneShards] // the hash's low bit is always set
	sh.mu.RLock()
	v, ok := sh.m[key]
	sh.mu.RUnlock()
	if ok {
		return v
	}
	v = phoneScoreSlow(cand, gs, digits, plus, whole)
	key.cand = strings.Clone(cand) // not a slice of the text, which it would keep alive
	sh.mu.Lock()
	if len(sh.m) >= phoneMemoMax/phoneShards || sh.m == nil { // bounded: start afresh rather than grow
		sh.m = make(map[phoneKey]float64)
	}
	sh.m[key] = v
	sh.mu.Unlock()
	return v
}

// phoneMemo remembers libphonenumber's verdicts, which cost microseconds, by candidate: a
// dataset repeats its numbers. It is sharded so that the workers of a dataset run do not queue
// on one lock, and typed so that a lookup neither allocates nor boxes its key.
var phoneMemo [phoneShards]struct {
	mu sync.RWMutex
	m  map[phoneKey]float64
}

type phoneKey struct {
	cand        string
	plus, whole bool
}

const phoneShards = 16

const phoneMemoMax = 1 << 16

func phoneScoreSlow(cand string, gs []group, digits []byte, plus, whole bool) float64 {
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
	// an international call prefix (00 in most of the world, 011 from North America) reads as '+'
	for _, prefix := range []string{"011", "00"} {
		if rest := string(digits); len(rest) > len(prefix)+7 && rest[:len(prefix)] == prefix {
			if num, err := phonenumbers.Parse("+"+rest[len(prefix):], ""); err == nil && phonenumbers.IsPossibleNumber(num) {
				return 0.75
			}
		}
	}
	sizes := make([]int, 0, len(gs))
	for _, g := range gs {
		sizes = append(sizes, g.end-g.start)
	}
	nanp := func(ds []byte) bool { return ds[0] >= '2' } // NANP area codes never begin with 0 or 1
	switch {
	case n == 10 && eq(sizes, 3, 3, 4) && nanp(digits), n == 11 && digits[0] == '1' && eq(sizes, 1, 3, 3, 4) && nanp(digits[1:]):
		return 0.75
	case n == 10 && eq(sizes, 3, 3, 4) && (gs[0].paren || consistent(gs[1:])),
		n == 11 && digits[0] == '1' && eq(sizes, 1, 3, 3, 4) && (gs[1].paren || consistent(gs[1:])):
		return 0.6 // written as a US number, though no area code begins with 0 or 1
	case n == 10 && eq(sizes, 3, 7) && nanp(digits) && (gs[0].paren || gs[1].sep == " " || gs[1].sep == "-"):
		return 0.6 // (202)5550175, 202-5550175: an area code, then the number unsplit
	case n == 10 && len(gs) == 1:
		return 0.3
	case gs[0].paren && gs[0].end-gs[0].start <= 3 && len(gs) >= 2 && n >= 9 && n <= 15 && gs[0].start > 0 && digits[0] != '0':
		// (351) 912 345 678, (49) 30 1234567: a country code in brackets, without its '+'
		if num, err := phonenumbers.Parse("+"+string(digits), ""); err == nil && phonenumbers.IsValidNumber(num) {
			return 0.6
		}
	case n == 11 && digits[0] == '8' && len(gs) >= 3 && (gs[1].paren && gs[1].end-gs[1].start == 3 || eq(sizes, 1, 3, 3, 2, 2) && consistent(gs[1:])):
		// 8 (495) 123-45-67, 8 916 123 45 67: Russia's trunk prefix before an area code, in
		// brackets or grouped as Russians group a number
		if num, err := phonenumbers.Parse("+7"+string(digits[1:]), ""); err == nil && phonenumbers.IsValidNumber(num) {
			return 0.6
		}
	case n >= 11 && n <= 15 && len(gs) == 1 && whole && digits[0] != '0' && validInternational(digits):
		// an international number without its '+', as WhatsApp and SMS gateways write it
		// (4915123456789, 5521987654321): weak, as ids look alike, until "call" or "WhatsApp"
		return 0.3
	case (n == 9 || n == 11) && len(gs) == 1 && whole:
		// nine or eleven bare digits that some country dials (912345678 in Spain, 13812345678 a
		// Chinese mobile, 09876543210 an Indian one with its trunk 0): weak, as ids look alike
		for _, region := range []string{"CN", "IN", "ES", "FR", "GB", "DE", "IT", "BR", "MX", "JP"} {
			if num, err := phonenumbers.Parse(cand, region); err == nil && phonenumbers.IsValidNumber(num) {
				return 0.3
			}
		}
	case n == 8 && len(gs) == 1 && whole && digits[0] != '0' && digits[0] != '1':
		// eight bare digits, as Denmark and Norway dial (Ring til Ulla på 90089806): weak, as ids
		// and dates look alike, until a phone word beside it says so (a postcode before its town
		// is left before this: see postcodeBeforeTown)
		for _, region := range []string{"DK", "NO"} {
			if num, err := phonenumbers.Parse(cand, region); err == nil && phonenumbers.IsValidNumber(num) {
				return 0.3
			}
		}
	case n == 12 && len(gs) >= 2 && digits[0] == '0' && digits[1] == '1' && digits[2] >= '5' && digits[2] <= '7':
		// a German mobile of twelve digits with its trunk 0 (stop 46): "0176 12345678"
		if num, err := phonenumbers.Parse(cand, "DE"); err == nil && phonenumbers.IsValidNumber(num) {
			return 0.6
		}
	case n >= 9 && n <= 11 && digits[0] == '0' && len(gs) >= 2:
		for _, region := range []string{"GB", "DE", "FR", "IT", "ES", "NL", "IN", "AU", "AT", "CH"} {
			if num, err := phonenumbers.Parse(cand, region); err == nil && phonenumbers.IsValidNumber(num) {
				return 0.6
			}
		}
	case n == 7 && eq(sizes, 3, 4) && gs[1].sep == "-":
		return 0.4
	}
	// a weak candidate: a grouped number of phone length that only context words make a phone
	// (only a whole run of digit groups, never a slice of a longer one, and not in an SSN's shape)
	if whole && n >= 6 && n <= 12 && len(gs) >= 2 && minSize(sizes) >= 2 && maxSize(sizes) <= 6 && !anySep(gs[1:], '.') && !eq(sizes, 3, 2, 4) && !yearRange(digits, sizes) {
		return 0.3
	}
	return 0
}

// yearRange reports two groups of four digits that read as years from 1800 to 2099, the second
// no earlier than the first: a life's or a job's span ("Eugene (1931–2026)"), no phone (stop 46).
func yearRange(digits []byte, sizes []int) bool {
	if !eq(sizes, 4, 4) {
		return false
	}
	year := func(d []byte) int { return int(d[0]-'0')*1000 + int(d[1]-'0')*100 + int(d[2]-'0')*10 + int(d[3]-'0') }
	a, b := year(digits[:4]), year(digits[4:])
	return a >= 1800 && b <= 2099 && a <= b
}

func minSize(sizes []int) int {
	m := sizes[0]
	for _, v := range sizes[1:] {
		m = min(m, v)
	}
	return m
}

// consistent reports groups joined by one and the same single separator.
func consistent(gs []group) bool {
	for _, g := range gs {
		if len(g.sep) != 1 || g.sep != gs[0].sep {
			return false
		}
	}
	return true
}

func maxSize(sizes []int) int {
	m := sizes[0]
	for _, v := range sizes[1:] {
		m = max(m, v)
	}
	return m
}

func anySep(gs []group, c byte) bool {
	for _, g := range gs {
		if strings.IndexByte(g.sep, c) >= 0 {
			return true
		}
	}
	return false
}

// extension extends a phone number ending at end over an extension: x22, x 22, x. 22, ext. 22,
// ext 22, ext: 22.
func extension(s string, end int) int {
	j := end
	for j < len(s) && s[j] == ' ' && j-end < 1 {
		j++
	}
	rest := strings.ToLower(s[j:min(len(s), j+11)])
	for _, marker := range []string{"extension ", "ext. ", "ext.", "ext: ", "ext ", "x. ", "x ", "x"} {
		if strings.HasPrefix(rest, marker) {
			k := j + len(marker)
			d := k
			for d < len(s) && d-k < 6 && isDigit(s[d]) {
				d++
			}
			if d > k && (d == len(s) || !isAlnum(s[d])) {
				return d
			}
		}
	}
	return end
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

// dateShaped reports groups that begin as a date (2024-01-31, 31.01.2024, 2024-01-31 21) rather
// than a number.
func dateShaped(gs []group) bool {
	if len(gs) < 3 || gs[1].sep != gs[2].sep || len(gs[1].sep) != 1 || gs[1].sep == " " {
		return false
	}
	a, b, c := gs[0].end-gs[0].start, gs[1].end-gs[1].start, gs[2].end-gs[2].start
	return (a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && c == 4)
}

// numericOnly reports a date written with digits and separators only.
func numericOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			return false
		}
	}
	return true
}

// hebrewPrefix reports the hyphen of a Hebrew prefix at s[k], which Hebrew joins to a number
// ("ב-15 במרץ", on the 15th; "מ-3", from the 3rd; "ל-5", to the 5th): a word's start, not a
// longer number's.
func hebrewPrefix(s string, k int) bool {
	return k >= 2 && s[k-2] == 0xd7 && (s[k-1] == 0x91 || s[k-1] == 0x9c || s[k-1] == 0x9e) && (k == 2 || s[k-3] < 0x80 && !isAlnum(s[k-3]))
}

// wordsIn reports a letter in s, of any script: a date's month named in words ("14 March 1985",
// "14 марта 1985", "15 मार्च 1998"), which numericOnly, reading ASCII, missed in other scripts
// (so that a date with a Russian month scored as a numeric one, under the policies' threshold).
func wordsIn(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) || s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// cardAfterPunct finds a whole card number beginning at s[i], where s[i-1] is the '.' or '-' of
// an abbreviation or label before it ("no.4111…", "CC-4111…").
func cardAfterPunct(s string, i int) (Finding, bool) {
	var gs [maxGroups]group
	n, end, _ := collectGroups(s, i, &gs)
	if n == 0 || end < 0 {
		return Finding{}, false
	}
	f, ok := classify(s, gs[:n], false, i, true)
	if !ok || f.Type != CreditCard {
		return Finding{}, false
	}
	return f, true
}

// oddlySeparatedCard reads a card number whose groups a slash or an underscore joins, one of them
// throughout, as a way to slip it past a scanner ("4111/1111/1111/1111", "4111_1111_1111_1111"):
// three groups or more of three to six digits, 13 to 19 in all, in a network's usual range and
// length, passing Luhn. Dates and paths hold fewer digits, or fail the check.
func oddlySeparatedCard(s string, i int) (Finding, bool) {
	var digits [19]byte
	n, groups, j := 0, 0, i
	var sep byte
	for {
		k := j
		for k < len(s) && isDigit(s[k]) && k-j < 7 {
			k++
		}
		if k-j < 3 || k-j > 6 || n+k-j > len(digits) {
			return Finding{}, false
		}
		n += copy(digits[n:], s[j:k])
		groups++
		if k+1 < len(s) && (s[k] == '/' || s[k] == '_') && (sep == 0 || s[k] == sep) && isDigit(s[k+1]) {
			sep, j = s[k], k+1
			continue
		}
		if groups < 3 || n < 13 || k < len(s) && (isAlnum(s[k]) || s[k] == '/' || s[k] == '_') {
			return Finding{}, false
		}
		if !luhn(digits[:n]) || issuer(digits[:n]) < 1 {
			return Finding{}, false
		}
		return Finding{Type: CreditCard, Start: i, End: k, Score: 1, Source: SourcePattern}, true
	}
}

// parenCountryCode reads a number written with its country code in parentheses: (+44) 20 7946 0958.
func parenCountryCode(s string, i int) (Finding, bool) {
	k := i + 2
	for k < len(s) && isDigit(s[k]) && k-i < 5 {
		k++
	}
	if k >= len(s) || s[k] != ')' {
		return Finding{}, false
	}
	cc := s[i+2 : k]
	k++
	for k < len(s) && s[k] == ' ' && k-i < 8 {
		k++
	}
	if k >= len(s) || !isDigit(s[k]) {
		return Finding{}, false
	}
	var gs [maxGroups]group
	n, end, _ := collectGroups(s, k, &gs)
	if n == 0 || end < 0 || wordGoesOn(s, end) {
		return Finding{}, false
	}
	num, err := phonenumbers.Parse("+"+cc+" "+s[k:end], "")
	if err != nil || !phonenumbers.IsPossibleNumber(num) {
		return Finding{}, false
	}
	score := 0.75
	if phonenumbers.IsValidNumber(num) {
		score = 0.9
	}
	return Finding{Type: Phone, Start: i, End: extension(s, end), Score: score, Source: SourcePattern}, true
}

// slashedRange reads a range of days that writes its year once, at the end: "3/14-3/20/2024",
// "12/28–1/3/2025" (a stay, a visit). It is one date span, scored as the date that ends it; the
// dash would otherwise hide the second date from the number scan and leave the first unread.
func slashedRange(s string, i int) (Finding, bool) {
	k := i
	part := func() bool { // one or two digits
		e := k
		for e < len(s) && isDigit(s[e]) && e-k < 3 {
			e++
		}
		if e == k || e-k > 2 {
			return false
		}
		k = e
		return true
	}
	if !part() || k >= len(s) || s[k] != '/' {
		return Finding{}, false
	}
	k++
	if !part() {
		return Finding{}, false
	}
	if d := dashAt(s, k); d > 0 {
		k += d
	} else {
		return Finding{}, false
	}
	if k >= len(s) || !isDigit(s[k]) {
		return Finding{}, false
	}
	end := date(s, k)
	if end == 0 || strings.Count(s[k:end], "/") != 2 || !longYear(s[k:end]) {
		return Finding{}, false
	}
	f := dateFinding(s, k, end, false)
	f.Start = i
	return f, true
}

// nirGroups reports the grouping a French social security card prints its number in: 1 85 05
// 78 006 084 91, single spaces between.
func nirGroups(gs []group) bool {
	if len(gs) != 7 {
		return false
	}
	var sizes [7]int
	for k, g := range gs {
		sizes[k] = g.end - g.start
	}
	if !eq(sizes[:], 1, 2, 2, 2, 3, 3, 2) {
		return false
	}
	for _, g := range gs[1:] {
		if g.sep != " " {
			return false
		}
	}
	return true
}

// japaneseBlock reads a Japanese address as it is written in Latin letters: the block numbers
// (chōme, banchi, gō: "2-11-3"), then the district and the ward or city, one of them marked by
// -ku, -shi, -cho, -machi, -gun or -ken, with the prefecture and postcode after ("2-11-3 Meguro,
// Meguro-ku, Tokyo 153-0063"). It returns one street address.
func japaneseBlock(s string, i int) (Finding, bool) {
	k := i
	groups := 0
	for groups < 3 {
		e := k
		for e < len(s) && isDigit(s[e]) && e-k < 4 {
			e++
		}
		if e == k {
			return Finding{}, false
		}
		groups++
		k = e
		if k+1 < len(s) && s[k] == '-' && isDigit(s[k+1]) {
			k++
			continue
		}
		break
	}
	if groups < 2 || k >= len(s) || s[k] != ' ' {
		return Finding{}, false
	}
	end := 0
	for j := k; j < len(s) && j-k < 80; {
		j = skipBlanksTo(s, j)
		w, e := word(s, j)
		if w == "" || !isCapital(w) {
			break
		}
		if e+1 < len(s) && s[e] == '-' && isLetter(s[e+1]) { // Meguro-ku
			e++
			for e < len(s) && isLetter(s[e]) {
				e++
			}
		}
		lw := strings.ToLower(s[j:e])
		if japanPrefectures[strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(lw, "-ken"), "-to"), "-fu")] {
			if z := dashedPostcode(s, skipBlanksTo(s, e), 3, 4); z > 0 {
				end = z // a prefecture and its postcode, the district and city unmarked before them:
				break   // "2-14-7 Kichijoji Honcho, Musashino, Tokyo 180-0004" (stop 50)
			}
		}
		for _, suffix := range []string{"-ku", "-shi", "-cho", "-chō", "-machi", "-gun", "-ken", "-to", "-fu"} {
			if strings.HasSuffix(lw, suffix) {
				end = e
			}
		}
		if end > 0 && e > end { // a word after the ward: the prefecture or city ("Tokyo")
			end = e
		}
		j = e
	}
	if end == 0 {
		return Finding{}, false
	}
	if z := dashedPostcode(s, skipBlanksTo(s, end), 3, 4); z > 0 {
		end = z // Tokyo 153-0063
	}
	return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.8, Source: SourcePattern}, true
}

// japanPrefectures are Japan's 47 prefectures as Latin letters write them, in lower case.
var japanPrefectures = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Fields("hokkaido hokkaidō aomori iwate miyagi akita yamagata fukushima ibaraki tochigi gunma saitama chiba " +
		"tokyo tōkyō kanagawa niigata toyama ishikawa fukui yamanashi nagano gifu shizuoka aichi mie shiga kyoto kyōto osaka ōsaka " +
		"hyogo hyōgo nara wakayama tottori shimane okayama hiroshima yamaguchi tokushima kagawa ehime kochi kōchi fukuoka saga " +
		"nagasaki kumamoto oita ōita miyazaki kagoshima okinawa") {
		m[p] = true
	}
	return m
}()

// skipBlanksTo returns where the text after s[i:] spaces and commas begins, and past a slash
// between spaces, which a shipping label writes between the lines of an address on one ("3-14-1
// SHIBUYA / SHIBUYA-KU TOKYO 150-0002", stop 46).
func skipBlanksTo(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == ',' || s[i] == '/' && i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ') {
		i++
	}
	return i
}

// groupSizes returns the number of digits of each group.
func groupSizes(gs []group) []int {
	sizes := make([]int, len(gs))
	for k, g := range gs {
		sizes[k] = g.end - g.start
	}
	return sizes
}

// isbnGroups reports an ISBN written with its hyphens: ten characters in four groups whose last
// is the check character (0-411-77910-9, its mod-11 check holding), or 978 or 979 and ten more
// in five groups whose EAN-13 check holds (978-0-637-31986-7). No phone or card is grouped so,
// with a lone last digit.
func isbnGroups(s string, gs []group) bool {
	if len(gs) < 4 || !sameSeparators(gs, "-") || gs[len(gs)-1].end-gs[len(gs)-1].start != 1 {
		return false
	}
	var buf [16]byte
	digits, ok := groupDigits(s, gs, buf[:0])
	if !ok {
		return false
	}
	switch {
	case len(gs) == 4 && len(digits) == 10:
		return isbn10Sum(digits)%11 == 0
	case len(gs) == 5 && len(digits) == 13 && (string(digits[:3]) == "978" || string(digits[:3]) == "979"):
		return gs1Valid(digits)
	}
	return false
}

// isbn10Sum weighs the digits of an ISBN-10 from 10 down.
func isbn10Sum(digits []byte) int {
	sum := 0
	for k, c := range digits {
		sum += (10 - k) * int(c-'0')
	}
	return sum
}

// isbn10X reports three hyphened groups of nine digits that an ISBN-10 check character X (ten)
// completes.
func isbn10X(s string, gs []group) bool {
	var buf [9]byte
	digits, ok := groupDigits(s, gs, buf[:0])
	return ok && len(digits) == 9 && sameSeparators(gs, "-") && (isbn10Sum(digits)+10)%11 == 0
}

// groupDigits appends the digits of gs to dst, within dst's capacity; ok is false when they do
// not fit, so that a caller's array on the stack is never outgrown.
func groupDigits(s string, gs []group, dst []byte) ([]byte, bool) {
	for _, g := range gs {
		if len(dst)+g.end-g.start > cap(dst) {
			return dst, false
		}
		dst = append(dst, s[g.start:g.end]...)
	}
	return dst, true
}

// validInternational reports digits that libphonenumber reads as a valid number once a '+' is
// put before them.
func validInternational(digits []byte) bool {
	num, err := phonenumbers.Parse("+"+string(digits), "")
	return err == nil && phonenumbers.IsValidNumber(num)
}

// federalCaseKinds are the case types of US federal court numbers: civil, criminal, miscellaneous,
// magistrate judge, bankruptcy, adversary proceeding.
var federalCaseKinds = map[string]bool{"cv": true, "cr": true, "mc": true, "mj": true, "bk": true, "ap": true, "CV": true, "CR": true, "MC": true, "MJ": true, "BK": true, "AP": true}

// federalCase reads a US federal court's case number at s[i]: the office's digit, a colon, the
// year's two digits, the case type and a sequence of three to five digits ("3:24-cv-00871",
// "1:21-CR-123"), with the judge's initials after it if any ("-ABC"). It names one party's case.
func federalCase(s string, i int) (Finding, bool) {
	if i > 0 && (isAlnum(s[i-1]) || s[i-1] == ':') || s[i+1] != ':' || !isDigit(s[i+2]) || !isDigit(s[i+3]) || s[i+4] != '-' {
		return Finding{}, false
	}
	k := i + 5
	if k+3 > len(s) || !federalCaseKinds[s[k:k+2]] || s[k+2] != '-' {
		return Finding{}, false
	}
	k += 3
	e := k
	for e < len(s) && isDigit(s[e]) && e-k < 6 {
		e++
	}
	if e-k < 3 || e-k > 5 {
		return Finding{}, false
	}
	if e+1 < len(s) && s[e] == '-' && isLetter(s[e+1]) { // the judge's initials
		j := e + 1
		for j < len(s) && isLetter(s[j]) && j-e <= 4 {
			j++
		}
		if j-e-1 >= 2 && j-e-1 <= 4 && (j == len(s) || !isAlnum(s[j])) {
			e = j
		}
	}
	if e < len(s) && isAlnum(s[e]) {
		return Finding{}, false
	}
	return Finding{Type: IDNumber, Start: i, End: e, Score: 0.75, Source: SourcePattern}, true
}

// dashAt returns the length of a hyphen or an en dash at s[k], or 0.
func dashAt(s string, k int) int {
	switch {
	case strings.HasPrefix(s[k:], "-"):
		return 1
	case strings.HasPrefix(s[k:], "–"):
		return len("–")
	}
	return 0
}

// listNumber reports the full stop at s[dot] after an item's number of a numbered list, where
// spaces and a digit, a bracket or a '+' follow: the groups reader had read "1. 03/14/1985" as
// one number, which no reader took (the date after it went unmasked), "1. 078-05-1120" as a phone
// with a country code, and "1. 123 Main Street" as a number a street did not follow. A date
// written with a full stop and a space ("14. 03. 2025", "1. März") is read before this.
func listNumber(s string, dot int) bool {
	j := dot + 1
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return j > dot+1 && j < len(s) && (isDigit(s[j]) || s[j] == '(' || s[j] == '+')
}

// telegramBotToken returns the end of a Telegram bot's token at s[i], whose bot id is the d
// digits there: a colon, "AA" and 33 letters, digits, '_' or '-', nothing of a word after them;
// or 0.
func telegramBotToken(s string, i, d int) int {
	j := i + d + 1
	k := j
	for k < len(s) && k-j < 36 && (isAlnum(s[k]) || s[k] == '_' || s[k] == '-') {
		k++
	}
	if k-j != 35 || k < len(s) && (isAlnum(s[k]) || s[k] == '_' || s[k] == '-') {
		return 0
	}
	return k
}

// houseMarkBefore returns where "No. " before a house number at s[i] starts where it opens the
// address's part, as Nigeria, Ghana and South Asia write a house's number ("…, No. 12 Adeola
// Odeku Street"; stop 54), or i: the text's or the line's start, a comma's, a colon's or a
// bracket's blank before it, not a word's ("Invoice No. 12").
func houseMarkBefore(s string, i int) int {
	if i < 4 || s[i-4:i] != "No. " {
		return i
	}
	k := i - 4
	if k == 0 || s[k-1] == '\n' || s[k-1] == '(' || k >= 2 && s[k-1] == ' ' && (s[k-2] == ',' || s[k-2] == ':' || s[k-2] == ';') {
		return k
	}
	return i
}
