#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/location.h"
#include "model/model.h"

namespace contentc {

/// The elements whose text editors write (quotes never: they are the articles' words), as
/// policy `in="…"` lists name them.
inline constexpr std::array<std::string_view, 7> kEditorTextElements = {
    "name", "alias", "summary", "symptom", "step", "warning", "text"};

/// Calls f(entry, element, text) for every editor-written text of the elements in `in` (all of
/// kEditorTextElements when empty), entry by entry in model order.
template <typename F>
void for_each_editor_text(const Model& model, const std::vector<std::string>& in, F&& f) {
  auto wanted = [&in](std::string_view element) {
    if (in.empty()) return true;
    for (const std::string& e : in) {
      if (e == element) return true;
    }
    return false;
  };
  auto each = [&](const Entry& e, std::string_view element, const Text& t) {
    if (!t.value.empty() && wanted(element)) f(e, element, t);
  };
  auto warnings = [&](const Entry& e, const std::vector<Warning>& ws) {
    for (const Warning& w : ws) each(e, "warning", w.text);
  };
  for (const Condition& c : model.conditions) {
    each(c, "name", c.name);
    for (const Text& a : c.aliases) each(c, "alias", a);
    if (c.summary) each(c, "summary", *c.summary);
    for (const Text& s : c.symptoms) each(c, "symptom", s);
    warnings(c, c.warnings);
  }
  for (const Movement& m : model.movements) {
    each(m, "name", m.name);
    for (const Text& a : m.aliases) each(m, "alias", a);
    for (const Text& s : m.steps) each(m, "step", s);
    warnings(m, m.warnings);
  }
  for (const Advice& a : model.advice) each(a, "text", a.text);
  for (const Claim& c : model.claims) each(c, "text", c.text);
}

/// Where value bytes [begin, end) of an element's text `t` were written in its file. The model
/// decodes references, drops comments and processing instructions and folds white space, so the
/// source is read again from the text's start and folded alongside (util/xml_text_map.h).
struct TextRange {
  Loc begin, end;
  /// The source bytes of the range, when they are the value's bytes exactly (no reference,
  /// comment or reflowed white space inside): only then may a fix replace them.
  std::optional<std::string> exact;
  bool in_cdata = false;  ///< the exact bytes lie inside a CDATA section (nothing escaped there)

  /// `text` written into the range as its place needs (escaped, or raw inside CDATA); nullopt
  /// when the range is not exact or the text cannot stand there.
  std::optional<std::string> raw(std::string_view text) const;
};
/// Falls back to the text's start (and no exact bytes) when the source cannot be read again or
/// does not fold to the value.
TextRange locate_text_range(const SourceFiles& files, const Text& t, size_t begin, size_t end);

/// Where byte `offset` of an element's text `t` is in its file.
Loc locate_in_text(const SourceFiles& files, const Text& t, size_t offset);

/// A byte that can be part of a word: ASCII letters and digits, and any byte of a non-ASCII
/// character (so that "naïve" is one word).
bool word_byte(char c);

/// `s` with its ASCII letters in lower case (other bytes as they are).
std::string ascii_lower(std::string_view s);

/// Offsets in `text` where `phrase` occurs as whole words (not inside a longer word), letter
/// case ignored for ASCII; `text` and `phrase` are compared after lower-casing ASCII letters.
std::vector<size_t> find_whole_words(std::string_view text, std::string_view phrase);

/// `alternatives` split on '|', each trimmed; empty ones dropped.
std::vector<std::string> split_alternatives(std::string_view alternatives);

}  // namespace contentc
