"""Finding cycles in the references between objects, in time linear in their number.

A document may hold thousands of objects that point at one another (an attribution
nested in another, an organization's parent, a time resolved against another, a group's
members). Following the references from every object in turn costs the square of the
chain's length: 16,000 nested attributions took 89 s. :func:`cyclic_components` finds the
strongly connected components once (Tarjan's algorithm, without recursion, so that a long
chain cannot exhaust Python's stack), and every object on a cycle is in one of size two or
more, or points at itself.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

Node = TypeVar("Node", bound=Hashable)


def cyclic_components(successors: Mapping[Node, Sequence[Node]]) -> dict[Node, int]:
    """Each node that reaches itself, mapped to the size of its strongly connected component.

    ``successors`` maps each node to the nodes it points at; a target that is not a key
    of ``successors`` has no successors (a dangling reference is another rule's business).
    Each node's successors are read once: the work is linear in nodes plus edges. A node
    that points at itself, and at nothing in a cycle with others, has size 1.
    """
    index_of: dict[Node, int] = {}
    lowest: dict[Node, int] = {}
    on_stack: set[Node] = set()
    stack: list[Node] = []
    found: dict[Node, int] = {}
    pointing_at_themselves: set[Node] = set()
    for root in successors:
        if root in index_of:
            continue
        # Each frame: a node and an iterator over its successors not yet explored.
        frames = [(root, iter(successors.get(root, ())))]
        index_of[root] = lowest[root] = len(index_of)
        stack.append(root)
        on_stack.add(root)
        while frames:
            node, targets = frames[-1]
            for target in targets:
                if target == node:
                    pointing_at_themselves.add(node)
                if target not in index_of:
                    index_of[target] = lowest[target] = len(index_of)
                    stack.append(target)
                    on_stack.add(target)
                    frames.append((target, iter(successors.get(target, ()))))
                    break
                if target in on_stack:
                    lowest[node] = min(lowest[node], index_of[target])
            else:
                frames.pop()
                if frames:
                    parent = frames[-1][0]
                    lowest[parent] = min(lowest[parent], lowest[node])
                if lowest[node] == index_of[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1 or node in pointing_at_themselves:
                        found.update((member, len(component)) for member in component)
    return found
