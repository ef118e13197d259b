"""Customer notifications: events, templates, settings."""
