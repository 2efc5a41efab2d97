"""Field packages (issue 20): a folder QField opens, made from a land release database
(``package``, ``project``), and the database's stable id (``identity``)."""
