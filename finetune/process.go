package finetune

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/tokenize"
)

// Redactor masks a batch of texts for a tenant under a policy with one vault write; records[i]
// is the record (the dataset line) that texts[i] belongs to.
type Redactor interface {
	RedactRecords(ctx context.Context, tenant string, pol *policies.Policy, texts []string, records []int, names []int) (*tokenize.Outcome, error)
}

// Formats of a dataset.
const (
	FormatFineTune = "fine-tune" // OpenAI fine-tuning JSONL
	FormatBatch    = "batch"     // OpenAI batch input JSONL
	FormatAuto     = "auto"      // fine-tune or batch, decided by the first line
	FormatText     = "text"      // each line is one text
)

// Options configure Process.
type Options struct {
	Redactor Redactor
	Tenant   string
	Policy   *policies.Policy
	Format   string
	// BatchFields maps a batch line's url to the fields of its body (paths under "body").
	BatchFields map[string]jsonscan.Fields
	// SkipInvalid drops malformed and blocked lines, reporting them; otherwise the first one
	// fails the whole run with an *InvalidLineError.
	SkipInvalid bool
	// Workers redact batches in parallel (default GOMAXPROCS); output keeps input order.
	Workers int
	// BatchLines is how many lines share one vault write (default 256).
	BatchLines int
	// MaxLineBytes bounds one line (default 64 MiB); a longer one is never held in memory, and
	// is rejected like a malformed line.
	MaxLineBytes int
	// Progress, if set, is called after each batch is written, from one goroutine.
	Progress func(bytesIn, lines int64)
}

// Report says what a run changed. It holds counts and line numbers, never personal data.
type Report struct {
	Format        string          `json:"format"`
	Lines         int             `json:"lines"`
	LinesChanged  int             `json:"lines_changed"`
	LinesRejected []Rejected      `json:"lines_rejected"`
	Findings      []audit.Finding `json:"findings"`
	Policy        string          `json:"policy_version"`
	BytesIn       int64           `json:"bytes_in"`
	BytesOut      int64           `json:"bytes_out"`
	SHA256In      string          `json:"sha256_original"`
	SHA256Out     string          `json:"sha256_redacted"`
	Seconds       float64         `json:"seconds"`
}

// Rejected is a line left out, with why.
type Rejected struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// InvalidLineError is a malformed or blocked line: its number and reason, never its content.
type InvalidLineError struct {
	Line    int
	Reason  string
	Blocked bool // the policy blocks what the line holds; otherwise it is malformed
}

func (e *InvalidLineError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// DetectLineError is a detection that failed on a line (a NER backend down or past its
// deadline): the line's number and the failure, never the line's content.
type DetectLineError struct {
	Line int
	Err  error
}

func (e *DetectLineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *DetectLineError) Unwrap() error { return e.Err }

type line struct {
	n      int
	raw    []byte
	end    string
	lead   string // the file's byte order mark, before the first line's record
	fields jsonscan.Fields
	texts  []string
	spans  [][2]int // where each text's string literal is in raw
	names  []int    // which texts are participants' names (jsonscan.Name), ascending
	// tooLong marks a line over MaxLineBytes, which was not kept
	tooLong bool
}

type batch struct {
	format   string
	lines    []line
	bytes    int64
	out      []byte
	changed  int
	rejected []Rejected
	counts   map[tokenize.Count]int
	err      error
	done     chan struct{}
}

// Process reads a dataset from in and writes it redacted to out, line by line in input order,
// in bounded memory: at most about 2×Workers batches are held at once. On error, what was
// written to out is incomplete and must be discarded (callers write to a temporary file).
func Process(ctx context.Context, in io.Reader, out io.Writer, opt Options) (*Report, error) {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchLines <= 0 {
		opt.BatchLines = 256
	}
	if opt.Format == "" {
		opt.Format = FormatAuto
	}
	if opt.MaxLineBytes <= 0 {
		opt.MaxLineBytes = 64 << 20
	}
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rep := &Report{Format: opt.Format, Policy: opt.Policy.Version(), LinesRejected: []Rejected{}}
	hin, hout := sha256.New(), sha256.New()
	work := make(chan *batch)
	ordered := make(chan *batch, opt.Workers*2)
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				opt.redactBatch(ctx, b)
				close(b.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(ordered)
		defer close(work)
		readErr <- opt.read(ctx, in, hin, rep, work, ordered)
	}()
	bw := bufio.NewWriterSize(out, 1<<20)
	counts := map[tokenize.Count]int{}
	var failed error
	var bytesIn, lines int64
	for b := range ordered {
		<-b.done
		if failed != nil {
			continue // drain
		}
		if b.err != nil {
			failed = b.err
			cancel()
			continue
		}
		bw.Write(b.out)
		hout.Write(b.out)
		rep.BytesOut += int64(len(b.out))
		rep.LinesChanged += b.changed
		rep.LinesRejected = append(rep.LinesRejected, b.rejected...)
		for c, n := range b.counts {
			counts[c] += n
		}
		bytesIn += b.bytes
		lines += int64(len(b.lines))
		if opt.Progress != nil {
			opt.Progress(bytesIn, lines)
		}
	}
	wg.Wait()
	if err := <-readErr; failed == nil && err != nil {
		failed = err
	}
	if failed != nil {
		return nil, failed
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	for c, n := range counts {
		rep.Findings = append(rep.Findings, audit.Finding{Type: c.Type, Action: string(c.Action), Count: n})
	}
	slices.SortFunc(rep.Findings, func(a, b audit.Finding) int { return strings.Compare(a.Type+a.Action, b.Type+b.Action) })
	slices.SortFunc(rep.LinesRejected, func(a, b Rejected) int { return a.Line - b.Line })
	rep.SHA256In, rep.SHA256Out = hex.EncodeToString(hin.Sum(nil)), hex.EncodeToString(hout.Sum(nil))
	rep.Seconds = time.Since(start).Seconds()
	return rep, nil
}

// read splits in into batches of lines and hands each to a worker and, in order, to the writer.
func (opt *Options) read(ctx context.Context, in io.Reader, h hash.Hash, rep *Report, work, ordered chan *batch) error {
	br := bufio.NewReaderSize(in, 1<<20)
	format := opt.Format
	b := &batch{format: format, lines: make([]line, 0, opt.BatchLines), done: make(chan struct{})}
	send := func() error {
		if len(b.lines) == 0 {
			return nil
		}
		select {
		case ordered <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case work <- b:
		case <-ctx.Done():
			close(b.done)
			return ctx.Err()
		}
		b = &batch{format: format, lines: make([]line, 0, opt.BatchLines), done: make(chan struct{})}
		return nil
	}
	for n := 1; ; n++ {
		raw, consumed, err := readLine(br, opt.MaxLineBytes, h)
		if consumed == 0 && err == io.EOF {
			break
		}
		if errors.Is(err, errLongLine) { // read past, counted and hashed; rejected by a worker
			rep.Lines++
			rep.BytesIn += consumed
			b.bytes += consumed
			b.lines = append(b.lines, line{n: n, tooLong: true})
			if len(b.lines) >= opt.BatchLines {
				if err := send(); err != nil {
					return err
				}
			}
			continue
		}
		if err != nil && err != io.EOF {
			return err
		}
		rep.BytesIn += int64(len(raw))
		rep.Lines++
		b.bytes += int64(len(raw))
		body, end := SplitEnding(raw)
		lead := ""
		if n == 1 {
			// Windows' editors and PowerShell open a UTF-8 file with its byte order mark: no part
			// of the first record, which it had made "not a JSON object"; written back as it was
			lead = ByteOrderMark(body)
			body = body[len(lead):]
		}
		if format == FormatAuto {
			format = sniff(body)
			b.format, rep.Format = format, format
		}
		b.lines = append(b.lines, line{n: n, raw: body, end: end, lead: lead})
		if len(b.lines) >= opt.BatchLines {
			if err := send(); err != nil {
				return err
			}
		}
		if err == io.EOF {
			break
		}
	}
	return send()
}

var errLongLine = errors.New("line too long")

// byteOrderMark is UTF-8's, which some editors write at a file's start.
var byteOrderMark = []byte("\xef\xbb\xbf")

// ByteOrderMark returns UTF-8's byte order mark where b begins with it, or "".
func ByteOrderMark(b []byte) string {
	if bytes.HasPrefix(b, byteOrderMark) {
		return string(byteOrderMark)
	}
	return ""
}

// readLine reads up to and including the next '\n' and hashes it. A line longer than max bytes
// is read past (hashed, not kept) and reported as errLongLine.
func readLine(br *bufio.Reader, max int, h hash.Hash) ([]byte, int64, error) {
	var line []byte
	var n int64
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		h.Write(chunk)
		n += int64(len(chunk))
		if !long && len(line)+len(chunk) > max+2 { // the line ending does not count
			long, line = true, nil
		}
		if !long {
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if long {
			if err == io.EOF {
				err = nil
			}
			if err == nil {
				return nil, n, errLongLine
			}
		}
		return line, n, err
	}
}

// sniff tells a batch input line from a fine-tuning record.
func sniff(line []byte) string {
	if strings.Contains(string(line), `"custom_id"`) {
		return FormatBatch
	}
	return FormatFineTune
}

// SplitEnding splits a line read with its ending into the line and the ending ("\n", "\r\n",
// or "" for a last line without one).
func SplitEnding(b []byte) ([]byte, string) {
	switch {
	case len(b) >= 2 && string(b[len(b)-2:]) == "\r\n":
		return b[:len(b)-2], "\r\n"
	case len(b) >= 1 && b[len(b)-1] == '\n':
		return b[:len(b)-1], "\n"
	}
	return b, ""
}

// prepare validates a line and collects its texts.
func (opt *Options) prepare(format string, ln *line) error {
	if ln.tooLong {
		return fmt.Errorf("longer than %d bytes", opt.MaxLineBytes)
	}
	switch format {
	case FormatText:
		ln.texts = []string{string(ln.raw)}
		return nil
	case FormatBatch:
		url, err := ValidateBatch(ln.raw)
		if err != nil {
			return err
		}
		ln.fields = opt.BatchFields[url]
	default:
		c, err := collectFineTune(ln.raw)
		if err != nil {
			return err
		}
		ln.fields, ln.texts, ln.spans, ln.names = FineTuneFields, c.Texts, c.Spans, c.Names
		return nil
	}
	c, err := ln.fields.CollectSpans(ln.raw, nil, nil)
	if err != nil {
		return err
	}
	ln.texts, ln.spans, ln.names = c.Texts, c.Spans, c.Names
	return nil
}

func (opt *Options) redactBatch(ctx context.Context, b *batch) {
	b.counts = map[tokenize.Count]int{}
	good := make([]line, 0, len(b.lines))
	for i := range b.lines {
		ln := &b.lines[i]
		if err := opt.prepare(b.format, ln); err != nil {
			if b.err = opt.reject(b, ln.n, err.Error(), false); b.err != nil {
				return
			}
			continue
		}
		good = append(good, *ln)
	}
	// tokens are about as long as what they replace: one buffer for the batch's output
	b.out = make([]byte, 0, b.bytes+b.bytes/4)
	b.err = opt.redactLines(ctx, b, good)
}

func (opt *Options) reject(b *batch, n int, reason string, blocked bool) error {
	if !opt.SkipInvalid {
		return &InvalidLineError{Line: n, Reason: reason, Blocked: blocked}
	}
	b.rejected = append(b.rejected, Rejected{Line: n, Reason: reason})
	return nil
}

// redactLines masks lines with one vault write; when the policy blocks something, it goes
// line by line to find which.
func (opt *Options) redactLines(ctx context.Context, b *batch, lines []line) error {
	if len(lines) == 0 {
		return nil
	}
	n := 0
	for _, ln := range lines {
		n += len(ln.texts)
	}
	texts := make([]string, 0, n)
	records := make([]int, 0, n) // the line of each text: a line is a record, whose person a policy's date_shift may read
	var names []int
	for _, ln := range lines {
		for _, k := range ln.names {
			names = append(names, len(texts)+k)
		}
		texts = append(texts, ln.texts...)
		for range ln.texts {
			records = append(records, ln.n)
		}
	}
	out, err := opt.Redactor.RedactRecords(ctx, opt.Tenant, opt.Policy, texts, records, names)
	if err != nil {
		if de := (*tokenize.DetectError)(nil); errors.As(err, &de) && de.Text < len(records) {
			return &DetectLineError{Line: records[de.Text], Err: de.Err} // the line, not the batch's text
		}
		return err
	}
	if len(out.Blocked) > 0 {
		if len(lines) == 1 {
			return opt.reject(b, lines[0].n, fmt.Sprintf("policy %s blocks %s", opt.Policy.Name, tokenize.BlockedSummary(out.Blocked)), true)
		}
		for _, ln := range lines {
			if err := opt.redactLines(ctx, b, []line{ln}); err != nil {
				return err
			}
		}
		return nil
	}
	for c, n := range out.Counts {
		b.counts[c] += n
	}
	k := 0
	for _, ln := range lines {
		texts := out.Texts[k : k+len(ln.texts)]
		k += len(ln.texts)
		b.out = append(b.out, ln.lead...)
		start := len(b.out)
		if b.format == FormatText {
			b.out = append(b.out, texts[0]...)
		} else if b.out, err = jsonscan.AppendSplice(b.out, ln.raw, ln.spans, ln.texts, texts); err != nil {
			return fmt.Errorf("line %d: %w", ln.n, err)
		}
		if string(b.out[start:]) != string(ln.raw) {
			b.changed++
		}
		b.out = append(b.out, ln.end...)
	}
	return nil
}

// IsInvalid reports whether err is a malformed or blocked line.
func IsInvalid(err error) bool {
	var ie *InvalidLineError
	return errors.As(err, &ie)
}
