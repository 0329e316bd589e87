#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace contentc {

/// Decodes standard base64 (RFC 4648, section 4: '+' and '/', '=' padding). Strict: no other
/// characters, no whitespace, padding only at the end and only as much as the last group needs;
/// nullopt for anything else.
std::optional<std::string> base64_decode(std::string_view text);

/// Encodes standard base64, with padding.
std::string base64_encode(std::string_view bytes);

}  // namespace contentc
