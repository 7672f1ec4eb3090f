"""Interchange with the news world: schema.org JSON-LD and ClaimReview, IPTC ninjs.

Every conversion returns a :class:`Converted`: the document or the other format's JSON,
and the loss report, each field dropped or approximated with its code and pointer.
"""

from newsmodel.interchange.claimreview import import_claimreview
from newsmodel.interchange.loss import ConversionError, Converted
from newsmodel.interchange.ninjs import export_ninjs, import_ninjs
from newsmodel.interchange.schemaorg import export_schemaorg

__all__ = [
    "ConversionError",
    "Converted",
    "export_ninjs",
    "export_schemaorg",
    "import_claimreview",
    "import_ninjs",
]
