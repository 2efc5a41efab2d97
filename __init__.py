# SPDX-License-Identifier: GPL-2.0-or-later
"""Land Release: a QGIS plugin for humanitarian mine action."""


def classFactory(iface):  # noqa: N802 - QGIS looks for this name
    from .toolbelt.dependencies import use_packages_dir
    from .toolbelt.i18n import install_translator

    use_packages_dir()  # the packages the plugin installed into the profile, before any import

    install_translator()  # before any string of the plugin is made; unload() removes it
    from .plugin import LandReleasePlugin

    return LandReleasePlugin(iface)
