package ec2test

import (
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"
)

// Image is one image the server knows.
type Image struct {
	ID, Created string
	Tags        map[string]string
}

// Server records each request's form and answers with what Respond returns.
type Server struct {
	URL      string
	mu       sync.Mutex
	requests []url.Values
	// Respond gives the HTTP status and XML body for the nth request (from 1).
	Respond func(n int, form url.Values) (int, string)
}

// New starts a server, closed when the test ends, and sets fake credentials for the SDK.
func New(t *testing.T, respond func(n int, form url.Values) (int, string)) *Server {
	t.Helper()
	s := &Server{Respond: respond}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	s.URL = ts.URL
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDTEST")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
	return s
}

// Requests returns the forms received so far.
func (s *Server) Requests() []url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]url.Values{}, s.requests...)
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
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
	code, xml := s.Respond(n, form)
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	w.WriteHeader(code)
	io.WriteString(w, xml)
}

// Describe is a DescribeImagesResponse listing the images.
func Describe(images ...Image) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<DescribeImagesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><imagesSet>`)
	for _, img := range images {
		keys := make([]string, 0, len(img.Tags))
		for k := range img.Tags {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var tags strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&tags, "<item><key>%s</key><value>%s</value></item>", k, img.Tags[k])
		}
		fmt.Fprintf(&b, `<item><imageId>%s</imageId><name>web-%s</name><creationDate>%s</creationDate><tagSet>%s</tagSet></item>`,
			img.ID, img.ID, img.Created, tags.String())
	}
	b.WriteString(`</imagesSet></DescribeImagesResponse>`)
	return b.String()
}

// Throttled is the error EC2 returns when a caller exceeds its request rate.
const Throttled = `<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>r-2</RequestID></Response>`

// Instances is a DescribeInstancesResponse listing running instances launched from image.
func Instances(image string, ids ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-3</requestId><reservationSet>`)
	for _, id := range ids {
		fmt.Fprintf(&b, `<item><reservationId>r-%s</reservationId><instancesSet><item><instanceId>%s</instanceId><imageId>%s</imageId>`+
			`<instanceState><code>16</code><name>running</name></instanceState></item></instancesSet></item>`, id, id, image)
	}
	b.WriteString(`</reservationSet></DescribeInstancesResponse>`)
	return b.String()
}

// ConsoleOutput is a GetConsoleOutputResponse carrying output (base64, as EC2 sends it).
func ConsoleOutput(id, output string) string {
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<GetConsoleOutputResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-4</requestId>`+
		`<instanceId>%s</instanceId><timestamp>2026-11-28T00:00:00.000Z</timestamp><output>%s</output></GetConsoleOutputResponse>`,
		id, base64.StdEncoding.EncodeToString([]byte(output)))
}
