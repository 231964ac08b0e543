package ec2box

import (
	"encoding/json"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"sort"
	"strings"
)

// IMDSFront stands in front of amazon-ec2-metadata-mock inside an instance's metadata namespace
// and serves the two things the mock cannot follow as they change: the instance's tags (the
// mock has two fixed tag slots) and autoscaling/target-lifecycle-state (the mock knows only
// InService and Terminated, on its own clock). Both come from a JSON file the box rewrites,
// read on every request, so a transition needs no restart. Everything else, the IMDSv2 token
// included, is the mock's: a request for the front's own paths is answered only if the mock
// accepts its token.
type IMDSFront struct {
	Upstream *url.URL // the mock
	Extra    string   // JSON: path under /latest/meta-data/ → value
	proxy    *httputil.ReverseProxy
}

// NewIMDSFront makes a front for the mock at upstream.
func NewIMDSFront(upstream *url.URL, extra string) *IMDSFront {
	return &IMDSFront{Upstream: upstream, Extra: extra, proxy: httputil.NewSingleHostReverseProxy(upstream)}
}

const metaPrefix = "/latest/meta-data/"

// owns reports whether the front answers path itself.
func owns(path string) bool {
	p := strings.TrimPrefix(path, metaPrefix)
	return p != path && (p == "autoscaling/target-lifecycle-state" || p == "tags/instance" || p == "tags/instance/" || strings.HasPrefix(p, "tags/instance/"))
}

func (f *IMDSFront) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet || !owns(r.URL.Path) {
		f.proxy.ServeHTTP(w, r)
		return
	}
	if status := f.tokenStatus(r); status != http.StatusOK {
		w.WriteHeader(status)
		return
	}
	values := map[string]string{}
	if b, err := os.ReadFile(f.Extra); err == nil {
		json.Unmarshal(b, &values)
	}
	p := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, metaPrefix), "/")
	if p == "tags/instance" {
		var keys []string
		for k := range values {
			if key, ok := strings.CutPrefix(k, "tags/instance/"); ok {
				keys = append(keys, key)
			}
		}
		if len(keys) == 0 {
			http.NotFound(w, r)
			return
		}
		sort.Strings(keys)
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Join(keys, "\n")))
		return
	}
	v, ok := values[p]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte(v))
}

// tokenStatus asks the mock whether the request's token is good, by asking it for the instance id
// with that token: 200 if it is, the mock's answer (401 without one, as IMDSv2 requires) if not.
func (f *IMDSFront) tokenStatus(r *http.Request) int {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, f.Upstream.JoinPath(metaPrefix, "instance-id").String(), nil)
	if err != nil {
		return http.StatusInternalServerError
	}
	if t := r.Header.Get("X-aws-ec2-metadata-token"); t != "" {
		req.Header.Set("X-aws-ec2-metadata-token", t)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return http.StatusBadGateway
	}
	resp.Body.Close()
	return resp.StatusCode
}

// frontValues is what the front serves for an instance: its tags and its target lifecycle state.
func frontValues(md map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range md {
		if strings.HasPrefix(k, "tags/instance/") || k == "autoscaling/target-lifecycle-state" {
			out[k] = v
		}
	}
	return out
}
