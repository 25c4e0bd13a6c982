"""Stage 6, publishing: the build, the search index, byte-identical output, the swap-in."""
