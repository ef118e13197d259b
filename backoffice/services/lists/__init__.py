"""The order list's use cases: saved tabs, bulk actions, exports."""
