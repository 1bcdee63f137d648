package redact

import "testing"

func TestChecksums(t *testing.T) {
	tests := []struct {
		name  string
		valid func(string) bool
		good  []string
		bad   []string
	}{
		{"npi", npiValid, []string{"1234567893"}, []string{"1234567890", "3234567893", "123456789"}},
		{"aba", abaValid, []string{"011000015", "021000021"}, []string{"011000016", "991000015"}},
		{"dea", deaValid, []string{"AB1234563", "ab1234563"}, []string{"AB1234564", "IB1234563", "A11234563"}},
		{"vin", vinValid, []string{"1M8GDM9AXKP042788"}, []string{"1M8GDM9A1KP042788", "1M8GDM9AXKP04278", "IM8GDM9AXKP042788"}},
		{"nino", ninoValid, []string{"AB123456C"}, []string{"DA123456C", "AB123456E", "GB123456A", "AO123456A"}},
		{"nhs", nhsValid, []string{"9434765919"}, []string{"9434765918", "943476591"}},
		{"bsn", bsnValid, []string{"111222333"}, []string{"111222334", "000000000"}},
		{"ppsn", ppsnValid, []string{"1234567T", "1234567FA", "1234567tw", "7654321G"}, []string{"1234567A", "1234567TA", "123456T", "123456789", "1234567F1"}},
		{"steuer-id", steuerIDValid, []string{"86095742719"}, []string{"86095742718", "06095742719", "12345678901"}},
		{"nir", nirValid, []string{"185057800608491", "285057800608441"}, []string{"185057800608492", "385057800608491"}},
		{"dni", dniValid, []string{"12345678Z", "X1234567L", "x1234567l"}, []string{"12345678A", "X1234567A"}},
		{"codice fiscale", codiceFiscaleValid, []string{"RSSMRA85T10A562S"}, []string{"RSSMRA85T10A562T", "RSSMRA85T10A562"}},
		{"nric", nricValid, []string{"S1234567D", "s1234567d"}, []string{"S1234567A", "X1234567D", "S123456D"}},
		{"tfn", tfnValid, []string{"123456782"}, []string{"123456789", "12345678"}},
		{"cnpj", cnpjValid, []string{"11222333000181", "11444777000161"}, []string{"11222333000182", "11111111111111", "1122233300018"}},
		{"curp", curpValid, []string{"BADD110313HCMLNS06", "HEGG560427MVZRRL04", "gode561231hdfrrn00"}, []string{"BADD110313HCMLNS09", "BADD111313HCMLNS06", "BADD110313QCMLNS06"}},
		{"chinese resident id", cnResidentIDValid, []string{"11010519491231002X", "440304199001011233", "11010519491231002x"}, []string{"110105194912310021", "01010519491231002X", "11010519491331002X"}},
		{"cpf", cpfValid, []string{"52998224725", "11144477735"}, []string{"52998224726", "11111111111", "5299822472"}},
		{"sin", sinValid, []string{"130692544", "193456787"}, []string{"130692545", "046454286", "846454286", "13069254"}},
		{"aadhaar", aadhaarValid, []string{"234567890124", "499118665246"}, []string{"234567890123", "134567890124", "23456789012"}},
		{"india pan", indiaPANValid, []string{"ABCPE1234F", "aacch1234k"}, []string{"ABCXE1234F", "ABCPE12345", "ABCP1234FE"}},
		{"mbi", mbiValid, []string{"1EG4TE5MK73"}, []string{"0EG4TE5MK73", "1SG4TE5MK73", "1EG4TE5MK7"}},
		{"itin", itinValid, []string{"912701234", "999991234"}, []string{"912401234", "812701234"}},
		{"imei", imeiValid, []string{"490154203237518"}, []string{"490154203237517"}},
		{"swift", swiftValid, []string{"DEUTDEFF", "DEUTDEFF500", "CHASUS33", "BKCHTHBK", "BPIAPHMM", "BNAEKZKX"}, []string{"DEUTXXFF", "DEUTQQFF", "deutdeff", "DEUTDEF"}},
		{"base58check", base58CheckValid, []string{"1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"}, []string{"1BoatSLRHtKNngkdXEeobR76b53LETtpyU", "1BoatSLRHtKNngkdXEeob"}},
		{"bech32", bech32Valid, []string{"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"}, []string{"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "bc1qw508d6qe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, g := range tt.good {
				if !tt.valid(g) {
					t.Errorf("%s rejected", g)
				}
			}
			for _, b := range tt.bad {
				if tt.valid(b) {
					t.Errorf("%s accepted", b)
				}
			}
		})
	}
}

// TestUnitSlashNumber: Australia's unit and building number before a street, three digits at
// least; a fraction is none.
func TestUnitSlashNumber(t *testing.T) {
	for s, want := range map[string]bool{"1/33 Flores Cutting": true, "12/45 Smith St": true, "3/4 Green": false, "1/33": false, "x1/33 A": false} {
		if got := unitSlashNumber(s, 0); got != want {
			t.Errorf("unitSlashNumber(%q) = %v, want %v", s, got, want)
		}
	}
}
