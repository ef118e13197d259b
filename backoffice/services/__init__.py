"""Use cases: one function per staff action, each one transaction holding the change, its timeline
event (R28) and its outbox row (R42). Services take plain arguments, an `Actor` and a UnitOfWork."""
