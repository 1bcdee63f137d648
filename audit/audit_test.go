package audit

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func TestFileConcurrentWritesAreWholeLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	a, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				r := &Record{Time: time.Now(), Tenant: "acme", RequestID: fmt.Sprintf("%d-%d", w, i), Phase: PhaseDecision, Decision: Forwarded,
					Findings: []Finding{{Type: "EMAIL_ADDRESS", Action: "tokenize", Count: 1}}}
				if err := a.Write(context.Background(), r); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	f, _ := os.Open(path)
	defer f.Close()
	st, _ := f.Stat()
	if st.Mode().Perm() != 0o600 {
		t.Errorf("audit log mode %o, want 600", st.Mode().Perm())
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		seen[r.RequestID] = true
	}
	if len(seen) != 400 {
		t.Errorf("%d distinct records, want 400", len(seen))
	}
	if err := a.Write(context.Background(), &Record{}); err == nil {
		t.Error("a write after Close succeeded")
	}
}
