#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace contentc::testing {

/// A policy whose preferred terms test what fixes can get wrong: a term whose preferred form
/// holds one of its own forms ("low back pain" for "back pain"), and overlapping forms ("pelvic
/// pain" inside "pelvic pain syndrome"). No term's preferred form holds another term's form, so
/// one round of fixes leaves nothing to fix but what it held back as uncertain.
extern const char* const kFixPropertyPolicy;

/// A content file of conditions whose texts mix the policy's forms and preferred terms with
/// comments, processing instructions, CDATA sections, character and entity references and runs
/// of white space, around and inside the forms; the same `seed`, the same file.
std::string generate_fix_document(uint64_t seed);

/// Runs the preferred-term fixes on `content` (beside `policy`) as `contentc fix` does, round
/// after round in memory, and checks what no fix may break: each edit replaces exactly a form's
/// own bytes (no markup or reference inside its range), every comment, processing instruction,
/// CDATA section and reference of the file is still there in the same order, the file stays
/// well-formed; a fix is uncertain only where another rule's finding stands on its text, a
/// later round fixes no more forms than the round before held back, and the rounds settle
/// within kMaxFixRounds. Returns "" or what broke. A content file that is not well-formed to
/// begin with is not fixed, and passes.
std::string check_fix_property(std::string_view policy, std::string_view content);

}  // namespace contentc::testing
