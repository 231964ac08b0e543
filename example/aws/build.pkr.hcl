# Bake the example web recipe into an AMI with amazon-ebs, tag the AMI with its bake digest, prove
# it with a test launch of its own user data, and hand it to a launch template:
#
#   aws ec2 create-launch-template --launch-template-name web --launch-template-data \
#     '{"InstanceType":"t3.small","MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}'
#   packer init . && packer build .
#
# The launch template is made once; each build adds a version with the new AMI and its user data
# and makes it the default, and writes the AMI id to the SSM parameter /images/web/latest. With
# -var 'rollout_groups=["web-asg"]' each proven image is rolled out to those Auto Scaling groups
# (an instance refresh each, rolled back if the new instances fail) before it becomes the
# default; then the earlier web images nothing uses are retired (docs/lifecycle.md). The
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

# The recipe under ../recipes: web, or web-warm for a group with a warm pool (its header says
# how to set the group up).
variable "recipe" {
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

variable "autoscaling_endpoint" {
  type        = string
  default     = ""
  description = "Another Auto Scaling endpoint, for the post-processor's rollout and retirement."
}

variable "rollout_groups" {
  type        = list(string)
  default     = []
  description = "Auto Scaling groups (on the launch template, at a numbered version) to roll each proven image out to."
}

variable "rollout_warmup" {
  type        = string
  default     = "30s"
  description = "How long a new instance warms up before the refresh counts it healthy."
}

variable "rollout_min_healthy" {
  type        = number
  default     = 50
  description = "The share of each group, in percent, that stays in service during its refresh."
}

variable "keep" {
  type        = number
  default     = 3
  description = "How many of the newest web images to keep whatever their age, this build's among them."
}

variable "deprecate_after" {
  type    = string
  default = "720h"
}

variable "deregister_after" {
  type    = string
  default = "2160h"
}

# The plan, the AMI's tags, and the user data for what the AMI will still lack.
data "parbake" "web" {
  recipe      = "${path.root}/../recipes/${var.recipe}"
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
    recipe          = "${path.root}/../recipes/${var.recipe}"
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
    ssm_parameter        = "/images/web/latest"
    autoscaling_endpoint = var.autoscaling_endpoint

    # Take the proven image to the groups: an instance refresh each, half of each group kept in
    # service (rollout_min_healthy); new instances that fail their boot part ABANDON their
    # launching hook, and the refresh rolls back. The template's default version changes only
    # once every group runs it.
    dynamic "rollout" {
      for_each = length(var.rollout_groups) > 0 ? [var.rollout_groups] : []
      content {
        auto_scaling_groups    = rollout.value
        min_healthy_percentage = var.rollout_min_healthy
        instance_warmup        = var.rollout_warmup
        skip_matching          = true
        auto_rollback          = true
        timeout                = "30m"
      }
    }

    # Then the earlier web images (this recipe and role, by their tags) that nothing uses: no
    # launch template's default or latest version, no group, no aws:ec2:image parameter, no
    # instance, no launch within deregister_after. Past keep, each goes as far as its age says.
    retire {
      keep             = var.keep
      deprecate_after  = var.deprecate_after
      deregister_after = var.deregister_after
      delete_snapshots = true
    }
  }
}
