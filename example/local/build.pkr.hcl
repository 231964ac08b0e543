# The sandbox demo: bake the example web recipe into a local build target over SSH.
#
# The target is a sandboxed Debian root filesystem with sshd, started by test/sandbox/target.sh;
# its PARBAKE_SSH_* lines are passed in as variables (see `make demo`). Packer's null builder
# uses the SSH communicator against it, exactly as it would against a cloud instance.

packer {
  required_plugins {
    parbake = {
      source  = "github.com/parbake/parbake"
      version = ">= 0.1.0"
    }
  }
}

variable "ssh_host" {
  type    = string
  default = "127.0.0.1"
}

variable "ssh_port" {
  type = number
}

variable "ssh_user" {
  type    = string
  default = "root"
}

variable "ssh_key" {
  type        = string
  description = "Path of the private key that target.sh generated."
}

variable "role" {
  type    = string
  default = "web"
}

variable "imds_endpoint" {
  type        = string
  default     = "http://169.254.169.254"
  description = "Where instances reach IMDS; the demo points it at the local metadata mock."
}

variable "build_dir" {
  type        = string
  default     = "build"
  description = "Where the bake manifest and the boot user data are written."
}

variable "http_port" {
  type        = number
  default     = 80
  description = "The port the instances' site listens on (the sandbox shares the host's network)."
}

variable "boot_reports" {
  type        = list(string)
  default     = []
  description = "Boot reports (or console logs) of instances, whose boot durations the plan learns from."
}

# Plans the recipe on this machine (which steps are baked, which are left for boot, and why) and
# renders the boot part as user data for the instances that will run this image.
data "parbake" "web" {
  recipe        = "${path.root}/../recipes/web"
  role          = var.role
  imds_endpoint = var.imds_endpoint
  output_file   = "${var.build_dir}/web.userdata"
  # The plan decides from measured durations: this file learns the boots' from boot_reports and
  # the bakes' from the provisioner. Keep it with the template (it is deterministic JSON).
  timings      = "${var.build_dir}/parbake-timings.json"
  boot_reports = var.boot_reports
  variables    = { http_port = var.http_port }
  # A picture of the plan: the bake and boot timeline, and boot time per day against launches.
  plan_svg_output = "${var.build_dir}/web.plan.svg"
}

source "null" "sandbox" {
  communicator         = "ssh"
  ssh_host             = var.ssh_host
  ssh_port             = var.ssh_port
  ssh_username         = var.ssh_user
  ssh_private_key_file = var.ssh_key
  ssh_timeout          = "30s"
}

build {
  sources = ["source.null.sandbox"]

  # Bakes the steps the plan places in the bake phase, from one uploaded bundle.
  provisioner "parbake" {
    recipe          = "${path.root}/../recipes/web"
    role            = var.role
    manifest_output = "${var.build_dir}/web.bake.json"
    timings         = "${var.build_dir}/parbake-timings.json"
    sbom_output     = "${var.build_dir}/web.sbom.cdx.json"
    # target.sh made this key pair for this build only; the null builder can't say so itself.
    # The image is left without it (and with an empty machine-id): generalize is on by default.
    build_public_key = file("${var.ssh_key}.pub")
  }

  # The data source's view: the plan, what an amazon-ebs build would put in its `tags` block, and
  # what the instances still need.
  provisioner "shell-local" {
    inline = [
      "echo 'data.parbake.web.plan:'",
      "cat <<'PLAN'\n${data.parbake.web.plan}PLAN",
      "echo 'image tags: parbake:digest=${data.parbake.web.image_tags["parbake:digest"]}'",
      "echo 'boot user data: ${data.parbake.web.size_bytes} bytes for steps ${join(", ", data.parbake.web.boot_steps)}, about ${data.parbake.web.estimated_boot_seconds}s'",
      "echo 'predicted: bake ${data.parbake.web.estimated_bake_seconds}s, boot ${data.parbake.web.estimated_boot_seconds}s'",
    ]
  }
}
