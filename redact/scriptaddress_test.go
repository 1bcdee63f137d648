package redact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestScriptAddresses: street addresses in Chinese, Japanese, Korean, Russian, Ukrainian, Greek
// and Hebrew are found from their numbers (with the settlement before a Russian street, and the
// town and postcode after one), the sentence around them left out; numbers in such text that are no
// address are not.
func TestScriptAddresses(t *testing.T) {
	checkMasked(t, []maskCase{
		{"我住在北京市朝阳区建国路88号3栋502室，电话13812345678", []string{"STREET_ADDRESS 北京市朝阳区建国路88号3栋502室", "PHONE_NUMBER 13812345678"}},
		{"送り先：東京都渋谷区神南1-2-3 渋谷ビル5階", []string{"STREET_ADDRESS 東京都渋谷区神南1-2-3 渋谷ビル5階"}}, // the building and its floor too
		{"愛媛県袖ケ浦市東和町31丁目9番18号 アーバン上高野887", []string{"STREET_ADDRESS 愛媛県袖ケ浦市東和町31丁目9番18号 アーバン上高野887"}},
		// hiragana inside a place's names, and a particle before them (stop 27)
		{"住所：長野県いすみ市勝どき3丁目19番17号", []string{"STREET_ADDRESS 長野県いすみ市勝どき3丁目19番17号"}},
		{"住所は長野県中央区勝どき28丁目26番1号です", []string{"STREET_ADDRESS 長野県中央区勝どき28丁目26番1号"}},
		{"茨城県袖ケ浦市北上野41丁目16番3号 丸の内ＪＰタワーハイツ204", []string{"STREET_ADDRESS 茨城県袖ケ浦市北上野41丁目16番3号 丸の内ＪＰタワーハイツ204"}},
		{"神南1-2-3 の 5 人", nil}, // no block without a prefecture's or a ward's mark
		// a Chinese address whose only number is its postcode
		{"Ship to: 江苏省淑华市永川罗街I座 762328", []string{"STREET_ADDRESS 江苏省淑华市永川罗街I座 762328"}},
		{"订单 762328 已发货", nil},
		// Korean: 가 and 거리 end a road after a city's or district's name; the neighbourhood in brackets
		{"경상남도 천안시 동남구 개포232가 164", []string{"STREET_ADDRESS 경상남도 천안시 동남구 개포232가 164"}},
		{"울산광역시 영등포구 삼성로 688 (영희이마을)", []string{"STREET_ADDRESS 울산광역시 영등포구 삼성로 688 (영희이마을)"}},
		{"친구가 3 명 왔어요", nil},
		// Armenian and Georgian: the street's name, then the number
		{"Ship to: ք. Գավառ, Նորքի 468, բն. 95", []string{"STREET_ADDRESS ք. Գավառ, Նորքի 468, բն. 95"}},
		{"գ. Մերձավան, Կոտայքի մարզ, 0434, Քաջազնունու 258", []string{"STREET_ADDRESS գ. Մերձավան, Կոտայքի մարզ, 0434, Քաջազնունու 258"}},
		{"Ship to: ხუდადოვის ქ. 90, დედოფლისწყარო", []string{"STREET_ADDRESS ხუდადოვის ქ. 90, დედოფლისწყარო"}},
		{"Էջ 5, գլուխ 3; თავი 12, გვერდი 4", nil}, // a page and a chapter
		// Russian and Ukrainian streets with an initial, a word in lower case, an ordinal, a park
		{"Ship to: клх Ямбург, пр. К.Маркса, д. 5 к. 1/1, 547499", []string{"STREET_ADDRESS клх Ямбург, пр. К.Маркса, д. 5 к. 1/1, 547499"}},
		{"Ship to: вулиця Восьмого березня 2-й, буд. 34, Рудки, 58168", []string{"STREET_ADDRESS вулиця Восьмого березня 2-й, буд. 34, Рудки, 58168"}},
		{"провулок Лінія 33-тя, буд. 991 кв. 394", []string{"STREET_ADDRESS провулок Лінія 33-тя, буд. 991 кв. 394"}},
		{"парк Бориса Літвака, буд. 16 кв. 0", []string{"STREET_ADDRESS парк Бориса Літвака, буд. 16 кв. 0"}},
		{"вулиця Хрещатик відома всім; парк Горького закритий до 5", nil},
		// Taiwan's postcode before, a section's number and a sub-number; China's postcode after
		{"Ship to: 298 北港市長春街5段750號之6 今天", []string{"STREET_ADDRESS 298 北港市長春街5段750號之6"}},
		{"寄到 北京市朝阳区建国路88号 100020，谢谢", []string{"STREET_ADDRESS 北京市朝阳区建国路88号 100020"}},
		{"住所は大阪府大阪市北区梅田3丁目1番3号です", []string{"STREET_ADDRESS 大阪府大阪市北区梅田3丁目1番3号"}},
		{"주소: 서울특별시 강남구 테헤란로 123, 연락처 010-1234-5678", []string{"STREET_ADDRESS 서울특별시 강남구 테헤란로 123", "PHONE_NUMBER 010-1234-5678"}},
		{"Мой адрес: г. Москва, ул. Тверская, д. 7, кв. 12.", []string{"STREET_ADDRESS г. Москва, ул. Тверская, д. 7, кв. 12"}},
		{"Ship to: п. Чокурдах, наб. Совхозная, д. 8 к. 2, 669725 please", []string{"STREET_ADDRESS п. Чокурдах, наб. Совхозная, д. 8 к. 2, 669725"}},
		{"Адреса: узвіз Теплична, буд. 91, Підгайці, 02725.", []string{"STREET_ADDRESS узвіз Теплична, буд. 91, Підгайці, 02725"}},
		{"Ship to: Σκαλοχωρίου 90, ΤΚ 483 37 Ναύπλιο", []string{"STREET_ADDRESS Σκαλοχωρίου 90, ΤΚ 483 37 Ναύπλιο"}},
		{"Παλαιάς Φωκαίας 69-72, 10273 Ιωάννινα.", []string{"STREET_ADDRESS Παλαιάς Φωκαίας 69-72, 10273 Ιωάννινα"}},
		{"Ship to: שיזף 91, משמר העמק, 8337887", []string{"STREET_ADDRESS שיזף 91, משמר העמק, 8337887"}},
		{"כתובת: ביל\"ו 46, דוב\"ב, 8236013", []string{"STREET_ADDRESS ביל\"ו 46, דוב\"ב, 8236013"}},                                      // gershayim typed as a quote (stop 36)
		{"с. Тикси, алл. Брянская, д. 3/2 стр. 5/3, 809679", []string{"STREET_ADDRESS с. Тикси, алл. Брянская, д. 3/2 стр. 5/3, 809679"}}, // аллея; д., a village before the street (stop 36)
		{"д. Холмск, ул. Коммунаров, д. 67", []string{"STREET_ADDRESS д. Холмск, ул. Коммунаров, д. 67"}},
		{"כתובת: החצב 42, עין אל-אסד, 1798887.", []string{"STREET_ADDRESS החצב 42, עין אל-אסד, 1798887"}}, // a town with a hyphen (stop 32)
		{"Σελίδα 12, 10000 λέξεις; Κεφάλαιο 3 και 4; עמוד 5, 1234567 שורות; Москва, 123456 жителей", nil},
		{"Адрес: Київ, вул. Хрещатик, 22", []string{"STREET_ADDRESS вул. Хрещатик, 22"}},
		{"第3章共12页，版本2-1-0；모두 3 명; ул. — 5", nil},
	})
}

// maskCase is a text and what the recognizers mask in it, as "TYPE text".
type maskCase struct {
	text string
	want []string
}

// checkMasked runs the recognizers over each case's text and compares what they mask.
func checkMasked(t *testing.T, cases []maskCase) {
	t.Helper()
	det := NewDetector(Patterns{})
	for _, tc := range cases {
		if diff := cmp.Diff(tc.want, masked(t, det, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestPostcodeScriptAddresses: a Thai, South Asian or Iranian address in its own script, from the
// house number to the postcode, on one line or on lines of its own, after English or after the
// script's word for an address; amounts, counts and pages in a sentence of the script are none.
func TestPostcodeScriptAddresses(t *testing.T) {
	checkMasked(t, []maskCase{
		{"I live at 97/9 ถ.ศรีอุ่น ต.วัดโนนสูง อ.ภูเขียว สงขลา 98760 now.", []string{"STREET_ADDRESS 97/9 ถ.ศรีอุ่น ต.วัดโนนสูง อ.ภูเขียว สงขลา 98760"}},
		{"Ship to: 35 หมู่ 04 ถ.ถมังรักษสัตว์ ต.ป่าห้วยยอด อ.ห้วยขวาง จ.นราธิวาส 54110", []string{"STREET_ADDRESS 35 หมู่ 04 ถ.ถมังรักษสัตว์ ต.ป่าห้วยยอด อ.ห้วยขวาง จ.นราธิวาส 54110"}},
		{"ที่อยู่ 5 ถนนธรรมฤดี ต.นาวง อ.สามโคก จ.พัทลุง 78690 ค่ะ", []string{"STREET_ADDRESS 5 ถนนธรรมฤดี ต.นาวง อ.สามโคก จ.พัทลุง 78690"}},
		{"Ship to: 10/27 राजन जोशी, मोकामा-686958", []string{"STREET_ADDRESS 10/27 राजन जोशी, मोकामा-686958"}},
		{"पता: 4369 साहा, पाकाला 368733।", []string{"STREET_ADDRESS 4369 साहा, पाकाला 368733"}}, // the danda after the PIN (stop 32)
		{"Address:\n97/91 दुर्गा सेनगुप्ता\nअलीगढ 887623\nThanks!", []string{"STREET_ADDRESS 97/91 दुर्गा सेनगुप्ता\nअलीगढ 887623"}},
		{"मेरा पता 97/91 दुर्गा सेनगुप्ता, अलीगढ 887623 है", []string{"STREET_ADDRESS 97/91 दुर्गा सेनगुप्ता, अलीगढ 887623"}},
		{"آدرس: 0479 عبدالمالکی کوه، باغات حسین، ایلام 10273", []string{"STREET_ADDRESS 0479 عبدالمالکی کوه، باغات حسین، ایلام 10273"}},
		{"Ship to: 9791 محمدپارسا جنب, جنوب طاها, همدان 8762328601", []string{"STREET_ADDRESS 9791 محمدپارسا جنب, جنوب طاها, همدان 8762328601"}},
		// amounts, counts and pages
		{"ราคา 500 บาท รวม 12000 บาท", nil},
		{"ฉันมี 3 แมว และ 12345 ปัญหา", nil},
		{"कुल 250 रुपये, बकाया 125000", nil},
		{"मेरे पास 3 किताबें हैं, कुल 100000.", nil},
		{"قیمت 500 تومان، جمع 25000 تومان", nil},
		{"صفحه 12 از کتاب، شماره 12345", nil},
	})
}
