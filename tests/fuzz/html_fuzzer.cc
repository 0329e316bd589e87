// libFuzzer target on saved pages: any bytes as an HTML page, through the encoding, the parser,
// the main-text finder and the metadata reader. Any outcome is fine but a crash, a hang or a
// sanitizer report; a snapshot made must be valid UTF-8 and end with one newline.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "capture/saved_page.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const contentc::capture::CapturedPage page = contentc::capture::capture_html(input, "");
  if (page.error.empty() && (page.snapshot.empty() || page.snapshot.back() != '\n' ||
                             contentc::utf8_first_invalid(page.snapshot))) {
    std::abort();
  }
  return 0;
}
