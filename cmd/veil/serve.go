package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/proxy"
)

func runServe(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "serve [--config FILE]", stdout)
	cfgPath := fs.String("config", "", "YAML configuration file (default: embedded defaults)")
	check := fs.Bool("check", false, "validate the configuration and exit")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments, got %q", fs.Arg(0))
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	if *check {
		fmt.Fprintln(stdout, "configuration is valid")
		return nil
	}
	log := newLogger(stderr, cfg.LogLevel)
	eng, err := openEngine(cfg)
	if err != nil {
		return err
	}
	defer eng.Close()
	srv, err := newGateway(cfg, eng, log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: cfg.Timeouts.ClientRead,
		IdleTimeout: cfg.Timeouts.Idle, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	log.Info("veil listening", "addr", ln.Addr().String(), "tenants", len(cfg.Tenants), "data_dir", cfg.DataDir, "ner", nerDescription(cfg.NER))
	return serveUntil(ctx, hs, ln, 30*time.Second, func() { log.Info("shutting down") })
}

// serveUntil serves on ln until the server fails or ctx ends; then it shuts down, letting
// requests in flight finish for up to grace. stopping, if set, runs as the shutdown begins.
func serveUntil(ctx context.Context, hs *http.Server, ln net.Listener, grace time.Duration, stopping func()) error {
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	if stopping != nil {
		stopping()
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newGateway builds the HTTP gateway for a configuration.
func newGateway(cfg *config.Config, eng *engine, log *slog.Logger) (*proxy.Server, error) {
	ups := map[string]*proxy.Upstream{}
	for _, u := range cfg.Upstreams {
		up := &proxy.Upstream{Name: u.Name}
		if u.BaseURL == config.Preview {
			log.Warn("upstream is the built-in preview: nothing leaves this machine, and each answer shows the masked request the model would have received; set OPENAI_API_KEY (or configure an upstream) to forward", "upstream", u.Name)
		} else {
			base, err := url.Parse(u.BaseURL)
			if err != nil {
				return nil, err
			}
			up.BaseURL = base
			if u.APIKeyEnv != "" {
				if up.APIKey = os.Getenv(u.APIKeyEnv); up.APIKey == "" {
					log.Warn("upstream key variable is empty; requests go without a key", "upstream", u.Name, "api_key_env", u.APIKeyEnv)
				}
			}
		}
		ups[u.Name] = up
	}
	keys := map[[32]byte]string{}
	var tenants []*proxy.Tenant
	keyless := ""
	for _, t := range cfg.Tenants {
		pol, err := policies.Load(t.Policy)
		if err != nil {
			return nil, fmt.Errorf("%w: tenant %s: %w", errInvalid, t.ID, err)
		}
		tenants = append(tenants, proxy.NewTenant(t.ID, ups[t.Upstream], pol))
		for _, k := range t.APIKeys {
			d, _ := config.KeyDigest(k)
			keys[d] = t.ID
		}
		if len(t.APIKeys) == 0 && cfg.Loopback() {
			keyless = t.ID
		}
		log.Info("tenant", "tenant", t, "policy_version", pol.Version())
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	transport := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: cfg.Timeouts.UpstreamConnect, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          1024,
		MaxIdleConnsPerHost:   256,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   cfg.Timeouts.UpstreamConnect,
		ExpectContinueTimeout: time.Second,
	}
	ds, err := eng.datasets()
	if err != nil {
		return nil, err
	}
	return proxy.New(proxy.Options{
		Datasets: ds,
		Tenants:  tenants, Keys: keys, KeylessTenant: keyless,
		Redactor: eng.redactor, Vault: eng.vault, Finder: eng.finder, Audit: eng.audit,
		Transport: transport, MaxBodyBytes: cfg.Limits.MaxBodyBytes, Timeout: cfg.Timeouts.Upstream,
		Logger: log, Registry: reg, Ready: eng.ready,
	}), nil
}
