#include "diag/rule.h"

#include <algorithm>

namespace contentc {

const Rule* find_rule(const RuleCatalogue& catalogue, std::string_view id) {
  auto it = std::find_if(catalogue.begin(), catalogue.end(), [id](const Rule* r) { return r->id == id; });
  return it == catalogue.end() ? nullptr : *it;
}

}  // namespace contentc
