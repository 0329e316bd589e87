-- contentc change set, format 2.1: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.2 into one equal to the
-- bundle.sql of content version 1.0.3. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE suppressions SET scope = 'dose 1 reps' WHERE entry_id = 'back-lying-sciatic-nerve-floss' AND ordinal = 1;
UPDATE suppressions SET scope = 'dose 1 hold' WHERE entry_id = 'windshield-wiper-with-fold' AND ordinal = 1;
UPDATE suppressions SET scope = 'dose 1 side' WHERE entry_id = 'windshield-wiper-with-fold' AND ordinal = 2;

COMMIT;
