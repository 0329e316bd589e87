// contentc snapshot: makes an article's snapshot from a saved page (HTML, WARC, WARC.gz, WACZ)
// and records where it came from on the article.

#include <sys/stat.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "capture/saved_page.h"
#include "changes/recapture_report.h"
#include "diag/renderers.h"
#include "cli/command.h"
#include "load/schema.h"
#include "resolve/passage_finder.h"
#include "scaffold/captured_article.h"
#include "util/edit_distance.h"
#include "util/kebab.h"
#include "util/read_file.h"
#include "util/write_file.h"

namespace contentc {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

/// --captured: an RFC 3339 UTC time, or a date (taken as its midnight, UTC).
std::string parse_captured(const std::string& s) {
  const std::string t = s.size() == 10 ? s + "T00:00:00Z" : s;
  if (!check_value(t, ValueSpec{ValueType::kTimestamp}).empty()) {
    throw UsageError{fmt::format("--captured: '{}' is not a UTC time as 2026-12-03T08:15:02Z, or a date as 2026-12-03", s)};
  }
  return t;
}

struct Target {
  fs::path xml;        ///< the content file holding the article (to replace, or to create)
  fs::path snapshot;   ///< the snapshot file to write
  bool replaces_snapshot = false;  ///< the article names that very file already
};

/// Where an existing article's entry and its new snapshot are.
Target existing_article(const Compilation& c, const CheckOptions& o, const Article& a) {
  const SourceFile& xml = c.files[a.loc.file];
  Target t;
  t.xml = xml.disk_path.empty() ? o.sources / xml.rel_path : fs::path(xml.disk_path);
  t.snapshot = t.xml.parent_path() / (a.id.value + ".md");
  t.replaces_snapshot = !a.snapshot_path.empty() && fs::path(a.snapshot_path).filename() == t.snapshot.filename() &&
                        fs::path(a.snapshot_path).parent_path() == fs::path(xml.rel_path).parent_path();
  return t;
}

int fail(const std::string& message) {
  std::cerr << "contentc: error: " << message << "\n";
  return kExitUsage;
}

}  // namespace

int run_snapshot(const std::vector<std::string>& args) {
  po::options_description desc;
  std::string sources = "sources", article_id, url, captured, archive, max_size = "64M", format = "text";
  std::vector<std::string> positional;
  desc.add_options()("sources,s", po::value(&sources))("article", po::value(&article_id))("url", po::value(&url))(
      "captured", po::value(&captured))("archive", po::value(&archive))("max-file-size", po::value(&max_size))("format,f", po::value(&format))("new", "")("dry-run", "")(
      "saved", po::value(&positional)->multitoken());
  const po::variables_map vm = parse_command_line(args, desc, "saved");
  if (positional.size() != 1 || article_id.empty()) {
    throw UsageError{"'snapshot' takes a saved page and --article ID, e.g. contentc snapshot page.html --article "
                     "pelvic-tilt-guide"};
  }
  if (!is_kebab_case(article_id)) throw UsageError{fmt::format("--article: '{}' is not a kebab-case id", article_id)};
  if (format != "text" && format != "json") throw UsageError{fmt::format("--format: '{}' is not one of text, json", format)};
  const std::string stamp = captured.empty() ? "" : parse_captured(captured);
  const bool create = vm.count("new") > 0, dry_run = vm.count("dry-run") > 0;

  // A page may be as large as a source file; an archive four times that, decompressed.
  capture::CaptureLimits limits;
  limits.max_page = parse_size(max_size);
  limits.max_archive = limits.max_page * 4;
  std::string bytes;
  if (const int error = read_whole_file(positional[0], limits.max_archive, bytes); error) {
    return fail(fmt::format("cannot read '{}': {}", positional[0],
                            error == EFBIG              ? fmt::format("larger than {} bytes", limits.max_archive)
                            : error == kNotRegularFile ? std::string("not a regular file (a FIFO, a socket or a device)")
                                                       : std::string(std::strerror(error))));
  }
  capture::CapturedPage page = capture::capture_page(bytes, url, limits);
  if (!page.error.empty()) return fail(fmt::format("{}: {}; nothing written", positional[0], page.error));
  if (!url.empty()) page.url = url;
  if (!stamp.empty()) page.captured = stamp;

  CheckOptions o;
  o.sources = sources;
  o.sources_display = sources;
  enter_repository(o.sources, o.sources_display);
  if (!sources_folder_exists(o)) return kExitUsage;
  const Compilation c = compile_sources(o.sources, o.sources_display, o.compile);
  const Article* article = nullptr;
  std::vector<std::string_view> ids;
  for (const Article& a : c.model.articles) {
    ids.push_back(a.id.value);
    if (a.id.value == article_id) article = &a;
  }
  Target target;
  if (create) {
    if (article) return fail(fmt::format("article '{}' exists already; leave out --new to replace its snapshot", article_id));
    target.xml = o.sources / "articles" / (article_id + ".xml");
    target.snapshot = o.sources / "articles" / (article_id + ".md");
  } else {
    if (!article) {
      return fail(fmt::format("no article '{}' in {}{}; add --new to make one", article_id, o.sources_display,
                              did_you_mean(article_id, ids)));
    }
    target = existing_article(c, o, *article);
  }
  SnapshotRecord record{target.snapshot.filename().string(), page.captured, page.sha256, archive, page.url};
  std::string xml, error;
  if (create) {
    const std::string author = !page.meta.author.empty() ? page.meta.author : page.meta.publisher;
    xml = new_article_file(article_id, page.meta.title.empty() ? article_id : page.meta.title,
                           author.empty() ? "unknown" : author, page.meta.publisher, record);
  } else {
    std::string current;
    if (const int e = read_whole_file(target.xml, size_t{64} << 20, current); e) {
      return fail(fmt::format("cannot read '{}': {}", target.xml.string(), std::strerror(e)));
    }
    xml = record_snapshot(current, article_id, record, error);
    if (xml.empty()) return fail(fmt::format("{}: {}", target.xml.string(), error));
  }
  const size_t lines = static_cast<size_t>(std::count(page.snapshot.begin(), page.snapshot.end(), '\n'));
  const std::string what = fmt::format("{} ({}, {} lines) from {} ({}, {})", target.snapshot.string(), "headings marked",
                                       lines, positional[0], page.format, page.encoding);
  // Over a snapshot already there: where every citation resting on it is in the new text.
  std::string report;
  if (article && article->snapshot_file != Loc::kNoFile) {
    const std::vector<RelocatedCitation> moved = relocate_citations(
        c.model, *article, c.files[article->snapshot_file].text, marks_headings(article->snapshot_path), page.snapshot, true);
    report = format == "json" ? recapture_json(*article, moved, c.files) : terminal_safe_lines(recapture_text(*article, moved, c.files));
  }
  if (dry_run) {
    write_stdout(report.empty() ? page.snapshot : report);
    std::cerr << "would write " << what << "\n";
    return kExitClean;
  }
  // A file the article does not name yet is never replaced: contentc did not write it.
  std::error_code ec;
  if (!target.replaces_snapshot && fs::exists(fs::symlink_status(target.snapshot, ec))) {
    return fail(fmt::format("'{}' exists and article '{}' does not name it; move it away first; nothing written",
                            target.snapshot.string(), article_id));
  }
  if (create && fs::exists(fs::symlink_status(target.xml, ec))) {
    return fail(fmt::format("'{}' exists already; nothing written", target.xml.string()));
  }
  if (create) fs::create_directories(target.xml.parent_path(), ec);
  const int written = target.replaces_snapshot ? replace_file(target.snapshot, page.snapshot)
                                               : write_new_file(target.snapshot, page.snapshot);
  if (written) return fail(fmt::format("cannot write '{}': {}; nothing written", target.snapshot.string(), std::strerror(written)));
  const int entry = create ? write_new_file(target.xml, xml) : replace_file(target.xml, xml);
  if (entry) {
    return fail(fmt::format("wrote '{}' but cannot write '{}': {}", target.snapshot.string(), target.xml.string(),
                            std::strerror(entry)));
  }
  std::cerr << "wrote " << what << "\n";
  std::cerr << fmt::format("{} article '{}' in {}: url {}, captured {}, sha256 {}\n", create ? "added" : "updated",
                           article_id, target.xml.string(), page.url.empty() ? "unknown" : page.url,
                           page.captured.empty() ? "unknown (pass --captured)" : page.captured, page.sha256);
  if (create && page.meta.author.empty()) {
    std::cerr << "the page names no author: check <author> in " << target.xml.string() << "\n";
  }
  write_stdout(report);
  if (!create && !target.replaces_snapshot && !article->snapshot_path.empty()) {
    std::cerr << fmt::format("the article no longer names its old snapshot '{}': remove it when nothing else needs it\n",
                             article->snapshot_path);
  }
  return kExitClean;
}

}  // namespace contentc
