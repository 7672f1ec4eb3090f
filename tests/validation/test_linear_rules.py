"""The rules against reference cycles read each object's references once.

A search from every object read a chain of n nested attributions n²/2 times (16,000 took
89 s); the rules now find the strongly connected components once. The work is counted,
not timed: doubling the chain at most doubles the reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import pytest
from counting_graph import CountingGraph

from newsmodel.examples import small_article
from newsmodel.model import Article, Attribution
from newsmodel.validation.rules import Context, references
from newsmodel.validation.rules.examples import found


def ring_of_reports(length: int) -> Article:
    """``length`` attributions, each nested in the one before, the first in the last."""
    article = small_article()
    model = found(article, "a-build")
    ring = tuple(
        attrs.evolve(model, id=f"ring-{i}", nested_in=f"ring-{(i - 1) % length}")
        for i in range(length)
    )
    return attrs.evolve(article, attributions=(*article.attributions, *ring))


def reads_and_findings(length: int, monkeypatch: Any) -> tuple[int, list[Any]]:
    counted: list[CountingGraph] = []
    real = references.cyclic_components

    def counting(edges: Mapping[str, Sequence[str]]) -> dict[str, int]:
        graph = CountingGraph(edges)
        counted.append(graph)
        return real(graph)

    monkeypatch.setattr(references, "cyclic_components", counting)
    findings = list(references.attributions_acyclic(Context(ring_of_reports(length))))
    return sum(graph.reads for graph in counted), findings


def test_every_report_on_the_ring_is_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    _, findings = reads_and_findings(50, monkeypatch)
    assert len(findings) == 50
    assert all(
        message.endswith("is nested in itself, through a cycle of 50") for _, message in findings
    )
    assert findings[0][0] == ("attributions", len(small_article().attributions), "nestedIn")


def test_doubling_the_ring_at_most_doubles_the_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    small, _ = reads_and_findings(1000, monkeypatch)
    large, _ = reads_and_findings(2000, monkeypatch)
    attributions = len(small_article().attributions)
    assert 1000 <= small <= 1000 + attributions  # every object read, and once
    assert large <= 2 * small


def test_the_rule_reports_nothing_without_a_cycle() -> None:
    assert list(references.attributions_acyclic(Context(small_article()))) == []
    assert isinstance(found(small_article(), "a-backed"), Attribution)
