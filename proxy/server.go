// Package proxy is Veil's HTTP gateway: OpenAI-compatible routes that mask requests on the way
// out and re-hydrate responses, streamed or not, on the way back.
package proxy

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/tokenize"
)

// Redactor plans the masking of a request's texts under a policy; the plan's Apply mints tokens.
type Redactor interface {
	// PlanRecords plans a request's texts as one record (records nil); names lists the texts
	// that are participants' names, masked whole.
	PlanRecords(ctx context.Context, tenant string, pol *policies.Policy, texts []string, records []int, names []int) (*tokenize.Plan, error)
}

// Vault resolves tokens of a tenant, for re-hydration beyond the request's own tokens.
type Vault interface {
	Resolve(ctx context.Context, tenant string, tokens []string) (map[string]string, error)
}

// Upstream is a model API.
type Upstream struct {
	Name    string
	BaseURL *url.URL // nil for the preview upstream
	APIKey  string
}

// Preview reports whether this is the built-in upstream that echoes what it received.
func (u *Upstream) Preview() bool { return u.BaseURL == nil }

// Tenant is a tenant as the gateway serves it. Its policy can be swapped while serving.
type Tenant struct {
	ID       string
	Upstream *Upstream
	policy   atomic.Pointer[policies.Policy]
}

// NewTenant returns a Tenant with its first policy.
func NewTenant(id string, up *Upstream, pol *policies.Policy) *Tenant {
	t := &Tenant{ID: id, Upstream: up}
	t.policy.Store(pol)
	return t
}

// Policy returns the policy in force now.
func (t *Tenant) Policy() *policies.Policy { return t.policy.Load() }

// SetPolicy swaps the tenant's policy; requests already under way keep the one they started with.
func (t *Tenant) SetPolicy(p *policies.Policy) { t.policy.Store(p) }

// Options configure a Server.
type Options struct {
	Tenants       []*Tenant
	Keys          map[[32]byte]string // SHA-256 of a client key -> tenant id
	KeylessTenant string              // tenant for requests without a key ("" = keys required)
	Redactor      Redactor
	Vault         Vault
	Finder        *tokenize.Finder
	Audit         audit.Sink
	Transport     http.RoundTripper // to upstreams; nil means http.DefaultTransport
	MaxBodyBytes  int64
	Timeout       time.Duration // a whole upstream exchange
	Logger        *slog.Logger
	Registry      *prometheus.Registry
	Ready         func(context.Context) error // dependency check for /readyz
	Datasets      *Datasets                   // files, fine-tuning jobs and batches; nil refuses them
}

// Server is the gateway's HTTP handler.
type Server struct {
	previewFiles previewStore
	opt          Options
	tenants      map[string]*Tenant
	client       *http.Client
	preview      http.RoundTripper
	metrics      *metrics
	convs        *conversations
	log          *slog.Logger
	mux          *http.ServeMux
}

// New returns a Server.
func New(opt Options) *Server {
	if opt.Transport == nil {
		opt.Transport = http.DefaultTransport
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Registry == nil {
		opt.Registry = prometheus.NewRegistry()
	}
	s := &Server{
		opt:     opt,
		tenants: map[string]*Tenant{},
		client:  &http.Client{Transport: opt.Transport, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }},
		preview: previewTransport{},
		metrics: newMetrics(opt.Registry),
		convs:   newConversations(),
		log:     opt.Logger,
		mux:     http.NewServeMux(),
	}
	for _, t := range opt.Tenants {
		s.tenants[t.ID] = t
	}
	for name, rt := range routes {
		s.mux.Handle("POST /v1/"+name, s.scanned(rt))
	}
	s.datasetRoutes()
	s.mux.Handle("GET /v1/models", s.passthrough("models"))
	s.mux.Handle("GET /v1/models/{model}", s.passthrough("models"))
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	s.mux.HandleFunc("GET /readyz", s.ready)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(opt.Registry, promhttp.HandlerOpts{}))
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, &apiError{Status: http.StatusNotFound, Type: "invalid_request_error", Code: "unknown_route",
			Msg: "Veil does not serve " + r.Method + " " + r.URL.Path + ": only scanned routes are forwarded"})
	})
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Veil-Request-Id", newRequestID())
	s.mux.ServeHTTP(w, r)
}

func newRequestID() string {
	var b [12]byte
	rand.Read(b[:])
	return "req_" + hex.EncodeToString(b[:])
}

func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	if s.opt.Ready != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.opt.Ready(ctx); err != nil {
			s.log.Warn("not ready", "err", err)
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
	}
	io.WriteString(w, "ready\n")
}

// authenticate returns the tenant a request's bearer key belongs to.
func (s *Server) authenticate(r *http.Request) (*Tenant, error) {
	h := r.Header.Get("Authorization")
	key, ok := strings.CutPrefix(h, "Bearer ")
	key = strings.TrimSpace(key)
	if h == "" || ok && key == "" {
		if t := s.tenants[s.opt.KeylessTenant]; t != nil && s.opt.KeylessTenant != "" {
			return t, nil
		}
		return nil, &apiError{Status: 401, Type: "invalid_request_error", Code: "missing_api_key", Msg: "missing API key: send Authorization: Bearer <tenant key>"}
	}
	if !ok {
		return nil, &apiError{Status: 401, Type: "invalid_request_error", Code: "invalid_api_key", Msg: "the Authorization header must be Bearer <tenant key>"}
	}
	if id, found := s.opt.Keys[sha256.Sum256([]byte(key))]; found {
		if t := s.tenants[id]; t != nil {
			return t, nil
		}
	}
	// a keyless tenant on loopback accepts any key, as OpenAI's clients insist on sending one
	if t := s.tenants[s.opt.KeylessTenant]; t != nil && s.opt.KeylessTenant != "" && len(s.opt.Keys) == 0 {
		return t, nil
	}
	return nil, &apiError{Status: 401, Type: "invalid_request_error", Code: "invalid_api_key", Msg: "incorrect API key provided"}
}

var errUpstreamBody = errors.New("upstream response is unreadable")
