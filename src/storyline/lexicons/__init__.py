"""General word lists used by the analysis components (no names of particular people, groups or places)."""
