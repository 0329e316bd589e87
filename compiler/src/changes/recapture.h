#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace contentc {

// A new capture of an article re-locates every citation that rests on its snapshot, as an
// annotation tool re-anchors annotations on a changed page, and sorts them by what a clinical
// reviewer must read first.

/// Where a citation's quote is in the new text, from best to worst.
enum class Relocation {
  kUnchanged,       ///< same words, same sentence, same place
  kMoved,           ///< same words and sentence, elsewhere (another section, other neighbours)
  kContextChanged,  ///< the quote is there, but its sentence says something else around it
  kQuoteChanged,    ///< the quote is not there; a passage much like it is
  kGone,            ///< nothing like the quote is left
};
std::string_view relocation_name(Relocation r);  ///< "unchanged", "moved", "context-changed", …

/// What a change may do to a reader, from worst to least; only for changed citations.
enum class ClinicalRisk {
  kDose,      ///< a number or a unit in or next to the passage changed: a dose
  kNegation,  ///< a negation or a stop/avoid/never word was added or removed
  kWarning,   ///< the passage a warning rests on changed
  kOther,     ///< some other wording
  kNone,      ///< unchanged or only moved
};
std::string_view risk_name(ClinicalRisk r);  ///< "dose", "negation", "warning", "other", "none"

/// How one passage's text changed, judged from its words before and after: `detail` says what
/// changed ("5 → 10", "'not' removed"). `warning`: the citation supports a warning. An empty
/// `after` is a passage gone.
struct RiskAssessment {
  ClinicalRisk risk = ClinicalRisk::kNone;
  std::string detail;
};
RiskAssessment assess_risk(std::string_view before, std::string_view after, bool warning);

/// Sorts worst first: changed citations (context changed, quote changed, gone) by risk, then
/// by how badly they changed; then the moved ones; then the unchanged; ties in `order`.
struct RankKey {
  Relocation status;
  ClinicalRisk risk;
  size_t order;  ///< the citation's place in the sources
};
bool worse_first(const RankKey& a, const RankKey& b);

/// One citation's passage in one snapshot: its line, its heading and its sentence(s).
struct PassagePlace {
  uint32_t line = 0;     ///< 1-based; 0 when the passage is gone
  std::string section;   ///< the heading above it; empty when none
  std::string sentence;  ///< the sentence(s) holding it, white space collapsed
};

struct RelocatedCitation {
  const Entry* entry = nullptr;
  const Cite* cite = nullptr;
  std::string_view context;  ///< "entry", "dose" or "warning"
  int64_t context_ordinal = 0, ordinal = 0;
  Relocation status = Relocation::kUnchanged;
  RiskAssessment risk;
  PassagePlace before, after;
};

/// Every citation of `model` resting on article `a`, re-located from its snapshot (`old_text`,
/// whose quotes the model resolved) in `new_text`, sorted worst first. `*_marked`: the text
/// marks its headings (a .md snapshot).
std::vector<RelocatedCitation> relocate_citations(const Model& model, const Article& a, std::string_view old_text,
                                                  bool old_marked, std::string_view new_text, bool new_marked);

}  // namespace contentc
