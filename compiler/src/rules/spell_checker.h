#pragma once

// Hunspell dictionaries, loaded once per process for each list of names and shared by every run
// (the language server checks again on every edit).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// The dictionaries named in a policy's `<spelling dictionaries="en_US en_med_glut">`: the first
/// with its affix file, the others as word lists over it.
class SpellChecker {
 public:
  /// Loads (or finds already loaded) `names`, looked up in $DICPATH's folders, then
  /// /usr/share/hunspell. On failure, `error` says what is missing and what is installed.
  static std::shared_ptr<SpellChecker> open(const std::vector<std::string>& names, std::string& error);
  /// Stops keeping the loaded dictionaries for later checks (the language server keeps them;
  /// a command that checks once lets them go when its rules have run: 10 MB for en_US).
  static void forget_loaded();

  ~SpellChecker();
  /// Whether the dictionaries know `word` (UTF-8; a typographic apostrophe reads as ').
  bool knows(std::string_view word);
  /// Up to `max` spellings the dictionaries suggest for `word`, best first.
  std::vector<std::string> suggest(std::string_view word, size_t max = 3);

 private:
  struct Impl;
  explicit SpellChecker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// The folders dictionaries are looked up in: $DICPATH's (':'-separated), then /usr/share/hunspell.
std::vector<std::string> dictionary_folders();

}  // namespace contentc
