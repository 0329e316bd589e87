#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace contentc {

/// `text` as a whole number when it is one strictly: decimal digits only (no sign, space,
/// exponent or suffix) and no more than `max`; otherwise nothing.
std::optional<uint64_t> parse_decimal(std::string_view text, uint64_t max = UINT64_MAX);

}  // namespace contentc
