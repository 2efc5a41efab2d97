"""Field packages: out to QField and back into the land release database."""
