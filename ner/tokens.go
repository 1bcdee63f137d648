package ner

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a text, by byte offsets.
type Token struct {
	Start, End int
	// NewlineBefore is set when a line break separates the token from the one before it.
	NewlineBefore bool
	// Attached is set when the token touches the one before it with no space between.
	Attached bool
}

// Tokenize splits text into words and single punctuation marks, keeping exact byte offsets.
// A word is a run of letters, marks and digits; an apostrophe, hyphen or period inside it
// (O'Brien, Jean-Luc, U.S) joins it, except a possessive 's, which is its own token so that
// "Ana's" yields the name "Ana". Invalid UTF-8 bytes are single-byte punctuation tokens.
func Tokenize(text string, dst []Token) []Token {
	i, newline, prevEnd := 0, false, -1
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			newline = newline || r == '\n' || r == '\r'
			i += size
			continue
		}
		start := i
		if isWordRune(r) {
			i += size
			for i < len(text) {
				r, size := utf8.DecodeRuneInString(text[i:])
				if isWordRune(r) {
					i += size
					continue
				}
				if isJoiner(r) && i+size < len(text) {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					if isWordRune(next) && !possessive(text, i, size) {
						i += size
						continue
					}
				}
				break
			}
		} else if possessive(text, i, size) && prevEnd == i {
			i += size + 1 // 's after a word
		} else {
			i += size
		}
		dst = append(dst, Token{Start: start, End: i, NewlineBefore: newline, Attached: prevEnd == start})
		newline, prevEnd = false, i
	}
	return dst
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r))
}

func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '.' }

// possessive reports whether the apostrophe at i (size bytes) starts a possessive 's ending the word.
func possessive(text string, i, size int) bool {
	if text[i] == '-' || text[i] == '.' {
		return false
	}
	j := i + size
	if j >= len(text) || text[j] != 's' && text[j] != 'S' {
		return false
	}
	if j+1 == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	return !isWordRune(r)
}
