package runner

import _ "embed"

// Lib is the runner library that every runner and step script sources.
//
//go:embed lib.sh
var Lib []byte

// SessionLib is the bake runner's library for stopping a run: it kills by session, not by
// process group, so steps under timeout are stopped too.
//
//go:embed session.sh
var SessionLib []byte
