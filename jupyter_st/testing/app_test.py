"""AppTest: Streamlit's testing API over a real jupyter_st app and its live ipywidgets.

    at = AppTest.from_file("app.py").run()
    at.slider[0].set_value(9).run()
    assert at.markdown[0].value == "81"

Interactions are recorded on the nodes; `run()` delivers them to the live widgets as the
browser's comm messages would (so adapters, validation and echo handling are exercised),
then runs the script once (plus any reruns it asks for) and waits for it.
"""

from __future__ import annotations

import inspect
import sys
import textwrap
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

from ..apps.app import App
from ..convert.options import index_of
from ..elements import chat, choices, files, inputs, numbers
from ..elements.base import BOTTOM, Element, Events, Root, Widget, new_root
from ..elements.layout import Empty
from ..render.adapters.dates import DateRangePicker
from ..runtime.config import load_options
from ..runtime.pages import icon_and_name
from ..runtime.script import Script
from . import browser
from .nodes import AppTestError, Block, ElementList, Node, wrap
from .nodes.chat import send_chat
from .nodes.files import send_download, send_files

__all__ = ["AppTest", "AppTestError"]


class AppTest:
    """A simulated app session, with Streamlit's AppTest API."""

    def __init__(self, script: Script, *, default_timeout: float = 3) -> None:
        self._script = script
        self.default_timeout = default_timeout
        self.session_state = _SessionState(self)
        self.query_params: dict[str, Any] = {}
        self.secrets: dict[str, Any] = {}
        self.context: dict[str, Any] = {}  # timezone, timezone_offset, locale, url, ...
        self._app: App | None = None
        self._interactions: dict[str, tuple[Element, Any]] = {}
        self._page_path: Path | None = None
        self._tree = wrap(new_root(), self)

    # -- constructors ---------------------------------------------------------------
    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        return cls(
            Script(textwrap.dedent(script), _script_name(script)), default_timeout=default_timeout
        )

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        path = Path(script_path)
        if not path.is_absolute():  # relative to the calling test file, as Streamlit
            caller = Path(inspect.stack()[1].filename).parent
            path = caller / path if (caller / path).exists() else path.resolve()
        options = load_options(str(path.resolve().parent))
        script = Script.from_file(path, magic=options["runner.magicEnabled"])
        if script.directory and script.directory not in sys.path:
            sys.path.insert(0, script.directory)
        return cls(script, default_timeout=default_timeout)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple | None = None,
        kwargs: dict | None = None,
    ) -> AppTest:
        source = textwrap.dedent(inspect.getsource(script))
        source += f"\n{script.__name__}(*__args, **__kwargs)\n"
        names = {"__args": tuple(args or ()), "__kwargs": dict(kwargs or {})}
        return cls(
            Script(source, _script_name(source), names=names), default_timeout=default_timeout
        )

    # -- running ----------------------------------------------------------------------
    def run(self, *, timeout: float | None = None) -> AppTest:
        """Deliver recorded interactions, run the script, and wait for it to finish."""
        app = self._app or self._start()
        session = app.session
        with session.runner.held():
            with session.lock:
                session.query_params = {k: _strings(v) for k, v in self.query_params.items()}
                session.secrets = dict(self.secrets)
                session.context = _checked_context(self.context)
                self.session_state._apply(session.state)
                self._request_page(session)
            self._deliver(app)
            with session.lock:  # Streamlit's AppTest has no browser to hold them either
                discarded = session.state.discard_held_form_values()
            app.reconciler.revert(discarded)
            session.request_rerun()
        limit = self.default_timeout if timeout is None else timeout
        if not session.wait_idle(limit):
            raise RuntimeError(f"AppTest script run timed out after {limit}(s)")
        self.query_params = {
            k: v[-1] if len(v) == 1 else list(v) for k, v in session.query_params.items()
        }
        self._tree = wrap(_without_navigation(session.tree), self)
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Show the page whose script is `page_path` (relative to the main script) next run."""
        main = Path(self._script.path)
        path = (main.parent / page_path).resolve()
        if not path.is_file():
            raise ValueError(
                f"Could not find page '{page_path}' relative to the main script '{main}'. "
                f"Resolved page path: '{path}'."
            )
        self._page_path = path
        return self

    def _request_page(self, session: Any) -> None:
        path, self._page_path = self._page_path, None
        if path is None:
            return
        known = session.navigator.pages or []
        page = next((p for p in known if p.script_path == path), None)
        if page is None and session.navigator.uses_navigation:
            raise ValueError(f"Could not find a navigation page for '{path}'.")
        session.navigator.requested = page.key if page else icon_and_name(path)[1]

    def _start(self) -> App:
        self._app = App(self._script)
        return self._app

    def _interact(self, element: Element, value: Any) -> None:
        self._interactions[element.id] = (element, value)  # type: ignore[attr-defined]

    def _deliver(self, app: App) -> None:
        interactions, self._interactions = self._interactions, {}
        buttons_last = sorted(
            interactions.items(), key=lambda i: isinstance(i[1][0], inputs.Button)
        )
        for wid, (element, value) in buttons_last:
            widget = app.reconciler.widget_for(wid)
            if widget is None:
                continue  # the widget is gone: a browser could not have changed it
            if isinstance(element, inputs.Button):
                if value:
                    browser.send_click(widget)
            elif isinstance(widget, DateRangePicker):  # the user picks each end
                for end, day in zip(widget.ends, (*value, None, None), strict=False):
                    browser.send_update(end, value=day)
            elif isinstance(element, files.FileUploader | files.CameraInput):
                send_files(widget, value, [f["file_id"] for f in widget.files])
            elif isinstance(element, files.DownloadButton):
                if value:
                    send_download(widget)
            elif isinstance(element, chat.ChatInput) and element.accept_file:
                send_chat(widget, value)
            elif isinstance(element, chat.ChatInput):
                if value is not None:  # typed, then Enter
                    browser.send_update(widget, value=value)
                    browser.send_submit(widget)
            else:
                browser.send_update(widget, **_widget_state(element, value, widget))

    # -- the tree -------------------------------------------------------------------
    @property
    def main(self) -> Block:
        return self._tree.children[0]  # type: ignore[attr-defined, return-value]

    @property
    def sidebar(self) -> Block:
        return self._tree.children[1]  # type: ignore[attr-defined, return-value]

    def get(self, element_type: str) -> ElementList:
        return self._tree.get(element_type)  # type: ignore[attr-defined]

    def get_by_key(self, key: str) -> Node:
        return self._tree.get_by_key(key)  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self._tree)  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[Node]:
        return iter(self._tree)  # type: ignore[call-overload]

    def __getitem__(self, index: int) -> Node:
        return self._tree[index]  # type: ignore[index]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._tree, name)

    @property
    def exception(self) -> ElementList:
        return self.get("exception")

    # -- live widgets, for tests that look beyond Streamlit's API --------------------------
    @property
    def app(self) -> App:
        """The running app (session and reconciler); available after the first run."""
        if self._app is None:
            raise AppTestError("Call run() first.")
        return self._app

    @property
    def tree(self) -> Root:
        return self.app.session.tree

    def __repr__(self) -> str:
        return f"AppTest({self._script.path!r})"


CONTEXT_KEYS = {"timezone": str, "timezone_offset": int, "locale": str, "url": str,
                "is_embedded": bool, "theme": str}  # fmt: skip


def _checked_context(context: Any) -> dict[str, Any]:
    """`at.context`, checked as Streamlit's AppTest checks it."""
    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    for key, value in context.items():
        if key not in CONTEXT_KEYS:
            supported = ", ".join(repr(k) for k in CONTEXT_KEYS)
            raise AppTestError(
                f"AppTest.context does not support {key!r}. Supported keys: {supported}."
            )
        if value is not None and not isinstance(value, CONTEXT_KEYS[key]):
            raise AppTestError(
                f"AppTest.context[{key!r}] must be {CONTEXT_KEYS[key].__name__}, not "
                f"{type(value).__name__}."
            )
        if key == "theme" and value not in (None, "light", "dark"):
            raise AppTestError(
                f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}."
            )
    return dict(context)


def _without_navigation(root: Root) -> Root:
    """The tree AppTest shows, as Streamlit's: main, sidebar, events (without the places
    finished spinners left), and bottom when it holds something (never the page menu)."""
    main, sidebar, events, *_ = root.children
    events = Events(children=[e for e in events.children if not isinstance(e, Empty)])
    bottom = root.children[BOTTOM]
    return Root(children=[main, sidebar, events, *([bottom] if bottom.children else [])])


def _script_name(source: str) -> str:
    import hashlib

    return f"<app {hashlib.md5(source.encode(), usedforsecurity=False).hexdigest()[:8]}>"


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


def _widget_state(element: Widget, value: Any, widget: Any) -> dict[str, Any]:
    """The trait values the browser would send for `value` (what its views do)."""
    if isinstance(element, choices.Selectbox) and element.accept_new_options:
        index = None if isinstance(value, str) else index_of(value, element.options)
        typed = value if index is None else element.labels[index]
        return {"value": "" if typed is None else typed}
    if isinstance(element, choices.Choice):
        return {"index": None if value is None else _find(element, value, index_of)}
    if isinstance(element, choices.Multiselect) and element.accept_new_options:
        return {"value": [_label_or_text(element, v) for v in value]}
    if isinstance(element, choices.Multiselect) or (
        isinstance(element, choices.ButtonGroup) and element.selection_mode == "multi"
    ):
        return {"index": tuple(_find(element, v, index_of) for v in value)}
    if isinstance(element, choices.ButtonGroup):
        return {"index": None if value is None else _find(element, value, index_of)}
    if isinstance(element, choices.Feedback):
        return {"index": value}
    if isinstance(element, numbers.NumberInput) and element.default is None:
        return {"value": "" if value is None else str(value)}  # typed into its text box
    if isinstance(element, choices.SelectSlider):
        picks = value if element.is_range else (value,)
        index = tuple(_find(element, v, index_of) for v in picks)
        return {"index": index if element.is_range else index[0]}
    if isinstance(element, numbers.Slider) and element.is_temporal:
        picks = tuple(element.position_of(v) for v in (value if element.is_range else (value,)))
        return {"index": picks if element.is_range else picks[0]}
    return {"value": tuple(value) if isinstance(value, list) else value}


def _label_or_text(element: Any, value: Any) -> str:
    index = index_of(value, element.options)
    return element.labels[index] if index is not None else str(value)


def _find(element: Any, value: Any, index_of: Callable[..., int | None]) -> int:
    index = index_of(value, element.options)
    if index is None and str(value) in element.labels:
        index = element.labels.index(str(value))
    if index is None:
        raise ValueError(f"{value!r} is not in list")
    return index


class _SessionState(MutableMapping[str, Any]):
    """`at.session_state`: reads the session's state; writes wait for the next run."""

    def __init__(self, at: AppTest) -> None:
        object.__setattr__(self, "_at", at)
        object.__setattr__(self, "_writes", {})

    def _state(self) -> Any:
        return self._at._app.session.state if self._at._app else {}

    def __getitem__(self, key: str) -> Any:
        if key in self._writes:
            return self._writes[key]
        try:
            return self._state()[key]
        except KeyError:
            raise KeyError(
                f'st.session_state has no key "{key}". Did you forget to initialize it?'
            ) from None

    def __setitem__(self, key: str, value: Any) -> None:
        self._writes[key] = value

    def __delitem__(self, key: str) -> None:
        self._writes.pop(key, None)
        if self._at._app:
            del self._state()[key]

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(self._state()), **dict.fromkeys(self._writes)})

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.") from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def to_dict(self) -> dict[str, Any]:
        return {k: self[k] for k in self}

    def _apply(self, state: Any) -> None:
        writes = self._writes
        object.__setattr__(self, "_writes", {})
        for key, value in writes.items():
            state[key] = value
