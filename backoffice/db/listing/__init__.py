"""The order list's read side (R31–R37): filters from a tab's filter dict, search, keyset pages,
id lists and small row snapshots, tab counts and the change marker for live updates.

Everything here is read-only and returns plain values, never ORM objects, so results can cross
from the database worker thread to the GUI.
"""

from backoffice.db.listing.filters import ListFilter, parse_filter
from backoffice.db.listing.interrupt import Interrupter
from backoffice.db.listing.query import (
    ChangeMarker,
    Changes,
    OrderRow,
    SortKey,
    changed_since,
    count,
    current_marker,
    fetch_ids,
    first_page,
    iter_pages,
    page_after,
    rows_for,
    tab_counts,
)
from backoffice.db.listing.search import search_clause

__all__ = [
    "ChangeMarker",
    "Changes",
    "Interrupter",
    "ListFilter",
    "OrderRow",
    "SortKey",
    "changed_since",
    "count",
    "current_marker",
    "fetch_ids",
    "first_page",
    "iter_pages",
    "page_after",
    "parse_filter",
    "rows_for",
    "search_clause",
    "tab_counts",
]
