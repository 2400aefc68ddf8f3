# Writes values from the environment into one Asterisk config file at container start.
# Only lines the project documents as replaceable are touched; everything else passes through.
#   -v conf=ari.conf     [callcenter] password            <- ARI_PASSWORD
#   -v conf=pjsip.conf   [<extension>-auth] password      <- AGENT_<extension>_PASSWORD, else AGENT_PASSWORD
#                        [hotline-trunk-ip] match         <- TRUNK_MATCH
#                        [hotline-trunk-aor] contact      <- sip:TRUNK_CONTACT
#                        ;external_*_address (commented)  <- EXTERNAL_ADDRESS
# Values were validated by the entrypoint: no ';', spaces or line breaks reach this script.

/^[ \t]*\[/ {
    section = $0
    sub(/^[ \t]*\[/, "", section)
    sub(/\].*$/, "", section)
}

conf == "ari.conf" && section == "callcenter" && /^[ \t]*password[ \t]*=/ {
    if (ENVIRON["ARI_PASSWORD"] != "") { print "password = " ENVIRON["ARI_PASSWORD"]; next }
}

conf == "pjsip.conf" && section ~ /^[0-9]+-auth$/ && /^[ \t]*password[ \t]*=/ {
    extension = section
    sub(/-auth$/, "", extension)
    value = ENVIRON["AGENT_" extension "_PASSWORD"]
    if (value == "") value = ENVIRON["AGENT_PASSWORD"]
    if (value != "") { print "password = " value; next }
}

conf == "pjsip.conf" && section == "hotline-trunk-ip" && /^[ \t]*match[ \t]*=/ {
    if (ENVIRON["TRUNK_MATCH"] != "") { print "match = " ENVIRON["TRUNK_MATCH"]; next }
}

conf == "pjsip.conf" && section == "hotline-trunk-aor" && /^[ \t]*contact[ \t]*=/ {
    if (ENVIRON["TRUNK_CONTACT"] != "") { print "contact = sip:" ENVIRON["TRUNK_CONTACT"]; next }
}

conf == "pjsip.conf" && /^;[ \t]*external_(media|signaling)_address[ \t]*=/ {
    if (ENVIRON["EXTERNAL_ADDRESS"] != "") {
        name = $0
        sub(/^;[ \t]*/, "", name)
        sub(/[ \t]*=.*$/, "", name)
        print name " = " ENVIRON["EXTERNAL_ADDRESS"]
        next
    }
}

{ print }
