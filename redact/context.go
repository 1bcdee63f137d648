package redact

// Context words raise a finding's score when one appears near it, as in Presidio's context
// model: a nine-digit number is a weak SSN alone and a strong one after "SSN:". The policy's
// min_score then decides whether the finding is acted on.
const (
	contextBelow  = 0.7  // only findings scoring below this look for context: stronger ones need none
	contextBoost  = 0.35 // added to a finding's score when a context word is near
	contextBefore = 64   // bytes before a finding searched for context words
	contextAfter  = 32   // bytes after it
)

// ContextWords lists, per entity type, the lower-case words or phrases that mark its context.
var ContextWords = map[string][]string{
	Phone:      {"phone", "telephone", "tel", "cell", "cellphone", "mobile", "fax", "call", "office", "contact", "reach", "whatsapp", "landline", "ph", "phone number", "number"},
	SSN:        {"ssn", "ssns", "social security", "social sec", "ssid"},
	CreditCard: {"card", "credit", "debit", "visa", "mastercard", "amex", "pan", "cc", "payment"},
	IBAN:       {"iban", "bank", "account", "transfer", "wire"},
	IPAddress:  {"ip", "address", "host", "server", "client", "from"},
}

// contextSets are ContextWords as sets, for one-pass lookups of words and two-word phrases.
var contextSets = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for typ, words := range ContextWords {
		out[typ] = map[string]bool{}
		for _, w := range words {
			out[typ][w] = true
			contextFirst[w[0]] = true
		}
	}
	return out
}()

// contextFirst marks the first letters of all context words: most words are rejected by it.
var contextFirst [256]bool

// applyContext raises the scores of findings that have context words nearby.
func applyContext(text string, fs []Finding) {
	for i := range fs {
		set := contextSets[fs[i].Type]
		if len(set) == 0 || fs[i].Score >= contextBelow {
			continue
		}
		if hasContext(text, fs[i].Start, fs[i].End, set) {
			fs[i].Score = min(1, fs[i].Score+contextBoost)
		}
	}
}

// hasContext reports whether a word, or two consecutive words, near text[start:end] are in set.
// It lower-cases words into a stack buffer, so it allocates nothing.
func hasContext(text string, start, end int, set map[string]bool) bool {
	lo, hi := max(0, start-contextBefore), min(len(text), end+contextAfter)
	for _, win := range []string{text[lo:start], text[end:hi]} {
		var pair [72]byte // "previous current"
		prev := 0         // length of the previous word at the front of pair, or 0
		for i := 0; i < len(win); {
			if !isAlnum(win[i]) {
				i++
				continue
			}
			j := i
			for j < len(win) && isAlnum(win[j]) {
				j++
			}
			w := win[i:j]
			i = j
			if !contextFirst[w[0]|byteLower(w[0])] && prev == 0 {
				continue
			}
			if len(w) > 32 {
				prev = 0
				continue
			}
			var buf [32]byte
			for k := 0; k < len(w); k++ {
				buf[k] = w[k] | byteLower(w[k])
			}
			if set[string(buf[:len(w)])] {
				return true
			}
			if prev > 0 {
				n := copy(pair[prev+1:], buf[:len(w)])
				if set[string(pair[:prev+1+n])] {
					return true
				}
			}
			prev = copy(pair[:32], buf[:len(w)])
			pair[prev] = ' '
		}
	}
	return false
}

// byteLower is the bit that lower-cases an ASCII upper-case letter, and 0 for any other byte.
func byteLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return 0x20
	}
	return 0
}
