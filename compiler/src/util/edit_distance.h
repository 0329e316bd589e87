#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// Levenshtein distance between `a` and `b`, giving up (returning max + 1) once it exceeds `max`.
size_t edit_distance(std::string_view a, std::string_view b, size_t max);

/// The candidate closest to `word` when it is close enough to be a likely typo (distance at most
/// a third of the word's length, and at least 1), ties broken by candidate order.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string_view>& candidates);

/// ", did you mean 'x'?" when there is a close candidate, otherwise "".
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace contentc
