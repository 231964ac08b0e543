package parbake

import (
	"io"
	"strings"
	"testing"

	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"
)

// trackingUi records the progress bars asked for.
type trackingUi struct {
	packersdk.MockUi
	bars []int64
}

func (u *trackingUi) TrackProgress(_ string, _, total int64, r io.ReadCloser) io.ReadCloser {
	u.bars = append(u.bars, total)
	return r
}

func TestProgressOnlyForLargeBundles(t *testing.T) {
	for _, c := range []struct {
		size int64
		bar  bool
	}{
		{0, false}, {progressFrom - 1, false}, {progressFrom, true}, {1 << 30, true},
	} {
		ui := &trackingUi{}
		track := trackLarge(ui, c.size)
		if (track != nil) != c.bar {
			t.Errorf("size %d: bar %v, want %v", c.size, track != nil, c.bar)
			continue
		}
		if track != nil {
			_ = track(io.NopCloser(strings.NewReader("")))
			if len(ui.bars) != 1 || ui.bars[0] != c.size {
				t.Errorf("size %d: bars %v", c.size, ui.bars)
			}
		}
	}
}
