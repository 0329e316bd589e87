-- contentc change set, format 2.2: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.4 into one equal to the
-- bundle.sql of content version 1.0.5. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE steps SET source = 'house' WHERE entry_id = 'advanced-sciatic-nerve-stretch' AND ordinal = 1;
UPDATE steps SET source = 'house' WHERE entry_id = 'back-lying-sciatic-nerve-floss' AND ordinal = 1;
UPDATE steps SET source = 'house' WHERE entry_id = 'bridge' AND ordinal = 1;
UPDATE steps SET source = 'house' WHERE entry_id = 'preparatory-nerve-root-stretch' AND ordinal = 1;

COMMIT;
