"""Readers keep prose and drop markup, code and URLs, without moving any offset."""

from __future__ import annotations

from bilint.read import prose


def test_markdown_blanks_what_is_not_prose_and_keeps_offsets() -> None:
    text = (
        "---\ntitle: Story 2025\ndate: 2025-03-14\n---\n\n"
        "# Heading with 3 facts\n\n"
        "Text with `code 42` and a [link](https://example.com/2025/04) to see.\n\n"
        "<!-- hidden 99 -->\n\n"
        "```\nprint(12345)\n```\n\n"
        "1. First item with 7 apples\n"
        "- Second item, 8 pears\n"
    )
    out = prose.markdown(text)
    assert len(out) == len(text)
    assert out.count("\n") == text.count("\n")
    for gone in ("2025", "42", "example.com", "99", "12345", "```", "# "):
        assert gone not in out
    for kept in ("Heading with 3 facts", "Text with", "link", "to see.", "7 apples", "8 pears"):
        assert kept in out
        assert out.index(kept) == text.index(kept)


def test_plain_text_blanks_urls_only() -> None:
    text = "CNN: https://www.cnn.com/2025/04/28/politics/story.html and 500 people"
    out = prose.plain(text)
    assert "2025" not in out and "500 people" in out
    assert len(out) == len(text)


def test_front_matter_is_found() -> None:
    assert prose.front_matter("---\ndate: 2025-03-14\n---\nBody").startswith("---\ndate")
    assert prose.front_matter("Body only") == ""
