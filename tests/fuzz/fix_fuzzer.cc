// libFuzzer target on `contentc fix`'s edits: the input is a content file, fixed beside a policy
// whose preferred terms hold their own forms and overlap (tests/fix/fix_property.h). Every round
// of preferred-term fixes must replace only a form's own bytes, keep every comment, processing
// instruction, CDATA section and reference, leave the file well-formed, and leave nothing for a
// second round; anything else aborts, as a crash does.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fix/fix_property.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string content(reinterpret_cast<const char*>(data), size);
  const std::string why = contentc::testing::check_fix_property(contentc::testing::kFixPropertyPolicy, content);
  if (!why.empty()) {
    std::fprintf(stderr, "fix property broken: %s\n", why.c_str());
    std::abort();
  }
  return 0;
}
