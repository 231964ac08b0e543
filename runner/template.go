package runner

import (
	"embed"
	"github.com/parbake/packer-plugin-parbake/plan"
	"strings"
	"text/template"
)

// Paths on the machine, in one place. Templates receive them as fields; lib.sh reads them from
// the variables the runner sets (PB_MANIFEST, PB_STAGE, PB_LOCK).
const (
	ManifestPath = "/etc/parbake/manifest.json"
	// DigestPath holds the manifest's bake digest alone, on one line, beside it: the boot runner
	// reads it with the shell's read, never parsing JSON.
	DigestPath = "/etc/parbake/bake-digest"
	LockPath   = "/var/tmp/.parbake-files.lock"
)

//go:embed templates/*.tmpl
var templateFiles embed.FS

// Funcs are the functions every generated script may use. Quoting goes through them only.
var Funcs = template.FuncMap{
	"quote":   Quote,
	"word":    Word,
	"command": Command,
}

// NewTemplate parses an embedded .sh.tmpl with Funcs; it panics on a broken template, which
// the golden tests catch.
func NewTemplate(fs embed.FS, name string) *template.Template {
	return template.Must(template.New(name).Funcs(Funcs).Option("missingkey=error").ParseFS(fs, "templates/"+name))
}

// Execute renders t with data.
func Execute(t *template.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

var (
	stepTemplate  = NewTemplate(templateFiles, "step.sh.tmpl")
	stopTemplate  = NewTemplate(templateFiles, "stop.sh.tmpl")
	setupTemplate = NewTemplate(templateFiles, "setup.sh.tmpl")
	recordsTmpl   = NewTemplate(templateFiles, "records.sh.tmpl")
)

// RecordsScript is the script that installs files named names, from a tar on its standard input,
// into dir through the staging directory stage beside them; then, unless it is "", runs the
// script of that name from the same tar.
func RecordsScript(dir, stage string, names []string, then string) string {
	s, err := Execute(recordsTmpl, struct {
		Dir, Stage, Then string
		Names            []string
	}{dir, stage, then, names})
	if err != nil {
		panic(err) // only a broken template fails, and the tests would see it
	}
	return s
}

// SetupData is what both runners set up the same way, once $PB_DIR is known: where the step
// engine keeps its state and record, the paths lib.sh uses, and the libraries to source.
type SetupData struct {
	State string   // a shell word: the bake's is in its run directory, the boot's on the instance
	Libs  []string // bundle paths, sourced in order
	// HoldUntil, with a warm pool, is the file whose presence lets the services the recipe
	// enables start (InServiceFlag): none of them starts while an instance warms.
	HoldUntil string
}

// HoldUntil is, for a plan with a warm pool, the file the services the recipe enables wait for
// (InServiceFlag), in the bake and at boot alike; "" without a pool.
func HoldUntil(p *plan.Plan) string {
	if p.Policy.WarmPool == nil {
		return ""
	}
	return InServiceFlag
}

// InServiceFlag is the file the boot runner writes when an instance of a warm-pool plan goes in
// service (or was launched straight into service); it stays, so later boots start the services.
const InServiceFlag = "/var/lib/parbake/in-service"

// Setup renders the runners' shared set-up.
func Setup(d SetupData) string {
	s, err := Execute(setupTemplate, struct {
		SetupData
		Manifest, Stage, Lock string
	}{d, ManifestPath, StageDir, LockPath})
	if err != nil {
		panic(err) // fixed input: only a broken template fails, and the tests would see it
	}
	return strings.TrimRight(s, "\n")
}

// StopScript is the script that stops a run unpacked next to it.
func StopScript() []byte {
	s, err := Execute(stopTemplate, struct{ Stage, Lock string }{StageDir, LockPath})
	if err != nil {
		panic(err) // fixed input: only a broken template fails, and the tests would see it
	}
	return []byte(s)
}
