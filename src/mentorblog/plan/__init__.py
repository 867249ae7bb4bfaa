"""Pages in, Site out: every output planned before anything renders (pure)."""
