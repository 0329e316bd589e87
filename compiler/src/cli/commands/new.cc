// contentc new: writes a new entry's skeleton (to stdout, or into a content file).

#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/usage.h"
#include "scaffold/repository.h"
#include "scaffold/skeleton.h"
#include "util/edit_distance.h"
#include "util/kebab.h"

namespace contentc {

int run_new(const std::vector<std::string>& args) {
  std::vector<std::string> words;
  bool whole_file = false;
  for (const std::string& a : args) {
    if (a == "--file") {
      whole_file = true;
    } else {
      words.push_back(a);
    }
  }
  const auto [in, positional] = option_and_words(words, "in");
  if (whole_file && in) throw UsageError{"--file prints a whole content file; --in adds to one (or creates it): give one of them"};
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
    write_stdout(whole_file ? content_file(entry, installed_schema_dir()) : entry);
    return kExitClean;
  }
  std::error_code ec;
  const bool created = !std::filesystem::exists(std::filesystem::symlink_status(*in, ec));
  if (const std::string error = add_to_content_file(*in, entry, id, installed_schema_dir()); !error.empty()) {
    std::cerr << fmt::format("contentc: error: {}\n", error);
    return kExitUsage;
  }
  std::cerr << fmt::format("{} {} '{}' {} {}\n", created ? "created" : "added", kind, id, created ? "in" : "to", *in);
  return kExitClean;
}

}  // namespace contentc
