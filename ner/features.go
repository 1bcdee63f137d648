package ner

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed: a template number and the value it looks at (a word, a shape, an affix,
// the previous tags) mix into one 64-bit key, so extraction allocates nothing and the model
// stores no strings.

const (
	fBias = iota + 1
	fLower
	fShape
	fPrefix2
	fPrefix3
	fSuffix2
	fSuffix3
	fSuffix4
	fPrevLower
	fPrev2Lower
	fNextLower
	fNext2Lower
	fPrevShape
	fNextShape
	fBigram
	fNextBigram
	fGazHere
	fGazPrev
	fGazNext
	fGazShape
	fSentStart
	fNewline
	fAttached
	fNextAttached
	fLength
	fPrevTag
	fPrevTags
	fPrevTagLower
	fPrevTagShape
	fPrevTagGaz
)

func mix(tmpl int, v uint64) uint64 {
	x := v ^ uint64(tmpl)*0x9E3779B97F4A7C15
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashRune(h uint64, r rune) uint64 {
	h ^= uint64(r)
	return h * fnvPrime
}

// lowerHash hashes s lower-cased, rune by rune.
func lowerHash(s string) uint64 {
	h := uint64(fnvOffset)
	for _, r := range s {
		h = hashRune(h, toLower(r))
	}
	return h
}

func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// Word shapes, as flags.
const (
	shTitle      = 1 << iota // first letter upper, the rest lower: Maria
	shUpper                  // every letter upper: MARIA, NYC
	shLower                  // every letter lower
	shDigit                  // has a digit
	shAlpha                  // has a letter
	shInnerCap               // an upper-case letter after a lower-case one: McDonald, getUser
	shPunct                  // no letter or digit
	shFirstUpper             // begins with an upper-case letter
)

// tokenInfo is what features read about one token.
type tokenInfo struct {
	lower             uint64 // hash of the lower-cased word
	shape             uint64 // hash of the collapsed shape: Xx, X.X., dd-dd
	prefix2, prefix3  uint64
	suffix2, suffix3  uint64
	suffix4           uint64
	flags             int
	gazB, gazI        uint16 // gazetteer classes this token begins, or continues
	runes             int
	newline, attached bool
	sentStart         bool
}

func describe(text string, t Token) tokenInfo {
	w := text[t.Start:t.End]
	var ti tokenInfo
	ti.lower = lowerHash(w)
	ti.newline, ti.attached = t.NewlineBefore, t.Attached
	var lows [64]rune
	n := 0
	shape := uint64(fnvOffset)
	var last rune = -1
	sawLower, sawUpper, first := false, false, true
	ti.flags = shTitle | shUpper | shLower
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			if sawLower {
				ti.flags |= shInnerCap
			}
			sawUpper = true
			if first {
				ti.flags |= shFirstUpper
			}
			ti.flags &^= shLower
			if !first {
				ti.flags &^= shTitle
			}
		case unicode.IsLetter(r):
			c = 'x'
			sawLower = true
			ti.flags &^= shUpper
			if first {
				ti.flags &^= shTitle
			}
		case unicode.IsDigit(r):
			c = 'd'
			ti.flags |= shDigit
		default:
			c = r
		}
		if c == 'x' || c == 'X' {
			ti.flags |= shAlpha
		}
		if c != last {
			shape = hashRune(shape, c)
			last = c
		}
		if n < len(lows) {
			lows[n] = toLower(r)
			n++
		}
		ti.runes++
		first = false
	}
	if !sawUpper {
		ti.flags &^= shUpper | shTitle
	}
	if !sawLower {
		ti.flags &^= shLower
	}
	if ti.flags&(shAlpha|shDigit) == 0 {
		ti.flags = shPunct
	}
	ti.shape = shape
	ti.prefix2, ti.prefix3 = affix(lows[:n], 0, 2), affix(lows[:n], 0, 3)
	ti.suffix2, ti.suffix3, ti.suffix4 = affix(lows[:n], n-2, n), affix(lows[:n], n-3, n), affix(lows[:n], n-4, n)
	return ti
}

func affix(rs []rune, from, to int) uint64 {
	from, to = max(from, 0), min(to, len(rs))
	h := uint64(fnvOffset)
	for _, r := range rs[from:to] {
		h = hashRune(h, r)
	}
	return h
}

// staticFeatures appends the features of token i that do not depend on predicted tags.
func staticFeatures(info []tokenInfo, i int, dst []uint64) []uint64 {
	t := &info[i]
	at := func(k int) *tokenInfo {
		if k < 0 || k >= len(info) {
			return nil
		}
		return &info[k]
	}
	word := func(k int) uint64 {
		if p := at(k); p != nil {
			return p.lower
		}
		if k < 0 {
			return 1
		}
		return 2
	}
	shapeOf := func(k int) uint64 {
		if p := at(k); p != nil {
			return p.shape
		}
		return 3
	}
	gaz := func(k int) uint64 {
		if p := at(k); p != nil {
			return uint64(p.gazB)<<16 | uint64(p.gazI)
		}
		return 1 << 40
	}
	dst = append(dst,
		mix(fBias, 0),
		mix(fLower, t.lower),
		mix(fShape, t.shape),
		mix(fPrefix2, t.prefix2), mix(fPrefix3, t.prefix3),
		mix(fSuffix2, t.suffix2), mix(fSuffix3, t.suffix3), mix(fSuffix4, t.suffix4),
		mix(fPrevLower, word(i-1)), mix(fPrev2Lower, word(i-2)),
		mix(fNextLower, word(i+1)), mix(fNext2Lower, word(i+2)),
		mix(fPrevShape, shapeOf(i-1)), mix(fNextShape, shapeOf(i+1)),
		mix(fBigram, word(i-1)*31+t.lower),
		mix(fNextBigram, t.lower*31+word(i+1)),
		mix(fGazHere, gaz(i)),
		mix(fGazPrev, gaz(i-1)),
		mix(fGazNext, gaz(i+1)),
		mix(fGazShape, gaz(i)*131+uint64(t.flags)),
		mix(fLength, uint64(min(t.runes, 12))<<8|uint64(t.flags)),
	)
	if t.sentStart {
		dst = append(dst, mix(fSentStart, uint64(t.flags)))
	}
	if t.newline {
		dst = append(dst, mix(fNewline, uint64(t.flags)))
	}
	if t.attached {
		dst = append(dst, mix(fAttached, t.shape))
	}
	if n := at(i + 1); n != nil && n.attached {
		dst = append(dst, mix(fNextAttached, n.shape))
	}
	return dst
}

// tagFeatures appends the features of token i that read the tags predicted before it.
func tagFeatures(info []tokenInfo, i, prev, prev2 int, dst []uint64) []uint64 {
	t := &info[i]
	p := uint64(prev)
	return append(dst,
		mix(fPrevTag, p),
		mix(fPrevTags, p<<8|uint64(prev2)),
		mix(fPrevTagLower, t.lower*64+p),
		mix(fPrevTagShape, t.shape*64+p),
		mix(fPrevTagGaz, (uint64(t.gazB)<<16|uint64(t.gazI))*64+p),
	)
}

// sentenceStarts marks the tokens that begin a sentence: the first, and any after . ! ? or a line break.
func sentenceStarts(text string, toks []Token, info []tokenInfo) {
	for i := range toks {
		if i == 0 || toks[i].NewlineBefore {
			info[i].sentStart = true
			continue
		}
		prev := text[toks[i-1].Start:toks[i-1].End]
		info[i].sentStart = prev == "." || prev == "!" || prev == "?"
	}
}
