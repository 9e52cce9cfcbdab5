-- full-text search over names, keywords and labels (rowid = asset id)
CREATE VIRTUAL TABLE asset_text USING fts5 (body, content = '', contentless_delete = 1);
