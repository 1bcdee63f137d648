package redact

import "strings"

// houseNameAddresses makes one STREET_ADDRESS finding of a British address that names its house
// and has no house number, ending in a postcode on its line (stop 49): "Rose Cottage, Church Lane,
// Little Snoring, Norfolk NR21 0AA", "The Old Rectory, Mill Road, Great Shelford, Cambridge CB22
// 5AA", "Church Lane, Little Snoring, NR21 0AA". No street reader keys on such an address, and
// the model had read its parts as persons and organisations and left some ("Church", "Great") in
// the clear.
//
// Read back from the postcode over parts between commas, each one to five capitalised words
// (particles such as "upon" or "next" between): the town before the postcode, at least one
// locality, a street whose last word is a street's suffix, and before it a house's name or not (a
// word of houseWords, or a name that opens with "The"). The address opens at a line's start, after
// a colon, a bracket or a word in lower case ("… to Rose Cottage, …"). Findings inside it give way
// where each is a part of an address or a place, organisation or person the model found; any
// other (a phone, a date) keeps it from being read. fs is ordered by start and free of overlaps;
// so is the result.
func houseNameAddresses(text string, fs []Finding) []Finding {
	var joins []join
	for i := 0; i < len(fs); i++ {
		z := fs[i]
		if z.Type != ZIPCode || !isUpper(text[z.Start]) {
			continue
		}
		start := houseNameStart(text, z.Start)
		if start < 0 {
			continue
		}
		first, score, ok := i, z.Score, true
		for first > 0 && fs[first-1].End > start {
			first--
			g := fs[first]
			ok = ok && (addressPart(g.Type) || g.Source == SourceModel && (g.Type == Person || g.Type == Organization))
			score = max(score, g.Score)
		}
		if !ok || first > 0 && fs[first-1].End > start || len(joins) > 0 && first < joins[len(joins)-1].last {
			continue
		}
		joins = append(joins, join{first, i + 1, Finding{Type: StreetAddress, Start: start, End: z.End, Score: max(score, 0.6), Source: SourcePattern}})
	}
	return joinAll(fs, joins)
}

// houseNameStart returns where a house-named address that ends before the postcode at text[zs]
// begins (houseNameAddresses), or -1.
func houseNameStart(text string, zs int) int {
	ls, _ := LineStartWithin(text, zs, 240)
	e := zs
	for e > ls && (text[e-1] == ' ' || text[e-1] == ',') {
		e--
	}
	type part struct{ start, end int }
	var parts [7]part // right to left
	n := 0
	for n < len(parts) {
		c := strings.LastIndex(text[ls:e], ", ")
		ps := ls
		if c >= 0 {
			ps = ls + c + 2
		}
		if c < 0 || !houseNamePart(text[ps:e]) {
			// the leftmost part: the capitalised words that end the text before it
			ps = e
			for words, at := 0, e; words < 5; words++ {
				w, b := wordEndingAt(text, at, ls)
				if w == "" || !isCapital(w) && !houseParticles.has(w) {
					break
				}
				ps = b
				if b-1 <= ls || text[b-1] != ' ' {
					break
				}
				at = b - 1
			}
			for ps < e && !isUpper(text[ps]) { // from its first capital
				_, we := word(text, ps)
				ps = min(e, we+1)
			}
			if ps < e && houseNamePart(text[ps:e]) {
				parts[n] = part{ps, e}
				n++
			}
			break
		}
		parts[n] = part{ps, e}
		n++
		e = ps - 2
	}
	// parts[n-1] is the leftmost: a house's name, then the street, or the street
	street := -1
	for k := n - 1; k >= max(0, n-2); k-- {
		if w := lastWord(text[parts[k].start:parts[k].end]); streetSuffix(w) && strings.IndexByte(text[parts[k].start:parts[k].end], ' ') > 0 {
			street = k
			break
		}
	}
	if street < 1 { // a locality at least after the street
		return -1
	}
	start := parts[street].start
	if street == n-2 {
		h := parts[n-1].start
		if name := text[h:parts[n-1].end]; houseWords.has(lastWord(name)) || strings.HasPrefix(name, "The ") {
			start = h
		} else if h > ls+1 && text[h-1] == ' ' && (text[h-2] == ':' || isLower(text[h-2])) && houseNameOpens(text, h, ls) {
			start = h // any name after a word in lower case or a label: "at Hillside, Back Lane, …"
		}
	}
	if !houseNameOpens(text, start, ls) && !(start == parts[street].start && start > ls+1 && text[start-2] == ',') {
		return -1 // (the street after a comma opens it too: "Thanks John, Church Lane, Leeds LS1 1AA")
	}
	return start
}

// houseNamePart reports a part of a house-named address: one to five words, the first
// capitalised, each capitalised or a particle, no digit.
func houseNamePart(p string) bool {
	if p == "" || !isUpper(p[0]) {
		return false
	}
	words := 0
	for w := range strings.SplitSeq(p, " ") {
		words++
		if words > 5 || w == "" || strings.ContainsAny(w, "0123456789:;()") || !isCapital(w) && !houseParticles.has(w) {
			return false
		}
	}
	return true
}

// houseNameOpens reports the start of a house-named address at text[start]: a line's start, or a
// colon, a bracket or a word in lower case before it and a blank.
func houseNameOpens(text string, start, ls int) bool {
	if start == ls {
		return true
	}
	if text[start-1] != ' ' || start < 2 {
		return false
	}
	switch c := text[start-2]; {
	case c == ':' || c == '(':
		return true
	case isLower(c):
		w, _ := wordEndingAt(text, start-1, ls)
		return w != "" && !isCapital(w)
	}
	return false
}

// wordEndingAt returns the word of letters (hyphens, apostrophes and periods inside) that ends at
// text[at], and where it starts; not before ls.
func wordEndingAt(text string, at, ls int) (string, int) {
	b := at
	for b > ls && (isLetter(text[b-1]) || text[b-1] >= 0x80 || text[b-1] == '-' || text[b-1] == '\'' || text[b-1] == '.') {
		b--
	}
	return text[b:at], b
}

// lastWord returns the last word of p.
func lastWord(p string) string {
	return p[strings.LastIndexByte(p, ' ')+1:]
}

// houseWords end a British house's name: "Rose Cottage", "Glebe Farm", "The Old Rectory".
var houseWords = foldSet("cottage cottages house farm farmhouse lodge rectory vicarage manor barn hall mill grange villa bungalow " +
	"croft chapel schoolhouse coachhouse stables oast mews")

// houseParticles join the capitalised words of a British place's or house's name.
var houseParticles = foldSet("upon on next the by in under cum le de of with")
