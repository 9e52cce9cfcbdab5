-- asset.stack_id follows stack_member (V3)
CREATE FUNCTION stack_member_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE asset SET stack_id = NULL WHERE id = OLD.asset_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE asset SET stack_id = NEW.stack_id WHERE id = NEW.asset_id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER stack_member_sync AFTER INSERT OR DELETE OR UPDATE OF stack_id, asset_id ON stack_member
  FOR EACH ROW EXECUTE FUNCTION stack_member_sync();
