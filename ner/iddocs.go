package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Identity documents' printed fields, as an OCR step reads a passport's, an identity card's or
// a driving licence's face for a form to be checked against it (stop 38). Their labels are not
// the forms' "Surname:" that namesAfterNameLabels reads: a passport writes them in two or three
// languages with slashes and no colon, the value in capitals on the line below or after the
// label on its line ("Surname/Nom⏎OKAFOR", "Name/Surname MUSTERMANN", "Geburtsort/Place of
// birth BERLIN"); a European driving licence numbers its fields instead of naming them ("1.
// WILLIAMS⏎2. SARAH JANE⏎3. 22.04.1990"), as US licences do too ("1 SAMPLE⏎2 ANDREW JASON"),
// and AAMVA's card design labels the names LN and FN ("LN DOE⏎FN JANE MARIE"). The model found
// the given names there and left most family names, which stand alone in capitals.

// idNameLabels and idPlaceLabels are the phrases of those labels, in lower case: names, and a
// place of birth.
var (
	idNameLabels = phraseSet("surname|surnames|name|names|given name|given names|forename|forenames|first name|first names|" +
		"last name|family name|nom|noms|prénom|prénoms|prenom|prenoms|nom d'usage|nom de naissance|vorname|vornamen|nachname|" +
		"familienname|geburtsname|apellido|apellidos|nombre|nombres|cognome|cognomi|nome|nomi|achternaam|voornaam|voornamen|" +
		"naam|geslachtsnaam|nazwisko|imię|imiona|imie|efternamn|förnamn|sobrenome|nomes|prenume|nume|sukunimi|etunimet|" +
		"priezvisko|meno|příjmení|jméno|jména|soyadı|adı|επώνυμο|όνομα|фамилия|имя|прізвище|ім'я")
	idPlaceLabels = phraseSet("place of birth|lieu de naissance|geburtsort|lugar de nacimiento|luogo di nascita|geboorteplaats|" +
		"local de nascimento|miejsce urodzenia|födelseort|fødested|syntymäpaikka|loc de naștere|místo narození|doğum yeri")
)

// phraseSet makes a set of the phrases of s, separated by bars.
func phraseSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		m[p] = true
	}
	return m
}

// idLabelScore is the score of a value under an identity document's label.
const idLabelScore = 0.85

// identityDocumentFields makes a person of the value under or after a bilingual name label, a
// licence's numbered name fields and AAMVA's LN and FN, and a place of the value of a place of
// birth's label. A value is one to four words of letters, hyphens and apostrophes, in capitals
// or written as names are, and no label itself.
func identityDocumentFields(text string, fs []redact.Finding) []redact.Finding {
	labelled := strings.IndexByte(text, '/') >= 0 || strings.Contains(text, "First Name") || strings.Contains(text, "First name") ||
		strings.Contains(text, "first name")
	licence := false
	for _, f := range []string{"4a", "4b", "4d"} {
		licence = licence || strings.HasPrefix(text, f) || strings.Contains(text, "\n"+f)
	}
	aamva := strings.Contains(text, "FN ") && strings.Contains(text, "LN ")
	if !labelled && !licence && !aamva {
		return fs
	}
	var claims, places []redact.Finding
	value := func(kind byte, a, b int) { // the field's value text[a:b], trimmed
		a, b = trimSpaces(text, a, b)
		if a >= b || !idValue(text[a:b]) {
			return
		}
		if knd, _ := idLabel(text[a:b]); knd != 0 {
			return // a label: the field is empty
		}
		switch kind {
		case 'n':
			if onlyPersonsOver(fs, a, b, true) || weakModelOnly(fs, a, b) {
				claims = append(claims, claim(a, b, idLabelScore))
				// the model's person that runs on from the value into the next line's label
				// ("SEÁN⏎Dáta breithe/…") ends with the value's line
				in := findingsIn(fs, a, b)
				for i := range in {
					if f := &in[i]; f.Source == redact.SourceModel && f.End > b && strings.IndexByte(text[b:f.End], '\n') >= 0 {
						f.End = b
					}
				}
			}
		case 'p':
			places = append(places, redact.Finding{Type: redact.Location, Start: a, End: b, Score: idLabelScore, Source: redact.SourceModel})
		}
	}
	var pending byte // the kind of the label on the line before, whose value is on this line
	for ls, le := range lineBounds(text) {
		if pending != 0 {
			value(pending, ls, le)
			pending = 0
		}
		s := text[ls:le]
		kind, rest := idLabel(s)
		if kind == 0 && nameOrderHint(s) {
			kind, rest = 'n', "" // the value on the next line
		}
		if kind == 0 {
			switch {
			case licence && (strings.HasPrefix(s, "1") || strings.HasPrefix(s, "2")):
				kind, rest = numberedName(s)
			case aamva:
				kind, rest = aamvaPrintedName(s)
			}
		}
		switch {
		case kind == 0:
		case strings.TrimSpace(rest) == "":
			pending = kind
		default:
			value(kind, le-len(rest), le)
		}
	}
	fs = claimPersons(fs, claims)
	return mergeFieldPlaces(text, fs, places)
}

// idLabel reads a bilingual label of an identity document opening line s: two or three label
// phrases joined by slashes, a colon after it or not. It returns 'n' for a name's, 'p' for a
// place of birth's, 0 for none, and the line after the label.
func idLabel(s string) (byte, string) {
	if strings.IndexByte(s, '/') < 0 {
		return 0, s
	}
	var kind byte
	parts := 0
	rest := s
	for {
		rest = strings.TrimLeft(rest, " \t")
		phrase, k := labelPhrase(rest)
		if k == 0 {
			// a language's label the phrases do not hold, before a slash and a known one: Irish's
			// "Sloinne/Surname", "Réamhainm/Forename"
			if k = otherLabel(rest); k == 0 {
				return 0, s
			}
			rest = strings.TrimLeft(rest[k:], " \t")[1:]
			parts++
			continue
		}
		this := byte('n')
		if idPlaceLabels[phrase] {
			this = 'p'
		}
		if kind != 0 && kind != this {
			return 0, s // a name's label and a place's
		}
		kind = this
		parts++
		rest = rest[k:]
		if t := strings.TrimLeft(rest, " \t"); strings.HasPrefix(t, "/") {
			rest = t[1:]
			continue
		}
		break
	}
	if parts < 2 || kind == 0 {
		return 0, s // one label alone, or none the phrases hold
	}
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != ':' {
		return 0, s // the label's last word goes on
	}
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " \t"), ":")
	return kind, rest
}

// otherLabel returns the length of one or two words of letters that open s before a slash, a
// label in a language the phrases do not hold; 0 for none.
func otherLabel(s string) int {
	end := 0
	for words := 0; words < 2; words++ {
		k := strings.IndexFunc(s[end:], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		if k <= 0 {
			return 0
		}
		end += k
		if t := strings.TrimLeft(s[end:], " \t"); strings.HasPrefix(t, "/") {
			return end
		}
		if s[end] != ' ' {
			return 0
		}
		end++
	}
	return 0
}

// labelPhrase returns the longest label phrase, in lower case, that opens s and ends at a
// word's end, and its length in s; 0 for none. Phrases are at most four words.
func labelPhrase(s string) (string, int) {
	best, bestLen := "", 0
	end := 0
	for words := 0; words < 4 && end < len(s); words++ {
		if words > 0 {
			if s[end] != ' ' {
				break
			}
			end++
		}
		k := strings.IndexFunc(s[end:], func(r rune) bool { return r == ' ' || r == '/' || r == ':' || r == '\t' })
		if k == 0 {
			break
		}
		if k < 0 {
			k = len(s) - end
		}
		end += k
		p := strings.ToLower(s[:end])
		if idNameLabels[p] || idPlaceLabels[p] {
			best, bestLen = p, end
		}
	}
	return best, bestLen
}

// nameOrderHint reports a form's label line that says in brackets in which order to write a
// name, as a claim form's does: "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", or
// that names both parts in a box's label of its own, as a W-2's does: "e Employee's first name
// and initial Last name" (stop 39), a line of at most sixty bytes that ends with "name".
func nameOrderHint(line string) bool {
	line = strings.TrimRight(line, " \r")
	if lower := strings.ToLower(line); len(line) <= 60 && strings.HasSuffix(lower, "name") && strings.Contains(lower, "first name") &&
		(strings.Contains(lower, "last name") || strings.Contains(lower, "surname")) {
		return true
	}
	if !strings.HasSuffix(line, ")") {
		return false
	}
	open := strings.LastIndexByte(line, '(')
	if open < 0 {
		return false
	}
	hint := strings.ToLower(line[open:])
	return strings.Contains(hint, "first name") && (strings.Contains(hint, "last name") || strings.Contains(hint, "surname"))
}

// numberedName reads a licence's field 1 or 2 (the text has a line opening with 4a, 4b or 4d:
// the dates of issue and expiry, the number), a family name and the given names: "1. WILLIAMS",
// "2 ANDREW JASON".
func numberedName(s string) (byte, string) {
	rest := strings.TrimPrefix(s[1:], ".")
	if rest == "" || rest[0] != ' ' || !capitals(strings.TrimSpace(rest)) {
		return 0, s
	}
	return 'n', rest
}

// aamvaPrintedName reads AAMVA's printed labels of the family and given names, LN and FN, at
// a line's start: "LN DOE", "FN: JANE MARIE".
func aamvaPrintedName(s string) (byte, string) {
	if len(s) < 4 || s[:2] != "LN" && s[:2] != "FN" {
		return 0, s
	}
	rest := strings.TrimPrefix(s[2:], ":")
	if rest == "" || rest[0] != ' ' {
		return 0, s
	}
	return 'n', rest
}

// idValue reports a field's value: one to four words of letters, hyphens and apostrophes, a
// comma or a full stop after one, each in capitals or written as names are.
func idValue(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, ","), ".") // ST. MOLLY
		if w == "" || !capitals(w) && !nameLike(w) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		if foldIn(placeholders, w) {
			return false
		}
	}
	return true
}

// trimSpaces narrows text[a:b] past blanks and carriage returns at either end.
func trimSpaces(text string, a, b int) (int, int) {
	for a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r') {
		a++
	}
	for b > a && (text[b-1] == ' ' || text[b-1] == '\t' || text[b-1] == '\r') {
		b--
	}
	return a, b
}

// weakModelOnly reports that every finding over text[a:b] is a guess of the model's under 0.5
// ("FN ANGELICA", a street at 0.42), which a label outweighs.
func weakModelOnly(fs []redact.Finding, a, b int) bool {
	for _, f := range findingsIn(fs, a, b) {
		if f.Source != redact.SourceModel || f.Score >= 0.5 {
			return false
		}
	}
	return true
}

// gapLabels are the labels of a form's fields that an OCR step writes side by side, two blanks
// or more apart, without colons ("CITY  SPRINGFIELD  STATE IL", "PATIENT NAME  DOE, JANE  DOB
// …"), in lower case: 'n' a name's, 'p' a town's.
var gapLabels = map[string]byte{"name": 'n', "patient name": 'n', "patient's name": 'n', "insured's name": 'n', "insured name": 'n',
	"surname": 'n', "last name": 'n', "first name": 'n', "given name": 'n', "given names": 'n', "full name": 'n', "employee name": 'n',
	"city": 'p', "town": 'p', "city or town": 'p', "place of birth": 'p'}

// gapValue reports a field's value that is no table's column name beside a label's: two words
// or more, or one of four letters or more that is a name of the lists or no word of English or
// the dictionary ("NAME  DOB  MRN", "Name  Phone  City" are a table's header).
func gapValue(v string) bool {
	if strings.ContainsAny(strings.TrimSpace(v), " ,") {
		return true
	}
	w := nameCase(v)
	return utf8.RuneCountInString(w) >= 4 && (listedName(w) || !englishWord(w) && !dictionaryWord(w))
}

// gapFields makes a person or a place of the value after such a label (stop 38): the value is
// the next field, one to four words written as names are, and the label opens its line or
// follows another field's gap.
func gapFields(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "  ") {
		return fs
	}
	var claims, places []redact.Finding
	for ls, le := range lineBounds(text) {
		line := text[ls:le]
		if !strings.Contains(line, "  ") || len(line) > 512 {
			continue
		}
		var buf [16][2]int
		cells, ok := redact.GapCells(line, buf[:0])
		if !ok {
			continue
		}
		for i := 0; i+1 < len(cells); i++ {
			kind := gapLabels[strings.ToLower(strings.TrimSuffix(line[cells[i][0]:cells[i][1]], ":"))]
			if kind == 0 {
				continue
			}
			a, b := ls+cells[i+1][0], ls+cells[i+1][1]
			if !idValue(text[a:b]) || gapLabels[strings.ToLower(text[a:b])] != 0 || !gapValue(text[a:b]) {
				continue
			}
			if kind == 'n' && (onlyPersonsOver(fs, a, b, true) || weakModelOnly(fs, a, b)) {
				claims = append(claims, claim(a, b, idLabelScore))
			}
			if kind == 'p' {
				places = append(places, redact.Finding{Type: redact.Location, Start: a, End: b, Score: idLabelScore, Source: redact.SourceModel})
			}
			i++
		}
	}
	fs = claimPersons(fs, claims)
	return mergeFieldPlaces(text, fs, places)
}

// formLineWords are the words of a form's labels, in lower case, which namesBetweenLabels reads
// back from a colon to find where a label opens: the value before it ends there.
var formLineWords = wordSet("name names first last middle given family surname surnames forename forenames mi initial initials maiden suffix title " +
	"sex gender dob date of birth age nationality citizenship place id no number address street city state zip zipcode postcode country phone tel " +
	"telephone mobile cell email e-mail mrn ssn employee employee's patient patient's occupation marital status religion race ethnicity height " +
	"weight eyes hair signature relationship emergency contact full legal " +
	// a bank's fields (stop 46: "Acct name: Chukwudi Nwankwo, Acct no: 0123456789")
	"acct acc account bank sort code iban swift bic ref reference " +
	"nom prénom prenom prénoms prenoms sexe né née naissance lieu de nombre nombres apellido apellidos primer segundo sexo fecha nacimiento " +
	"vorname vornamen nachname familienname geburtsname geburtsdatum geburtsort geschlecht cognome nome sesso data di nascita luogo " +
	"voornaam voornamen achternaam geslacht geboortedatum imię imie nazwisko płeć")

// formNameLabels are the labels, in lower case and single spaces, whose value is a person's name
// or a part of it.
var formNameLabels = map[string]bool{"surname": true, "surnames": true, "last": true, "first": true, "forename": true, "forenames": true,
	"middle": true, "given": true, "family": true, "maiden": true, "name": true, "last name": true, "first name": true, "family name": true,
	"given name": true, "given names": true,
	"middle name": true, "maiden name": true, "full name": true, "legal name": true, "patient name": true, "patient's name": true, "employee name": true,
	"nom": true, "prénom": true, "prenom": true, "prénoms": true, "prenoms": true, "nom de famille": true, "nombre": true, "nombres": true,
	"apellido": true, "apellidos": true, "primer apellido": true, "segundo apellido": true, "vorname": true, "vornamen": true, "nachname": true,
	"familienname": true, "geburtsname": true, "cognome": true, "nome": true, "voornaam": true, "voornamen": true, "achternaam": true,
	"imię": true, "imie": true, "nazwisko": true}

// namesBetweenLabels makes a person of a name field's value on a form's line that holds several
// fields, each "Label: value", a single space apart, as an OCR step or a pasted PDF writes them
// (since stop 43): "Surname: OKAFOR Given Names: CHIDI EMEKA Sex: M", "Last Name: Nguyen First
// Name: Thi MI: T", "LAST: SMITH FIRST: JOHN", "Nom : DUPONT Prénom : Jean-Luc". A value ends
// where the next field's label opens, read back from its colon over the words of labels
// (formLineWords); it must be one to four words written as names are (capitalised or in
// capitals, hyphens and apostrophes allowed, an initial's period), and no placeholder. A person
// the model ran on into the next label ("Surname: Okafor Given Names:", the model's "Okafor
// Given") ends with the value.
func namesBetweenLabels(text string, fs []redact.Finding) []redact.Finding {
	if strings.Count(text, ":") < 2 {
		return fs
	}
	var claims []redact.Finding
	type field struct{ label, colon int } // where the label opens, and its colon
	var cut [][3]int                      // a value's end, and the next label's bounds: persons that run into the label end at the value
	for ls, le := range lineBounds(text) {
		line := text[ls:le]
		if strings.Count(line, ":") < 2 || len(line) > 1024 {
			continue
		}
		var buf [16]field
		fields := buf[:0]
		for off := 0; len(fields) < len(buf); {
			k := strings.IndexByte(line[off:], ':')
			if k < 0 {
				break
			}
			c := off + k
			off = c + 1
			if c+1 < len(line) && line[c+1] != ' ' {
				continue // a time's, a URL's or a key's colon: "10:30", "http://", "a:b"
			}
			a, words := c, 0 // back over the label's words (a space may stand before the colon: "Nom :")
			for words < 4 {
				e := a
				for e > 0 && line[e-1] == ' ' {
					e--
				}
				b := e
				for b > 0 && line[b-1] != ' ' && line[b-1] != ':' {
					b--
				}
				if b == e || !foldIn(formLineWords, line[b:e]) {
					break
				}
				a, words = b, words+1
			}
			if words > 0 {
				fields = append(fields, field{a, c})
			}
		}
		for f := range fields {
			label := strings.ToLower(strings.Join(strings.Fields(line[fields[f].label:fields[f].colon]), " "))
			if !formNameLabels[label] {
				continue
			}
			vs, ve := fields[f].colon+1, len(line)
			if f+1 < len(fields) {
				ve = fields[f+1].label
			} else if f == 0 {
				continue // one field alone on its line: the other rules' to read
			}
			if k := strings.Index(line[vs:ve], "  "); k >= 0 && strings.TrimSpace(line[vs:vs+k]) != "" {
				ve = vs + k // a wide gap ends a value too
			}
			for vs < ve && line[vs] == ' ' {
				vs++
			}
			for ve > vs && (line[ve-1] == ' ' || line[ve-1] == '\r' || line[ve-1] == ',' || line[ve-1] == ';') {
				ve-- // the field's own mark: "Name: RADISCH, Vorname: Helene"
			}
			if !formNameValue(line[vs:ve]) {
				continue
			}
			a, b := ls+vs, ls+ve
			if onlyPersonsOver(fs, a, b, true) || weakModelOnly(fs, a, b) {
				claims = append(claims, claim(a, b, idLabelScore))
			}
			if f+1 < len(fields) {
				cut = append(cut, [3]int{b, ls + fields[f+1].label, ls + fields[f+1].colon})
			}
		}
	}
	i := 0 // cut and fs are both in order: one pass over each
	for _, c := range cut {
		for i < len(fs) && fs[i].End <= c[1] {
			i++
		}
		for j := i; j < len(fs) && fs[j].Start < c[0]; j++ {
			if f := &fs[j]; f.Type == redact.Person && f.Source == redact.SourceModel && f.End > c[1] && f.End <= c[2] {
				f.End = c[0] // "Surname: Okafor Given Names: Chidi": the model's person ends before the label
			}
		}
	}
	return claimPersons(fs, claims)
}

// formNameValue reports a name field's value: one to four words written as names are, the
// first letter of each a capital (or the word in capitals), hyphens, apostrophes and an
// initial's period allowed, a comma after a family name ("GARCIA, MARIA"), no placeholder, no
// word of a form's labels alone, and one word at least that a name list knows or that is no word
// of English or the dictionary.
func formNameValue(v string) bool {
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 4 || foldIn(placeholders, v) || utf8.RuneCountInString(v) < 2 {
		return false
	}
	labels, named := 0, false // a word a name list knows, or no word of English or the dictionary: "Name: Release Notes" is none
	for _, w := range ws {
		w = strings.TrimSuffix(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' }) >= 0 {
			return false
		}
		if foldIn(formLineWords, w) {
			labels++
		}
		if n := nameCase(strings.TrimSuffix(w, ".")); listedName(n) || !englishWord(n) && !dictionaryWord(n) {
			named = true
		}
	}
	return labels < len(ws) && named
}

// bareNameLabels are the labels of a name's fields that a pasted PDF or an OCR step writes
// without colons on one line, in lower case and single spaces ("Last Name OYELARAN First Name
// BABATUNDE Middle Initial K.", a USCIS form's section 1).
var bareNameLabels = map[string]bool{"last name": true, "first name": true, "given name": true, "given names": true,
	"family name": true, "middle name": true, "middle initial": true, "maiden name": true, "last names": true, "full name": true,
	"legal name": true, "surname": true, "surnames": true, "forename": true, "forenames": true}

// namesBetweenBareLabels makes a person of each value between such labels, on a line that holds
// two of them at least (stop 53): the words after a label, past a bracketed gloss ("Last Name
// (Family Name) OYELARAN"), up to the next label, a wide gap, a mark or a form's word, one to
// four written as names are (formNameValue); a value in capitals after a label that is not
// ends at its first word in other letters ("BABATUNDE Other Last Names Used"). The model's
// persons that took a label in ("Surname SMITH") end at the value.
func namesBetweenBareLabels(text string, fs []redact.Finding) []redact.Finding {
	var claims, cuts []redact.Finding
	for ls, le := range lineBounds(text) {
		line := text[ls:le]
		if len(line) > 1024 || !strings.Contains(line, "ame") && !strings.Contains(line, "AME") && !strings.Contains(line, "itial") && !strings.Contains(line, "ITIAL") {
			continue
		}
		type word struct{ a, b int }
		var buf [64]word
		ws := buf[:0]
		for i := 0; i < len(line) && len(ws) < len(buf); {
			for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
				i++
			}
			j := i
			for j < len(line) && line[j] != ' ' && line[j] != '\t' && line[j] != '\r' {
				j++
			}
			if j > i {
				ws = append(ws, word{i, j})
			}
			i = j
		}
		type label struct{ a, b, next int } // the label's bounds in the line, and the first word after it and its gloss
		var lbuf [8]label
		labels := lbuf[:0]
		for k := 0; k < len(ws) && len(labels) < len(lbuf); k++ {
			n := 0
			if k+1 < len(ws) && ws[k+1].a == ws[k].b+1 && bareNameLabels[strings.ToLower(line[ws[k].a:ws[k+1].b])] {
				n = 2
			} else if bareNameLabels[strings.ToLower(line[ws[k].a:ws[k].b])] {
				n = 1
			}
			if n == 0 {
				continue
			}
			next := k + n
			if next < len(ws) && line[ws[next].a] == '(' { // a gloss: "(Family Name)"
				for next < len(ws) && line[ws[next].b-1] != ')' {
					next++
				}
				next++
			}
			labels = append(labels, label{ws[k].a, ws[k+n-1].b, next})
			k = next - 1
		}
		if len(labels) < 2 {
			continue
		}
		for l, lb := range labels {
			end := len(ws)
			if l+1 < len(labels) {
				for end = lb.next; end < len(ws) && ws[end].a < labels[l+1].a; end++ {
				}
			}
			if lb.next >= end || lb.b < len(line) && line[lb.b] == ':' {
				continue // no value, or a colon's field (namesBetweenLabels reads those)
			}
			labelCaps := capitals(line[lb.a:lb.b])
			caps := !labelCaps && capitals(strings.TrimRight(line[ws[lb.next].a:ws[lb.next].b], ".,"))
			k := lb.next
			for ; k < end && k-lb.next < 4; k++ {
				w := line[ws[k].a:ws[k].b]
				if k > lb.next && (wideGap(line[ws[k-1].b:ws[k].a]) || strings.ContainsAny(line[ws[k-1].b-1:ws[k-1].b], ",;|")) ||
					caps && !capitals(strings.TrimRight(w, ".,")) || strings.ContainsAny(w, "|()[]:/") || foldIn(formLineWords, strings.TrimRight(w, ".,")) {
					break
				}
			}
			if k == lb.next {
				continue
			}
			vs, ve := ws[lb.next].a, ws[k-1].b
			for ve > vs && strings.IndexByte(",;", line[ve-1]) >= 0 {
				ve--
			}
			if !formNameValue(line[vs:ve]) {
				continue
			}
			claims = append(claims, claim(ls+vs, ls+ve, idLabelScore))
			cuts = append(cuts, redact.Finding{Start: ls + lb.a, End: ls + lb.b})
		}
	}
	if len(claims) == 0 {
		return fs
	}
	// the model's persons that took a label in end before it or open after it
	out := fs[:0]
	for _, f := range fs {
		for _, c := range cuts {
			if f.Type != redact.Person || f.Source != redact.SourceModel || f.End <= c.Start || f.Start >= c.End {
				continue
			}
			if f.Start >= c.Start {
				f.Start = min(f.End, c.End)
				for f.Start < f.End && text[f.Start] == ' ' {
					f.Start++
				}
			} else {
				f.End = c.Start
				for f.End > f.Start && text[f.End-1] == ' ' {
					f.End--
				}
			}
		}
		if f.Start < f.End {
			out = append(out, f)
		}
	}
	return claimPersons(out, claims)
}
