#pragma once

#include <string>

#include "changes/change_set.h"

namespace contentc {

/// changes.sql: turns a database loaded from the older release's bundle.sql into one equal to
/// the newer one's, in one transaction, by primary key, in SQL that SQLite 3 and PostgreSQL 15
/// both run: rows added (parents before children), then rows changed, then rows removed
/// (children before parents), so that every foreign key holds after each statement.
std::string write_changes_sql(const ChangeSet& c);

}  // namespace contentc
