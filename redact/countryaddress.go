package redact

import "strings"

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
	q := indianPartGap(s, j)
	if q < 0 {
		return Finding{}, false // most numbers end here, told by two or three bytes
	}
	for parts := 0; parts < 4 && q-i < 160; parts++ {
		// a part: capitalised words ("Raurkela Industrial Township"), up to five
		words := 0
		for words < 5 && q < len(s) && isUpper(s[q]) {
			e := q
			for e < len(s) && (isLetter(s[e]) || s[e] >= 0x80) {
				e++
			}
			q = e
			words++
			if q+1 < len(s) && s[q] == ' ' && isUpper(s[q+1]) {
				q++
				continue
			}
			break
		}
		if words == 0 {
			return Finding{}, false
		}
		// the PIN: "-038854" or " 510349", six digits and nothing more
		if q+7 <= len(s) && (s[q] == '-' || s[q] == ' ') && digitsAt(s, q+1) == 6 && (q+7 == len(s) || !isAlnum(s[q+7])) && parts > 0 {
			return Finding{Type: StreetAddress, Start: indianHouseLabel(s, i), End: q + 7, Score: 0.85, Source: SourcePattern}, true
		}
		if q = indianPartGap(s, q); q < 0 {
			return Finding{}, false
		}
	}
	return Finding{}, false
}

// indianPartGap returns where the next part of an Indian address starts after the separator at
// s[k] (", ", ",\n" or a line break: the address on lines of its own) and a capital, or -1.
func indianPartGap(s string, k int) int {
	switch {
	case k+2 < len(s) && s[k] == ',' && (s[k+1] == ' ' || s[k+1] == '\n'):
		k += 2
	case k+1 < len(s) && s[k] == '\n':
		k++
	default:
		return -1
	}
	if k >= len(s) || !isUpper(s[k]) {
		return -1
	}
	return k
}

// indianHouseLabel returns where the label of a house number at s[i] starts ("H.No. 672",
// "Flat No. 4", "D.No. 12"), or i.
func indianHouseLabel(s string, i int) int {
	for _, l := range []string{"H.No. ", "H. No. ", "House No. ", "Flat No. ", "Plot No. ", "D.No. ", "Door No. ", "H.No.", "No. "} {
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
	if d == 0 || d > 5 || i+d+1 >= len(s) || s[i+d] != '-' || !isDigit(s[i+d+1]) || i < 8 {
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
	end := i + d + 1 + digitsAt(s, i+d+1)
	for _, q := range []string{" Sur", " Este", " Norte", " Oeste", " sur", " este", " norte", " oeste"} {
		if strings.HasPrefix(s[end:], q) && (end+len(q) == len(s) || !isAlnum(s[end+len(q)])) {
			end += len(q)
			break
		}
	}
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

// romanianLeaders open a street's name in Romania: street, road, alley, highway, boulevard,
// way, passage, embankment, square.
var romanianLeaders = []string{"Strada ", "Str. ", "Drumul ", "Aleea ", "Soseaua ", "Șoseaua ", "Şoseaua ", "Bulevardul ", "Bd. ", "B-dul ",
	"Calea ", "Intrarea ", "Splaiul ", "Piața ", "Piaţa ", "Piata "}

// romanianAddress reads, at a six-digit postcode s[i] after a comma and a town, a Romanian
// address written street first: the street's word and name, its number and the block, stair
// and flat (Nr. 57 Bl. 58 Sc. 94 Ap. 404), the town, and the postcode ("Strada Georgescu Nr.
// 50, Targu Secuiesc, 344519"), on one line or with the town and postcode on the next.
func romanianAddress(s string, i int) (Finding, bool) {
	end := i + 6
	if digitsAt(s, i) != 6 || end < len(s) && isAlnum(s[end]) || i < 12 || s[i-2:i] != ", " {
		return Finding{}, false
	}
	// the town, back to the comma or line break before it
	t := i - 2
	for t > 0 && s[t-1] != ',' && s[t-1] != '\n' && i-2-t < 40 {
		t--
	}
	if t == 0 || t == i-2 {
		return Finding{}, false
	}
	town := strings.TrimLeft(s[t:i-2], " ")
	if town == "" || !isUpper(town[0]) && town[0] < 0x80 {
		return Finding{}, false
	}
	// the street: a leader word within the line or two before the town
	w := max(0, t-100)
	line := s[w : t-1]
	best := -1
	for _, l := range romanianLeaders {
		if k := strings.LastIndex(line, l); k > best && (w+k == 0 || s[w+k-1] == ' ' || s[w+k-1] == '\n') && w+k+len(l) < len(s) && isUpper(s[w+k+len(l)]) {
			best = k
		}
	}
	if best < 0 || strings.ContainsAny(line[best:], ".!?") && !romanianUnitsOnly(line[best:]) {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: w + best, End: end, Score: 0.85, Source: SourcePattern}, true
}

// romanianUnitsOnly reports that the full stops of a street's text are its abbreviations'
// ("Str.", "Nr.", "Bl.", "Sc.", "Et.", "Ap.", "Bd."), so no sentence ends inside it.
func romanianUnitsOnly(street string) bool {
	for k := strings.IndexAny(street, ".!?"); k >= 0; {
		if street[k] != '.' || k < 2 || !strings.Contains(" Str Nr Bl Sc Et Ap Bd ", " "+street[max(0, strings.LastIndexAny(street[:k], " \n")+1):k]+" ") {
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
