package ec2box

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/smithy-go"
)

type fixture struct {
	box      *Box
	machines *fakeMachines
	url      string
	ec2      *ec2.Client
	source   string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	m := newFakeMachines()
	b := New(Config{Region: "eu-west-1", AccessKey: "AKIDBOX", SecretKey: "box-secret", Machines: m, LayerDir: t.TempDir()})
	srv := httptest.NewServer(b)
	t.Cleanup(func() { srv.Close(); b.Close() })
	f := &fixture{box: b, machines: m, url: srv.URL}
	f.ec2 = f.client("AKIDBOX", "box-secret")
	f.source = b.RegisterSource("debian-13-amd64-20261201-2000", DebianOwner, []string{"/base"})
	return f
}

func (f *fixture) client(key, secret string) *ec2.Client {
	return ec2.New(ec2.Options{
		Region: "eu-west-1", BaseEndpoint: aws.String(f.url),
		Credentials:      credentials.NewStaticCredentialsProvider(key, secret, ""),
		RetryMaxAttempts: 1,
	})
}

func apiCode(err error) string {
	var e smithy.APIError
	if errors.As(err, &e) {
		return e.ErrorCode()
	}
	return ""
}

func TestSignatureIsRequired(t *testing.T) {
	f := newFixture(t)
	resp, err := http.Post(f.url, "application/x-www-form-urlencoded", strings.NewReader("Action=DescribeImages&Version=2016-11-15"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("unsigned request: status %d, want 401", resp.StatusCode)
	}
	cases := []struct{ name, key, secret, code string }{
		{"wrong secret", "AKIDBOX", "not-the-secret", "SignatureDoesNotMatch"},
		{"unknown key", "AKIDOTHER", "box-secret", "SignatureDoesNotMatch"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := f.client(c.key, c.secret).DescribeImages(context.Background(), &ec2.DescribeImagesInput{})
			if got := apiCode(err); got != c.code {
				t.Errorf("error code %q (%v), want %q", got, err, c.code)
			}
		})
	}
	if _, err := f.ec2.DescribeImages(context.Background(), &ec2.DescribeImagesInput{}); err != nil {
		t.Errorf("a correctly signed request failed: %v", err)
	}
}

func TestErrorsAreEC2s(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	cases := []struct {
		name string
		call func() error
		code string
	}{
		{"unknown instance", func() error {
			_, err := f.ec2.DescribeInstances(ctx, &ec2.DescribeInstancesInput{InstanceIds: []string{"i-0123456789abcdef0"}})
			return err
		}, "InvalidInstanceID.NotFound"},
		{"unknown image", func() error {
			_, err := f.ec2.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: aws.String("ami-0123456789abcdef0"), MinCount: aws.Int32(1), MaxCount: aws.Int32(1)})
			return err
		}, "InvalidAMIID.NotFound"},
		{"unknown key pair", func() error {
			_, err := f.ec2.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: &f.source, KeyName: aws.String("nope"), MinCount: aws.Int32(1), MaxCount: aws.Int32(1)})
			return err
		}, "InvalidKeyPair.NotFound"},
		{"unknown snapshot", func() error {
			_, err := f.ec2.DeleteSnapshot(ctx, &ec2.DeleteSnapshotInput{SnapshotId: aws.String("snap-0123456789abcdef0")})
			return err
		}, "InvalidSnapshot.NotFound"},
		{"snapshot in use", func() error {
			out, _ := f.ec2.DescribeImages(ctx, &ec2.DescribeImagesInput{ImageIds: []string{f.source}})
			_, err := f.ec2.DeleteSnapshot(ctx, &ec2.DeleteSnapshotInput{SnapshotId: out.Images[0].BlockDeviceMappings[0].Ebs.SnapshotId})
			return err
		}, "InvalidSnapshot.InUse"},
		{"user data too large", func() error {
			_, err := f.ec2.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: &f.source, MinCount: aws.Int32(1), MaxCount: aws.Int32(1),
				UserData: aws.String(base64.StdEncoding.EncodeToString(make([]byte, maxUserData+1)))})
			return err
		}, "InvalidParameterValue"},
		{"unknown action", func() error {
			_, err := f.ec2.DescribeAddresses(ctx, &ec2.DescribeAddressesInput{})
			return err
		}, "InvalidAction"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if got := apiCode(err); got != c.code {
				t.Errorf("error code %q (%v), want %q", got, err, c.code)
			}
			var re interface{ HTTPStatusCode() int }
			if errors.As(err, &re) && re.HTTPStatusCode() != http.StatusBadRequest {
				t.Errorf("HTTP status %d, want 400", re.HTTPStatusCode())
			}
		})
	}
}

func TestSourceAMIFilterFindsTheSource(t *testing.T) {
	f := newFixture(t)
	f.box.RegisterSource("debian-13-amd64-20261101-1900", DebianOwner, []string{"/older"})
	f.box.RegisterSource("debian-12-amd64-20261201-2000", DebianOwner, []string{"/bookworm"})
	out, err := f.ec2.DescribeImages(context.Background(), &ec2.DescribeImagesInput{
		Owners: []string{DebianOwner},
		Filters: []types.Filter{
			{Name: aws.String("name"), Values: []string{"debian-13-amd64-*"}},
			{Name: aws.String("virtualization-type"), Values: []string{"hvm"}},
			{Name: aws.String("root-device-type"), Values: []string{"ebs"}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, img := range out.Images {
		names = append(names, aws.ToString(img.Name))
	}
	if len(names) != 2 || strings.Join(names, ",") == "" || !strings.Contains(strings.Join(names, ","), "debian-13-amd64-20261201-2000") {
		t.Errorf("found %v, want the two debian-13 images", names)
	}
	none, err := f.ec2.DescribeImages(context.Background(), &ec2.DescribeImagesInput{Owners: []string{"self"}})
	if err != nil || len(none.Images) != 0 {
		t.Errorf("Owners=self found %d images (%v), want none", len(none.Images), err)
	}
}

func TestWildcards(t *testing.T) {
	cases := []struct {
		pattern, value string
		want           bool
	}{
		{"debian-13-amd64-*", "debian-13-amd64-20261201", true},
		{"debian-13-amd64-*", "debian-12-amd64-20261201", false},
		{"web-?", "web-1", true},
		{"web-?", "web-12", false},
		{`a\*b`, "a*b", true},
		{`a\*b`, "axb", false},
		{"*", "", true},
		{"exact", "exact", true},
		{"exact", "exactly", false},
	}
	for _, c := range cases {
		if got := wildcard(c.pattern, c.value); got != c.want {
			t.Errorf("wildcard(%q, %q) = %v, want %v", c.pattern, c.value, got, c.want)
		}
	}
}

// waitState polls until every instance is in state, as the SDK's waiters do.
func waitState(t *testing.T, c *ec2.Client, state types.InstanceStateName, ids ...string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		out, err := c.DescribeInstances(context.Background(), &ec2.DescribeInstancesInput{InstanceIds: ids})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range out.Reservations {
			for _, in := range r.Instances {
				if in.State.Name == state {
					n++
				}
			}
		}
		if n == len(ids) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("instances %v never became %s", ids, state)
}

func TestLaunchStopImageTerminate(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	key, err := f.ec2.CreateKeyPair(ctx, &ec2.CreateKeyPairInput{KeyName: aws.String("packer_1")})
	if err != nil {
		t.Fatal(err)
	}
	if block, _ := pem.Decode([]byte(aws.ToString(key.KeyMaterial))); block == nil || block.Type != "RSA PRIVATE KEY" {
		t.Fatalf("CreateKeyPair's key material is not a PEM RSA key")
	}
	userData := []byte("#!/bin/sh\necho hello\n")
	run, err := f.ec2.RunInstances(ctx, &ec2.RunInstancesInput{
		ImageId: &f.source, MinCount: aws.Int32(3), MaxCount: aws.Int32(3), KeyName: aws.String("packer_1"),
		UserData:        aws.String(base64.StdEncoding.EncodeToString(userData)),
		MetadataOptions: &types.InstanceMetadataOptionsRequest{InstanceMetadataTags: types.InstanceMetadataTagsStateEnabled},
		TagSpecifications: []types.TagSpecification{{ResourceType: types.ResourceTypeInstance,
			Tags: []types.Tag{{Key: aws.String("Role"), Value: aws.String("web")}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(run.Instances) != 3 || run.Instances[0].State.Name != types.InstanceStateNamePending {
		t.Fatalf("RunInstances gave %d instances, first %v; want 3 pending", len(run.Instances), run.Instances[0].State.Name)
	}
	var ids []string
	ips := map[string]bool{}
	for _, in := range run.Instances {
		ids = append(ids, aws.ToString(in.InstanceId))
		ips[aws.ToString(in.PrivateIpAddress)] = true
	}
	if len(ips) != 3 {
		t.Errorf("instances share addresses: %v", ips)
	}
	waitState(t, f.ec2, types.InstanceStateNameRunning, ids...)
	for i, id := range ids {
		s := f.machines.spec(id)
		if string(s.UserData) != string(userData) || !strings.HasSuffix(s.PublicKey, " packer_1") ||
			s.Metadata["instance-id"] != id || s.Metadata["tags/instance/Role"] != "web" || s.Metadata["ami-launch-index"] != string(rune('0'+i)) {
			t.Errorf("machine %s booted with %+v", id, s)
		}
	}
	// Tags set after the launch reach each instance's metadata.
	for i, id := range ids {
		name := []string{"a.example.com", "b.example.com", "c.example.com"}[i]
		if _, err := f.ec2.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{id}, Tags: []types.Tag{{Key: aws.String("Name"), Value: &name}}}); err != nil {
			t.Fatal(err)
		}
		if got := f.machines.spec(id).Metadata["tags/instance/Name"]; got != name {
			t.Errorf("instance %s's metadata has Name %q, want %q", id, got, name)
		}
	}
	console, err := f.ec2.GetConsoleOutput(ctx, &ec2.GetConsoleOutputInput{InstanceId: &ids[0]})
	if err != nil {
		t.Fatal(err)
	}
	if out, _ := base64.StdEncoding.DecodeString(aws.ToString(console.Output)); !strings.Contains(string(out), "parbake-boot: ok") {
		t.Errorf("console output %q", out)
	}

	if _, err := f.ec2.StopInstances(ctx, &ec2.StopInstancesInput{InstanceIds: ids[:1]}); err != nil {
		t.Fatal(err)
	}
	waitState(t, f.ec2, types.InstanceStateNameStopped, ids[0])
	img, err := f.ec2.CreateImage(ctx, &ec2.CreateImageInput{InstanceId: &ids[0], Name: aws.String("web-1"),
		TagSpecifications: []types.TagSpecification{
			{ResourceType: types.ResourceTypeImage, Tags: []types.Tag{{Key: aws.String("parbake:digest"), Value: aws.String("sha256:abc")}}},
			{ResourceType: types.ResourceTypeSnapshot, Tags: []types.Tag{{Key: aws.String("parbake:digest"), Value: aws.String("sha256:abc")}}},
		}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.ec2.CreateImage(ctx, &ec2.CreateImageInput{InstanceId: &ids[0], Name: aws.String("web-1")}); apiCode(err) != "InvalidAMIName.Duplicate" {
		t.Errorf("a second image named web-1: %v, want InvalidAMIName.Duplicate", err)
	}
	waiter := ec2.NewImageAvailableWaiter(f.ec2, func(o *ec2.ImageAvailableWaiterOptions) { o.MinDelay = 10 * time.Millisecond })
	if err := waiter.Wait(ctx, &ec2.DescribeImagesInput{ImageIds: []string{aws.ToString(img.ImageId)}}, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	byTag, err := f.ec2.DescribeImages(ctx, &ec2.DescribeImagesInput{Owners: []string{"self"},
		Filters: []types.Filter{{Name: aws.String("tag:parbake:digest"), Values: []string{"sha256:abc"}}}})
	if err != nil || len(byTag.Images) != 1 {
		t.Fatalf("images by tag: %v, %v", byTag, err)
	}
	layer := f.box.layerPath(aws.ToString(img.ImageId))
	if b, err := os.ReadFile(filepath.Join(layer, "frozen-from")); err != nil || string(b) != ids[0] {
		t.Errorf("the image's layer holds %q (%v), want the instance's changes", b, err)
	}
	snap := aws.ToString(byTag.Images[0].BlockDeviceMappings[0].Ebs.SnapshotId)
	snaps, err := f.ec2.DescribeSnapshots(ctx, &ec2.DescribeSnapshotsInput{SnapshotIds: []string{snap}})
	if err != nil || len(snaps.Snapshots) != 1 || aws.ToString(snaps.Snapshots[0].Tags[0].Value) != "sha256:abc" {
		t.Fatalf("the image's snapshot: %+v, %v", snaps, err)
	}

	// An instance from the new image stands on its layer: deregistering keeps the layer until
	// that instance is terminated.
	child, err := f.ec2.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: img.ImageId, MinCount: aws.Int32(1), MaxCount: aws.Int32(1)})
	if err != nil {
		t.Fatal(err)
	}
	childID := aws.ToString(child.Instances[0].InstanceId)
	waitState(t, f.ec2, types.InstanceStateNameRunning, childID)
	if got := f.machines.spec(childID).Layers; len(got) != 2 || got[0] != layer || got[1] != "/base" {
		t.Errorf("the child boots from layers %v", got)
	}
	if _, err := f.ec2.DeregisterImage(ctx, &ec2.DeregisterImageInput{ImageId: img.ImageId}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(layer); err != nil {
		t.Errorf("the layer went while an instance still stands on it: %v", err)
	}
	if _, err := f.ec2.DeleteSnapshot(ctx, &ec2.DeleteSnapshotInput{SnapshotId: &snap}); err != nil {
		t.Errorf("deleting the deregistered image's snapshot: %v", err)
	}
	all := append(ids, childID)
	if _, err := f.ec2.TerminateInstances(ctx, &ec2.TerminateInstancesInput{InstanceIds: all}); err != nil {
		t.Fatal(err)
	}
	waitState(t, f.ec2, types.InstanceStateNameTerminated, all...)
	if _, err := os.Stat(layer); !os.IsNotExist(err) {
		t.Errorf("the deregistered image's layer is still there after its last instance went: %v", err)
	}
	for _, id := range all {
		if !f.machines.removed[id] {
			t.Errorf("instance %s's machine was not removed", id)
		}
	}
}

func TestInstanceProfileCredentials(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	run, err := f.ec2.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: &f.source, MinCount: aws.Int32(1), MaxCount: aws.Int32(1),
		IamInstanceProfile: &types.IamInstanceProfileSpecification{Name: aws.String("web-role")}})
	if err != nil {
		t.Fatal(err)
	}
	id := aws.ToString(run.Instances[0].InstanceId)
	waitState(t, f.ec2, types.InstanceStateNameRunning, id)
	var creds struct{ AccessKeyId, SecretAccessKey, Token string }
	doc := f.machines.spec(id).Metadata["iam/security-credentials/web-role"]
	if err := json.Unmarshal([]byte(doc), &creds); err != nil || creds.Token == "" {
		t.Fatalf("the instance's role credentials: %q (%v)", doc, err)
	}
	// What the instance signs with, the box accepts.
	c := ec2.New(ec2.Options{Region: "eu-west-1", BaseEndpoint: aws.String(f.url), RetryMaxAttempts: 1,
		Credentials: credentials.NewStaticCredentialsProvider(creds.AccessKeyId, creds.SecretAccessKey, creds.Token)})
	if _, err := c.DescribeImages(ctx, &ec2.DescribeImagesInput{ImageIds: []string{f.source}}); err != nil {
		t.Errorf("a request signed with the role's credentials: %v", err)
	}
}
