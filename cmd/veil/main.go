// Command veil is a privacy gateway for LLM APIs: it masks personal data on the way to the model
// and puts it back on the way home.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// usageError is bad usage or bad input: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

var commands = []command{
	{"serve", "run the gateway", runServe},
	{"redact", "mask a fine-tuning, batch or text file offline through the same engine and vault", runRedact},
	{"rehydrate", "put the values back into a redacted file", runRehydrate},
	{"detect", "print findings without changing text", runDetect},
	{"policy", "validate or test a policy (policy validate FILE, policy test --policy P [TEXT|FILE])", runPolicy},
	{"manifest", "verify a signed dataset manifest offline (manifest verify MANIFEST [--original F] [--redacted F])", runManifest},
	{"eval", "measure detection quality on labelled data (precision, recall, F1, F2)", runEval},
	{"ner", "train, export, serve or load-test the NER models (ner train, ner export, ner serve, ner bench)", runNER},
	{"bench", "measure the latency Veil adds to requests (bench), or dataset throughput (bench dataset)", runBench},
	{"health", "exit 0 when a running gateway is ready (for container health checks)", runHealth},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := dispatch(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

func exitCode(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "veil:", oneLine(err.Error()))
		return 2
	case errors.Is(err, errInvalid):
		fmt.Fprintln(stderr, "veil:", err)
		return 2
	}
	fmt.Fprintln(stderr, "veil:", err)
	return 1
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "; ") }

// errInvalid marks bad input found while running (a malformed line, an invalid policy).
var errInvalid = errors.New("invalid input")

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return usagef("no command given")
		}
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, args[1:], stdin, stdout, stderr)
		}
	}
	return usagef("unknown command %q; run veil --help", args[0])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Veil masks personal data in LLM traffic and puts it back in the answers.\n\nUsage: veil COMMAND [flags]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nEvery command answers --help.")
}

// newFlags returns a FlagSet whose errors are usage errors and whose --help prints to stdout.
func newFlags(name, synopsis string, stdout io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stdout)
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: veil %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(interleave(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usagef("%s: %v", fs.Name(), err)
	}
	return nil
}

// interleave moves flags before positional arguments, so "veil redact in.jsonl --report r.json"
// works; whether a flag takes a value comes from the flag set itself.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && i+1 < len(args) && !isBoolFlag(fs, name) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

func isBoolFlag(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(name)
	if f == nil {
		return name == "h" || name == "help"
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
