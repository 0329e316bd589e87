// The checks of the sources folder as a whole: policy-missing and no-content.

#include "load/folder_checks.h"

#include <algorithm>

#include <fmt/format.h>

#include "load/load_rules.h"

namespace contentc {

void check_folder(LoadedSources& result, const std::vector<std::string>& rel_paths,
                  const std::string& display_root) {
  const bool has_policy = std::binary_search(rel_paths.begin(), rel_paths.end(), "policy.xml");
  if (!has_policy) {
    const uint32_t file = result.files.add(display_path(display_root, "policy.xml"), "policy.xml", "");
    result.findings.add(kPolicyMissing, Loc{file, 0, 0},
                        fmt::format("the sources folder '{}' has no policy.xml, so the house rules "
                                    "(vocabularies, dose limits, required warnings) go unchecked; "
                                    "add policy.xml at its root",
                                    display_root));
  }
  const bool unreadable = std::any_of(result.findings.items().begin(), result.findings.items().end(),
                                      [](const Finding& f) { return f.rule == kXmlMalformed.id; });
  if (result.model.entry_count() > 0 || unreadable) return;  // xml-malformed says why
  const size_t content_files = rel_paths.size() - (has_policy ? 1 : 0);
  const uint32_t folder = result.files.add(display_root, "", "");
  result.findings.add(
      kNoContent, Level::kError, Loc{folder, 0, 0},
      content_files == 0
          ? fmt::format("no content found: '{}' holds no *.xml file besides policy.xml; check "
                        "that SOURCES names the content folder",
                        display_root)
          : fmt::format("no content found: {} in '{}' {} no entry; add entries, or check that "
                        "SOURCES names the content folder",
                        content_files == 1 ? "the content file"
                                           : fmt::format("the {} content files", content_files),
                        display_root, content_files == 1 ? "defines" : "define"));
}


const Rule kNoContent{
    "no-content", Level::kError, "the sources folder holds no entry",
    R"(The sources folder holds no *.xml file besides policy.xml, or its files define no
entry at all (and none failed to load: xml-malformed would say why). Reported on the folder.

Why: a build from an empty folder would replace good bundles with empty ones; most often
SOURCES names the wrong folder, or a checkout or copy step lost the content.

Fix: point contentc at the content folder, or add entries.
  before:  contentc build content/ -o out      (the entries live in content/entries/)
  after:   contentc build content/entries -o out)", true};

const Rule kPolicyMissing{
    "policy-missing", Level::kError, "the sources folder has no policy.xml",
    R"(There is no policy.xml at the root of the sources folder. Reported on the path where it
belongs.

Why: policy.xml holds the house rules: the vocabularies that unknown-term checks, the dose
limits, the warnings every entry must carry and the level overrides. Without it those checks
cannot run, and a CI whose checkout lost the file would pass content it should stop.

Fix: add policy.xml at the root of the sources folder (schema/policy.xsd); an empty
<policy/> is valid and says "no house rules" on purpose.
  before:  sources/exercises.xml, sources/articles.xml
  after:   sources/exercises.xml, sources/articles.xml, sources/policy.xml)", true};

}  // namespace contentc
