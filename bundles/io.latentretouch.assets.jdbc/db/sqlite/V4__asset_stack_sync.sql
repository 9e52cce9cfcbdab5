-- asset.stack_id follows stack_member (V3)
CREATE TRIGGER stack_member_added AFTER INSERT ON stack_member
BEGIN
  UPDATE asset SET stack_id = NEW.stack_id WHERE id = NEW.asset_id;
END;

CREATE TRIGGER stack_member_moved AFTER UPDATE OF stack_id, asset_id ON stack_member
BEGIN
  UPDATE asset SET stack_id = NULL WHERE id = OLD.asset_id;
  UPDATE asset SET stack_id = NEW.stack_id WHERE id = NEW.asset_id;
END;

CREATE TRIGGER stack_member_removed AFTER DELETE ON stack_member
BEGIN
  UPDATE asset SET stack_id = NULL WHERE id = OLD.asset_id;
END;
