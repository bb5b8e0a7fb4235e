"""Safety: untrusted report text never becomes markup, a strict CSP, CSRF, log-in rate limiting, sessions,
and upload limits."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest
from sqlalchemy import Engine, select

from diaodu.ledger.db import transaction
from diaodu.ledger.tables.accounts import User
from diaodu.ledger.tables.figures import Document, Mention
from tests.web.conftest import PASSWORD, World, api_login, form_login, page_csrf

HOSTILE = (
    "通报<script>window.__xss=1;alert('xss')</script>全市"
    '<img src=x onerror="window.__xss=2">增长6.5%'
    '<a href="javascript:window.__xss=3">点此</a>'
    "<svg onload=alert(4)></svg>"
    '"><iframe src="javascript:alert(5)"></iframe>'
    "<style>body{display:none}</style>"
    "{{ 7*7 }}{% raw %}"
)

HOSTILE_FIELD = '"><script>alert(6)</script><img src=x onerror=alert(7)>'


class Markup(HTMLParser):
    """Collects what a browser would treat as active content."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[tuple[str, str]] = []
        self.js_urls: list[tuple[str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self.scripts.append(dict(attrs))
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.js_urls.append((tag, value or ""))


def _hostile_document(engine: Engine) -> int:
    with transaction(engine) as s:
        doc = Document(
            sha256="f" * 64,
            file_name="<b>evil</b>.txt",
            title=HOSTILE_FIELD,
            publisher=HOSTILE_FIELD,
            published_on=date(2024, 1, 1),
            text=HOSTILE,
        )
        s.add(doc)
        s.flush()
        start = HOSTILE.index("6.5%") - 2
        m = Mention(
            document_id=doc.id,
            start=start,
            end=start + 6,
            text=HOSTILE[start : start + 6],
            measure="growth",
            value=6.5,
            unit="%",
            subject=HOSTILE_FIELD,
            indicator=HOSTILE_FIELD,
            period="2024",
        )
        s.add(m)
        script_start = HOSTILE.index("<script>")
        m2 = Mention(
            document_id=doc.id,
            start=script_start,
            end=script_start + 8,
            text="<script>",
            measure="level",
            value=1,
            subject="x",
            indicator="y",
        )
        s.add(m2)
        return doc.id


def _assert_inert(html: str) -> None:
    found = Markup()
    found.feed(html)
    for attrs in found.scripts:
        assert (attrs.get("src") or "").startswith("/static/") or attrs.get("type") == "application/json", (
            attrs
        )
    assert found.handlers == []
    assert found.js_urls == []
    for tag in ("img", "svg", "iframe", "style"):
        assert tag not in found.tags, f"<{tag}> from the report reached the page"


@pytest.mark.parametrize("page", ["document", "review", "documents", "api"])
def test_report_text_never_becomes_markup(page: str, login: Any, engine: Engine, world: World) -> None:
    doc_id = _hostile_document(engine)
    who = login("reviewer")
    url = {
        "document": f"/documents/{doc_id}",
        "review": f"/review?document_id={doc_id}",
        "documents": "/documents",
        "api": f"/api/v1/documents/{doc_id}",
    }[page]
    r = who.get(url)
    assert r.status_code == 200
    if page == "api":
        assert r.headers["content-type"].startswith("application/json")
        assert r.json()["text"] == HOSTILE  # the API gives the text back as data, unchanged
        return
    _assert_inert(r.text)
    assert "&lt;script&gt;" in r.text


def test_every_page_has_a_strict_csp(login: Any) -> None:
    r = login("admin").get("/")
    csp = r.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert r.headers["x-content-type-options"] == "nosniff"
    _assert_inert(r.text)


def test_api_write_without_csrf_token_is_refused(login: Any, world: World) -> None:
    who = login("reviewer")
    r = who.client.post(f"/api/v1/mentions/{world.mentions[0]}/review", json={"action": "accept"})
    assert r.status_code == 403
    assert "CSRF" in r.json()["detail"]
    r = who.client.post(
        f"/api/v1/mentions/{world.mentions[0]}/review",
        json={"action": "accept"},
        headers={"X-CSRF-Token": "forged"},
    )
    assert r.status_code == 403


def test_form_write_without_csrf_token_is_refused(anon: Any, world: World) -> None:
    assert form_login(anon, "reviewer").status_code == 303
    r = anon.post(f"/review/{world.mentions[0]}", data={"action": "accept"})
    assert r.status_code == 403
    page = anon.get("/review")
    r = anon.post(
        f"/review/{world.mentions[0]}",
        data={"action": "accept", "csrf_token": page_csrf(page.text)},
        follow_redirects=False,
    )
    assert r.status_code == 303


def test_login_form_needs_its_token(anon: Any) -> None:
    anon.get("/login")
    r = anon.post("/login", data={"name": "admin", "password": PASSWORD, "form_token": "x", "next": "/"})
    assert r.status_code == 403


def test_login_rate_limited_per_user_and_address(anon: Any) -> None:
    for _ in range(3):  # web_settings: login_max_attempts=3
        r = api_login(anon, "admin", "wrong password")
        assert r.status_code == 403
        assert r.json()["detail"] == "用户名或密码错误"
    r = api_login(anon, "admin")  # the right password no longer helps
    assert r.status_code == 429
    assert "15分钟" in r.json()["detail"]
    assert api_login(anon, "leader").status_code == 200  # another user is not locked out


def test_login_form_rate_limited(anon: Any) -> None:
    for _ in range(3):
        assert form_login(anon, "leader", "nope-nope").status_code == 401
    r = form_login(anon, "leader")
    assert r.status_code == 429
    assert "登录失败次数过多" in r.text


def test_unknown_user_and_wrong_password_look_alike(anon: Any) -> None:
    a = api_login(anon, "nobody", "whatever-123")
    b = api_login(anon, "admin", "whatever-123")
    assert a.status_code == b.status_code == 403
    assert a.json() == b.json()


def test_passwords_are_argon2_hashes(engine: Engine, world: World) -> None:
    with transaction(engine) as s:
        hashes = list(s.scalars(select(User.password_hash)))
    assert hashes and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


def test_session_cookie_is_httponly_and_logout_ends_it(anon: Any) -> None:
    r = api_login(anon, "admin")
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    csrf = r.json()["csrf_token"]
    token = anon.cookies.get("diaodu_session")
    assert anon.post("/api/v1/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    anon.cookies.set("diaodu_session", token)
    assert anon.get("/api/v1/me").status_code == 401


def test_login_redirect_stays_on_this_site(anon: Any) -> None:
    page = anon.get("/login?next=//evil.example/x")
    assert 'name="next" value="/"' in page.text


def test_upload_over_the_limit_is_refused(login: Any) -> None:
    who = login("reviewer")
    big = b"a" * (1024 * 1024 + 10)  # web_settings: upload_max_mb=1
    r = who.post("/api/v1/documents", files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413
    assert "1 MiB" in r.json()["detail"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "不支持的文件类型"),
        ("report.docx", b"just text, not a docx", "不是有效的 .docx"),
        ("report.pdf", b"PK\x03\x04zip", "不是有效的 PDF"),
        ("report.txt", b"PK\x03\x04\x00\x00binary", "二进制"),
        ("empty.txt", b"", "文件是空的"),
    ],
    ids=["exe", "fake-docx", "fake-pdf", "binary-txt", "empty"],
)
def test_bad_upload_gets_a_clear_message(name: str, content: bytes, message: str, login: Any) -> None:
    r = login("reviewer").post(
        "/api/v1/documents", files={"file": (name, content, "application/octet-stream")}
    )
    assert r.status_code == 400
    assert message in r.json()["detail"]


def test_bad_upload_through_the_page_shows_the_message(login: Any) -> None:
    who = login("reviewer")
    r = who.client.post(
        "/upload",
        data={"csrf_token": who.csrf, "kind": "document"},
        files={"file": ("x.exe", b"MZ", "application/octet-stream")},
    )
    assert r.status_code == 400
    assert "不支持的文件类型" in r.text


def test_openapi_schema_lists_the_api(anon: Any) -> None:
    schema = anon.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/v1/cockpit",
        "/api/v1/projects",
        "/api/v1/mentions/{mention_id}/review",
        "/api/v1/audit",
    ):
        assert path in paths


def test_upload_a_report_reads_it_into_the_ledger(login: Any, world: World) -> None:
    text = "衡阳市统计局\n2024年10月20日\n前三季度，全市规模工业增加值同比增长7.2%，固定资产投资增长4.1%。\n"
    who = login("reviewer")
    r = who.post("/api/v1/documents", files={"file": ("三季度简报.txt", text.encode("utf-8"), "text/plain")})
    assert r.status_code == 201, r.text
    doc = r.json()["documents"][0]
    assert doc["mentions"] >= 2 and not doc["skipped"]
    again = who.post(
        "/api/v1/documents", files={"file": ("三季度简报.txt", text.encode("utf-8"), "text/plain")}
    )
    assert again.json()["documents"][0]["skipped"], "the same bytes are not read twice"
    queue = who.get("/api/v1/mentions", params={"document_id": doc["document_id"]}).json()
    assert any(m["value"] == 7.2 for m in queue)


def test_hostile_names_stay_inside_the_chart_data(login: Any, engine: Engine, world: World) -> None:
    from diaodu.ledger.tables.figures import Observation

    name = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    with transaction(engine) as s:
        for end, value in (("2024-03", 4.0), ("2024-06", 5.0)):
            s.add(
                Observation(
                    subject="衡阳市",
                    indicator=name,
                    period_start="2024-01",
                    period_end=end,
                    measure="growth",
                    reference="",
                    value=value,
                    value_as_published=value,
                    unit_as_published="%",
                    vintage=date(2024, 7, 1),
                )
            )
    html = login("leader").get("/").text
    _assert_inert(html)
    assert "\\u003c/script\\u003e" in html, "the name is in the chart data, escaped for a script element"
