// Package audit records every gateway decision, without the personal data it was about.
package audit

import (
	"context"
	"errors"
	"time"
)

// ErrUnavailable classifies a failed audit write; a request whose record cannot be written fails.
var ErrUnavailable = errors.New("audit log unavailable")

// Phases of a request's records. The decision record is written before anything goes upstream,
// the outcome record after the upstream answered (or failed).
const (
	PhaseDecision = "decision"
	PhaseOutcome  = "outcome"
)

// Decisions.
const (
	Forwarded = "forwarded" // masked and sent upstream
	Blocked   = "blocked"   // refused by policy
	Refused   = "refused"   // refused for bad input or auth
	Failed    = "failed"    // a dependency failed; nothing went upstream
	Completed = "completed" // outcome: the upstream answered
	Aborted   = "aborted"   // outcome: the client went away or the upstream broke off
)

// Finding counts the findings of one type that got one action. Values never appear in a record.
type Finding struct {
	Type   string `json:"type"`
	Action string `json:"action"`
	Count  int    `json:"count"`
}

// Record is one audit log entry.
type Record struct {
	Time           time.Time          `json:"time"`
	Tenant         string             `json:"tenant"`
	RequestID      string             `json:"request_id"`
	Phase          string             `json:"phase"`
	Route          string             `json:"route"`
	Model          string             `json:"model,omitempty"`
	Upstream       string             `json:"upstream,omitempty"`
	PolicyVersion  string             `json:"policy_version,omitempty"`
	Decision       string             `json:"decision"`
	Findings       []Finding          `json:"findings,omitempty"`
	Degraded       bool               `json:"degraded,omitempty"`
	UpstreamStatus int                `json:"upstream_status,omitempty"`
	TimingsMS      map[string]float64 `json:"timings_ms,omitempty"`
	Error          string             `json:"error,omitempty"` // a classification, never input text
	Dataset        *Dataset           `json:"dataset,omitempty"`
}

// Dataset is a processed file's provenance in the log: its id, line counts and the SHA-256
// of the bytes received and of the bytes sent on.
type Dataset struct {
	FileID        string `json:"file_id"`
	Purpose       string `json:"purpose"`
	Lines         int    `json:"lines"`
	LinesChanged  int    `json:"lines_changed"`
	LinesRejected int    `json:"lines_rejected"`
	SHA256In      string `json:"sha256_original"`
	SHA256Out     string `json:"sha256_redacted"`
}

// Sink is where records go. Write returns once the record is durable.
type Sink interface {
	Write(ctx context.Context, r *Record) error
}
