-- Each asset names its stack too, so that the Library's filter reads one table: asset.stack_id is stack_member's
-- stack_id for that asset, kept so by the database itself (V4's triggers in each dialect's folder), never written by the
-- catalog's code.
ALTER TABLE asset ADD COLUMN stack_id ${bigint} REFERENCES stack (id);
UPDATE asset SET stack_id = (SELECT m.stack_id FROM stack_member m WHERE m.asset_id = asset.id);
CREATE INDEX asset_stack ON asset (stack_id);
