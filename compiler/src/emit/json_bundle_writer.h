#pragma once

#include <string>

#include "diag/location.h"
#include "emit/citation_index.h"
#include "model/model.h"

namespace contentc {

/// bundle.json: every entity with all its fields, references by id, keys in a fixed order
/// (schema/bundle.schema.json describes it). Its `content_digest` is the SHA-256 of the file
/// with those 64 hex digits set to zeros.
std::string write_json_bundle(const Model& model, const CitationIndex& citations);

}  // namespace contentc
