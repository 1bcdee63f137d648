package main

import (
	"os"
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
	for _, name := range []string{"veil", "veil-ner", "postgres", "keto"} {
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
