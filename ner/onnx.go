package ner

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// ONNXOptions configure an ONNX token-classification backend.
type ONNXOptions struct {
	// Dir holds a Hugging Face-style token-classification export: model.onnx, vocab.txt or a
	// WordPiece tokenizer.json, and config.json with id2label. Empty: the shipped model.
	Dir string
	// Library is libonnxruntime.so.1; empty: $VEIL_ONNXRUNTIME_LIB, else the loader's search path.
	Library string
	// Device is "cpu" (default) or "cuda". CUDA falls back to the CPU, with the reason in
	// Fallback, when the CUDA execution provider or a GPU is missing.
	Device string
	// Threads is ONNX Runtime's intra-op threads per call (default 1: many requests in
	// parallel use the cores better than one request on many).
	Threads int
	// MaxLen caps pieces per model call, [CLS] and [SEP] included (default: the model's
	// max_position_embeddings, at most 512). Longer texts are cut into overlapping chunks.
	MaxLen int
	// Batch caps chunks per model call (default 32).
	Batch int
}

// modelFiles is what a token-classification export holds, read from a folder or the binary.
type modelFiles struct {
	onnx   []byte
	tok    *WordPiece
	labels []bioLabel
	maxLen int
}

// bioLabel is one output class: its position in a BIO/BIOES scheme and Veil's entity type.
type bioLabel struct {
	name  string
	ent   string // the entity name without its scheme prefix, upper case; "" for O
	begin bool   // B-, S-, U-: starts an entity
	end   bool   // E-, S-, L-, U-: ends it
	typ   string // Veil type; "" for O and types Veil has no use for (MISC)
}

// labelTypes maps the entity names of common NER label sets to Veil's types.
var labelTypes = map[string]string{
	"PER": "PERSON", "PERSON": "PERSON", "NAME": "PERSON", "PATIENT": "PERSON", "DOCTOR": "PERSON",
	"GIVENNAME": "PERSON", "SURNAME": "PERSON", "FIRSTNAME": "PERSON", "LASTNAME": "PERSON",
	"LOC": "LOCATION", "LOCATION": "LOCATION", "GPE": "LOCATION", "CITY": "LOCATION", "COUNTRY": "LOCATION", "STATE": "LOCATION",
	"ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION", "ORGANISATION": "ORGANIZATION", "COMPANY": "ORGANIZATION",
	"CORPORATION": "ORGANIZATION", "HOSPITAL": "ORGANIZATION",
	"NORP": "NRP", "NRP": "NRP",
	"STREET_ADDRESS": "STREET_ADDRESS", "ADDRESS": "STREET_ADDRESS", "STREET": "STREET_ADDRESS",
}

func parseLabel(name string) bioLabel {
	l := bioLabel{name: name}
	up := strings.ToUpper(name)
	if up == "O" {
		return l
	}
	ent := up
	if len(up) > 2 && (up[1] == '-' || up[1] == '_') && strings.ContainsRune("BIESLU", rune(up[0])) {
		ent = up[2:]
		switch up[0] {
		case 'B':
			l.begin = true
		case 'E', 'L':
			l.end = true
		case 'S', 'U':
			l.begin, l.end = true, true
		}
	}
	// without a prefix (an IO scheme) every word continues its neighbour of the same name
	l.ent, l.typ = ent, labelTypes[ent]
	return l
}

// readModel reads an export from dir, or the shipped model when dir is empty.
func readModel(dir string) (*modelFiles, error) {
	var fsys fs.FS = os.DirFS(dir)
	where := dir
	if dir == "" {
		sub, err := fs.Sub(shippedTransformer, "model/onnx")
		if err != nil {
			return nil, err
		}
		fsys, where = sub, "the shipped model"
	}
	fail := func(err error) (*modelFiles, error) { return nil, fmt.Errorf("NER model in %s: %w", where, err) }
	var m modelFiles
	var err error
	if m.onnx, err = fs.ReadFile(fsys, "model.onnx"); err != nil {
		return fail(err)
	}
	cfgData, err := fs.ReadFile(fsys, "config.json")
	if err != nil {
		return fail(err)
	}
	var cfg struct {
		ID2Label    map[string]string `json:"id2label"`
		MaxPos      int               `json:"max_position_embeddings"`
		DoLowerCase *bool             `json:"do_lower_case"`
		ModelType   string            `json:"model_type"`
	}
	if err := json.Unmarshal(cfgData, &cfg); err != nil {
		return fail(fmt.Errorf("config.json: %w", err))
	}
	if len(cfg.ID2Label) == 0 {
		return fail(errors.New("config.json has no id2label: not a token-classification export"))
	}
	m.labels = make([]bioLabel, len(cfg.ID2Label))
	for k, v := range cfg.ID2Label {
		i, err := strconv.Atoi(k)
		if err != nil || i < 0 || i >= len(m.labels) || m.labels[i].name != "" {
			return fail(fmt.Errorf("config.json: id2label keys are not 0..%d", len(m.labels)-1))
		}
		m.labels[i] = parseLabel(v)
	}
	m.maxLen = 512 // BERT's, and the most a window needs
	if cfg.MaxPos > 0 && cfg.MaxPos < 512 {
		m.maxLen = cfg.MaxPos
	}
	// uncased models say so in tokenizer_config.json or by name; do_lower_case wins when given
	lower := strings.Contains(strings.ToLower(cfg.ModelType), "uncased")
	if tc, err := fs.ReadFile(fsys, "tokenizer_config.json"); err == nil {
		var t struct {
			DoLowerCase *bool `json:"do_lower_case"`
		}
		if json.Unmarshal(tc, &t) == nil && t.DoLowerCase != nil {
			lower = *t.DoLowerCase
		}
	}
	if cfg.DoLowerCase != nil {
		lower = *cfg.DoLowerCase
	}
	if tj, err := fs.ReadFile(fsys, "tokenizer.json"); err == nil {
		if m.tok, err = ReadTokenizerJSON(tj); err != nil {
			return fail(err)
		}
	} else if v, err := fs.ReadFile(fsys, "vocab.txt"); err == nil {
		if m.tok, err = ReadVocab(bytes.NewReader(v), lower); err != nil {
			return fail(fmt.Errorf("vocab.txt: %w", err))
		}
	} else {
		return fail(errors.New("neither tokenizer.json nor vocab.txt is there"))
	}
	return &m, nil
}

// Types returns the Veil types the model's labels map to.
func (m *modelFiles) Types() []string {
	var out []string
	for _, l := range m.labels {
		if l.typ != "" && !slices.Contains(out, l.typ) {
			out = append(out, l.typ)
		}
	}
	return out
}

// chunk is one model call's worth of a text's pieces.
type chunk struct {
	text       int // index of the text
	lo, hi     int // pieces [lo, hi) go in
	own0, own1 int // pieces [own0, own1) take their labels from this chunk
}

// chunks cuts n pieces into windows of at most size, overlapping by overlap; each piece is
// owned by the window where it sits furthest from an edge. The windows share the pieces
// evenly (600 pieces in windows of 510 make two of 332, not one of 510 and one of 154): a
// batch is padded to its longest row, so even windows waste the least.
func chunks(text, n, size, overlap int, dst []chunk) []chunk {
	if n <= size {
		return append(dst, chunk{text: text, lo: 0, hi: n, own0: 0, own1: n})
	}
	k := (n - overlap + size - overlap - 1) / (size - overlap) // fewest windows that hold n
	w := (n + (k-1)*overlap + k - 1) / k                       // their even length, at most size
	step := w - overlap
	for i := range k {
		lo := i * step
		c := chunk{text: text, lo: lo, hi: min(lo+w, n), own0: lo + overlap/2, own1: lo + w - overlap/2}
		if i == 0 {
			c.own0 = 0
		}
		if i == k-1 {
			c.hi, c.own1 = n, n
		}
		dst = append(dst, c)
	}
	return dst
}

// inParallel calls f(0) … f(n-1), up to parallel at once (one after another when parallel is 1
// or less), and returns the first error; once one fails or ctx ends, no more calls start.
func inParallel(ctx context.Context, n, parallel int, f func(int) error) error {
	if parallel <= 1 || n == 1 {
		for i := range n {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := f(i); err != nil {
				return err
			}
		}
		return nil
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	sem := make(chan struct{}, parallel)
	for i := range n {
		sem <- struct{}{}
		mu.Lock()
		first = cmp.Or(first, ctx.Err())
		stop := first != nil
		mu.Unlock()
		if stop {
			<-sem
			break
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := f(i); err != nil {
				mu.Lock()
				first = cmp.Or(first, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return first
}

// decode turns per-piece label probabilities into spans, word by word: a word takes the label
// of its first piece, and an entity runs from its first word's first byte to its last word's
// last byte. An I- word continues only an entity of the same label name (PER and PATIENT both
// mean PERSON but do not join). The score is the mean probability of the words' labels.
func decode(pieces []Piece, best []int32, prob []float32, labels []bioLabel, dst []Span) []Span {
	open := -1 // label index of the open entity, or -1
	var cur Span
	var sum float64
	var words int
	flush := func() {
		if open >= 0 && cur.Type != "" {
			cur.Score = sum / float64(words)
			dst = append(dst, cur)
		}
		open = -1
	}
	for i, p := range pieces {
		if !p.First {
			if open >= 0 {
				cur.End = p.End
			}
			continue
		}
		l := labels[best[i]]
		if l.ent == "" {
			flush()
			continue
		}
		if open >= 0 && !l.begin && labels[open].ent == l.ent {
			cur.End = p.End
			sum += float64(prob[i])
			words++
		} else {
			flush()
			cur = Span{Type: l.typ, Start: p.Start, End: p.End}
			sum, words = float64(prob[i]), 1
		}
		open = int(best[i])
		if l.end {
			flush()
		}
	}
	flush()
	return dst
}

// softmaxBest returns the arg max of logits and its probability.
func softmaxBest(logits []float32) (int32, float32) {
	best, mx := 0, logits[0]
	for j, v := range logits {
		if v > mx {
			best, mx = j, v
		}
	}
	var z float64
	for _, v := range logits {
		z += math.Exp(float64(v - mx))
	}
	return int32(best), float32(1 / z)
}

var ortOnce struct {
	sync.Mutex
	lib string
	err error
	ok  bool
}

// libraryPath is where ONNX Runtime is loaded from.
func libraryPath(opt string) string {
	if opt != "" {
		return opt
	}
	if env := os.Getenv("VEIL_ONNXRUNTIME_LIB"); env != "" {
		return env
	}
	if exe, err := os.Executable(); err == nil {
		if p := filepath.Join(filepath.Dir(exe), "libonnxruntime.so.1"); fileExists(p) {
			return p
		}
	}
	return "libonnxruntime.so.1"
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// Tag is shared by the ONNX backends: it tokenizes texts, runs every chunk through infer in
// batches of at most batch rows, and decodes the spans. The chunks are batched by length, so
// that short texts are not padded to a long one's length, and up to parallel batches are in
// infer at once (a remote server batches them together again).
func tagPieces(ctx context.Context, m *modelFiles, texts []string, batch, parallel int,
	infer func(ids, mask []int64, b, s int) ([]float32, error)) ([][]Span, error) {
	pieces := make([][]Piece, len(texts))
	var cs []chunk
	size := m.maxLen - 2
	for i, t := range texts {
		pieces[i] = m.tok.Encode(t, nil)
		cs = chunks(i, len(pieces[i]), size, min(64, size/4), cs)
	}
	slices.SortStableFunc(cs, func(a, b chunk) int { return (b.hi - b.lo) - (a.hi - a.lo) })
	best := make([][]int32, len(texts))
	prob := make([][]float32, len(texts))
	for i := range texts {
		best[i] = make([]int32, len(pieces[i]))
		prob[i] = make([]float32, len(pieces[i]))
	}
	L := len(m.labels)
	run := func(group []chunk) error {
		s := 0
		for _, c := range group {
			s = max(s, c.hi-c.lo+2)
		}
		ids := make([]int64, len(group)*s)
		mask := make([]int64, len(group)*s)
		for r, c := range group {
			row := ids[r*s : (r+1)*s]
			for k := range row {
				row[k] = int64(m.tok.PAD)
			}
			row[0] = int64(m.tok.CLS)
			for k, p := range pieces[c.text][c.lo:c.hi] {
				row[k+1] = int64(p.ID)
			}
			row[c.hi-c.lo+1] = int64(m.tok.SEP)
			for k := 0; k < c.hi-c.lo+2; k++ {
				mask[r*s+k] = 1
			}
		}
		logits, err := infer(ids, mask, len(group), s)
		if err != nil {
			return err
		}
		if len(logits) != len(group)*s*L {
			return fmt.Errorf("model returned %d logits, want %d×%d×%d", len(logits), len(group), s, L)
		}
		// chunks own disjoint pieces, so batches running at once write disjoint elements
		for r, c := range group {
			for k := c.own0; k < c.own1; k++ {
				off := (r*s + 1 + k - c.lo) * L
				best[c.text][k], prob[c.text][k] = softmaxBest(logits[off : off+L])
			}
		}
		return nil
	}
	var groups [][]chunk
	for b0 := 0; b0 < len(cs); b0 += batch {
		groups = append(groups, cs[b0:min(b0+batch, len(cs))])
	}
	if err := inParallel(ctx, len(groups), parallel, func(i int) error { return run(groups[i]) }); err != nil {
		return nil, err
	}
	out := make([][]Span, len(texts))
	for i := range texts {
		out[i] = decode(pieces[i], best[i], prob[i], m.labels, nil)
	}
	return out, nil
}
