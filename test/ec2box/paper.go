package ec2box

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// PaperMachines run nothing: they let a client's unit tests (the post-processor's test launch)
// drive the box without root or a sandbox. Each instance's console is what Say returns for its
// spec and the time since it booted, asked afresh on every GetConsoleOutput.
type PaperMachines struct {
	Say func(spec MachineSpec, sinceBoot time.Duration) string

	mu      sync.Mutex
	specs   map[string]MachineSpec
	booted  map[string]time.Time
	removed []string
}

// Removed lists the instances whose machines were removed (terminated), in order.
func (p *PaperMachines) Removed() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.removed...)
}

func (p *PaperMachines) Boot(_ context.Context, s MachineSpec) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.specs == nil {
		p.specs, p.booted = map[string]MachineSpec{}, map[string]time.Time{}
	}
	p.specs[s.InstanceID], p.booted[s.InstanceID] = s, time.Now()
	return nil
}

func (p *PaperMachines) Metadata(_ context.Context, s MachineSpec) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.specs[s.InstanceID] = s
	return nil
}

func (p *PaperMachines) Shutdown(context.Context, string) error { return nil }

func (p *PaperMachines) Remove(_ context.Context, id string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.removed = append(p.removed, id)
	return nil
}

// Freeze makes an empty layer: paper machines change nothing.
func (p *PaperMachines) Freeze(_ context.Context, id, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, ".frozen-from"), []byte(id), 0o644)
}

func (p *PaperMachines) Console(_ context.Context, id string) ([]byte, error) {
	p.mu.Lock()
	s, at := p.specs[id], p.booted[id]
	p.mu.Unlock()
	if p.Say == nil {
		return nil, nil
	}
	return []byte(p.Say(s, time.Since(at))), nil
}
