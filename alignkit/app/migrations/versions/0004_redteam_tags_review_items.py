"""red-team expertise tags on sessions and attacks; attacks that review an imported item

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('attacks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tags', sa.JSON(), server_default='[]', nullable=False))
        batch_op.add_column(sa.Column('item_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_attacks_item_id'), ['item_id'], unique=False)
        batch_op.create_unique_constraint('uq_attacks_item_id_user_id', ['item_id', 'user_id'])
        batch_op.create_foreign_key('fk_attacks_item_id_items', 'items', ['item_id'], ['id'])

    with op.batch_alter_table('redteam_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tags', sa.JSON(), server_default='[]', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('redteam_sessions', schema=None) as batch_op:
        batch_op.drop_column('tags')

    with op.batch_alter_table('attacks', schema=None) as batch_op:
        batch_op.drop_constraint('fk_attacks_item_id_items', type_='foreignkey')
        batch_op.drop_constraint('uq_attacks_item_id_user_id', type_='unique')
        batch_op.drop_index(batch_op.f('ix_attacks_item_id'))
        batch_op.drop_column('item_id')
        batch_op.drop_column('tags')
