# Shared by the benchmarks (sourced after timing.sh, not run): inputs made from the shipped
# corpus in the scratch folder `$work`, each in a folder of its own.
for f in Corpus/articles/*.md; do awk 'n >= 2 { print } /^---$/ { n++ }' "$f"; echo; done > "$work/bodies.txt"
front() { printf -- '---\nid: %s\noutlet: Benchmark Wire\npublished: 2022-09-13\n---\n' "$1"; }

# One article of about N KB made of the corpus bodies, in a folder of its own.
long_article() {  # long_article DIR KB
  mkdir -p "$1/articles"
  front big > "$1/articles/big.md"
  while [ "$(stat -c %s "$1/articles/big.md")" -lt $(($2 * 1000)) ]; do cat "$work/bodies.txt" >> "$1/articles/big.md"; done
}
# The same article with its line breaks turned into spaces: one paragraph of N KB, as text
# scraped from a page as one line can be.
one_line_article() {  # one_line_article DIR KB
  long_article "$1" "$2"
  { front big; awk 'n >= 2 { printf "%s ", $0 } /^---$/ { n++ }' "$1/articles/big.md"; echo; } > "$1/articles/one-line"
  mv "$1/articles/one-line" "$1/articles/big.md"
}
# One article whose body is a single sentence of N clauses.
long_sentence() {  # long_sentence DIR CLAUSES
  mkdir -p "$1/articles"
  { front big; for ((i = 0; i < $2; i++)); do printf 'Armenia said Azerbaijani forces shelled Goris, and '; done; echo 'the shelling went on'; } \
    > "$1/articles/big.md"
}
# The corpus copied N times, labels included, each copy under its own ids.
copies() {  # copies DIR N
  mkdir -p "$1/articles" "$1/labels"
  for ((i = 0; i < $2; i++)); do
    for f in Corpus/articles/*.md; do
      id=$(basename "$f" .md)
      sed "s/^id: $id\$/id: $id-c$i/" "$f" > "$1/articles/$id-c$i.md"
      [ -f "Corpus/labels/$id.json" ] && sed "s/\"document\": \"$id\"/\"document\": \"$id-c$i\"/" "Corpus/labels/$id.json" > "$1/labels/$id-c$i.json"
    done
  done
}
# The corpus copied N times with copy i's years moved i×5 years on, so each copy's clashes are
# clashes of their own, as in a real archive, rather than more reports of the same ones.
spread_copies() {  # spread_copies DIR N
  mkdir -p "$1/articles"
  for ((i = 0; i < $2; i++)); do
    for f in Corpus/articles/*.md; do
      id=$(basename "$f" .md)
      perl -pe "s/^id: $id\$/id: $id-c$i/; s/\b(20[0-2]\d)\b/\$1 + 5 * $i/ge" "$f" > "$1/articles/$id-c$i.md"
    done
  done
}
# The real-text development set beside the repository (../shared/realdev, read in place)
# copied N times, each copy under its own ids; nothing when this checkout has none.
realdev_copies() {  # realdev_copies DIR N
  mkdir -p "$1/articles"
  for ((i = 0; i < $2; i++)); do
    for f in ../shared/realdev/articles/*.md; do
      id=$(basename "$f" .md)
      sed "s/^id: $id\$/id: $id-c$i/" "$f" > "$1/articles/$id-c$i.md"
    done
  done
}
# One article of about KB kilobytes made of the real-text set's bodies (read in place), one
# after another: a long article with real coverage's density of claims.
realdev_long_article() {  # realdev_long_article DIR KB
  mkdir -p "$1/articles"
  front big > "$1/articles/big.md"
  for f in ../shared/realdev/articles/*.md; do awk 'n >= 2 { print } /^---$/ { n++ }' "$f"; echo; done > "$work/real-bodies.txt"
  while [ "$(stat -c %s "$1/articles/big.md")" -lt $(($2 * 1000)) ]; do cat "$work/real-bodies.txt" >> "$1/articles/big.md"; done
}
