package ec2box

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
)

// errSignature is why a request was refused before its action was looked at.
var errSignature = errors.New("signature")

// scope is what a SigV4 Authorization header says about the request.
type scope struct {
	AccessKey, Date, Region, Service string
	SignedHeaders                    []string
	Signature                        string
}

func parseAuthorization(h string) (scope, error) {
	var s scope
	rest, ok := strings.CutPrefix(h, "AWS4-HMAC-SHA256 ")
	if !ok {
		return s, fmt.Errorf("%w: not a SigV4 request (Authorization %q)", errSignature, firstWord(h))
	}
	for _, part := range strings.Split(rest, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "Credential":
			f := strings.Split(v, "/")
			if len(f) != 5 || f[4] != "aws4_request" {
				return s, fmt.Errorf("%w: malformed credential scope %q", errSignature, v)
			}
			s.AccessKey, s.Date, s.Region, s.Service = f[0], f[1], f[2], f[3]
		case "SignedHeaders":
			s.SignedHeaders = strings.Split(v, ";")
		case "Signature":
			s.Signature = v
		}
	}
	if s.AccessKey == "" || s.Signature == "" || len(s.SignedHeaders) == 0 {
		return s, fmt.Errorf("%w: incomplete Authorization header", errSignature)
	}
	return s, nil
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// verifySigV4 checks a request's signature by signing a copy of it, with only the headers the
// client signed, using the SDK's own signer: the box never re-implements the canonical form.
func verifySigV4(r *http.Request, body []byte, known func(accessKey string) (aws.Credentials, bool), now time.Time) (scope, error) {
	s, err := parseAuthorization(r.Header.Get("Authorization"))
	if err != nil {
		return s, err
	}
	creds, ok := known(s.AccessKey)
	if !ok {
		return s, fmt.Errorf("%w: unknown access key %q", errSignature, s.AccessKey)
	}
	at, err := time.Parse("20060102T150405Z", r.Header.Get("X-Amz-Date"))
	if err != nil {
		return s, fmt.Errorf("%w: missing or malformed X-Amz-Date", errSignature)
	}
	if d := now.Sub(at); d > 15*time.Minute || d < -15*time.Minute {
		return s, fmt.Errorf("%w: request time %s is too far from the box's %s", errSignature, at, now.UTC())
	}
	copyReq, err := http.NewRequestWithContext(context.Background(), r.Method, "http://"+r.Host+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		return s, err
	}
	copyReq.Host = r.Host
	copyReq.ContentLength = 0
	for _, h := range s.SignedHeaders {
		switch h {
		case "host":
		case "content-length":
			copyReq.ContentLength = int64(len(body))
		default:
			copyReq.Header[http.CanonicalHeaderKey(h)] = r.Header.Values(h)
		}
	}
	payload := r.Header.Get("X-Amz-Content-Sha256")
	if payload == "" {
		sum := sha256.Sum256(body)
		payload = hex.EncodeToString(sum[:])
	}
	// S3 signs the path as sent; every other service escapes it once more.
	signer := v4.NewSigner(func(o *v4.SignerOptions) { o.DisableURIPathEscaping = s.Service == "s3" })
	if err := signer.SignHTTP(context.Background(), creds, copyReq, payload, s.Service, s.Region, at); err != nil {
		return s, err
	}
	want, err := parseAuthorization(copyReq.Header.Get("Authorization"))
	if err != nil {
		return s, err
	}
	if want.Signature != s.Signature {
		return s, fmt.Errorf("%w: the request signature we calculated does not match the signature you provided", errSignature)
	}
	return s, nil
}
