#include "lsp/server.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lsp/json_rpc.h"
#include "lsp/view.h"
#include "util/worker_pool.h"
#include "version.h"

namespace contentc::lsp {

namespace fs = std::filesystem;
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

/// A text document's version (an integer; 0 when absent or not one).
int64_t version_of(const json& document) {
  if (!document.contains("version")) return 0;
  const json& v = document["version"];
  return v.is_number_integer() ? v.get<int64_t>() : 0;
}

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
  /// The last check, as the features read it.
  View view() const { return View{*snap_, utf32_}; }

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
  // The features, by method; each answers from the last check, made current first.
  static const std::map<std::string_view, json (*)(const View&, const json&)> kFeatures = {
      {"textDocument/codeAction", code_actions}, {"textDocument/hover", hover},
      {"textDocument/definition", definition},   {"textDocument/references", references},
      {"textDocument/completion", completion},
  };
  if (const auto feature = kFeatures.find(method); feature != kFeatures.end()) {
    if (due_ || !snap_) check_now();
    return feature->second(view(), params);
  }
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
  Snapshot s{compile_sources(tree, root_.string(), o), {}, o.today};
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
    by_uri[path_to_uri(file.path)].push_back(diagnostic(view(), f));
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
