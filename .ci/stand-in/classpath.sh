#!/usr/bin/env bash
# Prints the classpath of mongo-java-server, fetching it from Maven Central once.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/target/classpath.txt"
if [ ! -s "$out" ]; then
  mkdir -p "$here/target"
  mvn -q -B -Dstyle.color=never -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$out" >&2
fi
cat "$out"
