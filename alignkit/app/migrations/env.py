"""Alembic environment: `alignkit.app.db.migrate(url)` runs it; the URL comes from the config it builds."""

from alembic import context
from sqlalchemy import create_engine

from alignkit.app.db import Base

url = context.config.get_main_option("sqlalchemy.url")
engine = create_engine(url)
with engine.connect() as connection:
    # render_as_batch: SQLite alters tables by copying them; Alembic does that in batch mode.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=url.startswith("sqlite"))
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
