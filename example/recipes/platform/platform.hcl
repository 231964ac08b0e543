# One base image for the web, app and mq roles. With shared_base, steps that not every role needs
# stay out of the base and run at boot on the instances of their role.

variable "domain" {
  description = "The instance's public name, from its Name tag."
  boot        = true
  from        = "imds:tags/instance/Name"
}

policy {
  shared_base      = true
  rebuild_every    = "168h"
  launches_per_day = 500
}

step "base" {
  description = "What every role needs"
  packages    = ["ca-certificates", "curl"]
  environment = { DEBIAN_FRONTEND = "noninteractive" }
}

step "agent" {
  description = "Monitoring agent configuration"
  after       = ["base"]
  file "/etc/parbake-agent/agent.conf" {
    content = "interval = 30s\n"
    mode    = "0640"
  }
}

step "nginx" {
  description = "Web front end"
  after       = ["base"]
  roles       = ["web"]
  packages    = ["nginx-light"]
  service "nginx" {
    start = true
  }
}

step "site" {
  after = ["nginx"]
  roles = ["web"]
  file "/etc/nginx/sites-enabled/default" {
    content = "server {\n  listen 80 default_server;\n  server_name ${var.domain};\n}\n"
  }
}

step "app" {
  description = "Application runtime"
  after       = ["base"]
  roles       = ["app"]
  packages    = ["python3-minimal"]
  file "/etc/app/app.env" {
    content = "LISTEN=0.0.0.0:8080\n"
  }
}

step "mq" {
  description = "Message queue settings"
  after       = ["base"]
  roles       = ["mq"]
  file "/etc/mq/mq.conf" {
    content = "listeners.tcp.default = 5672\n"
  }
}
