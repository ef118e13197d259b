"""Staff: who acts (actors), members and roles, PINs, permissions."""
