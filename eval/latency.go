// Package eval measures Veil: detection quality on labelled data, and the latency it adds.
package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// Upstream is a local OpenAI-compatible upstream with a fixed, fast answer, for measuring what a
// gateway adds on top of it.
type Upstream struct {
	URL string // http://addr/v1
	srv *http.Server
}

const answer = `{"id":"chatcmpl-bench","object":"chat.completion","created":1,"model":"bench","choices":[{"index":0,"message":{"role":"assistant","content":"Noted. I will follow up with the patient by email and phone as requested, and confirm the payment details on file."},"finish_reason":"stop"}],"usage":{"prompt_tokens":512,"completion_tokens":24,"total_tokens":536}}`

// StartUpstream serves the bench upstream on a loopback port.
func StartUpstream() (*Upstream, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte(`"stream":true`)) {
			w.Header().Set("Content-Type", "text/event-stream")
			fl := w.(http.Flusher)
			for i := range 8 {
				fmt.Fprintf(w, "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bench\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word%d \"},\"finish_reason\":null}]}\n\n", i)
				fl.Flush()
			}
			io.WriteString(w, "data: [DONE]\n\n")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, answer)
	})
	u := &Upstream{URL: "http://" + ln.Addr().String() + "/v1", srv: &http.Server{Handler: mux}}
	go u.srv.Serve(ln)
	return u, nil
}

// Close stops the upstream.
func (u *Upstream) Close() error { return u.srv.Close() }

// ChatBody returns a chat request of about 2 KB holding five identifiers. With fresh, the
// identifiers differ per n, so every request mints new tokens (a vault write).
func ChatBody(n int, fresh, stream bool) []byte {
	email, phone, card, ssn, iban := "jane.doe@example.com", "(212) 555-0147", "4111 1111 1111 1111", "536-22-1234", "DE89 3704 0044 0532 0130 00"
	if fresh {
		email = fmt.Sprintf("patient%d@example.com", n)
		phone = fmt.Sprintf("(212) 555-%04d", n%10000)
		ssn = fmt.Sprintf("536-%02d-%04d", 10+n%89, 1+n%9999)
	}
	filler := strings.Repeat("The patient reports improved sleep and appetite since the last visit, with no new complaints. ", 17)
	text := fmt.Sprintf("Please draft a follow-up note. %s Contact: %s, phone %s. Billing card %s, SSN %s, refund IBAN %s.", filler, email, phone, card, ssn, iban)
	q, _ := json.Marshal(text)
	return fmt.Appendf(nil, `{"model":"bench","stream":%t,"messages":[{"role":"system","content":"You are a clinic assistant."},{"role":"user","content":%s}]}`, stream, q)
}

// LoadOptions describe one measured phase.
type LoadOptions struct {
	URL      string // chat/completions endpoint
	APIKey   string
	Rate     int // requests per second, open loop
	Requests int
	Fresh    bool // new identifiers per request
	Stream   bool
}

// Result summarises a phase.
type Result struct {
	Requests    int
	Errors      int
	P50, P99    time.Duration // whole response
	TTFB50      time.Duration // first body byte, median
	TTFB99      time.Duration
	AllocsPerOp float64 // heap allocations per request in this process (client, upstream and gateway)
	Achieved    float64 // requests per second actually sent
}

// SendLoad sends opt.Requests requests at opt.Rate per second and measures each one.
func SendLoad(ctx context.Context, client *http.Client, opt LoadOptions) (*Result, error) {
	type sample struct{ total, ttfb time.Duration }
	samples := make([]sample, opt.Requests)
	errs := make([]error, opt.Requests)
	interval := time.Second / time.Duration(opt.Rate)
	var wg sync.WaitGroup
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	start := time.Now()
	for i := range opt.Requests {
		at := start.Add(time.Duration(i) * interval)
		if d := time.Until(at); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		body := ChatBody(i, opt.Fresh, opt.Stream)
		wg.Add(1)
		go func() {
			defer wg.Done()
			samples[i].total, samples[i].ttfb, errs[i] = one(ctx, client, opt, body)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	runtime.ReadMemStats(&ms1)
	r := &Result{Requests: opt.Requests, AllocsPerOp: float64(ms1.Mallocs-ms0.Mallocs) / float64(opt.Requests),
		Achieved: float64(opt.Requests) / elapsed.Seconds()}
	var totals, ttfbs []time.Duration
	var firstErr error
	for i, s := range samples {
		if errs[i] != nil {
			r.Errors++
			firstErr = firstNonNil(firstErr, errs[i])
			continue
		}
		totals = append(totals, s.total)
		ttfbs = append(ttfbs, s.ttfb)
	}
	if len(totals) == 0 {
		return nil, fmt.Errorf("every request failed: %w", firstErr)
	}
	r.P50, r.P99 = quantiles(totals)
	r.TTFB50, r.TTFB99 = quantiles(ttfbs)
	return r, nil
}

func firstNonNil(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func one(ctx context.Context, client *http.Client, opt LoadOptions, body []byte) (total, ttfb time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, opt.URL, bytes.NewReader(body))
	if err != nil {
		return 0, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if opt.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+opt.APIKey)
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	defer resp.Body.Close()
	var first [1]byte
	if _, err := io.ReadFull(resp.Body, first[:]); err != nil {
		return 0, 0, err
	}
	ttfb = time.Since(start)
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return 0, 0, errors.New(resp.Status)
	}
	return time.Since(start), ttfb, nil
}

func quantiles(d []time.Duration) (p50, p99 time.Duration) {
	slices.Sort(d)
	return d[len(d)/2], d[min(len(d)-1, len(d)*99/100)]
}
