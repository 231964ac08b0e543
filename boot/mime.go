package boot

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"mime/multipart"
	"net/textproto"
	"strings"
	"unicode/utf8"
)

// mimeMessage wraps the parts in a multipart/mixed message, as cloud-init reads it. The boundary
// is derived from the content, so the same parts always give the same bytes; parts that are
// not plain 7-bit text with short lines are base64-encoded so that nothing on the way mangles them.
func mimeMessage(parts []Part) ([]byte, error) {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	if err := w.SetBoundary(boundaryFor(parts)); err != nil {
		return nil, err
	}
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		ct := p.ContentType
		if !strings.Contains(ct, "charset") && strings.HasPrefix(ct, "text/") {
			ct += `; charset="utf-8"`
		}
		h.Set("Content-Type", ct)
		h.Set("MIME-Version", "1.0")
		if p.Filename != "" {
			h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", p.Filename))
		}
		content := p.Content
		if needsBase64(content) {
			h.Set("Content-Transfer-Encoding", "base64")
			content = wrap(base64.StdEncoding.EncodeToString([]byte(content)), 76, "\r\n") + "\r\n"
		} else {
			h.Set("Content-Transfer-Encoding", "7bit")
		}
		pw, err := w.CreatePart(h)
		if err != nil {
			return nil, err
		}
		pw.Write([]byte(content))
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "Content-Type: multipart/mixed; boundary=%q\r\nMIME-Version: 1.0\r\n\r\n", w.Boundary())
	out.Write(body.Bytes())
	return out.Bytes(), nil
}

// boundaryFor picks a boundary from the parts' hash that none of the parts contains.
func boundaryFor(parts []Part) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:%s%d:%s", len(p.ContentType), p.ContentType, len(p.Content), p.Content)
	}
	seed := h.Sum(nil)
	for i := 0; ; i++ {
		b := "parbake-" + hex.EncodeToString(seed)[:32]
		clash := false
		for _, p := range parts {
			clash = clash || strings.Contains(p.Content, b)
		}
		if !clash {
			return b
		}
		next := sha256.Sum256(append(seed, byte(i)))
		seed = next[:]
	}
}

// needsBase64 reports whether content could be damaged as a 7bit part: non-ASCII, control
// characters other than tab and newline, a carriage return, or a line over 998 bytes.
func needsBase64(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	line := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n':
			line = 0
			continue
		case c >= 0x80 || (c < 0x20 && c != '\t'):
			return true
		}
		line++
		if line > 998 {
			return true
		}
	}
	return false
}
