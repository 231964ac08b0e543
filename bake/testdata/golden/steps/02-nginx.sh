# step 2: nginx
. "$PB_DIR/lib.sh"
pb_packages 'nginx-light'
pb_owner 'root:www-data'
pb_files "$PB_DIR"/'steps/02-nginx.dests' "$PB_DIR"/'steps/02-nginx.dirs' "$PB_DIR"/'steps/02-nginx.files' "$PB_DIR"/'steps/02-nginx.tar'
pb_script "$PB_DIR"/'steps/02-nginx/script'
# The commands run in order in one subshell with set -e, as a shell provisioner's inline does,
# starting in /, in every format.
(
  set -e
  set --
  cd /
  pb_c='nginx -t'
  pb_show "$pb_c"
  eval "$pb_c"
)
pb_enable 'nginx'
pb_check 2 'nginx' 1 'nginx -t' 'nginx -t'
pb_check 2 'nginx' 2 'test -x /usr/local/sbin/parbake-healthcheck' 'test -x /usr/local/sbin/parbake-healthcheck'
