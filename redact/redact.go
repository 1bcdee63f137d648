// Package redact finds personal data in text: recognizers, their findings, and the rule that merges overlapping ones.
package redact

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"runtime/debug"
	"slices"
	"sync"
	"unicode/utf8"
)

// ErrInvalidInput classifies text that cannot be scanned, such as invalid UTF-8.
var ErrInvalidInput = errors.New("invalid input")

// ErrUnavailable classifies a recognizer that could not run: a model server that is down or
// past its deadline. Options.Degrade decides whether detection goes on without it.
var ErrUnavailable = errors.New("recognizer unavailable")

// ErrInternal classifies a detection that failed on a fault of Veil's own: a recognizer's panic,
// recovered by Run, which logs its stack. The text is refused as any failed detection is, so a
// gateway sends nothing upstream and `veil redact` stops at the line, instead of the process dying.
var ErrInternal = errors.New("internal detection error")

// Options are the per-call settings of a detection.
type Options struct {
	// Terms are a tenant's term lists: its deny terms are found as well, and a finding whose
	// text is on its allow list is dropped.
	Terms *Terms
	// Degrade goes on without a recognizer whose error wraps ErrUnavailable, and says so in
	// Result.Degraded; without it such an error fails the detection.
	Degrade bool
}

// Result is the outcome of a detection.
type Result struct {
	Findings []Finding
	// Degraded is set when a recognizer was unavailable and detection went on without it.
	Degraded bool
}

// Finding is one detected span of personal data. Start and End are byte offsets into the scanned text.
type Finding struct {
	Type   string  `json:"type"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Score  float64 `json:"score"`
	Source string  `json:"source"`
}

// Recognizer finds spans of one or more entity types. It appends to dst and returns it.
type Recognizer interface {
	Recognize(ctx context.Context, text string, dst []Finding) ([]Finding, error)
}

// Detector runs recognizers over a text and resolves overlaps between their findings. Every
// Detector also runs the cue automaton: identifiers announced by cue words, special-category
// terms, and the context words that raise scores.
type Detector struct {
	recognizers []Recognizer
	cues        *Cues
	lex         Lexicon // the first recognizer that knows words, or nil
}

// Lexicon is a recognizer that knows the words of languages (the NER backend's lists): an
// account's name written as a plain word ("user mbrennan") is looked for elsewhere in the text
// only where a Lexicon says it is no word (see plainAccount).
type Lexicon interface {
	Word(w string) bool
}

// NewDetector returns a Detector over the given recognizers and the cue automaton.
func NewDetector(recognizers ...Recognizer) *Detector {
	d := &Detector{recognizers: recognizers, cues: newCues()}
	for _, r := range recognizers {
		if l, ok := r.(Lexicon); ok {
			d.lex = l
			break
		}
	}
	return d
}

// Word implements Lexicon with the detector's recognizers: false when none knows words.
func (d *Detector) Word(w string) bool { return d.lex != nil && d.lex.Word(w) }

// Detect returns the non-overlapping findings in text, ordered by start offset. Recognizers run
// on a normalized copy (see normalize) and findings map back to exact offsets in text. Invalid
// UTF-8 is an error wrapping ErrInvalidInput, never a guess at offsets.
func (d *Detector) Detect(ctx context.Context, text string) ([]Finding, error) {
	return d.DetectTerms(ctx, text, nil)
}

// DetectTerms is Detect with a tenant's term lists: its deny terms are found as well, and a
// finding whose text is on its allow list is dropped.
func (d *Detector) DetectTerms(ctx context.Context, text string, terms *Terms) ([]Finding, error) {
	res, err := d.Run(ctx, text, Options{Terms: terms})
	return res.Findings, err
}

// Run detects with per-call options. A recognizer's panic is an error wrapping ErrInternal.
func (d *Detector) Run(ctx context.Context, text string, opt Options) (_ Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			// the stack names the code; the text, which holds personal data, is not logged
			slog.Error("detection panicked", "panic", r, "bytes", len(text), "stack", string(debug.Stack()))
			err = fmt.Errorf("%w: %v", ErrInternal, r)
		}
	}()
	if !utf8.ValidString(text) {
		return Result{}, fmt.Errorf("%w: text is not valid UTF-8 (at byte %d)", ErrInvalidInput, invalidAt(text))
	}
	res, again, err := d.detect(ctx, text, normalizeWritten(text), opt, true)
	for k := 0; again != nil && k < 2; k++ {
		// two number words side by side, and a number said that they begin: read the text again
		// with the numbers said written as digits ("nine oh two one oh" as 90210); so with the
		// other causes the cue words' pass finds, and (once, on that copy too) a number the pattern
		// pass met disguised with look-alike letters
		res, again, err = d.detect(ctx, text, *again, opt, false)
	}
	return res, err
}

// detect reads n, a normalisation of text: the cue words, the recognizers and the passes after
// them. When first, and the cue words find two number words side by side whose run
// spokenNumbers writes as digits, it returns that normalisation instead, before any recognizer
// has run, for the caller to detect on.
func (d *Detector) detect(ctx context.Context, text string, n normalized, opt Options, first bool) (Result, *normalized, error) {
	var res Result
	terms := opt.Terms
	// the cue words first, into a buffer of their own: whether the text says a number decides
	// the copy the recognizers read, so that a text read again runs its recognizers (the NER
	// model among them) once; their findings go after the recognizers', as they always have
	cp := findingPool.Get().(*[]Finding)
	hp := hitPool.Get().(*[]contextHit)
	cued, hits, again := d.cues.scan(n.text, (*cp)[:0], (*hp)[:0])
	*cp, *hp = cued[:0], hits[:0]
	defer func() {
		if cap(*cp) <= maxPooledFindings {
			findingPool.Put(cp)
		}
		hitPool.Put(hp)
	}()
	if first && again != (rereads{}) {
		sp := n
		if again.encoded {
			if d := base64Text(sp.text); d.edits != nil {
				sp = then(sp, d)
				sp = then(sp, base64Text(sp.text)) // base64 inside base64, as Helm keeps a release (a second level, no more)
			}
		}
		if again.spelled {
			sp = then(sp, spellOut(sp.text))
		}
		if again.said {
			sp = then(sp, saidMarks(sp.text))
			sp = then(sp, spokenNumbers(sp.text))
		}
		if again.spaced {
			sp = then(sp, spacedLetters(sp.text))
		}
		if sp.text != n.text {
			return Result{}, &sp, nil
		}
	}
	bp := findingPool.Get().(*[]Finding)
	defer func() {
		if cap(*bp) <= maxPooledFindings {
			findingPool.Put(bp)
		}
	}()
	out := (*bp)[:0]
	for _, r := range d.recognizers {
		var more []Finding
		var err error
		if p, ok := r.(Patterns); ok {
			var look bool
			more, look = p.recognize(n.text, out)
			err = ctx.Err()
			if look && !n.looked {
				// a look-alike letter beside a digit, or digits each alone between marks: read the
				// text again with a disguised number written plainly, where the passes find one
				sp := then(n, lookalikeDigits(n.text))
				if sp = then(sp, markedDigits(sp.text)); sp.text != n.text {
					sp.looked = true
					return Result{}, &sp, nil
				}
			}
		} else {
			more, err = r.Recognize(ctx, n.text, out)
		}
		switch {
		case err == nil:
			out = more
		case opt.Degrade && errors.Is(err, ErrUnavailable) && ctx.Err() == nil:
			res.Degraded = true
		default:
			return Result{}, nil, err
		}
	}
	if terms != nil {
		var err error
		if out, err = terms.Recognize(ctx, n.text, out); err != nil {
			return Result{}, nil, err
		}
	}
	out = append(out, cued...)
	*bp = out[:0] // the longest the findings get: kept for the next detection
	applyContext(n.text, out, hits)
	signatureNumbers(n.text, out)
	contactNumbers(n.text, out)
	phonesAfterNames(n.text, out)
	labelledPhones(n.text, out)
	keyedPhones(n.text, out)
	trimAddressLead(n.text, out)
	out = phonesInsideCues(out)
	out = reconcile(n.text, cueLabels(n.text, aamvaModelCodes(n.text, out), cued, d.cues.index))
	kept := out[:0]
	for _, f := range out {
		if a, b := n.span(f.Start, f.End); !terms.Allowed(text[a:b]) {
			kept = append(kept, f)
		}
	}
	// the passes over whole findings read the copy the recognizers read, so that a full-width
	// or zero-width character beside an address changes nothing (FuzzNormalize)
	fs := expiriesAfterCards(n.text, datesInRuns(n.text, numbersAfterNames(n.text, agesAfterNames(n.text, labelledAddresses(n.text, houseNameAddresses(n.text, zipsAfterPlaces(n.text, joinAddressBlocks(n.text, dateNamedStreets(n.text, repeats(n.text, Resolve(urlPieces(n.text, kept)), d.lex))))))))))
	// an address over a CSV row's cells is one per cell, so that its tokens keep the row's commas
	for _, f := range fs {
		if csvAddress(n.text, f) {
			fs = SplitCells(n.text, fs, func(f Finding) bool { return csvAddress(n.text, f) }, func(f Finding) Finding {
				f.Start, f.End = trimBlanks(n.text, f.Start, f.End)
				if f.End-f.Start >= 2 && n.text[f.Start] == '"' {
					f.Start++ // a quoted cell's quotes, no part of it (stop 59: `"866 Long Orchard Suite 031","South Francis"`)
				}
				if f.End > f.Start && n.text[f.End-1] == '"' {
					f.End--
				}
				f.Start, f.End = trimBlanks(n.text, f.Start, f.End)
				return f
			})
			break
		}
	}
	res.Findings = make([]Finding, 0, len(fs)) // fs may share the pooled buffer: the caller gets its own
	for _, f := range fs {
		f.Start, f.End = n.span(f.Start, f.End)
		if k := len(res.Findings) - 1; k >= 0 && f.Start < res.Findings[k].End {
			// two findings side by side in one edit's output (a group of four base64 characters
			// holds three bytes) meet in the original: the shared characters stay the first's
			if f.End <= res.Findings[k].End {
				continue
			}
			f.Start = res.Findings[k].End
		}
		res.Findings = append(res.Findings, f)
	}
	return res, nil, nil
}

// findingPool holds the findings buffers of detections, reused: recognizers append hundreds of
// findings to a long text's, and growing it afresh each time doubled what a detection allocates
// (122 KB against 57 KB per 64 KB of mixed text). A detection returns a copy of what it kept.
var findingPool = sync.Pool{New: func() any { return new([]Finding) }}

// maxPooledFindings bounds the buffers kept: a huge text's is left to the collector.
const maxPooledFindings = 1 << 14

// hitPool holds the context-word slices of detections, reused: a long text has thousands.
var hitPool = sync.Pool{New: func() any { return new([]contextHit) }}

func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return len(s)
}

// Resolve removes overlaps and returns findings ordered by start. The rule, applied greedily:
// a higher score wins; on equal scores the longer span wins; then the earlier start; then the
// type name in alphabetical order, so the result never depends on recognizer order.
func Resolve(fs []Finding) []Finding {
	if len(fs) < 2 || ordered(fs) {
		return fs
	}
	slices.SortFunc(fs, func(a, b Finding) int {
		switch {
		case a.Score != b.Score:
			if a.Score > b.Score {
				return -1
			}
			return 1
		case a.End-a.Start != b.End-b.Start:
			return (b.End - b.Start) - (a.End - a.Start)
		case a.Start != b.Start:
			return a.Start - b.Start
		}
		return compareStrings(a.Type, b.Type)
	})
	// Each finding, in that order, is kept unless it overlaps one kept before it. The kept ones
	// never overlap, so in start order only the kept neighbours of a finding can: the nearest
	// one starting before it and the nearest starting after it. They are found in a bitset over
	// the findings' ranks in start order, where inserting into a sorted slice would move every
	// later finding, quadratic in a long text with thousands.
	byStart := make([]int32, len(fs)) // the findings in start order, as indices into fs
	for i := range byStart {
		byStart[i] = int32(i)
	}
	slices.SortFunc(byStart, func(a, b int32) int {
		if d := fs[a].Start - fs[b].Start; d != 0 {
			return d
		}
		if d := fs[a].End - fs[b].End; d != 0 {
			return d
		}
		return int(a - b)
	})
	rank := make([]int32, len(fs))
	for r, i := range byStart {
		rank[i] = int32(r)
	}
	kept := make(rankSet, (len(fs)+63)/64)
	for i, f := range fs {
		r := int(rank[i])
		if p := kept.before(r); p >= 0 && fs[byStart[p]].End > f.Start {
			continue
		}
		if n := kept.after(r); n >= 0 && fs[byStart[n]].Start < f.End {
			continue
		}
		kept.add(r)
	}
	out := make([]Finding, 0, len(fs))
	for r, i := range byStart {
		if kept.has(r) {
			out = append(out, fs[i])
		}
	}
	return out
}

// rankSet is a set of small integers, with the nearest member below or above a number.
type rankSet []uint64

func (s rankSet) add(r int)      { s[r/64] |= 1 << (r % 64) }
func (s rankSet) has(r int) bool { return s[r/64]&(1<<(r%64)) != 0 }

// before returns the largest member below r, or -1.
func (s rankSet) before(r int) int {
	w := r / 64
	if m := s[w] & (1<<(r%64) - 1); m != 0 {
		return w*64 + 63 - bits.LeadingZeros64(m)
	}
	for w--; w >= 0; w-- {
		if s[w] != 0 {
			return w*64 + 63 - bits.LeadingZeros64(s[w])
		}
	}
	return -1
}

// after returns the smallest member above r, or -1.
func (s rankSet) after(r int) int {
	w := r / 64
	if m := s[w] &^ (1<<(r%64+1) - 1); m != 0 {
		return w*64 + bits.TrailingZeros64(m)
	}
	for w++; w < len(s); w++ {
		if s[w] != 0 {
			return w*64 + bits.TrailingZeros64(s[w])
		}
	}
	return -1
}

// ordered reports findings already sorted by start without overlaps, as one recognizer emits them.
func ordered(fs []Finding) bool {
	for i := 1; i < len(fs); i++ {
		if fs[i].Start < fs[i-1].End {
			return false
		}
	}
	return true
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// phonesInsideCues drops the pattern recognizer's phones that lie inside a labelled value of
// another type, which a cue read whole (stop 58: "cable account number 7775 87 438 6204188 over
// the phone", whose last two groups the phone's context words had made a phone at 0.95, and
// Resolve had kept it over the account and sent "7775 87" upstream): what the label names is the
// number, whole.
func phonesInsideCues(fs []Finding) []Finding {
	var cues []Finding
	for _, f := range fs {
		if f.Source == SourceCue && f.Type != Phone && f.Score >= 0.5 {
			cues = append(cues, f)
		}
	}
	if len(cues) == 0 {
		return fs
	}
	slices.SortFunc(cues, func(a, b Finding) int { return a.Start - b.Start })
	return slices.DeleteFunc(fs, func(f Finding) bool {
		if f.Type != Phone || f.Source != SourcePattern {
			return false
		}
		// the cues that start at or before the phone, the nearest two: a sweep, not a search of
		// every cue at every phone (a long text of both)
		k, _ := slices.BinarySearchFunc(cues, f.Start+1, func(c Finding, at int) int { return c.Start - at })
		for n := k - 1; n >= 0 && n >= k-2; n-- {
			if c := cues[n]; f.End <= c.End && c.End-c.Start > f.End-f.Start {
				return true
			}
		}
		return false
	})
}
