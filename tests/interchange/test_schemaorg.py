"""schema.org JSON-LD out: what Google and a JSON-LD processor need, and stable round trips."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from interchange_data import fixture, shared_files

from newsmodel import loads
from newsmodel.examples import __file__ as examples_init
from newsmodel.interchange import ConversionError, export_schemaorg, import_claimreview
from newsmodel.interchange.expansion import dropped_terms, expand

pytest.importorskip("pyld", reason="the interchange extra (pyld) is not installed")

REFERENCE = Path(examples_init).parent / "space-agency-teams-with-arms-exporter.json"
FACT_CHECK = (
    Path(__file__).resolve().parents[1] / "corpus/2.0/valid/known-only-from-a-fact-check.json"
)


def nodes(jsonld: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [node for node in jsonld["@graph"] if node["@type"] == kind]


def test_the_reference_article_expands_without_errors_or_dropped_terms() -> None:
    exported = export_schemaorg(loads(REFERENCE.read_bytes())).value
    assert dropped_terms(exported, expand(exported)) == 0


def test_an_unmapped_term_is_caught_as_dropped() -> None:
    # The check above can fail: a key the context does not map is dropped by expansion.
    exported = export_schemaorg(loads(REFERENCE.read_bytes())).value
    exported["@graph"][0]["wordCountTypo"] = 3
    assert dropped_terms(exported, expand(exported)) == 1


def test_expansion_never_goes_to_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    from pyld import jsonld  # type: ignore[import-untyped]

    connections: list[Any] = []
    monkeypatch.setattr(socket.socket, "connect", lambda *args: connections.append(args))
    with pytest.raises(jsonld.JsonLdError, match="loading remote context failed"):
        expand({"@context": "https://example.org/context.jsonld", "name": "x"})
    assert connections == []


def test_the_article_its_people_claims_quotations_and_amounts() -> None:
    article = loads(REFERENCE.read_bytes())
    converted = export_schemaorg(article)
    jsonld = converted.value
    [news] = nodes(jsonld, "NewsArticle")
    assert news["headline"] == article.headline
    assert news["inLanguage"] == "en"
    koptev = next(n for n in nodes(jsonld, "Person") if n.get("name") == "Yury Koptev")
    assert koptev["jobTitle"] == "general director"
    assert koptev["worksFor"] == {"@id": f"{article.id}#rsa"}
    claim = next(n for n in nodes(jsonld, "Claim") if n["@id"].endswith("#c-headline"))
    [target] = claim["oa:hasTarget"]
    position, quote = target["oa:hasSelector"]
    assert position == {"@type": "oa:TextPositionSelector", "oa:start": 92, "oa:end": 129}
    assert quote == {
        "@type": "oa:TextQuoteSelector",
        "oa:exact": "Space Agency Teams With Arms Exporter",
    }
    assert article.text is not None
    assert article.text[position["oa:start"] : position["oa:end"]] == quote["oa:exact"]
    quotation = nodes(jsonld, "Quotation")[0]
    assert quotation["creator"] == quotation["spokenByCharacter"] == {"@id": f"{article.id}#koptev"}
    money = nodes(jsonld, "MonetaryAmount")
    assert {m["currency"] for m in money} == {"USD"}
    assert any(n.get("unitText") == "%" for n in nodes(jsonld, "QuantitativeValue"))
    # What schema.org cannot hold is reported, each with its pointer into the document.
    reported = {p.pointer for p in converted.losses}
    assert "/events/0" in reported
    assert "/segments" in reported


def test_each_review_has_googles_required_and_recommended_properties() -> None:
    jsonld = export_schemaorg(loads(FACT_CHECK.read_bytes())).value
    [review] = nodes(jsonld, "ClaimReview")
    for required in ("claimReviewed", "reviewRating", "url"):
        assert review[required]
    assert review["reviewRating"]["alternateName"] == "Falso"
    for recommended in ("author", "itemReviewed"):
        assert review[recommended]
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["firstAppearance"]["url"] == "https://social.example/posts/1"


def roundtrip(data: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    first = export_schemaorg(import_claimreview(data).value).value
    second = export_schemaorg(import_claimreview(first).value).value
    return first, second


def test_export_import_export_is_stable_on_our_fixtures() -> None:
    for name in ("graph-with-id-reviewer.jsonld", "fact-check-tools.json"):
        first, second = roundtrip(fixture(name))
        assert first == second, name


def test_export_import_export_is_stable_on_every_real_item() -> None:
    stable = 0
    for path in shared_files("realdata/claimreview", "interop/claimreview"):
        data = json.loads(path.read_text(encoding="utf-8"))
        try:
            import_claimreview(data)
        except ConversionError:
            continue  # counted in test_claimreview
        first, second = roundtrip(data)
        assert first == second, path.name
        assert dropped_terms(first, expand(first)) == 0, path.name
        stable += 1
    assert stable == 27
