"""Fingerprints: the first 16 hex digits of a SHA-1.

Through CPython's own `_sha1` where it exists: `hashlib` loads its OpenSSL backend when
imported, some 5 ms of every start-up, for the same digests.
"""

from __future__ import annotations

try:
    from _sha1 import sha1
except ImportError:  # another interpreter: hashlib has it
    from hashlib import sha1

__all__ = ["fingerprint", "sha1"]


def fingerprint(key: bytes) -> str:
    return str(sha1(key).hexdigest())[:16]
