package redact

import "testing"

// TestIndianAddresses: an Indian address, from its house number (and its label) to the town's
// six-digit PIN, on one line or on lines of its own; numbers and names without a PIN are none.
func TestIndianAddresses(t *testing.T) {
	checkMasked(t, []maskCase{
		{"I live at H.No. 672, Bhavsar Zila, Rewa-038854 now.", []string{"STREET_ADDRESS H.No. 672, Bhavsar Zila, Rewa-038854"}},
		{"Ship to 14/93, Master Chowk, Chandrapur 925905, thanks", []string{"STREET_ADDRESS 14/93, Master Chowk, Chandrapur 925905"}},
		{"Address:\n742\nSarin Path\nProddatur 510349\nThanks!", []string{"STREET_ADDRESS 742\nSarin Path\nProddatur 510349"}},
		{"Chapter 12, Section Three, Page 4; 42, Baker Street, London", nil},
	})
}

// TestColombianAddresses: a Colombian address from its via to the plate, the quadrant, the units,
// the postcode and the town and department; a number after "#" alone is none.
func TestColombianAddresses(t *testing.T) {
	checkMasked(t, []maskCase{
		{"Vivo en Carrera 4F # 2-10 Sur, 258366, Zipaquirá, Cundinamarca hace años.", []string{"STREET_ADDRESS Carrera 4F # 2-10 Sur, 258366, Zipaquirá, Cundinamarca"}},
		{"Calle 6ª # 41S-77, Bodega 56, 195905, Santander de Quilichao, Cauca", []string{"STREET_ADDRESS Calle 6ª # 41S-77, Bodega 56, 195905, Santander de Quilichao, Cauca"}},
		{"Address:\nAvenida carrera 6ª # 38-43 Sur\nEtapa 4 apartamento 14\n154451\nCómbita, Boyacá\nThanks!", []string{"STREET_ADDRESS Avenida carrera 6ª # 38-43 Sur\nEtapa 4 apartamento 14\n154451\nCómbita, Boyacá"}},
		{"Ticket # 4-12 and issue #12-3 in release 2 # 5-6", nil},
	})
}

// TestRomanianAddresses: a Romanian address from the street's word to the six-digit postcode
// after the town, the number, block, stair and flat inside; a town and a number without a
// street's word, or a sentence ending between them, are none.
func TestRomanianAddresses(t *testing.T) {
	checkMasked(t, []maskCase{
		{"I live at Soseaua Mărioara Dochioiu Nr. 57 Bl. 58  Sc. 94 Ap. 404, Agnita, 567234 now.", []string{"STREET_ADDRESS Soseaua Mărioara Dochioiu Nr. 57 Bl. 58  Sc. 94 Ap. 404, Agnita, 567234"}},
		{"Address:\nStrada Georgescu Nr. 50\nTargu Secuiesc, 344519\nThanks!", []string{"STREET_ADDRESS Strada Georgescu Nr. 50\nTargu Secuiesc, 344519"}},
		{"Strada Pop is long. We met in Moreni, 669583 people live there", nil},
		{"Order count: Bucharest, 123456", nil},
	})
}
