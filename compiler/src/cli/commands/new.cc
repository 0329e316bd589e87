// contentc new: writes a new entry's skeleton (to stdout, or into a content file).

#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/usage.h"
#include "scaffold/skeleton.h"
#include "util/edit_distance.h"
#include "util/kebab.h"

namespace contentc {

int run_new(const std::vector<std::string>& args) {
  const auto [in, positional] = option_and_words(args, "in");
  std::string kinds;
  for (std::string_view k : skeleton_kinds()) kinds += (kinds.empty() ? "" : ", ") + std::string(k);
  if (positional.size() != 2) {
    throw UsageError{fmt::format("'new' takes a kind ({}) and an id, e.g. contentc new exercise pelvic-tilt", kinds)};
  }
  const std::string& kind = positional[0];
  const std::string& id = positional[1];
  const std::string entry = entry_skeleton(kind, id);
  if (entry.empty()) {
    std::vector<std::string_view> names(skeleton_kinds().begin(), skeleton_kinds().end());
    throw UsageError{fmt::format("no entry kind '{}'{} (one of {})", kind, did_you_mean(kind, names), kinds)};
  }
  if (!is_kebab_case(id)) {
    const std::string suggestion = to_kebab_case(id);
    throw UsageError{fmt::format("the id '{}' is not kebab-case (lower-case letters and digits joined by single "
                                 "hyphens){}",
                                 id, suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion))};
  }
  if (!in) {
    write_stdout(entry);
    return kExitClean;
  }
  if (const std::string error = add_to_content_file(*in, entry, id); !error.empty()) {
    std::cerr << fmt::format("contentc: error: {}\n", error);
    return kExitUsage;
  }
  std::cerr << fmt::format("added {} '{}' to {}\n", kind, id, *in);
  return kExitClean;
}

}  // namespace contentc
