# step 1: site
. "$PB_DIR/lib.sh"
pb_files "$PB_DIR"/'steps/01-site.dests' "$PB_DIR"/'steps/01-site.dirs' "$PB_DIR"/'steps/01-site.files'
pb_restart 'nginx' restart
