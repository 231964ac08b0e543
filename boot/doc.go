// Package boot renders the steps a plan leaves for boot as EC2 user data: one POSIX-sh boot
// runner (the same step machinery as the bake runner), optionally wrapped in a MIME multi-part
// message with extra cloud-init parts, or mapped onto cloud-config.
package boot
