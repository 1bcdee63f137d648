package redact

import (
	"strings"
	"unicode/utf8"
)

// normalized is a copy of a text prepared for detection, with a map back to the original. Each
// byte of text came from the source bytes [from[i], to[i]) of the original, so a finding on the
// copy covers exactly the original bytes that produced it, invisible characters included.
type normalized struct {
	text     string
	from, to []int // nil when text is the original unchanged
}

// Normalization undoes common ways to slip identifiers past a scanner:
//   - zero-width characters and soft hyphens inside a number (4111<ZWSP>1111…) are dropped;
//   - full-width forms (４１１１, ＠) and the decimal digits of other scripts become ASCII;
//   - Unicode dashes, minus signs and spaces become '-' and ' ' (mixed separators);
//   - spelled-out addresses ("john dot smith at example dot com", "jane [at] corp [dot] io")
//     become john.smith@example.com, only where the result is an address.
func normalize(s string) normalized {
	n := normalized{text: s}
	if hasMappedRune(s) {
		n = mapRunes(s)
	}
	if hasDotWord(n.text) {
		n = n.then(spellOut(n.text))
	}
	return n
}

// hasMappedRune reports whether mapRune changes any character of s.
func hasMappedRune(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if mapRune(r) != r {
			return true
		}
		i += size - 1
	}
	return false
}

// mapRunes replaces or drops the characters mapRune says.
func mapRunes(s string) normalized {
	var b strings.Builder
	b.Grow(len(s))
	from := make([]int, 0, len(s))
	to := make([]int, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		out := ""
		switch m := mapRune(r); {
		case m == -1: // dropped
		case m == r:
			out = s[i : i+size]
		default:
			out = string(m)
		}
		for range len(out) {
			from = append(from, i)
			to = append(to, i+size)
		}
		b.WriteString(out)
		i += size
	}
	return normalized{text: b.String(), from: from, to: to}
}

// spellOut rewrites spelled-out addresses in s. It builds the offset maps only once it meets
// the first address, and returns s unchanged when there is none.
func spellOut(s string) normalized {
	var b strings.Builder
	var from, to []int
	started := false
	for i := 0; i < len(s); {
		n, addr := spelledEmail(s, i)
		if n == 0 {
			if started {
				from = append(from, i)
				to = append(to, i+1)
				b.WriteByte(s[i])
			}
			i++
			continue
		}
		if !started { // everything before the first address maps to itself
			started = true
			b.Grow(len(s))
			from = make([]int, i, len(s))
			to = make([]int, i, len(s))
			for k := range i {
				from[k], to[k] = k, k+1
			}
			b.WriteString(s[:i])
		}
		for range len(addr) {
			from = append(from, i)
			to = append(to, i+n)
		}
		b.WriteString(addr)
		i += n
	}
	if !started {
		return normalized{text: s}
	}
	return normalized{text: b.String(), from: from, to: to}
}

// then composes two normalizations: next was made from n.text.
func (n normalized) then(next normalized) normalized {
	if n.from == nil {
		return next
	}
	if next.from == nil {
		return n
	}
	from := make([]int, len(next.text))
	to := make([]int, len(next.text))
	for i := range next.text {
		from[i] = n.from[next.from[i]]
		to[i] = n.to[next.to[i]-1]
	}
	return normalized{text: next.text, from: from, to: to}
}

// span maps a span of the normalized text back to the original.
func (n normalized) span(start, end int) (int, int) {
	if n.from == nil {
		return start, end
	}
	return n.from[start], n.to[end-1]
}

// hasDotWord reports whether s has "dot" (dot, Dot or DOT) beginning a word, as a spelled-out
// address does. strings.Index does the scanning.
func hasDotWord(s string) bool {
	for _, ot := range []string{"ot", "OT"} {
		for off := 0; ; {
			k := strings.Index(s[off:], ot)
			if k < 0 {
				break
			}
			k += off
			off = k + 2
			if k >= 1 && s[k-1]|0x20 == 'd' && (k == 1 || !isAlnum(s[k-2])) {
				return true
			}
		}
	}
	return false
}

// mapRune returns the ASCII stand-in for r, r itself, or -1 to drop it.
func mapRune(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r == 0x200B, r == 0x200C, r == 0x200D, r == 0x2060, r == 0xFEFF, r == 0x00AD, r == 0x180E:
		return -1 // zero-width spaces and joiners, word joiner, BOM, soft hyphen, Mongolian vowel separator
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return r - 0xFEE0
	case r == 0x3000, r == 0x00A0, r == 0x2007, r == 0x2009, r == 0x200A, r == 0x202F, r == 0x2002, r == 0x2003:
		return ' '
	case r >= 0x2010 && r <= 0x2015, r == 0x2212, r == 0xFE63, r == 0x2043:
		return '-'
	case r == 0x2024, r == 0xFE52, r == 0x3002: // one-dot leader, small full stop, ideographic full stop
		return '.'
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

// spelledEmail recognises "john dot smith at example dot com" (also "(at)", "[at]", "(dot)",
// "[dot]", any case) beginning at s[i], and returns its length and the address it spells.
func spelledEmail(s string, i int) (int, string) {
	if i > 0 && isAlnum(s[i-1]) || i >= len(s) || !isAlnum(s[i]) {
		return 0, ""
	}
	var out strings.Builder
	j := i
	word := func() bool { // a local-part or domain label
		k := j
		for k < len(s) && (isAlnum(s[k]) && s[k] < 0x80 || s[k] == '-' || s[k] == '_' || s[k] == '+') {
			k++
		}
		if k == j || k-j > 64 {
			return false
		}
		out.WriteString(s[j:k])
		j = k
		return true
	}
	joiner := func(name string, literal byte) bool { // " dot ", " (dot) ", "[dot]", or the literal itself
		k := j
		for k < len(s) && s[k] == ' ' {
			k++
		}
		spaced := k > j
		if k < len(s) && s[k] == literal && !spaced {
			j = k + 1
			out.WriteByte(literal)
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
		if k+len(name) > len(s) || !strings.EqualFold(s[k:k+len(name)], name) {
			return false
		}
		k += len(name)
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
		out.WriteByte(literal)
		return true
	}
	if !word() {
		return 0, ""
	}
	for joiner("dot", '.') {
		if !word() {
			return 0, ""
		}
	}
	if !joiner("at", '@') || !word() {
		return 0, ""
	}
	labels := 1
	for {
		save, saveLen := j, out.Len()
		if !joiner("dot", '.') {
			break
		}
		if !word() {
			j = save
			str := out.String()[:saveLen]
			out.Reset()
			out.WriteString(str)
			break
		}
		labels++
	}
	addr := out.String()
	tld := addr[strings.LastIndexByte(addr, '.')+1:]
	if labels < 2 || len(tld) < 2 || strings.IndexFunc(tld, func(r rune) bool { return r < 'A' || r > 'z' || (r > 'Z' && r < 'a') }) >= 0 {
		return 0, ""
	}
	if addr == s[i:j] {
		return 0, "" // written as an address already
	}
	return j - i, addr
}
