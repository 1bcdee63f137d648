package redact

import (
	"context"
	"math/bits"
	"net/netip"
	"strings"
)

// Entity type names, following Presidio where it has one.
const (
	Email      = "EMAIL_ADDRESS"
	Phone      = "PHONE_NUMBER"
	CreditCard = "CREDIT_CARD"
	SSN        = "US_SSN"
	IBAN       = "IBAN_CODE"
	IPAddress  = "IP_ADDRESS"
	URL        = "URL"
	APIKey     = "API_KEY"
)

// PatternTypes lists the entity types the pattern recognizer can report.
var PatternTypes = []string{Email, Phone, CreditCard, SSN, IBAN, IPAddress, URL, APIKey}

// SourcePattern is the Source of findings from the pattern recognizer.
const SourcePattern = "pattern"

// SourceField marks a finding that a field's place in a request makes, not its text: a chat
// participant's name, a PERSON whole.
const SourceField = "field"

// byte classes for the candidate scan
const (
	clsOther = iota
	clsLetter
	clsDigit
	clsAt
	clsPlus  // '+' may begin an international phone number
	clsParen // '(' may begin a phone number such as (212) 555-0100
)

var class = func() (t [256]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clsLetter
		t[c-'a'+'A'] = clsLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clsDigit
	}
	t['_'] = clsLetter // part of identifiers and key bodies
	t['@'] = clsAt
	t['+'] = clsPlus
	t['('] = clsParen
	// bytes of multi-byte UTF-8 sequences are letters for word-boundary purposes
	for c := 0x80; c < 0x100; c++ {
		t[c] = clsLetter
	}
	return t
}()

func isAlnum(c byte) bool  { return class[c] == clsLetter || class[c] == clsDigit }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isHex(c byte) bool {
	return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f')
}

// Patterns is the recognizer for structured identifiers: one pass over the text finds candidates
// by trigger bytes ('@', digit runs, word-initial prefixes) and only candidates are validated.
// Then the readers of health and data formats read what identifies someone by its position in
// HL7 messages, X12 transactions and DICOM attributes (hl7.go, x12.go, dicom.go); each returns
// at once from a text without its format's marks.
type Patterns struct{}

var _ Recognizer = Patterns{}

// formatReaders read what identifies someone by its position in a format (a message, a
// record, a document's zone), after the scan; each returns at once from a text without its
// format's marks.
var formatReaders = []func(string, []Finding) []Finding{
	handlesBesideNames, mrzZones, aamvaElements, boardingPasses, hl7Fields, x12Segments, dicomAttributes, vcardProperties,
	fhirIdentifiers, accessLogUsers, iso8583Fields, chatLogSpeakers,
}

// markedReaders are the readers of stop 39's formats, each with a byte that any text it reads
// holds (a SWIFT tag's colon, an XML element's '>', a track's '^'). A short text, a chat's
// message, is looked over once for which bytes it holds, and a reader whose byte is not there is
// not called: twenty searches that each found nothing had cost a 59-byte message as much as a
// tenth of its detection. A longer text calls them all, their searches a small part of its cost.
var markedReaders = []struct {
	read func(string, []Finding) []Finding
	mark byte
}{
	{mtFields, ':'}, {isoParties, '>'}, {achEntries, '6'}, {micrLines, 0xe2}, {cardTracks, '^'}, {emvTags, 'F'}, {pnrNames, '/'},
	{amadeusLocators, '/'}, {ssrElements, 'R'}, {paxlstSegments, '+'}, {epcTransfers, 'B'}, {swissBills, 'S'}, {mecards, ':'},
	{upiLinks, ':'}, {namedValues, '<'}, {e7Coordinates, '"'}, {nmeaSentences, '$'}, {exifDegrees, '"'}, {coordinateArrays, 'c'},
	{ofxAccounts, '>'}, {qifPayees, '!'}, {ncpdpFields, 'M'}, {indianPINs, ','}, {lowerIndianAddresses, ','}, {discordAuthors, ':'}, {syslogUsers, '('}, {sudoUsers, '='}, {lastUsers, '/'}, {barangayAddresses, 'y'}, {phLots, 'L'},
}

// markedShort is the longest text whose bytes are looked over before the marked readers run.
const markedShort = 1024

// markBits gives each byte that is a marked reader's mark a bit of its own, others none: a short
// text's marks are one table lookup and an or per byte. Thirty-two marks at most.
var markBits = func() (t [256]uint32) {
	n := 0
	for _, r := range markedReaders {
		if t[r.mark] == 0 {
			t[r.mark] = 1 << n
			n++
		}
	}
	return t
}()

// Recognize implements Recognizer.
func (p Patterns) Recognize(ctx context.Context, text string, dst []Finding) ([]Finding, error) {
	dst, _ = p.recognize(text, dst)
	return dst, ctx.Err()
}

// recognize is Recognize, and reports too whether the scan met a look-alike letter beside a digit
// ("437O", "I55", "9l35"), where lookalikeDigits may have work, or five digits each alone between
// one mark ("4-1-1-1-1-…"), where markedDigits may: a detection then reads the text
// again on its copy (Detector.detect).
func (Patterns) recognize(text string, dst []Finding) ([]Finding, bool) {
	dst, look := scan(text, dst)
	for _, read := range formatReaders {
		dst = read(text, dst)
	}
	held := ^uint32(0) // the marks a short text holds, a bit each (markBits); a longer one, all
	if len(text) <= markedShort {
		held = 0
		for i := 0; i < len(text); i++ {
			held |= markBits[text[i]]
		}
	}
	for _, r := range markedReaders {
		if held&markBits[r.mark] != 0 {
			dst = r.read(text, dst)
		}
	}
	return dst, look
}

// scan finds the pattern pass's candidates in s and appends what validates to dst; it reports too
// whether it met a look-alike letter beside a digit (see recognize).
func scan(s string, dst []Finding) ([]Finding, bool) {
	look := false
	n := len(s)
	nd := -1 // the next digit at or after i, once looked for; n when there is none
	for i := 0; i < n; {
		switch class[s[i]] {
		case clsOther:
			switch s[i] {
			case '-':
				if strings.HasPrefix(s[i:], "-----BEGIN ") {
					if f, ok := pemPrivateKey(s, i); ok {
						dst = append(dst, f)
						i = f.End
						continue
					}
				}
			case '%', ';':
				if f, ok := trackData(s, i); ok {
					dst = append(dst, f)
					i = f.End
					continue
				}
			}
			i++
		case clsLetter:
			j := i + 1
			for j < n && isLower(s[j]) { // most words: their other letters, without the tests below
				j++
			}
			rest := true // s[i+1:j] is lower-case ASCII letters
			for j < n && isAlnum(s[j]) {
				if isDigit(s[j]) && j >= i+3 && unspacedEndsAt(s, j) {
					break // 来院45歳, 男，45岁, โทร0812345678: the number is read apart
				}
				rest = rest && isLower(s[j])
				j++
			}
			if skipLowerWords && rest && j+1 < n && s[j] == ' ' && isLower(s[j+1]) && (isLower(s[i]) || isUpper(s[i])) && !lowerTriggers.has(s[i:j]) {
				if isLower(s[i]) {
					i = j // prose: see lowerTriggers
					continue
				}
				if nd < i {
					nd = nextDigit(s, i)
				}
				if nd-j >= 64 {
					i = j // a capitalised word, and no number near for a street to end in
					continue
				}
			}
			if lookalikeLetter(s[i]) && !look {
				look = i > 0 && isDigit(s[i-1]) || j > i+1 && isDigit(s[i+1]) // 437O, I55, 9l35
			}
			if i == 0 || !isAlnum(s[i-1]) {
				if j == i+1 && j < n && s[j] == '/' && s[i]|0x20 == 'u' {
					if f, ok := redditUser(s, i); ok {
						dst = append(dst, f)
						i = f.End
						continue
					}
				}
				if nd < i {
					nd = nextDigit(s, i)
				}
				if f, ok := letterCandidate(s, i, j, nd); ok {
					dst = append(dst, f)
					i = f.End
					continue
				}
			}
			i = j
		case clsDigit, clsPlus, clsParen:
			d := digitsAt(s, i)
			look = look || d > 0 && i+d < n && (lookalikeLetter(s[i+d]) || d == 1 && markedRun(s, i)) // 9O45: the readers may read the word whole; 4-1-1-1-1-…
			var end int
			dst, end = numberCandidates(s, i, d, dst)
			i = max(end, i+1)
		case clsAt:
			if f, ok := gitRemote(s, i); ok {
				dst = append(dst, f)
				i = f.End
				continue
			}
			if f, ok := email(s, i); ok {
				dst = append(dst, f)
				i = f.End
				continue
			}
			if f, ok := upiAddress(s, i); ok {
				dst = append(dst, f)
				i = f.End
				continue
			}
			if f, ok := abhaAddress(s, i); ok {
				dst = append(dst, f)
				i = f.End
				continue
			}
			if f, ok := mention(s, i); ok {
				dst = append(dst, f)
				i = f.End
				if g, ok := slackLabel(s, f); ok {
					dst = append(dst, g)
					i = g.End
				}
				continue
			}
			i++
		}
	}
	return dst, look
}

// lowerLeaders are the street leaders that open a street in a line typed all in lower case, as
// chat writes an address ("hes at av. insurgentes sur 1602, col. crédito constructor, cdmx"; stop
// 47): Spanish's and Portuguese's, which no English sentence uses otherwise; not "via" or
// "route".
var lowerLeaders = foldSet("av avda calle avenida calz rua carrera")

// lowerLineReach is how far lowerLeader looks for a capital on the leader's line.
const lowerLineReach = 200

// lowerLeader reports such a leader at s[i:j] (an abbreviation with its period) in a line with no
// capital letter within lowerLineReach bytes either side (a bound, so that a long line of them
// costs in proportion to its length).
func lowerLeader(s string, i, j int) bool {
	if !isLower(s[i]) || !lowerLeaders.has(s[i:j]) || (s[i:j] == "av" || s[i:j] == "avda" || s[i:j] == "calz") && (j >= len(s) || s[j] != '.') {
		return false
	}
	return lowerLine(s, i, j)
}

// lowerLine reports no capital letter within lowerLineReach bytes either side of s[i:j] on its
// line.
func lowerLine(s string, i, j int) bool {
	ls, le := lineWithin(s, i, j, lowerLineReach)
	for k := ls; k < le; k++ {
		if isUpper(s[k]) {
			return false
		}
	}
	return true
}

// residencePhrases say, in other languages, that one lives at the street after them: "vivo en",
// "moro na", "abito in", "j'habite au", "wohne in der", "bor på", "woon aan de".
var residencePhrases = []string{"vivo en ", "vive en ", "vivimos en ", "vivo na ", "vivo no ", "moro na ", "moro no ", "moro em ", "abito in ", "abita in ",
	"abitiamo in ", "j'habite au ", "j'habite ", "habite au ", "j’habite au ", "wohne in der ", "wohne in ", "wohnt in der ", "woon aan ", "woon op ",
	"mieszkam na ", "mieszkam przy ", "domicilio en ", "domiciliado en ", "resido en ", "bor på ", "bor i ", "woon aan de ", "woon in de ", "wohnt in ", "asun "}

// residenceAnnounced reports a residencePhrases phrase, in any case, just before s[i].
func residenceAnnounced(s string, i int) bool { return phraseBefore(s, i, residencePhrases) }

// lineWithin returns the bounds of the line around s[i:j], read at most reach bytes either side
// of it (a bound, so that a long line read at each of many places costs in proportion to its
// length).
func lineWithin(s string, i, j, reach int) (int, int) {
	ls, _ := LineStartWithin(s, i, reach)
	le, _ := LineEndWithin(s, j, reach)
	return ls, le
}

// lowerTriggers are the only words of lower-case ASCII letters that letterCandidate can find
// anything at when a space and another lower-case letter follow them, as most words of prose
// are: a weekday ("monday at noon") and a street leader ("rue de la Paix 5"). Every other check
// there needs a capital, a digit, an underscore, punctuation after the word, or a digit or
// capital after the space. The scan skips the rest of such words without calling it. A word
// with a capital first letter can also open a street that a word such as "utca" or "u." ends
// ("Kossuth Lajos utca 12"), so it is skipped only when no digit follows within 64 bytes.
var lowerTriggers = foldSet(weekdayWords + " " + streetLeaderWords)

// skipLowerWords turns the lowerTriggers shortcut on; the tests turn it off to check it.
var skipLowerWords = true

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// letterCandidate checks the word s[i:j] for word-initial triggers: URLs, API keys, IBANs, IPv6,
// Cyrillic streets, a home folder's user, dates and streets with a month's or a street's word.
func letterCandidate(s string, i, j, nd int) (Finding, bool) {
	if s[i] >= 0xd0 && s[i] <= 0xd3 && nd < len(s) { // Cyrillic, and a number after: ул. Тверская, д. 7
		if f, ok := cyrillicStreet(s, i, j); ok {
			return f, true
		}
	}
	if j-i == 3 && s[i] == 'G' && j < len(s) && s[j] == '-' {
		if f, ok := ghanaCard(s, i); ok {
			return f, true // GHA-123456789-0 (stop 41)
		}
	}
	if j-i == 13 && isUpper(s[i]) {
		if f, ok := uscisReceipt(s, i, j); ok {
			return f, true // EAC2190012345 (stop 47)
		}
	}
	if i >= 3 && j < len(s) && s[j] == '.' && s[i-1] == '/' {
		if f, ok := slashedWords(s, i); ok {
			return f, true // a what3words address: ///filled.count.soap (stop 41)
		}
	}
	switch c := s[i]; {
	case strings.HasPrefix(s[j:], "://") || (j-i == 3 && s[i:j] == "www" && j < len(s) && s[j] == '.'):
		if f, ok := url(s, i, j); ok {
			return f, true
		}
		return urlPassword(s, j)
	case j+4 < len(s) && s[j] == '.' && (s[j+4] == '/' && (s[j+1:j+4] == "com" || s[j+1:j+4] == "app") || s[j+3] == '/' && s[j+1]|0x20 == 'm' && s[j+2]|0x20 == 'e') &&
		(i == 0 || !urlByte(s[i-1]) || s[i-1] == '(' || s[i-1] == '"' || s[i-1] == '\''):
		if f, ok := profileURL(s, i, j); ok {
			return f, true
		}
	case isLetter(c) && j-i >= 4 && isLetter(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]):
		if f, ok := iban(s, i); ok {
			return f, true
		}
		fallthrough
	case j-i == 3 && isUpper(c) && j+5 <= len(s) && s[j] == ' ' && ieRoutingKeys[s[i:j]]:
		if e := eircodeAt(s, i, true, true); e > 0 {
			return Finding{Type: ZIPCode, Start: i, End: e, Score: 0.6, Source: SourcePattern}, true // Dublin D02 X285
		}
		if e := ukPostcodeAt(s, i, j); e > 0 { // (no routing key is a UK outward code; read one anyway)
			return Finding{Type: ZIPCode, Start: i, End: e, Score: 0.6, Source: SourcePattern}, true
		}
	case isUpper(c) && j-i >= 2 && j-i <= 4 && j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && (isDigit(s[i+1]) || isDigit(s[i+2])):
		if e := ukPostcodeAt(s, i, j); e > 0 {
			return Finding{Type: ZIPCode, Start: i, End: e, Score: 0.6, Source: SourcePattern}, true // Leeds LS10 1AB
		}
	case (j-i == 2 || j-i == 3) && isUpper(c) && isUpper(s[i+1]) && j+4 < len(s) && (s[j] == ' ' || s[j] == ','):
		if start, e := postcodeAfterState(s, i, j); e > 0 {
			return Finding{Type: ZIPCode, Start: start, End: e, Score: 0.6, Source: SourcePattern}, true // Paultown, QC J8J 7B7; Robertfort, SA, 8212
		}
	}
	if j-i >= 2 && keyPairs.has(s[i], s[i+1]) {
		if f, ok := apiKey(s, i); ok {
			return f, true
		}
	}
	if j < len(s) && s[j] == '-' && (hasPrefixFold(s[j:], "-year-old") || hasPrefixFold(s[j:], "-years-old")) {
		// "a seven-year-old", "the ninety-three-year-old": the cue pass reads the hyphenated
		// word whole, so the age in words before the marker is read here
		if start, age, ok := spelledBefore(s, j); ok {
			return ageAt(start, j, age), true
		}
	}
	if i > 0 && j+1 < len(s) && (s[j] == '/' || s[j] == '\\') && s[i-1] == s[j] {
		if f, ok := homeUser(s, i, j); ok {
			return f, true
		}
	}
	if j-i >= 40 || j < len(s) && (s[j] == '/' || s[j] == '+') { // a word of 40, or one that a '/' or '+' continues
		if f, ok := awsSecret(s, i); ok {
			return f, true
		}
	}
	// every identifier of wordIdentifier has a digit in it (nd < j), but a spaced NINO's two
	// letters, a JWT's first part ("eyJ…") and an Italian codice fiscale whose digits are all
	// written as letters (omocodia), which may have none
	if nd < j || j-i == 2 || j-i == 16 || strings.HasPrefix(s[i:j], "eyJ") {
		if f, ok := wordIdentifier(s, i, j); ok {
			return f, true
		}
	}
	if j < len(s) && (s[j] == ':' || s[j] == '-' || s[j] == '.' && j-i == 4) && isHex(s[i]) {
		if f, ok := mac(s, i); ok {
			return f, true
		}
		if s[j] == ':' {
			if f, ok := ipv6(s, i); ok {
				return f, true
			}
		}
	}
	if j-i == 3 && j+4 < len(s) && s[j] == ':' && s[i:j] == "arn" {
		if f, ok := arnPrincipal(s, i); ok {
			return f, true // arn:aws:iam::123456789012:user/jane.doe
		}
	}
	if j-i == 3 && s[i+1]|0x20 == 'p' && s[i+2]|0x20 == 'o' {
		if f, ok := militaryAddress(s, i, j); ok {
			return f, true
		}
	}
	if c := s[i] | 0x20; (c == 'm' || c == 't' || c == 'w' || c == 'f' || c == 's') && j-i >= 3 && j-i <= 9 && (j-i <= 5 && isUpper(s[i]) || j-i >= 6 && s[j-1]|0x20 == 'y') {
		if f, ok := weekday(s, i, j); ok {
			return f, true
		}
	}
	return streetOrDate(s, i, j, nd)
}

// nextDigit returns the index of the first digit at or after s[i], or len(s). It reads eight
// bytes at a step: prose runs long between digits.
func nextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := digitLanes(s[i : i+8]); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return len(s)
}

// digitLanes returns the high bit of each of the eight bytes of w that is an ASCII digit. Each
// byte gets its high bit set before the subtractions, so none borrows from the next.
func digitLanes(w string) uint64 { return digitLanesOf(load8(w)) }

// load8 returns the first eight bytes of w as one word, the first lowest.
func load8(w string) uint64 {
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// digitLanesOf is digitLanes of the eight bytes x holds, the first lowest.
func digitLanesOf(x uint64) uint64 {
	const high = 0x8080808080808080
	atLeast0 := ((x | high) - 0x3030303030303030) & high // (b & 0x7f) >= '0'
	above9 := ((x | high) - 0x3a3a3a3a3a3a3a3a) & high   // (b & 0x7f) > '9'
	return atLeast0 &^ above9 &^ x & high                // and b itself is ASCII
}

// militaryAddress reads a US military post address at the post-office word s[i:j]: "FPO AE 50474",
// with the ship or unit line above it ("USNS Holt", "PSC 3465, Box 2764", "Unit 8279 Box 3271"),
// or before it and a comma on its line ("USNS Cummings, FPO AA 69289").
func militaryAddress(s string, i, j int) (Finding, bool) {
	if !postOffice(s[i:j]) {
		return Finding{}, false
	}
	if j+4 > len(s) || s[j] != ' ' || s[j+1] != 'A' || !strings.ContainsRune("AEP", rune(s[j+2])) || s[j+3] != ' ' {
		return Finding{}, false
	}
	end := zipAt(s, j+4)
	if end == 0 {
		return Finding{}, false
	}
	start := i
	lineStart := strings.LastIndexByte(s[:i], '\n') + 1
	if before := s[lineStart:i]; strings.HasSuffix(before, ", ") {
		// the ship or unit on the same line, before a comma: "USNS Cummings, FPO AA 69289"
		for _, unit := range militaryUnits {
			if k := strings.LastIndex(before, unit); k >= 0 && i-(lineStart+k) <= 42 && (k == 0 || !isAlnum(before[k-1])) {
				start = lineStart + k
				break
			}
		}
	} else if strings.TrimLeft(s[lineStart:i], " \t") == "" && lineStart > 0 {
		above := strings.LastIndexByte(s[:lineStart-1], '\n') + 1
		line := strings.TrimLeft(s[above:lineStart-1], " \t")
		for _, unit := range militaryUnits {
			if strings.HasPrefix(line, unit) && len(line) <= 40 {
				start = lineStart - 1 - len(line) // the line ends at its line break, a '\r' included
				break
			}
		}
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// militaryUnits open the line above a military post office: a ship, a postal service centre,
// a unit or a mail room.
var militaryUnits = []string{"USNS ", "USS ", "USNV ", "USCGC ", "PSC ", "Unit ", "CMR "}

// postOffice reports the US military post offices, FPO, APO and DPO, in any case.
func postOffice(w string) bool {
	return strings.EqualFold(w, "FPO") || strings.EqualFold(w, "APO") || strings.EqualFold(w, "DPO")
}

// streetOrDate checks a word followed by a space and a number or a name: a street (Hauptstraße 5,
// Calle Mayor 5) or a date with a month name (March 14, 1931). nd is where the next digit is.
func streetOrDate(s string, i, j, nd int) (Finding, bool) {
	if end := poBox(s, i, j); end > 0 {
		return Finding{Type: StreetAddress, Start: i, End: end, Score: addressScore, Source: SourcePattern}, true
	}
	next := j
	if next < len(s) && (s[next] == '.' || s[next] == '/' && j-i == 1 && s[i]|0x20 == 'c' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == ':')) {
		next++ // "Av. Paulista", and Spain's "C/ Mayor 12"
	}
	if next+2 < len(s) && s[next] == ',' && s[next+1] == ' ' && isDigit(s[next+2]) && j-i >= 3 && j-i <= 9 && monthNumber(s[i:j]) > 0 {
		if end := date(s, i); end > 0 { // March, 2021
			return dateFinding(s, i, end, true), true
		}
	}
	if next+1 >= len(s) || s[next] != ' ' && s[next] != '-' {
		return Finding{}, false
	}
	switch c := s[next+1]; {
	case isDigit(c):
		if end, ok := numberedStreet(s, i, j); ok { // Calle 8 N° 659
			return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
		}
		if end, ok := chileanStreet(s, i, j); ok { // Esmeralda 118, Pumanque, Región del Libertador …
			return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
		}
		if c := s[i]; c == 'R' || c == 'C' || c == 'A' {
			if end, ok := kilometreRoute(s, i, j); ok { // Ruta 5 Sur, km 292
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
			}
		}
		if end, ok := germanStreet(s, i, j); ok {
			return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
		}
		if start, end, ok := germanStreetApart(s, i, j); ok {
			return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.7, Source: SourcePattern}, true
		}
		if end, ok := slavicStreet(s, i, j); ok {
			return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
		}
		if ruralLeader(s[i]) {
			if end, ok := ruralRoute(s, i, j); ok {
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.8, Source: SourcePattern}, true
			}
		}
		if end, ok := postcodeStreet(s, i, j); ok && monthNumber(s[i:j]) == 0 {
			return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
		}
		if j-i >= 3 && j-i <= 9 && monthNumber(s[i:j]) > 0 {
			if end := date(s, i); end > 0 {
				return dateFinding(s, i, end, true), true
			}
		}
	case (c == 'o' && hasPrefixFold(s[next+1:], "of ") || c == 't' && hasPrefixFold(s[next+1:], "the ") || c == '\'' || c == 0xE2) &&
		j-i >= 3 && j-i <= 9 && monthNumber(s[i:j]) > 0: // March of 2019, March the 5th, Jan '24, Jan ’24
		if end := date(s, i); end > 0 {
			return dateFinding(s, i, end, true), true
		}
	case (isLetter(c) || c >= 0x80) && nd-next < 64: // Calle Mayor 5, Praça da Sé 45; Piroska u. 97.: a number follows soon
		if (c == 'N' || c == 'n') && nd-next <= 5 && houseNumberMark(s, next+1) == nd {
			if end, ok := germanStreet(s, i, j); ok { // "in der Hauptstraße Nr. 5" (stop 57)
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
			}
		}
		if s[i:j] == "R" || anyLeaders.has(s[i:j]) { // the words leadingStreet begins at
			if w, _ := word(s, next+1); isCapital(w) || particles.has(w) || isUpper(s[i]) && slavicLeaders.has(s[i:j]) || irishLeaders.has(s[i:j]) && irishArticles.has(w) { // not "via email 5"
				if end, ok := leadingStreet(s, i, j); ok {
					return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
				}
			} else if announced := isLower(s[i]) && residenceAnnounced(s, i); lowerLeader(s, i, j) || announced && anyLeaders.has(s[i:j]) {
				// in lower case the number must close its clause: not "la calle tiene 5 casas"; or
				// the words before say one lives there (stop 50: "vivo en calle durango 123 col roma
				// norte", "abito in via roma 12 a torino")
				if end, ok := leadingStreet(s, i, j); ok && (end == len(s) || s[end] == ',' || s[end] == '.' || s[end] == '\n' || s[end] == ';' || announced) {
					return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
				}
			}
		}
		// a street that a street word or a postcode ends reads words up to its house number,
		// which is then the next digit, after a space; a postcode street's has a comma after it
		numbered := nd < j || nd < len(s) && (s[nd-1] == ' ' || nd >= 3 && (s[nd-1] == ':' || s[nd-1] == '.') && s[nd-3]|0x20 == 'n' && s[nd-2]|0x20 == 'o') // "No:214", Turkey's
		if numbered {
			if end, ok := trailingStreet(s, i, j); ok {
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
			}
			if end, ok := chileanStreet(s, i, j); ok { // Matías Araya 66, Litueche, Región del …
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
			}
		}
		if c := s[i]; c == 'R' || c == 'C' || c == 'A' {
			if end, ok := kilometreRoute(s, i, j); ok { // Ruta T-86, km 1; Ruta Nacional 40 km 3200
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
			}
		}
		if numbered && (nd < j || commaAfter(s, houseNumberEnd(s, nd)) || lineBreakAt(s, houseNumberEnd(s, nd))) { // the postcode and town after a comma or on the next line
			if end, ok := postcodeStreet(s, i, j); ok {
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.7, Source: SourcePattern}, true
			}
		}
		if ruralLeader(s[i]) {
			if end, ok := ruralRoute(s, i, j); ok {
				return Finding{Type: StreetAddress, Start: i, End: end, Score: 0.8, Source: SourcePattern}, true
			}
		}
	}
	return Finding{}, false
}

// postcodeStreet reads a street no street word marks by what follows it: capitalised words (and
// particles), a house number, a comma, and a postcode of four or five digits, or of another shape
// foreignPostcode reads, before a capitalised city ("Unter den Linden 77, 10117 Berlin",
// "Laugavegur 4, 1015 Reykjavík", "Pod Kesnerkou 89, 879 21 Dubá"), which is how most of Europe
// writes an address. It returns where the city ends.
func postcodeStreet(s string, i, j int) (int, bool) {
	if !isCapital(s[i:j]) || stopWords.has(s[i:j]) {
		return 0, false
	}
	k := j
	loose := false // a word in lower case of no list read: the postcode must be Czech or Slovak ("K pasienkom 930, 014 13 Andrejová")
	for n := 0; n <= 3 && k+1 < len(s) && s[k] == ' '; n++ {
		if isDigit(s[k+1]) {
			e := houseNumberEnd(s, k+1)
			if e-k-1 == 4 && yearLike(s[k+1:e]) {
				return 0, false // a year, not a house number: "Nature 2019, 12345 Users"
			}
			if e+1 < len(s) && (s[e] == '\n' || s[e] == '\r' && s[e+1] == '\n') && !documentParts.has(s[i:j]) {
				// the postcode and city on the next line, as an address block writes them
				// ("Višnjica 9c/3⏎87921 Knin", "Na Spojce 5⏎410 03 Český Brod")
				j := e
				if s[j] == '\r' {
					j++
				}
				if end := nextLineLocality(s, e, j); end > j && (!loose || spacedPostcode(s, j+1)) {
					return end, true
				}
				return 0, false
			}
			if !commaAfter(s, e) {
				return 0, false
			}
			p := e + 2
			for p < len(s) && isDigit(s[p]) && p-e-2 < 6 {
				p++
			}
			if d := p - e - 2; d < 4 || d > 5 || d == 4 && p < len(s) && isUpper(s[p]) {
				p = foreignPostcode(s, e+2) // 879 21 Dubá, 79-217 Chełm, 9217-421 Vale de Cambra, H-9792 Pécs, 5208DV
			}
			if p <= e+2 || p+1 >= len(s) || s[p] != ' ' && !(s[p] == ',' && p+2 < len(s) && s[p+1] == ' ' && (isUpper(s[p-1]) || !yearLike(s[e+2:p]) && !documentParts.has(s[i:j]))) {
				return 0, false // (a comma after the Dutch letters, "Isahof 566, 6212CX, Vledder", or digits no year: "Charlottepad 9, 2908, Bihain")
			}
			if loose && !spacedPostcode(s, e+2) {
				return 0, false
			}
			if s[p] == ',' {
				if e2 := postcodeTown(s, p); e2 > p {
					return e2, true
				}
				p++
			}
			if w, _ := word(s, p+1); !isCapital(w) {
				return 0, false
			}
			if end := locality(s, e); end > p {
				return end, true
			}
			return 0, false
		}
		w, e := word(s, k+1)
		if w == "" || !isCapital(w) && !particles.has(w) && !streetParticles.has(w) && !lowerStreetWords.has(w) && !finnishStreet(w) {
			if w == "" || stopWords.has(w) || !isLower(w[0]) && w[0] < 0x80 || n > 1 {
				return 0, false
			}
			loose = true
		}
		k = e
	}
	return 0, false
}

// finnishStreet reports a Finnish street's word in lower case after a genitive ("Haagan
// pappilankatu 39", "Mäkelän puistotie 4").
func finnishStreet(w string) bool {
	for _, suf := range []string{"katu", "tie", "kuja", "polku", "raitti", "kaari", "rinne", "puistikko"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// lineBreakAt reports a line break at s[e].
func lineBreakAt(s string, e int) bool {
	return e < len(s) && (s[e] == '\n' || s[e] == '\r')
}

// spacedPostcode reports a Czech or Slovak postcode at s[k], three digits, a space and two
// ("014 13"), with a space after it.
func spacedPostcode(s string, k int) bool {
	return digitsAt(s, k) == 3 && k+7 < len(s) && s[k+3] == ' ' && digitsAt(s, k+4) == 2 && s[k+6] == ' '
}

// documentParts are the words a number follows in a document's parts and versions ("Chapter 5",
// "Page 3"), which no line of an address block after them makes a street.
var documentParts = foldSet("chapter page section part version step room table figure item line level unit vol volume no issue episode season")

// houseNumberEnd returns where the house number at s[k] ends: up to four digits, a letter
// (77a) and a second number after a slash (79/29).
func houseNumberEnd(s string, k int) int {
	e := k
	for e < len(s) && isDigit(s[e]) && e-k < 4 {
		e++
	}
	if e < len(s) && isLetter(s[e]) && (e+1 >= len(s) || !isAlnum(s[e+1])) {
		e++ // 77a
	}
	return slashNumber(s, e)
}

// commaAfter reports a comma and a space at s[e], with a byte after them.
func commaAfter(s string, e int) bool {
	return e+2 < len(s) && s[e] == ',' && s[e+1] == ' '
}

// slashNumber extends a house number ending at s[e] over a slash and a second number, as Central
// Europe writes a building's two numbers or a door after the house ("Sportowa 79/29", "cesta
// 7/6", "Hauptstraße 12/2", "vrh 0a/9"), and a third of up to two digits, as Austria writes the
// staircase and the door ("88/3/12"), and returns where it ends.
func slashNumber(s string, e int) int {
	if e+1 < len(s) && s[e] == '/' && (s[e+1] == 'I' || s[e+1] == 'V') && e > 0 && isDigit(s[e-1]) {
		// Germany's and Austria's floor in Roman numerals after the house (stop 46): "Kaiserstr. 17/II"
		k := e + 1
		for k < len(s) && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X') && k-e <= 4 {
			k++
		}
		if k == len(s) || !isAlnum(s[k]) && s[k] != '/' {
			return k
		}
		return e
	}
	if e+1 >= len(s) || s[e] != '/' || !isDigit(s[e+1]) {
		return e
	}
	k := e + 1
	for k < len(s) && isDigit(s[k]) && k-e <= 4 {
		k++
	}
	if k < len(s) && isLetter(s[k]) && (k+1 >= len(s) || !isAlnum(s[k+1])) {
		k++
	}
	if k+1 < len(s) && s[k] == '/' && isDigit(s[k+1]) && isDigit(s[k-1]) {
		// Austria's staircase and door after the house (stop 46): "Mariahilfer Straße 88/3/12";
		// not a date's year of four digits, 12/2/2024
		m := k + 1
		for m < len(s) && isDigit(s[m]) && m-k <= 3 {
			m++
		}
		if m-k <= 3 && (m == len(s) || !isAlnum(s[m]) && s[m] != '/') {
			return m
		}
	}
	if k < len(s) && (isAlnum(s[k]) || s[k] == '/') {
		return e // a date or a fraction goes on: 12/2/2024
	}
	return k
}

// ruralLeader reports the first letters of ruralRoute's words, RR, HC and HCR, and Rural.
func ruralLeader(c byte) bool { return c == 'R' || c == 'H' || c == 'r' }

// ruralRoute reads a US rural route or highway contract address at the word s[i:j]: "RR 2 Box
// 152", "HC 64 Box 1010", "Rural Route 3, Box 17", with the city after it. It returns where it ends.
func ruralRoute(s string, i, j int) (int, bool) {
	k := j
	switch w := s[i:j]; {
	case w == "RR" || w == "HC" || w == "HCR":
	case strings.EqualFold(w, "rural") && len(s) >= j+6 && strings.EqualFold(s[j:j+6], " route"):
		k = j + 6
	default:
		return 0, false
	}
	digits := func(k int) int {
		e := k
		for e < len(s) && isDigit(s[e]) && e-k < 5 {
			e++
		}
		if e == k || e < len(s) && isAlnum(s[e]) {
			return 0
		}
		return e
	}
	if k+1 >= len(s) || s[k] != ' ' {
		return 0, false
	}
	if k = digits(k + 1); k == 0 {
		return 0, false
	}
	if k < len(s) && s[k] == ',' {
		k++
	}
	if k+5 >= len(s) || s[k] != ' ' || !strings.EqualFold(s[k+1:k+4], "box") || s[k+4] != ' ' {
		return 0, false
	}
	if k = digits(k + 5); k == 0 {
		return 0, false
	}
	return locality(s, k), true
}

// poBox reads a post-office box, or Australia's and New Zealand's private and locked bags, at
// the word s[i:j] ("PO Box 46", "P.O. Box 4421", "Post Office Box 12", "GPO Box 2190", "Private
// Bag 3020"), with the town, state and postcode after it, and returns where it ends, or 0.
func poBox(s string, i, j int) int {
	k := 0
	switch w := s[i:j]; j - i { // most words are told by their length and first letter
	case 1:
		if w == "P" || w == "p" {
			for _, dots := range [...]string{".O.", ".O", ". O.", ".o."} {
				if strings.HasPrefix(s[j:], dots) {
					k = j + len(dots)
					break
				}
			}
		}
	case 2:
		if w == "PO" || w == "Po" || w == "po" {
			k = j
		}
	case 3:
		if w == "GPO" || w == "POB" {
			k = j
		}
	case 4:
		if (w[0] == 'P' || w[0] == 'p') && strings.EqualFold(w, "post") && hasPrefixFold(s[j:], " office") {
			k = j + len(" office")
		}
	case 6, 7:
		if (w[0] == 'L' || w[0] == 'l' || w[0] == 'P' || w[0] == 'p') && (strings.EqualFold(w, "private") || strings.EqualFold(w, "locked")) && hasPrefixFold(s[j:], " bag ") {
			k = j
		}
	}
	if k == 0 || k >= len(s) {
		return 0
	}
	if s[k] == ' ' {
		k++
	}
	if !hasPrefixFold(s[k:], "box") && !hasPrefixFold(s[k:], "bag") {
		return 0
	}
	k += 3
	if k+1 >= len(s) || s[k] != ' ' || !isDigit(s[k+1]) {
		return 0
	}
	e := k + 1
	for e < len(s) && isDigit(s[e]) && e-k <= 6 {
		e++
	}
	if e < len(s) && (isDigit(s[e]) || isLetter(s[e]) && e+1 < len(s) && isAlnum(s[e+1])) {
		return 0
	}
	if e < len(s) && isUpper(s[e]) {
		e++ // "PO Box 12A"
	}
	if l := locality(s, e); l > e {
		return l
	}
	return boxTownPostcode(s, e)
}

// boxTownPostcode reads, after a post-office box at s[:e], a comma, a town of one to three
// capitalised words and four digits that a year's shape does not rule out here (stop 58: "PO Box
// 179, Campbell Flats 2060", New South Wales's postcodes all looking like years), and returns
// where they end, or e.
func boxTownPostcode(s string, e int) int {
	if !strings.HasPrefix(s[e:], ", ") {
		return e
	}
	k := e + 2
	for words := 0; words < 3; words++ {
		w, we := word(s, k)
		if w == "" || !isCapital(w) || stopWords.has(w) || we+1 >= len(s) || s[we] != ' ' {
			return e
		}
		k = we + 1
		if k+4 <= len(s) && allDigits(s[k:k+4]) && (k+4 == len(s) || !isAlnum(s[k+4])) {
			return k + 4
		}
	}
	return e
}

// streetParticles are the German and Dutch articles and prepositions inside street names
// ("Unter den Linden", "Am Kupfergraben", "Achter het Stadhuis"), and the Slavic words for a road,
// a street and a square after the name ("Vodovodna cesta 8") and prepositions inside names
// ("Ravne na Koroškem", "Zagorje ob Savi", "Slavkov u Brna", "Jablonné v Podještědí"), besides
// particles.
var streetParticles = foldSet("den der dem des am im an auf zum zur het ter ten op cesta ulica trg nad pod na ob pri v u")

// lowerStreetWords are the other words for a street, a path or a square that Slovenian, Croatian,
// Czech, Slovak and Finnish write in lower case after the street's name ("Lahova pot 69, 0237
// Bled", "Klesarski put 3c/7", "Ovsištské námestie 709, 992 90 Bystričany", "Eino Leinon katu
// 146"): a street in postcodeStreet, which wants the postcode and town after its number, only.
var lowerStreetWords = foldSet("pot put steza vijenac naselje nabrežje obala prilaz odvojak ogranak šetalište ploščad drevored námestie náměstí nábřeží nábrežie třída trieda ulice dolina schody katu polku tie kuja " +
	// and Croatia's and Slovenia's park, dale, short cut, wood, peak, promenade, passage and underpass (stop 61: "Rokov perivoj 830, 66131 Buzet")
	"perivoj dol prečac gvozd vrh štradon prehod podhod breg")

// url finds a URL whose scheme (or "www") is s[i:j].
func url(s string, i, j int) (Finding, bool) {
	scheme := strings.ToLower(s[i:j])
	switch scheme {
	case "http", "https", "ftp", "ftps", "sftp", "ws", "wss", "www", "ssh", "git", "svn": // (the last three since stop 43: ssh://git@github.com/janedoe/…)
	default:
		return Finding{}, false
	}
	end := j + 3
	if scheme == "www" {
		end = j + 1
	}
	// a host needs a dot (or is localhost) within its first 253 bytes; checking that first keeps a
	// run of failing candidates ("ws://ws://ws://…") linear
	host := end
	for host < len(s) && host-end < 253 && urlByte(s[host]) && s[host] != '.' && s[host] != '/' {
		host++
	}
	if (host >= len(s) || s[host] != '.') && !strings.EqualFold(s[end:min(end+9, len(s))], "localhost") {
		return Finding{}, false
	}
	for end < len(s) && urlByte(s[end]) {
		end++
	}
	end = trimURL(s, j+3, end)
	if end <= j+3 || strings.IndexByte(s[j:end], '.') < 0 && !strings.Contains(s[j:end], "localhost") {
		return Finding{}, false
	}
	return Finding{Type: URL, Start: i, End: end, Score: 0.6, Source: SourcePattern}, true
}

// profilePaths are the paths to a person's profile on sites that host one, without a scheme:
// "github.com/janedoe", "linkedin.com/in/jane-doe-123", "x.com/janedoe", "youtube.com/@jane".
// A code host's profile is its first segment alone; "github.com/org/repo" is a project, as Go's
// import paths write them.
var profilePaths = map[string]string{"github": "", "gitlab": "", "linkedin": "in/", "twitter": "", "x": "", "instagram": "",
	"facebook": "", "tiktok": "@", "youtube": "@", "medium": "@", "reddit": "user/",
	// payment links that name their payee (stop 41): paypal.me/jdoe, revolut.me/jdoe, cash.app/$jdoe, venmo.com/u/jdoe
	"paypal": "", "revolut": "", "cash": "$", "venmo": "u/"}

// profileURL reads a profile's address without a scheme, its site's name s[i:j] and ".com/"
// after it: the site's profile path and one segment, ending the address.
func profileURL(s string, i, j int) (Finding, bool) {
	prefix, ok := profilePaths[strings.ToLower(s[i:j])]
	if !ok {
		return Finding{}, false
	}
	k := j + len(".com/") // or ".app/"
	if s[j+3] == '/' {
		k = j + len(".me/")
	}
	if !hasPrefixFold(s[k:], prefix) {
		if prefix != "user/" || !hasPrefixFold(s[k:], "u/") {
			return Finding{}, false
		}
		prefix = "u/"
	}
	k += len(prefix)
	e := k
	for e < len(s) && (isAlnum(s[e]) && s[e] < 0x80 || s[e] == '-' || s[e] == '_' || s[e] == '.') {
		e++
	}
	for e > k && s[e-1] == '.' {
		e-- // the sentence's full stop
	}
	if e-k < 2 || e < len(s) && (s[e] == '/' && e+1 < len(s) && urlByte(s[e+1]) && s[e+1] != ' ' || urlByte(s[e]) && s[e] != '.' && s[e] != ',' && s[e] != ')' && s[e] != '"' && s[e] != '\'') {
		return Finding{}, false // a repository's path, or more than a name
	}
	return Finding{Type: URL, Start: i, End: e, Score: 0.6, Source: SourcePattern}, true
}

// awsSecret reads an AWS secret access key at s[i], forty characters of base64 without a word
// to announce it, where an AWS access key id stands shortly before (AKIA…, then the secret, as
// credentials files and pasted pairs write them).
func awsSecret(s string, i int) (Finding, bool) {
	const n = 40
	if i+n > len(s) || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '/' || s[i-1] == '+') {
		return Finding{}, false
	}
	for k := i; k < i+n; k++ { // most words end within a few bytes
		if c := s[k]; !(isAlnum(c) && c != '_' && c < 0x80 || c == '/' || c == '+') {
			return Finding{}, false
		}
	}
	if i+n < len(s) && (isAlnum(s[i+n]) || s[i+n] == '/' || s[i+n] == '+' || s[i+n] == '=') {
		return Finding{}, false
	}
	before := s[max(0, i-96):i]
	if !strings.Contains(before, "AKIA") && !strings.Contains(before, "ASIA") || !mixed(s[i:i+n]) || entropy(s[i:i+n]) < 4 {
		return Finding{}, false
	}
	return Finding{Type: APIKey, Start: i, End: i + n, Score: 0.9, Source: SourcePattern}, true
}

// urlPassword reads the password of a connection string that url does not take as a web
// address ("postgres://admin:S3cr3t@db:5432/app", "redis://:p4ss@cache:6379"), its scheme ending
// at s[j]: the password is a secret; the user, the host and the rest are left to the other
// recognizers.
func urlPassword(s string, j int) (Finding, bool) {
	k := j + 3
	colon, at := -1, -1
	for e := k; e < len(s) && e-k < 256 && urlByte(s[e]) && s[e] != '/'; e++ {
		switch s[e] {
		case ':':
			if colon < 0 {
				colon = e
			}
		case '@':
			at = e // the last '@' ends the user information
		}
	}
	if colon < 0 || at < 0 || colon > at || at-colon < 2 {
		return Finding{}, false
	}
	return Finding{Type: Secret, Start: colon + 1, End: at, Score: 0.9, Source: SourcePattern}, true
}

func urlByte(c byte) bool {
	return c > ' ' && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '`' && c != '\\' && c != '{' && c != '}' && c != '|' && c != '^'
}

// trimURL drops trailing punctuation that ends the sentence rather than the URL, keeping balanced parentheses.
func trimURL(s string, start, end int) int {
	for end > start {
		switch s[end-1] {
		case '.', ',', ';', ':', '!', '?', '\'', '*', ']':
			end--
			continue
		case ')':
			if strings.Count(s[start:end], "(") < strings.Count(s[start:end], ")") {
				end--
				continue
			}
		}
		break
	}
	return end
}

// email validates the address around the '@' at s[at].
func email(s string, at int) (Finding, bool) {
	start := at
	// the local part read so far is ASCII
	ascii := true
	for start > 0 && at-start <= 64 && localByte(s[start-1]) { // a local part has at most 64 bytes
		if s[start-1] >= 0x80 {
			if ascii && start < at && unspacedEndsAt(s, start) {
				break // a CJK sentence runs into an address: 邮箱是zhang.wei@example.com
			}
			ascii = false
		}
		start--
	}
	if start > 0 && localByte(s[start-1]) && !(ascii && unspacedEndsAt(s, start)) {
		return Finding{}, false
	}
	for start < at && (s[start] == '.' || s[start] == '\'') {
		// a local part does not begin with a dot, and a quote before it is the text's: SQL's and
		// Python's 'ana@b.io' (which kept it, and so got another token than ana@b.io elsewhere)
		start++
	}
	if start == at || at-start > 64 {
		return Finding{}, false
	}
	if start > 2 && urlByte(s[start-1]) {
		// a URL's user information (postgres://admin:S3cr3t@db, ssh://git@github.com), whose
		// password urlPassword reads: no mailbox; nor the end of a password after a mark the
		// local part does not hold (postgres://admin:Tr0ub4dor&3@db had made 3@db a mailbox
		// that outscored the password; stop 49)
		b := max(0, start-512)
		if k := strings.LastIndexAny(s[b:start], " \t\n\"'<("); k >= 0 {
			b += k + 1
		}
		if k := strings.LastIndex(s[b:start], "://"); k >= 0 && strings.IndexByte(s[b+k+3:start], '/') < 0 {
			return Finding{}, false // (an address in a path after the host is a mailbox: s3://exports/users/jane.doe@acme.com/…; since stop 43)
		}
	}
	end, lastDot, labelLen, asciiLabel := at+1, -1, 0, true
	for end < len(s) && end-at <= 255 && (isAlnum(s[end]) && s[end] != '_' || s[end] == '-' || s[end] == '.') { // a domain has at most 255 bytes
		if labelLen > 0 && asciiLabel && s[end] >= 0xe0 && unspacedStartsAt(s, end) {
			break // and out of it: kim@example.com입니다
		}
		if s[end] == '.' && asciiLabel && lastDot > 0 && unspacedStartsAt(s, end+1) {
			break // or after a full stop, which normalisation made of 。: zhang.wei@example.com。메일은
		}
		if s[end] >= 0x80 {
			asciiLabel = false
		}
		if s[end] == '.' {
			if labelLen == 0 || end+1 >= len(s) || !isAlnum(s[end+1]) {
				break
			}
			lastDot, labelLen, asciiLabel = end, 0, true
		} else {
			labelLen++
		}
		end++
	}
	if lastDot < 0 || end-lastDot-1 < 2 {
		return Finding{}, false
	}
	for k := lastDot + 1; k < end; k++ {
		if isDigit(s[k]) || s[k] == '-' {
			return Finding{}, false // the top-level domain is letters only
		}
	}
	return Finding{Type: Email, Start: start, End: end, Score: 1.0, Source: SourcePattern}, true
}

func localByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '%' || c == '+' || c == '-' || c == '\''
}

// ipv6 validates a run of hex digits, colons and dots starting at s[i].
func ipv6(s string, i int) (Finding, bool) {
	end := i
	colons := 0
	for end < len(s) && (isHex(s[end]) || s[end] == ':' || s[end] == '.') {
		if s[end] == ':' {
			colons++
		}
		if end++; end-i > 45 { // the longest textual IPv6 address, with an embedded IPv4, is 45 bytes
			return Finding{}, false
		}
	}
	for end > i && (s[end-1] == '.' || s[end-1] == ':' && (end-2 < i || s[end-2] != ':')) {
		end--
	}
	if colons < 2 || (end < len(s) && isAlnum(s[end])) {
		return Finding{}, false
	}
	cand := s[i:end]
	if !strings.Contains(cand, "::") && strings.Count(cand, ":") < 7 && !strings.Contains(cand, ".") {
		return Finding{}, false // times such as 10:30:00 are not addresses
	}
	a, err := netip.ParseAddr(cand)
	if err != nil {
		// logs often print addr:port without the brackets IPv6 needs: drop a trailing :port
		if k := strings.LastIndexByte(cand, ':'); k > 0 && cand[k-1] != ':' && allDigits(cand[k+1:]) {
			cand, end = cand[:k], i+k
			a, err = netip.ParseAddr(cand)
		}
	}
	if err != nil || !a.Is6() {
		return Finding{}, false
	}
	return Finding{Type: IPAddress, Start: i, End: end, Score: ipScore(cand), Source: SourcePattern}, true
}

// digitsAt returns how many digits stand at s[i].
func digitsAt(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// specialPrefixes are ranges set aside for documentation and other special uses (RFC 5737,
// RFC 3849, RFC 6890): their addresses identify no machine.
var specialPrefixes = []netip.Prefix{
	netip.MustParsePrefix("192.0.2.0/24"), netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("0.0.0.0/8"), netip.MustParsePrefix("240.0.0.0/4"), netip.MustParsePrefix("2001:db8::/32"),
}

// ipScore is 0.95 for an address that can identify a machine. An address that names no
// machine at all (loopback, unspecified, broadcast, the documentation and reserved ranges)
// scores 0.1, which context words cannot lift over a threshold; multicast, link-local (whose
// interface part may carry a MAC address) and a bare IPv6 prefix such as 2002:: in code
// score 0.4, which context words ("ip", "host", "from") can raise; an IPv6 address whose interface
// id carries a MAC address (EUI-64) scores 0.8 in any scope.
func ipScore(s string) float64 {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0.95
	}
	if a.IsLoopback() || a.IsUnspecified() || a == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return 0.1
	}
	for _, p := range specialPrefixes {
		if p.Contains(a) {
			return 0.1
		}
	}
	if b := a.As16(); a.Is6() && !a.Is4In6() && b[11] == 0xff && b[12] == 0xfe {
		return 0.8 // an interface id made from a MAC address (EUI-64, fe80::21a:2bff:fe3c:4d5e): the device's own
	}
	if a.IsMulticast() || a.IsLinkLocalUnicast() {
		return 0.4
	}
	if a.Is6() && !a.Is4In6() && strings.HasSuffix(s, "::") && strings.Count(s, ":") <= 3 {
		return 0.4
	}
	return 0.95
}

// postcodeAfterState reads the postcode after a Canadian province's or an Australian state's
// abbreviation s[i:j] that ends a town's line, and returns where the postcode starts and ends,
// or 0 for its end: Canada's letter-digit shape, with or without its space ("Paultown, QC J8J
// 7B7", "North Carolyn, NT G7V3G3"), and Australia's four digits ending the address
// ("Robertfort, SA, 8212", "Sydney NSW 2000"). The abbreviation must follow a comma or a
// capitalised word, as a town is written before it ("the ACT 2023 rules" is none).
func postcodeAfterState(s string, i, j int) (int, int) {
	if i < 2 || s[i-1] != ' ' || !(s[i-2] == ',' || isLetter(s[i-2]) && capitalisedBefore(s, i-1)) {
		return 0, 0
	}
	k := j
	if s[k] == ',' {
		k++
	}
	if k >= len(s) || s[k] != ' ' {
		return 0, 0
	}
	k++
	st := s[i:j]
	if caProvinces[st] {
		if e := caPostcodeAt(s, k); e > 0 {
			return k, e
		}
	}
	if auStates[st] && k+4 <= len(s) && allDigits(s[k:k+4]) && (k+4 == len(s) || !isAlnum(s[k+4]) && s[k+4] != '-' && !(s[k+4] == '.' && k+5 < len(s) && isDigit(s[k+5]))) {
		return k, k + 4
	}
	return 0, 0
}

// capitalisedBefore reports that the word ending at s[e] (exclusive) begins with a capital.
func capitalisedBefore(s string, e int) bool {
	k := e
	for k > 0 && (isLetter(s[k-1]) || s[k-1] >= 0x80) {
		k--
	}
	return k < e && isUpper(s[k])
}

// caPostcodeAt reads a Canadian postcode at s[k] (K1A 0B1, or K1A0B1), in the letters Canada
// Post uses (no D, F, I, O, Q or U; no W or Z first), and returns its end, or 0.
func caPostcodeAt(s string, k int) int {
	const first, rest = "ABCEGHJKLMNPRSTVXY", "ABCEGHJKLMNPRSTVWXYZ"
	e := k + 3
	if e+3 > len(s) || !strings.ContainsRune(first, rune(s[k])) || !isDigit(s[k+1]) || !strings.ContainsRune(rest, rune(s[k+2])) {
		return 0
	}
	if s[e] == ' ' {
		e++
	}
	if e+3 > len(s) || !isDigit(s[e]) || !strings.ContainsRune(rest, rune(s[e+1])) || !isDigit(s[e+2]) || e+3 < len(s) && isAlnum(s[e+3]) {
		return 0
	}
	return e + 3
}

// ieRoutingKeys are the routing keys of Ireland's Eircodes, the first three characters of the
// code, one for each postal district.
var ieRoutingKeys = wordSet("A41 A42 A45 A63 A67 A75 A81 A82 A83 A84 A85 A86 A91 A92 A94 A96 A98 C15 D01 D02 D03 D04 D05 D06 D07 D08 D09 D10 " +
	"D11 D12 D13 D14 D15 D16 D17 D18 D20 D22 D24 D6W E21 E25 E32 E34 E41 E45 E53 E91 F12 F23 F26 F28 F31 F35 F42 F45 F52 F56 F91 F92 " +
	"F93 F94 H12 H14 H16 H18 H23 H53 H54 H62 H65 H71 H91 K32 K34 K36 K45 K56 K67 K78 N37 N39 N41 N91 P12 P14 P17 P24 P25 P31 P32 P36 " +
	"P43 P47 P51 P56 P61 P67 P72 P75 P81 P85 R14 R21 R32 R35 R42 R45 R51 R56 R93 R95 T12 T23 T34 T45 T56 V14 V15 V23 V31 V35 V42 V92 " +
	"V93 V94 V95 W12 W23 W34 W91 X35 X42 X91 Y14 Y21 Y25 Y34 Y35")

// eircodeAt returns where an Eircode at s[i] ends, or 0: a routing key (a letter of the
// identifier's alphabet and two digits, or D6W), a space (optional where spaced is false) and
// four characters of the unique identifier's alphabet (digits and A C D E F H K N P R T V W X Y).
// Where shape is set, as for one told by its shape alone, the routing key must be one of
// ieRoutingKeys and the identifier hold a letter and a digit ("D02 X285"; "D02 1234" may be a
// part number); after a word that names it ("Eircode: A65F4E2") the shape will do.
func eircodeAt(s string, i int, spaced, shape bool) int {
	if i+7 > len(s) || i > 0 && isAlnum(s[i-1]) {
		return 0
	}
	if shape && !ieRoutingKeys[s[i:i+3]] || !shape && !(strings.IndexByte("ACDEFHKNPRTVWXY", s[i]) >= 0 && isDigit(s[i+1]) && isDigit(s[i+2]) || s[i:i+3] == "D6W") {
		return 0
	}
	k := i + 3
	if s[k] == ' ' {
		k++
	} else if spaced {
		return 0
	}
	if k+4 > len(s) || k+4 < len(s) && isAlnum(s[k+4]) {
		return 0
	}
	letters, digits := 0, 0
	for _, c := range []byte(s[k : k+4]) {
		switch {
		case isDigit(c):
			digits++
		case strings.IndexByte("ACDEFHKNPRTVWXY", c) >= 0:
			letters++
		default:
			return 0
		}
	}
	if shape && (letters == 0 || digits == 0) {
		return 0
	}
	return k + 4
}

// ukAreas are the postcode areas of the United Kingdom and the Crown dependencies.
var ukAreas = wordSet("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX " +
	"FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX " +
	"PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE")

// ukPostcodeAt returns where a full UK postcode written at s[i:] ends, its outward code being
// s[i:j] ("LS10", "SW1A", "M4"), or 0: an area the Royal Mail uses, one or two digits and perhaps
// a letter; a space; a digit and two letters of the inward code's alphabet (no C, I, K, M, O or
// V). Told by its shape alone, anywhere in the text: "Leeds LS10 1AB".
func ukPostcodeAt(s string, i, j int) int {
	if j >= len(s) || s[j] != ' ' {
		return 0
	}
	a := i
	for a < j && isUpper(s[a]) {
		a++
	}
	if a-i < 1 || a-i > 2 || !ukAreas[s[i:a]] {
		return 0
	}
	d := a
	for d < j && isDigit(s[d]) {
		d++
	}
	if d-a < 1 || d-a > 2 || d < j && !(d+1 == j && isUpper(s[d])) {
		return 0
	}
	k := j + 1
	if k+3 > len(s) || !isDigit(s[k]) || !strings.ContainsRune("ABDEFGHJLNPQRSTUWXYZ", rune(s[k+1])) || !strings.ContainsRune("ABDEFGHJLNPQRSTUWXYZ", rune(s[k+2])) {
		return 0
	}
	if k+3 < len(s) && isAlnum(s[k+3]) {
		return 0
	}
	return k + 3
}
