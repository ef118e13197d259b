"""Payments: payment requests, the payment panel's figures, refunds."""
