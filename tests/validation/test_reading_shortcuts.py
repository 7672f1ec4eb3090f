"""The strict reader's shortcut for a sound document agrees with its full walk.

:func:`~newsmodel.codec.parse` walks a parsed document value by value only when something
may be wrong (a duplicate key, an escaped surrogate, nesting beyond the limit); the quick
test for nesting must say "too deep" exactly when the walk finds a value too deep.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.codec import ReadLimits, parse
from newsmodel.codec.fast_reading import deeper_than
from newsmodel.codec.json_text import _structural_problems
from newsmodel.errors import UnreadableDocumentError

NESTED = st.recursive(
    st.none() | st.integers() | st.text(max_size=2),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(NESTED, st.integers(1, 6))
def test_the_quick_depth_test_agrees_with_the_walk(document: Any, limit: int) -> None:
    walked = _structural_problems(document, [], ReadLimits(max_depth=limit), None)
    assert deeper_than(document, limit) == any(p.code == "json.too_deep" for p in walked)


def test_an_escaped_surrogate_pair_is_read_and_a_lone_one_refused() -> None:
    assert parse(b'{"a": "\\ud83d\\ude00"}') == {"a": "\U0001f600"}
    with pytest.raises(UnreadableDocumentError) as refused:
        parse(b'{"a": "x\\uDBFF"}')
    assert [p.code for p in refused.value.problems] == ["json.surrogate"]
