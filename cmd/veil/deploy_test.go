package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/veil-gateway/veil/config"
)

// TestDeployFiles checks what this machine cannot run (no Docker engine): the compose file's
// services each have a health check, and Veil's compose configuration validates.
func TestDeployFiles(t *testing.T) {
	b, err := os.ReadFile("../../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Image       string         `yaml:"image"`
			Build       any            `yaml:"build"`
			Healthcheck map[string]any `yaml:"healthcheck"`
		} `yaml:"services"`
	}
	if err := yaml.Unmarshal(b, &compose); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"veil", "veil-ner", "triton", "postgres", "keto"} {
		s, ok := compose.Services[name]
		if !ok || s.Healthcheck["test"] == nil {
			t.Errorf("service %s missing or without a health check", name)
		}
	}
	if img := compose.Services["postgres"].Image; img != "pgvector/pgvector:pg15" {
		t.Errorf("postgres image %q", img)
	}
	if img := compose.Services["keto"].Image; img != "oryd/keto:v0.13.0-alpha.0" {
		t.Errorf("keto image %q", img)
	}
	if _, err := config.Load("../../deploy/veil.yaml"); err != nil {
		t.Errorf("deploy/veil.yaml: %v", err)
	}
}

// TestTritonRepository: Triton's model configuration matches the shipped transformer: its
// input names, and an output with one logit per label of config.json.
func TestTritonRepository(t *testing.T) {
	pb, err := os.ReadFile("../../deploy/triton/veil-ner/config.pbtxt")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		ID2Label map[string]string `json:"id2label"`
	}
	cj, err := os.ReadFile("../../ner/model/onnx/config.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(cj, &cfg); err != nil {
		t.Fatal(err)
	}
	text := string(pb)
	for _, want := range []string{`name: "veil-ner"`, `platform: "onnxruntime_onnx"`, `name: "input_ids"`, `name: "attention_mask"`,
		fmt.Sprintf(`name: "logits", data_type: TYPE_FP32, dims: [ -1, %d ]`, len(cfg.ID2Label)), "dynamic_batching"} {
		if !strings.Contains(text, want) {
			t.Errorf("config.pbtxt lacks %s", want)
		}
	}
}
