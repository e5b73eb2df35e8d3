"""The records every stage passes on."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from bilint.model import Fact, Span


def test_fact_constructor_takes_exactly_the_fields_in_order_with_their_defaults() -> None:
    # Fact's __init__ is written by hand for speed: it must stay the one dataclass would make.
    params = list(inspect.signature(Fact.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Fact)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        assert p.default == expected, p.name


def test_a_fact_is_frozen_hashable_and_equal_by_value() -> None:
    a = Fact("money", ("4760000", "USD"), Span(10, 23), "$4.76 million", display="4.76 million USD")
    b = Fact("money", ("4760000", "USD"), Span(10, 23), "$4.76 million", display="4.76 million USD")
    assert a == b and hash(a) == hash(b)
    assert a != dataclasses.replace(b, value=("4670000", "USD"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.value = ("1", "USD")  # type: ignore[misc]


def test_a_moved_fact_changes_only_its_span() -> None:
    f = Fact("number", 300, Span(5, 8), "300", qualifier="up to", display="300")
    g = f.moved(100)
    assert g.span == Span(105, 108)
    assert dataclasses.replace(g, span=f.span) == f
    assert f.span == Span(5, 8)


def test_a_fact_survives_the_trip_to_another_process() -> None:
    import pickle
    from decimal import Decimal

    f = Fact("money", (Decimal("4.76E+6"), "USD"), Span(3, 16), "$4.76 million", "strong",
             "about", "digits+words", (((Decimal("476E+6"), "USD"), "FMT001"),), "FMT001",
             "million", "4.76 million USD")
    assert pickle.loads(pickle.dumps(f)) == f
