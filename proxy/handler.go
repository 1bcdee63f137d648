package proxy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/tokenize"
)

// exchange is the state of one request through the gateway.
type exchange struct {
	id       string
	route    string
	tenant   *Tenant
	policy   *policies.Policy
	model    string
	start    time.Time
	counts   map[tokenize.Count]int
	outcome  *tokenize.Outcome
	timings  map[string]float64
	upstream time.Duration // time spent waiting on the upstream, which is not Veil's added latency
	status   int
	// responses: the conversation's earlier tokens, and this response's id once known
	inherited  []string
	responseID string
	degraded   bool // a recognizer was down and the policy let the request go on without it
}

func (x *exchange) mark(name string, since time.Time) {
	x.timings[name] = float64(time.Since(since).Microseconds()) / 1000
}

// record builds an audit record for the exchange.
func (x *exchange) record(phase, decision string, err error) *audit.Record {
	r := &audit.Record{Time: time.Now().UTC(), RequestID: x.id, Phase: phase, Route: x.route, Model: x.model, Decision: decision,
		UpstreamStatus: x.status, TimingsMS: x.timings, Degraded: x.degraded}
	if x.tenant != nil {
		r.Tenant = x.tenant.ID
		r.Upstream = x.tenant.Upstream.Name
	}
	if x.policy != nil {
		r.PolicyVersion = x.policy.Version()
	}
	if x.counts != nil {
		for c, n := range x.counts {
			r.Findings = append(r.Findings, audit.Finding{Type: c.Type, Action: string(c.Action), Count: n})
		}
		slices.SortFunc(r.Findings, func(a, b audit.Finding) int { return strings.Compare(a.Type+a.Action, b.Type+b.Action) })
	}
	if err != nil {
		r.Error = classify(err).Code
	}
	return r
}

// scanned serves a route whose request text is masked and whose response is re-hydrated.
func (s *Server) scanned(rt *route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		x := &exchange{id: w.Header().Get("X-Veil-Request-Id"), route: rt.name, start: time.Now(), timings: map[string]float64{}}
		err := s.serveScanned(w, r, rt, x)
		s.finish(w, r, x, err)
	})
}

// finish writes the error (if the response has not started), the outcome audit record, metrics and the log line.
func (s *Server) finish(w http.ResponseWriter, r *http.Request, x *exchange, err error) {
	status := x.status
	if err != nil {
		ae := classify(err)
		if status == 0 || !x.started() {
			writeError(w, ae)
		}
		status = ae.Status
	}
	x.mark("total", x.start)
	added := time.Since(x.start) - x.upstream
	s.metrics.observe(x, status, added)
	attrs := []any{"request_id", x.id, "route", x.route, "status", status, "total_ms", x.timings["total"], "added_ms", float64(added.Microseconds()) / 1000}
	if x.tenant != nil {
		attrs = append(attrs, "tenant", x.tenant.ID)
	}
	if err != nil {
		ae := classify(err)
		attrs = append(attrs, "error", ae.Code, "err", ae.Err)
		s.log.Warn("request failed", attrs...)
	} else {
		s.log.Info("request", attrs...)
	}
}

// started reports whether the upstream's answer began to reach the client.
func (x *exchange) started() bool { return x.timings["first_byte"] > 0 }

func (s *Server) serveScanned(w http.ResponseWriter, r *http.Request, rt *route, x *exchange) error {
	t, err := s.authenticate(r)
	if err != nil {
		return err
	}
	x.tenant, x.policy = t, t.Policy()
	body, err := readBody(w, r, s.opt.MaxBodyBytes)
	if err != nil {
		return err
	}
	t0 := time.Now()
	sc, err := rt.collect(body)
	if err != nil {
		return err
	}
	x.model = sc.model
	x.inherited = s.convs.tokens(t.ID, sc.previous)
	plan, err := s.opt.Redactor.PlanRecords(r.Context(), t.ID, x.policy, sc.texts, nil, sc.names)
	if err != nil {
		x.mark("redact", t0)
		return s.refuse(r.Context(), x, audit.Failed, err)
	}
	x.counts, x.degraded = plan.Counts, plan.Degraded
	if len(plan.Blocked) > 0 {
		x.mark("redact", t0)
		return s.refuse(r.Context(), x, audit.Blocked, blockedError(x.policy.Name, plan.Blocked))
	}
	// The vault write and the decision record are both durable writes to different files; they
	// run together, and the request goes upstream only when both have succeeded.
	var applyErr error
	applied := make(chan struct{})
	go func() {
		defer close(applied)
		x.outcome, applyErr = plan.Apply(r.Context())
	}()
	auditErr := s.opt.Audit.Write(r.Context(), x.record(audit.PhaseDecision, audit.Forwarded, nil))
	<-applied
	x.mark("redact", t0)
	if auditErr != nil {
		return auditErr // fail closed: nothing goes upstream without its audit record
	}
	if applyErr != nil {
		s.opt.Audit.Write(context.WithoutCancel(r.Context()), x.record(audit.PhaseOutcome, audit.Failed, applyErr))
		return applyErr
	}
	masked, err := rt.fields.Rewrite(body, x.outcome.Texts)
	if err != nil {
		s.opt.Audit.Write(context.WithoutCancel(r.Context()), x.record(audit.PhaseOutcome, audit.Failed, err))
		return err
	}
	err = s.forward(w, r, x, rt, masked)
	if rt.name == "responses" && err == nil {
		s.convs.remember(t.ID, x.responseID, x.inherited, x.outcome.Tokens)
	}
	decision := audit.Completed
	if err != nil {
		decision = audit.Aborted
	}
	if aerr := s.opt.Audit.Write(context.WithoutCancel(r.Context()), x.record(audit.PhaseOutcome, decision, err)); aerr != nil && err == nil {
		s.log.Error("audit outcome record failed", "request_id", x.id, "err", aerr)
	}
	return err
}

// refuse records a request that is not forwarded, then returns its error.
func (s *Server) refuse(ctx context.Context, x *exchange, decision string, err error) error {
	if aerr := s.opt.Audit.Write(context.WithoutCancel(ctx), x.record(audit.PhaseDecision, decision, err)); aerr != nil {
		return aerr
	}
	return err
}

func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, &apiError{Status: http.StatusRequestEntityTooLarge, Type: "invalid_request_error", Code: "request_too_large",
			Msg: fmt.Sprintf("request body exceeds %d bytes", limit)}
	case err != nil:
		return nil, &apiError{Status: 400, Type: "invalid_request_error", Code: "unreadable_body", Msg: "could not read the request body", Err: err}
	}
	return body, nil
}

// resolver returns the re-hydration resolver for an exchange, by the policy's scope: the request's
// own tokens (and, for a continued Responses conversation, the conversation's), or any of the tenant's.
func (s *Server) resolver(x *exchange) tokenize.Resolver {
	local := x.outcome.Tokens
	scope := x.policy.Rehydrate
	inherited := make(map[string]bool, len(x.inherited))
	for _, t := range x.inherited {
		inherited[t] = true
	}
	return func(ctx context.Context, toks []string) (map[string]string, error) {
		out := map[string]string{}
		if scope == policies.ScopeNone {
			return out, nil
		}
		var rest []string
		for _, t := range toks {
			if v, ok := local[t]; ok {
				out[t] = v
			} else if scope == policies.ScopeTenant || inherited[t] {
				rest = append(rest, t)
			}
		}
		if len(rest) > 0 && s.opt.Vault != nil {
			more, err := s.opt.Vault.Resolve(ctx, x.tenant.ID, rest)
			if err != nil {
				return nil, err
			}
			for k, v := range more {
				out[k] = v
			}
		}
		return out, nil
	}
}

// rehydrator puts the exchange's values back: tokens, and the surrogates a policy with the
// surrogate action minted (in whole answers; streams re-hydrate tokens).
func (s *Server) rehydrator(x *exchange) *tokenize.Rehydrator {
	rh := tokenize.NewRehydrator(s.opt.Finder, s.resolver(x))
	if x.policy.Uses(policies.Surrogate) {
		rh = rh.WithSurrogates()
	}
	return rh
}

// rehydrateJSON re-hydrates a JSON response body, classifying malformed bodies as upstream errors.
func rehydrateJSON(ctx context.Context, rh *tokenize.Rehydrator, body []byte) ([]byte, error) {
	out, err := rh.JSON(ctx, body)
	if errors.Is(err, jsonscan.ErrMalformed) {
		return nil, fmt.Errorf("%w: %w", errUpstreamBody, err)
	}
	return out, err
}
