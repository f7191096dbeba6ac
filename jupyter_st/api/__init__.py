"""The st.* functions, one module per family: validate, compute ids, add elements."""
