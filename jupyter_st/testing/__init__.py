"""Testing jupyter_st apps with Streamlit's AppTest API (`streamlit.testing.v1`)."""

from .app_test import AppTest, AppTestError

__all__ = ["AppTest", "AppTestError"]
