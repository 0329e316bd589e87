#include "rules/spell_checker.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <system_error>

#include <fmt/format.h>
#include <hunspell.hxx>

namespace contentc {
namespace fs = std::filesystem;
namespace {

std::string with_plain_apostrophes(std::string_view word) {
  std::string out(word);
  for (size_t at = 0; (at = out.find("\u2019", at)) != std::string::npos;) out.replace(at, 3, "'");
  return out;
}

/// The first folder holding NAME + `suffix`, or "".
std::string find_file(const std::string& name, std::string_view suffix) {
  std::error_code ec;
  for (const std::string& folder : dictionary_folders()) {
    const fs::path p = fs::path(folder) / (name + std::string(suffix));
    if (fs::is_regular_file(p, ec)) return p.string();
  }
  return "";
}

std::string installed_dictionaries() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const std::string& folder : dictionary_folders()) {
    for (const fs::directory_entry& e : fs::directory_iterator(folder, ec)) {
      if (e.path().extension() == ".dic") names.push_back(e.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names.empty() ? "none (install hunspell-en-us and hunspell-en-med)" : fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

struct SpellChecker::Impl {
  Hunspell hunspell;
  std::mutex mutex;  ///< Hunspell is not safe to share between threads
  std::map<std::string, bool, std::less<>> known;
  Impl(const std::string& aff, const std::string& dic) : hunspell(aff.c_str(), dic.c_str()) {}
};

std::vector<std::string> dictionary_folders() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("DICPATH")) {
    std::string_view path(env);
    for (size_t pos = 0; pos <= path.size();) {
      const size_t end = std::min(path.find(':', pos), path.size());
      if (end > pos) out.emplace_back(path.substr(pos, end - pos));
      pos = end + 1;
    }
  }
  out.emplace_back("/usr/share/hunspell");
  return out;
}

SpellChecker::SpellChecker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SpellChecker::~SpellChecker() = default;

namespace {

/// The dictionaries loaded so far, by their names, kept for the next check.
struct Loaded {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<SpellChecker>> checkers;
};

Loaded& loaded_checkers() {
  static Loaded loaded;
  return loaded;
}

}  // namespace

void SpellChecker::forget_loaded() {
  Loaded& l = loaded_checkers();
  const std::lock_guard lock(l.mutex);
  l.checkers.clear();
}

std::shared_ptr<SpellChecker> SpellChecker::open(const std::vector<std::string>& names, std::string& error) {
  Loaded& loaded = loaded_checkers();
  if (names.empty()) {
    error = "no dictionary named";
    return nullptr;
  }
  const std::string key = fmt::format("{}", fmt::join(names, " "));
  std::lock_guard lock(loaded.mutex);
  if (auto it = loaded.checkers.find(key); it != loaded.checkers.end()) return it->second;
  const std::string aff = find_file(names[0], ".aff"), dic = find_file(names[0], ".dic");
  if (aff.empty() || dic.empty()) {
    error = fmt::format("there is no Hunspell dictionary '{}' with its affix file (installed: {})", names[0],
                        installed_dictionaries());
    return nullptr;
  }
  std::vector<std::string> extra;
  for (size_t i = 1; i < names.size(); ++i) {
    extra.push_back(find_file(names[i], ".dic"));
    if (extra.back().empty()) {
      error = fmt::format("there is no Hunspell dictionary '{}' (installed: {})", names[i], installed_dictionaries());
      return nullptr;
    }
  }
  auto checker = std::shared_ptr<SpellChecker>(new SpellChecker(std::make_unique<Impl>(aff, dic)));
  for (const std::string& d : extra) checker->impl_->hunspell.add_dic(d.c_str());
  loaded.checkers.emplace(key, checker);
  return checker;
}

bool SpellChecker::knows(std::string_view word) {
  std::lock_guard lock(impl_->mutex);
  if (auto it = impl_->known.find(word); it != impl_->known.end()) return it->second;
  const bool known = impl_->hunspell.spell(with_plain_apostrophes(word));
  impl_->known.emplace(std::string(word), known);
  return known;
}

std::vector<std::string> SpellChecker::suggest(std::string_view word, size_t max) {
  std::lock_guard lock(impl_->mutex);
  std::vector<std::string> out = impl_->hunspell.suggest(with_plain_apostrophes(word));
  if (out.size() > max) out.resize(max);
  return out;
}

}  // namespace contentc
