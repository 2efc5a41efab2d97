"""The Review releases dock (issue 19): quality management passes or fails the pending land
releases of the map extent or a district."""

from .dock import OBJECT_NAME, ReviewReleasesDock

__all__ = ["OBJECT_NAME", "ReviewReleasesDock"]
