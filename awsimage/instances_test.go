package awsimage

import (
	"context"
	"net/url"
	"testing"

	"github.com/parbake/packer-plugin-parbake/awsimage/ec2test"
)

// Instances launched from an image are found with DescribeInstances and their consoles read
// with GetConsoleOutput, through the real SDK against the EC2 Query test server.
func TestRunningInstancesAndConsoles(t *testing.T) {
	srv := ec2test.New(t, func(n int, form url.Values) (int, string) {
		switch form.Get("Action") {
		case "DescribeInstances":
			return 200, ec2test.Instances("ami-1", "i-2", "i-1")
		case "GetConsoleOutput":
			return 200, ec2test.ConsoleOutput(form.Get("InstanceId"), "boot of "+form.Get("InstanceId")+"\n")
		}
		return 400, ec2test.Throttled
	})
	client, err := NewClient(context.Background(), ClientConfig{Region: "us-east-1", Endpoint: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	ids, err := RunningInstances(context.Background(), client, "ami-1", "", 1)
	if err != nil || len(ids) != 1 || ids[0] != "i-1" {
		t.Fatalf("ids %v, %v", ids, err)
	}
	req := srv.Requests()[0]
	if req.Get("Filter.1.Name") != "instance-state-name" || req.Get("Filter.2.Name") != "image-id" || req.Get("Filter.2.Value.1") != "ami-1" {
		t.Errorf("DescribeInstances filters %v", req)
	}
	out, err := ConsoleOutput(context.Background(), client, "i-1")
	if err != nil || string(out) != "boot of i-1\n" {
		t.Errorf("console %q, %v", out, err)
	}
	if r := srv.Requests()[1]; r.Get("Action") != "GetConsoleOutput" || r.Get("Latest") != "true" {
		t.Errorf("GetConsoleOutput request %v", r)
	}
	if _, err := RunningInstances(context.Background(), client, "", "sha256:abc", 0); err != nil {
		t.Fatal(err)
	}
	if r := srv.Requests()[2]; r.Get("Filter.2.Name") != "tag:parbake:digest" || r.Get("Filter.2.Value.1") != "sha256:abc" {
		t.Errorf("tag filter %v", r)
	}
}
