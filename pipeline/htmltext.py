"""Article text from an HTML page: scripts, styles, navigation, forms and page chrome dropped.

Block elements become line breaks so the text keeps the page's paragraphs, list items and captions.
The main content is the ``<article>`` element, else the element whose id/class names it as content and holds
the most text, else ``<body>``.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
             "svg", "button", "select", "input", "textarea", "object", "embed")
BLOCK_TAGS = {"p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "table", "br", "figcaption", "figure", "blockquote", "pre", "dd", "dt", "dl", "main", "td", "th"}
CONTENT_HINT = re.compile(r"(article|content|detail|entry|post|news|story|body-text|noidung|chitiet)", re.I)
CHROME_HINT = re.compile(r"(menu|nav|sidebar|footer|header|comment|share|social|related|banner|breadcrumb|widget|ads?\b)", re.I)


def _parse(html: str):
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def html_title(html: str) -> str | None:
    root = _parse(html)
    if root is None:
        return None
    t = root.find(".//title")
    if t is not None and t.text_content().strip():
        return " ".join(t.text_content().split())
    return None


def html_to_text(html: str) -> str:
    """The readable article text of a page ('' when there is none)."""
    root = _parse(html)
    if root is None:
        return ""
    for el in root.xpath("//comment() | //processing-instruction()"):
        _remove(el)
    for tag in DROP_TAGS:
        for el in list(root.iter(tag)):
            _remove(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        hint = f"{el.get('class', '')} {el.get('id', '')}"
        if el.tag not in ("html", "body") and CHROME_HINT.search(hint) and not CONTENT_HINT.search(hint):
            _remove(el)
    main = _main_content(root)
    if main is None:
        return ""
    parts: list[str] = []
    _collect(main, parts)
    text = "".join(parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _remove(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _main_content(root):
    arts = root.xpath("//article")
    if arts:
        return max(arts, key=lambda e: len(e.text_content()))
    candidates = [el for el in root.iter() if isinstance(el.tag, str)
                  and CONTENT_HINT.search(f"{el.get('class', '')} {el.get('id', '')}")]
    if candidates:
        best = max(candidates, key=lambda e: len(e.text_content()))
        if len(best.text_content().strip()) > 200:
            return best
    body = root.find(".//body")
    return body if body is not None else root


def _collect(el, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    block = tag in BLOCK_TAGS
    if block:
        parts.append("\n")
    if tag == "li":
        parts.append("- ")
    if el.text and tag:
        parts.append(el.text)
    for child in el:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")
