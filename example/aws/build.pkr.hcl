# Bake the example web recipe into an AMI with amazon-ebs, tag the AMI with its bake digest, prove
# it with a test launch of its own user data, and hand it to a launch template:
#
#   aws ec2 create-launch-template --launch-template-name web --launch-template-data \
#     '{"InstanceType":"t3.small","MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}'
#   packer init . && packer build .
#
# The launch template is made once; each build adds a version with the new AMI and its user data
# and makes it the default, and writes the AMI id to the SSM parameter /images/web/latest. The
# instances read their domain from their Name tag through IMDS, so instance tags must be in their
# metadata (as above). The recipe's ready block logs how each boot part ended; behind an Auto
# Scaling group, add lifecycle_hook = "web-launching" to it (docs/proving.md): the instance then
# completes the group's launch lifecycle hook once its boot part is done, CONTINUE or ABANDON, and
# the plan bakes the AWS CLI for it.

packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.2.0"
    }
    parbake = {
      source  = "github.com/parbake/parbake"
      version = ">= 0.1.0"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "role" {
  type    = string
  default = "web"
}

variable "ec2_endpoint" {
  type        = string
  default     = ""
  description = "Another EC2 endpoint (a VPC endpoint; the EC2 box of test/sandbox). Credentials come from the usual AWS environment."
}

variable "ssm_endpoint" {
  type        = string
  default     = ""
  description = "Another SSM endpoint, for the post-processor's PutParameter."
}

variable "instance_endpoint" {
  type        = string
  default     = ""
  description = "Where instances reach Auto Scaling, when not at AWS's public endpoint (a VPC endpoint; the EC2 box's bridge)."
}

variable "launch_template" {
  type        = string
  default     = "web"
  description = "The launch template that gets a new default version with each proven AMI."
}

# The plan, the AMI's tags, and the user data for what the AMI will still lack.
data "parbake" "web" {
  recipe      = "${path.root}/../recipes/web"
  role        = var.role
  output_file = "${path.root}/build/web.userdata"
  # Measure, then decide: boot durations read from the consoles of running instances of the
  # image, bake durations from the provisioner, kept in a file committed with the template.
  timings = "${path.root}/parbake-timings.json"
  # Where a ready block's CompleteLifecycleAction goes, if not to AWS's public endpoint.
  autoscaling_endpoint = var.instance_endpoint
}

source "amazon-ebs" "web" {
  region        = var.region
  instance_type = "t3.small"
  ssh_username  = "admin"
  ami_name      = "web-${formatdate("YYYYMMDD-hhmmss", timestamp())}"

  # Only for another endpoint: its credentials and region are not AWS's to check.
  custom_endpoint_ec2        = var.ec2_endpoint
  skip_credential_validation = var.ec2_endpoint != ""
  skip_region_validation     = var.ec2_endpoint != ""
  skip_metadata_api_check    = var.ec2_endpoint != ""

  source_ami_filter {
    filters = {
      name                = "debian-13-amd64-*"
      virtualization-type = "hvm"
    }
    owners      = ["136693071363"] # Debian
    most_recent = true
  }

  # parbake:digest and parbake:steps let the data source's image block pair user data with it.
  tags          = merge(data.parbake.web.image_tags, { Name = "web" })
  snapshot_tags = data.parbake.web.image_tags
}

build {
  sources = ["source.amazon-ebs.web"]

  # Debian's cloud images log in as admin, so the bake runs with sudo.
  provisioner "parbake" {
    recipe          = "${path.root}/../recipes/web"
    role            = var.role
    manifest_output = "${path.root}/build/web.bake.json"
    timings         = "${path.root}/parbake-timings.json"
    # Last provisioner: generalize (on by default) removes amazon-ebs's temporary SSH key from
    # authorized_keys and empties /etc/machine-id. A step that reboots (reboot = "if_required"
    # after a kernel update) has the bake wait up to reboot_timeout for the instance.
    reboot_timeout = "15m"
  }

  # Prove the AMI before anyone uses it: launch it with its own user data, wait for the boot
  # part's verdict (each step and check) on its console, then terminate it. A failure fails the
  # build and deregisters the AMI; a pass hands it on.
  post-processor "parbake" {
    user_data_base64 = data.parbake.web.user_data_base64
    tags             = { Name = "test.example.com" } # the recipe's domain comes from the Name tag
    boot_timeout     = "10m"
    timings          = "${path.root}/parbake-timings.json" # the next plan learns from this boot
    console_output   = "${path.root}/build/test-launch.console"
    region           = var.region
    endpoint         = var.ec2_endpoint
    ssm_endpoint     = var.ssm_endpoint
    launch_template {
      name        = var.launch_template
      set_default = true
    }
    ssm_parameter = "/images/web/latest"
  }
}
