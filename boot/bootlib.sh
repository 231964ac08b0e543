# parbake boot library (POSIX sh): what only the boot runner does. The step machinery itself is
# the shared lib.sh.

# pb_guard EXPECTED ON_MISMATCH checks the image's bake manifest against the digest this user
# data was rendered for. On a mismatch it refuses, or with boot-all sets PB_RUN_ALL so the baked
# steps run here too.
pb_guard() {
  pb_found=$(pb_image_digest)
  if [ "$pb_found" = "$1" ]; then
    echo "parbake: the image holds the expected bake ($1)"
    return 0
  fi
  if [ "$2" = boot-all ]; then
    echo "parbake: the image holds bake $pb_found, not $1; running every step at boot"
    # shellcheck disable=SC2034 # the runner reads it
    PB_RUN_ALL=1
    return 0
  fi
  echo "parbake: refusing to configure this instance: the user data expects an image baked with $1, but the image's $PB_MANIFEST says $pb_found" >&2
  return 3
}

# pb_rebooting NAME REASON is how a boot step's reboot ends the run phase: with 194, so that the
# parent reboots the instance and the per-boot hook goes on after it.
pb_rebooting() {
  echo "parbake: step $1 needs a reboot ($2); the boot part goes on after it"
  exit 194
}

# pb_hook_install SELF keeps a copy of the runner where cloud-init runs scripts on every boot,
# until the boot part has finished (cloud-init runs user data once per instance).
pb_hook_install() {
  [ "$1" != "$PB_HOOK" ] && [ -d "${PB_ROOT:-}/var/lib/cloud" ] || return 0
  mkdir -p "${PB_HOOK%/*}"
  cp "$1" "$PB_HOOK.tmp" && chmod 0700 "$PB_HOOK.tmp" && mv -f "$PB_HOOK.tmp" "$PB_HOOK"
}

# pb_hook_finish STATUS ends the runner: once every step has run the hook goes; 194 reboots the
# instance; a failure leaves the hook, so the next boot tries the unfinished steps again.
pb_hook_finish() {
  case $1 in
    0) [ "${PB_PART:-}" = warm ] || rm -f "$PB_HOOK" ;; # after a warm-up, service entry is next
    194)
      [ -f "$PB_HOOK" ] || echo "parbake: no cloud-init here to resume the boot part: run this script again after the reboot"
      if [ -d "${PB_ROOT:-}/run/systemd/system" ]; then systemctl reboot; else reboot; fi
      exit 0
      ;;
    *)
      [ ! -f "$PB_HOOK" ] || echo "parbake: the boot part is unfinished; the next boot goes on with it"
      ;;
  esac
  exit "$1"
}

# pb_report STATUS writes the boot report ($PB_REPORT, JSON) from the step engine's record
# ($PB_DIR/record), and prints one summary line for the console, where EC2's GetConsoleOutput
# can collect the durations without logging in:
#   parbake-boot: ok digest=sha256:… total=0.019s site:1a2b3c4d5e6f=0.012s motd:…=0.007s
pb_report() {
  [ -f "$PB_DIR/record" ] || : >"$PB_DIR/record"
  [ -f "$PB_DIR/record.checks" ] || : >"$PB_DIR/record.checks"
  mkdir -p "${PB_REPORT%/*}"
  # At service entry after a warm-up, the report holds the warm part's steps and checks as they
  # ran then (they are skipped now): warm.sh's pb_warmed kept their records.
  pb_recs="$PB_DIR/record" pb_checks="$PB_DIR/record.checks"
  if [ "${PB_PART:-}" = service ] && [ -f "$PB_STATE/warm.record" ]; then
    cat "$PB_STATE/warm.record" "$PB_DIR/record" >"$PB_DIR/record.all"
    cat "$PB_STATE/warm.record.checks" "$PB_DIR/record.checks" >"$PB_DIR/record.checks.all" 2>/dev/null || :
    pb_recs="$PB_DIR/record.all" pb_checks="$PB_DIR/record.checks.all"
  fi
  # The versions the boot ran under, read without starting Python: cloud-init --version would
  # cost the boot about half a second.
  pb_ci=
  for pb_f in "${PB_ROOT:-}"/usr/lib/python3/dist-packages/cloudinit/version.py "${PB_ROOT:-}"/usr/lib/python3*/site-packages/cloudinit/version.py; do
    [ -r "$pb_f" ] && pb_ci=$(sed -n 's/^__VERSION__ = "\(.*\)"$/\1/p' "$pb_f") && break
  done
  pb_sd=$(systemctl --version 2>/dev/null | awk 'NR == 1 { print $2 }')
  # Bytes, not characters (LC_ALL=C): q escapes every byte a JSON string may not hold as it is.
  # The values come through the environment, which awk takes byte for byte (-v would read
  # backslash escapes in them).
  PB_CI=$pb_ci PB_SD=$pb_sd LC_ALL=C awk -v status="$1" -v json="$PB_REPORT.tmp" '
    BEGIN {
      for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i
      recipe = ENVIRON["PB_RECIPE"]; role = ENVIRON["PB_ROLE"]; digest = ENVIRON["PB_DIGEST"]; ci = ENVIRON["PB_CI"]; sd = ENVIRON["PB_SD"]
      part = ENVIRON["PB_PART"]
    }
    # q quotes s as a JSON string that is always valid: " and \ escaped, every control byte
    # written \u00XX, valid UTF-8 kept, and each byte of an invalid sequence written \ufffd.
    function q(s,   out, n, i, c, b, need, j, k, ok) {
      out = ""; n = length(s)
      for (i = 1; i <= n; i++) {
        c = substr(s, i, 1); b = ord[c] + 0
        if (c == "\"") out = out "\\\""
        else if (c == "\\") out = out "\\\\"
        else if (b < 32 || b == 127) out = out sprintf("\\u%04x", b)
        else if (b < 128) out = out c
        else {
          need = (b >= 194 && b <= 223) ? 1 : (b >= 224 && b <= 239) ? 2 : (b >= 240 && b <= 244) ? 3 : 0
          ok = need > 0 && i + need <= n
          for (j = 1; ok && j <= need; j++) { k = ord[substr(s, i + j, 1)] + 0; if (k < 128 || k > 191) ok = 0 }
          # Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
          if (ok && need >= 2) { k = ord[substr(s, i + 1, 1)] + 0; if ((b == 224 && k < 160) || (b == 237 && k > 159) || (b == 240 && k < 144) || (b == 244 && k > 143)) ok = 0 }
          if (ok) { out = out substr(s, i, need + 1); i += need } else out = out "\\ufffd"
        }
      }
      return "\"" out "\""
    }
    # unescape reads back a check text as pb_check recorded it: \\ and \n stand for \ and newline.
    function unescape(s,   out, n, i, c) {
      out = ""; n = length(s)
      for (i = 1; i <= n; i++) {
        c = substr(s, i, 1)
        if (c == "\\" && i < n) { i++; c = substr(s, i, 1); out = out (c == "n" ? "\n" : c) }
        else out = out c
      }
      return out
    }
    # A step recorded twice (run while warming, skipped at service entry) keeps the run.
    {
      if ($2 in at) { i = at[$2]; if ($5 == "skipped" && st[i] != "skipped") next; if (st[i] != "skipped") total -= dur[i] }
      else { i = ++n; at[$2] = i }
      name[i] = $2; hash[i] = $3; phase[i] = $4; st[i] = $5; code[i] = $6; dur[i] = $7
      if ($5 != "skipped") total += $7
    }
    END {
      state = (status == 0) ? "ok" : (status == 194) ? "rebooting" : "failed"
      printf "{\n  \"recipe\": %s,\n  \"role\": %s,\n  \"bake_digest\": %s,\n  \"cloud_init\": %s,\n  \"systemd\": %s,\n  \"status\": %s,\n  \"exit_code\": %d,\n  \"total_seconds\": %.3f,\n", q(recipe), q(role), q(digest), q(ci), q(sd), q(state), status, total > json
      # With a warm pool: which part this start ran (warm, service or direct).
      if (part != "") printf "  \"lifecycle\": %s,\n", q(part) > json
      printf "  \"steps\": [" > json
      line = "parbake-boot: " (status == 0 ? "ok" : status == 194 ? "rebooting" : "failed(" status ")") " digest=" digest sprintf(" total=%.3fs", total)
      for (i = 1; i <= n; i++) {
        printf "%s\n    {\"name\": %s, \"hash\": %s, \"phase\": %s, \"status\": %s, \"exit_code\": %d, \"duration_seconds\": %.3f}", (i > 1 ? "," : ""), q(name[i]), q(hash[i]), q(phase[i]), q(st[i]), code[i], dur[i] > json
        h = hash[i]; sub(/^sha256:/, "", h)
        if (st[i] == "ok") line = line sprintf(" %s:%s=%.3fs", name[i], substr(h, 1, 12), dur[i])
        else if (st[i] != "skipped") line = line sprintf(" %s:%s=%s", name[i], substr(h, 1, 12), st[i])
      }
      printf "%s],\n  \"checks\": [", (n > 0 ? "\n  " : "") > json
      # One line per check run: step index, step, N, status, code, seconds, text. A step run
      # again (retried, resumed) ran its checks again: the last run counts.
      c = 0
      while ((getline l < checks) > 0) {
        split(l, x, " ")
        k = x[1] SUBSEP x[3]
        if (!(k in seen)) { seen[k] = ++c; order[c] = k }
        text = l
        for (j = 1; j <= 6; j++) sub(/^[^ ]* /, "", text)
        cline[k] = sprintf("{\"step\": %s, \"check\": %s, \"status\": %s, \"exit_code\": %d, \"duration_seconds\": %.3f}", q(x[2]), q(unescape(text)), q(x[4]), x[5], x[6])
      }
      for (j = 1; j <= c; j++) printf "%s\n    %s", (j > 1 ? "," : ""), cline[order[j]] > json
      printf "%s],\n  \"fetches\": [", (c > 0 ? "\n  " : "") > json
      # One line per batch of ssm: reads: source, values, CLI starts, attempts, seconds.
      m = 0
      while ((getline f < fetches) > 0) {
        split(f, x, " ")
        printf "%s\n    {\"source\": %s, \"values\": %d, \"calls\": %d, \"attempts\": %d, \"seconds\": %.3f}", (m++ ? "," : ""), q(x[1]), x[2], x[3], x[4], x[5] > json
      }
      printf "%s]\n}\n", (m > 0 ? "\n  " : "") > json
      print line
    }' fetches="$PB_DIR/fetches" checks="$pb_checks" "$pb_recs" && mv -f "$PB_REPORT.tmp" "$PB_REPORT"
}

# pb_fetch NAME KIND PATH FROM writes variable NAME's value, from KIND at PATH, to $PB_VARS/NAME
# (readable by root only, never logged) and loads it. FROM is the from as the recipe wrote it,
# for messages: PATH may hold other variables' values.
pb_fetch() {
  case $2 in
    ssm) pb_ssm_fetch "$1" "$3" "$4"; return ;;
    s3) pb_s3 "$1" "$3" "$4" "${5:-}"; return ;; # a file, not loaded into the environment
  esac
  (
    umask 077
    case $2 in
      imds) pb_imds "$3" ;;
      file) cat -- "$3" ;;
    esac >"$PB_VARS/$1"
  ) || {
    echo "parbake: could not fetch variable $1 from $4" >&2
    return 1
  }
  pb_load "$1"
}

# pb_set NAME VALUE stores a value the user data carries.
pb_set() {
  (umask 077 && printf '%s' "$2" >"$PB_VARS/$1")
  pb_load "$1"
}

# pb_load NAME sets and exports PARBAKE_VAR_NAME from its file, trailing newlines included.
pb_load() {
  # shellcheck disable=SC2034 # read by the eval below
  pb_v=$(cat -- "$PB_VARS/$1" && printf x) || return
  eval "PARBAKE_VAR_$1=\${pb_v%x}"
  export "PARBAKE_VAR_$1"
}

# pb_mask copies standard input to standard output line by line, replacing every line of every
# sensitive value (the files $PB_VARS/NAME for NAME in $PB_SENSITIVE) with <sensitive>. It
# matches text, not patterns, so no value is special; it flushes every line, so output is not
# held back. With RELOAD=1 it reads the values again for each line, while they are being fetched.
pb_mask() {
  pb_awk='awk'
  if awk -W version 2>&1 | grep -q mawk; then pb_awk="awk -W interactive"; fi
  $pb_awk -v dir="$PB_VARS" -v names="$PB_SENSITIVE" -v reload="${1:-0}" '
    function load(   i, n, nm, f, l, j, t) {
      k = 0
      n = split(names, nm, " ")
      for (i = 1; i <= n; i++) {
        f = dir "/" nm[i]
        while ((getline l < f) > 0) if (l != "") s[++k] = l
        close(f)
      }
      for (i = 2; i <= k; i++) { # longest first, so a value containing another is masked whole
        t = s[i]
        for (j = i - 1; j >= 1 && length(s[j]) < length(t); j--) s[j + 1] = s[j]
        s[j + 1] = t
      }
    }
    BEGIN { load() }
    {
      if (reload == 1) load()
      line = $0
      for (j = 1; j <= k; j++) {
        out = ""
        while ((p = index(line, s[j])) > 0) {
          out = out substr(line, 1, p - 1) "<sensitive>"
          line = substr(line, p + length(s[j]))
        }
        line = out line
      }
      print line
      fflush()
    }'
}
