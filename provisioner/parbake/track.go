package parbake

import (
	"io"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
)

// progressFrom is the bundle size from which the bake shows a progress bar while the bundle
// streams: below it the stream takes a few seconds at most, and a bar would only add noise.
const progressFrom = 32 << 20

// trackLarge returns how to show the bundle's progress through Packer's UI, as the file
// provisioner does, or nil for a bundle too small to need it. Packer draws the bar only when it
// runs in a terminal.
func trackLarge(ui packersdk.Ui, size int64) func(io.ReadCloser) io.ReadCloser {
	if size < progressFrom {
		return nil
	}
	return func(r io.ReadCloser) io.ReadCloser { return ui.TrackProgress("parbake bundle", 0, size, r) }
}
