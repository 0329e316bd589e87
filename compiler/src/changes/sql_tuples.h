#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace contentc {

/// Reading back the rows bundle.sql writes: `(literal, literal, …)` where a literal is NULL,
/// TRUE, FALSE, a number, or 'text' with its quotes doubled (so a text may hold commas,
/// parentheses, newlines and quotes).

/// The offset just past the `)` that closes the tuple opening at `s[at]` (a `(`), or npos when
/// it does not close or holds something other than literals bundle.sql writes; `fields`, when
/// given, gets how many literals it holds.
size_t tuple_end(std::string_view s, size_t at, size_t* fields = nullptr);
/// True for a literal bundle.sql writes: NULL, TRUE, FALSE, a decimal number, or a quoted text.
bool is_literal(std::string_view literal);
/// The literals of a whole tuple `(…)`, as views of it.
std::vector<std::string_view> tuple_fields(std::string_view tuple);
/// The first `n` literals of a tuple with the `, ` between them: the row's key when its
/// primary key is its first `n` columns (as in every bundle table).
std::string_view tuple_prefix(std::string_view tuple, size_t n);
/// A text literal's text ('it''s' → it's); any other literal as it is.
std::string unquote_literal(std::string_view literal);
/// Orders keys (lists of literals) as their values order: numbers as numbers, texts by bytes.
bool key_less(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b);

}  // namespace contentc
