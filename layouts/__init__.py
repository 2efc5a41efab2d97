"""Print layout templates and the code that fills them."""
