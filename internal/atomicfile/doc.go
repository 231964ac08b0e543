// Package atomicfile writes files so that readers see the old content or the new, never half.
package atomicfile
