"""The shop as a whole: shared settings, database backup."""
