"""Adding a non-widget element and handing back a cursor to its slot."""

from __future__ import annotations

from ..elements.base import Block, Element
from ..runtime.run_context import Cursor, get_run_context


def add(element: Element) -> Cursor:
    """Add `element` where the script is writing; return a cursor that can replace it.

    For a block the cursor writes inside it; for a leaf it replaces the leaf
    (`bar = st.progress(0); bar.progress(50)`).
    """
    ctx = get_run_context(element.KIND)
    path = ctx.add(element)
    form_id = ctx.cursor.form_id
    return Cursor(path, form_id=form_id, is_slot=not isinstance(element, Block))
