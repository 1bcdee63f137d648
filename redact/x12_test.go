package redact

import (
	"testing"
)

func TestX12(t *testing.T) {
	isa := "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *260303*1200*^*00501*000000001*0*P*:~"
	check := func(t *testing.T, text string, want []typed) {
		t.Helper()
		checkReader(t, x12Segments, text, want)
	}
	check(t, isa+"\nGS*HC*A*B*20260303*1200*1*X*005010X222A1~\nNM1*85*2*RIVERSIDE CLINIC*****XX*1234567893~\n"+
		"NM1*IL*1*DOE*JOHN*Q***MI*XQJ482913007~N3*123 MAIN STREET*APT 4~N4*SPRINGFIELD*IL*62701~DMG*D8*19800101*M~"+
		"NM1*PR*2*BLUE CROSS*****PI*60054~PER*IC*MARY SMITH*TE*2125550147*EM*mary@riverside.example~"+
		"CLM*PCN20260303A*150***11:B:1~DTP*472*D8*20260301~REF*SY*078051121~REF*2U*60054~SE*9*0001~", []typed{
		{NPI, "1234567893"},
		{Person, "DOE"}, {Person, "JOHN"}, {Person, "Q"}, {HealthPlan, "XQJ482913007"},
		{StreetAddress, "123 MAIN STREET"}, {StreetAddress, "APT 4"}, {Location, "SPRINGFIELD"}, {ZIPCode, "62701"}, {DateOfBirth, "19800101"},
		{Person, "MARY SMITH"}, {Phone, "2125550147"}, {Email, "mary@riverside.example"},
		{IDNumber, "PCN20260303A"}, {DateTime, "20260301"}, {SSN, "078051121"},
	})
	// the header's own separators
	isa2 := "ISA|00|          |00|          |ZZ|SUBMITTER      |ZZ|RECEIVER       |260303|1200|^|00501|000000001|0|P|>\n"
	check(t, isa2+"NM1|IL|1|DOE|JOHN\nDMG|D8|19800101", []typed{{Person, "DOE"}, {Person, "JOHN"}, {DateOfBirth, "19800101"}})
	// no X12: prose with asterisks, markdown emphasis, an ISA that is no header
	for _, text := range []string{"N3*4 is the answer~ and *bold*", "ISA*00 is a savings account; NM1 *IL*", "LISA*NM1*x"} {
		check(t, text, nil)
	}
}
