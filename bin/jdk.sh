# Sourced by ./marsad, ./run-tests and .ci/run: exports JAVA_HOME as a JDK >= 21.
# Order: $JAVA_HOME, the `java` on PATH, then the usual install places.

marsad_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1
}

marsad_find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  local d
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/java" ] && candidates+=("$d")
  done
  local best="" best_major=0 major
  for d in "${candidates[@]}"; do
    [ -x "$d/bin/javac" ] || continue
    major=$(marsad_java_major "$d")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ]; then
      # the first one found that is new enough wins: respect the user's own choice
      best=$d; best_major=$major; break
    fi
  done
  if [ -z "$best" ]; then
    echo "marsad: needs a JDK 21 or newer; none found in JAVA_HOME, PATH or /usr/lib/jvm" >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}
