package runner

import _ "embed"

// Lib is the shell library every runner and step script sources.
//
//go:embed lib.sh
var Lib []byte
