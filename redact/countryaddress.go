package redact

import (
	"slices"
	"strings"
)

// Street addresses of single countries written in Latin letters whose shapes the general street
// rules of address.go cannot read: India's (a house number, localities, a town and its PIN),
// Colombia's (a via, its number and a plate after "#") and Romania's (read back from the postcode
// after the town). Each needs its country's own mark: a six-digit PIN, a plate, a street word
// and a postcode.

// indianAddress reads, at a house number s[i], an address as India writes it: the number (with
// its flat, 14/93, and "H.No." or "Flat No." before it), a comma, one to three parts of
// capitalised words between commas (the street or the locality: "Bhavsar Zila", "Sarin Path"),
// and the town with its six-digit PIN after a hyphen or a space ("Rewa-038854", "Proddatur
// 510349"). The PIN is required; without it a number and names are too common a sight.
func indianAddress(s string, i int) (Finding, bool) {
	j := i + digitsAt(s, i)
	if j == i || j-i > 5 {
		return Finding{}, false
	}
	if j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) {
		j += 1 + digitsAt(s, j+1) // 14/93
	}
	if j < len(s) && isLetter(s[j]) && j+1 < len(s) && s[j+1] == ',' { // 12A,
		j++
	}
	slashed := strings.IndexByte(s[i:j], '/') > 0
	q := indianPartGap(s, j)
	if q < 0 {
		return Finding{}, false // most numbers end here, told by two or three bytes
	}
	// without the PIN, the house number's label or flat and a first part that ends in one of
	// India's street words will do: "H.No. 92, Patel Marg", "18/133⏎Sarin Ganj" (stop 37)
	fallback := Finding{}
	for parts := 0; parts < 4 && q-i < 160; parts++ {
		partStart := q
		// a part: capitalised words ("Raurkela Industrial Township"), up to five
		words := 0
		for words < 5 && q < len(s) && (isUpper(s[q]) || indianOrdinal(s, q) > q) {
			e := q
			if o := indianOrdinal(s, q); o > q {
				e = o // Bengaluru's cross and main roads and blocks: "3rd Cross", "5th Main", "Jayanagar 4th Block" (stop 47)
			}
			for e < len(s) && (isLetter(s[e]) || s[e] >= 0x80 || (s[e] == '\'' || (s[e] == '-' || s[e] == '/') && e+1 < len(s) && isUpper(s[e+1])) && e+1 < len(s) && isLetter(s[e+1])) { // Cox's Bazar, Pimpri-Chinchwad, Dhanmondi R/A (stop 47)
				e++
			}
			if e == q+1 && e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) {
				e += 1 + digitsAt(s, e+1) // Islamabad's sectors: "F-7/2", "G-9/4" (stop 54)
				if e+1 < len(s) && s[e] == '/' && isDigit(s[e+1]) {
					e += 1 + digitsAt(s, e+1)
				}
			}
			q = e
			words++
			if q+1 < len(s) && s[q] == ' ' && (isUpper(s[q+1]) || indianOrdinal(s, q+1) > q+1) {
				q++
				continue
			}
			if n := digitsAt(s, q+1); q+1 < len(s) && s[q] == ' ' && n > 0 && n <= 3 && (q+1+n == len(s) || s[q+1+n] == ',') {
				q += 1 + n // a sector's or a phase's number ends its part: "Sector 21, Gurgaon" (stop 47)
			}
			break
		}
		if words == 0 || q-partStart == 1 && q < len(s) && s[q] == '.' {
			return fallback, fallback.End > 0 // no part, or an initial's: "P.O. Box 7062" after "Plot 45, Kampala Road" (stop 54)
		}
		if fallback.End > 0 && parts > 0 && (q == len(s) || strings.IndexByte(",.\n", s[q]) >= 0) {
			fallback.End = q // the fallback's areas and town after it: "Villa 17, Street 32, Al Nahyan, Abu Dhabi"
		}
		if parts == 0 && words == 1 && indianHouseLabel(s, i) < i && s[q-1] >= '0' && s[q-1] <= '9' && numberedStreetWords[firstWord(s[partStart:q])] {
			// a numbered street after a labelled house, as the Gulf, Bangladesh and Pakistan write them (stop 47):
			// "Villa 17, Street 32, …", "House 12, Road 5, …"
			fallback = Finding{Type: StreetAddress, Start: unitBefore(s, indianHouseLabel(s, i)), End: q, Score: 0.75, Source: SourcePattern}
		}
		if parts == 0 && words >= 2 {
			// a house's label vouches for any of the street words, and so does a flat's slashed
			// number after a word that sends or puts someone there ("sent to 52/80, Misra Circle";
			// not "see pages 12/34, Table Path"); India's own words need neither ("13⏎Samra Zila"; stop 58).
			// A number that ends its line vouches too after such a word, "of" or a comma: the
			// address written on lines of its own, the street on the next (stop 59: "served on
			// Faris Ganesan at 84⏎Sani Street", "Girik Madan of 10/497⏎Raju Road", "Ojasvi Parmer,
			// 212⏎Kata Street"); so do a comma after the number and such a word or "of" before it
			// ("the house at 21, Ben Path", "David Halder of 721, Ben Path"), and a slashed number after a comma ("Hotel: Grand Plaza,
			// 15/90, Kala Circle")
			afterComma := i >= 2 && s[i-2:i] == ", "
			vouched := indianHouseLabel(s, i) < i || slashed && (placedAt(s, i) || afterComma) || s[j] == ',' && (placedAt(s, i) || ofAfterWord(s, i)) ||
				s[j] == '\n' && (placedAt(s, i) || ofAfterWord(s, i) || afterComma)
			if k := strings.LastIndexByte(s[partStart:q], ' '); k > 0 && (indianStreetWords[s[partStart+k+1:q]] == "in" || indianStreetWords[s[partStart+k+1:q]] != "" && vouched) && (q == len(s) || !isLetter(s[q])) {
				fallback = Finding{Type: StreetAddress, Start: unitBefore(s, indianHouseLabel(s, i)), End: q, Score: 0.75, Source: SourcePattern}
			}
		}
		if parts == 0 && words == 1 && indianDoorLabel(s, i) && (q == len(s) || !isLetter(s[q])) && !stopWords.has(s[partStart:q]) {
			// after India's own label for a house's number, the street may be a name alone, as
			// Faker's en_IN writes it (stop 58: "H.No. 83, Nanda", "H.No. 913⏎Bhatia, Dhanbad")
			fallback = Finding{Type: StreetAddress, Start: unitBefore(s, indianHouseLabel(s, i)), End: q, Score: 0.75, Source: SourcePattern}
		}
		// the PIN: "-038854" or " 510349", six digits and nothing more; or after a spaced dash
		// ("Bangalore - 560011", stop 47)
		if q+3 < len(s) && s[q:q+3] == " - " && digitsAt(s, q+3) == 6 && parts > 0 && (q+9 == len(s) || !isAlnum(s[q+9])) {
			return Finding{Type: StreetAddress, Start: unitBefore(s, indianHouseLabel(s, i)), End: q + 9, Score: 0.85, Source: SourcePattern}, true
		}
		if q+7 <= len(s) && (s[q] == '-' || s[q] == ' ') && digitsAt(s, q+1) == 6 && (q+7 == len(s) || !isAlnum(s[q+7])) && parts > 0 {
			return Finding{Type: StreetAddress, Start: unitBefore(s, indianHouseLabel(s, i)), End: q + 7, Score: 0.85, Source: SourcePattern}, true
		}
		// Bangladesh's four-digit postcode, after a labelled house number only: "House No. 4, …,
		// Manikganj, 2470", "Dhaka-1205", "Dhaka 1213"; Pakistan's of five
		if label := indianHouseLabel(s, i); label < i && parts > 0 && q < len(s) {
			p := 0 // where the postcode starts, after ", ", "-" or " "
			switch {
			case q+1 < len(s) && s[q] == ',' && s[q+1] == ' ':
				p = q + 2
			case s[q] == '-' || s[q] == ' ':
				p = q + 1
			}
			if d := digitsAt(s, p); p > 0 && (d == 4 || d == 5 && s[q] != '-') && (p+d == len(s) || !isAlnum(s[p+d])) {
				return Finding{Type: StreetAddress, Start: unitBefore(s, label), End: p + d, Score: 0.85, Source: SourcePattern}, true // and Pakistan's of five: "…, F-7/2, Islamabad 44000" (stop 54)
			}
		}
		if q = indianPartGap(s, q); q < 0 {
			return fallback, fallback.End > 0
		}
	}
	return fallback, fallback.End > 0
}

// indianOrdinal returns where an ordinal at s[i] ends when a capitalised word follows it ("3rd
// Cross", "4th Block"), or i.
func indianOrdinal(s string, i int) int {
	n := digitsAt(s, i)
	if n == 0 || n > 3 || i+n+3 >= len(s) || s[i+n+2] != ' ' || !isUpper(s[i+n+3]) {
		return i
	}
	switch s[i+n : i+n+2] {
	case "st", "nd", "rd", "th":
		return i + n + 2
	}
	return i
}

// IsIndianStreetWord reports a word of indianStreetWords that ends an Indian street ("Marg",
// "Path"; capitalised).
func IsIndianStreetWord(w string) bool { return indianStreetWords[w] != "" }

// indianStreetWords end the street or locality of an Indian address (Faker's en_IN writes them
// after a family name: "Patel Marg", "Sarin Ganj", "Dara Nagar"): "in" those only India's
// addresses hold, which a flat's number without its label will do for ("18/133⏎Sarin Ganj"; not
// "pages 12/34, Table Path").
var indianStreetWords = map[string]string{"Marg": "in", "Ganj": "in", "Nagar": "in", "Chowk": "in", "Zila": "in", "Bazar": "in",
	"Bagh": "in", "Puram": "in", "Vihar": "in", "Galli": "in", "Gali": "in", "Path": "any", "Road": "any", "Street": "any",
	"Circle": "any", "Colony": "any", "Enclave": "any", "Layout": "any", "Lane": "any", "Sector": "any"}

// firstWord returns s up to its first space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// numberedStreetWords are the streets numbered, not named, after a labelled house: "Street 32",
// "Road 5", "Lane 3", "Block 12".
var numberedStreetWords = map[string]bool{"Street": true, "St": true, "Road": true, "Rd": true, "Lane": true, "Block": true, "Sector": true}

// indianPartGap returns where the next part of an Indian address starts after the separator at
// s[k] (", ", ",\n" or a line break: the address on lines of its own) and a capital or an
// ordinal before one ("3rd Cross"), or -1.
func indianPartGap(s string, k int) int {
	switch {
	case k+2 < len(s) && s[k] == ',' && (s[k+1] == ' ' || s[k+1] == '\n'):
		k += 2
	case k+1 < len(s) && s[k] == '\n':
		k++
	default:
		return -1
	}
	if k >= len(s) || !isUpper(s[k]) && indianOrdinal(s, k) == k {
		return -1
	}
	return k
}

// placedPhrases put someone or something at the address after them: "sent to", "lives at",
// "from", "near", "address:".
var placedPhrases = []string{"to ", "at ", "from ", "near ", "address: ", "address "}

// ofAfterWord reports "of" before the number at s[i] after a word, not a count's ("Page 2 of 3,
// Park Road"): "Girik Madan of 10/497⏎Raju Road".
func ofAfterWord(s string, i int) bool {
	return i >= 5 && strings.EqualFold(s[i-4:i], " of ") && isLetter(s[i-5])
}

// placedAt reports a word of placedPhrases before the number at s[i].
func placedAt(s string, i int) bool { return phraseBefore(s, i, placedPhrases) }

// indianDoorLabels are India's own labels of a house's or a door's number, the first of
// indianHouseLabel's.
var indianDoorLabels = []string{"H.No. ", "H. No. ", "D.No. ", "Door No. ", "H.No."}

// indianDoorLabel reports one of indianDoorLabels before s[i].
func indianDoorLabel(s string, i int) bool {
	k := indianHouseLabel(s, i)
	return k < i && slices.Contains(indianDoorLabels, s[k:i])
}

// indianHouseLabels are India's own labels and the others: Bengaluru's "#42, 3rd Cross", a
// flat's "Flat 12B, Sai Residency", East Africa's plots, the Gulf's villas (stop 47).
var indianHouseLabels = slices.Concat(indianDoorLabels, []string{"House No. ", "Flat No. ", "Plot No. ", "Holding No. ", "Building No. ", "House ", "No. ",
	"Flat ", "#", "# ", "Plot ", "Villa "})

// indianHouseLabel returns where the label of a house number at s[i] starts ("H.No. 672",
// "Flat No. 4", "D.No. 12", and Bangladesh's "Holding No. 39", "House 12"), or i.
func indianHouseLabel(s string, i int) int {
	for _, l := range indianHouseLabels {
		if k := i - len(l); k >= 0 && s[k:i] == l && (k == 0 || !isAlnum(s[k-1])) {
			return k
		}
	}
	return i
}

// colombianVias open a street's name in Colombia's addresses, abbreviated or not.
var colombianVias = wordSet("calle carrera avenida diagonal transversal circular cra cra. cr cr. kr kr. cl cl. av av. dg dg. tv tv. tr tr. cll cll. ak ac")

// colombianUnits mark a unit after a Colombian address's plate: "apartamento 72", "Etapa 2".
var colombianUnits = wordSet("apartamento apto etapa bodega torre casa interior int local oficina of piso bloque manzana mz")

// colombianAddress reads, at the plate s[i] after "#" or "No." ("2-10" in "Carrera 4F # 2-10
// Sur"), a Colombian address: the via's word and number before, the plate, the quadrant after
// (Sur, Este, Norte, Oeste), units ("Etapa 4 apartamento 14"), and a six-digit postcode with the
// town and the department after it ("258366, Zipaquirá, Cundinamarca").
func colombianAddress(s string, i int) (Finding, bool) {
	d := digitsAt(s, i)
	for n := 0; n < 2 && i+d < len(s) && isLetter(s[i+d]); n++ {
		d++ // 41S-77, 7J-4
	}
	dash := i + d
	if d > 0 && d <= 5 {
		dash = quadrantAfter(s, dash, true) // the quadrant between the plate's numbers (stop 48): "Cra 43A #1 Sur-50"
	}
	if d == 0 || d > 5 || dash+1 >= len(s) || s[dash] != '-' || !isDigit(s[dash+1]) || i < 8 {
		return Finding{}, false
	}
	// back over "# " or "No. " to the via's number and word
	k := i
	switch {
	case s[k-1] == '#':
		k--
	case k >= 2 && s[k-2:k] == "# ":
		k -= 2
	case k >= 4 && s[k-4:k] == "No. ":
		k -= 4
	default:
		return Finding{}, false
	}
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	start := -1
	for words := 0; words < 4 && k > 0; words++ { // "4F", "6ª", "45A Bis", "193C Bis S"; then the via: "Carrera", "Avenida carrera"
		e := k
		for k > 0 && s[k-1] != ' ' && s[k-1] != '\n' && s[k-1] != '\t' {
			k--
		}
		if colombianVias[strings.ToLower(s[k:e])] {
			start = k
			if k >= 8 && strings.EqualFold(s[k-8:k], "Avenida ") {
				start = k - 8 // "Avenida carrera 6ª", "Avenida Calle 26"
			}
			break
		}
		if k == 0 || s[k-1] != ' ' {
			return Finding{}, false
		}
		k--
	}
	if start < 0 {
		return Finding{}, false
	}
	end := quadrantAfter(s, dash+1+digitsAt(s, dash+1), true)
	// units after a comma, a space or a line break: "Etapa 4 apartamento 14", "Bodega 6"
	for p := end; ; {
		q := p
		if q < len(s) && (s[q] == ',' || s[q] == '\n') {
			q++
		}
		q = skipSpaces(s, q)
		w := q
		for w < len(s) && isLetter(s[w]) {
			w++
		}
		if w == q || !colombianUnits[strings.ToLower(s[q:w])] {
			break
		}
		if w < len(s) && s[w] == '.' { // "Apto. 8"
			w++
		}
		if w+1 >= len(s) || s[w] != ' ' || !isDigit(s[w+1]) {
			break
		}
		p = w + 1 + digitsAt(s, w+1)
		end = p
	}
	// the postcode, and the town and department after it, after commas or on lines of their own
	if q := skipSpaces(s, end+1); end < len(s) && (s[end] == ',' || s[end] == '\n') && digitsAt(s, q) == 6 && (q+6 == len(s) || !isAlnum(s[q+6])) {
		end = q + 6
		for n := 0; n < 2 && end+2 < len(s); n++ {
			e := end + 1
			if s[end] == ',' && s[end+1] == ' ' {
				e = end + 2
			} else if s[end] != '\n' {
				break
			}
			if e >= len(s) || !isUpper(s[e]) && s[e] < 0x80 {
				break
			}
			for e < len(s) && (isLetter(s[e]) || s[e] >= 0x80 || s[e] == ' ' && e+1 < len(s) && (isUpper(s[e+1]) || s[e+1] >= 0x80 || townParticle(s[e+1:]))) {
				e++
			}
			end = e
		}
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// quadrantAfter returns where a compass word after a space at s[e] ends, as a Colombian plate
// or a Chilean road carries one ("# 2-10 Sur", "Ruta 5 Norte"; in lower case too where lower
// says so), or e.
func quadrantAfter(s string, e int, lower bool) int {
	for _, q := range []string{" Sur", " Este", " Norte", " Oeste", " sur", " este", " norte", " oeste"} {
		if !lower && isLower(q[1]) {
			break
		}
		if strings.HasPrefix(s[e:], q) && (e+len(q) == len(s) || !isAlnum(s[e+len(q)])) {
			return e + len(q)
		}
	}
	return e
}

// townParticle reports "de ", "del ", "la " or "los " and a capital at the start of s: a town
// of several words ("Santander de Quilichao").
func townParticle(s string) bool {
	for _, p := range []string{"de ", "del ", "la ", "las ", "los "} {
		if len(s) > len(p) && strings.HasPrefix(s, p) && isUpper(s[len(p)]) {
			return true
		}
	}
	return false
}

// IsRomanianLeader reports a word that opens a Romanian street's name as romanianLeaders holds it
// ("Str.", "Bd.", "B-dul", "Calea"), which the model's rules ask before a name's comma.
func IsRomanianLeader(w string) bool {
	for _, l := range romanianLeaders {
		if len(l) == len(w)+1 && l[:len(w)] == w {
			return true
		}
	}
	return false
}

// romanianLeaders open a street's name in Romania: street, road, alley, highway, boulevard,
// way, passage, embankment, square.
var romanianLeaders = []string{"Strada ", "Str. ", "Drumul ", "Aleea ", "Soseaua ", "Șoseaua ", "Şoseaua ", "Bulevardul ", "Bd. ", "B-dul ",
	"Calea ", "Intrarea ", "Splaiul ", "Piața ", "Piaţa ", "Piata ",
	// and as a form or a message writes them in lower case (stop 45): "str. Mihai Eminescu nr. 12"
	"strada ", "str. ", "bd. ", "b-dul ", "bulevardul ", "calea ", "aleea ", "șos. ", "sos. ", "șoseaua ", "soseaua "}

// romanianAddress reads, at a six-digit postcode s[i] after a town and a comma or a space, a
// Romanian address written street first: the street's word and name, its number and the block,
// stair and flat (Nr. 57 Bl. 58 Sc. 94 Ap. 404), the town, and the postcode ("Strada Georgescu
// Nr. 50, Targu Secuiesc, 344519", "str. Mihai Eminescu nr. 12, bl. A3, ap. 14, Cluj-Napoca
// 400001"), on one line or with the town and postcode on the next.
func romanianAddress(s string, i int) (Finding, bool) {
	end := i + 6
	if digitsAt(s, i) != 6 || end < len(s) && isAlnum(s[end]) || i < 12 || s[i-1] != ' ' {
		return Finding{}, false
	}
	if f, ok := romanianPostcodeFirst(s, i, end); ok {
		return f, true
	}
	// the town, back to the comma or line break before it
	t := i - 1
	if s[i-2] == ',' {
		t = i - 2
	}
	townEnd := t
	for t > 0 && s[t-1] != ',' && s[t-1] != '\n' && townEnd-t < 40 {
		t--
	}
	if t == 0 || t == townEnd {
		return Finding{}, false
	}
	town := strings.TrimLeft(s[t:townEnd], " ")
	if town == "" || !isUpper(town[0]) && town[0] < 0x80 {
		return Finding{}, false
	}
	// the street: a leader word within the line or two before the town
	start := romanianStreetStart(s, max(0, t-100), t-1)
	if start < 0 {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// romanianStreetStart returns where the last of romanianLeaders in s[lo:hi] opens a street, a
// capital after it and no sentence's end after it but its units' abbreviations; -1 when none
// does.
func romanianStreetStart(s string, lo, hi int) int {
	line := s[lo:hi]
	best := -1
	for _, l := range romanianLeaders {
		if k := strings.LastIndex(line, l); k > best && (lo+k == 0 || s[lo+k-1] == ' ' || s[lo+k-1] == '\n') && lo+k+len(l) < len(s) && isUpper(s[lo+k+len(l)]) {
			best = k
		}
	}
	if best < 0 || strings.ContainsAny(line[best:], ".!?") && !romanianUnitsOnly(line[best:]) {
		return -1
	}
	return lo + best
}

// romanianPostcodeFirst reads a Romanian address whose postcode s[i:end] comes after the street's
// comma and before the town, as forms and Faker's ro_RO write it (stop 60: "Intrarea Tinca
// Suciu Nr. 297 Bl. 54 Sc. 87 Ap. 510, 750752 Remetea", "Soseaua Diaconescu, 690830 Podu
// Iloaiei", whose postcode and town had been left): a leader word on the line before it, and a
// capitalised town after it.
func romanianPostcodeFirst(s string, i, end int) (Finding, bool) {
	if s[i-2] != ',' || end+1 >= len(s) || s[end] != ' ' {
		return Finding{}, false
	}
	w, e := word(s, end+1)
	if w == "" || !isCapital(w) || stopWords.has(w) {
		return Finding{}, false
	}
	townEnd := cityRest(s, e)
	lo := max(0, i-2-100)
	if nl := strings.LastIndexByte(s[lo:i-2], '\n'); nl >= 0 {
		lo += nl + 1
	}
	start := romanianStreetStart(s, lo, i-2)
	if start < 0 {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: start, End: townEnd, Score: 0.85, Source: SourcePattern}, true
}

// romanianUnitsOnly reports that the full stops of a street's text are its abbreviations'
// ("Str.", "Nr.", "Bl.", "Sc.", "Et.", "Ap.", "Bd."), so no sentence ends inside it.
func romanianUnitsOnly(street string) bool {
	for k := strings.IndexAny(street, ".!?"); k >= 0; {
		if street[k] != '.' || k < 2 || !strings.Contains(" Str Nr Bl Sc Et Ap Bd str nr bl sc et ap bd sos șos ", " "+street[max(0, strings.LastIndexAny(street[:k], " \n")+1):k]+" ") {
			return false
		}
		n := strings.IndexAny(street[k+1:], ".!?")
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return true
}

// overlapTail returns how many findings at the end of dst start at or after start: what a
// finding read back from its end (romanianAddress) covers and replaces.
func overlapTail(dst []Finding, start int) int {
	n := 0
	for n < len(dst) && dst[len(dst)-1-n].Start >= start {
		n++
	}
	return n
}

// phProvinces are the Philippines' provinces and Metro Manila, as the post writes them after the
// postcode ("1226 Metro Manila", "5089 Northern Samar").
var phProvinces = phraseSet("Abra Agusan_del_Norte Agusan_del_Sur Aklan Albay Antique Apayao Aurora Basilan Bataan Batanes Batangas " +
	"Benguet Biliran Bohol Bukidnon Bulacan Cagayan Camarines_Norte Camarines_Sur Camiguin Capiz Catanduanes Cavite Cebu " +
	"Compostela_Valley Cotabato Davao_de_Oro Davao_del_Norte Davao_del_Sur Davao_Occidental Davao_Oriental Dinagat_Islands " +
	"Eastern_Samar Guimaras Ifugao Ilocos_Norte Ilocos_Sur Iloilo Isabela Kalinga La_Union Laguna Lanao_del_Norte Lanao_del_Sur " +
	"Leyte Maguindanao Marinduque Masbate Metro_Manila Misamis_Occidental Misamis_Oriental Mountain_Province Negros_Occidental " +
	"Negros_Oriental Northern_Samar Nueva_Ecija Nueva_Vizcaya Occidental_Mindoro Oriental_Mindoro Palawan Pampanga Pangasinan " +
	"Quezon Quirino Rizal Romblon Samar Sarangani Siquijor Sorsogon South_Cotabato Southern_Leyte Sultan_Kudarat Sulu " +
	"Surigao_del_Norte Surigao_del_Sur Tarlac Tawi-Tawi Zambales Zamboanga_del_Norte Zamboanga_del_Sur Zamboanga_Sibugay")

// myStates are Malaysia's states and federal territories, as an address ends ("Pulau Pinang",
// "Kedah Darul Aman"; the honorific after a state is read on).
var myStates = phraseSet("Johor Kedah Kelantan Melaka Malacca Negeri_Sembilan Pahang Perak Perlis Pulau_Pinang Penang Sabah " +
	"Sarawak Selangor Terengganu Kuala_Lumpur Labuan Putrajaya " +
	"WP_Kuala_Lumpur WP_Labuan WP_Putrajaya KL") // the federal territories as Wilayah Persekutuan's letters write them (stop 58)

// phraseSet returns the set of list's names, each written with underscores for its spaces.
func phraseSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// countryTailPartsBefore returns where an address that a finding text[start:end] ends as the
// Philippines' ("…, Calinog, 3345 Mountain Province") or Malaysia's ("…, 05621 Laman Petaling,
// Kedah") addresses end begins, taking in the parts between commas before it ("20F Hanson
// Apartment, 3714 Atis Drive, …", "No. T-70-35, Jalan Dato' Maharaja Lela 5c, …"), or start.
func countryTailPartsBefore(text string, start, end int) int {
	if start < 4 || text[start-2:start] != ", " || !countryTail(text, start, end) {
		return start
	}
	if p := addressPartsBefore(text, start-2, 3, 1); p >= 0 {
		return p
	}
	return start
}

// countryTail reports a finding text[start:end] that ends in a Philippine postcode and province
// or in a Malaysian postcode, town and state.
func countryTail(text string, start, end int) bool {
	span := text[start:end]
	for n, k := 0, len(span); n < 4; n++ {
		if k = strings.LastIndex(span[:k], ", "); k < 0 {
			return false
		}
		p := start + k + 2
		switch d := digitsAt(text, p); {
		case d == 4 && p+5 < end && text[p+4] == ' ' && namedRegionAt(text, p+5, phProvinces) == end:
			return true
		case d == 5 && n > 0:
			if f, ok := malaysianAddress(text, p); ok && f.End == end {
				return true
			}
		}
	}
	return false
}

// namedRegionAt returns where a name of set that starts at s[k] ends, of one to three words
// (the longest), with nothing alphanumeric after it; 0 when none is there.
func namedRegionAt(s string, k int, set map[string]bool) int {
	best, e := 0, k
	for n := 0; n < 3; n++ {
		_, f := word(s, e)
		for f < len(s) && s[f] == '-' && f+1 < len(s) && isUpper(s[f+1]) { // Tawi-Tawi
			_, f = word(s, f+1)
		}
		if f == e {
			break
		}
		if set[s[k:f]] && (f == len(s) || !isAlnum(s[f])) {
			best = f
		}
		if f+1 >= len(s) || s[f] != ' ' {
			break
		}
		e = f + 1
	}
	return best
}

// philippineAddress reads, at a four-digit postcode s[i] after a town and its comma, with a
// province after it, an address as the Philippines write it (PhilPost): the block and lot or the
// building, the street and the subdivision in parts between commas, the town, the postcode and
// the province ("Block 12 Lot 30 Cresta Drive, Narra Homes 3, Binalonan, 5089 Northern Samar").
func philippineAddress(s string, i int) (Finding, bool) {
	if digitsAt(s, i) != 4 || i < 4 || s[i-2:i] != ", " || i+5 >= len(s) || s[i+4] != ' ' {
		return Finding{}, false
	}
	end := namedRegionAt(s, i+5, phProvinces)
	if end == 0 {
		return Finding{}, false
	}
	start := addressPartsBefore(s, i-2, 4, 2)
	if start < 0 {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// malaysianAddress reads, at a five-digit postcode s[i] after a comma, with the town and a
// state after it, an address as Malaysia writes it: the unit or lot, the street ("Jalan 5/42",
// "Jln SS 2/24") and the area in parts between commas, then the postcode, the town and the state
// ("No. 4-3, Jalan Hang Lekir 8/38g, Bandar Sentosa, 08710 Alam Semarak, Kedah Darul Aman").
func malaysianAddress(s string, i int) (Finding, bool) {
	if digitsAt(s, i) != 5 || i < 4 || s[i-2:i] != ", " || i+6 >= len(s) || s[i+5] != ' ' {
		return Finding{}, false
	}
	k := i + 6
	for n := 0; n < 5; n++ { // the town: capitalised words or a code ("Alam Semarak", "SS6", "Seksyen 3")
		e := k
		for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '\n' {
			e++
		}
		if e == k || !addressToken(s[k:e]) {
			return Finding{}, false
		}
		k = e
		if k+1 < len(s) && s[k] == ' ' {
			k++
			continue
		}
		break
	}
	if k+2 >= len(s) || s[k] != ',' || s[k+1] != ' ' {
		return Finding{}, false
	}
	end := namedRegionAt(s, k+2, myStates)
	if end == 0 {
		return Finding{}, false
	}
	if strings.HasPrefix(s[end:], " Darul ") { // Kedah Darul Aman, Negeri Sembilan Darul Khusus
		if w, e := word(s, end+7); w != "" && isUpper(w[0]) {
			end = e
		}
	}
	start := i
	if p := addressPartsBefore(s, i-2, 4, 1); p >= 0 {
		start = p
	}
	return Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern}, true
}

// addressPartsBefore reads back from the comma at s[c] over up to max parts of an address,
// each after a comma or a line break: capitalised words, numbers and codes ("Block 12 Lot 30
// Cresta Drive", "B08 L69", "No. 4-3", "Jalan 5/42", "20F Hanson Apartment"), and the particles
// of a name ("Lanao del Sur"). A part with other words in it ends the address at the words
// after the last of them ("Please ship it to Block 12 Lot 30 Cresta Drive"). It returns where
// the address starts, or -1 when fewer than least parts are there.
func addressPartsBefore(s string, c, max, least int) int {
	start, parts := -1, 0
	for parts < max && c > 0 {
		k := c // the part ends at k; read its tokens back
		first := c
		for first > 0 && s[first-1] == ' ' {
			first--
		}
		stop := false
		for k = first; k > 0; {
			b := k
			for b > 0 && s[b-1] != ' ' && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != '\t' {
				b--
			}
			tok := s[b:k]
			if patronymParticles.has(tok) {
				k = first // a Malay or Arabic name's "binti" before the part: "Siti Nurhaliza binti Tarudin, No. 12, …" is the addressee (stop 54)
				break
			}
			if b < k && len(tok) == 1 && isUpper(tok[0]) && b > 1 && s[b-1] == ' ' {
				// a unit's letter after its word or a building's number ("7740 Unit A Malinao Drive"; stop 58)
				if pb := strings.LastIndexAny(s[:b-1], " ,(\n") + 1; unitWords.has(s[pb:b-1]) || digitsAt(s, pb) == b-1-pb {
					k = b - 1
					continue
				}
			}
			if b < k && tok[0] == '(' && b+1 < k && addressToken(tok[1:]) {
				k = b + 1 // the address's first part right after a bracket: "Jared Willis (4, Jalan 2/3, …)" (stop 58)
				break
			}
			if b == k || !addressToken(tok) {
				stop = b < k || b > 0 && s[b-1] == '\t'
				break
			}
			k = b
			if k > 0 && s[k-1] == ' ' {
				k--
				continue
			}
			break
		}
		for k < first && s[k] == ' ' {
			k++
		}
		if k == first {
			break
		}
		start, parts = k, parts+1
		switch {
		case stop || k < 2:
		case s[k-1] == ' ' && s[k-2] == ',': // ", " before the part
			c = k - 2
			continue
		case s[k-1] == '\n' && s[k-2] != '\n' && s[k-2] != ':': // a line of a block (not after a blank line or a label's line)
			c = k - 1
			continue
		}
		break
	}
	if parts < least {
		return -1
	}
	return start
}

// patronymParticles join a Malay's, an Indonesian's or an Arabic's given name to the father's
// ("bin", "binti", "bte", "a/l", "a/p"): the words around them are a person's.
var patronymParticles = foldSet("bin binti bte bt a/l a/p ibn bint")

// addressToken reports a token of an address's part: a capitalised word, one with digits
// ("B08", "20F", "5th", "4-3", "5/42", "SS27"), "No." and the particles of a town's name.
func addressToken(t string) bool {
	switch t {
	case "de", "del", "la", "los", "las", "No.", "&":
		return true
	}
	if t == "" || strings.ContainsAny(t, ".:;!?\"()") {
		return false
	}
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			return true
		}
	}
	return isCapital(t) && !stopWords.has(t)
}

// chileanStreet reads, at the capitalised word s[i:j], a Chilean address whose street is named
// after someone without a leading word, told by the region after the town: the name's words, the
// house number and its units, the town after a comma or on the next line, and the region with
// its postcode ("Matías Araya 66, Litueche, Región del Libertador General Bernardo O'Higgins,
// 9378960"; "Rodrigo Arce 59 Dpto. 914⏎El Quisco, Región de Valparaíso"). It returns where it ends.
func chileanStreet(s string, i, j int) (int, bool) {
	if !strings.Contains(s[j:min(len(s), j+160)], ", Región ") || !isCapital(s[i:j]) {
		return 0, false // the region is the mark; most texts have none near
	}
	k := j
	for n := 0; n < 4 && k+1 < len(s) && s[k] == ' ' && !isDigit(s[k+1]); n++ {
		w, e := word(s, k+1)
		if w == "" || !isCapital(w) && !particles.has(w) {
			return 0, false
		}
		k = e
	}
	if k+1 >= len(s) || s[k] != ' ' || !isDigit(s[k+1]) {
		return 0, false
	}
	e := houseNumberEnd(s, k+1)
	if e < len(s) && isAlnum(s[e]) {
		return 0, false
	}
	e = units(s, e)
	switch {
	case e+2 < len(s) && s[e] == ',' && s[e+1] == ' ':
		e += 2
	case e+1 < len(s) && s[e] == '\n':
		e++
	default:
		return 0, false
	}
	if e = townWords(s, e, 5); e == 0 || e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' { // the town: "El Quisco", "San Pedro de la Paz"
		return 0, false
	}
	if end := chileanRegion(s, e+2); end > 0 {
		return end, true
	}
	return 0, false
}

// kilometreRoute reads, at "Ruta", "Carretera" or "Autopista" s[i:j], a place on a road given by
// its kilometre, as Spanish-speaking countries write a rural address: the road's number or code
// ("5 Sur", "T-86", "933-CH", "Nacional 40", "N-340"), then "km" and the distance, and Chile's
// region or a town after it ("Ruta T-86, km 1, Región de Valparaíso"). "km" is required.
func kilometreRoute(s string, i, j int) (int, bool) {
	switch s[i:j] {
	case "Ruta", "Carretera", "Autopista", "Autovía", "Rodovia":
	default:
		return 0, false
	}
	k := j + 1
	if k >= len(s) || s[j] != ' ' {
		return 0, false
	}
	for _, w := range []string{"Nacional ", "Provincial ", "Estatal ", "Federal "} {
		if strings.HasPrefix(s[k:], w) {
			k += len(w)
			break
		}
	}
	e := k // the code: letters, digits and hyphens with a digit in it
	digit := false
	for e < len(s) && (isAlnum(s[e]) || s[e] == '-') && e-k < 10 {
		digit = digit || isDigit(s[e])
		e++
	}
	if e == k || !digit {
		return 0, false
	}
	e = quadrantAfter(s, e, false)
	if strings.HasPrefix(s[e:], ",") {
		e++
	}
	if e+4 >= len(s) || s[e] != ' ' || !strings.EqualFold(s[e+1:e+3], "km") {
		return 0, false
	}
	e += 3
	if e < len(s) && s[e] == '.' {
		e++
	}
	e = skipSpaces(s, e)
	d := digitsAt(s, e)
	if d == 0 || d > 5 {
		return 0, false
	}
	e += d
	if e+1 < len(s) && (s[e] == ',' || s[e] == '.') && isDigit(s[e+1]) { // km 12,5
		e += 1 + digitsAt(s, e+1)
	}
	if e+2 < len(s) && s[e] == ',' && s[e+1] == ' ' {
		if r := chileanRegion(s, e+2); r > 0 {
			return r, true
		}
	}
	return locality(s, e), true
}

// spanishFloor reads the floor and door a Spanish or Portuguese address writes after its number,
// at text[i] after the street: ", 3º B", ", 2º izq.", ", 1.º dcha", ", 4ºA", ", bajo", ", ático",
// ", 3.º Esq.". It returns their end, or i.
func spanishFloor(text string, i int) int {
	if !strings.HasPrefix(text[i:], ", ") {
		return i
	}
	j := i + 2
	w := j
	for w < len(text) && isLetter(text[w]) {
		w++
	}
	switch strings.ToLower(text[j:w]) {
	case "bajo", "entresuelo", "principal", "sótano", "sotano":
		return w
	}
	if strings.HasPrefix(text[j:], "ático") || strings.HasPrefix(text[j:], "Ático") {
		return j + len("ático")
	}
	d := j
	for d < len(text) && isDigit(text[d]) && d-j < 2 {
		d++
	}
	if d == j {
		return i
	}
	if strings.HasPrefix(text[d:], ".") {
		d++
	}
	switch {
	case strings.HasPrefix(text[d:], "º"), strings.HasPrefix(text[d:], "ª"):
		d += 2
	default:
		return i
	}
	end := d
	k := d
	if k < len(text) && text[k] == ' ' {
		k++
	}
	e := k
	for e < len(text) && isLetter(text[e]) {
		e++
	}
	switch door := strings.ToLower(text[k:e]); {
	case len(door) == 1 && isUpper(text[k]):
		end = e // the door's letter: "3º B", "4ºA"
	case door == "izq" || door == "izda" || door == "izquierda" || door == "dcha" || door == "dch" || door == "der" || door == "derecha" || door == "ctro" || door == "centro",
		// and Portugal's left, right and front (stop 46): "3.º Esq.", "2.º Dto.", "1.º Dt.º", "4.º Frente"
		door == "esq" || door == "esquerdo" || door == "dto" || door == "dt" || door == "direito" || door == "frente" || door == "fte":
		end = e
		if end < len(text) && text[end] == '.' {
			end++
			if strings.HasPrefix(text[end:], "º") {
				end += len("º")
			}
		}
	}
	if end < len(text) && isAlnum(text[end]) {
		return i
	}
	return end
}
