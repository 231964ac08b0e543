package recipe

import (
	"errors"
	"strings"
	"testing"
)

// badInputs are recipes with one mistake each (and one with many), and where it is reported.
var badInputs = []struct {
	name     string
	src      string
	wantLine int    // line of the diagnostic's subject; 0 when it has none
	wantText string // part of the message
}{
	{"many at once", "step \"a\" {\n  timeout = \"x\"\n  estimate = \"y\"\n  changes_every = \"z\"\n  packages = \"p\"\n  run = \"r\"\n  environment = [1]\n  service \"s\" {\n    enable = \"maybe\"\n    start = \"perhaps\"\n  }\n}\n", 2, "Invalid duration"},
	{"unknown block", "frobnicate {}\n", 1, "Unsupported block type"},
	{"unknown attribute", "step \"a\" {\n  colour = \"red\"\n}\n", 2, "Unsupported argument"},
	{"unknown variable attribute", "variable \"v\" {\n  kind = 1\n}\n", 2, "Unsupported argument"},
	{"duplicate step", "step \"a\" {}\nstep \"a\" {}\n", 2, "Duplicate step"},
	{"duplicate variable", "variable \"v\" {}\nvariable \"v\" {}\n", 2, "Duplicate variable"},
	{"duplicate policy", "policy {}\npolicy {}\n", 2, "Duplicate policy"},
	{"missing after target", "step \"a\" {\n  after = [\"nope\"]\n}\n", 2, `no step has that name`},
	{"self dependency", "step \"a\" {\n  after = [\"a\"]\n}\n", 2, "lists itself"},
	{"cycle", "step \"a\" {\n  after = [\"c\"]\n}\nstep \"b\" {\n  after = [\"a\"]\n}\nstep \"c\" {\n  after = [\"b\"]\n}\n", 2, "a → c → b → a"},
	{"type error", "step \"a\" {\n  packages = \"nginx\"\n}\n", 2, "Unsuitable value for \"packages\": list of string required"},
	{"retries type error", "step \"a\" {\n  retries = \"many\"\n}\n", 2, "Incorrect type"},
	{"default type error", "variable \"n\" {\n  type = number\n  default = \"x\"\n}\n", 3, "Incorrect type"},
	{"bad variable type", "variable \"v\" {\n  type = list(number)\n}\n", 2, "Unsupported variable type"},
	{"invalid duration", "step \"a\" {\n  timeout = \"ten minutes\"\n}\n", 2, "Invalid duration"},
	{"negative duration", "policy {\n  rebuild_every = \"-1h\"\n}\n", 2, "may not be negative"},
	{"fractional retries", "step \"a\" {\n  retries = 1.5\n}\n", 2, "must be a whole number; got 1.5"},
	{"invalid mode", "step \"a\" {\n  file \"/x\" {\n    content = \"\"\n    mode = \"0999\"\n  }\n}\n", 4, "Invalid mode"},
	{"invalid owner", "step \"a\" {\n  file \"/x\" {\n    content = \"\"\n    owner = \"root:\"\n  }\n}\n", 4, "Invalid owner"},
	{"missing source", "step \"a\" {\n  file \"/x\" {\n    source = \"nope.bin\"\n  }\n}\n", 3, "Missing file"},
	{"missing script", "step \"a\" {\n  script = \"nope.sh\"\n}\n", 2, "Missing file"},
	{"content and source", "step \"a\" {\n  file \"/x\" {\n    content = \"\"\n    source = \"x\"\n  }\n}\n", 2, "exactly one of content and source"},
	{"relative file path", "step \"a\" {\n  file \"etc/x\" {\n    content = \"\"\n  }\n}\n", 2, "must be absolute"},
	{"from on bake variable", "variable \"v\" {\n  from = \"env:V\"\n}\n", 2, "from on a bake-time variable"},
	{"bad from", "variable \"v\" {\n  boot = true\n  from = \"http://x\"\n}\n", 3, "Invalid from"},
	{"sensitive boot without from", "variable \"v\" {\n  boot = true\n  sensitive = true\n}\n", 1, "may not be written into user data"},
	{"boot variable not a string", "variable \"v\" {\n  type = number\n  boot = true\n}\n", 3, "must be a string"},
	{"undeclared variable", "step \"a\" {\n  run = [var.nope]\n}\n", 2, "no variable block declares"},
	{"variable in static field", "variable \"v\" {}\nstep \"a\" {\n  timeout = var.v\n}\n", 3, "Variables not allowed"},
	{"bad phase", "step \"a\" {\n  phase = \"later\"\n}\n", 2, "Invalid phase"},
	{"warm as the policy's default", "policy {\n  default = \"warm\"\n}\n", 2, `"default" must be "bake", "boot" or "auto"; got "warm"`},
	{"bad warm pool state", "policy {\n  warm_pool {\n    state = \"Frozen\"\n  }\n}\n", 3, `state must be one of "Stopped", "Running" or "Hibernated"`},
	{"two warm pools", "policy {\n  warm_pool {}\n  warm_pool {}\n}\n", 3, "Duplicate warm_pool"},
	{"fresh on a bake-time variable", "variable \"v\" {\n  fresh = true\n}\n", 2, "fresh on a bake-time variable"},
	{"bad reboot", "step \"a\" {\n  reboot = \"sometimes\"\n}\n", 2, `reboot must be "never", "if_required" or "always"; got "sometimes"`},
	{"bad on_boot", "step \"a\" {\n  service \"s\" {\n    on_boot = \"bounce\"\n  }\n}\n", 3, `on_boot must be "restart", "reload" or "none"; got "bounce"`},
	{"empty roles", "step \"a\" {\n  roles = []\n}\n", 2, "Empty roles"},
	{"role dependency gap", "step \"a\" {\n  roles = [\"web\"]\n}\nstep \"b\" {\n  after = [\"a\"]\n}\n", 5, "runs only for role web"},
	{"bad step name", "step \"a b\" {}\n", 1, "Invalid step name"},
	{"duplicate ready", "ready {\n  run = [\"true\"]\n}\nready {\n  run = [\"true\"]\n}\n", 4, "Duplicate ready"},
	{"empty ready", "ready {}\n", 1, "needs lifecycle_hook, run, or both"},
	{"bad lifecycle hook", "ready {\n  lifecycle_hook = \"web launching\"\n}\n", 2, "Invalid lifecycle hook name"},
	{"variable in ready", "variable \"v\" {}\nready {\n  run = [var.v]\n}\n", 3, "Variables not allowed"},
	{"apache variable in content", "step \"a\" {\n  file \"/x\" {\n    content = \"RewriteCond %{HTTPS} off\"\n  }\n}\n", 3, "%%{…} for %{…}"},
	{"boot variable in single quotes", "variable \"d\" {\n  boot = true\n}\nstep \"a\" {\n  check = [\"grep -qx '${var.d}' /etc/x\"]\n}\n", 5, "var.d is inside single quotes"},
	{"boot variable in single quotes in run", "variable \"d\" {\n  boot = true\n}\nstep \"a\" {\n  run = [\"true\",\n    \"echo \\\"it's\\\" 'x ${var.d}'\"]\n}\n", 6, "In run, var.d is inside single quotes"},
	{"shell variable in run", "step \"a\" {\n  run = [\"echo ${HOME}\"]\n}\n", 2, "$${…} for ${…}"},
	{"from cycle", "variable \"a\" {\n  boot = true\n  from = \"ssm:/x/${var.b}\"\n}\nvariable \"b\" {\n  boot = true\n  from = \"ssm:/y/${var.a}\"\n}\n", 3, "a → b → a"},
	{"from with an undeclared variable", "variable \"a\" {\n  boot = true\n  from = \"ssm:/x/${var.nope}\"\n}\n", 3, "refers to var.nope"},
	{"from with a function of a boot variable", "variable \"d\" {\n  boot = true\n}\nvariable \"a\" {\n  boot = true\n  from = \"ssm:/x/${upper(var.d)}\"\n}\n", 6, "upper() is applied to var.d"},
	{"from kind from a variable", "variable \"k\" {\n  boot = true\n}\nvariable \"a\" {\n  boot = true\n  from = \"${var.k}:/x\"\n}\n", 6, "from must be imds:"},
	{"env source is gone", "variable \"a\" {\n  boot = true\n  from = \"env:X\"\n}\n", 3, "use file:<path>"},
	{"file source must be absolute", "variable \"a\" {\n  boot = true\n  from = \"file:etc/x\"\n}\n", 3, "must be absolute"},
	{"function of a boot variable in a step", "variable \"d\" {\n  boot = true\n}\nstep \"s\" {\n  run = [\"echo ${upper(var.d)}\"]\n}\n", 5, "move the transformation into a command"},
	{"function of a sensitive variable in content", "variable \"p\" {\n  sensitive = true\n  boot = true\n  from = \"ssm:/p\"\n}\nstep \"s\" {\n  file \"/x\" {\n    content = base64encode(var.p)\n  }\n}\n", 8, "base64encode() is applied to var.p"},
	{"s3 sha256 not hex", "variable \"b\" {\n  boot = true\n  from = \"s3://bkt/k\"\n  sha256 = \"abc\"\n}\n", 4, "64 hexadecimal digits"},
	{"sha256 on an ssm value", "variable \"b\" {\n  boot = true\n  from = \"ssm:/x\"\n  sha256 = \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n}\n", 4, "only an s3:// from fetches"},
	{"s3 bucket invalid", "variable \"b\" {\n  boot = true\n  from = \"s3://Bad_Bucket/k\"\n}\n", 3, "not a valid bucket name"},
	{"s3 without a key", "variable \"b\" {\n  boot = true\n  from = \"s3://bucket\"\n}\n", 3, "s3://<bucket>/<key>"},
	{"syntax error", "step \"a\" {\n  run = [\n", 3, "Expected the start of an expression, but found the end of the file"},
}

// Every bad input is a diagnostic with file:line:col naming the field, never a panic.
func TestBadInputDiagnostics(t *testing.T) {
	for _, tt := range badInputs {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeRecipe(t, map[string]string{"x": "x"})
			r, diags := LoadSource([]byte(tt.src), "bad.hcl", dir)
			if !diags.HasErrors() {
				t.Fatalf("no error; recipe %+v", r)
			}
			if r != nil {
				t.Error("a recipe came back with errors")
			}
			err := AsError(diags)
			var rerr *Error
			if !errors.As(err, &rerr) {
				t.Fatalf("error %T is not a *recipe.Error", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.wantText) {
				t.Errorf("message %q does not contain %q", msg, tt.wantText)
			}
			if tt.wantLine > 0 {
				found := false
				for _, d := range diags {
					if d.Subject != nil && d.Subject.Start.Line == tt.wantLine && d.Subject.Filename == "bad.hcl" {
						found = true
					}
				}
				if !found {
					t.Errorf("no diagnostic at bad.hcl line %d: %s", tt.wantLine, msg)
				}
				if !strings.Contains(msg, "bad.hcl:") {
					t.Errorf("message lacks file:line:col: %s", msg)
				}
			}
		})
	}
}

// The same bad recipe gives the same text every time: nothing that reports iterates over a map.
func TestDiagnosticsAreDeterministic(t *testing.T) {
	for _, tt := range badInputs {
		dir := writeRecipe(t, map[string]string{"x": "x"})
		var first string
		for i := 0; i < 50; i++ {
			_, diags := LoadSource([]byte(tt.src), "bad.hcl", dir)
			msg := AsError(diags).Error()
			if i == 0 {
				first = msg
			} else if msg != first {
				t.Fatalf("%s: load %d gave\n%s\nafter\n%s", tt.name, i+1, msg, first)
			}
		}
	}
}

func TestResolveValuesDiagnostics(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		given map[string]string
		want  string
	}{
		{"missing bake value", "variable \"v\" {}\n", nil, `Variable "v" is needed at bake time`},
		{"undeclared value", "", map[string]string{"w": "1"}, `declares no such variable`},
		{"value for a variable with from", "variable \"d\" {\n  boot = true\n  from = \"imds:tags/instance/Name\"\n}\n", map[string]string{"d": "x"}, `fetches it on the instance from imds:tags/instance/Name`},
		{"wrong type", "variable \"n\" {\n  type = number\n}\n", map[string]string{"n": "x"}, `is not a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, diags := LoadSource([]byte(tt.src), "v.hcl", t.TempDir())
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			_, diags = r.ResolveValues(tt.given)
			if !diags.HasErrors() || !strings.Contains(AsError(diags).Error(), tt.want) {
				t.Errorf("got %v, want %q", diags, tt.want)
			}
		})
	}
}

func TestBootAndSensitiveValuesArePlaceholders(t *testing.T) {
	src := "variable \"b\" {\n  boot = true\n}\nvariable \"s\" {\n  sensitive = true\n  default = \"hunter2\"\n}\n"
	r, diags := LoadSource([]byte(src), "v.hcl", t.TempDir())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	vals, diags := r.ResolveValues(map[string]string{"b": "given"})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	for _, n := range []string{"b", "s"} {
		if vals[n].AsString() != Placeholder(n) {
			t.Errorf("%s = %q, want its placeholder", n, vals[n].AsString())
		}
	}
}

// After evaluation a NUL byte outside a placeholder is an error at the attribute: no shell word
// can carry it.
func TestNULIsRefusedWhereItReachesAShell(t *testing.T) {
	tests := []struct {
		name, src string
		wantErr   bool
	}{
		{"in a command", "step \"s\" {\n  run = [\"echo \\u0000\"]\n}\n", true},
		{"in the environment", "step \"s\" {\n  environment = { A = \"\\u0000\" }\n}\n", true},
		{"in content beside a boot value", "variable \"d\" {\n  boot = true\n}\nstep \"s\" {\n  file \"/x\" {\n    content = \"\\u0000${var.d}\"\n  }\n}\n", true},
		{"in plain content, which travels in a tar", "step \"s\" {\n  file \"/x\" {\n    content = \"\\u0000\"\n  }\n}\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, diags := LoadSource([]byte(tt.src), "n.hcl", t.TempDir())
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			vals, diags := r.ResolveValues(nil)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			_, diags = r.Evaluate(r.Steps[0], r.EvalContext(vals))
			err := AsError(diags)
			if (err != nil) != tt.wantErr || (err != nil && !strings.Contains(err.Error(), "NUL byte")) {
				t.Errorf("error %v, want error %v", err, tt.wantErr)
			}
		})
	}
}
