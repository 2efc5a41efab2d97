# SPDX-License-Identifier: GPL-2.0-or-later
"""Land Release: a QGIS plugin for humanitarian mine action."""


def classFactory(iface):  # noqa: N802 - QGIS looks for this name
    from .plugin import LandReleasePlugin

    return LandReleasePlugin(iface)
