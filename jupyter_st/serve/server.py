"""The Voila application jupyter_st starts: Voila plus the routes a Streamlit app expects.

`/app/static/<file>` serves the app's `static/` folder when `server.enableStaticServing`
is on (Streamlit's URL). Tornado's StaticFileHandler refuses paths that leave the folder.
"""

from __future__ import annotations

from jupyter_server.utils import url_path_join
from tornado.web import StaticFileHandler
from traitlets import Unicode
from voila.app import Voila


class AppStaticHandler(StaticFileHandler):
    """Files of the app's static/ folder; never a listing, never outside the folder."""

    def set_extra_headers(self, path: str) -> None:
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Cache-Control", "no-cache")


class AppServer(Voila):
    """Voila serving one app."""

    static_folder = Unicode("", config=True, help="The app's static/ folder, or '' for none.")

    def init_handlers(self) -> list:
        handlers = super().init_handlers()
        if self.static_folder:
            route = url_path_join(self.server_url, r"/app/static/(.*)")
            handlers.insert(0, (route, AppStaticHandler, {"path": self.static_folder}))
        return handlers
