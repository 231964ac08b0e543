step "unit" {
  phase = "boot"
  file "/etc/systemd/system/pb-demo.service" {
    content = "[Unit]\nDescription=parbake formats demo\n[Service]\nExecStart=/bin/sh -c 'cat /etc/pb-demo.conf >/var/log/pb-demo.seen; exec sleep infinity'\n[Install]\nWantedBy=multi-user.target\n"
  }
  run = ["systemctl daemon-reload", "cd /etc", "LEAK=from-unit"]
  service "pb-demo" {
    enable = true
    start  = true
  }
}

step "conf" {
  phase = "boot"
  after = ["unit"]
  run = [
    "pwd > /root/first-cwd",
    "echo \"[$LEAK]\" > /root/leak",
    "cd /tmp",
    "X=carried",
    "pwd > /root/cwd",
    "echo \"$X\" > /root/x",
    "echo conf > /etc/pb-demo.conf",
  ]
  # After the restart conf triggers, in every format; the second leaves a trace for the test.
  check = [
    "grep -qx conf /etc/pb-demo.conf",
    "systemctl is-active --quiet pb-demo && echo checked > /root/checked",
  ]
}
