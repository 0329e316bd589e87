-- contentc change set, format 2.1: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.1 into one equal to the
-- bundle.sql of content version 1.0.2. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE doses SET frequency_min = 2, frequency_approx = 'up to' WHERE entry_id = 'advanced-sciatic-nerve-stretch' AND ordinal = 1;
UPDATE doses SET timing = 'through the day, whenever you feel the need' WHERE entry_id = 'table-stretch' AND ordinal = 1;

DELETE FROM suppressions WHERE entry_id = 'advanced-sciatic-nerve-stretch' AND ordinal = 1;

COMMIT;
