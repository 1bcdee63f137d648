package redact

import "testing"

// TestPoliceReportPlacesAndPlates: a police report's hundred block is the street's address
// ("the 400 block of Elm Street", "1200 blk of W. Maple St."), and a vehicle's number after
// India's and a report's labels is a plate, ten characters too (stop 48: "Vehicle No: KA 05 MN
// 4521" had gone upstream); a block of anything else, or a plate's word in another sense, is none.
func TestPoliceReportPlacesAndPlates(t *testing.T) {
	tests := []struct {
		text string
		want []string // "TYPE value"
	}{
		{"Officers responded to the 400 block of Elm Street for a disturbance.", []string{"STREET_ADDRESS 400 block of Elm Street"}},
		{"fled on foot toward 1200 blk of W. Maple St. at 2210 hrs", []string{"STREET_ADDRESS 1200 blk of W. Maple St."}},
		{"in the 1200 block of North Clark Street, Chicago, IL 60610", []string{"STREET_ADDRESS 1200 block of North Clark Street, Chicago, IL 60610"}},
		{"the 400 block of data was lost", nil},
		{"Vehicle No: KA 05 MN 4521 parked outside", []string{"LICENSE_PLATE KA 05 MN 4521"}},
		{"Plate: KA 05 MN 4521", []string{"LICENSE_PLATE KA 05 MN 4521"}},
		{"vehicle number MH12AB1234", []string{"LICENSE_PLATE MH12AB1234"}},
		{"TAG NUMBER: ABC1234", []string{"LICENSE_PLATE ABC1234"}},
		{"plate 2 of 3 was dented", nil},
	}
	checkKept(t, []string{StreetAddress, LicensePlate}, tests)
}
