package redact

import (
	"strings"
	"testing"
)

func TestNCPDPFields(t *testing.T) {
	const fs, rs = "\x1c", "\x1e"
	claim := "610066D0B1          1011234567893     20231106          " + rs + fs + "AM04" + fs + "C2XQJ482913" + fs + "CCLATOYA" + fs + "CDJEFFERSON" +
		rs + fs + "AM01" + fs + "C419800214" + fs + "C52" + fs + "CALATOYA" + fs + "CBJEFFERSON" + fs + "CM4417 OAK HOLLOW DR" + fs + "CNPEORIA" + fs + "COIL" +
		fs + "CP61614" + fs + "CQ3095550147" + rs + fs + "AM07" + fs + "EM1" + fs + "D2000012345" + fs + "D700093721410" +
		rs + fs + "AM03" + fs + "DB1234567893" + fs + "DRWELBY" + rs + fs + "AM02" + fs + "CAPHARMACY"
	want := []typed{{HealthPlan, "XQJ482913"}, {Person, "LATOYA"}, {Person, "JEFFERSON"}, {DateOfBirth, "19800214"}, {Person, "LATOYA"},
		{Person, "JEFFERSON"}, {StreetAddress, "4417 OAK HOLLOW DR"}, {Location, "PEORIA"}, {ZIPCode, "61614"}, {Phone, "3095550147"},
		{IDNumber, "000012345"}, {NPI, "1234567893"}, {Person, "WELBY"}}
	for _, tc := range []struct{ name, text string }{
		{"control characters", claim},
		{"a log's names for them", strings.NewReplacer(fs, "<FS>", rs, "<RS>").Replace(claim)},
		{"bars and lines", strings.NewReplacer(fs, "|", rs, "\n").Replace(claim)},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, ncpdpFields, tc.text, want) })
	}
	t.Run("a prescriber's number without its check digit", func(t *testing.T) {
		checkReader(t, ncpdpFields, "AM03|DB1234567890|DRWELBY", []typed{{IDNumber, "1234567890"}, {Person, "WELBY"}})
	})
	t.Run("no segment", func(t *testing.T) {
		checkReader(t, ncpdpFields, "I AM01 today; XAM01|CAJOHN; AM01 CAJOHN", nil)
	})
}
