#pragma once

#include <string_view>
#include <unordered_map>

#include "model/model.h"

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

}  // namespace contentc
