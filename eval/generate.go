package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/netip"
	"strings"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// Generator makes labelled samples from our own templates, seeded and reproducible, for
// development and NER training. Its templates are unlike the benchmark's.
type Generator struct {
	f   *gofakeit.Faker
	rng *rand.Rand
}

// NewGenerator returns a generator; the same seed gives the same samples.
func NewGenerator(seed uint64) *Generator {
	return &Generator{f: gofakeit.New(seed), rng: rand.New(rand.NewPCG(seed, seed^0x5eed))}
}

// A template is text with slots: {TYPE} is replaced by a generated value of that type.
var templates = []string{
	"Pt seen today. Callback {PHONE_NUMBER}, email {EMAIL_ADDRESS}. Insurance on file; SSN {US_SSN}.",
	"hey, can u charge {CREDIT_CARD} for the order? thx - {PERSON}",
	"Refund of EUR 120 to IBAN {IBAN_CODE}, account holder {PERSON}.",
	"2026-03-02T10:14:55Z WARN auth failed for user {EMAIL_ADDRESS} from {IP_ADDRESS} (attempt 3)",
	"{PERSON} moved to {STREET_ADDRESS}. New number: {PHONE_NUMBER}",
	"Wire confirmation: beneficiary {ORGANIZATION}, IBAN {IBAN_CODE}, ref INV-2291.",
	"Please forward the lab results to {EMAIL_ADDRESS} and cc {PERSON}.",
	"Card ending in 4471 declined; customer gave another one: {CREDIT_CARD}.",
	"Form W-4 for {PERSON}, social security number {US_SSN}, address {STREET_ADDRESS}.",
	"Meeting with {ORGANIZATION} in {LOCATION} next week; dial in at {PHONE_NUMBER}.",
	"docs at {URL} - ping {EMAIL_ADDRESS} if the link is dead",
	"Connection from {IP_ADDRESS} to {IP_ADDRESS}:5432 was reset by peer.",
	"Emergency contact: {PERSON}, {PHONE_NUMBER}.",
	"I paid with {CREDIT_CARD} but was charged twice, my email is {EMAIL_ADDRESS}",
	"Employee {PERSON} ({EMAIL_ADDRESS}) relocated from {LOCATION} to the {LOCATION} office.",
	"Shipping to {STREET_ADDRESS}; contact phone {PHONE_NUMBER}.",
	"SSN: {US_SSN}\nDOB on file\nPhone: {PHONE_NUMBER}",
	"Our vendor {ORGANIZATION} asked us to update their bank details to {IBAN_CODE}.",
	"The backup server at {IP_ADDRESS} stopped answering; last ticket was filed by {PERSON}.",
	"Flight booked for {PERSON}, confirmation sent to {EMAIL_ADDRESS}, card {CREDIT_CARD}.",
	"Discharge summary for MRN {MEDICAL_RECORD_NUMBER}; follow up with {PERSON}.",
	"Chart number {MEDICAL_RECORD_NUMBER} merged into the new EHR record.",
	"Registered with the GP, NHS number {UK_NHS}, NI {UK_NINO}.",
	"Alta en Madrid: DNI {ES_NIF}, contacto {EMAIL_ADDRESS}.",
	"Residence permit holder, NIE {ES_NIE}.",
	"Payroll NL: BSN {NL_BSN}, IBAN {IBAN_CODE}.",
}

// Samples makes the next n samples.
func (g *Generator) Samples(n int) []Sample {
	out := make([]Sample, n)
	for i := range out {
		out[i] = g.Sample()
	}
	return out
}

// Sample makes the next sample.
func (g *Generator) Sample() Sample {
	tpl := templates[g.rng.IntN(len(templates))]
	return fill(tpl, func(kind string) (string, string) { return g.value(kind), kind })
}

// fill replaces each slot {KIND} of a template with a value and labels it with its type (no
// label where the type is ""). Braces around anything but an upper-case slot name, as in code,
// stay as they are.
func fill(tpl string, slot func(kind string) (value, typ string)) Sample {
	var b strings.Builder
	var spans []Span
	for {
		open := strings.IndexByte(tpl, '{')
		if open < 0 {
			b.WriteString(tpl)
			break
		}
		end := strings.IndexByte(tpl[open:], '}')
		if end < 0 || !isSlot(tpl[open+1:open+end]) {
			b.WriteString(tpl[:open+1])
			tpl = tpl[open+1:]
			continue
		}
		end += open
		b.WriteString(tpl[:open])
		v, typ := slot(tpl[open+1 : end])
		if typ != "" {
			spans = append(spans, Span{Type: typ, Start: b.Len(), End: b.Len() + len(v)})
		}
		b.WriteString(v)
		tpl = tpl[end+1:]
	}
	return Sample{Text: b.String(), Spans: spans}
}

func isSlot(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if (c < 'A' || c > 'Z') && c != '_' {
			return false
		}
	}
	return true
}

func (g *Generator) value(typ string) string {
	f := g.f
	switch typ {
	case "PERSON":
		return f.FirstName() + " " + f.LastName()
	case "EMAIL_ADDRESS":
		return strings.ToLower(f.FirstName()+"."+f.LastName()) + "@" + f.DomainName()
	case "PHONE_NUMBER":
		return g.phone()
	case "CREDIT_CARD":
		return g.card()
	case "US_SSN":
		return g.ssn()
	case "IBAN_CODE":
		return g.iban()
	case "IP_ADDRESS": // a person's address is global unicast, never a reserved or multicast one
		for {
			s := f.IPv4Address()
			if g.rng.IntN(4) == 0 {
				s = f.IPv6Address()
			}
			if a, err := netip.ParseAddr(s); err == nil && a.IsGlobalUnicast() && !a.IsPrivate() && !reserved(a) {
				return s
			}
		}
	case "URL":
		return f.URL()
	case "STREET_ADDRESS":
		a := f.Address()
		return a.Street + ", " + a.City + ", " + a.State + " " + a.Zip
	case "LOCATION":
		if g.rng.IntN(2) == 0 {
			return f.City()
		}
		return f.Country()
	case "ORGANIZATION":
		return f.Company()
	case "MEDICAL_RECORD_NUMBER":
		return []string{"", "A-", "MR"}[g.rng.IntN(3)] + fmt.Sprintf("%08d", g.rng.IntN(100000000))
	case "UK_NHS":
		return g.nhs()
	case "UK_NINO":
		prefixes := []string{"AB", "CE", "JH", "KL", "PR", "SW", "TY", "WX"}
		return fmt.Sprintf("%s%06d%c", prefixes[g.rng.IntN(len(prefixes))], g.rng.IntN(1000000), "ABCD"[g.rng.IntN(4)])
	case "ES_NIF":
		n := g.rng.IntN(100000000)
		return fmt.Sprintf("%08d%c", n, dniLetters[n%23])
	case "ES_NIE":
		k := g.rng.IntN(3)
		n := g.rng.IntN(10000000)
		return fmt.Sprintf("%c%07d%c", "XYZ"[k], n, dniLetters[(k*10000000+n)%23])
	case "NL_BSN":
		return g.bsn()
	}
	panic("generator: no value for " + typ)
}

// phone writes a number in one of many national and international formats.
func (g *Generator) phone() string {
	d := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + g.rng.IntN(10)))
		}
		return b.String()
	}
	nanp := func() (string, string, string) { // area and exchange begin with 2-9
		return fmt.Sprint(2+g.rng.IntN(8)) + d(2), fmt.Sprint(2+g.rng.IntN(8)) + d(2), d(4)
	}
	a, e, l := nanp()
	if g.rng.IntN(5) == 0 { // some generators ignore NANP's rules for area codes
		a = d(3)
	}
	switch g.rng.IntN(10) {
	case 8:
		return fmt.Sprintf("001-%s-%s-%s", a, e, l)
	case 9:
		return fmt.Sprintf("(%s)%s-%sx%s", a, e, l, d(4))
	case 0:
		return fmt.Sprintf("(%s) %s-%s", a, e, l)
	case 1:
		return fmt.Sprintf("%s-%s-%s", a, e, l)
	case 2:
		return fmt.Sprintf("+1 %s %s %s", a, e, l)
	case 3:
		return fmt.Sprintf("%s.%s.%s", a, e, l)
	case 4:
		return fmt.Sprintf("+44 20 7%s %s", d(3), d(4))
	case 5:
		return fmt.Sprintf("+49 30 %s", d(8))
	case 6:
		return fmt.Sprintf("%s-%s-%s x%s", a, e, l, d(3))
	}
	return fmt.Sprintf("+33 1 %s %s %s %s", d(2), d(2), d(2), d(2))
}

// card writes a Luhn-valid number of a random network, compact or grouped.
func (g *Generator) card() string {
	types := []string{"visa", "mastercard", "american-express", "diners-club", "discover", "jcb", "unionpay", "maestro"}
	n := g.f.CreditCardNumber(&gofakeit.CreditCardOptions{Types: []string{types[g.rng.IntN(len(types))]}})
	switch g.rng.IntN(3) {
	case 0:
		return n
	case 1:
		return group(n, 4, " ")
	}
	return group(n, 4, "-")
}

func group(s string, size int, sep string) string {
	var parts []string
	for len(s) > size {
		parts = append(parts, s[:size])
		s = s[size:]
	}
	return strings.Join(append(parts, s), sep)
}

// ssn writes a number the SSA could issue: area 001-899 but not 666, group 01-99, serial 0001-9999.
func (g *Generator) ssn() string {
	area := 1 + g.rng.IntN(899)
	if area == 666 {
		area = 667
	}
	s := fmt.Sprintf("%03d-%02d-%04d", area, 1+g.rng.IntN(99), 1+g.rng.IntN(9999))
	if g.rng.IntN(4) == 0 {
		return strings.ReplaceAll(s, "-", " ")
	}
	return s
}

// ibanFormats are BBAN shapes: 'n' a digit, 'a' an upper-case letter, 'c' either.
var ibanFormats = map[string]string{"DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnccccccccccnnn", "NL": "aaaannnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn", "IT": "annnnnnnnnncccccccccccc", "BE": "nnnnnnnnnnnn"}

// iban writes an IBAN with correct check digits (ISO 7064 MOD 97-10), compact or in fours.
func (g *Generator) iban() string {
	countries := []string{"DE", "GB", "FR", "NL", "ES", "IT", "BE"}
	cc := countries[g.rng.IntN(len(countries))]
	var bban strings.Builder
	for _, k := range ibanFormats[cc] {
		switch {
		case k == 'n' || k == 'c' && g.rng.IntN(2) == 0:
			bban.WriteByte(byte('0' + g.rng.IntN(10)))
		default:
			bban.WriteByte(byte('A' + g.rng.IntN(26)))
		}
	}
	var num strings.Builder
	for _, c := range bban.String() + cc + "00" {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprint(&num, int(c-'A'+10))
		} else {
			num.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(num.String(), 10)
	check := 98 - new(big.Int).Mod(n, big.NewInt(97)).Int64()
	iban := fmt.Sprintf("%s%02d%s", cc, check, bban.String())
	if g.rng.IntN(2) == 0 {
		return group(iban, 4, " ")
	}
	return iban
}

// WriteJSONL writes samples in Veil's JSONL span format, offsets in code points.
func WriteJSONL(w io.Writer, samples []Sample) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range samples {
		type span struct {
			Type  string `json:"type"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		}
		rec := struct {
			Text  string `json:"text"`
			Spans []span `json:"spans"`
		}{Text: s.Text}
		for _, sp := range s.Spans {
			rec.Spans = append(rec.Spans, span{sp.Type, utf8.RuneCountInString(s.Text[:sp.Start]), utf8.RuneCountInString(s.Text[:sp.End])})
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

// reserved reports addresses in ranges set aside for documentation and future use.
func reserved(a netip.Addr) bool {
	for _, p := range []string{"0.0.0.0/8", "240.0.0.0/4", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32", "100.64.0.0/10"} {
		if netip.MustParsePrefix(p).Contains(a) {
			return true
		}
	}
	return false
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// nhs writes an NHS number with its mod-11 check digit, as 3-3-4.
func (g *Generator) nhs() string {
	for {
		var d [10]int
		sum := 0
		for i := range 9 {
			d[i] = g.rng.IntN(10)
			sum += d[i] * (10 - i)
		}
		check := 11 - sum%11
		if check == 11 {
			check = 0
		}
		if check == 10 {
			continue // never issued
		}
		d[9] = check
		return fmt.Sprintf("%d%d%d %d%d%d %d%d%d%d", d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9])
	}
}

// bsn writes a Dutch citizen service number that passes the 11-test.
func (g *Generator) bsn() string {
	for {
		var d [9]int
		sum := 0
		for i := range 8 {
			d[i] = g.rng.IntN(10)
			sum += d[i] * (9 - i)
		}
		d[8] = sum % 11
		if d[8] == 10 || d[0] == 0 {
			continue
		}
		return fmt.Sprintf("%d%d%d%d%d%d%d%d%d", d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8])
	}
}
