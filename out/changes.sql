-- contentc change set, format 2.6: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.1.1 into one equal to the
-- bundle.sql of content version 1.1.2. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE advice SET text = 'Focus on neutral alignment, pelvic neutral in particular: it is the most important tip to minimize sciatica.' WHERE id = 'sciatica-neutral-alignment';
UPDATE advice SET text = 'Avoid activities that make the pain worse, especially those that involve standing on one leg; minimize time spent in compromising positions.' WHERE id = 'si-avoid-aggravating-activities';
UPDATE advice SET text = 'Do pelvic stabilizing exercises, after an evaluation by your healthcare provider and in consultation with your physical therapist.' WHERE id = 'si-pelvic-stabilizing-exercises';

COMMIT;
