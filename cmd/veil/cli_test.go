package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/veil-gateway/veil/finetune"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// veil runs a command in-process and returns its exit status, stdout and stderr.
func veil(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	err := dispatch(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	code := exitCode(err, &errb)
	return code, out.String(), errb.String()
}

func writeConfig(t *testing.T) (dir, cfg string) {
	dir = t.TempDir()
	cfg = filepath.Join(dir, "veil.yaml")
	os.WriteFile(cfg, []byte("data_dir: "+dir+"/data\nupstreams: [{name: p, base_url: preview}]\ntenants: [{id: default, upstream: p, policy: strict}]\n"), 0o600)
	return dir, cfg
}

func TestRedactRehydrateRoundTrip(t *testing.T) {
	dir, cfg := writeConfig(t)
	in := filepath.Join(dir, "train.jsonl")
	lines := []string{
		`{"messages":[{"role":"system","content":"You help."},{"role":"user","content":"Mail ` + planted[0] + ` about card ` + planted[2] + `"},{"role":"assistant","content":"Done, ` + planted[0] + `."}]}`,
		`{"prompt":"SSN ` + planted[3] + `","completion":" noted"}`,
		`{"messages":[{"role":"user","content":[{"type":"text","text":"call ` + planted[1] + `"}]},{"role":"assistant","tool_calls":[{"id":"1","type":"function","function":{"name":"dial","arguments":"{\"number\":\"` + planted[1] + `\"}"}}]}]}`,
	}
	os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o600)
	out := filepath.Join(dir, "out.jsonl")
	reportPath := filepath.Join(dir, "report.json")
	code, _, stderr := veil(t, "", "redact", "--config", cfg, in, out, "--report", reportPath)
	if code != 0 {
		t.Fatalf("redact exited %d: %s", code, stderr)
	}
	red, _ := os.ReadFile(out)
	assertNoPlanted(t, "the redacted file", string(red))
	outLines := strings.Split(strings.TrimSuffix(string(red), "\n"), "\n")
	if len(outLines) != 3 {
		t.Fatalf("%d lines out, want 3", len(outLines))
	}
	for i, l := range outLines {
		var a, b map[string]any
		json.Unmarshal([]byte(lines[i]), &a)
		if err := json.Unmarshal([]byte(l), &b); err != nil || len(a) != len(b) {
			t.Errorf("line %d: not the same record shape: %s", i+1, l)
		}
	}
	toks := tokenRe.FindAllString(outLines[0], -1)
	if len(toks) != 3 || toks[0] != toks[2] {
		t.Errorf("line 1 tokens %v: the same email should get the same token", toks)
	}
	var rep finetune.Report
	b, _ := os.ReadFile(reportPath)
	if err := json.Unmarshal(b, &rep); err != nil || rep.Lines != 3 || rep.LinesChanged != 3 || len(rep.Findings) == 0 {
		t.Errorf("report = %s", b)
	}
	// a second run of the same tenant gives the same tokens
	_, again, _ := veil(t, lines[0]+"\n", "redact", "--config", cfg)
	if strings.TrimSpace(again) != outLines[0] {
		t.Errorf("second run differs:\n%s\n%s", again, outLines[0])
	}
	// and rehydrate restores the original exactly
	code, back, stderr := veil(t, string(red), "rehydrate", "--config", cfg)
	if code != 0 {
		t.Fatalf("rehydrate exited %d: %s", code, stderr)
	}
	for i, l := range strings.Split(strings.TrimSuffix(back, "\n"), "\n") {
		var a, b any
		json.Unmarshal([]byte(lines[i]), &a)
		json.Unmarshal([]byte(l), &b)
		ab, _ := json.Marshal(a)
		bb, _ := json.Marshal(b)
		if string(ab) != string(bb) {
			t.Errorf("line %d re-hydrated to\n%s\nwant\n%s", i+1, l, lines[i])
		}
	}
}

func TestRedactBadLines(t *testing.T) {
	dir, cfg := writeConfig(t)
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte("{\"prompt\":\"ok "+planted[0]+"\",\"completion\":\"x\"}\n{\"prompt\": \"broken "+planted[0]+"\"\n{\"prompt\":\"key AKIAIOSFODNN7EXAMPLE\",\"completion\":\"x\"}\n"), 0o600)
	out := filepath.Join(dir, "out.jsonl")
	code, _, stderr := veil(t, "", "redact", "--config", cfg, in, out)
	if code != 2 || !strings.Contains(stderr, "line 2") {
		t.Errorf("exit %d, stderr %q; want 2 naming line 2", code, stderr)
	}
	assertNoPlanted(t, "stderr", stderr)
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a failed run left an output file")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.veil-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	reportPath := filepath.Join(dir, "r.json")
	code, _, stderr = veil(t, "", "redact", "--config", cfg, "--skip-invalid", "--report", reportPath, in, out)
	if code != 0 {
		t.Fatalf("--skip-invalid exited %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(out)
	if n := strings.Count(string(b), "\n"); n != 1 {
		t.Errorf("%d lines written, want the 1 good one", n)
	}
	var rep finetune.Report
	rb, _ := os.ReadFile(reportPath)
	json.Unmarshal(rb, &rep)
	if len(rep.LinesRejected) != 2 || rep.LinesRejected[0].Line != 2 || rep.LinesRejected[1].Line != 3 || !strings.Contains(rep.LinesRejected[1].Reason, "API_KEY") {
		t.Errorf("report = %s", rb)
	}
	assertNoPlanted(t, "the report", string(rb))
}

func TestDetectCodePoints(t *testing.T) {
	code, out, _ := veil(t, `{"text":"Grüße – jürgen@beispiel.de"}`+"\n", "detect")
	want := `{"findings":[{"type":"EMAIL_ADDRESS","start":8,"end":26,"score":1,"source":"pattern"}]}`
	if code != 0 || strings.TrimSpace(out) != want {
		t.Errorf("exit %d, out %s\nwant %s", code, out, want)
	}
	code, _, stderr := veil(t, "not json\n", "detect")
	if code != 2 || !strings.Contains(stderr, "stdin:1") {
		t.Errorf("exit %d stderr %q", code, stderr)
	}
}

// TestDetectNamesTheLine: detect and policy test read a configuration's ner settings, and a
// text the model does not answer in time is named by its line, with what it was given.
func TestDetectNamesTheLine(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "veil.yaml")
	os.WriteFile(cfg, []byte("data_dir: "+dir+"/data\nupstreams: [{name: p, base_url: preview}]\ntenants: [{id: default, upstream: p}]\nner: {deadline: 1ns, deadline_per_mb: 1ns}\n"), 0o600)
	in := `{"text":""}` + "\n" + `{"text":"Ana Lima wrote"}` + "\n"
	code, out, stderr := veil(t, in, "detect", "--config", cfg)
	if code != 1 || out != `{"findings":[]}`+"\n" || !strings.Contains(stderr, "stdin:2: recognizer unavailable: ner: no answer within") || !strings.Contains(stderr, "ner.deadline 1ns") {
		t.Errorf("exit %d, out %q, stderr %q", code, out, stderr)
	}
	if code, _, stderr = veil(t, "", "policy", "test", "--config", cfg, "--policy", "strict", "Ana Lima wrote"); code != 1 || !strings.Contains(stderr, "no answer within") {
		t.Errorf("policy test: exit %d, stderr %q", code, stderr)
	}
	ft := `{"prompt":"","completion":""}` + "\n" + `{"prompt":"Ana Lima wrote","completion":""}` + "\n"
	if code, _, stderr = veil(t, ft, "redact", "--config", cfg, "-", filepath.Join(dir, "out.jsonl")); code != 1 || !strings.Contains(stderr, "stdin: line 2: recognizer unavailable: ner: no answer within") {
		t.Errorf("redact: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.jsonl")); !os.IsNotExist(err) {
		t.Errorf("redact left its output behind: %v", err)
	}
	if code, out, _ = veil(t, in, "detect"); code != 0 || !strings.Contains(out, `"type":"PERSON"`) {
		t.Errorf("the embedded defaults: exit %d, out %q", code, out)
	}
}

func TestPolicyCommands(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("name: x\nentities:\n  EMAIL_ADDRESS: {action: shred}\n  NOPE: {action: allow}\n"), 0o600)
	code, _, stderr := veil(t, "", "policy", "validate", bad)
	if code != 2 || !strings.Contains(stderr, "bad.yaml:3") || !strings.Contains(stderr, "bad.yaml:4") {
		t.Errorf("validate: exit %d, stderr %q", code, stderr)
	}
	code, out, _ := veil(t, "", "policy", "validate", "../../policies/presets/hipaa.yaml")
	if code != 0 || !strings.Contains(out, "valid") {
		t.Errorf("validate hipaa: exit %d %s", code, out)
	}
	code, out, _ = veil(t, "", "policy", "test", "--policy", "pci", "card 4111 1111 1111 1111, mail a@b.co")
	if code != 0 || !strings.Contains(out, "<CREDIT_CARD:tokenize>") || !strings.Contains(out, "a@b.co") {
		t.Errorf("policy test: exit %d\n%s", code, out)
	}
}

func TestEveryCommandAnswersHelp(t *testing.T) {
	for _, c := range commands {
		code, out, _ := veil(t, "", c.name, "--help")
		if code != 0 || !strings.Contains(out, "Usage: veil "+c.name) && !strings.Contains(out, "veil "+c.name) {
			t.Errorf("%s --help: exit %d\n%s", c.name, code, out)
		}
	}
	for _, sub := range []string{"validate", "test"} {
		if code, out, _ := veil(t, "", "policy", sub, "--help"); code != 0 || !strings.Contains(out, "Usage") {
			t.Errorf("policy %s --help: exit %d %s", sub, code, out)
		}
	}
	if code, _, stderr := veil(t, "", "frobnicate"); code != 2 || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: exit %d %q", code, stderr)
	}
	if code, _, _ := veil(t, "", "serve", "--config", "/nonexistent.yaml"); code != 1 {
		t.Errorf("missing config file: exit %d, want 1", code)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	_, cfg := writeConfig(t)
	for _, args := range [][]string{{"serve", "--check", "--config", cfg}, {"serve", "--config", cfg, "--check"}, {"serve", "--config=" + cfg, "--check"}} {
		if code, out, stderr := veil(t, "", args...); code != 0 || !strings.Contains(out, "valid") {
			t.Errorf("%v: exit %d, %s %s", args, code, out, stderr)
		}
	}
}

// TestRedactProgressAndManifest: the progress line appears only when asked for or on a
// terminal (a bytes.Buffer is not one), and --manifest writes a manifest that verifies and
// whose hashes are those of the bytes in and out.
func TestRedactProgressAndManifest(t *testing.T) {
	dir, cfg := writeConfig(t)
	in := filepath.Join(dir, "train.jsonl")
	var sb strings.Builder
	for i := range 50 {
		fmt.Fprintf(&sb, `{"prompt":"card %s, order %d","completion":"ok"}`+"\n", planted[2], i)
	}
	os.WriteFile(in, []byte(sb.String()), 0o600)
	out := filepath.Join(dir, "out.jsonl")
	code, _, stderr := veil(t, "", "redact", "--config", cfg, "--workers", "3", in, out)
	if code != 0 || strings.Contains(stderr, "\r") {
		t.Fatalf("piped run: exit %d, stderr %q (want no progress line)", code, stderr)
	}
	mpath := filepath.Join(dir, "manifest.json")
	code, _, stderr = veil(t, "", "redact", "--config", cfg, "--progress", "always", "--manifest", mpath, in, out)
	if code != 0 || !strings.Contains(stderr, "\r") || !strings.Contains(stderr, "lines/s") {
		t.Fatalf("--progress always: exit %d, stderr %q", code, stderr)
	}
	var m finetune.Manifest
	b, _ := os.ReadFile(mpath)
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	red, _ := os.ReadFile(out)
	sumIn, sumOut := sha256.Sum256([]byte(sb.String())), sha256.Sum256(red)
	if err := m.Verify(nil); err != nil || m.SHA256In != hex.EncodeToString(sumIn[:]) || m.SHA256Out != hex.EncodeToString(sumOut[:]) || m.Lines != 50 {
		t.Errorf("manifest %+v: %v", m, err)
	}
	// verified offline: signature, and the bytes of both files
	if code, stdout, stderr := veil(t, "", "manifest", "verify", mpath, "--original", in, "--redacted", out, "--public-key", m.PublicKey); code != 0 || !strings.Contains(stdout, "manifest ok") {
		t.Errorf("verify: exit %d %s %s", code, stdout, stderr)
	}
	if code, _, stderr := veil(t, "", "manifest", "verify", mpath, "--original", out); code != 1 || !strings.Contains(stderr, "not the original dataset") {
		t.Errorf("verify against the wrong file: exit %d %s", code, stderr)
	}
	other, _, _ := ed25519.GenerateKey(nil) // other is the public key
	if code, _, _ := veil(t, "", "manifest", "verify", mpath, "--public-key", base64.StdEncoding.EncodeToString(other)); code != 1 {
		t.Errorf("verify against another key: exit %d", code)
	}
	tampered := strings.Replace(string(b), `"lines": 50`, `"lines": 49`, 1)
	os.WriteFile(mpath, []byte(tampered), 0o600)
	if code, _, _ := veil(t, "", "manifest", "verify", mpath); code != 1 || tampered == string(b) {
		t.Errorf("a tampered manifest: exit %d", code)
	}
	if code, _, _ := veil(t, "", "redact", "--config", cfg, "--progress", "sometimes", in, out); code != 2 {
		t.Errorf("a bad --progress exited %d, want 2", code)
	}
}

// TestRedactInterrupted: Ctrl-C (the context ending) mid-file leaves no output file and no
// temporary file behind.
func TestRedactInterrupted(t *testing.T) {
	dir, cfg := writeConfig(t)
	out := filepath.Join(dir, "out.jsonl")
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		var o, e bytes.Buffer
		done <- dispatch(ctx, []string{"redact", "--config", cfg, "-", out}, pr, &o, &e)
	}()
	for i := range 2000 { // more than a batch, so some lines are in flight
		fmt.Fprintf(pw, `{"prompt":"card %s, order %d","completion":"ok"}`+"\n", planted[2], i)
	}
	cancel()
	pw.Close()
	if err := <-done; err == nil {
		t.Fatal("an interrupted run succeeded")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("an interrupted run left an output file")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.veil-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
