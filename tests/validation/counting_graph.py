"""A graph that counts its reads, for tests that count work rather than time it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence


class CountingGraph(Mapping[str, Sequence[str]]):
    """A graph (each node's successors) that counts how often a node's successors are read."""

    def __init__(self, edges: Mapping[str, Sequence[str]]) -> None:
        self.edges = edges
        self.reads = 0

    def __getitem__(self, node: str) -> Sequence[str]:
        self.reads += 1
        return self.edges[node]

    def __iter__(self) -> Iterator[str]:
        return iter(self.edges)

    def __len__(self) -> int:
        return len(self.edges)
