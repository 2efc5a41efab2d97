"""Domain logic of the land release plugin: plain Python and shapely, no QGIS."""
