#include "lsp/server.h"

#include "resolve/passage_finder.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "pipeline/compile.h"
#include "diag/fix_ranges.h"
#include "load/schema.h"
#include "lsp/json_rpc.h"
#include "lsp/xml_context.h"
#include "model/entry_locator.h"
#include "resolve/passage_finder.h"
#include "rules/article_index.h"
#include "rules/dose_reader.h"
#include "rules/registry.h"
#include "rules/suppressions.h"
#include "util/utf8.h"
#include "util/worker_pool.h"
#include "version.h"

namespace contentc::lsp {

namespace fs = std::filesystem;
using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700, kInvalidRequest = -32600, kMethodNotFound = -32601,
              kInvalidParams = -32602, kServerNotInitialized = -32002;

/// The deepest nesting of arrays and objects a message may have. No client nests this deep,
/// and a deeper message is refused before it is parsed: copying it would recurse as deep.
constexpr int kMaxJsonDepth = 256;

/// Whether `raw` nests arrays and objects deeper than kMaxJsonDepth, counted without parsing
/// (brackets inside strings skipped).
bool nests_too_deep(std::string_view raw) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

/// Parameters the protocol does not allow (a position that is not a whole number in range).
struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// A position's or range's line or character: the protocol's uinteger, 0 to 2^31 - 1.
uint32_t uinteger(const json& j, std::string_view what) {
  if (!j.is_number_unsigned() || j.get<uint64_t>() > 0x7FFFFFFFu) {
    throw InvalidParams(fmt::format("{} must be a whole number from 0 to 2147483647, not {}", what,
                                    j.dump(-1, ' ', false, json::error_handler_t::replace).substr(0, 40)));
  }
  return static_cast<uint32_t>(j.get<uint64_t>());
}

/// A text document's version (an integer; 0 when absent or not one).
int64_t version_of(const json& document) {
  if (!document.contains("version")) return 0;
  const json& v = document["version"];
  return v.is_number_integer() ? v.get<int64_t>() : 0;
}

/// A file URI's path ("file:///a%20b/c.xml" → "/a b/c.xml"); empty for another scheme.
std::string uri_to_path(std::string_view uri) {
  if (!uri.starts_with("file://")) return {};
  uri.remove_prefix(7);
  std::string out;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && std::isxdigit(static_cast<unsigned char>(uri[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(uri[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(uri.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

std::string path_to_uri(std::string_view path) {
  std::string out = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

/// Line `line` (1-based) of a loaded file, without its line break.
std::string_view line_text(const SourceFile& f, uint32_t line) {
  if (line == 0 || line > f.line_starts.size()) return {};
  const size_t start = f.line_starts[line - 1];
  size_t end = line < f.line_starts.size() ? f.line_starts[line] - 1 : f.text.size();
  if (end > start && f.text[end - 1] == '\r') --end;
  return std::string_view(f.text).substr(start, end - start);
}

/// Everything one edit of the sources gives: the compilation, and where each file is.
struct Snapshot {
  Compilation c;
  std::map<std::string, uint32_t> file_by_path;  ///< absolute path → file index
};

/// What the cursor is on, for hover, definition and references.
struct Symbol {
  enum class Kind { kNone, kId, kRef, kCite, kDose };
  Kind kind = Kind::kNone;
  const Text* text = nullptr;   ///< the id or reference
  const Entry* entry = nullptr; ///< kId: the entry; else the entry holding the symbol
  const Cite* cite = nullptr;
  const Dose* dose = nullptr;
  DoseField field = DoseField::kReps;
};

class Server {
 public:
  Server(int out, ServerOptions options)
      : out_(out), options_(std::move(options)), pool_(options_.jobs) {}

  /// Handles one message; false once `exit` came.
  bool handle(const std::string& raw);
  /// Checks again when edits are pending and the quiet time is over; returns how long to wait
  /// for the next message (-1: no deadline).
  int tick();
  int exit_status() const { return shutdown_ ? 0 : 1; }
  void bad_frame(const std::string& why) { send_error(nullptr, kParseError, why); }

 private:
  void send(const json& message) {
    if (!write_message(out_, message.dump(-1, ' ', false, json::error_handler_t::replace))) gone_ = true;
  }
  void send_error(const json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void reply(const json& id, const json& result) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
  }
  void notify(const std::string& method, const json& params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
  }
  void log(const std::string& message, int type = 3) {
    notify("window/logMessage", {{"type", type}, {"message", message}});
  }

  json initialize(const json& params);
  void open_or_change(const std::string& uri, std::string text, int64_t version);
  void close(const std::string& uri);
  void check_now();
  void publish();
  json request(const std::string& method, const json& params);

  // Positions: LSP lines and characters (in the negotiated encoding) ↔ locations.
  json position(const SourceFile& f, uint32_t line, uint32_t column) const;
  json range_at(const SourceFile& f, const Loc& begin, const Loc& end) const;
  json range_of_token(const SourceFile& f, const Loc& loc) const;
  json location(const Loc& loc) const;
  Loc to_loc(uint32_t file, const json& pos) const;
  const SourceFile* file_of_uri(const std::string& uri, uint32_t* index = nullptr) const;

  json diagnostic(const Finding& f) const;
  json code_actions(const json& params);
  json workspace_edit(const Fix& fix) const;
  Symbol symbol_at(uint32_t file, const Loc& at) const;
  const Entry* find_entry(std::string_view id) const;
  json hover(const json& params) const;
  json definition(const json& params) const;
  json references(const json& params) const;
  json completion(const json& params) const;
  std::string passage(const Cite& c) const;

  int out_;
  ServerOptions options_;
  WorkerPool pool_;
  ResolveCache cache_;
  fs::path root_;
  bool initialized_ = false, shutdown_ = false, gone_ = false, utf32_ = false;
  struct Doc {
    std::string uri;
    std::string text;
    int64_t version = 0;
  };
  std::map<std::string, Doc> docs_;  ///< open documents by absolute path
  std::optional<Snapshot> snap_;
  std::set<std::string> published_;  ///< URIs whose last diagnostics were not empty
  std::optional<Clock::time_point> due_;  ///< when to check again
  std::deque<Clock::duration> check_times_;  ///< the last few checks after an edit
  Clock::duration debounce() const;
};

bool Server::handle(const std::string& raw) {
  if (nests_too_deep(raw)) {
    send_error(nullptr, kInvalidRequest, fmt::format("the message nests arrays and objects more than {} deep", kMaxJsonDepth));
    return true;
  }
  json m = json::parse(raw, nullptr, false);
  if (m.is_discarded()) {
    send_error(nullptr, kParseError, "the message is not valid JSON");
    return true;
  }
  if (!m.is_object() || !m.contains("method") || !m["method"].is_string()) {
    if (m.is_object() && (m.contains("result") || m.contains("error"))) return true;  // a reply to us
    send_error(m.is_object() && m.contains("id") ? m["id"] : json(nullptr), kInvalidRequest,
               "a request needs a \"method\" string");
    return true;
  }
  const std::string method = m["method"];
  const bool is_request = m.contains("id");
  const json id = is_request ? m["id"] : json(nullptr);
  static const json kNoParams = json::object();
  const json& params = m.contains("params") ? m["params"] : kNoParams;
  if (method == "exit") return false;
  // After shutdown, the protocol allows only exit: requests get InvalidRequest, notifications
  // are dropped.
  if (shutdown_) {
    if (is_request) send_error(id, kInvalidRequest, fmt::format("'{}' after shutdown: only exit may follow", method));
    return true;
  }
  try {
    if (method == "initialize") {
      if (initialized_) return send_error(id, kInvalidRequest, "initialize was already sent"), true;
      return reply(id, initialize(params)), true;
    }
    if (!initialized_) {
      if (is_request) send_error(id, kServerNotInitialized, "send initialize first");
      return true;
    }
    if (method == "shutdown") {
      shutdown_ = true;
      return reply(id, nullptr), true;
    }
    if (method == "initialized" || method == "$/cancelRequest" || method == "$/setTrace" ||
        method == "workspace/didChangeConfiguration") {
      return true;
    }
    if (method == "textDocument/didOpen") {
      const json& d = params.at("textDocument");
      open_or_change(d.at("uri"), d.at("text"), version_of(d));
      return true;
    }
    if (method == "textDocument/didChange") {
      const json& changes = params.at("contentChanges");
      // Full sync: the last change holds the whole text.
      if (!changes.empty() && changes.back().contains("text")) {
        open_or_change(params.at("textDocument").at("uri"), changes.back().at("text"),
                       version_of(params.at("textDocument")));
      }
      return true;
    }
    if (method == "textDocument/didClose") {
      close(params.at("textDocument").at("uri"));
      return true;
    }
    if (method == "textDocument/didSave" || method == "workspace/didChangeWatchedFiles") {
      due_ = Clock::now() + debounce();  // the disk changed
      return true;
    }
    if (!is_request) return true;  // an unknown notification is ignored, as the protocol asks
    const json result = request(method, params);
    if (result.is_object() && result.contains("$error")) {
      send_error(id, result["$error"].get<int>(), result["message"].get<std::string>());
    } else {
      reply(id, result);
    }
  } catch (const json::exception& e) {
    if (is_request) send_error(id, kInvalidParams, fmt::format("bad parameters for {}: {}", method, e.what()));
  } catch (const InvalidParams& e) {
    if (is_request) send_error(id, kInvalidParams, fmt::format("bad parameters for {}: {}", method, e.what()));
  }
  return true;
}

json Server::request(const std::string& method, const json& params) {
  if (method == "textDocument/codeAction") return code_actions(params);
  // The rest answer from the last check: make it current first.
  if (due_) check_now();
  if (method == "textDocument/hover") return hover(params);
  if (method == "textDocument/definition") return definition(params);
  if (method == "textDocument/references") return references(params);
  if (method == "textDocument/completion") return completion(params);
  return {{"$error", kMethodNotFound}, {"message", fmt::format("contentc lsp has no method '{}'", method)}};
}

json Server::initialize(const json& params) {
  initialized_ = true;
  fs::path root = options_.sources;
  if (root.empty()) {
    std::string uri;
    if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array() &&
        !params["workspaceFolders"].empty()) {
      uri = params["workspaceFolders"][0].value("uri", "");
    } else if (params.contains("rootUri") && params["rootUri"].is_string()) {
      uri = params["rootUri"];
    }
    root = uri.empty() ? fs::current_path() : fs::path(uri_to_path(uri));
  }
  std::error_code ec;
  root = fs::absolute(root, ec).lexically_normal();
  if (!fs::exists(root / "policy.xml", ec) && fs::exists(root / "sources" / "policy.xml", ec)) root /= "sources";
  root_ = fs::weakly_canonical(root, ec);
  if (root_.empty()) root_ = root;
  // Positions in code points when the client takes them (LSP 3.17), else in UTF-16 units.
  if (params.contains("capabilities")) {
    const json& general = params["capabilities"].value("general", json::object());
    for (const json& e : general.value("positionEncodings", json::array())) {
      if (e == "utf-32") utf32_ = true;
    }
  }
  due_ = Clock::now();  // check the folder at once: findings in files not yet open count too
  return {
      {"capabilities",
       {{"positionEncoding", utf32_ ? "utf-32" : "utf-16"},
        {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", true}}},
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
        {"completionProvider", {{"triggerCharacters", {"<", "\"", "'", " "}}}}}},
      {"serverInfo", {{"name", "contentc"}, {"version", std::string(kVersion)}}}};
}

void Server::open_or_change(const std::string& uri, std::string text, int64_t version) {
  const std::string path = uri_to_path(uri);
  const fs::path p(path);
  const fs::path rel = p.lexically_relative(root_);
  if (path.empty() || rel.empty() || *rel.begin() == "..") {
    // Outside the sources folder: say so once on the document, and check nothing.
    notify("textDocument/publishDiagnostics",
           {{"uri", uri},
            {"diagnostics",
             {{{"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}}},
               {"severity", 3},
               {"source", "contentc"},
               {"message", fmt::format("this file is outside the sources folder {}; contentc checks "
                                       "the files under it only",
                                       root_.string())}}}}});
    return;
  }
  docs_[p.string()] = Doc{uri, std::move(text), version};
  due_ = Clock::now() + debounce();
}

void Server::close(const std::string& uri) {
  const std::string path = uri_to_path(uri);
  if (docs_.erase(path)) due_ = Clock::now() + debounce();
}

int Server::tick() {
  if (!due_) return -1;
  const auto now = Clock::now();
  if (now < *due_) {
    return static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(*due_ - now).count()) + 1;
  }
  check_now();
  return gone_ ? 0 : -1;
}

Clock::duration Server::debounce() const {
  std::vector<Clock::duration> times(check_times_.begin(), check_times_.end());
  Clock::duration median{};
  if (!times.empty()) {
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    median = times[times.size() / 2];
  }
  return std::clamp<Clock::duration>(median, std::chrono::milliseconds(options_.min_debounce_ms),
                                     std::chrono::milliseconds(options_.max_debounce_ms));
}

void Server::check_now() {
  constexpr size_t kRemembered = 5;
  const bool after_edit = snap_.has_value();  // the first check of the folder is not typical
  const auto started = Clock::now();
  due_.reset();
  SourceTree tree(root_);
  for (const auto& [path, doc] : docs_) {
    tree.put(fs::path(path).lexically_relative(root_).generic_string(), doc.text);
  }
  CompileOptions o;
  o.load.pool = &pool_;
  o.load.keep_text = true;
  o.today = options_.today;
  o.resolve_cache = &cache_;
  Snapshot s{compile_sources(tree, root_.string(), o), {}};
  cache_.drop_unused();
  for (uint32_t i = 0; i < s.c.files.size(); ++i) {
    if (!s.c.files[i].rel_path.empty()) s.file_by_path.emplace(s.c.files[i].path, i);
  }
  snap_ = std::move(s);
  publish();
  if (after_edit) {
    check_times_.push_back(Clock::now() - started);
    if (check_times_.size() > kRemembered) check_times_.pop_front();
  }
}

void Server::publish() {
  std::map<std::string, json> by_uri;  // every open document gets its list, empty or not
  for (const auto& [path, doc] : docs_) by_uri[doc.uri] = json::array();
  for (const Finding& f : snap_->c.findings.items()) {
    if (!f.loc.valid() || !f.suppressed_reason.empty()) continue;
    const SourceFile& file = snap_->c.files[f.loc.file];
    if (file.rel_path.empty()) continue;  // the folder as a whole
    by_uri[path_to_uri(file.path)].push_back(diagnostic(f));
  }
  std::set<std::string> now;
  for (auto& [uri, list] : by_uri) {
    if (!list.empty()) now.insert(uri);
    else if (!published_.contains(uri) && !docs_.contains(uri_to_path(uri))) continue;
    json params = {{"uri", uri}, {"diagnostics", std::move(list)}};
    if (auto it = docs_.find(uri_to_path(uri)); it != docs_.end()) params["version"] = it->second.version;
    notify("textDocument/publishDiagnostics", params);
  }
  for (const std::string& uri : published_) {  // files whose findings went away
    if (!by_uri.contains(uri)) notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
  }
  published_ = std::move(now);
}

json Server::position(const SourceFile& f, uint32_t line, uint32_t column) const {
  if (line == 0) return {{"line", 0}, {"character", 0}};
  const std::string_view text = line_text(f, line);
  uint32_t character = 0;
  size_t at = 0;
  for (uint32_t col = 1; col < column && at < text.size(); ++col) {
    const size_t n = utf8_sequence_length(static_cast<unsigned char>(text[at]));
    character += utf32_ || n < 4 ? 1 : 2;  // UTF-16: a code point past U+FFFF takes two units
    at += n;
  }
  if (column > 1 && at >= text.size()) character += column - 1 - static_cast<uint32_t>(utf8_count_code_points(text));
  return {{"line", line - 1}, {"character", character}};
}

Loc Server::to_loc(uint32_t file, const json& pos) const {
  const SourceFile& f = snap_->c.files[file];
  const uint32_t line = uinteger(pos.at("line"), "a position's line") + 1;
  const uint32_t character = uinteger(pos.at("character"), "a position's character");
  const std::string_view text = line_text(f, line);
  uint32_t units = 0, column = 1;
  for (size_t at = 0; at < text.size() && units < character; ++column) {
    const size_t n = utf8_sequence_length(static_cast<unsigned char>(text[at]));
    units += utf32_ || n < 4 ? 1 : 2;
    at += n;
  }
  return Loc{file, line, column + (character > units ? character - units : 0)};
}

json Server::range_at(const SourceFile& f, const Loc& begin, const Loc& end) const {
  return {{"start", position(f, begin.line, begin.column)}, {"end", position(f, end.line, end.column)}};
}

json Server::range_of_token(const SourceFile& f, const Loc& loc) const {
  // From the location to the end of its word (an id, a value, a tag name): what editors underline.
  const std::string_view text = line_text(f, loc.line);
  size_t at = 0;
  for (uint32_t col = 1; col < loc.column && at < text.size(); ++col) at += utf8_sequence_length(static_cast<unsigned char>(text[at]));
  size_t end = at;
  while (end < text.size() && std::string_view(" \t\"'<>=/").find(text[end]) == std::string_view::npos) ++end;
  if (end == at && end < text.size()) ++end;
  const Loc stop{loc.file, loc.line, loc.column + static_cast<uint32_t>(utf8_count_code_points(text.substr(at, end - at)))};
  return range_at(f, loc, stop);
}

json Server::location(const Loc& loc) const {
  const SourceFile& f = snap_->c.files[loc.file];
  return {{"uri", path_to_uri(f.path)}, {"range", range_of_token(f, loc)}};
}

const SourceFile* Server::file_of_uri(const std::string& uri, uint32_t* index) const {
  if (!snap_) return nullptr;
  auto it = snap_->file_by_path.find(uri_to_path(uri));
  if (it == snap_->file_by_path.end()) return nullptr;
  if (index) *index = it->second;
  return &snap_->c.files[it->second];
}

json Server::diagnostic(const Finding& f) const {
  const SourceFile& file = snap_->c.files[f.loc.file];
  json d = {{"range", range_of_token(file, f.loc)},
            {"severity", f.level == Level::kError ? 1 : f.level == Level::kWarning ? 2 : 3},
            {"code", f.rule},
            {"source", "contentc"},
            {"message", f.message}};
  if (!f.related.empty()) {
    json related = json::array();
    for (const Related& r : f.related) {
      if (!r.loc.valid() || snap_->c.files[r.loc.file].rel_path.empty()) continue;
      related.push_back({{"location", location(r.loc)}, {"message", r.message}});
    }
    d["relatedInformation"] = related;
  }
  return d;
}

json Server::workspace_edit(const Fix& fix) const {
  json changes = json::object();
  for (const Replacement& r : fix.replacements) {
    const SourceFile& f = snap_->c.files[r.begin.file];
    changes[path_to_uri(f.path)].push_back({{"range", range_at(f, r.begin, r.end)}, {"newText", r.text}});
  }
  return {{"changes", changes}};
}

json Server::code_actions(const json& params) {
  if (due_) check_now();
  json actions = json::array();
  uint32_t file = 0;
  const SourceFile* f = file_of_uri(params.at("textDocument").at("uri"), &file);
  if (!f) return actions;
  const json& range = params.at("range");
  const uint32_t first = uinteger(range.at("start").at("line"), "a range's start line") + 1;
  const uint32_t last = uinteger(range.at("end").at("line"), "a range's end line") + 1;
  const EntryLocator owners(snap_->c.model);
  for (const Finding& finding : snap_->c.findings.items()) {
    if (finding.loc.file != file || finding.loc.line < first || finding.loc.line > last ||
        !finding.suppressed_reason.empty()) {
      continue;
    }
    const json diag = diagnostic(finding);
    if (finding.fix) {
      actions.push_back({{"title", finding.fix->description},
                         {"kind", "quickfix"},
                         {"diagnostics", {diag}},
                         {"isPreferred", finding.fix->certain},
                         {"edit", workspace_edit(*finding.fix)}});
    }
    // A finding on an entry can be suppressed on it, as apply_suppressions would match it.
    const Entry* holder = owners.find(finding.loc);
    if (!holder || is_suppression_rule(finding.rule)) continue;
    // Inside a dose, the suppress goes into that dose: it then silences that dose's finding only.
    // In one of the entry's warnings or own cites, it names that part (on="warning 2").
    Loc where = holder->loc;
    std::string scope = fmt::format("{} '{}'", kind_name(holder->kind), holder->id.value);
    std::string on;
    auto inside = [&](const Loc& begin, const Loc& end) {
      auto place = [](const Loc& l) { return std::pair(l.line, l.column); };
      return begin.file == finding.loc.file && place(begin) <= place(finding.loc) && place(finding.loc) < place(end);
    };
    if (const std::optional<size_t> d = dose_at(*holder, finding.loc)) {
      where = doses_of(*holder)[*d].loc;
      scope = fmt::format("dose {} of {}", *d + 1, scope);
    } else {
      const std::span<const Warning> ws = warnings_of(*holder);
      for (size_t w = 0; w < ws.size() && on.empty(); ++w) {
        if (inside(ws[w].loc, ws[w].end)) on = fmt::format("warning {}", w + 1);
      }
      for (size_t c = 0; c < holder->cites.size() && on.empty(); ++c) {
        if (inside(holder->cites[c].loc, holder->cites[c].end)) on = fmt::format("cite {}", c + 1);
      }
      if (!on.empty()) scope = fmt::format("{} of {}", on, scope);
    }
    Fix suppress{fmt::format("Suppress {} on {} (write the reason)", finding.rule, scope),
                 {{Replacement::Kind::kInsert, where, {},
                   on.empty() ? fmt::format("<suppress rule=\"{}\" reason=\"\"/>", finding.rule)
                              : fmt::format("<suppress rule=\"{}\" reason=\"\" on=\"{}\"/>", finding.rule, on)}},
                 false};
    if (complete_fix(suppress, *f)) {
      actions.push_back({{"title", suppress.description},
                         {"kind", "quickfix"},
                         {"diagnostics", {diag}},
                         {"edit", workspace_edit(suppress)}});
    }
  }
  return actions;
}

const Entry* Server::find_entry(std::string_view id) const {
  const Entry* found = nullptr;
  snap_->c.model.for_each_entry([&](const Entry& e) {
    if (!found && e.id.value == id) found = &e;
  });
  return found;
}

Symbol Server::symbol_at(uint32_t file, const Loc& at) const {
  Symbol best;
  auto hit = [&](const Text& t) {
    if (t.loc.file != file || t.loc.line != at.line || at.column < t.loc.column) return false;
    return at.column <= t.loc.column + utf8_count_code_points(t.value);
  };
  auto ref = [&](const Entry& e, const Text& t) {
    if (hit(t)) best = Symbol{Symbol::Kind::kRef, &t, &e};
  };
  // Element text that may run over several lines (a quote; its value has the white space
  // folded): from its start to the end of the line where the element's text ends.
  const SourceFile& source = snap_->c.files[file];
  auto within = [&](const Text& t) {
    if (t.loc.file != file || at.line < t.loc.line) return false;
    if (at.line == t.loc.line) return at.column >= t.loc.column;
    const size_t begin = offset_in(source.text, source.line_starts, t.loc);
    const size_t end = std::min(source.text.find('<', begin), source.text.size());
    const auto last_line = static_cast<uint32_t>(
        std::upper_bound(source.line_starts.begin(), source.line_starts.end(), end) - source.line_starts.begin());
    return at.line <= last_line;
  };
  auto cites = [&](const Entry& e, const std::vector<Cite>& cs) {
    for (const Cite& c : cs) {
      ref(e, c.article);
      if (within(c.quote) ||
          (c.loc.file == file && c.loc.line == at.line && at.column >= c.loc.column && best.kind == Symbol::Kind::kNone)) {
        if (best.kind == Symbol::Kind::kNone || best.text != &c.article) best = Symbol{Symbol::Kind::kCite, &c.quote, &e, &c};
      }
    }
  };
  auto warnings = [&](const Entry& e, const std::vector<Warning>& ws) {
    for (const Warning& w : ws) cites(e, w.cites);
  };
  const Model& m = snap_->c.model;
  m.for_each_entry([&](const Entry& e) {
    if (e.loc.file != file) return;
    if (hit(e.id)) best = Symbol{Symbol::Kind::kId, &e.id, &e};
    cites(e, e.cites);
  });
  for (const Condition& c : m.conditions) {
    if (c.loc.file != file) continue;
    for (const Text& r : c.related) ref(c, r);
    warnings(c, c.warnings);
  }
  for (const Movement& mv : m.movements) {
    if (mv.loc.file != file) continue;
    for (const ForCondition& fc : mv.fors) ref(mv, fc.condition);
    warnings(mv, mv.warnings);
    for (const Dose& d : mv.doses) {
      cites(mv, d.cites);
      auto field = [&](const std::optional<Text>& t, DoseField which) {
        if (t && hit(*t)) best = Symbol{Symbol::Kind::kDose, &*t, &mv, nullptr, &d, which};
      };
      field(d.reps.text, DoseField::kReps), field(d.hold.text, DoseField::kHold);
      field(d.sets.text, DoseField::kSets), field(d.frequency.text, DoseField::kFrequency);
    }
  }
  for (const Advice& a : m.advice) {
    if (a.loc.file != file) continue;
    ref(a, a.condition);
    for (const Text& x : a.exercises) ref(a, x);
  }
  for (const Claim& c : m.claims) {
    if (c.loc.file == file && c.about) ref(c, *c.about);
  }
  return best;
}

std::string describe(const Entry& e, const SourceFiles& files) {
  std::string name;
  if (e.kind == EntryKind::kArticle) {
    const auto& a = static_cast<const Article&>(e);
    name = fmt::format("{}, by {}", a.title.value, a.author.value);
  } else if (e.kind == EntryKind::kCondition) {
    name = static_cast<const Condition&>(e).name.value;
  } else if (e.kind == EntryKind::kExercise || e.kind == EntryKind::kStretch) {
    name = static_cast<const Movement&>(e).name.value;
  } else if (e.kind == EntryKind::kAdvice) {
    const auto& a = static_cast<const Advice&>(e);
    name = fmt::format("{} for {}: {}", a.stance.value, a.condition.value, a.text.value);
  } else {
    name = static_cast<const Claim&>(e).text.value;
  }
  return fmt::format("**{}** `{}`: {}\n\n{}:{}", kind_name(e.kind), e.id.value, name,
                     files[e.loc.file].rel_path, e.loc.line);
}

std::string Server::passage(const Cite& c) const {
  const Entry* e = find_entry(c.article.value);
  if (!e || e->kind != EntryKind::kArticle) return fmt::format("No article `{}`.", c.article.value);
  const auto& a = static_cast<const Article&>(*e);
  if (a.snapshot_file == Loc::kNoFile) return fmt::format("The snapshot of `{}` could not be read.", a.id.value);
  const SourceFile& snap = snap_->c.files[a.snapshot_file];
  if (!c.match.found) return fmt::format("The quote is not in `{}` (see the diagnostic).", snap.rel_path);
  const std::string_view t = snap.text;
  const uint32_t begin = c.match.spans.front().begin, end = c.match.spans.back().end;
  // The sentence around the quote: back to a line start or sentence end, on to the next.
  size_t from = begin;
  while (from > 0 && t[from - 1] != '\n' && !(from >= 2 && t[from - 1] == ' ' && std::string_view(".!?").find(t[from - 2]) != std::string_view::npos)) --from;
  size_t to = end;
  while (to < t.size() && t[to] != '\n' && !(to > end && std::string_view(".!?").find(t[to - 1]) != std::string_view::npos && t[to] == ' ')) ++to;
  std::string heading;
  if (c.match.heading_above_start != 0) {
    heading = heading_text(snap_->c.files, a.snapshot_file, c.match.heading_above_start);
  } else if (c.section) {
    heading = c.section->value;
  }
  std::string out = fmt::format("In *{}* (`{}`){}:\n\n> {}**{}**{}", a.title.value, snap.rel_path,
                                heading.empty() ? "" : fmt::format(", under “{}”", heading),
                                t.substr(from, begin - from), t.substr(begin, end - begin), t.substr(end, to - end));
  for (char& ch : out) {
    if (ch == '\n' && &ch > out.data() + 2 && *(&ch - 1) != '\n' && *(&ch + 1) != '\n' && *(&ch + 1) != '>') ch = ' ';
  }
  return out;
}

json Server::hover(const json& params) const {
  uint32_t file = 0;
  if (!file_of_uri(params.at("textDocument").at("uri"), &file)) return nullptr;
  const Symbol s = symbol_at(file, to_loc(file, params.at("position")));
  std::string text;
  switch (s.kind) {
    case Symbol::Kind::kNone:
      return nullptr;
    case Symbol::Kind::kId:
      text = describe(*s.entry, snap_->c.files);
      break;
    case Symbol::Kind::kRef:
      if (const Entry* e = find_entry(s.text->value)) text = describe(*e, snap_->c.files);
      else text = fmt::format("No entry has the id `{}`.", s.text->value);
      break;
    case Symbol::Kind::kCite:
      text = passage(*s.cite);
      break;
    case Symbol::Kind::kDose: {
      std::vector<std::string> said;
      for (const QuoteQuantity& q : dose_quantities(*s.dose)) {
        if (q.field == s.field) said.push_back(fmt::format("“{}”", q.words));
      }
      text = said.empty() ? fmt::format("The dose's quotes give no {}.", dose_field_name(s.field))
                          : fmt::format("{} `{}`: the quote says {}", dose_field_name(s.field),
                                        s.text->value, fmt::join(said, ", "));
      break;
    }
  }
  return {{"contents", {{"kind", "markdown"}, {"value", text}}}};
}

json Server::definition(const json& params) const {
  uint32_t file = 0;
  if (!file_of_uri(params.at("textDocument").at("uri"), &file)) return nullptr;
  const Symbol s = symbol_at(file, to_loc(file, params.at("position")));
  if (s.kind == Symbol::Kind::kId) return location(s.entry->loc);
  if (s.kind == Symbol::Kind::kRef) {
    if (const Entry* e = find_entry(s.text->value)) return location(e->loc);
    return nullptr;
  }
  if (s.kind == Symbol::Kind::kCite && s.cite->match.found) {
    const Entry* e = find_entry(s.cite->article.value);
    const auto& a = static_cast<const Article&>(*e);
    const SourceFile& snap = snap_->c.files[a.snapshot_file];
    const Loc begin = snap_->c.files.locate(a.snapshot_file, s.cite->match.spans.front().begin);
    const Loc end = snap_->c.files.locate(a.snapshot_file, s.cite->match.spans.back().end);
    return {{"uri", path_to_uri(snap.path)}, {"range", range_at(snap, begin, end)}};
  }
  return nullptr;
}

json Server::references(const json& params) const {
  uint32_t file = 0;
  json out = json::array();
  if (!file_of_uri(params.at("textDocument").at("uri"), &file)) return out;
  const Symbol s = symbol_at(file, to_loc(file, params.at("position")));
  if (s.kind != Symbol::Kind::kId && s.kind != Symbol::Kind::kRef) return out;
  const std::string id = s.text->value;
  const bool declaration = params.value("context", json::object()).value("includeDeclaration", true);
  if (const Entry* e = find_entry(id); e && declaration) out.push_back(location(e->id.loc));
  // Every reference: found by asking, for each file's references, which id they name.
  const Model& m = snap_->c.model;
  auto add = [&](const Text& t) {
    if (t.value == id) out.push_back(location(t.loc));
  };
  auto cites = [&](const std::vector<Cite>& cs) {
    for (const Cite& c : cs) add(c.article);
  };
  auto warned = [&](const std::vector<Warning>& ws) {
    for (const Warning& w : ws) cites(w.cites);
  };
  for (const Condition& c : m.conditions) {
    cites(c.cites), warned(c.warnings);
    for (const Text& r : c.related) add(r);
  }
  for (const Movement& mv : m.movements) {
    cites(mv.cites), warned(mv.warnings);
    for (const ForCondition& fc : mv.fors) add(fc.condition);
    for (const Dose& d : mv.doses) cites(d.cites);
  }
  for (const Advice& a : m.advice) {
    cites(a.cites), add(a.condition);
    for (const Text& x : a.exercises) add(x);
  }
  for (const Claim& c : m.claims) {
    cites(c.cites);
    if (c.about) add(*c.about);
  }
  return out;
}

/// The spec of the element at the end of `path` (outermost first), from `root`; null if the
/// path leaves the format.
const ElementSpec* spec_at(const ElementSpec& root, const std::vector<std::string>& path) {
  if (path.empty() || path.front() != root.name) return nullptr;
  const ElementSpec* spec = &root;
  for (size_t i = 1; i < path.size(); ++i) {
    const ElementSpec* next = nullptr;
    for (const ChildSpec& c : spec->children) {
      if (c.spec->name == path[i]) next = c.spec;
    }
    if (!next) return nullptr;
    spec = next;
  }
  return spec;
}

json Server::completion(const json& params) const {
  json items = json::array();
  uint32_t file = 0;
  const SourceFile* f = file_of_uri(params.at("textDocument").at("uri"), &file);
  if (!f) return items;
  const Loc at = to_loc(file, params.at("position"));
  const XmlContext ctx = xml_context(f->text, offset_in(f->text, f->line_starts, at));
  const Model& m = snap_->c.model;
  const ElementSpec& root = f->rel_path == "policy.xml" ? policy_root_spec() : content_root_spec();
  std::set<std::string> seen;
  auto item = [&](std::string_view label, int kind, std::string_view detail, std::string sort_text = {}) {
    if (!seen.insert(std::string(label)).second) return;
    items.push_back({{"label", label}, {"kind", kind}, {"detail", detail}});
    if (!sort_text.empty()) items.back()["sortText"] = std::move(sort_text);
  };
  constexpr int kField = 5, kValue = 12, kEnumMember = 20, kProperty = 10, kReference = 18, kText = 1;
  auto ids = [&](std::initializer_list<EntryKind> kinds) {
    m.for_each_entry([&](const Entry& e) {
      for (EntryKind k : kinds) {
        if (e.kind == k) item(e.id.value, kReference, kind_name(e.kind));
      }
    });
  };
  auto terms = [&](std::string_view kind) {
    if (auto it = m.policy.vocabularies.find(kind); it != m.policy.vocabularies.end()) {
      for (const Text& t : it->second) item(t.value, kValue, fmt::format("{} (policy vocabulary)", kind));
    }
  };
  auto allowed = [&](const ValueSpec& v) {
    for (std::string_view a : v.allowed) item(a, kEnumMember, "");
  };
  std::vector<std::string> path = ctx.open;
  switch (ctx.kind) {
    case XmlContext::Kind::kNone:
      break;
    case XmlContext::Kind::kElementName:
      if (path.empty()) {
        item(root.name, kField, "root element");
      } else if (const ElementSpec* spec = spec_at(root, path)) {
        for (const ChildSpec& c : spec->children) item(c.spec->name, kField, fmt::format("in <{}>", spec->name));
      }
      break;
    case XmlContext::Kind::kAttributeName:
    case XmlContext::Kind::kAttributeValue: {
      path.push_back(ctx.element);
      const ElementSpec* spec = spec_at(root, path);
      if (ctx.kind == XmlContext::Kind::kAttributeName) {
        if (spec) {
          for (const AttrSpec& a : spec->attrs) {
            if (!ctx.attributes.contains(a.name)) item(a.name, kProperty, a.required ? "required" : "optional");
          }
        }
        break;
      }
      const std::string& a = ctx.attribute;
      if (a == "article") ids({EntryKind::kArticle});
      else if (a == "condition" || a == "about" || (ctx.element == "related" && a == "to")) ids({EntryKind::kCondition});
      else if (a == "ref") ids({EntryKind::kExercise, EntryKind::kStretch});
      else if (a == "rule") {
        for (const Rule* r : snap_->c.catalogue) item(r->id, kEnumMember, r->summary);
      } else if (a == "category") terms("warning-category");
      else if (a == "factor") terms("factor");
      else if (a == "pattern") terms("pattern");
      else if (a == "section") {
        // The headings of the cited article: its lines that cites name as sections first, then
        // the lines that read as headings.
        const auto article = ctx.attributes.find("article");
        const Entry* e = article == ctx.attributes.end() ? nullptr : find_entry(article->second);
        if (e && e->kind == EntryKind::kArticle && static_cast<const Article*>(e)->snapshot_file != Loc::kNoFile) {
          const uint32_t snapshot = static_cast<const Article*>(e)->snapshot_file;
          const SourceFile& snap = snap_->c.files[snapshot];
          std::vector<std::string> sections;
          snap_->c.model.for_each_cite([&](const Entry&, const Cite& c) {
            if (c.article.value == article->second && c.section) sections.push_back(c.section->value);
          });
          const SnapshotHeadings headings(snap.text, sections);
          for (uint32_t line : headings.lines()) {
            item(headings.line_text(line), kText, fmt::format("{}:{}", snap.rel_path, line),
                 fmt::format("{}{:08}", headings.is_cited(line) ? 0 : 1, line));
          }
        }
      }
      if (spec) {
        for (const AttrSpec& as : spec->attrs) {
          if (as.name == a) allowed(as.value);
        }
      }
      break;
    }
    case XmlContext::Kind::kText: {
      const std::string element = path.empty() ? "" : path.back();
      if (element == "pattern" || element == "equipment" || element == "target") terms(element);
      if (const ElementSpec* spec = spec_at(root, path); spec && spec->content == ContentModel::kText) allowed(spec->text);
      break;
    }
  }
  return {{"isIncomplete", false}, {"items", items}};
}

}  // namespace

int run_server(int in, int out, ServerOptions options) {
  Server server(out, std::move(options));
  MessageReader reader(in);
  int wait = -1;
  while (true) {
    std::string message, error;
    switch (reader.next(wait, message, error)) {
      case MessageReader::Status::kMessage:
        if (!server.handle(message)) return server.exit_status();
        break;
      case MessageReader::Status::kBadFrame:
        server.bad_frame(error);
        break;
      case MessageReader::Status::kTimeout:
        break;
      case MessageReader::Status::kEnd:
        return 1;  // the client went away without exit
    }
    wait = server.tick();
  }
}

}  // namespace contentc::lsp
