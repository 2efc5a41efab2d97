"""Dialogs and map tools of the land release plugin."""
