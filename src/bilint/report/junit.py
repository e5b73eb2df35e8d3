"""`--format junit`: JUnit XML, which most CI systems display as test results. One testsuite per
file pair; one failing testcase per finding (names unique in their suite); a pair without
findings is one passing testcase, so that every checked pair shows up."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from ..pipeline import Result

# XML 1.0 cannot carry most control characters, even escaped: an article may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(s: str) -> str:
    return _NOT_XML.sub("\ufffd", s)


def render(results: Sequence[Result], color: bool = False) -> str:
    root = ET.Element("testsuites", name="bilint")
    total = failures = 0
    for r in results:
        pair = f"{r.src.path} -> {r.tgt.path}" if r.src.path != r.tgt.path else r.src.path
        suite = ET.SubElement(root, "testsuite", name=_clean(pair))
        names: set[str] = set()
        for f in r.findings:
            s = f.primary
            base = f"{f.code} {s.path}:{s.line}:{s.column}"
            name, n = base, 1
            while name in names:
                n += 1
                name = f"{base} ({n})"
            names.add(name)
            case = ET.SubElement(suite, "testcase", name=_clean(name), classname=f"bilint.{f.code}",
                                 file=_clean(s.path), line=str(s.line))
            detail = [f"{f.code} {f.name} [{f.severity}]"]
            for label, side in (("source", f.source), ("target", f.target)):
                if side is not None:
                    detail.append(f"{label}: {side.path}:{side.line}:{side.column} ({side.lang}) "
                                  f"\"{side.surface}\"")
            failure = ET.SubElement(case, "failure", message=_clean(f.message), type=f.severity)
            failure.text = _clean("\n".join(detail))
        if not r.findings:
            ET.SubElement(suite, "testcase", name="no findings", classname="bilint",
                          file=_clean(r.tgt.path))
        cases = max(1, len(r.findings))
        suite.set("tests", str(cases))
        suite.set("failures", str(len(r.findings)))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        total += cases
        failures += len(r.findings)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
