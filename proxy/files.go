package proxy

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/finetune"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/tokenize"
)

// Datasets configures the fine-tuning and batch routes: uploads are redacted line by line,
// spooled encrypted, and sent on whole; jobs and batches accept only files that passed through.
type Datasets struct {
	Redactor    finetune.Redactor
	Registry    finetune.Registry
	ManifestKey ed25519.PrivateKey
	SpoolDir    string // "" for the system's temporary folder
	Workers     int
}

func (s *Server) datasetRoutes() {
	s.mux.Handle("POST /v1/files", s.handle("files", s.uploadFile))
	s.mux.Handle("GET /v1/files", s.relay("files"))
	s.mux.Handle("GET /v1/files/{id}", s.relay("files"))
	s.mux.Handle("DELETE /v1/files/{id}", s.handle("files", s.deleteFile))
	s.mux.Handle("GET /v1/files/{id}/content", s.handle("files/content", s.fileContent))
	s.mux.Handle("GET /v1/files/{id}/veil-report", s.handle("files/veil-report", s.fileReport))
	s.mux.Handle("POST /v1/fine_tuning/jobs", s.handle("fine_tuning/jobs", s.checkedCreate(finetune.PurposeFineTune, "training_file", "validation_file")))
	s.mux.Handle("GET /v1/fine_tuning/jobs", s.relay("fine_tuning/jobs"))
	s.mux.Handle("GET /v1/fine_tuning/jobs/{id}", s.relay("fine_tuning/jobs"))
	s.mux.Handle("POST /v1/fine_tuning/jobs/{id}/cancel", s.relay("fine_tuning/jobs"))
	s.mux.Handle("POST /v1/fine_tuning/jobs/{id}/pause", s.relay("fine_tuning/jobs"))
	s.mux.Handle("POST /v1/fine_tuning/jobs/{id}/resume", s.relay("fine_tuning/jobs"))
	s.mux.Handle("GET /v1/fine_tuning/jobs/{id}/events", s.relay("fine_tuning/jobs"))
	s.mux.Handle("GET /v1/fine_tuning/jobs/{id}/checkpoints", s.relay("fine_tuning/jobs"))
	s.mux.Handle("POST /v1/batches", s.handle("batches", s.checkedCreate(finetune.PurposeBatch, "input_file_id")))
	s.mux.Handle("GET /v1/batches", s.relay("batches"))
	s.mux.Handle("GET /v1/batches/{id}", s.relay("batches"))
	s.mux.Handle("POST /v1/batches/{id}/cancel", s.relay("batches"))
}

// authed runs fn as an authenticated exchange, with the usual error, metrics and log line.
func (s *Server) authed(name string, fn func(w http.ResponseWriter, r *http.Request, x *exchange) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		x := &exchange{id: w.Header().Get("X-Veil-Request-Id"), route: name, start: time.Now(), timings: map[string]float64{}}
		err := func() error {
			t, err := s.authenticate(r)
			if err != nil {
				return err
			}
			x.tenant, x.policy = t, t.Policy()
			return fn(w, r, x)
		}()
		s.finish(w, r, x, err)
	})
}

// handle is authed for the dataset routes, which need Options.Datasets.
func (s *Server) handle(name string, fn func(w http.ResponseWriter, r *http.Request, x *exchange) error) http.Handler {
	return s.authed(name, func(w http.ResponseWriter, r *http.Request, x *exchange) error {
		if s.opt.Datasets == nil {
			return &apiError{Status: http.StatusNotImplemented, Type: "invalid_request_error", Code: "datasets_disabled", Msg: "this gateway does not accept datasets"}
		}
		return fn(w, r, x)
	})
}

// relay passes a request that carries no personal data to the upstream, with its method and
// body (a cancel), and relays the answer.
func (s *Server) relay(name string) http.Handler { return s.handle(name, s.relayTo) }

func (s *Server) relayTo(w http.ResponseWriter, r *http.Request, x *exchange) error {
	resp, err := s.upstreamCall(r, x, r.Method, strings.TrimPrefix(r.URL.Path, "/v1/"), nil, "", -1)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return s.copyResponse(w, x, resp)
}

func (s *Server) copyResponse(w http.ResponseWriter, x *exchange, resp *http.Response) error {
	copyHeaders(w.Header(), resp.Header)
	x.timings["first_byte"] = float64(time.Since(x.start).Microseconds()) / 1000
	w.WriteHeader(resp.StatusCode)
	_, err := io.Copy(w, io.LimitReader(resp.Body, maxResponseBytes))
	return err
}

// upstreamCall sends a request upstream under the exchange's timeout; the caller closes the body.
func (s *Server) upstreamCall(r *http.Request, x *exchange, method, route string, body io.Reader, contentType string, size int64) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
	resp, err := s.sendStream(ctx, r, x, method, route, body, contentType, size)
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = cancelBody{resp.Body, cancel}
	return resp, nil
}

type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c cancelBody) Close() error { err := c.ReadCloser.Close(); c.cancel(); return err }

// uploadFile streams a dataset upload through redaction into an encrypted spool, and sends it
// upstream only once it is whole; a bad line fails the upload by number and reason.
func (s *Server) uploadFile(w http.ResponseWriter, r *http.Request, x *exchange) error {
	ds := s.opt.Datasets
	mr, err := r.MultipartReader()
	if err != nil {
		return badUpload("want multipart/form-data with a purpose and a file")
	}
	var purpose, filename string
	var fields [][2]string // other form fields, passed on
	var spool *finetune.Spool
	var rep *finetune.Report
	defer func() {
		if spool != nil {
			spool.Close()
		}
	}()
	t0 := time.Now()
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return badUpload("the multipart body is malformed")
		}
		name := part.FormName()
		switch {
		case name == "file" && spool == nil:
			filename = part.FileName()
			if purpose != "" && purpose != finetune.PurposeFineTune && purpose != finetune.PurposeBatch {
				return unscannedPurpose(purpose)
			}
			if spool, err = finetune.NewSpool(ds.SpoolDir); err != nil {
				return err
			}
			format := finetune.FormatAuto
			if purpose != "" {
				format = purpose
			}
			rep, err = finetune.Process(r.Context(), part, spool, finetune.Options{Redactor: ds.Redactor, Tenant: x.tenant.ID,
				Policy: x.policy, Format: format, BatchFields: BatchFields(), SkipInvalid: x.policy.SkipInvalid, Workers: ds.Workers})
			if err != nil {
				x.mark("redact", t0)
				if purpose == "" { // the purpose may follow the file: a file Veil cannot scan is refused as such
					if p := laterPurpose(mr); p != "" && p != finetune.PurposeFineTune && p != finetune.PurposeBatch {
						return unscannedPurpose(p)
					}
				}
				return s.refuse(r.Context(), x, refusalDecision(err), uploadError(err))
			}
			if err := spool.Finish(); err != nil {
				return err
			}
		case name == "file":
			return badUpload("more than one file part")
		default:
			v, err := io.ReadAll(io.LimitReader(part, 4096))
			if err != nil {
				return badUpload("the multipart body is malformed")
			}
			if name == "purpose" {
				purpose = string(v)
			} else {
				fields = append(fields, [2]string{name, string(v)})
			}
		}
	}
	x.mark("redact", t0)
	switch {
	case spool == nil:
		return badUpload("the upload has no file part")
	case purpose == "":
		return badUpload("the upload has no purpose")
	case purpose != finetune.PurposeFineTune && purpose != finetune.PurposeBatch:
		return unscannedPurpose(purpose)
	case rep.Lines > 0 && rep.Format != purpose:
		return badUpload(fmt.Sprintf("the file's lines are %s records but its purpose is %s", rep.Format, purpose))
	}
	x.counts = map[tokenize.Count]int{}
	for _, f := range rep.Findings {
		x.counts[tokenize.Count{Type: f.Type, Action: policies.Action(f.Action)}] = f.Count
	}
	// fail closed: nothing goes upstream without its decision record
	if err := s.opt.Audit.Write(r.Context(), x.record(audit.PhaseDecision, audit.Forwarded, nil)); err != nil {
		return err
	}
	body, err := s.sendFile(r, x, purpose, filename, fields, spool)
	if err != nil {
		s.opt.Audit.Write(context.WithoutCancel(r.Context()), x.record(audit.PhaseOutcome, audit.Failed, err))
		return err
	}
	if x.status >= 300 {
		s.opt.Audit.Write(context.WithoutCancel(r.Context()), x.record(audit.PhaseOutcome, audit.Failed, nil))
		return writeRaw(w, x, x.status, body)
	}
	var file struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(body, &file) != nil || file.ID == "" {
		return fmt.Errorf("%w: the file upload answer has no id", errUpstreamBody)
	}
	m := finetune.NewManifest(x.tenant.ID, purpose, filename, rep)
	m.FileID = file.ID
	if ds.ManifestKey != nil {
		if err := m.Sign(ds.ManifestKey); err != nil {
			return err
		}
	}
	if err := ds.Registry.Put(context.WithoutCancel(r.Context()), &finetune.FileRecord{Tenant: x.tenant.ID, ID: file.ID, Purpose: purpose, Report: rep, Manifest: m}); err != nil {
		// a file Veil cannot vouch for would be refused by every job: take it back upstream
		if !x.tenant.Upstream.Preview() {
			if resp, derr := s.upstreamCall(r, x, http.MethodDelete, "files/"+file.ID, nil, "", -1); derr == nil {
				resp.Body.Close()
			}
		}
		s.opt.Audit.Write(context.WithoutCancel(r.Context()), x.record(audit.PhaseOutcome, audit.Failed, err))
		return &apiError{Status: http.StatusServiceUnavailable, Type: "veil_dependency_error", Code: "registry_unavailable",
			Msg: "the file could not be recorded as having passed through Veil; it was deleted upstream", Err: err}
	}
	rec := x.record(audit.PhaseOutcome, audit.Completed, nil)
	rec.Dataset = &audit.Dataset{FileID: file.ID, Purpose: purpose, Lines: rep.Lines, LinesChanged: rep.LinesChanged,
		LinesRejected: len(rep.LinesRejected), SHA256In: rep.SHA256In, SHA256Out: rep.SHA256Out}
	if err := s.opt.Audit.Write(context.WithoutCancel(r.Context()), rec); err != nil {
		s.log.Error("audit outcome record failed", "request_id", x.id, "err", err)
	}
	return writeRaw(w, x, x.status, body)
}

// sendFile uploads the spooled file as multipart, with a known length, and returns the answer.
func (s *Server) sendFile(r *http.Request, x *exchange, purpose, filename string, fields [][2]string, spool *finetune.Spool) ([]byte, error) {
	if x.tenant.Upstream.Preview() {
		// the preview upstream answers with the file object it would give, and keeps the
		// redacted bytes (the last few files, in memory) so GET .../content shows what it got
		rd, err := spool.Reader()
		if err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		sum := sha256.New()
		io.Copy(io.MultiWriter(sum, &buf), io.LimitReader(rd, previewFileMax))
		id := "file-preview-" + hex.EncodeToString(sum.Sum(nil))[:24]
		if spool.Size() <= previewFileMax {
			s.previewFiles.put(x.tenant.ID+"\x00"+id, buf.Bytes())
		}
		x.status = http.StatusOK
		return json.Marshal(map[string]any{"id": id, "object": "file",
			"bytes": spool.Size(), "created_at": time.Now().Unix(), "filename": filename, "purpose": purpose, "status": "processed"})
	}
	var head bytes.Buffer
	mw := multipart.NewWriter(&head)
	mw.WriteField("purpose", purpose)
	for _, f := range fields {
		mw.WriteField(f[0], f[1])
	}
	hdr := textproto.MIMEHeader{}
	hdr.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, filename))
	hdr.Set("Content-Type", "application/jsonl")
	if _, err := mw.CreatePart(hdr); err != nil {
		return nil, err
	}
	headLen := head.Len()
	mw.Close()
	tail := append([]byte(nil), head.Bytes()[headLen:]...)
	head.Truncate(headLen)
	rd, err := spool.Reader()
	if err != nil {
		return nil, err
	}
	body := io.MultiReader(&head, rd, bytes.NewReader(tail))
	size := int64(headLen) + spool.Size() + int64(len(tail))
	resp, err := s.upstreamCall(r, x, http.MethodPost, "files", body, mw.FormDataContentType(), size)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errUpstreamBody, err)
	}
	return b, nil
}

// laterPurpose reads the rest of a multipart body for its purpose field.
func laterPurpose(mr *multipart.Reader) string {
	for {
		part, err := mr.NextPart()
		if err != nil {
			return ""
		}
		if part.FormName() == "purpose" {
			v, _ := io.ReadAll(io.LimitReader(part, 4096))
			return string(v)
		}
	}
}

// previewFileMax bounds what the preview upstream keeps of one file, and previewFilesMax how
// many it keeps.
const (
	previewFileMax  = 16 << 20
	previewFilesMax = 8
)

// previewStore keeps the preview upstream's last few files.
type previewStore struct {
	mu    sync.Mutex
	order []string
	files map[string][]byte
}

func (p *previewStore) put(k string, b []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.files == nil {
		p.files = map[string][]byte{}
	}
	if _, ok := p.files[k]; !ok {
		p.order = append(p.order, k)
	}
	p.files[k] = b
	for len(p.order) > previewFilesMax {
		delete(p.files, p.order[0])
		p.order = p.order[1:]
	}
}

func (p *previewStore) get(k string) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	b, ok := p.files[k]
	return b, ok
}

func writeRaw(w http.ResponseWriter, x *exchange, status int, body []byte) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	x.timings["first_byte"] = float64(time.Since(x.start).Microseconds()) / 1000
	w.WriteHeader(status)
	_, err := w.Write(body)
	return err
}

func badUpload(msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Type: "invalid_request_error", Code: "invalid_file", Msg: msg}
}

func unscannedPurpose(p string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Type: "invalid_request_error", Code: "unscannable_purpose",
		Msg: fmt.Sprintf("purpose %q: Veil scans only fine-tune and batch JSONL files; other files would reach the upstream unscanned", p)}
}

// uploadError turns a dataset failure into the client's answer: a bad line by number and
// reason (never content), a blocked line as a policy violation.
func uploadError(err error) error {
	var ie *finetune.InvalidLineError
	if errors.As(err, &ie) {
		if ie.Blocked {
			return &apiError{Status: http.StatusBadRequest, Type: "policy_violation", Code: "blocked_file_line",
				Msg: fmt.Sprintf("file line %d: %s; nothing was sent upstream", ie.Line, ie.Reason), Err: err}
		}
		return &apiError{Status: http.StatusBadRequest, Type: "invalid_request_error", Code: "invalid_file_line",
			Msg: fmt.Sprintf("file line %d: %s; nothing was sent upstream", ie.Line, ie.Reason), Err: err}
	}
	if de := (*finetune.DetectLineError)(nil); errors.As(err, &de) && errors.Is(err, redact.ErrUnavailable) {
		ae := classify(err)
		ae.Msg = fmt.Sprintf("file line %d: %s", de.Line, ae.Msg)
		return ae
	}
	return err
}

func refusalDecision(err error) string {
	var ie *finetune.InvalidLineError
	if errors.As(err, &ie) && ie.Blocked {
		return audit.Blocked
	}
	return audit.Failed
}

// deleteFile passes a delete on and forgets the file once the upstream has.
func (s *Server) deleteFile(w http.ResponseWriter, r *http.Request, x *exchange) error {
	resp, err := s.upstreamCall(r, x, http.MethodDelete, strings.TrimPrefix(r.URL.Path, "/v1/"), nil, "", -1)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 300 {
		if err := s.opt.Datasets.Registry.Put(r.Context(), &finetune.FileRecord{Tenant: x.tenant.ID, ID: r.PathValue("id"), Deleted: true}); err != nil {
			return err
		}
	}
	return s.copyResponse(w, x, resp)
}

// fileContent downloads a file line by line, re-hydrating each as the policy's scope allows:
// with rehydrate: tenant, the tenant's tokens come back as their values; otherwise the file
// stays masked. A batch's output file is re-hydrated the same way.
func (s *Server) fileContent(w http.ResponseWriter, r *http.Request, x *exchange) error {
	if x.tenant.Upstream.Preview() {
		b, ok := s.previewFiles.get(x.tenant.ID + "\x00" + r.PathValue("id"))
		if !ok {
			return &apiError{Status: http.StatusNotFound, Type: "invalid_request_error", Code: "unknown_file", Msg: "the preview upstream keeps only the last few files uploaded since start"}
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Header().Set("X-Veil-Preview", "true")
		x.timings["first_byte"] = float64(time.Since(x.start).Microseconds()) / 1000
		_, err := w.Write(b)
		return err
	}
	resp, err := s.upstreamCall(r, x, http.MethodGet, strings.TrimPrefix(r.URL.Path, "/v1/"), nil, "", -1)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 || x.policy.Rehydrate != policies.ScopeTenant {
		return s.copyResponse(w, x, resp)
	}
	x.outcome = &tokenize.Outcome{Tokens: map[string]string{}}
	rh := s.rehydrator(x)
	copyHeaders(w.Header(), resp.Header)
	x.timings["first_byte"] = float64(time.Since(x.start).Microseconds()) / 1000
	w.WriteHeader(resp.StatusCode)
	br := bufio.NewReaderSize(resp.Body, 1<<20)
	bw := bufio.NewWriterSize(w, 1<<20)
	for first := true; ; first = false {
		raw, rerr := br.ReadBytes('\n')
		if len(raw) > 0 {
			body, end := finetune.SplitEnding(raw)
			if lead := finetune.ByteOrderMark(body); first && lead != "" {
				bw.WriteString(lead) // the file's byte order mark, which an upload kept before its first record
				body = body[len(lead):]
			}
			out, err := rh.JSON(r.Context(), body)
			if err != nil { // not JSON: re-hydrate it as text
				var txt string
				if txt, err = rh.Text(r.Context(), string(body), false); err != nil {
					return err
				}
				out = []byte(txt)
			}
			bw.Write(out)
			bw.WriteString(end)
		}
		if rerr == io.EOF {
			return bw.Flush()
		}
		if rerr != nil {
			return fmt.Errorf("%w: %w", errUpstreamBody, rerr)
		}
	}
}

// fileReport serves what Veil did to a file: its report and signed manifest.
func (s *Server) fileReport(w http.ResponseWriter, r *http.Request, x *exchange) error {
	rec, err := s.opt.Datasets.Registry.Get(r.Context(), x.tenant.ID, r.PathValue("id"))
	if errors.Is(err, finetune.ErrUnknownFile) {
		return &apiError{Status: http.StatusNotFound, Type: "invalid_request_error", Code: "unknown_file", Msg: "no file with that id passed through Veil for this tenant"}
	}
	if err != nil {
		return err
	}
	b, _ := json.Marshal(map[string]any{"object": "veil.file_report", "id": rec.ID, "purpose": rec.Purpose, "report": rec.Report, "manifest": rec.Manifest})
	return writeRaw(w, x, http.StatusOK, b)
}

// checkedCreate admits a fine-tuning job or batch only when every file it names passed
// through Veil for this tenant with the right purpose.
func (s *Server) checkedCreate(purpose string, keys ...string) func(http.ResponseWriter, *http.Request, *exchange) error {
	return func(w http.ResponseWriter, r *http.Request, x *exchange) error {
		body, err := readBody(w, r, s.opt.MaxBodyBytes)
		if err != nil {
			return err
		}
		var req map[string]json.RawMessage
		if err := json.Unmarshal(body, &req); err != nil {
			return &apiError{Status: 400, Type: "invalid_request_error", Code: "invalid_json", Msg: "the request body is not a JSON object"}
		}
		var model string
		json.Unmarshal(req["model"], &model)
		x.model = model
		for i, k := range keys {
			var id string
			if req[k] == nil || string(req[k]) == "null" {
				if i == 0 {
					return &apiError{Status: 400, Type: "invalid_request_error", Code: "missing_file", Msg: k + " is required"}
				}
				continue
			}
			if json.Unmarshal(req[k], &id) != nil {
				return &apiError{Status: 400, Type: "invalid_request_error", Code: "invalid_file", Msg: k + ": want a file id"}
			}
			rec, err := s.opt.Datasets.Registry.Get(r.Context(), x.tenant.ID, id)
			if errors.Is(err, finetune.ErrUnknownFile) || err == nil && rec.Purpose != purpose {
				return s.refuse(r.Context(), x, audit.Blocked, &apiError{Status: http.StatusForbidden, Type: "policy_violation", Code: "unscanned_file",
					Msg: fmt.Sprintf("%s %s did not pass through Veil as a %s file; upload it through Veil first", k, id, purpose)})
			}
			if err != nil {
				return err
			}
		}
		if err := s.opt.Audit.Write(r.Context(), x.record(audit.PhaseDecision, audit.Forwarded, nil)); err != nil {
			return err
		}
		resp, err := s.upstreamCall(r, x, http.MethodPost, strings.TrimPrefix(r.URL.Path, "/v1/"), bytes.NewReader(body), "application/json", int64(len(body)))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return s.copyResponse(w, x, resp)
	}
}
