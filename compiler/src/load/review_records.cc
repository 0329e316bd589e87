#include "load/review_records.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "load/snapshot_reader.h"
#include "signing/allowed_signers.h"
#include "signing/sshsig.h"
#include "util/worker_pool.h"

namespace contentc {
namespace {

constexpr std::string_view kMagic = "contentc-review 1";

std::string escape(std::string_view v) {
  std::string out;
  for (const char c : v) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::optional<std::string> unescape(std::string_view v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '\\') {
      out.push_back(v[i]);
      continue;
    }
    if (++i == v.size()) return std::nullopt;
    if (v[i] == '\\') {
      out.push_back('\\');
    } else if (v[i] == 'n') {
      out.push_back('\n');
    } else if (v[i] == 'r') {
      out.push_back('\r');
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// A file of reviews/, read: its text, or its error.
SnapshotRead read_review_file(const SourceTree& tree, const std::string& rel_path, size_t max_size) {
  SnapshotRead read = read_snapshot(tree, "policy.xml", rel_path, max_size);
  // Only a symlink can lead a file of reviews/ out of the folder.
  if (read.error.find("leads out of the sources folder") != std::string::npos) {
    read.error = "it is a symlink that leads out of the sources folder; keep review files inside it";
  }
  return read;
}

// A file of reviews/ read into `files`; its index, or Loc::kNoFile with `error` set.
uint32_t read_into(const SourceTree& tree, const std::string& display_root, const std::string& rel_path,
                   size_t max_size, SourceFiles& files, std::string& error) {
  SnapshotRead read = read_review_file(tree, rel_path, max_size);
  if (!read.error.empty()) {
    error = std::move(read.error);
    return Loc::kNoFile;
  }
  return files.add(display_path(display_root, rel_path), rel_path, std::move(read.text));
}

bool has_file(const SourceTree& tree, const std::string& rel) {
  std::error_code ec;
  return tree.buffer(rel) != nullptr || (tree.has_disk() && std::filesystem::exists(tree.root() / rel, ec));
}

// Checks the record's signature; "" when a key the allowed signers give its reviewer signed it.
std::string check_signature(const std::string& record_text, const std::string& sig_text,
                            const ssh::AllowedSigners* signers, const ReviewRecord& r) {
  const ssh::SignatureParse sig = ssh::parse_sshsig(sig_text);
  if (!sig.signature) return "its signature cannot be read: " + sig.error;
  const std::string fingerprint = sig.signature->key.fingerprint();
  if (std::string why = ssh::verify_sshsig(*sig.signature, record_text, kReviewNamespace); !why.empty()) {
    if (why == "the signature does not verify") {
      return "its signature does not verify: the record was changed after it was signed (sign it again after "
             "reviewing), or the signature is another record's";
    }
    return "its signature " + why.substr(why.rfind("the signature ", 0) == 0 ? 14 : 0);
  }
  if (signers == nullptr) {
    return fmt::format("there is no {} to say whose key {} is: add the reviewers' public keys there", kAllowedSigners,
                       fingerprint);
  }
  if (std::string why = ssh::check_signer(*signers, r.reviewer, sig.signature->key, kReviewNamespace, r.date);
      !why.empty()) {
    return "its signer is not allowed: " + why;
  }
  return "";
}

}  // namespace

std::string review_record_path(std::string_view entry, std::string_view role) {
  return fmt::format("{}/{}.{}.review", kReviewsFolder, entry, role);
}

std::string format_review_record(const ReviewHeader& h, const std::vector<ReviewField>& fields) {
  std::string out = fmt::format("{}\nrepository {}\nentry {} {}\nrole {}\nreviewer {}\ndate {}\n\n", kMagic,
                                h.repository, h.kind, h.entry, h.role, h.reviewer, h.date);
  for (const ReviewField& f : fields) out += fmt::format("{}: {}\n", f.name, escape(f.value));
  return out;
}

std::string parse_review_record(std::string_view text, uint32_t file, const SourceFiles& files, ReviewRecord& out,
                                Loc& where) {
  size_t offset = 0;
  int line = 0;
  bool in_fields = false;
  std::vector<std::string_view> header;
  while (offset < text.size()) {
    const size_t eol = text.find('\n', offset);
    if (eol == std::string_view::npos) {
      where = files.locate(file, offset);
      return "the record's last line has no line break: it is cut short";
    }
    const std::string_view l = text.substr(offset, eol - offset);
    const Loc at = files.locate(file, offset);
    offset = eol + 1;
    ++line;
    where = at;
    if (!in_fields) {
      if (l.empty()) {
        in_fields = true;
        continue;
      }
      header.push_back(l);
      const size_t space = l.find(' ');
      const std::string_view key = l.substr(0, space), value = space == std::string_view::npos ? "" : l.substr(space + 1);
      if (line == 1) {
        if (l != kMagic) return fmt::format("a record starts with '{}'", kMagic);
      } else if (key == "repository") {
        out.repository = value;
      } else if (key == "entry") {
        const size_t s = value.find(' ');
        if (s == std::string_view::npos) return "'entry' names the kind and the id: 'entry exercise pelvic-tilt'";
        out.kind = value.substr(0, s);
        out.entry = value.substr(s + 1);
        out.entry_loc = Loc{at.file, at.line, at.column + 6 + static_cast<uint32_t>(s) + 1};
      } else if (key == "role") {
        out.role = value;
      } else if (key == "reviewer") {
        out.reviewer = value;
        out.reviewer_loc = Loc{at.file, at.line, at.column + 9};
      } else if (key == "date") {
        out.date = value;
        out.date_loc = Loc{at.file, at.line, at.column + 5};
      } else {
        return fmt::format("unknown header line '{}'", key);
      }
      continue;
    }
    const size_t colon = l.find(": ");
    if (colon == std::string_view::npos || colon == 0) return "a field line is 'NAME: VALUE'";
    const std::optional<std::string> value = unescape(l.substr(colon + 2));
    if (!value) return "a field's value has a '\\' that is not '\\\\', '\\n' or '\\r'";
    out.fields.push_back(ReviewField{std::string(l.substr(0, colon)), *value, at});
  }
  where = out.loc;
  if (out.repository.empty() || out.entry.empty() || out.role.empty() || out.reviewer.empty() || out.date.empty()) {
    return "a record's header names the repository, the entry, the role, the reviewer and the date";
  }
  if (!in_fields) return "a record's header ends with a blank line, then its fields";
  return "";
}

Reviews load_reviews(const SourceTree& tree, const std::string& display_root, size_t max_size, SourceFiles& files,
                     WorkerPool& pool) {
  Reviews out;
  std::optional<ssh::AllowedSigners> signers;
  const std::vector<std::string> records = tree.files_in(kReviewsFolder, ".review");
  if (has_file(tree, std::string(kAllowedSigners))) {
    std::string error;
    out.signers_file = read_into(tree, display_root, std::string(kAllowedSigners), max_size, files, error);
    if (out.signers_file == Loc::kNoFile) {
      out.problems.push_back({Loc{files.add(display_path(display_root, std::string(kAllowedSigners)),
                                            std::string(kAllowedSigners), ""),
                                  0, 0},
                              error});
    } else {
      signers = ssh::parse_allowed_signers(files[out.signers_file].text);
      for (const ssh::AllowedSignersError& e : signers->errors) {
        out.problems.push_back({Loc{out.signers_file, static_cast<uint32_t>(e.line), 1}, e.message});
      }
    }
  }
  // Every record and its signature read side by side; then registered and parsed in order;
  // then the signatures checked side by side.
  struct Read {
    SnapshotRead record, sig;
    bool signed_ = false;
  };
  std::vector<Read> reads(records.size());
  pool.for_each(records.size(), [&](size_t i) {
    reads[i].record = read_review_file(tree, records[i], max_size);
    reads[i].signed_ = has_file(tree, records[i] + ".sig");
    if (reads[i].record.error.empty() && reads[i].signed_) reads[i].sig = read_review_file(tree, records[i] + ".sig", max_size);
  });
  std::vector<std::pair<size_t, uint32_t>> to_check;  // record, its signature's file
  for (size_t i = 0; i < records.size(); ++i) {
    const std::string& rel = records[i];
    ReviewRecord r;
    r.rel_path = rel;
    // What the name says (reviews/ENTRY.ROLE.review), for a record that cannot be read.
    const std::string name = rel.substr(kReviewsFolder.size() + 1, rel.size() - kReviewsFolder.size() - 1 - 7);
    if (const size_t dot = name.rfind('.'); dot != std::string::npos) {
      r.entry = name.substr(0, dot);
      r.role = name.substr(dot + 1);
    } else {
      r.entry = name;
    }
    if (!reads[i].record.error.empty()) {
      r.file = files.add(display_path(display_root, rel), rel, "");
      r.loc = Loc{r.file, 0, 0};
      r.problem = "it cannot be read: " + reads[i].record.error;
      r.problem_loc = r.loc;
      out.records.push_back(std::move(r));
      continue;
    }
    r.file = files.add(display_path(display_root, rel), rel, std::move(reads[i].record.text));
    r.loc = Loc{r.file, 1, 1};
    Loc where = r.loc;
    if (std::string why = parse_review_record(files[r.file].text, r.file, files, r, where); !why.empty()) {
      r.problem = why;
      r.problem_loc = where;
    } else {
      if (!reads[i].signed_) {
        r.problem = fmt::format("it is not signed: sign it with 'ssh-keygen -Y sign -n {} -f KEY {}' (or run "
                                "'contentc review {} --by {} --key KEY')",
                                kReviewNamespace, rel, r.entry, r.reviewer);
      } else if (!reads[i].sig.error.empty()) {
        r.problem = "its signature cannot be read: " + reads[i].sig.error;
      } else {
        to_check.emplace_back(out.records.size(), files.add(display_path(display_root, rel + ".sig"), rel + ".sig",
                                                            std::move(reads[i].sig.text)));
      }
      r.problem_loc = r.loc;
    }
    out.records.push_back(std::move(r));
  }
  pool.for_each(to_check.size(), [&](size_t k) {
    ReviewRecord& r = out.records[to_check[k].first];
    r.problem = check_signature(files[r.file].text, files[to_check[k].second].text, signers ? &*signers : nullptr, r);
  });
  return out;
}

}  // namespace contentc
