package redact

import (
	"slices"
	"strings"
)

// labelledAddresses makes one STREET_ADDRESS finding of the value after an address's label on a
// form's or a message's line ("Home address: Flat 12, Block C, Ocean View Towers, Mombasa Road,
// Nairobi, Kenya"; "Address: House No. 7, Street 12, F-8/3, Islamabad"), where the readers and
// the model found parts of it: a street, a unit, a town or a postcode. Addresses in much of the
// world are written as a building, a block, an estate and a road, with no number a street reader
// keys on; their parts had been left in the clear between the findings (stop 45).
//
// The label opens its line: a word of address ("address", "addr", "adresse", "adres",
// "anschrift", "dirección", "indirizzo", "endereço"), after at most two words that say which
// ("home", "delivery", "mailing"; not "email", "ip" or "wallet"), then a colon. The value runs to
// the line's end, a field's separator (" | ", a tab, two spaces, a semicolon) or a finding of
// another kind (a phone, an email), whichever comes first, less punctuation at its end. It must
// hold a street, place or postcode finding, two parts between commas at least, and something no
// finding covers; at most 200 bytes. Findings inside it give way; the score is the highest of
// theirs. fs is ordered by start and free of overlaps; so is the result.
func labelledAddresses(text string, fs []Finding) []Finding {
	done := -1 // the start of the last line looked at
	var joins []join
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.Type != StreetAddress && f.Type != Location && f.Type != ZIPCode {
			continue
		}
		lo := max(0, f.Start-256)
		k := strings.LastIndexByte(text[lo:f.Start], '\n')
		if k < 0 && lo > 0 {
			continue // the line opens too far back for a label's value
		}
		ls := lo + k + 1
		if ls == done {
			continue
		}
		done = ls
		le := strings.IndexByte(text[ls:min(len(text), ls+512)], '\n')
		if le < 0 {
			le = min(len(text), ls+512)
		} else {
			le += ls
		}
		vs := addressLabelEnd(text, ls, le)
		if vs < 0 {
			vs = unitLedStart(text, ls, le)
		}
		if vs < 0 || vs >= le {
			continue
		}
		ve := fieldValueEnd(text, vs)
		// the findings from the value's start: the first that ends after vs
		first := i
		for first > 0 && fs[first-1].End > vs {
			first--
		}
		for first < len(fs) && fs[first].End <= vs {
			first++
		}
		if first == len(fs) || fs[first].Start < vs || len(joins) > 0 && first < joins[len(joins)-1].last {
			continue // none after the label, or one runs over it
		}
		last, parts, score, partsEnd := first, 0, 0.0, vs
		for last < len(fs) && fs[last].Start < ve {
			if gapStart := max(vs, partsEnd); last > first && joinedByWord(text[gapStart:fs[last].Start]) {
				ve = gapStart // "from Flat 7, …, NR9N 9QB to Flat 68, …": two addresses, not one
				break
			}
			switch fs[last].Type {
			case StreetAddress, Location, ZIPCode:
				parts++
				partsEnd = fs[last].End
			case Organization:
			default:
				ve = fs[last].Start // a phone, an email, a date: the address ended before it
			}
			if fs[last].Start >= ve {
				break
			}
			score = max(score, fs[last].Score)
			last++
		}
		for last > first && fs[last-1].Start >= partsEnd {
			last-- // an organisation after the address's last part
		}
		ve = min(ve, partsEnd) // the value's last part is the address's: not a clause after it
		if parts == 0 || ve-vs > 200 || !strings.Contains(text[vs:ve], ",") || coveredBy(text, vs, ve, fs[first:last]) ||
			slices.ContainsFunc(fs[first:last], func(f Finding) bool { return f.End > ve }) { // one runs past the value's end: all stay as found
			continue
		}
		joins = append(joins, join{first, last, Finding{Type: StreetAddress, Start: vs, End: ve, Score: max(score, 0.6), Source: fs[first].Source}})
		i = last - 1
	}
	return joinAll(fs, joins)
}

// join is one finding, f, that takes the place of fs[first:last].
type join struct {
	first, last int
	f           Finding
}

// joinAll puts each join's finding in the place of the findings it replaces, in one pass over fs
// (the joins in order, none overlapping, each over one finding or more): the address readers had
// rebuilt the whole slice for each address they joined, which made a text of thousands of them
// quadratic (stop 49's review: 1 MB of labelled addresses on their lines took 8.5 s, 2.6 s for
// half of it). fs is written in place.
func joinAll(fs []Finding, joins []join) []Finding {
	if len(joins) == 0 {
		return fs
	}
	out, at := fs[:0], 0
	for _, j := range joins {
		out = append(out, fs[at:j.first]...)
		out = append(out, j.f)
		at = j.last
	}
	return append(out, fs[at:]...)
}

// unitLedStart returns where an address that opens with its unit starts on the line at ls,
// before limit: a unit's word capitalised, its number and a comma ("Deliver to Office 1203, Level
// 12, Tower B, Dubai Marina Plaza, Dubai"; stop 45), at the line's start or after "to", "at",
// "in", "from" or a colon; or -1. A building's and an estate's addresses in much of the world
// open so, with no street number that a reader keys on.
func unitLedStart(text string, ls, limit int) int {
	for p := ls; p < limit; p++ {
		if p > ls && text[p-1] != ' ' || !isUpper(text[p]) {
			continue
		}
		if p > ls {
			k := p - 1
			for k > ls && text[k-1] == ' ' {
				k--
			}
			w := k
			for w > ls && isLetter(text[w-1]) {
				w--
			}
			if !(k > ls && text[k-1] == ':') && !unitLeadWords.has(text[w:k]) {
				continue
			}
		}
		w, e := word(text, p)
		if !unitWords.has(strings.TrimSuffix(w, ".")) || e+2 >= limit || text[e] != ' ' {
			continue
		}
		d := e + 1
		digits := 0
		for d < limit && isAlnum(text[d]) && d-e <= 6 {
			if isDigit(text[d]) {
				digits++
			}
			d++
		}
		if digits > 0 && d < limit && text[d] == ',' {
			return p
		}
	}
	return -1
}

// joinedByWord reports a word that joins two things between two parts of a value: " to ",
// " and ", " or ", " from ", " then ".
func joinedByWord(gap string) bool {
	for _, w := range [...]string{" to ", " and ", " or ", " from ", " then ", " & "} {
		if strings.Contains(gap, w) {
			return true
		}
	}
	return false
}

// unitLeadWords stand before an address that opens with its unit: "deliver to Office 1203, …".
var unitLeadWords = foldSet("to at in from")

// addressLabels are the words of an address's label, in lower case; addressLabelNot the words
// before "address" that make it another kind of address.
var (
	addressLabels   = foldSet("address addr adresse adres anschrift dirección direccion indirizzo endereço endereco")
	addressLabelNot = foldSet("email e-mail mail ip ipv4 ipv6 mac web wallet btc eth bitcoin ethereum server memory contract hardware physical")
)

// addressLabelEnd returns where the value after an address's label starts on the line that
// starts at ls, when the label ends before limit; or -1.
func addressLabelEnd(text string, ls, limit int) int {
	i := ls
	for i < limit && (text[i] == ' ' || text[i] == '\t' || text[i] == '-' || text[i] == '*' || text[i] == '>') {
		i++ // indentation, a bullet, a quote's mark
	}
	for words := 0; words < 3 && i < limit; words++ {
		j := i
		for j < limit && (isLetter(text[j]) || text[j] >= 0x80 || text[j] == '-' || text[j] == '\'') {
			j++
		}
		if j == i {
			return -1
		}
		w := text[i:j]
		if addressLabelNot.has(w) {
			return -1
		}
		if addressLabels.has(w) {
			k := j
			for k < limit && text[k] == ' ' {
				k++
			}
			if k >= limit || text[k] != ':' {
				return -1
			}
			k++
			for k < limit && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			return k
		}
		if j >= limit || text[j] != ' ' {
			return -1
		}
		i = j + 1
	}
	return -1
}

// fieldValueEnd returns where a value that starts at vs ends on its line: the line's end, a
// field's separator (" | ", a tab, two spaces, a semicolon), a sentence's end (a full stop after
// a number or a word of five letters or more, or before a capitalised word and one in lower
// case: "…, DC 28047. Patient reports"; not "St. Louis" or "No. 7"), or a clause in lower case
// after a comma ("at Room 4, then went to Paris").
func fieldValueEnd(text string, vs int) int {
	e := vs
	for e < len(text) && e-vs < 400 {
		switch text[e] {
		case '\n', '\r', '\t', ';':
			return e
		case '.':
			if e+2 < len(text) && text[e+1] == ' ' && isUpper(text[e+2]) && sentenceAfterDot(text, vs, e) {
				return e
			}
		case ' ':
			if e+1 < len(text) && (text[e+1] == ' ' || text[e+1] == '|') {
				return e
			}
		case '|':
			return e
		case ',':
			if e+2 < len(text) && text[e+1] == ' ' && isLower(text[e+2]) {
				return e
			}
		}
		e++
	}
	return e
}

// sentenceAfterDot reports a sentence's end at the full stop text[dot], a space and a capital
// after it: the word before it is a number or five letters long or more, or a word in lower case
// follows the capitalised one.
func sentenceAfterDot(text string, vs, dot int) bool {
	w := dot
	for w > vs && (isAlnum(text[w-1]) || text[w-1] >= 0x80) {
		w--
	}
	if dot-w >= 5 || dot > w && isDigit(text[dot-1]) {
		return true
	}
	j := dot + 2
	for j < len(text) && isLetter(text[j]) {
		j++
	}
	return j+1 < len(text) && text[j] == ' ' && isLower(text[j+1])
}

// trimValueEnd takes spaces and punctuation off the end of text[vs:ve]: a value's comma, full
// stop or closing mark belongs to the sentence.
func trimValueEnd(text string, vs, ve int) int {
	for ve > vs && strings.IndexByte(" ,.;:-", text[ve-1]) >= 0 {
		ve--
	}
	return ve
}

// coveredBy reports whether the findings fs cover every letter and digit of text[vs:ve].
func coveredBy(text string, vs, ve int, fs []Finding) bool {
	at := vs
	for _, f := range fs {
		for k := at; k < f.Start; k++ {
			if isAlnum(text[k]) || text[k] >= 0x80 {
				return false
			}
		}
		at = max(at, f.End)
	}
	for k := at; k < ve; k++ {
		if isAlnum(text[k]) || text[k] >= 0x80 {
			return false
		}
	}
	return true
}
