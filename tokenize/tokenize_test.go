package tokenize

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/vault"
)

// memVault is an in-memory Vault for tests of this package alone.
type memVault struct {
	mu     sync.Mutex
	byNorm map[string]string
	values map[string]string
}

func newMemVault() *memVault {
	return &memVault{byNorm: map[string]string{}, values: map[string]string{}}
}

func (m *memVault) TokenKey(context.Context, string) ([]byte, error) { return []byte("test key"), nil }

func (m *memVault) Mint(_ context.Context, tenant string, items []vault.Item) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]string, len(items))
	for i, it := range items {
		k := it.Type + "\x00" + it.Norm
		if t, ok := m.byNorm[k]; ok {
			out[i] = t
			continue
		}
		for _, c := range it.Cands() {
			if _, taken := m.values[c]; !taken {
				m.byNorm[k], m.values[c], out[i] = c, it.Value, c
				break
			}
		}
	}
	return out, nil
}

func (m *memVault) resolve(_ context.Context, toks []string) (map[string]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]string{}
	for _, t := range toks {
		if v, ok := m.values[t]; ok {
			out[t] = v
		}
	}
	return out, nil
}

var finder = NewFinder(policies.KnownTypes)

func TestCandidatesFormat(t *testing.T) {
	c := Candidates([]byte("k"), "EMAIL_ADDRESS", "a@b.com")
	if len(c) != 4 {
		t.Fatalf("got %d candidates", len(c))
	}
	for _, tok := range c {
		if !Pattern.MatchString(tok) || len(tok) != len("[EMAIL_ADDRESS_]")+IDLen {
			t.Errorf("candidate %q does not have the token format", tok)
		}
		if got := finder.Find(tok, nil); len(got) != 1 || got[0].Token != tok {
			t.Errorf("finder on %q = %v", tok, got)
		}
	}
	if c2 := Candidates([]byte("other key"), "EMAIL_ADDRESS", "a@b.com"); c2[0] == c[0] {
		t.Error("tokens do not depend on the tenant key")
	}
}

func TestFindMangled(t *testing.T) {
	const tok = "[PERSON_7KQ2M9XA]"
	tests := []struct {
		name, text, want string // want: the matched text
	}{
		{"canonical", "Hi [PERSON_7KQ2M9XA], ok", "[PERSON_7KQ2M9XA]"},
		{"lower case", "hi [person_7kq2m9xa].", "[person_7kq2m9xa]"},
		{"no brackets", "Dear PERSON_7KQ2M9XA,", "PERSON_7KQ2M9XA"},
		{"markdown bold", "**[PERSON_7KQ2M9XA]**", "[PERSON_7KQ2M9XA]"},
		{"markdown escapes", `\[PERSON\_7KQ2M9XA\]`, `\[PERSON\_7KQ2M9XA\]`},
		{"possessive", "[PERSON_7KQ2M9XA]'s file", "[PERSON_7KQ2M9XA]"},
		{"look-alikes", "[PERSON_7KQ2M9XA]", "[PERSON_7KQ2M9XA]"},
		{"quoted", `"PERSON_7KQ2M9XA"`, "PERSON_7KQ2M9XA"},
		{"in backticks", "`[PERSON_7KQ2M9XA]`", "[PERSON_7KQ2M9XA]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := finder.Find(tt.text, nil)
			if len(ms) != 1 {
				t.Fatalf("Find(%q) = %v", tt.text, ms)
			}
			if got := tt.text[ms[0].Start:ms[0].End]; got != tt.want || ms[0].Token != tok {
				t.Errorf("matched %q as %s, want %q as %s", got, ms[0].Token, tt.want, tok)
			}
		})
	}
	if ms := finder.Find("[PERSON_7KQ2M9O1]", nil); len(ms) != 1 || ms[0].Token != "[PERSON_7KQ2M901]" {
		t.Errorf("O and I are not read as 0 and 1: %v", ms)
	}
	for _, text := range []string{"MAX_CONNECTIONS", "[PERSON_7KQ2M9XAB]", "XPERSON_7KQ2M9XA", "[UNKNOWN_7KQ2M9XA]", "PERSON_7KQ2M9"} {
		if ms := finder.Find(text, nil); len(ms) != 0 {
			t.Errorf("Find(%q) = %v, want none", text, ms)
		}
	}
}

func TestStreamEverySplit(t *testing.T) {
	const tok = "[EMAIL_ADDRESS_7KQ2M9XA]"
	resolve := func(_ context.Context, toks []string) (map[string]string, error) {
		out := map[string]string{}
		for _, x := range toks {
			if x == tok {
				out[x] = `ann "the" \o/ <ann@example.com>`
			}
		}
		return out, nil
	}
	r := NewRehydrator(finder, resolve)
	ctx := context.Background()
	texts := []string{
		"Write to " + tok + " and to email_address_7kq2m9xa, or \\[EMAIL\\_ADDRESS\\_7KQ2M9XA\\]. Ünïcode ✓ [EMAIL_ADDRESS_7KQ2M9XA]",
		"[EMAIL_ADDRESS_UNKNOWN1] stays; E and EM and [ and \\ too",
	}
	for _, text := range texts {
		want, err := r.Text(ctx, text, false)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(text, tok) && strings.Contains(want, "7KQ2M9XA") {
			t.Fatalf("Text left a token: %q", want)
		}
		for split := 0; split <= len(text); split++ {
			for split2 := split; split2 <= len(text); split2 += 7 {
				s := r.Stream(false)
				var got strings.Builder
				for _, piece := range []string{text[:split], text[split:split2], text[split2:]} {
					o, err := s.Write(ctx, piece)
					if err != nil {
						t.Fatal(err)
					}
					if !utf8.ValidString(o) {
						t.Fatalf("split %d/%d emitted invalid UTF-8 %q", split, split2, o)
					}
					got.WriteString(o)
				}
				o, _ := s.Flush(ctx)
				got.WriteString(o)
				if got.String() != want {
					t.Fatalf("split at %d,%d:\n got %q\nwant %q", split, split2, got.String(), want)
				}
			}
		}
	}
}

func TestStreamHoldsBackOnlyTokenPrefixes(t *testing.T) {
	r := NewRehydrator(finder, newMemVault().resolve)
	s := r.Stream(false)
	ctx := context.Background()
	for _, tc := range []struct{ in, out string }{
		{"Hello world", "Hello world"},
		{", dear [PERS", ", dear "},
		{"ONAL", "[PERSONAL"},
		{" note P", " note "},
		{"izza", "Pizza"},
	} {
		got, _ := s.Write(ctx, tc.in)
		if got != tc.out {
			t.Errorf("Write(%q) = %q, want %q", tc.in, got, tc.out)
		}
	}
}

func TestJSONModeEscapes(t *testing.T) {
	const tok = "[PERSON_7KQ2M9XA]"
	value := `O"Brien \ the "first"` + "\n"
	resolve := func(context.Context, []string) (map[string]string, error) { return map[string]string{tok: value}, nil }
	r := NewRehydrator(finder, resolve)
	ctx := context.Background()
	for _, args := range []string{`{"name": "` + tok + `", "note": "see ` + tok + `"}`, `{"name": ` + tok + `}`} {
		out, err := r.Text(ctx, args, true)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatalf("re-hydrated arguments are not JSON: %v\n%s", err, out)
		}
		if m["name"] != value {
			t.Errorf("name = %q, want %q", m["name"], value)
		}
		// and streamed one byte at a time
		s := r.Stream(true)
		var b strings.Builder
		for i := range len(args) {
			o, _ := s.Write(ctx, args[i:i+1])
			b.WriteString(o)
		}
		o, _ := s.Flush(ctx)
		b.WriteString(o)
		if b.String() != out {
			t.Errorf("streamed %q, whole %q", b.String(), out)
		}
	}
}

func TestRedactRoundTrip(t *testing.T) {
	v := newMemVault()
	red := NewRedactor(redact.NewDetector(redact.Patterns{}), v)
	pol, _ := policies.Load("strict")
	ctx := context.Background()
	texts := []string{"mail jane@example.com or call (212) 555-0147", "again jane@example.com, card 4111 1111 1111 1111"}
	out, err := red.Redact(ctx, "acme", pol, texts)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range out.Texts {
		for _, secret := range []string{"jane@", "555-0147", "4111"} {
			if strings.Contains(s, secret) {
				t.Errorf("redacted text %q still holds %q", s, secret)
			}
		}
	}
	first, second := finder.Find(out.Texts[0], nil), finder.Find(out.Texts[1], nil)
	if first[0].Token != second[0].Token {
		t.Errorf("the same email got two tokens: %s, %s", first[0].Token, second[0].Token)
	}
	want := map[Count]int{{"EMAIL_ADDRESS", policies.Tokenize}: 2, {"PHONE_NUMBER", policies.Tokenize}: 1, {"CREDIT_CARD", policies.Tokenize}: 1}
	if diff := cmp.Diff(want, out.Counts); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	r := NewRehydrator(finder, v.resolve)
	for i, s := range out.Texts {
		back, err := r.Text(ctx, s, false)
		if err != nil || back != texts[i] {
			t.Errorf("rehydrate(redact(%q)) = %q, %v", texts[i], back, err)
		}
	}
}

func TestRedactBlocks(t *testing.T) {
	v := newMemVault()
	red := NewRedactor(redact.NewDetector(redact.Patterns{}), v)
	pol, _ := policies.Load("strict")
	out, err := red.Redact(context.Background(), "acme", pol, []string{"key AKIAIOSFODNN7EXAMPLE for jane@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	if out.Blocked["API_KEY"] != 1 || len(v.values) != 0 {
		t.Errorf("Blocked = %v, vault holds %d values; want a block and no vault write", out.Blocked, len(v.values))
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{
		"mail jane@example.com or call (212) 555-0147",
		"card 4111 1111 1111 1111, ssn 536-22-1234, ip 10.1.2.3, iban GB82WEST12345698765432",
		"[EMAIL_ADDRESS_7KQ2M9XA] already looks like a token",
		"https://example.com/x?y=z and sk-proj-abcDEF1234567890ghijKLMN",
	} {
		f.Add(s)
	}
	det := redact.NewDetector(redact.Patterns{})
	pol, _ := policies.Parse("fuzz", []byte("name: fuzz\ndefault: {action: tokenize, min_score: 0}\n"))
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, s string) {
		v := newMemVault()
		red := NewRedactor(det, v)
		out, err := red.Redact(ctx, "t", pol, []string{s})
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatal("invalid UTF-8 was accepted")
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		fs, _ := det.Detect(ctx, s)
		// the text outside every finding, joined by a byte no value contains
		var rest strings.Builder
		last := 0
		for _, fd := range fs {
			rest.WriteString(s[last:fd.Start] + "\x00")
			last = fd.End
		}
		rest.WriteString(s[last:])
		surface := map[string]string{}
		exact := true
		masked := out.Texts[0] // the output without its tokens, whose letters a short value may be among ("8" in [AGE_C0Q8FT9J])
		for tok := range out.Tokens {
			masked = strings.ReplaceAll(masked, tok, "\x00")
		}
		for _, fd := range fs {
			value := s[fd.Start:fd.End]
			if !strings.Contains(rest.String(), value) && strings.Contains(masked, value) {
				t.Fatalf("value %q left in %q", value, out.Texts[0])
			}
			k := fd.Type + "\x00" + Normalize(fd.Type, value)
			if prev, ok := surface[k]; ok && prev != value {
				exact = false // one token for two spellings: re-hydration gives the first
			}
			surface[k] = value
		}
		back, err := NewRehydrator(finder, func(_ context.Context, toks []string) (map[string]string, error) {
			m := map[string]string{}
			for _, tk := range toks {
				if val, ok := out.Tokens[tk]; ok {
					m[tk] = val
				}
			}
			return m, nil
		}).Text(ctx, out.Texts[0], false)
		if err != nil {
			t.Fatal(err)
		}
		if exact && len(finder.Find(s, nil)) == 0 && back != s {
			t.Fatalf("rehydrate(redact(x)) != x\n   x: %q\nback: %q\nredacted: %q", s, back, out.Texts[0])
		}
	})
}

func ExampleFormat() {
	fmt.Println(Format("EMAIL_ADDRESS", "7KQ2M9XA"))
	// Output: [EMAIL_ADDRESS_7KQ2M9XA]
}

func FuzzStream(f *testing.F) {
	f.Add("Write to [EMAIL_ADDRESS_7KQ2M9XA] and email_address_7kq2m9xa", 3, 11, false)
	f.Add(`{"a":"[PERSON_7KQ2M9XA]","b":PERSON\_7KQ2M9XA}`, 1, 2, true)
	f.Add("\\[EMAIL\\_ADDRESS\\_7KQ2M9XA\\] ü", 5, 6, false)
	resolve := func(_ context.Context, toks []string) (map[string]string, error) {
		out := map[string]string{}
		for _, t := range toks {
			out[t] = "<" + strings.ToLower(t) + " \"q\" \\>"
		}
		return out, nil
	}
	r := NewRehydrator(finder, resolve)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text string, a, b int, jsonMode bool) {
		if !utf8.ValidString(text) {
			return
		}
		a, b = clamp(a, len(text)), clamp(b, len(text))
		if a > b {
			a, b = b, a
		}
		want, _ := r.Text(ctx, text, jsonMode)
		s := r.Stream(jsonMode)
		var got strings.Builder
		for _, piece := range []string{text[:a], text[a:b], text[b:]} {
			o, err := s.Write(ctx, piece)
			if err != nil {
				t.Fatal(err)
			}
			got.WriteString(o)
		}
		o, _ := s.Flush(ctx)
		got.WriteString(o)
		if got.String() != want {
			t.Fatalf("split at %d,%d: streamed %q, whole %q", a, b, got.String(), want)
		}
	})
}

func clamp(n, hi int) int {
	if n < 0 {
		n = -n
	}
	if hi == 0 {
		return 0
	}
	return n % (hi + 1)
}

func TestGeneralize(t *testing.T) {
	for _, tc := range []struct{ typ, in, want string }{
		{"ZIP_CODE", "94110", "941XX"}, {"ZIP_CODE", "94110-1234", "941XX"}, {"ZIP_CODE", "03601", "000XX"}, {"ZIP_CODE", "8930", "[REDACTED_ZIP_CODE]"},
		// another country's postcode keeps nothing: its digits are no US area
		{"ZIP_CODE", "D02 X285", "[REDACTED_ZIP_CODE]"}, {"ZIP_CODE", "00-590", "[REDACTED_ZIP_CODE]"}, {"ZIP_CODE", "94110 1234", "941XX"}, {"ZIP_CODE", "1193653471", "[REDACTED_ZIP_CODE]"},
		{"DATE_TIME", "03/14/2024", "2024"}, {"DATE_OF_BIRTH", "March 14, 1931", "1931"}, {"DATE_TIME", "14.03.24", "[REDACTED_DATE_TIME]"},
		{"AGE", "93", "90+"}, {"AGE", "89", "89"}, {"AGE", "7", "7"}, {"US_SSN", "536-22-1234", "[REDACTED_US_SSN]"},
	} {
		if got := Generalize(tc.typ, tc.in); got != tc.want {
			t.Errorf("Generalize(%s, %q) = %q, want %q", tc.typ, tc.in, got, tc.want)
		}
	}
	red := NewRedactor(redact.NewDetector(redact.Patterns{}), newMemVault())
	pol, _ := policies.Load("hipaa")
	out, err := red.Redact(context.Background(), "t", pol, []string{"zip code 94110, a 93-year-old"})
	if err != nil {
		t.Fatal(err)
	}
	if out.Texts[0] != "zip code 941XX, a 90+-year-old" {
		t.Errorf("hipaa: %q", out.Texts[0])
	}
}

// TestHIPAAPartialDates: Safe Harbor removes every element of a date but the year, so the hipaa
// preset masks a date without its year or day, and one with a two-digit year, with no context
// word beside it; strict masks a month named with its day or year, and leaves a numeric one to a
// context word. A year alone stays.
func TestHIPAAPartialDates(t *testing.T) {
	red := NewRedactor(redact.NewDetector(redact.Patterns{}), newMemVault())
	text := "Notes: March 15, then June 2019. Ref 3/4/22 in 2019."
	for pol, want := range map[string][]string{
		"hipaa":  {"March 15", "3/4/22", "June 2019"},
		"strict": {"March 15", "June 2019"},
	} {
		p, _ := policies.Load(pol)
		out, err := red.Redact(context.Background(), "t", p, []string{text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, v := range out.Tokens {
			got = append(got, v)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s masks %q, want %q (%s)", pol, got, want, out.Texts[0])
		}
	}
}

// slowDetector finds nothing after a pause, and fails on texts holding "FAIL".
type slowDetector struct {
	running, peak atomic.Int32
}

func (d *slowDetector) Run(ctx context.Context, text string, _ redact.Options) (redact.Result, error) {
	n := d.running.Add(1)
	defer d.running.Add(-1)
	for p := d.peak.Load(); n > p && !d.peak.CompareAndSwap(p, n); p = d.peak.Load() {
	}
	select {
	case <-time.After(5 * time.Millisecond):
	case <-ctx.Done():
		return redact.Result{}, ctx.Err()
	}
	if strings.Contains(text, "FAIL") {
		return redact.Result{}, errors.New("model down")
	}
	return redact.Result{}, nil
}

func TestPlanParallel(t *testing.T) {
	pol, _ := policies.Load("strict")
	texts := make([]string, 40)
	for i := range texts {
		texts[i] = fmt.Sprint("text ", i)
	}
	d := &slowDetector{}
	red := NewRedactor(d, newMemVault())
	red.SetParallel(8)
	if _, err := red.Plan(context.Background(), "acme", pol, texts); err != nil {
		t.Fatal(err)
	}
	if p := d.peak.Load(); p < 2 || p > 8 {
		t.Errorf("peak concurrency %d, want 2..8", p)
	}
	texts[30] = "FAIL here"
	_, err := red.Plan(context.Background(), "acme", pol, texts)
	if err == nil || !strings.Contains(err.Error(), "text 30: model down") {
		t.Errorf("err = %v, want the failing text's own error", err)
	}
}

// FuzzFoldSpaces: the ASCII fast path of Normalize folds as the general one does.
func FuzzFoldSpaces(f *testing.F) {
	for _, s := range []string{"", " ", "John  Smith", "john smith", " john", "john ", "JOHN\tSMITH\n", "a\vb\fc\rd", "José  Núñez", "a\u00a0b", "x y z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
		if got := foldSpaces(s); got != want {
			t.Fatalf("foldSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestNormalizeSpelledNumbers: a number spelled out is the same value as its digits, and two
// spelled numbers are two values (their digits, not the none a digits-only form would give).
func TestNormalizeSpelledNumbers(t *testing.T) {
	for _, tc := range []struct{ typ, in, want string }{
		{"PHONE_NUMBER", "five five five, one two three, four five six seven", "5551234567"},
		{"PHONE_NUMBER", "555-123-4567", "5551234567"},
		{"CH_AHV", "756.7584.2309.17", "7567584230917"}, // one Swiss number, dotted or not
		{"US_SSN", "Five Three Six - two two - four one eight seven", "536224187"},
		{"PHONE_NUMBER", "five five five, oh one two three", "5550123"},
		{"PHONE_NUMBER", "oh seven seven double oh nine double oh one two three", "07700900123"},
		{"PHONE_NUMBER", "07700 900123", "07700900123"},
		// numbers said in pairs and hundreds, as a caller says them (since stop 25)
		{"CREDIT_CARD", "forty one eleven eleven eleven eleven eleven eleven eleven", "4111111111111111"},
		{"CREDIT_CARD", "4111 1111 1111 1111", "4111111111111111"},
		{"PHONE_NUMBER", "one eight hundred five five five oh one four seven", "18005550147"},
		{"US_BANK_NUMBER", "eight three one four four nine two", "8314492"},
	} {
		if got := Normalize(tc.typ, tc.in); got != tc.want {
			t.Errorf("Normalize(%s, %q) = %q, want %q", tc.typ, tc.in, got, tc.want)
		}
	}
}

// TestNormalizeAgencyNumbers: an agency's number is one value however it is grouped or cased
// (stop 41); an address or an encoding's characters are keyed as written.
func TestNormalizeAgencyNumbers(t *testing.T) {
	for _, tc := range []struct{ typ, in, want string }{
		{"AU_MEDICARE", "2123 45670 1", "2123456701"},
		{"AU_MEDICARE", "2123-45670-1", "2123456701"},
		{"AU_IHI", "8003 6086 6670 1594", "8003608666701594"},
		{"NZ_NHI", "zbn77vl", "ZBN77VL"},
		{"NZ_IRD", "049-091-850", "49091850"},
		{"NZ_IRD", "49091850", "49091850"},
		{"CA_HEALTH_NUMBER", "1234-567-897-AB", "1234567897"},
		{"CA_HEALTH_NUMBER", "TREJ 8505 1219", "TREJ85051219"},
		{"UK_UTR", "1955839661K", "1955839661"},
		{"UK_UTR", "19558 39661", "1955839661"},
		{"IN_GSTIN", "27aapfu0939f1zv", "27AAPFU0939F1ZV"},
		{"MY_NRIC", "800101-14-5567", "800101145567"},
		{"ZA_ID", "800101 5009 087", "8001015009087"},
		{"IL_ID", "012345674", "12345674"},
		{"IN_ABHA", "Rahul.Sharma@abdm", "rahul.sharma@abdm"},
		{"AU_ABN", "NTEgODI0IDc1MyA1NTY=", "NTEgODI0IDc1MyA1NTY="},
	} {
		if got := Normalize(tc.typ, tc.in); got != tc.want {
			t.Errorf("Normalize(%s, %q) = %q, want %q", tc.typ, tc.in, got, tc.want)
		}
	}
}

// TestNormalizeOtherDigits: a number written in full-width digits, another script's digits, HTML
// references or with zero-width spaces is the same value as the number in ASCII digits, and two
// such numbers are two values (full-width numbers had kept no digit, so that every one of a
// tenant was one value with one token, and re-hydration gave each the first one's number).
func TestNormalizeOtherDigits(t *testing.T) {
	for _, tc := range []struct{ typ, in, want string }{
		{"PHONE_NUMBER", "５５５-０１４７", "5550147"},
		{"PHONE_NUMBER", "٥٥٥-٠١٤٨", "5550148"},
		{"PHONE_NUMBER", "९१७ ५५५ ०१९९", "9175550199"},
		{"CREDIT_CARD", "４１１１ １１１１ １１１１ １１１１", "4111111111111111"},
		{"CREDIT_CARD", "&#52;&#49;&#49;&#49; 1111 1111 1111", "4111111111111111"},
		{"US_SSN", "536​22​4187", "536224187"},
		{"PHONE_NUMBER", "+1 (415) 555-0134 ext. 12", "14155550134" + "12"},
		{"PHONE_NUMBER", "five five five, oh one four seven", "5550147"},
		// found in base64, over the characters that carry it: keyed by them exactly (since stop 40)
		{"PHONE_NUMBER", "NDE1LTU1NS0wMTM0", "NDE1LTU1NS0wMTM0"},
		{"US_SSN", "IDUzNi0yMi0xMjM0", "IDUzNi0yMi0xMjM0"},
	} {
		if got := Normalize(tc.typ, tc.in); got != tc.want {
			t.Errorf("Normalize(%s, %q) = %q, want %q", tc.typ, tc.in, got, tc.want)
		}
	}
	if a, b := Normalize("PHONE_NUMBER", "５５５-０１４７"), Normalize("PHONE_NUMBER", "５５５-０１４８"); a == b {
		t.Errorf("two full-width numbers are one value %q", a)
	}
}

// TestNormalizeHiddenEmails: an address however it is hidden is the same value as the address,
// so it gets the same token.
func TestNormalizeHiddenEmails(t *testing.T) {
	for _, in := range []string{"John.Smith@Example.com", "john dot smith at example dot com", "john.smith (at) example.com",
		"john[.]smith[@]example[.]com", "john.smith%40example.com", "john.smith at example.com", "ｊｏｈｎ.ｓｍｉｔｈ＠ｅｘａｍｐｌｅ.ｃｏｍ", "j\u200bohn.smith@example.com", "john.smith&#64;example.com", "john.smith&commat;example&period;com"} {
		if got := Normalize("EMAIL_ADDRESS", in); got != "john.smith@example.com" {
			t.Errorf("Normalize(EMAIL_ADDRESS, %q) = %q, want john.smith@example.com", in, got)
		}
	}
}

// TestNormalizeSpelledNames: a name spelled a letter at a time is the same value as the name
// written whole; a hyphenated name is not spelled.
func TestNormalizeSpelledNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"A-C-H-T-E-R-B-E-R-G", "achterberg"},
		{"K.O.W.A.L.S.K.A.", "kowalska"},
		{"Achterberg", "achterberg"},
		{"Jean-Luc", "jean-luc"},
		{"A-B.C", "a-b.c"},
	} {
		if got := Normalize("PERSON", tc.in); got != tc.want {
			t.Errorf("Normalize(PERSON, %q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRepeatsAcrossTexts: a value a cue word vouched for in one text of a request or a record is
// masked where it stands bare in another, with the same token; another record's texts are not
// read for it, so that a line's output never depends on the lines batched with it.
func TestRepeatsAcrossTexts(t *testing.T) {
	v := newMemVault()
	red := NewRedactor(redact.NewDetector(redact.Patterns{}), v)
	pol, _ := policies.Load("strict")
	ctx := context.Background()
	texts := []string{"MRN: A449201, seen today", "A449201 is stable", "A449201 in another record"}
	out, err := red.RedactRecords(ctx, "acme", pol, texts, []int{0, 0, 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.Texts[1], "A449201") {
		t.Errorf("the record's second text keeps the record number: %q", out.Texts[1])
	}
	first, second := finder.Find(out.Texts[0], nil), finder.Find(out.Texts[1], nil)
	if len(first) != 1 || len(second) != 1 || first[0].Token != second[0].Token {
		t.Errorf("tokens %v and %v, want one, the same", first, second)
	}
	if out.Texts[2] != texts[2] {
		t.Errorf("another record's text changed: %q", out.Texts[2])
	}
	// a request's texts are one record
	out, err = red.Redact(ctx, "acme", pol, texts[:2])
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.Texts[1], "A449201") {
		t.Errorf("the request's second text keeps the record number: %q", out.Texts[1])
	}
}

// TestParticipantNames: a text that is a participant's name is one PERSON, whole, whatever the
// recognizers think of it, and comes out in the alphabet OpenAI allows for it under every action;
// its underscores are spaces, so it is the same person as the name written in another text.
func TestParticipantNames(t *testing.T) {
	valid := regexp.MustCompile(`^[a-zA-Z0-9_-]{1,64}$`)
	ctx := context.Background()
	texts := []string{"ana_ruiz", "bot-7", "Mail 4111111111111111", "I am Ana Ruiz"}
	const deny = "terms: {deny: {PERSON: [Ana Ruiz]}}\n"
	for _, tc := range []struct{ doc, want string }{
		{"name: t\ndefault: {action: tokenize}\n" + deny, `^PERSON_[0-9A-Z]{8}$`},
		{"name: t\ndefault: {action: tokenize}\nentities: {PERSON: {action: redact}}\n" + deny, `^REDACTED_PERSON$`},
		{"name: t\ndefault: {action: tokenize}\nentities: {PERSON: {action: surrogate}}\n" + deny, `^[a-z]+_[a-z]+$`},
		{"name: t\ndefault: {action: tokenize}\nentities: {PERSON: {action: allow}}\n" + deny, `^ana_ruiz$`},
	} {
		pol, v, red := surrogateSetup(t, tc.doc)
		out, err := red.RedactRecords(ctx, "acme", pol, texts, nil, []int{0, 1})
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(tc.want).MatchString(out.Texts[0]) || !valid.MatchString(out.Texts[1]) {
			t.Errorf("%s: names %q", tc.doc, out.Texts[:2])
		}
		if out.Texts[2] == texts[2] {
			t.Errorf("%s: the text beside the names was not scanned: %q", tc.doc, out.Texts[2])
		}
		if !strings.HasPrefix(tc.want, "^PERSON") {
			continue
		}
		// the name's token is the one "Ana Ruiz" gets in the text, and the finder reads it without
		// its brackets
		ms := finder.Find("Hello "+out.Texts[0]+"!", nil)
		if len(ms) != 1 || out.Texts[3] != "I am "+ms[0].Token {
			t.Fatalf("the name %q and the text %q", out.Texts[0], out.Texts[3])
		}
		if vals, _ := v.resolve(ctx, []string{ms[0].Token}); vals[ms[0].Token] != "ana ruiz" {
			t.Errorf("the bare token %q resolves to %q", out.Texts[0], vals)
		}
	}
	for in, want := range map[string]string{
		"[PERSON_7KQ2M9XA]":     "PERSON_7KQ2M9XA",
		"[REDACTED_PERSON]":     "REDACTED_PERSON",
		"María José  López":     "Mar_a_Jos_L_pez",
		" x ":                   "x",
		"!!":                    "_",
		strings.Repeat("a", 70): strings.Repeat("a", 64),
	} {
		if got := ParticipantName(in); got != want || !valid.MatchString(got) {
			t.Errorf("ParticipantName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAgencyNumbersTokenized: the hipaa preset tokenizes the agencies' numbers of stop 41, and a
// number written in two groupings gets one token, so the model still sees one patient.
func TestAgencyNumbersTokenized(t *testing.T) {
	red := NewRedactor(redact.NewDetector(redact.Patterns{}), newMemVault())
	pol, _ := policies.Load("hipaa")
	text := "Medicare: 2123 45670 1, NHI ZAC5361, UTR 19558 39661. Later: medicare no 2123456701, nhi zac5361."
	out, err := red.Redact(context.Background(), "t", pol, []string{text})
	if err != nil {
		t.Fatal(err)
	}
	got := out.Texts[0]
	for _, v := range []string{"2123", "ZAC5361", "zac5361", "19558", "2123456701"} {
		if strings.Contains(got, v) {
			t.Errorf("%q left in %q", v, got)
		}
	}
	toks := regexp.MustCompile(`\[[A-Z_]+_[0-9a-zA-Z]+\]`).FindAllString(got, -1)
	if len(toks) != 5 || toks[0] != toks[3] || toks[1] != toks[4] || toks[0] == toks[1] {
		t.Errorf("tokens %q in %q: want the Medicare number's and the NHI's twice each", toks, got)
	}
}
