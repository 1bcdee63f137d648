package config

import (
	"errors"
	"strings"
	"testing"
)

func TestParseReportsEveryProblemWithLines(t *testing.T) {
	doc := `listen: 0.0.0.0:8080
bogus_key: 1
upstreams:
  - name: openai
    base_url: ftp://nope
  - name: openai
    base_url: preview
tenants:
  - id: Acme Corp
    upstream: missing
    policy: nonexistent-preset
  - id: ok
    api_keys: ["short"]
log_level: loud
`
	_, err := Parse("veil.yaml", []byte(doc))
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	for _, want := range []string{
		"line 2: field bogus_key not found",
		"veil.yaml:5: upstreams[0].base_url",
		"veil.yaml:6: upstreams[1]: name \"openai\" is used twice",
		"veil.yaml:9: tenants[0].id \"Acme Corp\"",
		"veil.yaml:10: tenants[0].upstream \"missing\"",
		"veil.yaml:11: tenants[0].policy",
		"tenants[0] has no api_keys, which is allowed only while listen is a loopback address",
		"tenants[1].api_keys[0]: a key needs at least 8 characters",
		"veil.yaml:14: log_level \"loud\"",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

func TestDefaults(t *testing.T) {
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Listen != "127.0.0.1:8080" || c.DataDir != "./veil-data" || c.Upstreams[0].BaseURL != Preview || c.Tenants[0].Policy != "strict" || len(c.Tenants[0].APIKeys) != 0 {
		t.Errorf("defaults = %+v", c)
	}
	t.Setenv("OPENAI_API_KEY", "sk-x")
	if c := Default(); c.Upstreams[0].BaseURL != "https://api.openai.com/v1" {
		t.Errorf("with a key, upstream = %s", c.Upstreams[0].BaseURL)
	}
	t.Setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
	if c := Default(); c.Upstreams[0].BaseURL != "http://localhost:11434/v1" {
		t.Errorf("with OPENAI_BASE_URL, upstream = %s", c.Upstreams[0].BaseURL)
	}
}

func TestKeyDigest(t *testing.T) {
	a, err := KeyDigest("veil-acme-key")
	if err != nil {
		t.Fatal(err)
	}
	b, err := KeyDigest("sha256:" + strings.Repeat("00", 32))
	if err != nil || a == b {
		t.Fatalf("digest forms: %x %x %v", a, b, err)
	}
	if _, err := KeyDigest("sha256:zz"); err == nil {
		t.Error("a bad sha256 form was accepted")
	}
}

func TestNERSection(t *testing.T) {
	const base = "listen: 127.0.0.1:8080\nupstreams: [{name: up, base_url: preview}]\ntenants: [{id: acme, upstream: up, policy: strict}]\n"
	c, err := Parse("veil.yaml", []byte(base))
	if err != nil {
		t.Fatal(err)
	}
	if c.NER.Backend != NEREmbedded || c.NER.Deadline <= 0 || c.NER.MaxBatch <= 0 {
		t.Errorf("defaults: %+v", c.NER)
	}
	if _, err := Parse("veil.yaml", []byte(base+"ner:\n  backend: onnx\n  device: cuda\n  model_dir: /models/x\n  scripts: as_is\n")); err != nil {
		t.Errorf("an onnx section was refused: %v", err)
	}
	for doc, want := range map[string]string{
		"ner:\n  backend: gpu\n":                                            `veil.yaml:5: ner.backend "gpu" must be embedded, onnx, remote or off`,
		"ner:\n  backend: remote\n  url: triton\n":                          `veil.yaml:6: ner.url "triton": want the http(s) URL`,
		"ner:\n  backend: onnx\n  device: tpu\n":                            `veil.yaml:6: ner.device "tpu" must be cpu or cuda`,
		"ner:\n  backend: remote\n  url: http://t:8000\n  protocol: grpc\n": `veil.yaml:7: ner.protocol "grpc" must be text or tensors`,
		"ner:\n  backend: embedded\n  deadline: -1s\n":                      "must not be negative",
		"ner:\n  backend: embedded\n  max_in_flight: -2\n":                  "ner.max_in_flight -2 must be -1 (off) or more",
		"ner:\n  backend: onnx\n  scripts: latin\n":                         `veil.yaml:6: ner.scripts "latin" must be stand_in or as_is`,
	} {
		_, err := Parse("veil.yaml", []byte(base+doc))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want %q", doc, err, want)
		}
	}
}
