package redact

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSwiftParties(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"free format: the account, a name, a street, a postcode and a town",
			"{4:\n:20:REF20231104-77\n:50K:/BE71096123456769\nMARGARETHA VAN DEN BERG\nKERKSTRAAT 14\n2000 ANTWERPEN\n:52A:BANKBEBB\n" +
				":59:/12345678\nJOHANNES KRAUSE\nLINDENSTRASSE 22\n10969 BERLIN\nGERMANY\n:70:INVOICE 4471\n-}",
			[]typed{{IBAN, "BE71096123456769"}, {Person, "MARGARETHA VAN DEN BERG"}, {StreetAddress, "KERKSTRAAT 14"},
				{ZIPCode, "2000"}, {Location, "ANTWERPEN"},
				{BankAccount, "12345678"}, {Person, "JOHANNES KRAUSE"}, {StreetAddress, "LINDENSTRASSE 22"}, {ZIPCode, "10969"}, {Location, "BERLIN"},
				{Location, "GERMANY"}}},
		{"structured: numbered lines and a party's passport", ":50F:CCPT/GB/533401927\n1/OLUWASEUN ADEBAYO\n2/14 CHAPEL ROAD\n3/GB/MANCHESTER\n" +
			"4/19850317\n5/GB/LEEDS\n7/GB/QQ123456C\n:59F:/FR1420041010050500013M02606\n1/ACME SARL\n2/27 RUE DES LILAS\n3/FR/75011 PARIS",
			[]typed{{Passport, "533401927"}, {Person, "OLUWASEUN ADEBAYO"}, {StreetAddress, "14 CHAPEL ROAD"}, {Location, "MANCHESTER"},
				{DateOfBirth, "19850317"}, {Location, "LEEDS"}, {IDNumber, "QQ123456C"},
				{IBAN, "FR1420041010050500013M02606"}, {Organization, "ACME SARL"}, {StreetAddress, "27 RUE DES LILAS"},
				{ZIPCode, "75011"}, {Location, "PARIS"}}},
		{"escaped line breaks, as a JSON log keeps the message", `{"msg":"{4:\r\n:50K:/GB29NWBK60161331926819\r\nJOHN SMITH\r\n1 HIGH ST\r\n:59A:/998877\r\nDEUTDEFF\r\n-}"}`,
			[]typed{{IBAN, "GB29NWBK60161331926819"}, {Person, "JOHN SMITH"}, {StreetAddress, "1 HIGH ST"}, {BankAccount, "998877"}}},
		{"a bank's code is no one's", ":52A:BANKBEBB\n:57A:DEUTDEFF\n:59A:DEUTDEFFXXX", nil},
		{"the field ends where its lines do: a JSON line after it is no address", ":59:/12345678\nJOHN SMITH\n{\"city\":\"Austin\",\"line1\":\"1 Main St\"}\nLONDON",
			[]typed{{BankAccount, "12345678"}, {Person, "JOHN SMITH"}}},
		{"tags not at a line's start, other fields", "at 12:50K: the job ran; :53B:/12345\n:70:JOHN SMITH RENT", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, mtFields, tc.text, tc.want) })
	}
}

func TestISOParties(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"a debtor's name, structured address, account and birth",
			"<Dbtr><Nm>Anneliese Hofmann</Nm><PstlAdr><StrtNm>Goethestrasse</StrtNm><BldgNb>8</BldgNb><PstCd>60313</PstCd>" +
				"<TwnNm>Frankfurt am Main</TwnNm><Ctry>DE</Ctry></PstlAdr><Id><PrvtId><DtAndPlcOfBirth><BirthDt>1979-04-12</BirthDt>" +
				"<CityOfBirth>Gdansk</CityOfBirth><CtryOfBirth>PL</CtryOfBirth></DtAndPlcOfBirth><Othr><Id>AB1234567</Id></Othr></PrvtId></Id></Dbtr>" +
				"<DbtrAcct><Id><Othr><Id>0012345678</Id></Othr></Id></DbtrAcct>",
			[]typed{{Person, "Anneliese Hofmann"}, {StreetAddress, "Goethestrasse"}, {StreetAddress, "8"}, {ZIPCode, "60313"},
				{Location, "Frankfurt am Main"}, {DateOfBirth, "1979-04-12"}, {Location, "Gdansk"}, {IDNumber, "AB1234567"}, {BankAccount, "0012345678"}}},
		{"a namespace's prefix, address lines, a business, the bank's name left",
			"<doc:Cdtr>\n  <doc:Nm>Jansen Bouw B.V.</doc:Nm>\n  <doc:PstlAdr><doc:AdrLine>Prinsengracht 263</doc:AdrLine>" +
				"<doc:AdrLine>1016 GV Amsterdam</doc:AdrLine></doc:PstlAdr>\n</doc:Cdtr>\n<doc:CdtrAgt><doc:FinInstnId><doc:BICFI>INGBNL2A</doc:BICFI>" +
				"<doc:Nm>ING Bank N.V.</doc:Nm><doc:PstlAdr><doc:TwnNm>Amsterdam</doc:TwnNm></doc:PstlAdr></doc:FinInstnId></doc:CdtrAgt>" +
				"<doc:Ctct><doc:Nm>Pieter Jansen</doc:Nm><doc:MobNb>+31-612345678</doc:MobNb></doc:Ctct>",
			[]typed{{Organization, "Jansen Bouw B.V."}, {StreetAddress, "Prinsengracht 263"}, {StreetAddress, "1016 GV Amsterdam"},
				{Person, "Pieter Jansen"}, {Phone, "+31-612345678"}}},
		{"an organisation's and a message's identifiers are none", "<GrpHdr><MsgId>MSG-2023-11-04</MsgId><InitgPty><Nm>ACME PAYROLL LTD</Nm>" +
			"<Id><OrgId><Othr><Id>DE123456789</Id></Othr></OrgId></Id></InitgPty></GrpHdr>", []typed{{Organization, "ACME PAYROLL LTD"}}},
		{"other XML", "<config><Name>x</Name><Id>42</Id><Room>5</Room></config>", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, isoParties, tc.text, tc.want) })
	}
}

// achRecord writes an entry detail record of an ACH file.
func achRecord(code, routing, account string, cents int, id, name, trace string) string {
	return fmt.Sprintf("6%s%s%-17s%010d%-15s%-22s  0%s", code, routing, account, cents, id, name, trace)
}

func TestACHEntries(t *testing.T) {
	r1 := achRecord("22", "091000019", "123456789", 12500, "EMP-7781", "JOHN DOUGLAS HARPER", "091000010000001")
	r2 := achRecord("27", "071000505", "004471829934", 4599, "", "SANTIAGO REYES ORTIZ", "107100050000001")
	if len(r1) != achLen || len(r2) != achLen {
		t.Fatalf("records of %d and %d bytes", len(r1), len(r2))
	}
	batch := "5220ACME PAYROLL                        1234567890PPDPAYROLL   231110231110   1091000010000001"
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"two entries under a batch's header", batch + "\n" + r1 + "\n" + r2 + "\n",
			[]typed{{ABARouting, "091000019"}, {BankAccount, "123456789"}, {IDNumber, "EMP-7781"}, {Person, "JOHN DOUGLAS HARPER"},
				{ABARouting, "071000505"}, {BankAccount, "004471829934"}, {Person, "SANTIAGO REYES ORTIZ"}}},
		{"trailing blanks trimmed by an editor, a business", strings.TrimRight(achRecord("22", "091000019", "55501", 100, "", "ACME SUPPLY CO", "")+"   ", " "),
			[]typed{{ABARouting, "091000019"}, {BankAccount, "55501"}, {Organization, "ACME SUPPLY CO"}}},
		{"a routing number whose check digit fails", achRecord("22", "091000018", "123456789", 1, "", "JOHN HARPER", "091000010000001"), nil},
		{"not at a line's start", "x" + r1, nil},
		{"a line of digits", strings.Repeat("6", 94), nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, achEntries, tc.text, tc.want) })
	}
}

// TestPaymentsThroughDetector: the whole catalogue masks a payment message's parties where
// neither the scan nor the address readers had found the name.
func TestPaymentsThroughDetector(t *testing.T) {
	text := "Why was this MT103 rejected?\n:50K:/12345678\nMARGARETHA VAN DEN BERG\nKERKSTRAAT 14\n2000 ANTWERPEN\n:59:/DE89370400440532013000\nJOHN SMITH\n:71A:SHA"
	got := detected(t, text)
	want := []typed{{BankAccount, "12345678"}, {Person, "MARGARETHA VAN DEN BERG"}, {StreetAddress, "KERKSTRAAT 14"}, {ZIPCode, "2000"},
		{Location, "ANTWERPEN"}, {IBAN, "DE89370400440532013000"}, {Person, "JOHN SMITH"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestStatementInfo(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"German subfields: the account run into its mark, the name in two",
			":61:2311061106C1250,00NTRFNONREF//PAYREF123\n:86:166?00SEPA-UEBERWEISUNG?20EREF+INV4471?21SVWZ+Miete November?30COBADEFFXXX" +
				"?31DE89370400440532013000?32Johannes Krause?33und Petra Krause\n:62F:C231106EUR5000,00",
			[]typed{{IBAN, "DE89370400440532013000"}, {Person, "Johannes Krause"}, {Person, "und Petra Krause"}}},
		{"another payer in the purpose, a business, subfields across lines",
			":86:105?00SEPA-LASTSCHRIFT?20EREF+AB12?21MREF+M-4471?22CRED+DE98ZZZ09999999999\n?23SVWZ+Beitrag 2023?24ABWA+Karl-Heinz Schmidt\n" +
				"?30GENODEF1S04?310012345678?32Stadtwerke Musterstadt GmbH",
			[]typed{{Person, "Karl-Heinz Schmidt"}, {BankAccount, "0012345678"}, {Organization, "Stadtwerke Musterstadt GmbH"}}},
		{"slashed codes", ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL44RABO0123456789/BIC/RABONL2U/NAME/J JANSEN/REMI/Factuur 2023-118/EREF/NOTPROVIDED\n" +
			":86:/CNTP/NL91ABNA0417164300/ABNANL2A/Pieter de Vries/Utrecht///REMI/USTD//huur november/\n:86:/ORDP//NAME/ACME B.V./ADDR/Kerkstraat 1 Utrecht/",
			[]typed{{Person, "J JANSEN"}, {IBAN, "NL91ABNA0417164300"}, {Person, "Pieter de Vries"}, {Location, "Utrecht"},
				{Organization, "ACME B.V."}, {StreetAddress, "Kerkstraat 1 Utrecht"}}},
		{"no information line", "?32Johannes Krause and /NAME/J JANSEN/ in prose; at 10:86: the job ran", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, mtFields, tc.text, tc.want) })
	}
}

func TestMICRLines(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"routing, then the account", "MICR: ⑆021000021⑆ 123456789⑈ 1045", []typed{{ABARouting, "021000021"}, {BankAccount, "123456789"}}},
		{"the cheque's number first, an account with dashes", "⑈001045⑈ ⑆021000021⑆ 4455-6677-88⑈",
			[]typed{{ABARouting, "021000021"}, {BankAccount, "4455-6677-88"}}},
		{"a check digit that fails", "⑆021000022⑆ 123456789⑈", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, micrLines, tc.text, tc.want) })
	}
}

func TestFinanceFiles(t *testing.T) {
	for _, tc := range []struct {
		name string
		read func(string, []Finding) []Finding
		text string
		want []typed
	}{
		{"OFX 1's open elements", ofxAccounts, "<BANKACCTFROM>\n<BANKID>121000248\n<ACCTID>4417893021\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>",
			[]typed{{ABARouting, "121000248"}, {BankAccount, "4417893021"}}},
		{"OFX 2's XML, a routing number failing its check, a transaction's id", ofxAccounts,
			"<BANKID>121000249</BANKID><ACCTID>DE89370400440532013000</ACCTID><FITID>2023110601</FITID>",
			[]typed{{IBAN, "DE89370400440532013000"}}},
		{"QIF's payees and addresses", qifPayees, "!Type:Bank\nD11/06/2023\nT-125.00\nPPriya Raghunathan\nA12 Elm St\nMRent\n^\nPACME LLC\n^",
			[]typed{{Person, "Priya Raghunathan"}, {StreetAddress, "12 Elm St"}, {Organization, "ACME LLC"}}},
		{"no QIF header", qifPayees, "PPriya Raghunathan\nA12 Elm St", nil},
		{"what follows the file is no transaction", qifPayees, "!Type:Bank\nD11/06/2023\nPPriya Raghunathan\n^\nCan you read this?\nACME CORP\nPeter\n^",
			[]typed{{Person, "Priya Raghunathan"}}},
		{"a transaction without its end", qifPayees, "!Type:Bank\nD11/06/2023\nPPriya Raghunathan", nil},
		{"two files in one text", qifPayees, "!Type:Bank\nPAl Bo\n^\nand then\n!Type:CCard\nPCy Do\n^", []typed{{Person, "Al Bo"}, {Person, "Cy Do"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, tc.read, tc.text, tc.want) })
	}
}
