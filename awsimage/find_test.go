package awsimage

import (
	"context"
	"errors"
	"net/url"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/awsimage/ec2test"
)

func newTestClient(t *testing.T, srv *ec2test.Server) API {
	t.Helper()
	c, err := NewClient(context.Background(), ClientConfig{Region: "eu-west-1", Endpoint: srv.URL, MaxBackoff: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func img(id, created string, tags map[string]string) ec2test.Image {
	return ec2test.Image{ID: id, Created: created, Tags: tags}
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
				return 200, ec2test.Describe(img("ami-1", "2026-01-01T00:00:00.000Z", digest))
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
				return 200, ec2test.Describe(
					img("ami-old", "2026-01-01T00:00:00.000Z", digest),
					img("ami-new", "2026-03-01T00:00:00.000Z", digest),
					img("ami-mid", "2026-02-01T00:00:00.000Z", digest))
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
			respond: func(int, url.Values) (int, string) { return 200, ec2test.Describe() },
			wantErr: ErrNoImage, wantCalls: 1,
		},
		{
			name:   "several images without most_recent",
			lookup: Lookup{Filters: map[string]string{"name": "web-*"}},
			respond: func(int, url.Values) (int, string) {
				return 200, ec2test.Describe(img("ami-a", "2026-01-01T00:00:00.000Z", digest), img("ami-b", "2026-01-02T00:00:00.000Z", digest))
			},
			wantErr: ErrSeveralImages, wantCalls: 1,
		},
		{
			name:   "throttled, then answered",
			lookup: Lookup{ID: "ami-1"},
			respond: func(n int, _ url.Values) (int, string) {
				if n < 3 {
					return 503, ec2test.Throttled
				}
				return 200, ec2test.Describe(img("ami-1", "2026-01-01T00:00:00.000Z", digest))
			},
			wantID: "ami-1", wantCalls: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := ec2test.New(t, tt.respond)
			image, err := Find(context.Background(), newTestClient(t, srv), tt.lookup)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			} else if image.ID != tt.wantID {
				t.Errorf("image %s, want %s", image.ID, tt.wantID)
			}
			reqs := srv.Requests()
			if len(reqs) != tt.wantCalls {
				t.Errorf("%d requests, want %d", len(reqs), tt.wantCalls)
			}
			if tt.checkForm != nil && len(reqs) > 0 {
				tt.checkForm(t, reqs[0])
			}
		})
	}
}

func TestDigestTag(t *testing.T) {
	image := &Image{ID: "ami-1", Tags: map[string]string{"Name": "web"}}
	if _, err := image.Digest(); !errors.Is(err, ErrNoDigestTag) {
		t.Errorf("missing tag: %v", err)
	}
	image.Tags["parbake:digest"] = "sha256:abc"
	if d, err := image.Digest(); err != nil || d != "sha256:abc" {
		t.Errorf("digest %q, %v", d, err)
	}
}
