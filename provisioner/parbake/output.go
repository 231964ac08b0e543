package parbake

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
)

// short runs a short remote command and returns its output, standard output and error together,
// trimmed. A non-zero exit is an error that carries the output. It stops waiting when ctx ends:
// a machine going down may leave a session hanging.
func short(ctx context.Context, comm packersdk.Communicator, command string, stdin io.Reader) (string, error) {
	var out outputBuffer
	cmd := &packersdk.RemoteCmd{Command: command, Stdin: stdin, Stdout: &out, Stderr: &out}
	done := make(chan error, 1)
	go func() {
		if err := comm.Start(ctx, cmd); err != nil {
			done <- err
			return
		}
		if code := cmd.Wait(); code != 0 {
			done <- fmt.Errorf("exit status %d: %s", code, strings.TrimSpace(out.String()))
			return
		}
		done <- nil
	}()
	select {
	case err := <-done:
		return strings.TrimSpace(out.String()), err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

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
