"""Printing: the print queue, printer settings, documents' data and files."""
