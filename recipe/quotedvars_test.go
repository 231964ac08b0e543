package recipe

import "testing"

// Boot values outside single quotes, and bake values anywhere, are fine; only a boot value the
// shell would never expand is refused (badInputs has those).
func TestQuotedInstanceValuesAccepted(t *testing.T) {
	for _, cmd := range []string{
		`grep -qx ${var.d} /etc/x`,
		`echo "x ${var.d}"`,
		`echo 'a' ${var.d} 'b'`,
		`echo "it's ${var.d}"`,
		`echo \'${var.d}`,
		`echo '${var.b}'`,
		`echo 'a''b' "${var.d}"`,
	} {
		src := "variable \"d\" {\n  boot = true\n}\nvariable \"b\" {\n  default = \"x\"\n}\nstep \"a\" {\n  run = [\"" + escapeHCL(cmd) + "\"]\n}\n"
		if _, diags := LoadSource([]byte(src), "ok.hcl", t.TempDir()); diags.HasErrors() {
			t.Errorf("%s: %v", cmd, diags)
		}
	}
}

func escapeHCL(s string) string {
	out := ""
	for _, c := range s {
		switch c {
		case '"', '\\':
			out += `\` + string(c)
		default:
			out += string(c)
		}
	}
	return out
}

func TestShellQuotes(t *testing.T) {
	cases := []struct {
		text           string
		single, double bool
	}{
		{`grep -qx '`, true, false},
		{`grep -qx 'a' `, false, false},
		{`echo "it's `, false, true},
		{`echo \'`, false, false},
		{`echo "a\"b `, false, true},
		{`echo 'a\`, true, false},
	}
	for _, c := range cases {
		var q shellQuotes
		q.read(c.text)
		if q.single != c.single || q.double != c.double {
			t.Errorf("%s: single %v double %v, want %v %v", c.text, q.single, q.double, c.single, c.double)
		}
	}
}
