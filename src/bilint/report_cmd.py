"""`bilint report`: `compare` whose output is the editors' HTML report unless --format says
otherwise. It takes compare's own arguments and options, so the two cannot drift apart.
Imported at start-up: keep light."""

from __future__ import annotations

from typing import Any

import click

HELP = """Write the editors' report: SOURCE and its translation TARGET side by side, every fact
marked, the findings linked to their paragraphs. One self-contained HTML file (no network
access), readable offline and printable.

\b
  bilint report article.en.md article.es.md -o report.html
  bilint report article.md -o report.html      (one file: the article, then its translation)

Without -o the page goes to standard output. Exit status as for `compare`.
"""


def report_command(compare: click.Command) -> click.Command:
    """A `report` command built from `compare`: the same parameters, html by default."""
    run = compare.callback
    assert run is not None

    def callback(**kwargs: Any) -> Any:
        if not kwargs.get("fmt"):
            kwargs["fmt"] = "html"
        return run(**kwargs)

    return click.Command("report", callback=callback, params=list(compare.params), help=HELP,
                         short_help="Write the editors' side-by-side HTML report.",
                         context_settings=compare.context_settings)
