package redact

import (
	"encoding/base64"
	"slices"
	"strings"
	"unsafe"
)

// Credentials as configurations, requests and command lines carry them (stop 40): a key whose
// last word names a secret (DB_PASSWORD=, smtpPassword:, "refresh_token":, X-Api-Key:,
// JSESSIONID=, spring.datasource.password=), an HTTP Authorization header's credentials (Basic,
// Bearer, token and the other schemes; not Digest's fields), SMTP's AUTH PLAIN, the passwords and
// user names database, cache and registry clients take on their command lines (mysql -p…,
// redis-cli -a, sshpass -p, docker login -u … -p …, curl -u user:pass, sqlplus user/pass@db), and
// .netrc's and .pgpass's lines.

// gluedSecretWords name a secret at the end of a key's word run into others (PGPASSWORD).
var gluedSecretWords = [...]string{"password", "passwd", "passphrase", "secret", "token", "sessionid", "sessid", "apikey"}

// credentialKeys reads the value of every key ended by a ':' or '=' whose last word names a secret
// or an account (secretKeyWord): the word walk reads DB_PASSWORD, smtpPassword, X-Api-Key or
// DB_USER as one word, which no cue is; a quoted key of the one word "user" too ("user": "jdoe"),
// which a transcript's "User: hello" is not. The value is read as the cue of the word reads it
// (the password's six characters and 2.5 bits, a key's eight and three), so that a program's
// value stays (password_min_length: 8, token: null, session = requests.Session()). A .pgpass
// line is read at its port's colons (pgpassLine).
func (c *Cues) credentialKeys(text string, dst []Finding, hits *[]contextHit) []Finding {
	for _, mark := range [...]byte{'=', ':'} {
		for from := 0; ; { // by IndexByte, not Offsets: the loop runs at every ':' and '=' of every text
			k := strings.IndexByte(text[from:], mark)
			if k < 0 {
				break
			}
			p := from + k
			from = p + 1
			if mark == ':' && p+5 < len(text) && (text[p+1] == '5' && text[p+2:p+6] == "432:" || text[p+1] == '*' && text[p+2] == ':') {
				dst = pgpassLine(text, p, dst)
			}
			e := p
			for e > 0 && text[e-1] == ' ' {
				e--
			}
			if e > 0 && (text[e-1] == '"' || text[e-1] == '\'') {
				e--
			}
			if e == 0 || !isAlnum(text[e-1]) || !mayNameSecret(text, e) {
				continue // most keys: a look at their last word, without reading the whole key
			}
			a := e
			for a > 0 && e-a < 64 && (isAlnum(text[a-1]) && text[a-1] < 0x80 || text[a-1] == '-' || text[a-1] == '.') {
				a--
			}
			if e-a < 3 || mark == ':' && p+1 < len(text) && (text[p+1] == '/' || text[p+1] == ':' || text[p+1] == '=') ||
				mark == '=' && (p+1 < len(text) && text[p+1] == '=' || p > 0 && strings.IndexByte("!<>=:+-*/|&^%", text[p-1]) >= 0) {
				continue // a URL's scheme, a C++ scope, Go's :=, a comparison, a compound assignment
			}
			if mark == ':' && blankToLineEnd(text, p+1) {
				continue // a YAML mapping's key, its members on the lines below ("basic_auth:⏎  password_file: …"; stop 50)
			}
			key := text[a:e]
			if key == "kty" && mark == ':' {
				dst = jwkPrivate(text, a, dst) // {"kty":"RSA", …, "d":"…", "p":"…"}
				continue
			}
			if mark == ':' && strings.EqualFold(key, "private-lines") {
				dst = puttyPrivate(text, p+1, dst)
				continue
			}
			if len(key) <= 4 && (strings.EqualFold(key, "key") || strings.EqualFold(key, "name")) {
				dst = namedSecret(text, p+1, dst) // <add key="SmtpPassword" value="…"/>, {"name": "JSESSIONID", "value": "…"}
				continue
			}
			at, word, ok := secretKeyWord(key)
			if !ok {
				continue
			}
			quotedUser := len(key) == 4 && strings.EqualFold(key, "user") && a > 0 && e < len(text) && text[a-1] == '"' && text[e] == '"'
			// and a log line's pair, among others (stop 48): "INFO user=akowalczyk ip=203.0.113.45 action=login"
			quotedUser = quotedUser || len(key) == 4 && strings.EqualFold(key, "user") && mark == '=' && e == p && p+1 < len(text) && isAlnum(text[p+1]) &&
				(a == 0 || text[a-1] == ' ' || text[a-1] == '\t' || text[a-1] == '\n') && logfmtLine(text, a, p)
			if _, cue := c.words.single(strings.TrimLeft(key, "-.")); cue && !quotedUser {
				continue // a cue word of its own, read by the word walk with its own rules (aws_secret_access_key's forty characters)
			}
			if codeValue(text, p+1, word != "username") {
				continue // earlySecret := tls13.NewEarlySecret(…), hello.sessionId = make([]byte, 32)
			}
			v := valueAfter(text, p+1)
			if word == "username" && (machineUsers.has(v) || v != "" && isDigit(v[0])) {
				continue // RUN_AS_USER=nobody, DB_USER=postgres: a system's account; PRIO_USER = 0x2
			}
			if word != "username" && identifier(rawValue(text, p+1)) {
				continue // refresh_token=refresh_token, token = None: a variable, a constant
			}
			if at == 0 && word == "username" && !quotedUser && !strings.ContainsAny(key, "_-.") && !hasCamel(key) {
				continue // the one word "user", "username" or "login": the word walk's cue reads it
			}
			if p, ok := c.index[word]; ok {
				c.matched(text, p, a+at, e, e, &dst, hits)
			}
		}
	}
	return dst
}

// logfmtLine reports another key=value pair on the line of the key text[a:p] and its '=' at
// text[p], within 256 bytes either side: a word of letters after a blank, then '=' and no blank
// after it, as a structured log writes its fields ("ts=… level=info user=jdoe ip=…"), not a
// program's call or assignment.
func logfmtLine(text string, a, p int) bool {
	lo, hi := lineWithin(text, a, p, 256)
	line := text[lo:hi]
	if strings.ContainsAny(line, "(;{") {
		return false // a call's arguments, a statement
	}
	for i := 1; i < len(line); i++ {
		if line[i] != '=' || lo+i == p || i+1 >= len(line) || line[i+1] == ' ' || line[i+1] == '=' {
			continue
		}
		k := i
		for k > 0 && isLetter(line[k-1]) {
			k--
		}
		if k < i && (k == 0 || line[k-1] == ' ' || line[k-1] == '\t') {
			return true
		}
	}
	return false
}

// jwkPrivate reads a JSON Web Key's private members (RFC 7518: an RSA key's "d", "p", "q",
// "dp", "dq", "qi", an elliptic curve's or an Edwards curve's "d", a symmetric key's "k") in the
// object whose "kty" member's name begins at text[at]; the public ones ("n", "e", "x", "y")
// stay.
func jwkPrivate(text string, at int, dst []Finding) []Finding {
	open := strings.LastIndexByte(text[max(0, at-4096):at], '{')
	if open < 0 {
		return dst
	}
	open += max(0, at-4096)
	end := strings.IndexByte(text[at:min(len(text), at+16384)], '}')
	if end < 0 {
		return dst
	}
	obj := text[open : at+end]
	for i := 0; i < len(obj); {
		k := strings.IndexByte(obj[i:], '"')
		if k < 0 {
			break
		}
		q := i + k
		e := strings.IndexByte(obj[q+1:], '"')
		if e < 0 {
			break
		}
		name := obj[q+1 : q+1+e]
		i = q + e + 2
		switch name {
		case "d", "p", "q", "dp", "dq", "qi", "k":
		default:
			continue
		}
		j := i
		for j < len(obj) && (obj[j] == ' ' || obj[j] == ':') {
			j++
		}
		if j >= len(obj) || obj[j] != '"' {
			continue
		}
		v := strings.IndexByte(obj[j+1:], '"')
		if v < 8 {
			continue
		}
		dst = append(dst, Finding{Type: PrivateKey, Start: open + j + 1, End: open + j + 1 + v, Score: credentialScore, Source: SourceCue})
		i = j + v + 2
	}
	return dst
}

// puttyPrivate reads a PuTTY key file's private lines after "Private-Lines:" at text[i] (the
// count, then that many lines of base64), as one private key.
func puttyPrivate(text string, i int, dst []Finding) []Finding {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	n := 0
	for i < len(text) && isDigit(text[i]) && n < 1000 {
		n = n*10 + int(text[i]-'0')
		i++
	}
	if n == 0 || i >= len(text) || text[i] != '\n' && text[i] != '\r' {
		return dst
	}
	for i < len(text) && (text[i] == '\n' || text[i] == '\r') {
		i++
	}
	start, end := i, i
	for line := 0; line < n && end < len(text); line++ {
		k := strings.IndexByte(text[end:], '\n')
		if k < 0 {
			k = len(text) - end
		}
		end += k
		if line < n-1 && end < len(text) {
			end++
		}
	}
	if e := strings.TrimRight(text[start:end], "\r\n"); len(e) >= 16 {
		dst = append(dst, Finding{Type: PrivateKey, Start: start, End: start + len(e), Score: credentialScore, Source: SourceCue})
	}
	return dst
}

// codeValue reports an unquoted value after a key's mark at text[i] that a program computes: a
// call, an index, a literal of a composite type, a member's access (session.secret; with
// members, any: a user name is often dotted, guy.ferrand, so for one only a receiver's,
// self.user, cfg.User).
func codeValue(text string, i int, members bool) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) || text[i] == '"' || text[i] == '\'' {
		return false
	}
	for j := i; j < len(text) && j < i+256 && text[j] > ' ' && text[j] != ',' && text[j] != ';'; j++ {
		switch c := text[j]; {
		case c == '(' || c == '[' || c == '{':
			return true
		case c == '.' && j > i && isLetter(text[j-1]) && j+1 < len(text) && isLetter(text[j+1]):
			if members || receivers.has(text[i:j]) {
				return true
			}
		}
	}
	return false
}

// receivers are the names programs give the object whose member they read.
var receivers = foldSet("self this req request ctx config cfg conf opts options args params settings env os process user session auth app data payload form body obj o r s c")

// valueAfter returns the word a key's mark at text[i-1] assigns, its quotes and spaces skipped.
func valueAfter(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '"' || text[i] == '\'') {
		i++
	}
	j := i
	for j < len(text) && (isAlnum(text[j]) || text[j] == '-' || text[j] == '.') {
		j++
	}
	return text[i:j]
}

// identifier reports a word of letters and underscores only: a program's name, not a secret's
// value (which has a digit or a mark).
func identifier(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isLetter(v[i]) && v[i] != '_' {
			return false
		}
	}
	return v != ""
}

// rawValue returns what a key's mark at text[i-1] assigns, to a space, a quote, a comma, a
// semicolon or a bracket.
func rawValue(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '"' || text[i] == '\'') {
		i++
	}
	j := i
	for j < len(text) && j < i+256 && text[j] > ' ' && strings.IndexByte("\"',;)]}", text[j]) < 0 {
		j++
	}
	return text[i:j]
}

// namedSecret reads a value that a name beside it calls a secret or an account, at text[i]
// after a "key" or "name" attribute's or member's mark: .NET's appSettings (<add
// key="SmtpPassword" value="S3cret"/>) and a HAR file's headers and cookies ({"name":
// "JSESSIONID", "value": "8F3K…"}).
func namedSecret(text string, i int, dst []Finding) []Finding {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) || text[i] != '"' && text[i] != '\'' {
		return dst
	}
	q := text[i]
	k := strings.IndexByte(text[i+1:min(len(text), i+65)], q)
	if k < 1 {
		return dst
	}
	name := text[i+1 : i+1+k]
	_, word, ok := secretKeyWord(name)
	if !ok || strings.ContainsAny(name, " ") {
		return dst
	}
	j := i + k + 2
	for j < len(text) && (text[j] == ' ' || text[j] == ',') {
		j++
	}
	v := j
	if v < len(text) && text[v] == '"' {
		v++
	}
	if !strings.HasPrefix(text[v:], "value") {
		return dst
	}
	v += len("value")
	if v < len(text) && text[v] == '"' {
		v++
	}
	for v < len(text) && text[v] == ' ' {
		v++
	}
	if v >= len(text) || text[v] != '=' && text[v] != ':' {
		return dst
	}
	v++
	for v < len(text) && text[v] == ' ' {
		v++
	}
	if v >= len(text) || text[v] != '"' && text[v] != '\'' {
		return dst
	}
	end := strings.IndexByte(text[v+1:min(len(text), v+1+512)], text[v])
	if end < 1 {
		return dst
	}
	value := text[v+1 : v+1+end]
	if word == "username" {
		return appendLogin(dst, value, v+1)
	}
	if len(value) < 6 || identifier(value) || strings.Contains(value, " ") {
		return dst // a program's setting: true, false, a name, a sentence
	}
	return appendPassword(dst, value, v+1)
}

// cmdletName reports a PowerShell command's name, Verb-Noun in capitals (ConvertTo-SecureString,
// Get-Credential), which a password's key may be assigned from.
func cmdletName(v string) bool {
	k := strings.IndexByte(v, '-')
	if k < 2 || k+2 >= len(v) || !isUpper(v[0]) || !isUpper(v[k+1]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i != k && !isLetter(v[i]) {
			return false
		}
	}
	return true
}

// queryPairAt reports a query string's pair at s[i]: a key of letters, digits, '_', '.' or '-',
// then '='.
func queryPairAt(s string, i int) bool {
	j := i
	for j < len(s) && j < i+64 && (isAlnum(s[j]) || s[j] == '.' || s[j] == '-') {
		j++
	}
	return j > i && j < len(s) && s[j] == '='
}

// hasCamel reports a lower-case letter before a capital in s (adminLogin).
func hasCamel(s string) bool {
	for i := 1; i < len(s); i++ {
		if isUpper(s[i]) && isLower(s[i-1]) {
			return true
		}
	}
	return false
}

// keyWordCue returns the cue phrase whose reading of a value a key's last word, in lower case,
// takes, if the word names a secret or an account: a password's ("password"), a generated one's
// after "pass" ("pass"), a key's or a token's ("secret"), an account's ("username": a plain word
// when assigned: DB_USER=jdoe, spring.datasource.username=jdoe, adminLogin: jdoe). Two words run
// together count as one (apiKey, SessionId). "token", "key" and "id" are one only as the word
// before them tells (secretKeyWord), and give "". The words are matched by switch, without a map
// or a copy: the check runs at every ':' and '=' of a text.
func keyWordCue(w string) (string, bool) {
	switch w {
	case "password", "passwd", "passphrase", "pwd":
		return "password", true
	case "pass":
		return "pass", true
	case "secret", "apikey", "secretkey", "accesskey", "privatekey", "signingkey", "encryptionkey", "masterkey", "subscriptionkey", "appkey",
		"authkey", "licensekey", "storagekey", "accountkey", "sharedkey", "clientkey", "sessionid", "sessid", "session", "sid", "auth",
		"credential", "credentials":
		return "secret", true
	case "user", "username", "login":
		return "username", true
	case "token", "key", "id":
		return "", true
	}
	return "", false
}

// gluedWord returns where in w, a key's last word in lower case, one of gluedSecretWords ends it
// run into other words (PGPASSWORD, csrftoken, JSESSIONID), and its cue.
func gluedWord(w string) (int, string, bool) {
	for _, g := range gluedSecretWords {
		if len(w) > len(g) && w[len(w)-len(g):] == g {
			if g == "password" || g == "passwd" || g == "passphrase" {
				return len(w) - len(g), "password", true
			}
			return len(w) - len(g), "secret", true
		}
	}
	return 0, "", false
}

// secretKeyWord returns where in key the words that name a secret or an account begin and the
// cue phrase that reads its value, if its last word (or last two, run together) names one
// (keyWordCue, gluedWord).
func secretKeyWord(key string) (int, string, bool) {
	ls := lastKeyWord(key, len(key))
	le := len(key)
	for le > ls && (key[le-1] == '_' || key[le-1] == '-' || key[le-1] == '.') {
		le--
	}
	var buf [24]byte
	last, ok := lowerInto(buf[:], key[ls:le])
	if !ok {
		return 0, "", false
	}
	if cue, ok := keyWordCue(last); ok && cue != "" {
		return ls, cue, true
	} else if ok {
		// "token", "key" or "id": the word before it is an owner that makes it a program's
		// (nextPageToken, public_key), or one that runs together with it into a secret's word
		// (api_key, SessionId)
		pe := ls
		for pe > 0 && (key[pe-1] == '_' || key[pe-1] == '-' || key[pe-1] == '.') {
			pe--
		}
		var pbuf [16]byte
		prev := ""
		ps := pe
		if pe > 0 {
			ps = lastKeyWord(key, pe)
			prev, _ = lowerInto(pbuf[:], key[ps:pe])
		}
		switch prev {
		case "page", "next", "prev", "previous", "continuation", "cancellation", "sync", "resume", "start", "end", "public", "max", "min",
			"num", "total", "count", "csrfmiddleware":
			return 0, "", false
		}
		if last == "token" {
			return ls, "secret", true
		}
		var both [32]byte // api + key, session + id: the two words run together, in lower case
		if n := copy(both[:], prev); prev != "" && n+len(last) <= len(both) {
			n += copy(both[n:], last)
			if cue, _ := keyWordCue(unsafe.String(&both[0], n)); cue == "secret" {
				return ps, cue, true
			}
		}
		return 0, "", false
	}
	if len(last) > 5 {
		if at, cue, ok := gluedWord(last); ok {
			return ls + at, cue, true
		}
	}
	return 0, "", false
}

// mayNameSecret reports whether the key ending at text[e] may end in a word secretKeyWord knows:
// its last word (at most 24 bytes, read back from e), in lower case, is one keyWordCue knows, or
// ends in one of gluedSecretWords.
func mayNameSecret(text string, e int) bool {
	if e < 2 {
		return false
	}
	// the last two letters first, as an integer: most keys end otherwise
	switch uint16(text[e-2]|0x20)<<8 | uint16(text[e-1]|0x20) {
	case 't'<<8 | 'y', 'e'<<8 | 's': // a JSON Web Key's "kty", PuTTY's Private-Lines
		return e >= 3 && strings.EqualFold(text[e-3:e], "kty") || e >= 13 && strings.EqualFold(text[e-13:e], "private-lines")
	case 'r'<<8 | 'd', 'w'<<8 | 'd', 's'<<8 | 's', 'e'<<8 | 't', 'e'<<8 | 'y', 'i'<<8 | 'd', 'o'<<8 | 'n', 't'<<8 | 'h', 'a'<<8 | 'l',
		'l'<<8 | 's', 'e'<<8 | 'r', 'm'<<8 | 'e', 'i'<<8 | 'n', 'e'<<8 | 'n', 's'<<8 | 'e':
	default:
		return false
	}
	var buf [24]byte
	n := 0
	i := e
	for i > 0 && n < len(buf) {
		c := text[i-1]
		if !isAlnum(c) || c == '_' || c >= 0x80 || i < e && (isUpper(text[i]) && isLower(c) || isLetter(text[i]) && isDigit(c)) {
			break
		}
		if isUpper(c) {
			c += 'a' - 'A'
		}
		n++
		buf[len(buf)-n] = c
		i--
	}
	if n == 0 {
		return false
	}
	w := unsafe.String(&buf[len(buf)-n], n)
	if _, ok := keyWordCue(w); ok || w == "name" { // "name": namedSecret's {"name": "JSESSIONID", "value": …}
		return true
	}
	_, _, ok := gluedWord(w)
	return n > 5 && ok
}

// lastKeyWord returns where the last word of key[:end] begins: after a '_', a '-' or a '.', at a
// capital after a small letter (smtpPassword), or at a letter after a digit (oauth2Token).
func lastKeyWord(key string, end int) int {
	i := end
	for i > 0 {
		c := key[i-1]
		if c == '_' || c == '-' || c == '.' {
			break
		}
		if i < end && (isUpper(key[i]) && isLower(c) || isLetter(key[i]) && isDigit(c)) {
			break
		}
		i--
	}
	return i
}

// lowerInto writes s in lower case into b and returns it as a string that shares b (valid while b
// is, and unchanged), or false when s is empty or longer than b.
func lowerInto(b []byte, s string) (string, bool) {
	if len(s) > len(b) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(s)), len(s) > 0
}

// authorization reads the credentials of an HTTP Authorization header after its name at
// text[end] ("Authorization: Basic dXNlcjpwYXNz", "-H 'Authorization: Bearer …'", a HAR file's
// {"name": "Authorization", "value": "Bearer …"}): whatever the scheme, the token after it is a
// secret, except Digest's fields (a user name and a hash) and a variable or a placeholder
// ($TOKEN, <token>, {{token}}, YOUR_API_KEY).
func authorization(text string, end int) (Finding, bool) {
	i := end
	skip := func(set string) {
		for i < len(text) && strings.IndexByte(set, text[i]) >= 0 {
			i++
		}
	}
	skip(`"' `)
	if i >= len(text) || text[i] != ':' && text[i] != '=' && text[i] != ',' {
		return Finding{}, false
	}
	if text[i] == ',' { // a HAR file's header: "name": "Authorization", "value": "…"
		i++
		skip(` `)
		if !strings.HasPrefix(text[i:], `"value"`) {
			return Finding{}, false
		}
		i += len(`"value"`)
		skip(` `)
		if i >= len(text) || text[i] != ':' {
			return Finding{}, false
		}
	}
	i++
	skip(`"' `)
	s := i
	for i < len(text) && (isLetter(text[i]) || text[i] == '-' || isDigit(text[i])) {
		i++
	}
	scheme := text[s:i]
	if scheme == "" || i >= len(text) || text[i] != ' ' || strings.EqualFold(scheme, "digest") || strings.HasPrefix(strings.ToUpper(scheme), "AWS4-") {
		return Finding{}, false
	}
	skip(" ")
	return credentialToken(text, i, strings.EqualFold(scheme, "basic"))
}

// credentialToken reads the token at text[i] that an authentication scheme carries: base64 and
// the characters of a bearer token (RFC 6750: letters, digits, - . _ ~ + / and '=' padding).
// basic asks for base64 that decodes to a user and a password.
func credentialToken(text string, i int, basic bool) (Finding, bool) {
	j := i
	for j < len(text) && (isAlnum(text[j]) && text[j] < 0x80 || strings.IndexByte("-._~+/=", text[j]) >= 0) {
		j++
	}
	v := text[i:j]
	if len(v) < 8 || !literal(v) || placeholderToken(v) {
		return Finding{}, false
	}
	if basic {
		if _, ok := basicCredentials(v); !ok {
			return Finding{}, false
		}
	} else if !mixedClasses(v) || entropy(v) < 3 {
		return Finding{}, false
	}
	return Finding{Type: Secret, Start: i, End: j, Score: credentialScore, Source: SourceCue}, true
}

// credentialScore is the score of a credential read by its place: a header's, a client's flag's.
const credentialScore = 0.85

// placeholderToken reports a token that documentation writes for one: YOUR_API_KEY,
// ACCESS_TOKEN, xxxxxxxx.
func placeholderToken(v string) bool {
	upper, x := true, true
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(isUpper(c) || c == '_' || isDigit(c)) {
			upper = false
		}
		if c != 'x' && c != 'X' && c != '*' && c != '.' && c != '-' {
			x = false
		}
	}
	return upper && strings.IndexByte(v, '_') >= 0 || x
}

// basicCredentials decodes HTTP Basic's base64 "user:password" (RFC 7617), or SMTP's AUTH
// PLAIN's "[authzid]\0user\0password" (RFC 4616), and reports whether it is such text.
func basicCredentials(v string) (string, bool) {
	raw, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		raw, err = base64.RawStdEncoding.DecodeString(v)
	}
	if err != nil || len(raw) < 3 {
		return "", false
	}
	sep := false
	for _, c := range raw {
		switch {
		case c == ':' || c == 0:
			sep = true
		case c < 0x20 || c == 0x7f:
			return "", false
		}
	}
	return string(raw), sep
}

// authPlain reads SMTP's "AUTH PLAIN <base64>" credentials after the phrase at text[end].
func authPlain(text string, end int) (Finding, bool) {
	if end >= len(text) || text[end] != ' ' {
		return Finding{}, false
	}
	f, ok := credentialToken(text, end+1, true)
	if raw, _ := basicCredentials(text[f.Start:f.End]); !ok || !strings.Contains(raw, "\x00") {
		return Finding{}, false
	}
	return f, true
}

// clientFlags are the command-line flags by which database, cache, directory and registry
// clients take a password or a user name. attached marks a password flag whose value is written
// run into it only (mysql's -pSECRET: "-p db" asks for one, db being the database).
type clientFlags struct {
	pass, user []string
	attached   bool
	userPass   []string          // flags whose value is user:password (curl -u) or user%password (smbclient -U)
	slashed    bool              // the first argument may be user/password@database (sqlplus)
	userAt     bool              // an argument user@host names the account (ssh jdoe@10.0.4.7, scp f jdoe@host:/tmp)
	sub        []string          // the subcommands after which alone the flags and roles mean credentials (docker login: docker run's -p is a port; rabbitmqctl add_user jdoe S3cret)
	roles      []string          // what the arguments after the command or its subcommand are: "user", "pass" or "" (another)
	batchFlag  byte              // roles hold only with this short flag among the command's (htpasswd -b)
	skipArg    func(string) bool // arguments roles do not count (net use's device and share)
}

var mysqlFlags = &clientFlags{pass: []string{"-p", "--password"}, user: []string{"-u", "--user"}, attached: true}
var mongoFlags = &clientFlags{pass: []string{"-p", "--password"}, user: []string{"-u", "--username"}}
var loginFlags = &clientFlags{pass: []string{"-p", "--password"}, user: []string{"-u", "--username"}, sub: []string{"login"}}
var ldapFlags = &clientFlags{pass: []string{"-w"}}
var sqlcmdFlags = &clientFlags{pass: []string{"-P"}, user: []string{"-U"}}
var psqlFlags = &clientFlags{user: []string{"-U", "--username"}}

var clients = map[string]*clientFlags{
	"mysql": mysqlFlags, "mysqldump": mysqlFlags, "mysqladmin": mysqlFlags, "mysqlimport": mysqlFlags, "mariadb": mysqlFlags, "mariadb-dump": mysqlFlags, "mysqlsh": mysqlFlags,
	"psql": psqlFlags, "pg_dump": psqlFlags, "pg_restore": psqlFlags, "pg_dumpall": psqlFlags, "createdb": psqlFlags, "pgbench": psqlFlags,
	"redis-cli": {pass: []string{"-a", "--pass"}, user: []string{"--user"}},
	"sshpass":   {pass: []string{"-p"}},
	"docker":    loginFlags, "podman": loginFlags, "nerdctl": loginFlags, "helm": loginFlags, "oras": loginFlags, "skopeo": loginFlags, "buildah": loginFlags, "az": loginFlags,
	"mongo": mongoFlags, "mongosh": mongoFlags, "mongodump": mongoFlags, "mongorestore": mongoFlags, "mongoexport": mongoFlags, "mongoimport": mongoFlags,
	"ldapsearch": ldapFlags, "ldapmodify": ldapFlags, "ldapadd": ldapFlags, "ldapdelete": ldapFlags, "ldapwhoami": ldapFlags, "ldappasswd": ldapFlags,
	"sqlcmd": sqlcmdFlags, "bcp": sqlcmdFlags, "osql": sqlcmdFlags,
	"curl":      {userPass: []string{"-u", "--user", "--proxy-user", "-U"}},
	"wget":      {pass: []string{"--password", "--http-password", "--ftp-password", "--proxy-password"}, user: []string{"--user", "--http-user", "--ftp-user", "--proxy-user"}},
	"smbclient": {userPass: []string{"-U", "--user"}},
	"sqlplus":   {slashed: true},
	"lftp":      {userPass: []string{"-u"}},
	"ssh":       sshFlags, "scp": sshFlags, "sftp": sshFlags, "rsync": sshFlags, "mosh": sshFlags,
	// Windows' and the rest's, whose flags are written /user:jdoe or whose arguments are the credentials
	"cmdkey":                 {user: []string{"/user:"}, pass: []string{"/pass:"}},
	"xfreerdp":               {user: []string{"/u:"}, pass: []string{"/p:"}},
	"net":                    {user: []string{"/user:"}, sub: []string{"use"}, roles: []string{"pass"}, skipArg: netUseArg},
	"rdesktop":               {user: []string{"-u"}, pass: []string{"-p"}},
	"htpasswd":               {roles: []string{"", "user", "pass"}, batchFlag: 'b'},
	"rabbitmqctl":            {sub: []string{"add_user", "change_password", "authenticate_user"}, roles: []string{"user", "pass"}},
	"vault":                  {sub: []string{"login"}, roles: []string{"pass"}},
	"convertto-securestring": {roles: []string{"pass"}},
}

// netUseArg reports what net use takes besides a password: a device (Z:), a share (\\fs01\share)
// or the asterisk that asks for the password.
func netUseArg(a string) bool {
	return a == "*" || strings.HasPrefix(a, `\\`) || len(a) == 2 && isLetter(a[0]) && a[1] == ':'
}

var sshFlags = &clientFlags{user: []string{"-l"}, userAt: true}

// commandCredentials reads the rest of a client's command line after its name at text[end]
// (to a line's end that no backslash continues, a pipe, a ';' or an '&&') for the passwords and
// user names its flags carry.
func commandCredentials(text string, name string, end int, dst []Finding) []Finding {
	cl := clients[strings.ToLower(name)]
	if cl == nil || end < len(text) && text[end] != ' ' {
		return dst
	}
	i := end
	first := true
	limit := min(len(text), end+2048) // a command's line, not a long line's every word
	subSeen, pos, batch := len(cl.sub) == 0, 0, cl.batchFlag == 0
	for i < limit {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\\' && i+1 < len(text) && (text[i+1] == '\n' || text[i+1] == '\r')) {
			if text[i] == '\\' {
				i++
				for i < len(text) && (text[i] == '\n' || text[i] == '\r') {
					i++
				}
				continue
			}
			i++
		}
		if i >= len(text) || text[i] == '\n' || text[i] == '|' || text[i] == ';' || text[i] == '&' || text[i] == '`' || text[i] == ')' {
			break
		}
		a := i
		for i < len(text) && text[i] > ' ' && text[i] != '`' && text[i] != ';' && text[i] != '|' {
			if text[i] == '"' || text[i] == '\'' { // a quoted part: to its closing quote
				q := strings.IndexByte(text[i+1:min(len(text), i+200)], text[i])
				if q < 0 {
					break
				}
				i += q + 2
				continue
			}
			i++
		}
		if i == a {
			i++ // a quote that no other closes
			continue
		}
		arg := text[a:i]
		colonFlag := arg[0] == '/' && strings.IndexByte(arg, ':') > 1 && (slices.Contains(cl.pass, arg[:strings.IndexByte(arg, ':')+1]) || slices.Contains(cl.user, arg[:strings.IndexByte(arg, ':')+1]))
		if arg[0] != '-' && !colonFlag {
			if cl.slashed && first {
				dst = slashedLogin(text, a, i, dst) // sqlplus -s scott/tiger@orcl
			}
			if k := strings.IndexByte(arg, '@'); cl.userAt && k > 0 && k+1 < len(arg) && isAlnum(arg[k+1]) {
				dst = appendLogin(dst, arg[:k], a)
			}
			switch {
			case !subSeen:
				if strings.EqualFold(arg, "registry") || strings.EqualFold(arg, "acr") {
					continue // helm registry login, az acr login
				}
				if !slices.Contains(cl.sub, strings.ToLower(arg)) {
					return dst // docker run, rabbitmqctl list_users, vault kv get: no credentials
				}
				subSeen = true
			case len(cl.roles) > 0 && (cl.skipArg == nil || !cl.skipArg(arg)):
				if pos < len(cl.roles) {
					v := unquote(text, a, i)
					at := a
					if v != arg {
						at++
					}
					switch cl.roles[pos] {
					case "user":
						dst = appendLogin(dst, v, at)
					case "pass":
						if batch { // htpasswd without -b asks for the password: its last argument is none
							dst = appendPassword(dst, v, at)
						}
					}
				}
				pos++
			}
			first = false
			continue
		}
		if !subSeen {
			continue // a flag before the subcommand: docker -D login, the daemon's
		}
		if cl.batchFlag != 0 && len(arg) > 1 && arg[1] != '-' && strings.IndexByte(arg[1:], cl.batchFlag) >= 0 {
			batch = true // htpasswd -b, -bc, -cb
		}
		flag, value, vs := arg, "", -1
		if k := strings.IndexByte(arg, '='); k > 0 && strings.HasPrefix(arg, "--") {
			flag, vs = arg[:k], a+k+1
		}
		if colonFlag {
			k := strings.IndexByte(arg, ':')
			flag, vs = arg[:k+1], a+k+1
		}
		switch {
		case slices.Contains(cl.pass, flag) || slices.Contains(cl.user, flag) || slices.Contains(cl.userPass, flag):
			if vs < 0 { // the value is the next argument
				j := i
				for j < len(text) && text[j] == ' ' {
					j++
				}
				if j == i || j >= len(text) || text[j] == '-' || text[j] == '\n' {
					continue // -p alone: the client asks
				}
				if cl.attached && slices.Contains(cl.pass, flag) && len(flag) == 2 {
					continue // mysql -p db: asks for the password; db is the database
				}
				vs = j
				for i = j; i < len(text) && text[i] > ' ' && text[i] != ';' && text[i] != '|'; i++ {
				}
			}
		default:
			// a short password flag with its value run into it: -pS3cret, -aS3cret
			for _, p := range cl.pass {
				if len(p) == 2 && len(arg) > 2 && strings.HasPrefix(arg, p) && arg[1] == p[1] {
					flag, vs = p, a+2
				}
			}
			if vs < 0 {
				continue
			}
		}
		value = unquote(text, vs, i)
		vstart := vs
		if value != text[vs:i] {
			vstart++
		}
		switch {
		case slices.Contains(cl.userPass, flag):
			sep := strings.IndexAny(value, ":%,")
			if sep < 0 {
				dst = appendLogin(dst, value, vstart)
				continue
			}
			dst = appendLogin(dst, value[:sep], vstart)
			dst = appendPassword(dst, value[sep+1:], vstart+sep+1)
		case slices.Contains(cl.user, flag):
			dst = appendLogin(dst, value, vstart)
		default:
			dst = appendPassword(dst, value, vstart)
		}
	}
	return dst
}

// unquote returns text[a:b] without the quotes around it ('S3cret', "S3cret").
func unquote(text string, a, b int) string {
	v := text[a:b]
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// appendPassword adds a password a client's flag carries, unless it is a variable, a template or
// a placeholder ($MYSQL_PWD, ${PASS}, <password>, ****).
func appendPassword(dst []Finding, v string, at int) []Finding {
	if len(v) < 2 || !literal(v) || placeholderToken(v) || strings.ContainsAny(v[:1], "<[{(`") {
		return dst
	}
	return append(dst, Finding{Type: Secret, Start: at, End: at + len(v), Score: credentialScore, Source: SourceCue})
}

// appendLogin adds the user name a client's flag carries, unless it is a system's account
// (root, postgres, sa) or a variable.
func appendLogin(dst []Finding, v string, at int) []Finding {
	if strings.IndexByte(v, '\\') > 0 { // a Windows domain's user: ACME\jdoe
		k := strings.IndexByte(v, '\\')
		v, at = v[k+1:], at+k+1
	}
	if len(v) < 2 || !literal(v) || machineUsers.has(v) || v == "sa" || placeholderToken(v) || strings.ContainsAny(v, "<[{(`@") {
		return dst
	}
	for i := 0; i < len(v); i++ {
		if !isAlnum(v[i]) && v[i] != '.' && v[i] != '-' {
			return dst
		}
	}
	return append(dst, Finding{Type: Username, Start: at, End: at + len(v), Score: credentialScore, Source: SourceCue})
}

// slashedLogin reads Oracle's user/password@database argument (sqlplus scott/tiger@orcl).
func slashedLogin(text string, a, b int, dst []Finding) []Finding {
	v := text[a:b]
	k := strings.IndexByte(v, '/')
	if k <= 0 || k+1 >= len(v) || v[k+1] == '/' {
		return dst // "/ as sysdba", "//host"
	}
	e := strings.IndexByte(v[k+1:], '@')
	if e < 0 {
		e = len(v) - k - 1
	}
	dst = appendLogin(dst, v[:k], a)
	return appendPassword(dst, v[k+1:k+1+e], a+k+1)
}

// netrcPassword reports a .netrc line's password or login word at text[start] ("machine
// api.acme.io login jdoe password S3cret"), whose value no mark assigns.
func netrcPassword(text string, start int) bool {
	ls := max(0, start-256) // a .netrc's line is short: a long line is not read back for each word
	if k := strings.LastIndexByte(text[ls:start], '\n'); k >= 0 {
		ls += k + 1
	}
	line := strings.TrimLeft(text[ls:start], " \t")
	return (strings.HasPrefix(line, "machine ") || strings.HasPrefix(line, "default ")) && (strings.Contains(line, "login ") || strings.HasSuffix(line, " "))
}

// pgpassLine reads PostgreSQL's password file's line (host:port:database:user:password, the port
// 5432 or '*') whose port's colon stands at text[at]: the user and the password.
func pgpassLine(text string, at int, dst []Finding) []Finding {
	// the line, which is short: a long one is not read
	ls, le := max(0, at-256), min(len(text), at+256)
	if k := strings.LastIndexByte(text[ls:at], '\n'); k >= 0 {
		ls += k + 1
	} else if ls > 0 {
		return dst
	}
	if k := strings.IndexByte(text[at:le], '\n'); k >= 0 {
		le = at + k
	} else if le < len(text) {
		return dst
	}
	for ls < le && (text[ls] == ' ' || text[ls] == '\t') {
		ls++ // the line indented, as a message quotes a file's lines (FuzzPatterns, stop 45)
	}
	line := strings.TrimRight(text[ls:le], "\r ")
	parts := strings.Split(line, ":")
	if len(parts) != 5 || strings.ContainsAny(line, " \t") || parts[0] == "" || parts[2] == "" || parts[3] == "" || len(parts[4]) < 2 ||
		ls+len(parts[0]) != at {
		return dst
	}
	u := ls + len(parts[0]) + len(parts[1]) + len(parts[2]) + 3
	dst = appendLogin(dst, parts[3], u)
	return appendPassword(dst, parts[4], u+len(parts[3])+1)
}

// credentialCalls reads the user names and passwords that code passes to the functions and
// constructors that take them as arguments, string literals only (a variable is no secret to
// mask): req.SetBasicAuth("jdoe", "…"), new NetworkCredential("jdoe", "…"), HTTPBasicAuth('jdoe',
// '…'), server.login("jane@acme.com", "…"), ldap.simple_bind_s(dn, "…"), new
// AuthenticationHeaderValue("Bearer", "…"), smtp.PlainAuth("", "jdoe", "…", host), and Python's
// auth=('jdoe', '…') (since stop 40). It looks at each '(' by the name before it, its last two
// letters first.
func credentialCalls(text string, dst []Finding) []Finding {
	for from := 0; ; { // by IndexByte, not Offsets: the loop runs at every '(' of every text
		k := strings.IndexByte(text[from:], '(')
		if k < 0 {
			return dst
		}
		p := from + k
		from = p + 1
		e := p
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		var roles []string
		if e >= 2 {
			switch uint16(text[e-2]|0x20)<<8 | uint16(text[e-1]|0x20) {
			case 't'<<8 | 'h', 'a'<<8 | 'l', 'l'<<8 | 's', 'i'<<8 | 'n', 'i'<<8 | 'c', 0x7f<<8 | 's', 'n'<<8 | 'd', 'u'<<8 | 'e', 'o'<<8 | 'n':
			default:
				if text[e-1] != '=' {
					continue // most calls end otherwise: a look at two letters
				}
			}
			a := e
			for a > 0 && e-a < 32 && (isAlnum(text[a-1]) && text[a-1] < 0x80) {
				a--
			}
			var buf [32]byte
			name, _ := lowerInto(buf[:], text[a:e])
			roles = callRoles(name)
			if roles == nil && text[e-1] == '=' && hasSuffixFold(strings.TrimRight(text[max(0, e-8):e-1], " "), "auth") {
				roles = []string{"user", "pass"} // Python's requests: auth=('jdoe', '…')
			}
		}
		if roles == nil {
			continue
		}
		dst = callArguments(text, p+1, roles, dst)
	}
}

// callRoles returns what the string arguments of a function or constructor that takes
// credentials are, by its name in lower case: "user", "pass" or "" (another).
func callRoles(name string) []string {
	switch name {
	case "setbasicauth", "networkcredential", "usernamepasswordcredentials", "httpbasicauth", "httpdigestauth", "basicauth",
		"passwordauthentication", "basic", "login", "simplecredential", "usernamepasswordtoken":
		return []string{"user", "pass"}
	case "simple_bind_s", "simple_bind", "bind_s", "authenticationheadervalue", "basicawscredentials":
		return []string{"", "pass"}
	case "plainauth":
		return []string{"", "user", "pass"}
	}
	return nil
}

// callArguments reads the string literals among a call's first arguments at text[i], as roles
// says, and stops at the first argument that is no literal.
func callArguments(text string, i int, roles []string, dst []Finding) []Finding {
	var found []Finding
	pass := false
	for _, role := range roles {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i >= len(text) || text[i] != '"' && text[i] != '\'' && text[i] != '`' {
			break
		}
		q := text[i]
		e := strings.IndexByte(text[i+1:min(len(text), i+1+256)], q)
		if e < 0 {
			break
		}
		v, at := text[i+1:i+1+e], i+1
		i += e + 2
		switch role {
		case "user":
			found = appendLogin(found, v, at)
		case "pass":
			n := len(found)
			if found = appendPassword(found, v, at); len(found) > n {
				pass = true
			}
		}
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i >= len(text) || text[i] != ',' {
			break
		}
		i++
	}
	if !pass {
		return dst // login(request), basic("…") alone: no password, so no call of credentials
	}
	return append(dst, found...)
}

// credentialPairs reads a user name and a password written as a pair with a slash between them
// after a word for credentials on their line (stop 50): "username/password: jsmith /
// Winter2024!", "u/p: jsmith/Winter2024!", `log in as test user "marco.bellini"/"Pa55word!"`,
// which tickets and chat paste. The password has letters and a digit or a mark, six characters
// or more, and ends at a blank, a quote or the line's end (a path's next part is none); the user
// name is one word of letters, digits and "._@+-". It runs at each slash whose right side is such
// a password, so a text of paths and fractions costs a byte or two a slash.
func credentialPairs(text string, dst []Finding) []Finding {
	past := 0 // the end of the pair read last
	for p := range Offsets(text, "/") {
		if p < past {
			continue
		}
		// the password after the slash: a blank and a quote may stand between
		ps := p + 1
		if ps < len(text) && text[ps] == ' ' {
			ps++
		}
		quote := byte(0)
		if ps < len(text) && (text[ps] == '"' || text[ps] == '\'') {
			quote = text[ps]
			ps++
		}
		pe := ps
		for pe < len(text) && text[pe] > ' ' && text[pe] != '/' && text[pe] != quote && pe-ps <= 64 {
			pe++
		}
		if quote == 0 {
			for pe > ps && strings.IndexByte(".,;)?", text[pe-1]) >= 0 {
				pe-- // a sentence's mark after it (not "!", which passwords end in as often)
			}
		}
		if pe-ps < 6 || pe-ps > 64 || pe < len(text) && text[pe] == '/' || quote != 0 && (pe >= len(text) || text[pe] != quote) || !pairPassword(text[ps:pe]) {
			continue
		}
		// the user name before the slash
		ue := p
		if ue > 0 && text[ue-1] == ' ' && ps > p+1 && text[p+1] == ' ' {
			ue-- // spaced on both sides: "jsmith / Winter2024!"
		}
		if quote != 0 {
			if ue == 0 || text[ue-1] != quote {
				continue
			}
			ue--
		}
		us := ue
		for us > 0 && us > ue-64 && (isAlnum(text[us-1]) || strings.IndexByte("._@+-", text[us-1]) >= 0) {
			us--
		}
		if us == ue || quote != 0 && (us == 0 || text[us-1] != quote) || us > 0 && quote == 0 && text[us-1] != ' ' && text[us-1] != ':' {
			continue
		}
		ls, _ := LineStartWithin(text, us, 120)
		if !credentialWords(text[ls:us]) {
			continue
		}
		dst = append(dst, Finding{Type: Username, Start: us, End: ue, Score: 0.75, Source: SourcePattern},
			Finding{Type: Secret, Start: ps, End: pe, Score: 0.8, Source: SourcePattern})
		past = pe
	}
	return dst
}

// pairPassword reports a password of a pair: letters, and a digit or a mark a name's or a path's
// words are not joined by ("basic-auth-password", "spec_set", "bearer.token:" are none).
func pairPassword(v string) bool {
	letter, other := false, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isLetter(c):
			letter = true
		case c == '\\' || c == '<' || c == '>' || c == '(' || c == '{' || c == '[':
			return false // code's, markup's
		case isDigit(c) || strings.IndexByte("!@#$%^&*+=?~", c) >= 0:
			other = true
		}
	}
	return letter && other && !strings.Contains(v, "://") && !strings.HasPrefix(v, "-")
}

// credentialWords reports a word for credentials in s, a line's text before a pair, in any case:
// "password", "pass", "pwd", "pw", "u/p", "creds", "credentials", "login", "log in", "sign in".
func credentialWords(s string) bool {
	for _, w := range [...]string{"pass", "pwd", "pw:", "pw ", "u/p", "cred", "login", "log in", "sign in", "signin"} {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// blankToLineEnd reports only blanks from text[i] to the line's end.
func blankToLineEnd(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return false
}
