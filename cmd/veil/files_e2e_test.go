package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/openai/openai-go/v3"

	"github.com/veil-gateway/veil/finetune"
)

// filesUpstream is an OpenAI-compatible upstream for files, fine-tuning jobs and batches that
// keeps what it receives. A fine-tuned model ("ft:...") answers with the assistant text it was
// trained on, tokens and all, as a model that learned them would.
type filesUpstream struct {
	mu      sync.Mutex
	files   map[string][]byte
	purpose map[string]string
	jobs    []string // bodies of created jobs
	batches []string
	calls   []string // method and path of every request
	srv     *httptest.Server
}

func newFilesUpstream(t *testing.T) *filesUpstream {
	u := &filesUpstream{files: map[string][]byte{}, purpose: map[string]string{}}
	u.srv = httptest.NewServer(u)
	t.Cleanup(u.srv.Close)
	return u
}

func (u *filesUpstream) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.calls = append(u.calls, r.Method+" "+r.URL.Path)
	w.Header().Set("Content-Type", "application/json")
	path := strings.TrimPrefix(r.URL.Path, "/v1/")
	parts := strings.Split(path, "/")
	fileObj := func(id string) string {
		return fmt.Sprintf(`{"id":%q,"object":"file","bytes":%d,"created_at":1,"filename":"f.jsonl","purpose":%q,"status":"processed"}`, id, len(u.files[id]), u.purpose[id])
	}
	switch {
	case r.Method == "POST" && path == "files":
		if err := r.ParseMultipartForm(1 << 30); err != nil {
			w.WriteHeader(400)
			return
		}
		f, _, err := r.FormFile("file")
		if err != nil {
			w.WriteHeader(400)
			return
		}
		b, _ := io.ReadAll(f)
		if r.ContentLength <= 0 {
			w.WriteHeader(411) // the gateway sends a known length
			return
		}
		id := fmt.Sprintf("file-%d", len(u.files)+1)
		u.files[id], u.purpose[id] = b, r.FormValue("purpose")
		io.WriteString(w, fileObj(id))
	case r.Method == "GET" && path == "files":
		io.WriteString(w, `{"object":"list","data":[],"has_more":false}`)
	case len(parts) == 2 && parts[0] == "files" && r.Method == "GET":
		io.WriteString(w, fileObj(parts[1]))
	case len(parts) == 2 && parts[0] == "files" && r.Method == "DELETE":
		delete(u.files, parts[1])
		fmt.Fprintf(w, `{"id":%q,"object":"file","deleted":true}`, parts[1])
	case len(parts) == 3 && parts[0] == "files" && parts[2] == "content":
		b, ok := u.files[parts[1]]
		if !ok {
			w.WriteHeader(404)
			io.WriteString(w, `{"error":{"message":"No such File object","type":"invalid_request_error","code":null,"param":"id"}}`)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(b)
	case r.Method == "POST" && path == "fine_tuning/jobs":
		b, _ := io.ReadAll(r.Body)
		u.jobs = append(u.jobs, string(b))
		io.WriteString(w, `{"id":"ftjob-1","object":"fine_tuning.job","created_at":1,"model":"gpt-4o-mini","status":"queued","training_file":"x","validation_file":null,"hyperparameters":{},"result_files":[],"seed":1,"organization_id":"org","error":null,"fine_tuned_model":null,"finished_at":null,"trained_tokens":null}`)
	case strings.HasPrefix(path, "fine_tuning/jobs"):
		switch {
		case strings.HasSuffix(path, "/events"), strings.HasSuffix(path, "/checkpoints"), path == "fine_tuning/jobs":
			io.WriteString(w, `{"object":"list","data":[],"has_more":false}`)
		default:
			io.WriteString(w, `{"id":"ftjob-1","object":"fine_tuning.job","created_at":1,"model":"gpt-4o-mini","status":"cancelled","training_file":"x","hyperparameters":{},"result_files":[],"seed":1,"organization_id":"org"}`)
		}
	case r.Method == "POST" && path == "batches":
		var req struct {
			Input string `json:"input_file_id"`
		}
		b, _ := io.ReadAll(r.Body)
		json.Unmarshal(b, &req)
		u.batches = append(u.batches, string(b))
		// the output echoes each request's last user text, as a model would answer
		var out bytes.Buffer
		for _, ln := range bytes.Split(bytes.TrimSpace(u.files[req.Input]), []byte("\n")) {
			var in struct {
				CustomID string `json:"custom_id"`
				Body     struct {
					Messages []struct{ Content string } `json:"messages"`
				} `json:"body"`
			}
			json.Unmarshal(ln, &in)
			answer := "You said: " + in.Body.Messages[len(in.Body.Messages)-1].Content
			fmt.Fprintf(&out, `{"id":"br","custom_id":%q,"response":{"status_code":200,"body":{"choices":[{"index":0,"message":{"role":"assistant","content":%s}}]}},"error":null}`+"\n", in.CustomID, quoteJSON(answer))
		}
		u.files["file-out"], u.purpose["file-out"] = out.Bytes(), "batch_output"
		io.WriteString(w, `{"id":"batch_1","object":"batch","endpoint":"/v1/chat/completions","input_file_id":"x","completion_window":"24h","status":"completed","output_file_id":"file-out","created_at":1}`)
	case r.Method == "GET" && strings.HasPrefix(path, "batches/"):
		io.WriteString(w, `{"id":"batch_1","object":"batch","endpoint":"/v1/chat/completions","input_file_id":"x","completion_window":"24h","status":"completed","output_file_id":"file-out","created_at":1}`)
	case r.Method == "POST" && path == "chat/completions":
		// a fine-tuned model says what it learned: the first training example's answer
		var learned string
		for id, b := range u.files {
			if u.purpose[id] == "fine-tune" {
				var rec struct {
					Messages []struct{ Role, Content string } `json:"messages"`
				}
				json.Unmarshal(bytes.SplitN(b, []byte("\n"), 2)[0], &rec)
				learned = rec.Messages[len(rec.Messages)-1].Content
			}
		}
		if b, _ := io.ReadAll(r.Body); bytes.Contains(b, []byte(`"stream":true`)) {
			w.Header().Set("Content-Type", "text/event-stream")
			for _, piece := range splitWords(learned) {
				io.WriteString(w, chunk(0, `{"content":`+quoteJSON(piece)+`}`, "null"))
			}
			io.WriteString(w, chunk(0, `{}`, `"stop"`)+"data: [DONE]\n\n")
			return
		}
		fmt.Fprintf(w, `{"id":"c","object":"chat.completion","created":1,"model":"ft:gpt-4o-mini:acme::x","choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}]}`, quoteJSON(learned))
	default:
		w.WriteHeader(404)
		io.WriteString(w, `{"error":{"message":"not here","type":"invalid_request_error","code":null,"param":null}}`)
	}
}

func (u *filesUpstream) called(prefix string) int {
	u.mu.Lock()
	defer u.mu.Unlock()
	n := 0
	for _, c := range u.calls {
		if strings.HasPrefix(c, prefix) {
			n++
		}
	}
	return n
}

// content reads a file's content back through Veil, with the response's headers.
func content(t *testing.T, c openai.Client, id string) (string, http.Header) {
	t.Helper()
	resp, err := c.Files.Content(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b), resp.Header
}

// rehydratingVeil starts a gateway before a recording upstream under a policy that tokenizes
// everything and re-hydrates for the tenant.
func rehydratingVeil(t *testing.T) (*filesUpstream, *gateway) {
	t.Helper()
	up := newFilesUpstream(t)
	pol := filepath.Join(t.TempDir(), "p.yaml")
	os.WriteFile(pol, []byte("name: ft\nrehydrate: tenant\ndefault: {action: tokenize}\n"), 0o600)
	return up, startVeil(t, up.srv.URL, pol, "")
}

// received returns the bytes the recording upstream holds for a file.
func (u *filesUpstream) received(id string) string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return string(u.files[id])
}

func trainingLine(i int) string {
	return fmt.Sprintf(`{"messages":[{"role":"system","content":"You are a clinic assistant."},{"role":"user","name":"jane_okafor","content":"Patient %s asks about card %s (ticket %d)."},{"role":"assistant","content":"I will email %s about it, ticket %d."}]}`,
		planted[0], planted[2], i%3, planted[0], i%3)
}

// jsonKeys lists a JSON document's keys in order, at every depth.
func jsonKeys(t *testing.T, line string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	var out []string
	var walk func()
	walk = func() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("%v in %s", err, line)
		}
		switch tok {
		case json.Delim('{'):
			for dec.More() {
				k, _ := dec.Token()
				out = append(out, k.(string))
				walk()
			}
			dec.Token()
		case json.Delim('['):
			for dec.More() {
				walk()
			}
			dec.Token()
		}
	}
	walk()
	return out
}

// uploadTraining uploads n training lines through Veil and returns them, the file, and the
// bytes the upstream received, which must hold no planted value.
func uploadTraining(t *testing.T, c openai.Client, up *filesUpstream, n int) (lines []string, data string, f *openai.FileObject, sent string) {
	t.Helper()
	for i := range n {
		lines = append(lines, trainingLine(i))
	}
	data = strings.Join(lines, "\n") + "\n"
	f, err := c.Files.New(context.Background(), openai.FileNewParams{File: openai.File(strings.NewReader(data), "train.jsonl", "application/jsonl"), Purpose: openai.FilePurposeFineTune})
	if err != nil {
		t.Fatal(err)
	}
	sent = up.received(f.ID)
	for _, v := range append(planted[:3:3], "okafor") { // and the participant's name
		if strings.Contains(strings.ToLower(sent), strings.ToLower(v)) {
			t.Fatalf("planted value %q reached the upstream", v)
		}
	}
	return lines, data, f, sent
}

func TestFilesFineTuningThroughVeil(t *testing.T) {
	ctx := context.Background()
	up, g := rehydratingVeil(t)
	c := g.client()

	lines, data, f, sent := uploadTraining(t, c, up, 40)
	out := strings.Split(strings.TrimSuffix(sent, "\n"), "\n")
	if len(out) != len(lines) {
		t.Fatalf("%d lines upstream, want %d", len(out), len(lines))
	}
	for i := range lines {
		if got, want := jsonKeys(t, out[i]), jsonKeys(t, lines[i]); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("line %d keys %v, want %v", i+1, got, want)
		}
		if i >= 3 && out[i] != out[i-3] { // identical records, identical output
			t.Fatalf("line %d differs from the identical line %d:\n%s\n%s", i+1, i-2, out[i], out[i-3])
		}
	}
	if out[0] == out[1] {
		t.Error("different records came out the same")
	}

	// the file comes back re-hydrated under rehydrate: tenant
	if back, _ := content(t, c, f.ID); back != data {
		t.Errorf("content is not the original:\n%.300s", back)
	}

	// the report and its signed manifest
	req, _ := http.NewRequest("GET", g.base+"/v1/files/"+f.ID+"/veil-report", nil)
	req.Header.Set("Authorization", "Bearer "+tenantKey)
	hr, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Report   finetune.Report   `json:"report"`
		Manifest finetune.Manifest `json:"manifest"`
	}
	json.NewDecoder(hr.Body).Decode(&rep)
	hr.Body.Close()
	sumIn, sumOut := sha256.Sum256([]byte(data)), sha256.Sum256([]byte(sent))
	if rep.Report.Lines != 40 || rep.Report.LinesChanged != 40 || rep.Manifest.SHA256In != hex.EncodeToString(sumIn[:]) ||
		rep.Manifest.SHA256Out != hex.EncodeToString(sumOut[:]) || rep.Manifest.FileID != f.ID || len(rep.Report.Findings) == 0 {
		t.Errorf("report %+v manifest %+v", rep.Report, rep.Manifest)
	}
	if err := rep.Manifest.Verify(nil); err != nil {
		t.Errorf("manifest: %v", err)
	}
	if b, _ := json.Marshal(rep); strings.Contains(string(b), planted[0]) {
		t.Error("the report holds personal data")
	}

	// a job with the file that passed through goes; one with any other file does not
	job, err := c.FineTuning.Jobs.New(ctx, openai.FineTuningJobNewParams{Model: "gpt-4o-mini", TrainingFile: f.ID})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.FineTuning.Jobs.New(ctx, openai.FineTuningJobNewParams{Model: "gpt-4o-mini", TrainingFile: "file-elsewhere"})
	if apiErr := (*openai.Error)(nil); !errors.As(err, &apiErr) || apiErr.StatusCode != 403 || apiErr.Type != "policy_violation" {
		t.Errorf("a job with a file that skipped Veil: %v", err)
	}
	if n := up.called("POST /v1/fine_tuning/jobs"); n != 1 {
		t.Errorf("%d jobs reached the upstream, want 1", n)
	}
	if _, err := c.FineTuning.Jobs.Get(ctx, job.ID); err != nil {
		t.Error(err)
	}
	if _, err := c.FineTuning.Jobs.List(ctx, openai.FineTuningJobListParams{}); err != nil {
		t.Error(err)
	}
	if _, err := c.FineTuning.Jobs.ListEvents(ctx, job.ID, openai.FineTuningJobListEventsParams{}); err != nil {
		t.Error(err)
	}
	if _, err := c.FineTuning.Jobs.Checkpoints.List(ctx, job.ID, openai.FineTuningJobCheckpointListParams{}); err != nil {
		t.Error(err)
	}
	if _, err := c.FineTuning.Jobs.Cancel(ctx, job.ID); err != nil {
		t.Error(err)
	}

	// the fine-tuned model says what it learned, tokens included; the client reads real values
	ans, err := c.Chat.Completions.New(ctx, chatParams("ft:gpt-4o-mini:acme::x", openai.UserMessage("what did you learn?")))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("I will email %s about it, ticket 0.", planted[0]); ans.Choices[0].Message.Content != want {
		t.Errorf("fine-tuned answer %q, want %q", ans.Choices[0].Message.Content, want)
	}

	if _, err := c.Files.Get(ctx, f.ID); err != nil {
		t.Error(err)
	}
	if _, err := c.Files.Delete(ctx, f.ID); err != nil {
		t.Error(err)
	}
	if _, err := c.FineTuning.Jobs.New(ctx, openai.FineTuningJobNewParams{Model: "gpt-4o-mini", TrainingFile: f.ID}); err == nil {
		t.Error("a deleted file still admits a job")
	}
}

func TestFileUploadRefusals(t *testing.T) {
	ctx := context.Background()
	up := newFilesUpstream(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	bad := trainingLine(1) + "\n" + trainingLine(2) + "\n" + `{"messages":[{"role":"user","content":"Mail ` + planted[0] + `"}]}` + "\n" + trainingLine(4) + "\n"
	_, err := c.Files.New(ctx, openai.FileNewParams{File: openai.File(strings.NewReader(bad), "bad.jsonl", "application/jsonl"), Purpose: openai.FilePurposeFineTune})
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || !strings.Contains(apiErr.Message, "line 3") || strings.Contains(apiErr.Message, planted[0]) {
		t.Errorf("malformed line: %v", err)
	}
	// a batch file uploaded as fine-tuning data, and a purpose Veil cannot scan
	batchLine := `{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"model":"m","messages":[{"role":"user","content":"hi"}]}}` + "\n"
	if _, err := c.Files.New(ctx, openai.FileNewParams{File: openai.File(strings.NewReader(batchLine), "b.jsonl", "application/jsonl"), Purpose: openai.FilePurposeFineTune}); err == nil {
		t.Error("batch lines were accepted as fine-tuning data")
	}
	_, err = c.Files.New(ctx, openai.FileNewParams{File: openai.File(strings.NewReader("%PDF-1.4"), "a.pdf", "application/pdf"), Purpose: openai.FilePurposeAssistants})
	if !errors.As(err, &apiErr) || apiErr.Code != "unscannable_purpose" {
		t.Errorf("an assistants file: %v", err)
	}
	if n := up.called("POST /v1/files"); n != 0 {
		t.Errorf("%d uploads reached the upstream, want none", n)
	}
	if ents, _ := os.ReadDir(filepath.Join(g.dataDir, "spool")); len(ents) != 0 {
		t.Errorf("the spool kept %d files", len(ents))
	}
}

func TestBatchThroughVeil(t *testing.T) {
	ctx := context.Background()
	up := newFilesUpstream(t)
	pol := filepath.Join(t.TempDir(), "p.yaml")
	os.WriteFile(pol, []byte("name: b\nrehydrate: tenant\ndefault: {action: tokenize}\n"), 0o600)
	g := startVeil(t, up.srv.URL, pol, "")
	c := g.client()
	var in strings.Builder
	for i := range 5 {
		fmt.Fprintf(&in, `{"custom_id":"r%d","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":%s}]}}`+"\n", i, quoteJSON(plantedText()))
	}
	f, err := c.Files.New(ctx, openai.FileNewParams{File: openai.File(strings.NewReader(in.String()), "batch.jsonl", "application/jsonl"), Purpose: openai.FilePurposeBatch})
	if err != nil {
		t.Fatal(err)
	}
	sent := up.received(f.ID)
	for _, v := range planted {
		if strings.Contains(sent, v) {
			t.Fatalf("planted value %q reached the upstream in a batch", v)
		}
	}
	if _, err := c.Batches.New(ctx, openai.BatchNewParams{InputFileID: "file-elsewhere", Endpoint: openai.BatchNewParamsEndpointV1ChatCompletions, CompletionWindow: openai.BatchNewParamsCompletionWindow24h}); err == nil {
		t.Error("a batch over a file that skipped Veil was created")
	}
	b, err := c.Batches.New(ctx, openai.BatchNewParams{InputFileID: f.ID, Endpoint: openai.BatchNewParamsEndpointV1ChatCompletions, CompletionWindow: openai.BatchNewParamsCompletionWindow24h})
	if err != nil {
		t.Fatal(err)
	}
	outb, _ := content(t, c, b.OutputFileID)
	if got := strings.Count(outb, "You said: "+jsonEscape(plantedText())); got != 5 {
		t.Errorf("the batch output is not re-hydrated (%d of 5 answers):\n%.400s", got, outb)
	}
	if _, err := c.Batches.Get(ctx, b.ID); err != nil {
		t.Error(err)
	}
}

// TestSurrogatesThroughVeil: with the surrogate action, the uploaded training data holds
// realistic stand-ins (the same stand-in for the same value in every line), and a fine-tuned
// model's answer that repeats them is re-hydrated.
func TestSurrogatesThroughVeil(t *testing.T) {
	ctx := context.Background()
	up := newFilesUpstream(t)
	pol := filepath.Join(t.TempDir(), "p.yaml")
	os.WriteFile(pol, []byte("name: train\nrehydrate: tenant\ndefault: {action: surrogate}\n"), 0o600)
	g := startVeil(t, up.srv.URL, pol, "")
	c := g.client()
	_, _, _, sent := uploadTraining(t, c, up, 10)
	stand := regexp.MustCompile(`[a-z.0-9]+@example\.(com|net|org)`).FindAllString(sent, -1)
	if len(stand) != 20 || tokenRe.MatchString(sent) {
		t.Fatalf("want 20 email stand-ins and no tokens:\n%.600s", sent)
	}
	for _, s := range stand {
		if s != stand[0] {
			t.Fatalf("the same email got two stand-ins: %s, %s", s, stand[0])
		}
	}
	ans, err := c.Chat.Completions.New(ctx, chatParams("ft:gpt-4o-mini:acme::x", openai.UserMessage("what did you learn?")))
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("I will email %s about it, ticket 0.", planted[0])
	if ans.Choices[0].Message.Content != want {
		t.Errorf("fine-tuned answer %q, want %q", ans.Choices[0].Message.Content, want)
	}
	// streamed too
	stream := c.Chat.Completions.NewStreaming(ctx, chatParams("ft:gpt-4o-mini:acme::x", openai.UserMessage("and streamed?")))
	var acc openai.ChatCompletionAccumulator
	for stream.Next() {
		acc.AddChunk(stream.Current())
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if got := acc.Choices[0].Message.Content; got != want {
		t.Errorf("streamed fine-tuned answer %q, want %q", got, want)
	}
}

// TestPreviewFiles: with the preview upstream nothing leaves the machine; an upload answers
// with a file object and its content shows what the upstream would have received.
func TestPreviewFiles(t *testing.T) {
	ctx := context.Background()
	g := startVeil(t, "preview", "strict", "")
	c := g.client()
	f, err := c.Files.New(ctx, openai.FileNewParams{File: openai.File(strings.NewReader(trainingLine(1)+"\n"), "t.jsonl", "application/jsonl"), Purpose: openai.FilePurposeFineTune})
	if err != nil {
		t.Fatal(err)
	}
	b, header := content(t, c, f.ID)
	assertNoPlanted(t, "the preview's copy", b)
	if !tokenRe.MatchString(b) || header.Get("X-Veil-Preview") != "true" {
		t.Errorf("preview content %q", b)
	}
}

// TestFilesByteOrderMark uploads a file that opens with UTF-8's byte order mark, as Windows'
// editors write one: it passes (it had been refused as "line 1: not a JSON object"), the
// upstream gets the mark and the masked records, and the file comes back as it was sent.
func TestFilesByteOrderMark(t *testing.T) {
	ctx := context.Background()
	up, g := rehydratingVeil(t)
	c := g.client()
	data := "\xef\xbb\xbf" + trainingLine(0) + "\r\n" + trainingLine(1) + "\n"
	f, err := c.Files.New(ctx, openai.FileNewParams{File: openai.File(strings.NewReader(data), "train.jsonl", "application/jsonl"), Purpose: openai.FilePurposeFineTune})
	if err != nil {
		t.Fatal(err)
	}
	sent := up.received(f.ID)
	if !strings.HasPrefix(sent, "\xef\xbb\xbf{") || strings.Count(sent, "\n") != 2 || strings.Contains(sent, planted[0]) {
		t.Fatalf("upstream got %.200q", sent)
	}
	if back, _ := content(t, c, f.ID); back != data {
		t.Errorf("content is not the original:\n%.300q", back)
	}
}
