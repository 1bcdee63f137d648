package redact

import (
	"cmp"
	"slices"
	"strings"
)

// The Philippines write an address in parts between commas, and most name the barangay, the
// smallest unit of government, after its word: the house or the block and lot, the street or
// the subdivision, the barangay, the city or the municipality, the province and the postcode,
// which PhilPost puts before the province and many writers after the town:
//
//	12 Mabini St, Brgy. San Antonio, Makati City 1203
//	Blk 5 Lot 12, Phase 2, Brgy. Molino III, Bacoor, Cavite 4102
//	Lot 3 Blk 7 Camella Homes, Brgy. Talon Dos, Las Pinas City
//
// The street readers found the first street alone, or nothing: the barangay and the town went
// upstream (stop 53). barangayAddresses reads such an address from its barangay's word.

// barangayWords name a barangay before its name.
var barangayWords = map[string]bool{"Brgy": true, "Bgy": true, "Barangay": true, "BRGY": true, "BGY": true, "BARANGAY": true}

// phLotWords open a part of a Philippine address before the street or in its place: a block
// and a lot, a purok or a sitio (a barangay's zones), a phase of a subdivision, a unit.
var phLotWords = wordSet("Blk Block Lot Purok Sitio Phase Ph Unit Bldg Zone Door BLK BLOCK LOT PUROK SITIO PHASE UNIT ZONE")

// phAbbreviations are the abbreviations with their period that a Philippine address's parts
// hold ("Rizal Ave.", "Sto. Niño", "Gen. Luna St.", "Camella Homes Subd.").
var phAbbreviations = wordSet("St. Ave. Rd. Blvd. Dr. Ext. Sto. Sta. Gen. Subd. Vill. Brgy. Bgy. Hwy. Cor. Mt. Pres. No.")

// barangayAddresses appends the addresses around each barangay's word in s: the word, its
// period and the name after it (capitalised words, numbers, "76-A", a Roman numeral, the
// particles of a name); after it, up to three parts between commas that a town's words fill,
// the address ending at the last that ends in "City", is a province, has the postcode after it
// or ends its line or sentence, and at a postcode of four digits; before it, up to four parts
// of an address's tokens (phAbbreviations among them), the address opening at the farthest that
// opens with a number or a lot's word (phLotWords) or ends in a street's suffix. The barangay
// alone, a unit smaller than a state, is an address too, scored lower.
func barangayAddresses(s string, dst []Finding) []Finding {
	var adds []Finding
	gy := newGyIndex()
	for at := 0; at < len(s); {
		p := gy.next(s, at)
		if p < 0 {
			break
		}
		at = p + 2
		b := p
		for b > 0 && isLetter(s[b-1]) {
			b--
		}
		w, e := word(s, b)
		if !barangayWords[w] || b > 0 && (isAlnum(s[b-1]) || s[b-1] >= 0x80) {
			continue
		}
		k := e
		if k < len(s) && s[k] == '.' {
			k++
		}
		nameEnd := phPartTokens(s, k)
		if nameEnd <= k {
			continue
		}
		end, scoreUp := nameEnd, false
		if e := phTowns(s, nameEnd, 3, true); e > nameEnd {
			end, scoreUp = e, true
		}
		start := b
		for c, n := b, 0; n < 4 && c >= 2 && s[c-2] == ',' && s[c-1] == ' '; n++ {
			ps, whole := phPartBack(s, c-2)
			if ps < 0 {
				break
			}
			first, fe := word(s, ps)
			lastWord := s[strings.LastIndexByte(s[:c-2], ' ')+1 : c-2]
			if isDigit(s[ps]) || phLotWords[first] && fe > ps || streetSuffix(strings.TrimSuffix(lastWord, ".")) {
				start, scoreUp = ps, true
			}
			if !whole {
				break // words before the part: "Ship to Lot 3 Blk 7 Camella Homes"
			}
			c = ps
		}
		score := 0.7
		if scoreUp {
			score = 0.85
		}
		adds = append(adds, Finding{Type: StreetAddress, Start: start, End: end, Score: score, Source: SourcePattern})
		at = end
	}
	return replaceInside(dst, adds)
}

// replaceInside appends adds (in start order, apart) to dst, and drops the streets and
// postcodes of dst that one of them holds ("12 Mabini St", which a context word would raise
// over the whole address): one pass over dst, a search of adds for each street.
func replaceInside(dst, adds []Finding) []Finding {
	if len(adds) == 0 {
		return dst
	}
	out := dst[:0]
	for _, f := range dst {
		if f.Type == StreetAddress || f.Type == ZIPCode {
			k, _ := slices.BinarySearchFunc(adds, f.Start, func(a Finding, start int) int { return cmp.Compare(a.End, start+1) })
			if k < len(adds) && adds[k].Start <= f.Start && f.End <= adds[k].End {
				continue
			}
		}
		out = append(out, f)
	}
	return append(out, adds...)
}

// phTowns reads the parts between commas after an address's part that ends at s[pos]: up to
// most, town's words (or, where towns is unset, any part's tokens: "Phase 2", "Villa Verde
// Subd.", "Brgy. Molino III"), and returns where the last that ends the address ends, or pos:
// one that ends in "City", is a province or "NCR", or has a postcode of four digits after it,
// or a postcode ("…, 1203", PhilPost's "…, 4102 Cavite"); where towns is set, one that ends its
// line or sentence too.
func phTowns(s string, pos, most int, towns bool) int {
	end := pos
	for n := 0; n < most && commaAfter(s, pos); n++ {
		if z := fourDigitPostcode(s, pos+2); z > 0 {
			if z+1 < len(s) && s[z] == ' ' {
				if r := namedRegionAt(s, z+1, phProvinces); r > 0 {
					return r
				}
			}
			return z
		}
		var pe int
		if towns {
			pe = townWords(s, pos+2, 4)
		} else if pe = phPartTokens(s, pos+1); pe == pos+1 {
			pe = 0
		}
		if pe == 0 {
			break
		}
		part := s[pos+2 : pe]
		if k := strings.LastIndexByte(part, ' '); !towns && k > 0 && fourDigitPostcode(part, k+1) > 0 {
			pe, part = pos+2+k, part[:k] // phPartTokens took the postcode in: "Cavite 4102"
		}
		if pe+1 < len(s) && s[pe] == ' ' {
			if z := fourDigitPostcode(s, pe+1); z > 0 {
				return z // "Makati City 1203", "Cavite 4102"
			}
		}
		if strings.HasSuffix(part, " City") || phProvinces[part] || part == "NCR" || towns && phPartEnds(s, pe) {
			end = pe
		}
		pos = pe
	}
	return end
}

// phLots appends the addresses that open with a block and a lot in s, as a Philippine
// subdivision numbers its houses ("Blk 5 Lot 12", "Lot 7 Block 3", "B5 L12"), with the rest of
// their part ("Mahogany St.") and the parts after it up to the town (phTowns), where one ends
// the address there; a barangay's address (barangayAddresses) reads them back from its word.
func phLots(s string, dst []Finding) []Finding {
	var adds []Finding
	for at := 0; at < len(s); {
		p := strings.IndexByte(s[at:], 'L')
		if p < 0 {
			break
		}
		p += at
		at = p + 1
		if p > 0 && (isAlnum(s[p-1]) || s[p-1] >= 0x80) {
			continue
		}
		w, e := word(s, p)
		ne := e
		switch {
		case w == "Lot" || w == "LOT":
			if e+1 < len(s) && s[e] == ' ' {
				ne = e + 1 + digitsAt(s, e+1)
			}
		case w == "L":
			ne = e + digitsAt(s, e)
		}
		if ne == e || ne-e > 5 || ne < len(s) && isAlnum(s[ne]) {
			continue
		}
		start, end := p, ne
		if b := phBlockBefore(s, p); b >= 0 {
			start = b
		} else if a := phBlockAfter(s, ne); a > ne {
			end = a
		} else {
			continue
		}
		if strings.Contains(s[end:min(len(s), end+120)], "Brgy") || strings.Contains(s[end:min(len(s), end+120)], "Barangay") {
			continue // the barangay's reader reads it back from there
		}
		partEnd := phPartTokens(s, end)
		if e := phTowns(s, partEnd, 5, false); e > partEnd {
			end = e
		} else {
			continue
		}
		adds = append(adds, Finding{Type: StreetAddress, Start: start, End: end, Score: 0.85, Source: SourcePattern})
		at = end
	}
	return replaceInside(dst, adds)
}

// phBlockBefore reads back from a lot at s[p] over its block, "Blk 5 ", "Block 5, ", "B5 ",
// and returns where it starts, or -1.
func phBlockBefore(s string, p int) int {
	k := p
	if k >= 2 && s[k-2] == ',' && s[k-1] == ' ' {
		k -= 2
	} else if k >= 1 && s[k-1] == ' ' {
		k--
	} else {
		return -1
	}
	d := k
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if d == k || k-d > 4 {
		return -1
	}
	if d >= 1 && s[d-1] == 'B' && (d == 1 || !isAlnum(s[d-2])) {
		return d - 1 // "B5 L12"
	}
	if d < 2 || s[d-1] != ' ' {
		return -1
	}
	b := d - 1
	for b > 0 && isLetter(s[b-1]) {
		b--
	}
	switch s[b : d-1] {
	case "Blk", "BLK", "Block", "BLOCK", "Blk.":
		if b == 0 || !isAlnum(s[b-1]) {
			return b
		}
	}
	return -1
}

// phBlockAfter reads a block after a lot that ends at s[e], " Blk 5", ", Block 5", " B5", and
// returns where it ends, or e.
func phBlockAfter(s string, e int) int {
	k := e
	if commaAfter(s, k) {
		k++
	}
	if k+2 >= len(s) || s[k] != ' ' {
		return e
	}
	w, we := word(s, k+1)
	n := we
	switch w {
	case "Blk", "BLK", "Block", "BLOCK":
		if we+1 < len(s) && s[we] == ' ' {
			n = we + 1 + digitsAt(s, we+1)
		}
	case "B":
		n = we + digitsAt(s, we)
	}
	if n == we || n-we > 5 || n < len(s) && isAlnum(s[n]) {
		return e
	}
	return n
}

// gyIndex finds each "gy" or "GY" of a text in turn, remembering where the next of each is, so
// that a text of many "gy" and no "GY" ("Biology" on every line) is read once for each (stop 56:
// both were looked for again from each match, the second to the text's end each time, and 4 MB
// of affiliations took 10 s where 1 MB took 0.7).
type gyIndex struct {
	lower, upper int // where the next of each is, -1 when there is none, or -2 before the first search
}

// newGyIndex returns a gyIndex that has searched for neither yet.
func newGyIndex() gyIndex { return gyIndex{lower: -2, upper: -2} }

// next returns the first "gy" or "GY" in s from at, or -1; at does not decrease between calls.
func (g *gyIndex) next(s string, at int) int {
	find := func(pos *int, sub string) {
		if *pos == -1 || *pos >= at {
			return
		}
		if k := strings.Index(s[at:], sub); k >= 0 {
			*pos = at + k
		} else {
			*pos = -1
		}
	}
	find(&g.lower, "gy")
	find(&g.upper, "GY")
	switch {
	case g.lower < 0 && g.upper < 0:
		return -1
	case g.lower < 0 || g.upper >= 0 && g.upper < g.lower:
		return g.upper
	}
	return g.lower
}

// phPartTokens reads, after the space at s[k], up to five tokens of an address's part, each a
// single space apart: capitalised words, numbers and codes, the particles of a name. It returns
// where the last ends, or k.
func phPartTokens(s string, k int) int {
	end := k
	for n := 0; n < 5 && end+1 < len(s) && s[end] == ' '; n++ {
		e := end + 1
		for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '\n' && s[e] != '\r' && s[e] != '\t' && s[e] != ';' {
			e++
		}
		t := s[end+1 : e]
		if strings.HasSuffix(t, ".") && !phAbbreviations[t] {
			t = t[:len(t)-1] // the sentence's period
			e--
		}
		if t == "" || !addressToken(t) && !phAbbreviations[t] || monthNumber(t) > 0 {
			break
		}
		end = e
	}
	return end
}

// phPartBack reads back from the comma at s[c] over one part of an address (phPartTokens'
// tokens); it returns where it starts, or -1 when no token is there, and whether a comma or its
// line's start opens it (not other words).
func phPartBack(s string, c int) (int, bool) {
	k, start := c, -1
	for k > 0 {
		b := k
		for b > 0 && s[b-1] != ' ' && s[b-1] != ',' && s[b-1] != '\n' && s[b-1] != '\t' {
			b--
		}
		if t := s[b:k]; b == k || !addressToken(t) && !phAbbreviations[t] {
			return start, false
		}
		start = b
		if b == 0 || s[b-1] != ' ' || b >= 2 && s[b-2] == ',' {
			return b, true
		}
		k = b - 1
	}
	return start, false
}

// fourDigitPostcode reads a postcode of four digits at s[i] with nothing alphanumeric, no hyphen
// and no slash after it, no year (the Philippines', South Africa's, New Zealand's); it returns
// where it ends, or 0.
func fourDigitPostcode(s string, i int) int {
	if digitsAt(s, i) != 4 || i+4 < len(s) && (isAlnum(s[i+4]) || s[i+4] == '-' || s[i+4] == '/') || yearLike(s[i:i+4]) {
		return 0
	}
	return i + 4
}

// phPartEnds reports an address's part ending at s[e] with its line, its text or its sentence.
func phPartEnds(s string, e int) bool {
	return e == len(s) || s[e] == '\n' || s[e] == '\r' || s[e] == ';' || s[e] == '.' && (e+1 == len(s) || s[e+1] == ' ' || s[e+1] == '\n')
}
