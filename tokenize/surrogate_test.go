package tokenize

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
)

func luhnOK(s string) bool {
	var d []byte
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			d = append(d, s[i])
		}
	}
	return len(d) > 1 && redact.LuhnDigit(d[:len(d)-1]) == d[len(d)-1]
}

func TestSurrogateShapes(t *testing.T) {
	key := []byte("tenant key")
	one := func(typ, v string) string {
		t.Helper()
		c := SurrogateCandidates(key, typ, v, v)
		if len(c) == 0 {
			t.Fatalf("%s %q: no surrogate", typ, v)
		}
		if again := SurrogateCandidates(key, typ, v, v); again[0] != c[0] {
			t.Fatalf("%s: not deterministic", typ)
		}
		if other := SurrogateCandidates([]byte("other tenant"), typ, v, v); len(c) > 1 && other[0] == c[0] {
			t.Errorf("%s: two tenants got the same surrogate", typ)
		}
		return c[0]
	}
	card := one("CREDIT_CARD", "4111 1111 1111 1111")
	if !regexp.MustCompile(`^4000 00\d\d \d{4} \d{4}$`).MatchString(card) || !luhnOK(card) {
		t.Errorf("card %q: want the 400000 test range, the same grouping, a valid Luhn digit", card)
	}
	if ssn := one("US_SSN", "536-22-1234"); !regexp.MustCompile(`^666-(0[1-9]|[1-9]\d)-\d{4}$`).MatchString(ssn) {
		t.Errorf("ssn %q: want area 666 (never issued) in the same layout", ssn)
	}
	if email := one("EMAIL_ADDRESS", "jane@corp.com"); !regexp.MustCompile(`^[a-z]+\.[a-z]+\d*@example\.(com|net|org)$`).MatchString(email) {
		t.Errorf("email %q", email)
	}
	if phone := one("PHONE_NUMBER", "+44 20 7946 0958"); !regexp.MustCompile(`^\+44 \d\d \d{4} \d{4}$`).MatchString(phone) || phone == "+44 20 7946 0958" {
		t.Errorf("phone %q: want the same layout and country code, new digits", phone)
	}
	for v, re := range map[string]string{"Maria Garcia": `^[A-Z][a-z]+ [A-Z][a-z]+$`, "MARIA GARCIA": `^[A-Z]+ [A-Z]+$`, "J. R. Smith": `^[A-Z]\. [A-Z]\. [A-Z][a-z]+$`, "anne-marie o'neil": `^[a-z]+-[a-z]+ [a-z]+'[a-z]+$`} {
		if name := one("PERSON", v); !regexp.MustCompile(re).MatchString(name) {
			t.Errorf("name %q for %q: not the same shape", name, v)
		}
	}
	for v, re := range map[string]string{"@jennyk": `^@[a-z]+$`, "kwame.owusu": `^[a-z]+\.[a-z]+$`, "ops_bot7": `^[a-z]+_[a-z]+\d\d$`, "jdoe": `^[a-z]+\.[a-z]+$`, "jane-doe": `^[a-z]+_[a-z]+$`} {
		if h := one("USERNAME", v); !regexp.MustCompile(re).MatchString(h) {
			t.Errorf("user name %q for %q: not the same make", h, v)
		}
	}
	// dates move by one tenant-wide offset, so intervals stay
	shift := DateShift(key)
	a, b := one("DATE_OF_BIRTH", "1980-03-05"), one("DATE_TIME", "03/20/1980")
	ta, _ := time.Parse("2006-01-02", a)
	tb, _ := time.Parse("01/02/2006", b)
	if ta.AddDate(0, 0, shift).Format("2006-01-02") != "1980-03-05" || tb.Sub(ta) != 15*24*time.Hour {
		t.Errorf("dates %s and %s: shift %d days or interval not kept", a, b, shift)
	}
	if SurrogateCandidates(key, "DATE_TIME", "next spring", "next spring") != nil || SurrogateCandidates(key, "IBAN_CODE", "x", "x") != nil {
		t.Error("a surrogate for a value or type that has none")
	}
}

// surrogateSetup parses the policy doc and returns it with a memory vault and a redactor over the
// recognizers.
func surrogateSetup(t *testing.T, doc string) (*policies.Policy, *memVault, *Redactor) {
	t.Helper()
	p, err := policies.Parse("test policy", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	v := newMemVault()
	return p, v, NewRedactor(redact.NewDetector(redact.Patterns{}), v)
}

// TestSurrogateRoundTrip: a policy with surrogate actions masks with stand-ins that no
// recognizer sees as the original, the same value gets the same stand-in, and a model's answer
// that repeats them (whole, in other sentences) is re-hydrated.
func TestSurrogateRoundTrip(t *testing.T) {
	p, v, red := surrogateSetup(t, "name: train\nrehydrate: tenant\ndefault: {action: surrogate}\nentities: {IBAN_CODE: {action: tokenize}}\n")
	ctx := context.Background()
	texts := []string{
		"Mail jane.doe@corp.com or call (212) 555-0147 about card 4111 1111 1111 1111, SSN 536-22-1234, born 1980-03-05.",
		"Again jane.doe@corp.com; IBAN DE89 3704 0044 0532 0130 00.",
		"cc @jennyk and user kwame.owusu; logged in as ops_bot7",
	}
	out, err := red.Redact(ctx, "acme", p, texts)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"jane.doe@corp.com", "555-0147", "4111 1111", "536-22-1234", "1980-03-05", "DE89", "jennyk", "kwame.owusu", "ops_bot7"} {
		if strings.Contains(strings.Join(out.Texts, " "), secret) {
			t.Fatalf("%q survived: %q", secret, out.Texts)
		}
	}
	if !strings.Contains(out.Texts[0], "@example.") || !strings.Contains(out.Texts[1], "[IBAN_CODE_") {
		t.Errorf("want stand-ins, and a token where the policy says tokenize: %q", out.Texts)
	}
	email := regexp.MustCompile(`[a-z.0-9]+@example\.(com|net|org)`)
	if email.FindString(out.Texts[0]) != email.FindString(out.Texts[1]) {
		t.Error("the same email got two stand-ins")
	}
	if out.Counts[Count{"EMAIL_ADDRESS", policies.Surrogate}] != 2 {
		t.Errorf("counts %v", out.Counts)
	}
	r := NewRehydrator(finder, v.resolve).WithSurrogates()
	for i, s := range out.Texts {
		if back, err := r.Text(ctx, s, false); err != nil || back != texts[i] {
			t.Errorf("rehydrate:\n got %q\nwant %q (%v)", back, texts[i], err)
		}
	}
	// a fine-tuned model's answer using what it learned, in its own words
	answer := "I emailed " + email.FindString(out.Texts[0]) + " and noted the card " + regexp.MustCompile(`4000 00\d\d \d{4} \d{4}`).FindString(out.Texts[0]) + "."
	if back, _ := r.Text(ctx, answer, false); back != "I emailed jane.doe@corp.com and noted the card 4111 1111 1111 1111." {
		t.Errorf("answer re-hydrated to %q", back)
	}
	if back, _ := NewRehydrator(finder, v.resolve).Text(ctx, answer, false); back != answer {
		t.Error("surrogates re-hydrated without WithSurrogates")
	}
}

// TestSurrogateStreamEverySplit: a streamed answer holding stand-ins comes out as the whole
// answer does, however it is cut into pieces.
func TestSurrogateStreamEverySplit(t *testing.T) {
	dir := t.TempDir()
	pol := filepath.Join(dir, "p.yaml")
	os.WriteFile(pol, []byte("name: train\nrehydrate: tenant\ndefault: {action: surrogate}\n"), 0o600)
	p, _ := policies.Load(pol)
	v := newMemVault()
	ctx := context.Background()
	out, err := NewRedactor(redact.NewDetector(redact.Patterns{}), v).Redact(ctx, "acme", p,
		[]string{"Mail jane.doe@corp.com, card 4111 1111 1111 1111, SSN 536-22-1234, born 1980-03-05."})
	if err != nil {
		t.Fatal(err)
	}
	answer := "Sure. " + out.Texts[0] + " Anything else about " + out.Texts[0][5:40] + "? Done."
	r := NewRehydrator(finder, v.resolve).WithSurrogates()
	whole, _ := r.Text(ctx, answer, false)
	if !strings.Contains(whole, "jane.doe@corp.com, card 4111 1111 1111 1111, SSN 536-22-1234, born 1980-03-05") {
		t.Fatalf("whole answer not re-hydrated: %q", whole)
	}
	for cut := 0; cut <= len(answer); cut++ {
		st := r.Stream(false)
		a, _ := st.Write(ctx, answer[:cut])
		b, _ := st.Write(ctx, answer[cut:])
		c, _ := st.Flush(ctx)
		if got := a + b + c; got != whole {
			t.Fatalf("cut at %d:\n got %q\nwant %q", cut, got, whole)
		}
	}
	// many small pieces, as a model streams
	st := r.Stream(false)
	var sb strings.Builder
	for i := 0; i < len(answer); i += 3 {
		s, _ := st.Write(ctx, answer[i:min(i+3, len(answer))])
		sb.WriteString(s)
	}
	rest, _ := st.Flush(ctx)
	if sb.String()+rest != whole {
		t.Errorf("3-byte pieces: %q", sb.String()+rest)
	}
}

// TestSurrogateDateForms: dates with a time of day, without a year or without a day get
// stand-ins moved by the tenant's offset in their own layout, and come back from an answer.
func TestSurrogateDateForms(t *testing.T) {
	key := []byte("tenant key")
	shift := DateShift(key)
	for _, tc := range []struct {
		value, layout string
		month         bool // a month and year, without a day
	}{
		{"2020-07-31 00:57:51", "2006-01-02 15:04:05", false},
		{"03/05/2021 09:30", "01/02/2006 15:04", false},
		{"March 3", "January 2", false},
		{"3 March", "2 January", false},
		{"June 1970", "January 2006", true},
		{"June, 1970", "January, 2006", true},
		{"06/1970", "01/2006", true},
	} {
		c := SurrogateCandidates(key, "DATE_TIME", tc.value, tc.value)
		if len(c) != 1 {
			t.Fatalf("%q: no stand-in", tc.value)
		}
		got, err := time.Parse(tc.layout, c[0])
		if err != nil {
			t.Fatalf("%q became %q, not in its layout", tc.value, c[0])
		}
		orig, _ := time.Parse(tc.layout, tc.value)
		if tc.month { // its first day, moved back, then read as a month
			if want := orig.AddDate(0, 0, -shift).Format(tc.layout); c[0] != want {
				t.Errorf("%q became %q, want %q", tc.value, c[0], want)
			}
			continue
		}
		if got.AddDate(0, 0, shift).Format(tc.layout) != tc.value {
			t.Errorf("%q became %q: not moved back by %d days", tc.value, c[0], shift)
		}
	}
}

// TestSurrogateProseDates: a weekday before a date becomes the moved date's weekday, spelled
// alike; an ordinal day keeps its suffix; a time of day after it stays.
func TestSurrogateProseDates(t *testing.T) {
	key := []byte("tenant key")
	shift := DateShift(key)
	// split cuts a date as prose writes it into its weekday, its date without the ordinal's
	// suffix, whether it had one, and its time of day
	split := func(v, tm string) (day, date string, ordinal bool) {
		v = strings.TrimSuffix(v, tm)
		if loc := weekdayPrefix.FindStringIndex(v); loc != nil {
			day, v = v[:loc[1]], v[loc[1]:]
		}
		return day, ordinalDay.ReplaceAllString(v, "$1"), ordinalDay.MatchString(v)
	}
	for _, tc := range []struct{ value, layout, time string }{
		{"Monday, June 5th 2023", "January 2 2006", ""},
		{"Thu 3/4/2021", "1/2/2006", ""},
		{"SATURDAY, 4 May 2024 at 10am", "2 January 2006", " at 10am"},
		{"March 3rd, 2021 at 4:30 PM", "January 2, 2006", " at 4:30 PM"},
		{"thursday, March 21st", "January 2", ""},
		{"Wednesday the 4th of March 2020", "2 January 2006", ""},
	} {
		c := SurrogateCandidates(key, "DATE_TIME", tc.value, tc.value)
		if len(c) != 1 {
			t.Errorf("%q: no stand-in", tc.value)
			continue
		}
		if !strings.HasSuffix(c[0], tc.time) {
			t.Errorf("%q became %q: its time %q is gone", tc.value, c[0], tc.time)
		}
		day, date, ordinal := split(tc.value, tc.time)
		newDay, newDate, newOrdinal := split(c[0], tc.time)
		orig, err1 := time.Parse(tc.layout, date)
		moved, err2 := time.Parse(tc.layout, newDate)
		if err1 != nil || err2 != nil {
			t.Errorf("%q became %q, not in its layout: %v %v", tc.value, c[0], err1, err2)
			continue
		}
		if moved.AddDate(0, 0, shift).Format(tc.layout) != orig.Format(tc.layout) {
			t.Errorf("%q became %q: not moved back by %d days", tc.value, c[0], shift)
		}
		if newOrdinal != ordinal {
			t.Errorf("%q became %q: ordinal %v, want %v", tc.value, c[0], newOrdinal, ordinal)
		}
		for _, word := range []string{" the ", " of "} {
			if strings.Contains(tc.value, word) != strings.Contains(c[0], word) {
				t.Errorf("%q became %q: %q lost or gained", tc.value, c[0], word)
			}
		}
		if day == "" {
			continue
		}
		want := orig.AddDate(0, 0, -shift).Weekday().String()
		if orig.Year() == 0 { // no year: the named weekday moves back by the shift
			k := slices.IndexFunc(weekdayNames, func(w string) bool { return strings.EqualFold(w[:3], day[:3]) })
			want = weekdayNames[((k-shift)%7+7)%7]
		}
		letters := func(s string) string { return s[:len(s)-len(strings.TrimLeftFunc(s, unicode.IsLetter))] } // the weekday's name
		name := letters(newDay)
		switch {
		case !strings.HasPrefix(strings.ToLower(want), strings.ToLower(name)):
			t.Errorf("%q became %q: weekday %q, want %s", tc.value, c[0], name, want)
		case (len(name) > 3) != (len(letters(day)) > 3):
			t.Errorf("%q became %q: the weekday's length changed", tc.value, c[0])
		case strings.ToUpper(day) == day && strings.ToUpper(newDay) != newDay, strings.ToLower(day) == day && strings.ToLower(newDay) != newDay:
			t.Errorf("%q became %q: the weekday's case changed", tc.value, c[0])
		case newDay[len(name):] != day[len(letters(day)):]:
			t.Errorf("%q became %q: the weekday's punctuation changed", tc.value, c[0])
		}
	}
}

// TestSurrogateDateFormsRoundTrip: the newer date forms get stand-ins in a text and come back.
func TestSurrogateDateFormsRoundTrip(t *testing.T) {
	p, v, red := surrogateSetup(t, "name: train\nrehydrate: tenant\ndefault: {action: surrogate}\n")
	ctx := context.Background()
	texts := []string{"She was admitted on March 3, seen on 2020-07-31 00:57:51 and discharged 9 March.",
		"Seen on Monday, June 5th 2023 at 4:30 PM, called back on Tue 3/4/2021, again on 2021-03-09, 10am.",
		"Admitted in March, 2021, discharged 04/2021, seen Wednesday the 4th of May.",
		"Follow-up on 11/20 at 2:15pm."}
	out, err := red.Redact(ctx, "acme", p, texts)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"March 3", "2020-07-31", "9 March", "June 5th", "3/4/2021", "2021-03-09", "March, 2021", "04/2021", "4th of May", "11/20"} {
		if strings.Contains(strings.Join(out.Texts, " "), secret) {
			t.Fatalf("%q survived: %q", secret, out.Texts)
		}
	}
	for i, text := range texts {
		if strings.Contains(out.Texts[i], "[DATE") {
			t.Errorf("a token where a stand-in was wanted: %q", out.Texts[i])
		}
		back, err := NewRehydrator(finder, v.resolve).WithSurrogates().Text(ctx, out.Texts[i], false)
		if err != nil || back != text {
			t.Errorf("rehydrate:\n got %q\nwant %q (%v)", back, text, err)
		}
	}
}

// TestDateShiftPerPerson: with `date_shift: person`, each date moves by the offset of the person
// its sentence names (or the last one named before it, or the record's first), so one patient's
// intervals are kept across records while two patients' dates move apart, in one record too; a record naming nobody uses the tenant's offset; two people's
// dates that land on one day do not collide (the second gets a token); every date comes back.
func TestDateShiftPerPerson(t *testing.T) {
	p, v, red := surrogateSetup(t, "name: train\nrehydrate: tenant\ndate_shift: person\ndefault: {action: surrogate}\n"+
		"entities: {PERSON: {action: tokenize}}\nterms: {deny: {PERSON: [Jane Doe, John Roe]}}\n")
	ctx := context.Background()
	key, _ := v.TokenKey(ctx, "acme")
	jane, john, tenant := DateShiftFor(key, "jane doe"), DateShiftFor(key, "john roe"), DateShift(key)
	if jane == john || jane == tenant || john == tenant {
		t.Fatalf("offsets %d %d %d: pick other names, the test cannot tell them apart", jane, john, tenant)
	}
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	iso := func(d time.Time) string { return d.Format("2006-01-02") }
	clash := iso(day("2020-01-05").AddDate(0, 0, john-jane)) // John's stand-in for it is Jane's for 2020-01-05
	texts := []string{
		"Jane Doe was admitted 2020-01-05 and discharged 2020-01-09.",
		"John Roe was admitted 2020-01-05 and discharged 2020-01-12.",
		"Seen again: Jane Doe on 2020-01-05.",
		"No one named, seen 2020-01-05.",
		"Follow-up for John Roe on " + clash + ".",
	}
	out, err := red.RedactRecords(ctx, "acme", p, texts, []int{0, 1, 2, 3, 4}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range [][]string{
		{iso(day("2020-01-05").AddDate(0, 0, -jane)), iso(day("2020-01-09").AddDate(0, 0, -jane))},
		{iso(day("2020-01-05").AddDate(0, 0, -john)), iso(day("2020-01-12").AddDate(0, 0, -john))},
		{iso(day("2020-01-05").AddDate(0, 0, -jane))},
		{iso(day("2020-01-05").AddDate(0, 0, -tenant))},
	} {
		if got := isoDate.FindAllString(out.Texts[i], -1); !slices.Equal(got, want) {
			t.Errorf("record %d: %q has dates %q, want %q", i, out.Texts[i], got, want)
		}
	}
	if isoDate.MatchString(out.Texts[4]) || !strings.Contains(out.Texts[4], "[DATE_TIME_") {
		t.Errorf("a date whose stand-in another person holds should become a token: %q", out.Texts[4])
	}
	for i, text := range texts {
		back, err := NewRehydrator(finder, v.resolve).WithSurrogates().Text(ctx, out.Texts[i], false)
		if err != nil || back != text {
			t.Errorf("rehydrate record %d:\n got %q\nwant %q (%v)", i, back, text, err)
		}
	}

	// one record about two people: each sentence's dates move by the person it names, a
	// sentence that names nobody by the last one named, a date before any by the record's first
	one := "Jane Doe was admitted 2020-02-01. Her husband John Roe came in on 2020-02-03 with Dr. Lee. He left 2020-02-04.\nShe left 2020-02-06."
	out, err = red.Redact(ctx, "acme", p, []string{"Seen 2020-02-02.", one})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{iso(day("2020-02-01").AddDate(0, 0, -jane)), iso(day("2020-02-03").AddDate(0, 0, -john)),
		iso(day("2020-02-04").AddDate(0, 0, -john)), iso(day("2020-02-06").AddDate(0, 0, -john))}
	if got := isoDate.FindAllString(out.Texts[1], -1); !slices.Equal(got, want) {
		t.Errorf("%q has dates %q, want %q", out.Texts[1], got, want)
	}
	if want := iso(day("2020-02-02").AddDate(0, 0, -jane)); !strings.Contains(out.Texts[0], want) {
		t.Errorf("%q: a date before any person should move by the record's first person's offset, %s", out.Texts[0], want)
	}

	// one record of two texts: the person named in the first moves the dates of both
	out, err = red.Redact(ctx, "acme", p, []string{"Patient: Jane Doe", "admitted 2021-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	if want := iso(day("2021-06-01").AddDate(0, 0, -jane)); !strings.Contains(out.Texts[1], want) {
		t.Errorf("%q: want Jane Doe's offset, %s", out.Texts[1], want)
	}
}

// TestSurrogateForeignDates: a date with a month name of another language moves back by the
// offset in its own words and layout, and is found again in an answer.
func TestSurrogateForeignDates(t *testing.T) {
	const shift = 40
	for _, tc := range []struct{ value, want string }{
		{"5 de mayo de 1990", "26 de marzo de 1990"},
		{"3. März 1985", "22. Januar 1985"},
		{"14 juillet 1979", "4 juin 1979"},
		{"2 giugno", "23 aprile"},
		{"12 januari 1988", "3 december 1987"},
		{"12 de julho de 1983", "2 de junho de 1983"},
		{"MAYO DE 1990", "MARZO DE 1990"}, // a month and year move as their first day does
		{"05 mai 2021", "26 mars 2021"},
	} {
		got, ok := shiftDate(tc.value, shift)
		if !ok || got != tc.want {
			t.Errorf("shiftDate(%q, %d) = %q, %v; want %q", tc.value, shift, got, ok, tc.want)
		}
		found := false
		for _, m := range findSurrogates("seen on " + tc.want + ".") {
			found = found || m.Token == tc.want
		}
		if !found {
			t.Errorf("%q is not found as a stand-in in an answer", tc.want)
		}
	}
	for _, v := range []string{"31 de febrero de 1990", "5 de foo de 1990", "mayo"} {
		if got, ok := shiftDate(v, shift); ok {
			t.Errorf("shiftDate(%q) = %q; want no stand-in", v, got)
		}
	}
}

// TestSurrogateSpokenNumbers: a number said in words takes a stand-in written in digits, of its
// kind (an SSN from the 666 area, a card from the test range), not a token for want of digits.
func TestSurrogateSpokenNumbers(t *testing.T) {
	key := []byte("0123456789abcdef0123456789abcdef")
	for _, tc := range []struct{ typ, value, shape string }{
		{"PHONE_NUMBER", "five five five, one two three, four five six seven", `^\d{3}-\d{3}-\d{4}$`},
		{"US_SSN", "five three six, two two, one two three four", `^666-\d{2}-\d{4}$`},
		{"CREDIT_CARD", "four one one one one one one one one one one one one one one one", `^4\d{3} \d{4} \d{4} \d{4}$`},
	} {
		c := SurrogateCandidates(key, tc.typ, Normalize(tc.typ, tc.value), tc.value)
		if len(c) == 0 || !regexp.MustCompile(tc.shape).MatchString(c[0]) {
			t.Errorf("%s %q: surrogates %q, want the shape %s", tc.typ, tc.value, c, tc.shape)
		}
	}
	// a date said in words moves as the same date written with digits
	for _, v := range []string{"march third nineteen eighty five", "twenty first of january nineteen fifty six", "june fifth two thousand and one", "march the twenty first nineteen fifty six"} {
		if !surrogateable("DATE_OF_BIRTH", v) {
			t.Errorf("%q takes no stand-in", v)
		}
		got, want := SurrogateCandidates(key, "DATE_OF_BIRTH", "", v), SurrogateCandidates(key, "DATE_OF_BIRTH", "", writtenDate(v))
		if len(got) != 1 || len(want) != 1 || got[0] != want[0] || !regexp.MustCompile(`\d`).MatchString(got[0]) {
			t.Errorf("%q: stand-ins %q, want %q", v, got, want)
		}
	}
	for v, want := range map[string]string{"march third nineteen eighty five": "march 3rd 1985", "thirty-first of may": "31st of may", "firstly": "firstly",
		"march the twenty first nineteen fifty six": "march 21st 1956", "the fourth of july": "the 4th of july"} {
		if got := writtenDate(v); got != want {
			t.Errorf("writtenDate(%q) = %q, want %q", v, got, want)
		}
	}
}
