#pragma once

// A saved page's bytes as UTF-8: the encoding is decided as a browser decides it.

#include <string>
#include <string_view>

namespace contentc::capture {

/// The page's text in UTF-8. The encoding is, first found: a byte order mark; `declared` (the
/// charset of an HTTP Content-Type header); a <meta charset> or <meta http-equiv
/// content="…charset=…"> in the first 1024 bytes; UTF-8 when all the bytes are valid UTF-8;
/// else windows-1252. Labels are read as the WHATWG Encoding standard reads them ("latin1",
/// "iso-8859-1" and "ascii" are windows-1252). Bytes the encoding cannot read become U+FFFD.
/// `encoding` is set to the name used. Returns false (and sets `error`) for an encoding this
/// system cannot convert.
bool decode_to_utf8(std::string_view bytes, std::string_view declared, std::string& out, std::string& encoding,
                    std::string& error);

/// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"), or "".
std::string charset_parameter(std::string_view content_type);

}  // namespace contentc::capture
