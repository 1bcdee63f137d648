package proxy

import (
	lru "github.com/hashicorp/golang-lru/v2"
)

// conversations remembers, per tenant and response id, the tokens a Responses conversation has
// used, so a request that continues it with previous_response_id can have them re-hydrated under
// the request scope. It holds tokens only, never values. It lives in this gateway's memory.
type conversations struct {
	c *lru.Cache[string, []string]
}

const (
	maxConversations      = 100_000
	maxConversationTokens = 10_000
)

func newConversations() *conversations {
	c, _ := lru.New[string, []string](maxConversations)
	return &conversations{c: c}
}

func (cs *conversations) tokens(tenant, responseID string) []string {
	if responseID == "" {
		return nil
	}
	toks, _ := cs.c.Get(tenant + "\x00" + responseID)
	return toks
}

// remember records a response's tokens: those of its request and those it inherited.
func (cs *conversations) remember(tenant, responseID string, inherited []string, own map[string]string) {
	if responseID == "" || len(inherited)+len(own) == 0 {
		return
	}
	seen := make(map[string]bool, len(inherited)+len(own))
	toks := make([]string, 0, len(inherited)+len(own))
	for _, t := range inherited {
		if !seen[t] {
			seen[t] = true
			toks = append(toks, t)
		}
	}
	for t := range own {
		if !seen[t] {
			seen[t] = true
			toks = append(toks, t)
		}
	}
	if len(toks) > maxConversationTokens {
		toks = toks[len(toks)-maxConversationTokens:]
	}
	cs.c.Add(tenant+"\x00"+responseID, toks)
}
