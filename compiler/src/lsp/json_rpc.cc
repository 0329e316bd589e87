#include "lsp/json_rpc.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

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

MessageReader::Status MessageReader::next(int timeout_ms, std::string& message, std::string& error) {
  while (true) {
    const size_t header_end = buffer_.find("\r\n\r\n");
    if (header_end != std::string::npos) {
      // Header fields, case-insensitive names; only Content-Length matters.
      std::optional<size_t> length;
      for (size_t at = 0; at < header_end;) {
        size_t eol = buffer_.find("\r\n", at);
        if (eol == std::string::npos || eol > header_end) eol = header_end;
        const std::string line = buffer_.substr(at, eol - at);
        const size_t colon = line.find(':');
        if (colon != std::string::npos) {
          std::string name = line.substr(0, colon);
          for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          if (name == "content-length") {
            const std::string value = line.substr(colon + 1);
            char* end = nullptr;
            const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
            if (end != value.c_str() && value.find_first_not_of(" \t0123456789") == std::string::npos) {
              length = static_cast<size_t>(n);
            }
          }
        }
        at = eol + 2;
      }
      const size_t body = header_end + 4;
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
