# --ndjson from a stream with no newline (/dev/zero) ends after the line limit with one message, exit 2.
timeout 60 $DG -q --ndjson < /dev/zero; echo "rc=$?"
