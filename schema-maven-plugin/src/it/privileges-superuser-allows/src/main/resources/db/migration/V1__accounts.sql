CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE accounts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
