#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rules/model_rules.h"

namespace contentc {
namespace {

/// Lower-case words, split at anything that is not a letter or digit.
std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool starts_at(const std::vector<std::string>& w, size_t i, std::initializer_list<const char*> phrase) {
  size_t k = i;
  for (const char* p : phrase) {
    if (k >= w.size() || w[k] != p) return false;
    ++k;
  }
  return true;
}

/// The position a name states, by whole words and phrases: "seated", "sitting", "supine", "on
/// your back", "back-lying", "standing", "kneeling", "half-kneeling", "side-lying", "on your
/// side", "prone", "on your stomach", "hands and knees", "quadruped", "on all fours". "Wall
/// sit" or "side plank" state none.
std::optional<std::string> stated_position(const std::vector<std::string>& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == "seated" || w[i] == "sitting") return "seated";
    if (w[i] == "supine" || starts_at(w, i, {"on", "your", "back"}) ||
        starts_at(w, i, {"back", "lying"}) || starts_at(w, i, {"lying", "on", "your", "back"})) {
      return "supine";
    }
    if (w[i] == "standing") return "standing";
    if (starts_at(w, i, {"half", "kneeling"})) return "half-kneeling";
    if (w[i] == "kneeling") return "kneeling";
    if (starts_at(w, i, {"side", "lying"}) || w[i] == "sidelying" ||
        starts_at(w, i, {"on", "your", "side"})) {
      return "side-lying";
    }
    if (w[i] == "prone" || starts_at(w, i, {"on", "your", "stomach"}) ||
        starts_at(w, i, {"on", "your", "front"})) {
      return "prone";
    }
    if (w[i] == "quadruped" || starts_at(w, i, {"hands", "and", "knees"}) ||
        starts_at(w, i, {"all", "fours"})) {
      return "quadruped";
    }
  }
  return std::nullopt;
}

bool positions_agree(std::string_view stated, std::string_view actual) {
  return stated == actual || (stated == "kneeling" && actual == "half-kneeling");
}

/// A muscle action with the joint named before it, if any ("hip abduction" → {hip, abduction}).
struct Action {
  std::string joint;
  std::string action;
};

std::string action_of_word(const std::string& w) {
  if (w == "abduction" || w == "abductions") return "abduction";
  if (w == "adduction" || w == "adductions") return "adduction";
  if (w == "flexion" || w == "flexions") return "flexion";
  if (w == "extension" || w == "extensions") return "extension";
  return "";
}

std::vector<Action> actions_of(const std::vector<std::string>& w) {
  std::vector<Action> out;
  for (size_t i = 0; i < w.size(); ++i) {
    std::string action = action_of_word(w[i]);
    if (action.empty() && i + 1 < w.size() && w[i + 1] == "rotation" &&
        (w[i] == "internal" || w[i] == "external")) {
      action = w[i] + "-rotation";
    }
    if (action.empty()) continue;
    const std::string joint = i >= 1 ? w[i - 1] : "";
    const bool known = joint == "hip" || joint == "knee" || joint == "spinal" || joint == "shoulder";
    out.push_back(Action{known ? joint : "", action});
  }
  return out;
}

std::string opposite(const std::string& action) {
  if (action == "abduction") return "adduction";
  if (action == "adduction") return "abduction";
  if (action == "flexion") return "extension";
  if (action == "extension") return "flexion";
  if (action == "internal-rotation") return "external-rotation";
  if (action == "external-rotation") return "internal-rotation";
  return "";
}

/// The actions an entry's patterns and targets carry: "hip-abduction" → {hip, abduction};
/// "hip-abductors" → {hip, abduction}. "anti-extension" and "lateral-flexion" carry none.
std::vector<Action> entry_actions(const Movement& m) {
  std::vector<Action> out;
  for (const Text& p : m.patterns) {
    const auto w = words_of(p.value);
    if (!w.empty() && (w[0] == "anti" || w[0] == "lateral")) continue;  // not a joint action
    for (const Action& a : actions_of(w)) out.push_back(a);
  }
  for (const Text& t : m.targets) {
    const auto w = words_of(t.value);
    for (const std::string& x : w) {
      if (x == "abductors") out.push_back(Action{w[0] == "hip" ? "hip" : "", "abduction"});
      if (x == "adductors") out.push_back(Action{w[0] == "hip" ? "hip" : "", "adduction"});
    }
  }
  return out;
}

bool same_joint(const Action& a, const Action& b) {
  return a.joint.empty() || b.joint.empty() || a.joint == b.joint;
}

}  // namespace

void check_name_mismatch(RuleContext& ctx) {
  for (const Movement& m : ctx.model.movements) {
    const std::vector<Action> has = entry_actions(m);
    auto check = [&](const Text& name, std::string_view what) {
      const auto w = words_of(name.value);
      if (auto pos = stated_position(w); pos && m.position && !positions_agree(*pos, m.position->value)) {
        ctx.report(kNameMismatch, name.loc,
                   fmt::format("{} '{}' says {}, but {} '{}' is done {}: rename it or fix the "
                               "position (if the sources differ, keep the name and suppress this "
                               "with the reason)",
                               what, name.value, *pos, kind_name(m.kind), m.id.value,
                               m.position->value),
                   {{m.position->loc, "the position is given here"}});
      }
      for (const Action& a : actions_of(w)) {
        bool said = false, contrary = false;
        for (const Action& h : has) {
          if (!same_joint(a, h)) continue;
          said = said || h.action == a.action;
          contrary = contrary || h.action == opposite(a.action);
        }
        if (!contrary || said) continue;
        ctx.report(kNameMismatch, name.loc,
                   fmt::format("{} '{}' says {}, but the patterns and targets of {} '{}' say {}: "
                               "rename it or fix the patterns (if the sources differ, keep the "
                               "name and suppress this with the reason)",
                               what, name.value, a.action, kind_name(m.kind), m.id.value,
                               opposite(a.action)));
      }
    };
    check(m.name, "name");
    for (const Text& a : m.aliases) check(a, "alias");
  }
}

const ModelRule kNameMismatch{
    {"name-mismatch", Level::kWarning, "a name that states another position or muscle action than the entry",
     R"(A name or alias states a position (seated or sitting, supine or on your back, standing,
kneeling, side-lying, prone, hands and knees) other than the entry's <position>, or a muscle
action (abduction/adduction, flexion/extension, internal/external rotation) opposite to the
actions of its patterns and targets. Whole words only: 'wall sit' states no position, 'hip
flexor stretch' no action.

Why: a name that says 'supine' for a seated exercise, or 'adduction' for an abduction, makes
users do the wrong movement.

Fix: rename, or fix the position or patterns. When a source uses a wrong name, keep it as an
alias (so users can find it) and suppress the finding with the reason.)"},
    check_name_mismatch};

}  // namespace contentc
