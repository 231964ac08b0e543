# step 1: site
. "$PB_DIR/lib.sh"
pb_files "$PB_DIR"/'steps/01-site.tar' "$PB_DIR"/'steps/01-site.dests' "$PB_DIR"/'steps/01-site.dirs'
pb_restart 'nginx' restart
