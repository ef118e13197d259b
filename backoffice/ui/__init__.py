"""Qt front end (PySide6): the only package that imports Qt. Windows, dialogs, table models,
delegates and the background-operation helper; everything else is reached through services."""
