package runner

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// countingReader counts what a progress bar would see.
type countingReader struct {
	io.ReadCloser
	n      int64
	reads  int
	closed bool
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n += int64(n)
	c.reads++
	return n, err
}

func (c *countingReader) Close() error { c.closed = true; return c.ReadCloser.Close() }

// TestTrackedArchiveIsTheSame: tracking changes nothing in the bytes, and the tracker sees the
// whole archive before compression, then is closed.
func TestTrackedArchiveIsTheSame(t *testing.T) {
	b := NewBundle()
	b.Add("run.sh", 0o700, []byte("echo hi\n"))
	b.Add("files/big", 0o644, bytes.Repeat([]byte("parbake "), 300000)) // 2.4 MB
	var plain, tracked bytes.Buffer
	if err := b.WriteTarGz(&plain); err != nil {
		t.Fatal(err)
	}
	var seen *countingReader
	err := b.WriteTarGzTracked(&tracked, func(r io.ReadCloser) io.ReadCloser { seen = &countingReader{ReadCloser: r}; return seen })
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain.Bytes(), tracked.Bytes()) {
		t.Error("tracked archive differs from the plain one")
	}
	if seen.reads > 4 { // three MiB pieces and the end, not 32 KiB ones: a read may be a round trip
		t.Errorf("%d reads for %d bytes", seen.reads, seen.n)
	}
	if seen.n < b.Size() || !seen.closed {
		t.Errorf("tracker saw %d bytes (files: %d), closed %v", seen.n, b.Size(), seen.closed)
	}
}

// failingWriter stands for a connection that broke.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestTrackedArchiveStopsOnAFailedWrite(t *testing.T) {
	b := NewBundle()
	b.Add("files/big", 0o644, bytes.Repeat([]byte{1}, 1<<20))
	err := b.WriteTarGzTracked(failingWriter{}, func(r io.ReadCloser) io.ReadCloser { return r })
	if err == nil {
		t.Fatal("no error from a broken writer")
	}
}
