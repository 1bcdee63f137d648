package finetune

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
)

// FileRecord is what Veil remembers of a file that passed through it: enough to admit it to a
// fine-tuning job or batch and to answer for it, and no personal data.
type FileRecord struct {
	Tenant   string    `json:"tenant"`
	ID       string    `json:"id"`
	Purpose  string    `json:"purpose"`
	Report   *Report   `json:"report"`
	Manifest *Manifest `json:"manifest"`
	Deleted  bool      `json:"deleted,omitempty"`
}

// Registry is the set of files that passed through Veil, per tenant.
type Registry interface {
	Put(ctx context.Context, rec *FileRecord) error
	Get(ctx context.Context, tenant, id string) (*FileRecord, error)
}

// ErrUnknownFile is a file Veil did not process for the tenant.
var ErrUnknownFile = errors.New("file did not pass through Veil")

// FileRegistry keeps the registry in an append-only JSONL file, each record synced before Put
// returns, and in memory.
type FileRegistry struct {
	mu    sync.Mutex
	f     *os.File
	files map[[2]string]*FileRecord
}

// OpenFileRegistry opens (or creates) the registry at path.
func OpenFileRegistry(path string) (*FileRegistry, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	r := &FileRegistry{f: f, files: map[[2]string]*FileRecord{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var rec FileRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			f.Close()
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if rec.Deleted {
			delete(r.files, [2]string{rec.Tenant, rec.ID})
		} else {
			r.files[[2]string{rec.Tenant, rec.ID}] = &rec
		}
	}
	if err := sc.Err(); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// Put records a file (or, with Deleted, forgets it) durably.
func (r *FileRegistry) Put(_ context.Context, rec *FileRecord) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, err := r.f.Write(append(b, '\n')); err != nil {
		return err
	}
	if err := r.f.Sync(); err != nil {
		return err
	}
	if rec.Deleted {
		delete(r.files, [2]string{rec.Tenant, rec.ID})
	} else {
		r.files[[2]string{rec.Tenant, rec.ID}] = rec
	}
	return nil
}

// Get returns a tenant's file, or ErrUnknownFile.
func (r *FileRegistry) Get(_ context.Context, tenant, id string) (*FileRecord, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rec, ok := r.files[[2]string{tenant, id}]
	if !ok {
		return nil, ErrUnknownFile
	}
	return rec, nil
}

// Close closes the file.
func (r *FileRegistry) Close() error { return r.f.Close() }
