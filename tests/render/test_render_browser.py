"""The HTML view in a real browser (headless Chromium): what a person would see.

The tests load rendered pages from files (file://, no network) and check what shows:
the highlighted quotations and claims, a time expression's value on hover and on
keyboard focus, the sources in the side panel, a hostile document that runs no script,
and a narrow screen. They keep screenshots of the reference article in
``docs/_build/screenshots/`` (wide and 400 px narrow), to be looked at.

Chromium and its driver come from Debian: ``apt-get install chromium chromium-driver``
(``.ci/run`` installs them where missing); selenium comes with the ``test`` extra.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from view_hostile_document import hostile_article
from view_layered_document import layered_article

import newsmodel
from newsmodel.render import render_article

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "_build" / "screenshots"
REFERENCE = "space-agency-teams-with-arms-exporter"
HOW_TO_INSTALL = (
    "headless Chromium is not available; install it with "
    "'apt-get install chromium chromium-driver' and selenium with pip install '.[test]'"
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def unavailable() -> None:
    """Skip, or fail where the browser tests must run (``.ci/run`` sets NEWSMODEL_REQUIRE_BROWSER)."""
    if os.environ.get("NEWSMODEL_REQUIRE_BROWSER"):
        pytest.fail(HOW_TO_INSTALL)
    pytest.skip(HOW_TO_INSTALL)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable()
    if chromium is None or driver_path is None:
        unavailable()
    with tempfile.TemporaryDirectory(prefix="newsmodel-chromium-") as profile:
        options = Options()
        options.binary_location = chromium
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={profile}")
        options.add_argument("--window-size=1400,1000")
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        try:
            yield driver
        finally:
            driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("views")
    written = {}
    for name in (REFERENCE, "unicode-offsets"):
        path = folder / f"{name}.html"
        path.write_text(render_article(newsmodel.examples.load(name)), encoding="utf-8")
        written[name] = path
    return written


def open_page(browser: Any, path: Path, width: int = 1400) -> None:
    browser.set_window_size(width, 1000)
    browser.get(path.as_uri())


def distinct_drawn(browser: Any, selector: str, drawn: str) -> int:
    """How many annotations have some element matching ``selector`` that visibly draws."""
    script = f"""
        const seen = new Set();
        for (const node of document.querySelectorAll({selector!r})) {{
            const style = getComputedStyle(node);
            if ({drawn}) seen.add(node.dataset.t);
        }}
        return seen.size;
    """
    count: int = browser.execute_script(script)
    return count


def test_every_quotation_and_claim_is_highlighted(browser: Any, pages: dict[str, Path]) -> None:
    for name, path in pages.items():
        article = newsmodel.examples.load(name)
        open_page(browser, path)
        quotations = distinct_drawn(
            browser, "article.story .a-content", "style.backgroundColor !== 'rgba(0, 0, 0, 0)'"
        )
        claims = distinct_drawn(
            browser,
            "article.story .a-claim",
            "style.borderTopStyle !== 'none' && style.borderTopWidth !== '0px'",
        )
        assert (quotations, claims) == (len(article.attributions), len(article.claims)), name


def test_switching_claims_off_removes_their_lines(browser: Any, pages: dict[str, Path]) -> None:
    open_page(browser, pages[REFERENCE])
    browser.find_element("css selector", ".toggles input[value=claims]").click()
    assert distinct_drawn(browser, "article.story .a-claim", "style.borderTopStyle !== 'none'") == 0


def test_the_annotator_switch_shows_one_layer(browser: Any, tmp_path: Path) -> None:
    article = layered_article()
    persons = {claim.id for claim in article.claims if claim.annotator == "ann"}
    path = tmp_path / "layers.html"
    path.write_text(render_article(article), encoding="utf-8")
    open_page(browser, path)
    drawn = "style.borderTopStyle !== 'none'"
    assert distinct_drawn(browser, "article.story .a-claim", drawn) == len(article.claims)
    browser.find_element("css selector", ".layers input[value='1']").click()  # the tool's
    # The person's claims vanish; those that name no annotator stay.
    unnamed = len(article.claims) - len(persons)
    assert distinct_drawn(browser, "article.story .a-claim", drawn) == unnamed
    browser.find_element("css selector", ".layers input[value='all']").click()
    assert distinct_drawn(browser, "article.story .a-claim", drawn) == len(article.claims)


def tooltip(browser: Any) -> str:
    tip = browser.find_element("id", "tip")
    return str(tip.text) if tip.is_displayed() else ""


def test_hovering_a_time_shows_its_value(browser: Any, pages: dict[str, Path]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    article = newsmodel.examples.load(REFERENCE)
    wednesday = next(t for t in article.times if t.anchor and t.anchor.exact == "Wednesday")
    assert wednesday.value is not None
    open_page(browser, pages[REFERENCE])
    assert tooltip(browser) == ""
    shown = browser.find_element(
        "xpath", "//article//span[contains(@class, 'a-time') and @tabindex and .='Wednesday']"
    )
    ActionChains(browser).move_to_element(shown).perform()
    assert f"{wednesday.value} (a Wednesday" in tooltip(browser)


def test_focusing_a_time_from_the_keyboard_shows_its_value(
    browser: Any, pages: dict[str, Path]
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    open_page(browser, pages[REFERENCE])
    for _ in range(40):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        focused = browser.switch_to.active_element
        if "a-time" in (focused.get_attribute("class") or ""):
            break
    else:
        pytest.fail("no time expression can be reached with Tab")
    assert focused.text == "07/27/2016"  # the first, in the page chrome
    assert "2016-07-27 (27 July 2016)" in tooltip(browser)
    described = browser.find_element("id", focused.get_attribute("aria-describedby"))
    assert "2016-07-27" in described.get_attribute("textContent")  # what a screen reader reads


def test_the_panel_lists_the_sources(browser: Any, pages: dict[str, Path]) -> None:
    open_page(browser, pages[REFERENCE])
    sources = browser.find_elements("css selector", "#panel ul.sources > li")
    shown = [
        (
            source.find_element("tag name", "h3").text,
            source.find_element("css selector", ".about").text,
        )
        for source in sources
        if source.is_displayed()
    ]
    names = [name for name, _ in shown]
    assert "Yury Koptev" in names
    assert "Grigory Rapota" in names
    assert "a Rosvooruzheniye official" in names
    assert "The writer" in names
    (joint,) = [about for name, about in shown if "Koptev" in name and "Rapota" in name]
    assert joint.startswith("joint source")
    (anonymous,) = [about for name, about in shown if name == "a Rosvooruzheniye official"]
    assert anonymous == (
        "anonymous source; of Rosvooruzheniye; not named because: asked not to be identified"
    )


def test_selecting_a_source_highlights_its_words(browser: Any, pages: dict[str, Path]) -> None:
    open_page(browser, pages[REFERENCE])
    buttons = browser.find_elements("css selector", "#panel .sources h3 button")
    koptev = next(b for b in buttons if b.text == "Yury Koptev")
    rapota = next(b for b in buttons if b.text == "Grigory Rapota")
    koptev.click()
    assert koptev.get_attribute("aria-pressed") == "true"
    selected = browser.find_elements("css selector", ".story .sel")
    shown = {node.get_attribute("data-t") for node in selected if node.is_displayed()}
    assert shown == set(koptev.get_attribute("data-select").split())
    assert not shown & set(rapota.get_attribute("data-select").split())
    words = [node.text for node in selected]
    assert "told " in words  # a cue: "told reporters", cut by the mention of the reporters
    assert "Time will show" in words
    assert browser.find_element("id", "status").text.endswith("highlighted passages")
    koptev.click()  # again: cleared
    assert browser.find_elements("css selector", ".story .sel") == []


def test_selecting_words_in_the_text_selects_their_annotation_in_the_panel(
    browser: Any, pages: dict[str, Path]
) -> None:
    open_page(browser, pages[REFERENCE])
    billions = browser.find_element(
        "xpath", "//article//span[contains(@class, 'a-quantity') and text()='$50 billion']"
    )
    billions.click()
    (pressed,) = browser.find_elements("css selector", "#panel button[aria-pressed=true]")
    assert pressed.text.startswith("$50 billion: 50,000,000,000 USD")
    selected = browser.find_elements("css selector", ".story .sel")
    assert [node.text for node in selected] == ["$50 billion"]


def test_a_hostile_document_runs_no_script(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(render_article(hostile_article()), encoding="utf-8")
    open_page(browser, path)
    # Hover and select everything, so that any handler a payload smuggled in would fire.
    from selenium.webdriver.common.action_chains import ActionChains

    for node in browser.find_elements("css selector", ".story .a"):
        ActionChains(browser).move_to_element(node).perform()
    for button in browser.find_elements("css selector", "#panel button"):
        button.click()
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.execute_script("return document.scripts.length") == 1
    assert browser.find_elements("tag name", "img") == []
    story = browser.find_element("css selector", "article.story").text
    assert "Headline <script>window.pwned=1</script>" in story
    assert "</p></article><b>bold</b>" in story


def full_page_screenshot(browser: Any, path: Path, width: int) -> None:
    browser.set_window_size(width, 1000)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, height + 100)
    path.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(path))
    print(f"screenshot: {path}")


@pytest.mark.parametrize("width", [1400, 400])
def test_the_reference_article_reads_at_every_width(
    browser: Any, pages: dict[str, Path], width: int
) -> None:
    for name, page in pages.items():
        open_page(browser, page, width)
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways at {width} px"
        full_page_screenshot(browser, SCREENSHOTS / f"{name}-{width}.png", width)
