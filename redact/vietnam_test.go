package redact

import "testing"

// TestVietnameseAddresses: a Vietnamese address from "số" or the number through the street's
// name, the ward's, the district's and the province's parts and the city; not a number and
// capitalised words without Vietnam's letters or parts (stop 45).
func TestVietnameseAddresses(t *testing.T) {
	checkMasked(t, []maskCase{
		{"Địa chỉ: số 25 đường Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội", []string{"STREET_ADDRESS số 25 đường Lý Thường Kiệt, quận Hoàn Kiếm, Hà Nội"}},
		// a lane's and an alley's numbers before the street, districts without their word, a
		// label in capitals after (stop 52)
		{"địa chỉ 12 Ngõ 34 Phố Huế, Hai Bà Trưng, Hà Nội, SĐT 0912", []string{"STREET_ADDRESS 12 Ngõ 34 Phố Huế, Hai Bà Trưng, Hà Nội"}},
		{"số 8 ngách 12 ngõ 45 Nguyễn Trãi, Thanh Xuân, Hà Nội", []string{"STREET_ADDRESS số 8 ngách 12 ngõ 45 Nguyễn Trãi, Thanh Xuân, Hà Nội"}},
		{"Tôi sống ở 12 phố Huế, Hà Nội.", []string{"STREET_ADDRESS 12 phố Huế, Hà Nội"}},
		{"địa chỉ 117 Phan Đình Phùng, phường Quán Thánh, 100000.", []string{"STREET_ADDRESS 117 Phan Đình Phùng, phường Quán Thánh, 100000"}},
		{"Giao tới 123 Nguyễn Huệ, Quận 1, TP.HCM nhé", []string{"STREET_ADDRESS 123 Nguyễn Huệ, Quận 1, TP.HCM"}},
		{"25/3 Lê Lợi, P. Bến Thành, Q. 1, TP. Hồ Chí Minh", []string{"STREET_ADDRESS 25/3 Lê Lợi, P. Bến Thành, Q. 1, TP. Hồ Chí Minh"}},
		{"We have 25 Nguyễn in class and 12 Café Lumière rooms", nil},
	})
}

// TestHebrewStreetWords: a Hebrew street its word names is an address without a postcode, the
// prefix "in" left out; a word and a number alone are none (stop 45).
func TestHebrewStreetWords(t *testing.T) {
	checkMasked(t, []maskCase{
		{"שלום, גר ברחוב הרצל 12 עם המשפחה", []string{"STREET_ADDRESS רחוב הרצל 12"}},
		{"בשדרות רוטשילד 5 יש קפה", []string{"STREET_ADDRESS שדרות רוטשילד 5"}},
		{"עמוד 5 בספר, רחוב 5", nil},
	})
}
