# One base image for three roles. The provisioner bakes only the steps every role shares (no
# `role`); each role's data source renders that role's remaining steps as its own user data.
# Runs against the sandbox target like example/local:
#
#   eval "$(test/sandbox/target.sh start /tmp/t | grep ^PARBAKE_SSH_)"
#   packer build -var ssh_port=$PARBAKE_SSH_PORT -var ssh_key=$PARBAKE_SSH_KEY example/shared-base

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
  type = string
}

variable "build_dir" {
  type    = string
  default = "build"
}

# One data source per role: each plans the shared recipe for its role and writes its user data.
data "parbake" "web" {
  recipe      = "${path.root}/../recipes/platform"
  role        = "web"
  output_file = "${var.build_dir}/web.userdata"
  timings     = "${var.build_dir}/parbake-timings.json"
}

data "parbake" "app" {
  recipe      = "${path.root}/../recipes/platform"
  role        = "app"
  output_file = "${var.build_dir}/app.userdata"
  timings     = "${var.build_dir}/parbake-timings.json"
}

data "parbake" "mq" {
  recipe      = "${path.root}/../recipes/platform"
  role        = "mq"
  output_file = "${var.build_dir}/mq.userdata"
  timings     = "${var.build_dir}/parbake-timings.json"
}

source "null" "base" {
  communicator         = "ssh"
  ssh_host             = var.ssh_host
  ssh_port             = var.ssh_port
  ssh_username         = var.ssh_user
  ssh_private_key_file = var.ssh_key
}

build {
  sources = ["source.null.base"]

  # No role: only the steps every role shares are baked.
  provisioner "parbake" {
    recipe          = "${path.root}/../recipes/platform"
    manifest_output = "${var.build_dir}/base.bake.json"
    timings         = "${var.build_dir}/parbake-timings.json"
  }

  provisioner "shell-local" {
    inline = [
      "echo 'web boots: ${join(", ", data.parbake.web.boot_steps)}'",
      "echo 'app boots: ${join(", ", data.parbake.app.boot_steps)}'",
      "echo 'mq boots: ${join(", ", data.parbake.mq.boot_steps)}'",
    ]
  }
}
