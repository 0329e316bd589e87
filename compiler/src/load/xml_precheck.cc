#include "load/xml_precheck.h"

#include <algorithm>

#include <fmt/format.h>

#include "load/load_rules.h"
#include "util/utf8.h"
#include "util/xml_text.h"
#include "util/xml_text_map.h"

namespace contentc {
namespace {

bool starts_with_at(std::string_view text, size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

/// The encoding an XML declaration names, or empty when it names none.
std::string declared_encoding(std::string_view text) {
  if (!starts_with_at(text, 0, "<?xml")) return {};
  const std::string_view decl = text.substr(0, text.find("?>"));
  const size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return {};
  const size_t quote = decl.find_first_of("\"'", at);
  if (quote == std::string_view::npos) return {};
  const size_t end = decl.find(decl[quote], quote + 1);
  if (end == std::string_view::npos) return {};
  return std::string(decl.substr(quote + 1, end - quote - 1));
}

}  // namespace

std::optional<XmlProblem> precheck_xml(std::string_view text, int max_depth) {
  if (starts_with_at(text, 0, "\xFE\xFF") || starts_with_at(text, 0, "\xFF\xFE")) {
    return XmlProblem{0, "the file is UTF-16; contentc reads UTF-8 only: save it as UTF-8"};
  }
  if (auto bad = utf8_first_invalid(text)) {
    return XmlProblem{*bad, fmt::format("invalid UTF-8 (byte 0x{:02X} at offset {}): save the "
                                        "file as UTF-8",
                                        static_cast<unsigned char>(text[*bad]), *bad)};
  }
  const std::string_view body = starts_with_at(text, 0, "\xEF\xBB\xBF") ? text.substr(3) : text;
  const size_t base = text.size() - body.size();
  if (base > 0 && starts_with_at(body, 0, "\xEF\xBB\xBF")) {
    return XmlProblem{base, "a second byte order mark (U+FEFF) before the root: a file may start with one "
                            "at most; remove it"};
  }
  if (const std::string enc = lower(declared_encoding(body)); !enc.empty() && enc != "utf-8") {
    return XmlProblem{base, fmt::format("the XML declaration names encoding '{}'; contentc reads "
                                        "UTF-8 only: save the file as UTF-8 and declare it so",
                                        declared_encoding(body))};
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return XmlProblem{i, "NUL byte: XML text cannot hold one; remove it"};
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return XmlProblem{i, fmt::format("control character U+{:04X}: XML text cannot hold it; "
                                       "remove it",
                                       c)};
    }
  }

  // Element nesting, skipping comments, CDATA, processing instructions and quoted values; and
  // every '&' in text and tags starts a reference, as XML asks (not only where the model reads).
  int depth = 0;
  size_t i = 0;
  auto bare_ampersand = [&](size_t from, size_t to) -> std::optional<XmlProblem> {
    // Searched within [from, to) only: a search to the end of the file for each tag made the
    // check quadratic in a file without '&'.
    const std::string_view range = body.substr(0, to);
    for (size_t amp = range.find('&', from); amp != std::string_view::npos; amp = range.find('&', amp + 1)) {
      if (reference_end(range, amp) == std::string_view::npos) {
        return XmlProblem{base + amp, "a bare '&' must be written '&amp;'"};
      }
    }
    return std::nullopt;
  };
  auto skip_past = [&](std::string_view end) {
    const size_t at = body.find(end, i);
    i = at == std::string_view::npos ? body.size() : at + end.size();
  };
  while (i < body.size()) {
    const size_t lt = body.find('<', i);
    if (auto bad = bare_ampersand(i, lt == std::string_view::npos ? body.size() : lt)) return bad;
    if (lt == std::string_view::npos) break;
    i = lt;
    if (starts_with_at(body, i, "<!--")) {
      skip_past("-->");
    } else if (starts_with_at(body, i, "<![CDATA[")) {
      skip_past("]]>");
    } else if (starts_with_at(body, i, "<?")) {
      skip_past("?>");
    } else if (starts_with_at(body, i, "<!DOCTYPE") || starts_with_at(body, i, "<!doctype")) {
      return XmlProblem{base + i, "a <!DOCTYPE> is not allowed (no DTDs, no entity "
                                  "declarations): remove it"};
    } else if (starts_with_at(body, i, "</")) {
      --depth;
      skip_past(">");
    } else {
      const size_t start = i;
      i = std::min(tag_close(body, i + 1), body.size());
      if (auto bad = bare_ampersand(start, i)) return bad;
      if (const size_t lt_inside = body.find('<', start + 1); lt_inside < i) {
        return XmlProblem{base + lt_inside, "a '<' inside a tag or an attribute value must be written '&lt;'"};
      }
      const bool self_closing = i < body.size() && i > start && body[i - 1] == '/';
      ++i;
      if (!self_closing && ++depth > max_depth) {
        return XmlProblem{base + start, fmt::format("elements nest deeper than {} levels; the "
                                                    "format needs at most 4",
                                                    max_depth)};
      }
    }
  }
  return std::nullopt;
}

const Rule kXmlMalformed{
    "xml-malformed", Level::kError, "not well-formed XML, a DOCTYPE, not UTF-8, over a limit",
    R"(A source file that cannot be read as XML: not well-formed (an unclosed or mismatched
tag, an unquoted attribute, a bare '&'), a <!DOCTYPE> (DTDs and entity declarations are never
processed), bytes that are not UTF-8, a second byte order mark, a NUL or other control
character, an unknown entity, elements nested deeper than the limit (64), a file over
--max-file-size, or not a regular file (a FIFO, a socket or a device, refused without waiting
on it). A folder of the sources that cannot be read to its end is reported on the folder, and
the walk goes on with the rest: its *.xml files would otherwise be missing without a word.

Why: nothing in such a file can be trusted, so none of its entries are loaded; the other files
still are, and are checked.

Fix: correct the XML at the reported place.
  before:  <step>Squeeze & hold</step>
  after:   <step>Squeeze &amp; hold</step>)", true};

}  // namespace contentc
