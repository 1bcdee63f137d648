package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Names in chat are often written in lower case and shortened ("hi kev,", "kev and danny got
// lost"), where the model has neither a capital nor a known name to go by. Two shapes give them
// away: a greeting that addresses someone, and a name joined by "and" to a person already found.
// The word must be one that is no common word: not one of the words the embedded model's
// training data writes most often in lower case, nor a word for a relation, a title, a month, a
// weekday or a word that greets a group ("hi all", "thanks guys").

// greetings open a message to someone: the name may follow.
var greetings = map[string]bool{"hi": true, "hey": true, "hello": true, "hiya": true, "heya": true, "yo": true, "thanks": true, "thx": true,
	"ty": true, "cheers": true, "morning": true, "evening": true, "night": true, "bye": true, "congrats": true, "sorry": true, "welcome": true, "dear": true}

// addressWords greet a group or no one in particular ("hi all", "thanks again", "hey you").
var addressWords = setOf(strings.Fields(`all everyone everybody anyone guys gals folks team there again much lots tons so
	both you ya yall y'all u mate mates buddy buddies bro bros dude dudes man girl girls gurl pal pals friend friends peeps people fam
	babe baby hun honey sweetie love darling doc boss sir maam ma'am madam lol haha omg btw ok okay pls plz please yes no yeah yep nope
	sis bruh chief champ boys ladies gents gentlemen kids world loads heaps bunch bud buds bout anyway anyways aboard bye in for to a the my our your`))

// greetingsOffPersons takes a greeting in lower case off the start of the model's person
// ("merci paul" and "ciao bella" had been persons whole): the word after it stays the person
// where it may be a name, and the finding goes where it is a word for the one greeted ("bella",
// "amigo") or for a group (stop 37).
func greetingsOffPersons(text string, fs []redact.Finding) []redact.Finding {
	changed := false
	for k := range fs {
		f := &fs[k]
		if f.Type != redact.Person || f.Source != redact.SourceModel || text[f.Start] < 'a' || text[f.Start] > 'z' {
			continue
		}
		w, e := wordAt(text, f.Start)
		isGreeting := greeting(w) || lowerGreetings[w] || foreignGreetings[w]
		if (lowerGreetings[w] || foreignGreetings[w]) && e == f.End || foreignAddressWords[w] && e == f.End && f.Start > 1 && greetingBefore(text, f.Start) {
			f.End = f.Start // "danke sehr", "oye mira": another language's greeting, or the word after one, alone (stop 37; English's "ty" may be Ty)
			changed = true
			continue
		}
		if !isGreeting || e+1 >= f.End || text[e] != ' ' {
			continue
		}
		rest, _ := wordAt(text, e+1)
		if foreignAddressWords[rest] || addressWords[rest] || commonSet[rest] {
			f.End = f.Start
		} else {
			f.Start = e + 1
		}
		changed = true
	}
	if changed {
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.End <= f.Start })
	}
	return fs
}

// greetingBefore reports a greeting in lower case and a space right before text[at].
func greetingBefore(text string, at int) bool {
	p := at - 1
	if text[p] != ' ' {
		return false
	}
	k := p
	for k > 0 && isLetterASCII(text[k-1]) {
		k--
	}
	w := text[k:p]
	return greeting(w) || lowerGreetings[w]
}

// lowerGreetings are the greetings and thanks of other languages, in lower case as chat writes
// them, that a given name may follow: Spanish, Portuguese, French, German, Italian, Dutch,
// Polish, Turkish, Hinglish and Filipino (stop 37).
var lowerGreetings = wordSet("hola oye gracias buenas chao adiós adios olá oi valeu obrigado obrigada tchau salut coucou bonjour merci " +
	"bonsoir hallo moin servus danke tschüss ciao grazie ehi buongiorno hoi doei bedankt dankjewel cześć czesc dzięki dzieki hej siema " +
	"selam merhaba sağol sagol teşekkürler arre arey salamat uy musta kumusta")

// foreignAddressWords follow those greetings as English's "all" and "guys" do: a group, a
// darling, a thanks's "a lot", which no name is (ciao bella, hola amigo, merci beaucoup).
var foreignAddressWords = wordSet("bella bello belle amore cara caro tesoro amor amiga amigo amigos amigas cariño guapa guapo querida querido " +
	// "look", "listen", "well", "sure" after a greeting: "oye mira", "olha só"
	"mira oye escucha vale bueno claro vamos olha escuta guarda senti ascolta schau hör kijk luister regarde écoute ecoute " +
	"chérie cheri chéri mon ma schatz liebling lieve schat kochanie canım canim yaar bhai beta didi ate kuya pare mare tía tio tío " +
	"hermano mano mana gente todos todas tous toi vous alle leute zusammen tutti ragazzi allemaal jongens wszyscy wszystkim herkese " +
	"arkadaşlar beaucoup mucho muchas muito mille tanto tante schön sehr bien por pela pelo za voor für per de da di a à")

// askVerbs open a request about someone, whose name may follow: "ask mo about it", "tell priya".
var askVerbs = map[string]bool{"ask": true, "tell": true, "call": true, "text": true, "ping": true, "message": true, "email": true, "dm": true,
	"remind": true, "cc": true}

// greeting reports a greeting word, written long too ("heyy", "hiii", "byee").
func greeting(w string) bool {
	for {
		if greetings[w] {
			return true
		}
		n := len(w)
		if n < 3 || w[n-1] != w[n-2] {
			return false
		}
		w = w[:n-1]
	}
}

// opensSentence reports that toks[i] opens a line or a sentence, or follows "good" that does
// ("good morning tariq").
func opensSentence(text string, toks []Token, i int) bool {
	if i > 0 && !toks[i].NewlineBefore && text[toks[i-1].Start:toks[i-1].End] == "good" {
		i--
	}
	return i == 0 || toks[i].NewlineBefore || strings.ContainsAny(text[toks[i-1].Start:toks[i-1].End], ".!?,:;)") || jsonValueOpens(text, toks[i].Start)
}

// jsonValueOpens reports a JSON string value opening at text[at]: a key's closing quote, its
// colon and the value's opening quote before it ("body":"Hi Precious, …"), where a message's
// sentence begins.
func jsonValueOpens(text string, at int) bool {
	k := at - 1
	if k < 2 || text[k] != '"' {
		return false
	}
	for k--; k > 0 && text[k] == ' '; k-- {
	}
	return text[k] == ':' && k > 0 && text[k-1] == '"'
}

// capitalisedAddressee reports, from toks[k], an optional comma and one capitalised word that
// may be a name (no common word, title or word for a group) and that closes its phrase: the end,
// a line break or a mark of punctuation after it.
func capitalisedAddressee(text string, toks []Token, k int) bool {
	return addresseeAt(text, toks, k, func(w string) bool {
		return nameLike(w) && !foldIn(addressWords, w) && !capitals(w) && !humped(w) && !foldIn(teamWords, w) && !foldIn(placeAndOrgWords, w)
	})
}

// greetedWordName reports, from toks[k], an optional comma and one capitalised given name that is
// a word as well (wordNames), closing its phrase.
func greetedWordName(text string, toks []Token, k int) bool {
	return addresseeAt(text, toks, k, func(w string) bool { return wordNames[w] })
}

// addresseeAt reports, from toks[k], an optional comma and one word that name accepts on the same
// line, closing its phrase: the end, a line break or a mark of punctuation after it.
func addresseeAt(text string, toks []Token, k int, name func(string) bool) bool {
	if text[toks[k].Start:toks[k].End] == "," {
		k++
	}
	if k >= len(toks) || toks[k].NewlineBefore || !name(text[toks[k].Start:toks[k].End]) {
		return false
	}
	return k+1 == len(toks) || toks[k+1].NewlineBefore || strings.ContainsAny(text[toks[k+1].Start:toks[k+1].End], ",!.?:;)")
}

// wordNames are given names that are words too, as a greeting addresses them: the virtues and
// flowers that nameLike takes for words ("Hi Faith,", "Thanks, Precious!").
var wordNames = wordSet("Faith Hope Joy Grace Precious Mercy Patience Charity Destiny Blessing Favour Favor Comfort Goodness Prudence " +
	"Constance Honor Honour Verity Felicity Serenity Harmony Trinity Liberty Unity Temperance Chastity Modesty Justice Prosper " +
	"Summer Autumn Dawn Ivy Lily Rose Violet Daisy Iris Pearl Ruby Amber Crystal Heather Holly Hazel Jade Olive Poppy Willow " +
	"Rowan Sage Skye Raven Robin Wren Jasmine Marigold Primrose Clover Fern Laurel Myrtle Opal Coral Jewel Goldie " +
	"Gift Blessed Earnest Sterling Hunter Chase")

// chatVerbs follow a person who is a sentence's subject in chat: "dani says hi".
var chatVerbs = wordSet("says said is was will can has had just did didn't doesn't isn't wasn't won't can't fell wants " +
	"thinks knows told asked called texted sent got went left came might should would could needs loves hates")

// unmarkedPossessive reports a given name of the lists in lower case and the s of a possessive
// after it, no apostrophe between, the whole no word of English: "jennas", "mikes".
func unmarkedPossessive(w string) bool {
	if len(w) <= 3 || w[len(w)-1] != 's' || !lowerName(w) || englishWord(w) {
		return false
	}
	g := w[:len(w)-1]
	return curatedLower(g) || lowerName(g) && (inTitleCase(givenSet(), g) || inTitleCase(listedGiven(), g)) && !englishWord(g)
}

// chatPossessions are what chat says is someone's after a name with a possessive's s written
// without its apostrophe: "jennas number", "mikes party".
var chatPossessions = wordSet("number phone cell addy address house place apartment apt car mom dad mum bf gf boyfriend girlfriend " +
	"husband wife brother sister son daughter kids party birthday bday wedding email insta snap")

// chatLeads may stand before a sentence's subject in chat without a mark between: "lmao zeke fell".
var chatLeads = wordSet("lol lmao omg and but so cuz cause because then when if that ok okay yeah")

// chatClauses open a clause whose subject follows in chat: "where tobias parked", "i think
// rashida left".
var chatClauses = wordSet("where think thought guess heard saw hope maybe cuz because when that if")

// englishPastVerb reports an English verb in the past in lower case: "parked", "dropped", "texted".
func englishPastVerb(w string) bool {
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' && dictionaryWord(w)
}

// auxiliaries open a question about someone: "can jess pick up ollie".
var auxiliaries = wordSet("can could will would did does should has is was")

// curatedLower reports a given name of Veil's curated lists written in lower case, and no common
// word ("jess", "zeke", "dani").
func curatedLower(w string) bool {
	return lowerName(w) && inTitleCase(curatedGiven(), w)
}

// chatScore is the score of a name found by the rules of this file.
const chatScore = 0.6

// lowerName reports a word that may be a name written in lower case: letters only, two to
// fifteen of them, none of the common words above, and either a known given name or a word
// without the endings of English words.
func lowerName(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 15 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if notChatName(w) {
		return false
	}
	if inTitleCase(givenSet(), w) {
		return true // a known given name, and no common word: "danny", "priya"
	}
	if commonLower(w) {
		return false
	}
	// an unknown word is a name only without the endings of English nouns, verbs and
	// adjectives ("gamer", "coding", "tired"): "kev", "jojo", "tayo"
	for _, suffix := range wordEndings {
		if strings.HasSuffix(w, suffix) {
			return false
		}
	}
	return true
}

// notChatName reports a lower-case word that chat writes for no one: a common word, a word that
// greets a group, a relation, title, month, weekday, name particle, greeting or special-category
// term.
func notChatName(w string) bool {
	return addressWords[w] || commonSet[w] || kinNouns[w] || titles[w] || monthNames[w] || weekdaySet[w] || nameParticles[w] || greetings[w] || specialTerms[w]
}

// wordEndings end English words more often than names.
var wordEndings = []string{"er", "ers", "ing", "ed", "ly", "tion", "sion", "ness", "ment", "ity", "ist", "ism", "able", "ible", "ful", "ous", "ive", "al", "ish", "less", "est", "ize", "ise", "age", "ure", "ence", "ance"}

// gazetteerClass returns the gazetteer classes of a single word, in any case.
func (m *Perceptron) gazetteerClass(w string) uint16 {
	h := uint64(fnvOffset)
	for _, r := range w {
		if !unicode.IsLetter(r) {
			h, _ = phraseHash(w)
			c, _ := m.gaz.get(h)
			return c
		}
		h = hashRune(h, toLower(r))
	}
	c, _ := m.gaz.get(hashRune(h, 0))
	return c
}

// common reports a word the model's training data wrote often in lower case outside any name,
// in any case. A word of letters alone is hashed as phraseHash would hash it, without
// tokenizing or allocating.
func (m *Perceptron) common(w string) bool { return m.gazetteerClass(w)&gCommon != 0 }

// speakerLabels makes a person of a transcript's speaker: one word that opens its line before a
// colon and a sentence in lower case after it, a given name of the lists that is no word, in lower
// case as chat writes it ("giorgio: the tracking says it is stuck"; not "note: the build …",
// "travis: true"), or a capitalised name after a role that opens the line ("Agent Cody: Could you
// confirm …", "Rep Savannah:"): a given name of the lists or a word no list knows otherwise.
func speakerLabels(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ":") {
		return fs
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	for i := 0; i+3 < len(toks); i++ {
		if i > 0 && !toks[i].NewlineBefore {
			continue
		}
		n := i // the name's token
		colon := 1
		if w := word(i); startsUpper(w) && foldIn(speakerRoles, w) && !toks[i+1].Attached && !toks[i+1].NewlineBefore {
			n = i + 1
			if i+5 < len(toks) && word(i+1) == "(" && toks[i+2].Attached && word(i+3) == ")" && toks[i+3].Attached {
				n, colon = i+2, 2 // the name in brackets after the role (stop 48): "Agent (Tyrell): Sorry about that"
			}
		}
		if n+colon+1 >= len(toks) || word(n+colon) != ":" || !toks[n+colon].Attached || toks[n+colon+1].NewlineBefore {
			continue
		}
		w := word(n)
		ok := false
		if n == i {
			// lower case: a listed given name that is no word, and words after the colon
			words := 0
			for k := n + 2; k < len(toks) && !toks[k].NewlineBefore && words < 3; k++ {
				if isLetterStart(text[toks[k].Start]) {
					words++
				}
			}
			ok = words >= 3 && lowerStart(w) && handleGiven()[w] && !englishWord(w) && !dictionaryWord(w) && !techTerms[w] && !inCode(text, toks[n].Start)
			// in title case, as a standup's or a meeting's notes give each one's line: a given
			// name of the lists that is no word, place or organisation, and a sentence in lower
			// case after it ("Omisha: finished the migration", "Hannah: on leave"; not "Note: the
			// build", "Paris: the city", "Mark: done")
			ok = ok || words >= 2 && nameLike(w) && (listedGiven()[w] || givenSet()[w] || fakerEnglishGiven()[w]) && !englishWord(w) && !dictionaryWord(w) &&
				embeddedClass(w)&(gCity|gState|gCountry|gOrg|gStreet|gCommon) == 0 && lowerStart(word(n+2)) && !inCode(text, toks[n].Start)
		} else {
			ok = nameLike(w) && (listedGiven()[w] || givenSet()[w] || onlyAName(w)) && !foldIn(placeAndOrgWords, w)
		}
		if ok && onlyPersonsOver(fs, toks[n].Start, toks[n].End, false) {
			claims = append(claims, claim(toks[n].Start, toks[n].End, chatScore))
		}
	}
	return claimPersons(fs, claims)
}

// closingAddressees makes a person of the one a sentence is said to, named after a comma at its
// end ("Thanks for waiting, Charlotte.", "… to uoquendo@example.org, Aldonza."): one capitalised
// word before a full stop, an exclamation or a question mark, a given name of the lists or a
// word no list knows, after a word in lower case, where the model found nothing there or a place
// it was not sure of; not a state or a country ("Atlanta, Georgia."), a town unless Veil's own
// lists give it as a given name ("Charlotte"; not "London"), a degree ("Ken Ito, Ph.D."), or a
// word after a place ("Paris, Charlotte").
func closingAddressees(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") {
		return fs
	}
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	k := 0 // fs[k] is the first finding that may end after the token read
	for i := 2; i+1 < len(toks); i++ {
		if word(i-1) != "," || !toks[i-1].Attached || toks[i].Attached || toks[i].NewlineBefore {
			continue
		}
		if end := word(i + 1); !toks[i+1].Attached || end != "." && end != "!" && end != "?" {
			continue
		}
		w := word(i)
		if p := word(i - 2); p[0] < 'a' || p[0] > 'z' {
			continue // after a word in lower case: not a list's or a firm's "Jones, Edwards."
		}
		if !nameLike(w) || !(listedGiven()[w] || givenSet()[w] || onlyAName(w)) || foldIn(placeAndOrgWords, w) || postNominal(w) ||
			embeddedClass(w)&(gState|gCountry) != 0 || embeddedClass(w)&gCity != 0 && !inTitleCase(curatedGiven(), w) ||
			foldIn(addressWords, w) || foldIn(teamWords, w) {
			continue
		}
		start, end := toks[i].Start, toks[i].End
		for k < len(fs) && fs[k].End <= toks[i-2].End {
			k++
		}
		// the finding right before the comma, and over the word
		before := k > 0 && fs[k-1].End == toks[i-2].End && (fs[k-1].Type == redact.Location || fs[k-1].Type == redact.StreetAddress)
		if before || !onlyPersonsOver(fs[k:], start, end, false) || inCode(text, start) {
			continue
		}
		claims = append(claims, claim(start, end, chatScore))
	}
	return claimPersons(fs, claims)
}

// speakerRoles open a transcript's line before the speaker's name: "Agent Cody:".
var speakerRoles = wordSet("agent rep representative advisor adviser associate specialist operator customer caller " +
	"technician tech supervisor moderator host guest")

// namesInChat finds lower-case names after a greeting ("hi kev,", "thanks jo!"), after a
// request about someone ("ask mo about it"), before "and i" ("wendell and i") and joined by "and"
// or "&" to a lower-case person already found ("kev and danny").
func namesInChat(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	fs = greetingsOffPersons(text, fs)
	var claims []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 0; i+1 < len(toks); i++ {
		w, k := word(i), i+1
		if (w == "je" || w == "u") && i > 0 && word(i-1) == "dank" && !toks[i].NewlineBefore && opensSentence(text, toks, i-1) {
			w = "bedankt" // Dutch's thanks in two words: "dank je pippa!!"
		} else if toks[k].NewlineBefore || !opensSentence(text, toks, i) && !(askVerbs[w] && i > 0 && !toks[i].NewlineBefore && chatLeads[word(i-1)] && opensSentence(text, toks, i-1)) {
			continue // (a request after a word chat opens with: "lol tell jess i said hi", stop 56)
		}
		if toks[k].NewlineBefore {
			continue
		}
		name := word(k)
		switch {
		case greeting(w) && lowerName(name):
			// a greeting and one lower-case word that is no common word: "hi kev,", "thanks jo!",
			// "heyy lena whats up"
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		case (greeting(w) || foldIn(greetings, w)) && w != "Dear" && (capitalisedAddressee(text, toks, k) || !toks[k].Attached && greetedWordName(text, toks, k)):
			// a greeting or thanks, a comma, and one capitalised word that closes the phrase:
			// "Thanks, Olafur", "Cheers, Olafur!" ("Thanks, Team" and "Hi, Everyone" are no one);
			// or a given name that is a word too, which the model and nameLike take for one: "Hi
			// Faith,", "Hello Hope!" (stop 50)
			if word(k) == "," {
				k++
			}
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		case lowerGreetings[w] && lowerName(name) && !foreignAddressWords[name] && (lowerGiven(name) || inTitleCase(givenSet(), name) && !englishWord(name)) && !inCode(text, toks[k].Start):
			// a greeting or thanks of another language in lower case and a given name of the
			// lists in lower case: "oye arsenio", "gracias azucena!!", "valeu danilo", "danke
			// waldemar", "sağol rasul" (stop 37); not "ciao bella", "hola amigo", "merci beaucoup"
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		case foldIn(foreignGreetings, w) && capitalisedAddressee(text, toks, k) && (listedGiven()[name] || givenSet()[name]):
			// a greeting of another language and a given name the lists know: "Bonjour Juliette,",
			// "Hej Lars!", "Liebe Anna,"; not "Hallo Welt", "Liebe Kollegen"
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		case laughWords[w] && k+1 < len(toks) && !toks[k+1].NewlineBefore && chatCopulas[word(k+1)] && lowerName(name) &&
			(curatedLower(name) || inTitleCase(givenSet(), name) || inTitleCase(listedGiven(), name)):
			// a laugh, a given name in lower case and "you are": "jaja dan eres lo peor" (stop 55)
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		case chatVerbs[name] && curatedLower(w):
			// a known given name in lower case that a verb follows: "dani says hi"
			claims = append(claims, claim(toks[i].Start, toks[i].End, chatScore))
		case k+1 < len(toks) && auxiliaries[w] && curatedLower(name) && lowerCaseSpan(word(k+1)) && !toks[k+1].NewlineBefore:
			// a question about someone: "can jess pick up ollie", "did kev say"
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		case askVerbs[w] && lowerName(name):
			// a request about someone, then what about: "ask mo about the invoice", "tell
			// priya i said", "ping jo when"
			if k+1 == len(toks) || toks[k+1].NewlineBefore || len(word(k+1)) == 1 && strings.ContainsAny(word(k+1), ",!.?:;") || afterAsk[word(k+1)] {
				claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
			}
		case k+1 < len(toks) && (word(k) == "and" || word(k) == "&") && (word(k+1) == "i" || word(k+1) == "me") && lowerName(w) && inTitleCase(givenSet(), w):
			// a known given name and the writer: "wendell and i are driving up"
			claims = append(claims, claim(toks[i].Start, toks[i].End, chatScore))
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// the same after a word chat opens with: "lmao zeke fell asleep", "and dani says"
		if chatLeads[word(i-1)] && opensSentence(text, toks, i-1) && !toks[i].NewlineBefore && !toks[i+1].NewlineBefore && chatVerbs[word(i+1)] && curatedLower(word(i)) {
			claims = append(claims, claim(toks[i].Start, toks[i].End, chatScore))
			continue
		}
		// a given name in lower case with a possessive's s and no apostrophe, as chat writes it,
		// before what is theirs: "can u send me jennas number" (stop 55)
		if chatPossessions[word(i+1)] && !toks[i+1].NewlineBefore && !toks[i].NewlineBefore && unmarkedPossessive(word(i)) &&
			lineCaseAt(text, toks[i].Start) == 'l' && !inCode(text, toks[i].Start) {
			claims = append(claims, claim(toks[i].Start, toks[i].End, chatScore))
			continue
		}
		// and with its apostrophe, where the model doubted the name: "from ana's place", "meet at
		// mike's place" (a place at 0.43, a person at 0.36; stop 56)
		if i+2 < len(toks) && (word(i+1) == "'s" || word(i+1) == "’s") && toks[i+1].Attached && chatPossessions[word(i+2)] && !toks[i+2].NewlineBefore &&
			!toks[i].NewlineBefore && lowerName(word(i)) && (curatedLower(word(i)) || inTitleCase(givenSet(), word(i)) && !englishWord(word(i))) &&
			lineCaseAt(text, toks[i].Start) == 'l' && !inCode(text, toks[i].Start) {
			claims = append(claims, claim(toks[i].Start, toks[i].End, chatScore))
			continue
		}
		// and after a word that opens a clause, before a verb in the past: "she knows where tobias
		// parked the van", "i think rashida left her charger" (stop 54)
		if w, v := word(i), word(i+1); chatClauses[word(i-1)] && !toks[i].NewlineBefore && !toks[i+1].NewlineBefore && (chatVerbs[v] || englishPastVerb(v)) &&
			(curatedLower(w) || lowerName(w) && inTitleCase(givenSet(), w) && !englishWord(w)) && lineCaseAt(text, toks[i].Start) == 'l' && !inCode(text, toks[i].Start) &&
			embeddedClass(titleCase(w))&(gCity|gState|gCountry) == 0 { // (not a country: "that chad is moving in that direction")
			claims = append(claims, claim(toks[i].Start, toks[i].End, chatScore))
		}
	}
	for k := 1; k < len(toks); k++ {
		// a known given name in lower case after a comma, or after "you" or "tomorrow", that ends
		// the message or its line, as one is addressed: "thanks a lot, siobhan", "good job on
		// the demo, keanu!", "see you tmrw jess!"
		if c := text[toks[k].Start]; (c < 'a' || c > 'z') && c < 0x80 || toks[k].NewlineBefore {
			continue // lowerName below wants every letter in lower case
		}
		if !(word(k-1) == "," && toks[k-1].Attached || vocativeLeads[word(k-1)]) || !endsLine(text, toks, k) {
			continue
		}
		if name := word(k); lowerName(name) && inTitleCase(givenSet(), name) && !monthAbbreviations[name] && !inCode(text, toks[k].Start) && !commentBefore(text, toks[k].Start) {
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		// a relation in lower case, then a known given name in lower case that ends the phrase or
		// is no word: "from grandma rose:", "my sister jess, who", "my bf jordan keeps"; not
		// "mother bear.", "grandma rose early"
		k := i + 1
		name := word(k)
		if !kinNouns[word(i)] || toks[k].NewlineBefore || !lowerCaseSpan(name) || !(lowerName(name) && inTitleCase(givenSet(), name) || inTitleCase(kinCommonNames, name)) {
			continue
		}
		// the name ends the phrase, or is no word a verb could be ("my bf jordan keeps texting";
		// not "grandma rose early")
		if k+1 == len(toks) || toks[k+1].NewlineBefore || len(word(k+1)) == 1 && strings.ContainsAny(word(k+1), ",:;.!?)") ||
			!englishWord(name) && !dictionaryWord(name) && inTitleCase(givenSet(), name) {
			claims = append(claims, claim(toks[k].Start, toks[k].End, chatScore))
		}
	}
	fs = claimPersons(fs, claims)
	claims = claims[:0]
	j := 0 // the first finding that may end after the token read
	for i := 0; i+2 < len(toks); i++ {
		c := word(i + 1)
		if c != "and" && c != "&" || toks[i+1].NewlineBefore || toks[i+2].NewlineBefore {
			continue
		}
		for j < len(fs) && fs[j].End <= toks[i].Start {
			j++
		}
		// the person before: "danny and kev"; the person after: "kev and danny"
		before := j < len(fs) && sure(fs[j]) && fs[j].End == toks[i].End && lowerCaseSpan(text[fs[j].Start:fs[j].End])
		after := false
		for k := j; k < len(fs) && fs[k].Start <= toks[i+2].Start; k++ {
			if fs[k].Start == toks[i+2].Start {
				after = sure(fs[k]) && lowerCaseSpan(text[fs[k].Start:fs[k].End])
			}
		}
		switch {
		case after && !before && lowerName(word(i)) && free(fs[j:], toks[i].Start, toks[i].End):
			claims = append(claims, claim(toks[i].Start, toks[i].End, chatScore))
		case before && !after && lowerName(word(i+2)) && free(fs[j:], toks[i+2].Start, toks[i+2].End):
			claims = append(claims, claim(toks[i+2].Start, toks[i+2].End, chatScore))
		}
	}
	return claimPersons(fs, claims)
}

// vocativeLeads end a phrase said to someone, whose name may close the message after them
// without a comma: "see you tmrw jess!", "love you amara".
var vocativeLeads = wordSet("you ya u tmrw tmr tomorrow tonight later soon")

// monthAbbreviations are months shortened, which lists of them end with: "january, jan".
var monthAbbreviations = wordSet("jan feb mar apr jun jul aug sep sept oct nov dec")

// commentBefore reports a comment opened earlier on the line of text[at]: "case 'j': // january, jan".
func commentBefore(text string, at int) bool {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	return strings.Contains(text[ls:at], "//") || strings.Contains(text[ls:at], "# ")
}

// endsLine reports that token k is the last word of its line: only marks ("!!", "?", ".") or a
// kiss ("x", "xx") may follow it there; a bracket, as code closes a call, may not.
func endsLine(text string, toks []Token, k int) bool {
	for j := k + 1; j < len(toks) && !toks[j].NewlineBefore; j++ {
		w := text[toks[j].Start:toks[j].End]
		if w != "x" && w != "xx" && w != "xo" && strings.Trim(w, "!?.") != "" {
			return false
		}
	}
	return true
}

// sure reports a person the model is sure of (0.8 or more), whose partner may be claimed: the
// model's doubtful persons in lower case are mostly words of code.
func sure(f redact.Finding) bool { return f.Type == redact.Person && f.Score >= 0.8 }

// afterAsk are the words that follow the name in a request about someone.
var afterAsk = map[string]bool{"about": true, "if": true, "whether": true, "when": true, "to": true, "that": true, "i": true, "we": true,
	"for": true, "back": true, "asap": true, "tomorrow": true, "today": true, "tonight": true, "later": true, "now": true}

// lowerCaseSpan reports a span with letters and none in upper case.
func lowerCaseSpan(s string) bool {
	return hasLower(s) && strings.ToLower(s) == s
}

// free reports that no finding of fs (in start order) overlaps [start, end).
func free(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			return true
		}
		if f.End > start {
			return false
		}
	}
	return true
}

// lowerNamePairs makes a person of a known given name and a family name after it, both in lower
// case, where the model found nothing ("forward this to holger brandstätter", "märta holmgren
// left a voicemail"): chat and hurried notes drop the capitals the model goes by. The given name
// must be one of Veil's curated lists or Faker's and no English word ("rose", "will"); the word
// after it must be a family name the lists know or, with letters outside ASCII or without the
// endings of English words, one they do not; and no English or common word, given name, place,
// organisation, street or group ("maria server", "jose luis": two given names stay apart).
func lowerNamePairs(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var claims []redact.Finding
	j := 0 // the first finding that may end after the token read
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var foreign lazyTest // whether text is prose in another language
	for i := 0; i+1 < len(toks); i++ {
		w, next := word(i), word(i+1)
		if len(w) < 3 || len(next) < 3 || !lowerStart(w) || !lowerStart(next) || toks[i+1].NewlineBefore || toks[i+1].Attached {
			continue
		}
		if !lowerGiven(w) || introWords[w] || foldIn(foreignWords, w) {
			continue // (Swahili's "jina langu", "my name")
		}
		if i > 0 && !toks[i].NewlineBefore {
			if p := word(i - 1); foldIn(foreignDeterminers, p) || p == "the" || p == "a" || p == "an" {
				continue // after an article or a possessive the pair is a noun phrase: "il mio numero", "the mio app"
			}
		}
		if !lowerFamily(next) && !(handleFamily()[next] && lowerName(next) && !englishWord(next) && !dictionaryWord(next) && !inTitleCase(givenSet(), next) && !inTitleCase(curatedGiven(), next)) {
			continue // (a family name of the lists that looks like a given name's plural: "bruna fernandes", "twan jochems")
		}
		if foreign.of(foreignProse, text) && !handleFamily()[next] {
			continue // no English dictionary tells another language's words from names ("claire parce que", "ela vai"); a family name of the lists does (stop 37: "falei com bruna fernandes ontem")
		}
		for j < len(fs) && fs[j].End <= toks[i].Start {
			j++
		}
		if !doubtedOnly(fs[j:], toks[i].Start, toks[i+1].End) || inCode(text, toks[i].Start) {
			continue // the model or a rule found something there; code and its comments ("elif option", "# max polling")
		}
		claims = append(claims, claim(toks[i].Start, toks[i+1].End, chatScore))
		i++
	}
	return claimPersons(fs, claims)
}

// doubtedOnly reports that the findings of fs (in start order) that overlap [start, end) are
// none, or only the model's persons, places and organisations inside it below the line it
// reports at (0.5; "alberico scamarcio", an organisation at 0.47):
// "draft a reply to silvia cocci", where it read "silvia" as a person at 0.27.
func doubtedOnly(fs []redact.Finding, start, end int) bool {
	for _, f := range fs {
		if f.Start >= end {
			return true
		}
		if f.End > start && (f.Start < start || f.End > end || f.Score >= 0.5 || f.Source != redact.SourceModel ||
			f.Type != redact.Person && f.Type != redact.Location && f.Type != redact.Organization) {
			return false
		}
	}
	return true
}

// lowerStart reports a word that opens with a lower-case ASCII letter or a byte outside ASCII; an
// empty word (wordAt before a mark) opens with neither.
func lowerStart(w string) bool {
	return w != "" && (w[0] >= 'a' && w[0] <= 'z' || w[0] >= utf8.RuneSelf)
}

// lowerFamily reports a word in lower case that may be the family name after a given name in
// lower case (lowerNamePairs).
func lowerFamily(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	if n < 3 || n > 20 || !strings.ContainsAny(w, "aeiouyáàâäãåæéèêëíìîïóòôöõøúùûüýÿąęėįųūőű") || englishWord(w) || englishWord(strings.TrimSuffix(w, "s")) ||
		commonLower(w) || notChatName(w) || foldIn(placeAndOrgWords, w) {
		return false
	}
	if one := strings.TrimSuffix(w, "s"); inTitleCase(givenSet(), w) || inTitleCase(curatedGiven(), w) || inTitleCase(earlyFakerGiven(), w) || inTitleCase(givenSet(), one) || inTitleCase(curatedGiven(), one) || inTitleCase(earlyFakerGiven(), one) ||
		embeddedClass(w)&(gFirst|gCity|gState|gCountry|gOrg|gOrgSuffix|gStreet|gNRP|gTitle) != 0 {
		return false
	}
	if handleFamily()[w] {
		return true
	}
	if strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return true // "brandstätter", "nørgaard": no English word
	}
	if dictionaryWord(w) || dictionaryWord(strings.TrimSuffix(w, "s")) {
		return false // "rick rolled", "trinidad pepper", "gregorian ordinal", "hugo templates"
	}
	for _, suffix := range verbEndings {
		if strings.HasSuffix(w, suffix) {
			return false // words the dictionary lacks: "ana vibing", "max dockerized"
		}
	}
	return true // "helmut oberhuber", "paolo guidetti"
}

// verbEndings end English verbs, adverbs and abstract nouns, and few family names; "-er", "-al"
// and "-ist" end many (Oberhuber, Carvajal, Lindqvist), so they are left to the dictionary.
var verbEndings = []string{"ing", "ed", "ly", "tion", "sion", "ness", "ment", "able", "ible", "ful", "ous", "ive", "less", "ize", "ise"}

// codeNames are given names that code writes in lower case as words of its own.
var codeNames = wordSet("max min val len sum err")

// lowerGiven reports a given name of Veil's curated lists or Faker's in lower case that is no
// English or common word ("holger", "priya"; not "rose", "will").
func lowerGiven(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if notChatName(w) || keywords[w] || codeNames[w] {
		return false
	}
	return (inTitleCase(curatedGiven(), w) || inTitleCase(fakerGiven(), w)) && !englishWord(w) && !commonLower(w)
}

// turnAcks open a turn that says something to the other speaker: "okay jacob booth and what's …",
// "thank you jan wojsa can you confirm …".
var turnAcks = wordSet("okay ok alright great perfect thanks thank you hi hello hey")

// answerFillers open an answer: "caller: yeah it's shane cross", "my name is", "this is".
var answerFillers = wordSet("yeah yes yep sure um uh umm so well it's it 's its is my name name's this i'm im")

// functionWords are the words of a sentence's grammar, which no name said in a turn holds.
var functionWords = wordSet("a an the to of in on at for with do does did it that this you your me my we our us he she they them his her its be been not no yes just")

// nameClosers end a name said in a turn: "okay cesare pareto and what's …", "it's shane cross."
var nameClosers = wordSet("and but can could would will so i i'm what let is was from here calling speaking , . ? ! ;")

// namesInTranscripts makes a person of a name said in a call's transcript, in lower case as
// speech-to-text writes it: the caller named at the opening of the agent's turn, after an
// acknowledgement and before the turn goes on ("agent: okay cesare pareto and what's a good
// callback number", "agent: thank you jan wojsa can you confirm …": the first word a given name
// the lists know), and the answer to a question about the name ("can i get your full name please
// caller: yeah it's shane cross": any one to three words that are no common word, the first a
// name of the lists or no word of English). The model misses them in lower case, or takes the
// family name for a word ("mark case", "jacob booth").
func namesInTranscripts(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ":") {
		return fs
	}
	// the words as written: the sets are looked up in any case (foldIn), so that a text with a
	// colon, as most logs and JSON have, costs no lower-cased copy of each word
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	var claims []redact.Finding
	for i := 0; i+2 < len(toks); i++ {
		if !redact.TranscriptSpeaker(word(i)) {
			continue
		}
		c := i + 1
		if word(c) != ":" && c+1 < len(toks) && isDigitByte(text[toks[c].Start]) {
			c++ // speaker 2:
		}
		if word(c) != ":" || !toks[c].Attached {
			continue
		}
		k, acks := c+1, 0
		for k < len(toks) && !toks[k].NewlineBefore && foldIn(turnAcks, word(k)) {
			k, acks = k+1, acks+1
		}
		asked := nameAsked(text, toks, i)
		if asked {
			for k < len(toks) && !toks[k].NewlineBefore && foldIn(answerFillers, word(k)) {
				k++
			}
		}
		if acks == 0 && !asked || k >= len(toks) || toks[k].NewlineBefore {
			continue
		}
		n := k
		for n < len(toks) && n-k < 3 && !toks[n].NewlineBefore && !foldIn(nameClosers, word(n)) && isLetterStart(text[toks[n].Start]) && !foldIn(functionWords, word(n)) {
			n++
		}
		if n == k || n < len(toks) && !toks[n].NewlineBefore && !foldIn(nameClosers, word(n)) {
			continue // no name, or more words than a name's
		}
		if !saidName(text, toks, k, n, asked) {
			continue
		}
		start, end := toks[k].Start, toks[n-1].End
		if onlyPersonsOver(fs, start, end, asked) && !inCode(text, start) {
			claims = append(claims, claim(start, end, chatScore))
		}
	}
	return claimPersons(fs, claims)
}

// saidName reports the words toks[k:n] said where a transcript names someone (namesInTranscripts):
// a given name the lists know first, in any case ("jacob booth", "mark case", "Aurora Petrassi"),
// the words after it no title, month or relation; or two words or more that no list knows and
// that are no words of English ("unnati butala"), one alone only as the answer to a question
// about the name.
func saidName(text string, toks []Token, k, n int, asked bool) bool {
	for j := k; j < n; j++ {
		w := strings.ToLower(text[toks[j].Start:toks[j].End])
		if titles[w] || monthNames[w] || weekdaySet[w] || kinNouns[w] || greetings[w] || turnAcks[w] {
			return false
		}
	}
	first := text[toks[k].Start:toks[k].End]
	lower := strings.ToLower(first)
	if inTitleCase(givenSet(), lower) || lowerGiven(lower) || listedGiven()[first] {
		return true
	}
	if n-k < 2 && !asked {
		return false
	}
	for j := k; j < n; j++ {
		w := text[toks[j].Start:toks[j].End]
		if englishWord(w) || dictionaryWord(w) || !(lowerName(w) || nameLike(w)) {
			return false
		}
	}
	return true
}

// nameAsked reports a question about a name in the turn before the speaker's label at toks[i]:
// "name" within the twelve words before it, on its line or the line before ("can i get your full
// name please", "and your first and last name").
func nameAsked(text string, toks []Token, i int) bool {
	lines := 0
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if strings.EqualFold(text[toks[k].Start:toks[k].End], "name") {
			return true
		}
		if toks[k].NewlineBefore {
			if lines++; lines > 1 {
				return false
			}
		}
	}
	return false
}

// timedSpeakers makes a person of the speaker a transcript's or a chat export's line names after
// its time (stop 49): "00:01:23 Okonkwo Chibuzor: thanks everyone", "[10:02 AM] Ingrid Solberg:
// …", "14:22 - Marisol Vega: …", up to four capitalised words before a colon, in a text with two
// such lines at least. The words are a given name of the lists that is no word, or words no list
// knows but as names, all of them ("Okonkwo Chibuzor"; not an agenda's "09:00 Registration:" or
// "10:30 Keynote Address:"); where the model found nothing there but a person or a place or
// organisation it doubted.
func timedSpeakers(text string, fs []redact.Finding) []redact.Finding {
	if strings.Count(text, ":") < 4 {
		return fs
	}
	var claims []redact.Finding
	lines := 0
	for ls, le := range lineBounds(text) {
		if start, end, ok := timedSpeaker(text, ls, le); ok {
			lines++
			if sp := strings.IndexByte(text[start:end], ' '); sp > 0 && isTitle(text[start:start+sp]) {
				start += sp + 1 // the name after its title: "Dr. Kofi Asante"
			}
			if name := text[start:end]; timedSpeakerName(name) && onlyPersonsOver(fs, start, end, false) && !inCode(text, start) {
				claims = append(claims, claim(start, end, chatScore))
			}
		}
	}
	if lines < 2 {
		return fs
	}
	return claimPersons(fs, claims)
}

// timedSpeaker reads the line text[ls:le] as a clock time, a separator and up to four
// capitalised words before a colon and a blank, and returns the words' span.
func timedSpeaker(text string, ls, le int) (int, int, bool) {
	i := ls
	if i < le && text[i] == '[' {
		i++
	}
	clock := false
	for i < le && i-ls < 28 {
		c := text[i]
		if c == ':' && i > ls && isDigitByte(text[i-1]) && i+2 < le && isDigitByte(text[i+1]) && isDigitByte(text[i+2]) {
			clock = true
		}
		if !isDigitByte(c) && c != ':' && c != '/' && c != '.' && c != ',' && c != ' ' && c != '-' {
			if c|0x20 == 'a' || c|0x20 == 'p' { // 10:02 AM
				if i+1 < le && text[i+1]|0x20 == 'm' {
					i += 2
					continue
				}
			}
			break
		}
		i++
	}
	if !clock || i >= le {
		return 0, 0, false
	}
	if text[i] == ']' {
		i++
	}
	for i < le && (text[i] == ' ' || text[i] == '-' || text[i] == '|') {
		i++
	}
	if strings.HasPrefix(text[i:le], "— ") || strings.HasPrefix(text[i:le], "– ") {
		i += len("— ")
	}
	start, words := i, 0
	for i < le && words < 4 {
		e := i
		for e < le && text[e] != ' ' && text[e] != ':' {
			e++
		}
		if e == i || !startsUpper(text[i:e]) {
			return 0, 0, false
		}
		words++
		if e+1 < le && text[e] == ':' && text[e+1] == ' ' {
			return start, e, true
		}
		if e >= le || text[e] != ' ' {
			return 0, 0, false
		}
		i = e + 1
	}
	return 0, 0, false
}

// timedSpeakerName reports the words of a timed speaker as a name (timedSpeakers).
func timedSpeakerName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 1 {
		w := words[0]
		return nameLike(w) && (listedGiven()[w] || givenSet()[w]) && !englishWord(w) && !dictionaryWord(w) &&
			embeddedClass(w)&(gCity|gState|gCountry|gOrg|gStreet|gCommon) == 0 || onlyAName(w)
	}
	given := false
	for _, w := range words {
		if len(w) == 2 && w[1] == '.' && isUpperASCII(w[0]) { // an initial: "J. Okafor"
			continue
		}
		if !nameLike(w) || foldIn(placeAndOrgWords, w) {
			return false
		}
		if (listedGiven()[w] || givenSet()[w]) && !englishWord(w) {
			given = true
		} else if !onlyAName(w) && !familyWord(w) {
			return false
		}
	}
	return given || len(words) >= 2
}

// chatEvents are the words a chat's or a call's system message writes after a member's name:
// "Chad Jordan joined the channel.", "Michelle Downs left the call".
var chatEvents = []string{" joined the channel", " left the channel", " joined the call", " left the call", " joined the meeting",
	" left the meeting", " joined the group", " left the group", " was added to the", " was removed from the", " has joined the", " has left the"}

// namesOfChatEvents makes a person of the one to three words of a name (chatMemberWord,
// wordRunBefore) that open a line or a sentence before one of chatEvents (stop 59: "Chad Jordan
// joined the channel.", where the model read a place "Chad" and left "Jordan"), where the model
// found nothing there or a place or an organisation it was not sure of (under 0.9).
func namesOfChatEvents(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " joined ") && !strings.Contains(text, " left the ") && !strings.Contains(text, " was ") && !strings.Contains(text, " has ") {
		return fs
	}
	var claims []redact.Finding
	for _, ev := range chatEvents {
		for k := range occurrences(text, ev) {
			start := wordRunBefore(text, k, 3, chatMemberWord)
			if start == k || start > 0 && !lineOrSentenceOpens(text, start) {
				continue
			}
			sure := false
			for _, f := range fs[near(fs, start):] {
				if f.Start >= k {
					break
				}
				sure = sure || f.End > start && (f.Type == redact.StreetAddress || f.Type != redact.Person && f.Score >= 0.9)
			}
			if !sure {
				claims = append(claims, claim(start, k, shapeScore))
			}
		}
	}
	return claimPersons(fs, claims)
}

// chatMemberWord reports a word of a chat's member's name: written as names are, no
// organisation's word or legal form, team's or service's word ("Slack Bot") or computing term.
func chatMemberWord(w string) bool {
	return nameLike(w) && !companyWord(w) && !foldIn(teamWords, w) && !techTerms[w]
}

// lineOrSentenceOpens reports text[start] opening its line, or a sentence after ". ", or a chat
// line's text after its sender's or its time's "] " or ": ".
func lineOrSentenceOpens(text string, start int) bool {
	if text[start-1] == '\n' {
		return true
	}
	return start >= 2 && text[start-1] == ' ' && strings.IndexByte(".]:!?", text[start-2]) >= 0
}
