"""The Voila application jupyter_st starts: Voila plus the routes a Streamlit app expects.

`/<page>` serves the app itself (a page of a multipage app). `/app/static/<file>` serves
the app's `static/` folder when `server.enableStaticServing` is on (Streamlit's URL);
Tornado's StaticFileHandler refuses paths that leave the folder. A closing tab's beacon,
which cannot carry Voila's XSRF token, may shut its own kernel down (Voila 0.5.13 refuses
it, so every closed tab left a kernel running).
"""

from __future__ import annotations

from jupyter_server.utils import url_path_join
from tornado.web import StaticFileHandler
from traitlets import Unicode
from voila.app import Voila
from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
from voila.tornado.handler import TornadoVoilaHandler


class AppStaticHandler(StaticFileHandler):
    """Files of the app's static/ folder; never a listing, never outside the folder."""

    def set_extra_headers(self, path: str) -> None:
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Cache-Control", "no-cache")


class TabClosedHandler(VoilaShutdownKernelHandler):
    """Shut a kernel down when its tab closes (`navigator.sendBeacon` has no XSRF token)."""

    def check_xsrf_cookie(self) -> None:
        return  # a kernel id is an unguessable UUID; the beacon only ends that tab's kernel


def _any_page(route: tuple) -> tuple:
    """Serve the app for every single-segment path (`/Plotting`: a page of the app), where
    Voila would redirect to a file; the kernel learns the path from SCRIPT_NAME."""
    pattern, handler, *rest = route
    if handler is TornadoVoilaHandler and pattern.endswith("/(.*)"):
        return (pattern[: -len("(.*)")] + "[^/]*", handler, *rest)
    if handler is VoilaShutdownKernelHandler:
        return (pattern, TabClosedHandler, *rest)
    return route


class AppServer(Voila):
    """Voila serving one app."""

    static_folder = Unicode("", config=True, help="The app's static/ folder, or '' for none.")

    def init_handlers(self) -> list:
        handlers = [_any_page(route) for route in super().init_handlers()]
        if self.static_folder:
            route = url_path_join(self.server_url, r"/app/static/(.*)")
            handlers.insert(0, (route, AppStaticHandler, {"path": self.static_folder}))
        return handlers
