#include "scaffold/captured_article.h"

#include <pugixml.hpp>

#include <fmt/format.h>

#include "util/xml_text.h"

namespace contentc {

std::string snapshot_element(const SnapshotRecord& r) {
  std::string attrs;
  if (!r.captured.empty()) attrs += fmt::format(" captured=\"{}\"", escape_xml_attribute(r.captured));
  if (!r.sha256.empty()) attrs += fmt::format(" sha256=\"{}\"", escape_xml_attribute(r.sha256));
  if (!r.archive.empty()) attrs += fmt::format(" archive=\"{}\"", escape_xml_attribute(r.archive));
  return fmt::format("<snapshot{}>{}</snapshot>", attrs, escape_xml_text(r.file));
}

std::string record_snapshot(std::string_view xml, std::string_view id, const SnapshotRecord& r, std::string& error) {
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_comments)) {
    error = "the file is not well-formed XML; fix it first";
    return "";
  }
  pugi::xml_node article;
  for (pugi::xml_node e : doc.document_element().children("article")) {
    if (std::string_view(e.attribute("id").value()) == id) article = e;
  }
  const pugi::xml_node snapshot = article.child("snapshot");
  if (!article || !snapshot) {
    error = fmt::format("the file has no article '{}' with a <snapshot>", id);
    return "";
  }
  // offset_debug() points at the element's name, just after its '<'.
  const size_t begin = static_cast<size_t>(snapshot.offset_debug()) - 1;
  const size_t close = xml.find("</snapshot", begin);
  const size_t end = close == std::string_view::npos ? close : xml.find('>', close);
  if (begin >= xml.size() || xml[begin] != '<' || end == std::string_view::npos) {
    error = "the <snapshot> element could not be found in the file's text";
    return "";
  }
  std::string out(xml.substr(0, begin));
  if (!article.child("url") && !r.url.empty()) {
    size_t line = begin;
    while (line > 0 && (xml[line - 1] == ' ' || xml[line - 1] == '\t')) --line;
    const std::string indent(xml.substr(line, begin - line));
    const bool crlf = begin > 0 && xml.find("\r\n") != std::string_view::npos;
    out += fmt::format("<url>{}</url>{}{}", escape_xml_text(r.url), crlf ? "\r\n" : "\n", indent);
  }
  out += snapshot_element(r);
  out += xml.substr(end + 1);
  pugi::xml_document check;
  if (!check.load_buffer(out.data(), out.size())) {
    error = "the change would not leave the file well-formed; nothing changed";
    return "";
  }
  return out;
}

std::string new_article_file(std::string_view id, std::string_view title, std::string_view author,
                             std::string_view publisher, const SnapshotRecord& r) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<content>\n";
  out += fmt::format("  <article id=\"{}\">\n", escape_xml_attribute(id));
  out += fmt::format("    <title>{}</title>\n", escape_xml_text(title));
  out += fmt::format("    <author>{}</author>\n", escape_xml_text(author));
  if (!publisher.empty()) out += fmt::format("    <publisher>{}</publisher>\n", escape_xml_text(publisher));
  if (!r.url.empty()) out += fmt::format("    <url>{}</url>\n", escape_xml_text(r.url));
  out += fmt::format("    {}\n", snapshot_element(r));
  out += "  </article>\n</content>\n";
  return out;
}

}  // namespace contentc
