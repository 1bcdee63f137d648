package tokenize

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/vault"
)

// Detector finds personal data in a text, with a policy's term lists and fail mode.
type Detector interface {
	Run(ctx context.Context, text string, opt redact.Options) (redact.Result, error)
}

// Vault mints tokens durably.
type Vault interface {
	TokenKey(ctx context.Context, tenant string) ([]byte, error)
	Mint(ctx context.Context, tenant string, items []vault.Item) ([]string, error)
}

// Redactor applies a policy's actions to the findings in a set of texts.
type Redactor struct {
	detector Detector
	lex      redact.Lexicon // the detector's words, when it knows them: a plain word read as an account is looked for where it is no word
	vault    Vault
	parallel int
}

// SetParallel lets a plan run detection on up to n of its texts at once (default 1, in order).
// Worth it when detection waits on a remote model: the concurrent calls share its batches.
func (r *Redactor) SetParallel(n int) { r.parallel = n }

// DetectError is a detection's failure on one of a plan's texts, by its index, so that a
// caller can name the line or message it came from.
type DetectError struct {
	Text int
	Err  error
}

func (e *DetectError) Error() string { return fmt.Sprintf("detect in text %d: %v", e.Text, e.Err) }
func (e *DetectError) Unwrap() error { return e.Err }

// detectAll runs detection on every text but names, up to r.parallel at once; the first error,
// in text order, wins. A participant's name is one PERSON finding, whole.
func (r *Redactor) detectAll(ctx context.Context, texts []string, names []bool, opt redact.Options) ([]redact.Result, error) {
	out := make([]redact.Result, len(texts))
	errs := make([]error, len(texts))
	for i := range names {
		if names[i] && texts[i] != "" {
			out[i].Findings = []redact.Finding{{Type: redact.Person, Start: 0, End: len(texts[i]), Score: 1, Source: redact.SourceField}}
		}
	}
	if r.parallel <= 1 || len(texts) < 2 {
		for i, text := range texts {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if names != nil && names[i] {
				continue
			}
			if out[i], errs[i] = r.detector.Run(ctx, text, opt); errs[i] != nil {
				return nil, &DetectError{Text: i, Err: errs[i]}
			}
		}
		return out, nil
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, r.parallel)
	var wg sync.WaitGroup
	for i, text := range texts {
		if names != nil && names[i] {
			continue
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if out[i], errs[i] = r.detector.Run(ctx, text, opt); errs[i] != nil {
				cancel()
			}
		}()
	}
	wg.Wait()
	first := -1
	for i, err := range errs {
		if err == nil {
			continue
		}
		// texts stopped because another failed report that failure, not their cancellation
		if !errors.Is(err, context.Canceled) || parent.Err() != nil {
			return nil, &DetectError{Text: i, Err: err}
		}
		if first < 0 {
			first = i
		}
	}
	if first >= 0 {
		return nil, &DetectError{Text: first, Err: errs[first]}
	}
	return out, nil
}

// NewRedactor returns a Redactor.
func NewRedactor(d Detector, v Vault) *Redactor {
	lex, _ := d.(redact.Lexicon)
	return &Redactor{detector: d, lex: lex, vault: v}
}

// Count keys the per-type, per-action counters of an Outcome.
type Count struct {
	Type   string
	Action policies.Action
}

// Outcome is the result of redacting a set of texts. It holds personal data (Tokens) and so
// never goes to a log as it is.
type Outcome struct {
	Texts   []string          // the texts with every finding replaced, in input order
	Tokens  map[string]string // token -> value as written, the request's re-hydration scope
	Counts  map[Count]int     // findings per type and action
	Blocked map[string]int    // findings per type whose action is block; non-empty means refuse
}

// String keeps an Outcome's values out of logs and error messages.
func (o *Outcome) String() string {
	return fmt.Sprintf("outcome{%d texts, %d tokens}", len(o.Texts), len(o.Tokens))
}

// BlockedSummary names the types a policy blocked, with their counts and never a value, in
// type order: "API_KEY x1, US_SSN x2".
func BlockedSummary(blocked map[string]int) string {
	types := make([]string, 0, len(blocked))
	for t := range blocked {
		types = append(types, t)
	}
	slices.Sort(types)
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("%s x%d", t, blocked[t])
	}
	return strings.Join(parts, ", ")
}

// RedactedMarker is the replacement for the redact action.
func RedactedMarker(typ string) string { return "[REDACTED_" + typ + "]" }

type planned struct {
	f      redact.Finding
	action policies.Action
	item   int // index into items for tokenize
}

// Plan is a set of texts with their findings decided but nothing minted yet.
type Plan struct {
	r       *Redactor
	tenant  string
	texts   []string
	plans   [][]planned
	items   []vault.Item
	kinds   []string       // per item: the type a surrogate stands for, "" for a token
	persons []string       // per item: whose offset moves a date stand-in, "" for the tenant's
	names   []bool         // per text: a participant's name, masked whole in its alphabet
	Counts  map[Count]int  // findings per type and action
	Blocked map[string]int // findings per type whose action is block; non-empty means refuse
	// Degraded is set when a recognizer was unavailable and the policy's fail mode let
	// detection go on without it.
	Degraded bool
}

// Plan detects personal data in texts, one record (a request, a dataset line), and decides each
// finding's action under pol. Nothing is written: Apply mints the tokens.
func (r *Redactor) Plan(ctx context.Context, tenant string, pol *policies.Policy, texts []string) (*Plan, error) {
	return r.PlanRecords(ctx, tenant, pol, texts, nil, nil)
}

// repeatAcross masks, in each text of a record (or of a request: records nil), the values that a
// cue word vouched for in another of its texts: a chat's "MRN: A449201" in one message and
// "A449201 is Sofía's" in the next, a fine-tuning record's prompt and its answer. Each text's
// own repeats the detector has masked already. Records are kept apart, so that a line's output
// never depends on the lines batched with it.
func repeatAcross(texts []string, results []redact.Result, records []int, lex redact.Lexicon) {
	if len(texts) < 2 {
		return
	}
	for lo := 0; lo < len(texts); {
		hi := lo + 1
		for records != nil && hi < len(texts) && records[hi] == records[lo] {
			hi++
		}
		if records == nil {
			hi = len(texts)
		}
		if hi-lo > 1 {
			var values map[string]redact.Vouched
			for i := lo; i < hi; i++ {
				values = redact.VouchedValues(texts[i], results[i].Findings, values, lex)
			}
			for i := lo; len(values) > 0 && i < hi; i++ {
				results[i].Findings = redact.Repeats(texts[i], results[i].Findings, values)
			}
		}
		lo = hi
	}
}

// PlanRecords is Plan for texts of several records: records[i] is the record of texts[i], in
// order (nil: one record). A record is what a policy's `date_shift: person` reads its person from.
//
// names lists, ascending, the texts that are chat participants' names (a message's "name",
// jsonscan.Name): each is one PERSON finding, whole, with no detection run on it, and comes out
// of Apply in the alphabet OpenAI allows there (^[a-zA-Z0-9_-]{1,64}$): [PERSON_7KQ2M9XA] is
// written PERSON_7KQ2M9XA, which the re-hydration finder reads as well. An underscore of the
// name counts as a space, so "ana_ruiz" is the same person as "Ana Ruiz" in a message's text.
func (r *Redactor) PlanRecords(ctx context.Context, tenant string, pol *policies.Policy, texts []string, records []int, names []int) (*Plan, error) {
	p := &Plan{r: r, tenant: tenant, texts: texts, plans: make([][]planned, len(texts)), Counts: map[Count]int{}, Blocked: map[string]int{}}
	if len(names) > 0 {
		p.names = make([]bool, len(texts))
		for _, i := range names {
			if i < 0 || i >= len(texts) {
				return nil, fmt.Errorf("plan: name text %d of %d", i, len(texts))
			}
			p.names[i] = true
		}
	}
	opt := redact.Options{Terms: pol.Terms(), Degrade: pol.FailMode == policies.FailDegrade}
	results, err := r.detectAll(ctx, texts, p.names, opt)
	if err != nil {
		return nil, err
	}
	repeatAcross(texts, results, records, r.lex)
	// sized once for every finding: a dataset batch has hundreds, and growing four slices and
	// a map finding by finding was most of what planning allocated
	n := 0
	for _, res := range results {
		n += len(res.Findings)
	}
	index := make(map[[2]string]int, n)
	all := make([]planned, 0, n) // every text's plans, one after another
	p.items, p.kinds, p.persons = make([]vault.Item, 0, n), make([]string, 0, n), make([]string, 0, n)
	var person [][]string // per finding of each text: whose offset moves it, if a date
	if pol.DateShift == policies.ShiftPerson {
		person = recordPersons(texts, results, records, pol)
	}
	for i, text := range texts {
		res := results[i]
		p.Degraded = p.Degraded || res.Degraded
		first := len(all)
		for fi, f := range res.Findings {
			a := pol.Decide(f.Type, f.Score)
			p.Counts[Count{f.Type, a}]++
			pl := planned{f: f, action: a, item: -1}
			switch a {
			case policies.Allow:
				continue
			case policies.Block:
				p.Blocked[f.Type]++
			case policies.Surrogate:
				if !surrogateable(f.Type, text[f.Start:f.End]) { // no stand-in for it: a token
					p.Counts[Count{f.Type, a}]--
					if p.Counts[Count{f.Type, a}] == 0 {
						delete(p.Counts, Count{f.Type, a})
					}
					a, pl.action = policies.Tokenize, policies.Tokenize
					p.Counts[Count{f.Type, a}]++
				}
				fallthrough
			case policies.Tokenize:
				value := text[f.Start:f.End]
				if p.names != nil && p.names[i] {
					value = strings.ReplaceAll(value, "_", " ")
				}
				space, kind := f.Type, ""
				if a == policies.Surrogate {
					space, kind = surrogateSpace(f.Type), f.Type
				}
				key := [2]string{space, Normalize(f.Type, value)}
				scope := ""
				if a == policies.Surrogate && dateType(f.Type) && person != nil && person[i][fi] != "" {
					scope = person[i][fi]
					key[1] += "\x00person\x00" + scope // the same date of another person is another value
				}
				k, ok := index[key]
				if !ok {
					k = len(p.items)
					index[key] = k
					p.items = append(p.items, vault.Item{Type: space, Norm: key[1], Value: value})
					p.kinds = append(p.kinds, kind)
					p.persons = append(p.persons, scope)
				}
				pl.item = k
			}
			all = append(all, pl)
		}
		if len(all) > first {
			p.plans[i] = all[first:len(all):len(all)]
		}
	}
	return p, nil
}

// recordPersons returns, for each finding of each text (texts in order, records[i] the record of
// texts[i], nil for one record), the normalised name of the person whose offset moves it under
// `date_shift: person`, or "" for the tenant's offset. A date belongs to the first person its
// sentence names whom the policy masks ("Ana Ruiz was admitted 03/01"; "On 03/04 her husband Tom
// Ruiz was"); in a sentence that names nobody, to the person of the last sentence before it that
// named someone, in the same record ("He was discharged 03/09."); before any, to the first person
// the record names ("DOB 1961-04-12. Patient: Ana Ruiz"). A record that names nobody uses the
// tenant's offset. Only dates read the answer.
func recordPersons(texts []string, results []redact.Result, records []int, pol *policies.Policy) [][]string {
	out := make([][]string, len(texts))
	masked := func(f redact.Finding) bool {
		return f.Type == redact.Person && pol.Decide(f.Type, f.Score) != policies.Allow
	}
	for lo := 0; lo < len(texts); {
		hi := lo + 1
		for hi < len(texts) && (records == nil || records[hi] == records[lo]) {
			hi++
		}
		first := ""
	find:
		for i := lo; i < hi; i++ {
			for _, f := range results[i].Findings {
				if masked(f) {
					first = Normalize(f.Type, texts[i][f.Start:f.End])
					break find
				}
			}
		}
		carry := first // the person of the last sentence that named one
		for i := lo; i < hi; i++ {
			text, fs := texts[i], results[i].Findings
			out[i] = make([]string, len(fs))
			if first == "" {
				continue
			}
			// findings are in start order: walk them sentence by sentence
			for k := 0; k < len(fs); {
				end := sentenceEnd(text, fs[k].Start)
				n := k
				person := ""
				for n < len(fs) && fs[n].Start < end {
					if person == "" && masked(fs[n]) {
						person = Normalize(fs[n].Type, text[fs[n].Start:fs[n].End])
					}
					n++
				}
				if person != "" {
					carry = person
				}
				for ; k < n; k++ {
					out[i][k] = carry
				}
			}
		}
		lo = hi
	}
	return out
}

// sentenceEnd returns where the sentence holding text[at] ends: after a line break, or after
// '.', '!' or '?' and a space, unless the period closes a title or an initial ("Dr. Lee",
// "J. Smith"), a short capitalised word.
func sentenceEnd(text string, at int) int {
	for i := at; i < len(text); i++ {
		switch text[i] {
		case '\n':
			return i + 1
		case '.', '!', '?':
			if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
				continue
			}
			if text[i] == '.' {
				w := i
				for w > 0 && isASCIILetter(text[w-1]) {
					w--
				}
				if i-w >= 1 && i-w <= 3 && text[w] >= 'A' && text[w] <= 'Z' {
					continue // "Dr.", "Mrs.", "J."
				}
			}
			return i + 1
		}
	}
	return len(text)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// Apply mints the plan's tokens in one durable vault write and returns the replaced texts. It
// refuses a plan that blocks.
func (p *Plan) Apply(ctx context.Context) (*Outcome, error) {
	if len(p.Blocked) > 0 {
		return nil, fmt.Errorf("apply: the policy blocks %d types", len(p.Blocked))
	}
	out := &Outcome{Tokens: make(map[string]string, len(p.items)), Counts: p.Counts, Blocked: p.Blocked}
	var tokens []string
	if len(p.items) > 0 {
		key, err := p.r.vault.TokenKey(ctx, p.tenant)
		if err != nil {
			return nil, err
		}
		for k := range p.items {
			it, kind, person := &p.items[k], p.kinds[k], p.persons[k]
			it.Gen = func() []string { // only for values the vault has not seen
				if kind == "" {
					return Candidates(key, it.Type, it.Norm)
				}
				c := surrogateCandidates(key, kind, it.Norm, it.Value, person)
				if len(c) == 0 {
					return Candidates(key, kind, it.Norm) // a value too short for its stand-in
				}
				if person != "" {
					// two people's dates, each moved by its own offset, can land on one day, which
					// only one of them may hold: the other gets a token
					c = append(c, Candidates(key, kind, it.Norm)...)
				}
				return c
			}
		}
		if tokens, err = p.r.vault.Mint(ctx, p.tenant, p.items); err != nil {
			return nil, err
		}
		for k, t := range tokens {
			out.Tokens[t] = p.items[k].Value
		}
	}
	out.Texts = make([]string, len(p.texts))
	for i, text := range p.texts {
		if len(p.plans[i]) == 0 {
			out.Texts[i] = text
			continue
		}
		var b strings.Builder
		b.Grow(len(text) + 16*len(p.plans[i])) // a token is about as long as what it replaces
		last := 0
		for _, pl := range p.plans[i] {
			b.WriteString(text[last:pl.f.Start])
			switch pl.action {
			case policies.Tokenize, policies.Surrogate:
				b.WriteString(tokens[pl.item])
			case policies.Generalize:
				b.WriteString(Generalize(pl.f.Type, text[pl.f.Start:pl.f.End]))
			default:
				b.WriteString(RedactedMarker(pl.f.Type))
			}
			last = pl.f.End
		}
		b.WriteString(text[last:])
		out.Texts[i] = b.String()
		if p.names != nil && p.names[i] {
			out.Texts[i] = ParticipantName(out.Texts[i])
		}
	}
	return out, nil
}

// ParticipantName writes s in the alphabet of a chat participant's name, ^[a-zA-Z0-9_-]{1,64}$:
// brackets dropped ([PERSON_7KQ2M9XA] → PERSON_7KQ2M9XA), any other character outside it, a
// space or a letter with an accent, an underscore, never two in a row, none at either end, and
// at most 64 bytes. A value with nothing left is "_".
func ParticipantName(s string) string {
	b := make([]byte, 0, len(s))
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-':
			b = append(b, c)
		case c == '[' || c == ']':
		case c >= 0x80 && c < 0xc0: // a continuation byte: its rune's lead byte wrote the underscore
		default:
			if len(b) > 0 && b[len(b)-1] != '_' {
				b = append(b, '_')
			}
		}
	}
	b = b[:min(len(b), 64)]
	for len(b) > 0 && b[len(b)-1] == '_' {
		b = b[:len(b)-1]
	}
	if len(b) == 0 {
		return "_"
	}
	return string(b)
}

// Redact detects and replaces personal data in texts, one record, under pol: Plan, then Apply.
// When the policy blocks any finding, nothing is minted and the outcome's Blocked says why.
func (r *Redactor) Redact(ctx context.Context, tenant string, pol *policies.Policy, texts []string) (*Outcome, error) {
	return r.RedactRecords(ctx, tenant, pol, texts, nil, nil)
}

// RedactRecords is Redact for texts of several records, some of them participants' names, as
// PlanRecords reads them.
func (r *Redactor) RedactRecords(ctx context.Context, tenant string, pol *policies.Policy, texts []string, records []int, names []int) (*Outcome, error) {
	p, err := r.PlanRecords(ctx, tenant, pol, texts, records, names)
	if err != nil {
		return nil, err
	}
	if len(p.Blocked) > 0 {
		return &Outcome{Tokens: map[string]string{}, Counts: p.Counts, Blocked: p.Blocked}, nil
	}
	return p.Apply(ctx)
}
