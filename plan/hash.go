package plan

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"strconv"

	"github.com/parbake/packer-plugin-parbake/recipe"
)

// hashStep hashes everything that decides what the step does on a machine, in a fixed order with
// every field length-prefixed, so no two different steps can encode alike. The phase is left
// out: a step's identity does not change when it moves between bake and boot.
func hashStep(rs *recipe.Step, c *recipe.Content) string {
	h := fieldHasher{sha256.New()}
	h.str("parbake-step-v2")
	h.str(rs.Name)
	h.str(rs.Timeout.String())
	h.str(strconv.Itoa(rs.Retries))
	if rs.Reboot != "" && rs.Reboot != recipe.RebootNever {
		h.str("reboot " + string(rs.Reboot)) // only when set, so steps without it keep their hash
	}
	h.count(len(c.Environment))
	for _, e := range c.Environment {
		h.str(e.Name)
		h.str(e.Value)
	}
	h.strs(c.Packages)
	h.count(len(c.Files))
	for _, f := range c.Files {
		h.str(f.Path)
		h.str(f.Mode)
		h.str(f.Owner)
		h.str(f.SHA256()) // content and source hash alike: what lands on the machine counts
	}
	if c.Script != nil {
		h.count(1)
		h.str(c.Script.Source.SHA256)
	} else {
		h.count(0)
	}
	h.strs(c.Run)
	if len(c.Checks) > 0 { // only when set, so steps without checks keep their hash
		h.str("check")
		h.strs(c.Checks)
	}
	h.count(len(c.Services))
	for _, s := range c.Services {
		h.str(s.Name)
		h.str(strconv.FormatBool(s.Enable))
		h.str(strconv.FormatBool(s.Start))
		if s.OnBoot != recipe.OnBootRestart {
			h.str(string(s.OnBoot))
		}
	}
	return h.sum()
}

// bakeDigest identifies an image's baked content: the ordered hashes of its baked steps.
func bakeDigest(steps []*Step) string {
	h := fieldHasher{sha256.New()}
	h.str("parbake-bake-v1")
	h.count(len(steps))
	for _, s := range steps {
		h.str(s.Name)
		h.str(s.Hash)
	}
	return h.sum()
}

type fieldHasher struct{ hash.Hash }

func (h fieldHasher) count(n int) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(n))
	h.Write(b[:])
}

func (h fieldHasher) bytes(b []byte) {
	h.count(len(b))
	h.Write(b)
}

func (h fieldHasher) str(s string) { h.bytes([]byte(s)) }

func (h fieldHasher) strs(l []string) {
	h.count(len(l))
	for _, s := range l {
		h.str(s)
	}
}

func (h fieldHasher) sum() string { return "sha256:" + hex.EncodeToString(h.Sum(nil)) }
