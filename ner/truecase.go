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
//     no English or dictionary word is (kowalczyk; not "mark", "will" or "rose"), and a word no
//     dictionary holds right beside one (matouš of "matouš holub", the other half of the name);
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
	var b []byte         // the copy, made at the first line that changes
	var words []lineWord // the words of a line, reused from line to line
	for start, end := range lineBounds(text) {
		if mode := lineCase(text[start:end]); (mode == 'l' || mode == 'u' && englishLine(text[start:end])) && !codeText(text, start, end) {
			if b == nil {
				b = []byte(text)
			}
			words = trueCaseLine(b, text, start, end, mode, words[:0])
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// lineCase reports how line is written: 'l' all in lower case, 'u' all in capitals (with
// trueCaseMin letters or more, and three words or more), or 0. A line in lower case may hold
// the capitals that even chat in lower case writes, a month's, a weekday's and "I" ("draft a
// reply to rhonda miranda saying i can't make it on April 21"; stop 32).
func lineCase(line string) byte {
	upper, lower, words := 0, 0, 0
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j, wu, wl := i, 0, 0 // a word: its capitals and its small letters
		for j < len(line) {
			r2, s2 := utf8.DecodeRuneInString(line[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			switch {
			case unicode.IsUpper(r2):
				wu++
			case unicode.IsLower(r2):
				wl++
			}
			j += s2
		}
		words++
		if wu == 1 && unicode.IsUpper(r) && foldIn(lowerLineCapitals, line[i:j]) {
			wu = 0
		}
		upper, lower = upper+wu, lower+wl
		if upper > 0 && lower > 0 {
			return 0
		}
		i = j
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

// lowerLineCapitals are the words a line written in lower case still capitalises.
var lowerLineCapitals = wordSet("i january february march april may june july august september october november december " +
	"monday tuesday wednesday thursday friday saturday sunday")

// trueCaseLine rewrites the line text[start:end] in b, written in mode, word by word.
// lineWord is a word of a line trueCaseLine rewrites.
type lineWord struct {
	start, end int
	name       bool // a name of the lists that is no word
	space      bool // one space, and nothing else, separates it from the word before
	opens      bool // it opens a sentence
}

// trueCaseLine rewrites the line text[start:end] in b, written in mode, word by word; words is
// scratch space, returned for the next line.
func trueCaseLine(b []byte, text string, start, end int, mode byte, words []lineWord) []lineWord {
	sentence := true // the next word opens a sentence
	prevEnd := -1
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
		words = append(words, lineWord{i, j, knownNameWord(text[i:j]), prevEnd >= 0 && i == prevEnd+1 && text[prevEnd] == ' ', sentence})
		sentence = false
		prevEnd = j
		i = j
	}
	for k, w := range words {
		word := text[w.start:w.end]
		i := strings.EqualFold(word, "i")
		switch mode {
		case 'l':
			// a name, "i", and a word no dictionary has right beside a name: the other half of a
			// name the lists hold half of ("matouš holub", "jan jansson")
			beside := !w.name && (k > 0 && w.space && words[k-1].name || k+1 < len(words) && words[k+1].space && words[k+1].name) &&
				utf8.RuneCountInString(word) >= 2 && !plainWord(word) && !commonLower(word)
			if w.name || i || beside {
				writeCase(b, w.start, word, true)
			}
		case 'u':
			n := utf8.RuneCountInString(word)
			switch {
			case w.opens || w.name || i || n >= 4 && !plainWord(word):
				writeCase(b, w.start, word, true)
			case n <= 3 && !plainWord(word):
				// an acronym: its capitals stay
			default:
				writeCase(b, w.start, word, false)
			}
		}
	}
	return words
}

// startsLetter reports s beginning with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// knownNameWord reports a word, in any case, that the name lists give as a given or family name
// and that is no English or dictionary word: "matouš", "HOLUB", "jansson"; not "mark".
func knownNameWord(w string) bool {
	if strings.IndexByte(w, '-') > 0 && compoundGiven(w) {
		return true
	}
	return (foldIn(handleGiven(), w) || foldIn(handleFamily(), w)) && !englishWord(w) && !dictionaryWord(w) && !commonLower(w)
}

// compoundGiven reports a given name of two or three given names joined by hyphens, as French,
// German and others write them ("jean-baptiste", "marie-claire", "hans-peter"; stop 45): every
// part a given name of the lists, one of them at least no English or dictionary word ("jean" is
// one, "baptiste" not).
func compoundGiven(w string) bool {
	parts, foreign := 0, false
	for p := range strings.SplitSeq(w, "-") {
		parts++
		if parts > 3 || len(p) < 2 || !foldIn(handleGiven(), p) {
			return false
		}
		foreign = foreign || !plainWord(p) && !commonLower(p)
	}
	return parts >= 2 && foreign
}

// plainWord reports a word, in any case, that English or the dictionary holds.
func plainWord(w string) bool { return englishWord(w) || dictionaryWord(w) }

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
		if plainWord(line[i:j]) {
			english++
		}
		i = j
	}
	return 3*english >= words
}

// codeText reports a line of code or a comment (inCode: an equals sign, a brace or a semicolon,
// a comment's mark), or one with an identifier's underscore or a block's closing colon: code
// in lower case is no prose ("elif arg in self._option_string_actions:", where elif and arg
// would be a given name and a family name).
func codeText(text string, start, end int) bool {
	line := strings.TrimRight(text[start:end], " \t\r")
	if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//") || strings.HasPrefix(t, "--") || strings.HasPrefix(t, "/*") || strings.HasPrefix(t, "* ") {
		return true // a comment: "# holger brandstätter wrote this"
	}
	return inCode(text, start) || strings.HasSuffix(line, ":") && !strings.Contains(line, ": ") || strings.Contains(line, "_")
}
