package redact

import "strings"

// vCard (RFC 6350) and iCalendar (RFC 5545) hold a person in properties, one to a line, as a
// developer pastes a contact or an invitation that will not sync: "ADR;TYPE=home:;;123 Main
// St;Springfield;IL;62704;USA", "N:Okafor;Maria;;;", "DTSTART:20240314T100000Z",
// "ATTENDEE;CN=Maria Okafor:mailto:…". A structured address's town and postcode stand between
// semicolons, where no address reader looks, and an event's dates are written as digits run
// together, which no date reader takes. vcardProperties reads, by position, the parts that
// identify someone: an address's post box, unit, street, town and postcode (not its region or
// country, as HIPAA allows the state), a structured name's parts, the formatted name and
// nickname, birthdays and anniversaries, and an event's start, end and due dates and its
// people's common names (CN=). What else a property holds (a note, a summary, a location, an
// email or a phone) the other readers read as they read any text.

// vcardScore is the score of a property's value: its name says what it is.
const vcardScore = 0.9

// vcardProperties appends the findings of the vCard and iCalendar properties in s to dst. It
// reads only a text that holds a card or a calendar ("BEGIN:VCARD", "BEGIN:VCALENDAR",
// "BEGIN:VEVENT", …), and there the lines that open with a property's name.
func vcardProperties(s string, dst []Finding) []Finding {
	if !containsBy(s, "BEGIN:V", 6) { // by its V, rare in prose
		return dst
	}
	for p, e := range Lines(s) {
		b := p
		for b < e && (s[b] == ' ' || s[b] == '\t') {
			b++ // indented, as a pasted card or a log may be
		}
		dst = vcardLine(s, b, strings.TrimRight(s[b:e], "\r"), dst)
	}
	return dst
}

// vcardLine reads one property line, line = s[p:p+len(line)]: its name, its parameters up to the
// first ':' outside a quoted parameter value, and its value.
func vcardLine(s string, p int, line string, dst []Finding) []Finding {
	name := line
	if k := strings.IndexAny(line, ";:"); k > 0 {
		name = line[:k]
	} else {
		return dst
	}
	if g := strings.IndexByte(name, '.'); g >= 0 {
		name = name[g+1:] // a property group: "item1.ADR"
	}
	colon, quoted := -1, false
	for k := len(name); k < len(line); k++ {
		if line[k] == '"' {
			quoted = !quoted
		} else if line[k] == ':' && !quoted {
			colon = k
			break
		}
	}
	if colon < 0 {
		return dst
	}
	v := p + colon + 1
	add := func(typ string, a, b int) {
		a, b = trimBlanks(s, a, b)
		if b > a && hasAlnum(s[a:b]) {
			dst = append(dst, Finding{Type: typ, Start: a, End: b, Score: vcardScore, Source: SourcePattern})
		}
	}
	switch strings.ToUpper(name) {
	case "ADR":
		// post box; extended address; street; locality; region; postal code; country
		for i, c := range vcardComponents(s, v, p+len(line)) {
			switch i {
			case 0, 1, 2:
				add(StreetAddress, c[0], c[1])
			case 3:
				add(Location, c[0], c[1])
			case 5:
				add(ZIPCode, c[0], c[1])
			}
		}
	case "N":
		// family; given; additional; prefixes; suffixes
		for i, c := range vcardComponents(s, v, p+len(line)) {
			if i < 3 {
				add(Person, c[0], c[1])
			}
		}
	case "FN", "NICKNAME":
		add(Person, v, p+len(line))
	case "BDAY":
		add(DateOfBirth, v, p+len(line))
	case "ANNIVERSARY", "DEATHDATE":
		add(DateTime, v, p+len(line))
	case "DTSTART", "DTEND", "DUE", "RECURRENCE-ID":
		if vcardDate(line[colon+1:]) {
			add(DateTime, v, p+len(line))
		}
	case "ATTENDEE", "ORGANIZER":
		// the common name parameter: CN=Maria Okafor or CN="Okafor, Maria"
		for k := 0; k+3 < colon; k++ {
			if line[k] == ';' && strings.EqualFold(line[k+1:k+4], "CN=") {
				a := k + 4
				b := a
				if a < colon && line[a] == '"' {
					a++
					b = a + max(strings.IndexByte(line[a:colon], '"'), 0)
				} else if b = a + strings.IndexByte(line[a:colon], ';'); b < a {
					b = colon
				}
				add(Person, p+a, p+b)
				break
			}
		}
	}
	return dst
}

// vcardComponents splits a structured value s[a:b] at its semicolons (not at an escaped "\;"),
// each component's bounds.
func vcardComponents(s string, a, b int) [][2]int {
	var out [][2]int
	start := a
	for k := a; k < b; k++ {
		switch s[k] {
		case '\\':
			k++
		case ';':
			out = append(out, [2]int{start, k})
			start = k + 1
		}
	}
	return append(out, [2]int{start, b})
}

// vcardDate reports an iCalendar date or date-time: 20240314, 20240314T100000, …Z.
func vcardDate(v string) bool {
	v = strings.TrimSuffix(v, "Z")
	if len(v) != 8 && len(v) != 15 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i == 8 {
			if v[i] != 'T' {
				return false
			}
		} else if !isDigit(v[i]) {
			return false
		}
	}
	m := atoi(v[4:6])
	return m >= 1 && m <= 12
}
