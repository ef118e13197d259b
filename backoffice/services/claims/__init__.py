"""Claims: cancels, returns and exchanges, customers' cancel requests."""
