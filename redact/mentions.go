package redact

import "strings"

// mentionScore is the score of an @mention of a user.
const mentionScore = 0.6

// mention reads an @mention of a user at the '@' s[i] ("@jennyk thanks", "cc @tommy_b"): a
// handle of two to thirty letters, digits and underscores (and dots between them) after white
// space, a bracket or the start of the text. What code writes with an '@' is not one: a
// decorator or an annotation opening its line and followed by a call, a member or nothing
// (@property, @app.route(…), @Override), a doc tag after '*' (@param), a CSS at-rule (@media),
// a scoped package (@types/node), or a name of those lists in any place.
func mention(s string, i int) (Finding, bool) {
	if i > 0 && !isSpace(s[i-1]) && s[i-1] != '(' && s[i-1] != '[' && s[i-1] != '"' && s[i-1] != '\'' {
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
	if lineStart && (j == len(s) || s[j] == '\n' || s[j] == '\r' || s[j] == '.' || s[j] == '(' || strings.IndexByte(handle, '.') > 0) {
		return Finding{}, false // a decorator or an annotation alone on its line
	}
	return Finding{Type: Username, Start: i, End: j, Score: mentionScore, Source: SourcePattern}, true
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
