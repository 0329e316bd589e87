#include "resolve/resolver.h"

#include <memory>
#include <string_view>
#include <unordered_map>

#include "model/dose_value.h"
#include "resolve/snapshot_index.h"

namespace contentc {
namespace {

class CiteResolver {
 public:
  CiteResolver(const Model& model, const SourceFiles& files) {
    std::unordered_map<uint32_t, const SnapshotIndex*> by_file;
    for (const Article& a : model.articles) {
      if (a.snapshot_file == Loc::kNoFile || articles_.contains(a.id.value)) continue;
      auto [it, fresh] = by_file.try_emplace(a.snapshot_file, nullptr);
      if (fresh) {
        indexes_.push_back(std::make_unique<SnapshotIndex>(files[a.snapshot_file].text));
        it->second = indexes_.back().get();
      }
      articles_[a.id.value] = it->second;
    }
  }

  void resolve(std::vector<Cite>& cites) const {
    for (Cite& c : cites) {
      auto it = articles_.find(c.article.value);
      if (it == articles_.end()) continue;  // unknown-reference or snapshot-missing says why
      c.match = it->second->match(c.quote.value, c.section ? &c.section->value : nullptr);
    }
  }

 private:
  std::vector<std::unique_ptr<SnapshotIndex>> indexes_;
  std::unordered_map<std::string_view, const SnapshotIndex*> articles_;
};

void parse_dose(Dose& d) {
  auto parse = [](const std::optional<Text>& t, DoseField field) {
    return t ? parse_dose_value(field, t->value) : DoseValue{};
  };
  d.reps_value = parse(d.reps, DoseField::kReps);
  d.hold_value = parse(d.hold, DoseField::kHold);
  d.sets_value = parse(d.sets, DoseField::kSets);
  d.frequency_value = parse(d.frequency, DoseField::kFrequency);
}

}  // namespace

void resolve(Model& model, const SourceFiles& files) {
  const CiteResolver cites(model, files);
  auto resolve_warnings = [&cites](std::vector<Warning>& warnings) {
    for (Warning& w : warnings) cites.resolve(w.cites);
  };
  for (Condition& c : model.conditions) {
    cites.resolve(c.cites);
    resolve_warnings(c.warnings);
  }
  for (Movement& m : model.movements) {
    cites.resolve(m.cites);
    for (Dose& d : m.doses) {
      cites.resolve(d.cites);
      parse_dose(d);
    }
    resolve_warnings(m.warnings);
  }
  for (Advice& a : model.advice) cites.resolve(a.cites);
  for (Claim& c : model.claims) cites.resolve(c.cites);

  for (Limit& l : model.policy.limits) {
    const std::string_view what = l.what.value;
    const DoseField field = what == "hold"        ? DoseField::kHold
                            : what == "sets"      ? DoseField::kSets
                            : what == "frequency" ? DoseField::kFrequency
                                                  : DoseField::kReps;
    if (l.min) l.min_value = parse_dose_value(field, l.min->value);
    if (l.max) l.max_value = parse_dose_value(field, l.max->value);
  }
}

}  // namespace contentc
