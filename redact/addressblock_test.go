package redact

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// at returns the finding of type typ over the first occurrence of part in text.
func at(text, typ, part string, score float64) Finding {
	i := strings.Index(text, part)
	return Finding{Type: typ, Start: i, End: i + len(part), Score: score, Source: SourceModel}
}

// out is a finding as a pass over findings' test writes it: its type and its text.
type out struct{ Type, Text string }

// passCase is a case of a pass over findings: a text, the findings the readers and the model
// made of it, and what the pass makes of them.
type passCase struct {
	name string
	text string
	fs   func(string) []Finding
	want []out
}

// checkPass runs pass over each case's findings and compares its result with the case's.
func checkPass(t *testing.T, pass func(string, []Finding) []Finding, tests []passCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []out
			for _, f := range pass(tt.text, tt.fs(tt.text)) {
				got = append(got, out{f.Type, tt.text[f.Start:f.End]})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestJoinAddressBlocks(t *testing.T) {
	checkPass(t, joinAddressBlocks, []passCase{
		{"unit on the same line joins the street",
			"ship to 12 Elm Road, Suite 4, Dover now",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "12 Elm Road", 0.9), at(s, StreetAddress, "Suite 4", 0.8), at(s, Location, "Dover", 0.7)}
			},
			[]out{{StreetAddress, "12 Elm Road, Suite 4"}, {Location, "Dover"}}},
		{"the unit before the street, over the model's place in its word and a street that opens with its number",
			"Ste 12, 400 Elm Ct and Apt 5B, 77 Mass Ave",
			func(s string) []Finding {
				return []Finding{at(s, Location, "Ste", 0.8), at(s, StreetAddress, "12, 400 Elm Ct", 0.85), at(s, Location, "Apt", 0.8),
					at(s, StreetAddress, "77 Mass Ave", 0.7)}
			},
			[]out{{StreetAddress, "Ste 12, 400 Elm Ct"}, {StreetAddress, "Apt 5B, 77 Mass Ave"}}},
		{"a block's last postcode becomes address, cities stay places",
			"78 Camiño Ancho 91\n Suite 286\n El Tornadizo\n Gabon 66298",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "Camiño Ancho 91", 0.9), at(s, StreetAddress, "Suite 286", 0.8),
					at(s, Location, "El Tornadizo", 0.7), at(s, Location, "Gabon", 0.8)}
			},
			[]out{{StreetAddress, "Camiño Ancho 91"}, {StreetAddress, "Suite 286"}, {Location, "El Tornadizo"}, {Location, "Gabon"}, {StreetAddress, "66298"}}},
		{"a town the model read as a person, after the postcode on the line below the street",
			"Rua de Amaral, 444\n4451-956 Fátima\nThanks, Fátima Lopes",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "Rua de Amaral, 444", 0.9), at(s, Person, "Fátima", 0.6), at(s, Person, "Fátima Lopes", 0.9)}
			},
			[]out{{StreetAddress, "Rua de Amaral, 444\n4451-956 Fátima"}, {Person, "Fátima Lopes"}}},
		{"state and ZIP+4 after the city",
			"43 Rua Ramos 1950\nAmsterdam, NH 44172-1234.",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "43 Rua Ramos 1950", 0.9), at(s, Location, "Amsterdam", 0.7)}
			},
			[]out{{StreetAddress, "43 Rua Ramos 1950\nAmsterdam, NH 44172-1234"}}}, // a US block's last line joins its street (stop 32)
		{"a US block's city line joins the street, its state and ZIP only",
			"Ship to:\n2542 Gutierrez Crossroad\nWuhaven, DE 46103\n12 Elm Road\nParis, in 2024",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "2542 Gutierrez Crossroad", 0.8), at(s, StreetAddress, "Wuhaven, DE 46103", 0.9),
					at(s, StreetAddress, "12 Elm Road", 0.9), at(s, Location, "Paris", 0.8)}
			},
			[]out{{StreetAddress, "2542 Gutierrez Crossroad\nWuhaven, DE 46103"}, {StreetAddress, "12 Elm Road"}, {Location, "Paris"}}},
		{"an Australian block's city line, over the model's person there",
			"Level 8 24 Nicole Amble\nSouth Gloria, QLD, 2083\nPhone: 0370359850",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "Level 8 24 Nicole Amble", 0.7), {Type: Person, Start: strings.Index(s, "Gloria"), End: strings.Index(s, "Gloria") + 6, Score: 0.95, Source: SourceModel},
					at(s, ZIPCode, "2083", 0.6)}
			},
			[]out{{StreetAddress, "Level 8 24 Nicole Amble\nSouth Gloria, QLD, 2083"}}},
		{"a postcode alone on the line after a block",
			"Address:\n50 Reed crest\nEast Diana\nB0 7GX\n",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "50 Reed crest\nEast Diana", 0.85), at(s, ZIPCode, "B0 7GX", 0.6)}
			},
			[]out{{StreetAddress, "50 Reed crest\nEast Diana\nB0 7GX"}}},
		{"the town after a block's postcode",
			"Address:\n58, rue Thibault\n97323 Nicolas-la-Forêt\n",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "58, rue Thibault\n97323", 0.85), at(s, Location, "Nicolas-la-Forêt", 0.7)}
			},
			[]out{{StreetAddress, "58, rue Thibault\n97323 Nicolas-la-Forêt"}}},
		{"a Canadian province and postcode, and a New Zealand town's postcode, after a block",
			"67211 rang Juliette Suite 038\nCharbonneau, NL E1L 5J5\n367 Brown Street\nWhareroto 2138\nThanks!",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "67211 rang Juliette Suite 038\nCharbonneau", 0.9), at(s, ZIPCode, "E1L 5J5", 0.6),
					at(s, StreetAddress, "367 Brown Street\nWhareroto", 0.9)}
			},
			[]out{{StreetAddress, "67211 rang Juliette Suite 038\nCharbonneau, NL E1L 5J5"}, {StreetAddress, "367 Brown Street\nWhareroto 2138"}}},
		{"no city line after a street without its postcode",
			"12 Main St\nBoston\nNext line",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "12 Main St", 0.7), at(s, Location, "Boston", 0.8)}
			},
			[]out{{StreetAddress, "12 Main St"}, {Location, "Boston"}}},
		{"no postcode without a city, nor across words or two line breaks",
			"12 Elm Road 44172; 9 Oak Lane, Paris in 2024; 3 Ash Way, Lyon\n\n69001",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "12 Elm Road", 0.9), at(s, StreetAddress, "9 Oak Lane", 0.9), at(s, Location, "Paris", 0.8),
					at(s, StreetAddress, "3 Ash Way", 0.9), at(s, Location, "Lyon", 0.8)}
			},
			[]out{{StreetAddress, "12 Elm Road"}, {StreetAddress, "9 Oak Lane"}, {Location, "Paris"}, {StreetAddress, "3 Ash Way"}, {Location, "Lyon"}}},
		{"a model's street takes the Japanese or Brazilian postcode after it, and the weak number read there",
			"3-12-5 Shibuya, Tokyo 150-0002; Rua Augusta, 1500, São Paulo - SP, 01304-001",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "3-12-5 Shibuya, Tokyo", 0.8), at(s, Phone, "150-0002", 0.4), at(s, StreetAddress, "Rua Augusta, 1500, São Paulo - SP", 0.9), at(s, Phone, "01304-001", 0.3)}
			},
			[]out{{StreetAddress, "3-12-5 Shibuya, Tokyo 150-0002"}, {StreetAddress, "Rua Augusta, 1500, São Paulo - SP, 01304-001"}}},
		{"a street does not reach over a phone number found there (FuzzWithModel)",
			"3-12-5 Shibuya, Tokyo 150-0002",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "3-12-5 Shibuya, Tokyo", 0.8), at(s, Phone, "150-0002", 0.75)}
			},
			[]out{{StreetAddress, "3-12-5 Shibuya, Tokyo"}, {Phone, "150-0002"}}},
		{"a postcode found already is not found twice",
			"5 Main St, Boston, MA 02108",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "5 Main St", 0.9), at(s, Location, "Boston", 0.8), at(s, ZIPCode, "02108", 0.85)}
			},
			[]out{{StreetAddress, "5 Main St"}, {Location, "Boston"}, {ZIPCode, "02108"}}},
		{"a postcode and city as other countries write them join any street",
			"Keizersgracht 123, 1015 CJ Amsterdam; Drottninggatan 5, 111 51 Stockholm; 10 Downing Street, London SW1A 2AA; 4 Bay St, Toronto, ON M5V 3L9; 5 Main St, Boston, MA",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "Keizersgracht 123", 0.8), at(s, Location, "Amsterdam", 0.8), at(s, StreetAddress, "Drottninggatan 5", 0.8),
					at(s, StreetAddress, "10 Downing Street", 0.9), at(s, Location, "London", 0.9), at(s, StreetAddress, "4 Bay St", 0.9),
					at(s, StreetAddress, "5 Main St", 0.9), at(s, Location, "Boston", 0.9)}
			},
			[]out{{StreetAddress, "Keizersgracht 123, 1015 CJ Amsterdam"}, {StreetAddress, "Drottninggatan 5, 111 51 Stockholm"},
				{StreetAddress, "10 Downing Street, London SW1A 2AA"}, {StreetAddress, "4 Bay St, Toronto, ON M5V 3L9"}, {StreetAddress, "5 Main St"}, {Location, "Boston"}}},
		{"not a postcode: longer numbers and decimals",
			"5 Main St, Boston 1234567 and 7 Elm St, Salem 1234.5",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "5 Main St", 0.9), at(s, Location, "Boston", 0.8), at(s, StreetAddress, "7 Elm St", 0.9), at(s, Location, "Salem", 0.8)}
			},
			[]out{{StreetAddress, "5 Main St"}, {Location, "Boston"}, {StreetAddress, "7 Elm St"}, {Location, "Salem"}}},
		{"quote and list markers open the block's lines",
			">31 Vesturgata 66\n>Reykjavík\n>Turkmenistan 51262",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "31 Vesturgata 66", 0.9), at(s, Location, "Reykjavík", 0.8), at(s, Location, "Turkmenistan", 0.9)}
			},
			[]out{{StreetAddress, "31 Vesturgata 66"}, {Location, "Reykjavík"}, {Location, "Turkmenistan"}, {StreetAddress, "51262"}}},
		{"a lost bullet's question marks are a marker too",
			"??? 42 machelsesteenweg 197\n??? montzen\n??? macedonia 64733",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "42 machelsesteenweg 197", 0.9), at(s, Location, "montzen", 0.8), at(s, Location, "macedonia", 0.9)}
			},
			[]out{{StreetAddress, "42 machelsesteenweg 197"}, {Location, "montzen"}, {Location, "macedonia"}, {StreetAddress, "64733"}}},
		// a postcode set apart by a comma, or alone on its line, between the street and the city
		{"a postcode between commas joins the street to its city",
			"Send it to Kerkstraat 12, 1810JM, Alkmaar now; Rue Haute 4, 2792, Krombeke",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "Kerkstraat 12", 0.9), at(s, Location, "Alkmaar", 0.8), at(s, StreetAddress, "Rue Haute 4", 0.9), at(s, Location, "Krombeke", 0.6)}
			},
			[]out{{StreetAddress, "Kerkstraat 12, 1810JM, Alkmaar"}, {StreetAddress, "Rue Haute 4, 2792, Krombeke"}}},
		{"a postcode alone on its line between the street and the city",
			"Mauritsbaan 10\n7076VD\nDrieborg",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "Mauritsbaan 10", 0.9), at(s, Location, "Drieborg", 0.8)}
			},
			[]out{{StreetAddress, "Mauritsbaan 10\n7076VD\nDrieborg"}}},
		{"a year between commas is no postcode",
			"Kerkstraat 12, 2024, Plans ahead",
			func(s string) []Finding { return []Finding{at(s, StreetAddress, "Kerkstraat 12", 0.9)} },
			[]out{{StreetAddress, "Kerkstraat 12"}}},
		{"British, Dutch and Australian postcodes end a block",
			"12 Elm Road\nAndreaborough\nDD22 0SL; 3 Oak Lane, Drieborg, 7076VD; 4 Gum Street, Scotthaven, SA, 0270",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "12 Elm Road", 0.9), at(s, Location, "Andreaborough", 0.7), at(s, StreetAddress, "3 Oak Lane", 0.9),
					at(s, Location, "Drieborg", 0.7), at(s, StreetAddress, "4 Gum Street", 0.9), at(s, Location, "Scotthaven", 0.7)}
			},
			[]out{{StreetAddress, "12 Elm Road"}, {Location, "Andreaborough"}, {StreetAddress, "DD22 0SL"}, {StreetAddress, "3 Oak Lane"}, {Location, "Drieborg"},
				{StreetAddress, "7076VD"}, {StreetAddress, "4 Gum Street"}, {Location, "Scotthaven"}, {StreetAddress, "0270"}}},
		{"Brazil's CEP without its hyphen before the city",
			"Rua das Flores, 31, Centro, 07728378 Nunes / AM",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "Rua das Flores, 31", 0.9), at(s, Location, "Centro", 0.7)}
			},
			[]out{{StreetAddress, "Rua das Flores, 31"}, {Location, "Centro"}, {StreetAddress, "07728378"}}},
		{"a rule of four marks is no marker",
			"9 Oak Lane\nLyon\n----\n69001",
			func(s string) []Finding {
				return []Finding{at(s, StreetAddress, "9 Oak Lane", 0.9), at(s, Location, "Lyon", 0.8)}
			},
			[]out{{StreetAddress, "9 Oak Lane"}, {Location, "Lyon"}}},
	})
}

func TestTrimAddressLead(t *testing.T) {
	tests := []struct{ text, span, want string }{
		{"Palmer and Quinn\n20 Main Street", "Palmer and Quinn\n20 Main Street", "20 Main Street"},
		{"Acme\nBilling\n  7 Rue Cler", "Acme\nBilling\n  7 Rue Cler", "7 Rue Cler"},
		{"USNS Márquez\nFPO AP 08653", "USNS Márquez\nFPO AP 08653", "USNS Márquez\nFPO AP 08653"},
		{"Rua das Pedras\nCentro", "Rua das Pedras\nCentro", "Rua das Pedras\nCentro"},
		{"12 Elm Road\nSpringfield", "12 Elm Road\nSpringfield", "12 Elm Road\nSpringfield"},
		// the house number the model left out is taken back
		{"78 Camiño Ancho 91\n Suite 286", "Camiño Ancho 91", "78 Camiño Ancho 91"},
		{"??? 42 machelsesteenweg 197", "machelsesteenweg 197", "42 machelsesteenweg 197"},
		{">31  Vesturgata 66", "Vesturgata 66", "31  Vesturgata 66"},
		{"Acme\n20 Main Street", "Acme\n20 Main Street", "20 Main Street"},
		// not a house number: a time, a phone's groups, a version, a long number, a number in a word
		{"at 10:30 Main Street", "Main Street", "Main Street"},
		{"call 555 12 Elm Road", "Elm Road", "Elm Road"},
		{"v1.2 Elm Road", "Elm Road", "Elm Road"},
		{"order 123456 Elm Road", "Elm Road", "Elm Road"},
		{"A12 Elm Road", "Elm Road", "Elm Road"},
		{"12   Elm Road", "Elm Road", "Elm Road"},
		// an intersection the model stopped inside runs to its second street
		{"at the corner of Main St and 5th Ave.", "corner of Main", "corner of Main St and 5th Ave"},
		{"corner of Elm & Oak, then left", "corner of Elm", "corner of Elm & Oak"},
		{"the corner of Queen Street and Spadina Avenue in Toronto", "corner of Queen Street", "corner of Queen Street and Spadina Avenue"},
		{"corner of Elm and then left", "corner of Elm", "corner of Elm"},
		{"corner of Elm", "corner of Elm", "corner of Elm"},
		// a US state ends the address; a word in lower case after its comma is the sentence's, a unit's stays
		{"owner Natalie Brooks, 19 Cedar Lane, Asheville NC, microchip 985112004567321.", "19 Cedar Lane, Asheville NC, microchip 985112004567321", "19 Cedar Lane, Asheville NC"},
		{"19 Cedar Lane, Asheville, NC 28801, then left", "19 Cedar Lane, Asheville, NC 28801, then left", "19 Cedar Lane, Asheville, NC 28801"},
		{"19 Cedar Lane, Asheville NC, apt 4", "19 Cedar Lane, Asheville NC, apt 4", "19 Cedar Lane, Asheville NC, apt 4"},
		{"12 Main St, Springfield, then left", "12 Main St, Springfield, then left", "12 Main St, Springfield"},
		// the town after the street ends it too, where the model's address began at the town (stop 44)
		{"pickup 1600 Amphitheatre Pkwy, Mountain View, dropoff SFO Terminal 2", "Mountain View, dropoff SFO Terminal 2", "Mountain View"},
		{"Calle Mayor 5, bajo, 28028 Madrid", "Calle Mayor 5, bajo, 28028 Madrid", "Calle Mayor 5, bajo, 28028 Madrid"},
	}
	for _, tt := range tests {
		fs := []Finding{at(tt.text, StreetAddress, tt.span, 0.8)}
		trimAddressLead(tt.text, fs)
		if got := tt.text[fs[0].Start:fs[0].End]; got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// fakeModel stands in for the NER model in FuzzWithModel: every run of capitalised words is a
// LOCATION, and every house number with the rest of its line and the next one is a
// STREET_ADDRESS, so that model spans cross line breaks and overlap the recognizers' findings.
type fakeModel struct{}

func (fakeModel) Recognize(_ context.Context, s string, dst []Finding) ([]Finding, error) {
	for i := 0; i < len(s); {
		switch {
		case s[i] >= 'A' && s[i] <= 'Z' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n'):
			j := i
			for j < len(s) && (isLetter(s[j]) || s[j] == ' ' && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z') {
				j++
			}
			dst = append(dst, Finding{Type: Location, Start: i, End: j, Score: 0.8, Source: SourceModel})
			i = j
		case isDigit(s[i]) && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n'):
			j, lines := i, 0
			for j < len(s) && lines < 2 {
				if s[j] == '\n' {
					lines++
				}
				j++
			}
			for j > i && !utf8.RuneStart(s[j-1]) {
				j--
			}
			for j < len(s) && !utf8.RuneStart(s[j]) {
				j++
			}
			dst = append(dst, Finding{Type: StreetAddress, Start: i, End: j, Score: 0.85, Source: SourceModel})
			i = j
		default:
			i++
		}
	}
	return dst, nil
}

// FuzzWithModel: with a model's findings in the mix (reconciled, trimmed, address blocks
// joined), findings stay ordered, apart, inside the text and on character boundaries, and every
// character the recognizers alone mask at the default threshold stays masked.
func FuzzWithModel(f *testing.F) {
	for _, s := range []string{"78 Camiño Ancho 91\n Suite 286\n El Tornadizo\n Gabon 66298", "Palmer and Quinn\n20 Main Street, call 212-555-0147",
		"USNS Holt\nFPO AE 50474 and 4111 1111 1111 1111", "office 44 Mill Creek Suite 200, tel 202 555 0175",
		"my CRN is 099 260 462D; NMC PIN 17T3876L, GSTIN: 27AAPFU0939F1ZV"} {
		f.Add(s)
	}
	alone := NewDetector(Patterns{})
	with := NewDetector(Patterns{}, fakeModel{})
	f.Fuzz(func(t *testing.T, s string) {
		base, err := alone.Detect(context.Background(), s)
		if err != nil {
			return
		}
		fs, err := with.Detect(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		covered := make([]bool, len(s))
		for _, fd := range fs {
			if fd.Start < last || fd.End <= fd.Start || fd.End > len(s) {
				t.Fatalf("finding %+v out of order or outside the text (len %d)", fd, len(s))
			}
			if !utf8.RuneStart(s[fd.Start]) || fd.End < len(s) && !utf8.RuneStart(s[fd.End]) {
				t.Fatalf("finding %+v splits a character", fd)
			}
			for k := fd.Start; k < fd.End; k++ {
				covered[k] = true
			}
			last = fd.End
		}
		for _, b := range base {
			if b.Score < 0.5 {
				continue
			}
			for k := b.Start; k < b.End; k++ {
				if !covered[k] {
					t.Fatalf("%s %q is masked by the recognizers alone but not with the model: %+v", b.Type, s[b.Start:b.End], fs)
				}
			}
		}
	})
}

// TestIndianPINs: India's PIN after a place and its state, by code or name, whose first digit is
// the state's zone.
func TestIndianPINs(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Resume: Arjun Mehta | Bengaluru, KA 560034", "560034"},
		{"Pune, MH 411001", "411001"},
		{"Chennai, Tamil Nadu - 600 017", "600 017"},
		{"Kolkata, West Bengal 700001.", "700001"},
		{"Kolkata, west bengal 700001.", ""}, // the state in lower case: prose's commas are read no further
		{"Austin, TX 78701", ""},             // a US ZIP: no state of India
		{"Bengaluru, KA 460034", ""},         // Karnataka's PINs open with 5
		{"Bengaluru, KA 5600345", ""},        // seven digits
		{"items, KA 560034 units", "560034"}, // the place is not looked at: a state and a PIN in zone are enough
		{"x, Goa 403001a", ""},
	} {
		var got string
		if fs := indianPINs(tc.text, nil); len(fs) > 0 {
			got = tc.text[fs[0].Start:fs[0].End]
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSingaporeAddresses: a Singaporean address's block, the number after its street's type and
// its unit join the street; its postcode after "Singapore" is read; a number after a street
// elsewhere is not its.
func TestSingaporeAddresses(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct{ text, want string }{
		{"Tan Wei Ming, Blk 123 Ang Mo Kio Ave 3 #05-67, Singapore 560123.", "Blk 123 Ang Mo Kio Ave 3 #05-67"},
		{"10 Anson Road #10-11 International Plaza Singapore 079903", "10 Anson Road #10-11"},
		{"Blk 456 Jurong West St 42, #12-345", "Blk 456 Jurong West St 42, #12-345"},
		{"1 Raffles Place #B1-23A", "1 Raffles Place #B1-23A"},
		{"ship to 12 Main St 5 boxes", "12 Main St"},
		{"meet at 12 Main St 3 pm", "12 Main St"},
		{"12 Main St #4", "12 Main St #4"},
	} {
		fs, err := det.Detect(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, f := range fs {
			if f.Type == StreetAddress {
				got = tc.text[f.Start:f.End]
				break
			}
		}
		if got != tc.want {
			t.Errorf("%q: street %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, want string }{
		{"Singapore 238859", "238859"},
		{"Singapore, 079903", "079903"},
		{"Singapore 998859", ""}, // no postal sector 99
		{"Singapore 2388590", ""},
	} {
		fs := zipsAfterPlaces(tc.text, []Finding{{Type: Location, Start: 0, End: 9, Score: 0.8, Source: SourceModel}})
		var got string
		if len(fs) > 1 {
			got = tc.text[fs[1].Start:fs[1].End]
		}
		if got != tc.want {
			t.Errorf("%q: postcode %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestAgesAfterNames(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Jane Doe, 45, presented with pain", "Jane Doe", "45"},
		{"seen: Ann Lee (67) was seen", "Ann Lee", "67"},
		{"Patient Bo Chen, 8.", "Bo Chen", "8"},
		{"Jane Doe, 45 Main Street", "Jane Doe", ""},
		{"Jane Doe, 2024, was", "Jane Doe", ""},
		{"Jane Doe (45", "Jane Doe", ""},
		{"Jane Doe, 3.5 stars", "Jane Doe", ""},
		// stated after the name
		{"my son Yusuf is 9 and has asthma", "Yusuf", "9"},
		{"Ana turned 30.", "Ana", "30"},
		{"Ana is 5 minutes away", "Ana", ""},
		{"Ana is 2 for 2", "Ana", ""},
	} {
		i := strings.Index(tc.text, tc.name)
		fs := agesAfterNames(tc.text, []Finding{{Type: Person, Start: i, End: i + len(tc.name), Score: 0.9, Source: SourceModel}})
		got := ""
		for _, f := range fs {
			if f.Type == Age {
				got = tc.text[f.Start:f.End]
			}
		}
		if got != tc.want {
			t.Errorf("%q: age %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestZipsAfterPlaces: a ZIP code right after a city that nothing follows is found, as the last
// line of an address when a street stands shortly before; round numbers and counts are not.
func TestZipsAfterPlaces(t *testing.T) {
	for _, tc := range []struct {
		text   string
		places []string
		want   []out
	}{
		{"Send it to Boston, 02108.", []string{"Boston"}, []out{{Location, "Boston"}, {ZIPCode, "02108"}}},
		{"Springfield 62704-1234 now", []string{"Springfield"}, []out{{Location, "Springfield"}, {ZIPCode, "62704-1234"}}},
		{"London 20000 people, Paris 2024, Lyon 69000", []string{"London", "Paris", "Lyon"}, []out{{Location, "London"}, {Location, "Paris"}, {Location, "Lyon"}}},
		// a British or a Canadian postcode after the city, the province before it
		{"I live in London SW1A 1AA now; Toronto, ON M5V 3L9", []string{"London", "Toronto"}, []out{{Location, "London"}, {ZIPCode, "SW1A 1AA"}, {Location, "Toronto"}, {ZIPCode, "M5V 3L9"}}},
		{"London M1 grade; Paris A1 2BCD", []string{"London", "Paris"}, []out{{Location, "London"}, {Location, "Paris"}}},
		// India's PIN after one of its big cities, whose first two digits it must hold (stop 52:
		// "Bengaluru 560038" had gone upstream); Mumbai's are not Delhi's
		{"I live in Bengaluru 560038; Chennai - 600017; Mumbai 110001 people", []string{"Bengaluru", "Chennai", "Mumbai"},
			[]out{{Location, "Bengaluru"}, {ZIPCode, "560038"}, {Location, "Chennai"}, {ZIPCode, "600017"}, {Location, "Mumbai"}}},
	} {
		var fs []Finding
		for _, p := range tc.places {
			fs = append(fs, at(tc.text, Location, p, 0.8))
		}
		var got []out
		for _, f := range zipsAfterPlaces(tc.text, fs) {
			got = append(got, out{f.Type, tc.text[f.Start:f.End]})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
	// after a street shortly before, the postcode is the address's last line
	text := "12 Elm Road\nDover 19901"
	fs := []Finding{at(text, StreetAddress, "12 Elm Road", 0.9), at(text, Location, "Dover", 0.8)}
	got := zipsAfterPlaces(text, fs)
	if len(got) != 3 || got[2].Type != StreetAddress || text[got[2].Start:got[2].End] != "19901" {
		t.Errorf("got %+v", got)
	}
	// a town and a postcode in lower case after a street (stop 52)
	text = "flat 4b, 22 kingsway, hove bn3 2lp pls"
	got = zipsAfterPlaces(text, []Finding{at(text, StreetAddress, "flat 4b, 22 kingsway", 0.9)})
	if len(got) != 2 || got[1].Type != StreetAddress || text[got[1].Start:got[1].End] != "hove bn3 2lp" {
		t.Errorf("got %+v", got)
	}
	// an Indian street's town and its PIN after a dash (stop 52)
	text = "14 MG Road, Indiranagar, Bengaluru - 560038"
	got = zipsAfterPlaces(text, []Finding{at(text, StreetAddress, "14 MG Road, Indiranagar, Bengaluru", 0.9)})
	if len(got) != 2 || got[1].Type != StreetAddress || text[got[1].Start:got[1].End] != "560038" {
		t.Errorf("got %+v", got)
	}
}

// TestTownAfterStreet: the town after a street's comma is a place of its own, as any city is: one
// the model doubted is raised to the street's score, one it did not read is read where it ends
// the clause; a weekday, a month or a word that signs off is none.
func TestTownAfterStreet(t *testing.T) {
	for _, tc := range []struct {
		text  string
		model []Finding
		want  []string
	}{
		{"Address: 12 Main St, Springfield", []Finding{{Type: Location, Start: 21, End: 32, Score: 0.49, Source: SourceModel}},
			[]string{"STREET_ADDRESS 12 Main St", "LOCATION Springfield"}},
		{"Ship it to 12 Main St, Springfield.", nil, []string{"STREET_ADDRESS 12 Main St", "LOCATION Springfield"}},
		{"Ship it to 12 Main St, Port Jervis; thanks", nil, []string{"STREET_ADDRESS 12 Main St", "LOCATION Port Jervis"}},
		{"at 12 Main St, Thanks! Meet at 12 Main St, Monday. 12 Main St, Springfield is nice", nil,
			[]string{"STREET_ADDRESS 12 Main St", "STREET_ADDRESS 12 Main St", "STREET_ADDRESS 12 Main St"}},
	} {
		fs, err := NewDetector(Patterns{}, fixedModel(tc.model)).Detect(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.Score >= 0.5 {
				got = append(got, f.Type+" "+tc.text[f.Start:f.End])
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestZIPLineEnd: a model's address that ran over the line after a US state and ZIP code is cut
// there; a country on that line stays.
func TestZIPLineEnd(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"27 Main St, San Clemente, CA 92672\n1 Wages, tips", "27 Main St, San Clemente, CA 92672"},
		{"27 Main St\nSan Clemente, CA 92672 \n2 Federal", "27 Main St\nSan Clemente, CA 92672"},
		{"27 Main St\nSan Clemente, CA 92672\nUSA", "27 Main St\nSan Clemente, CA 92672\nUSA"},
		{"27 Main St\nSan Clemente, CA 92672-1234\nRe: your refund", "27 Main St\nSan Clemente, CA 92672-1234"},
		{"27 Main St\nSan Clemente, XX 92672\n3 more", "27 Main St\nSan Clemente, XX 92672\n3 more"},
	} {
		if got := tc.text[:zipLineEnd(tc.text, 0, len(tc.text))]; got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
