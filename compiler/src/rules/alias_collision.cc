#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/model_rules.h"

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
    ctx.count_candidate(kAliasCollision);
    const Owner& first = it->second;
    ctx.report(kAliasCollision, name.loc,
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

const ModelRule kAliasCollision{
    {"alias-collision", Level::kWarning, "two entries answer to the same name or alias",
     R"(The name or an alias of one entry equals the name or an alias of another, ignoring
case, spaces and hyphens ("Bird dog" = "birddog").

Why: an app that looks an entry up by name, or a reader searching for it, cannot tell which
one is meant.

Fix: rename one, or merge the two entries when they describe the same thing.
  before:  <exercise id="bird-dog"><name>Bird dog</name> … <exercise id="birddog"><name>Birddog</name>
  after:   one <exercise id="bird-dog"> with <alias>Birddog</alias>)"},
    check_alias_collision};

}  // namespace contentc
