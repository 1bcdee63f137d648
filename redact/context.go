package redact

import "strings"

// Context words raise a finding's score when one appears near it, as in Presidio's context
// model: a nine-digit number is a weak SSN alone and a strong one after "SSN:". The policy's
// min_score then decides whether the finding is acted on.
const (
	contextBoost  = 0.35 // added to a finding's score when a context word is near
	contextBefore = 64   // bytes before a finding searched for context words
	contextAfter  = 32   // bytes after it
)

// ContextWords lists, per entity type, the lower-case words or phrases that mark its context.
var ContextWords = map[string][]string{
	Phone:      {"phone", "telephone", "tel", "cell", "cellphone", "mobile", "fax", "call", "office", "contact", "reach", "whatsapp", "landline", "ph", "phone number", "number"},
	SSN:        {"ssn", "ssns", "social security", "social sec", "ss#", "ss #", "ssid"},
	CreditCard: {"card", "credit", "debit", "visa", "mastercard", "amex", "pan", "cc", "payment"},
	IBAN:       {"iban", "bank", "account", "transfer", "wire"},
	IPAddress:  {"ip", "address", "host", "server", "client", "from"},
}

// applyContext raises the scores of findings that have context words nearby.
func applyContext(text string, fs []Finding) {
	for i := range fs {
		words := ContextWords[fs[i].Type]
		if len(words) == 0 || fs[i].Score >= 1 {
			continue
		}
		if hasContext(text, fs[i].Start, fs[i].End, words) {
			fs[i].Score = min(1, fs[i].Score+contextBoost)
		}
	}
}

// hasContext reports whether one of words stands as a whole word near text[start:end].
func hasContext(text string, start, end int, words []string) bool {
	lo, hi := max(0, start-contextBefore), min(len(text), end+contextAfter)
	for _, win := range []string{text[lo:start], text[end:hi]} {
		lower := strings.ToLower(win)
		for _, w := range words {
			for off := 0; ; {
				k := strings.Index(lower[off:], w)
				if k < 0 {
					break
				}
				a, b := off+k, off+k+len(w)
				if (a == 0 || !isAlnum(lower[a-1])) && (b == len(lower) || !isAlnum(lower[b])) {
					return true
				}
				off = b
			}
		}
	}
	return false
}
