#!/usr/bin/env bash
# The README's two commands, on any machine with bash and npm (scripts/setup.sh installs what is missing):
#   bash scripts/run.sh start   build the site and serve it at http://localhost:4321/
#   bash scripts/run.sh test    the whole suite, with the time of each phase and one closing line
#                               "N passed, N failed" (the CI entry point, .ci/run, calls this)
set -uo pipefail
cd "$(dirname "$0")/.."

command="${1:-}"
case "$command" in
start) SETUP_CHROMIUM=0 ;;
test) ;;
*)
	echo "usage: bash scripts/run.sh start|test" >&2
	exit 2
	;;
esac

# shellcheck source=scripts/setup.sh
source scripts/setup.sh || exit 1

if [ "$command" = start ]; then
	npm run build && exec npx astro preview --ignore-lock
fi

# The suite, phase by phase as `npm test` runs it (its script in package.json is the one list of
# phases), timing each; it stops at the first failing phase.
phases=$(node -e '
	for (const part of require("./package.json").scripts.test.split("&&")) {
		const name = /^npm run ([\w:-]+)$/.exec(part.trim())?.[1];
		if (!name) throw new Error(`package.json test script: "${part.trim()}" is not "npm run <script>"`);
		console.log(name);
	}') || exit 1
rm -rf test-results
mkdir -p test-results
export SOCIAL_CARDS="${SOCIAL_CARDS:-off}"
status=0
suite_start=$(date +%s)
for phase in $phases; do
	setup_log "npm run $phase"
	start=$(date +%s)
	npm run --silent "$phase"
	status=$?
	printf '== %s: %ss%s\n' "$phase" "$(($(date +%s) - start))" "$([ $status = 0 ] || echo ", failed")" | tee -a test-results/phases.txt
	[ $status = 0 ] || break
done
printf '== whole suite: %ss\n' "$(($(date +%s) - suite_start))" | tee -a test-results/phases.txt
node scripts/test-summary.mjs --status "$status"
exit $status
