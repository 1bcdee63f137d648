package ner

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The KServe v2 / Open Inference Protocol, as NVIDIA Triton serves it over HTTP/JSON. Veil's
// NER model takes one BYTES input, TEXT, of shape [batch, 1] (UTF-8 texts) and gives one BYTES
// output, ENTITIES, of the same shape: each element a JSON array of
// {"type", "start", "end", "score"} with byte offsets into its text.

const (
	InputName  = "TEXT"
	OutputName = "ENTITIES"
)

type tensor struct {
	Name     string `json:"name"`
	Shape    []int  `json:"shape"`
	Datatype string `json:"datatype"`
	Data     []any  `json:"data,omitempty"`
}

type inferRequest struct {
	ID      string      `json:"id,omitempty"`
	Inputs  []tensor    `json:"inputs"`
	Outputs []outputRef `json:"outputs,omitempty"`
}

// outputRef names an output the client wants.
type outputRef struct {
	Name string `json:"name"`
}

type inferResponse struct {
	ModelName string   `json:"model_name"`
	ID        string   `json:"id,omitempty"`
	Outputs   []tensor `json:"outputs"`
	Error     string   `json:"error,omitempty"`
}

type wireSpan struct {
	Type  string  `json:"type"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Score float64 `json:"score"`
}

// RemoteOptions configure a Remote backend.
type RemoteOptions struct {
	URL   string // base URL of the server, e.g. http://triton:8000
	Model string // model name
	// Tensors, when set, switches to the protocol Triton speaks for a bare model.onnx: Veil
	// tokenizes with this model's tokenizer, sends input_ids and attention_mask (INT64,
	// [batch, sequence]) and decodes the logits output (FP32, [batch, sequence, labels]).
	Tensors  *TensorModel
	MaxBatch int // most texts in one call (default 32)
	MaxWait  time.Duration
	// MaxInFlight is how many batched calls may be at the server before new calls wait to
	// fill a batch (default 2; negative: never, a batch goes only when full or after MaxWait).
	// Below it a batch goes at once, with whatever calls have queued, so a lone call does not
	// wait out MaxWait; at it, calls gather until a call comes back, as Triton's dynamic
	// batcher gathers requests while its model instances are busy.
	MaxInFlight int
	// MaxRows is the most windows of text (rows of tensors) in one call of the tensor protocol
	// (default: MaxBatch, and at least 64): a batch's texts go in as few calls as that allows,
	// since a server pays for each call as well as for each row.
	MaxRows int
	Client  *http.Client // default: one with kept-alive connections
}

// remoteInFlight is how many of one call's batches of tensors go to the server at once: they
// share its batches rather than wait on each other.
const remoteInFlight = 8

// Remote is a Backend on a KServe v2 server. Concurrent Tag calls are batched: a batch goes at
// once while fewer than MaxInFlight batches are at the server, and otherwise when it holds
// MaxBatch texts, when a batch comes back, or when MaxWait has passed since its first text.
// Each caller waits only as long as its own context allows.
type Remote struct {
	opt      RemoteOptions
	calls    chan *call
	stop     chan struct{}
	wg       sync.WaitGroup
	inFlight atomic.Int32
	gathered atomic.Int32  // calls in the batch being formed
	back     chan struct{} // a batch came back (capacity 1: a signal, not a count)
}

type call struct {
	ctx   context.Context
	texts []string
	done  chan result
}

type result struct {
	spans [][]Span
	err   error
}

// NewRemote starts a Remote backend; Close stops it.
func NewRemote(opt RemoteOptions) *Remote {
	if opt.MaxBatch <= 0 {
		opt.MaxBatch = 32
	}
	if opt.MaxWait <= 0 {
		opt.MaxWait = 2 * time.Millisecond
	}
	if opt.MaxInFlight == 0 {
		opt.MaxInFlight = 2
	}
	if opt.MaxRows <= 0 {
		opt.MaxRows = max(opt.MaxBatch, 64)
	}
	if opt.Client == nil {
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = 64
		opt.Client = &http.Client{Transport: tr}
	}
	opt.URL = strings.TrimRight(opt.URL, "/")
	r := &Remote{opt: opt, calls: make(chan *call), stop: make(chan struct{}), back: make(chan struct{}, 1)}
	r.wg.Add(1)
	go r.loop()
	return r
}

// Close stops batching; calls in flight finish.
func (r *Remote) Close() error {
	close(r.stop)
	r.wg.Wait()
	return nil
}

// Tag implements Backend.
func (r *Remote) Tag(ctx context.Context, texts []string) ([][]Span, error) {
	c := &call{ctx: ctx, texts: texts, done: make(chan result, 1)}
	select {
	case r.calls <- c:
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-r.stop:
		return nil, errors.New("remote ner backend closed")
	}
	select {
	case res := <-c.done:
		return res.spans, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (r *Remote) loop() {
	defer r.wg.Done()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var batch []*call
	n := 0
	add := func(c *call) {
		batch, n = append(batch, c), n+len(c.texts)
		r.gathered.Store(int32(len(batch)))
	}
	for {
		if len(batch) == 0 {
			select {
			case c := <-r.calls:
				add(c)
				timer.Reset(r.opt.MaxWait)
			case <-r.back:
				continue
			case <-r.stop:
				return
			}
		}
		// calls already waiting to be taken join before the batch goes
	queued:
		for n < r.opt.MaxBatch {
			select {
			case c := <-r.calls:
				add(c)
			default:
				break queued
			}
		}
		idle := r.opt.MaxInFlight > 0 && int(r.inFlight.Load()) < r.opt.MaxInFlight
		if !idle && n < r.opt.MaxBatch {
			select {
			case c := <-r.calls:
				add(c)
				continue
			case <-r.back:
				continue
			case <-timer.C:
			case <-r.stop:
			}
		}
		timer.Stop()
		r.inFlight.Add(1)
		r.wg.Add(1)
		go func(batch []*call) {
			defer r.wg.Done()
			r.send(batch)
			r.inFlight.Add(-1)
			select {
			case r.back <- struct{}{}:
			default:
			}
		}(batch)
		batch, n = nil, 0
		r.gathered.Store(0)
		select {
		case <-r.stop:
			return
		default:
		}
	}
}

// send makes one call for a batch. Its context lives as long as the latest caller's deadline;
// callers whose own contexts end earlier stop waiting on their own.
func (r *Remote) send(batch []*call) {
	var live []*call
	var texts []any
	var latest time.Time
	unbounded := false
	for _, c := range batch {
		if c.ctx.Err() != nil {
			continue
		}
		live = append(live, c)
		for _, t := range c.texts {
			texts = append(texts, t)
		}
		if d, ok := c.ctx.Deadline(); !ok {
			unbounded = true
		} else if d.After(latest) {
			latest = d
		}
	}
	if len(live) == 0 {
		return
	}
	ctx := context.Background()
	if !unbounded {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, latest)
		defer cancel()
	}
	spans, err := r.infer(ctx, texts)
	k := 0
	for _, c := range live {
		res := result{err: err}
		if err == nil {
			res.spans = spans[k : k+len(c.texts)]
		}
		k += len(c.texts)
		c.done <- res
	}
}

func (r *Remote) infer(ctx context.Context, texts []any) ([][]Span, error) {
	if r.opt.Tensors != nil {
		strs := make([]string, len(texts))
		for i, t := range texts {
			strs[i] = t.(string)
		}
		return tagPieces(ctx, r.opt.Tensors.m, strs, r.opt.MaxRows, remoteInFlight, func(ids, mask []int64, b, s int) ([]float32, error) {
			return r.inferTensors(ctx, ids, mask, b, s)
		})
	}
	req := inferRequest{Inputs: []tensor{{Name: InputName, Shape: []int{len(texts), 1}, Datatype: "BYTES", Data: texts}},
		Outputs: []outputRef{{OutputName}}}
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	jsonPart, _, status, err := r.call(ctx, body, len(body))
	if err != nil {
		return nil, err
	}
	var out inferResponse
	if err := json.Unmarshal(jsonPart, &out); err != nil {
		return nil, fmt.Errorf("ner server %s: status %d, not a KServe v2 answer", r.opt.URL, status)
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("ner server %s: status %d: %s", r.opt.URL, status, out.Error)
	}
	return decodeEntities(out, len(texts))
}

// call sends one inference request to the model's infer route: body is JSON, or JSON (its
// first jsonLen bytes) followed by binary tensors. It returns the answer split the same way.
func (r *Remote) call(ctx context.Context, body []byte, jsonLen int) (jsonPart, bin []byte, status int, err error) {
	hr, err := http.NewRequestWithContext(ctx, http.MethodPost, r.opt.URL+"/v2/models/"+r.opt.Model+"/infer", bytes.NewReader(body))
	if err != nil {
		return nil, nil, 0, err
	}
	hr.Header.Set("Content-Type", "application/json")
	if jsonLen < len(body) {
		hr.Header.Set("Content-Type", "application/octet-stream")
		hr.Header.Set(binaryHeader, strconv.Itoa(jsonLen))
	}
	resp, err := r.opt.Client.Do(hr)
	if err != nil {
		return nil, nil, 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return nil, nil, 0, err
	}
	jsonPart, bin, err = splitBinary(raw, resp.Header.Get(binaryHeader))
	if err != nil {
		return nil, nil, 0, fmt.Errorf("ner server %s: %w", r.opt.URL, err)
	}
	return jsonPart, bin, resp.StatusCode, nil
}

// TensorModel is the tokenizer and labels of a token-classification export, for a Remote
// backend that sends tensors to a server holding the model itself.
type TensorModel struct{ m *modelFiles }

// LoadTensorModel reads dir's export (empty: the shipped transformer) without loading ONNX
// Runtime.
func LoadTensorModel(dir string) (*TensorModel, error) {
	m, err := readModel(dir)
	if err != nil {
		return nil, err
	}
	return &TensorModel{m}, nil
}

// numTensor is a numeric KServe v2 tensor: its data flat in row-major order, as JSON, or,
// with Triton's binary data extension, as binary_data_size little-endian bytes after the JSON.
type numTensor struct {
	Name       string          `json:"name"`
	Shape      []int           `json:"shape"`
	Datatype   string          `json:"datatype"`
	Data       json.RawMessage `json:"data,omitempty"`
	Parameters *tensorParams   `json:"parameters,omitempty"`
}

type tensorParams struct {
	BinaryDataSize int  `json:"binary_data_size,omitempty"`
	BinaryData     bool `json:"binary_data,omitempty"`
}

// binaryHeader is the HTTP header of Triton's binary data extension: the length of the JSON
// part of a body whose tensors follow it as raw bytes.
const binaryHeader = "Inference-Header-Content-Length"

// inferTensors sends piece ids and masks as raw INT64 and asks for the logits as raw FP32
// (Triton's binary data extension), which spares both ends encoding numbers as text.
func (r *Remote) inferTensors(ctx context.Context, ids, mask []int64, b, s int) ([]float32, error) {
	hdr, _ := json.Marshal(map[string]any{
		"inputs": []numTensor{
			{Name: "input_ids", Shape: []int{b, s}, Datatype: "INT64", Parameters: &tensorParams{BinaryDataSize: 8 * len(ids)}},
			{Name: "attention_mask", Shape: []int{b, s}, Datatype: "INT64", Parameters: &tensorParams{BinaryDataSize: 8 * len(mask)}},
		},
		"outputs": []map[string]any{{"name": "logits", "parameters": tensorParams{BinaryData: true}}},
	})
	body := make([]byte, 0, len(hdr)+16*len(ids))
	body = append(body, hdr...)
	for _, v := range ids {
		body = binary.LittleEndian.AppendUint64(body, uint64(v))
	}
	for _, v := range mask {
		body = binary.LittleEndian.AppendUint64(body, uint64(v))
	}
	jsonPart, bin, status, err := r.call(ctx, body, len(hdr))
	if err != nil {
		return nil, err
	}
	var out struct {
		Outputs []numTensor `json:"outputs"`
		Error   string      `json:"error"`
	}
	if err := json.Unmarshal(jsonPart, &out); err != nil {
		return nil, fmt.Errorf("ner server %s: status %d, not a KServe v2 answer", r.opt.URL, status)
	}
	if status != http.StatusOK {
		return nil, fmt.Errorf("ner server %s: status %d: %s", r.opt.URL, status, out.Error)
	}
	for _, t := range out.Outputs {
		size := 0
		if t.Parameters != nil {
			size = t.Parameters.BinaryDataSize
		}
		if t.Name != "logits" {
			bin = bin[min(size, len(bin)):]
			continue
		}
		if size == 0 {
			var logits []float32
			if err := json.Unmarshal(t.Data, &logits); err != nil {
				return nil, fmt.Errorf("ner server: logits: %w", err)
			}
			return logits, nil
		}
		if t.Datatype != "FP32" || size%4 != 0 || size > len(bin) {
			return nil, fmt.Errorf("ner server: logits: %s, %d bytes of %d", t.Datatype, size, len(bin))
		}
		logits := make([]float32, size/4)
		for i := range logits {
			logits[i] = math.Float32frombits(binary.LittleEndian.Uint32(bin[4*i:]))
		}
		return logits, nil
	}
	return nil, errors.New("ner server: no logits output")
}

// splitBinary splits a body into its JSON part and the binary tensors after it.
func splitBinary(body []byte, header string) (jsonPart, bin []byte, err error) {
	if header == "" {
		return body, nil, nil
	}
	n, err := strconv.Atoi(header)
	if err != nil || n < 0 || n > len(body) {
		return nil, nil, fmt.Errorf("%s %q does not fit a %d-byte body", binaryHeader, header, len(body))
	}
	return body[:n], body[n:], nil
}

// logitRunner is a backend that can also run its model on tensors (the ONNX backend), so
// that veil ner serve answers Triton's tensor protocol too.
type logitRunner interface {
	Logits(ids, mask []int64, b, s int) ([]float32, error)
	Labels() int
}

func (h handler) tensors(w http.ResponseWriter, req tensorRequest, bin []byte) {
	lr, ok := h.b.(logitRunner)
	if !ok {
		writeJSON(w, http.StatusBadRequest, inferResponse{Error: "this model takes TEXT, not tensors"})
		return
	}
	var ids, mask []int64
	b, s := 0, 0
	for _, in := range req.Inputs {
		if len(in.Shape) != 2 || in.Datatype != "INT64" || in.Shape[0] < 0 || in.Shape[1] < 0 {
			writeJSON(w, http.StatusBadRequest, inferResponse{Error: fmt.Sprintf("input %s: want INT64 [batch, sequence]", in.Name)})
			return
		}
		n := in.Shape[0] * in.Shape[1]
		var data []int64
		if in.Parameters != nil && in.Parameters.BinaryDataSize > 0 {
			size := in.Parameters.BinaryDataSize
			if size != 8*n || size > len(bin) {
				writeJSON(w, http.StatusBadRequest, inferResponse{Error: fmt.Sprintf("input %s: %d binary bytes do not fill shape %v", in.Name, size, in.Shape)})
				return
			}
			data = make([]int64, n)
			for i := range data {
				data[i] = int64(binary.LittleEndian.Uint64(bin[8*i:]))
			}
			bin = bin[size:]
		} else if err := json.Unmarshal(in.Data, &data); err != nil || len(data) != n {
			writeJSON(w, http.StatusBadRequest, inferResponse{Error: fmt.Sprintf("input %s: data does not fill shape %v", in.Name, in.Shape)})
			return
		}
		switch in.Name {
		case "input_ids":
			ids, b, s = data, in.Shape[0], in.Shape[1]
		case "attention_mask":
			mask = data
		}
	}
	if ids == nil || len(mask) != len(ids) {
		writeJSON(w, http.StatusBadRequest, inferResponse{Error: "want input_ids and attention_mask of one shape"})
		return
	}
	logits, err := lr.Logits(ids, mask, b, s)
	if err != nil {
		writeJSON(w, http.StatusServiceUnavailable, inferResponse{Error: "inference failed: " + err.Error()})
		return
	}
	shape := []int{b, s, lr.Labels()}
	if !req.binaryOut() {
		data, _ := json.Marshal(logits)
		writeJSON(w, http.StatusOK, map[string]any{"model_name": h.name, "outputs": []numTensor{{Name: "logits", Shape: shape, Datatype: "FP32", Data: data}}})
		return
	}
	hdr, _ := json.Marshal(map[string]any{"model_name": h.name,
		"outputs": []numTensor{{Name: "logits", Shape: shape, Datatype: "FP32", Parameters: &tensorParams{BinaryDataSize: 4 * len(logits)}}}})
	out := make([]byte, 0, len(hdr)+4*len(logits))
	out = append(out, hdr...)
	for _, v := range logits {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(v))
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set(binaryHeader, strconv.Itoa(len(hdr)))
	w.Write(out)
}

type tensorRequest struct {
	Inputs  []numTensor `json:"inputs"`
	Outputs []struct {
		Name       string        `json:"name"`
		Parameters *tensorParams `json:"parameters"`
	} `json:"outputs"`
}

func (r tensorRequest) binaryOut() bool {
	for _, o := range r.Outputs {
		if o.Name == "logits" && o.Parameters != nil && o.Parameters.BinaryData {
			return true
		}
	}
	return false
}

type handler struct {
	name string
	b    Backend
}

func decodeEntities(out inferResponse, n int) ([][]Span, error) {
	for _, t := range out.Outputs {
		if t.Name != OutputName {
			continue
		}
		if t.Datatype != "BYTES" || len(t.Data) != n {
			return nil, fmt.Errorf("ner server: output %s has %d %s elements for %d texts", OutputName, len(t.Data), t.Datatype, n)
		}
		res := make([][]Span, n)
		for i, d := range t.Data {
			s, ok := d.(string)
			if !ok {
				return nil, fmt.Errorf("ner server: output element %d is not a string", i)
			}
			var ws []wireSpan
			if err := json.Unmarshal([]byte(s), &ws); err != nil {
				return nil, fmt.Errorf("ner server: output element %d: %w", i, err)
			}
			for _, w := range ws {
				res[i] = append(res[i], Span(w))
			}
		}
		return res, nil
	}
	return nil, fmt.Errorf("ner server: no %s output", OutputName)
}

// Handler serves a Backend over the KServe v2 protocol: health, model metadata and inference
// for the one model named name.
func Handler(name string, b Backend) http.Handler {
	mux := http.NewServeMux()
	ok := func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
	mux.HandleFunc("GET /v2/health/live", ok)
	mux.HandleFunc("GET /v2/health/ready", ok)
	mux.HandleFunc("GET /v2/models/"+name+"/ready", ok)
	mux.HandleFunc("GET /v2", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"name": "veil-ner", "version": "2", "extensions": []string{}})
	})
	mux.HandleFunc("GET /v2/models/"+name, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"name": name, "platform": "veil", "versions": []string{"1"},
			"inputs":  []tensor{{Name: InputName, Datatype: "BYTES", Shape: []int{-1, 1}}},
			"outputs": []tensor{{Name: OutputName, Datatype: "BYTES", Shape: []int{-1, 1}}}})
	})
	mux.HandleFunc("POST /v2/models/"+name+"/infer", func(w http.ResponseWriter, r *http.Request) {
		raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<20))
		var req inferRequest
		var treq tensorRequest
		var bin []byte
		if err == nil {
			raw, bin, err = splitBinary(raw, r.Header.Get(binaryHeader))
		}
		if err == nil {
			if err = json.Unmarshal(raw, &treq); err == nil && len(treq.Inputs) > 0 && treq.Inputs[0].Name != InputName {
				handler{name, b}.tensors(w, treq, bin)
				return
			}
			err = json.Unmarshal(raw, &req)
		}
		if err != nil {
			writeJSON(w, http.StatusBadRequest, inferResponse{Error: "request is not KServe v2 JSON: " + err.Error()})
			return
		}
		texts, err := inputTexts(req)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, inferResponse{Error: err.Error()})
			return
		}
		spans, err := b.Tag(r.Context(), texts)
		if err != nil {
			writeJSON(w, http.StatusServiceUnavailable, inferResponse{Error: "inference failed: " + err.Error()})
			return
		}
		data := make([]any, len(spans))
		for i, ss := range spans {
			ws := make([]wireSpan, len(ss))
			for k, s := range ss {
				ws[k] = wireSpan(s)
			}
			enc, _ := json.Marshal(ws)
			data[i] = string(enc)
		}
		writeJSON(w, http.StatusOK, inferResponse{ModelName: name, ID: req.ID,
			Outputs: []tensor{{Name: OutputName, Datatype: "BYTES", Shape: []int{len(data), 1}, Data: data}}})
	})
	return mux
}

func inputTexts(req inferRequest) ([]string, error) {
	if len(req.Inputs) != 1 || req.Inputs[0].Name != InputName || req.Inputs[0].Datatype != "BYTES" {
		return nil, fmt.Errorf("want one BYTES input named %s", InputName)
	}
	in := req.Inputs[0]
	n := 1
	for _, d := range in.Shape {
		n *= d
	}
	if len(in.Shape) == 0 || n != len(in.Data) {
		return nil, fmt.Errorf("input %s: shape %v does not hold %d elements", InputName, in.Shape, len(in.Data))
	}
	texts := make([]string, len(in.Data))
	for i, d := range in.Data {
		s, ok := d.(string)
		if !ok {
			return nil, fmt.Errorf("input %s element %d is not a string", InputName, i)
		}
		texts[i] = s
	}
	return texts, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
