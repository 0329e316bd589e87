#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "rules/model_rules.h"
#include "util/word_stem.h"

namespace contentc {
namespace {

/// A word as names are compared: without a possessive "'s", and as its stem (Snowball's English
/// stemmer: "stretches" and "stretch", "presses" and "press", "sits" and "sit" meet).
void fold_word(std::string& word, std::string& key, EnglishStemmer& stemmer) {
  if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
  std::erase(word, '\'');
  key += stemmer.stem(word);
  word.clear();
}

/// The form two names are compared in: lower case, words joined without separators, each
/// folded (fold_word), so that "Child's pose", "Child pose", "child-pose" and "Child poses" meet.
/// A curly apostrophe counts as a straight one; other punctuation separates words.
std::string name_key(std::string_view name, EnglishStemmer& stemmer) {
  std::string key, word;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) & 0x80)) {
      if (name.substr(i, 3) == "\xE2\x80\x99") {  // ’
        word += '\'';
        i += 2;
      } else {
        word += c;
      }
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
    } else if (c == '\'') {
      word += c;
    } else {
      fold_word(word, key, stemmer);
    }
  }
  fold_word(word, key, stemmer);
  return key;
}

}  // namespace

void check_alias_collision(RuleContext& ctx) {
  struct Owner {
    const Entry* entry;
    const Text* name;
  };
  std::unordered_map<std::string, Owner> owners;
  EnglishStemmer stemmer;
  auto claim = [&](const Entry& e, const Text& name) {
    if (name.empty()) return;
    auto [it, fresh] = owners.try_emplace(name_key(name.value, stemmer), Owner{&e, &name});
    if (fresh || it->second.entry == &e) return;
    ctx.count_candidate(kAliasCollision);
    const Owner& first = it->second;
    ctx.report(kAliasCollision, name.loc,
               fmt::format("'{}' of {} '{}' also names {} '{}' ('{}'), ignoring case, "
                           "punctuation, possessives and word endings (stretches, stretch): if they are one movement, "
                           "merge them into one entry with a <dose> per article (dose-conflict "
                           "then compares them) and keep the other name as an <alias>; if not, "
                           "rename one so an app can tell them apart",
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
case, spaces, punctuation, a possessive 's and word endings: each word is compared by its stem
(Snowball's English stemmer), so "Bird dog" = "birddog", "Child's pose" = "Child pose",
"Seated Ball Squeezes" = "Seated ball squeeze", "Butterfly Stretches" = "Butterfly stretch",
"press" = "presses". A name with another word stays apart: "Side-lying clam" and "Side-lying
clam with band".)

Why: an app that looks an entry up by name, or a reader searching for it, cannot tell which
one is meant; and when two articles' entries for one movement never meet, their doses are
never compared (one says hold 2 minutes, the other a few seconds).

Fix: when they are one movement, merge them into one entry that cites both articles, with a
<dose> per article (dose-conflict then compares the doses) and the other spelling as an
<alias>; when they are not, rename one.
  before:  <exercise id="bird-dog"><name>Bird dog</name> … <exercise id="birddog"><name>Birddog</name>
  after:   one <exercise id="bird-dog"> with <alias>Birddog</alias>)"},
    check_alias_collision};

}  // namespace contentc
