package proxy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/tokenize"
	"github.com/veil-gateway/veil/vault"
)

// apiError is an error with two channels: Msg for the client, Err for the operator's log.
// Neither carries request text.
type apiError struct {
	Status int
	Type   string // OpenAI's error type
	Code   string
	Msg    string
	Err    error
}

func (e *apiError) Error() string {
	if e.Err != nil {
		return e.Msg + ": " + e.Err.Error()
	}
	return e.Msg
}

func (e *apiError) Unwrap() error { return e.Err }

// classify maps any error to the apiError the client gets.
func classify(err error) *apiError {
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.Is(err, errUpstreamBody): // before errMalformed: the upstream's JSON, not the client's
		return &apiError{Status: 502, Type: "upstream_error", Code: "bad_upstream_response", Msg: err.Error(), Err: err}
	case errors.Is(err, jsonscan.ErrMalformed), errors.Is(err, redact.ErrInvalidInput):
		return &apiError{Status: 400, Type: "invalid_request_error", Code: "invalid_json", Msg: err.Error(), Err: err}
	case errors.Is(err, jsonscan.ErrUnscannable):
		return &apiError{Status: 400, Type: "invalid_request_error", Code: "unscannable_content", Msg: err.Error(), Err: err}
	case errors.Is(err, vault.ErrUnavailable), errors.Is(err, vault.ErrCorrupt):
		return &apiError{Status: 503, Type: "veil_dependency_error", Code: "vault_unavailable", Msg: "the token vault is unavailable; nothing was sent upstream", Err: err}
	case errors.Is(err, redact.ErrUnavailable) && errors.Is(err, context.DeadlineExceeded):
		// before the upstream's deadline: a NER call past its own deadline is this
		return &apiError{Status: 503, Type: "veil_dependency_error", Code: "detection_unavailable", Msg: "the NER model did not answer within its deadline (ner.deadline, and ner.deadline_per_mb for each megabyte of a text) and the policy's fail_mode is closed; nothing was sent upstream", Err: err}
	case errors.Is(err, redact.ErrUnavailable):
		return &apiError{Status: 503, Type: "veil_dependency_error", Code: "detection_unavailable", Msg: "the NER model is unavailable and the policy's fail_mode is closed; nothing was sent upstream", Err: err}
	case errors.Is(err, redact.ErrInternal):
		return &apiError{Status: 500, Type: "veil_error", Code: "detection_failed", Msg: "detection failed on an internal error (logged); nothing was sent upstream", Err: err}
	case errors.Is(err, audit.ErrUnavailable):
		return &apiError{Status: 503, Type: "veil_dependency_error", Code: "audit_unavailable", Msg: "the audit log is unavailable; nothing was sent upstream", Err: err}
	case errors.Is(err, errUpstream):
		return &apiError{Status: 502, Type: "upstream_error", Code: "upstream_unreachable", Msg: "the upstream could not be reached", Err: err}
	case errors.Is(err, context.DeadlineExceeded):
		return &apiError{Status: 504, Type: "upstream_error", Code: "upstream_timeout", Msg: "the upstream did not answer in time", Err: err}
	case errors.Is(err, context.Canceled):
		return &apiError{Status: 499, Type: "client_closed_request", Code: "client_closed", Msg: "the client went away", Err: err}
	}
	return &apiError{Status: 500, Type: "veil_error", Code: "internal_error", Msg: "internal error", Err: err}
}

// blockedError names the entity types and counts that made a policy block a request.
func blockedError(policy string, blocked map[string]int) *apiError {
	return &apiError{Status: http.StatusForbidden, Type: "policy_violation", Code: "blocked_entity",
		Msg: fmt.Sprintf("policy %s blocks this request: %s", policy, tokenize.BlockedSummary(blocked))}
}

type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Code    *string `json:"code"`
	Param   *string `json:"param"`
}

// writeError sends an error in OpenAI's shape.
func writeError(w http.ResponseWriter, e *apiError) {
	status := e.Status
	if status == 499 { // nobody is listening; any status will do for the log
		status = http.StatusBadRequest
	}
	code := e.Code
	b, _ := json.Marshal(errorBody{Error: errorDetail{Message: e.Msg, Type: e.Type, Code: &code}})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Del("Content-Length")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
