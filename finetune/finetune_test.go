package finetune

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/tokenize"
)

func TestValidate(t *testing.T) {
	good := []string{
		`{"messages":[{"role":"system","content":"s"},{"role":"user","content":"u"},{"role":"assistant","content":"a"}]}`,
		`{"messages":[{"role":"user","content":[{"type":"text","text":"hi"}]},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c1","content":"r"},{"role":"assistant","content":"ok","weight":1}],"tools":[]}`,
		`{"prompt":"p","completion":"c"}`,
		`{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]}`,
	}
	for _, l := range good {
		if err := ValidateFineTune([]byte(l)); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
	bad := map[string]string{
		``:                "empty line",
		`[1]`:             "not a JSON object",
		`{"messages":[`:   "malformed JSON",
		`{"messages":[]}`: "messages: empty",
		`{"messages":[{"role":"robot","content":"x"}]}`:                                   "messages[0].role: want one of",
		`{"messages":[{"role":"user","content":"x"}]}`:                                    "no assistant message",
		`{"messages":[{"role":"user"},{"role":"assistant","content":"a"}]}`:               "messages[0].content: missing",
		`{"messages":[{"role":"user","content":5},{"role":"assistant","content":"a"}]}`:   "messages[0].content: want a string",
		`{"messages":[{"role":"assistant","content":"a","weight":2}]}`:                    "messages[0].weight",
		`{"messages":[{"role":"tool","content":"r"},{"role":"assistant","content":"a"}]}`: "needs tool_call_id",
		`{"messages":[{"role":"assistant","tool_calls":[{"type":"function"}]}]}`:          "tool_calls[0]",
		`{"prompt":"p"}`: "completion: want a string",
		`{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}]}`: "non_preferred_output is missing",
		`{"text":"x"}`: "want messages",
	}
	for l, want := range bad {
		err := ValidateFineTune([]byte(l))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err %v, want %q", l, err, want)
		}
		if err != nil && strings.Contains(err.Error(), "robot") {
			t.Errorf("the error repeats the line's content: %v", err)
		}
	}
	if _, err := ValidateBatch([]byte(`{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"model":"m","messages":[{"role":"user","content":"x"}]}}`)); err != nil {
		t.Error(err)
	}
	for l, want := range map[string]string{
		`{"method":"POST","url":"/v1/chat/completions","body":{}}`:                               "custom_id",
		`{"custom_id":"1","method":"GET","url":"/v1/chat/completions","body":{}}`:                "method",
		`{"custom_id":"1","method":"POST","url":"/v1/images","body":{}}`:                         "url: want one of",
		`{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"messages":"x"}}`: "body.messages",
		`{"custom_id":"1","method":"POST","url":"/v1/embeddings"}`:                               "body: want an object",
	} {
		if _, err := ValidateBatch([]byte(l)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err %v, want %q", l, err, want)
		}
	}
}

// fakeRedactor masks SECRET-<n> as TOKEN-<n>, blocks BLOCKME and fails to detect in FAILME,
// counting calls. It refuses
// texts whose records are not given one each, in line order.
type fakeRedactor struct{ calls atomic.Int64 }

var secret = regexp.MustCompile(`SECRET-(\d+)`)

func (f *fakeRedactor) RedactRecords(ctx context.Context, tenant string, pol *policies.Policy, texts []string, records []int, names []int) (*tokenize.Outcome, error) {
	f.calls.Add(1)
	if len(records) != len(texts) || !slices.IsSorted(records) {
		return nil, fmt.Errorf("records %v for %d texts", records, len(texts))
	}
	out := &tokenize.Outcome{Counts: map[tokenize.Count]int{}, Blocked: map[string]int{}, Tokens: map[string]string{}}
	for i, t := range texts {
		if strings.Contains(t, "FAILME") {
			return nil, &tokenize.DetectError{Text: i, Err: errors.New("model down")}
		}
		if strings.Contains(t, "BLOCKME") {
			out.Blocked["SECRET_KIND"]++
		}
		n := len(secret.FindAllString(t, -1))
		if n > 0 {
			out.Counts[tokenize.Count{Type: "SECRET_KIND", Action: policies.Tokenize}] += n
		}
		out.Texts = append(out.Texts, secret.ReplaceAllString(t, "TOKEN-$1"))
	}
	return out, nil
}

func policy(t *testing.T) *policies.Policy {
	t.Helper()
	p, err := policies.Load("strict")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func chatLine(i int) string {
	return fmt.Sprintf(`{"messages":[{"role":"user","content":"ref %d for SECRET-%d"},{"role":"assistant","content":"noted SECRET-%d"}]}`, i, i%37, i%37)
}

func TestProcessKeepsOrder(t *testing.T) {
	var in strings.Builder
	const n = 2000
	for i := range n {
		in.WriteString(chatLine(i))
		if i%5 == 0 {
			in.WriteString("\r\n")
		} else if i < n-1 {
			in.WriteString("\n")
		}
	}
	fr := &fakeRedactor{}
	var out bytes.Buffer
	var lastLines atomic.Int64
	rep, err := Process(context.Background(), strings.NewReader(in.String()), &out, Options{Redactor: fr, Tenant: "t", Policy: policy(t),
		Workers: 4, BatchLines: 7, Progress: func(_, lines int64) { lastLines.Store(lines) }})
	if err != nil {
		t.Fatal(err)
	}
	want := secret.ReplaceAllString(in.String(), "TOKEN-$1")
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Fatalf("output differs from the input with tokens in place (-want +got):\n%.2000s", diff)
	}
	if rep.Lines != n || rep.LinesChanged != n || len(rep.LinesRejected) != 0 || lastLines.Load() != n || rep.Format != FormatFineTune {
		t.Errorf("report %+v, progress %d", rep, lastLines.Load())
	}
	if rep.BytesIn != int64(in.Len()) || rep.BytesOut != int64(out.Len()) || rep.SHA256In == rep.SHA256Out || len(rep.SHA256In) != 64 {
		t.Errorf("sizes and hashes: %+v", rep)
	}
	if got := fr.calls.Load(); got != (n+6)/7 {
		t.Errorf("%d vault writes, want one per batch (%d)", got, (n+6)/7)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Count != 2*n {
		t.Errorf("findings %+v", rep.Findings)
	}
}

// TestProcessByteOrderMark reads a file that opens with UTF-8's byte order mark, as Windows'
// editors and PowerShell write one: the first record is read after it, and the mark is written
// back in its place. A mark on a later line is that line's, and no JSON.
func TestProcessByteOrderMark(t *testing.T) {
	in := "\xef\xbb\xbf" + chatLine(1) + "\r\n" + chatLine(2) + "\n"
	var out bytes.Buffer
	rep, err := Process(context.Background(), strings.NewReader(in), &out, Options{Redactor: &fakeRedactor{}, Policy: policy(t), Workers: 2, BatchLines: 1})
	if err != nil {
		t.Fatal(err)
	}
	if want := secret.ReplaceAllString(in, "TOKEN-$1"); out.String() != want || rep.LinesChanged != 2 || rep.Format != FormatFineTune {
		t.Errorf("got %q (report %+v), want %q", out.String(), rep, want)
	}
	_, err = Process(context.Background(), strings.NewReader(chatLine(1)+"\n\xef\xbb\xbf"+chatLine(2)), io.Discard, Options{Redactor: &fakeRedactor{}, Policy: policy(t)})
	if ie := (*InvalidLineError)(nil); !errors.As(err, &ie) || ie.Line != 2 {
		t.Errorf("a mark on line 2: %v, want line 2 refused", err)
	}
}

func TestProcessInvalidLines(t *testing.T) {
	lines := []string{chatLine(1), chatLine(2), `{"messages":"nope"}`, chatLine(4), `{"prompt":"BLOCKME SECRET-9","completion":"c"}`, chatLine(6)}
	in := strings.Join(lines, "\n") + "\n"
	// strict: the first bad line fails the run, by number and reason, whatever the batching
	for _, workers := range []int{1, 3} {
		_, err := Process(context.Background(), strings.NewReader(in), io.Discard, Options{Redactor: &fakeRedactor{}, Policy: policy(t), Workers: workers, BatchLines: 2})
		var ie *InvalidLineError
		if !errors.As(err, &ie) || ie.Line != 3 || !strings.Contains(ie.Reason, "messages") {
			t.Errorf("workers %d: err %v, want line 3", workers, err)
		}
	}
	// skip-invalid: the malformed and the blocked line are left out and reported
	var out bytes.Buffer
	rep, err := Process(context.Background(), strings.NewReader(in), &out, Options{Redactor: &fakeRedactor{}, Policy: policy(t), Workers: 2, BatchLines: 4, SkipInvalid: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(out.String(), "\n"); got != 4 {
		t.Errorf("%d lines out, want 4:\n%s", got, out.String())
	}
	if len(rep.LinesRejected) != 2 || rep.LinesRejected[0].Line != 3 || rep.LinesRejected[1].Line != 5 ||
		!strings.Contains(rep.LinesRejected[1].Reason, "blocks SECRET_KIND x1") || strings.Contains(rep.LinesRejected[1].Reason, "SECRET-9") {
		t.Errorf("rejected %+v", rep.LinesRejected)
	}
}

// TestProcessDetectionFails: a detection that fails on one text of a batch (a model past its
// deadline) fails the run, skip-invalid or not, naming that text's line rather than its place
// in the batch.
func TestProcessDetectionFails(t *testing.T) {
	lines := []string{chatLine(1), chatLine(2), chatLine(3), `{"prompt":"p","completion":"FAILME"}`, chatLine(5)}
	for _, workers := range []int{1, 3} {
		var out bytes.Buffer
		_, err := Process(context.Background(), strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, Options{Redactor: &fakeRedactor{}, Policy: policy(t), Workers: workers, BatchLines: 3, SkipInvalid: true})
		if de := (*DetectLineError)(nil); !errors.As(err, &de) || de.Line != 4 || err.Error() != "line 4: model down" || IsInvalid(err) {
			t.Errorf("workers %d: err %v, want line 4: model down, not an invalid line", workers, err)
		}
	}
}

func TestProcessBatchFormat(t *testing.T) {
	fields := map[string]jsonscan.Fields{"/v1/chat/completions": Prefix("body", jsonscan.Fields{jsonscan.F(jsonscan.Text, "messages", "#", "content")})}
	in := `{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"m","messages":[{"role":"user","content":"SECRET-1"}]}}` + "\n"
	var out bytes.Buffer
	rep, err := Process(context.Background(), strings.NewReader(in), &out, Options{Redactor: &fakeRedactor{}, Policy: policy(t), BatchFields: fields})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != FormatBatch || !strings.Contains(out.String(), `"content":"TOKEN-1"`) || !strings.Contains(out.String(), `"custom_id":"a"`) {
		t.Errorf("format %s, out %s", rep.Format, out.String())
	}
}

func TestSpool(t *testing.T) {
	dir := t.TempDir()
	s, err := NewSpool(dir)
	if err != nil {
		t.Fatal(err)
	}
	data := make([]byte, 3*spoolRecord+123)
	rand.Read(data)
	for p := data; len(p) > 0; {
		k := min(len(p), 1000)
		s.Write(p[:k])
		p = p[k:]
	}
	if err := s.Finish(); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(s.f.Name())
	if bytes.Contains(raw, data[:64]) {
		t.Fatal("the spool holds plaintext")
	}
	r, _ := s.Reader()
	got, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(got, data) || s.Size() != int64(len(data)) {
		t.Fatalf("round trip: %v, %d bytes", err, len(got))
	}
	// a flipped bit or a missing last record is noticed
	raw[100] ^= 1
	os.WriteFile(s.f.Name(), raw, 0o600)
	r, _ = s.Reader()
	if _, err := io.ReadAll(r); err == nil {
		t.Error("a tampered spool read back")
	}
	raw[100] ^= 1
	os.WriteFile(s.f.Name(), raw[:len(raw)-200], 0o600)
	r, _ = s.Reader()
	if _, err := io.ReadAll(r); err == nil {
		t.Error("a truncated spool read back")
	}
	s.Close()
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("Close left %d files", len(ents))
	}
}

func TestManifest(t *testing.T) {
	key, err := LoadSigningKey(filepath.Join(t.TempDir(), "k", "manifest.key"))
	if err != nil {
		t.Fatal(err)
	}
	m := NewManifest("acme", PurposeFineTune, "train.jsonl", &Report{Policy: "strict@1", SHA256In: "aa", SHA256Out: "bb", Lines: 3})
	if err := m.Sign(key); err != nil {
		t.Fatal(err)
	}
	if err := m.Verify(key.Public().(ed25519.PublicKey)); err != nil {
		t.Fatal(err)
	}
	m.Lines = 4
	if m.Verify(nil) == nil {
		t.Error("an altered manifest verified")
	}
	other, _, _ := ed25519.GenerateKey(rand.Reader)
	m.Lines = 3
	if m.Verify(other) == nil {
		t.Error("a manifest verified against a key that did not sign it")
	}
}

func TestRegistry(t *testing.T) {
	path := filepath.Join(t.TempDir(), "files.jsonl")
	r, err := OpenFileRegistry(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	r.Put(ctx, &FileRecord{Tenant: "a", ID: "file-1", Purpose: PurposeFineTune})
	r.Put(ctx, &FileRecord{Tenant: "a", ID: "file-2", Purpose: PurposeBatch})
	r.Put(ctx, &FileRecord{Tenant: "a", ID: "file-2", Deleted: true})
	r.Close()
	r, err = OpenFileRegistry(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if rec, err := r.Get(ctx, "a", "file-1"); err != nil || rec.Purpose != PurposeFineTune {
		t.Errorf("file-1: %+v %v", rec, err)
	}
	if _, err := r.Get(ctx, "b", "file-1"); !errors.Is(err, ErrUnknownFile) {
		t.Error("another tenant sees the file")
	}
	if _, err := r.Get(ctx, "a", "file-2"); !errors.Is(err, ErrUnknownFile) {
		t.Error("a deleted file is still known")
	}
}

// validatorSeeds are lines of every format, good and bad, for the validators' tests.
var validatorSeeds = []string{
	`{"messages":[{"role":"user","content":"u"},{"role":"assistant","content":"a"}]}`,
	`{"messages":[{"role":"user","content":[{"type":"text","text":"hi"}]},{"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c1","content":"r"},{"role":"assistant","content":"ok","weight":1}]}`,
	`{"prompt":"p","completion":"c"}`,
	`{"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}],"non_preferred_output":[{"role":"assistant","content":"b"}]}`,
	`{"messages":[{"role":"user","content":[{"text":"x"}]},{"role":"assistant","content":"a"}]}`,
	`{"messages":[{},{"role":"assistant","content":"a"}]}`,
	`{"messages":{"role":"assistant"}}`,
	`{"messages":[{"role":"assistant","content":"a","weight":1.5}]}`,
	`{"messages":[{"role":"assistant","content":"a","a":1,"a":2}]}`,
	`{"messages":[{"role":"assistant","content":"a","weight":null}]}`,
	`{"messages":[{"role":"user","content":"u"},{"role":"assistant","tool_calls":"","content":"0"}]}`,
	`{"messages":[{"role":"user","content":"u","tool_call_id":7},{"role":"assistant","content":"a"}]}`,
}

// TestValidatorsReused: the one-pass validator's state, reused from line to line, carries nothing
// over: every line after every other gets the reference's verdict.
func TestValidatorsReused(t *testing.T) {
	for _, a := range validatorSeeds {
		for _, b := range validatorSeeds {
			collectFineTune([]byte(a))
			ref := ValidateFineTune([]byte(b))
			if _, got := collectFineTune([]byte(b)); (got == nil) != (ref == nil) {
				t.Errorf("after %s\n%s: got %v, reference %v", a, b, got, ref)
			}
		}
	}
}

// FuzzValidators: the one-pass validator accepts exactly what the reference (encoding/json)
// validator accepts, except documents the scanner refuses outright (duplicate keys, invalid
// UTF-8), which must never be accepted.
func FuzzValidators(f *testing.F) {
	for _, s := range validatorSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := ValidateFineTune([]byte(s))
		_, got := collectFineTune([]byte(s))
		switch {
		case got == nil && ref != nil:
			t.Fatalf("one-pass accepts what the reference refuses (%v): %q", ref, s)
		case got != nil && ref == nil && !errors.Is(got, jsonscan.ErrMalformed):
			t.Fatalf("one-pass refuses (%v) what the reference accepts: %q", got, s)
		}
	})
}

func TestProcessLongLine(t *testing.T) {
	in := chatLine(1) + "\n" + `{"prompt":"` + strings.Repeat("x", 5000) + `","completion":"c"}` + "\n" + chatLine(3) + "\n"
	_, err := Process(context.Background(), strings.NewReader(in), io.Discard, Options{Redactor: &fakeRedactor{}, Policy: policy(t), MaxLineBytes: 1000})
	var ie *InvalidLineError
	if !errors.As(err, &ie) || ie.Line != 2 || !strings.Contains(ie.Reason, "longer than 1000 bytes") {
		t.Errorf("err %v, want line 2 too long", err)
	}
	// skipped: the other lines go on, the report names it, and the input hash covers every byte
	var out bytes.Buffer
	rep, err := Process(context.Background(), strings.NewReader(in), &out, Options{Redactor: &fakeRedactor{}, Policy: policy(t), MaxLineBytes: 1000, SkipInvalid: true})
	sum := sha256.Sum256([]byte(in))
	if err != nil || strings.Count(out.String(), "\n") != 2 || len(rep.LinesRejected) != 1 || rep.LinesRejected[0].Line != 2 ||
		rep.SHA256In != hex.EncodeToString(sum[:]) || rep.Lines != 3 || rep.BytesIn != int64(len(in)) {
		t.Errorf("skip: %v %+v\n%s", err, rep, out.String())
	}
	out.Reset()
	if _, err := Process(context.Background(), strings.NewReader(in), &out, Options{Redactor: &fakeRedactor{}, Policy: policy(t)}); err != nil || strings.Count(out.String(), "\n") != 3 {
		t.Errorf("the default bound refused a 5 KB line: %v", err)
	}
}
