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
