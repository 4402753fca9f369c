#!/usr/bin/env bash
# Copies the development corpus (../shared/corpus beside the repository) into
# fuzz/corpus/<target>/ as seed inputs. The copies are git-ignored: the
# corpus is third-party text and is never committed.
set -euo pipefail

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${1:-$fuzz_dir/../../shared/corpus}
if [ ! -d "$src" ]; then
    echo "seed-corpus.sh: $src not found; fuzzing starts from no seeds" >&2
    exit 0
fi
targets=$(sed -n 's/^name = "\(.*\)"$/\1/p' "$fuzz_dir/Cargo.toml" | grep -v '^newsnap-fuzz$')
for target in $targets; do
    mkdir -p "$fuzz_dir/corpus/$target"
    find "$src" -name '*.md' ! -name PROVENANCE.md -print0 |
        while IFS= read -r -d '' file; do
            # Flat names: outlet_file.md.
            rel=${file#"$src"/}
            cp "$file" "$fuzz_dir/corpus/$target/${rel//\//_}"
        done
done
echo "seed-corpus.sh: seeded $(echo $targets | wc -w) targets from $src"
