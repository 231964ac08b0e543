// Command delay-link stands for the network between a build host and its instance, which
// loopback leaves out: it forwards every TCP connection made to it to another address, holding
// each piece of data for a fixed delay in each direction, as a link with that latency would.
// Bandwidth is what loopback gives. `make bench-bake` puts it in front of a target's sshd to
// compare a protocol that walks files (scp waits for an answer after each) with one stream.
//
//	delay-link -to 127.0.0.1:PORT -delay 500us   (prints the port it listens on, then serves)
package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	to := flag.String("to", "", "the address to forward to")
	delay := flag.Duration("delay", 500*time.Microsecond, "the delay each way")
	flag.Parse()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "delay-link:", err)
		os.Exit(1)
	}
	fmt.Println(ln.Addr().(*net.TCPAddr).Port)
	for {
		c, err := ln.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "delay-link:", err)
			os.Exit(1)
		}
		go serve(c, *to, *delay)
	}
}

func serve(c net.Conn, to string, delay time.Duration) {
	defer c.Close()
	up, err := net.Dial("tcp", to)
	if err != nil {
		return
	}
	defer up.Close()
	done := make(chan struct{}, 2)
	go func() { forward(up, c, delay); done <- struct{}{} }()
	go func() { forward(c, up, delay); done <- struct{}{} }()
	<-done
	<-done
}

// piece is data read at one moment, due at another.
type piece struct {
	data []byte
	due  time.Time
}

// forward copies src to dst, each piece delay after it was read. At most 256 pieces of 64 KiB
// are in flight, so memory is bounded whatever the connection carries.
func forward(dst, src net.Conn, delay time.Duration) {
	pieces := make(chan piece, 256)
	go func() {
		defer close(pieces)
		for {
			buf := make([]byte, 64<<10)
			n, err := src.Read(buf)
			if n > 0 {
				pieces <- piece{buf[:n], time.Now().Add(delay)}
			}
			if err != nil {
				return
			}
		}
	}()
	for p := range pieces {
		time.Sleep(time.Until(p.due))
		if _, err := dst.Write(p.data); err != nil {
			src.Close() // and with it the other direction; the reader stops, and so does this
			dst.Close()
			for range pieces {
			}
			return
		}
	}
	if tc, ok := dst.(*net.TCPConn); ok {
		tc.CloseWrite()
	}
}
