package ec2box

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

// The front answers tags and the target lifecycle state from its file, as they change, and only
// to a request whose IMDSv2 token the mock accepts; the rest is the mock's.
func TestIMDSFront(t *testing.T) {
	mock := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-aws-ec2-metadata-token") != "good" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		io.WriteString(w, "mock:"+r.URL.Path)
	}))
	t.Cleanup(mock.Close)
	u, _ := url.Parse(mock.URL)
	extra := filepath.Join(t.TempDir(), "front.json")
	front := httptest.NewServer(NewIMDSFront(u, extra))
	t.Cleanup(front.Close)
	get := func(path, token string) (int, string) {
		req, _ := http.NewRequest(http.MethodGet, front.URL+path, nil)
		if token != "" {
			req.Header.Set("X-aws-ec2-metadata-token", token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	write := func(s string) {
		if err := os.WriteFile(extra, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"tags/instance/Name":"web-1","tags/instance/aws:autoscaling:groupName":"web","tags/instance/Role":"api","autoscaling/target-lifecycle-state":"Warmed:Stopped"}`)
	cases := []struct {
		path, token string
		status      int
		body        string
	}{
		{"/latest/meta-data/autoscaling/target-lifecycle-state", "good", 200, "Warmed:Stopped"},
		{"/latest/meta-data/autoscaling/target-lifecycle-state", "", 401, ""},
		{"/latest/meta-data/autoscaling/target-lifecycle-state", "bad", 401, ""},
		{"/latest/meta-data/tags/instance", "good", 200, "Name\nRole\naws:autoscaling:groupName"},
		{"/latest/meta-data/tags/instance/aws:autoscaling:groupName", "good", 200, "web"},
		{"/latest/meta-data/tags/instance/Missing", "good", 404, "404 page not found\n"},
		{"/latest/meta-data/instance-id", "good", 200, "mock:/latest/meta-data/instance-id"},
		{"/latest/meta-data/instance-id", "", 401, ""},
	}
	for _, c := range cases {
		status, body := get(c.path, c.token)
		if status != c.status || body != c.body {
			t.Errorf("GET %s (token %q): %d %q, want %d %q", c.path, c.token, status, body, c.status, c.body)
		}
	}
	write(`{"autoscaling/target-lifecycle-state":"InService"}`)
	if _, body := get("/latest/meta-data/autoscaling/target-lifecycle-state", "good"); body != "InService" {
		t.Errorf("after the change: %q", body)
	}
	if status, _ := get("/latest/meta-data/tags/instance", "good"); status != 404 {
		t.Errorf("no tags: %d, want 404", status)
	}
}
