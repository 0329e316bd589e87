#include "test_support.h"

#include <fmt/format.h>
#include <stdlib.h>

#include <fstream>

namespace contentc::testing {

namespace fs = std::filesystem;

TempSources::TempSources(Storage storage) {
  if (storage == Storage::kDisk) {
    std::string pattern = (fs::temp_directory_path() / "contentc-test-XXXXXX").string();
    root = mkdtemp(pattern.data());
    tree = SourceTree(root);
  }
  write("policy.xml", "<policy/>\n");  // no house rules; a test may write its own, or remove it
}

TempSources::~TempSources() {
  if (root.empty()) return;
  std::error_code ec;
  fs::permissions(root, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(root, ec);
}

void TempSources::write(const std::string& rel, std::string_view text) {
  if (root.empty()) {
    tree.put(rel, std::string(text));
    return;
  }
  const fs::path path = root / rel;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

Compilation TempSources::compile(LoadOptions options) const {
  return compile_sources(tree, "src", CompileOptions{std::move(options), kTestToday});
}

std::string content(std::string_view body) { return fmt::format("<content>\n{}\n</content>\n", body); }

void add_article(TempSources& sources, const std::string& id, std::string_view text,
                 const std::string& file) {
  sources.write(id + ".txt", text);
  sources.write(file, content(fmt::format(R"(<article id="{0}">
  <title>T</title>
  <author>A</author>
  <snapshot>{0}.txt</snapshot>
</article>)",
                                          id)));
}

Compilation compile_cite(std::string_view article, std::string_view quote) {
  TempSources s;
  add_article(s, "art", article);
  s.write("a.xml", content("<condition id=\"c\"><name>C</name>\n<cite article=\"art\">" +
                           std::string(quote) + "</cite></condition>"));
  return s.compile();
}

std::vector<Finding> findings_of(const LoadedSources& loaded, std::string_view rule) {
  std::vector<Finding> out;
  for (const Finding& f : loaded.findings.items()) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

std::string where(const LoadedSources& loaded, const Loc& loc) {
  if (!loc.valid()) return "?";
  return fmt::format("{}:{}:{}", loaded.files[loc.file].path, loc.line, loc.column);
}

const char* const kSmallPolicy = R"(<policy>
  <vocabulary kind="pattern"><term>hip-extension</term><term>single-leg-stance</term></vocabulary>
  <vocabulary kind="equipment"><term>ball</term></vocabulary>
  <vocabulary kind="target"><term>glutes</term></vocabulary>
  <vocabulary kind="warning-category"><term>stop-if-pain</term></vocabulary>
  <vocabulary kind="factor"><term>movement</term></vocabulary>
</policy>
)";

}  // namespace contentc::testing
