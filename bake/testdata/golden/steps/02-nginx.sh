# step 2: nginx
. "$PB_DIR/lib.sh"
pb_packages 'nginx-light'
pb_owner 'root:www-data'
pb_files "$PB_DIR"/'steps/02-nginx.tar' "$PB_DIR"/'steps/02-nginx.dests' "$PB_DIR"/'steps/02-nginx.dirs'
pb_script "$PB_DIR"/'steps/02-nginx/script'
pb_run 'nginx -t'
pb_enable 'nginx'
