-- contentc change set, format 2.6: generated, do not edit.
-- Turns a database loaded from the bundle.sql of content version 1.1.0 into one equal to the
-- bundle.sql of content version 1.1.1. Runs unchanged in SQLite 3 and PostgreSQL 15.

BEGIN;

UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=To%20do%20it%2C,extended%20and%20straight.' WHERE entry_id = 'hands-and-knees-pelvic-rock' AND ordinal = 1;
UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=To%20start%20out%2C,forward%20and%20comfortably.' WHERE entry_id = 'hands-and-knees-pelvic-rock' AND ordinal = 2;
UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=Hold%20this%20position%20for%20a%20couple%20of%20seconds' WHERE entry_id = 'hands-and-knees-pelvic-rock' AND ordinal = 3;
UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=At%20first%20the,during%20the%20day.' WHERE entry_id = 'hands-and-knees-pelvic-rock' AND ordinal = 4;
UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=Pelvic%20rocking%20is,several%20key%20benefits.' WHERE entry_id = 'pelvic-rocking-most-effective' AND ordinal = 1;
UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=It%20helps%20to,mothers%20back%20temporarily.' WHERE entry_id = 'pelvic-rocking-relieves-back-pressure' AND ordinal = 1;
UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=It%20also%20relieves,the%20digestive%20process.' WHERE entry_id = 'pelvic-rocking-relieves-bladder' AND ordinal = 1;
UPDATE citations SET quote_url = 'http://www.naturalchildbirth.org/natural/resources/exercise/exercise03.htm#:~:text=Pelvic%20rocking%20strengthens,the%20lower%20back.' WHERE entry_id = 'pelvic-rocking-strengthens' AND ordinal = 1;

COMMIT;
