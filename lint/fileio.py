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
