package redact

import (
	"bytes"
	"html"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalized is a copy of a text prepared for detection, with a map back to the original. Each
// byte of text came from a range of source bytes of the original, so a finding on the copy covers
// exactly the original bytes that produced it, invisible characters included. The map is kept as
// the list of edits, not per byte: a long text with one odd character costs one edit.
type normalized struct {
	text   string
	src    string      // the text this one was made from
	edits  []edit      // ordered by out; nil when text is the original unchanged
	inner  *normalized // the normalization text was made from, when there were two steps
	looked bool        // lookalikeDigits made it (a detection reads a copy so once)
}

// edit records that text[out:out+outLen] was made from the source bytes [in, in+inLen): a
// character mapped (outLen 1) or dropped (outLen 0), or a spelled-out address rewritten. The
// bytes between edits are the source's, copied.
type edit struct{ out, outLen, in, inLen int }

// Normalization undoes common ways to slip identifiers past a scanner:
//   - zero-width characters and soft hyphens inside a number (4111<ZWSP>1111…) are dropped;
//   - full-width forms (４１１１, ＠) and the decimal digits of other scripts become ASCII;
//   - Unicode dashes, minus signs and spaces become '-' and ' ' (mixed separators), curly quotes,
//     guillemets and the ellipsis ASCII's quotes and '.', so that a value beside them is a word
//     of its own (“4111 1111 1111 1111”) and "driver’s license" a cue;
//   - spelled-out addresses ("john dot smith at example dot com", "jane [at] corp [dot] io")
//     become john.smith@example.com, only where the result is an address;
//   - inline HTML tags inside a number or a name ("<b>4111</b> 1111 …", "Jo<span>hn</span>") are
//     dropped (inlineTags), and a line break that cuts a card, an IBAN or an address in two is
//     joined (wrappedNumbers); Unicode's tag characters, bidirectional and styling marks,
//     superscript digits and the marks between a number's digits are read in mapRunes, and the
//     escapes that hide a number (\xHH, a run of %XX) decoded (hexEscapes, percentLetters);
//   - an address's '@' written as "%40", as a URL's query or a cookie carries it
//     ("?email=jane.doe%40example.com"), becomes '@', only where the result is an address;
//   - numbers said in words ("five five five, oh one four seven", "nineteen eighty five") are
//     written as digits (spokenNumbers): 555-0147, 1985;
//   - tabs between a number's groups in a line of prose become spaces (tabbedNumbers), where a
//     table's row keeps them;
//   - numbers written a digit at a time ("1 2 3 - 4 5 - 6 7 8 9", nine digits or more) lose the
//     spaces between their digits: 123-45-6789.
func normalize(s string) normalized {
	n := normalizeWritten(s)
	if hasDotWord(n.text) {
		n = then(n, spellOut(n.text))
	}
	return then(n, spokenNumbers(n.text))
}

// normalizeWritten is normalize without the numbers said in words, which a detection writes as
// digits only where its cue words found two number words side by side (Detector.Run): the pass
// reads every word of a text, and most texts say no number. So with the addresses whose dots are
// spelled "dot" (since stop 43: the cue words' pass finds the word, which a search of the text
// for it had cost a hundredth of the catalogue's time); those with a bracketed or a bare "at"
// between dotted words are spelled out here.
func normalizeWritten(s string) normalized {
	n := mapRunes(s)
	if strings.IndexByte(n.text, '\\') >= 0 {
		if containsBy(n.text, `\u`, 0) {
			n = then(n, jsonEscapes(n.text))
		}
		if containsBy(n.text, `\x`, 0) {
			n = then(n, hexEscapes(n.text))
		}
	}
	if words, qp := equalsMarks(n.text); words || qp {
		if words {
			n = then(n, encodedWords(n.text))
		}
		if qp {
			n = then(n, quotedPrintable(n.text))
		}
	}
	if htmlMarks(n.text) {
		n = then(n, htmlReferences(n.text))
	}
	if strings.IndexByte(n.text, '<') >= 0 {
		n = then(n, inlineTags(n.text))
	}
	if hasAtJoiner(n.text) || containsBy(n.text, " @ ", 1) {
		n = then(n, spellOut(n.text))
	}
	if strings.IndexByte(n.text, '=') >= 0 && (strings.IndexByte(n.text, '%') >= 0 || strings.IndexByte(n.text, '+') >= 0) { // IndexByte, not ContainsAny: a vector scan
		n = then(n, queryStrings(n.text))
	}
	if containsBy(n.text, "%40", 0) {
		n = then(n, percentAts(n.text))
	}
	if strings.IndexByte(n.text, '%') >= 0 {
		n = then(n, percentLetters(n.text))
	}
	if containsBy(n.text, "^FD", 0) {
		n = then(n, zplFields(n.text))
	}
	if strings.IndexByte(n.text, '\n') >= 0 {
		n = then(n, wrappedNumbers(n.text))
	}
	if strings.IndexByte(n.text, '\t') >= 0 {
		n = then(n, tabbedNumbers(n.text))
	}
	return then(n, spacedDigits(n.text))
}

// zplFields reads a shipping label's ZPL code as the lines it prints, as a warehouse's or a
// shop's developer pastes it: each field's data (after ^FD, to ^FS or the next command) on a
// line of its own. The commands before a field's data on its line (^FO50,100^A0N,30,30^FD) go
// from the copy, a line break in their place where another field's data stands before them on
// the line; a field's ^FS that ends its line goes too, so that a postcode ends at the break. So
// a name, a street and a town ("^FD47 Wellington Road^FS⏎^FO50,140^FDLeeds LS12 4BN^FS") read
// as an address's lines, and a finding over two fields masks the commands between them too.
// Only a line's commands are read: what stands between labels, or before a label on its line,
// stays on the copy as it is.
func zplFields(s string) normalized {
	w := rewrite{src: s}
	dataEnd := -1    // where the last field's data ended on its line (its ^FS, or the next command); -1 at a line's end
	ls, last := 0, 0 // the start of the field's line, looked for back to the last field only (a long line is not read again for each)
	for i := 0; ; {
		k := strings.Index(s[i:], "^FD")
		if k < 0 {
			break
		}
		fd := i + k
		if nl := strings.LastIndexByte(s[last:fd], '\n'); nl >= 0 {
			ls = last + nl + 1
		}
		last = fd
		c := ls + strings.IndexByte(s[ls:fd+1], '^') // the line's first command
		with := ""                                   // the commands open their line: its break is the field's
		if dataEnd >= ls {
			c, with = dataEnd, "\n" // a field after another on its line
		} else if strings.TrimLeft(s[ls:c], " \t") != "" {
			with = "\n" // prose before the label on its line
		}
		w.replace(c, fd+3-c, with)
		v := fd + 3
		e := strings.IndexByte(s[v:], '^')
		if e < 0 {
			break
		}
		i, dataEnd = v+e, v+e
		if strings.HasPrefix(s[i:], "^FS") {
			r := i + 3
			for r < len(s) && (s[r] == ' ' || s[r] == '\t' || s[r] == '\r') {
				r++
			}
			if r == len(s) || s[r] == '\n' { // the field's end ends its line: the line's break ends the data
				w.replace(i, 3, "")
				i, dataEnd = i+3, -1
			}
		}
	}
	return w.done()
}

// containsBy reports whether s has needle, looked for by its byte at k, a rare one: a vector
// scan for that byte, where strings.Contains's scan for the first stops at every space of a
// long text (" @ ") before it changes method.
func containsBy(s, needle string, k int) bool {
	c := needle[k]
	for from := k; from < len(s); {
		j := strings.IndexByte(s[from:], c)
		if j < 0 {
			return false
		}
		if p := from + j - k; p+len(needle) <= len(s) && s[p:p+len(needle)] == needle {
			return true
		}
		from += j + 1
	}
	return false
}

// EmailAddress returns the address an email finding's text writes, however it hides it: the
// same normalisation that found it reads "john dot smith at example dot com", "jane%40x.io",
// "john.smith (at) example.com" and full-width "ｊａｎｅ＠ｘ．ｉｏ" as john.smith@example.com,
// jane@x.io and so on, so that the vault gives an address one token however it is written.
func EmailAddress(v string) string { return normalize(v).text }

// Canonical returns a value as the recognizers read it: full-width forms and other scripts'
// digits in ASCII, zero-width characters dropped, Unicode dashes and spaces plain, HTML's and
// URLs' escapes decoded, a number written a digit at a time joined. The vault keys a value by
// it, so that one number written in full-width digits or with zero-width spaces is one value
// (and a number of full-width digits keeps its digits: "５５５-０１４７" is 555-0147).
func Canonical(v string) string { return normalize(v).text }

// then returns next, a normalization of n's text, chained to n; n when next changed nothing.
func then(n, next normalized) normalized {
	if next.edits == nil {
		return n
	}
	if n.edits != nil {
		inner := n
		next.inner = &inner
	}
	return next
}

// rewrite builds a normalisation pass's copy of src: the bytes between replacements are copied
// as they are, and each replacement is recorded as an edit, so that offsets in the copy map back.
// Nothing is copied until the first replacement.
type rewrite struct {
	src   string
	b     strings.Builder
	edits []edit
	last  int // the start of the source bytes not yet copied
}

// replace writes with in place of the n source bytes at at, which must not be before an earlier
// replacement's end.
func (w *rewrite) replace(at, n int, with string) {
	if w.edits == nil {
		w.b.Grow(len(w.src))
	}
	w.b.WriteString(w.src[w.last:at])
	w.edits = append(w.edits, edit{out: w.b.Len(), outLen: len(with), in: at, inLen: n})
	w.b.WriteString(with)
	w.last = at + n
}

// done returns the copy, or src itself when nothing was replaced.
func (w *rewrite) done() normalized {
	if w.edits == nil {
		return normalized{text: w.src}
	}
	w.b.WriteString(w.src[w.last:])
	return normalized{text: w.b.String(), src: w.src, edits: w.edits}
}

// minSpacedDigits is the fewest digits a number written a digit at a time must have to be read
// as one: an SSN's nine. Shorter runs are lists and scores ("1 2 3 4 5").
const minSpacedDigits = 9

// spacedDigits joins the digits of numbers written one digit at a time, separated by single
// spaces, with a dash, two spaces or a comma between groups ("4 1 1 1  1 1 1 1 …", "1 2 3 - 4 5
// - …", "8 0 0, 5 5 5, …"): every space of the run goes but the second of two, so a dash keeps
// its place and two spaces become one, as a comma and its space do. It returns s unchanged when there is none.
func spacedDigits(s string) normalized {
	w := rewrite{src: s}
	for i := digitThenSpace(s, 0); i+4 < len(s); i = digitThenSpace(s, i+1) {
		if i > 0 && isAlnum(s[i-1]) {
			continue // the end of a longer number or word: "12 days"
		}
		end, digits := spacedRun(s, i)
		if digits < minSpacedDigits {
			i = end
			continue
		}
		for k := i; k < end; k++ {
			switch {
			case s[k] == ',':
				w.replace(k, 2, " ") // a comma and its space between groups: one space, as two spaces leave
				k++
			case s[k] == ' ' && s[k-1] != ' ': // of two spaces between groups, the second stays
				w.replace(k, 1, "")
			}
		}
		i = end
	}
	return w.done()
}

// spacedLetters joins words written a letter at a time, a way to slip a name past a model that
// reads words ("J o h n  S m i t h", "S M I T H"): a run of four letters or more, each standing
// alone between single spaces, with two spaces between its words, becomes its words ("John
// Smith"). A word of the run is capitalised or in capitals, or of four letters or more in lower
// case; runs of three ("U S A") stay. A detection runs it, and reads the text again, only where
// the cue words' pass saw four one-letter words in a row (Cues.scan): most texts have none.
func spacedLetters(s string) normalized {
	w := rewrite{src: s}
	for i := 0; i+4 < len(s); i++ {
		if !isLetter(s[i]) || s[i+1] != ' ' || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		end, letters := spacedLetterRun(s, i)
		if letters >= 4 && spacedWords(s[i:end]) {
			for k := i; k < end; k++ {
				if s[k] == ' ' && s[k-1] != ' ' { // of two spaces between words, the second stays
					w.replace(k, 1, "")
				}
			}
		}
		i = end
	}
	return w.done()
}

// digitThenSpace returns the first i at or after from where a digit is followed by a space,
// or len(s). It reads eight bytes a step, overlapping by one, so a pair is never cut.
func digitThenSpace(s string, from int) int {
	i := from
	for ; i+8 <= len(s); i += 7 {
		x := load8(s[i : i+8])
		if m := digitLanesOf(x) & (spaceLanes(x) >> 8); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i+1 < len(s); i++ {
		if isDigit(s[i]) && s[i+1] == ' ' {
			return i
		}
	}
	return len(s)
}

// spaceLanes returns the high bit of each byte of x that is a space.
func spaceLanes(x uint64) uint64 {
	const high, spaces, ones = 0x8080808080808080, 0x2020202020202020, 0x0101010101010101
	y := x ^ spaces // a space becomes 0
	return (y - ones) &^ y & high
}

// spacedRun reads a number written a digit at a time from the digit s[i]: it returns where it
// ends and how many digits it has. Each digit must stand alone, and the digits are joined by a
// space, two spaces, " - " or, after a group of three or more, ", " (a transcript's "8 0 0, 5 5
// 5, 0 1 9 9"; a list's "1, 2, 3" is none); a separator counts only when a digit standing alone
// follows it ("… 8 9 10" ends at 9).
func spacedRun(s string, i int) (end, digits int) { return aloneRun(s, i, isDigit, true) }

// aloneRun reads a run of characters of one class (is) standing alone from s[i], joined by a
// space, two spaces or, where dash, " - ": it returns where the run ends and how many it has.
func aloneRun(s string, i int, is func(byte) bool, dash bool) (end, n int) {
	alone := func(k int) bool { return k < len(s) && is(s[k]) && (k+1 == len(s) || !isAlnum(s[k+1])) }
	if !alone(i) {
		return i + 1, 0
	}
	end, n = i+1, 1
	group := 1 // the characters since the last separator of groups
	for {
		switch k := end; {
		case dash && strings.HasPrefix(s[k:], " - ") && alone(k+3):
			end, group = k+4, 0
		case dash && group >= 3 && strings.HasPrefix(s[k:], ", ") && alone(k+2):
			end, group = k+3, 0 // a transcript's comma between a number's groups: "8 0 0, 5 5 5, 0 1 9 9"
		case strings.HasPrefix(s[k:], "  ") && alone(k+2):
			end, group = k+3, 0
		case strings.HasPrefix(s[k:], " ") && alone(k+1):
			end = k + 2
		default:
			return end, n
		}
		n++
		group++
	}
}

// spacedLetterRun reads a run of letters standing alone from s[i], joined by a space or, between
// words, two: it returns where the run ends and how many letters it has.
func spacedLetterRun(s string, i int) (end, letters int) { return aloneRun(s, i, isLetter, false) }

// spacedWords reports a run whose words are written as words are: a capital and small letters,
// capitals alone, or four small letters or more.
func spacedWords(run string) bool {
	for _, word := range strings.Split(run, "  ") {
		ls := strings.ReplaceAll(word, " ", "")
		switch {
		case len(ls) < 2:
			return false
		case isUpper(ls[0]) && (allOf(ls[1:], isLower) || allOf(ls[1:], isUpper)):
		case len(ls) >= 4 && allOf(ls, isLower):
		default:
			return false
		}
	}
	return true
}

// mapRunes replaces or drops the characters mapRune says, and those whose mapping depends on what
// stands beside them (contextRune). It copies nothing when there are none.
func mapRunes(s string) normalized {
	w := rewrite{src: s}
	var buf [utf8.UTFMax]byte
	mixedEnd, mixed := 0, false // the end of the last word looked at for homoglyphs, and whether it is mostly Latin
	c := runeContext{flagEnd: -1}
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			for i+8 <= len(s) && ascii8(s[i:i+8]) { // most text is ASCII: eight bytes a step
				i += 8
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		m := mapRune(r)
		switch {
		case m == r && r >= 0x391 && r <= 0x51D:
			if c, ok := homoglyphs[r]; ok {
				if i >= mixedEnd { // the word around it, once: is it mostly Latin letters?
					mixedEnd, mixed = mixedWord(s, i)
				}
				if mixed {
					m = c // pаssword, SЅN: a Cyrillic or Greek look-alike among Latin letters
				}
			}
		case m == r || r >= tagFirst && r <= tagLast:
			m = c.contextRune(&w, s, i, r, size, m)
		}
		if m == r {
			i += size
			continue
		}
		n := 0
		if m >= 0 {
			n = utf8.EncodeRune(buf[:], m)
		}
		w.replace(i, size, string(buf[:n])) // no allocation: a string of at most four bytes is written, not kept
		i += size
	}
	return w.done()
}

// Unicode's tag characters (U+E0020 to U+E007E) shadow printable ASCII and show nothing: a text
// can carry a number in them that no reader sees and a model reads ("ASCII smuggling"). mapRune
// writes them as the ASCII they shadow, except after a black flag, whose tags name a region's
// flag (🏴 g b s c t: Scotland's), which contextRune drops.
const (
	tagFirst = 0xE0020
	tagLast  = 0xE007E
)

// runeContext is what mapRunes remembers between characters for contextRune.
type runeContext struct {
	supEnd  int  // the end of the last run of superscript or subscript digits looked at
	supRead bool // and whether it is read as digits
	flagEnd int  // where a flag's tag sequence goes on (the byte after its last character), or -1
}

// contextRune returns the mapping of r = s[i:i+size] that depends on the characters beside it,
// given m, mapRune's; w is the copy so far, whose last byte is what r follows.
//   - A tag character after a black flag or another of its tags is dropped (see tagFirst).
//   - Superscript and subscript digits in a run of three or more that follows no letter or digit
//     are digits (⁴¹¹¹ ¹¹¹¹ …, ₅₅₅-₀₁₄₇): "x²", "10¹²", "H₂O" and a footnote's "¹" stay.
//   - A combining mark after a digit goes (4́1̃1̂…), as the styling ones do anywhere (mapRune).
//   - A middle dot, a bullet or the Japanese long vowel mark between two ASCII letters or digits,
//     one of them a digit, is the separator it stands for (4111·1111·…, FR76·3000·…,
//     090ー1234ー5678); between letters ("l·l", "データ") it stays.
func (c *runeContext) contextRune(w *rewrite, s string, i int, r rune, size int, m rune) rune {
	switch {
	case r == 0x1F3F4: // the black flag
		c.flagEnd = i + size
		return m
	case r >= tagFirst && r <= tagLast:
		if i == c.flagEnd {
			c.flagEnd = i + size
			return -1
		}
		return m
	case supDigit(r) >= 0:
		if i < c.supEnd { // a run already read
			if !c.supRead {
				return m
			}
			return '0' + supDigit(r)
		}
		e, n := i, 0 // the run, over single separators between its groups (⁶²⁶-⁰³-¹⁷²⁴)
		for e < len(s) {
			q, qs := utf8.DecodeRuneInString(s[e:])
			if supDigit(q) < 0 && (n == 0 || e+1 >= len(s) || !groupSeparator(s[e])) {
				break
			}
			if supDigit(q) < 0 {
				if q, _ = utf8.DecodeRuneInString(s[e+1:]); supDigit(q) < 0 {
					break
				}
				e++
				continue
			}
			e, n = e+qs, n+1
		}
		c.supEnd, c.supRead = e, n >= 3 && (i == 0 || !isAlnum(w.lastByte(i))) || ibanCheckDigits(s, i, e)
		if !c.supRead {
			return m
		}
		return '0' + supDigit(r)
	case r >= 0x300 && r <= 0x36F, r >= 0x20D0 && r <= 0x20FF:
		if isDigit(w.lastByte(i)) {
			return -1
		}
	case r == 0xB7, r == 0x2022, r == 0x2219, r == 0x22C5, r == 0x2027, r == 0x30FB, r == 0x30FC, r == 0xFF70:
		before := w.lastByte(i)
		if before >= utf8.RuneSelf || !isAlnum(before) || i+size >= len(s) { // ASCII's: "サーバー171.…" is a word, then a number
			return m
		}
		next := rune(s[i+size])
		if next >= utf8.RuneSelf {
			next, _ = utf8.DecodeRuneInString(s[i+size:])
			next = mapRune(next)
		}
		if next >= utf8.RuneSelf || !isAlnum(byte(next)) || !isDigit(before) && !isDigit(byte(next)) {
			return m // a letter on both sides: Catalan's "l·l", a katakana word's ー
		}
		if r == 0x30FC || r == 0xFF70 {
			return '-'
		}
		return ' ' // between an IBAN's groups too (FR76·3000·…), which no dot separates
	}
	return m
}

// ibanCheckDigits reports whether the superscript digits at s[i:e] are an IBAN's check digits
// after its country's code, as an IBAN written in superscripts opens ("GB⁹¹ TSUT ⁴³⁷⁰ …", "FR⁶⁰
// ⁷⁴⁷¹ …"; since stop 57): two of them right after two capitals that are a country's IBAN code
// at a word's start, and a space after them. The IBAN's check then decides.
func ibanCheckDigits(s string, i, e int) bool {
	if i < 2 || !isUpper(s[i-1]) || !isUpper(s[i-2]) || i > 2 && isAlnum(s[i-3]) {
		return false
	}
	if _, ok := ibanLengths[s[i-2:i]]; !ok {
		return false
	}
	n, k := 0, i // the digits of the first group
	for k < e {
		q, qs := utf8.DecodeRuneInString(s[k:])
		if supDigit(q) < 0 {
			break
		}
		n, k = n+1, k+qs
	}
	return n == 2 && k < len(s) && s[k] == ' '
}

// groupSeparator reports the marks between a number's groups: a space, '-', '.' or '/'.
func groupSeparator(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '/' }

// supDigit returns the digit a superscript or subscript digit stands for, or -1.
func supDigit(r rune) rune {
	switch {
	case r == 0xB9:
		return 1
	case r == 0xB2, r == 0xB3:
		return r - 0xB0
	case r == 0x2070:
		return 0
	case r >= 0x2074 && r <= 0x2079:
		return r - 0x2070
	case r >= 0x2080 && r <= 0x2089:
		return r - 0x2080
	}
	return -1
}

// lastByte returns the copy's last byte before the source byte at i (0 at the start): the
// source's own byte when the bytes before i were copied, or what the last replacement wrote.
func (w *rewrite) lastByte(i int) byte {
	if w.edits == nil || w.last < i {
		if i == 0 {
			return 0
		}
		return w.src[i-1]
	}
	b := w.b.String()
	if len(b) == 0 {
		return 0
	}
	return b[len(b)-1]
}

// ascii8 reports whether the eight bytes of w are all ASCII.
func ascii8(w string) bool {
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	return x&0x8080808080808080 == 0
}

// spellOut rewrites spelled-out addresses in s, email and IPv4, and returns s unchanged when there is none.
func spellOut(s string) normalized {
	w := rewrite{src: s}
	for i := 0; i < len(s); {
		if !isAlnum(s[i]) || i > 0 && isAlnum(s[i-1]) || !joinerAfterWord(s, i) {
			i++ // only a word can begin an address, and only one that a joiner follows
			continue
		}
		n, addr := spelledEmail(s, i)
		if n == 0 && isDigit(s[i]) {
			n, addr = spelledIPv4(s, i)
		}
		if n == 0 {
			i++
			continue
		}
		w.replace(i, n, addr)
		i += n
	}
	return w.done()
}

// htmlReferences decodes HTML's character references of printable ASCII, numeric (&#64;,
// &#x40;) or named (&commat;, &period;, &lowbar;, &hyphen;, &plus;, &nbsp;), as a web page's
// source hides an address or a number from harvesters ("jane&#64;example.com",
// "&#52;&#49;&#49;&#49; …"). It returns s unchanged when there is none.
func htmlReferences(s string) normalized {
	w := rewrite{src: s}
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '&')
		if k < 0 {
			break
		}
		i += k
		n, c := htmlReference(s, i)
		if n == 0 {
			if n, r := letterReference(s, i); n > 0 { // Ren&eacute;, Jos&#233; (since stop 40)
				var buf [utf8.UTFMax]byte
				m := utf8.EncodeRune(buf[:], r)
				w.replace(i, n, string(buf[:m]))
				i += n
				continue
			}
			i++
			continue
		}
		w.replace(i, n, asciiStrings[c])
		i += n
	}
	return w.done()
}

// letterReference reads an HTML character reference at s[i] of a letter outside ASCII, named
// (&eacute;, &Ntilde;, decoded by Go's html package, which knows every name) or numeric (&#233;,
// &#x00F1;), as a web page's source writes a name's accents; its length and the letter, or 0.
func letterReference(s string, i int) (int, rune) {
	e := strings.IndexByte(s[i:min(len(s), i+12)], ';')
	if e < 3 {
		return 0, 0
	}
	ref := s[i : i+e+1]
	for k := 1; k < len(ref)-1; k++ {
		if !isAlnum(ref[k]) && ref[k] != '#' {
			return 0, 0
		}
	}
	u := html.UnescapeString(ref)
	r, size := utf8.DecodeRuneInString(u)
	if size != len(u) || r < 0x80 || !unicode.IsLetter(r) {
		return 0, 0
	}
	return len(ref), r
}

// htmlMarks reports a '&' that opens a character reference: "&#" or a name and ';' within ten
// bytes (one pass over the '&', which code's "&&" and URLs' pairs hold often).
func htmlMarks(s string) bool {
	for from := 0; ; { // by IndexByte, not Offsets: the loop runs at every '&' of every text
		k := strings.IndexByte(s[from:], '&')
		if k < 0 || from+k+2 >= len(s) {
			return false
		}
		i := from + k
		from = i + 1
		if s[i+1] == '#' {
			return true
		}
		if isLetter(s[i+1]) {
			j := i + 2
			for j < len(s) && j < i+12 && isAlnum(s[j]) {
				j++
			}
			if j < len(s) && s[j] == ';' {
				return true
			}
		}
	}
}

// asciiStrings holds each ASCII byte as a string of its own, so that writing one allocates
// nothing.
var asciiStrings = func() (t [128]string) {
	for c := range t {
		t[c] = string(rune(c))
	}
	return t
}()

// namedReferences are the named character references htmlReferences decodes.
var namedReferences = map[string]byte{"commat": '@', "period": '.', "lowbar": '_', "hyphen": '-', "plus": '+', "nbsp": ' ', "dash": '-'}

// htmlReference reads the character reference at s[i] ('&') and returns its length and the
// printable ASCII byte it writes, or 0.
func htmlReference(s string, i int) (int, byte) {
	e := strings.IndexByte(s[i:min(len(s), i+10)], ';')
	if e < 3 {
		return 0, 0
	}
	body := s[i+1 : i+e]
	if body[0] != '#' {
		if c, ok := namedReferences[body]; ok {
			return e + 1, c
		}
		return 0, 0
	}
	v := 0
	digits := body[1:]
	base := 10
	if digits != "" && (digits[0] == 'x' || digits[0] == 'X') {
		base, digits = 16, digits[1:]
	}
	if digits == "" {
		return 0, 0
	}
	for k := 0; k < len(digits); k++ {
		c := digits[k]
		switch {
		case isDigit(c):
			v = v*base + int(c-'0')
		case base == 16 && isHex(c):
			v = v*16 + int(unhex(c))
		default:
			return 0, 0
		}
	}
	if v < 0x20 || v > 0x7e {
		return 0, 0
	}
	return e + 1, byte(v)
}

// queryStrings decodes the values of URL query strings and form bodies written without a
// scheme, as access logs and pasted requests carry them (GET /api/users?name=Maria%20Lopez&
// q=John+Smith, POST body patient=OKAFOR%2C+CHIDI&mrn=449201): a '+' becomes a space, a
// percent escape of a printable ASCII byte or of a whole UTF-8 character (Jos%C3%A9) the byte or
// the character, and the '&' between two pairs a line break. A URL with its scheme is left as it is, since it is masked whole. It returns s
// unchanged when there is none.
func queryStrings(s string) normalized {
	w := rewrite{src: s}
	tokenByte := func(c byte) bool { return !isSpace(c) && c != '"' && c != '\'' && c != '<' && c != '>' }
	for i := 0; i < len(s); {
		// only the tokens that hold a '=' are read: most of a text is passed by IndexByte
		eq := strings.IndexByte(s[i:], '=')
		if eq < 0 {
			break
		}
		eq += i
		ts := eq
		for ts > i && tokenByte(s[ts-1]) {
			ts--
		}
		i = eq + 1
		for i < len(s) && tokenByte(s[i]) {
			i++
		}
		tok := s[ts:i]
		// a cookie's pair alone ("display_name=Jane%20Doe;") has its percent escapes decoded, not
		// its '+', which a base64 secret's value holds
		single := !strings.ContainsAny(tok, "&?") && strings.IndexByte(tok, '%') >= 0 && cookiePair(tok)
		if !single && (!strings.ContainsAny(tok, "%+") || !strings.ContainsAny(tok, "&?") || !queryLike(tok)) {
			continue
		}
		// the values: from each '=' of a pair to its '&' or the token's end
		for k := strings.IndexByte(tok, '?') + 1; k < len(tok); {
			eq := strings.IndexByte(tok[k:], '=')
			if eq < 0 {
				break
			}
			v := k + eq + 1
			ve := strings.IndexByte(tok[v:], '&')
			if ve < 0 {
				ve = len(tok)
			} else {
				ve += v
			}
			for j := v; j < ve; {
				n, r := queryEscape(tok, j, ve)
				if n == 0 || single && tok[j] == '+' {
					j++
					continue
				}
				w.replace(ts+j, n, r)
				j += n
			}
			if ve < len(tok) {
				// the '&' between two pairs becomes a line break, so that each pair reads as a
				// field of its own line (no name or address runs on into the next key)
				w.replace(ts+ve, 1, "\n")
			}
			k = ve + 1
		}
	}
	return w.done()
}

// cookiePair reports a token that is one pair of a cookie or a header's parameters, a key of
// letters, digits, '_', '-' and '.', and a value before an optional ';': "display_name=Jane%20Doe;".
func cookiePair(tok string) bool {
	eq := strings.IndexByte(tok, '=')
	if eq <= 0 || eq > 40 || strings.IndexByte(tok[eq+1:], '=') >= 0 || strings.Contains(tok, "://") {
		return false
	}
	for k := 0; k < eq; k++ {
		if c := tok[k]; !isAlnum(c) && c != '_' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// queryLike reports a token written as a query string or a form body: no scheme, and pairs of a
// key and a value joined by '&', or after a '?' (/api/users?email=…, name=Ana&ssn=…).
func queryLike(tok string) bool {
	if len(tok) < 3 || strings.Contains(tok, "://") || strings.IndexByte(tok, '=') < 0 {
		return false
	}
	q := strings.IndexByte(tok, '?')
	pairs := 0
	for _, p := range strings.Split(tok[q+1:], "&") {
		eq := strings.IndexByte(p, '=')
		if eq <= 0 || eq > 40 {
			continue
		}
		key := true
		for k := 0; k < eq; k++ {
			if c := p[k]; !isAlnum(c) && c != '_' && c != '-' && c != '.' && c != '[' && c != ']' || c >= 0x80 {
				key = false
				break
			}
		}
		if key {
			pairs++
		}
	}
	return pairs >= 2 || pairs == 1 && q >= 0
}

// queryEscape reads the escape at tok[j] (before end): a '+' is a space; a run of percent
// escapes is the bytes it writes when they are printable ASCII or whole UTF-8 characters. It
// returns how many bytes it read and what they write, or 0.
func queryEscape(tok string, j, end int) (int, string) {
	if tok[j] == '+' {
		return 1, " "
	}
	if tok[j] != '%' {
		return 0, ""
	}
	var buf [12]byte
	n, k := 0, j
	for k+3 <= end && tok[k] == '%' && isHex(tok[k+1]) && isHex(tok[k+2]) && n < len(buf) { // within the value
		buf[n] = unhex(tok[k+1])<<4 | unhex(tok[k+2])
		n++
		k += 3
	}
	// the longest prefix of whole characters, none a control character
	m := 0
	for m < n {
		r, size := utf8.DecodeRune(buf[m:n])
		if r == utf8.RuneError || r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 {
			break
		}
		m += size
	}
	if m == 0 {
		return 0, ""
	}
	return 3 * m, string(buf[:m])
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// percentLetters decodes, outside a query's pairs (queryStrings reads those), the percent
// escapes a URL's path or a log writes for the letters of a name and the spaces between them
// (since stop 40): a run of escapes whose bytes make characters of several bytes
// ("/users/Mar%C3%ADa%20L%C3%B3pez/"), and "%20" between two letters or such characters, or
// "%20" or "%2D" between a digit and a letter or digit (a number's groups), and a run of four
// escapes or more of digits, spaces and hyphens alone (a number written all in escapes). An escape
// of a mark ("%2F", "%26") stays, as does a lone "%20" in a file's name between marks.
func percentLetters(s string) normalized {
	w := rewrite{src: s}
	var out []byte
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '%')
		if k < 0 {
			break
		}
		i := from + k
		from = i + 1
		var j int
		j, out = escapeRun(s, i, '%', false, out[:0])
		if j == i {
			continue
		}
		from = j
		switch {
		case len(out) >= 4 && digitsAndSpaces(out) && !inURL(s, i):
			// a number written all in escapes, its digits too (since stop 43): %34%31%31%31%20%31…
		case len(out) == 1 && (out[0] == ' ' || out[0] == '-') && i > 0 && j < len(s) && isAlnum(s[i-1]) && isAlnum(s[j]) && (isDigit(s[i-1]) || isDigit(s[j])):
			if inURL(s, i) {
				continue
			}
			// a number's groups joined by escaped spaces or hyphens (since stop 43): 4111%201111%20…, 123%2D45%2D6789, GB68%20GKSD%206056
		case len(out) == 1 && out[0] == ' ':
			before := i > 0 && (isLetter(s[i-1]) || s[i-1] >= 0x80)
			after := j < len(s) && (isLetter(s[j]) || s[j] == '%')
			if !before || !after || inURL(s, i) {
				continue // a link's or a query's escaped space stays: the link is masked whole, its pairs read by queryStrings
			}
		case len(out) >= 2 && out[0] >= 0xC2 && utf8.Valid(out):
			// characters of several bytes, a space between them too ("%C3%ADa%20L": the run stops at
			// the 'a'); nothing below a space
			if bytes.ContainsFunc(out, func(r rune) bool { return r < 0x20 || r == 0x7f }) || inURL(s, i) {
				continue // a link's or a query's: masked whole, or read by queryStrings and the links' readers
			}
		default:
			continue
		}
		w.replace(i, j-i, string(out))
	}
	return w.done()
}

// digitsAndSpaces reports bytes of digits, spaces and hyphens, four digits at least.
func digitsAndSpaces(b []byte) bool {
	n := 0
	for _, c := range b {
		switch {
		case isDigit(c):
			n++
		case c != ' ' && c != '-':
			return false
		}
	}
	return n >= 4
}

// inURL reports a byte at s[i] inside a link or a query: its word (back to a space or a quote,
// 512 bytes at most) holds "://", a '?' or a '='.
func inURL(s string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-512; k-- {
		switch s[k] {
		case ' ', '\t', '\n', '"', '\'', '<', '>':
			return false
		case '?', '=':
			return true
		case '/':
			if k > 0 && s[k-1] == '/' && k > 1 && s[k-2] == ':' {
				return true
			}
		}
	}
	return false
}

// percentAts decodes each "%40" of s whose '@' makes an email address with the bytes around
// it, and returns s unchanged when there is none.
func percentAts(s string) normalized {
	w := rewrite{src: s}
	for from := 0; ; {
		k := strings.Index(s[from:], "%40")
		if k < 0 {
			break
		}
		at := from + k
		from = at + 3
		if at == 0 || !localByte(s[at-1]) || from >= len(s) || !isAlnum(s[from]) {
			continue // no local part before it, or no domain after it
		}
		// the most an address can reach on either side of its '@'
		lo, hi := max(0, at-65), min(len(s), from+256)
		if _, ok := email(s[lo:at]+"@"+s[from:hi], at-lo); !ok {
			continue
		}
		w.replace(at, 3, "@")
	}
	return w.done()
}

// source returns the source bytes [from, to) that byte p of the copy came from.
func (n *normalized) source(p int) (from, to int) {
	// the last edit that begins at or before p
	k := sort.Search(len(n.edits), func(k int) bool { return n.edits[k].out > p }) - 1
	if k < 0 {
		return p, p + 1
	}
	e := n.edits[k]
	if p < e.out+e.outLen {
		return e.in, e.in + e.inLen
	}
	d := e.in + e.inLen - (e.out + e.outLen) // how far the copy has shifted after e
	return p + d, p + d + 1
}

// span maps a span of the normalized text back to the original.
func (n *normalized) span(start, end int) (int, int) {
	if n.edits == nil {
		return start, end
	}
	from, _ := n.source(start)
	_, to := n.source(end - 1)
	for from > 0 && !utf8.RuneStart(n.src[from]) { // whole characters, as a span of the copy
		from-- // that ends inside a copied character still covers all of it
	}
	for to < len(n.src) && !utf8.RuneStart(n.src[to]) {
		to++
	}
	if n.inner != nil {
		return n.inner.span(from, to)
	}
	return from, to
}

// bareAtAddress reports whether a local part and a domain joined by a bare " at " (with the
// domain's dots written) look like a person's address, not a host named in prose: a local part
// with a separator whose pieces each open with a letter ("john.smith", not "meet" or "v1.2"), and
// a domain of two labels, or three under a registry's second level ("example.com",
// "acme.co.uk"; not "ci.example.com").
func bareAtAddress(local, domain []byte) bool {
	if bytes.IndexAny(local, "._-+") < 0 {
		return false
	}
	for _, piece := range bytes.FieldsFunc(local, func(r rune) bool { return strings.ContainsRune("._-+", r) }) {
		if !isLetter(piece[0]) {
			return false
		}
	}
	labels := bytes.Split(domain, []byte{'.'})
	switch len(labels) {
	case 2:
		return true
	case 3:
		switch string(bytes.ToLower(labels[1])) {
		case "co", "com", "org", "net", "ac", "gov", "edu", "ne", "or":
			return true
		}
	}
	return false
}

// hasAtJoiner reports whether s has an '@' written so that a scanner misses it: bracketed
// ("(at)", "[@]"), or " at " between a word with a '.', '_', '-', '+' or a digit and a dotted
// word ("john.smith at example.com"); a spelled-out address without a "dot" word has one.
func hasAtJoiner(s string) bool {
	for _, open := range []byte{'(', '[', '{'} {
		for off := 0; ; {
			k := strings.IndexByte(s[off:], open)
			if k < 0 {
				break
			}
			k += off
			off = k + 1
			if k+2 < len(s) && (s[k+1] == '@' || s[k+1] == '.') || k+3 < len(s) && s[k+1]|0x20 == 'a' && s[k+2]|0x20 == 't' && !isAlnum(s[k+3]) {
				return true
			}
		}
	}
	for off := 0; ; {
		k := strings.Index(s[off:], " at ")
		if k < 0 {
			return false
		}
		k += off
		off = k + 1
		b := k
		for b > 0 && b > k-64 && (isAlnum(s[b-1]) && s[b-1] < 0x80 || strings.IndexByte(".-+", s[b-1]) >= 0) {
			b--
		}
		e := k + 4
		for e < len(s) && e < k+68 && (isAlnum(s[e]) && s[e] < 0x80 || s[e] == '.' || s[e] == '-') {
			e++
		}
		if strings.ContainsAny(s[b:k], "._-+0123456789") && strings.IndexByte(s[k+4:e], '.') > 0 {
			return true
		}
	}
}

// hasDotWord reports whether s has "dot" (dot, Dot or DOT) beginning a word, as a spelled-out
// address does. strings.IndexByte does the scanning, for the rarer letter.
func hasDotWord(s string) bool {
	for _, d := range []byte{'d', 'D'} {
		for off := 0; ; {
			k := strings.IndexByte(s[off:], d)
			if k < 0 {
				break
			}
			k += off
			off = k + 1
			if k+2 < len(s) && (s[k+1] == 'o' && s[k+2] == 't' || s[k+1] == 'O' && s[k+2] == 'T') && (k == 0 || !isAlnum(s[k-1])) {
				return true
			}
		}
	}
	return false
}

// homoglyphs maps the Cyrillic and Greek letters that look like Latin ones to those, in a word
// of mostly Latin letters (mixedWord): a cue word written with a look-alike ("pаssword",
// "SЅN") or an address or a name spoofed so (since stop 40). A word all in Cyrillic or Greek keeps
// its letters.
var homoglyphs = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'һ': 'h', 'ӏ': 'l',
	'ԛ': 'q', 'ԝ': 'w', 'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
	'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'У': 'Y', 'ο': 'o', 'ν': 'v', 'ρ': 'p', 'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I',
	'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// mixedWord returns the end of the word around s[i] (letters of any script, at most 64 bytes
// each way) and whether it is mostly ASCII letters: a Latin word with look-alikes in it.
func mixedWord(s string, i int) (int, bool) {
	a, b := i, i
	for a > 0 && i-a < 64 && (isLetter(s[a-1]) || s[a-1] >= 0x80) {
		a--
	}
	for b < len(s) && b-i < 64 && (isLetter(s[b]) || s[b] >= 0x80) {
		b++
	}
	latin, other := 0, 0
	for k := a; k < b; k++ {
		switch c := s[k]; {
		case isLetter(c):
			latin++
		case c >= 0xC0: // a character's first byte
			other++
		}
	}
	return b, latin > other // mostly Latin: "Васовa", a Cyrillic name with one Latin letter, stays
}

// letterlike maps the letters outside the mathematical block that its alphabets use (script,
// fraktur and double-struck capitals, ℎ, ℯ, ℊ, ℴ) and the small capitals of "fancy text"
// (ᴊᴏʜɴ sᴍɪᴛʜ) to ASCII letters.
var letterlike = map[rune]rune{
	0x210E: 'h', 0x212C: 'B', 0x2130: 'E', 0x2131: 'F', 0x210B: 'H', 0x2110: 'I', 0x2112: 'L', 0x2133: 'M', 0x211B: 'R', 0x212F: 'e',
	0x210A: 'g', 0x2134: 'o', 0x212D: 'C', 0x210C: 'H', 0x2111: 'I', 0x211C: 'R', 0x2128: 'Z', 0x2102: 'C', 0x210D: 'H', 0x2115: 'N',
	0x2119: 'P', 0x211A: 'Q', 0x211D: 'R', 0x2124: 'Z',
	0x1D00: 'a', 0x0299: 'b', 0x1D04: 'c', 0x1D05: 'd', 0x1D07: 'e', 0xA730: 'f', 0x0262: 'g', 0x029C: 'h', 0x026A: 'i', 0x1D0A: 'j',
	0x1D0B: 'k', 0x029F: 'l', 0x1D0D: 'm', 0x0274: 'n', 0x1D0F: 'o', 0x1D18: 'p', 0x0280: 'r', 0xA731: 's', 0x1D1B: 't', 0x1D1C: 'u',
	0x1D20: 'v', 0x1D21: 'w', 0x028F: 'y', 0x1D22: 'z',
}

// mapRune returns the ASCII stand-in for r, r itself, or -1 to drop it.
func mapRune(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF, r == 0x00AD, r == 0x180E:
		return -1 // zero-width spaces and joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator
	case r == 0x200E, r == 0x200F, r == 0x061C, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r >= 0x2061 && r <= 0x2064,
		r == 0x034F, r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0, r == 0x17B4, r == 0x17B5:
		return -1 // (since stop 43) bidirectional marks, embeddings and isolates, invisible operators, the combining grapheme joiner, Hangul's and Khmer's invisible fillers
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF, r == 0xE0001, r == 0xE007F:
		return -1 // variation selectors (a keycap's 4️⃣ is 4, U+FE0F, U+20E3), the language tag and the cancel tag
	case r >= tagFirst && r <= tagLast:
		return r - 0xE0000 // tag characters: the ASCII they shadow (see tagFirst)
	case r == 0x0332, r == 0x0333, r >= 0x0335 && r <= 0x0338, r >= 0x20DD && r <= 0x20E4:
		return -1 // styling marks over any character: underlined, struck-through (4̶1̶1̶1̶, G̲B̲), enclosed and keycap (4⃣)
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return r - 0xFEE0
	case r == 0x3000, r == 0x00A0, r >= 0x2000 && r <= 0x200A, r == 0x202F, r == 0x205F, r == 0x1680:
		return ' ' // ideographic, no-break, typographic (en, em, thirds, quarters, figure, thin, hair), mathematical and Ogham spaces
	case r >= 0x2010 && r <= 0x2015, r == 0x2212, r == 0xFE63, r == 0x2043:
		return '-'
	case r == 0x2024, r == 0xFE52, r == 0x3002: // one-dot leader, small full stop, ideographic full stop
		return '.'
	case r == 0x2018, r == 0x2019, r == 0x201A, r == 0x201B:
		return '\'' // curly single quotes and the apostrophe word processors write: "driver’s license", ‘4111 1111 1111 1111’
	case r == 0x201C, r == 0x201D, r == 0x201E, r == 0x201F, r == 0x00AB, r == 0x00BB:
		return '"' // curly double quotes and guillemets: “4111 1111 1111 1111”, «jane@example.com»
	case r == 0x2026:
		return '.' // an ellipsis after a value: "call 212-555-0147…"
	case r == 0x060C: // Arabic's comma, which Persian and Urdu write too: "تاريخ الميلاد 06/03/1944،"
		return ','
	case r == 0x061B: // Arabic's semicolon
		return ';'
	case r >= 0x1D400 && r <= 0x1D6A3: // mathematical letters (since stop 40): the "fancy text" of profiles and chat, 𝐉𝐨𝐡𝐧, 𝓙𝓸𝓱𝓷, 𝗝𝗼𝗵𝗻
		if off := (r - 0x1D400) % 52; off < 26 {
			return 'A' + off
		} else {
			return 'a' + off - 26
		}
	case r >= 0x24B6 && r <= 0x24CF: // circled capitals Ⓜ
		return 'A' + r - 0x24B6
	case r >= 0x24D0 && r <= 0x24E9: // circled small letters ⓐ
		return 'a' + r - 0x24D0
	case r >= 0x1F130 && r <= 0x1F149, r >= 0x1F150 && r <= 0x1F169, r >= 0x1F170 && r <= 0x1F189: // squared and negative letters 🄹 🅙 🅹
		return 'A' + (r-0x1F130)%32
	case r >= 0x2460 && r <= 0x2468: // circled digits ① to ⑨, and the other circled and negative ones
		return '1' + r - 0x2460
	case r >= 0x2776 && r <= 0x277E:
		return '1' + r - 0x2776
	case r >= 0x2780 && r <= 0x2788:
		return '1' + r - 0x2780
	case r >= 0x278A && r <= 0x2792:
		return '1' + r - 0x278A
	case r >= 0x24F5 && r <= 0x24FD:
		return '1' + r - 0x24F5
	case r == 0x24EA, r == 0x24FF, r == 0x1F10C:
		return '0'
	}
	if r >= 0x0262 && r <= 0x029F || r >= 0x1D00 && r <= 0x1D22 || r >= 0x2102 && r <= 0x2134 || r == 0xA730 || r == 0xA731 {
		if m, ok := letterlike[r]; ok {
			return m // the letterlike symbols the mathematical alphabets leave to older blocks (ℎ, ℬ, ℝ) and small capitals (ᴊᴏʜɴ)
		}
	}
	if r < digitZeros[0] {
		return r // Latin, Greek, Cyrillic, Hebrew: no digits of their own
	}
	for _, zero := range digitZeros {
		if r >= zero && r <= zero+9 {
			return '0' + (r - zero)
		}
	}
	return r
}

// digitZeros are the zeros of the decimal digit blocks of other scripts.
var digitZeros = []rune{
	0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
	0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1B50, 0x1BB0, 0x1C40,
	0x1C50, 0xA620, 0xA8D0, 0xA900, 0xAA50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
}

// commonTLDs are the top-level domains an address spaced out around its '@' and dots must end
// in to be read as one.
var commonTLDs = foldSet("com org net edu gov io co uk de fr es it nl be ch at se no dk fi pl pt br mx ca au nz in jp cn kr ru za ie info biz me us")

// joinerAfterWord reports whether the label at s[i] is followed by what could begin a joiner of
// spelledEmail: '.' or '@' at once, or after spaces a bracket, '@', a spaced '.' or a word
// beginning with d or a.
func joinerAfterWord(s string, i int) bool {
	k := i
	for k < len(s) && (isAlnum(s[k]) && s[k] < 0x80 || s[k] == '-' || s[k] == '_' || s[k] == '+') {
		k++
	}
	if k < len(s) && (s[k] == '.' || s[k] == '@') {
		return true
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) {
		return false
	}
	switch s[k] {
	case '(', '[', '{', 'd', 'D', 'a', 'A', '@', 'p', 'P', 'c', 'C', 'k', 'K', 'm', 'M':
		return true // (and other languages' words: "punto", "point", "chiocciola", "kropka", "małpa")
	case '.':
		return k+1 < len(s) && s[k+1] == ' ' // a spaced-out local part: "jane . doe @ gmail . com"
	}
	return false
}

// spelledIPv4 recognises an IPv4 address whose dots are defanged or said, as threat reports and
// incident notes write them ("203[.]0[.]113[.]7", "(.)", "{.}", "[dot]", "(dot)", " dot ";
// since stop 43), beginning at s[i], and returns its length and the address. Every dot is
// written one way, and every group is a number of at most three digits up to 255.
func spelledIPv4(s string, i int) (int, string) {
	var buf [15]byte
	out := buf[:0]
	j, joiner := i, ""
	for g := 0; g < 4; g++ {
		k := j
		for k < len(s) && k-j < 4 && isDigit(s[k]) {
			k++
		}
		if k == j || k-j > 3 || atoi(s[j:k]) > 255 {
			return 0, ""
		}
		out = append(out, s[j:k]...)
		j = k
		if g == 3 {
			break
		}
		if joiner == "" {
			for _, w := range [...]string{"[.]", "(.)", "{.}", "[dot]", "(dot)", " dot ", " [.] ", " (.) "} {
				if hasPrefixFold(s[j:], w) {
					joiner = s[j : j+len(w)]
					break
				}
			}
			if joiner == "" {
				return 0, ""
			}
		}
		if !strings.HasPrefix(s[j:], joiner) {
			return 0, ""
		}
		out = append(out, '.')
		j += len(joiner)
	}
	if j < len(s) && (isAlnum(s[j]) || s[j] == '[' || s[j] == '(' || (s[j] == '.' || s[j] == ' ') && j+1 < len(s) && isDigit(s[j+1])) {
		return 0, "" // a fifth group, or a word run on
	}
	return j - i, string(out)
}

// dotWords and atWords spell an address's marks: in English, and since stop 49 in Spanish,
// Portuguese, French, Italian, German, Dutch and Polish ("lucia punto fernandez arroba gmail punto
// com", "jean.dupont arobase orange point fr"). The other languages' words for "at" are what
// make a detection spell an address out (entrySpelledDot): "point" and "punkt" are words of prose.
var (
	dotWords = []string{"dot", "punto", "ponto", "point", "punkt", "punt", "kropka"}
	atWords  = []string{"at", "arroba", "arobase", "chiocciola", "klammeraffe", "małpa", "malpa"}
)

// spelledEmail recognises "john dot smith at example dot com" (also "(at)", "[at]", "(dot)",
// "[dot]", any case) beginning at s[i], and returns its length and the address it spells.
func spelledEmail(s string, i int) (int, string) {
	if i > 0 && isAlnum(s[i-1]) || i >= len(s) || !isAlnum(s[i]) {
		return 0, ""
	}
	if !joinerAfterWord(s, i) {
		return 0, "" // most words: no "dot", "at" or literal '.' or '@' after them
	}
	var buf [128]byte
	out := buf[:0] // on the stack: most words tried here are no address
	j := i
	word := func() bool { // a local-part or domain label
		k := j
		for k < len(s) && (isAlnum(s[k]) && s[k] < 0x80 || s[k] == '-' || s[k] == '_' || s[k] == '+') {
			k++
		}
		if k == j || k-j > 64 {
			return false
		}
		out = append(out, s[j:k]...)
		j = k
		return true
	}
	// whether the last joiner read was spelled (a word or defanged), and a word without brackets;
	// whether any joiner was a literal with spaces around it
	spelled, bare, spacedOut := false, false, false
	foreignDot, foreignAt := false, false               // another language's words: a dot's needs an "at" of its own ("at a point key" is English)
	joiner := func(names []string, literal byte) bool { // " dot ", " (dot) ", "[dot]", "[.]", or the literal itself
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		spaced := k > j
		spelled, bare = false, false
		if k < len(s) && s[k] == literal && !spaced {
			j = k + 1
			out = append(out, literal)
			return true
		}
		if k+1 < len(s) && s[k] == literal && spaced && s[k+1] == ' ' {
			j = skipSpaces(s, k+1) // spaced out: "jane @ example . com"
			out = append(out, literal)
			spelled, spacedOut = true, true
			return true
		}
		if k+2 < len(s) && s[k+1] == literal && (s[k] == '(' && s[k+2] == ')' || s[k] == '[' && s[k+2] == ']' || s[k] == '{' && s[k+2] == '}') {
			j = skipSpaces(s, k+3) // defanged: "[.]", "(@)"
			out = append(out, literal)
			spelled = true
			return true
		}
		var close byte
		if k < len(s) {
			switch s[k] {
			case '(':
				close = ')'
			case '[':
				close = ']'
			case '{':
				close = '}'
			}
			if close != 0 {
				k++
			}
		}
		n := 0
		for x, name := range names {
			if k+len(name) <= len(s) && strings.EqualFold(s[k:k+len(name)], name) {
				n = len(name)
				if x > 0 && literal == '.' {
					foreignDot = true
				} else if x > 0 {
					foreignAt = true
				}
				break
			}
		}
		if n == 0 {
			return false
		}
		k += n
		if close != 0 {
			if k >= len(s) || s[k] != close {
				return false
			}
			k++
		} else if !spaced || k >= len(s) || s[k] != ' ' {
			return false // a bare word needs spaces around it: "john dot smith", not "johndotsmith"
		}
		for k < len(s) && s[k] == ' ' {
			k++
		}
		j = k
		out = append(out, literal)
		spelled, bare = true, close == 0
		return true
	}
	if !word() {
		return 0, ""
	}
	for joiner(dotWords, '.') {
		if !word() {
			return 0, ""
		}
	}
	local := len(out)
	if !joiner(atWords, '@') || !word() {
		return 0, ""
	}
	bareAt := bare
	labels, domainSpelled := 1, false
	for {
		save, saveLen := j, len(out)
		if !joiner(dotWords, '.') {
			break
		}
		if !word() {
			j, out = save, out[:saveLen]
			break
		}
		labels++
		domainSpelled = domainSpelled || spelled
	}
	if foreignDot && !foreignAt {
		return 0, ""
	}
	if bareAt && !domainSpelled && !bareAtAddress(out[:local], out[local+1:]) {
		return 0, "" // "meet at google.com", "v1.2 at example.com", "build_server at ci.example.com"
	}
	tld := string(out[bytes.LastIndexByte(out, '.')+1:])
	if labels < 2 || len(tld) < 2 || strings.IndexFunc(tld, func(r rune) bool { return r < 'A' || r > 'z' || (r > 'Z' && r < 'a') }) >= 0 {
		return 0, ""
	}
	if spacedOut && !commonTLDs.has(tld) {
		return 0, "" // "X @ W . T": a matrix product and a transpose, not an address
	}
	if save, saveLen := j, len(out); domainSpelled && joiner(atWords, '@') && word() {
		return 0, "" // "email me at john dot smith at gmail dot com": the address is the one after "me at"
	} else {
		j, out = save, out[:saveLen]
	}
	if string(out) == s[i:j] {
		return 0, "" // written as an address already
	}
	return j - i, string(out)
}
