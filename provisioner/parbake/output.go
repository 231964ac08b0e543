package parbake

import (
	"strings"
	"sync"
)

// outputBuffer collects a short remote command's standard output and error together. The
// communicator copies each stream in its own goroutine; a bytes.Buffer shared by both loses
// data (its ReadFrom, which io.Copy uses, resets the length when the other stream ends), so
// writes are serialized here, and there is no ReadFrom.
type outputBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (o *outputBuffer) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.b.Write(p)
}

func (o *outputBuffer) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.b.String()
}
