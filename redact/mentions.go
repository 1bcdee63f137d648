package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// mentionScore is the score of an @mention of a user.
const mentionScore = 0.6

// mention reads an @mention of a user at the '@' s[i] ("@jennyk thanks", "cc @tommy_b"): a
// handle of two to thirty letters, digits and underscores (and dots between them) after white
// space, a bracket or the start of the text. What code writes with an '@' is not one: a
// decorator or an annotation opening its line and followed by a call, a member or nothing
// (@property, @app.route(…), @Override), a doc tag after '*' (@param), a CSS at-rule (@media),
// a scoped package (@types/node), or a name of those lists in any place.
func mention(s string, i int) (Finding, bool) {
	if i > 0 && !isSpace(s[i-1]) && s[i-1] != '(' && s[i-1] != '[' && s[i-1] != '"' && s[i-1] != '\'' && !slackMention(s, i) {
		return Finding{}, false // user@host, a@b: not a mention
	}
	j := i + 1
	// a dot or a dash inside joins (@jane.doe, @Jane-Doe-42, as Venmo and GitHub write them)
	for j < len(s) && j-i <= 31 && (isAlnum(s[j]) && s[j] < 0x80 || (s[j] == '.' || s[j] == '-') && j+1 < len(s) && isAlnum(s[j+1]) && s[j+1] < 0x80) {
		j++
	}
	handle := s[i+1 : j]
	if len(handle) < 2 || len(handle) > 30 || isDigit(handle[0]) || j < len(s) && (s[j] == '/' || s[j] == '(' || s[j] == '@' || isAlnum(s[j])) {
		return Finding{}, false
	}
	if dot := strings.IndexAny(handle, ".-"); codeAtWords.has(handle) || dot > 0 && codeAtWords.has(handle[:dot]) {
		return Finding{}, false
	}
	// what stands before the '@' on its line, read back over blanks only, so that a line of many
	// mentions is read once: nothing (a decorator's place), or a doc comment's '*' or "/**"
	k := i
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\t') {
		k--
	}
	if k > 0 && s[k-1] == '*' {
		d := k - 1
		for d > 0 && (s[d-1] == '*' || s[d-1] == '/') {
			d--
		}
		for d > 0 && (s[d-1] == ' ' || s[d-1] == '\t') {
			d--
		}
		if d == 0 || s[d-1] == '\n' {
			return Finding{}, false // a doc comment's tag: * @param name
		}
	}
	lineStart := k == 0 || s[k-1] == '\n'
	if lineStart && (j == len(s) || s[j] == '\n' || s[j] == '\r' || s[j] == '.' || s[j] == '(' || strings.IndexByte(handle, '.') > 0 && !speaker(s, j)) {
		return Finding{}, false // a decorator or an annotation alone on its line; a chat's speaker is none ("@marisol.ibanez: done")
	}
	return Finding{Type: Username, Start: i, End: j, Score: mentionScore, Source: SourcePattern}, true
}

// slackMention reports Slack's markup of a mention at the '@' s[i]: "<@" and a member's id of
// capitals and digits ("<@U024BE7LH>", "<@U0G9QF9C6|yasmin.farouk>"), as an export, a webhook's
// payload or a bot's log writes it (stop 48).
func slackMention(s string, i int) bool {
	if i == 0 || s[i-1] != '<' || i+2 >= len(s) || s[i+1] != 'U' && s[i+1] != 'W' {
		return false
	}
	j := i + 2
	for j < len(s) && (isUpper(s[j]) || isDigit(s[j])) {
		j++
	}
	return j-i >= 8 && j < len(s) && (s[j] == '>' || s[j] == '|')
}

// slackLabel reads the member's name after the '|' of a Slack mention m ("<@U0G9QF9C6|yasmin.farouk>"),
// up to the '>': the name the member goes by.
func slackLabel(s string, m Finding) (Finding, bool) {
	if m.End+1 >= len(s) || s[m.End] != '|' || !slackMention(s, m.Start) {
		return Finding{}, false
	}
	e := strings.IndexByte(s[m.End+1:min(len(s), m.End+82)], '>')
	if e <= 0 || strings.ContainsAny(s[m.End+1:m.End+1+e], "<\n") {
		return Finding{}, false
	}
	return Finding{Type: Username, Start: m.End + 1, End: m.End + 1 + e, Score: mentionScore, Source: SourcePattern}, true
}

// speaker reports a colon and a space at s[j], after a handle opening its line: a chat's or a
// stand-up's speaker ("@marisol.ibanez: finished the webhook"), which no decorator writes.
func speaker(s string, j int) bool {
	return j+1 < len(s) && s[j] == ':' && (s[j+1] == ' ' || s[j+1] == '\t')
}

// redditUser reads a Reddit user's name at the "u/" at s[i] ("reddit user u/throwaway_4521",
// "/u/spez"): three to twenty letters, digits, '_' and '-', one a letter, after white space, the
// text's start or a path's '/', and before white space, the end or a sentence's mark. Code's
// division is not one: utod(u/1e1), x = u/rate;.
func redditUser(s string, i int) (Finding, bool) {
	if i > 0 && !isSpace(s[i-1]) && s[i-1] != '/' {
		return Finding{}, false
	}
	j := i + 2
	letter := false
	for j < len(s) && j-i-2 < 21 && (isAlnum(s[j]) && s[j] < 0x80 || s[j] == '_' || s[j] == '-') {
		letter = letter || isLetter(s[j])
		j++
	}
	if n := j - i - 2; n < 3 || n > 20 || !letter {
		return Finding{}, false
	}
	if j < len(s) && !isSpace(s[j]) && !strings.ContainsRune(".,!?:'\"", rune(s[j])) || j+1 < len(s) && s[j] == '.' && isAlnum(s[j+1]) {
		return Finding{}, false
	}
	return Finding{Type: Username, Start: i, End: j, Score: mentionScore, Source: SourcePattern}, true
}

// codeAtWords are what code writes after '@': Python, Java and TypeScript decorators and
// annotations, doc-comment tags, CSS and Sass at-rules, and directives of common tools.
var codeAtWords = foldSet("property staticmethod classmethod abstractmethod cached_property dataclass override deprecated suppresswarnings " +
	"functionalinterface safevarargs param return returns throws throw see since author version link inheritdoc code example type typedef " +
	"callback template todo fixme media import keyframes font-face charset supports page namespace layer container tailwind apply mixin " +
	"include extend use forward if else each for while function debug warn error component injectable input output viewchild hostlistener " +
	"ngmodule autowired bean configuration entity table column id getmapping postmapping putmapping deletemapping requestmapping " +
	"restcontroller controller service repository transactional value springbootapplication jsonproperty notnull nullable valid size " +
	"test before after beforeeach aftereach beforeall afterall mock pytest fixture app router api ts-ignore ts-expect-error ts-nocheck " +
	"eslint-disable babel jest vitest everyone here channel all echo latest types angular vue react svelte emotion mui")

// handleBesideNameScore is the score of a user name written beside the person's own name.
const handleBesideNameScore = 0.85

// handlesBesideNames finds a user name written beside its owner's name in brackets, as ticket
// systems, version control and chat exports write them: "opened by jlaurent (Jean Laurent)",
// "Jean Laurent (jlaurent)" (stop 30). The handle must be made of the name: its given and family
// names, or their initials and the other, in either order, joined or with a dot, a dash or an
// underscore, digits after them allowed ("jlaurent", "jean.laurent", "laurentj", "jlaurent2").
// A word that is no such handle is left alone: "opened by admin (Jean Laurent)".
func handlesBesideNames(text string, dst []Finding) []Finding {
	for k := 0; ; {
		o := strings.IndexByte(text[k:], '(')
		if o < 0 {
			return dst
		}
		o += k
		k = o + 1
		c := strings.IndexByte(text[o:min(len(text), o+80)], ')')
		if c < 0 {
			continue
		}
		c += o
		if c-o-1 < 3 || o < 2 || text[o-1] != ' ' {
			continue // most brackets: code's calls, a short aside
		}
		inner := text[o+1 : c]
		// "handle (Given Family)"
		if f := inner[0]; (isUpper(f) || f >= 0x80) && strings.IndexByte(inner, ' ') > 0 {
			hs := o - 1
			for hs > 0 && handleByte(text[hs-1]) {
				hs--
			}
			if handle := text[hs : o-1]; hs < o-1 && (hs == 0 || !handleByte(text[hs-1]) && text[hs-1] != '@') && madeOfName(handle, inner) {
				dst = append(dst, Finding{Type: Username, Start: hs, End: o - 1, Score: handleBesideNameScore, Source: SourcePattern})
				continue
			}
		}
		// "Given Family (handle)"
		if c-o-1 <= 32 && isLower(inner[0]) && allHandleBytes(inner) {
			if sp := lastWords(text[max(0, o-60):o-1], 3); sp != "" && madeOfName(inner, sp) {
				dst = append(dst, Finding{Type: Username, Start: o + 1, End: c, Score: handleBesideNameScore, Source: SourcePattern})
			}
		}
	}
}

// allHandleBytes reports s made of handleBytes.
func allHandleBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if !handleByte(s[i]) {
			return false
		}
	}
	return true
}

// handleByte reports a byte of a user name: an ASCII letter or digit, '.', '_' or '-'.
func handleByte(c byte) bool {
	return c < 0x80 && (isAlnum(c) || c == '.' || c == '_' || c == '-')
}

// lastWords returns the last two or three capitalised words of s (a name), or "".
func lastWords(s string, most int) string {
	ws := strings.Fields(s)
	n := 0
	for n < most && n < len(ws) && isUpperWord(ws[len(ws)-1-n]) {
		n++
	}
	if n < 2 {
		return ""
	}
	return strings.Join(ws[len(ws)-n:], " ")
}

// isUpperWord reports a word that opens with a capital letter, ASCII or not.
func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// madeOfName reports a handle made of the two or three capitalised words of name, as
// handlesBesideNames reads it.
func madeOfName(handle, name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 || len(handle) < 3 || len(handle) > 32 {
		return false
	}
	for _, w := range ws {
		if !isUpperWord(w) {
			return false
		}
	}
	var hb []byte
	for i := 0; i < len(handle); i++ {
		c := handle[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != '.' && c != '_' && c != '-' {
			hb = append(hb, c)
		}
	}
	h := strings.TrimRight(string(hb), "0123456789")
	given, family := asciiFold(ws[0]), asciiFold(ws[len(ws)-1])
	if len(given) < 2 || len(family) < 2 || !allOf(h, isLower) {
		return false
	}
	for _, cand := range []string{given + family, given[:1] + family, family + given, family + given[:1], given + family[:1]} {
		if h == cand {
			return true
		}
	}
	if len(ws) == 3 {
		if mid := asciiFold(ws[1]); mid != "" && (h == given[:1]+mid[:1]+family || h == given+mid+family) {
			return true
		}
	}
	return false
}

// foldedLetters are the ASCII letters that Latin letters without a separable accent are written
// with in user names.
var foldedLetters = map[rune]string{'ß': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i"}

// ASCIIFold is asciiFold, for the model's rules: a name as user names, file names and mail
// addresses write it ("Sørensen": "sorensen").
func ASCIIFold(w string) string { return asciiFold(w) }

// asciiFold lower-cases w and writes its letters without their accents ("Jürgen": "jurgen"),
// dropping what is neither an ASCII letter nor a letter with one; "" when nothing is left.
func asciiFold(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) { // the accents come apart as marks, which are dropped
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteByte(byte(r) | 0x20)
		} else if f, ok := foldedLetters[unicode.ToLower(r)]; ok {
			b.WriteString(f) // letters that no mark comes apart from: "Weißmüller", "weissmuller"
		}
	}
	return b.String()
}
