package redact

import (
	"iter"
	"slices"
	"strings"
)

// wordMatcher finds whole words and phrases (lower-case, words separated by single spaces) in a
// text, without regard to ASCII case. It is the cue automaton's matcher: a few hundred cue
// words, where a general Aho-Corasick automaton would allocate per match and match inside words
// ("age" in "message") only to discard it.
type wordMatcher struct {
	first foldTable[[]wordPhrase] // first word -> phrases beginning with it, longest first
}

type wordPhrase struct {
	rest    []string // the words after the first
	pattern int32
	dots    uint32 // bit k: the phrase's word k is written with a period after it ("n. tessera", "empl. no")
}

func newWordMatcher(patterns []string) *wordMatcher {
	first := map[string][]wordPhrase{}
	for i, p := range patterns {
		ws := strings.Fields(p)
		var dots uint32
		for k := 0; k < len(ws)-1 && k < 32; k++ {
			// the word walk ends a word before a period that no letter follows: the phrase's
			// word is matched without it, and the period must stand after the text's
			if len(ws[k]) > 1 && strings.HasSuffix(ws[k], ".") {
				ws[k] = strings.TrimSuffix(ws[k], ".")
				dots |= 1 << k
			}
		}
		first[ws[0]] = append(first[ws[0]], wordPhrase{rest: ws[1:], pattern: int32(i), dots: dots})
	}
	for _, ps := range first {
		slices.SortFunc(ps, func(a, b wordPhrase) int { return len(b.rest) - len(a.rest) })
	}
	return &wordMatcher{first: newFoldTable(first)}
}

// single returns the pattern of the phrase of one word w, in any case ("ssn" for "SSN").
func (m *wordMatcher) single(w string) (int, bool) {
	ps, _ := m.first.get(w)
	for _, p := range ps {
		if len(p.rest) == 0 {
			return int(p.pattern), true
		}
	}
	return 0, false
}

// wordByte reports bytes that make up words: letters of any script and digits; joiners between
// letters join words too (driver's, d.o.b, s/n, steuer-id), and a trailing '+' (lgbtq+).
func wordByte(c byte) bool { return isAlnum(c) && c != '_' }

// isLetterByte reports ASCII letters and the bytes of other scripts' characters.
func isLetterByte(c byte) bool { return isLetter(c) || c >= 0x80 }

func joiner(c byte) bool {
	return c == '\'' || c == '-' || c == '/' || c == '.' || c == '+' || c == '_'
}

// cueClass sorts bytes for the word walk that runs over every byte of a text: word bytes (digits
// apart, which end a word written into CJK or Thai text), joiners (which join words only between
// letters, or end one in the case of '+'), and the rest.
const (
	cueOther = iota
	cueWord
	cueDigit
	cueJoiner
)

var cueClass = func() (t [256]byte) {
	for c := range t {
		switch {
		case isDigit(byte(c)):
			t[c] = cueDigit
		case wordByte(byte(c)):
			t[c] = cueWord
		case joiner(byte(c)):
			t[c] = cueJoiner
		}
	}
	return t
}()

// cueWordByte reports the bytes words are made of: cueWord and cueDigit.
func cueWordByte(c byte) bool { return cueClass[c]-cueWord < 2 }

// nextWord returns the bounds of the word at or after s[i].
func nextWord(s string, i int) (int, int) {
	for i < len(s) && !cueWordByte(s[i]) {
		i++
	}
	j := i
	for j < len(s) {
		switch cueClass[s[j]] {
		case cueWord:
			j++
			continue
		case cueDigit:
			if j >= i+3 && unspacedEndsAt(s, j) {
				break // a number written into CJK or Thai text ends its word (电话13812345678)
			}
			j++
			continue
		case cueJoiner:
			// a '.' between two CJK characters is the 。 normalisation made, which ends a sentence
			if j > i && (isLetterByte(s[j-1]) && j+1 < len(s) && isLetterByte(s[j+1]) && !(s[j] == '.' && s[j-1] >= 0x80 && cjkStartsAt(s, j+1)) || s[j] == '+') {
				j++
				continue
			}
		}
		break
	}
	return i, j
}

// rereads are the normalisations a detection makes only where the word walk found cause for
// them, reading the text again on their copy before any recognizer runs (Detector.detect).
type rereads struct {
	said    bool // two number words side by side, or a number's groups joined by a said "dash" (spokenNumbers, saidMarks)
	spaced  bool // four one-letter words in a row (spacedLetters)
	encoded bool // a word that may be base64 carrying text (base64Text)
	spelled bool // the word "dot", as a spelled-out address writes its dots (spellOut)
}

// scan calls fn for each leftmost-longest match, in order.
//
// It reports too whether four words of one ASCII letter stand in a row, one or two bytes apart
// ("J o h n"), a word written a letter at a time (spacedLetters), and whether a word may be base64
// carrying text (base64Word).
func (m *wordMatcher) scan(s string, fn func(pattern, start, end int)) (r rereads) {
	ones, lastOne := 0, -8 // one-letter words in a row, and where the last stood
	for i := 0; i < len(s); {
		a, b := nextWord(s, i)
		if a >= len(s) {
			return r
		}
		i = b
		if b-a >= minBase64 && !r.encoded {
			r.encoded = base64Word(s, a, b)
		}
		if b-a == 1 && isLetter(s[a]) {
			if a-lastOne == 2 || a-lastOne == 3 {
				ones++
			} else {
				ones = 1
			}
			lastOne = a
			r.spaced = r.spaced || ones >= 4
		}
		h := foldHash(s[a:b])
		if !m.first.mayHave(h) {
			continue
		}
		ps, ok := m.first.getHash(s[a:b], h)
		if !ok {
			continue
		}
		for _, p := range ps {
			end, ok := b, true
			for k, w := range p.rest {
				if p.dots&(1<<k) != 0 {
					if end >= len(s) || s[end] != '.' {
						ok = false
						break
					}
					end++
				}
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
				fn(int(p.pattern), a, end)
				i = end
				break
			}
		}
	}
	return r
}

// Lines yields the bounds of each line of s, its start and the index of the line break that ends
// it (or len(s)), the break not included.
func Lines(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for start := 0; start < len(s); {
			end := strings.IndexByte(s[start:], '\n')
			if end < 0 {
				end = len(s)
			} else {
				end += start
			}
			if !yield(start, end) {
				return
			}
			start = end + 1
		}
	}
}

// LineStartWithin returns the start of the line that s[i] is on, looked for at most reach bytes
// back, and whether it was found there (a line break or the text's start): a rule that reads the
// line at each of many places on a long one stays linear so.
func LineStartWithin(s string, i, reach int) (int, bool) {
	lo := max(0, i-reach)
	k := strings.LastIndexByte(s[lo:i], '\n')
	return lo + k + 1, k >= 0 || lo == 0
}

// LineEndWithin returns where the line that s[j] is on ends (its line break, or the text's end),
// looked for at most reach bytes on, and whether it was found there.
func LineEndWithin(s string, j, reach int) (int, bool) {
	hi := min(len(s), j+reach)
	if k := strings.IndexByte(s[j:hi], '\n'); k >= 0 {
		return j + k, true
	}
	return hi, hi == len(s)
}

// Offsets yields where sep stands in s, left to right, the occurrences not overlapping.
func Offsets(s, sep string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], sep)
			if k < 0 || !yield(off+k) {
				return
			}
			off += k + len(sep)
		}
	}
}
