package redact

import "strings"

// What a QR code carries, as a developer pastes a scanned payload for a model to parse or a
// support agent pastes what a customer's app read:
//
//   - the EPC's SEPA credit transfer (a "GiroCode": BCD, the version, the character set, SCT or
//     INST, the BIC, the payee's name, the IBAN, the amount, …), one item to a line: the name
//     and the account;
//   - Switzerland's QR-bill (SPC, the version 0200, the coding, the IBAN, then the creditor, the
//     ultimate creditor and the ultimate debtor as seven lines each: the address's type, S
//     structured or K combined, the name, the street and the building's number, or two address
//     lines, the postcode, the town, the country), read by the lines' places: the account, names,
//     streets, postcodes and towns;
//   - DOCOMO's MECARD contact (MECARD:N:Okafor,Chidi;TEL:…;ADR:…;BDAY:19850317;;): the name,
//     its reading, the nickname, the address and the birthday;
//   - UPI's payment link (upi://pay?pa=rahul.sharma@okaxis&pn=Rahul%20Sharma&…): the payee's
//     UPI address and name.
//
// A name with a legal form among its words is an ORGANIZATION (partyType).

// qrScore is the score of what a payload's place says.
const qrScore = 0.9

// qrLines returns the starts and ends of the lines of s from p on, n at most: a payload's items
// one to a line, its breaks written or escaped.
func qrLines(s string, p, n int) [][2]int {
	var lines [][2]int
	for len(lines) < n && p <= len(s) {
		end, next := lineAt(s[:min(len(s), p+256)], p) // a payload's items are short; a longer line is cut, and ends the payload
		lines = append(lines, [2]int{p, end})
		if next == end { // the text's end
			break
		}
		p = next
	}
	return lines
}

// item is the item on the line at s[l[0]:l[1]], less the blanks around it (a payload indented).
func item(s string, l [2]int) string {
	a, b := trimBlanks(s, l[0], l[1])
	return s[a:b]
}

// qrPayloads calls read with the lines, n at most, of each payload in s that opens with header at
// a word's start (on its own line, or after a label: "QR: BCD⏎002⏎…"), and returns what it appends.
func qrPayloads(s, header string, n int, dst []Finding, read func(l [][2]int, dst []Finding) []Finding) []Finding {
	for q := 0; ; {
		k := strings.Index(s[q:], header)
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + len(header)
		if p > 0 && isAlnum(s[p-1]) {
			continue
		}
		if l := qrLines(s, p, n); item(s, l[0]) == header {
			dst = read(l, dst)
		}
	}
}

// epcTransfers appends the payee's name and account of the EPC payloads in s to dst.
func epcTransfers(s string, dst []Finding) []Finding {
	return qrPayloads(s, "BCD", 7, dst, func(l [][2]int, dst []Finding) []Finding {
		if len(l) < 7 {
			return dst
		}
		v, tr := item(s, l[1]), item(s, l[3])
		if v != "001" && v != "002" || tr != "SCT" && tr != "INST" {
			return dst
		}
		if a, b := trimBlanks(s, l[5][0], l[5][1]); a < b && hasLetter(s[a:b]) {
			dst = append(dst, Finding{Type: partyType(s[a:b]), Start: a, End: b, Score: qrScore, Source: SourcePattern})
		}
		if a, b := trimBlanks(s, l[6][0], l[6][1]); b-a >= 8 { // the account, an IBAN where its check digits hold
			dst = append(dst, account(s, a, b))
		}
		return dst
	})
}

// swissBills appends the account and the parties' names and addresses of the Swiss QR-bills in
// s to dst.
func swissBills(s string, dst []Finding) []Finding {
	return qrPayloads(s, "SPC", 27, dst, func(l [][2]int, dst []Finding) []Finding {
		if len(l) < 11 || !strings.HasPrefix(item(s, l[1]), "02") && item(s, l[1]) != "0100" {
			return dst
		}
		if a, b := trimBlanks(s, l[3][0], l[3][1]); b-a >= 8 { // the account, an IBAN or a QR-IBAN
			dst = append(dst, account(s, a, b))
		}
		for _, first := range []int{4, 11, 20} { // the creditor, the ultimate creditor, the ultimate debtor
			if first+6 < len(l) {
				dst = swissParty(s, l[first:first+7], dst)
			}
		}
		return dst
	})
}

// swissParty reads a QR-bill's party: its seven lines, the address's type first.
func swissParty(s string, l [][2]int, dst []Finding) []Finding {
	add := func(typ string, i int) {
		if a, b := trimBlanks(s, l[i][0], l[i][1]); a < b {
			if typ == Person {
				typ = partyType(s[a:b])
			}
			dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: qrScore, Source: SourcePattern})
		}
	}
	switch item(s, l[0]) {
	case "S": // structured: the street, the building's number, the postcode, the town
		add(Person, 1)
		add(StreetAddress, 2)
		add(StreetAddress, 3)
		add(ZIPCode, 4)
		add(Location, 5)
	case "K": // combined: two address lines, the second the postcode and the town
		add(Person, 1)
		add(StreetAddress, 2)
		if a, b := trimBlanks(s, l[3][0], l[3][1]); a < b {
			dst = addressLine(s, a, b, dst)
		}
	}
	return dst
}

// mecards appends the findings of the MECARD contacts in s to dst.
func mecards(s string, dst []Finding) []Finding {
	for q := 0; ; {
		k := strings.Index(s[q:], "MECARD:")
		if k < 0 {
			return dst
		}
		p := q + k + len("MECARD:")
		q = p
		end, _ := lineAt(s[:min(len(s), p+1024)], p) // a contact is short: a long line is not read to its end for each
		if i := strings.Index(s[p:end], ";;"); i >= 0 {
			end = p + i
		}
		for a := p; a < end; {
			b := a
			for b < end && (s[b] != ';' || s[b-1] == '\\') {
				b++
			}
			if c := strings.IndexByte(s[a:b], ':'); c > 0 {
				typ := ""
				switch s[a : a+c] {
				case "N", "SOUND", "NICKNAME":
					typ = Person
				case "ADR":
					typ = StreetAddress
				case "BDAY":
					typ = DateOfBirth
				}
				if x, y := trimBlanks(s, a+c+1, b); typ != "" && x < y {
					dst = append(dst, Finding{Type: typ, Start: x, End: y, Score: qrScore, Source: SourcePattern})
				}
			}
			a = b + 1
		}
		q = end
	}
}

// upiLinks appends the payee's UPI address (pa) and name (pn) of the UPI links in s to dst.
func upiLinks(s string, dst []Finding) []Finding {
	for q := 3; q < len(s); { // by the ':': a search for "upi://" stops at every u
		k := strings.IndexByte(s[q:], ':')
		if k < 0 {
			return dst
		}
		p := q + k - 3
		q = p + 4
		if p+6 > len(s) || s[p:p+6] != "upi://" {
			continue
		}
		q = p + 6
		end := p
		for end < len(s) && end-p < 2048 && !isSpace(s[end]) && s[end] != '"' && s[end] != '\'' && s[end] != '<' && s[end] != '>' {
			end++
		}
		i := strings.IndexByte(s[p:end], '?')
		if i < 0 {
			continue
		}
		for a := p + i + 1; a < end; {
			b := a
			for b < end && s[b] != '&' {
				b++
			}
			switch {
			case strings.HasPrefix(s[a:b], "pa=") && b > a+3:
				dst = append(dst, Finding{Type: Username, Start: a + 3, End: b, Score: qrScore, Source: SourcePattern})
			case strings.HasPrefix(s[a:b], "pn=") && b > a+3 && hasLetter(s[a+3:b]):
				dst = append(dst, Finding{Type: partyType(strings.ReplaceAll(s[a+3:b], "%20", " ")), Start: a + 3, End: b, Score: qrScore, Source: SourcePattern})
			}
			a = b + 1
		}
		q = end
	}
	return dst
}
