package awsimage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// ec2Server speaks enough of the EC2 Query protocol for DescribeImages: it records each request's
// form and answers with the XML the handler returns.
type ec2Server struct {
	mu       sync.Mutex
	requests []url.Values
	respond  func(n int, form url.Values) (int, string)
}

func (s *ec2Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	form, _ := url.ParseQuery(string(body))
	s.mu.Lock()
	s.requests = append(s.requests, form)
	n := len(s.requests)
	s.mu.Unlock()
	if !strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256") {
		http.Error(w, "unsigned request", http.StatusForbidden)
		return
	}
	code, xml := s.respond(n, form)
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	w.WriteHeader(code)
	io.WriteString(w, xml)
}

func imageXML(id, created string, tags map[string]string) string {
	var t strings.Builder
	for k, v := range tags {
		fmt.Fprintf(&t, "<item><key>%s</key><value>%s</value></item>", k, v)
	}
	return fmt.Sprintf(`<item><imageId>%s</imageId><name>web-%s</name><creationDate>%s</creationDate><tagSet>%s</tagSet></item>`, id, id, created, t.String())
}

func describeXML(items ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<DescribeImagesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><imagesSet>` +
		strings.Join(items, "") + `</imagesSet></DescribeImagesResponse>`
}

const throttledXML = `<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>r-2</RequestID></Response>`

func newTestClient(t *testing.T, srv *ec2Server) API {
	t.Helper()
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDTEST")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
	c, err := NewClient(context.Background(), ClientConfig{Region: "eu-west-1", Endpoint: ts.URL, MaxBackoff: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestFind(t *testing.T) {
	digest := map[string]string{"parbake:digest": "sha256:abc", "parbake:recipe": "web"}
	tests := []struct {
		name      string
		lookup    Lookup
		respond   func(n int, form url.Values) (int, string)
		wantID    string
		wantErr   error
		wantCalls int
		checkForm func(t *testing.T, form url.Values)
	}{
		{
			name:   "by id",
			lookup: Lookup{ID: "ami-1"},
			respond: func(int, url.Values) (int, string) {
				return 200, describeXML(imageXML("ami-1", "2026-01-01T00:00:00.000Z", digest))
			},
			wantID: "ami-1", wantCalls: 1,
			checkForm: func(t *testing.T, f url.Values) {
				if f.Get("Action") != "DescribeImages" || f.Get("ImageId.1") != "ami-1" {
					t.Errorf("form %v", f)
				}
			},
		},
		{
			name:   "filters and owners are sent, most recent wins",
			lookup: Lookup{Filters: map[string]string{"name": "web-*", "tag:role": "web"}, Owners: []string{"self", "123456789012"}, MostRecent: true},
			respond: func(int, url.Values) (int, string) {
				return 200, describeXML(
					imageXML("ami-old", "2026-01-01T00:00:00.000Z", digest),
					imageXML("ami-new", "2026-03-01T00:00:00.000Z", digest),
					imageXML("ami-mid", "2026-02-01T00:00:00.000Z", digest))
			},
			wantID: "ami-new", wantCalls: 1,
			checkForm: func(t *testing.T, f url.Values) {
				want := map[string]string{
					"Owner.1": "self", "Owner.2": "123456789012",
					"Filter.1.Name": "name", "Filter.1.Value.1": "web-*",
					"Filter.2.Name": "tag:role", "Filter.2.Value.1": "web",
				}
				for k, v := range want {
					if f.Get(k) != v {
						t.Errorf("%s = %q, want %q (form %v)", k, f.Get(k), v, f)
					}
				}
			},
		},
		{
			name:    "no image",
			lookup:  Lookup{ID: "ami-gone"},
			respond: func(int, url.Values) (int, string) { return 200, describeXML() },
			wantErr: ErrNoImage, wantCalls: 1,
		},
		{
			name:   "several images without most_recent",
			lookup: Lookup{Filters: map[string]string{"name": "web-*"}},
			respond: func(int, url.Values) (int, string) {
				return 200, describeXML(imageXML("ami-a", "2026-01-01T00:00:00.000Z", digest), imageXML("ami-b", "2026-01-02T00:00:00.000Z", digest))
			},
			wantErr: ErrSeveralImages, wantCalls: 1,
		},
		{
			name:   "throttled, then answered",
			lookup: Lookup{ID: "ami-1"},
			respond: func(n int, _ url.Values) (int, string) {
				if n < 3 {
					return 503, throttledXML
				}
				return 200, describeXML(imageXML("ami-1", "2026-01-01T00:00:00.000Z", digest))
			},
			wantID: "ami-1", wantCalls: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := &ec2Server{respond: tt.respond}
			img, err := Find(context.Background(), newTestClient(t, srv), tt.lookup)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			} else if img.ID != tt.wantID {
				t.Errorf("image %s, want %s", img.ID, tt.wantID)
			}
			if len(srv.requests) != tt.wantCalls {
				t.Errorf("%d requests, want %d", len(srv.requests), tt.wantCalls)
			}
			if tt.checkForm != nil && len(srv.requests) > 0 {
				tt.checkForm(t, srv.requests[0])
			}
		})
	}
}

func TestDigestTag(t *testing.T) {
	img := &Image{ID: "ami-1", Tags: map[string]string{"Name": "web"}}
	if _, err := img.Digest(); !errors.Is(err, ErrNoDigestTag) {
		t.Errorf("missing tag: %v", err)
	}
	img.Tags["parbake:digest"] = "sha256:abc"
	if d, err := img.Digest(); err != nil || d != "sha256:abc" {
		t.Errorf("digest %q, %v", d, err)
	}
}
