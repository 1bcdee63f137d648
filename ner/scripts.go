package ner

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/ner/names"
	"github.com/veil-gateway/veil/redact"
)

// Names written in scripts other than Latin. The model is trained on Latin-script text and
// finds next to nothing in Cyrillic, Greek, Chinese, Japanese, Korean, Arabic, Hebrew or
// Devanagari, so these rules read the signs each writing system gives a name:
//   - Cyrillic and Greek capitalise names and little else: two or three capitalised words in a
//     row ("Иван Петров", "Смирнова Анна Сергеевна", "Γιώργος Παπαδόπουλος") are a person;
//   - Japanese and Chinese put an honorific right after a name (田中太郎さん, 王先生, 李女士),
//     and Chinese introduces one after 我叫, 名叫, 姓名 or a record's field (患者：李华) with a
//     common family name first;
//   - Korean puts 씨 or 님 after a name of two to four syllables whose first is a family name
//     (김민수 씨);
//   - Arabic, Hebrew and Hindi have no capitals: the two words after "my name is" or a title
//     (اسمي, السيد, שמי, מר, मेरा नाम, श्री) are the name;
//   - since stop 31, given names of the lists open names in running text of the scripts without
//     capitals (scriptgiven.go) and in Chinese and Korean (cjknames.go), and the towns of the
//     lists are places (scriptTowns).
// A text without a byte outside ASCII skips them all.

// scriptNames applies the rules above.
func scriptNames(text string, fs []redact.Finding) []redact.Finding {
	scripts := scriptsOf(text)
	if scripts == 0 {
		return fs // Latin (and other scripts these rules do not read) only: most texts
	}
	var claims []redact.Finding
	if scripts&(sHan|sKana) != 0 {
		fs = trimChineseCues(text, fs)
	}
	fs = dropScriptNonNames(text, fs)
	places := scriptPlaces(text, scripts)
	if scripts&(sCyrillic|sGreek) != 0 {
		claims = capitalisedScriptNames(text, claims)
	}
	if scripts&(sHan|sKana|sHangul) != 0 {
		claims = honorificNames(text, claims)
	}
	if scripts&sHan != 0 && scripts&sKana != 0 {
		claims = japaneseSelfNames(text, claims)
	}
	if scripts&sHan != 0 {
		claims = chineseCueNames(text, claims)
		claims = chineseOpeningNames(text, claims)
		claims = labelledScriptNames(text, claims)
		claims = standaloneHanNames(text, claims)
	}
	if scripts&sHangul != 0 {
		claims = koreanCueNames(text, claims)
	}
	if scripts&(sHan|sHangul) != 0 {
		claims = cjkListedNames(text, scripts, claims)
		claims = headerCJKNames(text, claims)
	}
	if scripts&(sArabic|sHebrew|sDevanagari|sThai) != 0 {
		claims = cueWordNames(text, claims)
		claims = closedCueNames(text, claims)
	}
	if scripts&sThai != 0 {
		claims = thaiTitledNames(text, claims)
	}
	if scripts&(sArabic|sHebrew|sDevanagari|sThai|sUncased) != 0 {
		claims = listedScriptNames(text, claims)
		claims = namesBeforeHonorifics(text, claims)
	}
	if len(places) > 0 {
		// a town inside a street address or a longer finding the model read stays the finding's
		// ("Λεωφόρος Περιθωρίου 62-85, 56123 Κιλκίς", a square named after a village: "Πλατεία
		// Μελεσών")
		places = slices.DeleteFunc(places, func(p redact.Finding) bool {
			return slices.ContainsFunc(fs, func(f redact.Finding) bool {
				return f.Start < p.End && p.Start < f.End && (f.Type == redact.StreetAddress || f.Start < p.Start || f.End > p.End)
			})
		})
	}
	if len(places) > 0 {
		// a place the list knows is no person ("Нижний Новгород"), and a person found over it
		// gives way to it
		claims = slices.DeleteFunc(claims, func(c redact.Finding) bool { return overlapsAny(places, c) })
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return overlapsAny(places, f) })
	}
	if scripts&(sHan|sKana|sHangul|sThai) != 0 {
		// a company its legal form marks (cjkorgs.go), over the names and places read inside it
		if orgs := cjkCompanies(text, scripts); len(orgs) > 0 {
			claims = slices.DeleteFunc(claims, func(c redact.Finding) bool { return overlapsAny(orgs, c) })
			fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return overlapsAny(orgs, f) })
			places = slices.DeleteFunc(places, func(p redact.Finding) bool { return overlapsAny(orgs, p) })
			places = append(places, orgs...)
		}
	}
	fs = claimPersons(fs, claims)
	if scripts&sKana != 0 {
		fs = kanaReadings(text, fs)
	}
	if len(places) > 0 {
		fs = append(fs, places...)
		sortFindings(fs)
	}
	if scripts&sArabic != 0 {
		for i := range fs {
			// "شارع الملك فهد": King Fahd Road, a street named after someone or something, whose
			// name had been a person (stop 45)
			if f := &fs[i]; f.Type != redact.StreetAddress && (i == 0 || fs[i-1].End <= f.Start) {
				if k := arabicStreetBefore(text, f.Start); k < f.Start && (i == 0 || fs[i-1].End <= k) {
					f.Type, f.Start = redact.StreetAddress, k
				}
			}
		}
	}
	return fs
}

// arabicStreets are the Arabic words of a street's kind that lead its name: street, road,
// quarter, and "in the street" written as one word.
var arabicStreets = []string{"شارع", "بشارع", "طريق", "بطريق", "حي", "بحي"}

// arabicStreetBefore returns where an Arabic street's word starts that stands right before at,
// one space between; or at when none does.
func arabicStreetBefore(text string, at int) int {
	if at < 3 || text[at-1] != ' ' {
		return at
	}
	for _, w := range arabicStreets {
		if k := at - 1 - len(w); k >= 0 && text[k:at-1] == w && (k == 0 || text[k-1] < 0x80 && !isLetterByte(text[k-1])) { // (not the end of a longer word)
			return k
		}
	}
	return at
}

func overlapsAny(fs []redact.Finding, g redact.Finding) bool {
	for _, f := range fs {
		if f.Start < g.End && g.Start < f.End {
			return true
		}
	}
	return false
}

// nativeCities are large cities as their own scripts write them (with Russian's commonest case
// forms), which the model's Latin gazetteers cannot know.
var nativeCities = []string{
	"Москва", "Москве", "Москвы", "Москву", "Санкт-Петербург", "Санкт-Петербурге", "Петербург", "Петербурге", "Новосибирск", "Екатеринбург",
	"Казань", "Казани", "Нижний Новгород", "Нижнем Новгороде", "Киев", "Киеве", "Київ", "Києві", "Харків", "Одеса", "Одесса", "Минск",
	"Минске", "Алматы", "Ташкент", "София", "Белград", "Αθήνα", "Αθήνας", "Θεσσαλονίκη", "Πάτρα", "Λευκωσία", "北京", "上海", "广州",
	"深圳", "香港", "台北", "東京", "东京", "大阪", "京都", "横浜", "名古屋", "札幌", "福岡", "成都", "武汉", "南京", "杭州", "天津", "重庆",
	"서울", "부산", "인천", "대구", "대전", "광주", "القاهرة", "الرياض", "دبي", "بغداد", "دمشق", "بيروت", "عمان", "الدوحة",
	"الإسكندرية", "الرباط", "تونس", "الجزائر", "ירושלים", "תל אביב", "חיפה", "दिल्ली", "मुंबई", "कोलकाता", "चेन्नई", "बेंगलुरु",
	// Iran's largest cities, in Persian (stop 57: "هفته گذشته به تهران رفتم" had masked nothing),
	// and more of the Arab world's and Pakistan's
	"تهران", "مشهد", "اصفهان", "کرج", "شیراز", "تبریز", "قم", "اهواز", "کرمانشاه", "ارومیه", "رشت", "زاهدان", "همدان", "کرمان",
	"یزد", "اردبیل", "بندرعباس", "بندر عباس", "اراک", "زنجان", "سنندج", "قزوین", "خرم‌آباد", "گرگان", "ساری", "بوشهر", "بیرجند",
	"جدة", "مكة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الخبر", "الطائف", "تبوك", "أبها", "أبوظبي", "أبو ظبي", "الشارقة",
	"الكويت", "المنامة", "مسقط", "حلب", "حمص", "اللاذقية", "الموصل", "البصرة", "أربيل", "مراكش", "فاس", "طنجة", "الدار البيضاء",
	"وهران", "قسنطينة", "صفاقس", "طرابلس", "بنغازي", "الخرطوم", "صنعاء", "عدن", "إربد", "الزرقاء", "كراچی", "کراچی", "لاہور",
	"اسلام آباد"}

// cityScripts holds the script of each of nativeCities, read once.
var cityScripts = func() []int {
	out := make([]int, len(nativeCities))
	for i, c := range nativeCities {
		out[i] = scriptOf(firstRune(c))
	}
	return out
}()

// The scripts these rules read, as bits.
const (
	sCyrillic = 1 << iota
	sGreek
	sHebrew
	sArabic
	sDevanagari
	sHangul
	sHan
	sKana
	sThai
	sUncased // the other scripts without capitals that listedScriptNames reads: Bengali to Tamil, Georgian
)

// scriptOf returns the bit of r's script, 0 for any other.
func scriptOf(r rune) int {
	switch {
	case r >= 0x370 && r <= 0x3FF:
		return sGreek
	case r >= 0x400 && r <= 0x4FF:
		return sCyrillic
	case r >= 0x590 && r <= 0x5FF:
		return sHebrew
	case r >= 0x600 && r <= 0x6FF:
		return sArabic
	case r >= 0x900 && r <= 0x97F:
		return sDevanagari
	case r >= 0xE00 && r <= 0xE7F:
		return sThai
	case r >= 0x980 && r <= 0xBFF, r >= 0x10A0 && r <= 0x10FF:
		return sUncased
	case r >= 0x3040 && r <= 0x30FF:
		return sKana
	case r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF:
		return sHan
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return sHangul
	}
	return 0
}

// scriptsOf returns the scripts of text, reading only its bytes outside ASCII as runes.
func scriptsOf(text string) int {
	m := 0
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		m |= scriptOf(r)
		i += n
	}
	return m
}

// scriptPlaces finds nativeCities standing as words of their own, looking only for those in a
// script the text has.
func scriptPlaces(text string, scripts int) []redact.Finding {
	var out []redact.Finding
	for i, c := range nativeCities {
		if cityScripts[i]&scripts == 0 {
			continue
		}
		for k := range occurrences(text, c) {
			off := k + len(c)
			if k > 0 && isWordByteBefore(text, k) && !hanOrHangul(text[k:]) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(text[off:]); off < len(text) && (unicode.IsLetter(r) || unicode.IsMark(r)) && !hanOrHangul(text[k:]) {
				continue
			}
			out = append(out, redact.Finding{Type: redact.Location, Start: k, End: off, Score: shapeScore, Source: redact.SourceModel})
		}
	}
	if scripts&(sCyrillic|sGreek|sHebrew|sDevanagari|sThai|sUncased) != 0 {
		out = scriptTowns(text, scripts, out)
	}
	if scripts&(sArabic|sHebrew) != 0 {
		out = kindPlaces(text, out)
	}
	if scripts&(sHan|sKana) != 0 {
		out = append(out, hanTowns(text)...) // towns by their suffix (townscjk.go)
	}
	if scripts&sHangul != 0 {
		out = append(out, koreanTowns(text)...)
	}
	sortFindings(out)
	// the longer of two that overlap ("Нижний Новгород" over none; 東京 inside nothing else)
	kept := out[:0]
	for _, f := range out {
		if n := len(kept); n > 0 && f.Start < kept[n-1].End {
			if f.End-f.Start > kept[n-1].End-kept[n-1].Start {
				kept[n-1] = f
			}
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// placeKinds name a settlement's or a division's kind before its name in Persian, Arabic and
// Hebrew: province, county, city, village, port, rural district; city, governorate, village,
// town; the city (with "in", "to", "from"), kibbutz, moshav, the settlement.
var placeKinds = wordSet("استان شهرستان شهر روستای روستا بندر دهستان " +
	"مدينة محافظة قرية بلدة " +
	"העיר בעיר לעיר מהעיר קיבוץ בקיבוץ מושב במושב היישוב ביישוב")

// kindPlaces appends to out a place's kind and the word after it (stop 57): "استان تهران",
// "شهرستان کرج", "محافظة الجيزة", "בעיר נתניה", where a given name of the lists may name the place
// ("روستای مریم") and had been read as a person. A word of grammar after the kind names nothing.
func kindPlaces(text string, out []redact.Finding) []redact.Finding {
	for i, e := range scriptWords(text, spacedLetter) {
		if !placeKinds[text[i:e]] || e+1 >= len(text) || text[e] != ' ' {
			continue
		}
		ne := scriptWord(text, e+1)
		if ne == e+1 || uncasedStops[foldMarks(text[e+1:ne])] {
			continue
		}
		out = append(out, redact.Finding{Type: redact.Location, Start: i, End: ne, Score: shapeScore, Source: redact.SourceModel})
	}
	return out
}

// scriptTownSets are names.ScriptTowns: a set of those written with spaces between words, and
// the Thai ones apart, which Thai writes onto the words around them ("มาจากเชียงใหม่").
var scriptTownSets = sync.OnceValues(func() (map[string]bool, []string) {
	spaced := map[string]bool{}
	var thai []string
	for _, t := range names.ScriptTowns {
		if scriptOf(firstRune(t)) == sThai {
			thai = append(thai, t)
			continue
		}
		if !uncasedStops[t] && !uncasedHomographs[t] && !scriptTownWords[t] {
			spaced[t] = true
		}
	}
	for i, c := range nativeCities {
		if cityScripts[i]&(sHan|sKana|sHangul) == 0 {
			spaced[c] = true // for the letters written onto them (מחיפה)
		}
	}
	return spaced, thai
})

// settlementWords name a settlement's kind before its name in Ukrainian and Russian: town,
// village, hamlet, urban-type settlement.
var settlementWords = wordSet("місто село селище хутір смт город деревня посёлок поселок станица")

// spacedLetter reports a letter outside ASCII of a script that writes spaces between words: not
// Thai, whose towns scriptTowns finds apart.
func spacedLetter(r rune) bool {
	return r >= utf8.RuneSelf && unicode.IsLetter(r) && scriptOf(r) != sThai
}

// scriptTownWords are ordinary words that the lists give as towns too: Hindi "to do".
var scriptTownWords = wordSet("करना")

// thaiPlaceLeads are written onto a Thai town: from, at, in, to, the words for a province and a
// district.
var thaiPlaceLeads = []string{"จาก", "ที่", "ใน", "ไป", "ถึง", "จังหวัด", "อำเภอ", "จ."}

// thaiTownAt reports a Thai town at text[k:end] standing apart: after a space, punctuation or a
// place's lead (thaiPlaceLeads), and before a space, punctuation, the end or a word of thaiStops.
func thaiTownAt(text string, k, end int) bool {
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsMark(r)) && !thaiStop(text[end:]) {
		return false // a word run on, but the grammar's word after a town: "อยู่ที่สมุทรปราการมาหลายปี" (stop 57)
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:k]); k == 0 || !unicode.IsLetter(r) && !unicode.IsMark(r) {
		return true
	}
	for _, lead := range thaiPlaceLeads {
		if strings.HasSuffix(text[:k], lead) {
			return true
		}
	}
	return false
}

// scriptTowns appends to out the towns of names.ScriptTowns in text (stop 31): the longest run
// of up to three whole words the list holds ("משמר העמק", "Βόλος", "Дубно"), and Thai towns
// standing apart (thaiTownAt).
func scriptTowns(text string, scripts int, out []redact.Finding) []redact.Finding {
	spaced, thai := scriptTownSets()
	next := 0 // where the last town ends: the words before it are read
	for i, e := range scriptWords(text, spacedLetter) {
		if i < next {
			continue
		}
		if r, n := utf8.DecodeRuneInString(text[i:]); r >= 0x5D0 && r <= 0x5EA && strings.ContainsRune("מבלוהשכ", r) && e-i > n && !spaced[text[i:e]] && spaced[text[i+n:e]] {
			i += n // Hebrew writes "from", "in", "to", "and" onto a town: מחיפה, בתל אביב
		}
		end := 0
		for k, words := e, 1; ; words++ {
			if spaced[text[i:k]] {
				end = k
			}
			if words == 3 || k >= len(text) || text[k] != ' ' {
				break
			}
			after := scriptWord(text, k+1)
			if after == k+1 {
				break
			}
			k = after
		}
		if end > 0 && end+1 < len(text) && text[end] == ' ' && isDigitByte(text[end+1]) {
			end = 0 // a street named after the town, and its number: "Πλατεία Μελεσών 600"
		}
		if end > 0 {
			start := i
			if j := strings.LastIndexByte(text[:max(i-1, 0)], ' ') + 1; i > 0 && text[i-1] == ' ' && settlementWords[text[j:i-1]] {
				start = j // the settlement's kind before it, in lower case: "місто Дубно", "село Болехів"
			}
			out = append(out, redact.Finding{Type: redact.Location, Start: start, End: end, Score: shapeScore, Source: redact.SourceModel})
			next = end
		}
	}
	if scripts&sThai != 0 {
		for _, t := range thai {
			for k := range occurrences(text, t) {
				if thaiTownAt(text, k, k+len(t)) {
					out = append(out, redact.Finding{Type: redact.Location, Start: k, End: k + len(t), Score: shapeScore, Source: redact.SourceModel})
				}
			}
		}
	}
	return out
}

// hanOrHangul reports text that opens with Han or Hangul, which writes words without spaces: a
// city's name there stands among other characters.
func hanOrHangul(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r)
}

// scriptWord reads the word of letters and marks at text[i:]; it returns its end (i when none).
func scriptWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == '\'' || r == '’' || r == '׳') && i > start {
			// an apostrophe or Hebrew's geresh inside a word, a letter after it: ג'ורי, डी’कोस्टा
			if next, _ := utf8.DecodeRuneInString(text[i+n:]); unicode.IsLetter(next) && next >= utf8.RuneSelf {
				i += n
				continue
			}
		}
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' {
			break
		}
		i += n
	}
	return i
}

// scriptWords yields the bounds of each word of text (scriptWord) whose first rune first accepts,
// none that starts inside another word, in order.
func scriptWords(text string, first func(rune) bool) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !first(r) || isWordByteBefore(text, i) {
				i += n
				continue
			}
			e := scriptWord(text, i)
			if e == i {
				i += n // a sign of the script that no word holds (Arabic's comma)
				continue
			}
			if !yield(i, e) {
				return
			}
			i = e
		}
	}
}

// capitalisedScriptNames claims two or three capitalised Cyrillic or Greek words in a row,
// joined by single spaces.
func capitalisedScriptNames(text string, claims []redact.Finding) []redact.Finding {
	capital := func(start int) (int, bool) {
		r, _ := utf8.DecodeRuneInString(text[start:])
		if !unicode.IsUpper(r) || !unicode.In(r, unicode.Cyrillic, unicode.Greek) {
			return start, false
		}
		e := scriptWord(text, start)
		// a word in capitals is an abbreviation or a shout, not a name's shape
		rest, _ := utf8.DecodeRuneInString(text[start+utf8.RuneLen(r):])
		return e, e > start+utf8.RuneLen(r) && unicode.IsLower(rest)
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.In(r, unicode.Cyrillic, unicode.Greek) || i > 0 && isWordByteBefore(text, i) {
			i += n
			continue
		}
		e, ok := capital(i)
		if !ok || scriptStops[strings.ToLower(text[i:e])] {
			i = max(e, i+n)
			continue
		}
		words, end := 1, e
		for words < 3 && end+1 < len(text) && text[end] == ' ' {
			e2, ok := capital(end + 1)
			if !ok {
				break
			}
			words, end = words+1, e2
		}
		if words >= 2 && !greekCommonRun(text[i:end]) {
			claims = append(claims, claim(i, end, shapeScore))
		}
		i = end
	}
	return claims
}

// greekNonNameEndings end Greek plurals, adjectives and verbal nouns, which Greek program
// headings capitalise ("Βοηθητικές Εντολές", "Συνολικά Ονόματα Πακέτων", "Σύμπτυξη Διαθέσιμων
// Πληροφοριών") and none of Faker's 2,404 Greek given and family names ends in (those in -ων,
// -ών, -ές, -ική and -ικά do: Σπυρίδων, Συμεών, Γιαννές, Αγγελική, Ναυσικά).
var greekNonNameEndings = []string{"ες", "οι", "οί", "ματα", "ικό", "ικοί", "ικών", "ικές", "ολές", "ιών", "έτων", "ξη", "ψη"}

// greekCommonRun reports a run of capitalised Greek words one of which ends as a plural, an
// adjective or a verbal noun does.
func greekCommonRun(run string) bool {
	for w := range strings.FieldsSeq(run) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.Is(unicode.Greek, r) {
			return false
		}
		for _, e := range greekNonNameEndings {
			if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
				return true // a longer word: "Μικές" is a family name
			}
		}
	}
	return false
}

// scriptStops are capitalised Russian and Greek words that open sentences and letters before a
// name or a noun, never a name themselves: greetings, pronouns, prepositions, salutations.
var scriptStops = wordSet("привет здравствуйте здравствуй добрый доброе уважаемый уважаемая уважаемые дорогой дорогая дорогие спасибо " +
	"мы я он она они оно это как что где когда все наш наша мой моя ваш ваша для при про над под без после перед между через " +
	"господин госпожа пациент пациентка врач доктор клиент меня мне тебя тебе его её ее нас вас их " +
	"γεια καλημέρα καλησπέρα αγαπητέ αγαπητή αγαπητοί ευχαριστώ εμείς εγώ αυτός αυτή αυτό κύριε κυρία κύριος " +
	// greetings, thanks, "world" and the languages' own names, which a Latin text quotes
	// (standins.go): never a name
	"ελληνικά русский українська български српски мир " +
	"世界 你好 您好 谢谢 謝謝 中文 汉语 漢語 普通话 こんにちは こんばんは おはよう ありがとう さようなら 日本語 " +
	"한국어 안녕하세요 안녕 감사합니다 고맙습니다 " +
	"العربية عربي مرحبا شكرا السلام فارسی سلام ممنون عברית שלום תודה " +
	"हिन्दी हिंदी नमस्ते धन्यवाद বাংলা নমস্কার தமிழ் வணக்கம் ไทย สวัสดี ขอบคุณ ქართული გამარჯობა Հայերեն բարեւ " +
	// a form's labels for a password and a login (stop 40), which a line opening with one word
	// and a colon made a speaker: "пароль: …", "密码：…", "логин: …"
	"пароль логин κωδικός 密码 密碼 パスワード 비밀번호 用户名 用戶名 ユーザー名 아이디 סיסמה")

// isWordByteBefore reports a letter or digit right before text[i].
func isWordByteBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// honorifics follow a name in Japanese, Chinese and Korean.
var honorifics = []string{"さん", "様", "さま", "氏", "先生", "くん", "君", "ちゃん", "殿", "女士", "小姐", "老师", "同学", "씨", "님"}

// kanaHonorifics are Japanese's honorifics, after which a given name may be written in hiragana.
var kanaHonorifics = map[string]bool{"さん": true, "様": true, "さま": true, "くん": true, "ちゃん": true}

// honorificNames claims the name right before an honorific: up to four Han or Katakana
// characters (田中太郎さん, 王先生), or two to four Hangul syllables whose first is a family name
// (김민수 씨, with or without the space).
func honorificNames(text string, claims []redact.Finding) []redact.Finding {
	kana := -1 // whether the text holds kana, asked once: a Japanese text's 先生 follows any family name
	japanese := func() bool {
		if kana < 0 {
			kana = 0
			if strings.ContainsFunc(text, func(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) }) {
				kana = 1
			}
		}
		return kana == 1
	}
	for _, h := range honorifics {
		for k := range occurrences(text, h) {
			off := k + len(h)
			end := k
			hangul := h == "씨" || h == "님"
			spaced := false // a blank before the honorific, as a letter's or a form's Japanese writes it: "田中 一郎 様" (stop 50)
			if end > 0 && text[end-1] == ' ' {
				end, spaced = end-1, true
			} else if end >= 3 && text[end-3:end] == "　" {
				end, spaced = end-3, true
			}
			start, chars := end, 0
			if kanaHonorifics[h] {
				// a given name in hiragana after a family name in Han (佐藤さゆりさん): the kana
				// count as the name's only where Han stands before them
				k, kana := runBefore(text, end, 4, unicode.Hiragana)
				if r, _ := utf8.DecodeLastRuneInString(text[:k]); kana >= 2 && k > 0 && unicode.Is(unicode.Han, r) {
					start, chars = k, 1 // the kana, then up to three Han of the family name (not お疲れ様: one kana)
				}
			}
			inner := false // the blank between a family and a given name read, with a blank before the honorific
			for start > 0 && chars < 4 {
				r, n := utf8.DecodeLastRuneInString(text[:start])
				if spaced && !hangul && !inner && chars > 0 && (r == ' ' || r == '　') {
					if r2, _ := utf8.DecodeLastRuneInString(text[:start-n]); unicode.Is(unicode.Han, r2) {
						start -= n
						inner, chars = true, 0 // the family name before the blank: up to four more
						continue
					}
				}
				if hangul && !unicode.Is(unicode.Hangul, r) || !hangul && !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Katakana, r) {
					break
				}
				start -= n
				chars++
			}
			if spaced && !hangul && !inner {
				continue // a word and a blank before the honorific, no name written apart: "皆 様"
			}
			if chars == 4 && start > 0 {
				if r, _ := utf8.DecodeLastRuneInString(text[:start]); hangul && unicode.Is(unicode.Hangul, r) {
					continue // a longer run of syllables: a word, not a name
				}
			}
			if strings.HasPrefix(text[off:], "々") || h == "氏" && strings.HasPrefix(text[off:], "名") {
				continue // 様々 "various", 氏名 "full name"
			}
			if hangul && koreanRoleNouns[text[start:end]] {
				// a role before the honorific, the name before it: "최영호 고객님" (stop 30)
				if start < 2 || text[start-1] != ' ' {
					continue
				}
				end = start - 1
				start, chars = runBefore(text, end, 5, unicode.Hangul)
				if chars < 2 || chars > 4 || start > 0 && !unicode.IsSpace(rune(text[start-1])) && !strings.ContainsRune(":：,", rune(text[start-1])) {
					continue
				}
			}
			family := chineseFamilies[firstRune(text[start:])]
			switch {
			case hangul:
				if chars < 2 || !koreanFamilies[firstRune(text[start:])] {
					continue
				}
			case chars < 1 || chars == 1 && !family:
				continue // one character is a name only when it is a family name (王先生)
			case chineseHonorifics[h] && !family && !(h == "先生" && chars >= 3 && japanese()):
				continue // 各位老师 "all the teachers": no family name first (but a Japanese doctor's name, "佐藤花子先生"; stop 54)
			}
			claims = append(claims, claim(start, end, shapeScore))
		}
	}
	return claims
}

// koreanRoleNouns take 님 or 씨 as a name does ("고객님", dear customer): no name, but the name may
// stand before them ("최영호 고객님").
var koreanRoleNouns = wordSet("고객 선생 회원 환자 담당자 기사 사장 부장 과장 차장 교수 팀장 원장 실장 대표 의사 간호사 학생 손님 보호자 작가 감독 변호사 회장")

// occurrences yields where w occurs in text, each occurrence after the one before.
func occurrences(text, w string) iter.Seq[int] { return redact.Offsets(text, w) }

// spacedOccurrences yields where " "+w occurs in text, as occurrences does, but looks for w and
// then the space before it: a needle that opens with a space stops the search at every space of
// the text, one with a letter or a mark at far fewer bytes.
func spacedOccurrences(text, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 1; off < len(text); {
			k := strings.Index(text[off:], w)
			if k < 0 {
				return
			}
			if text[off+k-1] == ' ' && !yield(off+k-1) {
				return
			}
			off += k + len(w)
		}
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// chineseCues introduce a Chinese name: "I am called", "named", and a record's name fields.
var chineseCues = []string{"我叫", "名叫", "叫做", "姓名：", "姓名:", "患者：", "患者:", "联系人：", "联系人:", "客户：", "客户:", "病人：",
	// a patient's record and a request to contact someone, the name right after them (stop 27:
	// "患者郭璐，出生于…", "请联系吴丽华，邮箱…")
	"患者", "病人", "请联系"}

// scriptLabels are the labels of a record's name field in Chinese and Japanese, after which a
// name of two to five Han or kana characters is one whatever its first character (联系人：席旭,
// 氏名：井上太郎, 担当者：西村里佳): the label vouches as a family name does after a word.
var scriptLabels = []string{"姓名：", "姓名:", "联系人：", "联系人:", "氏名：", "氏名:", "担当者：", "担当者:", "お名前：", "お名前:",
	// a patient's, a client's, an applicant's and a recipient's fields, in Chinese and Japanese
	// (stop 44: 患者：佐藤花子, whose family name is Japanese, had gone upstream)
	"患者：", "患者:", "病人：", "病人:", "客户：", "客户:", "申请人：", "申请人:", "申請者：", "申請者:", "受取人：", "受取人:", "收件人：", "收件人:"}

// labelledScriptNames claims the name after each of scriptLabels: Han first, then Han or kana,
// up to a bracket, a space, punctuation or an honorific.
func labelledScriptNames(text string, claims []redact.Finding) []redact.Finding {
	for _, l := range scriptLabels {
		for k := range occurrences(text, l) {
			start := skipBlanks(text, k+len(l))
			if !unicode.Is(unicode.Han, firstRune(text[start:])) {
				continue
			}
			end, chars := scriptNameRun(text, start, 5)
			if chars >= 1 && chars <= 3 {
				// the given name after a blank, as a Japanese form writes the two apart (stop 49:
				// "氏名：佐々木 美咲", whose given name had gone upstream)
				if g := blankThenScriptName(text, end); g > end {
					end, chars = g, 2
				}
			}
			if chars >= 2 && chars <= 5 && (end == len(text) || !unicode.Is(unicode.Han, firstRune(text[end:]))) {
				claims = append(claims, claim(start, end, shapeScore))
			}
		}
	}
	return claims
}

// scriptNameRun reads up to most Han or kana characters of a name at text[at], up to a stop
// (nameStops) or an honorific, and returns where they end and how many it read.
func scriptNameRun(text string, at, most int) (end, chars int) {
	end = at
	for end < len(text) && chars < most {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r) || nameStops[r] ||
			strings.HasPrefix(text[end:], "様") || strings.HasPrefix(text[end:], "さん") || strings.HasPrefix(text[end:], "先生") {
			break
		}
		end += n
		chars++
	}
	return end, chars
}

// blankThenScriptName reads one blank (ASCII's or the ideographic space) at text[k] and one to
// three Han or kana characters after it, up to a stop, and returns where they end, or k.
func blankThenScriptName(text string, k int) int {
	at := k
	switch {
	case strings.HasPrefix(text[k:], " "):
		k++
	case strings.HasPrefix(text[k:], "　"):
		k += len("　")
	default:
		return k
	}
	end, chars := scriptNameRun(text, k, 4)
	if chars == 0 || chars > 3 || end < len(text) && unicode.Is(unicode.Han, firstRune(text[end:])) || strings.HasPrefix(text[end:], "：") || strings.HasPrefix(text[end:], ":") {
		return at // (a label after the blank is the next field's: "氏名：山田 電話：…")
	}
	return end
}

// standaloneHanNames claims two or three Han characters that stand alone among Latin text, a
// common family name first, ASCII's spaces or marks on both sides ("Delivery: 王小明, 上海市…",
// a Chinese name in an English form or message; stop 46). Chinese prose runs its words together
// and marks them with its own full-width signs, so a word of it stands so alone seldom.
func standaloneHanNames(text string, claims []redact.Finding) []redact.Finding {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r < utf8.RuneSelf || !chineseFamilies[r] || i > 0 && !asciiBound(text[i-1]) {
			i += n
			continue
		}
		end, chars := i+n, 1
		for end < len(text) && chars < 4 {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if !unicode.Is(unicode.Han, r2) {
				break
			}
			end, chars = end+n2, chars+1
		}
		if chars >= 2 && chars <= 3 && (end == len(text) || asciiBound(text[end])) && latinWordBefore(text, i) && !hanCommonWords[text[i:end]] {
			claims = append(claims, claim(i, end, shapeScore))
		}
		i = end
	}
	return claims
}

// kanaReadings makes a person of a name's reading in kana in brackets right after it, as a
// Japanese form writes it (stop 47: "山田太郎（やまだ たろう）", whose reading had gone upstream):
// hiragana or katakana, blanks and the long sound's mark, within a bracket of up to 40 bytes.
func kanaReadings(text string, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Person {
			continue
		}
		k := f.End
		open := 0
		switch {
		case strings.HasPrefix(text[k:], "（"):
			open = len("（")
		case strings.HasPrefix(text[k:], "("):
			open = 1
		case strings.HasPrefix(text[k:], " ("):
			open = 2
		default:
			continue
		}
		start := k + open
		end, kana := start, 0
		for end < len(text) && end-start < 40 {
			r, n := utf8.DecodeRuneInString(text[end:])
			if unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '・' {
				kana++
			} else if r != ' ' && r != '　' {
				break
			}
			end += n
		}
		if kana >= 2 && (strings.HasPrefix(text[end:], "）") || strings.HasPrefix(text[end:], ")")) {
			e := start + len(strings.TrimRight(text[start:end], " 　"))
			claims = append(claims, claim(start, e, shapeScore))
		}
	}
	if len(claims) == 0 {
		return fs
	}
	return claimPersons(fs, claims)
}

// latinWordBefore reports an English word, no article, before the Han run at text[i], with at most
// a mark and spaces between ("Delivery: ", "Contact ", "or "): Latin text around it, not a
// Chinese sentence whose full-width marks the detector's normalisation made ASCII, nor an e-mail
// address's end ("…@example.net，谢谢").
func latinWordBefore(text string, i int) bool {
	k := i
	for k > 0 && i-k < 3 && (text[k-1] == ' ' || text[k-1] == ':' || text[k-1] == ',' || text[k-1] == '(') {
		k--
	}
	w := k
	for w > 0 && isLetterASCII(text[w-1]) {
		w--
	}
	return w < k && k < i && (w == 0 || text[w-1] == ' ' || text[w-1] == '\n' || text[w-1] == '(') && !englishArticles[strings.ToLower(text[w:k])]
}

// englishArticles stand before a noun: "the 王国".
var englishArticles = wordSet("the a an")

// hanCommonWords are words of two Han characters, a family name's first, that English text
// quotes: thanks, right away, weekend, any, balance.
var hanCommonWords = map[string]bool{"谢谢": true, "謝謝": true, "马上": true, "周末": true, "任何": true, "余额": true, "王国": true, "方便": true, "高兴": true}

// asciiBound reports an ASCII space, line break or mark: no letter or digit.
func asciiBound(c byte) bool {
	return c < utf8.RuneSelf && !isLetterASCII(c) && !isDigitByte(c)
}

// chineseCueNames claims two or three Han characters after a cue when the first is a common
// family name (我叫王小明, 患者：李华).
func chineseCueNames(text string, claims []redact.Finding) []redact.Finding {
	return cueNames(text, claims, chineseCues, chineseFamilies, func(start int) int {
		end, chars := start, 0
		for end < len(text) && chars < 3 {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !unicode.Is(unicode.Han, r) || chars > 0 && nameStops[r] {
				break
			}
			end += n
			chars++
		}
		if chars < 2 {
			return -1
		}
		return end
	})
}

// cueNames claims, after each of cues in text, the name that read finds from its first
// character when that character is one of families; read returns where the name ends, or -1.
func cueNames(text string, claims []redact.Finding, cues []string, families map[rune]bool, read func(start int) int) []redact.Finding {
	for _, c := range cues {
		for k := range occurrences(text, c) {
			start := skipBlanks(text, k+len(c))
			if !families[firstRune(text[start:])] {
				continue
			}
			if end := read(start); end > start {
				claims = append(claims, claim(start, end, shapeScore))
			}
		}
	}
	return claims
}

// nameStops are characters that end a Chinese name read after a cue: verbs, particles and
// the words for man and woman that follow it in a sentence or a record ("王小明住在", "李华，男").
var nameStops = map[rune]bool{'住': true, '在': true, '是': true, '的': true, '和': true, '男': true, '女': true, '今': true, '来': true, '去': true, '说': true, '先': true}

// dropScriptNonNames drops what the model, reading a script it was not trained on, made a
// person of and no name is: more than five Han or kana characters (今天天气很好, "the weather is
// fine today": the model reads a run of Han as one word, and a name written so is two to four
// characters, five at most), or one Russian or Greek pronoun, greeting or preposition
// capitalised ("OK: Меня зовут …").
func dropScriptNonNames(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Type == redact.Person && f.Source == redact.SourceModel {
			span := text[f.Start:f.End]
			n, han := 0, true
			for _, r := range span {
				n++
				han = han && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
			}
			if han && n > 5 || scriptStops[strings.ToLower(span)] {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// trimChineseCues drops a cue that a model's person opens with (我叫王小明 → 王小明).
func trimChineseCues(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Person {
			continue
		}
		for _, c := range chineseCues {
			if strings.HasPrefix(text[f.Start:f.End], c) && f.End-f.Start > len(c) {
				f.Start += len(c)
				break
			}
		}
	}
	return fs
}

// nameCues introduce a name in Arabic, Hebrew and Hindi: "my name is", "his name is", and
// titles. The one or two words after them are the name.
var nameCues = []string{"اسمي", "اسمه", "اسمها", "السيد", "السيدة", "الدكتور", "الدكتورة", "שמי", "קוראים לי", "מר", "גברת", "ד\"ר", "मेरा नाम", "मेरी नाम", "नाम:", "श्री", "श्रीमती", "डॉ.",
	// a record's patient, name and contact fields and "contact (with)", in Arabic, Hebrew, Hindi,
	// Persian (with its Mr and Mrs) and Thai (with its Mr and Miss, a space after them: Khun and
	// a title written onto the name, as Thai mostly writes them, run on into the words after it),
	// stop 28
	"المريض", "المريضة", "الاسم:", "جهة الاتصال:", "التواصل مع", "المريض:", "המטופל", "המטופלת", "שם:", "איש קשר:", "קשר עם",
	// and a Hebrew record's patient's field with its colon (stop 54: "שם המטופל: יוסי כהן")
	"המטופל:", "המטופלת:", "שם מלא:",
	"मरीज़", "मरीज", "रोगी", "संपर्क:", "بیمار", "نام:", "آقای", "خانم", "تماس:", "ผู้ป่วย", "ชื่อ:", "ติดต่อ", "กรุณาติดต่อ", "ผู้ติดต่อ:", "นาย", "นางสาว",
	// Thai's "my name is", as a man, a woman and a child say it (stop 49: "ผมชื่อ สมชาย ใจดี")
	"ผมชื่อ", "ฉันชื่อ", "ดิฉันชื่อ", "หนูชื่อ"}

// thaiTitles are Thai's Mr, Miss and Mrs and a boy's and a girl's, which Thai writes onto the
// given name ("นายสมชาย ใจดี"), longest first.
var thaiTitles = []string{"นางสาว", "นาย", "นาง", "ด.ช.", "ด.ญ."}

// thaiTitleWords are words that open with a title's letters and are no title and name: an
// employer, a prime minister, a broker, a registrar, a doctor, a district chief, a general, a
// nurse, a model, an angel, a beauty queen.
var thaiTitleWords = []string{"นายจ้าง", "นายก", "นายหน้า", "นายทะเบียน", "นายแพทย์", "นายอำเภอ", "นายพล", "นายทหาร", "นายร้อย", "นายสิบ",
	"นายท่าน", "นายประกัน", "นายตรวจ", "นายช่าง", "นายธนาคาร", "นายด่าน", "นางพยาบาล", "นางแบบ", "นางฟ้า", "นางงาม", "นางเอก", "นางกำนัล"}

// thaiTitledNames claims a Thai name with its title written onto it, where no cue opens it: the
// title and the given name as one word, a space, and the family name ("นายสมชาย ใจดี", stop 46).
// A word that only opens with a title's letters is none (thaiTitleWords: "นายจ้าง" is an
// employer), nor a given name without a family name after it.
func thaiTitledNames(text string, claims []redact.Finding) []redact.Finding {
	for _, t := range thaiTitles[:3] {
		if !strings.Contains(text, t) {
			continue
		}
	next:
		for cs := range occurrences(text, t) {
			if cs > 0 && isWordByteBefore(text, cs) {
				continue
			}
			for _, w := range thaiTitleWords {
				if strings.HasPrefix(text[cs:], w) {
					continue next
				}
			}
			if t == "นาง" && strings.HasPrefix(text[cs:], "นางสาว") {
				continue // read as Miss
			}
			given := cs + len(t)
			if r := firstRune(text[given:]); scriptOf(r) != sThai || !unicode.IsLetter(r) {
				continue // a space after the title is the cues' (cueWordNames)
			}
			e := scriptWord(text, given)
			if n := utf8.RuneCountInString(text[given:e]); n < 2 || n > 12 || e+1 >= len(text) || text[e] != ' ' {
				continue
			}
			end := scriptWord(text, e+1)
			if n := utf8.RuneCountInString(text[e+1 : end]); n < 2 || n > 15 || scriptOf(firstRune(text[e+1:])) != sThai {
				continue
			}
			claims = append(claims, claim(cs, end, shapeScore))
		}
	}
	return claims
}

// arabicParticles join an Arabic or Hebrew name's parts (a family's Al, a son's and a daughter's
// bin and bint, a father's Abu, its accusative Aba, a servant's Abd; Hebrew's Ben): they do not
// count among the name's words.
var arabicParticles = map[string]bool{"آل": true, "بن": true, "بنت": true, "ابن": true, "أبو": true, "ابو": true, "أبا": true, "عبد": true, "בן": true}

// nameWordStops are words that end a name read after a cue: the verbs and prepositions that
// follow it ("मेरा नाम राहुल शर्मा है").
var nameWordStops = map[string]bool{"है": true, "हूँ": true, "हूं": true, "था": true, "في": true, "من": true, "هو": true, "هي": true,
	// Thai's number, phone, polite particles, age, "live", "from", "is" (stop 49: "ฉันชื่อ มาลี เบอร์ …")
	"เบอร์": true, "โทร": true, "ครับ": true, "ค่ะ": true, "คะ": true, "อายุ": true, "อยู่": true, "จาก": true, "เป็น": true, "นะ": true}

// cueWordNames claims the one or two words after an Arabic, Hebrew or Hindi name cue, up to a
// stop word, punctuation or a word joined to a conjunction (وأعيش: "and I live").
func cueWordNames(text string, claims []redact.Finding) []redact.Finding {
	for _, c := range nameCues {
		for cs := range occurrences(text, c) {
			off := cs + len(c)
			if cs > 0 && isWordByteBefore(text, cs) && !conjoinedCue(text, cs) {
				continue // inside a longer word
			}
			start := skipBlanks(text, off)
			if start == off && !strings.HasSuffix(c, "ชื่อ") || start >= len(text) {
				continue // (Thai writes its "my name is" onto the name: "ผมชื่อสมชาย ใจดี")
			}
			end, words, read := start, 0, 0
			for words < 2 && read < 6 {
				e := scriptWord(text, end)
				w := text[end:e]
				r := firstRune(w)
				if e == end || nameWordStops[w] || words > 0 && (r == 'و' || r == 'ו' || uncasedStops[foldMarks(w)]) || !unicode.IsLetter(r) || r < utf8.RuneSelf {
					break
				}
				end, read = e, read+1
				if !arabicParticles[w] {
					words++ // a family's and a father's particle joins the words around it: واثق آل العسكري
				}
				if end >= len(text) || text[end] != ' ' {
					break
				}
				end++
			}
			if words == 2 && strings.HasSuffix(c, ":") && end < len(text) && end > start && text[end-1] == ' ' {
				// a label's value of three words that ends its field: "الاسم: أحمد محمد العلي،"
				// (stop 54: the family name had gone upstream)
				if e := scriptWord(text, end); e > end && !nameWordStops[text[end:e]] && unicode.IsLetter(firstRune(text[end:e])) && firstRune(text[end:e]) >= utf8.RuneSelf &&
					(e == len(text) || strings.HasPrefix(text[e:], "،") || text[e] == ',' || text[e] == '\n') {
					end = e
				}
			}
			for end > start && text[end-1] == ' ' {
				end--
			}
			for end > start && arabicParticles[text[strings.LastIndexByte(text[start:end], ' ')+start+1:end]] {
				end = max(start, strings.LastIndexByte(text[start:end], ' ')+start) // a particle the name stopped after
			}
			if words > 0 && end > start {
				claims = append(claims, claim(start, end, shapeScore))
			}
		}
	}
	return claims
}

// closedCues open a name that a word closes, a verb later in the sentence vouching for both:
// Hindi's and Persian's "please (with) … contact" (कृपया रोहन चोधरी से … संपर्क करें, لطفاً با رها
// عزیزی از طریق ایمیل … تماس بگیرید). The name is one to three words between them.
var closedCues = []struct{ cue, closer, verb string }{
	{"कृपया", "से", "संपर्क"},
	{"لطفاً با", "از", "تماس"},
	{"لطفا با", "از", "تماس"},
}

// closedCueStops are the pronouns, teams and offices one is asked to contact instead of a
// person: "कृपया हमारी टीम से संपर्क करें", "لطفاً با تیم پشتیبانی از طریق … تماس بگیرید".
var closedCueStops = wordSet("आप हम मुझ मुझे उन इस उस हमारी हमारे हमारा अपने अपनी किसी टीम विभाग सहायता ग्राहक सेवा हेल्पलाइन कार्यालय " +
	"ما من او شما آنها ایشان تیم پشتیبانی واحد بخش مدیر دفتر خدمات مشتریان")

// closedCueNames claims the names between closedCues and their closers.
func closedCueNames(text string, claims []redact.Finding) []redact.Finding {
	for _, c := range closedCues {
		for cs := range occurrences(text, c.cue) {
			if cs > 0 && isWordByteBefore(text, cs) {
				continue
			}
			start := skipBlanks(text, cs+len(c.cue))
			end, words := start, 0
			for words < 4 && end < len(text) {
				e := scriptWord(text, end)
				if e == end {
					break
				}
				if text[end:e] == c.closer {
					break
				}
				end, words = e, words+1
				if e >= len(text) || text[e] != ' ' {
					break
				}
				end++
			}
			name := strings.TrimRight(text[start:end], " ")
			if words < 2 || words > 3 || !strings.HasPrefix(text[start+len(name):], " "+c.closer+" ") ||
				slices.ContainsFunc(strings.Fields(name), func(w string) bool { return closedCueStops[w] }) {
				continue
			}
			rest := text[start+len(name):]
			for _, stop := range []string{"।", "\n", ". ", "? ", "! "} {
				if i := strings.Index(rest, stop); i >= 0 {
					rest = rest[:i] // the sentence, an email's periods inside it
				}
			}
			if strings.Contains(rest, c.verb) {
				claims = append(claims, claim(start, start+len(name), shapeScore))
			}
		}
	}
	return claims
}

// conjoinedCue reports a cue at text[cs] written onto a conjunction, as Arabic and Hebrew write
// "and" (و, ו) and "so" (ف) onto the next word: واسمي "and my name".
func conjoinedCue(text string, cs int) bool {
	r, n := utf8.DecodeLastRuneInString(text[:cs])
	return (r == 'و' || r == 'ف' || r == 'ו') && (cs == n || !isWordByteBefore(text, cs-n))
}

// koreanCues introduce a Korean name: a record's name, patient, customer and contact fields,
// and "my name is".
var koreanCues = []string{"이름:", "이름 :", "성명:", "성명 :", "담당자:", "환자:", "고객:", "보호자:", "제 이름은"}

// koreanCueNames claims two to four Hangul syllables after a cue when the first is a family name
// (성명: 김민수, 제 이름은 박지영입니다: the copula 입니다 and particles after the name stay out).
func koreanCueNames(text string, claims []redact.Finding) []redact.Finding {
	return cueNames(text, claims, koreanCues, koreanFamilies, func(start int) int {
		end, chars := start, 0
		for end < len(text) && chars < 4 {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !unicode.Is(unicode.Hangul, r) || chars >= 2 && koreanNameEnds(text[end:]) {
				break
			}
			end += n
			chars++
		}
		if chars >= 2 && chars <= 3 || chars == 4 && !isHangulAt(text, end) {
			return end
		}
		return -1
	})
}

// koreanNameEnds reports what follows a name in a Korean sentence at the start of s: the copula
// and the particles (입니다, 이에요, 은, 는, 이, 가, 을, 를, 의, 에게, 님, 씨).
func koreanNameEnds(s string) bool {
	for _, e := range []string{"입니다", "이에요", "예요", "이고", "은", "는", "이", "가", "을", "를", "의", "에게", "님", "씨"} {
		if strings.HasPrefix(s, e) {
			return true
		}
	}
	return false
}

func isHangulAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.Is(unicode.Hangul, r)
}

// chineseHonorifics are the honorifics of Chinese alone, whose names begin with a family name.
var chineseHonorifics = map[string]bool{"先生": true, "女士": true, "小姐": true, "老师": true, "同学": true}

// chineseFamilies are the commonest Chinese family names (which Japanese shares many of).
var chineseFamilies = runeSet("王李张劉刘陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯")

// koreanFamilies are the commonest Korean family names, in Hangul.
var koreanFamilies = runeSet("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부")

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

// japaneseSelfEnds end a speaker's own name in Japanese: "it is", "I am called" in its polite
// forms.
var japaneseSelfEnds = []string{"です", "と申します", "ともうします", "と言います", "といいます", "でございます"}

// japaneseSelfNames claims the name a speaker gives for themselves in Japanese, one of
// japaneseFamilies of two or three characters (not 森, "forest") and a given name of up to three Han characters or none, before one of
// japaneseSelfEnds, at the text's or a sentence's start, after a comma, "私は" (I am) or "の" (of:
// 担当の佐藤です, Sato in charge): "こんにちは、田中太郎です", "田中太郎と申します" (stop 45: the
// name had gone upstream). "学生です" (I am a student) opens with no family name.
func japaneseSelfNames(text string, claims []redact.Finding) []redact.Finding {
	for _, end := range japaneseSelfEnds {
		for k := range occurrences(text, end) {
			start, chars := runBefore(text, k, 5, unicode.Han)
			if chars < 2 {
				continue
			}
			family := ""
			for _, f := range [...]int{6, 9} { // two or three characters of three bytes
				if start+f <= k && japaneseFamilies[text[start:start+f]] {
					family = text[start : start+f]
				}
			}
			if family == "" {
				continue
			}
			before := text[:start]
			if before != "" && !strings.HasSuffix(before, "、") && !strings.HasSuffix(before, "。") && !strings.HasSuffix(before, "は") &&
				!strings.HasSuffix(before, "の") && !strings.HasSuffix(before, "\n") && !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "，") {
				continue
			}
			claims = append(claims, claim(start, k, shapeScore))
		}
	}
	return claims
}

// runBefore returns where the run of at most most characters of table that ends at end starts,
// and how many it holds.
func runBefore(text string, end, most int, table *unicode.RangeTable) (int, int) {
	start, n := end, 0
	for start > 0 && n < most {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.Is(table, r) {
			break
		}
		start -= size
		n++
	}
	return start, n
}
