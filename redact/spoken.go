package redact

import (
	"strconv"
	"strings"
)

// Numbers as a caller says them, and as speech-to-text writes a call's transcript: "five five
// five, oh one four seven", "nineteen eighty five", "one twenty three main street", "forty one
// eleven", "double oh seven", "two thousand and one". spokenNumbers writes them as digits in the
// copy the recognizers read, so that every recognizer and cue reads a spoken number as it reads
// a written one (a ZIP code after "zip code is", an account number after its label, a date of
// birth, a house number before a street), and a finding on the digits covers the words.

// spokenKind is what a number word is in a spoken number.
type spokenKind uint8

const (
	spokenNone     spokenKind = iota
	spokenUnit                // zero to nine, and "oh" for zero
	spokenTeen                // ten to nineteen; a pair said as one word ("zweiundzwanzig")
	spokenTens                // twenty to ninety, which a digit may follow
	spokenHundred             // hundred
	spokenThousand            // thousand
	spokenRepeat              // double, triple: the next digit two or three times
)

type spokenWord struct {
	kind  spokenKind
	value int
	langs uint8 // the languages whose word it is: a run is said in one (langEN, …)
}

// The languages of spoken numbers. English has every kind of number word; the others have their
// digits and their pairs, as their speakers say a phone number or a postcode ("seis cinco cero
// …", "null eins sieben eins …", "zéro six, douze, trente-quatre …"), three numbers at least:
// two are as often words of another sentence ("Otto due", "due tre").
const (
	langEN uint8 = 1 << iota
	langES
	langFR
	langDE
	langIT
	langPT
	langNL
)

// frenchWords are French's teens and tens, as France, Belgium and Switzerland say a phone
// number in pairs ("zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"): 70, 80
// and 90 are made of them (soixante-dix, quatre-vingts, quatre-vingt-dix) or, in Belgium and
// Switzerland, have words of their own (septante, huitante, octante, nonante).
var frenchWords = map[string]int{"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
	"octante": 80, "nonante": 90}

// pairWords are another language's words for the numbers 10 to 99; apart, where the language
// writes a tens word and a digit apart, joined by a word ("treinta y cuatro": readChunk).
type pairWords struct {
	lang  uint8
	words map[string]int
	apart bool
}

// foreignPairs returns the numbers 10 to 99 of Spanish, Italian, Portuguese, German and Dutch,
// as their speakers say a phone number in pairs: Spanish and Portuguese join tens and digits
// with "y" and "e"; Italian, German and Dutch write each pair as one word, made here ("trentadue",
// "ventotto", "zweiundzwanzig", "tweeëntwintig").
func foreignPairs() []pairWords {
	set := func(ws string, from int) map[string]int {
		m := map[string]int{}
		for i, w := range strings.Fields(ws) {
			m[w] = from + i
		}
		return m
	}
	es := set("diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "+
		"veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve", 10)
	es["dieciseis"], es["veintidos"], es["veintitres"], es["veintiseis"] = 16, 22, 23, 26
	for i, w := range strings.Fields("treinta cuarenta cincuenta sesenta setenta ochenta noventa") {
		es[w] = 30 + 10*i
	}
	pt := set("dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove", 10)
	pt["quatorze"], pt["dezasseis"], pt["dezassete"], pt["dezanove"] = 14, 16, 17, 19
	for i, w := range strings.Fields("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa") {
		pt[w] = 20 + 10*i
	}
	it := set("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove", 10)
	de := set("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn", 10)
	de["zwoelf"], de["fuenfzehn"] = 12, 15
	nl := set("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien", 10)
	itUnits := strings.Fields("uno due tre quattro cinque sei sette otto nove")
	deUnits := strings.Fields("ein zwei drei vier fünf sechs sieben acht neun")
	nlUnits := strings.Fields("een twee drie vier vijf zes zeven acht negen")
	for i, tens := range strings.Fields("venti trenta quaranta cinquanta sessanta settanta ottanta novanta") {
		v := 20 + 10*i
		it[tens] = v
		for d, u := range itUnits {
			stem := tens
			if u == "uno" || u == "otto" {
				stem = tens[:len(tens)-1] // ventuno, trentotto
			}
			it[stem+u] = v + d + 1
			if u == "tre" {
				it[stem+"tré"] = v + 3
			}
		}
	}
	for i, tens := range strings.Fields("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig") {
		v := 20 + 10*i
		de[tens] = v
		for d, u := range deUnits {
			de[u+"und"+tens] = v + d + 1 // einundzwanzig
		}
	}
	de["dreissig"] = 30
	for i, tens := range strings.Fields("twintig dertig veertig vijftig zestig zeventig tachtig negentig") {
		v := 20 + 10*i
		nl[tens] = v
		for d, u := range nlUnits {
			join := "en"
			if strings.HasSuffix(u, "e") {
				join = "ën" // tweeëntwintig, drieëntwintig
				nl[u+"en"+tens] = v + d + 1
			}
			nl[u+join+tens] = v + d + 1
		}
	}
	return []pairWords{{langES, es, true}, {langPT, pt, true}, {langIT, it, false}, {langDE, de, false}, {langNL, nl, false}}
}

// foreignDigits are the words for 0 to 9 of the other languages, in order.
var foreignDigits = []struct {
	lang   uint8
	digits string
}{
	{langES, "cero uno dos tres cuatro cinco seis siete ocho nueve"},
	{langFR, "zéro un deux trois quatre cinq six sept huit neuf"},
	{langDE, "null eins zwei drei vier fünf sechs sieben acht neun"},
	{langIT, "zero uno due tre quattro cinque sei sette otto nove"},
	{langPT, "zero um dois três quatro cinco seis sete oito nove"},
	{langNL, "nul een twee drie vier vijf zes zeven acht negen"},
}

// spokenLetter marks the bytes of words for spokenNumbers' walk: ASCII letters and the bytes of
// other characters (isLetterByte), in a table for the walk over every byte of a text.
var spokenLetter = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isLetterByte(byte(c))
	}
	return t
}()

// spokenLengths has, for each lower-case first letter, a bit for each length a number word that
// begins with it has ("a" for "a hundred").
var spokenLengths = func() (t [256]uint16) {
	t['a'] = 1 << 1
	for w := range spokenWordMap {
		t[w[0]] |= 1 << min(len(w), 15) // 15: fifteen bytes or more ("siebenundzwanzig")
	}
	return t
}()

var spokenWordMap = func() map[string]spokenWord {
	m := map[string]spokenWord{"zero": {spokenUnit, 0, langEN}, "oh": {spokenUnit, 0, langEN}, "hundred": {spokenHundred, 100, langEN},
		"thousand": {spokenThousand, 1000, langEN}, "double": {spokenRepeat, 2, langEN}, "triple": {spokenRepeat, 3, langEN}}
	for i, w := range strings.Fields("one two three four five six seven eight nine") {
		m[w] = spokenWord{spokenUnit, i + 1, langEN}
	}
	for i, w := range strings.Fields("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen") {
		m[w] = spokenWord{spokenTeen, 10 + i, langEN}
	}
	for i, w := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		m[w] = spokenWord{spokenTens, 20 + 10*i, langEN}
	}
	for w, v := range frenchWords {
		kind := spokenTens
		if v < 20 {
			kind = spokenTeen
		}
		m[w] = spokenWord{kind, v, langFR}
	}
	for _, l := range foreignPairs() {
		for w, v := range l.words {
			kind := spokenTeen // a pair whole: "veintidós", "zweiundzwanzig", "trentadue"
			if l.apart && v%10 == 0 && v >= 20 {
				kind = spokenTens // "treinta y cuatro", "trinta e quatro"
			}
			sw := m[w]
			if sw.langs != 0 && (sw.kind != kind || sw.value != v) {
				panic("redact: a number's word names another number in another language: " + w)
			}
			m[w] = spokenWord{kind, v, sw.langs | l.lang}
		}
	}
	for _, l := range foreignDigits {
		for d, w := range strings.Fields(l.digits) {
			sw := m[w]
			if sw.langs != 0 && (sw.kind != spokenUnit || sw.value != d) {
				panic("redact: a digit's word names another number in another language: " + w)
			}
			m[w] = spokenWord{spokenUnit, d, sw.langs | l.lang} // "six", "zero", "acht": one digit in several
		}
	}
	return m
}()

var spokenWords = newFoldTable(spokenWordMap)

// spokenAt returns the number word at s[i:] (which starts a word) and where it ends.
func spokenAt(s string, i int) (spokenWord, int) {
	j := i
	for j < len(s) && spokenLetter[s[j]] && j-i <= 24 {
		j++
	}
	if j-i < 2 || j < len(s) && spokenLetter[s[j]] {
		return spokenWord{}, i
	}
	w, _ := spokenWords.get(s[i:j])
	return w, j
}

// spokenChunk is one number of a spoken run: a digit ("five", "oh"), a pair ("fourteen",
// "eighty five"), or a number of hundreds and thousands ("one hundred twenty", "two thousand and
// one"), written as its digits.
type spokenChunk struct {
	digits string
	end    int
	single bool // a digit word alone, or a digit doubled ("five", "double oh")
}

// nextSpoken returns the start of the number word after a single space at s[j], or -1.
func nextSpoken(s string, j int, hyphen bool) (spokenWord, int, int) {
	if j+1 < len(s) && (s[j] == ' ' || hyphen && s[j] == '-') && isLetter(s[j+1]) {
		if w, e := spokenAt(s, j+1); w.kind != spokenNone {
			return w, j + 1, e
		}
	}
	return spokenWord{}, -1, -1
}

// readChunk reads the spoken number that starts with the word w at s[i:e].
func readChunk(s string, w spokenWord, i, e int, buf []byte) ([]byte, spokenChunk, bool) {
	switch w.kind {
	case spokenRepeat:
		u, _, ue := nextSpoken(s, e, false)
		if u.kind != spokenUnit {
			return buf, spokenChunk{}, false
		}
		for range w.value {
			buf = append(buf, byte('0'+u.value))
		}
		return buf, spokenChunk{end: ue, single: true}, true
	case spokenTens:
		if w.langs&langFR != 0 {
			v, end := frenchTens(s, w.value, e)
			return append(buf, byte('0'+v/10), byte('0'+v%10)), spokenChunk{end: end}, true
		}
		if strings.HasPrefix(s[e:], " ") || strings.HasPrefix(s[e:], "-") {
			if w, _ := word(s, e+1); w != "" && spelledOrdinals.has(w) {
				return buf, spokenChunk{}, false // "twenty first", "thirty-first": a day, the date's readers'
			}
		}
		if u, _, ue := nextSpoken(s, e, true); u.kind == spokenUnit && u.value > 0 && u.langs&w.langs&langEN != 0 && !strings.EqualFold(s[e+1:ue], "oh") {
			return append(buf, byte('0'+w.value/10), byte('0'+u.value)), spokenChunk{end: ue}, true
		}
		for _, and := range [...]string{" y ", " e "} { // treinta y cuatro, trinta e quatro
			if hasPrefixFold(s[e:], and) && w.langs&(langES|langPT) != 0 {
				if u, _, ue := nextSpoken(s, e+len(and)-1, false); u.kind == spokenUnit && u.value > 0 && u.langs&w.langs != 0 {
					return append(buf, byte('0'+w.value/10), byte('0'+u.value)), spokenChunk{end: ue}, true
				}
			}
		}
		return append(buf, byte('0'+w.value/10), '0'), spokenChunk{end: e}, true
	case spokenTeen:
		if w.langs&langFR != 0 {
			v, end := frenchTeen(s, w.value, e)
			return append(buf, byte('0'+v/10), byte('0'+v%10)), spokenChunk{end: end}, true
		}
		if h, _, he := nextSpoken(s, e, false); h.kind == spokenHundred { // nineteen hundred (and five)
			return spokenHundreds(s, w.value, he, buf)
		}
		return append(buf, byte('0'+w.value/10), byte('0'+w.value%10)), spokenChunk{end: e}, true
	case spokenUnit:
		if w.value == 4 && w.langs&langFR != 0 {
			if v, _, ve := nextSpoken(s, e, true); v.kind == spokenTens && v.value == 20 && v.langs&langFR != 0 {
				n, end := frenchTens(s, 80, ve) // quatre-vingt(s), quatre-vingt-dix-sept
				return append(buf, byte('0'+n/10), byte('0'+n%10)), spokenChunk{end: end}, true
			}
		}
		if w.value > 0 && w.langs&langEN != 0 {
			switch h, _, he := nextSpoken(s, e, false); h.kind {
			case spokenHundred:
				return spokenHundreds(s, w.value, he, buf)
			case spokenThousand:
				return spokenThousands(s, w.value, he, buf)
			}
		}
		return append(buf, byte('0'+w.value)), spokenChunk{end: e, single: true}, true
	}
	return buf, spokenChunk{}, false
}

// frenchTens reads what follows a French tens word of value tens ending at s[e] (see
// frenchWords), and returns the number and where it ends: "trente-quatre" 34, "vingt et un" 21,
// "soixante-dix-huit" 78, "quatre-vingt-onze" 91 (with tens 80), "cinquante" 50.
func frenchTens(s string, tens, e int) (int, int) {
	for _, et := range [...]string{"-et-", " et "} { // vingt et un, soixante-et-onze
		if hasPrefixFold(s[e:], et) {
			if w, _, we := nextSpoken(s, e+len(et)-1, false); w.langs&langFR != 0 && (w.kind == spokenUnit && w.value == 1 || w.kind == spokenTeen && w.value == 11 && (tens == 60 || tens == 80)) {
				return tens + w.value, we
			}
		}
	}
	w, _, we := nextSpoken(s, e, true)
	switch {
	case w.langs&langFR == 0:
	case w.kind == spokenUnit && w.value > 0:
		return tens + w.value, we
	case w.kind == spokenTeen && (tens == 60 || tens == 80): // soixante-dix, quatre-vingt-seize
		t, end := frenchTeen(s, w.value, we)
		return tens + t, end
	}
	return tens, e
}

// frenchTeen reads what follows a French teen word of value teen ending at s[e]: "dix-sept"
// 17, "dix-huit" 18, "dix-neuf" 19, or the teen alone.
func frenchTeen(s string, teen, e int) (int, int) {
	if teen == 10 {
		if w, _, we := nextSpoken(s, e, true); w.kind == spokenUnit && w.value >= 7 && w.langs&langFR != 0 {
			return 10 + w.value, we
		}
	}
	return teen, e
}

// spokenHundreds reads what follows "N hundred" (ending at e): "and" and a number under a hundred, or
// nothing, and appends the number's digits.
func spokenHundreds(s string, n, e int, buf []byte) ([]byte, spokenChunk, bool) {
	rest, end := tail(s, e, 99)
	return strconv.AppendInt(buf, int64(n*100+rest), 10), spokenChunk{end: end}, true
}

// spokenThousands reads what follows "N thousand" (ending at e), as hundreds does.
func spokenThousands(s string, n, e int, buf []byte) ([]byte, spokenChunk, bool) {
	rest, end := tail(s, e, 999)
	return strconv.AppendInt(buf, int64(n*1000+rest), 10), spokenChunk{end: end}, true
}

// tail reads a number up to max after a hundred or a thousand at s[e:] ("and one", " twenty
// three", " five hundred"), and returns it and where it ends; 0 and e when none follows.
func tail(s string, e, max int) (int, int) {
	j := e
	if strings.HasPrefix(s[j:], " and ") {
		j += 4
	}
	w, at, we := nextSpoken(s, j, false)
	if at < 0 {
		return 0, e
	}
	switch w.kind {
	case spokenUnit:
		if w.value == 0 || j == e && followedBySpoken(s, we) {
			return 0, e // "one eight hundred five five five …": digits said one at a time after it
		}
		if max > 99 {
			if h, _, he := nextSpoken(s, we, false); h.kind == spokenHundred {
				rest, end := tail(s, he, 99)
				return w.value*100 + rest, end
			}
		}
		return w.value, we
	case spokenTeen:
		return w.value, we
	case spokenTens:
		if u, _, ue := nextSpoken(s, we, true); u.kind == spokenUnit && u.value > 0 {
			return w.value + u.value, ue
		}
		return w.value, we
	}
	return 0, e
}

// spokenBreak returns where the next group of a spoken number starts after a pause written at
// s[j] (", ", " ... ", " - ", "... ") or a dash said (" dash "), and the mark that writes it,
// '-'; after "slash" said, '/' (a date's or an expiry's: "three slash fourteen slash eighty
// five" is 3/14/85); or -1.
func spokenBreak(s string, j int) (int, byte) {
	for _, w := range [...]string{" dash ", " hyphen "} { // said: "nine oh two one oh dash one two three four"
		if hasPrefixFold(s[j:], w) {
			return j + len(w), '-'
		}
	}
	if hasPrefixFold(s[j:], " slash ") { // a date's or an expiry's: "three slash fourteen slash eighty five"
		return j + len(" slash "), '/'
	}
	k := j
	for k < len(s) && k-j < 6 && (s[k] == ',' || s[k] == '.' || s[k] == '-' || s[k] == ' ') {
		k++
	}
	if k == j || k >= len(s) || s[k-1] != ' ' || strings.TrimLeft(s[j:k], " ") == "" {
		return -1, 0 // a pause holds a mark and ends in a space
	}
	return k, '-'
}

// spokenNumbers writes the numbers spoken in s as digits (see above). A run of number words
// joined by spaces or hyphens is one number, its groups joined by '-' where the speaker paused
// (", ", " ... ", " - "), and digits written after digit words join it ("five five five 0147"),
// as do words joined by hyphens ("nine-oh-two-one-oh"). A run is read
// when it has two numbers or more ("nine oh", "one twenty three", "nineteen eighty five"), or one
// that is no digit word alone ("twelve", "eighty five", "two thousand and one"): a lone "one" or
// "two" stays a word. A run of digits said one at a time, with no pause, is grouped as its
// length and checks give: seven and ten digits (eleven after a 1) as a phone's 3-4 and 3-3-4,
// thirteen to nineteen that pass Luhn in fours; nine digits stay as they are, for the words
// around them to say whether they are an SSN, an account or a member's number; "one two three
// four five six seven" is counting and stays as it is.
func spokenNumbers(s string) normalized {
	w := rewrite{src: s}
	var scratch [40]byte // a run's digits, on the stack: a text without spoken numbers allocates nothing
	buf := scratch[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if !spokenLetter[c] {
			i++
			continue
		}
		e := i + 1
		for e < len(s) && spokenLetter[s[e]] {
			e++
		}
		// most words are told apart by their first letter and length, before any lookup
		if c >= 0x80 || spokenLengths[c|0x20]&(1<<min(e-i, 15)) == 0 || i > 0 && isDigit(s[i-1]) {
			i = e
			continue
		}
		first, _ := spokenWords.get(s[i:e])
		if e-i == 1 && c|0x20 == 'a' {
			if h, _, _ := nextSpoken(s, e, false); h.kind == spokenHundred || h.kind == spokenThousand {
				first = spokenWord{spokenUnit, 1, langEN} // "a hundred and two": one hundred
			}
		}
		if first.kind == spokenNone {
			i = e
			continue
		}
		if first.kind == spokenUnit && first.value == 0 && !followedBySpoken(s, e) {
			i = e // "oh, thanks", "oh no": no zero
			continue
		}
		buf = buf[:0]
		end, chunks, singles, groupStart := i, 0, 0, 0
		grouped := false
		afterMonth := monthBefore(s, i)
		firstEnd, firstLen := 0, 0 // the first chunk's end and digits
		langs := first.langs       // the languages the run may be said in, narrowed word by word
		for at, w := i, first; ; {
			var c spokenChunk
			var ok bool
			if buf, c, ok = readChunk(s, w, at, e, buf); !ok {
				break
			}
			end, chunks = c.end, chunks+1
			if c.single {
				singles++
			}
			if chunks == 1 {
				firstEnd, firstLen = end, len(buf)
			}
			var next int
			if w, next, e = nextSpoken(s, end, true); next >= 0 && w.langs&langs != 0 { // "nine-oh-two-one-oh" too
				at, langs = next, langs&w.langs
				continue
			}
			// a pause between groups of two digits or more, then a number word
			if k, sep := spokenBreak(s, end); k > 0 && (len(buf)-groupStart >= 2 || sep == '/') {
				if w2, e2 := spokenAt(s, k); w2.kind != spokenNone && w2.langs&langs != 0 && isLetter(s[k]) && (w2.kind != spokenUnit || followedBySpoken(s, e2) || sep == '/') {
					buf = append(buf, sep)
					grouped, groupStart = true, len(buf)
					at, w, e, langs = k, w2, e2, langs&w2.langs
					continue
				}
			}
			break
		}
		if afterMonth && chunks >= 2 && !grouped && !spokenYear(buf) && firstLen <= 2 && atoi(string(buf[:firstLen])) >= 1 && atoi(string(buf[:firstLen])) <= 31 {
			// a month's day, then the year as a number of its own: "march fourteen nineteen
			// eighty five", "march fourteen eighty five" (not "march nineteen eighty five": 1985)
			buf, end, chunks, singles = buf[:firstLen], firstEnd, 1, 0
		}
		if chunks == 0 || chunks == 1 && (singles == 1 && !afterUnitWord(s, i) && !afterMonth || nameParticle(s, i, end)) || langs&langEN == 0 && chunks < 3 {
			i = max(end, i+1)
			continue
		}
		// digits after digit words: "five five five 0147", "five three six 22 4187"
		if chunks >= 2 && singles == chunks {
			for end+1 < len(s) && s[end] == ' ' && isDigit(s[end+1]) {
				k := end + 1
				for k < len(s) && isDigit(s[k]) {
					k++
				}
				if k < len(s) && isAlnum(s[k]) {
					break
				}
				buf = append(buf, '-')
				buf = append(buf, s[end+1:k]...)
				end = k
				grouped = true
			}
		}
		if end < len(s) && (isDigit(s[end]) || isLetterByte(s[end])) {
			i = max(end, i+1)
			continue
		}
		out := string(buf)
		if !grouped && singles == chunks {
			out = groupSpoken(out)
		}
		w.replace(i, end-i, out)
		i = end
	}
	return w.done()
}

// spokenYear reports digits that are a year as a date's readers take one: four, from 1850 to
// 2100.
func spokenYear(digits []byte) bool {
	if len(digits) != 4 {
		return false
	}
	y := atoi(string(digits))
	return y >= 1850 && y <= 2100
}

// monthBefore reports a month's name right before the number word at s[i] ("march fourteen"),
// whose day that number is.
func monthBefore(s string, i int) bool {
	return monthNumber(wordBeforeSpace(s, i)) > 0
}

// wordBeforeSpace returns the word of letters that a single space separates from s[i], or "".
func wordBeforeSpace(s string, i int) string {
	if i < 2 || s[i-1] != ' ' {
		return ""
	}
	k := i - 1
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return s[k : i-1]
}

// afterUnitWord reports a word of an apartment, suite or floor (the addresses' unitWords)
// before the number word at s[i]: a digit alone there is a number ("apartment four b", "room
// five").
func afterUnitWord(s string, i int) bool {
	w := wordBeforeSpace(s, i)
	return w != "" && unitWords.has(w)
}

// nameParticle reports the Dutch particle "ten" of a name at s[i:end], before a capitalised word
// ("William ten Pas", "Corrie ten Boom").
func nameParticle(s string, i, end int) bool {
	return s[i:end] == "ten" && end+1 < len(s) && s[end] == ' ' && isUpper(s[end+1])
}

// hyphenedNumbers reports two number words joined by a hyphen ("nine-oh-two", "five-five"),
// which the word scan reads as one word with the rest of the chain. Only a hyphen between two
// letters is looked at.
func hyphenedNumbers(s string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], '-')
		if k < 0 {
			return false
		}
		i += k
		if i == 0 || i+1 >= len(s) || !isLetter(s[i-1]) || !isLetter(s[i+1]) {
			continue
		}
		a := i
		for a > 0 && spokenLetter[s[a-1]] {
			a--
		}
		if w, e := spokenAt(s, a); w.kind != spokenNone && e == i {
			if w2, _ := spokenAt(s, i+1); w2.kind != spokenNone && w.langs&w2.langs != 0 {
				return true
			}
		}
	}
}

// followedBySpoken reports a number word after a single space at s[e]: "oh four" is 0 4,
// "oh no" is no number.
func followedBySpoken(s string, e int) bool {
	_, at, _ := nextSpoken(s, e, false)
	return at >= 0
}

// counting reports digits that rise or fall by one at each step: 1234567, 9876543.
func counting(ds []byte) bool {
	up, down := true, true
	for k := 1; k < len(ds); k++ {
		up = up && ds[k] == ds[k-1]+1
		down = down && ds[k]+1 == ds[k-1]
	}
	return up || down
}

// groupSpoken writes a number said a digit at a time as its kind writes it (see spokenNumbers).
func groupSpoken(d string) string {
	ds := []byte(d)
	if counting(ds) {
		return d
	}
	switch n := len(d); {
	case n == 7:
		return d[:3] + "-" + d[3:]
	case n == 10 && d[0] >= '2':
		return d[:3] + "-" + d[3:6] + "-" + d[6:]
	case n == 11 && d[0] == '1' && d[1] >= '2':
		return d[:1] + "-" + d[1:4] + "-" + d[4:7] + "-" + d[7:]
	case n >= 13 && n <= 19 && luhn(ds):
		var b strings.Builder
		for k := 0; k < n; k += 4 {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(d[k:min(k+4, n)])
		}
		return b.String()
	}
	return d
}
