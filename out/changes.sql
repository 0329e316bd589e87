-- contentc change set, format 2.3: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.0.6 into one equal to the
-- bundle.sql of content version 1.0.7. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE claims SET phase = 'postpartum' WHERE id = 'si-pain-may-last-a-year';
UPDATE claims SET phase = 'postpartum' WHERE id = 'si-pain-resolves-postpartum';

COMMIT;
