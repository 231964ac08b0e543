package ec2box

import (
	"net/http"
	"net/http/httputil"
)

// MirrorProxy is the instances' only way out: an HTTP proxy to the package mirror and nothing
// else, as instances in a private subnet reach a mirror through a proxy. Instances' apt is
// pointed at it by the source AMI's layer.
func MirrorProxy(allowed []string) http.Handler {
	ok := map[string]bool{}
	for _, h := range allowed {
		ok[h] = true
	}
	proxy := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.Out.URL.Scheme = "http"
		r.Out.URL.Host = r.In.Host
		r.Out.Host = r.In.Host
	}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodConnect || !ok[r.Host] || (r.URL.Scheme != "" && r.URL.Scheme != "http") {
			http.Error(w, "the EC2 box's proxy reaches only the package mirror", http.StatusForbidden)
			return
		}
		proxy.ServeHTTP(w, r)
	})
}
