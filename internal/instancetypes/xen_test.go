package instancetypes

import "testing"

func TestNitroAlternative(t *testing.T) {
	cases := []struct {
		in   string
		xen  bool
		want string
	}{
		{"t2.micro", true, "t3.micro"},
		{"t2.2xlarge", true, "t3.2xlarge"},
		{"m4.large", true, "m5.large"},
		{"m4.16xlarge", true, "m5.16xlarge"},
		{"c4.xlarge", true, "c5.xlarge"},
		{"m1.small", true, "m5.large"},
		{"t1.micro", true, "t3.micro"},
		{"t3.small", false, ""},
		{"m5.large", false, ""},
		{"i3en.large", false, ""},
		{"c7g.medium", false, ""},
	}
	for _, c := range cases {
		if IsXen(c.in) != c.xen || NitroAlternative(c.in) != c.want {
			t.Errorf("%s: Xen %v, alternative %q; want %v, %q", c.in, IsXen(c.in), NitroAlternative(c.in), c.xen, c.want)
		}
	}
}
