// The generator's entries: conditions, exercises and stretches, advice and claims.

#include "gen/generator.h"

#include <fmt/format.h>

namespace contentc::corpus_gen {

std::string Generator::cite_element(size_t a, const std::string& sentence, bool with_section,
                           const std::string& section, std::optional<size_t> under) {
  const std::string heading = under ? place_at(a, *under, sentence) : place(a, sentence);
  return with_section ? fmt::format("<cite article=\"{}\" section=\"{}\">{}</cite>", articles_[a].id,
                                    section.empty() ? heading : section, sentence)
                      : fmt::format("<cite article=\"{}\">{}</cite>", articles_[a].id, sentence);
}

std::string Generator::cite_line(size_t a, const std::string& sentence, bool with_section) {
  return "    " + cite_element(a, sentence, with_section);
}

size_t Generator::condition(size_t c) {
  const size_t a = next_article();
  const std::string id = condition_id(c);
  const std::string name = fmt::format("{} pain {}", kConditionPrefix[c % kConditionPrefix.size()], c + 1);
  std::vector<std::string> e{fmt::format("  <condition id=\"{}\">", id), fmt::format("    <name>{}</name>", name),
                             fmt::format("    <alias>{} ache {}</alias>", kConditionPrefix[c % kConditionPrefix.size()], c + 1)};
  if (c % 2 == 0 && c + 1 < conditions_) e.push_back(fmt::format("    <related to=\"{}\"/>", condition_id(c + 1)));
  e.push_back(fmt::format("    <summary>A common {} complaint in pregnancy.</summary>", sentence_words(3)));
  e.push_back(fmt::format("    <symptom>{}</symptom>", capitalised(sentence_words(5))));
  e.push_back("    <warning category=\"see-provider\">See your provider before you start exercising.</warning>");
  e.push_back(cite_line(a, fmt::format("{} is often felt as a dull ache in the {} region, case {}.", name,
                                       kWords[rng_.below(kWords.size())], c + 1), true));
  e.push_back("  </condition>");
  return add(std::move(e));
}

Generator::MovementSpec Generator::clean_movement(size_t i, const std::string& kind) {
  MovementSpec m;
  m.kind = kind;
  m.id = fmt::format("{}-{:06}", kind == "exercise" ? "ex" : "st", i + 1);
  m.name = fmt::format("{} {} {}", kNameFirst[i % 10], kNameSecond[(i / 10) % 10], i + 1);
  m.position = kPositions[rng_.below(kPositions.size())];
  m.patterns = {kPatterns[rng_.below(kPatterns.size())]};
  m.for_condition = condition_id(rng_.below(conditions_));
  m.phase = kPhases[rng_.below(kPhases.size())];
  return m;
}

void Generator::movement(size_t i, const std::string& kind) {
  MovementSpec m = clean_movement(i, kind);
  if (kind == "exercise") {  // by number, not by a draw: the rest of the corpus stays as it was
    m.frequency = i % 5 == 1;
    m.timing = i % 5 == 2;
    m.progression = i % 7 == 3;
    if (i % 11 == 4) m.house_step = "Keep your breathing slow and even.";  // the house's own advice
  }
  write_movement(m);
}

std::map<std::string, size_t> Generator::write_movement(const MovementSpec& m) {
  std::map<std::string, size_t> at;
  const size_t a = next_article();
  std::vector<std::string> e{fmt::format("  <{} id=\"{}\">", m.kind, m.id)};
  at["start"] = 0;
  at["name"] = e.size();
  e.push_back(fmt::format("    <name>{}</name>", m.name));
  for (const std::string& x : m.extra) {
    at["extra"] = e.size();
    e.push_back(x);
  }
  if (!m.alias.empty()) {
    at["alias"] = e.size();
    e.push_back(fmt::format("    <alias>{}</alias>", m.alias));
  }
  // The steps are made-up words, unless the cites name other sections than the one the steps
  // are placed in (or there is no entry cite): then the corpus's common words, which every
  // passage holds (step-unsupported). Such a movement names no position, so that
  // possible-duplicate does not take two of them, sharing those few words, for one movement.
  const bool elsewhere = m.spanning_quote || !m.section_override.empty() || !m.quote_override.empty() || !m.cite;
  const std::string position = elsewhere ? "" : m.position;
  if (!position.empty()) e.push_back(fmt::format("    <position>{}</position>", position));
  e.push_back(fmt::format("    <equipment>{}</equipment>", kEquipment[rng_.below(kEquipment.size())]));
  const std::string target = kTargets[rng_.below(kTargets.size())];
  e.push_back(fmt::format("    <target>{}</target>", m.target.empty() ? target : m.target));
  for (const std::string& p : m.patterns) {
    at["pattern"] = e.size();
    e.push_back(fmt::format("    <pattern>{}</pattern>", p));
  }
  at["for"] = e.size();
  e.push_back(fmt::format("    <for condition=\"{}\" phase=\"{}\"/>", m.for_condition, m.phase));
  // The entry's cite and its steps go under one heading, so that the steps are in the cited
  // passage (step-unsupported).
  const size_t section = rng_.below(articles_[a].headings.size());
  const std::string random_step = capitalised(elsewhere ? sentence_words(7) : step_words(7)) + ".";
  const std::string first_step = m.first_step.empty() ? random_step : m.first_step;
  if (m.step_from_article) place_at(a, section, first_step);
  at["step"] = e.size();
  e.push_back(fmt::format("    <step>{}</step>", first_step));
  // One draw per statement: the order in which a call's arguments are evaluated is left to
  // the compiler, and the corpus must be the same whichever built the generator.
  const std::string_view verb = kNameSecond[rng_.below(10)];
  const std::string_view word = kWords[rng_.below(kWords.size())];
  const std::string second_step = fmt::format("Breathe out as you {} and keep your {} relaxed.", verb, word);
  place_at(a, section, second_step);
  e.push_back(fmt::format("    <step>{}</step>", second_step));
  if (!m.house_step.empty()) {
    at["house-step"] = e.size();
    e.push_back(fmt::format("    <step source=\"house\">{}</step>", m.house_step));
  }
  const bool stretch = m.kind == "stretch";
  if (m.dose) {
    const int h = stretch ? rng_.between(10, 60) : rng_.between(3, 10);
    const int lo = rng_.between(5, 10), hi = lo + rng_.between(0, 5);
    const std::string reps = m.reps.empty() ? fmt::format("{}-{}", lo, hi) : m.reps;
    const std::string hold = m.hold.empty() ? fmt::format("{} s", h) : m.hold;
    const std::string q_reps = m.quote_reps.empty() ? reps : m.quote_reps;
    const std::string q_hold = m.quote_hold.empty() ? std::to_string(h) : m.quote_hold;
    const std::string quote =
        stretch ? fmt::format("Hold the {} stretch for {} seconds on each side.", m.name, q_hold)
                : fmt::format("Hold the {} for {} seconds and repeat {} times{}{}.{}", m.name, q_hold, q_reps,
                              m.side_in_quote ? " on each side" : "", m.frequency ? ", twice a day" : "",
                              m.timing ? " Do this in the morning." : "");
    at["dose"] = e.size();
    e.push_back("    <dose>");
    if (!stretch) {
      at["reps"] = e.size();
      e.push_back(fmt::format("      <reps>{}</reps>", reps));
    }
    at["hold"] = e.size();
    e.push_back(fmt::format("      <hold>{}</hold>", hold));
    if (!m.sets.empty()) {
      at["sets"] = e.size();
      e.push_back(fmt::format("      <sets>{}</sets>", m.sets));
    }
    if (m.frequency) e.push_back("      <frequency>2 per day</frequency>");
    if (m.timing) e.push_back("      <timing>in the morning</timing>");
    if (stretch && m.side) e.push_back("      <side>each</side>");
    e.push_back("      " + cite_element(a, quote, false));
    e.push_back("    </dose>");
    if (m.progression) {
      e.push_back("    <dose>");
      e.push_back(fmt::format("      <reps to=\"{}\">{}</reps>", hi + 5, lo));
      e.push_back("      " + cite_element(a, fmt::format("Start the {} with {} repetitions and work up to {}.", m.name, lo,
                                                         hi + 5), false));
      e.push_back("    </dose>");
    }
    if (!m.second_dose.empty()) {
      const size_t b = (a + 1) % articles_.size();
      e.push_back("    <dose>");
      at["hold2"] = e.size();
      e.push_back(fmt::format("      <hold>{} s</hold>", m.second_dose));
      e.push_back("      " + cite_element(b, fmt::format("The {} can also be held for {} seconds.", m.name,
                                                         m.second_dose), false));
      e.push_back("    </dose>");
    }
  }
  if (m.warning) {
    at["warning"] = e.size();
    e.push_back(fmt::format("    <warning category=\"stop-if-pain\">Stop if it hurts. {}</warning>",
                            cite_element(a, m.warning_quote.empty() ? kStopSentence : m.warning_quote, false)));
  }
  if (m.work_into_pain) {
    at["work-into-pain"] = e.size();
    e.push_back("    <warning category=\"work-into-pain\">Push gently into the pain.</warning>");
  }
  for (const std::string& p : m.patterns) {
    if (p == "single-leg-stance") e.push_back("    <warning category=\"fall-risk\">Hold on to a wall.</warning>");
  }
  if (position == "supine") {
    e.push_back("    <warning category=\"supine-position\">Keep time on your back short.</warning>");
  }
  if (m.cite) {
    at["cite"] = e.size();
    const std::string_view cite_verb = kNameSecond[rng_.below(10)];
    const std::string_view cite_word = kWords[rng_.below(kWords.size())];
    const std::string words = sentence_words(4);
    const std::string sentence = m.cite_sentence.empty()
                                     ? fmt::format("The {} {} your {} {}.", m.name, cite_verb, cite_word, words)
                                     : m.cite_sentence;
    std::string line = "    " + cite_element(a, sentence, true, m.section_override, section);
    if (!m.quote_override.empty()) {
      line = fmt::format("    <cite article=\"{}\">{}</cite>", articles_[a].id, m.quote_override);
    }
    if (m.lower_case_quote) {
      const size_t at_quote = line.find(">The ");
      if (at_quote != std::string::npos) line[at_quote + 1] = 't';
    }
    if (m.spanning_quote) {
      // A sentence under each of the article's first two headings, each cited with its
      // section (so both lines are headings), and a quote eliding from one into the other.
      Article& art = articles_[a];
      const std::string opening = fmt::format("The {} opens {}.", m.name, sentence_words(3));
      const std::string closing = fmt::format("The {} closes {}.", m.name, sentence_words(3));
      art.quotes[0].push_back(opening);
      art.quotes[1].push_back(closing);
      e.push_back(fmt::format("    <cite article=\"{}\" section=\"{}\">{}</cite>", art.id, art.headings[0], opening));
      e.push_back(fmt::format("    <cite article=\"{}\" section=\"{}\">{}</cite>", art.id, art.headings[1], closing));
      at["cite"] = e.size();
      line = fmt::format("    <cite article=\"{}\">{} ... {}</cite>", art.id, opening, closing);
    }
    e.push_back(line);
  }
  for (const std::string& s : m.suppress) {
    at["suppress"] = e.size();
    e.push_back(s);
  }
  e.push_back(fmt::format("  </{}>", m.kind));
  const size_t first = add(std::move(e));
  for (auto& [k, v] : at) v += first;
  return at;
}

std::map<std::string, size_t> Generator::advice_entry(size_t i, std::string stance, std::string pattern,
                                             std::string condition, std::string phase) {
  std::map<std::string, size_t> at;
  const size_t a = next_article();
  if (stance.empty()) stance = i % 3 == 0 ? "recommend" : (i % 3 == 1 ? "avoid" : "caution");
  if (pattern.empty()) {
    pattern = stance == "recommend" ? kPatterns[rng_.below(kPatterns.size())] : kAvoidPatterns[rng_.below(kAvoidPatterns.size())];
  }
  if (condition.empty()) condition = condition_id(rng_.below(conditions_));
  const std::string id = fmt::format("advice-{:06}", ++advice_count_);
  std::vector<std::string> e{fmt::format("  <advice id=\"{}\" stance=\"{}\" condition=\"{}\" phase=\"{}\">", id, stance,
                                         condition, phase.empty() ? kPhases[rng_.below(kPhases.size())] : phase)};
  at["pattern"] = e.size();
  e.push_back(fmt::format("    <pattern>{}</pattern>", pattern));
  e.push_back(fmt::format("    <text>{}.</text>", capitalised(sentence_words(8))));
  e.push_back(cite_line(a, fmt::format("Advice {}: {} {} is {} for most women.", advice_count_, pattern,
                                       kWords[rng_.below(kWords.size())], stance == "recommend" ? "helpful" : "best limited"),
                        true));
  e.push_back("  </advice>");
  const size_t first = add(std::move(e));
  for (auto& [k, v] : at) v += first;
  return at;
}

std::map<std::string, size_t> Generator::claim(size_t i, std::string factor, std::string direction,
                                      std::string condition, bool cite, std::string text,
                                      std::string quote) {
  std::map<std::string, size_t> at;
  const size_t a = next_article();
  if (condition.empty()) condition = condition_id(rng_.below(conditions_));
  const std::string id = fmt::format("claim-{:06}", ++claim_count_);
  std::vector<std::string> e{fmt::format("  <claim id=\"{}\" about=\"{}\" topic=\"{}\">", id, condition,
                                         kTopics[rng_.below(kTopics.size())])};
  at["text"] = e.size();
  e.push_back(fmt::format("    <text>{}</text>", text.empty() ? capitalised(sentence_words(9)) + "." : text));
  if (factor.empty() && i % 2 == 0) {
    const bool improves = rng_.below(2) == 0;
    factor = improves ? kImproves[rng_.below(3)] : kWorsens[rng_.below(3)];
    direction = improves ? "improves" : "worsens";
  }
  if (!factor.empty()) {
    at["effect"] = e.size();
    e.push_back(fmt::format("    <effect factor=\"{}\" direction=\"{}\"/>", factor, direction));
  }
  if (i % 3 == 0) {
    const int value = rng_.between(5, 95);
    const int sample = rng_.between(50, 2000);
    e.push_back(fmt::format("    <figure value=\"{}\" unit=\"%\" sample=\"{}\">women who reported it</figure>",
                            value, sample));
  }
  if (cite) {
    const std::string_view word = kWords[rng_.below(kWords.size())];
    const std::string words = sentence_words(3);
    e.push_back(cite_line(a, quote.empty() ? fmt::format("Claim {}: the {} {} in many pregnancies.", claim_count_, word, words)
                                           : fmt::format("Claim {}: {}", claim_count_, quote),
                          true));
  }
  e.push_back("  </claim>");
  const size_t first = add(std::move(e));
  for (auto& [k, v] : at) v += first;
  return at;
}

}  // namespace contentc::corpus_gen
