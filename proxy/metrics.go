package proxy

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	requests *prometheus.CounterVec
	findings *prometheus.CounterVec
	added    *prometheus.HistogramVec
	upstream *prometheus.HistogramVec
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veil_requests_total", Help: "Requests by route and HTTP status."}, []string{"route", "code"}),
		findings: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veil_findings_total", Help: "Findings by entity type and the action taken."}, []string{"type", "action"}),
		added: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "veil_added_latency_seconds", Help: "Time Veil adds to a request: the total less the time spent waiting on the upstream.",
			Buckets: []float64{.0001, .00025, .0005, .001, .002, .005, .01, .025, .05, .1, .25, 1}}, []string{"route"}),
		upstream: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "veil_upstream_seconds", Help: "Time spent waiting on the upstream.",
			Buckets: prometheus.ExponentialBuckets(0.001, 4, 10)}, []string{"route"}),
	}
	reg.MustRegister(m.requests, m.findings, m.added, m.upstream)
	return m
}

func (m *metrics) observe(x *exchange, status int, added time.Duration) {
	m.requests.WithLabelValues(x.route, strconv.Itoa(status)).Inc()
	m.added.WithLabelValues(x.route).Observe(added.Seconds())
	if x.upstream > 0 {
		m.upstream.WithLabelValues(x.route).Observe(x.upstream.Seconds())
	}
	if x.counts != nil {
		for c, n := range x.counts {
			m.findings.WithLabelValues(c.Type, string(c.Action)).Add(float64(n))
		}
	}
}
