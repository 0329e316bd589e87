#pragma once

// The value types every part of the model holds: a text from the sources with its location, a
// word from a small vocabulary held once, and a parsed dose value.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "diag/location.h"

namespace contentc {

/// The characters of a Text: a view of bytes that outlive every Text showing them (a model's
/// ValueStore, an interned word, a literal). Made from a std::string it would dangle when the
/// string goes, so that does not compile: put the string in a store first.
class TextChars : public std::string_view {
 public:
  constexpr TextChars() = default;
  constexpr TextChars(const char* text) : std::string_view(text) {}        // NOLINT(google-explicit-constructor)
  constexpr TextChars(std::string_view text) : std::string_view(text) {}  // NOLINT(google-explicit-constructor)
  TextChars(const std::string&) = delete;
  TextChars(std::string&&) = delete;

  std::string str() const { return std::string(*this); }
  // No conversion to std::string: `const std::string& s = text.value` would bind a temporary
  // copy, and a view kept of it would dangle. Say str() where a copy is meant.

  friend std::string operator+(const TextChars& a, std::string_view b) { return a.str().append(b); }
  friend std::string operator+(const TextChars& a, const char* b) { return a.str().append(b); }
  friend std::string operator+(const TextChars& a, const std::string& b) { return a.str().append(b); }
  friend std::string operator+(const TextChars& a, const TextChars& b) { return a.str().append(b); }
  friend std::string operator+(const TextChars& a, char b) { return a.str() += b; }
  friend std::string operator+(std::string a, const TextChars& b) { return a.append(b); }
  friend std::string operator+(const char* a, const TextChars& b) { return std::string(a).append(b); }
};

/// Where the characters of a model's values live: blocks that are appended to and never move,
/// freed with the model. A value is copied in once (decoded and folded) and shown as a view,
/// so that a value costs its bytes and 16 bytes of view, not a string of its own.
class ValueStore {
 public:
  ValueStore() = default;
  ValueStore(const ValueStore&) = delete;
  ValueStore& operator=(const ValueStore&) = delete;

  /// A lasting copy of `text`.
  TextChars hold(std::string_view text);
  /// Bytes held, for measuring.
  size_t bytes() const { return bytes_; }

 private:
  static constexpr size_t kBlockBytes = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;  ///< kBlockBytes each, filled in turn
  std::vector<std::unique_ptr<char[]>> large_;   ///< one long value each
  char* free_ = nullptr;  ///< the next free byte of the last block
  size_t left_ = 0;       ///< bytes left there
  size_t bytes_ = 0;
};

/// A value from the sources and where it starts (attribute value or first non-blank character
/// of an element's text). Element text is trimmed and its white space runs folded to one space.
/// The characters are held by the model's value store (see ValueStore).
struct Text {
  TextChars value;
  Loc loc;

  bool empty() const { return value.empty(); }
};

/// A word of a small vocabulary (a unit, an approximation, a dose word, an element name), held
/// as a pointer to the one view of it the process keeps: 8 bytes and no allocation where a
/// string takes 32 and often one. Made from any text; printed as a string_view, and compared
/// with another word by that pointer (equal words are the same copy).
class Interned {
 public:
  Interned() = default;
  Interned(std::string_view text);  // NOLINT(google-explicit-constructor): a word is its text
  Interned(const std::string& text) : Interned(std::string_view(text)) {}  // NOLINT(google-explicit-constructor)
  Interned(const char* text) : Interned(std::string_view(text)) {}         // NOLINT(google-explicit-constructor)

  std::string_view view() const { return word_ ? *word_ : std::string_view(); }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)
  bool empty() const { return word_ == nullptr; }
  std::string str() const { return std::string(view()); }

  // One word, one copy: equal words are the same copy.
  friend bool operator==(const Interned& a, const Interned& b) { return a.word_ == b.word_; }
  friend bool operator==(const Interned& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const Interned& a, const char* b) { return a.view() == b; }

 private:
  const std::string_view* word_ = nullptr;  ///< the word's one view; null: empty
};

/// One T held out of line, copied with its holder (a unique_ptr that copies): for a part of a
/// struct that few instances have, so that the rest do not carry its bytes.
template <typename T>
class Box {
 public:
  Box() = default;
  Box(T value) : p_(std::make_unique<T>(std::move(value))) {}  // NOLINT(google-explicit-constructor)
  Box(const Box& other) : p_(other.p_ ? std::make_unique<T>(*other.p_) : nullptr) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& other) {
    if (this != &other) p_ = other.p_ ? std::make_unique<T>(*other.p_) : nullptr;
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  ~Box() = default;

  explicit operator bool() const { return p_ != nullptr; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }

 private:
  std::unique_ptr<T> p_;
};

/// A parsed dose value: a number or range with its unit, or a word that gives no number.
struct DoseValue {
  enum class Kind : uint8_t { kAbsent, kRange, kWord, kInvalid };
  Kind kind = Kind::kAbsent;
  double min = 0, max = 0;  ///< kRange: N gives min == max
  /// kRange: how exact the source is: "" (as stated), "about", "up to" or "at least".
  Interned approx;
  Interned unit;  ///< hold: s | min | breaths | count; frequency: day | week; else empty
  Interned word;  ///< kWord, as written: few | several (reps); few s | several s | few min | few breaths (hold)

  bool is_range() const { return kind == Kind::kRange; }
  /// kInvalid: what is wrong and what is accepted ("" otherwise).
  std::string_view error() const { return error_ ? std::string_view(*error_) : std::string_view(); }
  void set_error(std::string message) { error_ = Box<std::string>(std::move(message)); }

 private:
  /// Out of line: few values are invalid, and every value would otherwise carry a string.
  Box<std::string> error_;
};

}  // namespace contentc

template <>
struct fmt::formatter<contentc::Interned> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const contentc::Interned& w, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(w.view(), ctx);
  }
};
