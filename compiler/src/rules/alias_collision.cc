#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/checks.h"

namespace contentc {
namespace {

/// The form two names are compared in: lower case, with spaces and hyphens dropped, so that
/// "Bird dog", "bird-dog" and "Birddog" meet.
std::string name_key(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c == ' ' || c == '-') continue;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

}  // namespace

void check_alias_collision(RuleContext& ctx) {
  struct Owner {
    const Entry* entry;
    const Text* name;
  };
  std::unordered_map<std::string, Owner> owners;
  auto claim = [&](const Entry& e, const Text& name) {
    if (name.empty()) return;
    auto [it, fresh] = owners.try_emplace(name_key(name.value), Owner{&e, &name});
    if (fresh || it->second.entry == &e) return;
    ctx.count_candidate("alias-collision");
    const Owner& first = it->second;
    ctx.report("alias-collision", name.loc,
               fmt::format("'{}' of {} '{}' also names {} '{}' ('{}'): an app searching for it "
                           "cannot tell them apart; rename one, or merge the entries",
                           name.value, kind_name(e.kind), e.id.value, kind_name(first.entry->kind),
                           first.entry->id.value, first.name->value),
               {{first.name->loc, fmt::format("'{}' is a name of '{}' here", first.name->value,
                                              first.entry->id.value)}});
  };
  for (const Condition& c : ctx.model.conditions) {
    claim(c, c.name);
    for (const Text& a : c.aliases) claim(c, a);
  }
  for (const Movement& m : ctx.model.movements) {
    claim(m, m.name);
    for (const Text& a : m.aliases) claim(m, a);
  }
}

}  // namespace contentc
