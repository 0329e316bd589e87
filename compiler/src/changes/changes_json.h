#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "changes/change_set.h"

namespace contentc {

/// changes.json: the change set for apps and scripts (schema/changes.schema.json), one record
/// a line.
std::string write_changes_json(const ChangeSet& c);
/// A changes.json that contentc wrote, read back (for the audit page of a rebuild that carries
/// it over); nothing when it is not one.
std::optional<ChangeSet> read_changes_json(std::string_view json);

}  // namespace contentc
