package recipe

import "testing"

// Instance metadata, tags and values the user data carries do not change between warm-up and
// service; SSM parameters, S3 objects and files on the instance may, unless the recipe says.
func TestVariableFreshness(t *testing.T) {
	cases := []struct {
		decl string
		want bool
	}{
		{`boot = true`, false},
		{`boot = true
  from = "imds:tags/instance/Name"`, false},
		{`boot = true
  from = "ssm:/app/token"`, true},
		{`boot = true
  from = "ssm:/app/cert"
  fresh = false`, false},
		{`boot = true
  from = "file:/etc/app/token"`, true},
		{`boot = true
  from = "imds:instance-id"
  fresh = true`, true},
	}
	for _, c := range cases {
		r, diags := LoadSource([]byte("variable \"v\" {\n  "+c.decl+"\n}\n"), "fresh.hcl", t.TempDir())
		if diags.HasErrors() {
			t.Fatalf("%s: %s", c.decl, diags)
		}
		if got := r.Variables[0].IsFresh(); got != c.want {
			t.Errorf("%s: fresh = %v, want %v", c.decl, got, c.want)
		}
	}
}
