#!/usr/bin/env bash
# CI step: fuzz every target of fuzz/ for a minute each.
#
# Run from the repository root (or pass it as $1), with the development
# corpus at ../shared/corpus beside the repository for seeds. Exits non-zero
# when a target crashes, times out (an input over 10 s: the parser must stay
# linear) or runs out of memory; the failing input is left in
# fuzz/artifacts/<target>/. Without a nightly toolchain it only type-checks
# the fuzz crate, and says so.
#
# Every target of `cargo fuzz list` runs, `structured` included; it reads its
# input as an `Arbitrary` description, for which the corpus seeds are as good
# bytes as any (and the dictionary does no harm).
#
# FUZZ_SECONDS overrides the time per target (default 60).
set -euo pipefail

cd "${1:-.}"
if [ ! -f fuzz/Cargo.toml ]; then
    echo "ci-fuzz: no fuzz/Cargo.toml under $(pwd)" >&2
    exit 2
fi
seconds=${FUZZ_SECONDS:-60}

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    echo "ci-fuzz: no nightly toolchain, so no fuzzing: type-checking the fuzz targets on stable only"
    cargo check --manifest-path fuzz/Cargo.toml --bins
    exit 0
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "ci-fuzz: installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

bash fuzz/seed-corpus.sh
cargo +nightly fuzz build
targets=$(cargo +nightly fuzz list)
failed=()
for target in $targets; do
    echo "ci-fuzz: $target for ${seconds}s"
    # -max_len: the seeds go up to 250 KB; shorter inputs run faster.
    if ! cargo +nightly fuzz run "$target" -- \
        -dict=fuzz/dict.txt \
        -max_total_time="$seconds" \
        -max_len=65536 \
        -timeout=10 \
        -rss_limit_mb=2048 \
        -print_final_stats=1; then
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "ci-fuzz: FAILED: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
    exit 1
fi
echo "ci-fuzz: all targets ran ${seconds}s without a crash: $(echo $targets)"
