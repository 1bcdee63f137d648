//go:build cgo

package ner

import (
	"cmp"
	"context"
	"embed"
	"errors"
	"fmt"
	"slices"
	"strings"

	ort "github.com/yalue/onnxruntime_go"
)

// The transformer that ships with Veil: ner/train/transformer.py's export, int8-quantised.
//
//go:embed model/onnx/model.onnx model/onnx/vocab.txt model/onnx/config.json
var shippedTransformer embed.FS

// ONNX runs a token-classification model through ONNX Runtime, on the CPU or a CUDA GPU.
// Sessions are safe for concurrent use; each Tag call runs its own batches.
type ONNX struct {
	m      *modelFiles
	sess   *ort.DynamicAdvancedSession
	inputs []string
	batch  int
	where  string
	// Device is where the model runs: "CPU" or "CUDA".
	Device string
	// Fallback says why a model asked to run on CUDA runs on the CPU ("" otherwise).
	Fallback string
}

// loadRuntime loads ONNX Runtime once per process.
func loadRuntime(lib string) error {
	ortOnce.Lock()
	defer ortOnce.Unlock()
	if ortOnce.ok {
		if lib != ortOnce.lib {
			return fmt.Errorf("ONNX Runtime is already loaded from %s, not %s", ortOnce.lib, lib)
		}
		return nil
	}
	ort.SetSharedLibraryPath(lib)
	if err := ort.InitializeEnvironment(ort.WithLogLevelError()); err != nil {
		return fmt.Errorf("loading ONNX Runtime from %s (set ner.runtime or $VEIL_ONNXRUNTIME_LIB to libonnxruntime.so.1, version 1.24 or later, as npm's onnxruntime-node ships it): %w", lib, err)
	}
	ortOnce.lib, ortOnce.ok = lib, true
	return nil
}

// NewONNX loads a model and starts a session.
func NewONNX(opt ONNXOptions) (*ONNX, error) {
	m, err := readModel(opt.Dir)
	if err != nil {
		return nil, err
	}
	if opt.MaxLen > 0 {
		m.maxLen = min(m.maxLen, opt.MaxLen)
	}
	if m.maxLen < 8 {
		return nil, fmt.Errorf("NER model: max length %d is too short", m.maxLen)
	}
	if err := loadRuntime(libraryPath(opt.Library)); err != nil {
		return nil, err
	}
	ins, outs, err := ort.GetInputOutputInfoWithONNXData(m.onnx)
	if err != nil {
		return nil, fmt.Errorf("NER model: %w", err)
	}
	o := &ONNX{m: m, batch: cmp.Or(opt.Batch, 32), Device: "CPU", where: opt.Dir}
	if o.where == "" {
		o.where = "shipped"
	}
	for _, in := range ins {
		switch in.Name {
		case "input_ids", "attention_mask", "token_type_ids":
			o.inputs = append(o.inputs, in.Name)
		default:
			return nil, fmt.Errorf("NER model: input %q is not one of input_ids, attention_mask, token_type_ids", in.Name)
		}
	}
	if !slices.Contains(o.inputs, "input_ids") || len(outs) == 0 {
		return nil, errors.New("NER model: want an input_ids input and a logits output")
	}
	out := outs[0].Name
	threads := cmp.Or(opt.Threads, 1)
	switch strings.ToLower(opt.Device) {
	case "", "cpu":
		o.sess, err = newSession(m.onnx, o.inputs, out, threads, false)
	case "cuda", "gpu":
		o.sess, err = newSession(m.onnx, o.inputs, out, threads, true)
		if err == nil {
			o.Device = "CUDA"
		} else {
			o.Fallback = err.Error()
			o.sess, err = newSession(m.onnx, o.inputs, out, threads, false)
		}
	default:
		return nil, fmt.Errorf("NER device %q: want cpu or cuda", opt.Device)
	}
	if err != nil {
		return nil, fmt.Errorf("NER model: %w", err)
	}
	return o, nil
}

func newSession(model []byte, inputs []string, output string, threads int, cuda bool) (*ort.DynamicAdvancedSession, error) {
	so, err := ort.NewSessionOptions()
	if err != nil {
		return nil, err
	}
	defer so.Destroy()
	if err := so.SetIntraOpNumThreads(threads); err != nil {
		return nil, err
	}
	if err := so.SetInterOpNumThreads(1); err != nil {
		return nil, err
	}
	if cuda {
		co, err := ort.NewCUDAProviderOptions()
		if err != nil {
			return nil, fmt.Errorf("CUDA execution provider: %w", err)
		}
		defer co.Destroy()
		if err := so.AppendExecutionProviderCUDA(co); err != nil {
			return nil, fmt.Errorf("CUDA execution provider: %w", err)
		}
	}
	return ort.NewDynamicAdvancedSessionWithONNXData(model, inputs, []string{output}, so)
}

// Types returns the Veil types the model finds.
func (o *ONNX) Types() []string { return o.m.Types() }

func (o *ONNX) String() string {
	return fmt.Sprintf("onnx model (%s, %s, %d-piece windows) on %s", o.where, strings.Join(o.Types(), ", "), o.m.maxLen, o.Device)
}

// Close ends the session.
func (o *ONNX) Close() error { return o.sess.Destroy() }

// Tag finds the entities in texts.
func (o *ONNX) Tag(ctx context.Context, texts []string) ([][]Span, error) {
	return tagPieces(ctx, o.m, texts, o.batch, 1, o.infer)
}

// Labels is the number of output classes.
func (o *ONNX) Labels() int { return len(o.m.labels) }

// Logits runs the model on a batch of piece ids: [b, s] in, [b, s, Labels()] out.
func (o *ONNX) Logits(ids, mask []int64, b, s int) ([]float32, error) {
	return o.infer(ids, mask, b, s)
}

func (o *ONNX) infer(ids, mask []int64, b, s int) ([]float32, error) {
	shape := ort.NewShape(int64(b), int64(s))
	values := make([]ort.Value, 0, len(o.inputs))
	defer func() {
		for _, v := range values {
			v.Destroy()
		}
	}()
	for _, name := range o.inputs {
		data := ids
		switch name {
		case "attention_mask":
			data = mask
		case "token_type_ids":
			data = make([]int64, len(ids))
		}
		t, err := ort.NewTensor(shape, data)
		if err != nil {
			return nil, err
		}
		values = append(values, t)
	}
	out, err := ort.NewEmptyTensor[float32](ort.NewShape(int64(b), int64(s), int64(len(o.m.labels))))
	if err != nil {
		return nil, err
	}
	defer out.Destroy()
	if err := o.sess.Run(values, []ort.Value{out}); err != nil {
		return nil, fmt.Errorf("NER model: %w", err)
	}
	return slices.Clone(out.GetData()), nil
}
