package main

import (
	"context"
	"io"
)

func runBench(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return usagef("bench: not built yet")
}
