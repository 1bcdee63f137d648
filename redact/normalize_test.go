package redact

import (
	"context"
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

func TestNormalizeSpans(t *testing.T) {
	for _, s := range []string{"plain ascii text", "４１１１ mixed\u200b ü", "a dot b at c dot de", "x\u00a0y\u2013z"} {
		n := normalize(s)
		if n.from != nil && (len(n.from) != len(n.text) || len(n.to) != len(n.text)) {
			t.Fatalf("%q: map lengths %d %d for %d bytes", s, len(n.from), len(n.to), len(n.text))
		}
		for i := 1; n.from != nil && i < len(n.from); i++ {
			if n.from[i] < n.from[i-1] || n.to[i] < n.to[i-1] || n.from[i] >= n.to[i] {
				t.Fatalf("%q: map not ordered at %d", s, i)
			}
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"card 4111 1111 1111 1111, ssn 536-22-1234", "mail a.b@c.de or john dot smith at example dot com",
		"call +44 20 7946 0958", "ip 10.0.0.1 and fe80::1", "IBAN DE89 3704 0044 0532 0130 00"} {
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
