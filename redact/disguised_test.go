package redact

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDisguisedNumbers: a number written so that a person still reads it and a scanner of plain
// text does not (stop 43) is found, its finding over the disguise in the original text; the same
// characters where they disguise nothing (a formula's superscripts, a list's keycaps, a table's
// cells, a flag's tags, a model's name) make no finding.
func TestDisguisedNumbers(t *testing.T) {
	det := NewDetector(Patterns{})
	tags := func(s string) string { // Unicode's tag characters shadowing s
		var b strings.Builder
		for _, r := range s {
			b.WriteRune(0xE0000 + r)
		}
		return b.String()
	}
	for _, tc := range []struct{ text, typ, want string }{
		{"SSN " + tags("072-09-3199"), SSN, tags("072-09-3199")},
		{"card " + tags("4111 1111 1111 1111") + "\U000E007F thanks", CreditCard, tags("4111 1111 1111 1111")},
		{"ssn 1\u200e2\u200e3\u200e-\u200e4\u200e5\u200e-\u200e6\u200e7\u200e8\u200e9", SSN, "1\u200e2\u200e3\u200e-\u200e4\u200e5\u200e-\u200e6\u200e7\u200e8\u200e9"},
		{"ip \u2066139.47.205.204\u2069 flagged", IPAddress, "139.47.205.204"},
		{"card 4\u03361\u03361\u03361\u0336 1\u03361\u03361\u03361\u0336 1111 1111", CreditCard, "4\u03361\u03361\u03361\u0336 1\u03361\u03361\u03361\u0336 1111 1111"},
		{"IBAN G\u0332B\u03328\u03322\u0332 WEST 1234 5698 7654 32", IBAN, "G\u0332B\u03328\u03322\u0332 WEST 1234 5698 7654 32"},
		{"SSN 1\u03012\u03033-45-6789", SSN, "1\u03012\u03033-45-6789"},
		{"call 5\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e3-8\ufe0f\u20e36\ufe0f\u20e37\ufe0f\u20e3-5309 now", Phone, "5\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e3-8\ufe0f\u20e36\ufe0f\u20e37\ufe0f\u20e3-5309"},
		{"card ⁴¹¹¹ ¹¹¹¹ ¹¹¹¹ ¹¹¹¹ ok", CreditCard, "⁴¹¹¹ ¹¹¹¹ ¹¹¹¹ ¹¹¹¹"},
		{"Applicant SSN: ⁶²⁶-⁰³-¹⁷²⁴.", SSN, "⁶²⁶-⁰³-¹⁷²⁴"},
		{"card 4111·1111·1111·1111", CreditCard, "4111·1111·1111·1111"},
		{"電話 090ー1234ー5678", Phone, "090ー1234ー5678"},
		{"text 303\u2005754\u20051694 after 5", Phone, "303\u2005754\u20051694"},
		{"card 4111%201111%201111%201111", CreditCard, "4111%201111%201111%201111"},
		{"my social is 123%2D45%2D6789", SSN, "123%2D45%2D6789"},
		{"client ip 207[.]160[.]155[.]201", IPAddress, "207[.]160[.]155[.]201"},
		{"ip 192 dot 168 dot 1 dot 20 ok", IPAddress, "192 dot 168 dot 1 dot 20"},
		{"my social is <b>578</b>-34-<b>0754</b>", SSN, "578</b>-34-<b>0754"},
		{"card: <b>4111</b> <b>1111</b> <b>1111</b> <b>1111</b>", CreditCard, "4111</b> <b>1111</b> <b>1111</b> <b>1111"},
		{`phone <span style="color:red">555</span>-<span style="color:red">867</span>-5309`, Phone, `555</span>-<span style="color:red">867</span>-5309`},
		{"My card is 5154 437O 3526 5682, thanks", CreditCard, "5154 437O 3526 5682"},
		{"SSN I55-53-6972", SSN, "I55-53-6972"},
		{"login from 2.l62.239.78 flagged", IPAddress, "2.l62.239.78"},
		{"Phone: 384 dash 776 dash 8523", Phone, "384 dash 776 dash 8523"},
		{"mail john dot smith at gmail dot com, ssn I55-53-6972", SSN, "I55-53-6972"}, // a second reading, then a third
		{"call five five five, oh one four seven; SSN I55-53-6972", SSN, "I55-53-6972"},
		{"ssn 123 HYPHEN 45 HYPHEN 6789", SSN, "123 HYPHEN 45 HYPHEN 6789"},
		{"my card is 4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1", CreditCard, "4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1"},
		{"my ssn is 1.2.3.4.5.6.7.8.9", SSN, "1.2.3.4.5.6.7.8.9"},
		{"ssn 1_2_3_4_5_6_7_8_9", SSN, "1_2_3_4_5_6_7_8_9"},
		{"Card number: 4111 1111 1111\n1111 exp 09/28", CreditCard, "4111 1111 1111\n1111"},
		{"VISA 4111-1111-1111\r\n1111", CreditCard, "4111-1111-1111\r\n1111"},
		{"card 3782 822463\n10005 amex", CreditCard, "3782 822463\n10005"},
		{"IBAN DE89 3704 0044\n0532 0130 00", IBAN, "DE89 3704 0044\n0532 0130 00"},
		{"SSN: 123-45-\n6789", SSN, "123-45-\n6789"},
		{"email: john.smith@\nexample.com", Email, "john.smith@\nexample.com"},
		{"card: %34%31%31%31%20%31%31%31%31%20%31%31%31%31%20%31%31%31%31", CreditCard, "%34%31%31%31%20%31%31%31%31%20%31%31%31%31%20%31%31%31%31"},
		{`card = "\x34\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31"`, CreditCard, `\x34\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31\x31`},
		{`mail jane\x40example.com ok`, Email, `jane\x40example.com`},
		{"IBAN: DE89-3704-0044-0532-0130-00", IBAN, "DE89-3704-0044-0532-0130-00"},
		{"pls refund to 4111\t1111\t1111\t1111 thx", CreditCard, "4111\t1111\t1111\t1111"},
		{"Applicant SSN: 662\t01\t5267.", SSN, "662\t01\t5267"},
		{"call me at 843\t341\t4182", Phone, "843\t341\t4182"},
		{"IBAN GB82\tWEST\t1234\t5698\t7654\t32", IBAN, "GB82\tWEST\t1234\t5698\t7654\t32"},
		{"Please wire it to GB⁸² WEST ¹²³⁴ ⁵⁶⁹⁸ ⁷⁶⁵⁴ ³².", IBAN, "GB⁸² WEST ¹²³⁴ ⁵⁶⁹⁸ ⁷⁶⁵⁴ ³²"},
		{"IBAN DE⁸⁹ ³⁷⁰⁴ ⁰⁰⁴⁴ ⁰⁵³² ⁰¹³⁰ ⁰⁰", IBAN, "DE⁸⁹ ³⁷⁰⁴ ⁰⁰⁴⁴ ⁰⁵³² ⁰¹³⁰ ⁰⁰"},
		{"Please wire it to DE89 37O4 0044 0532 0l30 00.", IBAN, "DE89 37O4 0044 0532 0l30 00"},
		{"Please wire it to GB82 WEST l234 5698 7654 32.", IBAN, "GB82 WEST l234 5698 7654 32"},
		// the same characters disguising nothing
		{"E = mc² and 10¹² operations, 2¹²⁸ keys, H₂O", "", ""},
		{"1️⃣ Open the app 2️⃣ Tap Settings 3️⃣ Save", "", ""},
		{"<b>Step 1</b> <b>2024</b> results", "", ""},
		{"<td>4111</td><td>1111</td><td>1111</td><td>1111</td>", "", ""},
		{"Part I·II·III, col·lecció", "", ""},
		{"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F 4111", "", ""},
		{"release v2.0.1-lI on O2, ask o3 about 10l", "", ""},
		{"score 10 dash 12 at halftime, the line 10 dash 20 dash 30", "", ""},
		{"year\t2019\t2020\t2021\t2022", "", ""},
		{"card\t4111\t1111\t1111\t1111", "", ""},
		{"totals 4111\t1111\t1111\t1111\tEUR", "", ""},
		{"4111\t1111\t1111\t1111\nrow\t2", "", ""},
		{"ids x4111\t1111\t1111\t1111", "", ""},
		{"AB¹² and NO²³ units", "", ""},
		{"IBAN DE89 37O4 OO44 0532 0l30 00", "", ""},
		{"list 0,1,1,0,1,0,0,1,0,1,1,0 and 1.2.3.4 and v1.2.3 and 1-0-1-1-0", "", ""},
		{`path C:\xampp\htdocs, bytes "\x00\xff\xab", escaped "\\x34\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31\\x31"`, "", ""},
		{"codes:\n4111\n1111\n1111\n1111\nrooms 4111 1111\n1112 1111", "", ""},
	} {
		fs, err := det.Detect(context.Background(), tc.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if tc.typ == "" && f.Score >= 0.5 || f.Type == tc.typ {
				got = f.Type + " " + tc.text[f.Start:f.End]
			}
		}
		if want := strings.TrimSpace(tc.typ + " " + tc.want); got != want {
			t.Errorf("%q: found %q, want %q", tc.text, got, want)
		}
	}
}

// TestLookalikeShapes: look-alike letters are read as digits only where the number then has a
// strict shape, and no more than two of them.
func TestLookalikeShapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"5154 437O 3526 5682", "5154 4370 3526 5682"},
		{"2373-9l35-3768-8623", "2373-9135-3768-8623"},
		{"I55-53-6972", "155-53-6972"},
		{"l49.94.219.24", "149.94.219.24"},
		{"5l5-867-53O9", "515-867-5309"},
		{"5154 437O 3526 5683", "5154 437O 3526 5683"}, // no Luhn
		{"OO0-53-6972", "OO0-53-6972"},                 // area 000
		{"4lll-llll-llll-llll", "4lll-llll-llll-llll"}, // letters alone in a group
		{"4l1l 1l11 1111 1111", "4l1l 1l11 1111 1111"}, // four letters
		{"O2 0344 809 0202", "O2 0344 809 0202"},
		{"x437O 3526", "x437O 3526"},
		{"O34328123", "O34328123"}, // one group: the letter is its own
		{"3432I8123", "343218123"},
	} {
		if got := lookalikeDigits(tc.in).text; got != tc.want {
			t.Errorf("lookalikeDigits(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzDisguised: each of stop 43's normalisations maps every byte of its copy back to a range of
// whole characters of its source, in order, and changes nothing where it has nothing to read;
// lookalikeDigits keeps the text's length.
func FuzzDisguised(f *testing.F) {
	for _, s := range []string{"<b>578</b>-34-<b>0754</b>", "card 4111 1111 1111\n1111 exp", "SSN I55-53-6972, 5154 437O 3526 5682",
		"384 dash 776 dash 8523", "call 843\t341\t4182", `"\x34\x31\x31\x31"`, "⁴¹¹¹ ¹¹¹¹·1111ー1111 \u200e\u0336\U000E0034", "john.smith@\nexample.com", "207[.]160[.]155[.]201"} {
		f.Add(s)
	}
	passes := map[string]func(string) normalized{"mapRunes": mapRunes, "inlineTags": inlineTags, "wrappedNumbers": wrappedNumbers, "markedDigits": markedDigits,
		"lookalikeDigits": lookalikeDigits, "saidMarks": saidMarks, "tabbedNumbers": tabbedNumbers, "hexEscapes": hexEscapes, "spellOut": spellOut, "percentLetters": percentLetters}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for name, pass := range passes {
			n := pass(s)
			if n.edits == nil {
				if n.text != s {
					t.Fatalf("%s(%q) = %q with no edits", name, s, n.text)
				}
				continue
			}
			last := 0
			for p := range len(n.text) {
				a, b := n.span(p, p+1)
				if a < last || a >= b || b > len(s) || !utf8.RuneStart(s[a]) || b < len(s) && !utf8.RuneStart(s[b]) {
					t.Fatalf("%s(%q): byte %d of %q maps to [%d,%d)", name, s, p, n.text, a, b)
				}
				last = a
			}
			if name == "lookalikeDigits" && len(n.text) != len(s) {
				t.Fatalf("lookalikeDigits(%q) = %q: another length", s, n.text)
			}
		}
	})
}
