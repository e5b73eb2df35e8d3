"""Reading `.bilint.yaml`: composed (not loaded) with PyYAML so that every node keeps its line,
and each error names the file, the line and the key. Nodes are walked by the schema below,
never constructed wholesale, after a bounded pass that stops alias bombs and self-referencing
aliases. A separate module from `config` so that a run without a configuration file never
imports PyYAML.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import yaml

from .config import (
    KEYS,
    MAX_BYTES,
    MAX_DEPTH,
    MAX_NODES,
    PAIR_KEYS,
    SEVERITIES,
    Config,
    ConfigError,
    display_path,
)
from .globs import Glob, GlobError, PairPattern, compile_glob, compile_pair

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: str) -> str:
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ConfigError(f"{path}:1: configuration file is {size} bytes; at most {MAX_BYTES}")
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise ConfigError(f"{path}:1: no such configuration file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}:1: is a directory, not a configuration file") from None
    except OSError as exc:
        raise ConfigError(f"{path}:1: cannot read: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}:{line}: invalid UTF-8 in the configuration") from None


def _compose(path: str, text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        context = exc.context
        if context and exc.context_mark and exc.context_mark.line + 1 != line:
            context += f" (from line {exc.context_mark.line + 1})"
        problem = " ".join(filter(None, [context, exc.problem]))
        raise ConfigError(f"{path}:{line}: invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}:1: invalid YAML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}:1: invalid YAML: nested too deeply") from None


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _bound(path: str, root: yaml.Node) -> None:
    """Refuse documents that grow past MAX_NODES when aliases are followed, or loop."""
    count = 0
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise ConfigError(f"{path}:{_line(node)}: the configuration expands to more than "
                              f"{MAX_NODES} values through aliases (an alias bomb?)")
        if depth > MAX_DEPTH:
            raise ConfigError(f"{path}:{_line(node)}: values nested more than {MAX_DEPTH} deep "
                              "(a recursive alias?)")
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.append((k, depth + 1))
                stack.append((v, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((v, depth + 1) for v in node.value)


_TAG_KIND = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean",
             "null": "nothing (null)", "timestamp": "a date"}


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return _TAG_KIND.get(str(node.tag).rsplit(":", 1)[-1], "a value")


class _Reader:
    """Walks the nodes of one file; `fail` makes the one-line error."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, node: yaml.Node, key: str, problem: str) -> ConfigError:
        where = f"{key}: " if key else ""
        return ConfigError(f"{self.path}:{_line(node)}: {where}{problem}")

    def string(self, node: yaml.Node, key: str, what: str = "a string") -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.tag).endswith(":str"):
            raise self.fail(node, key, f"expected {what}, got {_kind(node)}")
        value = str(node.value)
        if not value.strip():
            raise self.fail(node, key, f"expected {what}, got an empty string")
        return value

    def strings(self, node: yaml.Node, key: str, what: str) -> list[tuple[str, yaml.Node]]:
        """A list of strings; one string alone is taken as a list of one."""
        if isinstance(node, yaml.ScalarNode) and str(node.tag).endswith(":str"):
            return [(self.string(node, key, what), node)]
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, key, f"expected a list of {what}s, got {_kind(node)}")
        return [(self.string(item, f"{key}[{i}]", what), item) for i, item in enumerate(node.value)]

    def mapping(self, node: yaml.Node, key: str, allowed: Iterable[str] | None = None,
                ) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, key, f"expected a mapping, got {_kind(node)}")
        seen: set[str] = set()
        out: list[tuple[str, yaml.Node, yaml.Node]] = []
        names = tuple(allowed) if allowed is not None else None
        for k, v in node.value:
            sub = f"{key}." if key else ""
            if not isinstance(k, yaml.ScalarNode) or not str(k.tag).endswith((":str", ":bool", ":null")):
                raise self.fail(k, key or "(top level)", f"keys must be strings, got {_kind(k)}")
            name = str(k.value)
            if name in seen:
                raise self.fail(k, sub + name, "duplicate key")
            seen.add(name)
            if names is not None and name not in names:
                close = _close(name, names)
                hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(names)})"
                raise self.fail(k, sub + name, f"unknown key{hint}")
            out.append((name, k, v))
        return out


def load(path: str) -> Config:
    """Read and validate one configuration file."""
    text = _read(path)
    root_node = _compose(path, text)
    root = os.path.dirname(os.path.abspath(path))
    if root_node is None:
        return Config(path=path, root=root)
    _bound(path, root_node)
    r = _Reader(path)
    if not isinstance(root_node, yaml.MappingNode):
        raise r.fail(root_node, "", "the configuration must be a mapping of keys "
                     f"({', '.join(KEYS[:4])}, ...), got {_kind(root_node)}")
    values: dict[str, Any] = {}
    severities: dict[str, str | None] = {}
    options: dict[str, dict[str, Any]] = {}
    entries = r.mapping(root_node, "", KEYS)
    # The pack first, so that the file's own rules override it whatever the key order.
    for name, _k, v in entries:
        if name == "extends":
            values["extends"] = r.string(v, name, "a rule pack name")
            severities.update(_pack(r, v, values["extends"], root))
    for name, _k, v in entries:
        if _is_null(v):
            continue  # `key:` with nothing after it, or only comments: as if absent
        if name in ("source_lang", "target_lang"):
            values[name] = _lang(r, v, name)
        elif name == "pairs":
            values["pairs"] = _pairs(r, v)
        elif name == "exclude":
            values["exclude"] = tuple(_glob(r, n, f"exclude[{i}]", s)
                                      for i, (s, n) in enumerate(r.strings(v, name, "glob pattern")))
        elif name == "rules":
            _rules(r, v, severities, options)
        elif name == "per-file-ignores":
            values["per_file_ignores"] = _per_file_ignores(r, v)
        elif name == "glossaries":
            values["glossaries"] = _glossaries(r, v, root)
    src, tgt = values.get("source_lang"), values.get("target_lang")
    if src and tgt:
        from .lang import parse_lang

        if parse_lang(src).base == parse_lang(tgt).base:
            node = next(v for n, _k, v in entries if n == "target_lang")
            raise r.fail(node, "target_lang", f"source and target are both {parse_lang(src).base}")
    return Config(path=path, root=root, severities=severities, options=options, **values)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and str(node.tag).endswith(":null")


def _lang(r: _Reader, node: yaml.Node, key: str) -> str:
    from .lang import LanguageError, parse_lang

    code = r.string(node, key, "a language code (en, es, es-MX, ...)")
    try:
        return parse_lang(code).code
    except LanguageError as exc:
        raise r.fail(node, key, str(exc)) from None


def _glob(r: _Reader, node: yaml.Node, key: str, pattern: str) -> Glob:
    try:
        return compile_glob(pattern)
    except GlobError as exc:
        raise r.fail(node, key, f"bad glob: {exc}") from None


def _pairs(r: _Reader, node: yaml.Node) -> tuple[PairPattern, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise r.fail(node, "pairs", f"expected a list of {{source: GLOB, target: TEMPLATE}}, got {_kind(node)}")
    out: list[PairPattern] = []
    targets: dict[str, int] = {}
    for i, item in enumerate(node.value):
        key = f"pairs[{i}]"
        fields = {name: v for name, _k, v in r.mapping(item, key, PAIR_KEYS)}
        for required in ("source", "target"):
            if required not in fields:
                raise r.fail(item, key, f"missing {required!r}")
        langs = {n: _lang(r, fields[n], f"{key}.{n}") for n in ("source_lang", "target_lang") if n in fields}
        source = r.string(fields["source"], f"{key}.source", "a glob")
        target = r.string(fields["target"], f"{key}.target", "a path template")
        try:
            pattern = compile_pair(source, target, line=_line(item), **langs)
        except GlobError as exc:
            raise r.fail(fields["target"], f"{key}.target", f"bad pair pattern: {exc}") from None
        if pattern.target in targets:
            raise r.fail(fields["target"], f"{key}.target",
                         f"target {target!r} is already the target of pairs[{targets[pattern.target]}]: "
                         "two sources would map to one target")
        targets[pattern.target] = i
        out.append(pattern)
    return tuple(out)


def _selector_codes(r: _Reader, node: yaml.Node, key: str, selector: str) -> set[str]:
    from .registry import select

    try:
        return select([selector])
    except KeyError:
        from .registry import all_rules

        names = [*all_rules(), *(x.name for x in all_rules().values())]
        close = _close(selector, names)
        hint = f"; did you mean {close[0]!r}?" if close else " (see `bilint rules`)"
        raise r.fail(node, key, f"unknown rule code or name {selector!r}{hint}") from None


def _severity(r: _Reader, node: yaml.Node, key: str) -> str | None:
    """`off`, `error`, `warning` or `info` (YAML reads a bare off as false: both mean off)."""
    if isinstance(node, yaml.ScalarNode):
        raw = str(node.value).strip().lower()
        if raw in ("off", "false") and str(node.tag).endswith((":bool", ":str")):
            return None
        if raw in SEVERITIES and str(node.tag).endswith(":str"):
            return raw
    shown = repr(str(node.value)) if isinstance(node, yaml.ScalarNode) else _kind(node)
    raise r.fail(node, key, f"bad severity {shown}: expected off, error, warning or info")


def _specificity(selector: str) -> int:
    from .registry import lookup

    if selector.strip().upper() == "ALL":
        return 0
    return 2 if lookup(selector) else 1


def _rules(r: _Reader, node: yaml.Node, severities: dict[str, str | None],
           options: dict[str, dict[str, Any]]) -> None:
    from .registry import lookup

    entries = r.mapping(node, "rules")
    # ALL, then families, then single rules: the most specific setting wins, whatever the order.
    for selector, knode, vnode in sorted(entries, key=lambda e: _specificity(e[0])):
        key = f"rules.{selector}"
        codes = _selector_codes(r, knode, key, selector)
        if isinstance(vnode, yaml.MappingNode):
            rule = lookup(selector)
            fields = r.mapping(vnode, key)
            opts: dict[str, Any] = {}
            for name, okey, ovalue in fields:
                if name == "severity":
                    sev = _severity(r, ovalue, f"{key}.severity")
                    for c in codes:
                        severities[c] = sev
                    continue
                known = tuple(getattr(rule, "option_names", ())) if rule else ()
                if rule is None:
                    raise r.fail(okey, f"{key}.{name}", "options are set per rule, not per family")
                if name not in known:
                    takes = f"takes {', '.join(known)}" if known else "takes no options"
                    raise r.fail(okey, f"{key}.{name}",
                                 f"unknown option: {rule.code} {takes} (see `bilint rule {rule.code}`)")
                opts[name] = _plain(ovalue)
            if opts and rule is not None:
                options[rule.code] = opts
        else:
            sev = _severity(r, vnode, key)
            for c in codes:
                severities[c] = sev


def _plain(node: yaml.Node) -> Any:
    """A node as Python values; safe because `_bound` has capped the expansion."""
    if isinstance(node, yaml.MappingNode):
        return {str(getattr(k, "value", "")): _plain(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_plain(v) for v in node.value]
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def _per_file_ignores(r: _Reader, node: yaml.Node) -> tuple[tuple[Glob, frozenset[str]], ...]:
    out = []
    for pattern, knode, vnode in r.mapping(node, "per-file-ignores"):
        key = f"per-file-ignores.{pattern}"
        glob = _glob(r, knode, key, pattern)
        codes: set[str] = set()
        for i, (text, item) in enumerate(r.strings(vnode, key, "rule code")):
            for part in text.replace(" ", ",").split(","):
                if part:
                    codes |= _selector_codes(r, item, f"{key}[{i}]", part)
        out.append((glob, frozenset(codes)))
    return tuple(out)


def _glossaries(r: _Reader, node: yaml.Node, root: str) -> tuple[str, ...]:
    out = []
    for i, (rel, item) in enumerate(r.strings(node, "glossaries", "file path")):
        path = os.path.normpath(os.path.join(root, rel))
        if not os.path.isfile(path):
            problem = "is not a file" if os.path.exists(path) else "no such file"
            raise r.fail(item, f"glossaries[{i}]", f"{rel!r}: {problem}")
        from .glossary import GlossaryError, load_glossaries

        path = display_path(path)
        try:
            load_glossaries([path])
        except GlossaryError as exc:
            raise r.fail(item, f"glossaries[{i}]", f"bad glossary: {exc}") from None
        out.append(path)
    return tuple(out)


def _pack(r: _Reader, node: yaml.Node, name: str, root: str) -> dict[str, str | None]:
    """The severities of a rule pack: a name in rules/packs/ or a YAML file beside the config."""
    from .resources import rules_path

    if name.endswith((".yaml", ".yml")) or "/" in name:
        path = os.path.normpath(os.path.join(root, name))
    else:
        packs = rules_path() / "packs"
        path = str(packs / f"{name}.yaml")
        if not os.path.isfile(path):
            known = sorted(p.stem for p in packs.glob("*.yaml")) if packs.is_dir() else []
            raise r.fail(node, "extends", f"unknown rule pack {name!r} (packs: {', '.join(known) or 'none'})")
    if not os.path.isfile(path):
        raise r.fail(node, "extends", f"{name!r}: no such rule pack file")
    text = _read(path)
    pack_node = _compose(path, text)
    if pack_node is None:
        return {}
    _bound(path, pack_node)
    pr = _Reader(path)
    severities: dict[str, str | None] = {}
    for key, _k, v in pr.mapping(pack_node, "", ("description", "rules")):
        if key == "rules":
            _rules(pr, v, severities, {})
        else:
            pr.string(v, key)
    return severities


def _close(word: str, words: Iterable[str]) -> list[str]:
    """The nearest known word, for "did you mean": only on the error path, so difflib is not
    imported at every start."""
    import difflib

    return difflib.get_close_matches(word, list(words), n=1)
