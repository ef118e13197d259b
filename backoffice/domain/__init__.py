"""Plain-Python rules of the product: no Qt, no I/O."""
