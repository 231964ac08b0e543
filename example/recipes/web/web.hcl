# The example web server recipe: what a machine serving a site needs, and nothing about when.
# parbake decides, per step, whether it is baked into the image or run at boot.

variable "domain" {
  description = "Public DNS name of the instance; each instance has its own, from its Name tag."
  boot        = true
  from        = "imds:tags/instance/Name"
}

variable "site_title" {
  description = "Title shown on the landing page."
  default     = "Served by parbake"
}

variable "http_port" {
  description = "The port the site listens on."
  type        = number
  default     = 80
}

variable "worker_connections" {
  type    = number
  default = 768
}

policy {
  rebuild_every    = "168h" # weekly image builds
  launches_per_day = 200    # autoscaling launches
}

# Once the boot part has ended, ok or failed: say so in the journal, where a fleet's log pipeline
# can count failed boots. Behind an Auto Scaling group, add lifecycle_hook = "web-launching" so
# that the group puts the instance in service only after a passed boot part (docs/proving.md).
ready {
  run = ["logger -t parbake-ready \"boot part $PARBAKE_BOOT_STATUS for $PARBAKE_VAR_domain\""]
}

step "base" {
  description = "Tools every instance needs"
  packages    = ["ca-certificates", "less"]
  environment = { DEBIAN_FRONTEND = "noninteractive" }
}

step "nginx" {
  description = "Install NGINX and its tuning"
  after       = ["base"]
  roles       = ["web"]
  estimate    = "30s"
  packages    = ["nginx-light"]
  file "/etc/nginx/conf.d/tuning.conf" {
    content = templatefile("templates/tuning.conf.tftpl", { connections = var.worker_connections })
  }
  file "/var/www/html/index.html" {
    content = templatefile("templates/index.html.tftpl", { title = var.site_title })
  }
  file "/var/www/html/favicon.ico" {
    source = "files/favicon.ico" # binary content
  }
  file "/var/www/html/about us/index.html" {
    content = "<p>About us</p>\n" # a path with a space
  }
  file "/usr/local/sbin/parbake-healthcheck" {
    source = "scripts/healthcheck.sh"
    mode   = "0750" # an unusual mode
    owner  = "root:www-data"
  }
  script = "scripts/harden.sh"
  run    = ["nginx -t"]
  # Proof the step worked, recorded in the bake manifest (or the boot report, if it ran at boot).
  check = ["nginx -t", "test -x /usr/local/sbin/parbake-healthcheck"]
  service "nginx" {
    enable = true
    start  = true # running once the boot is done; restarted after the boot steps that configure it
  }
}

step "site" {
  description = "Per-instance server name"
  after       = ["nginx"]
  roles       = ["web"]
  file "/etc/nginx/sites-enabled/default" {
    content = templatefile("templates/site.conf.tftpl", { domain = var.domain, port = var.http_port })
  }
  run = ["nginx -t"]
  # After nginx is restarted with this configuration: the instance answers with its own name.
  check = ["curl -fsS http://127.0.0.1:${var.http_port}/whoami"]
}

step "motd" {
  description   = "Login banner with the release notes"
  changes_every = "24h" # rewritten daily; an image copy would be stale
  file "/etc/motd" {
    content = "Web server, managed by parbake. Release notes: https://example.com/notes\n"
  }
}
