#!/bin/sh
# Installs the project's Asterisk config (mounted read-only from ./asterisk-config) into
# /etc/asterisk at every start, with passwords and addresses from the environment, checks that
# the modules it loads exist, then runs the command (Asterisk in the foreground).
set -eu

SOURCE_DIR=${CALLCENTER_ASTERISK_CONFIG:-/etc/callcenter/asterisk}
TARGET_DIR=/etc/asterisk
RENDER=/usr/local/share/callcenter-asterisk/render-config.awk
SOUNDS_DIR=/usr/share/asterisk/sounds

say() { echo "callcenter-asterisk: $*"; }
fail() { echo "callcenter-asterisk: error: $*" >&2; exit 1; }

# A secret ends up on a line of an Asterisk config file, where ';' starts a comment and
# whitespace is trimmed: refuse what would be silently cut rather than run with a different
# password than the one the server was given. The value itself is never printed.
check_secret() {
    name=$1
    value=$2
    [ -z "$value" ] && return 0
    case $value in
        *[!A-Za-z0-9._~!@#%^*+=:,/?-]*)
            fail "$name may only use letters, digits and . _ ~ ! @ # % ^ * + = : , / ? - (no ';', spaces or quotes)" ;;
    esac
    [ ${#value} -ge 8 ] || fail "$name must be at least 8 characters long"
}

check_addresses() {
    name=$1
    value=$2
    allowed=$3
    [ -z "$value" ] && return 0
    case $value in
        *[!$allowed]*) fail "$name has a character that is not allowed: '$value'" ;;
    esac
}

[ -f "$SOURCE_DIR/modules.conf" ] \
    || fail "no Asterisk config in $SOURCE_DIR: mount the project's asterisk-config folder there"

check_secret ARI_PASSWORD "${ARI_PASSWORD:-}"
check_secret AGENT_PASSWORD "${AGENT_PASSWORD:-}"
for name in $(env | sed -n 's/^\(AGENT_[0-9][0-9]*_PASSWORD\)=.*/\1/p'); do
    eval "value=\${$name}"
    check_secret "$name" "$value"
done
check_addresses TRUNK_MATCH "${TRUNK_MATCH:-}" '0-9A-Fa-f.:/,'
check_addresses TRUNK_CONTACT "${TRUNK_CONTACT:-}" '0-9A-Za-z.:-'
check_addresses EXTERNAL_ADDRESS "${EXTERNAL_ADDRESS:-}" '0-9A-Za-z.:-'

for source in "$SOURCE_DIR"/*.conf; do
    conf=$(basename "$source")
    rendered=$(mktemp)
    awk -v conf="$conf" -f "$RENDER" "$source" > "$rendered"
    # Config files hold passwords: readable by Asterisk's group only.
    install -m 0640 -o root -g asterisk "$rendered" "$TARGET_DIR/$conf"
    rm -f "$rendered"
done
say "installed $(ls "$SOURCE_DIR"/*.conf | wc -l) config files from $SOURCE_DIR"

if grep -q '^password = change-me-ari$' "$TARGET_DIR/ari.conf" 2>/dev/null; then
    say "warning: ARI still uses the documented default password; set ARI_PASSWORD"
fi
if grep -q '^password = change-me-agent$' "$TARGET_DIR/pjsip.conf" 2>/dev/null; then
    say "warning: some agents still use the documented default password; set AGENT_PASSWORD"
fi
if grep -q '^match = 203\.0\.113\.10$' "$TARGET_DIR/pjsip.conf" 2>/dev/null; then
    say "note: no TRUNK_MATCH set, so no SIP provider can send hotline calls yet"
fi
if grep -q '^contact = sip:203\.0\.113\.10:5060$' "$TARGET_DIR/pjsip.conf" 2>/dev/null; then
    say "note: no TRUNK_CONTACT set, so callbacks to customers cannot go out yet"
fi
[ -n "${EXTERNAL_ADDRESS:-}" ] \
    || say "note: no EXTERNAL_ADDRESS set; phones outside this host may get no audio"

# Every module modules.conf names must exist in this Asterisk build: say which do not before
# Asterisk itself refuses to start (require) or silently runs without them (load).
module_dir=$(sed -n 's/^[ \t]*astmoddir[ \t]*=>*[ \t]*//p' "$TARGET_DIR/asterisk.conf" 2>/dev/null | head -n 1)
if [ -z "$module_dir" ] || [ ! -d "$module_dir" ]; then
    module_dir=$(find /usr/lib /usr/local/lib -type d -path '*/asterisk/modules' 2>/dev/null | head -n 1)
fi
if [ -z "$module_dir" ]; then
    say "warning: Asterisk's module directory was not found; modules.conf is not checked"
else
    missing_required=
    for entry in $(sed -n 's/^[ \t]*\(require\|load\|preload\)[ \t]*=>*[ \t]*\([A-Za-z0-9_]*\.so\).*/\1:\2/p' \
            "$TARGET_DIR/modules.conf"); do
        kind=${entry%%:*}
        module=${entry#*:}
        if [ ! -f "$module_dir/$module" ]; then
            if [ "$kind" = require ]; then
                missing_required="$missing_required $module"
            else
                say "warning: $module (modules.conf) is not in $module_dir"
            fi
        fi
    done
    [ -z "$missing_required" ] \
        || fail "modules.conf requires modules that $module_dir does not have:$missing_required"
fi

if [ ! -f "$SOUNDS_DIR/en/unavailable.wav" ]; then
    say "warning: $SOUNDS_DIR/en/unavailable.wav not found; mount ./prompts on $SOUNDS_DIR"
fi
if ! ls /usr/share/asterisk/moh/*.wav > /dev/null 2>&1; then
    say "warning: no hold music in /usr/share/asterisk/moh"
fi

# Writable places for Asterisk's own user; volumes arrive owned by root.
for dir in /var/run/asterisk /var/log/asterisk /var/lib/asterisk /var/spool/asterisk \
        /var/spool/asterisk/recording; do
    install -d -o asterisk -g asterisk "$dir"
    chown asterisk:asterisk "$dir"
done

exec "$@"
