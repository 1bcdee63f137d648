package redact

import (
	"slices"
	"strings"
)

// wordMatcher finds whole words and phrases (lower-case, words separated by single spaces) in a
// text, without regard to ASCII case. It is the cue automaton's matcher: a few hundred cue
// words, where a general Aho-Corasick automaton would allocate per match and match inside words
// ("age" in "message") only to discard it.
type wordMatcher struct {
	first map[string][]wordPhrase // first word -> phrases beginning with it, longest first
	pairs [1024]uint64            // bitset of the first two bytes (lower-cased) of every first word
}

func pairKey(a, b byte) uint16 { return uint16(a|byteLower(a))<<8 | uint16(b|byteLower(b)) }

func (m *wordMatcher) mayStart(w string) bool {
	if len(w) < 2 {
		return true
	}
	k := pairKey(w[0], w[1])
	return m.pairs[k>>6]&(1<<(k&63)) != 0
}

type wordPhrase struct {
	rest    []string // the words after the first
	pattern int
}

func newWordMatcher(patterns []string) *wordMatcher {
	m := &wordMatcher{first: map[string][]wordPhrase{}}
	for i, p := range patterns {
		ws := strings.Fields(p)
		m.first[ws[0]] = append(m.first[ws[0]], wordPhrase{rest: ws[1:], pattern: i})
		if len(ws[0]) >= 2 {
			k := pairKey(ws[0][0], ws[0][1])
			m.pairs[k>>6] |= 1 << (k & 63)
		}
	}
	for _, ps := range m.first {
		slices.SortFunc(ps, func(a, b wordPhrase) int { return len(b.rest) - len(a.rest) })
	}
	return m
}

// wordByte reports bytes that make up words: letters of any script and digits; joiners between
// letters join words too (driver's, d.o.b, s/n, steuer-id), and a trailing '+' (lgbtq+).
func wordByte(c byte) bool { return isAlnum(c) && c != '_' }

// isLetterByte reports ASCII letters and the bytes of other scripts' characters.
func isLetterByte(c byte) bool { return isLetter(c) || c >= 0x80 }

func joiner(c byte) bool {
	return c == '\'' || c == '-' || c == '/' || c == '.' || c == '+' || c == '_'
}

// nextWord returns the bounds of the word at or after s[i].
func nextWord(s string, i int) (int, int) {
	for i < len(s) && !wordByte(s[i]) {
		i++
	}
	j := i
	for j < len(s) && (wordByte(s[j]) || joiner(s[j]) && j > i && isLetterByte(s[j-1]) && j+1 < len(s) && isLetterByte(s[j+1]) || s[j] == '+' && j > i) {
		j++
	}
	return i, j
}

// scan calls fn for each leftmost-longest match, in order.
func (m *wordMatcher) scan(s string, fn func(pattern, start, end int)) {
	var buf [32]byte
	for i := 0; i < len(s); {
		a, b := nextWord(s, i)
		if a >= len(s) {
			return
		}
		i = b
		if b-a > len(buf) || !m.mayStart(s[a:b]) {
			continue
		}
		ps := m.first[string(lowerInto(buf[:0], s[a:b]))]
		if len(ps) == 0 {
			continue
		}
		for _, p := range ps {
			end, ok := b, true
			for _, w := range p.rest {
				if end >= len(s) || s[end] != ' ' {
					ok = false
					break
				}
				c, d := nextWord(s, end+1)
				if c != end+1 || d-c != len(w) || !strings.EqualFold(s[c:d], w) {
					ok = false
					break
				}
				end = d
			}
			if ok {
				fn(p.pattern, a, end)
				i = end
				break
			}
		}
	}
}
