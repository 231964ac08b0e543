package shelltest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// standIn is a recording stand-in for a command: it appends one line to $STANDIN_LOG with its
// name, its arguments (each in brackets, so that spaces show) and the environment variables
// named in $STANDIN_ENV, then prints $STANDIN_OUT_<name> if set and exits with
// $STANDIN_RC_<name> (0 unless set). A rc file ($STANDIN_RC_<name>_FILE, one code a line) gives
// a code per call, for a command that fails and then succeeds.
const standIn = `#!/bin/sh
name=${0##*/}
key=$(printf '%s' "$name" | tr -c 'A-Za-z0-9\n' '_')
{
  printf '%s' "$name"
  for a in "$@"; do printf ' [%s]' "$a"; done
  for v in $STANDIN_ENV; do eval "printf ' %s=%s' \"\$v\" \"\${$v-}\""; done
  printf '\n'
} >>"$STANDIN_LOG"
eval "out=\${STANDIN_OUT_$key-}"
[ -z "$out" ] || cat "$out"
eval "rcfile=\${STANDIN_RC_${key}_FILE-}"
if [ -n "$rcfile" ] && [ -s "$rcfile" ]; then
  rc=$(head -n 1 "$rcfile")
  tail -n +2 "$rcfile" >"$rcfile.next" && mv "$rcfile.next" "$rcfile"
  exit "$rc"
fi
eval "exit \${STANDIN_RC_$key:-0}"
`

// Bin makes a directory for a PATH that holds only the named stand-ins and the host's own
// tools listed in tools (symlinked), so that a script finds exactly those commands.
func Bin(t testing.TB, standIns []string, tools ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range standIns {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(standIn), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range append(tools, "tr", "head", "tail", "mv", "cat") {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			continue
		}
		p, err := exec.LookPath(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.Symlink(p, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Calls reads the stand-ins' log: one line a call.
func Calls(t testing.TB, log string) []string {
	t.Helper()
	data, err := os.ReadFile(log)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}
