"""The refusals of core: a code, an English sentence and the values the sentence names.

The rooms above (processing/, dialogs/, qgis_io/) show the user a translated sentence made from
``code`` and ``values``; ``str(error)`` (= ``detail``) is the English one, for logs and tests."""

from __future__ import annotations


class CodedError(ValueError):
    """A refusal: ``code`` (one of the raising module's ``ERROR_CODES``), ``detail`` the English
    sentence, ``values`` what it names by name (a parameter ``name``, a ``value``, a line...)."""

    def __init__(self, code: str, detail: str, **values):
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.values = values
