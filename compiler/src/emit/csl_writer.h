#pragma once

#include <string>

#include "model/model.h"

namespace contentc {

/// out/articles.csl.json: the articles as CSL-JSON (the Citation Style Language's data format,
/// which Zotero, Pandoc and citation.js read), one "webpage" item each, keyed by article id:
/// title, author and publisher as written (names are never split: an organisation stays whole),
/// URL, the day it was captured or retrieved as `accessed`, and the archived copy as `archive`
/// (its host) and `archive_location` (its address). Only what the sources say: nothing invented.
std::string write_csl(const Model& model);

}  // namespace contentc
