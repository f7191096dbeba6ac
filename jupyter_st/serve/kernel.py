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
from collections.abc import Sequence
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
    display(app)
    app.start(when_connected="SCRIPT_NAME" not in os.environ)  # Voila sets it, unless preheated
