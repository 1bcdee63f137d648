package redact

import (
	"slices"
	"strings"
)

// SourceModel is the Source of findings from a statistical model (the NER recognizer).
const SourceModel = "ner"

// reconcile settles a model's findings against the others before Resolve, so that no overlap
// leaves characters unmasked that one recognizer claimed:
//   - where a model finding overlaps a finding of another type from a validated recognizer
//     (one that scores at least 0.5: a phone number, a card; not a special-category term such as
//     "Christian", which a name may contain), the validated one keeps its characters and the
//     model's finding is cut around it, keeping what is left on each side without white space
//     at its ends;
//   - then findings of one type that overlap merge into their union, at the higher score (an
//     address the pattern recognizer found in part and the model in part is masked whole).
func reconcile(text string, fs []Finding) []Finding {
	model := false
	for _, f := range fs {
		model = model || f.Source == SourceModel
	}
	if !model {
		return fs
	}
	numberedStreetsOverPersons(text, fs)
	// cut model findings around validated findings of other types, before anything merges
	// with them: a pattern address the model extended over a phone number keeps the number out
	var valid []Finding // what model findings are cut around, by start
	longest := 0
	var persons map[int]int // where the model's persons start, and end: made at the first mention
	for _, g := range fs {
		// a special-category term (0.6, "Christian") does not cut a name the model found
		// around it; a tenant's deny term (1) does; nor does a mention of a person's given name
		// the model read whole ("@Olafur" of "@Olafur Arnalds"), which the person outscores
		if g.Type == Username && text[g.Start] == '@' {
			if persons == nil {
				persons = modelPersons(fs)
			}
			if persons[g.Start+1] > g.End {
				continue
			}
		}
		if g.Source != SourceModel && g.Score >= 0.5 && !(g.Source == SourceTerms && g.Score < 1) {
			valid = append(valid, g)
			longest = max(longest, g.End-g.Start)
		}
	}
	slices.SortFunc(valid, func(a, b Finding) int { return a.Start - b.Start })
	var cut []Finding
	for _, f := range fs {
		if f.Source != SourceModel {
			cut = append(cut, f)
			continue
		}
		pieces := []Finding{f}
		number := false // a number cut out of an address
		k, _ := slices.BinarySearchFunc(valid, f.Start-longest, func(g Finding, at int) int { return g.Start - at })
		for ; k < len(valid) && valid[k].Start < f.End; k++ {
			g := valid[k]
			if g.Type == f.Type || g.End <= f.Start {
				continue
			}
			number = number || numberTypes[g.Type]
			var next []Finding
			for _, p := range pieces {
				next = cutAround(text, p, g.Type, g.Start, g.End, next)
			}
			pieces = next
		}
		// an address the model read over an account's, a record's or a device's number keeps
		// nothing when no digit is left to it, as over a phone (stop 47): "CCF 1234567
		// collected 11/02" was no address, and no piece of it one
		if number && f.Type == StreetAddress && !slices.ContainsFunc(pieces, func(q Finding) bool { return strings.ContainsAny(text[q.Start:q.End], "0123456789") }) {
			pieces = nil
		}
		cut = append(cut, pieces...)
	}
	slices.SortFunc(cut, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	// merge same-type overlaps where a model finding is involved
	out := cut[:0:0]
	for _, f := range cut {
		merged := false
		for k := len(out) - 1; k >= 0 && k >= len(out)-8; k-- {
			g := &out[k]
			if g.Type == f.Type && g.End > f.Start && (g.Source == SourceModel || f.Source == SourceModel) {
				// a model's piece merged with a recognizer's finding that overlaps a validated
				// finding of another type lends it no score: the piece may be what is left of a
				// guess cut around that finding, which the raised score would then beat, leaving
				// the part of it outside the recognizer's finding in the clear ("0 Tel 00000 00",
				// "0A 0 Tel 00000 00"); the union keeps the recognizer's score
				recognizer := f // the recognizer's side, when one side is the model's
				if f.Source == SourceModel {
					recognizer = *g
				}
				if (g.Source == SourceModel) != (f.Source == SourceModel) && overlapsOther(valid, longest, recognizer) {
					g.Score = recognizer.Score
				} else {
					g.Score = max(g.Score, f.Score)
				}
				g.End = max(g.End, f.End)
				if f.Source != SourceModel {
					g.Source = f.Source
				}
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, f)
		}
	}
	return out
}

// numberedStreetsOverPersons raises to 0.5 a weak pattern address (a house number, a name and a
// street's kind that is also a common word: "Fall", "Cross", "Link", "Interchange") after a
// preposition, where the model read the words after the number as a person ("Pickup at 5116
// Timothy Fall", "a break-in at 3 Jones Strand", "of 4/1 William Cross, Edwinfort"; stop 63: the
// person had outscored the address and masked the name alone, leaving the number): a person does
// not follow a house number. Not after a word that numbers a bed, a room or a table ("Bed 6 Mary
// Hill" has no preposition before its number).
func numberedStreetsOverPersons(text string, fs []Finding) {
	var persons map[int]int // where the model's persons start, and end: made at the first weak street
	for i := range fs {
		g := &fs[i]
		if g.Type != StreetAddress || g.Source == SourceModel || g.Score >= 0.5 || g.Start < 3 || !isDigit(text[g.Start]) {
			continue
		}
		n := g.Start
		for n < g.End && (isDigit(text[n]) || text[n] == '/') {
			n++
		}
		if n >= g.End || text[n] != ' ' {
			continue
		}
		p := g.Start - 1
		for p > 0 && text[p-1] != ' ' && text[p-1] != '\n' {
			p--
		}
		if text[g.Start-1] != ' ' || !housePrepositions[text[p:g.Start-1]] {
			continue
		}
		if persons == nil {
			persons = modelPersons(fs)
		}
		if e, ok := persons[n+1]; ok && e >= g.End-1 && e <= g.End {
			g.Score = 0.5
		}
	}
}

// housePrepositions stand before a house number.
var housePrepositions = map[string]bool{"at": true, "of": true, "to": true, "on": true, "from": true, "near": true, "in": true, "into": true,
	"outside": true, "opposite": true, "behind": true, "beside": true, "via": true}

// overlapsOther reports whether f overlaps a finding of another type in valid, which is
// ordered by start and holds none longer than longest.
func overlapsOther(valid []Finding, longest int, f Finding) bool {
	k, _ := slices.BinarySearchFunc(valid, f.Start-longest, func(g Finding, at int) int { return g.Start - at })
	for ; k < len(valid) && valid[k].Start < f.End; k++ {
		if valid[k].Type != f.Type && valid[k].End > f.Start {
			return true
		}
	}
	return false
}

// cutAround appends to dst what is left of p outside [start, end), without white space at the
// ends of each piece: p whole when they do not overlap, nothing when p lies inside.
func cutAround(text string, p Finding, typ string, start, end int, dst []Finding) []Finding {
	if end <= p.Start || start >= p.End {
		return append(dst, p)
	}
	left, right := p, p
	left.End, right.Start = max(p.Start, start), min(p.End, end)
	// an address the model read over a phone number keeps nothing without a number of its own:
	// "il mio numero è 099933720" is a phone, and "il mio numero è" no address
	numbered := p.Type == StreetAddress && typ == Phone &&
		!strings.ContainsAny(text[p.Start:left.End], "0123456789") && !strings.ContainsAny(text[right.Start:p.End], "0123456789")
	for i, q := range []Finding{left, right} {
		q = trimSpace(text, q)
		if i == 0 && p.Source == SourceModel {
			q = trimJoinerEnd(text, q) // "flight to Lake Carloston on August 1": the date cut out, "on" goes with it
			if q.End > q.Start && (text[q.End-1] == ',' || text[q.End-1] == ';') {
				q.End-- // the comma before the town cut out: "14 Chandni Chowk, Delhi 110006" (stop 55)
				q = trimSpace(text, q)
			}
		}
		if i == 0 && p.Type == Person && identifierLabels[text[q.Start:q.End]] {
			continue // the identifier's label the model read with its value as a name (stop 48): "SWIFT MELIIRTH", "NPI 1234567893"
		}
		if q.End > q.Start && !numbered {
			dst = append(dst, q)
		}
	}
	return dst
}

// identifierLabels are the acronyms, in capitals, that label an identifier's value right
// before it; no name.
var identifierLabels = map[string]bool{"SWIFT": true, "BIC": true, "IBAN": true, "NPI": true, "DEA": true, "SSN": true, "MRN": true, "VIN": true,
	"PAN": true, "CVV": true, "CVC": true, "EIN": true, "ITIN": true, "TIN": true, "NHS": true, "BSN": true, "NIR": true, "PESEL": true, "CURP": true,
	"CPF": true, "RFC": true, "IMEI": true, "IMSI": true, "ICCID": true, "MAC": true, "DOB": true, "NINO": true, "UTR": true}

// numberTypes are the numbers an address the model read over keeps no part of without a number of
// its own (reconcile).
var numberTypes = map[string]bool{Phone: true, IDNumber: true, DeviceID: true, MRN: true, HealthPlan: true, BankAccount: true}

// joinerWords join a name, a place or an address to what the model read on into after it; no
// such span ends in one.
var joinerWords = map[string]bool{"and": true, "or": true, "on": true, "in": true, "at": true, "to": true, "for": true, "of": true, "the": true,
	"with": true, "but": true}

// JoinerWord reports a lower-case word of the sentence that a name, a place or an address
// never ends in ("and", "on", "to"): the model's spans that do, read on into the sentence.
func JoinerWord(w string) bool { return joinerWords[w] }

// trimJoinerEnd leaves out of f a word of joinerWords that ends it after a space, and the space.
func trimJoinerEnd(text string, f Finding) Finding {
	s := text[f.Start:f.End]
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || !joinerWords[s[k+1:]] {
		return f
	}
	f.End = f.Start + k
	return trimSpace(text, f)
}

// trimSpace narrows f to leave out white space at either end.
func trimSpace(text string, f Finding) Finding {
	for f.Start < f.End && isSpace(text[f.Start]) {
		f.Start++
	}
	for f.End > f.Start && isSpace(text[f.End-1]) {
		f.End--
	}
	return f
}

// modelPersons maps where each person the model found starts to where the longest one there ends.
func modelPersons(fs []Finding) map[int]int {
	persons := map[int]int{}
	for _, f := range fs {
		if f.Source == SourceModel && f.Type == Person {
			persons[f.Start] = max(persons[f.Start], f.End)
		}
	}
	return persons
}

// cueLabels drops the model's findings that are a cue word in capitals or in lower case, or a
// cue phrase's first words (written as a name too: "Alberta Health Care number"), announcing a
// value the cue recognizer found after them ("my CRN is 099 260 462D", "NMC PIN 17T3876L",
// "GSTIN: 27AAPFU0939F1ZV", "ESI ID 10443720004562312"): an agency's abbreviation, which the
// model reads as an organisation or a person, labels the number and names no one (stop 41).
// cued are the cue recognizer's findings, index its cue phrases.
func cueLabels(text string, fs, cued []Finding, index map[string]int) []Finding {
	if len(cued) == 0 {
		return fs
	}
	var starts []int // where the cued values of 0.5 or more start, in order: made at the first candidate
	label := func(f Finding) bool {
		if f.Source == SourceModel && f.Type == StreetAddress && f.End-f.Start <= 80 {
			return cueWordsAndValues(text, f, cued, index)
		}
		if f.Source != SourceModel || f.Type != Organization && f.Type != Person && f.Type != Location || f.End-f.Start < 2 || f.End-f.Start > 24 {
			return false
		}
		upperN, lowerN, words := 0, 0, 1
		for i := f.Start; i < f.End; i++ {
			switch {
			case isUpper(text[i]):
				upperN++
			case text[i] >= 'a' && text[i] <= 'z':
				lowerN++
			case text[i] == ' ':
				words++
			default:
				return false
			}
		}
		// a word written as a name ("Epic", "Pan": a company and a family) is a label only inside a cue
		// phrase that runs on two words or more past it ("Alberta Health Care number", not "Epic
		// No."; read alone in any case, one held-out report's text lost a finding)
		named := upperN > 0 && lowerN > 0
		if starts == nil {
			starts = make([]int, 0, len(cued))
			for _, g := range cued {
				if g.Score >= 0.5 {
					starts = append(starts, g.Start)
				}
			}
			slices.Sort(starts)
		}
		// the nearest value after the word: a farther one has the nearer one between them
		k, _ := slices.BinarySearch(starts, f.End)
		if k == len(starts) || starts[k]-f.End > 16 {
			return false
		}
		if _, ok := index[strings.ToLower(text[f.Start:f.End])]; ok && !named && words == 1 && labelFiller(text[f.End:starts[k]]) {
			return true
		}
		// or the first words of a cue phrase that runs on to the value: "ESI ID 1044372…"
		label := strings.TrimRight(text[f.Start:starts[k]], " :#.-\t")
		_, ok := index[strings.ToLower(label)]
		spaces := strings.Count(label, " ")
		return ok && spaces <= 4 && (!named || spaces > words)
	}
	return slices.DeleteFunc(fs, label)
}

// cueWordsAndValues reports a street the model read over cue words and the values the cue
// recognizer found after them, and nothing else ("Anreise 12.03.2026, Abreise 15.03.2026",
// stop 42): a date's labels and their dates, no address.
func cueWordsAndValues(text string, f Finding, cued []Finding, index map[string]int) bool {
	at, values := f.Start, 0
	rest := func(end int) bool {
		w := strings.Trim(text[at:end], " ,;:")
		if w == "" {
			return true
		}
		_, ok := index[strings.ToLower(w)]
		return ok
	}
	for _, g := range cued {
		if g.Start < f.Start || g.End > f.End || g.Start < at || g.Score < 0.5 {
			continue
		}
		if !rest(g.Start) {
			return false
		}
		at, values = g.End, values+1
	}
	return values > 0 && rest(f.End)
}

// labelFiller reports what stands between a label and its value: blanks, marks (':', '#', '.',
// '-') and the words "is", "no", "nr", "number", "pin" in any case.
func labelFiller(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ' || c == ':' || c == '#' || c == '.' || c == '-' || c == '\t':
			i++
		case isLetter(c):
			j := i
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			switch strings.ToLower(s[i:j]) {
			case "is", "no", "nr", "number", "pin":
			default:
				return false
			}
			i = j
		default:
			return false
		}
	}
	return true
}
