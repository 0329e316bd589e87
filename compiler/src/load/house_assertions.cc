#include "load/house_assertions.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <new>
#include <set>

#include <fmt/format.h>

#include "load/xml_view.h"
#include "util/utf8.h"

namespace contentc {
namespace {

/// Where an XPath expression is evaluated: once per document (a context), or once per node the
/// context selects (an assert, a {…} in a message).
enum class Evaluated { kPerDocument, kPerNode };

/// Why an expression is refused before pugixml sees it, or "": too long, predicates nested too
/// deep, or a cost that grows faster than the document. A path from the document's root (`/…`,
/// `//…`, `..//…`) or a whole-document axis (preceding::, following::) costs a walk of the
/// whole file; evaluated once per node (inside a context's predicate, in an assert or message)
/// it makes the rule's cost grow with the square of the file.
std::string too_costly(std::string_view expr, Evaluated evaluated) {
  if (expr.size() > kMaxXPathBytes) {
    return fmt::format("it is {} bytes long, over the limit of {}", expr.size(), kMaxXPathBytes);
  }
  int depth = 0;
  char quote = 0;
  char previous = 0;  // the last character outside quotes and white space
  for (size_t i = 0; i < expr.size(); ++i) {
    const char c = expr[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    const bool per_node = evaluated == Evaluated::kPerNode || depth > 0;
    if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '[' && ++depth > kMaxPredicateDepth) {
      return fmt::format("its predicates nest more than {} deep", kMaxPredicateDepth);
    } else if (c == ']') {
      --depth;
    } else if (c == '/' && per_node) {
      // A path that starts here (not a step after a name, '.', '*', ')' or ']') starts at the
      // root; `..//` climbs to a parent and searches all below it.
      const bool starts_path = !(std::isalnum(static_cast<unsigned char>(previous)) || previous == '.' ||
                                 previous == '*' || previous == ')' || previous == ']' || previous == '_' ||
                                 previous == '-' || previous == '/');
      const bool from_parent = previous == '.' && i >= 2 && expr[i - 1] == '.' && expr[i - 2] == '.' &&
                               i + 1 < expr.size() && expr[i + 1] == '/';
      if (starts_path || from_parent) {
        return fmt::format("{} searches the whole file from {} (at character {}), for every node it is "
                           "evaluated on, so its cost grows with the square of the file; use a path "
                           "relative to the node (such as name, ../name or .//warning)",
                           depth > 0 ? "a predicate" : "it", from_parent ? "a parent" : "the root", i + 1);
      }
    } else if (per_node && (expr.substr(i, 11) == "preceding::" || expr.substr(i, 11) == "following::")) {
      return fmt::format("the {} axis (at character {}) walks the whole file for every node it is "
                         "evaluated on; use a sibling or child axis",
                         expr.substr(i, 9), i + 1);
    }
    previous = c;
  }
  return {};
}

/// The XPath work a house rule may do on one file: pugixml builds every node-set and string it
/// computes in memory it asks for, so the bytes it asks for while evaluating a rule measure the
/// rule's work, the same on every machine and every run. A rule may ask for this much plus
/// kBudgetPerByte for each byte of the file; past that it is stopped on that file.
constexpr size_t kBudgetBase = size_t{256} << 20;
constexpr size_t kBudgetPerByte = 64;

/// The budget of the evaluation running on this thread (null when none runs): pugixml's memory
/// functions, set once for the process, count against it and refuse memory past it, which
/// pugixml reports as std::bad_alloc when the evaluation ends.
thread_local size_t* t_budget_left = nullptr;

void* counted_allocate(size_t size) {
  if (t_budget_left) {
    if (size > *t_budget_left) {
      *t_budget_left = 0;
      return nullptr;
    }
    *t_budget_left -= size;
  }
  return std::malloc(size);
}

void counted_deallocate(void* p) { std::free(p); }

/// pugixml's memory functions are set before main runs, while one thread exists; they are
/// malloc and free, as pugixml's own, outside an evaluation.
[[maybe_unused]] const bool kCountingInstalled = [] {
  pugi::set_memory_management_functions(counted_allocate, counted_deallocate);
  return true;
}();

/// Sets this thread's budget for the evaluations in its scope.
class BudgetScope {
 public:
  explicit BudgetScope(size_t& left) : previous_(t_budget_left) { t_budget_left = &left; }
  ~BudgetScope() { t_budget_left = previous_; }
  BudgetScope(const BudgetScope&) = delete;
  BudgetScope& operator=(const BudgetScope&) = delete;

 private:
  size_t* previous_;
};

/// `s` cut to at most kMaxMessageBytes, at a character's start, with "…" when cut.
std::string capped(const std::string& s) { return utf8_shortened(s, kMaxMessageBytes); }

/// `raw` (undecoded text: the loader parses with escapes off) with the predefined and numeric
/// character references decoded and white space folded, for a message.
std::string readable(std::string_view raw) {
  std::string out;
  bool space = false;
  auto put = [&](std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = !out.empty();
      } else {
        if (space) out += ' ';
        space = false;
        out += c;
      }
    }
  };
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '&') {
      const size_t semi = raw.find(';', i);
      const std::string_view name = semi == std::string_view::npos ? std::string_view() : raw.substr(i + 1, semi - i - 1);
      std::string decoded;
      if (name == "amp") decoded = "&";
      else if (name == "lt") decoded = "<";
      else if (name == "gt") decoded = ">";
      else if (name == "quot") decoded = "\"";
      else if (name == "apos") decoded = "'";
      else if (name.size() > 1 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        char32_t cp = 0;
        bool ok = name.size() > (hex ? 2u : 1u) && name.size() <= 9;
        for (char c : name.substr(hex ? 2 : 1)) {
          const int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
          if (d < 0) ok = false;
          else cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
        }
        if (ok && cp > 0 && cp <= 0x10FFFF) utf8_append(decoded, cp);
      }
      if (!decoded.empty()) {
        put(decoded);
        i = semi + 1;
        continue;
      }
    }
    put(raw.substr(i, 1));
    ++i;
  }
  return out;
}

/// Where a selected node is: an element's '<', an attribute's value, a text's first non-blank.
Loc node_loc(const pugi::xpath_node& n, const XmlView& view) {
  if (n.attribute()) return view.value_loc(n.attribute());
  const pugi::xml_node node = n.node();
  if (node.type() == pugi::node_element) return view.element_loc(node);
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
    const char* p = node.value();
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') ++p;
    return view.loc_of(*p ? p : node.value());
  }
  return view.loc_of(nullptr);  // the document: the file's start
}

}  // namespace

const Rule kHouseRuleInvalid{
    "bad-house-rule", Level::kError, "a house rule in policy.xml that cannot be used",
    R"(A <rule> in policy.xml is refused, and not run, when:
  - its id does not start with "house-", or another rule (built-in or house) has it;
  - its context, assert or a {…} in its message is not an XPath 1.0 expression that pugixml
    takes (the finding gives pugixml's reason and points at the character), or the context
    does not select nodes;
  - an expression is longer than 1000 bytes or nests predicates more than 4 deep (its cost
    grows with the nodes of a file to the power of its nesting);
  - an expression evaluated for every selected node (a predicate of the context, the assert,
    a {…} in the message) searches the whole file: a path from the root (/… or //…), ..//…,
    or the preceding:: or following:: axis. Its cost grows with the square of the file;
  - on a file, it does more XPath work than its budget (256 MiB of XPath memory plus 64 bytes
    per byte of the file, counted the same on every machine): it is stopped on that file,
    the nodes it failed before are reported, and this finding names the file.
A message is cut at 1 KiB.
  - one of its <example>s does not do what it says: expect="fires" and the rule passes on it,
    or expect="passes" and it fires.

Why: a house rule that cannot run, or that never fires, checks nothing while everyone
believes it does.

Fix: correct the expression or the example. pugixml's XPath lacks id() and its string
functions work on ASCII case only.
  before:  <rule id="house-supine-support" context="//exercise[position='supine'" …
  after:   <rule id="house-supine-support" context="//exercise[position='supine']" …)",
    true};

struct HouseAssertions::Compiled {
  const HouseRule* rule = nullptr;
  std::unique_ptr<pugi::xpath_query> context, assertion;
  struct Piece {
    std::string literal;
    std::unique_ptr<pugi::xpath_query> query;  ///< set for {XPATH}
  };
  std::vector<Piece> message;

  /// The message for a failing node, its {XPATH} pieces evaluated there, at most
  /// kMaxMessageBytes long.
  std::string message_at(const pugi::xpath_node& n) const {
    std::string out;
    for (const Piece& p : message) {
      out += p.query ? readable(capped(p.query->evaluate_string(n))) : p.literal;
      if (out.size() > kMaxMessageBytes) break;
    }
    return capped(std::move(out));
  }

  /// Checks one document of `bytes` bytes, calling `fail(node, message)` for every node where
  /// the assert is false; returns how many nodes the context selected, and sets `over_budget`
  /// when the rule was stopped part way (the nodes it failed so far are reported).
  template <typename F>
  size_t run(pugi::xml_node document, size_t bytes, F&& fail, bool& over_budget) const {
    size_t left = kBudgetBase + kBudgetPerByte * bytes;
    BudgetScope scope(left);
    size_t evaluated = 0;
    try {
      const pugi::xpath_node_set nodes = context->evaluate_node_set(document);
      for (const pugi::xpath_node& n : nodes) {
        ++evaluated;
        if (!assertion->evaluate_boolean(n)) fail(n, message_at(n));
      }
    } catch (const std::bad_alloc&) {
      if (left != 0) throw;  // the process is out of memory, not the rule out of budget
      over_budget = true;
    }
    return evaluated;
  }
};

HouseAssertions::~HouseAssertions() = default;

HouseAssertions::HouseAssertions(const Policy& policy, Findings& findings) : policy_file_(policy.loc.file) {
  std::set<std::string_view> taken;
  for (const std::shared_ptr<const HouseRule>& h : policy.house_rules) {
    auto invalid = [&](Loc loc, std::string message) { findings.add(kHouseRuleInvalid, loc, std::move(message)); };
    const std::string_view id = h->id.value;
    if (!id.starts_with("house-") || id.size() == 6) {
      invalid(h->id.loc, fmt::format("house rule '{}' needs an id that starts with 'house-' (such as "
                                     "'house-{}'), so that it cannot be taken for a built-in rule",
                                     id, id.starts_with("house-") ? "my-rule" : id));
      continue;
    }
    if (!taken.insert(id).second) {
      invalid(h->id.loc, fmt::format("another rule already has the id '{}': give each house rule an id "
                                     "of its own",
                                     id));
      continue;
    }
    auto c = std::make_unique<Compiled>();
    c->rule = h.get();
    bool ok = true;
    auto compile = [&](const Text& t, size_t from, size_t length, std::string_view what, Evaluated evaluated) {
      const std::string expr(t.value.substr(from, length));
      std::string why = too_costly(expr, evaluated);
      size_t at = 0;
      std::unique_ptr<pugi::xpath_query> q;
      if (why.empty()) {
        try {
          q = std::make_unique<pugi::xpath_query>(expr.c_str());
        } catch (const pugi::xpath_exception& e) {
          why = e.result().description();
          at = e.result().offset >= 0 ? static_cast<size_t>(e.result().offset) : 0;
        }
      }
      if (!why.empty()) {
        Loc loc = t.loc;
        loc.column += static_cast<uint32_t>(utf8_count_code_points(std::string_view(t.value).substr(0, from + at)));
        invalid(loc, fmt::format("the {} of house rule '{}' cannot be used: {}{}; write an XPath 1.0 "
                                 "expression",
                                 what, id, why, at ? fmt::format(" (at character {})", at + 1) : ""));
        ok = false;
      }
      return q;
    };
    c->context = compile(h->context, 0, std::string::npos, "context", Evaluated::kPerDocument);
    c->assertion = compile(h->assertion, 0, std::string::npos, "assert", Evaluated::kPerNode);
    if (c->context && c->context->return_type() != pugi::xpath_type_node_set) {
      invalid(h->context.loc, fmt::format("the context of house rule '{}' must select nodes (such as "
                                          "//exercise), not compute a value",
                                          id));
      ok = false;
    }
    // The message: literal text, {{ and }} for braces, {XPATH} for a value at the failing node.
    const std::string_view m = h->message.value;
    std::string literal;
    for (size_t i = 0; i < m.size(); ++i) {
      if ((m[i] == '{' || m[i] == '}') && i + 1 < m.size() && m[i + 1] == m[i]) {
        literal += m[i++];
      } else if (m[i] == '{') {
        const size_t close = m.find('}', i);
        if (close == std::string::npos) {
          invalid(h->message.loc, fmt::format("the message of house rule '{}' opens a '{{' that no '}}' "
                                              "closes; write {{{{ for a brace",
                                              id));
          ok = false;
          break;
        }
        c->message.push_back({std::move(literal), nullptr});
        literal.clear();
        c->message.push_back({{}, compile(h->message, i + 1, close - i - 1, "message", Evaluated::kPerNode)});
        i = close;
      } else {
        literal += m[i];
      }
    }
    c->message.push_back({std::move(literal), nullptr});
    if (!ok) continue;
    const size_t before = findings.items().size();
    check_examples(*c, findings);
    if (findings.items().size() != before) continue;
    usable_.push_back(&h->rule);
    rules_.push_back(std::move(c));
  }
}

void HouseAssertions::check_examples(const Compiled& c, Findings& findings) const {
  const std::string_view id = c.rule->id.value;
  size_t number = 0;
  for (const HouseExample& e : c.rule->examples) {
    ++number;
    std::string buffer = "<content>" + e.xml + "</content>";
    pugi::xml_document doc;
    if (!doc.load_buffer_inplace(buffer.data(), buffer.size(), pugi::parse_cdata, pugi::encoding_utf8)) {
      continue;  // schema-violation or xml-malformed already says what is wrong with it
    }
    size_t fired = 0;
    std::string first;
    bool over_budget = false;
    c.run(doc, buffer.size(), [&](const pugi::xpath_node&, std::string message) {
      if (fired++ == 0) first = std::move(message);
    }, over_budget);
    if (e.expect_fires && fired == 0) {
      findings.add(kHouseRuleInvalid, e.loc,
                   fmt::format("example {} of house rule '{}' expects it to fire, but it passes: the "
                               "rule would never catch this; correct its context or assert, or the "
                               "example",
                               number, id));
    } else if (!e.expect_fires && fired > 0) {
      findings.add(kHouseRuleInvalid, e.loc,
                   fmt::format("example {} of house rule '{}' expects it to pass, but it fires "
                               "(\"{}\"): correct its context or assert, or the example",
                               number, id, first));
    }
  }
}

void HouseAssertions::check(pugi::xml_node document, const XmlView& view, Findings& findings,
                            std::vector<size_t>& evaluated) const {
  evaluated.resize(rules_.size());
  for (size_t i = 0; i < rules_.size(); ++i) {
    const Compiled& c = *rules_[i];
    bool over_budget = false;
    evaluated[i] += c.run(document, std::max(view.file().size, view.file().text.size()),
                          [&](const pugi::xpath_node& n, std::string message) {
                            std::vector<Related> defined;  // a rule of an included policy names its file
                            if (c.rule->loc.file != policy_file_) defined.push_back({c.rule->loc, "the rule is defined here", true});
                            findings.add(c.rule->rule, node_loc(n, view), std::move(message), std::move(defined));
                          },
                          over_budget);
    if (over_budget) {
      findings.add(kHouseRuleInvalid, c.rule->context.loc,
                   fmt::format("house rule '{}' was stopped on {}: its XPath work went past its budget "
                               "for a file of this size, so its cost grows faster than the file; the "
                               "nodes it checked before are reported, the rest of the file is not "
                               "checked by it: narrow its context and keep its assert and message "
                               "relative to the node",
                               c.rule->id.value, view.file().path),
                   {{view.loc_of(nullptr), "the file it was checking"}});
    }
  }
}

}  // namespace contentc
