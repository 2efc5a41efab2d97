# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing provider and algorithms: thin adapters between QGIS layers and ``core``."""

import warnings

# GDAL 3.9 and later (Debian 13) warn at every call while the process has chosen no exception
# mode. Our GDAL calls work in either mode, and QGIS and other plugins share the process: we
# do not choose for them, and the notice would only fill the Log Messages.
warnings.filterwarnings(
    "ignore",
    message=r"Neither gdal\.UseExceptions\(\) nor gdal\.DontUseExceptions\(\)",
    category=FutureWarning,
)
