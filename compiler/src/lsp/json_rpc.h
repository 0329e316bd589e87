#pragma once

#include <optional>
#include <string>

namespace contentc::lsp {

/// Reads JSON-RPC messages framed as the Language Server Protocol frames them
/// (`Content-Length: N\r\n\r\n` then N bytes) from a file descriptor.
class MessageReader {
 public:
  explicit MessageReader(int fd) : fd_(fd) {}

  enum class Status { kMessage, kTimeout, kEnd, kBadFrame };
  /// Waits up to `timeout_ms` (-1: for ever) for the next message. kBadFrame: a header without a
  /// usable Content-Length, or one over the size limit (its body is skipped); `error` says why.
  Status next(int timeout_ms, std::string& message, std::string& error);

  static constexpr size_t kMaxMessage = size_t{256} << 20;

 private:
  bool fill(int timeout_ms);  ///< reads what is there; false on timeout or end
  int fd_;
  std::string buffer_;
  bool end_ = false;
  size_t skip_ = 0;  ///< bytes of an oversized body still to drop
};

/// Writes one framed message to `fd`; false when the write failed (the client is gone).
bool write_message(int fd, const std::string& json);

}  // namespace contentc::lsp
