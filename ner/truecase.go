package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in a line written all in lower case or all in capitals ("do you know if matouš holub is
// still working at the bank?", "PATIENT CLAIRE PRESENTED WITH CHEST PAIN"). The model leans on
// capitals to tell a name from a word, and such a line gives it none, or gives one to every
// word: it misses the name, or reads on into the verb after it ("CLAIRE PRESENTED"). So the
// model reads such a line as it would have been written (trueCase): the first word of each
// sentence and "I" capitalised, and
//   - in a line in lower case, the words the name lists give as given or family names and that
//     no English or dictionary word is (matouš, holub; not "mark", "will" or "rose");
//   - in a line in capitals that is English (a third of its words or more English words), every
//     word in lower case but those names and the words of four letters or more that are no
//     English or dictionary word (ZARƏNGIZ, a name no list holds), which stay capitalised; words
//     of up to three letters that are none keep their capitals (CHF, ICU: acronyms). A line in
//     capitals in another language is left as it is: most of its words are no English word.
// Only what the model reads changes, letter for letter at the same bytes (a letter whose other
// case is written with more or fewer bytes keeps its case), so its spans need no mapping; the
// span rules read the text as it is. Lines with both cases, as most are, are left as they are.

// trueCaseMin is the fewest letters a line needs to be read as written in one case.
const trueCaseMin = 12

// trueCase returns text with its lines in one case written as they would have been.
func trueCase(text string) string {
	var b []byte // the copy, made at the first line that changes
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if mode := lineCase(text[start:end]); mode == 'l' || mode == 'u' && englishLine(text[start:end]) {
			if b == nil {
				b = []byte(text)
			}
			trueCaseLine(b, text, start, end, mode)
		}
		start = end + 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// lineCase reports how line is written: 'l' all in lower case, 'u' all in capitals (with
// trueCaseMin letters or more, and three words or more), or 0.
func lineCase(line string) byte {
	upper, lower, words := 0, 0, 0
	inWord := false
	for _, r := range line {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
		letter := unicode.IsLetter(r)
		if letter && !inWord {
			words++
		}
		inWord = letter
		if upper > 0 && lower > 0 {
			return 0
		}
	}
	switch {
	case words < 3 || upper+lower < trueCaseMin:
		return 0
	case upper == 0:
		return 'l'
	case lower == 0:
		return 'u'
	}
	return 0
}

// trueCaseLine rewrites the line text[start:end] in b, written in mode, word by word.
func trueCaseLine(b []byte, text string, start, end int, mode byte) {
	sentence := true // the next word opens a sentence
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) {
			if r == '.' || r == '!' || r == '?' || r == ':' {
				sentence = true
			}
			i += size
			continue
		}
		j := i
		for j < end {
			r, size := utf8.DecodeRuneInString(text[j:end])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !(r == '-' || r == '\'' || r == '’') || (r == '-' || r == '\'' || r == '’') && (j+size >= end || !startsLetter(text[j+size:end])) {
				break
			}
			j += size
		}
		w := text[i:j]
		lw := strings.ToLower(w)
		name := knownNameWord(lw)
		switch {
		case mode == 'l' && (name || lw == "i"):
			writeCase(b, i, w, true)
		case mode == 'u':
			switch {
			case sentence || name || lw == "i" || utf8.RuneCountInString(w) >= 4 && !englishWord(lw) && !dictionaryWord(lw):
				writeCase(b, i, w, true)
			case utf8.RuneCountInString(w) <= 3 && !englishWord(lw) && !dictionaryWord(lw):
				// an acronym: its capitals stay
			default:
				writeCase(b, i, w, false)
			}
		}
		sentence = false
		i = j
	}
}

// startsLetter reports s beginning with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// knownNameWord reports a word in lower case that the name lists give as a given or family
// name and that is no English or dictionary word: "matouš", "holub", "jansson"; not "mark".
func knownNameWord(lw string) bool {
	return (handleGiven()[lw] || handleFamily()[lw]) && !englishWord(lw) && !dictionaryWord(lw) && !commonLower(lw)
}

// writeCase writes w into b at i, its first letter (and the first after each hyphen or
// apostrophe) a capital when title is set, the rest in lower case; a letter whose other case has
// another length in bytes stays as it is.
func writeCase(b []byte, i int, w string, title bool) {
	first := true
	for k := 0; k < len(w); {
		r, size := utf8.DecodeRuneInString(w[k:])
		var c rune
		if first && title {
			c = unicode.ToUpper(r)
		} else {
			c = unicode.ToLower(r)
		}
		if unicode.IsLetter(r) {
			first = false
		} else if r == '-' {
			first = true
		}
		if c != r && utf8.RuneLen(c) == size {
			utf8.EncodeRune(b[i+k:], c)
		}
		k += size
	}
}

// englishLine reports a line a third of whose words or more are English words.
func englishLine(line string) bool {
	words, english := 0, 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < len(line) {
			r, size := utf8.DecodeRuneInString(line[j:])
			if !unicode.IsLetter(r) && r != '\'' {
				break
			}
			j += size
		}
		words++
		if lw := strings.ToLower(line[i:j]); englishWord(lw) || dictionaryWord(lw) {
			english++
		}
		i = j
	}
	return 3*english >= words
}
