"""st.cache_data and st.cache_resource (the mechanism lives in runtime/cache.py)."""

from __future__ import annotations

from ..runtime.cache import cache_data, cache_resource

__all__ = ["cache_data", "cache_resource"]
