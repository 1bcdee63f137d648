package tokenize

import "strings"

// Match is a token found in text: the byte span as written and the canonical token.
type Match struct {
	Start, End int
	Token      string
}

// Finder finds tokens of a known set of entity types.
type Finder struct {
	types    map[string]bool
	prefixes map[string]bool // every prefix of TYPE + "_"
}

// NewFinder returns a Finder for tokens whose type is one of types.
func NewFinder(types []string) *Finder {
	f := &Finder{types: map[string]bool{}, prefixes: map[string]bool{}}
	for _, t := range types {
		f.types[t] = true
		full := t + "_"
		for k := 1; k <= len(full); k++ {
			f.prefixes[full[:k]] = true
		}
	}
	return f
}

func runByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// run reads the maximal run of word bytes starting at s[i], where a markdown-escaped underscore
// (\_) counts as an underscore, and returns its end and its canonical upper-case form.
func run(s string, i int, buf []byte) (int, []byte) {
	buf = buf[:0]
	for i < len(s) {
		switch c := s[i]; {
		case runByte(c):
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf = append(buf, c)
			i++
		case c == '\\' && i+1 < len(s) && s[i+1] == '_':
			buf = append(buf, '_')
			i += 2
		default:
			return i, buf
		}
	}
	return i, buf
}

// token returns the canonical token for a run's canonical form u, if it is one.
func (f *Finder) token(u []byte) (string, bool) {
	if len(u) < IDLen+2 || u[len(u)-IDLen-1] != '_' {
		return "", false
	}
	typ := string(u[:len(u)-IDLen-1])
	if !f.types[typ] {
		return "", false
	}
	var id [IDLen]byte
	for k, c := range u[len(u)-IDLen:] {
		if id[k] = idValue(c); id[k] == 0 {
			return "", false
		}
	}
	return Format(typ, string(id[:])), true
}

// Find appends the tokens in s to dst.
func (f *Finder) Find(s string, dst []Match) []Match { return f.find(s, false, dst) }

// leadingRun returns the length of the run of word bytes (and \_ escapes) that s begins with.
func leadingRun(s string) int {
	var buf [64]byte
	end, _ := run(s, 0, buf[:0])
	return end
}

// find is Find where joined says s[0] continues a word that began before s, so that word is no token.
func (f *Finder) find(s string, joined bool, dst []Match) []Match {
	var buf [64]byte
	i := 0
	if joined {
		i = leadingRun(s)
	}
	for i < len(s) {
		if !runByte(s[i]) {
			i++
			continue
		}
		start := i
		var u []byte
		i, u = run(s, i, buf[:0])
		tok, ok := f.token(u)
		if !ok {
			continue
		}
		end := i
		escapedClose := strings.HasPrefix(s[end:], "\\]")
		if start > 0 && s[start-1] == '[' {
			start--
			// markdown escapes both brackets; a lone backslash before '[' belongs to the text
			if start > 0 && s[start-1] == '\\' && escapedClose {
				start--
			}
		}
		switch {
		case escapedClose:
			end += 2
		case strings.HasPrefix(s[end:], "]"):
			end++
		}
		dst = append(dst, Match{Start: start, End: end, Token: tok})
		i = end
	}
	return dst
}

// Holdback returns the offset in s from which the rest could be the beginning of a token that
// the next chunk completes; s[:Holdback(s)] is safe to process now.
func (f *Finder) Holdback(s string) int { return f.holdback(s, false) }

func (f *Finder) holdback(s string, joined bool) int {
	n := len(s)
	trailingEscape := n > 0 && s[n-1] == '\\' // may become \_ or \] with the next chunk
	m := n
	if trailingEscape {
		m--
	}
	k := m
	for k > 0 && (runByte(s[k-1]) || s[k-1] == '\\' && k < m && s[k] == '_') {
		k--
	}
	if k < m {
		var buf [64]byte
		_, u := run(s[:m], k, buf[:0])
		if joined && k == 0 || !f.viable(u) && !(trailingEscape && f.viable(append(u, '_'))) {
			if trailingEscape {
				return n - 1
			}
			return n
		}
	} else if trailingEscape {
		k = n - 1
	}
	// include an opening bracket (and its escape) before the run, or alone at the end
	if k > 0 && s[k-1] == '[' {
		k--
		if k > 0 && s[k-1] == '\\' {
			k--
		}
	}
	return k
}

// viable reports whether u (canonical upper case) could still grow into a token.
func (f *Finder) viable(u []byte) bool {
	if len(u) > 64 {
		return false
	}
	if f.prefixes[string(u)] {
		return true
	}
	for p := len(u) - 1; p >= 0 && len(u)-p-1 <= IDLen; p-- {
		if u[p] != '_' {
			continue
		}
		if !f.types[string(u[:p])] {
			continue
		}
		for _, c := range u[p+1:] {
			if idValue(c) == 0 {
				return false
			}
		}
		return true
	}
	return false
}
