// contentc review: records a reviewer's approval of entries as they are now, signed with their
// SSH key; --list prints what needs review and why.

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cli/command.h"
#include "load/review_records.h"
#include "model/entry_locator.h"
#include "rules/review_content.h"
#include "util/read_file.h"
#include "util/write_file.h"

extern char** environ;

namespace contentc {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

// Writes `text` to `path`: a new file, or the old one replaced at once.
void write_whole(const fs::path& path, std::string_view text) {
  std::error_code ec;
  const int err = fs::exists(path, ec) ? replace_file(path, text) : write_new_file(path, text);
  if (err != 0) throw IoError{fmt::format("cannot write {}: {}", path.string(), std::strerror(err))};
}

// Runs ssh-keygen -Y sign on `file` with `key` (no shell: the key's path is passed as it is);
// the signature is `file`.sig.
void sign_with_ssh_keygen(const fs::path& key, const fs::path& file) {
  const std::string key_s = key.string(), file_s = file.string();
  std::vector<char*> argv;
  for (const char* a : {"ssh-keygen", "-q", "-Y", "sign", "-n"}) argv.push_back(const_cast<char*>(a));
  std::string ns(kReviewNamespace);
  argv.push_back(ns.data());
  argv.push_back(const_cast<char*>("-f"));
  argv.push_back(const_cast<char*>(key_s.c_str()));
  argv.push_back(const_cast<char*>(file_s.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, "ssh-keygen", nullptr, nullptr, argv.data(), environ) != 0) {
    throw IoError{"cannot run ssh-keygen to sign (install openssh-client), or sign the record yourself"};
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw IoError{fmt::format("ssh-keygen could not sign with {} (its message is above)", key_s)};
  }
}

int list_reviews(const Compilation& c) {
  static const std::set<std::string_view> kReviewRules = {"review-missing", "review-stale", "review-due",
                                                          "review-overdue", "review-invalid"};
  std::string out;
  size_t n = 0;
  for (const Finding& f : c.findings.items()) {
    if (!kReviewRules.contains(f.rule) || !f.suppressed_reason.empty()) continue;
    const SourceFile& file = c.files[f.loc.file];
    out += fmt::format("{}:{}:{}: {}: {}\n", file.path, f.loc.line, f.loc.column, f.rule, f.message);
    ++n;
  }
  out += n == 0 ? "nothing needs review\n" : fmt::format("{} {} review\n", n, n == 1 ? "entry needs" : "entries need");
  write_stdout(out);
  return 0;
}

}  // namespace

int run_review(const std::vector<std::string>& args) {
  po::options_description desc;
  std::string sources = "sources", by, role, key, today;
  std::vector<std::string> entries;
  desc.add_options()("sources,s", po::value(&sources))("by", po::value(&by))("role", po::value(&role))(
      "key", po::value(&key))("today", po::value(&today))("list", po::bool_switch())(
      "entries", po::value(&entries)->multitoken());
  const po::variables_map vm = parse_command_line(args, desc, "entries");
  const bool list = vm["list"].as<bool>();
  if (list && (!entries.empty() || !by.empty())) throw UsageError{"'review --list' takes no entries and no --by"};
  if (!list && (entries.empty() || by.empty())) {
    throw UsageError{"'review' takes the entries a reviewer approved and who they are, e.g. contentc review "
                     "pelvic-tilt --by ann --role clinical --key ~/.ssh/id_ed25519; or --list"};
  }
  CheckOptions o;
  o.sources = sources;
  o.sources_display = sources;
  enter_repository(o.sources, o.sources_display);
  if (!sources_folder_exists(o)) return kExitUsage;
  std::string error;
  o.compile.today = decide_today(today, std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!error.empty()) throw UsageError{"--today: " + error};
  const Compilation c = compile_sources(o.sources, o.sources_display, o.compile);
  if (list) return list_reviews(c);

  const std::optional<ReviewPolicy>& policy = c.model.policy.reviews;
  if (!policy) {
    throw UsageError{"policy.xml has no <reviews>: name the repository and its reviewers there first (see README, "
                     "\"Signed clinical review\")"};
  }
  const Reviewer* reviewer = policy->reviewer(by);
  if (!reviewer) throw UsageError{fmt::format("--by: '{}' is not a reviewer of policy.xml <reviews>", by)};
  if (reviewer->revoked) throw UsageError{fmt::format("--by: {}'s sign-off was revoked on {}", by, reviewer->revoked->value)};
  if (role.empty()) {
    if (reviewer->roles.size() != 1) {
      throw UsageError{fmt::format("--role: {} reviews as {}; say which", by, fmt::join(reviewer->roles, " or "))};
    }
    role = reviewer->roles.front();
  }
  if (std::find(reviewer->roles.begin(), reviewer->roles.end(), role) == reviewer->roles.end()) {
    throw UsageError{fmt::format("--role: {} does not review as '{}' (policy.xml: {})", by, role,
                                 fmt::join(reviewer->roles, ", "))};
  }
  // Entries with an error are not approved: the error is fixed first.
  const EntryLocator locate(c.model);
  std::set<const Entry*> with_errors;
  for (const Finding& f : c.findings.items()) {
    if (f.level == Level::kError && f.suppressed_reason.empty()) with_errors.insert(locate.find(f.loc));
  }
  std::vector<std::pair<const Entry*, std::string>> records;
  for (const std::string& id : entries) {
    const Entry* entry = nullptr;
    c.model.for_each_entry([&](const Entry& e) {
      if (!entry && e.id.value == id && e.kind != EntryKind::kArticle) entry = &e;
    });
    if (!entry) throw UsageError{fmt::format("there is no condition, exercise, stretch, advice or claim '{}'", id)};
    if (with_errors.contains(entry)) {
      std::cerr << fmt::format("contentc: {} '{}' has errors: fix them (contentc check) before it is reviewed\n",
                               kind_name(entry->kind), id);
      return 1;
    }
    const ReviewHeader header{policy->repository.value.str(), std::string(kind_name(entry->kind)), id, role, by,
                              o.compile.today};
    records.emplace_back(entry, format_review_record(header, review_fields(c.model, c.files, *entry)));
  }
  const fs::path folder = o.sources / kReviewsFolder;
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw IoError{fmt::format("cannot make {}: {}", folder.string(), ec.message())};
  for (const auto& [entry, text] : records) {
    const fs::path path = o.sources / review_record_path(entry->id.value, role);
    if (!key.empty()) {
      // Signed beside the record under a hidden name (the loader skips it), then both put in place.
      const fs::path temp = folder / fmt::format(".{}.{}.{}.review", entry->id.value, role, ::getpid());
      fs::remove(temp, ec);
      fs::remove(temp.string() + ".sig", ec);
      write_whole(temp, text);
      try {
        sign_with_ssh_keygen(key, temp);
      } catch (...) {
        fs::remove(temp, ec);
        throw;
      }
      std::string sig;
      const bool read = read_whole_file(temp.string() + ".sig", 64 * 1024, sig) == 0;
      fs::remove(temp, ec);
      fs::remove(temp.string() + ".sig", ec);
      if (!read) throw IoError{"ssh-keygen wrote no signature"};
      write_whole(path.string() + ".sig", sig);
    }
    write_whole(path, text);
    std::cerr << fmt::format("contentc: {} review of {} '{}' by {} on {}: {}{}\n", role, kind_name(entry->kind),
                             entry->id.value, by, o.compile.today, (o.sources_display / fs::path(review_record_path(entry->id.value, role))).generic_string(),
                             key.empty() ? fmt::format(" (not signed yet: ssh-keygen -Y sign -n {} -f KEY FILE)",
                                                       kReviewNamespace)
                                         : " and .sig");
  }
  return 0;
}

}  // namespace contentc
