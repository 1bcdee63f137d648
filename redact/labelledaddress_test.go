package redact

import (
	"strings"
	"testing"
)

// TestLabelledAddresses: the value after an address's label becomes one address where parts of
// it were found, from the label to the last part; not another kind of address, nor a value the
// findings cover already, nor a clause or sentence after the address, nor past a phone.
func TestLabelledAddresses(t *testing.T) {
	checkPass(t, labelledAddresses, []passCase{
		{"a building, a block and a road between the parts",
			"Home address: Flat 12, Block C, Ocean View Towers, Mombasa Road, Nairobi, Kenya",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, StreetAddress, "Flat 12", 0.7), at(s, Location, "Mombasa Road", 0.6), at(s, Location, "Nairobi", 0.9), at(s, Location, "Kenya", 0.9)}
			},
			[]out{{StreetAddress, "Flat 12, Block C, Ocean View Towers, Mombasa Road, Nairobi, Kenya"}}},
		{"a house and a sector before the town, an organisation between",
			"Address: House No. 7, Street 12, F-8/3, Islamabad\nMidrand address: Shop 3, Ground Floor, Mall of Africa, Midrand Shop 3, Ground Floor, Mall of Africa, Midrand",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, Location, "Islamabad", 0.9), at(s, Location, "Midrand", 0.6), at(s, StreetAddress, "Shop 3", 0.7), at(s, Organization, "Mall of Africa", 0.6), at(s, Location, "Midrand", 0.8)}
			},
			[]out{{StreetAddress, "House No. 7, Street 12, F-8/3, Islamabad"}, {Location, "Midrand"}, {StreetAddress, "Shop 3, Ground Floor, Mall of Africa, Midrand"}}},
		{"the address ends at its last part, a sentence or a field",
			"Home address: 12 Elm St, Dayton, OH 45402. Patient lives alone.\nAddress: Flat 2, Kilimani, Nairobi, and I moved in May\nAddress: Plot 4, Ntinda, Kampala | Phone: 0772 123456",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, StreetAddress, "12 Elm St, Dayton, OH 45402", 0.9), at(s, StreetAddress, "Flat 2", 0.7), at(s, Location, "Nairobi", 0.9),
					at(s, StreetAddress, "Plot 4", 0.7), at(s, Location, "Kampala", 0.9), at(s, Phone, "0772 123456", 0.9)}
			},
			[]out{{StreetAddress, "12 Elm St, Dayton, OH 45402"}, {StreetAddress, "Flat 2, Kilimani, Nairobi"}, {StreetAddress, "Plot 4, Ntinda, Kampala"}, {Phone, "0772 123456"}}},
		{"an address that opens with its unit, at a line's start or after \"to\"; not a clause after a comma",
			"Flat 12, Block C, Ocean View Towers, Mombasa Road, Nairobi\nSend it to Suite 4, Riverside House, Kampala today\nwe met at Room 4, then went to Kampala\n" +
				"moved from Flat 7, Wilson wells, Taylorport, NR9N 9QB to Flat 68, Akhtar prairie, Leeds",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, StreetAddress, "Flat 12", 0.7), at(s, Location, "Nairobi", 0.9), at(s, StreetAddress, "Suite 4", 0.7), at(s, Location, "Kampala", 0.9),
					at(s, Location, "Kampala", 0.9), at(s, StreetAddress, "Flat 7, Wilson wells, Taylorport, NR9N 9QB", 0.9), at(s, StreetAddress, "Flat 68, Akhtar prairie", 0.9),
					at(s, Location, "Leeds", 0.9)}
			},
			[]out{{StreetAddress, "Flat 12, Block C, Ocean View Towers, Mombasa Road, Nairobi"}, {StreetAddress, "Suite 4, Riverside House, Kampala"}, {Location, "Kampala"},
				{StreetAddress, "Flat 7, Wilson wells, Taylorport, NR9N 9QB"}, {StreetAddress, "Flat 68, Akhtar prairie"}, {Location, "Leeds"}}},
		{"other addresses, a label inside the line, a covered value, no comma",
			"Email address: jo@x.com, Nairobi\nIP address: 10.1.2.3, Nairobi\nShip to the address: Kilimani, Nairobi\nAddress: Nairobi, Kenya\nAddress: Kilimani Nairobi",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, Email, "jo@x.com", 0.9), at(s, Location, "Nairobi", 0.9), at(s, IPAddress, "10.1.2.3", 0.9), at(s, Location, "Nairobi", 0.9),
					at(s, Location, "Nairobi", 0.9), at(s, Location, "Nairobi", 0.9), at(s, Location, "Kenya", 0.9), at(s, Location, "Nairobi", 0.9)}
			},
			[]out{{Email, "jo@x.com"}, {Location, "Nairobi"}, {IPAddress, "10.1.2.3"}, {Location, "Nairobi"}, {Location, "Nairobi"}, {Location, "Nairobi"}, {Location, "Kenya"}, {Location, "Nairobi"}}},
	})
}

// inOrder returns a finder of parts of text in order: each part is looked for after the last.
func inOrder(text string) func(_, typ, part string, score float64) Finding {
	from := 0
	return func(_, typ, part string, score float64) Finding {
		i := from + strings.Index(text[from:], part)
		from = i + len(part)
		return Finding{Type: typ, Start: i, End: i + len(part), Score: score, Source: SourceModel}
	}
}
