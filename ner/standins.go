package ner

import (
	"cmp"
	"context"
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Names in another script inside Latin-script text ("I spoke with 김민준 this morning", "Emergency
// contact: ابتهاج طرابلسي", "Congrats to Արման Ասլանյան!"). The embedded model and the span rules
// read Latin text: in such a line they would see a word they have no feature for, and find
// nothing, though the sentence around it says plainly that a person is meant. So a short run of
// another script's words in a sentence written mostly in Latin letters reaches them as Latin
// stand-ins, names of a name's usual length that no list knows ("Kavorin"), and whatever they
// make of a stand-in (a person after "spoke with", a place after "moved to") is what they make of
// the name it stands for: their findings are mapped back to the original text, a bound inside a
// stand-in to the bound of the word it stands for. The script rules of scripts.go then
// read the original text as well, so a city their lists know stays a place, and a name they
// know by its script's signs is found either way.
//
// A sentence mostly in another script is left as it is (the script rules read it), and so is a
// run of more than four words, which is a quoted phrase rather than a name, a run another
// script's words border, and one glued to a Latin word or a number. A multilingual backend may
// read the names as they are (Options.ScriptsAsIs).

// standInShort is the most letters of another script a sentence may have whatever its Latin
// letters ("Ask ジョン・スミス or Ана Петрова."): two names in a short sentence outweigh it.
const standInShort = 16

// standInShortMixed is the same for a sentence with more than one run: two names and the words
// between them ("The lease is signed by יהונתן הראל and דוד יוסף.").
const standInShortMixed = 24

// standInMaxWords is the longest run of another script's words that is read as a name;
// standInMaxLinked the longest when a word that links an Arabic or Hebrew lineage joins it
// ("غالب الحجر بن الهنوء بن الأزد", "רום בן חיים").
const (
	standInMaxWords  = 4
	standInMaxLinked = 7
)

// lineageWords link the parts of an Arabic or Hebrew name (son of, daughter of, father of,
// family of, servant of), with the Latin words that stand in for them.
var lineageWords = map[string]string{"بن": "bin", "ابن": "ibn", "بنت": "bint", "بنو": "Banu", "أبو": "Abu", "ابو": "Abu", "أم": "Umm",
	"آل": "Al", "عبد": "Abd", "בן": "ben", "בת": "bat"}

// standInSeg is one replaced word: text[origStart:origEnd] became sub[subStart:subEnd], in
// capitals when its sentence is.
type standInSeg struct {
	subStart, subEnd, origStart, origEnd int
	caps                                 bool
}

// standIns is the text the backend and the rules read, and the words replaced in it.
type standIns struct {
	sub  string
	segs []standInSeg
}

// latinStandIns replaces each short run of another script's words in a mostly Latin sentence of
// text with Latin stand-ins; segs is empty when there is none.
func latinStandIns(text string) standIns {
	if !nonASCII(text) {
		return standIns{sub: text}
	}
	var words []standInSeg // the words to replace, their stand-ins yet to be written
	var lines []standInLetters
	for start, end := range lineBounds(text) {
		lines = append(lines, countLetters(text, start, end))
	}
	for k, l := range lines {
		if l.other == 0 {
			continue
		}
		if l.latin >= 3 {
			words = standInLine(text, l.start, l.end, words)
			continue
		}
		// a line of another script's words alone (a signature, a header's value) between
		// Latin lines: "Regards,\nशान्त लामा"; not a town in capitals, nor a line of an address
		// block, which has numbers near it (a stand-in there cut the model's address short)
		if l.other <= standInShortMixed && (latinLine(lines, k, -1) || latinLine(lines, k, 1)) && !nearDigits(text, lines, k) && !allCaps(text[l.start:l.end]) {
			words = standInSentence(text, l.start, l.end, words, true)
		}
	}
	if len(words) == 0 {
		return standIns{sub: text}
	}
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for i := range words {
		w := &words[i]
		b.WriteString(text[at:w.origStart])
		w.subStart = b.Len()
		writeStandIn(&b, text[w.origStart:w.origEnd], w.caps)
		w.subEnd = b.Len()
		at = w.origEnd
	}
	b.WriteString(text[at:])
	return standIns{sub: b.String(), segs: words}
}

// lineBounds yields the start and end of each line of text, without its line break.
func lineBounds(text string) iter.Seq2[int, int] { return redact.Lines(text) }

// toOrig maps the findings' offsets in the stand-ins' text back to the original text.
func (si standIns) toOrig(fs []redact.Finding) {
	if len(si.segs) == 0 {
		return
	}
	for i := range fs {
		fs[i].Start = si.origOffset(fs[i].Start, false)
		fs[i].End = si.origOffset(fs[i].End, true)
	}
}

// origOffset maps p, an offset in sub, to the original text; an offset inside a stand-in goes to
// its word's start, or its end when end is set.
func (si standIns) origOffset(p int, end bool) int {
	k, _ := slices.BinarySearchFunc(si.segs, p, func(s standInSeg, p int) int { return cmp.Compare(s.subEnd, p) })
	// segs[k] is the first stand-in that ends at or after p
	if k < len(si.segs) && p > si.segs[k].subStart {
		if end || p == si.segs[k].subEnd {
			return si.segs[k].origEnd
		}
		return si.segs[k].origStart
	}
	if k == 0 {
		return p
	}
	prev := si.segs[k-1]
	return p - prev.subEnd + prev.origEnd
}

// otherLetter reports a letter of a script other than Latin (Greek, Cyrillic, Armenian, Hebrew,
// Arabic, the Indic scripts, Thai, Georgian, Hangul, Han, Kana, …).
func otherLetter(r rune) bool {
	return r >= 0x370 && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r)
}

// standInLetters counts the Latin letters, the letters of other scripts and the Latin capitals of
// text[start:end].
type standInLetters struct{ start, end, latin, other, upper int }

func countLetters(text string, start, end int) standInLetters {
	c := standInLetters{start: start, end: end}
	address := false // inside an email address or a URL, whose Latin letters are no prose
	for k, r := range text[start:end] {
		if k == 0 || r == ' ' || r == '\t' || r == '\n' {
			w := text[start+k : end]
			w = strings.TrimLeft(w, " \t\n")
			if e := strings.IndexAny(w, " \t\n"); e >= 0 {
				w = w[:e]
			}
			address = strings.Contains(w, "@") || strings.Contains(w, "://")
		}
		switch {
		case r < utf8.RuneSelf && address:
		case r < utf8.RuneSelf:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				c.latin++
				if r <= 'Z' {
					c.upper++
				}
			}
		case otherLetter(r):
			c.other++
		case unicode.IsLetter(r):
			c.latin++
		}
	}
	return c
}

// nearDigits reports a digit on lines[k] or within two lines of it.
func nearDigits(text string, lines []standInLetters, k int) bool {
	for j := max(0, k-2); j <= min(len(lines)-1, k+2); j++ {
		if strings.ContainsAny(text[lines[j].start:lines[j].end], "0123456789") {
			return true
		}
	}
	return false
}

// allCaps reports text whose cased letters are all capitals, two or more of them.
func allCaps(text string) bool {
	n := 0
	for _, r := range text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// latinLine reports that the nearest line with letters before lines[k] (dir -1) or after it
// (dir 1) is written mostly in Latin letters.
func latinLine(lines []standInLetters, k, dir int) bool {
	for k += dir; k >= 0 && k < len(lines); k += dir {
		if l := lines[k]; l.latin+l.other > 0 {
			return l.latin >= 3 && l.other <= l.latin
		}
	}
	return false
}

// standInLine appends to words the words of the line text[start:end] to replace, sentence by
// sentence.
func standInLine(text string, start, end int, words []standInSeg) []standInSeg {
	for i := start; i < end; {
		j := sentenceEnd(text, i, end)
		words = standInSentence(text, i, j, words, false)
		i = j
	}
	return words
}

// sentenceEnd returns the end of the sentence that begins at i: after a full stop, a question or
// an exclamation mark with a space or the line's end after it, or after the ideographic ones.
func sentenceEnd(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		i += size
		switch r {
		case '.', '!', '?':
			if i == end || text[i] == ' ' {
				return i
			}
		case '。', '！', '？':
			return i
		}
	}
	return end
}

// standInSentence appends the runs of the sentence text[start:end] that stand inside Latin
// text: the sentence has at most three letters of other scripts for two Latin ones, or, when it
// has more than one run, three for four (a first version that took up to as many as Latin ones
// in any sentence read phrases out of program messages in Hebrew and Chinese that quote English
// ones), and the words right before
// and after the run, if any, are Latin. Runs that another script's words border across a comma
// are a phrase of that language, not a name ("מלמטה למעלה, מימין לשמאל").
func standInSentence(text string, start, end int, words []standInSeg, lone bool) []standInSeg {
	c := countLetters(text, start, end)
	latin, other, upper := c.latin, c.other, c.upper
	if other == 0 || !lone && (latin < 3 || 2*other > 3*latin && other > standInShort) {
		return words
	}
	// with other runs of another script in the sentence, the Latin letters must be more
	mixed := func(run []standInSeg) bool {
		letters := 0
		for _, w := range run {
			letters += utf8.RuneCountInString(text[w.origStart:w.origEnd])
		}
		return !lone && letters < other && 4*other > 3*latin && other > standInShortMixed
	}
	inCaps := upper == latin && latin >= 5 // a sentence in capitals: the stand-ins are too
	// the runs: words of another script's letters and marks, joined by single spaces or a
	// middle dot (ジョン・スミス), bounded by anything but a letter, a mark or a digit
	var run [standInMaxLinked]standInSeg
	n, bad, last := 0, false, -1
	prevOther := false // the word before the run is another script's
	flush := func(nextOther bool) {
		if n > 0 && (n <= standInMaxWords || n <= standInMaxLinked && linked(text, run[:n])) && !bad && !prevOther && !nextOther && nameRun(text, run[:n]) && !mixed(run[:n]) {
			for _, w := range run[:n] {
				w.caps = inCaps
				words = append(words, w)
			}
		}
		n, bad = 0, false
	}
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !wordRune(r) {
			i += size
			continue
		}
		ws, isOther := i, otherLetter(r)
		for i < end {
			r, size := utf8.DecodeRuneInString(text[i:end])
			if (!wordRune(r) || otherLetter(r) != isOther && !unicode.IsMark(r)) && !(isOther && (r == 0x200C || r == 0x200D)) {
				break // a zero-width joiner or non-joiner stays inside an Indic or Persian word
			}
			i += size
		}
		if !isOther {
			if i-ws == 1 && isLetterByte(text[ws]) && (ws > start && text[ws-1] == '%' || i < end && text[i] == '$') {
				last = i
				continue // a format's verb ("%s", "%d"), which stands for any word
			}
			if n > 0 {
				flush(false)
			}
			prevOther = false
			last = i
			continue
		}
		// a word joined to the one before it by one space, a middle dot or a hyphen continues its
		// run (stop 58: "Оліфіренко-Зайченко", "זיו-דויטש", two families' firm)
		if gap := text[max(last, start):ws]; n > 0 && gap != " " && gap != "・" && gap != "·" && gap != "-" {
			flush(true)
			prevOther = true
		}
		// a run inside a Latin word or a number ("Tanaka田中", "3号") is no name of its own
		if ws > start && last == ws || i < end && func() bool { r, _ := utf8.DecodeRuneInString(text[i:end]); return wordRune(r) }() {
			bad = true
		}
		if n < standInMaxLinked {
			run[n] = standInSeg{origStart: ws, origEnd: i}
		}
		n++
		last = i
	}
	if n > 0 {
		flush(false)
	}
	return words
}

// nameRun reports a run that may be a name: two letters or more (a lone Greek letter is a
// symbol, "λ", and a lone Han character mostly a word, "元"), no word of more than five Han
// characters or Hangul syllables, and not only words that a name never is: greetings, thanks,
// a language's own name (scriptStops).
func nameRun(text string, run []standInSeg) bool {
	letters, stops := 0, 0
	for _, w := range run {
		word := text[w.origStart:w.origEnd]
		syllables := 0
		for _, r := range word {
			if !unicode.IsMark(r) {
				letters++
			}
			if r >= 0x3400 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7AF {
				syllables++
			}
		}
		if syllables > 5 {
			return false // an unspaced phrase of Han or Hangul: a name's parts are one to four long
		}
		if scriptStops[lowerIfCased(word)] {
			stops++
		}
	}
	return letters >= 2 && stops < len(run)
}

// scriptTitles are forms of address in other scripts, with the Latin ones that stand in for
// them, so that the rules of titles read the name after one ("Meeting with الأستاذ حارث الوعري").
var scriptTitles = map[string]string{"السيد": "Mr", "السيدة": "Mrs", "الدكتور": "Dr", "الدكتورة": "Dr", "الأستاذ": "Prof", "الأستاذة": "Prof",
	"מר": "Mr", "גברת": "Mrs", "श्री": "Mr", "श्रीमती": "Mrs", "डॉ": "Dr", "господин": "Mr", "госпожа": "Mrs", "доктор": "Dr",
	"κύριος": "Mr", "κυρία": "Mrs"}

// linked reports a run that holds a word of lineageWords between two others.
func linked(text string, run []standInSeg) bool {
	for _, w := range run[1 : len(run)-1] {
		if lineageWords[text[w.origStart:w.origEnd]] != "" {
			return true
		}
	}
	return false
}

// lowerIfCased returns w in lower case, allocating only when it has a capital (Cyrillic, Greek,
// Armenian); the other scripts have none.
func lowerIfCased(w string) string {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return strings.ToLower(w)
		}
	}
	return w
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// writeStandIn writes a capitalised Latin stand-in for the word w: a made-up name of consonants
// and vowels chosen by w's hash, so that the same word gets the same stand-in, as long as names
// usually are (a syllable of Han, Kana or Hangul counts for two letters), and no English word,
// known name, place or organisation, which the rules would read as such.
func writeStandIn(b *strings.Builder, w string, caps bool) {
	l := lineageWords[w]
	if l == "" {
		l = scriptTitles[lowerIfCased(w)]
	}
	if l != "" {
		if caps {
			l = strings.ToUpper(l)
		}
		b.WriteString(l) // "bin", "ibn", "ben", "Dr": the Latin spelling of a name's link or title
		return
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsMark(r):
		case r >= 0x1100 && r <= 0x11FF || r >= 0x3040 && r <= 0x30FF || r >= 0x3400 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7AF:
			letters += 2
		default:
			letters++
		}
	}
	letters = min(max(letters, 4), 9)
	seed := uint64(14695981039346656037) // FNV-1a, inline: no hasher to allocate
	for i := 0; i < len(w); i++ {
		seed ^= uint64(w[i])
		seed *= 1099511628211
	}
	const first, cons, vows = "KLMNRSTVZ", "klmnrstvz", "aeiou"
	var buf [9]byte
	dst := buf[:letters]
	for try := 0; ; try++ {
		x := seed + uint64(try)*0x9e3779b97f4a7c15
		for k := range dst {
			switch {
			case k == 0:
				dst[k] = first[x%uint64(len(first))]
			case k%2 == 1:
				dst[k] = vows[x%uint64(len(vows))]
			default:
				dst[k] = cons[x%uint64(len(cons))]
			}
			x = x>>5 | x<<59
			x ^= x * 0xff51afd7ed558ccd
		}
		if caps {
			for k := range dst {
				dst[k] &^= 0x20
			}
		}
		s := string(dst)
		if try >= 8 || !englishWord(s) && !dictionaryWord(s) && embeddedClass(s) == 0 && !givenSet()[s] && !listedGiven()[s] && !fakerEnglishGiven()[s] &&
			!countryWord(s) {
			b.Write(dst)
			return
		}
	}
}

// cjkStandInNames makes a person of a run of Han characters or Hangul syllables that stood in
// for a name inside a Latin sentence and that is written as a Chinese or a Korean name is (a
// common family name and one or two characters, or two to three syllables, in one word or with
// the family name standing apart: 黄淑珍, 陈 斌, 이순옥, 수진 김), where the model found nothing
// there, a person it doubted (under 0.5), or a place, an organisation or an address it doubted
// (under 0.6): the Latin
// sentence around it gave it no sign, and the name's own shape is one. A city the script rules
// know is a place all the same (scriptNames runs after this).
func cjkStandInNames(text string, si standIns, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	segs := si.segs
	for i := 0; i < len(segs); {
		j := i + 1 // the run: words joined by one space
		for j < len(segs) && segs[j].origStart-segs[j-1].origEnd == 1 && text[segs[j-1].origEnd] == ' ' {
			j++
		}
		start, end := segs[i].origStart, segs[j-1].origEnd
		run := segs[i:j]
		i = j
		if !cjkNameShape(text, run) {
			continue
		}
		c := redact.Finding{Type: redact.Person, Start: start, End: end, Score: shapeScore, Source: redact.SourceModel}
		doubted := true
		for _, f := range fs {
			// a sure finding over the run keeps it, unless it is a person over a part of it
			// ("直子" of "直子 山下"), which the claim extends
			partPerson := f.Type == redact.Person && f.Source == redact.SourceModel && f.Start >= start && f.End <= end && f.End-f.Start < end-start
			if f.Start < end && start < f.End && !partPerson && (f.Type == redact.Person && f.Score >= 0.5 || f.Score >= 0.6 || f.Source != redact.SourceModel) {
				doubted = false
			}
		}
		if doubted {
			claims = append(claims, c)
		}
	}
	if len(claims) == 0 {
		return fs
	}
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.Type == redact.StreetAddress && overlapsAny(claims, f) })
	return claimPersons(fs, claims)
}

// cjkNameShape reports a run of one or two words of Han characters (a family name of
// chineseFamilies first, two or three in all) or Hangul syllables (a family name of
// koreanFamilies first, two to four in all); of two words, one is the family name alone, before
// or after the given name.
func cjkNameShape(text string, run []standInSeg) bool {
	if len(run) > 2 {
		return false
	}
	var count [2]int
	var first [2]rune
	han, hangul := true, true
	for k, w := range run {
		for _, r := range text[w.origStart:w.origEnd] {
			if count[k] == 0 {
				first[k] = r
			}
			count[k]++
			han = han && unicode.Is(unicode.Han, r)
			hangul = hangul && r >= 0xAC00 && r <= 0xD7AF
		}
	}
	families := chineseFamilies
	most := 3
	if hangul {
		families, most = koreanFamilies, 4
	} else if !han {
		return false
	}
	if han && japaneseName(text, run) {
		return true
	}
	if len(run) == 1 {
		w := text[run[0].origStart:run[0].origEnd]
		if cjkWordStops[w] || hangul && count[0] >= 3 && koreanParticleEnd(w) {
			return false
		}
		return count[0] >= 2 && count[0] <= most && families[first[0]]
	}
	if count[0]+count[1] > most {
		return false
	}
	return count[0] == 1 && families[first[0]] && count[1] <= 2 || count[1] == 1 && families[first[1]] && count[0] <= 2
}

// cjkWordStops are common words that begin as a family name does: conjunctions, and the words of
// menus and messages that a Latin text quotes ("하지만", "but"; "范围", "range"; "方法", "method").
var cjkWordStops = wordSet("하지만 그리고 그러나 그래서 또는 예시 예제 참고 주의 경고 오류 정보 설정 저장 삭제 파일 명령 옵션 사용 " +
	"范围 方法 任何 高级 于是 万一 文件 方式 方向 向上 向下 白色 金额 石头 江湖 程序 周期 周围 马上 高度 武器 史上 毛病 许多 许可 唐朝 宋朝 林业 田地")

// koreanParticleEnd reports a Korean word that ends in a particle a name does not end in
// ("명령의", "the command's"; 을, 를, 에서, 으로, 에게, 까지, 부터).
func koreanParticleEnd(w string) bool {
	for _, e := range []string{"의", "을", "를", "에서", "으로", "에게", "까지", "부터"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// japaneseFamilies are the commonest Japanese family names, in kanji.
var japaneseFamilies = wordSet("佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水 " +
	"山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 " +
	"金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 工藤 横山 宮崎 宮本 内田 " +
	"高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 千葉 岩崎 " +
	"桜井 木下 野口 松尾 菊地 野村 新井 渡部 西田 浅野 杉本 服部 樋口 北村 小島 永井 吉川 中西 小松 山内 松浦")

// japaneseName reports a run of kanji written as a Japanese name is: a family name of
// japaneseFamilies and a given name of one to three characters, apart ("山本 明美", "直樹 森")
// or, from three characters, together ("田中太郎").
func japaneseName(text string, run []standInSeg) bool {
	if len(run) == 2 {
		a, b := text[run[0].origStart:run[0].origEnd], text[run[1].origStart:run[1].origEnd]
		na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		return japaneseFamilies[a] && nb <= 3 || japaneseFamilies[b] && na <= 3
	}
	if len(run) != 1 {
		return false
	}
	w := text[run[0].origStart:run[0].origEnd]
	n := utf8.RuneCountInString(w)
	if n < 3 {
		return false
	}
	k, size := 0, 0
	for _, r := range w { // the family name is the first one to three characters
		k += utf8.RuneLen(r)
		size++
		if size >= n || n-size > 3 {
			if size >= n {
				break
			}
			continue
		}
		if japaneseFamilies[w[:k]] {
			return true
		}
	}
	return false
}

// Names on a second reading. A stand-in is a name no list knows, so the model reads it by the
// sentence alone; where the sentence says little ("इन्दु बोस's flight lands at 6", "Witness:
// Андрій", "we had dinner with ამირან and her husband") it finds nothing there, though it would
// have found a name its lists know in the same place. So a run of stand-ins over which nothing
// was found is read again, once, with names the lists know standing in for its words (a given
// name, then family names), and a person found over that run on the second reading is a person
// at secondReadingScore. Only runs that nothing covers are read again, so a text whose runs were
// all found, or that has none, costs nothing more; one that has costs a second call to the backend.

// secondReadingScore is the score of a person found on the second reading: a sentence that
// reads as a person's place with a known name in it, without the name's own evidence.
const secondReadingScore = 0.6

// knownGiven and knownFamily stand in for the words of a run on the second reading: names the
// model's gazetteers hold, of no one language in particular, and no English word.
var (
	knownGiven  = [...]string{"Maria", "Elena", "Anna", "Sofia", "David", "Daniel", "Tomas", "Ahmed"}
	knownFamily = [...]string{"Kowalski", "Garcia", "Novak", "Petrov", "Rossi", "Jensen", "Okafor", "Silva"}
)

// namesOnSecondReading reads text again with known names standing in for the runs of si over
// which dst[first:] (the first reading's findings, in order) has nothing, and adds the persons
// found over them.
func (r *Recognizer) namesOnSecondReading(ctx context.Context, text string, si standIns, dst []redact.Finding, first int) ([]redact.Finding, error) {
	found := dst[first:]
	var runs [][2]int // seg index ranges of the runs nothing but doubts covers
	mentioned := false
	for i := 0; i < len(si.segs); {
		j := i + 1
		for j < len(si.segs) && si.segs[j].origStart-si.segs[j-1].origEnd == 1 && (text[si.segs[j-1].origEnd] == ' ' || text[si.segs[j-1].origEnd] == '-') {
			j++
		}
		start, end := si.segs[i].origStart, si.segs[j-1].origEnd
		run := [2]int{i, j}
		i = j
		if mentionedWords(text, start, end) && !nameInItsScript(text, found, start) {
			// a quoted or talked-about word is no name, whatever the first reading made of it
			for k := range found {
				if f := &found[k]; f.Start >= start && f.End <= end && f.Source == redact.SourceModel {
					f.Type, mentioned = "", true
				}
			}
			continue
		}
		if onlyDoubts(found, start, end) && nameSized(text, si.segs[run[0]:run[1]]) && fewRunsNear(text, start, end) {
			runs = append(runs, run)
		}
	}
	if mentioned {
		found = slices.DeleteFunc(found, func(f redact.Finding) bool { return f.Type == "" })
		dst = dst[:first+len(found)]
	}
	if len(runs) == 0 {
		return dst, nil
	}
	known := knownStandIns(text, si, runs)
	again, err := r.recognize(ctx, text, known, nil)
	if err != nil {
		return dst, err
	}
	return append(dst[:first], personsReadAgain(found, again, si.segs, runs)...), nil
}

// personsReadAgain returns found (a first reading's findings, in order) with a person over each
// run (a range of segs) that again, the second reading, found a person over, in place of the
// doubts there.
func personsReadAgain(found, again []redact.Finding, segs []standInSeg, runs [][2]int) []redact.Finding {
	var claims []redact.Finding
	for _, run := range runs {
		start, end := segs[run[0]].origStart, segs[run[1]-1].origEnd
		for _, f := range again {
			if f.Type == redact.Person && f.Start <= start && f.End >= end && f.End-f.Start <= end-start+8 {
				claims = append(claims, redact.Finding{Type: redact.Person, Start: start, End: end, Score: min(f.Score, secondReadingScore), Source: redact.SourceModel})
				break
			}
		}
	}
	if len(claims) == 0 {
		return found
	}
	// the doubts over a claimed run give way to it
	kept := slices.DeleteFunc(slices.Clone(found), func(f redact.Finding) bool { return overlapsAny(claims, f) })
	return claimPersons(kept, claims)
}

// doubtedNames reads text again, once, with known names standing in for the words of the
// model's doubts that may be a name no list knows (Latin script): a street address of two or
// three capitalised words with no digit and no street word, or a place or an organisation it
// scored under 0.6, none of whose words a list gives as a place, an organisation, a street or
// an English word ("Please forward the contract to Tichomír Klopačka before Friday", an address;
// "Invoice addressed to Virginia Nistor", a place). A person found over one on the second
// reading replaces it: the sentence puts a person there. A text without such a doubt, as most
// are, costs nothing more.
func (r *Recognizer) doubtedNames(ctx context.Context, text string, dst []redact.Finding, first int) ([]redact.Finding, error) {
	found := dst[first:]
	var segs []standInSeg
	var runs [][2]int
	for _, f := range found {
		if f.Source != redact.SourceModel || !(f.Type == redact.StreetAddress || (f.Type == redact.Location || f.Type == redact.Organization) && f.Score < 0.6) {
			continue
		}
		span := text[f.Start:f.End]
		if strings.ContainsAny(span, "0123456789\n,") || countLetters(text, f.Start, f.End).other > 0 || nearDigit(text, f.Start, f.End, 40) || besidePlace(found, f) || placeSlot(text, f.Start) {
			continue // an address block's town or street, a place beside a place, a place's slot
		}
		from, n := len(segs), 0
		ok := true
		for at := f.Start; at < f.End; {
			w, e := wordAt(text, at)
			if w == "" || e > f.End {
				ok = false
				break
			}
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || !nameLike(w) || plainWord(w) || foldIn(placeAndOrgWords, w) || streetWordSet[strings.ToLower(w)] || redact.IsStreetWord(w) || redact.IsIndianStreetWord(w) ||
				embeddedClass(w)&(gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gCommon|gTitle) != 0 {
				ok = false
				break
			}
			segs = append(segs, standInSeg{subStart: at, subEnd: e, origStart: at, origEnd: e})
			n++
			at = e
			if at < f.End && text[at] == ' ' {
				at++
			} else if at < f.End {
				ok = false
				break
			}
		}
		if !ok || n < 2 || n > 3 {
			segs = segs[:from]
			continue
		}
		runs = append(runs, [2]int{from, len(segs)})
	}
	if len(runs) == 0 {
		return dst, nil
	}
	known := knownStandIns(text, standIns{sub: text, segs: segs}, runs)
	again, err := r.recognize(ctx, text, known, nil)
	if err != nil {
		return dst, err
	}
	return append(dst[:first], personsReadAgain(found, again, segs, runs)...), nil
}

// movesTo are the verbs of going somewhere, before "to" and a place: "moved to Sveta Nedelja".
var movesTo = wordSet("moved move moves moving relocated relocating flew fly flying drove drive driving went go going goes travel " +
	"travelled traveled traveling travelling returned return back came come coming commute commutes walked")

// placeSlot reports a place's or an organisation's slot before text[start]: a preposition of
// place ("at", "in", "near", "from", "for"), or "to" after a verb of going.
func placeSlot(text string, start int) bool {
	w := strings.ToLower(asciiWordBefore(text, start, false))
	if placeBefore[w] || w == "from" || w == "for" || w == "of" {
		return true
	}
	if w == "to" {
		v := strings.ToLower(asciiWordBefore(text, start-3, false))
		return movesTo[v]
	}
	return false
}

// nearDigit reports a digit within n bytes of text[start:end].
func nearDigit(text string, start, end, n int) bool {
	return strings.ContainsAny(text[max(0, start-n):min(len(text), end+n)], "0123456789")
}

// besidePlace reports another place or address of fs (in start order) within three bytes of f,
// looked for from near f's start (a text of thousands of doubted places had asked each of them
// over all the others, quadratic: stop 53).
func besidePlace(fs []redact.Finding, f redact.Finding) bool {
	for _, g := range fs[near(fs, f.Start-3):] {
		if g.Start > f.End+3 {
			break
		}
		if g != f && (g.Type == redact.Location || g.Type == redact.StreetAddress) && f.Start <= g.End+3 {
			return true
		}
	}
	return false
}

// onlyDoubts reports that the findings of fs over text[start:end] (in order) lie inside it and
// are doubts: a street address (no address is letters of another script alone, with no number),
// or a place or organisation under 0.6; or that there is none.
func onlyDoubts(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end || f.End <= start {
			continue
		}
		if f.Start < start || f.End > end || f.Source != redact.SourceModel ||
			f.Type != redact.StreetAddress && !((f.Type == redact.Location || f.Type == redact.Organization) && f.Score < 0.6) {
			return false
		}
	}
	return true
}

// knownStandIns returns si with known names standing in for the words of runs (seg index
// ranges): the first word of a run a given name, the others family names, each chosen by the
// word's hash; lineage words and titles keep their Latin spellings, and the words of other runs
// their stand-ins.
func knownStandIns(text string, si standIns, runs [][2]int) standIns {
	segs := slices.Clone(si.segs)
	var b strings.Builder
	b.Grow(len(si.sub) + 16*len(runs))
	subAt, r := 0, 0 // how much of the first reading's text is copied; the next run
	for k := range segs {
		w := &segs[k]
		b.WriteString(si.sub[subAt:w.subStart])
		start := b.Len()
		for r < len(runs) && runs[r][1] <= k {
			r++
		}
		word := text[w.origStart:w.origEnd]
		if r == len(runs) || k < runs[r][0] || lineageWords[word] != "" || scriptTitles[lowerIfCased(word)] != "" {
			b.WriteString(si.sub[w.subStart:w.subEnd])
		} else {
			h := uint64(14695981039346656037)
			for i := 0; i < len(word); i++ {
				h = (h ^ uint64(word[i])) * 1099511628211
			}
			name := knownFamily[h%uint64(len(knownFamily))]
			if k == runs[r][0] {
				name = knownGiven[h%uint64(len(knownGiven))]
			}
			if w.caps {
				name = strings.ToUpper(name)
			}
			b.WriteString(name)
		}
		subAt = w.subEnd
		w.subStart, w.subEnd = start, b.Len()
	}
	b.WriteString(si.sub[subAt:])
	return standIns{sub: b.String(), segs: segs}
}

// wordsAbout are the words before a run of another script that say it is a word, a phrase or a
// text that is quoted or talked about, not a name: "the word дякую", "the label 주문하기", "the
// button says 保存", "translate 危险", "the kanji 水".
var wordsAbout = wordSet("word words term terms phrase phrases expression label labelled labeled string text button tab heading title " +
	"menu item sign says say said reads read shows show displays display translate translates translated translating translation " +
	"kanji hanzi hanja character characters letter letters glyph script writes wrote write spelled spelt pronounce pronounced slogan " +
	"dish dishes song album book film movie release product brand studies study learning learn")

// quantifiers make a noun of the word after them; possessives do not here ("hey its Андрій":
// chat's "it's").
var quantifiers = wordSet("the a an some this that these those any every each")

// nameInItsScript reports a run at text[start:] in brackets right after a person found in Latin
// letters: the name in its own script, no word talked about ("Zhang Wei (张伟)", "Ivan Petrov
// (Иван Петров)"; stop 47).
func nameInItsScript(text string, found []redact.Finding, start int) bool {
	if start < 2 || text[start-1] != '(' {
		return false
	}
	at := start - 1
	if text[at-1] == ' ' {
		at--
	}
	return slices.ContainsFunc(found, func(f redact.Finding) bool { return f.Type == redact.Person && f.End == at })
}

// wordsAfter are the words after such a run that say the same: "नमस्ते means", "ধন্যবাদ means".
var wordsAfterMention = wordSet("means mean meaning stands translates")

// mentionedWords reports a run of another script at text[start:end] that the sentence quotes or
// talks about as words: in quotes or brackets, after a number, after an article or a quantifier ("some ギョーザ") or a word of
// wordsAbout, or before "means".
func mentionedWords(text string, start, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); strings.ContainsRune("\"'“‘«「『„(‹", r) {
		return true
	}
	w := strings.ToLower(asciiWordBefore(text, start, false))
	if wordsAbout[w] || quantifiers[w] || w == "name" {
		return true // "the product name 快乐"; "her name is …" has "is" before the name
	}
	if w == "is" || w == "was" { // "My favourite dish is 麻婆豆腐", "Our slogan in Hindi is नया भारत"
		at := start - len(w) - 1
		for n := 0; n < 4; n++ {
			v := asciiWordBefore(text, at, false)
			if v == "" {
				break
			}
			if wordsAbout[strings.ToLower(v)] && v != "says" && v != "said" {
				return true
			}
			at -= len(v) + 1
		}
	}
	if start > 1 && text[start-1] == ' ' && isDigitByte(text[start-2]) {
		return true // after a number, a unit or a thing counted: "Order 12 ชิ้น", "Room 5 ห้องประชุม"
	}
	if end+1 < len(text) && text[end] == ' ' {
		if w, _ := wordAt(text, end+1); wordsAfterMention[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// nameSized reports a run of one or two words, besides the titles and the words that link a
// lineage ("الدكتورة آيات مرازيق", "علاء بن ليث"), whose words of Han, Kana or Hangul are four
// characters long at most, as the parts of names are: a longer run is a phrase more often.
func nameSized(text string, run []standInSeg) bool {
	words := 0
	for _, w := range run {
		word := text[w.origStart:w.origEnd]
		if lineageWords[word] == "" && scriptTitles[lowerIfCased(word)] == "" {
			words++
		}
	}
	return words <= 2 && shortWords(text, run[0].origStart, run[len(run)-1].origEnd)
}

// shortWords reports a run whose words of Han, Kana or Hangul are four characters long at most;
// the other scripts' words may be of any length.
func shortWords(text string, start, end int) bool {
	n := 0
	for _, r := range text[start:end] {
		switch {
		case r == ' ':
			n = 0
		case r >= 0x3040 && r <= 0x30FF || r >= 0x3400 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7AF:
			if n++; n > 4 {
				return false
			}
		}
	}
	return true
}

// fewRunsNear reports at most one other run of another script's words within 150 bytes of
// text[start:end]: a sentence that names one or two people, not a text that mixes two languages
// phrase by phrase (a program's messages, half of them translated).
func fewRunsNear(text string, start, end int) bool {
	from, to := max(0, start-150), min(len(text), end+150)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	runs, inRun := 0, false
	for i := from; i < to; {
		if i == start {
			i, inRun = end, false
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case otherLetter(r) || unicode.IsMark(r):
			if !inRun {
				runs++
				inRun = true
			}
		case r == ' ':
		default:
			inRun = false
		}
		i += size
	}
	return runs <= 1
}
