"""Example apps shipped with the package (`make demo` shows hello.py)."""
