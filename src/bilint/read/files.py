"""Loading a file's text: the one place that decides what counts as unreadable input."""

from __future__ import annotations

import codecs
import os

MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """A file bilint cannot read; the message names the file (and line where known)."""


def load_text(path: str) -> str:
    """The file's text with line ends made `\\n` (line and column numbers are unchanged)."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory (give a file, or use `bilint check`)")
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(
                f"{path}: file is {size / 1e6:.1f} MB; bilint reads files up to {MAX_BYTES // 2**20} MiB"
            )
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return decode(path, data)


def decode(path: str, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: invalid UTF-16 text") from None
    else:
        if b"\x00" in data[:8192]:
            raise InputError(f"{path}: binary file (contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(
                f"{path}:{line}: invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    if "\x00" in text:
        raise InputError(f"{path}: binary file (contains NUL characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
