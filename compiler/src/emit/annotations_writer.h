#pragma once

#include "diag/location.h"
#include "model/model.h"
#include "tables/citation_index.h"
#include "util/output_buffer.h"

namespace contentc {

/// out/annotations.jsonld: every citation whose quote was found, as a W3C Web Annotation
/// (http://www.w3.org/ns/anno.jsonld) in one AnnotationCollection, in bundle order. Each one's
/// body names the entry it supports (its id, and what of it: the entry, a dose, a warning); its
/// targets are, for each part of the quote, the live article (when it has a URL: a
/// TextQuoteSelector with the page's text, spaces collapsed, and a TimeState with the capture
/// time and archived copy when known) and the snapshot itself (named by its SHA-256 as an
/// RFC 6920 `ni:` URI: a TextQuoteSelector and a TextPositionSelector in code points).
void write_annotations(const Model& model, const SourceFiles& files, const CitationIndex& citations, OutputBuffer& out);

}  // namespace contentc
