package ner

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/ner/names"
	"github.com/veil-gateway/veil/redact"
)

// Names in running text of scripts without capitals (stop 31). Arabic, Persian, Hebrew, the
// Indic scripts, Thai and Georgian give a name no capital, so the cue rules (scripts.go) find one
// only after a label, a title or "my name is"; a sentence that names someone as its subject, or as
// the one spoken with, gave no sign at all ("أرسل أحمد الزهراني التقرير أمس", "דיברתי עם דוד כהן",
// "राहुल शर्मा ने रिपोर्ट भेजी"). Here a word that is a given name of Faker's lists in those
// scripts (names.ScriptGiven) opens a name:
//   - the word after it is the family name unless it is a word of grammar (uncasedStops: "في",
//     "ने", "של", "را", "จะ"), and up to two more join when the lists hold them or a particle of
//     lineage links them (بن, أبو, آل, בן);
//   - a given name that is also one of its language's ordinary words (uncasedHomographs: نور
//     "light", صالح "valid", पूजा "worship", אור "light", پیام "message") opens a name only when
//     the lists hold the word after it, or after a greeting, thanks or a title (cueBefore);
//   - a given name alone, a word of grammar after it, is a name only after such a cue
//     ("धन्यवाद आशा");
//   - not right after a house number (a street named after someone), and an unlisted Arabic
//     word in ة is no family name (مظهر الشجرة, "the tree's look");
//   - Arabic and Hebrew write "and" onto the next word (وأحمد, ודוד), and Thai writes a title or
//     a word onto a name without a space (คุณสมชาย, กับสมชาย): the name is read past them, the
//     first only before a family name the lists hold.

// uncased reports the scripts without capitals this rule reads.
func uncased(r rune) bool {
	switch {
	case r >= 0x590 && r <= 0x5FF, r >= 0x600 && r <= 0x6FF, r >= 0x900 && r <= 0xB7F /* Devanagari to Odia */, r >= 0xB80 && r <= 0xBFF,
		r >= 0xE00 && r <= 0xE7F, r >= 0x10A0 && r <= 0x10FF:
		return true
	}
	return false
}

// scriptGiven and scriptFamily are names.ScriptGiven's and names.ScriptFamily's sets, made on
// first use (a text in one of these scripts).
var (
	scriptGiven  = sync.OnceValue(func() map[string]bool { return setOf(names.ScriptGiven) })
	scriptFamily = sync.OnceValue(func() map[string]bool { return setOf(names.ScriptFamily) })
)

// lineage are the particles that link an Arabic or Hebrew name's parts; a name does not open
// with one, and one joins the word after it.
var lineage = wordSet("آل بن بنت ابن أبو ابو أبا ابا عبد בן בת אבו אבן אל")

// compoundTails end a compound given name and are no given name alone (نور الدين, عبد الله).
var compoundTails = wordSet("الدين الله الرحمن الرحيم")

// uncasedHomographs are given names of the lists that are also ordinary words of their language,
// often in program messages and prose: adjectives, nouns and verbs. Alone they are no name.
var uncasedHomographs = wordSet(
	// Arabic: light, hope, happy, generous, beautiful, morning, joy, guidance, wish, loyalty,
	// faith, trustworthy, good, valid, just, virtuous, praised, content, peace, dear, honourable,
	// sensible, noble, glory, victorious, life, success, feast, moon, sun, rose, mercy, fragrance,
	// breeze, goodness, happiness, kind, firm, clear, new, master, star, gift, rain, lion, knowledge
	"نور أمل امل سعيد كريم جميل جميلة صباح فرح هدى منى وفاء إيمان ايمان أمين امين حسن حسين صالح عادل فاضل محمود رضا سلام سلامة عزيز عزيزة " +
		"شريف رشيد نبيل مجد منصور حياة نجاح عيد بدر قمر شمس ورد رحمة عبير نسيم خير خيري سعادة لطيف ثابت جديد سيد نجم نجمة هدية مطر أسد " +
		"علم سامي غالي رائد ماهر باسم هادي وحيد نادر ناجح قاسم عالم فائز صابر شاكر كامل كاملة مختار مأمون أنيس وديع ثامر زاهر ساهر " +
		// and, read off program messages (scripts/i18n-corpus.py): system, directory, sound
		// (valid), complete, improvement, joining, symbolic, name (accusative), skipping, big, left,
		// a solution, enhanced
		"نظام دليل سليم تمام تحسين واصل رمزي اسما تخطي كبير يسار جود رجاء مظهر صاحب حلا محسن " +
		// Persian: hope, spring, dawn, kindness, wish, joy, star, rain, bright (also "on"), message,
		// sky, moon, sea, flower, friend, victory, gold, life, freedom, smile, light, new
		"امید بهار سحر مهر آرزو شادی ستاره باران روشن پیام آسمان ماه دریا گل دوست پیروز طلا زندگی آزاد لبخند روشنک تازه نیک شاد بلند شامل " +
		// Hebrew: light, dew, grace, song, age, sea, dawn, spring, oak, lightning, wave, amber,
		// stream, palm, almond, generation, joy, truth, peace, gift, life, glory, mercy
		"אור טל חן שיר גיל ים שחר אביב אלון ברק גל ענבר יובל תמר שקד דור שמחה אושר נועם זיו רז הדר אמת שלום מתנה חיים הוד רחמים אמיר " +
		"נוי חג פז דגן שני עומר כרמל מעיין אגם ליבנה נחל סתיו ברוך אמור בר אמיתי קדם " +
		// Hindi, Nepali and the other Indic scripts: hope, ray, lamp, sun, lotus, king, love,
		// immortal, victory, peace, worship, light, flower, dear, illusion, song, limit, line,
		// poem, pearl, diamond, creeper, compassion, grace, moon, sky, earth, wealth, friend
		"आशा किरण दीपक सूरज कमल राजा प्रेम अमर विजय जय शांति शान्ति पूजा ज्योति रवि सुमन प्रिया माया गीता सीमा रेखा कविता मोती हीरा लता " +
		"करुणा कृपा चंदा चाँद आकाश धरती धन मित्र सागर पवन अमृत आनंद आनन्द मंगल सुख सत्य नीति रत्न भाग्य " +
		// and, read off program messages: image, shadow, entry, complete, hear
		"छवि छाया प्रवेश पूर्ण सुन जनक सफलता",
)

// uncasedStops are the words of grammar that follow a name and never are part of it: particles,
// postpositions, prepositions, pronouns, auxiliaries and the words of address that come after a
// name ("{P} عزیز", "राहुल जी").
var uncasedStops = wordSet(
	// Arabic
	"في من إلى الى على عن مع هو هي هم أن إن ان لا لم لن ما هذا هذه ذلك تلك التي الذي قد كان كانت و أو او ثم بعد قبل عند حتى كل " +
		"بين غير أي أيضا ايضا منذ حول خلال لدى اليوم غدا غدًا أمس الآن هنا هناك جدا يا " +
		// and the verbs a sentence puts after its subject (stop 36: "المريض محمد قال", said):
		// said, says, went, came, arrived, called, wrote, asked, wants, works, lives, travelled
		"قال قالت يقول تقول ذهب ذهبت جاء جاءت وصل وصلت اتصل اتصلت كتب كتبت سأل سألت يريد تريد يعمل تعمل يسكن تسكن سافر سافرت " +
		// Persian
		"در به از که را با این آن است هست بود برای تا یا هم نیز اما بر پس چه هر می خود شد شده کرد کند باید یک ما شما او آنها من تو " +
		"عزیز عزیزم جان امروز فردا دیروز " +
		// and the verbs and the light verbs' nouns that follow a subject or an object (stop 57:
		// "فاطمه رفتم" and "محمدرضا صحبت" had been read as names): went, came, said, saw, wrote,
		// asked, arrived, talk, call, contact, meeting, living, work
		"رفت رفتم رفتی رفتیم رفتند آمد آمدم آمدند گفت گفتم گفتند دید دیدم دیدند نوشت نوشتم پرسید پرسیدم رسید رسیدم " +
		"صحبت زنگ تماس ملاقات زندگی کار " +
		// Hebrew
		"של את עם על אל זה זו הוא היא הם הן אני אתה את לא כן גם או אבל כי אם מה מי כל עוד רק אחרי לפני היום מחר אתמול עכשיו כאן שם " +
		"היקר היקרה ו ב ל לי לך לו לה " +
		// said, went, came, called, wrote, asked, wants, lives; on holiday, ill, at home (not
		// עובד, "works", a family name too: נאור עובד)
		"אמר אמרה הלך הלכה בא באה התקשר התקשרה כתב כתבה שאל שאלה רוצה גר גרה בחופשה בחופש חולה בבית " +
		// Hindi and Nepali
		"ने को से का की के में पर है हैं था थी थे और या भी तो ही यह वह ये वे जो कि हम आप मैं तुम इस उस जी साहब कल आज अब नहीं " +
		"ले लाई छ छन् हो र पनि एक",
)

// thaiStops open a Thai run that follows a name, which Thai writes on without spaces: will,
// that, and, or, of, in, with, is, has, gives, goes, comes, already, not.
var thaiStops = []string{"จะ", "ที่", "และ", "หรือ", "ของ", "ใน", "กับ", "ได้", "ไม่", "เป็น", "มี", "ให้", "ว่า", "คือ", "ไป", "มา", "แล้ว", "ครับ", "ค่ะ", "คะ"}

// thaiLeads are written onto a Thai name without a space: Khun and the titles, "dear" of a
// letter, "with", "thanks", "hello".
var thaiLeads = []string{"คุณ", "นาย", "นางสาว", "นาง", "ด.ช.", "ด.ญ.", "เรียน", "กับ", "ขอบคุณ", "สวัสดี", "ถึง"}

// addressCues come right before a name and make a homograph one, or a given name alone one:
// greetings, thanks, titles and Arabic's vocative ("مرحباً نور", "תודה אור", "प्रिय आशा", "يا خالد").
var addressCues = wordSet("مرحبا مرحباً أهلا أهلاً عزيزي عزيزتي شكرا شكراً السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة الآنسة يا " +
	"سلام ممنون آقای خانم دکتر مهندس " +
	"שלום תודה לכבוד מר גברת ד\"ר " +
	"नमस्ते नमस्कार प्रिय धन्यवाद श्री श्रीमती सुश्री डॉ डॉ. डॉक्टर " +
	"คุณ เรียน สวัสดี ขอบคุณ")

// foldMarks drops Arabic's short vowels, shadda, superscript alef and tatweel and Hebrew's
// points from w, as the lists are written; most words have none and come back as they are.
func foldMarks(w string) string {
	if strings.IndexFunc(w, pointed) < 0 {
		return w
	}
	return strings.Map(func(r rune) rune {
		if pointed(r) {
			return -1
		}
		return r
	}, w)
}

func pointed(r rune) bool {
	return r >= 0x64B && r <= 0x65F || r == 0x670 || r == 0x640 || r >= 0x5B0 && r <= 0x5C7 && r != 0x5BE
}

// listedScriptNames claims the names that names.ScriptGiven's given names open.
func listedScriptNames(text string, claims []redact.Finding) []redact.Finding {
	next := 0 // where the last name ends: the words before it are read
	for i, e := range scriptWords(text, uncased) {
		if i < next {
			continue
		}
		if w := foldMarks(text[i:e]); w == "عبد" && !afterNumber(text, i) {
			// a compound given name, "servant of" and one of the names of God (عبد الرحيم, عبد
			// العزيز), its family name after it or a cue before it: the lists hold the compounds'
			// tails as no given name alone
			if ce := abdTail(text, e); ce > e {
				if end, words, _ := familyAfter(text, ce, false); words > 0 || cueBefore(text, i) {
					claims = append(claims, claim(i, end, shapeScore))
					next = end
				}
				continue
			}
		}
		if start, joined, ok := givenAt(text, i, e); ok && !afterNumber(text, start) {
			end, words, listed := familyAfter(text, e, false)
			cue := !joined && cueBefore(text, start)
			ordinary := uncasedHomographs[foldMarks(text[start:e])]
			role := !joined && !ordinary && wordBeforeIn(text, start, roleCues) // "העובד נאור בחופשה": a role noun before a given name alone
			// a given name alone, in Arabic's script or Hebrew, where the lists' homographs are
			// words (stop 57: "تحدثت مع محمد أمس", "דיברתי עם דוד אתמול" had masked nothing); the
			// Indic scripts' given names are as often the language's words (प्रकाश, "light")
			r := firstRune(text[start:e])
			lone := words == 0 && !ordinary && !joined && utf8.RuneCountInString(text[start:e]) >= 3 && (r >= 0x5D0 && r <= 0x5EA || r >= 0x620 && r <= 0x6FF)
			if listed || words > 0 && (cue || !ordinary && !joined) || cue || role || lone {
				claims = append(claims, claim(start, end, shapeScore))
				next = end
			}
		}
	}
	return claims
}

// abdTail returns where the word after "عبد" ending at e ends when it is the definite name of
// a compound given name (الرحيم, العزيز, الله), or e.
func abdTail(text string, e int) int {
	if e+1 >= len(text) || text[e] != ' ' {
		return e
	}
	ne := scriptWord(text, e+1)
	if w := foldMarks(text[e+1 : ne]); strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4 {
		return ne
	}
	return e
}

// afterNumber reports a number right before text[start:], a space between: a street named
// after someone, after its house number ("पता: 19 माधव रंगन, अमरावती").
func afterNumber(text string, start int) bool {
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == start || j == 0 || text[j-1] < '0' || text[j-1] > '9' {
		return false
	}
	seps := 0 // a date has two separators (2024/05/01), a house number one at most (84/1979)
	for k := j - 1; k >= 0 && text[k] != ' '; k-- {
		if text[k] == '/' || text[k] == '-' || text[k] == '.' {
			seps++
		}
	}
	return seps < 2
}

// givenAt reports where a given name opens in the word text[i:e]: at i, or after "and" or a Thai
// title or word written onto it (joined).
func givenAt(text string, i, e int) (start int, joined, ok bool) {
	w := foldMarks(text[i:e])
	if givenName(w) {
		return i, false, true
	}
	if andGiven(w) {
		_, n := utf8.DecodeRuneInString(text[i:]) // و and ו are two bytes, and carry no points
		return i + n, true, true
	}
	if r := firstRune(w); r >= 0xE00 && r <= 0xE7F {
		for _, lead := range thaiLeads {
			if k := strings.LastIndex(w, lead); k >= 0 && givenName(w[k+len(lead):]) {
				return i + k + len(lead), false, true
			}
		}
	}
	return 0, false, false
}

// givenName reports a listed given name that may open a name: no particle, compound's tail or
// word of grammar; and the parts after a hyphen, given names too (שי-לי).
func givenName(w string) bool {
	first, rest, _ := strings.Cut(w, "-")
	if !scriptGiven()[first] || lineage[first] || compoundTails[first] || uncasedStops[first] {
		return false
	}
	for part := range strings.SplitSeq(rest, "-") {
		if part != "" && !scriptGiven()[part] {
			return false
		}
	}
	return true
}

// familyAfter reads the family name after a given name ending at e: the next word unless it is a
// word of grammar, then up to two more that the lists hold or a particle links. It returns the
// name's end, how many words it took and whether the lists hold one of them (or a particle of
// lineage links them). linked is set where it reads on after a particle, where a word must
// follow and, in Hebrew script (whose בן, אל and אבו are also "son", "to" and a word of grammar),
// be one the lists hold.
func familyAfter(text string, e int, linked bool) (end, words int, listed bool) {
	end = e
	for words < 3 {
		if end >= len(text) || text[end] != ' ' {
			break
		}
		s := end + 1
		ne := scriptWord(text, s)
		if ne == s {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[s:])
		if !uncased(r) {
			break
		}
		w := foldMarks(text[s:ne])
		known := scriptFamily()[w] || scriptGiven()[w] && !uncasedHomographs[w] && !uncasedStops[w]
		if lineage[w] || compoundTails[w] && words == 0 {
			// a particle and the words it links, or a compound's tail and the family name after
			if pe, pw, _ := familyAfter(text, ne, lineage[w]); pw > 0 {
				return pe, words + 1 + pw, true
			}
			if lineage[w] {
				break
			}
		}
		if uncasedStops[w] || thaiStop(w) || linked && words == 0 && r <= 0x5FF && !known || andGiven(w) {
			break
		}
		if words > 0 && !known || !known && strings.HasSuffix(w, "ة") {
			break // an Arabic noun in ة is no family name: مظهر الشجرة, "the tree's look"
		}
		end, words, listed = ne, words+1, listed || known
	}
	return end, words, listed
}

// andGiven reports "and" written onto a given name (وعلي, ודוד): another name begins.
func andGiven(w string) bool {
	for _, and := range []string{"و", "ו"} {
		if rest, ok := strings.CutPrefix(w, and); ok && givenName(rest) {
			return true
		}
	}
	return false
}

func thaiStop(w string) bool {
	if r := firstRune(w); r < 0xE00 || r > 0xE7F {
		return false
	}
	for _, s := range thaiStops {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// cueBefore reports a greeting, thanks or title right before text[start:], a space, a comma or a
// colon between, or written onto the name as Thai writes them.
func cueBefore(text string, start int) bool {
	return wordBeforeIn(text, start, addressCues)
}

// roleCues are the role nouns, with their article, that a person's name follows in Arabic, Hebrew,
// Persian and Hindi: patient, employee, client, customer, student, colleague (stop 36: "המטופל
// דוד", "الموظف عبد المجيد"); a cue for a given name that is no ordinary word.
var roleCues = wordSet("المريض المريضة الموظف الموظفة العميل العميلة الزبون الزبونة الطالب الطالبة الزميل الزميلة " +
	"המטופל המטופלת העובד העובדת הלקוח הלקוחה התלמיד התלמידה " +
	"بیمار مشتری کارمند همکار " +
	"मरीज़ मरीज ग्राहक कर्मचारी छात्र छात्रा")

// wordBeforeIn reports a word of cues right before text[start:], across spaces, a colon or a
// comma, or a Thai lead written onto the name.
func wordBeforeIn(text string, start int, cues map[string]bool) bool {
	j := start
	for j > 0 && (text[j-1] == ' ' || text[j-1] == ':' || text[j-1] == ',') {
		j--
	}
	if j == start && j > 0 {
		// written onto the name: a Thai lead
		for _, lead := range thaiLeads {
			if strings.HasSuffix(text[:j], lead) {
				return true
			}
		}
		return false
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:k])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '"' && r != '.' {
			break
		}
		k -= n
	}
	return cues[foldMarks(text[k:j])]
}

// honorificsAfter follow a name in Hindi (जी, साहब) and Persian (جان "dear", خانم "Ms", آقا
// "Mr": "مریم جان", "علی آقا"). Urdu's صاحب is left out: in Arabic it is "owner" ("زر الراديو صاحب
// المجموعة", "the radio button that owns the group").
var honorificsAfter = wordSet("जी साहब साहिब جان خانم آقا")

// honorificNonNames take those words after them and are no names: yes, no, hello, thanks, fine,
// and Persian's "enjoy" (نوش جان).
var honorificNonNames = wordSet("हाँ हां नहीं नमस्ते नमस्कार धन्यवाद शुक्रिया अच्छा ठीक जी نوش")

// namesBeforeHonorifics claims the word before an honorific that follows a name, and a listed
// given name before that word ("शर्मा जी", "रमेश कुमार जी", "वर्मा साहब", "مریم جان"), whether
// or not the lists know the name.
func namesBeforeHonorifics(text string, claims []redact.Finding) []redact.Finding {
	w1s, w1e, w2s, w2e := -1, -1, -1, -1 // the two words before the one read, -1 when none
	for i, e := range scriptWords(text, uncased) {
		// a name stands a single space before its honorific, and a given name one before it
		if honorificsAfter[foldMarks(text[i:e])] && w1s >= 0 && text[w1e:i] == " " {
			prev := foldMarks(text[w1s:w1e])
			if !uncasedStops[prev] && !honorificNonNames[prev] && !uncasedHomographs[prev] && !lineage[prev] {
				start := w1s
				if w2s >= 0 && text[w2e:w1s] == " " && givenName(foldMarks(text[w2s:w2e])) {
					start = w2s
				}
				claims = append(claims, claim(start, w1e, shapeScore))
			}
		}
		w2s, w2e, w1s, w1e = w1s, w1e, i, e
	}
	return claims
}
