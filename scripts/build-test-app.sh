#!/bin/sh
# Builds the app into .next-test for the browser tests, and checks that the build read no data: a build that
# opens the database leaves a locked DATA_DIR behind, and `npm start` on a fresh clone then refuses to run.
set -e
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
probe="$scratch/data"
DATA_DIR="$probe" NEXT_DIST_DIR=.next-test npm run build --silent
if [ -e "$probe" ]; then
  echo "The build opened a database (it created DATA_DIR): nothing may read data while building." >&2
  exit 1
fi
