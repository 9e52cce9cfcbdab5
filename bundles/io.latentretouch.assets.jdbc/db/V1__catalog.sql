-- The catalog (CATALOG-NOTES schema) for SQLite and PostgreSQL alike: ${id} and ${bigint} are each dialect's row id and
-- 64-bit integer (Migrations sets them); the full-text index, which differs, is V2 in each dialect's folder.
-- Times are milliseconds since the epoch from the database's own clock.

CREATE TABLE root (
  id ${id},
  path TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('local', 'removable', 'network')),
  online INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE asset (
  id ${id},
  uuid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('original', 'variant')),
  status TEXT NOT NULL DEFAULT 'visible' CHECK (status IN ('visible', 'hidden', 'trashed')),
  name TEXT NOT NULL,
  rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN -1 AND 5),
  label TEXT,
  ai INTEGER NOT NULL DEFAULT 0,
  captured_at ${bigint},
  added_at ${bigint} NOT NULL
);

CREATE TABLE file (
  id ${id},
  asset_id ${bigint} NOT NULL REFERENCES asset (id),
  root_id ${bigint} NOT NULL REFERENCES root (id),
  path TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('original', 'render', 'sidecar', 'mask')),
  size ${bigint} NOT NULL,
  mtime ${bigint} NOT NULL,
  sha256 TEXT NOT NULL,
  format TEXT,
  width INTEGER,
  height INTEGER,
  UNIQUE (root_id, path)
);
CREATE INDEX file_asset ON file (asset_id);
CREATE INDEX file_sha256 ON file (sha256);

CREATE TABLE keyword (
  id ${id},
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE asset_keyword (
  asset_id ${bigint} NOT NULL REFERENCES asset (id),
  keyword_id ${bigint} NOT NULL REFERENCES keyword (id),
  PRIMARY KEY (asset_id, keyword_id)
);

CREATE TABLE recipe (
  sha256 TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  body TEXT NOT NULL
);

CREATE TABLE stack (
  id ${id},
  uuid TEXT NOT NULL UNIQUE,
  pick_asset_id ${bigint} REFERENCES asset (id),
  collapsed INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE stack_member (
  stack_id ${bigint} NOT NULL REFERENCES stack (id),
  asset_id ${bigint} NOT NULL UNIQUE REFERENCES asset (id),
  position INTEGER NOT NULL,
  PRIMARY KEY (stack_id, asset_id)
);

CREATE TABLE batch (
  id ${id},
  name TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at ${bigint} NOT NULL
);

CREATE TABLE variant (
  id ${id},
  asset_id ${bigint} UNIQUE REFERENCES asset (id),
  parent_asset_id ${bigint} NOT NULL REFERENCES asset (id),
  source_sha256 TEXT NOT NULL,
  recipe_sha256 TEXT NOT NULL,
  seed ${bigint} NOT NULL,
  models_sha256 TEXT NOT NULL,
  mask_sha256 TEXT,
  output_format TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'rendering', 'ready', 'failed', 'superseded')),
  idem_key TEXT NOT NULL UNIQUE
);
CREATE INDEX variant_parent ON variant (parent_asset_id);

CREATE TABLE job (
  id ${id},
  batch_id ${bigint} NOT NULL REFERENCES batch (id),
  variant_id ${bigint} NOT NULL REFERENCES variant (id),
  source_asset_id ${bigint} NOT NULL REFERENCES asset (id),
  idem_key TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  attempt INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  locked_by TEXT,
  heartbeat_at ${bigint},
  lease ${bigint} NOT NULL DEFAULT 0,
  error TEXT,
  payload TEXT NOT NULL
);
CREATE INDEX job_claim ON job (state, id);
CREATE INDEX job_batch ON job (batch_id);

CREATE TABLE journal (
  id ${id},
  at ${bigint} NOT NULL,
  host TEXT NOT NULL,
  actor TEXT NOT NULL,
  batch_id ${bigint},
  job_id ${bigint},
  asset_id ${bigint},
  event TEXT NOT NULL,
  payload TEXT
);
CREATE INDEX journal_batch ON journal (batch_id);
