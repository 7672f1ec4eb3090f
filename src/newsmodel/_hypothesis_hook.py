"""The hook hypothesis runs when it is imported (``[project.entry-points.hypothesis]``).

It lives apart from :mod:`newsmodel.strategies`, and registers a function per model
class rather than the strategies themselves, so that it never imports that module while
hypothesis is importing: ``import newsmodel.strategies`` imports hypothesis, which runs
this hook while ``newsmodel.strategies`` is still half built. The strategies are looked
up when a test first asks for the type, once every import has finished.
"""

from __future__ import annotations

from typing import Any


def register_type_strategies() -> None:
    """Make ``st.from_type`` resolve every model class to
    :func:`newsmodel.strategies.model_objects`. Hypothesis calls this through its entry
    point whenever it is imported where newsmodel is installed; users need not."""
    import attrs
    from hypothesis import strategies as st

    import newsmodel.model

    for name in newsmodel.model.__all__:
        cls = getattr(newsmodel.model, name)
        if isinstance(cls, type) and attrs.has(cls):
            st.register_type_strategy(cls, _model_objects)


def _model_objects(cls: type) -> Any:
    from newsmodel.strategies import model_objects

    return model_objects(cls)
