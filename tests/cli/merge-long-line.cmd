# merge reads lines up to 256 MiB: a longer one is refused with a message and ends that input (its end may never come); exit 2, nothing lost silently.
{ head -c 270000000 /dev/zero | tr '\0' 'a'; printf '\n'; } | $DG merge; echo "rc=$?"
