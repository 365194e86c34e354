"""Talking to LanguageTool: finding a server, asking it, reading its answers.

The grammar check type (:mod:`lint.checks.grammar`) uses this module; nothing
here is imported unless a grammar rule is selected.

Where LanguageTool comes from, first found wins:

1. the ``languagetool-url`` config key (config file or command line);
2. the environment variable ``NEWSLINT_LANGUAGETOOL_URL`` (a machine-wide
   default, e.g. a CI service container);
3. a LanguageTool that language-tool-python has *already* unpacked on this
   machine (``$LTP_PATH`` or ``~/.cache/language_tool_python``) plus ``java``:
   a private server is started for the run and stopped at exit.

The explicit setting beats the environment because a project's config says what
that project wants, while the environment is only where the linter happens to
run. ``languagetool-url: off`` (or ``none``/``false``) turns LanguageTool off
even where the environment names a server.

Nothing is ever downloaded: language-tool-python downloads LanguageTool
(~250 MB) whenever its ``LanguageTool()`` object finds no local copy, so that
object is never built here. We look for the unpacked directory ourselves and
only borrow language-tool-python's server command line for it.

Every request has a short connect timeout and a bounded read timeout, and the
first failure turns LanguageTool off for the rest of the run: a dead or slow
server costs seconds once, never a hang per file.
"""

from __future__ import annotations

import atexit
import http.client
import json
import os
import socket
import subprocess
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_URL = "NEWSLINT_LANGUAGETOOL_URL"
#: values of the URL setting that mean "do not use LanguageTool"
OFF_VALUES = frozenset({"off", "none", "false", "no", "0", "disabled"})
CONNECT_TIMEOUT = 2.0
READ_TIMEOUT = 20.0
#: the probe asks for the language list, which a healthy server sends at once
PROBE_TIMEOUT = 5.0
#: how long a private local server may take to come up
LOCAL_START_TIMEOUT = 40.0


class LanguageToolUnavailable(Exception):
    """LanguageTool cannot be reached or started; the message says why."""


@dataclass(frozen=True)
class LTMatch:
    """One entry of the ``matches`` list of a ``/v2/check`` answer.

    ``offset`` and ``length`` are in Python characters of the checked text
    (LanguageTool counts UTF-16 code units; :func:`parse_answer` converts).
    """

    offset: int
    length: int
    message: str
    rule_id: str
    category_id: str
    replacements: tuple[str, ...] = ()
    short_message: str = ""
    issue_type: str = ""


# -- answers -------------------------------------------------------------------
def _utf16_to_index(text: str) -> list[int] | None:
    """Map UTF-16 offsets to str indices, or None when they coincide (no astral chars)."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    table: list[int] = []
    for i, c in enumerate(text):
        table.append(i)
        if ord(c) >= 0x10000:
            table.append(i)             # the low surrogate maps to the same char
    table.append(len(text))
    return table


def parse_answer(answer: Mapping[str, Any], text: str) -> list[LTMatch]:
    """The matches of a ``/v2/check`` JSON answer for ``text``, positions in str indices.

    Tolerant of missing fields (older servers, proxies): a match without a
    usable offset is dropped rather than guessed at.
    """
    table = _utf16_to_index(text)
    out: list[LTMatch] = []
    for m in answer.get("matches") or ():
        if not isinstance(m, Mapping):
            continue
        try:
            off, length = int(m["offset"]), int(m.get("length", 0))
        except (KeyError, TypeError, ValueError):
            continue
        if table is not None:
            end16 = min(off + length, len(table) - 1)
            off = table[min(max(off, 0), len(table) - 1)]
            length = table[end16] - off
        off = min(max(off, 0), len(text))
        length = max(0, min(length, len(text) - off))
        rule = m.get("rule") or {}
        category = rule.get("category") or {}
        reps = tuple(str(r.get("value", "")) for r in m.get("replacements") or ()
                     if isinstance(r, Mapping) and r.get("value") is not None)
        out.append(LTMatch(off, length, str(m.get("message") or ""),
                           str(rule.get("id") or ""), str(category.get("id") or ""),
                           reps, str(m.get("shortMessage") or ""),
                           str(rule.get("issueType") or "")))
    return out


# -- where LanguageTool is ---------------------------------------------------------
def resolve_url(configured: str | None, environ: Mapping[str, str] | None = None
                ) -> tuple[str | None, str]:
    """``(url or None, where it came from)``; ``(None, "off")`` when turned off."""
    environ = os.environ if environ is None else environ
    for value, source in ((configured, "languagetool-url"), (environ.get(ENV_URL), ENV_URL)):
        value = (value or "").strip()
        if not value:
            continue
        if value.lower() in OFF_VALUES:
            return None, "off"
        return value, source
    return None, ""


def api_base(url: str) -> str:
    """The ``.../v2`` base of a server URL given with or without scheme and ``/v2``."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/")
    if not path.endswith("/v2"):
        path += "/v2"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def local_install(environ: Mapping[str, str] | None = None) -> Path | None:
    """An unpacked LanguageTool that language-tool-python left on disk, if any.

    Looks where language-tool-python puts it (``$LTP_PATH``, else
    ``~/.cache/language_tool_python``) without creating that folder, and wants
    the server jar inside. The newest version wins.
    """
    environ = os.environ if environ is None else environ
    folder = Path(environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    try:
        found = [d for d in folder.glob("LanguageTool-*")
                 if (d / "languagetool-server.jar").is_file()
                 or (d / "languagetool.jar").is_file()]
    except OSError:
        return None
    return max(found, key=lambda d: d.name) if found else None


# -- talking to a server -----------------------------------------------------------
@dataclass
class Client:
    """A LanguageTool HTTP API client with strict timeouts and a per-run cache.

    The cache maps (text, request parameters) to parsed matches, so a paragraph
    that occurs twice (a duplicated paragraph, the same boilerplate on every
    page) is sent once.
    """

    base: str
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    cache: dict[tuple, list[LTMatch]] = field(default_factory=dict)
    requests: int = 0

    def _request(self, method: str, path: str, form: Mapping[str, str] | None = None,
                 read_timeout: float | None = None) -> Any:
        parts = urllib.parse.urlsplit(self.base + path)
        conn_cls = (http.client.HTTPSConnection if parts.scheme == "https"
                    else http.client.HTTPConnection)
        conn = conn_cls(parts.hostname or "localhost", parts.port,
                        timeout=self.connect_timeout)
        body = urllib.parse.urlencode(form or {}).encode("utf-8") if method == "POST" else None
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
        try:
            conn.connect()
            if conn.sock is not None:
                conn.sock.settimeout(self.read_timeout if read_timeout is None
                                     else read_timeout)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            conn.request(method, target, body=body, headers=headers)
            resp = conn.getresponse()
            raw = resp.read()
        except (OSError, http.client.HTTPException) as exc:
            raise LanguageToolUnavailable(f"LanguageTool at {self.base} did not answer "
                                          f"({_describe(exc)})") from None
        finally:
            conn.close()
        self.requests += 1
        if resp.status != 200:
            snippet = raw[:120].decode("utf-8", "replace").strip()
            raise LanguageToolUnavailable(f"LanguageTool at {self.base} answered HTTP "
                                          f"{resp.status}" + (f": {snippet}" if snippet else ""))
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise LanguageToolUnavailable(f"LanguageTool at {self.base} did not answer "
                                          f"with JSON") from None

    def probe(self) -> None:
        """Check that a LanguageTool server answers (``GET /v2/languages``)."""
        answer = self._request("GET", "/languages",
                               read_timeout=min(self.read_timeout, PROBE_TIMEOUT))
        if not isinstance(answer, list):
            raise LanguageToolUnavailable(f"{self.base} does not look like a LanguageTool "
                                          f"server (unexpected answer to /languages)")

    def check(self, text: str, params: Mapping[str, str]) -> list[LTMatch]:
        """LanguageTool's matches for ``text`` (cached within the run)."""
        key = (text, tuple(sorted(params.items())))
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        answer = self._request("POST", "/check", {**params, "text": text})
        if not isinstance(answer, Mapping):
            raise LanguageToolUnavailable(f"LanguageTool at {self.base} sent an answer "
                                          f"without matches")
        matches = parse_answer(answer, text)
        self.cache[key] = matches
        return matches


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timed out"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_local_server(install: Path, timeout: float = LOCAL_START_TIMEOUT) -> tuple[str, Any]:
    """Start the unpacked LanguageTool at ``install``; ``(api base, process)``.

    The command line comes from language-tool-python (it knows the jar layout of
    each version); the process is ours, watched with a deadline and stopped at
    exit. Raises :class:`LanguageToolUnavailable` with the reason on any failure.
    """
    import shutil

    if shutil.which("java") is None:
        raise LanguageToolUnavailable(f"LanguageTool is installed at {install} but "
                                      f"'java' is not on PATH")
    port = _free_port()
    try:
        from language_tool_python.download_lt import LocalLanguageTool

        cmd = [*LocalLanguageTool.from_path(install).get_server_cmd(port)]
    except Exception:                          # older/newer library layouts
        jar = next((install / j for j in ("languagetool-server.jar", "languagetool.jar")
                    if (install / j).is_file()), install / "languagetool-server.jar")
        cmd = ["java", "-cp", str(jar), "org.languagetool.server.HTTPServer",
               "-p", str(port)]
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
    except OSError as exc:
        raise LanguageToolUnavailable(f"cannot start LanguageTool at {install}: "
                                      f"{_describe(exc)}") from None
    atexit.register(_stop, proc)
    base = f"http://127.0.0.1:{port}/v2"
    client = Client(base, connect_timeout=0.5, read_timeout=5.0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LanguageToolUnavailable(f"LanguageTool at {install} exited at start "
                                          f"(status {proc.returncode})")
        try:
            client.probe()
            return base, proc
        except LanguageToolUnavailable:
            time.sleep(0.3)
    _stop(proc)
    raise LanguageToolUnavailable(f"LanguageTool at {install} did not start within "
                                  f"{timeout:g}s")


def _stop(proc: Any) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()


# -- one run's access to LanguageTool ------------------------------------------------
SKIP_HELP = (f"set 'languagetool-url' in the config or {ENV_URL} to a LanguageTool "
             f"server, or unpack LanguageTool with language-tool-python")


class Service:
    """The run's LanguageTool: found lazily once, shared by every grammar rule.

    ``client()`` returns a :class:`Client` or None; once None (nothing
    configured, server unreachable, or a failure mid-run), it stays None and
    :attr:`note` says why, for the run's single note.
    """

    def __init__(self, configured_url: str | None,
                 environ: Mapping[str, str] | None = None) -> None:
        self.configured_url = configured_url
        #: None: read os.environ when resolving (keeps the service picklable)
        self.environ = None if environ is None else dict(environ)
        self._client: Client | None = None
        self._resolved = False
        self.note: str | None = None
        #: files grammar-checked so far (for the note when the server fails mid-run)
        self.files: set[str] = set()

    def client(self) -> Client | None:
        if not self._resolved:
            self._resolved = True
            try:
                self._client = self._connect()
            except LanguageToolUnavailable as exc:
                self.note = f"grammar rules skipped: {exc}"
        return self._client

    def _connect(self) -> Client | None:
        url, source = resolve_url(self.configured_url, self.environ)
        if source == "off":
            raise LanguageToolUnavailable(f"LanguageTool is turned off (languagetool-url "
                                          f"or {ENV_URL} says so)")
        if url is None:
            install = local_install(self.environ)
            if install is None:
                raise LanguageToolUnavailable(f"no LanguageTool server configured ({SKIP_HELP})")
            base, _ = start_local_server(install)
            return Client(base)
        client = Client(api_base(url))
        client.probe()
        return client

    def fail(self, exc: LanguageToolUnavailable, path: str) -> None:
        """A request failed mid-run: stop using LanguageTool and say so once."""
        self._client = None
        self.note = (f"grammar rules stopped at {path} (file {len(self.files)}): {exc}; "
                     f"later files were not grammar-checked")
