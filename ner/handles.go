package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Accounts named before their platform (stop 31). The cue words read a handle after a
// platform's name ("telegram: kwilliams84", "my discord is wolfie#4821"); a chat names it before
// as often: "DM kwilliams84 on telegram", "follow lily.rose22 on instagram", "posted by
// throwaway_8812 on r/legaladvice".

// platformNames name services whose accounts are handles.
var platformNames = wordSet("telegram discord instagram insta ig twitter tiktok snapchat snap reddit twitch steam xbox psn github gitlab " +
	"signal whatsapp kik skype bluesky mastodon threads venmo cashapp roblox minecraft youtube")

// handleVerbs put an account right after them: "DM jdoe on telegram", "follow marisol on insta".
var handleVerbs = wordSet("dm message msg follow add ping text find")

// handlesBeforePlatforms makes a user name of the account before "on" and a platform's name (or
// a subreddit): one shaped as a handle is (a digit, an underscore or a dot inside, or an '@'
// before it), or a word in lower case that no dictionary holds after a verb that puts an account
// there ("DM marisol on telegram"; not "DM me on telegram").
func handlesBeforePlatforms(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " on ") {
		return fs
	}
	var found []redact.Finding
	for k := range occurrences(text, " on ") {
		if p, _ := wordAt(text, k+len(" on ")); !foldIn(platformNames, p) && !strings.HasPrefix(text[k+len(" on "):], "r/") {
			continue
		}
		start := k
		for start > 0 && handleByte(text[start-1]) {
			start--
		}
		if start > 0 && text[start-1] == '@' {
			start--
		}
		h := text[start:k]
		if h == "" || start > 0 && text[start-1] != ' ' && text[start-1] != '(' && text[start-1] != '\n' {
			continue
		}
		verb, _ := wordBefore(text, start)
		if !handleShaped(h) && !(foldIn(handleVerbs, verb) && plainHandle(h)) {
			continue
		}
		if inCode(text, start) {
			continue
		}
		found = append(found, redact.Finding{Type: redact.Username, Start: start, End: k, Score: shapeScore, Source: redact.SourceModel})
	}
	if len(found) == 0 {
		return fs
	}
	return replaceInside(fs, found)
}

func handleByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
}

// handleShaped reports an account's name as only a handle is written: 3 to 32 characters, a
// letter among them, and a digit, an underscore or a dot inside, or an '@' first; no number, no
// dotted abbreviation ("e.g") nor a name with a trailing full stop.
func handleShaped(h string) bool {
	if strings.HasPrefix(h, "@") {
		return len(h) >= 3 && len(h) <= 33
	}
	if len(h) < 3 || len(h) > 32 || h[len(h)-1] == '.' || h[0] == '.' || h[0] == '-' {
		return false
	}
	letters, marks := 0, 0
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9' || c == '_' || c == '.':
			marks++
		}
	}
	return letters >= 2 && marks > 0 && !strings.Contains(h, "..")
}

// plainHandle reports an account written as a word: 3 to 20 letters in lower case that no
// English or other dictionary holds and no pronoun ("marisol", not "me", "them", "support").
func plainHandle(h string) bool {
	return len(h) >= 3 && len(h) <= 20 && lowerLetters(h) && !englishWord(h) && !dictionaryWord(h) && !foldIn(englishFunctionWords, h)
}

// hostTLDs are the top-level domains, and the names private networks end in, that a host's name
// after "from" or "by" ends with; an account's handle seldom does ("lily.rose22", "j.doe").
var hostTLDs = wordSet("com org net edu gov mil int io co uk de fr es it nl be ch at se no dk fi pl pt br mx ca au nz jp cn kr ru za ie " +
	"info biz us eu dev app cloud example local localdomain internal lan corp home test invalid arpa")

// hostName reports a dotted name whose last label is a top-level domain or a private network's
// suffix: a host, not an account.
func hostName(h string) bool {
	dot := strings.LastIndexByte(h, '.')
	return dot > 0 && hostTLDs[strings.ToLower(h[dot+1:])]
}

// attributionWords put an account after them in posts, reviews and threads: "Great post by
// jdoe92", "reposted from travelbug88", "cc: jdoe92", "Tagged: jdoe92, ann_lee".
var attributionWords = []string{"by ", "from ", "cc: ", "cc ", "Cc: ", "CC: ", "tagged: ", "Tagged: ", "tagged ", "thanks ", "Thanks ", "h/t "}

// attributionVerbs follow an account that opens a line, a space between: "jdoe92 commented: nice
// pics".
var attributionVerbs = []string{"commented:", "wrote:", "replied:", "said:", "posted:", "asked:", "commented", "replied"}

// attributionScanner and attributionVerbScanner find attributionWords and attributionVerbs in a
// pass each over a text.
var (
	attributionScanner     = newPhraseScanner(attributionWords)
	attributionVerbScanner = newPhraseScanner(attributionVerbs)
)

// attributedHandles makes a user name of an account written in lower case with digits, an
// underscore or a dot inside (handleShaped), after a word that attributes a post to it or
// opening a line before a verb of posting; not a version, a tool's name or an English word
// before the digits ("from python3", "by gcc12").
func attributedHandles(text string, fs []redact.Finding) []redact.Finding {
	var found []redact.Finding
	add := func(start int) {
		end := start
		for end < len(text) && handleByte(text[end]) {
			end++
		}
		for end > start && (text[end-1] == '.' || text[end-1] == '-') {
			end-- // a sentence's full stop after it
		}
		h := text[start:end]
		if !handleShaped(h) || h[0] == '_' || strings.IndexFunc(h, func(r rune) bool { return r >= 'A' && r <= 'Z' }) >= 0 || inCode(text, start) ||
			strings.HasPrefix(text[end:], "(") || strings.HasPrefix(text[end:], " import") {
			return // code's names: "from _json import", "yield from get_subactions()", "time.time()"
		}
		if hostName(h) {
			return // a mail server's or a mirror's name: "Received: from mail-pf1-f170.google.com", "by mx.corp.example"
		}
		if stem := strings.TrimRight(h, "0123456789"); stem == h && !strings.ContainsAny(h, "_.") || len(stem) < 4 || techTerms[stem] || englishWord(stem) || dictionaryWord(stem) {
			return // "python3", "gcc12": a tool's version; or digits that do not end it ("x86_64" has them inside)
		}
		found = append(found, redact.Finding{Type: redact.Username, Start: start, End: end, Score: shapeScore, Source: redact.SourceModel})
	}
	if !strings.ContainsAny(text, "0123456789_.") {
		return fs // every account read here has a digit, an underscore or a dot
	}
	for k, c := range attributionScanner.all(text) {
		if k > 0 && isLetterStart(text[k-1]) {
			continue
		}
		add(k + len(attributionWords[c]))
	}
	for k := range attributionVerbScanner.all(text) {
		if k == 0 || text[k-1] != ' ' {
			continue
		}
		end := k - 1 // the space before the verb
		start := end
		for start > 0 && handleByte(text[start-1]) {
			start--
		}
		if start == end || start > 0 && text[start-1] != '\n' && text[start-1] != ' ' {
			continue
		}
		if start > 0 && text[start-1] == ' ' && !(start >= 2 && text[start-2] == '\n') {
			continue // opening a line, or after a dash's or a bullet's space: not mid-sentence
		}
		add(start)
	}
	return replaceInsideFirst(fs, found) // an account found twice, after a word and before a verb, once
}
