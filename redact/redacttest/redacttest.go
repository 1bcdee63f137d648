// Package redacttest holds what the recognizers' and the NER model's tests share: every prefix of
// a text run through a detector, cut on character boundaries, its findings checked to lie inside
// the prefix (stop 36). A text cut anywhere, as a stream's window or a truncated prompt cuts it,
// is a text the readers must read without a panic.
package redacttest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Prefixes runs detect over every prefix of each of texts and fails t on an error or a finding
// outside the prefix (span gives a finding's offsets); a panic fails the test as it is. It takes
// any finding type, so that redact's own tests, which this package cannot import back, use it.
func Prefixes[F any](t *testing.T, texts []string, detect func(string) ([]F, error), span func(F) (start, end int)) {
	t.Helper()
	for _, text := range texts {
		for k := 1; k <= len(text); k++ {
			if k < len(text) && !utf8.RuneStart(text[k]) {
				continue
			}
			p := text[:k]
			fs, err := detect(p)
			if err != nil {
				t.Fatalf("%q: %v", p, err)
			}
			for _, f := range fs {
				if start, end := span(f); start < 0 || end > len(p) || start >= end {
					t.Fatalf("%q: finding %+v outside the text", p, f)
				}
			}
		}
	}
}

// Handwritten returns the texts of the handwritten development sets (eval/testdata/handwritten:
// dev, chat-dev, shapes) from root, the module's folder.
func Handwritten(t *testing.T, root string) []string {
	t.Helper()
	var texts []string
	for _, name := range []string{"dev", "chat-dev", "shapes"} {
		data, err := os.ReadFile(filepath.Join(root, "eval", "testdata", "handwritten", name+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			texts = append(texts, rec.Text)
		}
	}
	return texts
}

// FormatSamples are texts in the formats the readers of stop 39 read by position (payment
// messages, statements, cheques, reservations, passenger lists, QR payloads, labels, card
// records, pharmacy claims, positions), shared by both packages' prefix sweeps and FuzzPatterns'
// seeds.
var FormatSamples = []string{
	"{4:\n:50K:/12345678\nMARGARETHA VAN DEN BERG\nKERKSTRAAT 14\n2000 ANTWERPEN\n:59F:CCPT/GB/533401927\n1/OLU ADE\n3/GB/LEEDS\n4/19850317\n-}",
	"<Dbtr><Nm>Anna Hofmann</Nm><PstlAdr><StrtNm>Goethestr</StrtNm><PstCd>60313</PstCd></PstlAdr></Dbtr><DbtrAcct><Id><Othr><Id>0012345678</Id></Othr></Id></DbtrAcct>",
	"622091000019123456789        0000012500EMP-7781       JOHN DOUGLAS HARPER     0091000010000001\n:86:166?31DE89370400440532013000?32Jo Krause\n:86:/CNTP/NL91ABNA0417164300/ABNANL2A/Pieter/Utrecht/",
	"⑆021000021⑆ 123456789⑈ 1045\nRP/NYC1S2100/NYC1S2100   AA/SU  12NOV24/1453Z   QWERTY\n  1.PATEL/PRIYA MS 2.1OKONKWO/ADAEZEMRS\nSSR DOCS BA HK1/P/GBR/533401927/GBR/14MAR79/M/12DEC29/OKONKWO/CHINEDU-1.1OKONKWO/CHINEDU",
	"NAD+FL+++HAMMOND:ELIZABETH+12 HIGH ST+LONDON++SW1A 1AA'DTM+329:790304'DOC+P:110:111+534761208'RFF+AVF:K7XQ2M'\nuid: mgarcia",
	"BCD\n002\n1\nSCT\nX\nJo Krause\nDE89370400440532013000\nSPC\n0200\n1\nCH4431999123000889012\nS\nRo\nRue\n1\n2501\nBiel\nCH\nMECARD:N:Ok,Ch;ADR:1 Rd;;",
	"upi://pay?pa=a@b&pn=A%20B ^XA^FO5,5^FDJo Ann^FS^FO5,9^FD1 Rd^FS^XZ DE002: 4111111111111111\nDE014: 2512\n5F20 0A DOE/JOHN 57 13 4761739001010010D2512201F",
	"\x1e\x1cAM01\x1cCAJO\x1cCBDOE\x1cC419800214<RS><FS>AM04<FS>C2XQJ1<FS>CCJO\nAM03|DB1234567893|DRWELBY; {\"latitudeE7\":377749295} $GPGGA,1,4807.038,N,01131.000,E",
}
