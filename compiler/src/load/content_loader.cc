#include "load/content_loader.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "load/folder_checks.h"
#include "load/load_rules.h"
#include "load/house_assertions.h"
#include "load/model_builder.h"
#include "load/policy_includes.h"
#include "load/policy_merge.h"
#include "load/schema_checker.h"
#include "load/review_records.h"
#include "load/snapshot_reader.h"
#include "load/xml_precheck.h"
#include "load/xml_view.h"
#include "util/read_file.h"
#include "util/worker_pool.h"

namespace contentc {

namespace fs = std::filesystem;

namespace {

/// How deep includes may nest: deeper is a mistake (or a generated loop through new names).
constexpr size_t kMaxIncludeDepth = 16;

/// One XML file's share of the work, done on its own thread.
struct FileLoad {
  SourceFile file;
  Model model;
  Findings findings;
  std::vector<size_t> house_evaluated;  ///< per usable house rule: nodes its assert ran on
};

void malformed(FileLoad& out, uint32_t index, size_t offset, std::string message) {
  out.findings.add(kXmlMalformed, locate_in(out.file, index, offset),
                   std::move(message));
}

/// Why a file over the size limit is not read.
std::string too_big(size_t size, size_t max_size) {
  return fmt::format("the file is {} bytes, over the {}-byte limit (--max-file-size)", size, max_size);
}

/// Reads the whole file, or says why not.
std::string read_file(const fs::path& path, size_t max_size, std::string& error) {
  std::string text;
  switch (const int e = read_whole_file(path, max_size, text)) {
    case 0:
      break;
    case EISDIR:
      error = "cannot read the file: it is a directory";
      break;
    case kNotRegularFile:
      error = "cannot read the file: it is not a regular file (a FIFO, a socket or a device); "
              "contentc reads only regular files";
      break;
    case EFBIG: {
      std::error_code ec;
      error = too_big(fs::file_size(path, ec), max_size);
      break;
    }
    default:
      error = fmt::format("cannot read the file: {}", std::error_code(e, std::generic_category()).message());
  }
  return text;
}

std::string_view parse_error_text(pugi::xml_parse_status status) {
  switch (status) {
    case pugi::status_unrecognized_tag:
      return "unrecognised tag";
    case pugi::status_bad_pi:
      return "bad processing instruction or XML declaration";
    case pugi::status_bad_comment:
      return "bad comment";
    case pugi::status_bad_cdata:
      return "bad CDATA section";
    case pugi::status_bad_doctype:
      return "bad document type declaration";
    case pugi::status_bad_pcdata:
      return "bad text";
    case pugi::status_bad_start_element:
      return "bad start tag";
    case pugi::status_bad_attribute:
      return "bad attribute (is a value unquoted, or does it hold '<'?)";
    case pugi::status_bad_end_element:
      return "bad end tag";
    case pugi::status_end_element_mismatch:
      return "end tag does not match the open element";
    case pugi::status_no_document_element:
      return "no root element";
    default:
      return "not well-formed";
  }
}

/// The value stores of one load, lent to the files as they load: a file takes an idle store and
/// gives it back when done, so files loaded one after another on a thread fill the same blocks
/// (a store a file would leave, on average, half a block empty in each).
class StoreLender {
 public:
  /// One store, for the caller alone until it is given back.
  std::shared_ptr<ValueStore> take() {
    const std::lock_guard lock(mutex_);
    if (idle_.empty()) return all_.emplace_back(std::make_shared<ValueStore>());
    std::shared_ptr<ValueStore> s = std::move(idle_.back());
    idle_.pop_back();
    return s;
  }
  void give_back(std::shared_ptr<ValueStore> store) {
    const std::lock_guard lock(mutex_);
    idle_.push_back(std::move(store));
  }
  /// Every store made, for the model to hold.
  std::vector<std::shared_ptr<const ValueStore>> all() const { return {all_.begin(), all_.end()}; }

 private:
  std::mutex mutex_;
  std::vector<std::shared_ptr<ValueStore>> all_, idle_;
};

/// Loads one file: a content file, or (`policy`) policy.xml or a policy it includes. Its values
/// go into `store`.
FileLoad load_file(const SourceTree& tree, const std::string& display_root,
                   const std::string& rel_path, uint32_t index, const LoadOptions& options,
                   const HouseAssertions* house, ValueStore& store, bool policy = false) {
  FileLoad out;
  out.file.path = include_display_path(display_root, rel_path);
  // An included policy may live outside the sources folder: the include names it on purpose.
  const bool outside = rel_path.starts_with("../") || fs::path(rel_path).is_absolute();
  out.file.rel_path = rel_path;
  std::string error;
  std::error_code ec;
  const fs::path on_disk = tree.root() / rel_path;
  if (const std::string* text = tree.buffer(rel_path)) {
    if (text->size() > options.max_file_size) {
      error = too_big(text->size(), options.max_file_size);
    } else {
      out.file.text = *text;
    }
  } else if (!outside && fs::exists(on_disk, ec) && real_path_inside(tree.real_root(), on_disk).empty()) {
    // A symlink out of the sources folder could show any file's lines in the findings (a
    // credentials file, say): such a file is refused unread, as a snapshot would be.
    error = "the file leads out of the sources folder (through a symlink); keep sources "
            "inside it";
  } else {
    out.file.disk_path = fs::absolute(on_disk, ec).string();
    out.file.text = read_file(on_disk, options.max_file_size, error);
  }
  index_lines(out.file);
  if (!error.empty()) {
    malformed(out, index, 0, std::move(error));
    return out;
  }
  if (auto problem = precheck_xml(out.file.text, options.max_depth)) {
    malformed(out, index, problem->offset, std::move(problem->message));
    return out;
  }

  // pugixml parses in place, in a copy (it writes terminators), with escapes off so that every
  // pointer into the copy is the offset of that spot in the original file.
  std::string buffer = out.file.text;
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer_inplace(
      buffer.data(), buffer.size(), pugi::parse_cdata, pugi::encoding_utf8);
  if (parsed.status == pugi::status_out_of_memory) throw std::bad_alloc();
  if (!parsed) {
    malformed(out, index, static_cast<size_t>(parsed.offset),
              fmt::format("not well-formed XML: {}", parse_error_text(parsed.status)));
    return out;
  }
  XmlView view(out.file, index, buffer.data(), buffer.size(), out.findings, store);
  pugi::xml_node root_element;
  for (pugi::xml_node node : doc.children()) {
    if (node.type() == pugi::node_pcdata &&
        std::string_view(node.value()).find_first_not_of(" \t\r\n") != std::string_view::npos) {
      out.findings.add(kXmlMalformed, view.loc_of(node.value()),
                       "text outside the root element");
    } else if (node.type() == pugi::node_element) {
      if (root_element) {
        out.findings.add(kXmlMalformed, view.element_loc(node),
                         "a second root element: a file holds exactly one");
      } else {
        root_element = node;
      }
    }
  }
  if (!root_element) return out;

  const std::string_view expected = policy ? "policy" : "content";
  if (root_element.name() != expected) {
    out.findings.add(kSchemaViolation, view.element_loc(root_element),
                     policy
                         ? fmt::format("{} has root element <policy>, not <{}>",
                                       rel_path == "policy.xml" ? "policy.xml" : "an included policy", root_element.name())
                         : fmt::format("a content file has root element <content>, not <{}>{}",
                                       root_element.name(),
                                       std::string_view(root_element.name()) == "policy"
                                           ? " (the policy lives in policy.xml at the root "
                                             "of the sources folder)"
                                           : ""));
    return out;
  }
  SchemaChecker checker(view, out.findings);
  ModelBuilder builder(view, out.model);
  if (policy) {
    checker.check(root_element, policy_root_spec());
    builder.add_policy(root_element);
  } else {
    checker.check(root_element, content_root_spec());
    builder.add_content(root_element);
    if (house) house->check(doc, view, out.findings, out.house_evaluated);
  }
  return out;
}

template <typename T>
void move_append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

LoadedSources ContentLoader::load(const SourceTree& tree, const std::string& display_root) const {
  LoadedSources result;
  std::vector<WalkError> walk_errors;
  const std::vector<std::string> rel_paths = tree.xml_files(walk_errors);
  result.xml_files = rel_paths.size();

  std::vector<FileLoad> loads(rel_paths.size());
  std::optional<WorkerPool> own_pool;
  WorkerPool& pool = options_.pool ? *options_.pool : own_pool.emplace(options_.jobs);
  std::atomic<size_t> done{0};
  std::optional<HouseAssertions> house;
  StoreLender stores;
  auto load_one = [&](size_t i, const std::string& rel_path, bool policy) {
    std::shared_ptr<ValueStore> store = stores.take();
    try {
      loads[i] = load_file(tree, display_root, rel_path, static_cast<uint32_t>(i), options_,
                           house ? &*house : nullptr, *store, policy);
      stores.give_back(std::move(store));
    } catch (const std::bad_alloc&) {
      loads[i] = FileLoad{};  // give back what the file held before saying so
      throw std::runtime_error(
          fmt::format("out of memory while loading {}", include_display_path(display_root, rel_path)));
    }
    // Its values are in the model now: a file that loaded cleanly gives up its text, and the few
    // lines diagnostics print later are read again.
    if (loads[i].findings.items().empty() && !options_.keep_text) loads[i].file.release_text();
    if (options_.on_file_loaded) options_.on_file_loaded(done.fetch_add(1) + 1, loads.size());
  };
  // The policy first, with every policy it includes: its house rules are compiled once, then
  // run on every content file while its document is in memory.
  const auto policy = std::lower_bound(rel_paths.begin(), rel_paths.end(), "policy.xml");
  const size_t policy_index = policy != rel_paths.end() && *policy == "policy.xml"
                                  ? static_cast<size_t>(policy - rel_paths.begin())
                                  : loads.size();
  std::vector<bool> is_policy(loads.size());
  if (policy_index < loads.size()) {
    load_one(policy_index, "policy.xml", true);
    is_policy[policy_index] = true;
    std::map<std::string, size_t> included;  // rel_path → its load
    Findings at_include;  // (loads grows as includes are read: no reference into it)
    std::vector<std::string> chain{"policy.xml"};
    // Merges into `own` the policies it includes (each read once, however often included).
    std::function<Policy(Policy)> assemble = [&](Policy own) {
      Policy base;
      for (const PolicyInclude& inc : own.includes) {
        const IncludeTarget to = resolve_include(tree, chain.back(), inc.href.value, options_.policy_dir);
        if (!to.error.empty()) {
          at_include.add(kPolicyInclude, inc.loc, to.error);
          continue;
        }
        if (std::find(chain.begin(), chain.end(), to.rel_path) != chain.end() || chain.size() > kMaxIncludeDepth) {
          at_include.add(kPolicyInclude, inc.loc,
                         chain.size() > kMaxIncludeDepth
                             ? fmt::format("includes nest deeper than {} policies: flatten them", kMaxIncludeDepth)
                             : fmt::format("includes go round in a circle ({} -> {}): remove one of them",
                                           fmt::join(chain, " -> "), to.rel_path));
          continue;
        }
        auto [it, is_new] = included.emplace(to.rel_path, loads.size());
        if (is_new) {
          const auto in_tree = std::lower_bound(rel_paths.begin(), rel_paths.end(), to.rel_path);
          if (in_tree != rel_paths.end() && *in_tree == to.rel_path) {
            it->second = static_cast<size_t>(in_tree - rel_paths.begin());
          } else {
            loads.emplace_back();
          }
          load_one(it->second, to.rel_path, true);
          if (it->second < is_policy.size()) is_policy[it->second] = true;
        }
        if (!loads[it->second].model.policy.present) continue;  // it did not load: its findings say why
        chain.push_back(to.rel_path);
        overlay_policy(base, assemble(loads[it->second].model.policy));
        chain.pop_back();
      }
      apply_drops(base, own.drops, at_include);
      overlay_policy(base, std::move(own));
      return base;
    };
    Policy merged = assemble(std::move(loads[policy_index].model.policy));
    loads[policy_index].findings.append(std::move(at_include));
    for (const auto& [path, index] : included) loads[index].model.policy = Policy{};
    loads[policy_index].model.policy = std::move(merged);
    if (!loads[policy_index].model.policy.house_rules.empty()) {
      house.emplace(loads[policy_index].model.policy, loads[policy_index].findings);
      result.house_rules = house->usable();
    }
  }
  if (!options_.policy_only) {
    pool.for_each(rel_paths.size(), [&](size_t i) {
      if (!is_policy[i]) load_one(i, rel_paths[i], false);
    });
  }

  // Merge in path order: file i has index i, so locations made on the threads stay right.
  Model& m = result.model;
  size_t sizes[5] = {};
  for (const FileLoad& load : loads) {
    sizes[0] += load.model.articles.size(), sizes[1] += load.model.conditions.size();
    sizes[2] += load.model.movements.size(), sizes[3] += load.model.advice.size(), sizes[4] += load.model.claims.size();
  }
  m.articles.reserve(sizes[0]), m.conditions.reserve(sizes[1]), m.movements.reserve(sizes[2]);
  m.advice.reserve(sizes[3]), m.claims.reserve(sizes[4]);
  m.value_stores = stores.all();
  for (FileLoad& load : loads) {
    for (size_t r = 0; r < load.house_evaluated.size(); ++r) {
      result.house_evaluated[std::string(result.house_rules[r]->id)] += load.house_evaluated[r];
    }
    result.files.add(std::move(load.file));
    result.findings.append(std::move(load.findings));
    move_append(m.articles, load.model.articles);
    move_append(m.conditions, load.model.conditions);
    move_append(m.movements, load.model.movements);
    move_append(m.advice, load.model.advice);
    move_append(m.claims, load.model.claims);
    if (load.model.policy.present) m.policy = std::move(load.model.policy);
    load = FileLoad{};  // what was moved out leaves its shell
  }

  // A folder the walk could not read may hold entries: the build must not go on without them
  // and without a word.
  for (const WalkError& e : walk_errors) {
    const std::string shown = e.rel_path.empty() ? display_root : display_path(display_root, e.rel_path);
    const uint32_t folder = result.files.add(shown, e.rel_path, "");
    result.findings.add(kXmlMalformed, Loc{folder, 0, 0},
                        fmt::format("cannot read the folder '{}' to its end: {}; its *.xml files may be "
                                    "missing from this run: make it readable (or move it out of the "
                                    "sources folder) and run again",
                                    shown, e.message));
  }
  if (!options_.policy_only) check_folder(result, rel_paths, display_root);

  // Snapshots, read side by side (with their line tables), then registered in article order,
  // each once however many articles name it.
  std::vector<SnapshotRead> snaps(m.articles.size());
  std::vector<SourceFile> snap_files(m.articles.size());
  pool.for_each(m.articles.size(), [&](size_t i) {
    const Article& a = m.articles[i];
    if (a.snapshot.empty()) return;
    snaps[i] = read_snapshot(tree, result.files[a.loc.file].rel_path, a.snapshot.value, options_.max_file_size);
    if (!snaps[i].error.empty()) return;
    SourceFile& f = snap_files[i];
    f.path = display_path(display_root, snaps[i].rel_path);
    f.rel_path = snaps[i].rel_path;
    f.text = std::move(snaps[i].text);
    index_lines(f);
  });
  std::map<std::string, uint32_t> read_by_path;
  for (size_t i = 0; i < m.articles.size(); ++i) {
    Article& a = m.articles[i];
    if (a.snapshot.empty()) continue;
    if (!snaps[i].error.empty()) {
      a.snapshot_error = std::move(snaps[i].error);
      continue;
    }
    a.snapshot_path = snaps[i].rel_path;
    auto [it, fresh] = read_by_path.try_emplace(snaps[i].rel_path, 0);
    if (fresh) it->second = result.files.add(std::move(snap_files[i]));
    a.snapshot_file = it->second;
  }
  m.reviews = load_reviews(tree, display_root, options_.max_file_size, result.files, pool);
  return result;
}

}  // namespace contentc
