package redact

import "slices"

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
	Phone:      {"phone", "telephone", "tel", "cell", "cellphone", "mobile", "fax", "call", "calling", "office", "contact", "reach", "whatsapp", "landline", "ph", "phone number", "number", "answering", "answer", "dial", "ring", "text", "sms", "mob", "hotline", "extension"},
	SSN:        {"ssn", "ssns", "social security", "social sec", "ssid"},
	CreditCard: {"card", "credit", "debit", "visa", "mastercard", "amex", "pan", "cc", "payment"},
	IBAN:       {"iban", "bank", "account", "transfer", "wire"},
	IPAddress:  {"ip", "address", "host", "server", "client", "from"},
	DateTime:   {"admitted", "admission", "discharged", "discharge", "died", "death", "deceased", "passed away", "visit", "visited", "seen", "appointment", "surgery", "procedure", "date of service", "dos", "hospitalized", "diagnosed", "treated", "dob", "born"},
}

// applyContext raises the scores of findings that have a context word of their type nearby;
// hits are the context words in text, in order.
func applyContext(fs []Finding, hits []contextHit) {
	if len(hits) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.Score >= contextBelow || f.Type == DateTime && f.Score <= timestampScore {
			continue
		}
		lo, hi := f.Start-contextBefore, f.End+contextAfter
		k, _ := slices.BinarySearchFunc(hits, lo, func(h contextHit, at int) int { return h.start - at })
		for ; k < len(hits) && hits[k].start < hi; k++ {
			h := hits[k]
			if h.typ == f.Type && (h.end <= f.Start || h.start >= f.End) {
				f.Score = min(1, f.Score+contextBoost)
				break
			}
		}
	}
}
