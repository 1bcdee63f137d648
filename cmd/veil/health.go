package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// runHealth asks a running gateway whether it is ready: for container health checks in images
// that have no curl.
func runHealth(ctx context.Context, args []string, _ io.Reader, stdout, _ io.Writer) error {
	fs := newFlags("health", "health [URL]  (default http://127.0.0.1:8080/readyz)", stdout)
	if err := parse(fs, args); err != nil {
		return err
	}
	url := "http://127.0.0.1:8080/readyz"
	if fs.NArg() > 0 {
		url = fs.Arg(0)
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return usagef("health: %v", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", url, resp.Status)
	}
	fmt.Fprintln(stdout, "ready")
	return nil
}
