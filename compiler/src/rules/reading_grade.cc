#include "rules/reading_grade.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <array>
#include <cctype>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/editor_text.h"

namespace contentc {
namespace {

/// Abbreviations whose full stop does not end a sentence even before a capital ("Dr. Key").
constexpr std::array<std::string_view, 9> kAbbreviations = {"dr", "mr", "mrs", "ms", "st", "vs",
                                                             "approx", "fig", "no"};

/// Whether the '.' at `dot` ends an abbreviation: "e.g.", "i.e." (a dot inside the word), one
/// letter ("J. Smith"), or a listed one.
bool ends_abbreviation(std::string_view text, size_t dot) {
  size_t start = dot;
  while (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.')) {
    --start;
  }
  const std::string_view word = text.substr(start, dot - start);
  if (word.empty()) return false;
  if (word.find('.') != std::string_view::npos || word.size() == 1) return true;
  const std::string lower = ascii_lower(word);
  for (std::string_view a : kAbbreviations) {
    if (lower == a) return true;
  }
  return false;
}

/// Length of a closing quote or bracket at `i` ('"', ''', ')', ']', or the UTF-8 ’ and ”), or 0.
size_t closer_at(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (text.substr(i, 3) == "\u2019" || text.substr(i, 3) == "\u201d") return 3;
  return 0;
}

}  // namespace

unsigned syllables_in_phonemes(std::string_view phonemes) {
  // Phoneme names, stress marks dropped, split at '_' and spaces (espeak-ng's word breaks).
  std::vector<std::string> names;
  std::string name;
  auto flush = [&] {
    if (!name.empty()) names.push_back(name);
    name.clear();
  };
  for (char c : phonemes) {
    if (c == '_' || c == ' ' || c == '\n') {
      flush();
    } else if (c != '\'' && c != ',' && c != '%' && c != '=') {
      name += c;
    }
  }
  flush();
  unsigned n = 0;
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& p = names[i];
    if (p == "n-" || p == "m-") {  // syllabic n and m ("tighten", "rhythm")
      ++n;
    } else if (std::strchr("aeiouAEIOUV@30", p[0]) != nullptr) {
      ++n;
      const bool r_follows = i + 1 < names.size() && (names[i + 1][0] == 'r' || names[i + 1][0] == '3');
      if (p == "aI@" || p == "aI3" || p == "aU@" || (p == "i@" && !r_follows)) ++n;
    }
  }
  return n;
}

SyllableCounter& SyllableCounter::instance() {
  static SyllableCounter counter;
  return counter;
}

namespace {
std::mutex espeak_mutex;
std::unordered_map<std::string, unsigned> syllable_cache;  // guarded by espeak_mutex
}  // namespace

namespace {

/// Whether this process may start one more thread: espeak-ng starts one of its own, and aborts
/// when it cannot (under a limit on processes, `ulimit -u`).
bool can_start_thread() {
  try {
    std::thread([] {}).join();
    return true;
  } catch (const std::system_error&) {
    return false;
  }
}

}  // namespace

SyllableCounter::SyllableCounter() {
  std::lock_guard lock(espeak_mutex);
  if (!can_start_thread()) {
    error_ = "espeak-ng needs a thread of its own, and no thread can start; raise the limit on processes";
    return;
  }
  espeak_ng_InitializePath(nullptr);
  espeak_ng_ERROR_CONTEXT context = nullptr;
  espeak_ng_STATUS status = espeak_ng_Initialize(&context);
  if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
  if (status == ENS_OK) status = espeak_ng_SetVoiceByName("en-us");
  if (status != ENS_OK) {
    char buffer[512] = "";
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
    error_ = fmt::format("espeak-ng could not start ({}); install the espeak-ng-data package", buffer);
  }
  espeak_ng_ClearErrorContext(&context);
}

unsigned SyllableCounter::count(std::string_view word) {
  if (!error_.empty() || word.empty()) return 0;
  std::lock_guard lock(espeak_mutex);
  std::string key(word);
  if (auto it = syllable_cache.find(key); it != syllable_cache.end()) return it->second;
  unsigned n = 0;
  const void* cursor = key.c_str();
  while (cursor != nullptr) {
    const char* phonemes = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, '_' << 8);
    if (phonemes != nullptr) n += syllables_in_phonemes(phonemes);
  }
  syllable_cache.emplace(std::move(key), n);
  return n;
}

TextCounts& TextCounts::operator+=(const TextCounts& o) {
  sentences += o.sentences, words += o.words, syllables += o.syllables, polysyllables += o.polysyllables;
  return *this;
}

std::vector<std::pair<size_t, size_t>> words_in(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < text.size()) {
      if (word_byte(text[i])) {
        ++i;
      } else if ((text[i] == '\'' || text[i] == '-') && i + 1 < text.size() &&
                 word_byte(text[i + 1])) {
        i += 2;  // "woman's", "low-impact"
      } else {
        break;
      }
    }
    out.emplace_back(start, i);
  }
  return out;
}

size_t sentence_end(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    size_t end = i;
    while (end < text.size() && (text[end] == '.' || text[end] == '!' || text[end] == '?')) ++end;
    while (end < text.size()) {
      const size_t closer = closer_at(text, end);
      if (closer == 0) break;
      end += closer;
    }
    if (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) {
      i = end - 1;  // "2.5", "e.g.the": no break after the stop
      continue;
    }
    if (c == '.' && end == i + 1) {
      size_t next = end;
      while (next < text.size() && std::isspace(static_cast<unsigned char>(text[next]))) ++next;
      // "e.g. the", "Dr. Key", "5 sec. then": the sentence goes on.
      if (ends_abbreviation(text, i) || (next < text.size() && std::islower(static_cast<unsigned char>(text[next])))) {
        continue;
      }
    }
    return end;
  }
  return text.size();
}

std::optional<GradeFormula> grade_formula(std::string_view name) {
  if (name == "smog") return GradeFormula::kSmog;
  if (name == "flesch-kincaid") return GradeFormula::kFleschKincaid;
  return std::nullopt;
}

std::string_view formula_name(GradeFormula formula) {
  return formula == GradeFormula::kSmog ? "SMOG" : "Flesch-Kincaid";
}

std::optional<double> reading_grade(GradeFormula formula, const TextCounts& counts) {
  if (counts.sentences == 0 || counts.words == 0) return std::nullopt;
  const double sentences = static_cast<double>(counts.sentences);
  if (formula == GradeFormula::kSmog) {
    return 1.0430 * std::sqrt(static_cast<double>(counts.polysyllables) * 30.0 / sentences) + 3.1291;
  }
  const double words = static_cast<double>(counts.words);
  return 0.39 * words / sentences + 11.8 * static_cast<double>(counts.syllables) / words - 15.59;
}

}  // namespace contentc
