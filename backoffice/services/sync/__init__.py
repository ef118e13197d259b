"""Web shop sync: intake, apply, relay, conflicts, parked entries, shops, cursors."""
