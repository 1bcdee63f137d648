package redact

import "strings"

// Numbers in disguise (since stop 43): a number's groups styled by a web page's inline tags, its
// digits written as the letters that look like them, its separators said in words. Each is a
// normalisation (see normalize): the copy reads the number plainly, and a finding maps back over
// the disguise.

// inlineTags drops the inline HTML tags written inside a number or a name (since stop 43), as a
// web page's source styles a number's groups or hides it from a scanner ("<b>4111</b> 1111
// <span>1111</span> 1111", "123-45-<b>6789</b>") or styles a name's words ("<b>John</b>
// <i>Smith</i>", "Jo<span>hn</span>"): a browser shows them side by side, and the copy reads them
// so. A tag goes when what stands on either side of it, past the tags beside it and at most one
// separator (space, '-', '.', '/') in all, is a letter or a digit. Only the tags of text inside
// a line are read (b, i, u, s, em, strong, span, font, mark, small, big, sup, sub, ins, del, tt,
// code, kbd, samp, var, abbr, bdi, bdo, wbr, nobr); a table's cells, a paragraph's and a list's
// items are apart on the screen and stay apart. It returns s unchanged when there is none.
func inlineTags(s string) normalized {
	var scratch [16][2]int
	tags := scratch[:0] // the inline tags' bounds, in order
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '<')
		if k < 0 {
			break
		}
		i := from + k
		from = i + 1
		if e := inlineTagEnd(s, i); e > 0 {
			tags = append(tags, [2]int{i, e})
			from = e
		}
	}
	if len(tags) == 0 {
		return normalized{text: s}
	}
	w := rewrite{src: s}
	for t, tag := range tags {
		l, seps := tag[0], 0 // the left side: back over the tags that end where this one starts, and a separator
		for u := t - 1; ; {
			for u >= 0 && u >= t-maxTagRun && tags[u][1] == l {
				l, u = tags[u][0], u-1
			}
			if seps > 0 || l == 0 || !groupSeparator(s[l-1]) {
				break
			}
			l, seps = l-1, 1
		}
		r := tag[1]
		for u := t + 1; ; {
			for u < len(tags) && u <= t+maxTagRun && tags[u][0] == r {
				r, u = tags[u][1], u+1
			}
			if seps > 1 || r >= len(s) || !groupSeparator(s[r]) {
				break
			}
			r, seps = r+1, seps+1
		}
		if seps > 1 || l == 0 || r >= len(s) || !isAlnum(s[l-1]) || !isAlnum(s[r]) {
			continue
		}
		w.replace(tag[0], tag[1]-tag[0], "")
	}
	return w.done()
}

// maxTagRun is the most tags side by side that inlineTags reads past on either side of one: a
// number's styling opens and closes a few; a run of hundreds is no number's, and reading it
// whole for each of its tags would make the pass quadratic.
const maxTagRun = 8

// inlineTagNames are the tags inlineTags reads, in lower case.
var inlineTagNames = foldSet("b i u s em strong span font mark small big sup sub ins del tt code kbd samp var abbr bdi bdo wbr nobr")

// inlineTagEnd returns the end of the inline tag at s[i] ('<'): an opening tag with its
// attributes (at most 256 bytes, on one line), a closing tag, or an empty one ("<wbr/>"); 0 when
// there is none.
func inlineTagEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	n := j
	for n < len(s) && n-j < 6 && isLetter(s[n]) {
		n++
	}
	if n == j || n >= len(s) || !inlineTagNames.has(s[j:n]) {
		return 0
	}
	switch s[n] {
	case '>':
		return n + 1
	case '/':
		if n+1 < len(s) && s[n+1] == '>' {
			return n + 2
		}
		return 0
	case ' ':
		for k := n + 1; k < len(s) && k-i < 256; k++ {
			switch s[k] {
			case '>':
				return k + 1
			case '<', '\n':
				return 0
			}
		}
	}
	return 0
}

// lookalikeLetter reports the letters written for digits that look like them (lookalikeDigit; one
// table lookup: the pattern pass asks at every word and number).
func lookalikeLetter(c byte) bool { return lookalikeBytes[c] }

var lookalikeBytes = [256]bool{'O': true, 'o': true, 'I': true, 'l': true, 'B': true, 'S': true, 'Z': true}

// lookalikeDigit is the digit a look-alike letter stands for: O and o for 0, I and l for 1, and
// since stop 49 as OCR misreads a scan B for 8, S for 5 and Z for 2 ("S5N: 412-67-B934").
var lookalikeDigit = [256]byte{'O': '0', 'o': '0', 'I': '1', 'l': '1', 'B': '8', 'S': '5', 'Z': '2'}

// maxLookalikes is the most look-alike letters lookalikeDigits reads in one number.
const maxLookalikes = 2

// lookalikeDigits writes as digits the letters that stand for them in a number (since stop 43),
// as a user slips one past a scanner or OCR misreads it ("5154 437O 3526 5682", "SSN
// I55-53-6972", "2.l62.239.78"): in a run of groups of digits joined by single spaces, hyphens or
// dots, where each group is digits and look-alike letters (O, o, I, l) with a digit among them,
// one or two such letters become 0 and 1 when the run then has a strict number's shape: a card's
// (13 to 19 digits in fours, or 4-6-5, or whole, that pass Luhn), an SSN's (3-2-4 or nine
// digits, by the Social Security Administration's rules), a North American phone's (3-3-4, or
// ten digits, its area code and exchange not opening with 0 or 1) or an IPv4 address's (four
// groups up to 255 joined by dots). A number of one group that opens with the letter is an
// identifier that has a letter of its own (a passport's O34328123); "O2", "v2.0.1-lI" and a
// model's "o3" stay as they are too. A detection runs it, and reads the text again on its copy,
// only where the pattern pass met such a letter beside a digit (Patterns.recognize). It returns s
// unchanged when there is none.
func lookalikeDigits(s string) normalized {
	w := rewrite{src: s}
	var scratch [24]byte
	for i := 0; i < len(s); {
		if !isAlnum(s[i]) || i > 0 && isAlnum(s[i-1]) {
			i++
			continue
		}
		end, digits, groups, seps, letters := lookalikeRun(s, i, scratch[:0])
		if groups.n == 1 && (lookalikeLetter(s[i]) || strings.ContainsAny(s[i:end], "BSZ")) || end > i && strings.IndexByte("BSZ", s[end-1]) >= 0 {
			i = max(end, i+1)
			continue // one group that opens with the letter: an identifier's own letter (passport O34328123); an OCR letter only among groups and not last (a DNI's check letter, 12345678Z; a CRN's, 215 683 779Z)
		}
		if letters > 0 && letters <= maxLookalikes && lookalikeShape(digits, groups, seps) {
			for k := i; k < end; k++ {
				if d := lookalikeDigit[s[k]]; d != 0 {
					w.replace(k, 1, string(rune(d)))
				}
			}
		}
		i = max(end, i+1)
	}
	return w.done()
}

// lookalikeGroups are the lengths of a run's groups: at most eight (more, and no shape fits).
type lookalikeGroups struct {
	n   int
	len [8]int
}

// lookalikeRun reads the run of groups at s[i] (see lookalikeDigits) and returns its end, its
// digits with the letters read as digits (appended to buf), its groups' lengths, the separators
// between them (the one mark, or '+' when they differ) and the count of letters read.
func lookalikeRun(s string, i int, buf []byte) (end int, digits []byte, groups lookalikeGroups, seps byte, letters int) {
	runEnd := i
	for j := i; ; {
		k, real := j, 0
		for k < len(s) && k-j < 19 && (isDigit(s[k]) || lookalikeLetter(s[k])) {
			if isDigit(s[k]) {
				real++
			}
			k++
		}
		if k == j || real == 0 || k < len(s) && isAlnum(s[k]) || groups.n == len(groups.len) {
			break // a group of letters alone ("lI"), or a word run on ("O2x")
		}
		for _, c := range []byte(s[j:k]) {
			if d := lookalikeDigit[c]; d != 0 {
				c = d
				letters++
			}
			buf = append(buf, c)
		}
		groups.len[groups.n] = k - j
		groups.n++
		runEnd = k
		if k+1 >= len(s) || !(s[k] == ' ' || s[k] == '-' || s[k] == '.') || !(isDigit(s[k+1]) || lookalikeLetter(s[k+1])) {
			break
		}
		switch {
		case seps == 0:
			seps = s[k]
		case seps != s[k]:
			seps = '+' // mixed
		}
		j = k + 1
	}
	return runEnd, buf, groups, seps, letters
}

// lookalikeShape reports whether digits, in groups joined by seps, have one of lookalikeDigits'
// strict shapes.
func lookalikeShape(digits []byte, groups lookalikeGroups, seps byte) bool {
	gl := groups.len[:groups.n]
	n := len(digits)
	switch {
	case seps == '.' && len(gl) == 4:
		for k, off := 0, 0; k < 4; k++ {
			if gl[k] > 3 || atoi(string(digits[off:off+gl[k]])) > 255 {
				return false
			}
			off += gl[k]
		}
		return true
	case n >= 13 && n <= 19 && luhn(digits):
		return cardGrouping(gl)
	case n == 9 && (len(gl) == 1 || len(gl) == 3 && gl[0] == 3 && gl[1] == 2 && gl[2] == 4) && seps != '.':
		return validSSN(digits)
	case n == 10 && (len(gl) == 1 || len(gl) == 3 && gl[0] == 3 && gl[1] == 3 && gl[2] == 4):
		return digits[0] >= '2' && digits[3] >= '2'
	}
	return false
}

// saidMarks writes as hyphens the marks said between a number's groups ("384 dash 776 dash 8523",
// "123 hyphen 45 hyphen 6789"; since stop 43), as a dictation or a user who spells a number out
// to slip it past a scanner writes them: two said marks or more, any case, joining groups of
// digits, nine digits in all. "10 dash 12 at halftime" stays. A detection runs it only where the
// cue words found such a mark between two digits (rereads.said). It returns s unchanged when
// there is none.
func saidMarks(s string) normalized {
	w := rewrite{src: s}
	var at [8][2]int // the marks of a run: where each begins, and its length with its spaces
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || i > 0 && isAlnum(s[i-1]) {
			i++
			continue
		}
		marks, digits, j := 0, 0, i
		for {
			k := j
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			if k == j || k < len(s) && isLetter(s[k]) {
				break
			}
			digits += k - j
			j = k
			n := saidMarkAt(s, k)
			if n == 0 || marks == len(at) {
				break
			}
			at[marks] = [2]int{k, n}
			marks++
			j = k + n
		}
		if marks >= 2 && digits >= 9 {
			for _, m := range at[:marks] {
				if m[0]+m[1] <= j {
					w.replace(m[0], m[1], "-")
				}
			}
		}
		i = max(j, i+1)
	}
	return w.done()
}

// saidMarkAt returns the length of a said mark at s[k] (" dash ", " hyphen ", any case) that a
// digit follows, or 0.
func saidMarkAt(s string, k int) int {
	for _, m := range [...]string{" dash ", " hyphen "} {
		if k+len(m) < len(s) && hasPrefixFold(s[k:], m) && isDigit(s[k+len(m)]) {
			return len(m)
		}
	}
	return 0
}

// wrappedNumbers joins a number or an address that a line break cuts in two (since stop 43), as
// a PDF's copy, a narrow column or a mail's wrapping leaves them ("4111 1111 1111⏎1111",
// "DE89 3704 0044⏎0532 0130 00", "123-45-⏎6789", "john.smith@⏎example.com"): the break goes
// from the copy, or becomes the space between the number's groups, where
//   - the line ends in a hyphen after a letter and the next opens with a letter in lower case: a
//     word a page's width cut, which the copy joins without its hyphen (since stop 49);
//   - the line ends in a hyphen after a digit and the next opens with a digit, or in an '@' that
//     makes an address with the next line's domain: a line does not end so unless what is on it
//     goes on;
//   - or the line ends in a number's groups and the next opens with more of them, and together
//     they make a card (13 to 19 digits in fours, or 4-6-5, that pass Luhn) or an IBAN (its
//     country's length, that passes mod 97); a list's numbers, one to a line, stay apart.
//
// It returns s unchanged when there is none.
func wrappedNumbers(s string) normalized {
	w := rewrite{src: s}
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '\n')
		if k < 0 {
			break
		}
		k += from
		from = k + 1
		a := k // the break's start: "\r\n" is one
		if a > 0 && s[a-1] == '\r' {
			a--
		}
		if a < 2 || k+1 >= len(s) {
			continue
		}
		last, next := s[a-1], s[k+1]
		switch {
		case last == '-' && isDigit(s[a-2]) && isDigit(next), last == '@' && wrappedEmail(s, a-1, k+1):
			w.replace(a, k+1-a, "")
		case last == '-' && isLower(next) && (isLetter(s[a-2]) || s[a-2] >= 0x80):
			w.replace(a-1, k+1-(a-1), "") // a word a page's width cut: "Patient Name: Marga-⏎ret Holloway" (stop 49)
		case isAlnum(last) && isDigit(next) && (isDigit(last) || isUpper(last)):
			if sep := wrappedGroups(s, a, k+1); sep != 0 {
				w.replace(a, k+1-a, string(sep))
			}
		}
	}
	return w.done()
}

// wrappedEmail reports an address whose '@' at s[at] ends a line whose break ends at b: a local
// part that ends in a letter or a digit, and a domain on the next line that make an address.
func wrappedEmail(s string, at, b int) bool {
	if at == 0 || !isAlnum(s[at-1]) || !isAlnum(s[b]) {
		return false
	}
	lo, hi := max(0, at-65), min(len(s), b+256)
	_, ok := email(s[lo:at]+"@"+s[b:hi], at-lo)
	return ok
}

// wrappedGroups returns the separator a card's or an IBAN's groups take where a line break at
// s[a:b] cuts the number (see wrappedNumbers), or 0 when the two lines' groups make none.
func wrappedGroups(s string, a, b int) byte {
	n := 0
	for n < 7 && a-n > 0 && isAlnum(s[a-n-1]) {
		n++
	}
	if n != 4 && n != 6 {
		return 0 // the line's last group is no card's or IBAN's: four letters and digits, or an Amex's six
	}
	// the line's tail: groups of digits and capitals joined by single spaces or hyphens, one kind
	// of them, at most 34 bytes back ("card 4111 1111 1111" is "4111 1111 1111")
	p, sep := a, byte(0)
	for g := a; g > 0 && a-g < 34; {
		h := g
		for h > 0 && (isDigit(s[h-1]) || isUpper(s[h-1])) {
			h--
		}
		if h == g || h > 0 && isAlnum(s[h-1]) {
			break
		}
		p = h
		if h < 2 || s[h-1] != ' ' && s[h-1] != '-' || sep != 0 && s[h-1] != sep || !isDigit(s[h-2]) && !isUpper(s[h-2]) {
			break
		}
		sep = s[h-1]
		g = h - 1
	}
	if p == a {
		return 0
	}
	if sep == 0 {
		sep = ' '
	}
	// the next line's head: groups of digits and capitals, as far as the same separator joins
	// them ("1111 exp 09/28" is "1111")
	e := b
	for g := b; g < len(s) && g-b < 34; {
		h := g
		for h < len(s) && (isDigit(s[h]) || isUpper(s[h])) {
			h++
		}
		if h == g || h < len(s) && isAlnum(s[h]) {
			break
		}
		e = h
		if h+1 >= len(s) || s[h] != sep {
			break
		}
		g = h + 1
	}
	if e == b {
		return 0
	}
	var buf [80]byte
	joined := append(append(append(buf[:0], s[p:a]...), sep), s[b:e]...)
	// a card, from a group of the tail ("VISA 4111 1111 1111"): its digits, grouped in fours (the
	// last group shorter) or 4-6-5
	for q := 0; q < a-p; q++ {
		if q == 0 || joined[q-1] == sep {
			if wrappedCard(joined[q:], sep) {
				return sep
			}
		}
	}
	// an IBAN: from a group that opens with a country's two capitals and two digits
	if sep == ' ' {
		for q := 0; q+4 <= a-p; q++ {
			if q > 0 && joined[q-1] != ' ' || !isUpper(joined[q]) || !isUpper(joined[q+1]) || !isDigit(joined[q+2]) || !isDigit(joined[q+3]) {
				continue
			}
			if f, ok := iban(string(joined), q); ok && f.Start == q && f.End > a-p {
				return sep
			}
		}
	}
	return 0
}

// wrappedCard reports whether b is a card's digits in groups joined by sep: 13 to 19 digits that
// pass Luhn, grouped as cards are (cardGrouping).
func wrappedCard(b []byte, sep byte) bool {
	var digits [40]byte
	d, groups, n := digits[:0], [8]int{}, 0
	for _, c := range b {
		switch {
		case isDigit(c) && len(d) < len(digits):
			d = append(d, c)
			groups[n]++
		case c == sep && n+1 < len(groups):
			n++
		default:
			return false
		}
	}
	return len(d) >= 13 && len(d) <= 19 && luhn(d) && cardGrouping(groups[:n+1])
}

// cardGrouping reports the groups a card's number is written in, by their lengths: one group,
// fours (the last shorter), or Amex's and Diners' 4-6-5 and 4-6-4.
func cardGrouping(gl []int) bool {
	if len(gl) == 1 || len(gl) == 3 && gl[0] == 4 && gl[1] == 6 && (gl[2] == 5 || gl[2] == 4) {
		return true
	}
	for k, l := range gl {
		if l != 4 && !(k == len(gl)-1 && l > 0 && l < 4) {
			return false
		}
	}
	return true
}

// markedDigits joins the digits of a number written a digit at a time with one mark between
// each (since stop 43), as spacedDigits does the spaced ones: "4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1",
// "1.2.3.4.5.6.7.8.9", "1_2_3_…": a run of nine digits or more, each alone, joined by a hyphen, a
// dot or an underscore, one kind in the run, loses its marks. A comma is no such mark (a list's or
// an array's numbers: "0,1,1,0,1,0,0,1,0"), and shorter runs stay (an address "1.2.3.4", a
// version "1.2.3"). A detection runs it only where the pattern pass met five such digits
// (Patterns.recognize). It returns s unchanged when there is none.
func markedDigits(s string) normalized {
	w := rewrite{src: s}
	for i := 0; i+2 < len(s); i++ {
		m := s[i+1]
		if !isDigit(s[i]) || !digitMark(m) || i > 0 && (isAlnum(s[i-1]) || s[i-1] == m) {
			continue
		}
		n, j := 1, i+1 // s[i:j] is the run: n digits, each alone, joined by m
		for j+1 < len(s) && s[j] == m && isDigit(s[j+1]) && (j+2 >= len(s) || !isDigit(s[j+2])) {
			n, j = n+1, j+2
		}
		if n >= minSpacedDigits && (j >= len(s) || !isAlnum(s[j]) && s[j] != m) {
			for k := i + 1; k < j; k += 2 {
				w.replace(k, 1, "")
			}
		}
		i = j - 1
	}
	return w.done()
}

// markedRun reports five digits each alone at s[i], joined by one hyphen, dot or underscore
// ("4-1-1-1-1"): the pattern pass's cause for markedDigits.
func markedRun(s string, i int) bool {
	if i+9 > len(s) {
		return false
	}
	m := s[i+1]
	if !digitMark(m) {
		return false
	}
	for k := 1; k <= 4; k++ {
		if s[i+2*k-1] != m || !isDigit(s[i+2*k]) {
			return false
		}
	}
	return i+9 == len(s) || !isDigit(s[i+9])
}

// digitMark reports the marks markedDigits reads between digits written one at a time: a
// hyphen, a dot or an underscore.
func digitMark(c byte) bool { return c == '-' || c == '.' || c == '_' }

// tabbedNumbers writes as spaces the tabs between a number's groups inside a line of prose (since
// stop 57), as a user slips a card, a phone, an SSN or an IBAN past a scanner that splits on
// spaces, or a paste from a form's cells leaves them ("pls refund to 3763⇥350579⇥25907",
// "SSN: 662⇥01⇥5267", "IBAN GB89⇥DJRG⇥4969⇥…"): three groups or more of at most six letters and
// digits, each with a digit (but an IBAN's bank code after its country and check digits), nine
// digits in all, joined by single tabs, after a space or a mark and before the line's end, a
// space or a mark, on a line with no other tab. A table's row is none: its numbers follow a tab
// or open the line ("year⇥2019⇥2020⇥2021⇥2022"), or its other cells have tabs of their own. The
// recognizers then read the copy's groups as written with spaces, each by its own checks. It
// returns s unchanged when there is none.
func tabbedNumbers(s string) normalized {
	w := rewrite{src: s}
	lineEnd, lineTabs := -1, 0 // the line last looked at: its end, and the count of its tabs
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '\t')
		if k < 0 {
			break
		}
		t := from + k
		from = t + 1
		if t == 0 || t+1 >= len(s) || !isAlnum(s[t-1]) || !isAlnum(s[t+1]) {
			continue
		}
		start := t
		for start > 0 && isAlnum(s[start-1]) {
			start--
		}
		end, ok := tabbedRun(s, start)
		from = max(from, end)
		if !ok {
			continue
		}
		if start > lineEnd { // a new line: its tabs counted once
			ls := strings.LastIndexByte(s[:start], '\n') + 1
			lineEnd = len(s)
			if n := strings.IndexByte(s[end:], '\n'); n >= 0 {
				lineEnd = end + n
			}
			lineTabs = strings.Count(s[ls:lineEnd], "\t")
		}
		if lineTabs != strings.Count(s[start:end], "\t") {
			continue // the line's other cells: a table's row
		}
		for j := start; j < end; j++ {
			if s[j] == '\t' {
				w.replace(j, 1, " ")
			}
		}
	}
	return w.done()
}

// tabbedRun reads tabbedNumbers' run of groups at s[start] (the start of a word) and returns its
// end and whether it is a number's, in prose.
func tabbedRun(s string, start int) (int, bool) {
	b := start
	for b > 0 && s[b-1] == ' ' {
		b-- // an indented line's first cell is its first cell still
	}
	if b == 0 || s[b-1] == '\n' || s[b-1] == '\r' || isLetterByte(s[start-1]) {
		return start, false // a line's first cell, or a word's tail
	}
	groups, digits, j := 0, 0, start
	ibanHead := start+4 <= len(s) && isUpper(s[start]) && isUpper(s[start+1]) && isDigit(s[start+2]) && isDigit(s[start+3])
	for {
		k, d := j, 0
		for k < len(s) && isAlnum(s[k]) {
			if isDigit(s[k]) {
				d++
			}
			k++
		}
		if k-j > 6 || d == 0 && !(ibanHead && groups == 1) {
			return k, false
		}
		groups, digits, j = groups+1, digits+d, k
		if j+1 >= len(s) || s[j] != '\t' || !isAlnum(s[j+1]) {
			break
		}
		j++
	}
	if j < len(s) && (s[j] == '\t' || isLetterByte(s[j])) {
		return j, false
	}
	return j, groups >= 3 && digits >= 9
}
