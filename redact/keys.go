package redact

import (
	"cmp"
	"strings"
)

// ibanLengths is the registered IBAN length per country (ISO 13616 registry).
var ibanLengths = map[string]int{
	"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
	"BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
	"EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
	"GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
	"JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
	"MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
	"NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
	"SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
	"TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30, "HN": 28,
	// countries whose banks issue IBANs outside the registry (Iran's Sheba number, the franc zones
	// of West and Central Africa, the Maghreb's): the lengths their banks publish, with the same
	// mod-97 check
	"IR": 26, "DZ": 26, "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25, "GA": 27, "GQ": 27,
	"GW": 25, "KM": 27, "MA": 28, "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}

// iban validates an IBAN starting at s[i], written compactly or in groups separated by single spaces.
func iban(s string, i int) (Finding, bool) {
	want, ok := ibanLengths[strings.ToUpper(s[i:i+2])]
	if !ok {
		return Finding{}, false
	}
	var buf [34]byte
	b := buf[:0]
	j := i
	var sep byte // the separator between groups: a space, or a hyphen (DE89-3704-…; since stop 43), one kind
	for j < len(s) && len(b) < want {
		c := s[j]
		switch {
		case isDigit(c) || isUpper(c):
			b = append(b, c)
			j++
		case c >= 'a' && c <= 'z': // written in lower case; checked upper-cased
			b = append(b, c-'a'+'A')
			j++
		case (c == ' ' || c == '-') && (sep == 0 || c == sep) && j+1 < len(s) && isAlnum(s[j+1]) && len(b)%4 == 0:
			sep = c
			j++
		default:
			return mistypedIBAN(s, i)
		}
	}
	if len(b) != want || j < len(s) && isAlnum(s[j]) {
		return mistypedIBAN(s, i)
	}
	if !mod97(b) {
		if lookalikeIBAN(b) {
			return Finding{Type: IBAN, Start: i, End: j, Score: 0.95, Source: SourcePattern}, true
		}
		return mistypedIBAN(s, i)
	}
	return Finding{Type: IBAN, Start: i, End: j, Score: 1.0, Source: SourcePattern}, true
}

// lookalikeIBAN reports whether b, an IBAN's characters of its country's length whose check
// fails, passes it with the letters that look like digits read as them (since stop 57), as a
// user slips one past a scanner ("DE79 0060 81l3 3280 6181 74", "… 6172 3O"): at most two O, I
// or l (upper-cased here) past the check digits, each beside a digit, become 0 and 1. A bank
// code's letters stand among letters ("GB16 BOFI 2806 …") and stay.
func lookalikeIBAN(b []byte) bool {
	var buf [34]byte
	c := append(buf[:0], b...)
	n := 0
	for p := 4; p < len(c); p++ {
		if c[p] != 'O' && c[p] != 'I' && c[p] != 'L' || !isDigit(c[p-1]) && (p+1 >= len(c) || !isDigit(c[p+1])) {
			continue
		}
		if n++; n > maxLookalikes {
			return false
		}
		if c[p] == 'O' {
			c[p] = '0'
		} else {
			c[p] = '1'
		}
	}
	return n > 0 && mod97(c)
}

// failedIBAN reports v (letters and digits, the cue's compact value) as an IBAN of a known country
// with its length and check digits' place, whose check fails (the cue words read it).
func failedIBAN(v string) bool {
	v = strings.ToUpper(v)
	want, ok := ibanLengths[v[:min(2, len(v))]]
	return ok && len(v) == want && isDigit(v[2]) && isDigit(v[3]) && allDigitsOrUpper([]byte(v[4:])) && !mod97([]byte(v))
}

// mistypedIBAN reads an IBAN of a known country whose length is not that country's but whose
// check digits hold (GB96GCKE1068403885421, a digit short): a mistyped account number is still
// someone's, and one string in 97 passes the check by chance, so it is a weak finding (0.4) that
// "IBAN", "account" or "bank" near it confirms.
func mistypedIBAN(s string, i int) (Finding, bool) {
	var buf [35]byte
	b := buf[:0]
	j := i
	for j < len(s) && len(b) < len(buf) {
		c := s[j]
		switch {
		case isDigit(c) || isUpper(c): // in capitals only, so that a word after it is not read on into
			b = append(b, c)
		case c == ' ' && j+1 < len(s) && (isDigit(s[j+1]) || isUpper(s[j+1])) && len(b)%4 == 0 && len(b) > 0:
		default:
			goto done
		}
		j++
	}
done:
	if len(b) < 15 || len(b) > 34 || j < len(s) && isAlnum(s[j]) || !isDigit(b[2]) || !isDigit(b[3]) || !allDigitsOrUpper(b[4:]) || !mod97(b) {
		return Finding{}, false
	}
	return Finding{Type: IBAN, Start: i, End: j, Score: 0.4, Source: SourcePattern}, true
}

func allDigitsOrUpper(b []byte) bool {
	for _, c := range b {
		if !isDigit(c) && !isUpper(c) {
			return false
		}
	}
	return true
}

// mod97 checks an IBAN's check digits (ISO 7064 MOD 97-10): move the first four characters to the
// end, read letters as 10..35, and the remainder mod 97 must be 1.
func mod97(b []byte) bool {
	r := 0
	add := func(c byte) {
		if isDigit(c) {
			r = (r*10 + int(c-'0')) % 97
		} else {
			r = (r*100 + int(c-'A'+10)) % 97
		}
	}
	for _, c := range b[4:] {
		add(c)
	}
	for _, c := range b[:4] {
		add(c)
	}
	return r == 1
}

// maxKeyLen bounds a credential, so a long hyphenated run is not rescanned from every prefix in it.
const maxKeyLen = 256

// keyPrefix is a vendor's credential prefix and the shape of what follows it.
type keyPrefix struct {
	prefix string
	minLen int    // characters after the prefix, at least
	maxLen int    // at most; 0 means no limit
	body   string // "alnum", "alnum_-", "upper_digit", "dotted" (alnum_- and '.')
	typ    string // the finding's type: APIKey when empty
}

// keyPrefixes lists the vendor prefixes the scan knows, longest first within each vendor.
var keyPrefixes = []keyPrefix{
	{prefix: "sk-proj-", minLen: 20, body: "alnum_-"},             // OpenAI project key
	{prefix: "sk-svcacct-", minLen: 20, body: "alnum_-"},          // OpenAI service account
	{prefix: "sk-admin-", minLen: 20, body: "alnum_-"},            // OpenAI admin key
	{prefix: "sk-ant-", minLen: 20, body: "alnum_-"},              // Anthropic
	{prefix: "sk-", minLen: 20, body: "alnum_-"},                  // OpenAI legacy
	{prefix: "sk_live_", minLen: 16, body: "alnum"},               // Stripe secret
	{prefix: "sk_test_", minLen: 16, body: "alnum"},               // Stripe test secret
	{prefix: "rk_live_", minLen: 16, body: "alnum"},               // Stripe restricted
	{prefix: "rk_test_", minLen: 16, body: "alnum"},               // Stripe restricted test
	{prefix: "whsec_", minLen: 24, body: "alnum"},                 // Stripe webhook secret
	{prefix: "AKIA", minLen: 16, maxLen: 16, body: "upper_digit"}, // AWS access key id
	{prefix: "ASIA", minLen: 16, maxLen: 16, body: "upper_digit"}, // AWS temporary access key id
	{prefix: "ghp_", minLen: 36, maxLen: 36, body: "alnum"},       // GitHub personal token
	{prefix: "gho_", minLen: 36, maxLen: 36, body: "alnum"},       // GitHub OAuth
	{prefix: "ghu_", minLen: 36, maxLen: 36, body: "alnum"},       // GitHub user-to-server
	{prefix: "ghs_", minLen: 36, maxLen: 36, body: "alnum"},       // GitHub server-to-server
	{prefix: "ghr_", minLen: 36, maxLen: 36, body: "alnum"},       // GitHub refresh
	{prefix: "github_pat_", minLen: 22, body: "alnum_-"},          // GitHub fine-grained token
	{prefix: "glpat-", minLen: 20, body: "alnum_-"},               // GitLab
	{prefix: "xoxb-", minLen: 10, body: "alnum_-"},                // Slack bot
	{prefix: "xoxp-", minLen: 10, body: "alnum_-"},                // Slack user
	{prefix: "xoxa-", minLen: 10, body: "alnum_-"},                // Slack app
	{prefix: "xoxr-", minLen: 10, body: "alnum_-"},                // Slack refresh
	{prefix: "xapp-", minLen: 10, body: "alnum_-"},                // Slack app-level
	{prefix: "AIza", minLen: 35, maxLen: 35, body: "alnum_-"},     // Google API key
	{prefix: "hf_", minLen: 30, body: "alnum"},                    // Hugging Face
	{prefix: "npm_", minLen: 36, maxLen: 36, body: "alnum"},       // npm access token
	{prefix: "pypi-", minLen: 50, body: "alnum_-"},                // PyPI upload token
	{prefix: "SG.", minLen: 66, maxLen: 66, body: "dotted"},       // SendGrid: 22 characters, a dot, 43
	{prefix: "dop_v1_", minLen: 64, maxLen: 64, body: "alnum"},    // DigitalOcean
	{prefix: "shpat_", minLen: 32, maxLen: 32, body: "alnum"},     // Shopify admin token
	// since stop 40
	{prefix: "ya29.", minLen: 30, body: "alnum_-"},   // Google OAuth 2.0 access token
	{prefix: "sq0atp-", minLen: 22, body: "alnum_-"}, // Square access token
	{prefix: "sq0csp-", minLen: 40, body: "alnum_-"}, // Square application secret
	{prefix: "hvs.", minLen: 24, body: "alnum_-"},    // HashiCorp Vault service token
	{prefix: "hvb.", minLen: 24, body: "alnum_-"},    // HashiCorp Vault batch token
	{prefix: "glrt-", minLen: 20, body: "alnum_-"},   // GitLab runner token
	{prefix: "gldt-", minLen: 20, body: "alnum_-"},   // GitLab deploy token
	{prefix: "gsk_", minLen: 48, body: "alnum"},      // Groq
	{prefix: "lin_api_", minLen: 40, body: "alnum"},  // Linear
	{prefix: "r8_", minLen: 37, body: "alnum"},       // Replicate
	// since stop 51
	{prefix: "pplx-", minLen: 40, body: "alnum"},                  // Perplexity
	{prefix: "PMAK-", minLen: 50, body: "alnum_-"},                // Postman API key
	{prefix: "dp.st.", minLen: 40, body: "dotted"},                // Doppler service token
	{prefix: "dp.pt.", minLen: 40, body: "dotted"},                // Doppler personal token
	{prefix: "dp.ct.", minLen: 40, body: "dotted"},                // Doppler CLI token
	{prefix: "dp.sa.", minLen: 40, body: "dotted"},                // Doppler service account token
	{prefix: "glsa_", minLen: 32, body: "alnum_-"},                // Grafana service account token
	{prefix: "glc_", minLen: 32, body: "alnum_-"},                 // Grafana Cloud access policy token
	{prefix: "AGE-SECRET-KEY-1", minLen: 50, body: "upper_digit"}, // age's secret key (bech32)
	{prefix: "ntn_", minLen: 40, body: "alnum"},                   // Notion integration token
	{prefix: "dckr_pat_", minLen: 24, body: "alnum_-"},            // Docker Hub access token
	{prefix: "EAAA", minLen: 56, body: "alnum_-"},                 // Square access token
	{prefix: "xkeysib-", minLen: 60, body: "alnum_-"},             // Brevo (Sendinblue)
	// since stop 52
	{prefix: "HRKU-", minLen: 36, body: "alnum_-"},                 // Heroku API key (a UUID after it)
	{prefix: "NRAK-", minLen: 27, maxLen: 27, body: "upper_digit"}, // New Relic user key
	{prefix: "pul-", minLen: 40, maxLen: 40, body: "alnum"},        // Pulumi access token
	{prefix: "pscale_tkn_", minLen: 32, body: "alnum_-"},           // PlanetScale service token
	{prefix: "pscale_pw_", minLen: 32, body: "alnum_-"},            // PlanetScale password
	{prefix: "sbp_", minLen: 40, maxLen: 40, body: "alnum"},        // Supabase access token
	{prefix: "figd_", minLen: 36, body: "alnum_-"},                 // Figma personal access token
	// since stop 44: a payment platform's customer, no credential, but one person's record there,
	// as logs and support tickets paste it ("Stripe customer cus_NffrFeUfNV2Hib")
	{prefix: "cus_", minLen: 14, maxLen: 24, body: "alnum", typ: IDNumber}, // Stripe customer
	// and a connected account, a seller or a sole trader paid out through a platform (stop 45:
	// "payout po_… to acct_1Nv0FGQ9RKHgCVdK failed")
	{prefix: "acct_", minLen: 16, maxLen: 24, body: "alnum", typ: IDNumber}, // Stripe connected account
}

// keysByFirst indexes the prefixes by their first byte, so most words are rejected by one lookup.
var keysByFirst = func() (t [256][]keyPrefix) {
	for _, k := range keyPrefixes {
		t[k.prefix[0]] = append(t[k.prefix[0]], k)
	}
	return t
}()

// keyPairs holds the first two bytes of every prefix: a word that begins otherwise is no key.
var keyPairs = func() (t pairSet) {
	for _, k := range keyPrefixes {
		t.add(k.prefix[0], k.prefix[1])
	}
	return t
}()

// apiKey matches a vendor credential beginning at s[i].
func apiKey(s string, i int) (Finding, bool) {
	for _, k := range keysByFirst[s[i]] {
		if !strings.HasPrefix(s[i:], k.prefix) {
			continue
		}
		j := i + len(k.prefix)
		for j < len(s) && j-i <= maxKeyLen && keyBody(s[j], k.body) {
			j++
		}
		n := j - i - len(k.prefix)
		if n < k.minLen || k.maxLen > 0 && n > k.maxLen || j < len(s) && isAlnum(s[j]) {
			continue
		}
		if !mixed(s[i+len(k.prefix) : j]) {
			continue // a run of one letter or all lower-case words is prose, not a key
		}
		return Finding{Type: cmp.Or(k.typ, APIKey), Start: i, End: j, Score: 0.95, Source: SourcePattern}, true
	}
	return Finding{}, false
}

func keyBody(c byte, body string) bool {
	switch body {
	case "upper_digit":
		return isUpper(c) || isDigit(c)
	case "alnum":
		return isAlnum(c) && c != '_' && c < 0x80
	case "dotted":
		return isAlnum(c) && c < 0x80 || c == '-' || c == '.'
	}
	return isAlnum(c) && c < 0x80 || c == '-'
}

// mixed reports whether a key body mixes digits with letters, as generated secrets do.
func mixed(b string) bool {
	var digit, letter bool
	for k := 0; k < len(b); k++ {
		digit = digit || isDigit(b[k])
		letter = letter || class[b[k]] == clsLetter && b[k] != '_'
	}
	return digit && letter
}
