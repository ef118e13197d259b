"""Fulfilment: shipments, their stages, tracking numbers pushed to the shop."""
