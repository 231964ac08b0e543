package runner

import _ "embed"

//go:embed lib.sh
var libSh []byte

// ServicesLib is what a step does to its services (enable, start, restart), with the guards all
// formats share; cloud-config embeds it as it is.
//
//go:embed services.sh
var ServicesLib []byte

// Lib is the runner library that every runner and step script sources: the step engine and the
// step actions, services included.
var Lib = append(append(append([]byte{}, libSh...), '\n'), ServicesLib...)

// SessionLib is the bake runner's library for stopping a run: it kills by session, not by
// process group, so steps under timeout are stopped too.
//
//go:embed session.sh
var SessionLib []byte
