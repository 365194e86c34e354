"""newslint runs with no network: the CLI over every fixture with the default rules,
in a subprocess whose sockets refuse to connect (a sitecustomize.py on PYTHONPATH
patches them and logs every attempt)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, run_module

SITECUSTOMIZE = '''
import os
import socket

_LOG = os.environ["NEWSLINT_TEST_SOCKET_LOG"]
with open(_LOG, "a") as fh:
    fh.write("loaded\\n")


def _refuse(what):
    def blocked(*args, **kwargs):
        with open(_LOG, "a") as fh:
            fh.write(f"{what} {args[1:] if what.startswith('socket') else args}\\n")
        raise OSError("network disabled by the newslint test suite")
    return blocked


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        return _refuse("socket.connect")(self, address)
    return _real_connect(self, address)


def _connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        return _refuse("socket.connect_ex")(self, address)
    return _real_connect_ex(self, address)


socket.socket.connect = _connect
socket.socket.connect_ex = _connect_ex
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
'''


def _blocked_env(tmp_path: Path) -> tuple[Path, Path]:
    site = tmp_path / "nonet"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    return site, tmp_path / "socket.log"


def test_socket_block_works(tmp_path):
    site, log = _blocked_env(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(PYTHONPATH=str(site), NEWSLINT_TEST_SOCKET_LOG=str(log))
    proc = subprocess.run([sys.executable, "-c",
                           "import socket; socket.socket().connect(('127.0.0.1', 9))"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "network disabled" in proc.stderr
    assert log.read_text().splitlines()[0] == "loaded"
    assert "socket.connect" in log.read_text()


def test_cli_over_all_fixtures_makes_no_network_attempt(tmp_path):
    site, log = _blocked_env(tmp_path)
    targets = [FIXTURES / name for name in ("examples", "golden", "seeds")]
    proc = run_module("--no-config", "--format", "json", *targets, cwd=tmp_path,
                      pythonpath=[site], env={"NEWSLINT_TEST_SOCKET_LOG": str(log)})
    stderr = proc.stderr.decode()
    assert proc.returncode in (0, 1), stderr[-2000:]
    assert "Traceback" not in stderr
    assert b'"summary"' in proc.stdout
    lines = log.read_text().splitlines()
    assert lines and all(ln == "loaded" for ln in lines), lines
