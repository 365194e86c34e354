"""Writing files safely: all or nothing, permissions kept.

``--fix`` rewrites articles and ``--write-baseline`` writes the baseline. A
crash, a full disk or Ctrl-C halfway through must never leave a half-written
article behind, so both go through :func:`atomic_write`: the new content is
written to a temporary file in the same folder (same file system, so the
final rename is atomic), flushed to disk, given the original file's
permission bits, then renamed over the target with :func:`os.replace`.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` atomically.

    ``str`` data is encoded with ``encoding`` and written byte for byte (no
    newline translation: the caller decides the line endings). An existing
    file keeps its permission bits; a new file gets the usual ``0o666 & ~umask``.
    A symlink is followed, so the link stays a link and its target is updated.
    """
    target = Path(os.path.realpath(path))
    raw = data.encode(encoding) if isinstance(data, str) else data
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                               suffix=".newslint-tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_listing(path: str | Path, header: list[str], items: list[str]) -> None:
    """Write a generated word listing: ``# `` comment lines, then one item per
    line (atomically, so a reader never sees half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, "\n".join([f"# {h}" if h else "#" for h in header] + items) + "\n")


def read_listing(path: str | Path) -> list[str]:
    """The items of a listing :func:`write_listing` wrote (comment lines skipped).
    Raises OSError when the file cannot be read."""
    text = Path(path).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
