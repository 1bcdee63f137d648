package redact

import "strings"

// Machine-readable zones (ICAO Doc 9303): the two or three lines of capitals, digits and '<'
// at the foot of a passport, an identity card or a visa, which an OCR step or a scan's text
// layer pastes as they stand:
//
//	P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
//	L898902C36UTO7408122F1204159ZE184226B<<<<<10
//
// They hold the holder's names, the document's number, the date of birth, the expiry and often
// a national identity number, and no word marks any of them, so neither the cue recognizer nor
// the model reads them (the model had found MARIA alone). mrzZones reads the three layouts by
// position (TD1: three lines of 30; TD2 and the small visa: two of 36; TD3, the passport, and
// the large visa: two of 44), and the French identity card of 1988–2021 (two of 36 opening
// IDFRA), and checks each field's check digit (weights 7, 3, 1 over digits, letters as 10–35
// and '<' as 0). A zone whose document number and date of birth both check is read at 0.95; one
// with its name line and a data line of the right shape whose check digits fail, as an OCR
// slip leaves them, at 0.8; a data line alone needs two of its three check digits to hold, and
// a name line alone (P<, V<, I<, … and the names) is read at 0.85. The document's number is a
// PASSPORT on a passport and an ID_NUMBER on other documents, the check digit with it; the
// names are a PERSON from the first letter to the last (ERIKSSON<<ANNA<MARIA); the date of birth
// a DATE_OF_BIRTH, the expiry a DATE_TIME and an optional field that holds a number (a personal
// number) an ID_NUMBER, each with its check digit; sex, nationality and the issuing state stay.
// Lines are runs of those characters with blanks, line breaks or escaped line breaks ("\n" as a
// JSON dump writes them) between, so a zone pasted on one line is read too.

const (
	mrzVerified = 0.95 // the document number's and the birth date's check digits hold
	mrzShaped   = 0.8  // a name line and a data line of the zone's shape, check digits failing
	mrzNameOnly = 0.85 // a name line alone
)

// mrzZones appends the findings of the machine-readable zones in s to dst. It looks only where
// "<<" stands, which every zone's fillers or name separator write.
func mrzZones(s string, dst []Finding) []Finding {
	for q := 0; q < len(s); {
		k := strings.Index(s[q:], "<<")
		if k < 0 {
			break
		}
		a, b := mrzRun(s, q+k)
		q = b + 1
		if n := b - a; n != 30 && n != 36 && n != 44 {
			if end := mrzSlippedName(s, a, b, &dst); end > 0 {
				q = end
			}
			continue
		}
		lines := mrzGroup(s, a, b)
		dst = mrzRead(s, lines, b-a, dst)
		q = lines[len(lines)-1] + b - a + 1
	}
	return dst
}

// mrzSlippedName reads a passport's or a visa's name line whose fillers an OCR step miscounted
// (40 to 48 characters, "P<UTOERIKSSON<<ANNA<MARIA<<<…" a filler short or long) where the
// data line after it has the zone's length and its number's and birth date's check digits hold:
// the names and the data line's fields are read as a zone's. It returns where the data line
// ends, or 0 when s[a:b] is no such line.
func mrzSlippedName(s string, a, b int, dst *[]Finding) int {
	if n := b - a; n < 40 || n > 48 || !mrzDocCode(s[a:b]) || !mrzNameLine(s[a:b], 5) || s[a] != 'P' && s[a] != 'V' {
		return 0
	}
	p := mrzSeparatorAfter(s, b)
	if p < 0 || p+44 > len(s) {
		return 0
	}
	if x, y := mrzRun(s, p); x != p || y != p+44 {
		return 0
	}
	l := s[p : p+44]
	if !mrzDate(l[13:19]) || !mrzCheck(l[0:9], l[9]) || !mrzCheck(l[13:19], l[19]) {
		return 0
	}
	*dst = mrzData(s, p, 44, s[a], mrzShaped, mrzName(s, a+5, b, *dst, mrzNameOnly))
	return p + 44
}

// mrzByte reports a character of a machine-readable zone.
func mrzByte(c byte) bool { return isUpper(c) || isDigit(c) || c == '<' }

// mrzRun returns the bounds of the run of zone characters around s[i].
func mrzRun(s string, i int) (int, int) {
	a, b := i, i
	for a > 0 && mrzByte(s[a-1]) {
		a--
	}
	for b < len(s) && mrzByte(s[b]) {
		b++
	}
	return a, b
}

// mrzGroup returns the starts of the lines of one zone around the run s[a:b]: runs of the same
// length before and after it with only a line's separators between, at most three.
func mrzGroup(s string, a, b int) []int {
	n := b - a
	starts := []int{a}
	for len(starts) < 3 {
		p := mrzSeparatorBefore(s, starts[0])
		if p < 0 || p-n < 0 {
			break
		}
		if x, y := mrzRun(s, p-1); x != p-n || y != p {
			break
		}
		starts = append([]int{p - n}, starts...)
	}
	for len(starts) < 3 {
		last := starts[len(starts)-1]
		p := mrzSeparatorAfter(s, last+n)
		if p < 0 || p+n > len(s) {
			break
		}
		if x, y := mrzRun(s, p); x != p || y != p+n {
			break
		}
		starts = append(starts, p)
	}
	return starts
}

// mrzSeparatorAfter returns where the next line starts after a line ending at s[i]: past
// blanks, line breaks and escaped line breaks, at least one, at most eight bytes; -1 if none.
func mrzSeparatorAfter(s string, i int) int {
	j := i
	for j < len(s) && j-i <= 8 {
		switch {
		case s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n':
			j++
		case s[j] == '\\' && j+1 < len(s) && (s[j+1] == 'n' || s[j+1] == 'r'):
			j += 2
		default:
			if j == i || j-i > 8 {
				return -1
			}
			return j
		}
	}
	return -1
}

// mrzSeparatorBefore returns where the line before a line starting at s[i] ends, as
// mrzSeparatorAfter reads forward; -1 if none.
func mrzSeparatorBefore(s string, i int) int {
	j := i
	for j > 0 && i-j <= 8 {
		switch {
		case s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\r':
			j--
		case s[j-1] == '\n':
			j--
		case j >= 2 && s[j-2] == '\\' && (s[j-1] == 'n' || s[j-1] == 'r'):
			j -= 2
		default:
			if j == i || i-j > 8 {
				return -1
			}
			return j
		}
	}
	return -1
}

// mrzRead reads one zone, its lines starting at starts, all of length n.
func mrzRead(s string, starts []int, n int, dst []Finding) []Finding {
	line := func(k int) string { return s[starts[k] : starts[k]+n] }
	switch {
	case n == 30 && len(starts) == 3 && mrzNameLine(line(2), 0) && mrzDocCode(line(0)):
		return mrzTD1(s, starts, dst)
	case n == 36 && len(starts) >= 2 && strings.HasPrefix(line(0), "IDFRA"):
		return mrzFrench(s, starts[0], starts[1], dst)
	case (n == 36 || n == 44) && len(starts) >= 2 && mrzDocCode(line(0)) && mrzNameLine(line(0), 5):
		return mrzData(s, starts[1], n, line(0)[0], mrzShaped, mrzName(s, starts[0]+5, starts[0]+n, dst, mrzNameOnly))
	case (n == 36 || n == 44) && mrzDocCode(line(0)) && mrzNameLine(line(0), 5):
		return mrzName(s, starts[0]+5, starts[0]+n, dst, mrzNameOnly)
	case n == 36 || n == 44:
		for _, p := range starts { // data lines alone
			dst = mrzData(s, p, n, 0, 0, dst)
		}
	}
	return dst
}

// mrzDocCode reports a document code opening a zone's first line: P, V, I, A or C, and a
// letter or '<', then an issuing state of three letters or '<'.
func mrzDocCode(l string) bool {
	switch l[0] {
	case 'P', 'V', 'I', 'A', 'C':
	default:
		return false
	}
	for _, c := range []byte(l[1:5]) {
		if !isUpper(c) && c != '<' {
			return false
		}
	}
	return true
}

// mrzNameLine reports a names field from l[from:]: letters and '<' only, opening with a letter,
// a "<<" between the primary and the secondary names or as fillers.
func mrzNameLine(l string, from int) bool {
	f := l[from:]
	if !isUpper(f[0]) || !strings.Contains(f, "<<") && !strings.HasSuffix(f, "<") {
		return false
	}
	for _, c := range []byte(f) {
		if !isUpper(c) && c != '<' {
			return false
		}
	}
	return true
}

// mrzName appends the names in s[a:b], from the first letter to the last, as a person.
func mrzName(s string, a, b int, dst []Finding, score float64) []Finding {
	for a < b && s[a] == '<' {
		a++
	}
	for b > a && s[b-1] == '<' {
		b--
	}
	if b-a < 2 {
		return dst
	}
	return append(dst, Finding{Type: Person, Start: a, End: b, Score: score, Source: SourcePattern})
}

// mrzData reads a TD2, TD3 or visa data line of length n at s[p:]. code is the document's code
// (0 when the name line is missing); with no name line two of the three check digits must hold.
// The findings of the line, and the names dst already ends with from the name line, score
// mrzVerified when the number's and the birth date's check digits hold, shaped otherwise; shaped
// 0 refuses a line whose check digits fail.
func mrzData(s string, p, n int, code byte, shaped float64, dst []Finding) []Finding {
	l := s[p : p+n]
	if !mrzDate(l[13:19]) || !mrzDate(l[21:27]) || !strings.ContainsRune("MFX<", rune(l[20])) {
		return dst
	}
	docOK, dobOK, expOK := mrzCheck(l[0:9], l[9]), mrzCheck(l[13:19], l[19]), mrzCheck(l[21:27], l[27])
	score := shaped
	if code != 0 && docOK && dobOK || code == 0 && mrzCount(docOK, dobOK, expOK) >= 2 {
		score = mrzVerified
	}
	if score == 0 {
		return dst
	}
	if code != 0 && len(dst) > 0 && dst[len(dst)-1].Type == Person && dst[len(dst)-1].End <= p {
		dst[len(dst)-1].Score = score // the name line's names, read just before
	}
	docType := IDNumber
	if code == 'P' {
		docType = Passport
	}
	dst = mrzField(s, p, p+10, docType, score, dst)
	dst = append(dst, Finding{Type: DateOfBirth, Start: p + 13, End: p + 20, Score: score, Source: SourcePattern})
	dst = append(dst, Finding{Type: DateTime, Start: p + 21, End: p + 28, Score: score, Source: SourcePattern})
	switch {
	case code == 'V': // a visa's optional data to the line's end, with no composite check digit
		return mrzField(s, p+28, p+n, IDNumber, score, dst)
	case n == 44: // the personal number and its check digit, and the composite's digit with them
		return mrzField(s, p+28, p+44, IDNumber, score, dst)
	}
	return mrzField(s, p+28, p+35, IDNumber, score, dst)
}

// mrzTD1 reads an identity card's three lines of 30.
func mrzTD1(s string, starts []int, dst []Finding) []Finding {
	l1, l2 := s[starts[0]:starts[0]+30], s[starts[1]:starts[1]+30]
	if !mrzDate(l2[0:6]) || !mrzDate(l2[8:14]) || !strings.ContainsRune("MFX<", rune(l2[7])) {
		return mrzName(s, starts[2], starts[2]+30, dst, mrzNameOnly)
	}
	// a number of more than nine characters goes on in the optional field after a '<' in the
	// check digit's place, its check digit last: D23145890<7349<…
	docEnd, docOK := 15, mrzCheck(l1[5:14], l1[14])
	if l1[14] == '<' {
		if k := strings.IndexByte(l1[15:], '<'); k > 0 {
			docEnd = 15 + k
			docOK = mrzCheck(l1[5:14]+l1[15:docEnd-1], l1[docEnd-1])
		}
	}
	score := mrzShaped
	if docOK && mrzCheck(l2[0:6], l2[6]) {
		score = mrzVerified
	}
	dst = mrzField(s, starts[0]+5, starts[0]+docEnd, IDNumber, score, dst)
	dst = mrzField(s, starts[0]+docEnd, starts[0]+30, IDNumber, score, dst)
	dst = append(dst, Finding{Type: DateOfBirth, Start: starts[1], End: starts[1] + 7, Score: score, Source: SourcePattern})
	dst = append(dst, Finding{Type: DateTime, Start: starts[1] + 8, End: starts[1] + 15, Score: score, Source: SourcePattern})
	dst = mrzField(s, starts[1]+18, starts[1]+29, IDNumber, score, dst)
	return mrzName(s, starts[2], starts[2]+30, dst, score)
}

// mrzFrench reads the French identity card of 1988–2021: the family name on the first line,
// then the card's number, the given names and the date of birth on the second.
func mrzFrench(s string, p1, p2 int, dst []Finding) []Finding {
	l1, l2 := s[p1:p1+36], s[p2:p2+36]
	if !mrzNameLine(l1[:30], 5) || !mrzDate(l2[27:33]) || !strings.ContainsRune("MF", rune(l2[34])) {
		return dst
	}
	score := mrzShaped
	if mrzCheck(l2[0:12], l2[12]) && mrzCheck(l2[27:33], l2[33]) {
		score = mrzVerified
	}
	dst = mrzName(s, p1+5, p1+30, dst, score)
	dst = mrzField(s, p2, p2+13, IDNumber, score, dst)
	dst = mrzName(s, p2+13, p2+27, dst, score)
	return append(dst, Finding{Type: DateOfBirth, Start: p2 + 27, End: p2 + 34, Score: score, Source: SourcePattern})
}

// mrzField appends s[a:b] as typ when a letter or a digit is in it, less its trailing fillers.
func mrzField(s string, a, b int, typ string, score float64, dst []Finding) []Finding {
	if !hasAlnum(s[a:b]) {
		return dst
	}
	for b > a && s[b-1] == '<' {
		b--
	}
	return append(dst, Finding{Type: typ, Start: a, End: b, Score: score, Source: SourcePattern})
}

// mrzDate reports a YYMMDD date, whose day or month may be '<' where they are unknown.
func mrzDate(d string) bool {
	if !isDigit(d[0]) || !isDigit(d[1]) {
		return false
	}
	part := func(x string, max int) bool {
		if x == "<<" {
			return true
		}
		if !isDigit(x[0]) || !isDigit(x[1]) {
			return false
		}
		v := int(x[0]-'0')*10 + int(x[1]-'0')
		return v >= 1 && v <= max
	}
	return part(d[2:4], 12) && part(d[4:6], 31)
}

// mrzCheck reports whether c is the check digit of field: the sum of its characters' values
// (digits as themselves, letters 10–35, '<' 0) weighted 7, 3, 1 in turn, modulo 10. A field of
// fillers alone may have '<' for its check digit.
func mrzCheck(field string, c byte) bool {
	sum := 0
	for i := 0; i < len(field); i++ {
		v := 0
		switch ch := field[i]; {
		case isDigit(ch):
			v = int(ch - '0')
		case isUpper(ch):
			v = int(ch-'A') + 10
		case ch != '<':
			return false
		}
		sum += v * [3]int{7, 3, 1}[i%3]
	}
	if c == '<' {
		return sum == 0
	}
	return isDigit(c) && sum%10 == int(c-'0')
}

func mrzCount(oks ...bool) int {
	n := 0
	for _, ok := range oks {
		if ok {
			n++
		}
	}
	return n
}
