#pragma once

// The value types every part of the model holds: a text from the sources with its location, a
// word from a small vocabulary held once, and a parsed dose value.

#include <memory>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "diag/location.h"

namespace contentc {

/// A value from the sources and where it starts (attribute value or first non-blank character
/// of an element's text). Element text is trimmed and its white space runs folded to one space.
struct Text {
  std::string value;
  Loc loc;

  bool empty() const { return value.empty(); }
};

/// A word of a small vocabulary (a unit, an approximation, a dose word, an element name), held
/// as a view of one copy for the whole process: 16 bytes and no allocation where a string
/// takes 32 and often one. Made from any text; compared and printed as a string_view.
class Interned {
 public:
  Interned() = default;
  Interned(std::string_view text);  // NOLINT(google-explicit-constructor): a word is its text
  Interned(const std::string& text) : Interned(std::string_view(text)) {}  // NOLINT(google-explicit-constructor)
  Interned(const char* text) : Interned(std::string_view(text)) {}         // NOLINT(google-explicit-constructor)

  std::string_view view() const { return text_; }
  operator std::string_view() const { return text_; }  // NOLINT(google-explicit-constructor)
  bool empty() const { return text_.empty(); }
  std::string str() const { return std::string(text_); }

  friend bool operator==(const Interned& a, const Interned& b) { return a.text_ == b.text_; }
  friend bool operator==(const Interned& a, std::string_view b) { return a.text_ == b; }
  friend bool operator==(const Interned& a, const char* b) { return a.text_ == b; }

 private:
  std::string_view text_;
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
  void set_error(std::string message) { error_ = std::make_shared<const std::string>(std::move(message)); }

 private:
  /// Out of line: few values are invalid, and every value would otherwise carry a string.
  std::shared_ptr<const std::string> error_;
};

}  // namespace contentc

template <>
struct fmt::formatter<contentc::Interned> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const contentc::Interned& w, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(w.view(), ctx);
  }
};
