package redact

import "strings"

// Payment messages name the people who pay and are paid, and their accounts, by position: a
// treasury developer pastes a SWIFT MT103 that was rejected, an ISO 20022 credit transfer that
// failed validation, or a payroll's ACH file, and asks a model why. Their names, addresses and
// accounts have no word before them that the cues know, and a bank's name beside them is no one's
// personal data. The readers, each returning at once from a text without its format's marks:
//
//   - mtFields reads SWIFT MT's party fields (ISO 15022 messages, MT101, MT103, MT202 COV):
//     the ordering customer (:50A:, :50F:, :50G:, :50H:, :50K:) and the beneficiary (:59:,
//     :59A:, :59F:). Its account line is an account; the free-format options K, H and 59 give
//     a name line and address lines; the structured option F numbers its lines (1/ the name,
//     2/ the address, 3/ country and town, 4/ the birth date, 5/ the place of birth, 6/ an
//     identity document, 7/ a national identity number, 8/ more of the name) and may open with
//     a party's identifier (CCPT/GB/533401927, a passport's number). It reads MT940's and
//     MT942's information lines (:86:) too, where a statement names a transfer's counterparty.
//   - isoParties reads ISO 20022's XML (pain.001, pacs.008, camt.053 and their kin): a party's
//     <Nm>, its postal address's elements (<StrtNm>, <BldgNb>, <PstCd>, <TwnNm>, <AdrLine>…),
//     its birth date and place, contact numbers, and the <Othr><Id> of an account or a private
//     person's identification; what stands inside <FinInstnId> or <BrnchId> is a bank's. Read
//     where the text holds a name's element (Nm>).
//   - achEntries reads NACHA's ACH files: an entry detail record (type 6, 94 characters) with
//     its receiving bank's routing number and check digit, the receiver's account, identification
//     number and name by position.
//   - micrLines reads a cheque's MICR line, ofxAccounts an OFX download's account and routing
//     number, qifPayees a QIF file's payees and their addresses.
//
// A name with a legal form among its words (LTD, GMBH, INC, S.A.) is an ORGANIZATION, any other
// a PERSON: a payment's party is a person or a business, never a bank.

// paymentScore is the score of what a payment message's position says.
const paymentScore = 0.95

// LegalForms are companies' legal forms, in lower case, as they follow a company's name ("Ltd",
// "GmbH", "S.A.", Central Europe's "s.r.o." and "Kft."): a payment party's name with one is an
// organisation's, and the NER's rules end a company's name after a comma with one.
var LegalForms = wordSet("ltd ltd. inc inc. llc l.l.c. gmbh ag plc sa s.a. s.p.a. spa bv b.v. nv n.v. pty oy ab asa llp lp sarl sas kk limited incorporated " +
	"kft kft. zrt zrt. nyrt nyrt. bt bt. aps oyj s.r.o. a.s. o.s. d.o.o. d.d. v.o.s. k.s. z.s. o.p.s. spol.")

// partyWords name businesses and bodies in payment messages' names besides the legal forms,
// lower case: more forms a payment writes ("CORP", "A/S", "KG") and the words of bodies ("TRUST",
// "HOSPITAL").
var partyWords = wordSet("corp corp. corporation co co. company kg ohg srl s.r.l. as a/s se scs snc eurl " +
	"trust foundation bank holdings group association society university hospital council")

// partyType is the type of a payment party's name: ORGANIZATION where a word is a legal form's
// or a body's.
func partyType(name string) string {
	for len(name) > 0 {
		i := strings.IndexByte(name, ' ')
		if i < 0 {
			i = len(name)
		}
		w := strings.ToLower(strings.Trim(name[:i], ","))
		if LegalForms[w] || partyWords[w] {
			return Organization
		}
		name = strings.TrimLeft(name[i:], " ")
	}
	return Person
}

// lineAt returns where the line starting at s[p] ends and where the next one begins: at a line
// break or at an escaped one ("\n", "\r\n" written with backslashes, as a JSON log keeps a
// message), as HL7's segments end (segmentEnd); both are len(s) at the text's end.
func lineAt(s string, p int) (end, next int) {
	end = segmentEnd(s, p)
	switch {
	case end == len(s):
		return end, end
	case strings.HasPrefix(s[end:], "\r\n"):
		return end, end + 2
	case strings.HasPrefix(s[end:], `\r\n`):
		return end, end + 4
	case s[end] == '\\':
		return end, end + 2
	}
	return end, end + 1
}

// mtFields appends the findings of SWIFT MT messages' party fields (swiftParty) and
// statements' information lines (statementSubfields, statementCodes) in s to dst: one search
// for the colons their tags open with, each at a line's start.
func mtFields(s string, dst []Finding) []Finding {
	for q := 0; ; {
		k := strings.IndexByte(s[q:], ':')
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 1
		if p+5 > len(s) || s[p+1] != '5' && s[p+1] != '8' || !lineStart(s, p) && !(p >= 3 && s[p-3:p] == "{4:") { // a line's start or the text block's
			continue
		}
		if s[p+1:p+4] == "86:" {
			end := statementEnd(s, p)
			dst = statementCodes(s, p+4, end, statementSubfields(s, p+4, end, dst))
			q = end
			continue
		}
		num, opt := s[p+1:p+3], byte(0)
		v := p + 4
		if s[p+3] != ':' {
			opt, v = s[p+3], p+5
			if s[p+4] != ':' {
				continue
			}
		}
		switch {
		case num == "50" && (opt == 'A' || opt == 'F' || opt == 'G' || opt == 'H' || opt == 'K'):
		case num == "59" && (opt == 0 || opt == 'A' || opt == 'F'):
		default:
			continue
		}
		dst = swiftParty(s, v, opt, dst)
	}
}

// swiftParty reads the value of a party field starting at s[v], of the option opt, up to the
// next field or the block's end: five lines at most, eight in option F, whose numbered lines
// a message's author may write more of than the standard's four.
func swiftParty(s string, v int, opt byte, dst []Finding) []Finding {
	first, named := true, false
	lines := 5
	if opt == 'F' {
		lines = 8
	}
	for n, p := 0, v; n < lines && p < len(s); n++ {
		end, next := lineAt(s, p)
		a, b := trimBlanks(s, p, end)
		if a < b && (s[a] == ':' && n > 0 || s[a] == '-' || s[a] == '}') {
			break // the next field, or the block's end
		}
		if b-a > 70 || !swiftLine(s[a:b]) {
			break // no line of a field, which holds SWIFT's characters only, 35 by the standard (a test message's may run longer): a pasted message's next paragraph, a JSON line
		}
		line := s[a:b]
		switch {
		case a == b:
		case first && line[0] == '/': // the account, or a clearing code's account ("//SC123456")
			x := a + 1
			for x < b && s[x] == '/' {
				x++
			}
			if x < b {
				dst = append(dst, account(s, x, b))
			}
		case opt == 'F':
			dst = swiftNumbered(s, a, b, first, dst)
		case opt == 'A' || opt == 'G':
			// a bank's identifier code: no one's
		case !named:
			dst = append(dst, Finding{Type: partyType(line), Start: a, End: b, Score: paymentScore, Source: SourcePattern})
			named = true
		default:
			dst = addressLine(s, a, b, dst)
		}
		first = false
		p = next
	}
	return dst
}

// swiftLine reports a line of SWIFT's X character set: letters, digits, blanks and / - ? : ( )
// . , ' +.
func swiftLine(l string) bool {
	for i := 0; i < len(l); i++ {
		if c := l[i]; !isAlnum(c) && !strings.ContainsRune(" /-?:().,'+", rune(c)) || c >= 0x80 {
			return false
		}
	}
	return true
}

// account is the finding of an account's number at s[a:b] in a payment message: an IBAN where
// it is written as one (the scan misses one run into a subfield's mark, "?31DE89…"), a
// mistyped one too, a US_BANK_NUMBER otherwise.
func account(s string, a, b int) Finding {
	if b-a >= 15 && isUpper(s[a]) && isUpper(s[a+1]) {
		if f, ok := iban(s, a); ok && f.End == b {
			f.Score = max(f.Score, paymentScore) // one mistyped is an account all the same, where the message puts one
			return f
		}
	}
	return Finding{Type: BankAccount, Start: a, End: b, Score: paymentScore, Source: SourcePattern}
}

// swiftNumbered reads a line of option F at s[a:b]: a numbered line ("1/OLUWASEUN ADEBAYO") or,
// first, a party's identifier ("CCPT/GB/533401927": the code, the country, the number).
func swiftNumbered(s string, a, b int, first bool, dst []Finding) []Finding {
	if b-a < 3 || !isDigit(s[a]) || s[a+1] != '/' {
		if first && b-a > 8 && allOf(s[a:a+4], isUpper) && s[a+4] == '/' {
			if i := strings.LastIndexByte(s[a+5:b], '/'); i >= 0 && a+5+i+1 < b {
				typ := IDNumber
				if s[a:a+4] == "CCPT" {
					typ = Passport
				}
				dst = append(dst, Finding{Type: typ, Start: a + 5 + i + 1, End: b, Score: paymentScore, Source: SourcePattern})
			}
		}
		return dst
	}
	x := a + 2
	switch s[a] {
	case '1', '8': // the name, and more of it
		return append(dst, Finding{Type: partyType(s[x:b]), Start: x, End: b, Score: paymentScore, Source: SourcePattern})
	case '2':
		return append(dst, Finding{Type: StreetAddress, Start: x, End: b, Score: paymentScore, Source: SourcePattern})
	case '3', '5': // country and town ("GB/MANCHESTER", "FR/75011 PARIS"), the place of birth
		if b-x > 3 && isUpper(s[x]) && isUpper(s[x+1]) && s[x+2] == '/' {
			return addressLine(s, x+3, b, dst)
		}
	case '4': // the birth date, YYYYMMDD
		if b-x == 8 && allOf(s[x:b], isDigit) {
			return append(dst, Finding{Type: DateOfBirth, Start: x, End: b, Score: paymentScore, Source: SourcePattern})
		}
	case '6', '7': // an identity document ("GB/PASSPORT/533401927"), a national number ("DE/12345678901")
		if i := strings.LastIndexByte(s[x:b], '/'); i >= 0 && x+i+1 < b {
			return append(dst, Finding{Type: IDNumber, Start: x + i + 1, End: b, Score: paymentScore, Source: SourcePattern})
		}
	}
	return dst
}

// addressLine makes findings of an address's line at s[a:b] in a payment message: a postcode
// and a town ("10969 BERLIN", "LONDON SW1A 1AA", "OAKLAND CA 94611") give a ZIP_CODE and a
// LOCATION, a line of letters alone a LOCATION (a town or a country), any other a
// STREET_ADDRESS.
func addressLine(s string, a, b int, dst []Finding) []Finding {
	line := s[a:b]
	if digitCount(line) == 0 {
		return append(dst, Finding{Type: Location, Start: a, End: b, Score: paymentScore, Source: SourcePattern})
	}
	if i := strings.IndexByte(line, ' '); i > 0 && digitsAt(line, 0) >= 4 && digitsAt(line, 0) <= 6 && digitCount(line[i:]) == 0 {
		dst = append(dst, Finding{Type: ZIPCode, Start: a, End: a + i, Score: paymentScore, Source: SourcePattern})
		x, y := trimBlanks(s, a+i, b)
		return append(dst, Finding{Type: Location, Start: x, End: y, Score: paymentScore, Source: SourcePattern})
	}
	return append(dst, Finding{Type: StreetAddress, Start: a, End: b, Score: paymentScore, Source: SourcePattern})
}

// isoElements type the values of ISO 20022's elements that hold a party's personal data.
var isoElements = map[string]string{
	"Nm": Person, "StrtNm": StreetAddress, "BldgNb": StreetAddress, "BldgNm": StreetAddress, "Flr": StreetAddress,
	"PstBx": StreetAddress, "Room": StreetAddress, "AdrLine": StreetAddress, "PstCd": ZIPCode, "TwnNm": Location,
	"TwnLctnNm": Location, "DstrctNm": Location, "CityOfBirth": Location, "BirthDt": DateOfBirth,
	"PhneNb": Phone, "MobNb": Phone, "FaxNb": Phone, "EmailAdr": Email, "Id": IDNumber,
}

// isoParties appends the findings of the ISO 20022 elements of s to dst.
func isoParties(s string, dst []Finding) []Finding {
	if !strings.Contains(s, "Nm>") { // a party's name, the mark of every message with parties
		return dst
	}
	var bank, acct, prvt, othr int // the depths of the open elements that say whose an <Id> or a <Nm> is
	for p := 0; ; {
		k := strings.IndexByte(s[p:], '<')
		if k < 0 {
			return dst
		}
		p += k + 1
		closing := p < len(s) && s[p] == '/'
		if closing {
			p++
		}
		e := p
		for e < len(s) && (isAlnum(s[e]) || s[e] == ':' || s[e] == '_' || s[e] == '-' || s[e] == '.') {
			e++
		}
		if e == p || e >= len(s) || s[e] != '>' {
			continue
		}
		name := s[p:e]
		if i := strings.LastIndexByte(name, ':'); i >= 0 { // a namespace's prefix
			name = name[i+1:]
		}
		d := 1
		if closing {
			d = -1
		}
		switch {
		case name == "FinInstnId" || name == "BrnchId":
			bank += d
		case strings.HasSuffix(name, "Acct"):
			acct += d
		case name == "PrvtId":
			prvt += d
		case name == "Othr":
			othr += d
		}
		typ := isoElements[name]
		if closing || typ == "" || bank > 0 {
			continue
		}
		v := e + 1
		end := strings.IndexByte(s[v:], '<')
		if end < 0 || end > 256 || !strings.HasPrefix(s[v+end:], "</") {
			continue
		}
		a, b := trimBlanks(s, v, v+end)
		if a == b {
			continue
		}
		switch name {
		case "Nm":
			typ = partyType(s[a:b])
		case "Id":
			switch {
			case othr > 0 && acct > 0:
				typ = BankAccount
			case othr > 0 && prvt > 0:
			default:
				continue // an organisation's, a message's or a transaction's identifier
			}
		case "StrtNm", "BldgNb", "TwnNm", "PstCd":
			if digitCount(s[a:b]) == 0 && name == "BldgNb" {
				continue
			}
		}
		if typ == BankAccount {
			dst = append(dst, account(s, a, b))
			continue
		}
		dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: paymentScore, Source: SourcePattern})
	}
}

// achLen is the length of an ACH file's record.
const achLen = 94

// achEntries appends the findings of the entry detail records of NACHA files in s to dst, line
// by line (each line found by a byte search: fewer stops than at every digit 6).
func achEntries(s string, dst []Finding) []Finding {
	for p := 0; p < len(s); {
		a := p
		for a < len(s) && (s[a] == ' ' || s[a] == '\t') {
			a++
		}
		if a+79 <= len(s) && s[a] == '6' && achEntry(s[a:min(len(s), a+achLen)]) {
			dst = achFields(s, a, dst)
		}
		k := strings.IndexByte(s[p:], '\n')
		if k < 0 {
			return dst
		}
		p += k + 1
	}
	return dst
}

// achFields appends the findings of the entry detail record at s[p].
func achFields(s string, p int, dst []Finding) []Finding {
	if x, y := trimBlanks(s, p+3, p+12); y-x == 9 {
		dst = append(dst, Finding{Type: ABARouting, Start: x, End: y, Score: paymentScore, Source: SourcePattern})
	}
	if x, y := trimBlanks(s, p+12, p+29); x < y {
		dst = append(dst, Finding{Type: BankAccount, Start: x, End: y, Score: paymentScore, Source: SourcePattern})
	}
	if x, y := trimBlanks(s, p+39, p+54); x < y && digitCount(s[x:y]) > 0 {
		dst = append(dst, Finding{Type: IDNumber, Start: x, End: y, Score: paymentScore, Source: SourcePattern})
	}
	if x, y := trimBlanks(s, p+54, p+76); x < y && hasLetter(s[x:y]) {
		dst = append(dst, Finding{Type: partyType(s[x:y]), Start: x, End: y, Score: paymentScore, Source: SourcePattern})
	}
	return dst
}

// achEntry reports an entry detail record's shape at r (79 to 94 bytes): type 6, a transaction
// code, the receiving bank's routing number whose check digit holds, an account, a ten-digit
// amount, the addenda indicator and, in a whole record, a fifteen-digit trace number.
func achEntry(r string) bool {
	if !allOf(r[1:3], isDigit) || r[1] < '2' || r[1] > '5' || !allOf(r[3:12], isDigit) || !abaValid(r[3:12]) {
		return false
	}
	if !allOf(r[29:39], isDigit) || r[78] != '0' && r[78] != '1' || strings.TrimSpace(r[12:29]) == "" {
		return false
	}
	for i := 12; i < 29; i++ {
		if c := r[i]; !isAlnum(c) && c != ' ' && c != '-' {
			return false
		}
	}
	return len(r) < achLen || allOf(r[79:94], isDigit)
}

// A statement's information line (MT940, MT942: :86:) is where banks write a transfer's
// counterparty: in the German banks' subfields ("?31" the account, "?32" and "?33" the name;
// "ABWA+" and "ABWE+" in the purpose's subfields another payer or payee) or in slashed codes
// ("/NAME/J JANSEN/", "/CNTP/iban/bic/name/town/", "/ORDP//NAME/…/ADDR/…/", "/ULTD/…/",
// "/BENM//NAME/…/").

// statementEnd returns where the information line whose tag is at s[p] ends: before the next
// field or the block's end, eight lines at most.
func statementEnd(s string, p int) int {
	end := p + 4
	for n, x := 0, p+4; n < 8 && x < len(s); n++ {
		if n > 0 && (s[x] == ':' && x+3 < len(s) && isDigit(s[x+1]) && isDigit(s[x+2]) || s[x] == '-' || s[x] == '}') {
			break
		}
		e, next := lineAt(s, x)
		end, x = e, next
	}
	return end
}

// subfieldAt reports a German statement's subfield mark at s[i] ("?32"), before end.
func subfieldAt(s string, i, end int) bool {
	return i+2 < end && s[i] == '?' && isDigit(s[i+1]) && isDigit(s[i+2])
}

// statementSubfields reads the subfields of an information line at s[v:end].
func statementSubfields(s string, v, end int, dst []Finding) []Finding {
	for i := v; i < end; i++ {
		if !subfieldAt(s, i, end) {
			continue
		}
		code := s[i+1 : i+3]
		a := i + 3
		b := a
		for b < end && !subfieldAt(s, b, end) {
			b++
		}
		x, y := trimLineBlanks(s, a, b)
		switch {
		case x == y:
		case code == "31":
			dst = append(dst, account(s, x, y))
		case code == "32" || code == "33":
			dst = append(dst, Finding{Type: partyType(s[x:y]), Start: x, End: y, Score: paymentScore, Source: SourcePattern})
		case code[0] == '2' && (strings.HasPrefix(s[x:y], "ABWA+") || strings.HasPrefix(s[x:y], "ABWE+")):
			if x, y = trimLineBlanks(s, x+5, y); x < y {
				dst = append(dst, Finding{Type: partyType(s[x:y]), Start: x, End: y, Score: paymentScore, Source: SourcePattern})
			}
		}
		i = b - 1
	}
	return dst
}

// trimLineBlanks trims blanks, line breaks and escaped line breaks from both ends of s[a:b].
func trimLineBlanks(s string, a, b int) (int, int) {
	for a < b {
		switch {
		case isSpace(s[a]):
			a++
		case s[a] == '\\' && a+1 < b && (s[a+1] == 'n' || s[a+1] == 'r'):
			a += 2
		default:
			goto back
		}
	}
back:
	for b > a {
		switch {
		case isSpace(s[b-1]):
			b--
		case b-2 >= a && s[b-2] == '\\' && (s[b-1] == 'n' || s[b-1] == 'r'):
			b -= 2
		default:
			return a, b
		}
	}
	return a, b
}

// statementCodes reads the slashed codes of an information line at s[v:end].
func statementCodes(s string, v, end int, dst []Finding) []Finding {
	field := func(a int) (int, int) { // the value from s[a] to the next slash
		b := a
		for b < end && s[b] != '/' && s[b] != '\n' && s[b] != '\r' {
			b++
		}
		return b, min(b+1, end)
	}
	add := func(typ string, a, b int) {
		a, b = trimLineBlanks(s, a, b)
		switch {
		case a < b && typ == BankAccount:
			dst = append(dst, account(s, a, b))
		case a < b && hasLetter(s[a:b]):
			if typ == Person {
				typ = partyType(s[a:b])
			}
			dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: paymentScore, Source: SourcePattern})
		}
	}
	for i := v; i < end; i++ {
		if s[i] != '/' || i+5 >= end || s[i+5] != '/' && s[i+4] != '/' {
			continue
		}
		code, a := s[i+1:i+5], i+6
		if s[i+4] == '/' {
			code, a = s[i+1:i+4], i+5
		}
		switch code {
		case "NAME", "ULTD", "ULTC":
			b, _ := field(a)
			add(Person, a, b)
		case "ADDR":
			b, _ := field(a)
			add(StreetAddress, a, b)
		case "CNTP": // the account, the bank's code, the name, the town
			b, next := field(a)
			add(BankAccount, a, b)
			_, next = field(next)
			b2, next2 := field(next)
			add(Person, next, b2)
			b3, _ := field(next2)
			add(Location, next2, b3)
		}
	}
	return dst
}

// micrLines appends the findings of a cheque's MICR line (E-13B): the routing number between
// transit symbols (⑆021000021⑆) whose check digit holds, and the account before an on-us
// symbol after it (4455667788⑈), as a cheque scanner's text or an OCR step writes them.
func micrLines(s string, dst []Finding) []Finding {
	const transit, onUs = "⑆", "⑈"
	for q := 0; ; {
		k := strings.Index(s[q:], transit)
		if k < 0 {
			return dst
		}
		p := q + k + len(transit)
		q = p
		if p+9+len(transit) > len(s) || s[p+9:p+9+len(transit)] != transit || !allOf(s[p:p+9], isDigit) || !abaValid(s[p:p+9]) {
			continue
		}
		dst = append(dst, Finding{Type: ABARouting, Start: p, End: p + 9, Score: paymentScore, Source: SourcePattern})
		a := p + 9 + len(transit)
		for a < len(s) && s[a] == ' ' {
			a++
		}
		b := a
		for b < len(s) && (isDigit(s[b]) || s[b] == ' ' || s[b] == '-') && b-a < 20 {
			b++
		}
		if strings.HasPrefix(s[b:], onUs) {
			if x, y := trimBlanks(s, a, b); digitCount(s[x:y]) >= 4 {
				dst = append(dst, Finding{Type: BankAccount, Start: x, End: y, Score: paymentScore, Source: SourcePattern})
			}
		}
		q = a
	}
}

// ofxAccounts appends the accounts of Open Financial Exchange statements in s to dst, as a
// personal-finance app's developer pastes a bank's download: <ACCTID>, the account (a card's
// number is the scan's), and <BANKID>, the routing number where its check digit holds, each
// closed by its tag (XML) or by the line's end (OFX 1's SGML, which leaves elements open).
func ofxAccounts(s string, dst []Finding) []Finding {
	if strings.IndexByte(s, '<') < 0 { // a tag: one vector scan before the search for "ID>"
		return dst
	}
	for q := 0; ; {
		k := strings.Index(s[q:], "ID>")
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 3
		var bank bool
		switch {
		case p >= 5 && s[p-5:p] == "<ACCT":
		case p >= 5 && s[p-5:p] == "<BANK":
			bank = true
		default:
			continue
		}
		a := p + 3
		b := a
		for b < len(s) && (isAlnum(s[b]) || s[b] == '-') && b-a < 34 {
			b++
		}
		if b == a || b < len(s) && s[b] != '<' && !isSpace(s[b]) && s[b] != '\\' {
			continue
		}
		switch {
		case bank && b-a == 9 && abaValid(s[a:b]):
			dst = append(dst, Finding{Type: ABARouting, Start: a, End: b, Score: paymentScore, Source: SourcePattern})
		case !bank && digitCount(s[a:b]) >= 4:
			dst = append(dst, account(s, a, b))
		}
	}
}

// qifPayees appends the payees and their addresses of Quicken's interchange files in s to dst:
// after a "!Type:" header, a transaction's lines up to its "^", a line opening with P the
// payee (PPriya Raghunathan), one opening with A a line of the payee's address. Only a
// transaction that ends with its "^" and whose every line is one of the format's is read, and
// the file ends at the first line that is not: what follows a pasted file (a form, a letter)
// is no transaction.
func qifPayees(s string, dst []Finding) []Finding {
	for q := 0; ; {
		h := strings.Index(s[q:], "!Type:") // by its '!', rarer than most first bytes
		if h < 0 {
			return dst
		}
		var end int
		dst, end = qifFile(s, q+h, dst)
		q = max(end, q+h+6)
	}
}

// qifFile reads the QIF file whose header is at s[h] and returns where it ends.
func qifFile(s string, h int, dst []Finding) ([]Finding, int) {
	_, p := lineAt(s, h)
	var lines [][2]int // the open transaction's P and A lines
	for p < len(s) {
		end, next := lineAt(s, p)
		switch l := s[p:end]; {
		case strings.TrimSpace(l) == "^": // the transaction's end: its payee and address
			for _, x := range lines {
				if a, b := trimBlanks(s, x[0]+1, x[1]); a < b && hasLetter(s[a:b]) {
					typ := partyType(s[a:b])
					if s[x[0]] == 'A' {
						typ = StreetAddress
					}
					dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: paymentScore, Source: SourcePattern})
				}
			}
			lines = lines[:0]
		case len(l) > 1 && (l[0] == 'P' || l[0] == 'A'):
			lines = append(lines, [2]int{p, end})
		case !qifLine(l):
			return dst, p
		}
		if next == end {
			break
		}
		p = next
	}
	return dst, len(s)
}

// qifLine reports a line of a QIF transaction other than a payee's or an address's: a date (D),
// an amount (T, U, $), a cleared status (C), a check's number (N), a memo (M), a category (L),
// a split (S, E), a header (!).
func qifLine(l string) bool {
	if len(l) < 2 {
		return false
	}
	v := l[1:]
	switch l[0] {
	case '!', 'M', 'L', 'S', 'E':
		return true
	case 'D':
		return allOf(v, func(c byte) bool { return isDigit(c) || c == '/' || c == '\'' || c == '-' || c == ' ' || c == '.' })
	case 'T', 'U', '$':
		return allOf(v, func(c byte) bool { return isDigit(c) || c == ',' || c == '.' || c == '-' })
	case 'C':
		return v == "*" || v == "X" || v == "c" || v == "R"
	case 'N':
		return len(v) <= 12 && !strings.Contains(v, " ")
	}
	return false
}
