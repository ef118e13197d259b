"""The print queue (R41): a job is rendered once when queued, sent off the GUI thread, and its
outcome is recorded honestly so no job is lost and none is printed twice by itself.

    job_id = enqueue(uow, actor, "receipt", [code], printer_uri)     # state "queued"
    view = process_job(session_factory, job_id)                      # blocking: a pool thread
    retry(uow, actor, job_id)        # a "failed" job only: nothing reached the printer
    reprint(uow, actor, job_id)      # "sent"/"uncertain": a new job, printed as a REPRINT
    redirect(uow, actor, job_id, other_uri)   # re-rendered for the other printer's profile

States: queued → sending → sent | failed | uncertain; "cancelled" when staff dismiss a job.
`sending` is committed in its own transaction before any byte leaves, so a crash mid-send leaves a
trace that `recover_stuck_jobs` turns into `uncertain` on the next start (the paper may hold it).

Each job writes a "print" timeline event on each of its orders (R28) when queued and when its
outcome is known. These events are added without touching the order row: printing is not a change
to the order, and bumping its version would make a detail dialog that just printed stale.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.base import utcnow
from backoffice.db.models import Order, PrintJob, TimelineEvent
from backoffice.db.uow import UnitOfWork
from backoffice.domain.errors import N_, DomainError, NotFound
from backoffice.printing.kinds import KINDS, Target
from backoffice.printing.profile import parse_printer_uri
from backoffice.printing.transport import Outcome, SendResult, send
from backoffice.services.orders.detail import load_rows
from backoffice.services.orders.lookup import get_order
from backoffice.services.printing.source import shop_info, snapshot
from backoffice.services.staff.actor import SYSTEM, Actor

logger = logging.getLogger(__name__)

STATES = ("queued", "sending", "sent", "failed", "uncertain", "cancelled")
OPEN_STATES = ("queued", "sending", "failed", "uncertain")
DOCUMENT_NAMES = {
    "receipt": "Receipt",
    "label": "Shipping label",
    "invoice": "Invoice",
    "packing-slip": "Packing slip",
    "order-sheet": "Order sheet",
}
STUCK_ERROR = "The app stopped while sending this job: check the paper, then reprint if needed"


@dataclass(frozen=True)
class JobView:
    """One queue row as the UI and the CLI show it (no ORM object leaves a session)."""

    id: int
    created_at: datetime
    sent_at: datetime | None
    document: str
    codes: tuple[str, ...]
    printer: str
    state: str
    error: str
    attempts: int
    reprint_of: int | None
    language: str
    actor: str
    size: int

    @property
    def can_retry(self) -> bool:
        return self.state == "failed"  # only when nothing reached the printer (R41)

    @property
    def can_reprint(self) -> bool:
        return self.state in ("sent", "uncertain")

    @property
    def can_redirect(self) -> bool:
        return self.state in ("queued", "failed", "uncertain", "sent")

    @property
    def can_cancel(self) -> bool:
        return self.state in ("queued", "failed", "uncertain")


def view_of(job: PrintJob) -> JobView:
    return JobView(
        id=job.id,
        created_at=job.created_at,
        sent_at=job.sent_at,
        document=job.document,
        codes=_codes(job),
        printer=job.printer,
        state=job.state,
        error=job.error,
        attempts=job.attempts,
        reprint_of=job.reprint_of,
        language=job.language,
        actor=job.actor,
        size=len(job.data),
    )


# --- rendering ---------------------------------------------------------------------------------


def render_for(
    session: Session,
    kind: str,
    codes: Sequence[str],
    target: Target,
    *,
    language: str = "ko",
    reprint: bool = False,
    width_dots: int | None = None,
) -> bytes:
    """The bytes of `kind` for these orders: snapshots read now, rendered by `printing.render`.

    Several receipts become one job of receipts one after another (each ends with its own cut);
    several orders' labels are one label job (R39)."""
    from backoffice.printing.api import render  # the renderers load when something is printed

    orders = _orders(session, codes)
    load_rows(session, orders)  # every order's rows in a few statements, not a few per order
    shop = shop_info(session)
    snaps = [snapshot(session, order, language) for order in orders]
    if kind == "receipt" and len(snaps) > 1 and not isinstance(target, str):
        return b"".join(render(kind, s, shop, target, reprint=reprint) for s in snaps)
    width = width_dots or (576 if isinstance(target, str) else target.width_dots)
    subject = snaps[0] if len(snaps) == 1 else snaps
    return render(kind, subject, shop, target, reprint=reprint, width_dots=width)


def _orders(session: Session, codes: Sequence[str]) -> list[Order]:
    if not codes:
        raise DomainError("Nothing to print: no orders given")
    found: dict[int, Order] = {}
    for code in codes:
        order = get_order(session, code)
        found.setdefault(order.id, order)
    return list(found.values())


# --- queueing ----------------------------------------------------------------------------------


def enqueue(
    uow: UnitOfWork,
    actor: Actor,
    kind: str,
    codes: Sequence[str],
    printer_uri: str,
    *,
    language: str = "ko",
    reprint_of: int | None = None,
) -> int:
    """Render the job once for `printer_uri`'s profile and queue it; returns the job id."""
    if kind not in KINDS:
        raise DomainError(
            "Unknown document {kind!r}; choose one of {choices}",
            kind=kind,
            choices=", ".join(KINDS),
        )
    if not printer_uri:
        raise DomainError("No printer is set up for this document: choose one in printer settings")
    profile = parse_printer_uri(printer_uri)
    with uow:
        session = uow.session
        orders = _orders(session, codes)
        codes_ = [o.code for o in orders]
        data = render_for(
            session, kind, codes_, profile, language=language, reprint=reprint_of is not None
        )
        job = PrintJob(
            order_id=orders[0].id,
            order_code=orders[0].code,
            order_codes=" ".join(codes_),
            document=kind,
            printer=profile.uri,
            data=data,
            state="queued",
            language=language,
            actor=actor.label,
            reprint_of=reprint_of,
            created_at=utcnow(),
        )
        session.add(job)
        session.flush()
        said = (
            N_("{document} queued for {where} (reprint of job #{reprint_of}) (job #{job_id})")
            if reprint_of
            else N_("{document} queued for {where} (job #{job_id})")
        )
        where = _where(profile.uri)
        _event(session, orders, actor, said, job, where=where, reprint_of=reprint_of)
        uow.commit()
        return job.id


def retry(uow: UnitOfWork, actor: Actor, job_id: int) -> JobView:
    """Queue a failed job again, with the same bytes (R41). Sent or uncertain jobs are reprinted
    instead, so a printout that may exist is never duplicated without saying so."""
    with uow:
        job = _job(uow.session, job_id)
        if job.state != "failed":
            raise DomainError(
                "Print job #{job_id} is {job_state}: only a job that did not reach the printer "
                "can be retried; reprint it instead",
                "R41",
                job_state=job.state,
                job_id=job.id,
            )
        job.state, job.error = "queued", ""
        _event(uow.session, _job_orders(uow.session, job), actor, N_("Retrying job #{job_id}"), job)
        uow.commit()
        return view_of(job)


def reprint(uow: UnitOfWork, actor: Actor, job_id: int, printer_uri: str | None = None) -> int:
    """A new job for a sent or uncertain one, marked as a reprint on the paper (R41)."""
    with uow:
        job = _job(uow.session, job_id)
        if job.state not in ("sent", "uncertain"):
            raise DomainError(
                "Print job #{job_id} is {job_state}: only a sent or uncertain job is reprinted",
                "R41",
                job_state=job.state,
                job_id=job.id,
            )
        kind, codes, language = job.document, _codes(job), job.language
        target = printer_uri or job.printer
    return enqueue(uow, actor, kind, codes, target, language=language, reprint_of=job_id)


def redirect(uow: UnitOfWork, actor: Actor, job_id: int, printer_uri: str) -> int:
    """Send a job to another printer, re-rendered for that printer's profile.

    A queued or failed job moves (same job, nothing was printed); a sent or uncertain one may be
    on paper already, so the other printer gets a reprint (a new job). Returns the job to send."""
    profile = parse_printer_uri(printer_uri)
    with uow:
        session = uow.session
        job = _job(session, job_id)
        if job.state in ("sent", "uncertain"):
            moved = False
        elif job.state in ("queued", "failed"):
            job.data = render_for(
                session,
                job.document,
                _codes(job),
                profile,
                language=job.language,
                reprint=job.reprint_of is not None,
            )
            job.printer, job.state, job.error = profile.uri, "queued", ""
            _event(
                session,
                _job_orders(session, job),
                actor,
                N_("Job #{job_id} moved to {where}"),
                job,
                where=_where(profile.uri),
            )
            uow.commit()
            moved = True
        else:
            raise DomainError(
                "Print job #{job_id} is {job_state}: it cannot be moved now",
                job_state=job.state,
                job_id=job.id,
            )
    return job_id if moved else reprint(uow, actor, job_id, profile.uri)


def cancel(uow: UnitOfWork, actor: Actor, job_id: int) -> JobView:
    """Staff dismiss a job they no longer want (or printed another way)."""
    with uow:
        job = _job(uow.session, job_id)
        if job.state not in ("queued", "failed", "uncertain"):
            raise DomainError(
                "Print job #{job_id} is {job_state}: it cannot be cancelled",
                job_state=job.state,
                job_id=job.id,
            )
        job.state = "cancelled"
        said = N_("Job #{job_id} cancelled")
        _event(uow.session, _job_orders(uow.session, job), actor, said, job)
        uow.commit()
        return view_of(job)


# --- sending -----------------------------------------------------------------------------------


def process_job(
    session_factory: sessionmaker[Session], job_id: int, timeout: float | None = None
) -> JobView:
    """Send one queued job and record its outcome. Blocking (up to the printer's connect and send
    timeouts): run it on a pool thread, never on the GUI or database worker thread."""
    return _process(UnitOfWork(session_factory), job_id, timeout)


def send_next(
    uow: UnitOfWork, printer_uri: str | None = None, *, timeout: float | None = None
) -> JobView | None:
    """Send the oldest queued job (for one printer, or any); None when nothing is queued."""
    with uow:
        query = select(PrintJob.id).where(PrintJob.state == "queued")
        if printer_uri:
            query = query.where(PrintJob.printer == parse_printer_uri(printer_uri).uri)
        job_id = uow.session.scalar(query.order_by(PrintJob.id).limit(1))
    if job_id is None:
        return None
    return _process(uow, job_id, timeout)


def _process(uow: UnitOfWork, job_id: int, timeout: float | None) -> JobView:
    with uow:
        # Claimed by one conditional update, so two PCs (or the CLI and the GUI) never both send.
        claimed = uow.session.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id, PrintJob.state == "queued")
            .values(state="sending", attempts=PrintJob.attempts + 1)
        )
        job = _job(uow.session, job_id)
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            return view_of(job)  # someone else has it, or it is not queued any more
        data, printer = job.data, job.printer
        uow.commit()  # `sending` is on disk before any byte leaves (crash → uncertain)
    try:
        profile = parse_printer_uri(printer)
    except DomainError as exc:
        result = SendResult(Outcome.FAILED, str(exc))
    else:
        result = send(data, profile, timeout)
    return record_outcome(uow, job_id, result)


def record_outcome(uow: UnitOfWork, job_id: int, result: SendResult) -> JobView:
    with uow:
        session = uow.session
        job = _job(session, job_id)
        job.state = str(result.outcome)
        job.error = result.error
        if result.outcome is Outcome.SENT:
            job.sent_at = utcnow()
        said = {
            Outcome.SENT: N_("{document} printed on {where} (job #{job_id})"),
            Outcome.FAILED: N_("{document} did not print on {where}: {error} (job #{job_id})"),
            Outcome.UNCERTAIN: N_(
                "{document} may not have printed on {where}: {error} (job #{job_id})"
            ),
        }[result.outcome]
        actor = Actor(job.actor or SYSTEM.name, kind="staff" if job.actor else "system")
        where = _where(job.printer)
        _event(
            session, _job_orders(session, job), actor, said, job, where=where, error=result.error
        )
        uow.commit()
        return view_of(job)


def recover_stuck_jobs(uow: UnitOfWork) -> int:
    """On start: a job left in `sending` by a crash may be on paper, so it becomes `uncertain`
    (never re-sent by itself, R41). Returns how many."""
    with uow:
        session = uow.session
        jobs = list(session.scalars(select(PrintJob).where(PrintJob.state == "sending")))
        for job in jobs:
            job.state, job.error = "uncertain", STUCK_ERROR
            _event(
                session,
                _job_orders(session, job),
                SYSTEM,
                N_(  # STUCK_ERROR, written out so the whole line translates
                    "{document} may not have printed: The app stopped while sending this job: "
                    "check the paper, then reprint if needed (job #{job_id})"
                ),
                job,
            )
        uow.commit()
        return len(jobs)


# --- reading -----------------------------------------------------------------------------------


def list_jobs(session: Session, *, open_only: bool = False, limit: int = 200) -> list[JobView]:
    """Newest first; `open_only` keeps the jobs that still need attention."""
    query = select(PrintJob).order_by(PrintJob.id.desc()).limit(limit)
    if open_only:
        query = query.where(PrintJob.state.in_(OPEN_STATES))
    return [view_of(job) for job in session.scalars(query)]


def get_job(session: Session, job_id: int) -> JobView:
    return view_of(_job(session, job_id))


def job_bytes(session: Session, job_id: int) -> bytes:
    """The stored bytes, exactly what the printer gets (and got)."""
    return _job(session, job_id).data


def _job(session: Session, job_id: int) -> PrintJob:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFound("No print job #{job_id}", job_id=job_id)
    return job


def _codes(job: PrintJob) -> tuple[str, ...]:
    return tuple(job.order_codes.split()) or ((job.order_code,) if job.order_code else ())


def _job_orders(session: Session, job: PrintJob) -> list[Order]:
    codes = _codes(job)
    if not codes:
        return []
    return list(session.scalars(select(Order).where(Order.code.in_(codes)).order_by(Order.id)))


def _where(uri: str) -> str:
    """The printer as staff know it: its address without the profile's settings."""
    return uri.split("?", 1)[0]


def _event(
    session: Session,
    orders: Sequence[Order],
    actor: Actor,
    template: str,
    job: PrintJob,
    **values: Any,
) -> None:
    """One timeline line per order (R28): the English sentence, and the template with values
    (the document as its code, so the UI shows its own label)."""
    params = {"document": job.document, "job_id": job.id, **values}
    english = DOCUMENT_NAMES.get(job.document, job.document)
    text = template.format(**{**params, "document": english})
    message = {"template": template, "params": params}
    after: dict[str, Any] = {
        "job": job.id,
        "document": job.document,
        "printer": _where(job.printer),
        "state": job.state,
    }
    now = utcnow()
    for order in orders:
        session.add(
            TimelineEvent(
                order_id=order.id,
                order_code=order.code,
                at=now,
                actor=actor.label,
                kind="print",
                text=text,
                after=after,
                message=message,
            )
        )
