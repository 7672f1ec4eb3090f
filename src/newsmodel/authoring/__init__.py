r"""Writing documents: the text first, then annotations added by method calls.

>>> from newsmodel.authoring import Draft
>>> draft = Draft("Port reopens\n\nThe port reopened on Monday, officials said.",
...               id="urn:example:port", language="en")
>>> port = draft.organization("Port of Example", id="port")
>>> _ = port.names(draft.headline.find("Port")).nominals(draft.paragraphs[0].find("The port"))
>>> draft.build().entities[0].mentions[1].anchor.exact
'The port'

See the "Writing documents" page of the docs for a whole article.
"""

from newsmodel.authoring.draft import Draft
from newsmodel.authoring.handles import AttributionHandle, EntityHandle, Handle
from newsmodel.authoring.spans import (
    AmbiguousSpanError,
    Span,
    SpanError,
    SpanNotFoundError,
    Text,
)

__all__ = [
    "AmbiguousSpanError",
    "AttributionHandle",
    "Draft",
    "EntityHandle",
    "Handle",
    "Span",
    "SpanError",
    "SpanNotFoundError",
    "Text",
]
