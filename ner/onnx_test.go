//go:build cgo

package ner

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChunks(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 12, 16, 17, 25, 100, 101} {
		cs := chunks(0, n, 10, 4, nil)
		owned := make([]int, n)
		for _, c := range cs {
			if c.hi-c.lo > 10 || c.lo < 0 || c.hi > n || c.own0 < c.lo || c.own1 > c.hi {
				t.Fatalf("n=%d: bad chunk %+v", n, c)
			}
			for k := c.own0; k < c.own1; k++ {
				owned[k]++
			}
		}
		for k, v := range owned {
			if v != 1 {
				t.Fatalf("n=%d: piece %d owned %d times (%+v)", n, k, v, cs)
			}
		}
		// as few windows as hold n, and of even lengths (a batch pads to its longest)
		if want := max(1, (n-4+5)/6); n > 10 && len(cs) != want {
			t.Fatalf("n=%d: %d windows, want %d (%+v)", n, len(cs), want, cs)
		}
		for _, c := range cs {
			if n > 10 && c.hi-c.lo < cs[0].hi-cs[0].lo-len(cs) {
				t.Fatalf("n=%d: uneven windows %+v", n, cs)
			}
		}
	}
}

func TestDecode(t *testing.T) {
	// pieces of "Ana Maria Lopez flew to New York" with word structure; First marks word starts
	text := "Ana Maria Lo##pez in New York"
	_ = text
	ps := []Piece{
		{Start: 0, End: 3, Word: 0, First: true}, {Start: 4, End: 9, Word: 1, First: true},
		{Start: 10, End: 12, Word: 2, First: true}, {Start: 12, End: 17, Word: 2},
		{Start: 18, End: 20, Word: 3, First: true}, {Start: 21, End: 24, Word: 4, First: true},
		{Start: 25, End: 29, Word: 5, First: true},
	}
	bio := []bioLabel{parseLabel("O"), parseLabel("B-PER"), parseLabel("I-PER"), parseLabel("B-LOC"), parseLabel("I-LOC"),
		parseLabel("B-PATIENT"), parseLabel("I-PATIENT"), parseLabel("B-MISC")}
	prob := []float32{0.9, 0.8, 0.7, 0.1, 1, 1, 1}
	for _, c := range []struct {
		name string
		best []int32
		want []Span
	}{
		{"BIO", []int32{1, 2, 2, 0, 0, 3, 4}, []Span{{"PERSON", 0, 17, 0.8}, {"LOCATION", 21, 29, 1}}},
		{"a continuation piece's label is ignored", []int32{1, 2, 2, 3, 0, 3, 4}, []Span{{"PERSON", 0, 17, 0.8}, {"LOCATION", 21, 29, 1}}},
		{"B starts anew", []int32{1, 1, 2, 0, 0, 3, 3}, []Span{{"PERSON", 0, 3, 0.9}, {"PERSON", 4, 17, 0.75}, {"LOCATION", 21, 24, 1}, {"LOCATION", 25, 29, 1}}},
		{"an I without a B opens an entity", []int32{0, 2, 2, 0, 0, 0, 4}, []Span{{"PERSON", 4, 17, 0.75}, {"LOCATION", 25, 29, 1}}},
		{"PER and PATIENT do not join", []int32{1, 6, 0, 0, 0, 0, 0}, []Span{{"PERSON", 0, 3, 0.9}, {"PERSON", 4, 9, 0.8}}},
		{"types Veil has no use for are dropped", []int32{7, 0, 0, 0, 0, 3, 4}, []Span{{"LOCATION", 21, 29, 1}}},
	} {
		got := decode(ps, c.best, prob, bio, nil)
		for i := range got {
			got[i].Score = float64(float32(got[i].Score)*100+0.5) / 100 // two decimals
			got[i].Score = float64(int(got[i].Score*100)) / 100
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
	// BIOES and IO schemes
	es := []bioLabel{parseLabel("O"), parseLabel("S-LOC"), parseLabel("B-PER"), parseLabel("E-PER"), parseLabel("PER")}
	if got := decode(ps[:3], []int32{1, 1, 0}, prob, es, nil); len(got) != 2 {
		t.Errorf("S- must close its entity: %+v", got)
	}
	if got := decode(ps[:3], []int32{2, 3, 2}, prob, es, nil); len(got) != 2 || got[0].End != 9 {
		t.Errorf("E- must close its entity: %+v", got)
	}
	if got := decode(ps[:3], []int32{4, 4, 4}, prob, es, nil); len(got) != 1 || got[0].End != 12 {
		t.Errorf("IO labels must join neighbours: %+v", got)
	}
}

// onnxLib skips the test when ONNX Runtime is not installed, unless the test script (which
// installs it) says it must be there.
func onnxLib(t *testing.T) {
	t.Helper()
	if os.Getenv("VEIL_ONNXRUNTIME_LIB") != "" {
		return
	}
	if os.Getenv("VEIL_REQUIRE_ONNX") != "" {
		t.Fatal("VEIL_REQUIRE_ONNX is set but VEIL_ONNXRUNTIME_LIB is not")
	}
	t.Skip("ONNX Runtime not installed: run ./scripts/test.sh, or set VEIL_ONNXRUNTIME_LIB")
}

func TestONNXShipped(t *testing.T) {
	onnxLib(t)
	o, err := NewONNX(ONNXOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if diff := cmp.Diff([]string{"PERSON", "LOCATION", "ORGANIZATION", "NRP", "STREET_ADDRESS"}, o.Types()); diff != "" {
		t.Error(diff)
	}
	texts := []string{
		"Please send the discharge summary for Maria Garcia to the clinic in Boston.",
		"Zoë Ørsted (Łódź) wrote to 日本 support; J'ai vu Jean-Luc Picard.",
		strings.Repeat("The quick brown fox jumps over the lazy dog again and again. ", 60) + "Contact Maria Garcia today.",
		"",
	}
	batched, err := o.Tag(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		alone, err := o.Tag(context.Background(), []string{text})
		if err != nil {
			t.Fatal(err)
		}
		// int8 activations are scaled per batch, so scores move a little with the company a
		// text keeps; the entities found with confidence must not
		if diff := cmp.Diff(confident(alone[0]), confident(batched[i]), roughly); diff != "" {
			t.Errorf("text %d: batched result differs from alone (-alone +batched):\n%s", i, diff)
		}
		for _, s := range batched[i] {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End || s.Score <= 0 || s.Score > 1 {
				t.Errorf("text %d: bad span %+v", i, s)
			}
		}
	}
	// the long text goes through in several chunks and still ends on the name
	if n := len(o.m.tok.Encode(texts[2], nil)); n <= o.m.maxLen {
		t.Fatalf("the long text has %d pieces, not more than a window", n)
	}
	var names []string
	for _, s := range batched[2] {
		names = append(names, texts[2][s.Start:s.End])
	}
	t.Logf("spans: %v | %v | %q", batched[0], batched[1], names)
	if !contains(spanTexts(texts[0], batched[0]), "Maria Garcia") || !contains(names, "Maria Garcia") {
		t.Errorf("the shipped transformer missed Maria Garcia: %q, %q", spanTexts(texts[0], batched[0]), names)
	}
}

func spanTexts(text string, ss []Span) []string {
	var out []string
	for _, s := range ss {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

var (
	approx  = cmp.Comparer(func(a, b float64) bool { return a-b < 1e-4 && b-a < 1e-4 })
	roughly = cmp.Comparer(func(a, b float64) bool { return a-b < 0.03 && b-a < 0.03 })
)

func confident(ss []Span) []Span {
	var out []Span
	for _, s := range ss {
		if s.Score >= 0.6 {
			out = append(out, s)
		}
	}
	return out
}

// TestONNXBringYourOwn loads the shipped weights the way a user's Hugging Face export is laid
// out: tokenizer.json instead of vocab.txt, and CoNLL label names (PER, LOC, ORG, MISC).
func TestONNXBringYourOwn(t *testing.T) {
	onnxLib(t)
	dir := t.TempDir()
	model, _ := os.ReadFile(filepath.Join("model", "onnx", "model.onnx"))
	vocabData, _ := os.ReadFile(filepath.Join("model", "onnx", "vocab.txt"))
	vocab := strings.Split(strings.TrimSuffix(string(vocabData), "\n"), "\n")
	ids := map[string]int{}
	for i, v := range vocab {
		ids[v] = i
	}
	tj, _ := json.Marshal(map[string]any{
		"normalizer": map[string]any{"type": "BertNormalizer", "lowercase": false},
		"model":      map[string]any{"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##", "vocab": ids},
	})
	names := []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC", "B-ADDRESS", "I-ADDRESS"}
	id2label := map[string]string{}
	for i, n := range names {
		id2label[fmt.Sprint(i)] = n
	}
	cfg, _ := json.Marshal(map[string]any{"id2label": id2label, "max_position_embeddings": 128})
	for name, data := range map[string][]byte{"model.onnx": model, "tokenizer.json": tj, "config.json": cfg} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o, err := NewONNX(ONNXOptions{Dir: dir, Device: "cuda"})
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if diff := cmp.Diff([]string{"PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS"}, o.Types()); diff != "" {
		t.Errorf("MISC must map to nothing (-want +got):\n%s", diff)
	}
	if o.m.maxLen != 128 {
		t.Errorf("max length %d, want the config's 128", o.m.maxLen)
	}
	// no CUDA provider here: the CPU takes over and says why (on a GPU build, CUDA runs)
	if o.Device == "CPU" && o.Fallback == "" || o.Device == "CUDA" && o.Fallback != "" {
		t.Errorf("device %s, fallback %q", o.Device, o.Fallback)
	}
	t.Logf("device %s: %s", o.Device, o.Fallback)
	shipped, _ := NewONNX(ONNXOptions{MaxLen: 128})
	defer shipped.Close()
	text := "Please send the discharge summary for Maria Garcia to the clinic in Boston. " + strings.Repeat("More text follows here. ", 40)
	a, err := o.Tag(context.Background(), []string{text})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := shipped.Tag(context.Background(), []string{text})
	if diff := cmp.Diff(b, a, approx); diff != "" {
		t.Errorf("the same weights through tokenizer.json and other label names differ (-vocab.txt +tokenizer.json):\n%s", diff)
	}

	// what is missing is named
	os.Remove(filepath.Join(dir, "config.json"))
	if _, err := NewONNX(ONNXOptions{Dir: dir}); err == nil || !strings.Contains(err.Error(), "config.json") {
		t.Errorf("a folder without config.json: %v", err)
	}
}

// TestRemoteTensors speaks Triton's tensor protocol for a bare model.onnx: Veil tokenizes,
// the server (here veil ner serve's handler over the ONNX backend) only runs the model.
func TestRemoteTensors(t *testing.T) {
	onnxLib(t)
	o, err := NewONNX(ONNXOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	var calls atomic.Int32
	h := Handler("veil-ner", o)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		calls.Add(1)
		h.ServeHTTP(w, req)
	}))
	defer srv.Close()
	tm, err := LoadTensorModel("")
	if err != nil {
		t.Fatal(err)
	}
	r := NewRemote(RemoteOptions{URL: srv.URL, Model: "veil-ner", Tensors: tm})
	defer r.Close()
	texts := []string{"Please send the discharge summary for Maria Garcia to the clinic in Boston.",
		strings.Repeat("Filler words only here. ", 90) + "Ask Maria Garcia."}
	got, err := r.Tag(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := o.Tag(context.Background(), texts)
	for i := range texts {
		if diff := cmp.Diff(confident(want[i]), confident(got[i]), roughly); diff != "" {
			t.Errorf("text %d: remote tensors differ from local (-local +remote):\n%s", i, diff)
		}
	}
	// batches of two rows, several in flight at once, over texts of many lengths (sorted by
	// length into batches): the same spans, each text's in its place
	r2 := NewRemote(RemoteOptions{URL: srv.URL, Model: "veil-ner", Tensors: tm, MaxBatch: 2, MaxRows: 2})
	defer r2.Close()
	many := append([]string{}, texts...)
	for i := range 9 {
		many = append(many, strings.Repeat("Nothing to see. ", i*7)+fmt.Sprintf("Call Maria Garcia in Boston about case %d.", i))
	}
	got, err = r2.Tag(context.Background(), many)
	if err != nil {
		t.Fatal(err)
	}
	want, _ = o.Tag(context.Background(), many)
	for i := range many {
		if diff := cmp.Diff(confident(want[i]), confident(got[i]), roughly); diff != "" || len(confident(got[i])) == 0 {
			t.Errorf("text %d in batches of two: remote tensors differ from local (-local +remote):\n%s", i, diff)
		}
	}
	// by default a batch's windows go in as few calls as 64 rows allow: the eleven texts (fewer
	// than 64 windows) in one, however few texts a batch holds
	rows := NewRemote(RemoteOptions{URL: srv.URL, Model: "veil-ner", Tensors: tm, MaxBatch: 2})
	defer rows.Close()
	calls.Store(0)
	if got, err = rows.Tag(context.Background(), many); err != nil || len(got) != len(many) {
		t.Fatalf("default rows: %d answers, %v", len(got), err)
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("default rows: %d calls for %d texts, want 1", n, len(many))
	}
	// tensors as JSON numbers, without the binary extension, are answered in JSON
	body := `{"inputs":[{"name":"input_ids","shape":[1,4],"datatype":"INT64","data":[2,100,101,3]},` +
		`{"name":"attention_mask","shape":[1,4],"datatype":"INT64","data":[1,1,1,1]}],"outputs":[{"name":"logits"}]}`
	resp, err := http.Post(srv.URL+"/v2/models/veil-ner/infer", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var jr struct {
		Outputs []struct {
			Shape []int     `json:"shape"`
			Data  []float32 `json:"data"`
		} `json:"outputs"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&jr); err != nil || resp.StatusCode != 200 || len(jr.Outputs) != 1 ||
		len(jr.Outputs[0].Data) != 4*o.Labels() || !slices.Equal(jr.Outputs[0].Shape, []int{1, 4, o.Labels()}) {
		t.Errorf("JSON tensors: status %d, %v, %+v", resp.StatusCode, err, jr)
	}
	resp.Body.Close()
	// the text protocol on the same server still works
	rt := NewRemote(RemoteOptions{URL: srv.URL, Model: "veil-ner"})
	defer rt.Close()
	if _, err := rt.Tag(context.Background(), texts); err != nil {
		t.Fatal(err)
	}
	// a server whose model takes text refuses tensors by name
	p := httptest.NewServer(Handler("veil-ner", Local(model(t))))
	defer p.Close()
	r3 := NewRemote(RemoteOptions{URL: p.URL, Model: "veil-ner", Tensors: tm})
	defer r3.Close()
	if _, err := r3.Tag(context.Background(), texts[:1]); err == nil || !strings.Contains(err.Error(), "takes TEXT") {
		t.Errorf("tensors to a text model: %v", err)
	}
}

// BenchmarkONNX times the shipped transformer on a 2 KB message, one intra-op thread (run
// with -cpu 1 for the per-core figure). Needs VEIL_ONNXRUNTIME_LIB.
func BenchmarkONNX(b *testing.B) {
	if os.Getenv("VEIL_ONNXRUNTIME_LIB") == "" {
		b.Skip("set VEIL_ONNXRUNTIME_LIB")
	}
	o, err := NewONNX(ONNXOptions{Device: os.Getenv("VEIL_NER_DEVICE")})
	if err != nil {
		b.Fatal(err)
	}
	defer o.Close()
	b.Logf("%s", o)
	msg := strings.Repeat("Hi team, Maria Fernandez from Globex Ltd called from Lisbon about the invoice for Kwame Mensah. ", 22)[:2048]
	r := NewRecognizer(o, Options{})
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Recognize(context.Background(), msg, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestInParallel: every call is made once, the first error comes back, and one after another
// nothing runs after a failure, nor at all once the context has ended.
func TestInParallel(t *testing.T) {
	for _, par := range []int{1, 4} {
		var calls [20]atomic.Int32
		if err := inParallel(context.Background(), 20, par, func(i int) error { calls[i].Add(1); return nil }); err != nil {
			t.Fatalf("parallel %d: %v", par, err)
		}
		for i := range calls {
			if calls[i].Load() != 1 {
				t.Fatalf("parallel %d: call %d made %d times", par, i, calls[i].Load())
			}
		}
		boom := errors.New("boom")
		var after atomic.Int32
		err := inParallel(context.Background(), 20, par, func(i int) error {
			if i == 5 {
				return boom
			}
			if i > 5 {
				after.Add(1)
			}
			return nil
		})
		if !errors.Is(err, boom) || par == 1 && after.Load() != 0 {
			t.Fatalf("parallel %d: %v, %d calls after the failure", par, err, after.Load())
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var any atomic.Int32
		if err := inParallel(ctx, 20, par, func(int) error { any.Add(1); return nil }); !errors.Is(err, context.Canceled) || any.Load() != 0 {
			t.Fatalf("parallel %d, context ended: %v, %d calls", par, err, any.Load())
		}
	}
}
