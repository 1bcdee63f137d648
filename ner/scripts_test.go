package ner

import "testing"

// TestLabelledScriptNames: a name after a record's name label in Chinese or Japanese is a person
// whatever its first character, and a Japanese given name in hiragana after a family name in Han
// before an honorific joins it; a label before no Han, one kana before an honorific, or a
// Chinese cue word before no family name, is none.
func TestLabelledScriptNames(t *testing.T) {
	text := "联系人：席旭（15995886504）\n氏名：井上太郎　電話：090\n担当者：西村里佳（x）\n佐藤さゆりさんの生年月日\n患者郭璐，出生于\n请联系吴丽华，邮箱\n氏名：ABC\nお疲れ様です"
	checkRuled(t, text, nil, "PERSON 席旭", "PERSON 井上太郎", "PERSON 西村里佳", "PERSON 佐藤さゆり", "PERSON 郭璐", "PERSON 吴丽华")
	// a patient's, an applicant's and a recipient's fields (stop 44)
	checkRuled(t, "患者：佐藤花子、生年月日\n申請者：高橋健一\n收件人：李华，地址", nil, "PERSON 佐藤花子", "PERSON 高橋健一", "PERSON 李华")
}

// TestJapaneseSelfNames: the name a speaker gives for themselves in Japanese, a listed family
// name first, before "です" or "と申します"; not a word before "です" (stop 45).
func TestJapaneseSelfNames(t *testing.T) {
	text := "こんにちは、田中太郎です。田中花子と申します。担当の佐藤です。学生です。森です。これは本田技研の車です。"
	checkRuled(t, text, nil, "PERSON 田中太郎", "PERSON 田中花子", "PERSON 佐藤")
}

// TestThaiTitledNames: a Thai name whose title Thai writes onto the given name, a space and the
// family name after it, where no cue opens it; a word that opens with a title's letters (an
// employer, a prime minister) or a given name alone is none (stop 46).
func TestThaiTitledNames(t *testing.T) {
	text := "เลขบัตรประชาชน 1-1004-01234-56-5 นายสมชาย ใจดี\nนางสาวสมหญิง รักดี โทร 081\nนางสมศรี มีสุข\nนายจ้าง ของฉัน\nนายกรัฐมนตรี ประยุทธ์\nนายสมชาย"
	checkRuled(t, text, nil, "PERSON นายสมชาย ใจดี", "PERSON นางสาวสมหญิง รักดี", "PERSON นางสมศรี มีสุข")
}

// TestStandaloneHanNames: two or three Han characters standing alone in Latin text, a common
// family name first and an English word before them, are a person; a Han run inside Chinese
// prose (its marks made ASCII, as the detector's normalisation makes them), after an article or
// an e-mail address, is not (stop 46).
func TestStandaloneHanNames(t *testing.T) {
	text := "Delivery: 王小明, Shanghai. Contact 李华 or 张伟 for details.\n今天王小明来了。\nIt is the 王国 here\n请把发票发到vchang@example.net, 谢谢!"
	checkRuled(t, text, nil, "PERSON 王小明", "PERSON 李华", "PERSON 张伟")
}
