"""Serve an app with Voila: resolve the target, pick the port, print the URL, start Voila."""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import CommandLineError
from .notebook import write_script_notebook

PORT_ATTEMPTS = 100
FORWARDED_HEADERS = ("Cookie", "User-Agent", "Accept-Language", "Host", "Referer")  # st.context
REPO_SHARE = Path(__file__).resolve().parents[2] / "share" / "jupyter"


def resolve_target(target: str) -> Path:
    """The script or notebook to serve; a URL is downloaded to a temporary folder."""
    if target.startswith(("http://", "https://")):
        return _download(target)
    path = Path(target).expanduser()
    if not path.is_file():
        raise CommandLineError(f"Invalid value: File does not exist: {target}")
    if path.suffix not in (".py", ".ipynb"):
        raise CommandLineError(
            f"Streamlit requires raw Python (.py) files, not {path.suffix or 'this'}"
        )
    try:
        path.read_bytes()
    except OSError as exc:
        raise CommandLineError(f"Cannot read {target}: {exc.strerror}") from None
    return path.resolve()


def _download(url: str) -> Path:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read()
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise CommandLineError(f"Unable to fetch {url}: {reason}") from None
    folder = Path(tempfile.mkdtemp(prefix="jupyter-st-"))
    path = folder / (Path(url.split("?")[0]).name or "app.py")
    path.write_bytes(body)
    return path


def port_is_free(port: int, address: str = "") -> bool:
    with socket.socket() as sock:
        try:
            sock.bind((address, port))
        except OSError:
            return False
    return True


def choose_port(port: int, *, explicit: bool, address: str = "") -> int:
    """The port to serve on: Streamlit moves to the next free one unless it was set."""
    if port_is_free(port, address):
        return port
    if explicit:
        raise CommandLineError(f"Port {port} is already in use")
    for candidate in range(port + 1, port + PORT_ATTEMPTS):
        if port_is_free(candidate, address):
            return candidate
    raise CommandLineError(f"No free port between {port} and {port + PORT_ATTEMPTS - 1}")


# Lab extensions that packages install and Voila would load on every page, which our own
# views replace: plotly's renders plotly outputs (4.8 MB); st.plotly_chart draws with ours.
UNUSED_EXTENSIONS = ("jupyterlab-plotly",)


def voila_argv(notebook: Path, port: int, options: dict[str, Any]) -> list[str]:
    argv = [
        str(notebook), f"--port={port}", "--Voila.port_retries=0", "--template=streamlit",
        "--Voila.log_level=WARN", "--show_tracebacks=True",
    ]  # fmt: skip
    if options["server.address"]:
        argv.append(f"--Voila.ip={options['server.address']}")
    if options["server.headless"]:
        argv.append("--no-browser")
    if options["theme.base"] == "dark":
        argv.append("--theme=dark")
    argv.append(f"--VoilaConfiguration.http_header_envs={list(FORWARDED_HEADERS)}")
    argv.append(f"--VoilaConfiguration.extension_denylist={list(UNUSED_EXTENSIONS)}")
    if options["server.preheat"]:
        argv += ["--preheat_kernel=True", "--pool_size=1"]
    return argv


def static_folder(script: Path, options: dict[str, Any]) -> str:
    """The app's static/ folder when static serving is on and the folder exists."""
    folder = script.parent / "static"
    return str(folder) if options["server.enableStaticServing"] and folder.is_dir() else ""


def launch(
    path: Path, script_args: Sequence[str], options: dict[str, Any], *, explicit_port: bool
) -> int:
    """Serve `path` until interrupted; returns the exit status."""
    port = choose_port(
        options["server.port"], explicit=explicit_port, address=options["server.address"]
    )
    options = {**options, "server.port": port}
    if path.suffix == ".ipynb":
        notebook = path
    else:
        folder = Path(tempfile.mkdtemp(prefix="jupyter-st-"))
        notebook = write_script_notebook(path, script_args, options, folder)
    _use_repo_templates()
    host = options["browser.serverAddress"] or "localhost"
    print(
        f"\n  You can now view your Streamlit app in your browser.\n\n  Local URL: http://{host}:{port}\n",
        flush=True,
    )
    from .server import AppServer

    os.chdir(notebook.parent)
    argv = voila_argv(notebook, port, options)
    argv.append(f"--AppServer.static_folder={static_folder(path, options)}")
    AppServer.launch_instance(argv=argv)
    return 0


def _use_repo_templates() -> None:
    """In a source checkout, Jupyter finds the template and extension in the repo's share/."""
    if REPO_SHARE.is_dir():
        paths = [
            str(REPO_SHARE),
            *filter(None, os.environ.get("JUPYTER_PATH", "").split(os.pathsep)),
        ]
        os.environ["JUPYTER_PATH"] = os.pathsep.join(dict.fromkeys(paths))
    sys.stdout.flush()
