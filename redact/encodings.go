package redact

import (
	"encoding/base64"
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text inside encodings (stop 40), as a developer, an operator or a support engineer pastes it:
// JSON's \u escapes (a log's "email":"jane.doe\u0040example.com"), MIME's encoded words in a
// mail's headers (From: =?utf-8?q?Jos=C3=A9_P=C3=A9rez?=), quoted-printable bodies (=C3=A1, soft
// line breaks that split an address), and base64 (a Kubernetes secret's values, a mail's body, a
// data URL, base64url JSON in a query, an encoded shell command). Each is decoded on the copy the
// recognizers read, each escape, word or group of four base64 characters one edit, so that a
// finding in the decoded text masks exactly the encoded characters that carry it. Go's
// mime.WordDecoder decodes the encoded words; the escapes, quoted-printable and base64 are read
// here, because the standard library's decoders keep no offsets.

// jsonEscapes decodes JSON's and JavaScript's \uXXXX escapes (a surrogate pair as one
// character) where the character is text: not a quote, a backslash or a control character, which
// would change what the escaped string's readers see.
func jsonEscapes(s string) normalized {
	w := rewrite{src: s}
	var buf [4]byte
	for from := 0; ; {
		k := strings.Index(s[from:], `\u`)
		if k < 0 {
			break
		}
		i := from + k
		from = i + 2
		if escapedBackslash(s, i) {
			continue // an escaped backslash before a 'u': "\\u0040" is the text \u0040
		}
		r, ok := hex4(s, i+2)
		if !ok {
			continue
		}
		n := 6
		if r >= 0xD800 && r < 0xDC00 { // a surrogate pair: \uD83D\uDE00
			lo, ok := hex4(s, i+8)
			if !ok || i+7 >= len(s) || s[i+6] != '\\' || s[i+7] != 'u' || lo < 0xDC00 || lo >= 0xE000 {
				continue
			}
			r, n = 0x10000+(r-0xD800)<<10+(lo-0xDC00), 12
		}
		if r < 0x20 || r == '"' || r == '\\' || r >= 0xD800 && r < 0xE000 || !unicode.IsPrint(r) && r != ' ' {
			continue
		}
		m := utf8.EncodeRune(buf[:], r)
		w.replace(i, n, string(buf[:m]))
		from = i + n
	}
	return w.done()
}

// hexEscapes decodes the \xHH escapes of Python's, JavaScript's, C's and Go's strings where the
// byte is printable ASCII other than a quote or a backslash (since stop 43), as a program's
// source or a log hides a number or an address in them ("\x34\x31\x31\x31…",
// "jane\x40example.com"); a byte outside ASCII stays escaped (a binary string's, or one of a
// character's several bytes), as does an escaped backslash's "\\x41".
func hexEscapes(s string) normalized {
	w := rewrite{src: s}
	for from := 0; ; {
		k := strings.Index(s[from:], `\x`)
		if k < 0 {
			break
		}
		i := from + k
		from = i + 2
		if escapedBackslash(s, i) || i+4 > len(s) || !isHex(s[i+2]) || !isHex(s[i+3]) {
			continue
		}
		c := unhex(s[i+2])<<4 | unhex(s[i+3])
		if c < 0x20 || c > 0x7e || c == '"' || c == '\'' || c == '\\' {
			continue
		}
		w.replace(i, 4, string(rune(c)))
		from = i + 4
	}
	return w.done()
}

// escapedBackslash reports that the backslash at s[i] is itself escaped ("\\u0040" is the text
// \u0040, no escape): one backslash stands before it, not two.
func escapedBackslash(s string, i int) bool {
	return i > 0 && s[i-1] == '\\' && (i < 2 || s[i-2] != '\\')
}

// hex4 reads four hexadecimal digits at s[i].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for k := i; k < i+4; k++ {
		c := s[k]
		if !isHex(c) {
			return 0, false
		}
		r = r<<4 | rune(unhex(c))
	}
	return r, true
}

// encodedWords decodes MIME's encoded words (RFC 2047: =?charset?B?…?= and =?charset?Q?…?=) in
// the charsets Go's mime package knows (UTF-8, ISO-8859-1, US-ASCII); the blanks between two
// such words go, as the RFC says.
func encodedWords(s string) normalized {
	w := rewrite{src: s}
	var dec mime.WordDecoder
	lastEnd := -1
	for from := 0; ; {
		k := strings.Index(s[from:], "=?")
		if k < 0 {
			break
		}
		i := from + k
		from = i + 2
		e := encodedWordEnd(s, i)
		if e < 0 {
			continue
		}
		text, err := dec.Decode(s[i:e])
		if err != nil || !utf8.ValidString(text) || strings.ContainsFunc(text, func(r rune) bool { return r < 0x20 && r != '\t' }) {
			continue
		}
		if lastEnd >= 0 && strings.Trim(s[lastEnd:i], " \t\r\n") == "" && lastEnd < i {
			w.replace(lastEnd, i-lastEnd, "") // the blank between two encoded words
		}
		w.replace(i, e-i, text)
		from, lastEnd = e, e
	}
	return w.done()
}

// encodedWordEnd returns the end of the encoded word at s[i] ("=?" charset "?" B or Q "?" text
// "?="), at most 200 bytes, or -1.
func encodedWordEnd(s string, i int) int {
	j := i + 2
	for j < len(s) && j < i+40 && (isAlnum(s[j]) || s[j] == '-' || s[j] == '*') {
		j++
	}
	if j == i+2 || j+3 > len(s) || s[j] != '?' || s[j+2] != '?' || !strings.ContainsRune("BbQq", rune(s[j+1])) {
		return -1
	}
	k := strings.Index(s[j+3:min(len(s), i+200)], "?=")
	if k < 0 {
		return -1
	}
	return j + 3 + k + 2
}

// quotedPrintable decodes a quoted-printable body's escapes: those whose bytes make a character
// of several bytes (=C3=A1) anywhere, and, in a text that names the encoding or whose lines end as
// its soft breaks do, the escapes of ASCII an encoder writes (=3D, a blank before a line's end, a
// period opening a line) and the soft breaks themselves ("njones=⏎@yahoo.com" is
// njones@yahoo.com).
func quotedPrintable(s string) normalized {
	body := qpBody(s)
	w := rewrite{src: s}
	var out []byte
	for from := 0; ; {
		k := strings.IndexByte(s[from:], '=')
		if k < 0 {
			break
		}
		i := from + k
		from = i + 1
		if body && i+1 < len(s) && (s[i+1] == '\n' || s[i+1] == '\r' && i+2 < len(s) && s[i+2] == '\n') && softBreak(s, i) {
			n := 2
			if s[i+1] == '\r' {
				n = 3
			}
			w.replace(i, n, "") // a soft line break
			from = i + n
			continue
		}
		// a run of escapes
		var j int
		j, out = escapeRun(s, i, '=', true, out[:0]) // a soft break inside a character's bytes ends the run: the next turn takes it
		if j == i {
			continue
		}
		if !utf8.Valid(out) {
			continue
		}
		if len(out) < 2 || out[0] < 0xC2 {
			// escapes of ASCII only in a body, and only those an encoder writes: '=' itself
			// (=3D), a blank before a line's end (=20, =09), a period opening a line (=2E); an
			// '=' before two hexadecimal digits elsewhere is another text's ("…=2909101…", a
			// card's track in the same paste, "x=2024")
			if !body || !qpASCII(s, i, j, out) {
				continue
			}
		}
		// each escape's bytes decoded: a run that is text, characters whole
		if strings.ContainsFunc(string(out), func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }) {
			continue
		}
		w.replace(i, j-i, string(out))
		from = j
	}
	return w.done()
}

// equalsMarks reports, in one pass over the text's '=' (a search for "=?" or "=\n" stops at each
// '=' too, and code has many), whether it may hold an encoded word ("=?") and whether
// quotedPrintable may change it: a soft line break, or an escape of a byte that opens a character
// of several ("=C3=A1").
func equalsMarks(s string) (words, qp bool) {
	for from := 0; ; { // by IndexByte, not Offsets: the loop runs at every '=' of every text
		k := strings.IndexByte(s[from:], '=')
		if k < 0 {
			return
		}
		i := from + k
		from = i + 1
		if i+1 >= len(s) {
			return
		}
		switch c := s[i+1]; {
		case c == '?':
			words = true
		case c == '\n' || c == '\r' && i+2 < len(s) && s[i+2] == '\n':
			qp = true
		case c >= 'C' && c <= 'F' && i+4 < len(s) && isUpperHex(s[i+2]) && s[i+3] == '=' && s[i+4] >= '8' && s[i+4] <= 'B':
			qp = true
		}
		if words && qp {
			return
		}
	}
}

// qpASCII reports escapes s[i:j] of ASCII bytes out that a quoted-printable encoder writes.
func qpASCII(s string, i, j int, out []byte) bool {
	for k, c := range out {
		switch {
		case c == '=':
		case (c == ' ' || c == '\t') && k == len(out)-1 && (j == len(s) || s[j] == '\n' || s[j] == '\r' || s[j] == '=' && j+1 < len(s) && (s[j+1] == '\n' || s[j+1] == '\r')):
		case c == '.' && k == 0 && (i == 0 || s[i-1] == '\n'):
		default:
			return false
		}
	}
	return true
}

// escapeRun reads the run of escapes at s[i] that mark writes before two hexadecimal digits
// (capitals only with upper, as quoted-printable writes them: "=C3=A1", "%C3%A1"), appending their
// bytes to out; it returns where the run ends.
func escapeRun(s string, i int, mark byte, upper bool, out []byte) (int, []byte) {
	j := i
	for j+2 < len(s) && s[j] == mark && (upper && isUpperHex(s[j+1]) && isUpperHex(s[j+2]) || !upper && isHex(s[j+1]) && isHex(s[j+2])) {
		out = append(out, unhex(s[j+1])<<4|unhex(s[j+2]))
		j += 3
	}
	return j, out
}

func isUpperHex(c byte) bool { return isDigit(c) || c >= 'A' && c <= 'F' }

// softBreak reports an '=' at a line's end at s[i] that ends a quoted-printable line: one of
// sixty to seventy-six characters (the encoders wrap there) that base64's padding does not end (a
// run of sixteen base64 characters or more whose length the '=' makes a multiple of four).
func softBreak(s string, i int) bool {
	lo := max(0, i-80)
	ls := strings.LastIndexByte(s[lo:i], '\n')
	if ls < 0 && lo > 0 {
		return false
	}
	n := i + 1 - (lo + ls + 1)
	if n < 60 || n > 76 {
		return false
	}
	k := i
	for k > 0 && isBase64(s[k-1]) {
		k--
	}
	if i > 0 && s[i-1] == '=' { // "==": base64's
		return false
	}
	return i-k < 16 || (i-k+1)%4 != 0
}

// qpBody reports a text that names the quoted-printable encoding (a mail's
// Content-Transfer-Encoding header), or has two lines that end as soft breaks do (an '=' at
// seventy to seventy-six characters, the encoders' width) and an escape: one such line alone
// may be base64's padding.
func qpBody(s string) bool {
	if containsFold(s, "quoted-printable") {
		return true
	}
	lines := 0
	for i := range Offsets(s, "=\n") {
		lo := max(0, i-80)
		ls := strings.LastIndexByte(s[lo:i], '\n')
		n := i + 1 - (lo + ls + 1)
		if ls >= 0 && n >= 70 && n <= 76 && softBreak(s, i) {
			if lines++; lines == 2 {
				return hasQPEscape(s)
			}
		}
	}
	return false
}

// hasQPEscape reports an '=' and two capital hexadecimal digits, quoted-printable's escape.
func hasQPEscape(s string) bool {
	for i := range Offsets(s, "=") {
		if i+2 < len(s) && isUpperHex(s[i+1]) && isUpperHex(s[i+2]) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII needle in any case.
func containsFold(s, needle string) bool {
	c := needle[0]
	for from := 0; from < len(s); {
		j := strings.IndexAny(s[from:], string([]byte{c, c - 'a' + 'A'}))
		if j < 0 {
			return false
		}
		p := from + j
		if p+len(needle) <= len(s) && strings.EqualFold(s[p:p+len(needle)], needle) {
			return true
		}
		from = p + 1
	}
	return false
}

// minBase64 is the fewest characters a base64 run must have to be decoded: twelve, nine bytes.
const minBase64 = 12

// base64Word reports a word of the word walk (s[a:b]) that may be base64 carrying text: twelve
// characters or more with capitals and small letters, and a digit or the padding after it. The
// walk sees every word, so a text with none is never searched for base64.
func base64Word(s string, a, b int) bool {
	var upper, lower, digit bool
	for i := a; i < min(b, a+24); i++ { // base64 of text mixes its classes within a few characters
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			digit = true
		case c == '.' || c == '\'' || c >= 0x80:
			return false // a dotted name, a path's host, a contraction, another script: no base64
		}
		if upper && lower && digit {
			return true
		}
	}
	return upper && lower && b < len(s) && s[b] == '='
}

// base64Text decodes the runs of base64 in s (the standard alphabet or the URL's, the padding
// optional, a mail's lines of a multiple of four characters joined) that decode to text: UTF-8
// with no control characters but line breaks and tabs (SMTP's NUL separators become spaces).
// It leaves a JSON Web Token's parts (the JWT recognizer reads them), HTTP Basic's and SMTP's
// credentials (a secret whole) and a PEM block's body, which is no text.
func base64Text(s string) normalized {
	w := rewrite{src: s}
	var raw, body []byte
	var chars []int // a run's characters' offsets, breaks left out; reused from run to run
	for i := 0; i < len(s); {
		if !isBase64(s[i]) || i > 0 && (isBase64(s[i-1]) || s[i-1] >= 0x80 || s[i-1] == '.' && i > 1 && isBase64(s[i-2])) {
			i++
			continue
		}
		// the run, over the line breaks of a wrapped body
		a := i
		chars = chars[:0]
		j := i
		for {
			ls, c0 := j, len(chars)
			for j < len(s) && (isBase64(s[j]) || s[j] == '\\' && j+1 < len(s) && s[j+1] == '/' && j > ls) {
				if s[j] == '\\' {
					j++ // PHP's json_encode escapes the slash: "…\/R29u…"; the backslash goes with its group
				}
				chars = append(chars, j)
				j++
			}
			n := len(chars) - c0 // the line's characters
			// a line of a wrapped body: a multiple of four, forty characters or more, and more on the next line
			if n >= 40 && n%4 == 0 && j+1 < len(s) && (s[j] == '\n' || s[j] == '\r' && s[j+1] == '\n') {
				k := j + 1
				if s[j] == '\r' {
					k++
				}
				if k < len(s) && isBase64(s[k]) {
					j = k
					continue
				}
			}
			break
		}
		pad := 0
		for j < len(s) && s[j] == '=' && pad < 2 {
			j++
			pad++
		}
		i = j
		if len(chars) < minBase64 || j < len(s) && (s[j] == '.' && j+1 < len(s) && isBase64(s[j+1]) || s[j] >= 0x80) || skipBase64(s, a) {
			continue // too short; a JSON Web Token's part; a word of another script
		}
		// decode it, four characters at a time
		if len(chars)%4 == 1 {
			continue // no base64 has that length
		}
		enc := base64.RawStdEncoding
		body = body[:0]
		for _, p := range chars {
			if s[p] == '-' || s[p] == '_' {
				enc = base64.RawURLEncoding // the URL's alphabet
			}
			body = append(body, s[p])
		}
		var err error
		raw, err = enc.AppendDecode(raw[:0], body)
		if err != nil || !base64Prose(raw) {
			continue
		}
		for k, c := range raw {
			if c == 0 {
				raw[k] = ' ' // SMTP's NUL separators
			}
		}
		decoded := string(raw) // one copy; each group's edit writes a slice of it
		for q := 0; q < len(chars); q += 4 {
			e := min(q+4, len(chars))
			from, to := chars[q], chars[e-1]+1
			if q > 0 {
				from = chars[q-1] + 1 // a wrapped body's line break goes with the group after it
			}
			if e == len(chars) {
				to = j // the padding with the last group
			}
			w.replace(from, to-from, decoded[q/4*3:min(len(decoded), q/4*3+3)])
		}
	}
	return w.done()
}

// isBase64 reports the characters of base64's two alphabets.
func isBase64(c byte) bool {
	return isAlnum(c) && c < 0x80 && c != '_' || c == '+' || c == '/' || c == '-' || c == '_'
}

// skipBase64 reports a run that other readers read whole: HTTP Basic's and SMTP's credentials
// (a secret), and a PEM block's body.
func skipBase64(s string, a int) bool {
	before := s[max(0, a-12):a]
	return hasSuffixFold(before, "basic ") || hasSuffixFold(before, "plain ") || strings.Contains(s[max(0, a-80):a], "-----BEGIN ")
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// base64Prose reports decoded bytes that are text: valid UTF-8, printable characters, spaces,
// line breaks and tabs (and NUL, SMTP's separator), with three letters or digits among them.
func base64Prose(raw []byte) bool {
	if !utf8.Valid(raw) {
		return false
	}
	letters := 0
	for _, r := range string(raw) {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == 0:
		case !unicode.IsPrint(r) && r != ' ':
			return false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			letters++
		}
	}
	return letters >= 3
}
