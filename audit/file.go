package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

var _ Sink = (*File)(nil)

// File is an append-only JSON Lines audit log. Concurrent writes share one write and one fsync.
type File struct {
	f      *os.File
	reqs   chan *writeReq
	done   chan struct{}
	closed sync.Once
}

type writeReq struct {
	line  []byte
	err   error
	reply chan struct{}
}

// OpenFile opens (or creates, mode 0600) the audit log at path.
func OpenFile(path string) (*File, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("audit log: %w", err)
	}
	a := &File{f: f, reqs: make(chan *writeReq, 1024), done: make(chan struct{})}
	go a.loop()
	return a, nil
}

// Write implements Sink.
func (a *File) Write(ctx context.Context, r *Record) (err error) {
	line, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	req := &writeReq{line: append(line, '\n'), reply: make(chan struct{})}
	defer func() {
		if recover() != nil {
			err = fmt.Errorf("%w: log is closed", ErrUnavailable)
		}
	}()
	select {
	case a.reqs <- req:
	case <-ctx.Done():
		return fmt.Errorf("%w: %w", ErrUnavailable, ctx.Err())
	}
	<-req.reply
	return req.err
}

func (a *File) loop() {
	defer close(a.done)
	var buf []byte
	for r := range a.reqs {
		group := []*writeReq{r}
	drain:
		for len(group) < 512 {
			select {
			case r2, ok := <-a.reqs:
				if !ok {
					break drain
				}
				group = append(group, r2)
			default:
				break drain
			}
		}
		buf = buf[:0]
		for _, g := range group {
			buf = append(buf, g.line...)
		}
		_, err := a.f.Write(buf)
		if err == nil {
			err = a.f.Sync()
		}
		for _, g := range group {
			if err != nil {
				g.err = fmt.Errorf("%w: %w", ErrUnavailable, err)
			}
			close(g.reply)
		}
	}
}

// Close flushes pending records and closes the file.
func (a *File) Close() error {
	var err error
	a.closed.Do(func() {
		close(a.reqs)
		<-a.done
		err = a.f.Close()
	})
	return err
}
