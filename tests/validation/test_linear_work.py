"""The algorithms that keep rules linear: doubling the input at most doubles the work counted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from counting_graph import CountingGraph
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.validation.cycles import cyclic_components
from newsmodel.validation.nearby import WINDOW, NearbyText


def chain(length: int, *, closed: bool = False) -> dict[str, list[str]]:
    """n1 -> n0, n2 -> n1, ...: the shape of 16,000 nested attributions; ``closed`` adds n0 -> last."""
    edges = {f"n{i}": [f"n{i - 1}"] if i else [] for i in range(length)}
    if closed:
        edges["n0"] = [f"n{length - 1}"]
    return edges


def reaches_itself(edges: Mapping[str, Sequence[str]], start: str) -> bool:
    """The slow, obvious answer: a search from ``start``."""
    seen: set[str] = set()
    stack = list(edges.get(start, ()))
    while stack:
        node = stack.pop()
        if node == start:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(edges.get(node, ()))
    return False


def test_a_chain_has_no_cycle_and_a_ring_is_one() -> None:
    assert cyclic_components(chain(5)) == {}
    assert cyclic_components(chain(4, closed=True)) == {f"n{i}": 4 for i in range(4)}
    assert cyclic_components({"a": ["a"], "b": ["a", "gone"]}) == {"a": 1}


@given(st.dictionaries(st.sampled_from("abcdefg"), st.lists(st.sampled_from("abcdefgh"))))
def test_the_nodes_on_cycles_are_those_that_reach_themselves(edges: dict[str, list[str]]) -> None:
    found = cyclic_components(edges)
    assert set(found) == {node for node in edges if reaches_itself(edges, node)}


def successor_reads(length: int, *, closed: bool) -> int:
    graph = CountingGraph(chain(length, closed=closed))
    cyclic_components(graph)
    return graph.reads


def test_finding_cycles_reads_each_node_once() -> None:
    """A search from every node read a chain's successors n²/2 times (issue 16)."""
    for closed in (False, True):
        small, large = successor_reads(2000, closed=closed), successor_reads(4000, closed=closed)
        assert small <= 2000
        assert large <= 2 * small


def test_a_chain_far_longer_than_the_recursion_limit_is_fine() -> None:
    assert len(cyclic_components(chain(50_000, closed=True))) == 50_000


def test_the_nearest_occurrence_is_found() -> None:
    text = "the cat sat on the mat with the other cat"
    nearby = NearbyText(text)
    assert nearby.find_near("cat", 0) == 4
    assert nearby.find_near("cat", 30) == 38
    assert nearby.find_near("the", 20) == 15
    assert nearby.find_near("dog", 3) is None


def test_far_away_text_is_found_while_the_budget_lasts() -> None:
    text = "x" * (3 * WINDOW) + "needle"
    nearby = NearbyText(text)
    assert nearby.find_near("needle", 0) == 3 * WINDOW  # a whole-text search
    assert nearby.find_near("needle", 0) == 3 * WINDOW  # the second one
    assert nearby.find_near("needle", 0) is None  # the budget is spent


def characters_scanned(length: int, anchors: int) -> int:
    """Search a text of ``length`` characters for ``anchors`` pieces that are not in it."""
    text = "Lorem ipsum dolor sit amet. " * (length // 28)
    nearby = NearbyText(text)
    for number in range(anchors):
        nearby.find_near(f"missing {number}", number * len(text) // anchors)
    return nearby.scanned


def test_searching_near_anchors_is_linear_in_text_and_anchors() -> None:
    """Every mismatched anchor searched the whole text: 30 MB, 1000 anchors, 106 s (issue 16)."""
    small = characters_scanned(1_000_000, 500)
    large = characters_scanned(2_000_000, 1000)
    assert large <= 2.05 * small  # a little over 2: the windows are clipped at the ends
    assert small <= 2 * 1_000_000 + 500 * 2 * (WINDOW + 20)
