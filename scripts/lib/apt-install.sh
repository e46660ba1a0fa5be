# Sourced by the project's scripts: `apt_install PACKAGE…` installs Debian
# packages non-interactively (sudo when not root), running `apt-get update`
# once per script. Expects a `log` and a `die` function from the caller.

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null || die "need $*; install it (no apt-get here)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    $sudo apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  # policy-rc.d exit 101 keeps Debian's postinst from starting packaged
  # services (redis-server): we start our own instances with our own settings.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod +x "$policy"
    created_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  [ "$created_policy" -eq 0 ] || $sudo rm -f "$policy"
}
