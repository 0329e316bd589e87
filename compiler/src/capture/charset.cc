#include "capture/charset.h"

#include <iconv.h>

#include <cerrno>

#include "util/utf8.h"

namespace contentc::capture {
namespace {

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'' || s.back() == ';')) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

/// The label as iconv knows it, after the WHATWG aliases that differ from iconv's.
std::string iconv_name(const std::string& label) {
  if (label == "utf8" || label == "unicode-1-1-utf-8") return "UTF-8";
  if (label == "latin1" || label == "iso-8859-1" || label == "iso8859-1" || label == "ascii" ||
      label == "us-ascii" || label == "l1" || label == "cp1252" || label == "x-cp1252") {
    return "WINDOWS-1252";
  }
  if (label == "utf-16") return "UTF-16LE";
  std::string out = label;
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

/// The charset a <meta> declares in the first 1024 bytes, or "".
std::string meta_charset(std::string_view bytes) {
  const std::string head = lower_trimmed(bytes.substr(0, 1024));
  size_t at = 0;
  while ((at = head.find("<meta", at)) != std::string::npos) {
    const size_t end = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (const size_t cs = tag.find("charset="); cs != std::string_view::npos) {
      size_t i = cs + 8;
      while (i < tag.size() && (tag[i] == '"' || tag[i] == '\'' || tag[i] == ' ')) ++i;
      size_t j = i;
      while (j < tag.size() && tag[j] != '"' && tag[j] != '\'' && tag[j] != ' ' && tag[j] != ';' && tag[j] != '/') ++j;
      if (j > i) return std::string(tag.substr(i, j - i));
    }
    at += 5;
  }
  return "";
}

}  // namespace

std::string charset_parameter(std::string_view content_type) {
  const std::string lowered = lower_trimmed(content_type);
  const size_t at = lowered.find("charset=");
  if (at == std::string::npos) return "";
  std::string_view v = std::string_view(lowered).substr(at + 8);
  if (const size_t semi = v.find(';'); semi != std::string_view::npos) v = v.substr(0, semi);
  return lower_trimmed(v);
}

bool decode_to_utf8(std::string_view bytes, std::string_view declared, std::string& out, std::string& encoding,
                    std::string& error) {
  std::string label;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    label = "utf-8";
  } else if (bytes.starts_with("\xFF\xFE")) {
    bytes.remove_prefix(2);
    label = "utf-16le";
  } else if (bytes.starts_with("\xFE\xFF")) {
    bytes.remove_prefix(2);
    label = "utf-16be";
  }
  if (label.empty()) label = lower_trimmed(declared);
  if (label.empty()) label = meta_charset(bytes);
  if (label.empty()) label = utf8_first_invalid(bytes) ? "windows-1252" : "utf-8";
  const std::string name = iconv_name(label);
  encoding = name;
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    error = "the page's encoding '" + label + "' is not one this system can convert";
    return false;
  }
  out.clear();
  out.reserve(bytes.size() + bytes.size() / 8);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char buffer[16384];
  while (in_left > 0) {
    char* o = buffer;
    size_t o_left = sizeof buffer;
    const size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buffer, static_cast<size_t>(o - buffer));
    if (r == static_cast<size_t>(-1) && errno != E2BIG) {  // EILSEQ or EINVAL: a byte it cannot read
      utf8_append(out, U'\uFFFD');
      ++in;
      --in_left;
    }
  }
  iconv_close(cd);
  // A UTF-8 page may still hold invalid sequences iconv passed over: replace them too.
  if (name == "UTF-8") {
    std::string clean;
    std::string_view rest = out;
    while (auto bad = utf8_first_invalid(rest)) {
      clean.append(rest.substr(0, *bad));
      utf8_append(clean, U'\uFFFD');
      rest.remove_prefix(*bad + 1);
    }
    if (!clean.empty()) out = clean + std::string(rest);
  }
  return true;
}

}  // namespace contentc::capture
