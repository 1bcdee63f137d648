package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Names in threads: the speakers, senders and authors that meeting transcripts, exported chats,
// minutes and version control put at the head of their lines.

// namesOverTimestamps makes a person of a meeting transcript's speaker line, as Teams and Zoom
// export them: the name alone, two spaces or more or a tab, and the time into the meeting
// ("Theodoro Abreu   0:03", "Rayan Pieters van der Maes\t1:02:17"), the words written as names
// are (headerName, a particle's run allowed) where the model found nothing sure.
func namesOverTimestamps(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ":") || !strings.Contains(text, "  ") && strings.IndexByte(text, '\t') < 0 {
		return fs
	}
	var claims []redact.Finding
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := strings.TrimRight(text[ls:le], " \r")
		if gap := strings.LastIndexAny(line, " \t"); gap > 0 && elapsedTime(line[gap+1:]) && wideGapBefore(line, gap) {
			end := strings.TrimRight(line[:gap+1], " \t")
			if a, b := trimBlanks(text, ls, ls+len(end)); b > a && speakerName(text[a:b]) && !sureInside(fs, a, b) {
				claims = append(claims, claim(a, b, fieldScore))
			}
		} else if name, ok := clockAfterName(line); ok {
			// Slack's copy, "Fedele  6:12 AM", and Discord's, "Dipta Misra — Today at 3:20 PM"
			if a, b := trimBlanks(text, ls, ls+len(name)); b > a && senderName(text[a:b]) && !sureInside(fs, a, b) {
				claims = append(claims, claim(a, b, fieldScore))
			}
		}
		ls = le + 1
	}
	return claimPersons(fs, claims)
}

// namesOpeningActionItems makes a person of the one a list's action item is given to, as minutes
// write it: a bullet, the name, and "to" before a verb in lower case ("- Indali to send the revised
// budget", "* Mirella da Paz to book the room"): two to four words written as names are
// (headerName), or one that is a given name of the lists or no word any list knows, over what
// the model doubted there ("Carlota", a place at 0.75).
func namesOpeningActionItems(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " to ") {
		return fs
	}
	var claims []redact.Finding
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := text[ls:le]
		ls = le + 1
		b := len(line) - len(strings.TrimLeft(line, " \t"))
		bullet := ""
		for _, m := range [...]string{"- ", "* ", "• ", "– ", "Action: ", "ACTION: ", "Action item: ", "Action - "} { // and minutes' label (stop 60: "Action: Jodi to send the deck")
			if strings.HasPrefix(line[b:], m) {
				bullet = m
			}
		}
		if bullet == "" {
			continue
		}
		// " to " after the bullet: the bullet's blank may open one ("* to do", a C comment's)
		start := le - len(line) + b + len(bullet)
		k := strings.Index(text[start:le], " to ")
		if k <= 0 {
			continue
		}
		end := start + k
		if verb, _ := wordAt(text, end+4); verb == "" || !lowerStart(verb) {
			continue
		}
		v := text[start:end]
		one := strings.IndexByte(v, ' ') < 0 && nameLike(v) && (listedGiven()[v] || givenSet()[v] || fakerEnglishGiven()[v] || onlyAName(v)) &&
			!englishWord(v) && !dictionaryWord(v)
		if (one || headerName(v)) && !sureInside(fs, start, end) {
			claims = append(claims, claim(start, end, fieldScore))
		}
	}
	return claimPersons(fs, claims)
}

// clockAfterName returns the name a chat app's copy puts before the time of day on a message's
// header line, alone on it: two spaces or a tab and "6:12 AM" (Slack), or " — Today at 3:20 PM",
// " — Yesterday at …" (Discord).
func clockAfterName(line string) (string, bool) {
	if k := strings.Index(line, " — "); k > 0 {
		rest := line[k+len(" — "):]
		for _, day := range [...]string{"Today at ", "Yesterday at "} {
			if strings.HasPrefix(rest, day) && clockTime(rest[len(day):]) {
				return line[:k], true
			}
		}
		return "", false
	}
	sp := strings.LastIndex(line, " ")
	if sp < 0 || !strings.HasSuffix(line, " AM") && !strings.HasSuffix(line, " PM") {
		return "", false
	}
	gap := strings.LastIndexAny(line[:sp], " \t")
	if gap <= 0 || !wideGapBefore(line, gap) || !clockTime(line[gap+1:]) {
		return "", false
	}
	return strings.TrimRight(line[:gap+1], " \t"), true
}

// clockTime reports a time of day on a 12-hour clock: "6:12 AM", "11:16 PM".
func clockTime(s string) bool {
	t, ampm, ok := strings.Cut(s, " ")
	return ok && (ampm == "AM" || ampm == "PM") && elapsedTime(t) && strings.Count(t, ":") == 1
}

// wideGapBefore reports two blanks or a tab right before line[gap] (the last blank of the gap).
func wideGapBefore(line string, gap int) bool {
	return line[gap] == '\t' || gap > 0 && (line[gap-1] == ' ' || line[gap-1] == '\t')
}

// elapsedTime reports a time into a meeting: minutes and seconds, or hours, minutes and seconds
// (0:03, 12:47, 1:02:17).
func elapsedTime(s string) bool {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 || len(parts[0]) == 0 || len(parts[0]) > 2 {
		return false
	}
	for k, p := range parts {
		if k > 0 && len(p) != 2 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// speakerName reports a speaker's name: headerName's two to four words, or five with particles
// among them ("Rayan Pieters van der Maes").
func speakerName(v string) bool {
	if headerName(v) {
		return true
	}
	ws := strings.Fields(v)
	if len(ws) != 5 {
		return false
	}
	var kept []string
	for k, w := range ws {
		if k == 0 || k == len(ws)-1 || !nameParticles[strings.ToLower(w)] {
			kept = append(kept, w)
		}
	}
	return len(kept) < 5 && headerName(strings.Join(kept, " "))
}

// authorHeadings head a list of people, one to a line: a package's or a paper's authors.
var authorHeadings = wordSet("authors author contributors maintainers maintainer credits developers team reviewers")

// namesUnderAuthorHeadings makes a person of each line under a heading of people ("Authors:",
// "Contributors:", "Maintainers:"), indented or as a list's items, up to the first line that is
// none: two to four words written as names are (headerName), where the model found nothing sure.
func namesUnderAuthorHeadings(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ":\n") {
		return fs
	}
	var claims []redact.Finding
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		head := strings.TrimSpace(text[ls:le])
		ls = le + 1
		if !strings.HasSuffix(head, ":") || !foldIn(authorHeadings, strings.TrimSuffix(head, ":")) {
			continue
		}
		for ls < len(text) {
			e := lineEnd(text, ls)
			line := text[ls:e]
			item := strings.TrimLeft(line, " \t-*•")
			if item == line || strings.TrimSpace(item) == "" {
				break // a list's lines are indented or marked
			}
			a, b := trimBlanks(text, e-len(item), e)
			if b <= a || !headerName(text[a:b]) {
				break
			}
			if !sureInside(fs, a, b) {
				claims = append(claims, claim(a, b, fieldScore))
			}
			ls = e + 1
		}
	}
	return claimPersons(fs, claims)
}

// namesInBlame makes a person of the author a blame line gives after its commit: a hash of seven
// hexadecimal digits or more, a bracket, the name and a date ("c1ffee24 (Bhanumati Divan
// 2025-08-02 142) …", as `git blame` prints it).
func namesInBlame(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " (") {
		return fs
	}
	var claims []redact.Finding
	for k := range occurrences(text, " (") {
		h := k
		for h > 0 && isHexByte(text[h-1]) {
			h--
		}
		if k-h < 7 || h > 0 && text[h-1] != '\n' && text[h-1] != '^' {
			continue
		}
		start := k + 2
		d := start
		for d < len(text) && d-start < 60 && !(isDigitByte(text[d]) && d > start && text[d-1] == ' ') && text[d] != '\n' && text[d] != ')' {
			d++
		}
		if d >= len(text) || !isDigitByte(text[d]) || d+10 > len(text) || text[d+4] != '-' || text[d+7] != '-' {
			continue // the name runs up to the date: 2025-08-02
		}
		a, b := trimBlanks(text, start, d)
		if b > a && (headerName(text[a:b]) || nameWordsOnly(text[a:b]) && strings.Count(text[a:b], " ") >= 1) && !sureInside(fs, a, b) {
			claims = append(claims, claim(a, b, fieldScore))
		}
	}
	return claimPersons(fs, claims)
}

// isHexByte reports a hexadecimal digit in lower case, as hashes are written.
func isHexByte(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' }

// chatExportPrefix returns where the sender's name begins on a line of an exported chat, after the
// date and time the app prints: WhatsApp's "12/03/2025, 14:32 - " (Android) and "[12/03/2025,
// 14:32:11] " (iOS), with a 12-hour time too ("3/12/25, 2:32 PM - "); -1 when the line has none.
func chatExportPrefix(line string) int {
	i := 0
	bracket := strings.HasPrefix(line, "[")
	if bracket {
		i++
	}
	// the date: digits and slashes, dots or hyphens
	d := i
	for d < len(line) && (isDigitByte(line[d]) || line[d] == '/' || line[d] == '.' || line[d] == '-') && d-i < 10 {
		d++
	}
	if d-i < 6 || d+2 >= len(line) || line[d] != ',' && line[d] != ' ' {
		return -1
	}
	if line[d] == ',' {
		d++
	}
	for d < len(line) && line[d] == ' ' {
		d++
	}
	// the time: H:MM, HH:MM:SS, an AM or PM after it
	t := d
	for t < len(line) && (isDigitByte(line[t]) || line[t] == ':') && t-d < 8 {
		t++
	}
	if t-d < 4 || strings.Count(line[d:t], ":") == 0 {
		return -1
	}
	rest := line[t:]
	for _, m := range [...]string{" AM", " PM", " am", " pm", "\u202fAM", "\u202fPM"} {
		if strings.HasPrefix(rest, m) {
			rest = rest[len(m):]
			break
		}
	}
	switch {
	case bracket && strings.HasPrefix(rest, "] "):
		rest = rest[2:]
	case !bracket && strings.HasPrefix(rest, " - "):
		rest = rest[3:]
	default:
		return -1
	}
	return len(line) - len(rest)
}

// chatSystemVerbs follow a name on an exported chat's system line: "Miguel Macedo created group",
// "Ana Lima added Bo Chen", "Bo Chen left".
var chatSystemVerbs = []string{" created group", " added ", " left", " joined", " removed ", " changed ", " was added", " joined using"}

// namesInChatExports makes a person of the sender of each line of an exported chat (after the
// date and time the app prints, before the message's colon: "12/03/2025, 14:32 - Mariane Farias:
// are you …", "[30/03/2026, 22:10:51] Unnati Shan: saved") and of the names on its system lines
// ("Buenaventura Rojas added Brígida Zaragoza", "… created group"): one to four words written
// as names are, where the model found nothing sure.
func namesInChatExports(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") && !strings.Contains(text, "] ") {
		return fs
	}
	var claims []redact.Finding
	take := func(a, b int) {
		if a, b = trimBlanks(text, a, b); b > a && senderName(text[a:b]) && !sureInside(fs, a, b) {
			claims = append(claims, claim(a, b, fieldScore))
		}
	}
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := text[ls:le]
		p := chatExportPrefix(line)
		if p >= 0 {
			msg := line[p:]
			if c := strings.Index(msg, ": "); c > 0 && c <= 60 {
				take(ls+p, ls+p+c)
			} else {
				for _, v := range chatSystemVerbs {
					if k := strings.Index(msg, v); k > 0 && k <= 60 {
						take(ls+p, ls+p+k)
						if strings.HasSuffix(v, " ") && v != " changed " {
							take(ls+p+k+len(v), le) // the one added or removed
						}
						break
					}
				}
			}
		}
		ls = le + 1
	}
	return claimPersons(fs, claims)
}

// senderName reports a chat's sender as an export names it: two to four words written as names
// are (headerName), or one given name of the lists or word no list knows as anything but a name.
func senderName(v string) bool {
	if headerName(v) {
		return true
	}
	return strings.IndexByte(v, ' ') < 0 && nameLike(v) && (listedGiven()[v] || givenSet()[v] || fakerEnglishGiven()[v] || onlyAName(v)) &&
		!englishWord(v) && !dictionaryWord(v)
}
