package proxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/veil-gateway/veil/tokenize"
)

// errUpstream classifies a failure to reach the upstream.
var errUpstream = errors.New("upstream unreachable")

// maxResponseBytes bounds a buffered (non-streamed) upstream response.
const maxResponseBytes = 64 << 20

// hopHeaders are not copied between connections; content headers are recomputed.
var hopHeaders = map[string]bool{
	"Connection": true, "Keep-Alive": true, "Proxy-Authenticate": true, "Proxy-Authorization": true, "Te": true,
	"Trailer": true, "Transfer-Encoding": true, "Upgrade": true, "Content-Length": true, "Content-Encoding": true, "Set-Cookie": true,
}

// forwardedHeaders are the client headers the upstream gets; the client's Authorization never goes.
var forwardedHeaders = []string{"Accept", "Content-Type", "OpenAI-Organization", "OpenAI-Project", "OpenAI-Beta", "User-Agent", "Idempotency-Key"}

// timedBody counts the time spent waiting on the upstream, which is not Veil's added latency.
type timedBody struct {
	r io.Reader
	d *time.Duration
}

func (t timedBody) Read(p []byte) (int, error) {
	start := time.Now()
	n, err := t.r.Read(p)
	*t.d += time.Since(start)
	return n, err
}

// send makes the upstream request and returns its response with a timed body.
func (s *Server) send(ctx context.Context, r *http.Request, x *exchange, method, route string, body []byte) (*http.Response, error) {
	if body == nil {
		return s.sendStream(ctx, r, x, method, route, nil, "", -1)
	}
	return s.sendStream(ctx, r, x, method, route, bytes.NewReader(body), "application/json", int64(len(body)))
}

// sendStream is send with a streamed body of a given type and length (-1: unknown).
func (s *Server) sendStream(ctx context.Context, r *http.Request, x *exchange, method, route string, body io.Reader, contentType string, size int64) (*http.Response, error) {
	up := x.tenant.Upstream
	var target string
	if up.Preview() {
		target = "http://preview.invalid/v1/" + route
	} else {
		target = strings.TrimSuffix(up.BaseURL.String(), "/") + "/" + route
	}
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		return nil, err
	}
	if body != nil && size >= 0 {
		req.ContentLength = size
	}
	for _, h := range forwardedHeaders {
		if v := r.Header.Values(h); len(v) > 0 {
			req.Header[h] = v
		}
	}
	if body != nil {
		req.Header.Set("Content-Type", contentType)
	}
	if up.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+up.APIKey)
	}
	t0 := time.Now()
	var resp *http.Response
	if up.Preview() {
		resp, err = s.preview.RoundTrip(req)
	} else {
		resp, err = s.client.Do(req)
	}
	x.upstream += time.Since(t0)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%w: %w", errUpstream, err)
	}
	x.status = resp.StatusCode
	resp.Body = struct {
		io.Reader
		io.Closer
	}{timedBody{resp.Body, &x.upstream}, resp.Body}
	return resp, nil
}

func copyHeaders(dst, src http.Header) {
	for k, v := range src {
		if !hopHeaders[k] {
			dst[k] = v
		}
	}
}

// forward sends the masked body upstream and relays the re-hydrated answer.
func (s *Server) forward(w http.ResponseWriter, r *http.Request, x *exchange, rt *route, masked []byte) error {
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
	defer cancel()
	resp, err := s.send(ctx, r, x, http.MethodPost, rt.name, masked)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	rh := s.rehydrator(x)
	preview := x.tenant.Upstream.Preview()
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if resp.StatusCode < 300 && mt == "text/event-stream" {
		copyHeaders(w.Header(), resp.Header)
		if preview {
			w.Header().Set("X-Veil-Preview", "true")
		}
		return s.stream(ctx, w, x, rt, resp.Body, rh, preview)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%w: %w", errUpstreamBody, err)
	}
	t0 := time.Now()
	if resp.StatusCode >= 400 {
		return s.relayError(ctx, w, x, resp, body, rh)
	}
	if !preview && rt.rehydrateBody {
		if body, err = rehydrateJSON(ctx, rh, body); err != nil {
			return err
		}
	}
	if rt.name == "responses" {
		var head struct {
			ID string `json:"id"`
		}
		if json.Unmarshal(body, &head) == nil {
			x.responseID = head.ID
		}
	}
	x.mark("rehydrate", t0)
	copyHeaders(w.Header(), resp.Header)
	if preview {
		w.Header().Set("X-Veil-Preview", "true")
	}
	x.timings["first_byte"] = float64(time.Since(x.start).Microseconds()) / 1000
	w.Header().Set("Content-Length", strconv.Itoa(len(body))) // the body is complete once written, not when the handler returns
	w.WriteHeader(resp.StatusCode)
	if _, err = w.Write(body); err != nil {
		return err
	}
	// the client has its answer before the outcome record is written
	return http.NewResponseController(w).Flush()
}

// relayError passes an upstream error on in OpenAI's shape, keeping the status and Retry-After.
func (s *Server) relayError(ctx context.Context, w http.ResponseWriter, x *exchange, resp *http.Response, body []byte, rh *tokenize.Rehydrator) error {
	if ra := resp.Header.Get("Retry-After"); ra != "" {
		w.Header().Set("Retry-After", ra)
	}
	for k, v := range resp.Header {
		if strings.HasPrefix(strings.ToLower(k), "x-ratelimit-") {
			w.Header()[k] = v
		}
	}
	var shaped bool
	if out, err := rehydrateJSON(ctx, rh, body); err == nil && bytes.Contains(body, []byte(`"error"`)) {
		body, shaped = out, true
	}
	x.timings["first_byte"] = float64(time.Since(x.start).Microseconds()) / 1000
	if !shaped {
		writeError(w, &apiError{Status: resp.StatusCode, Type: "upstream_error", Code: fmt.Sprintf("upstream_%d", resp.StatusCode),
			Msg: fmt.Sprintf("the upstream answered HTTP %d", resp.StatusCode)})
		return nil
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, err := w.Write(body)
	return err
}

// passthrough serves a route whose requests carry no text and whose answers carry no personal data.
func (s *Server) passthrough(name string) http.Handler {
	return s.authed(name, s.relayTo)
}
