// Package ner finds names, places, organisations and groups with a model: the embedded
// perceptron, or a remote KServe v2 server, behind one Backend interface and one
// redact.Recognizer.
package ner

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Backend finds entities in a batch of texts: one slice of spans per text, with byte offsets.
type Backend interface {
	Tag(ctx context.Context, texts []string) ([][]Span, error)
}

//go:embed model/perceptron.bin.gz
var embedded []byte

// Embedded returns the model that ships inside the binary.
var Embedded = sync.OnceValues(func() (*Perceptron, error) {
	return ReadPerceptron(bytes.NewReader(embedded))
})

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// tokenPool holds the token buffers the span rules read a whole text with.
var tokenPool = sync.Pool{New: func() any { return new([]Token) }}

// local runs the perceptron as a Backend on the CPU, in the calling goroutine.
type local struct{ m *Perceptron }

// Local returns the perceptron as a Backend.
func Local(m *Perceptron) Backend { return local{m} }

func (b local) Tag(ctx context.Context, texts []string) ([][]Span, error) {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	out := make([][]Span, len(texts))
	for i, t := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out[i] = b.m.tag(t, s, nil)
	}
	return out, nil
}

// Options configure a Recognizer.
type Options struct {
	// Types the recognizer reports; empty means every type the backend finds.
	Types []string
	// Deadline bounds each call to the backend (0: none beyond the request's own), and
	// DeadlinePerMB adds to it for each megabyte of the text, so that a long document is read
	// in the time its length takes rather than refused at a short message's bound.
	Deadline, DeadlinePerMB time.Duration
	// Window and Overlap, in bytes, split long texts for backends with a bounded input
	// (defaults 2048 and 256). An entity shorter than Overlap/2 is found whole, and once.
	Window, Overlap int
	// ScriptsAsIs sends names written in another script inside Latin text to the backend as
	// they are, for a multilingual model that reads them. By default such a name reaches the
	// backend and the span rules as a Latin stand-in (see standins.go), which the embedded
	// model and the shipped transformer, trained on Latin text, can read.
	ScriptsAsIs bool
}

// Recognizer runs a Backend over a text as a redact.Recognizer.
type Recognizer struct {
	backend Backend
	opt     Options
	types   map[string]bool
}

// NewRecognizer returns a Recognizer over a Backend: Local(model) or a Remote.
func NewRecognizer(be Backend, opt Options) *Recognizer {
	if opt.Window <= 0 {
		opt.Window = 2048
	}
	if opt.Overlap <= 0 || opt.Overlap >= opt.Window {
		opt.Overlap = min(256, opt.Window/4)
	}
	r := &Recognizer{backend: be, opt: opt}
	warmLists()
	if len(opt.Types) > 0 {
		r.types = map[string]bool{}
		for _, t := range opt.Types {
			r.types[t] = true
		}
	}
	return r
}

// Recognize implements redact.Recognizer. A backend that fails or misses its deadline gives an
// error wrapping redact.ErrUnavailable, which a policy may choose to degrade on.
func (r *Recognizer) Recognize(ctx context.Context, text string, dst []redact.Finding) ([]redact.Finding, error) {
	if text == "" {
		return dst, nil
	}
	if r.opt.ScriptsAsIs {
		return r.recognize(ctx, text, standIns{sub: text}, dst)
	}
	si := latinStandIns(text)
	first := len(dst)
	dst, err := r.recognize(ctx, text, si, dst)
	if err != nil {
		return dst, err
	}
	if len(si.segs) > 0 {
		if dst, err = r.namesOnSecondReading(ctx, text, si, dst, first); err != nil {
			return dst, err
		}
	}
	return r.doubtedNames(ctx, text, dst, first)
}

// Word implements redact.Lexicon: w, in any case, is a word of English, of the dictionary's
// languages or of English's function words, which the model's rules read as no name.
func (r *Recognizer) Word(w string) bool { return plainWord(w) || foldIn(englishFunctionWords, w) }

// deadline is the bound on one call to the backend for a text of n bytes: Deadline, and
// DeadlinePerMB for each megabyte; 0 when Deadline is 0.
func (r *Recognizer) deadline(n int) time.Duration {
	if r.opt.Deadline <= 0 {
		return 0
	}
	return r.opt.Deadline + time.Duration(float64(r.opt.DeadlinePerMB)*float64(n)/1e6)
}

// byteSize writes n bytes for a person: "812 bytes", "1.1 MB".
func byteSize(n int) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d bytes", n)
	case n < 1e6:
		return fmt.Sprintf("%.1f KB", float64(n)/1e3)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

// recognize tags text, whose names in other scripts si stands in for, and applies the span
// rules, appending the findings to dst.
func (r *Recognizer) recognize(ctx context.Context, orig string, si standIns, dst []redact.Finding) ([]redact.Finding, error) {
	text := si.sub
	request := ctx
	bound := r.deadline(len(text))
	if bound > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, bound)
		defer cancel()
	}
	wins := Windows(text, r.opt.Window, r.opt.Overlap)
	seen := trueCase(withoutShorthand(withoutEmphasis(text))) // what the model reads: the same bytes but markdown's emphasis, notes' "w/", and lines in one case as written (truecase.go)
	texts := make([]string, len(wins))
	for i, w := range wins {
		texts[i] = seen[w.Start:w.End]
	}
	res, err := r.backend.Tag(ctx, texts)
	if err == nil && len(res) != len(texts) {
		err = fmt.Errorf("backend answered %d texts for %d", len(res), len(texts))
	}
	if err != nil {
		if request.Err() != nil {
			return nil, request.Err() // the request itself went away or ran out of time
		}
		if bound > 0 && errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("%w: ner: no answer within %s for a text of %s (ner.deadline %s, ner.deadline_per_mb %s): %w",
				redact.ErrUnavailable, bound.Round(time.Millisecond), byteSize(len(text)), r.opt.Deadline, r.opt.DeadlinePerMB, err)
		}
		return nil, fmt.Errorf("%w: ner: %w", redact.ErrUnavailable, err)
	}
	var ids map[string]bool
	idsDone := false
	first := len(dst)
	for i, w := range wins {
		for _, sp := range res[i] {
			start, end := sp.Start+w.Start, sp.End+w.Start
			if sp.Start < 0 || sp.End > w.End-w.Start || sp.Start >= sp.End || start < w.OwnStart || start >= w.OwnEnd {
				continue
			}
			if !utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end]) {
				continue // inside a character: a backend's bad offsets, never a part of a letter
			}
			if r.types != nil && !r.types[sp.Type] {
				continue
			}
			if sp.Type != redact.StreetAddress {
				if !idsDone {
					ids, idsDone = identifiers(text), true
				}
				if codeOnly(text[start:end], ids) || lowerWordInCode(text, start, end) || inConstantName(text, start, end) {
					continue // a code identifier, not a name: see code.go
				}
			}
			dst = append(dst, redact.Finding{Type: sp.Type, Start: start, End: end, Score: sp.Score, Source: redact.SourceModel})
		}
	}
	sortFindings(dst[first:])
	dst = append(dst[:first], namesInForeignProse(text, dst[first:])...)
	code := func(span string) bool {
		if !idsDone {
			ids, idsDone = identifiers(text), true
		}
		return codeOnly(span, ids)
	}
	sc := tokenPool.Get().(*[]Token)
	defer tokenPool.Put(sc)
	*sc = Tokenize(text, (*sc)[:0])
	found := propagate(text, *sc, proseAddresses(text, namesNotAddresses(text, personsEndingInStreets(text, splitPersons(text, wordsOpeningSentences(text, determinerOpenings(text, rolesNotNames(text, signatureLines(text, splitAtFieldGaps(text, splitCells(text, alignedCellSpans(text, joinOrganisations(text, numberedStreets(text, markdownHeaders(text, jobsNotNames(text, tidy(text, rolesAfterStreets(text, streetsAcrossSentences(text, dst[first:])))))))))))))))))), code)
	if r.types == nil || r.types[redact.Person] {
		var buf [32][2]int
		before := personBounds(buf[:0], found) // the persons propagate carried; the person rules' new ones are carried below
		found = capsFamilyBeforeGiven(text, familyTails(text, listedPairs(text, *sc, claimNames(text, *sc, namesAfterKin(text, *sc, namesOfChatEvents(text, found))))))
		found = personsBeforeFirms(text, labelTails(text, verbsBeforePlaces(text, petsNotPersons(text, *sc, namesBeforeTitles(text, propagateClaimed(text, *sc, before, found, code))))))
	}
	if r.types == nil || r.types[redact.Organization] {
		found = employersInFields(text, orgLegalTails(text, generalHospitals(text, *sc, careInstitutions(text, quotedCompanies(text, familyFirms(text, hyphenedFirms(text, partnerTails(text, partnerships(text, companiesBySpacedForms(text, prefixedFirms(text, *sc, orgsByShape(text, *sc, found))))))))))))
	}
	found = openersBefore(text, routeCodes(text, titlesBeforeEmployers(text, found)))
	if r.types == nil || r.types[redact.Location] {
		found = townsOfInstitutions(text, *sc, townsOfPersons(text, townsOfLocals(text, storeTowns(text, leaderTowns(text, answeredTowns(text, familyPlaces(text, photoCredits(text, datelines(text, townsAfterUniversities(text, townsOfAffiliations(text, placesAfterPlaceLabels(text, townsOfSigners(text, townsOfOffices(text, townsOfParties(text, birthplaces(text, placesInContactLines(text, placesInFields(text, townsOfFirms(text, townsBeforeCourts(text, found))))))))))))))))))))
		found = placesInHeaderlessRows(text, intersections(text, streetsByLeaders(text, *sc, streetsBeforeTowns(text, namedStreets(text, *sc, streetsByName(text, *sc, placeTails(text, placePairs(text, *sc, citiesBeforeStates(text, countriesByName(text, *sc, townsInSlots(text, *sc, lowerHomeTowns(text, listedTowns(text, *sc, townsInProse(text, *sc, townsBeforeNouns(text, *sc, placesAfterWords(text, *sc, placesByShape(text, *sc, placesBeforePlaceNouns(text, *sc, placesBeforeSurroundings(text, *sc, placesBeforeBased(text, found))))))))))))))))))))
		found = cellTownLeaders(text, hyphenedStreets(text, townsOfTeams(text, *sc, bracketedTowns(text, saintTowns(text, routeEnds(text, found))))))
	}
	if r.types == nil || r.types["NRP"] {
		found = groupsInContext(text, *sc, found)
	}
	found = weekdayRotas(text, *sc, weekdayHeads(text, initialPeriods(text, okinaTails(text, degreesNotPlaces(text, toothSurfaces(text, languagesNamed(text, *sc, found)))))))
	if len(si.segs) > 0 {
		si.toOrig(found)
		found = cjkStandInNames(orig, si, found)
		found = scriptNames(orig, found) // the names and places the scripts' own signs give
		for i, f := range found {
			if f.Type == redact.Person && legalEnding(orig[f.Start:f.End]) {
				found[i].Type = redact.Organization // a name the stand-ins' reading ran on over a legal form: "Чуков Пътечкова КД" (stop 62)
			}
		}
	}
	return append(dst[:first], found...), nil
}

// Window is one piece of a long text: the bytes [Start, End) go to the model, and the spans
// that begin in [OwnStart, OwnEnd) are taken from this window.
type Window struct {
	Start, End, OwnStart, OwnEnd int
}

// Windows splits text into windows of at most size bytes that overlap by overlap bytes, cut at
// white space where one is near. Each byte belongs to exactly one window's own range.
func Windows(text string, size, overlap int) []Window {
	if len(text) <= size {
		return []Window{{0, len(text), 0, len(text)}}
	}
	var out []Window
	start := 0
	for {
		end := start + size
		if end >= len(text) {
			end = len(text)
		} else {
			end = cut(text, start+size/2, end)
		}
		out = append(out, Window{Start: start, End: end})
		if end == len(text) {
			break
		}
		next := cut(text, start+1, end-overlap)
		if next <= start {
			next = end // no room to overlap: adjacent windows
		}
		start = next
	}
	for i := range out {
		if i == 0 {
			out[i].OwnStart = 0
		} else {
			out[i].OwnStart = out[i-1].OwnEnd
		}
		if i == len(out)-1 {
			out[i].OwnEnd = len(text)
		} else {
			// own up to the middle of the overlap with the next window
			mid := (out[i+1].Start + out[i].End) / 2
			out[i].OwnEnd = max(mid, out[i].OwnStart)
		}
	}
	return out
}

// cut returns a position in [lo, hi] just after white space, searching back from hi, or the
// rune boundary at or before hi when there is none.
func cut(text string, lo, hi int) int {
	lo = max(lo, 0)
	for i := hi; i > lo; i-- {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsSpace(r) {
			return i
		}
		i -= size - 1
	}
	for hi > 0 && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// withoutEmphasis returns text with markdown's emphasis marks around words ("**Tom Hardy**",
// "_Ana_", "~~Bo~~") turned into spaces, for the model to read: it learned names beside spaces
// and punctuation, not run into asterisks, and missed them so. The length and every other byte
// stay, so offsets hold. Only a run that opens a word and a run of the same marks that closes one
// later on the line, within maxEmphasis bytes, are taken: a mark inside a word (snake_case,
// 2*3), a pointer (*Request) or **kwargs is left. A form's blank, three underscores or more
// between blanks, turns into spaces too: the model missed the name written after it ("Signed:
// ____________ Nia Steele-Morris", stop 59).
func withoutEmphasis(text string) string {
	if strings.IndexAny(text, "*_~") < 0 {
		return text
	}
	var b []byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '*' && c != '_' && c != '~' {
			continue
		}
		j := markRun(text, i)
		if c == '_' && j-i >= 3 && (i == 0 || isBlankOrOpen(text[i-1]) || text[i-1] == ':') && (j == len(text) || isBlankOrOpen(text[j]) && text[j] != '(') {
			if b == nil {
				b = []byte(text)
			}
			for k := i; k < j; k++ {
				b[k] = ' ' // a form's blank
			}
			i = j - 1
			continue
		}
		if !(i == 0 || isBlankOrOpen(text[i-1])) || j == len(text) || !isLetterStart(text[j]) {
			i = j - 1
			continue
		}
		// an opening run: find its closing twin on the line, within maxEmphasis bytes (a name
		// is short; reading to the line's end for every unclosed mark would be quadratic)
		closed := -1
		for k := j; k < len(text) && k < j+maxEmphasis && text[k] != '\n'; k++ {
			if text[k] != c {
				continue
			}
			e := markRun(text, k)
			if e-k == j-i && isLetterEnd(text[k-1]) && (e == len(text) || isBlankOrOpen(text[e]) || strings.IndexByte(".,;:!?)]}", text[e]) >= 0) {
				closed = k
				break
			}
			k = e - 1
		}
		if closed < 0 {
			i = j - 1
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for k := i; k < j; k++ {
			b[k] = ' '
		}
		for k := closed; k < closed+(j-i); k++ {
			b[k] = ' '
		}
		i = closed + (j - i) - 1
	}
	if b == nil {
		return text
	}
	return string(b)
}

// maxEmphasis is the furthest, in bytes, that withoutEmphasis looks for a run's closing twin.
const maxEmphasis = 256

// markRun returns where the run of text[i]'s mark that starts at i ends.
func markRun(text string, i int) int {
	j := i
	for j < len(text) && text[j] == text[i] {
		j++
	}
	return j
}

func isBlankOrOpen(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '[' || c == '"' || c == '\''
}

// isLetterStart and isLetterEnd report a byte that begins or ends a letter: ASCII letters, and
// any byte of a multi-byte character.
func isLetterStart(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }
func isLetterEnd(c byte) bool   { return isLetterStart(c) || c == '.' }

// withoutShorthand returns text with notes' "w/" ("with") read as "by", a preposition of the same
// length that the model knows before a name: "Call w/ Tammy Evans (Ops Manager …)" had given no
// person, where "Call with Tammy Evans" gives one (stop 28). The bytes are the same otherwise, so
// offsets hold.
func withoutShorthand(text string) string {
	k := strings.Index(text, "w/ ")
	if k < 0 {
		return text
	}
	b := []byte(text)
	for ; k >= 0 && k < len(text); k = nextShorthand(text, k+3) {
		if k == 0 || text[k-1] == ' ' || text[k-1] == '\n' || text[k-1] == '(' {
			b[k], b[k+1] = 'b', 'y'
		}
	}
	return string(b)
}

// nextShorthand returns where the next "w/ " at or after i starts, or -1.
func nextShorthand(text string, i int) int {
	if i >= len(text) {
		return -1
	}
	k := strings.Index(text[i:], "w/ ")
	if k < 0 {
		return -1
	}
	return i + k
}
