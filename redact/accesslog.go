package redact

import "strings"

// A web server's access log, in the Common and Combined Log Formats that Apache, nginx and most
// proxies write, names the authenticated user in its third field: `81.2.69.142 - jdoe42
// [10/Oct/2024:13:55:36 -0700] "GET /… HTTP/1.1" 200 2326`. The host and the request's query are
// read as any text is; the user, a bare word between the ident and the bracketed time, no other
// reader takes. accessLogUsers reads it where a line opens with a host (an address or a dotted
// name), identd's "-" and the user before a bracketed timestamp of the formats' own shape
// (day/Mon/year:hh:mm:ss); not "-", nor a machine's account.

// accessLogUsers appends the users of the access log lines in s to dst.
func accessLogUsers(s string, dst []Finding) []Finding {
	for k := range Offsets(s, "[") { // a rare byte, where " [" would stop at every space
		b := k - 1 // the user ends here, before the space
		if b < 1 || s[b] != ' ' || !clfTime(s, k+1) {
			continue
		}
		a := b
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' {
			a--
		}
		if a == b || a == 0 || s[a-1] != ' ' || b-a > 64 || s[a:b] == "-" || !handleChars(s[a:b]) || machineUsers.has(s[a:b]) {
			continue
		}
		// the ident before the user ("-" as a rule) and the host opening the line
		i := a - 1
		for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
			i--
		}
		if s[i:a-1] != "-" || i == 0 || s[i-1] != ' ' {
			continue // identd's field, which servers leave as "-"
		}
		h := i - 1
		for h > 0 && s[h-1] != ' ' && s[h-1] != '\n' {
			h--
		}
		if h == i-1 || !lineStart(s, h) || !strings.ContainsAny(s[h:i-1], ".:") || strings.ContainsAny(s[h:i-1], "[]\"") { // an address or a host's name
			continue
		}
		dst = append(dst, Finding{Type: Username, Start: a, End: b, Score: homeUserScore, Source: SourcePattern})
	}
	return dst
}

// clfTime reports the Common Log Format's timestamp at s[i], after its '[': 10/Oct/2024:13:55:36.
func clfTime(s string, i int) bool {
	if i+20 > len(s) {
		return false
	}
	t := s[i : i+20]
	return isDigit(t[0]) && isDigit(t[1]) && t[2] == '/' && isUpper(t[3]) && isLower(t[4]) && isLower(t[5]) && t[6] == '/' &&
		isDigit(t[7]) && isDigit(t[8]) && isDigit(t[9]) && isDigit(t[10]) && t[11] == ':' && isDigit(t[12]) && t[14] == ':' && t[17] == ':' && isDigit(t[19])
}

// handleChars reports a word of a login's characters: a handle's (handleByte) and '@'.
func handleChars(w string) bool {
	for i := 0; i < len(w); i++ {
		if !handleByte(w[i]) && w[i] != '@' {
			return false
		}
	}
	return true
}

// chatLogSpeakers appends the speakers of a chat log's lines in s to dst: a line that opens with
// a bracketed time ("[14:03]", "[2026-03-11 14:02:11]") and then the speaker, an IRC nick in angle
// brackets ("<kateryna_b>") or a handle before a colon and a space ("dmitri.v: sure"), as IRC's,
// Slack's and Discord's exports and a bot's log write them (stop 48). A plain word before the
// colon ("[14:03] Note: …", "[14:03] Alice: hi") is left to the NER model, which reads names.
func chatLogSpeakers(s string, dst []Finding) []Finding {
	for k := range Offsets(s, "]") {
		if k+3 >= len(s) || s[k+1] != ' ' {
			continue
		}
		o := strings.LastIndexByte(s[max(0, k-24):k], '[')
		if o < 0 {
			continue
		}
		o += max(0, k-24)
		if !lineStart(s, o) || !clockIn(s[o+1:k]) {
			continue
		}
		i := k + 2
		if s[i] == '<' {
			e := strings.IndexByte(s[i+1:min(len(s), i+34)], '>')
			if e < 2 || !ircNick(s[i+1:i+1+e]) || machineUsers.has(s[i+1:i+1+e]) {
				continue
			}
			dst = append(dst, Finding{Type: Username, Start: i + 1, End: i + 1 + e, Score: homeUserScore, Source: SourcePattern})
			continue
		}
		e := i
		for e < len(s) && e-i <= 32 && handleByte(s[e]) {
			e++
		}
		if e-i < 3 || e+1 >= len(s) || s[e] != ':' || s[e+1] != ' ' || !handleLike(s[i:e]) || !isLetter(s[i]) || machineUsers.has(s[i:e]) || logChannel(s[i:e]) {
			continue
		}
		dst = append(dst, Finding{Type: Username, Start: i, End: e, Score: homeUserScore, Source: SourcePattern})
	}
	return dst
}

// logChannel reports a log's channel and level where a chat log's speaker would stand, as Laravel
// and Monolog write them: "[2024-10-10 12:00:02] local.ERROR: …", "production.INFO:" (stop 51).
func logChannel(h string) bool {
	k := strings.LastIndexByte(h, '.')
	return k > 0 && logLevels.has(h[k+1:]) && upperWord(h[k+1:])
}

var logLevels = foldSet("debug info notice warning warn error critical alert emergency fatal trace")

// discordAuthors appends the authors of a Discord copy's messages in s to dst (stop 49): a line of
// the author's handle, a dash and when they wrote ("moonpetal_ — Today at 4:13 PM", "kev.99 —
// 11/03/2024 4:12 PM"), the message on the lines after it. The handle holds a digit or a mark
// (handleLike) or is in lower case; a display name of capitalised words is left to the model.
func discordAuthors(s string, dst []Finding) []Finding {
	for ls, le := range Lines(s) {
		// the handle, at most 32 bytes, and the dash (normalisation makes it a hyphen)
		if k := strings.Index(s[ls:min(le, ls+36)], " - "); k >= 2 {
			if f, ok := discordAuthor(s, ls, ls+k, le); ok {
				dst = append(dst, f)
			}
		}
	}
	return dst
}

// discordAuthor reads an author's line of a Discord copy (discordAuthors) at s[ls:le], whose
// handle ends at k before the dash.
func discordAuthor(s string, ls, k, le int) (Finding, bool) {
	a := k + len(" - ")
	if !strings.HasPrefix(s[a:le], "Today at ") && !strings.HasPrefix(s[a:le], "Yesterday at ") && !(a+2 < le && isDigit(s[a]) && (s[a+1] == '/' || isDigit(s[a+1]) && s[a+2] == '/')) {
		return Finding{}, false
	}
	if le-a > 32 || !clockIn(s[a:le]) {
		return Finding{}, false
	}
	for i := ls; i < k; i++ {
		if !handleByte(s[i]) {
			return Finding{}, false
		}
	}
	if !isLetter(s[ls]) || !(handleLike(s[ls:k]) || strings.ToLower(s[ls:k]) == s[ls:k]) || machineUsers.has(s[ls:k]) {
		return Finding{}, false
	}
	return Finding{Type: Username, Start: ls, End: k, Score: homeUserScore, Source: SourcePattern}, true
}

// clockIn reports a time of day, hours and minutes, inside a bracket's text t.
func clockIn(t string) bool {
	for c := 1; c+2 < len(t); c++ {
		if t[c] == ':' && isDigit(t[c-1]) && isDigit(t[c+1]) && isDigit(t[c+2]) {
			return true
		}
	}
	return false
}

// ircNick reports an IRC nick: two to thirty-two of its letters, digits and marks, no digit or
// dash first, no blank.
func ircNick(w string) bool {
	if len(w) < 2 || len(w) > 32 || isDigit(w[0]) || w[0] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || !isAlnum(c) && strings.IndexByte("_-[]\\`^{}|.", c) < 0 {
			return false
		}
	}
	return true
}
