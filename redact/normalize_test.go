package redact

import (
	"context"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// reencode writes s as an evader would: ASCII digits and '@' full-width, and a zero-width space
// after every third character.
func reencode(s string) (string, []int) {
	var b strings.Builder
	at := make([]int, 0, len(s)+1) // at[i]: where byte i of s starts in the copy
	n := 0
	for i, r := range s {
		for range utf8.RuneLen(r) {
			at = append(at, b.Len())
		}
		switch {
		case r >= '0' && r <= '9', r == '@':
			b.WriteRune(r + 0xFEE0)
		default:
			b.WriteRune(r)
		}
		if n++; n%3 == 0 && i+utf8.RuneLen(r) < len(s) {
			b.WriteString("\u200b")
		}
	}
	at = append(at, b.Len())
	return b.String(), at
}

// referenceMaps is the normalisation's map written out per byte, the plain way: from[i] and
// to[i] are the source bytes that byte i of the copy came from. A span of the copy maps to the
// whole characters of the source under its first and last byte (snap).
func referenceMaps(s string) (string, []int, []int) {
	var b strings.Builder
	var from, to []int
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		out := ""
		switch m := mapRune(r); {
		case m == -1:
		case m == r:
			out = s[i : i+size]
		default:
			out = string(m)
		}
		for range len(out) {
			from, to = append(from, i), append(to, i+size)
		}
		b.WriteString(out)
		i += size
	}
	mid := b.String()
	b.Reset()
	var from2, to2 []int
	for i := 0; i < len(mid); {
		n, addr := spelledEmail(mid, i)
		if n == 0 {
			n, addr = 1, mid[i:i+1]
		}
		for range len(addr) {
			from2, to2 = append(from2, from[i]), append(to2, to[i+n-1])
		}
		b.WriteString(addr)
		i += n
	}
	// a line that ends in a number's hyphen, or in an address's '@', the rest on the next
	// (wrappedNumbers): the break goes
	mid, from, to = b.String(), from2, to2
	b.Reset()
	from2, to2 = nil, nil
	for i := 0; i < len(mid); i++ {
		if mid[i] == '\n' && i >= 2 && i+1 < len(mid) {
			if mid[i-1] == '-' && isDigit(mid[i-2]) && isDigit(mid[i+1]) {
				continue
			}
			if _, ok := email(mid[:i]+mid[i+1:], i-1); ok && mid[i-1] == '@' && isAlnum(mid[i-2]) && isAlnum(mid[i+1]) {
				continue
			}
		}
		b.WriteByte(mid[i])
		from2, to2 = append(from2, from[i]), append(to2, to[i])
	}
	return spacedReference(b.String(), from2, to2)
}

// spacedReference is the last step of referenceMaps: in runs of nine or more one-digit words
// joined by " ", "  " or " - ", the spaces of " " go, one of "  " and both of " - ". A word is a
// run of ASCII letters and digits and other characters.
func spacedReference(s string, from, to []int) (string, []int, []int) {
	words := regexp.MustCompile(`(?:[0-9A-Za-z]|[^\x00-\x7f])+`).FindAllStringIndex(s, -1) // other scripts' letters are a word's too
	drop := make([]bool, len(s))
	for i := 0; i < len(words); {
		j := i // words[i..j] are one digit each, joined by the gaps allowed
		for j+1 < len(words) && oneDigit(s, words[j]) && oneDigit(s, words[j+1]) && slices.Contains([]string{" ", "  ", " - "}, s[words[j][1]:words[j+1][0]]) {
			j++
		}
		if j-i+1 >= minSpacedDigits {
			for k := i; k < j; k++ {
				gap := words[k][1]
				switch s[gap:words[k+1][0]] {
				case " ", "  ":
					drop[gap] = true
				case " - ":
					drop[gap], drop[gap+2] = true, true
				}
			}
		}
		i = j + 1
	}
	var b strings.Builder
	var from2, to2 []int
	for i := range len(s) {
		if !drop[i] {
			b.WriteByte(s[i])
			from2, to2 = append(from2, from[i]), append(to2, to[i])
		}
	}
	return b.String(), from2, to2
}

func oneDigit(s string, w []int) bool { return w[1]-w[0] == 1 && s[w[0]] >= '0' && s[w[0]] <= '9' }

// snap widens [from, to) to whole characters of s.
func snap(s string, from, to int) (int, int) {
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	return from, to
}

func TestNormalizeSpans(t *testing.T) {
	pieces := []string{"a", "7", " ", "\u200b", "４", "１", "＠", "\u00a0", "\u2013", "\u2019", "\u201c", "\u00bb", "\u2026", "ü", "日", "\U0001D7CE", "\u00ad",
		" dot ", " at ", " [at] ", "(dot)", "john", "example", "com", ".", "@", "\n",
		"1 ", "2 3 ", " - ", "  ", "4 5 6 7 8 9 "}
	rng := rand.New(rand.NewPCG(1, 2))
	texts := []string{"plain ascii text", "４１１１ mixed\u200b ü", "a dot b at c dot de", "x\u00a0y\u2013z",
		"mail john dot smith at example dot com\u200b or ４１１１\u200b1111 and jane [at] corp [dot] io",
		"ssn 1 2 3 - 4 5 - 6 7 8 9, card 4 1 1 1  1 1 1 1  1 1 1 1  1 1 1 1, not 1 2 3 4 5 6 7 8 9 10 or 1 2 3",
		"a dot b at c dot de and ４ 1 2 3 4 5 6 7 8"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	twoSteps := 0
	for _, s := range texts {
		n := normalize(s)
		if n.inner != nil {
			twoSteps++
		}
		text, from, to := referenceMaps(s)
		if n.text != text {
			t.Fatalf("%q: copy %q, want %q", s, n.text, text)
		}
		want := func(a, e int) (int, int) {
			if text == s {
				return a, e
			}
			return snap(s, from[a], to[e-1])
		}
		for p := range len(text) {
			f, e := n.span(p, p+1)
			if wf, we := want(p, p+1); f != wf || e != we {
				t.Fatalf("%q: byte %d of %q maps to [%d,%d), want [%d,%d)", s, p, text, f, e, wf, we)
			}
		}
		for range 20 {
			if len(text) == 0 {
				break
			}
			a := rng.IntN(len(text))
			e := a + 1 + rng.IntN(len(text)-a)
			f, g := n.span(a, e)
			if wf, we := want(a, e); f != wf || g != we {
				t.Fatalf("%q: span [%d,%d) maps to [%d,%d), want [%d,%d)", s, a, e, f, g, wf, we)
			}
		}
	}
	if twoSteps < 10 {
		t.Fatalf("only %d texts had both characters mapped and an address spelled out", twoSteps)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"card 4111 1111 1111 1111, ssn 536-22-1234", "mail a.b@c.de or john dot smith at example dot com",
		"call +44 20 7946 0958", "ip 10.0.0.1 and fe80::1", "IBAN DE89 3704 0044 0532 0130 00",
		"caller: five five five, oh one four seven; dob march third nineteen eighty five; a hundred and two"} {
		f.Add(s)
	}
	det := NewDetector(Patterns{})
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		orig, err := det.Detect(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 || r == '\u200b' }) {
			return // the copy's mapping is only known for ASCII input
		}
		enc, at := reencode(s)
		got, err := det.Detect(ctx, enc)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range got {
			if g.Start < 0 || g.End > len(enc) || g.Start >= g.End || !utf8.RuneStart(enc[g.Start]) || g.End < len(enc) && !utf8.RuneStart(enc[g.End]) {
				t.Fatalf("finding %+v outside the text or inside a character", g)
			}
		}
		if len(got) != len(orig) {
			t.Fatalf("%d findings in %q, %d in its re-encoded copy %q", len(orig), s, len(got), enc)
		}
		for i, o := range orig {
			g := got[i]
			// the copy's span starts where the original's did and ends at the same character, give
			// or take the zero-width space after it
			if g.Type != o.Type || g.Start != at[o.Start] || g.End < at[o.End]-len("\u200b") || g.End > at[o.End] {
				t.Fatalf("finding %+v of %q is %+v (%q) in the copy", o, s[o.Start:o.End], g, enc[g.Start:g.End])
			}
		}
	})
}

func TestHasDotWord(t *testing.T) {
	for s, want := range map[string]bool{"john dot smith": true, "Dot": true, "a DOT b": true, "x dOT y": true, "(dot)": true,
		"anecdote": false, "dotted": true, "do t": false, "od": false, "": false, "d": false, "do": false, "end dOt": false} {
		if got := hasDotWord(s); got != want {
			t.Errorf("hasDotWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPercentEncodedEmail: an address whose '@' a URL or a cookie percent-encodes is found over
// the encoded text; "%40" between other words is no address.
func TestPercentEncodedEmail(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Cookie: session_id=7f3a9c21; user_email=oliver.grant%40gmail.com; theme=dark", "oliver.grant%40gmail.com"},
		{"GET /signup?email=ana%2Btest%40example.org&ref=x", "ana%2Btest%40example.org"},
		{"discount 10%40 off, 100%40x", ""},
	} {
		got, _ := lastFinding(t, NewDetector(Patterns{}), tt.text, Email, -1)
		if got != tt.want {
			t.Errorf("%q: email %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestHTMLReferences: an address or a number a web page's source writes in HTML character
// references is found over the references; "&amp;" and references of no printable ASCII stay.
func TestHTMLReferences(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Contact: jane&#64;example.com", "EMAIL_ADDRESS jane&#64;example.com"},
		{"mail: jane&#x40;example.com", "EMAIL_ADDRESS jane&#x40;example.com"},
		{"jane&commat;example&period;com", "EMAIL_ADDRESS jane&commat;example&period;com"},
		{"card &#52;&#49;&#49;&#49; 1111 1111 1111", "CREDIT_CARD &#52;&#49;&#49;&#49; 1111 1111 1111"},
		{"jane . doe @ gmail . com", "EMAIL_ADDRESS jane . doe @ gmail . com"},
		{"R&amp;D team &#169; 2024 &#0; &#xZZ;", ""},
	} {
		var got []string
		for _, sp := range spans(t, tt.text) {
			got = append(got, sp.Type+" "+sp.Text)
		}
		if want := []string{tt.want}; tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
	if n := normalize("a&#64;b&#x2E;io &amp; &#10;"); n.text != "a@b.io &amp; &#10;" {
		t.Errorf("normalize = %q", n.text)
	}
}

// TestQueryStrings: a query string's or a form body's values are read decoded ('+' and percent
// escapes of printable bytes and whole UTF-8 characters), the '&' between pairs as a line break,
// and mapped back to the encoded text; a URL with its scheme, a lone pair and what is no escape
// stay as they are.
func TestQueryStrings(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"GET /u?name=Jos%C3%A9+Mar%C3%ADa&ssn=536221234 HTTP/1.1", "GET /u?name=José María\nssn=536221234 HTTP/1.1"},
		{"POST /signup name=Maria%20Lopez&patient=OKAFOR%2C+CHIDI", "POST /signup name=Maria Lopez\npatient=OKAFOR, CHIDI"},
		{"https://x.com/search?q=John+Smith&x=1", "https://x.com/search?q=John+Smith&x=1"},
		{"x=a+b; total=price+tax", "x=a+b; total=price+tax"},
		{"/p?a=%00b+c&d=%E2%82&e=100%", "/p?a=%00b c\nd=%E2%82\ne=100%"},
	} {
		n := normalize(tt.text)
		if n.text != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.text, n.text, tt.want)
		}
	}
	text := "GET /u?name=Jos%C3%A9+Garc%C3%ADa&x=1"
	n := normalize(text)
	k := strings.Index(n.text, "José")
	if a, b := n.span(k, k+len("José García")); text[a:b] != "Jos%C3%A9+Garc%C3%ADa" {
		t.Errorf("José García maps back to %q", text[a:b])
	}
}

// TestHiddenAtSigns: an address with its '@' or dots defanged or bracketed, or a bare "at"
// between an address-like local part and a domain, is found over its original text; a host
// named in prose after "at" is not.
func TestHiddenAtSigns(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, want string }{
		{"mail john[.]smith[@]example[.]com today", "john[.]smith[@]example[.]com"},
		{"mail john.smith(at)example.com today", "john.smith(at)example.com"},
		{"mail john.smith at example.com today", "john.smith at example.com"},
		{"write J.Smith at Acme.co.uk", "J.Smith at Acme.co.uk"},
		{"meet at google.com", ""},
		{"deployed v1.2 at example.com", ""},
		{"the build_server at ci.example.com failed", ""},
		{"errors (at) line 3, array[.]length, f(@)", ""},
	} {
		got, _ := lastFinding(t, det, tc.text, Email, -1)
		if got != tc.want {
			t.Errorf("%q: email %q, want %q", tc.text, got, tc.want)
		}
	}
}

// containsBy answers as strings.Contains does, wherever the needle and its rare byte stand.
func TestContainsBy(t *testing.T) {
	texts := []string{"", " @ ", "a @ b", "@ b", "a@ b @", "a @", "x@y @ z", "%40", "x %40", "%4", "%%40", "50%4 0", "q=a%40b"}
	for _, s := range texts {
		for _, c := range []struct {
			needle string
			k      int
		}{{" @ ", 1}, {"%40", 0}} {
			if got, want := containsBy(s, c.needle, c.k), strings.Contains(s, c.needle); got != want {
				t.Errorf("containsBy(%q, %q) = %v, want %v", s, c.needle, got, want)
			}
		}
	}
}

// TestSpacedLetters: words written a letter at a time become words, and a span of the copy maps
// back to the spaced letters; runs of three letters, letters in code and single letters of
// prose stay.
func TestSpacedLetters(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Name: J o h n  S m i t h, please", "Name: John Smith, please"},
		{"PATIENT M A R I A  L O P E Z", "PATIENT MARIA LOPEZ"},
		{"call w a l t e r now", "call walter now"},
		{"the U S A team; f(a, b, c, d); x J o h n; I a m", "the U S A team; f(a, b, c, d); x J o h n; I a m"},
		{"A B C D", "ABCD"},
	} {
		n := spacedLetters(tc.in)
		if n.text != tc.want {
			t.Errorf("spacedLetters(%q) = %q, want %q", tc.in, n.text, tc.want)
		}
	}
	in := "Name: J o h n  S m i t h, please"
	n := spacedLetters(in)
	a := strings.Index(n.text, "John Smith")
	if s, e := n.span(a, a+len("John Smith")); in[s:e] != "J o h n  S m i t h" {
		t.Errorf("the copy's name maps to %q", in[s:e])
	}
	// the cue words' pass says where to look: four one-letter words in a row
	det := NewDetector(Patterns{})
	for text, want := range map[string]bool{"J o h n": true, "a b c": false, "f(a,b,c,d)": true, "I am a b": false} {
		if _, _, r := det.cues.scan(text, nil, nil); r.spaced != want {
			t.Errorf("%q: spaced %v, want %v", text, r.spaced, want)
		}
	}
}
