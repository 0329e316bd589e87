-- contentc change set, format 2.1: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.0 into one equal to the
-- bundle.sql of content version 1.0.1. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

DELETE FROM suppressions WHERE entry_id = 'curl-downs' AND ordinal = 1;

COMMIT;
