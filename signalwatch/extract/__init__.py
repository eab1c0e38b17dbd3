"""Pure extraction helpers: no I/O, no clock."""
