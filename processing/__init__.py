"""Processing provider and algorithms: thin adapters between QGIS layers and ``core``."""
