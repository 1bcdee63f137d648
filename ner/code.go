package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Code identifiers are not names. A word that the same text uses in a position only code gives
// it is an identifier there and everywhere else in the text: called or indexed (Foo(, foo[), a
// member or a receiver (x.Foo, doc.count(), declared or raised (func Foo, type Foo, def foo,
// class Foo, raise KeyError, except KeyError), assigned (lineno = 0), quoted as code (`Foo`), or
// a keyword of a common language. A model span (other than an address) whose every word is such
// an identifier is dropped: "Handler" in "// Handler responds to requests" after
// "type Handler interface", or "lineno" after "lineno = 1". A person named in prose keeps their
// name unless the text also calls their name as code.

// declarers are the words after which a code identifier is declared or named.
var declarers = map[string]bool{
	"func": true, "type": true, "def": true, "class": true, "var": true, "const": true, "let": true, "struct": true,
	"interface": true, "raise": true, "except": true, "import": true, "package": true, "fn": true, "enum": true, "trait": true,
	"impl": true, "typedef": true, "namespace": true, "catch": true, "throw": true, "throws": true,
}

// keywords of common languages: never a name.
var keywords = map[string]bool{
	"elif": true, "nil": true, "self": true, "func": true, "def": true, "lambda": true, "struct": true, "async": true,
	"await": true, "goroutine": true, "chan": true, "defer": true, "typeof": true, "instanceof": true, "null": true,
	"nullptr": true, "void": true, "bool": true, "int": true, "uint": true, "int64": true, "uint64": true, "float64": true,
	"str": true, "dict": true, "tuple": true, "kwargs": true, "args": true, "stdin": true, "stdout": true, "stderr": true,
	"println": true, "printf": true, "sprintf": true, "errorf": true, "isinstance": true, "len": true, "EOF": true,
}

// techTerms are acronyms and product words of computing that a model reads as organisations or
// places in technical text; never a name, a place or an organisation on their own. Words that
// are also names, places or peoples (Ruby, Java, Apache, Swift), companies (GitHub, Docker,
// Redis) and state codes (CA, ID, PR) are left out.
var techTerms = wordSet("API APIs ASCII UTF UTC GMT HTTP HTTPS TCP UDP IP IPv4 IPv6 DNS TLS SSL SSH FTP SMTP ESMTP ESMTPS ESMTPSA LMTP IMAP URL URI URN JSON XML YAML " +
	"TOML CSV HTML CSS JS SQL NoSQL REST RPC gRPC CLI GUI SDK IDE CPU GPU RAM ROM SSD HDD OS VM JVM CI CD RFC IETF ISO ANSI POSIX UNIX Unix Linux " +
	"EOF NaN NULL TODO FIXME XXX UUID GUID PID TTY PKIX PEM DER ASN X509 AES RSA SHA MD5 HMAC JWT OAuth SAML LDAP CORS CSRF XSS " +
	"MIME MAC MTU NAT VPN LAN WAN HTTP2 QUIC ALPN SNI OCSP CRL DH ECDH ECDSA EdDSA GCM CBC CTR PRNG RNG ABI ELF ASM GC JIT AST " +
	"Golang Python JavaScript TypeScript PHP Perl PowerShell Kubernetes PostgreSQL SQLite Git npm pip PyPI macOS iOS Android Ubuntu Debian " +
	"Windows MSVC WinAPI Win32 Win64 IANA Gecko KHTML AppleWebKit WebKit Trident Presto Mac OS iPhone iPad iPod " +
	// software that is no company's name, which a model reads as a place after "in" ("written in
	// Elixir", "stored in Postgres", "open it in VSCode")
	"Postgres MySQL SQLite3 Terraform Ansible Elasticsearch Kibana Logstash Nginx NGINX Kubectl Istio Jupyter NumPy SciPy PyTorch " +
	"TensorFlow Keras FastAPI React ReactJS NextJS Nodejs NodeJS Webpack jQuery Laravel Symfony Svelte Redux GraphQL OpenAPI Swagger " +
	"Jira Confluence VSCode Xcode IntelliJ PyCharm WebStorm Vim Neovim Emacs Bash Zsh Excel PowerPoint OneDrive SharePoint Gmail " +
	"Photoshop Elixir Clojure Fortran COBOL Dockerfile Makefile Maven Gradle RabbitMQ Hadoop BigQuery DynamoDB CloudFormation " +
	"CloudWatch Minikube Wireshark VirtualBox " +
	// and the acronyms of taxes, payments and compliance, no one's name (stop 58: "Can you check
	// whether Smith-Jones is VAT registered?" had made a firm of "VAT")
	"VAT GST HST EIN ITIN IBAN BIC KYC AML GDPR HIPAA PCI ACH SEPA EBITDA KPI KPIs ROI RSVP FAQ")

// clinicalTerms are the abbreviations of clinical notes (tests, diagnoses, doses, routes) and the
// names of hospital departments, which a model reads as organisations or places; never a name, a
// place or an organisation on their own. State codes among them (OR, PT, MI, CT, PE, SC) are left
// out.
var clinicalTerms = wordSet("CXR CBC BMP CMP ECG EKG MRI CTA EEG EMG ABG LFT LFTs TSH INR PTT HbA1c A1c BNP ESR CRP UA UDS " +
	"HTN DM T1DM T2DM CKD ESRD CHF COPD CAD AFib DVT CVA TIA UTI GERD OSA SOB CP HPI ROS PMH PSH NKDA PCN " +
	"NSTEMI STEMI ACS PCI CABG LAD LCX RCA AKI ARDS DKA SBO ORIF TAVR SVT CAP HAP VAP SBAR " +
	"NPO PRN BID TID QID QD QHS QAM QPM IV IM SQ PO PR RA ICU NICU PICU CCU PACU ED ER OB GYN ENT " +
	"Cardiology Oncology Radiology Neurology Pediatrics Paediatrics Orthopedics Orthopaedics Dermatology Psychiatry " +
	"Gastroenterology Nephrology Urology Pulmonology Endocrinology Hematology Haematology Rheumatology Obstetrics " +
	"Gynecology Gynaecology Anesthesiology Anaesthesiology Pathology Neurosurgery Ophthalmology Otolaryngology")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// abbreviations may stand before a period without a space in prose ("Dr.Smith", "St.Louis").
var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "prof": true, "jr": true, "sr": true, "mt": true, "ft": true}

func isIdent(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// identEnd returns where the run of identifier characters starting at s[i] ends.
func identEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isIdent(r) {
			break
		}
		i += size
	}
	return i
}

// identifiers returns the words that text uses as code identifiers, or nil when it has none.
func identifiers(text string) map[string]bool {
	var ids map[string]bool
	add := func(w string) {
		if ids == nil {
			ids = map[string]bool{}
		}
		ids[w] = true
	}
	prevWord := ""     // the word before the current one, with only spaces between
	inQuote := false   // inside `back quotes` on this line
	depth := 0         // brackets open on this line
	lists := uint64(0) // bit d: the bracket open at depth d (1 to 63) holds prose's list, not after a word and with "and" or "or" in it
	code := -1         // whether this line is code: -1 not yet known, 0 no, 1 yes
	decl := -1         // whether this line opens a function's signature: -1 not yet known, 0 no, 1 yes
	body := false      // a function's body has opened on this line ("{", or "):" in Python)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '`':
			inQuote = !inQuote
			i += size
			continue
		case r == '\n':
			inQuote, prevWord, depth, code, decl, body, lists = false, "", 0, -1, -1, false, 0
			i += size
			continue
		case !isIdent(r):
			if r != ' ' && r != '\t' {
				prevWord = ""
			}
			switch r {
			case '(':
				depth++
				if r0, _ := utf8.DecodeLastRuneInString(text[:i]); depth > 0 && depth < 64 && (i == 0 || !isIdent(r0)) && proseList(text[i+1:]) {
					lists |= 1 << depth
				}
			case ')':
				if depth > 0 && depth < 64 {
					lists &^= 1 << depth
				}
				depth--
			case '{':
				body = true
			case ':':
				body = body || i > 0 && text[i-1] == ')'
			}
			i += size
			continue
		}
		start := i
		i = identEnd(text, i)
		w := text[start:i]
		var next, next2 byte
		if i < len(text) {
			next = text[i]
		}
		if i+1 < len(text) {
			next2 = text[i+1]
		}
		before := byte(0)
		if start > 0 {
			before = text[start-1]
		}
		switch {
		case inQuote:
			add(w)
		case next == '(' || next == '[' || next == '{' && start > 0:
			add(w)
		case next == '.' && next2 != 0 && next2 != ' ' && next2 != '\n' && !abbreviations[strings.ToLower(w)] && (startsLower(w) || camel(w)):
			add(w) // a receiver or package: doc.count, http.Handler
		case before == '.' && start >= 2 && receiver(text[:start-1]):
			add(w) // a member: self.lineno, r.URL
		case declarers[prevWord] && lineIsCode(&code, text, start):
			add(w) // "type Handler interface {", not "the package Maria sent"
		case assigned(text[i:]):
			add(w)
		case (next == ',' || next == ')') && startsLower(w) && (depth > 0 && (depth >= 64 || lists&(1<<depth) == 0) || assignedList(text[i:])) &&
			!(before == ' ' && start >= 2 && text[start-2] == '.') && lineIsCode(&code, text, start):
			// a parameter or argument, "def f(parser, namespace)"; "nsec, err = parse()"; not
			// prose's list in brackets, "the boys (tobi, chidi and emeka) came late" (stop 45),
			// nor a word after a full stop and a space, which no argument follows: "the
			// landlord (mr. petrosyan)" (stop 46)
			add(w)
		case (next == ',' || next == ')') && depth > 0 && !body && lineDeclares(&decl, text, start):
			add(w) // a type in a signature: "func indirect(v reflect.Value) (Unmarshaler, error) {"
		}
		prevWord = w
		if strings.IndexByte(w, '_') >= 0 {
			add(w)
		}
	}
	return ids
}

// inConstantName reports a span in capitals inside a constant's or an environment variable's
// name, words in capitals joined by underscores (GITHUB in GITHUB_TOKEN, MICROSOFT in
// MICROSOFT_CLIENT_ID; since stop 40): a program's name, not an organisation's mention. A file's
// name keeps its people (Jane_Doe_CV.pdf is not in capitals).
func inConstantName(text string, start, end int) bool {
	glued := start > 0 && text[start-1] == '_' || end < len(text) && text[end] == '_'
	if !glued {
		return false
	}
	a, b := start, end
	for a > 0 && (isUpperASCII(text[a-1]) || text[a-1] == '_' || text[a-1] >= '0' && text[a-1] <= '9') {
		a--
	}
	for b < len(text) && (isUpperASCII(text[b]) || text[b] == '_' || text[b] >= '0' && text[b] <= '9') {
		b++
	}
	if a > start || b < end || b < len(text) && (unicode.IsLetter(rune(text[b])) || text[b] == '.') || a > 0 && unicode.IsLetter(rune(text[a-1])) {
		return false // not all in capitals, or a file's name (REPORT_JANE.PDF)
	}
	for i := start; i < end; i++ {
		if !isUpperASCII(text[i]) && text[i] != '_' && (text[i] < '0' || text[i] > '9') {
			return false
		}
	}
	return true
}

// lowerWordInCode reports a span of one lower-case word on a line of code (with an equals sign, a
// brace or a semicolon) or of a comment ("# the startup stanzas", "float = 0"): code and its
// comments name things in lower case, people and places seldom.
func lowerWordInCode(text string, start, end int) bool {
	for i := start; i < end; i++ {
		if c := text[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return inCode(text, start)
}

// inCode reports that text[at] stands on a line of code (with an equals sign, a brace or a
// semicolon; not ":" or brackets, which prose has) or of a comment or docstring.
func inCode(text string, at int) bool {
	ls, le := lineAround(text, at, at)
	if codeMarks(text[ls:le]) {
		return true
	}
	line := strings.TrimLeft(text[ls:at], " \t")
	return strings.HasPrefix(line, "#") || strings.HasPrefix(line, "//") || strings.HasPrefix(line, "/*") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "--") ||
		strings.HasPrefix(line, `"""`) || strings.HasPrefix(line, "'''") || inBlockComment(text[:at])
}

// inBlockComment reports whether the end of before lies inside a /* block comment */ or a Python
// docstring, as the last 64 KB of before show: a "/*" after the last "*/", or an odd number of
// triple quotes of either kind.
func inBlockComment(before string) bool {
	before = before[max(0, len(before)-64<<10):] // bounded: a long text may hold many such spans
	// a search forward first, which runs at the vector unit's speed: strings.LastIndex reads a byte
	// at a time, and asked at each of thousands of names in a long text without any comment it had
	// made the span rules spend most of their time here (stop 42)
	if strings.Contains(before, "/*") {
		if open := strings.LastIndex(before, "/*"); open > strings.LastIndex(before, "*/") {
			return true
		}
	}
	return strings.Count(before, `"""`)%2 == 1 || strings.Count(before, "'''")%2 == 1
}

// codeMarks reports an equals sign, a brace or a semicolon in line that is not part of an
// emoticon (";)", ";-)", "=D", "=(", ":}"), which chat writes.
func codeMarks(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '=', ';', '{', '}':
			j := i + 1
			if j < len(line) && line[j] == '-' {
				j++
			}
			if j < len(line) && strings.IndexByte(")(DPpO3/", line[j]) >= 0 && (j+1 == len(line) || line[j+1] == ' ') {
				continue // an emoticon
			}
			if (line[i] == '{' || line[i] == '}') && i > 0 && line[i-1] == ':' {
				continue
			}
			if line[i] == ';' && i > 0 && (isLetterByte(line[i-1]) || isDigitByte(line[i-1])) && i+2 < len(line) && line[i+1] == ' ' && line[i+2] >= 'a' && line[i+2] <= 'z' {
				continue // prose's semicolon, between a word and a clause in lower case: "reading; parents Siobhan"; after a year too (stop 62: "op 21 november 1922; contactpersoon is mevrouw Lieshout")
			}
			if line[i] == ';' && i > 1 && line[i-1] == ' ' && (isLetterByte(line[i-2]) || isDigitByte(line[i-2]) || line[i-2] >= utf8.RuneSelf || line[i-2] == ')') && i+2 < len(line) && line[i+1] == ' ' &&
				(line[i+2] >= 'a' && line[i+2] <= 'z' || line[i+2] >= utf8.RuneSelf) && !strings.HasSuffix(strings.TrimRight(line, " \t\r"), ";") {
				continue // French's semicolon, a space before it (stop 61: "à Madrid ; appeler Casandra au …"; after a date's year too, stop 62: "le 15 mai 2008 ; contact : Mme Dupuy")
			}
			if line[i] == ';' && i > 0 && (isLetterByte(line[i-1]) || isDigitByte(line[i-1])) && i+3 < len(line) && line[i+1] == ' ' && line[i+2] >= 'A' && line[i+2] <= 'Z' &&
				(line[i+3] >= 'a' && line[i+3] <= 'z' || line[i+3] == '.') && !strings.HasSuffix(strings.TrimRight(line, " \t\r"), ";") {
				continue // a chart's clauses: "given fluids; Dr. Green spoke", "from Jan 12; Mateus will cover" (stop 46); not "int a; String b;"
			}
			return true
		}
	}
	return false
}

// lineIsCode is codeLine for the line around text[at], remembered in *known for that line.
func lineIsCode(known *int, text string, at int) bool {
	if *known < 0 {
		*known = 0
		if codeLine(text, at) {
			*known = 1
		}
	}
	return *known == 1
}

// proseList reports whether rest, the text after an opening bracket, holds a list of words that
// prose writes before the bracket closes on its line, within 128 bytes: words, commas and spaces
// only, with "and" or "or" between two of them ("tobi, chidi and emeka)"). Code's arguments
// are joined by commas and operators ("a and b" is Python's, but its brackets rarely hold a list
// before it).
func proseList(rest string) bool {
	rest = rest[:min(len(rest), 128)]
	end := strings.IndexByte(rest, ')')
	if end < 0 {
		return false
	}
	in := rest[:end]
	for i := 0; i < len(in); i++ {
		c := in[i]
		if !(c == ' ' || c == ',' || c == '-' || c == '\'' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80) {
			return false
		}
	}
	return strings.Contains(in, " and ") || strings.Contains(in, " or ")
}

// assignedList reports whether rest, the text after a word, goes on as a list of identifiers
// that is assigned to: ", b, err = f()", ", ok := m[k]".
func assignedList(rest string) bool {
	for strings.HasPrefix(rest, ",") {
		rest = strings.TrimLeft(rest[1:], " \t")
		j := identEnd(rest, 0)
		if j == 0 {
			return false
		}
		rest = rest[j:]
	}
	return assigned(rest)
}

// codeLine reports whether the line around text[at] holds punctuation that code has and prose
// rarely does: brackets, braces, a colon, a semicolon or an equals sign.
func codeLine(text string, at int) bool {
	start, end := lineAround(text, at, at)
	return strings.ContainsAny(text[start:end], "{}()[];:=")
}

// maxLineReach is how far lineAround reads from a span for its line's ends: a minified file is
// one line of megabytes, and reading all of it for each word would be quadratic.
const maxLineReach = 4096

// lineAround returns the bounds of the line around text[start:end], at most maxLineReach bytes
// either side of it.
func lineAround(text string, start, end int) (int, int) {
	return lineWithin(text, start, end, maxLineReach)
}

// lineWithin is lineAround reading at most reach bytes either side: a rule that asks at every
// place of a long line reads only its neighbourhood (stop 60's rules, nearBytes).
func lineWithin(text string, start, end, reach int) (int, int) {
	lo := max(0, start-reach)
	ls := lo + strings.LastIndexByte(text[lo:start], '\n') + 1
	hi := min(len(text), end+reach)
	le := strings.IndexByte(text[end:hi], '\n')
	if le < 0 {
		return ls, hi
	}
	return ls, end + le
}

// lineDeclares reports whether the line around text[at] opens a function's signature with one
// of declarations' words, after any indentation, remembered in *known for that line. The
// caller tracks whether the body has opened since ("{", or "):" in Python), so that
// "func Handle(m Message) { log(Maria) }" keeps Maria.
func lineDeclares(known *int, text string, at int) bool {
	if *known < 0 {
		*known = 0
		ls, _ := lineAround(text, at, at)
		line := strings.TrimLeft(text[ls:], " \t")
		for _, d := range declarations {
			if strings.HasPrefix(line, d) {
				*known = 1
				break
			}
		}
	}
	return *known == 1
}

// declarations open the line of a function's signature in Go, Python, Rust, JavaScript and Kotlin.
var declarations = []string{"func ", "def ", "async def ", "fn ", "pub fn ", "function ", "async function ", "fun "}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// receiver reports whether text ends in an identifier that starts in lower case or in a closing
// bracket: what stands before the period of a member access.
func receiver(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	if r == ')' || r == ']' {
		return true
	}
	j := len(text)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isIdent(r) {
			break
		}
		j -= size
	}
	w := text[j:]
	return w != "" && (startsLower(w) && !abbreviations[w] || camel(w))
}

// camel reports an upper-case letter after a lower-case one, as in ResponseController.
func camel(w string) bool {
	lower := false
	for _, r := range w {
		if unicode.IsUpper(r) && lower {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// assigned reports whether rest, the text after a word, assigns to it: " = x", ":= x", "+= 1",
// but not "==" or "=>" comparisons and arrows.
func assigned(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	for _, op := range []string{":=", "+=", "-=", "*=", "|=", "&="} {
		if strings.HasPrefix(rest, op) {
			return true
		}
	}
	return len(rest) >= 2 && rest[0] == '=' && rest[1] != '=' && rest[1] != '>' || rest == "="
}

// codeOnly reports whether every word of span is a code identifier of its text, a keyword, a
// computing term or a clinical one.
func codeOnly(span string, ids map[string]bool) bool {
	words := 0
	for i := 0; i < len(span); {
		r, size := utf8.DecodeRuneInString(span[i:])
		if !isIdent(r) {
			i += size
			continue
		}
		start := i
		i = identEnd(span, i)
		w := span[start:i]
		if !ids[w] && !keywords[w] && !techTerms[w] && !clinicalTerms[w] {
			return false
		}
		words++
	}
	return words > 0
}
