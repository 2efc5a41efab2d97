"""Land release symbology and attribute forms, built from the data model."""
