#pragma once

#include <string>

#include "diag/location.h"
#include "tables/citation_index.h"
#include "model/model.h"
#include "util/output_buffer.h"

namespace contentc {

/// bundle.json: every entity with all its fields, references by id, keys in a fixed order
/// (schema/bundle.schema.json describes it), one record a line. Its `content_digest` is the
/// SHA-256 of the file with those 64 hex digits set to zeros.
///
/// Streams the file into `out` with the digits still zeros, and returns their offset: the
/// caller writes there the SHA-256 of the bytes as streamed.
size_t write_json_bundle(const Model& model, const CitationIndex& citations, OutputBuffer& out);
/// The whole file in memory, digest filled in.
std::string write_json_bundle(const Model& model, const CitationIndex& citations);

}  // namespace contentc
