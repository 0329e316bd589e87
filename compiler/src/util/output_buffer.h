#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace contentc {

/// Where a writer's bytes go. Writers append to `text()` and call `spill()` at convenient
/// points (after a row, an entry, a value); once the buffer holds a block's worth, `spill` hands
/// it to the drain and starts over, so a writer holds at most about a block however large its
/// output. Without a drain the buffer simply grows: `take()` then gives the whole output.
class OutputBuffer {
 public:
  static constexpr size_t kBlock = size_t{1} << 18;  ///< 256 KiB

  using Drain = std::function<void(std::string_view)>;

  OutputBuffer() = default;
  explicit OutputBuffer(Drain drain) : drain_(std::move(drain)) { text_.reserve(kBlock + kBlock / 4); }

  std::string& text() { return text_; }
  OutputBuffer& operator+=(std::string_view s) {
    text_ += s;
    return *this;
  }
  OutputBuffer& operator+=(char c) {
    text_ += c;
    return *this;
  }

  /// Hands the buffer to the drain once it holds a block or more.
  void spill() {
    if (drain_ && text_.size() >= kBlock) flush();
  }
  /// Hands whatever is buffered to the drain (nothing without one).
  void flush() {
    if (!drain_ || text_.empty()) return;
    drain_(text_);
    total_ += text_.size();
    text_.clear();
  }
  /// Bytes written so far, drained or not.
  size_t size() const { return total_ + text_.size(); }
  /// Without a drain: everything written.
  std::string take() { return std::move(text_); }

 private:
  Drain drain_;
  std::string text_;
  size_t total_ = 0;
};

}  // namespace contentc
