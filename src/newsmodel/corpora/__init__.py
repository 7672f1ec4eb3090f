"""Readers of annotated research corpora: TimeML, MEANTIME's CAT XML and brat/PARC.

Each reader turns one source document into a valid :class:`~newsmodel.model.Article` and
a :class:`~newsmodel.corpora.fidelity.FidelityReport` that says, for every markable and
link of the source, whether it came across exactly, approximated or not at all.
"""

from newsmodel.corpora._common import Conversion, CorpusError
from newsmodel.corpora.brat import POLNEAR, read_brat, to_brat
from newsmodel.corpora.cat import read_cat
from newsmodel.corpora.fidelity import Fate, FidelityReport, Outcome
from newsmodel.corpora.interannotator import Agreement, agreement
from newsmodel.corpora.timeml import read_timeml

__all__ = [
    "POLNEAR",
    "Agreement",
    "Conversion",
    "CorpusError",
    "Fate",
    "FidelityReport",
    "Outcome",
    "agreement",
    "read_brat",
    "read_cat",
    "read_timeml",
    "to_brat",
]
