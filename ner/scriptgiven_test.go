package ner

import "testing"

// TestListedScriptNames: in Arabic, Persian, Hebrew, Hindi, Thai and Georgian running text a
// given name of the lists opens a name with no label or title before it; a word of grammar ends
// it; an ordinary word that is also a given name, a street named after someone after its house
// number, and program messages give none (stop 31).
func TestListedScriptNames(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		// a given name and an unlisted family name; a listed one; the word of grammar after it
		{"أرسل أحمد الزهراني التقرير أمس.", []string{"PERSON:أحمد الزهراني"}, nil},
		{"דיברתי עם דוד כהן על החשבונית.", []string{"PERSON:דוד כהן"}, nil},
		{"राहुल शर्मा ने कल रिपोर्ट भेजी।", []string{"PERSON:राहुल शर्मा"}, []string{"PERSON:राहुल शर्मा ने"}},
		{"با علی محمدی درباره فاکتور صحبت کردم.", []string{"PERSON:علی محمدی"}, nil},
		{"გიორგი ბერიძე ხვალ მოვა.", []string{"PERSON:გიორგი ბერიძე"}, nil},
		// Thai writes "with" onto the name; a run that is a given name, then the family name
		{"ฉันคุยกับกฤตพร จันทา เรื่องใบแจ้งหนี้", []string{"PERSON:กฤตพร จันทา"}, nil},
		// Arabic's short vowels; "and" written onto a given name before a listed family name; a
		// particle of lineage and the name it links
		{"تحدثت مع أَحْمَد الزهراني.", []string{"PERSON:أَحْمَد الزهراني"}, nil},
		{"وصل خالد وعلي أبو داوود.", []string{"PERSON:علي أبو داوود"}, nil},
		// an ordinary word that is a given name: only after a greeting, thanks or a title
		{"धन्यवाद आशा।", []string{"PERSON:आशा"}, nil},
		{"संदेश की आशा कर रहा है", nil, []string{"PERSON:आशा", "PERSON:आशा कर"}},
		{"لا يدعم نظام الملفات الوصلات الرمزية.", nil, []string{"PERSON:نظام الملفات"}},
		{"خطوط الشجرة في مظهر الشجرة", nil, []string{"PERSON:مظهر الشجرة"}},
		{"लक्ष्य फ़ाइल एक सामान्य फ़ाइल नहीं है", nil, []string{"PERSON:एक सामान्य"}},
		// a street named after someone, after its house number; a date before a name is none
		{"पता: 19 माधव रंगन, अमरावती", nil, []string{"PERSON:माधव रंगन"}},
		{"از 2024/05/01 علی محمدی مدیریت پروژه را بر عهده می‌گیرد.", []string{"PERSON:علی محمدی"}, nil},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// TestScriptTowns: towns of the lists in Hebrew (with "to" or "from" written onto them), Thai
// (standing apart), Greek, Ukrainian (with the settlement's kind) and Hindi are places; a Thai
// word inside a phrase, a Hindi verb, and a village's name inside a longer finding are none
// (stop 31).
func TestScriptTowns(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"המשלוח הגיע לנורדיה הבוקר.", []string{"LOCATION:נורדיה"}, nil},
		{"הלקוח דוד כהן מחיפה.", []string{"PERSON:דוד כהן", "LOCATION:חיפה"}, nil},
		{"ลูกค้ามาจากเชียงใหม่ เมื่อวาน", []string{"LOCATION:เชียงใหม่"}, nil},
		{"0.0 หมายถึงไม่ให้เลย 1.0", nil, []string{"LOCATION:เลย"}},
		{"Η αποστολή έφτασε στον Βόλος σήμερα.", []string{"LOCATION:Βόλος"}, nil},
		{"Посилка прибула в місто Дубно вчора.", []string{"LOCATION:місто Дубно"}, nil},
		{"कर्सर ब्लिंक करना रोकें", nil, []string{"LOCATION:करना"}},
		{"Διεύθυνση: Πλατεία Μελεσών 600-167,, 86699 Ηγουμενίτσα", nil, []string{"LOCATION:Μελεσών"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// TestCJKListedNames: Chinese and Korean names of the lists in running text, with no honorific or
// label: a family character and a given name of two characters anywhere, of one where the name
// stands apart; a Korean name with a particle written onto it. Words that open as a name does are
// none: 由于, Japanese 平文, Korean 지정자 (stop 31).
func TestCJKListedNames(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"我和王秀英讨论了发票的问题。", []string{"PERSON:王秀英"}, nil},
		{"陳志偉負責這個專案。", []string{"PERSON:陳志偉"}, nil},
		{"请把合同发给李强。", []string{"PERSON:李强"}, nil},
		{"会议改到下周，王芳会参加。", []string{"PERSON:王芳"}, nil},
		{"김민준에게 계약서를 보내 주세요.", []string{"PERSON:김민준"}, nil},
		{"박서연의 보고서를 검토했습니다.", []string{"PERSON:박서연"}, nil},
		// Hangul's symbols, parenthesised and circled, are no word's (a Go test table's
		// `\u3200` decoded had cut a slice backwards, stop 56)
		{"㈀ 김민준에게 ㉠ 보내 주세요.", []string{"PERSON:김민준"}, nil},
		{"由于文件无法访问，构建失败。", nil, []string{"PERSON:于文"}},
		{"平文テキストのパスワード", nil, []string{"PERSON:平文"}},
		{"'/' 지정자는 마지막 값으로만 쓸 수 있습니다", nil, []string{"PERSON:지정자"}},
		{"这个项目下周开始。", nil, []string{"PERSON:项目"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// TestNamesBeforeHonorifics: the word before Hindi's जी and साहब and Persian's جان is a name,
// with a listed given name before it; Arabic's vocative makes a lone given name one; "yes",
// "thanks" and Persian's "enjoy" before them are none (stop 31).
func TestNamesBeforeHonorifics(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"कल शर्मा जी ने बैठक बुलाई।", []string{"PERSON:शर्मा"}, []string{"PERSON:कल शर्मा"}},
		{"रमेश कुमार जी आज नहीं आएंगे।", []string{"PERSON:रमेश कुमार"}, nil},
		{"वर्मा साहब से बात हुई।", []string{"PERSON:वर्मा"}, nil},
		{"مریم جان، فردا می‌بینمت.", []string{"PERSON:مریم"}, nil},
		{"يا خالد، هل وصلت؟", []string{"PERSON:خالد"}, nil},
		{"हाँ जी, ठीक है। धन्यवाद जी", nil, []string{"PERSON:हाँ", "PERSON:धन्यवाद"}},
		{"نوش جان!", nil, []string{"PERSON:نوش"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
