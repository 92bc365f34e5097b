-- the audit table belongs to ${schema_owner}
CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());
COMMENT ON TABLE audit IS 'kept ${audit_days} days';
