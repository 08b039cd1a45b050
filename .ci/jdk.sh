# Sourced by .ci/run and usable by hand (`source .ci/jdk.sh && use_jdk_21_or_newer`):
# keeps JAVA_HOME/java when it is 21+, else picks the newest JDK 21+ under /usr/lib/jvm.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

use_jdk_21_or_newer() {
  local current="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  if command -v "$current" >/dev/null 2>&1 && [ "$(java_major "$current")" -ge 21 ] 2>/dev/null; then
    echo "using $("$current" -version 2>&1 | head -1)"; return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "assetbridge needs JDK 21 or newer; none found on PATH or under /usr/lib/jvm. Install one (e.g. apt-get install openjdk-21-jdk-headless or Temurin 21) and set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="${best%/bin/java}"
  export PATH="$JAVA_HOME/bin:$PATH"
  echo "using JDK $best_major at $JAVA_HOME"
}
