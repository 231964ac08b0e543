package ec2box

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// fakeMachines records what the box asks of its machines, and freezes by writing a file.
type fakeMachines struct {
	mu      sync.Mutex
	booted  map[string]MachineSpec
	running map[string]bool
	removed map[string]bool
	events  []string
}

func newFakeMachines() *fakeMachines {
	return &fakeMachines{booted: map[string]MachineSpec{}, running: map[string]bool{}, removed: map[string]bool{}}
}

func (f *fakeMachines) log(format string, args ...any) {
	f.events = append(f.events, fmt.Sprintf(format, args...))
}

func (f *fakeMachines) Boot(_ context.Context, s MachineSpec) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.booted[s.InstanceID], f.running[s.InstanceID] = s, true
	f.log("boot %s", s.InstanceID)
	return nil
}

func (f *fakeMachines) Metadata(_ context.Context, s MachineSpec) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.booted[s.InstanceID] = s
	f.log("metadata %s", s.InstanceID)
	return nil
}

func (f *fakeMachines) Shutdown(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.running[id] = false
	f.log("shutdown %s", id)
	return nil
}

func (f *fakeMachines) Remove(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.removed[id] = true
	f.log("remove %s", id)
	return nil
}

func (f *fakeMachines) Freeze(_ context.Context, id, dir string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.log("freeze %s", id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "frozen-from"), []byte(id), 0o644)
}

func (f *fakeMachines) Console(_ context.Context, id string) ([]byte, error) {
	return []byte("console of " + id + "\nparbake-boot: ok\n"), nil
}

func (f *fakeMachines) spec(id string) MachineSpec {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.booted[id]
}
