//go:build !cgo

package ner

import (
	"context"
	"embed"
	"errors"
)

// shippedTransformer is empty: a build without cgo cannot run it.
var shippedTransformer embed.FS

// ONNX is unavailable in builds without cgo: ONNX Runtime is a C library.
type ONNX struct {
	Device, Fallback string
}

// NewONNX reports that this build cannot load ONNX Runtime.
func NewONNX(opt ONNXOptions) (*ONNX, error) {
	return nil, errors.New("the onnx NER backend needs a build with cgo (CGO_ENABLED=1); this binary has none")
}

func (o *ONNX) Types() []string { return nil }
func (o *ONNX) String() string  { return "onnx (unavailable)" }
func (o *ONNX) Close() error    { return nil }
func (o *ONNX) Tag(context.Context, []string) ([][]Span, error) {
	return nil, errors.New("onnx: no cgo")
}
