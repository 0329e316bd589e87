#include "lsp/json_rpc.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cctype>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

#include "util/write_file.h"

namespace contentc::lsp {

bool MessageReader::fill(int timeout_ms) {
  if (end_) return false;
  pollfd p{fd_, POLLIN, 0};
  const int ready = ::poll(&p, 1, timeout_ms);
  if (ready == 0) return false;
  if (ready < 0) return errno == EINTR ? false : (end_ = true, false);
  char chunk[65536];
  const ssize_t n = ::read(fd_, chunk, sizeof chunk);
  if (n <= 0) {
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return false;
    end_ = true;
    return false;
  }
  size_t from = 0;
  if (skip_ > 0) {  // the rest of an oversized body
    from = std::min(skip_, static_cast<size_t>(n));
    skip_ -= from;
  }
  buffer_.append(chunk + from, static_cast<size_t>(n) - from);
  return true;
}

namespace {

/// The end of the header block that starts `buffer` (the offset of its blank line's first
/// byte) and the length of that blank line; npos when no blank line has come yet. Lines may end
/// in CRLF, as the protocol says, or in LF alone, as some clients send.
std::pair<size_t, size_t> header_end(std::string_view buffer) {
  for (size_t nl = buffer.find('\n'); nl != std::string_view::npos; nl = buffer.find('\n', nl + 1)) {
    if (nl + 1 < buffer.size() && buffer[nl + 1] == '\n') return {nl + 1, 1};
    if (nl + 2 < buffer.size() && buffer[nl + 1] == '\r' && buffer[nl + 2] == '\n') return {nl + 1, 2};
  }
  return {std::string_view::npos, 0};
}

/// The Content-Length a header block gives: the last "Content-Length:" in it (any letter case),
/// whatever stray bytes come before it, with a value of decimal digits only.
std::optional<size_t> content_length(std::string_view header) {
  std::string lower(header);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t at = lower.rfind("content-length:");
  if (at == std::string::npos) return std::nullopt;
  std::string_view value = header.substr(at + 15);
  value = value.substr(0, value.find('\n'));
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t' || value.back() == '\r')) value.remove_suffix(1);
  if (value.empty() || value.size() > 18 || value.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  return static_cast<size_t>(std::strtoull(std::string(value).c_str(), nullptr, 10));
}

}  // namespace

MessageReader::Status MessageReader::next(int timeout_ms, std::string& message, std::string& error) {
  while (true) {
    // Blank lines between messages are nothing.
    const size_t start = buffer_.find_first_not_of("\r\n");
    buffer_.erase(0, start == std::string::npos ? buffer_.size() : start);
    const auto [end, blank] = header_end(buffer_);
    if (end != std::string::npos) {
      // A header block ends at its blank line. Whatever it holds, it is consumed: after a frame
      // that cannot be used, the next header block starts the next message, so one bad frame
      // (a negative length, stray bytes, a body without a header) never stops the server.
      const std::optional<size_t> length = content_length(std::string_view(buffer_).substr(0, end));
      const size_t body = end + blank;
      if (!length) {
        buffer_.erase(0, body);
        error = "a message header without a valid Content-Length";
        return Status::kBadFrame;
      }
      if (*length > kMaxMessage) {
        const size_t have = std::min(buffer_.size() - body, *length);
        skip_ = *length - have;
        buffer_.erase(0, body + have);
        error = fmt::format("a message of {} bytes, over the {}-byte limit; it was skipped", *length,
                            kMaxMessage);
        return Status::kBadFrame;
      }
      if (buffer_.size() - body >= *length) {
        message = buffer_.substr(body, *length);
        buffer_.erase(0, body + *length);
        return Status::kMessage;
      }
    } else if (buffer_.size() > 64 * 1024) {  // no header end in sight: not LSP framing
      buffer_.clear();
      error = "no message header in the last 64 KiB of input";
      return Status::kBadFrame;
    }
    if (!fill(timeout_ms)) return end_ ? Status::kEnd : Status::kTimeout;
  }
}

bool write_message(int fd, const std::string& json) {
  const std::string framed = fmt::format("Content-Length: {}\r\n\r\n{}", json.size(), json);
  return write_all(fd, framed) == 0;
}

}  // namespace contentc::lsp
