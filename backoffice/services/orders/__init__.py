"""Orders: placing, editing and reading them; totals, codes, stock, notes, the automatic rules."""
