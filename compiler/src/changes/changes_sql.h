#pragma once

#include <string>

#include "changes/change_set.h"

namespace contentc {

/// changes.sql: turns a database loaded from the older release's bundle.sql into one equal to
/// the newer one's, in one transaction, by primary key, in SQL that SQLite 3 and PostgreSQL 15
/// both run: rows added (parents before children), then rows changed, then rows removed
/// (children before parents), so that every foreign key holds after each statement.
std::string write_changes_sql(const ChangeSet& c);

/// changes.sqlite.sql: upgrades the older release's bundle.sqlite in place into one equal to the
/// newer one's, search index and user_version included (SQLite only: PostgreSQL has neither).
/// It first checks the database's user_version, and on a database of any other version stops
/// with an error naming both versions and changes nothing, whether the client stops at the first
/// error or not: the check leaves a deferred foreign-key violation that makes COMMIT fail.
/// Empty when either version does not fit a user_version.
std::string write_changes_sqlite_sql(const ChangeSet& c);

}  // namespace contentc
