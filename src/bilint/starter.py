"""The `.bilint.yaml` that `bilint init` writes: valid as it stands, every key explained."""

from __future__ import annotations

STARTER = """\
# bilint configuration. bilint reads the closest .bilint.yaml above each checked file
# (closest wins; files are not merged), or the one given with --config.
# Paths and patterns below are relative to this file's directory.

# Start from bilint's default severities (rules/packs/default.yaml).
extends: default

# The language of the originals and of their translations. A file name that names a region
# (story.es-MX.md) is read in that locale; es reads 4,76 and 20.000, es-MX/es-US/es-419 read
# 4.76 and 20,000.
source_lang: en
target_lang: es

# Where each article's translation is. Without `pairs`, bilint pairs story.en.md with
# story.es.md (also .markdown and .txt) and en/.../story.md with es/.../story.md.
# Each * and ** of a source glob is put, in order, into the same place in its target.
# pairs:
#   - source: "articles/en/**/*.md"
#     target: "articles/es/**/*.md"
#   - source: "briefs/*.txt"
#     target: "briefs/traducciones/*.txt"
#     target_lang: es-MX

# Files and directories never checked (a pattern without / matches a name at any depth).
exclude:
  - "drafts"
  # - "archive/2019/**"

# Per rule, by code (NUM001), name (number-changed) or family (NUM): off, a severity
# (error, warning, info), or a mapping with `severity:` and the rule's options.
# Info-level findings are reported only when selected with --select.
rules:
  # PAIR002: off        # do not report translations older than their source
  # NUM003: info        # numbers added by the translator: hidden unless selected
  # FMT: error          # locale number formats block a merge

# Rules to skip for some files.
# per-file-ignores:
#   "opinion/**": [NUM003]
#   "*.txt": [FMT001, FMT002]

# Glossaries of names (YAML files) that the names rules use.
# glossaries:
#   - "glossary/people.yaml"
"""
