package boot

import (
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
	"github.com/parbake/packer-plugin-parbake/runner"
	"github.com/parbake/packer-plugin-parbake/test/ec2box"
)

// realAWSCLI is Debian's AWS CLI v2, which scripts/setup.sh installs; the tests below drive it
// against the EC2 box's SSM, speaking SSM's real protocol.
const realAWSCLI = "/usr/bin/aws"

type ssmFixture struct {
	box    *ec2box.Box
	env    []string
	dir    string
	vars   string
	s3Root string // the box's S3 objects: s3Root/BUCKET/KEY
	url    string // the box's endpoint
}

func (f *ssmFixture) endpoint() string { return f.url }

func newSSMFixture(t *testing.T) *ssmFixture {
	t.Helper()
	if _, err := os.Stat(realAWSCLI); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: scripts/setup.sh installs it", realAWSCLI)
		}
		t.Skipf("%s is missing: run scripts/setup.sh", realAWSCLI)
	}
	s3Root := t.TempDir()
	box := ec2box.New(ec2box.Config{Region: "eu-west-1", AccessKey: "AKIDSSMTEST", SecretKey: "ssm-test-secret", S3Root: s3Root})
	srv := httptest.NewServer(box)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	must(t, os.MkdirAll(bin, 0o755))
	must(t, os.Symlink(realAWSCLI, filepath.Join(bin, "aws"))) // before any other aws on PATH
	vars := filepath.Join(dir, "vars")
	must(t, os.Mkdir(vars, 0o700))
	env := []string{"PATH=" + bin + ":/usr/local/bin:/usr/bin:/bin", "PB_DIR=" + dir, "PB_VARS=" + vars, "PB_NL=\n",
		"PB_SSM_ENDPOINT=" + srv.URL, "PB_S3_ENDPOINT=" + srv.URL, "PB_IMDS=http://127.0.0.1:9", "AWS_ACCESS_KEY_ID=AKIDSSMTEST", "AWS_SECRET_ACCESS_KEY=ssm-test-secret",
		"AWS_REGION=eu-west-1", "AWS_EC2_METADATA_DISABLED=true", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null",
		"HOME=" + dir}
	return &ssmFixture{box: box, env: env, dir: dir, vars: vars, s3Root: s3Root, url: srv.URL}
}

// fetch runs pb_ssm_fetch for name → parameter pairs under one shell.
func (f *ssmFixture) fetch(t *testing.T, pairs [][2]string, extraEnv ...string) (string, error) {
	t.Helper()
	libs := writeLibs(t)
	script := ". " + filepath.Join(libs, "lib.sh") + "\n. " + filepath.Join(libs, "boot.sh") + "\n. " + filepath.Join(libs, "aws.sh") + "\n. " + filepath.Join(libs, "ssm.sh") + "\npb_ssm_fetch"
	for _, p := range pairs {
		script += " " + runner.Quote(p[0]) + " " + runner.Quote(p[1]) + " " + runner.Quote("ssm:"+p[1])
	}
	out, err := shelltest.Get(t, "dash").Command(append(f.env, extraEnv...), "-c", script).CombinedOutput()
	return string(out), err
}

func (f *ssmFixture) reads() []ec2box.Call {
	var out []ec2box.Call
	for _, c := range f.box.Calls() {
		if c.Service == "ssm" && c.Action == "GetParameters" {
			out = append(out, c)
		}
	}
	return out
}

// Every value arrives byte for byte through GetParameters, ten names a call.
func TestSSMFetchBatches(t *testing.T) {
	values := []string{"plain", "ends\n", "ends twice\n\n", "-----BEGIN KEY-----\nabc\n-----END KEY-----\n",
		`it's "$HOME" \n \\ $(id)`, "ünïcødé ✓", "\n", "tab\there"}
	for _, n := range []int{10, 11, 25} {
		t.Run(fmt.Sprint(n, " names"), func(t *testing.T) {
			f := newSSMFixture(t)
			var pairs [][2]string
			for i := 0; i < n; i++ {
				name := fmt.Sprintf("/app/v%02d", i)
				f.box.PutParameter(name, "SecureString", values[i%len(values)])
				pairs = append(pairs, [2]string{fmt.Sprintf("v%02d", i), name})
			}
			// Two variables may read one parameter: it is asked for once.
			pairs = append(pairs, [2]string{"again", "/app/v00"})
			if out, err := f.fetch(t, pairs); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			for i, p := range pairs {
				got, err := os.ReadFile(filepath.Join(f.vars, p[0]))
				want := values[i%len(values)]
				if p[0] == "again" {
					want = values[0]
				}
				if err != nil || string(got) != want {
					t.Errorf("%s = %q (%v), want %q", p[0], got, err, want)
				}
				if st, err := os.Stat(filepath.Join(f.vars, p[0])); err == nil && st.Mode().Perm() != 0o600 {
					t.Errorf("%s's file has mode %v", p[0], st.Mode().Perm())
				}
			}
			calls := f.reads()
			if want := (n + SSMBatch - 1) / SSMBatch; len(calls) != want {
				t.Errorf("%d GetParameters calls for %d names, want %d", len(calls), n, want)
			}
			for _, c := range calls {
				if len(c.Parameters) > SSMBatch || !c.WithDecryption {
					t.Errorf("a call asked for %d names (decrypt %v)", len(c.Parameters), c.WithDecryption)
				}
			}
			var report []string
			data, _ := os.ReadFile(filepath.Join(f.dir, "fetches"))
			report = strings.Fields(string(data))
			if len(report) != 5 || report[0] != "ssm" || report[1] != fmt.Sprint(n+1) || report[2] != fmt.Sprint(len(calls)) {
				t.Errorf("the fetch record is %q", data)
			}
		})
	}
}

// A parameter SSM does not have fails the fetch, naming the variable and the parameter.
func TestSSMFetchMissingNamesTheVariable(t *testing.T) {
	f := newSSMFixture(t)
	f.box.PutParameter("/app/a", "String", "a")
	f.box.PutParameter("/app/c", "String", "c")
	out, err := f.fetch(t, [][2]string{{"a", "/app/a"}, {"b", "/app/b"}, {"c", "/app/c"}})
	if err == nil || !strings.Contains(out, "could not fetch variable b from ssm:/app/b: SSM has no parameter /app/b") {
		t.Errorf("error %v, output:\n%s", err, out)
	}
	if strings.Contains(out, "variable a ") || strings.Contains(out, "variable c ") {
		t.Errorf("the parameters that exist were reported missing:\n%s", out)
	}
}

// A throttled burst is retried until every value arrives, and the record shows the retries.
func TestSSMFetchSurvivesThrottling(t *testing.T) {
	f := newSSMFixture(t)
	var pairs [][2]string
	for i := 0; i < 30; i++ {
		name := fmt.Sprintf("/t/%d", i)
		f.box.PutParameter(name, "SecureString", name)
		pairs = append(pairs, [2]string{fmt.Sprintf("v%d", i), name})
	}
	f.box.ThrottleSSM(1, 1) // three calls at once, one a second
	out, err := f.fetch(t, pairs, "PB_SSM_DEADLINE=60")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	throttled := 0
	for _, c := range f.box.Calls() {
		if c.Code == "ThrottlingException" {
			throttled++
		}
	}
	if throttled == 0 {
		t.Fatal("nothing was throttled: the test proves nothing")
	}
	data, _ := os.ReadFile(filepath.Join(f.dir, "fetches"))
	t.Logf("throttled %d times; record %q", throttled, data)
	for _, p := range pairs {
		if got, _ := os.ReadFile(filepath.Join(f.vars, p[0])); string(got) != p[1] {
			t.Errorf("%s = %q", p[0], got)
		}
	}
}

// The runner's backoff between CLI starts: full jitter under min(cap, base × 2^(n-1)), the
// total within the deadline, and no retry for an error a retry can't fix.
func TestSSMFetchBackoffBounds(t *testing.T) {
	cases := []struct {
		name, stderr string
		wantRetries  bool
	}{
		{"throttled", "An error occurred (ThrottlingException) when calling the GetParameters operation (reached max retries: 4): Rate exceeded", true},
		{"access denied", "An error occurred (AccessDeniedException) when calling the GetParameters operation: not authorized", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			bin := filepath.Join(dir, "bin")
			must(t, os.MkdirAll(bin, 0o755))
			log := filepath.Join(dir, "log")
			must(t, os.WriteFile(filepath.Join(bin, "aws"), []byte("#!/bin/sh\necho aws >>"+runner.Quote(log)+"\necho "+runner.Quote(c.stderr)+" >&2\nexit 254\n"), 0o755))
			// sleep records its argument, then sleeps it: the deadline is real time.
			must(t, os.WriteFile(filepath.Join(bin, "sleep"), []byte("#!/bin/sh\necho \"sleep $1\" >>"+runner.Quote(log)+"\nexec /bin/sleep \"$1\"\n"), 0o755))
			vars := filepath.Join(dir, "vars")
			must(t, os.Mkdir(vars, 0o700))
			env := []string{"PATH=" + bin + ":/usr/bin:/bin", "PB_DIR=" + dir, "PB_VARS=" + vars, "PB_IMDS=http://127.0.0.1:9", "AWS_REGION=eu-west-1",
				"PB_SSM_DEADLINE=2", "PB_SSM_BACKOFF_BASE_MS=100", "PB_SSM_BACKOFF_CAP_MS=400"}
			libs := writeLibs(t)
			script := ". " + filepath.Join(libs, "lib.sh") + "\n. " + filepath.Join(libs, "boot.sh") + "\n. " + filepath.Join(libs, "aws.sh") + "\n. " + filepath.Join(libs, "ssm.sh") + "\npb_ssm_fetch x /p ssm:/p"
			out, err := shelltest.Get(t, "dash").Command(env, "-c", script).CombinedOutput()
			if err == nil || !strings.Contains(string(out), c.stderr) {
				t.Fatalf("error %v, output %s", err, out)
			}
			data, _ := os.ReadFile(log)
			lines := strings.Split(strings.TrimSpace(string(data)), "\n")
			starts, total := 0, 0.0
			for _, l := range lines {
				if l == "aws" {
					starts++
					continue
				}
				var secs float64
				fmt.Sscanf(strings.TrimPrefix(l, "sleep "), "%g", &secs)
				limit := 0.1 * float64(int(1)<<(starts-1))
				if limit > 0.4 {
					limit = 0.4
				}
				if secs < 0 || secs > limit+1e-9 {
					t.Errorf("after start %d slept %gs, over the bound %gs", starts, secs, limit)
				}
				total += secs
			}
			if !c.wantRetries && starts != 1 {
				t.Errorf("%d CLI starts for an error no retry fixes", starts)
			}
			if c.wantRetries && (starts < 4 || total > 2.0+1e-9) {
				t.Errorf("%d CLI starts, %.3fs of backoff within a 2s deadline", starts, total)
			}
			if rec, _ := os.ReadFile(filepath.Join(dir, "fetches")); !strings.HasPrefix(string(rec), fmt.Sprintf("ssm 1 1 %d ", starts)) {
				t.Errorf("the fetch record %q does not count %d attempts", rec, starts)
			}
		})
	}
}

// One of a burst waits a random time up to PB_FETCH_JITTER_MS before its first call; a single
// instance (0) calls at once.
func TestSSMFetchJitter(t *testing.T) {
	for _, jitter := range []int{0, 300} {
		t.Run(fmt.Sprint(jitter, "ms"), func(t *testing.T) {
			dir := t.TempDir()
			bin := filepath.Join(dir, "bin")
			must(t, os.MkdirAll(bin, 0o755))
			log := filepath.Join(dir, "log")
			answer := `{"Parameters": [{"Name": "/p", "Value": "v"}], "InvalidParameters": []}`
			must(t, os.WriteFile(filepath.Join(bin, "aws"), []byte("#!/bin/sh\necho aws >>"+runner.Quote(log)+"\necho "+runner.Quote(answer)+"\n"), 0o755))
			must(t, os.WriteFile(filepath.Join(bin, "sleep"), []byte("#!/bin/sh\necho \"sleep $1\" >>"+runner.Quote(log)+"\n"), 0o755))
			vars := filepath.Join(dir, "vars")
			must(t, os.Mkdir(vars, 0o700))
			env := []string{"PATH=" + bin + ":/usr/bin:/bin", "PB_DIR=" + dir, "PB_VARS=" + vars, "PB_IMDS=http://127.0.0.1:9", "AWS_REGION=eu-west-1",
				fmt.Sprintf("PB_FETCH_JITTER_MS=%d", jitter)}
			libs := writeLibs(t)
			script := ". " + filepath.Join(libs, "lib.sh") + "\n. " + filepath.Join(libs, "boot.sh") + "\n. " + filepath.Join(libs, "aws.sh") + "\n. " + filepath.Join(libs, "ssm.sh") + "\npb_ssm_fetch x /p ssm:/p"
			if out, err := shelltest.Get(t, "dash").Command(env, "-c", script).CombinedOutput(); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			data, _ := os.ReadFile(log)
			lines := strings.Split(strings.TrimSpace(string(data)), "\n")
			if jitter == 0 {
				if len(lines) != 1 || lines[0] != "aws" {
					t.Errorf("a single instance waited: %q", lines)
				}
				return
			}
			var secs float64
			if len(lines) != 2 || !strings.HasPrefix(lines[0], "sleep ") || lines[1] != "aws" {
				t.Fatalf("calls %q: want one wait, then the call", lines)
			}
			fmt.Sscanf(strings.TrimPrefix(lines[0], "sleep "), "%g", &secs)
			if secs < 0 || secs > 0.3 {
				t.Errorf("waited %gs, over the 0.3s window", secs)
			}
		})
	}
}
