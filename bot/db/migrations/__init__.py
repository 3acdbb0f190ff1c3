"""Alembic migration scripts, shipped inside the package (see :mod:`bot.db.migrate`)."""
