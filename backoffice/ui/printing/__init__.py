"""Printing in the GUI (R38–R41): the queue runner that sends jobs on a thread pool, the print
preview, the print queue view and the printer settings. The main window and the order detail
dialog call `backoffice.ui.printing.actions`; nothing here sends a byte on the GUI thread."""
