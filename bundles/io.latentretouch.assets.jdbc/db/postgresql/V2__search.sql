-- full-text search over names, keywords and labels
ALTER TABLE asset ADD COLUMN search tsvector;
CREATE INDEX asset_search ON asset USING gin (search);
