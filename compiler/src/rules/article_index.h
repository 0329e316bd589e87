#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "diag/location.h"
#include "model/model.h"
#include "resolve/normalized_text.h"
#include "resolve/passage_finder.h"

namespace contentc {

/// Articles by id (the first of each id), for rules that follow a cite to its snapshot.
class ArticleIndex {
 public:
  explicit ArticleIndex(const Model& model) {
    for (const Article& a : model.articles) map_.try_emplace(a.id.value, &a);
  }
  const Article* find(std::string_view id) const {
    auto it = map_.find(id);
    return it == map_.end() ? nullptr : it->second;
  }

 private:
  std::unordered_map<std::string_view, const Article*> map_;
};

/// Line `line` of a snapshot without the white space around it (no-break spaces too): a
/// heading as a message names it.
inline std::string heading_text(const SourceFiles& files, uint32_t file, uint32_t line) {
  const auto whole = files.line_text(file, line);  // may be a line read again from disk: keep it
  const std::string_view text = trim_space(whole);
  if (marks_headings(files[file].rel_path)) return std::string(marked_heading(text).value_or(text));
  return std::string(text);
}

}  // namespace contentc
