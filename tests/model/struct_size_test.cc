// The model's structs are held once per value, dose, citation and entry: at 100,000 entries a
// byte more on a citation is 200 KB more memory. Each has a budget here, its size when the
// budget was set; a struct that grows past it fails, so the growth is a decision (raise the
// budget in the same change, and say why) rather than an accident.
#include "model/model.h"

#include <gtest/gtest.h>

namespace contentc {
namespace {

TEST(StructSize, TheModelsStructsStayWithinTheirBudgets) {
  EXPECT_LE(sizeof(Loc), 12u);
  EXPECT_LE(sizeof(Interned), 8u);
  EXPECT_LE(sizeof(Text), 32u);        // a value: a view of its text in the store, and where it starts
  EXPECT_LE(sizeof(DoseValue), 56u);   // a parsed dose field: numbers, unit, how exact; the error out of line
  EXPECT_LE(sizeof(DoseAmount), 104u);  // a progression's target out of line
  EXPECT_LE(sizeof(Dose), 216u);   // its four fields out of line, each only when stated
  EXPECT_LE(sizeof(ElementSpan), 32u);
  EXPECT_LE(sizeof(Cite), 200u);       // a citation, with where its quote was found
  EXPECT_LE(sizeof(QuoteMatch), 72u);  // why a quote was not found is out of line
  EXPECT_LE(sizeof(Warning), 120u);
  EXPECT_LE(sizeof(Suppression), 232u);
  EXPECT_LE(sizeof(Step), 32u);
  EXPECT_LE(sizeof(Entry), 104u);
  EXPECT_LE(sizeof(Movement), 416u);
  EXPECT_LE(sizeof(Condition), 272u);
  EXPECT_LE(sizeof(Advice), 312u);
  EXPECT_LE(sizeof(Claim), 352u);
  EXPECT_LE(sizeof(Article), 552u);
}

TEST(StructSize, AnInternedWordIsOneCopyForTheProcess) {
  const std::string unit = "breaths";
  const Interned a(unit), b("breaths");
  EXPECT_EQ(a.view().data(), b.view().data());  // the same bytes, not an equal copy
  EXPECT_EQ(a, "breaths");
  const Interned rare(std::string("not-a-dose-word")), again("not-a-dose-word");
  EXPECT_EQ(rare.view().data(), again.view().data());
  EXPECT_TRUE(Interned().empty());
  EXPECT_TRUE(Interned("").empty());
  EXPECT_EQ(Interned(), Interned(""));
  EXPECT_NE(Interned("few"), Interned("several"));
  EXPECT_EQ(fmt::format("{} s", Interned("few")), "few s");
}

TEST(StructSize, AValueStoreHoldsEachValueWhereItStays) {
  ValueStore store;
  std::vector<TextChars> held;
  std::string expected;
  for (int i = 0; i < 20000; ++i) {  // several blocks' worth
    const std::string value = fmt::format("value {}", i);
    held.push_back(store.hold(value));
    expected += value;
  }
  const std::string long_value(100000, 'x');  // longer than a block: a block of its own
  const TextChars big = store.hold(long_value);
  std::string seen;
  for (const TextChars& t : held) seen += t;
  EXPECT_EQ(seen, expected);  // nothing moved or was overwritten as blocks were added
  EXPECT_EQ(big, long_value);
  EXPECT_NE(big.data(), long_value.data());
  EXPECT_TRUE(store.hold("").empty());
  EXPECT_EQ(store.bytes(), expected.size() + long_value.size());
}

TEST(StructSize, ADoseHoldsOnlyTheFieldsItStates) {
  Dose d;
  d.hold = DoseAmount{Text{"30 s", {}}, {}, {}};
  d.reps = DoseAmount{};  // no element: nothing held
  EXPECT_TRUE(d.hold);
  EXPECT_EQ(d.hold->text->value, "30 s");
  EXPECT_FALSE(d.reps);
  EXPECT_EQ(d.reps.stated(), nullptr);
  EXPECT_FALSE(d.reps->text.has_value());  // an absent field reads as an empty amount
  const DoseAmount& sets = d.sets;
  EXPECT_EQ(sets.value.kind, DoseValue::Kind::kAbsent);
  Dose copy = d;  // a deep copy, as before
  copy.hold.stated()->text = Text{"5 s", {}};
  EXPECT_EQ(d.hold->text->value, "30 s");
}

TEST(StructSize, AProgressionIsCopiedWithItsField) {
  DoseAmount a;
  a.progression = Progression{Text{"about 40", {}}, {}};
  DoseAmount copy = a;
  copy.progression->to.value = "20";
  EXPECT_EQ(a.to()->value, "about 40");  // a deep copy, not a shared one
  EXPECT_EQ(copy.to()->value, "20");
  EXPECT_EQ(DoseAmount().to(), nullptr);
  EXPECT_EQ(DoseAmount().target().kind, DoseValue::Kind::kAbsent);
}

}  // namespace
}  // namespace contentc
