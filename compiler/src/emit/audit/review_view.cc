// Signed review on the audit page: the "Needs review" section of the index, and each entry's
// review status.

#include <string>

#include "emit/audit/views.h"
#include "emit/html.h"
#include "rules/review_content.h"

namespace contentc {
namespace {

// The record a review finding is about: the one among its locations.
const ReviewRecord* record_of(const Model& m, const Finding& f) {
  for (const ReviewRecord& r : m.reviews.records) {
    if (f.loc.file == r.file) return &r;
    for (const Related& rel : f.related) {
      if (rel.loc.file == r.file) return &r;
    }
  }
  return nullptr;
}

// What changed since `r` approved `e`: a row a field, the approved value struck out, the new one.
void diff_table(std::string& out, const AuditIndex& index, const ReviewRecord& r, const Entry& e) {
  out += "<table class=\"review-diff\"><tr><th>Field</th><th>Approved</th><th>Now</th></tr>\n";
  for (const ReviewedFieldChange& c : review_diff(r.fields, review_fields(index.model(), index.files(), e))) {
    put(out, "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>\n", html(c.name),
        c.was_there ? "<del>" + bdi(c.before) + "</del>" : std::string("<span class=\"muted\">(none)</span>"),
        c.is_there ? "<ins>" + bdi(c.after) + "</ins>" : std::string("<span class=\"muted\">(gone)</span>"));
  }
  out += "</table>\n";
}

}  // namespace

void reviews_section(std::string& out, const AuditIndex& index) {
  const Model& m = index.model();
  if (!m.policy.reviews && m.reviews.records.empty()) return;
  out += "<section id=\"needs-review\"><h2>Needs review</h2>\n"
         "<p class=\"muted\">Entries policy.xml wants reviewed that no valid review covers (missing), reviews an "
         "edit has voided since (stale, with what changed), reviews falling due or overdue, and records that prove "
         "nothing (invalid).</p>\n<ul>\n";
  size_t n = 0;
  for (const Finding& f : index.findings().items()) {
    if (f.rule.rfind("review-", 0) != 0 || !f.suppressed_reason.empty()) continue;
    const std::string state = f.rule.substr(7);
    const Entry* e = index.entry_at(f.loc);
    for (size_t i = 0; !e && i < f.related.size(); ++i) e = index.entry_at(f.related[i].loc);
    put(out, "<li class=\"review\" data-state=\"{}\"><span class=\"badge review-{}\">{}</span> ", html(state), html(state),
        html(state));
    if (e) out += index.entry_link(*e) + " — ";
    out += bdi(f.message);
    const ReviewRecord* r = state == "stale" ? record_of(m, f) : nullptr;
    if (r && e) diff_table(out, index, *r, *e);
    out += "</li>\n";
    ++n;
  }
  if (n == 0) out += "<li class=\"muted\">Nothing: every entry the policy names has a valid review, none due.</li>\n";
  out += "</ul>\n</section>\n";
}

void review_status(std::string& out, const AuditIndex& index, const Entry& e) {
  const Model& m = index.model();
  if (!m.policy.reviews && m.reviews.records.empty()) return;
  const auto& reviews = index.citations().reviews(e);
  out += "<dt>Review</dt><dd class=\"review-status\">";
  if (reviews.empty()) out += "<span class=\"muted\">no valid review</span>";
  for (size_t i = 0; i < reviews.size(); ++i) {
    const CitationIndex::Review& r = reviews[i];
    put(out, "{}{} review by {} on {}, due again {}", i > 0 ? "; " : "", html(r.role), bdi(r.reviewer), html(r.reviewed),
        html(r.due));
  }
  out += "</dd>\n";
}

}  // namespace contentc
