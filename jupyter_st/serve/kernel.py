"""What the served notebook's cell runs inside the kernel: start the app and show it.

The script's folder becomes the working directory and the first entry of `sys.path`, as
under `streamlit run`. Voila tells the kernel the page's path and query string through
environment variables, so the first run already shows the page the URL names. A preheated
kernel (started before any request) has no URL yet: its app waits for the browser's chrome
to report it and starts then, so a script still runs once per visit. The cell returns at
once; the run goes on in the runner thread, so elements appear as the script writes them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

from IPython.display import display

from ..runtime.config import load_options
from ..runtime.script import Script
from .standalone import StandaloneApp


def serve_script(
    path: str, *, argv: Sequence[str] = (), options: dict[str, Any] | None = None
) -> None:
    """Run the Streamlit script at `path` as this kernel's app."""
    script_dir = str(Path(path).parent)
    os.chdir(script_dir)
    if script_dir not in sys.path:
        sys.path.insert(0, script_dir)
    options = options or load_options(script_dir)
    app = StandaloneApp(
        Script.from_file(path, magic=options["runner.magicEnabled"]), argv=argv, options=options,
        url_path=os.environ.get("SCRIPT_NAME", ""), query_string=os.environ.get("QUERY_STRING", ""),
    )  # fmt: skip
    app.session.context = request_context(os.environ)
    display(app)
    app.start(when_connected="SCRIPT_NAME" not in os.environ)  # Voila sets it, unless preheated


def request_context(environ: Mapping[str, str]) -> dict[str, Any]:
    """st.context's headers, cookies and URL from what Voila put in the kernel's
    environment (rfc3875 names: HTTP_USER_AGENT...); empty for a preheated kernel."""
    headers = {
        name[5:].replace("_", "-").title(): value
        for name, value in environ.items()
        if name.startswith("HTTP_")
    }
    cookies = SimpleCookie()
    cookies.load(environ.get("HTTP_COOKIE", ""))
    host = environ.get("SERVER_NAME")
    url = None
    if host:
        port = environ.get("SERVER_PORT")
        url = f"http://{host}{':' + port if port else ''}{environ.get('SCRIPT_NAME', '/')}"
    return {"headers": headers, "cookies": {k: m.value for k, m in cookies.items()}, "url": url}
