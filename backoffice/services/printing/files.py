"""Documents as files instead of paper: `--out FILE`, "Save as PDF…" and the print preview (R40, R41).

The extension decides what is written (`printing.target_for_output`): .pdf, .png (the preview,
exactly what a raster-mode printer prints) or .bin (the raw printer bytes). A queued job saved as
.bin gives its stored bytes, the very ones a retry sends.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from backoffice.domain.errors import DomainError, ExternalError
from backoffice.printing import parse_printer_uri, target_for_output
from backoffice.services.printing import queue as print_queue


def save_document(
    session: Session,
    kind: str,
    codes: Sequence[str],
    path: str | Path,
    *,
    language: str = "ko",
    printer_uri: str | None = None,
) -> Path:
    """Render `kind` for these orders into `path` (by extension); `printer_uri` picks the width
    and text mode of a .bin or .png."""
    target = target_for_output(path, printer_uri)
    width = _width(printer_uri)
    data = print_queue.render_for(session, kind, codes, target, language=language, width_dots=width)
    return write_file(path, data)


def save_job_as(session: Session, job_id: int, path: str | Path) -> Path:
    """A queued job as a file: .bin is its stored bytes; .pdf/.png re-render it from its orders."""
    job = print_queue.get_job(session, job_id)
    if Path(path).suffix.lower() == ".bin":
        return write_file(path, print_queue.job_bytes(session, job_id))
    target = target_for_output(path)
    width = _width(job.printer)
    data = print_queue.render_for(
        session,
        job.document,
        job.codes,
        target,
        language=job.language,
        reprint=job.reprint_of is not None,
        width_dots=width,
    )
    return write_file(path, data)


def preview(
    session: Session,
    kind: str,
    codes: Sequence[str],
    *,
    language: str = "ko",
    printer_uri: str | None = None,
) -> tuple[str, bytes]:
    """("png", image) for receipts and labels — the picture the printer will make — or
    ("pdf", document) for the A4 documents."""
    if kind in ("receipt", "label"):
        width = _width(printer_uri)
        png = print_queue.render_for(
            session, kind, codes, "png", language=language, width_dots=width
        )
        return "png", png
    return "pdf", print_queue.render_for(session, kind, codes, "pdf", language=language)


def write_file(path: str | Path, data: bytes) -> Path:
    """Write all or nothing: a half-written PDF must not replace a good one."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExternalError(
            "Cannot write {target}: {detail}", target=target, detail=exc.strerror or exc
        ) from None
    return target


def _width(printer_uri: str | None) -> int | None:
    if not printer_uri:
        return None
    try:
        profile = parse_printer_uri(printer_uri)
    except DomainError:
        return None
    return profile.width_dots if profile.language == "escpos" else None
